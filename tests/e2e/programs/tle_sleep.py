"""Sleeps forever, using no CPU: only the wall-clock limit can stop it (judged TLE)."""

import time

while True:
    time.sleep(3600)
