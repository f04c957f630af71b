package main

// Spin forever.
var n uint64

func main() {
	for {
		n++
	}
}
