"""Write to stdout forever."""

import sys

chunk = b"x" * (1 << 16)
while True:
    sys.stdout.buffer.write(chunk)
