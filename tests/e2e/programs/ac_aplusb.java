import java.util.Scanner;

// The class is named after the file, as javac requires of a public class.
public class ac_aplusb {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong();
        long b = in.nextLong();
        System.out.println(a + b);
    }
}
