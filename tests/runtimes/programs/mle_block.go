package main

import "fmt"

// One 1 GiB block, touched: Go has no heap limit of its own, so the cgroup stops it.
func main() {
	b := make([]byte, 1<<30)
	for i := range b {
		b[i] = 1
	}
	fmt.Println(b[len(b)-1])
}
