"""Spins on the CPU without reading input: judged TLE by the CPU time limit."""

counter = 0
while True:
    counter += 1
