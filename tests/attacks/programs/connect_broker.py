"""Open a TCP connection to the host's RabbitMQ broker on 127.0.0.1:5672."""

import socket

try:
    # An unanswered SYN would wait for the wall-clock limit: give up after a second.
    socket.create_connection(("127.0.0.1", 5672), timeout=1).close()
    print("connected")
except OSError as e:
    print("127.0.0.1:5672:", e.strerror or e)
