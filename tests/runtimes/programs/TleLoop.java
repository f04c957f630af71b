// Spin forever, with a side effect the JIT cannot prove away.
public class TleLoop {
    public static void main(String[] args) {
        long n = 0;
        while (true) {
            n++;
            if (n == Long.MIN_VALUE) System.out.println(n);
        }
    }
}
