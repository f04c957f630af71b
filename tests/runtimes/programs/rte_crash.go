package main

// A panic: the Go runtime prints it and exits with code 2.
func main() {
	var m map[string]int
	m["crash"] = 1
}
