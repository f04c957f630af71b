"""Write to stderr forever: stderr is not judged, but it is output all the same."""

import sys

chunk = b"x" * (1 << 16)
while True:
    sys.stderr.buffer.write(chunk)
