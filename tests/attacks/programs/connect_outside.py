"""Open a TCP connection to 10.0.0.1:80, an address beyond the host."""

import socket

try:
    # An unanswered SYN would wait for the wall-clock limit: give up after a second.
    socket.create_connection(("10.0.0.1", 80), timeout=1).close()
    print("connected")
except OSError as e:
    print("10.0.0.1:80:", e.strerror or e)
