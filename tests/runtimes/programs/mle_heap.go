package main

// Keep every mebibyte it allocates reachable, and touch it, until the cgroup is full.
var hoard [][]byte

func main() {
	for {
		b := make([]byte, 1<<20)
		for i := range b {
			b[i] = 1
		}
		hoard = append(hoard, b)
	}
}
