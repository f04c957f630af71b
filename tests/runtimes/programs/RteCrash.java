// An uncaught exception: the JVM prints it and exits with code 1.
public class RteCrash {
    public static void main(String[] args) {
        int[] x = new int[1];
        System.out.println(x[args.length + 2]);
    }
}
