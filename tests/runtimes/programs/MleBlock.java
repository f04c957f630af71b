// One array larger than the heap: the JVM refuses it with its own OutOfMemoryError.
public class MleBlock {
    public static void main(String[] args) {
        long[] block = new long[1 << 30];
        System.out.println(block[args.length]);
    }
}
