"""Use no CPU at all, forever: only the wall-clock limit ends it."""

import time

while True:
    time.sleep(3600)
