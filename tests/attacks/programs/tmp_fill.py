"""Fill /tmp with 1 MiB files (each under the file size limit) until a write fails."""

import sys

block = b"x" * (1 << 20)
i = 0
while True:
    try:
        with open(f"/tmp/fill-{i}", "wb") as f:
            f.write(block)
    except OSError as e:
        print(f"file {i}: {e}")
        sys.exit(1)
    i += 1
