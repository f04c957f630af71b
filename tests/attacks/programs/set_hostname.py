"""Rename the machine."""

import socket

try:
    socket.sethostname("pwned")
    print("sethostname: renamed")
except OSError as e:
    print("sethostname:", e.strerror)
