"""Prints without end: the output limit must stop it before the time limit does."""

import sys

line = "1" * 4095 + "\n"
while True:
    sys.stdout.write(line)
