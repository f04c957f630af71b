import java.util.ArrayList;

// Keep every mebibyte it allocates reachable, until the heap (-Xmx) or the cgroup is full.
public class MleHeap {
    public static void main(String[] args) {
        ArrayList<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 17]);
    }
}
