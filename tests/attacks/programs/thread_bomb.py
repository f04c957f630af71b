"""Start spinning threads forever: the pids limit counts threads too."""

import threading


def spin() -> None:
    n = 0
    while True:
        n += 1


while True:
    try:
        threading.Thread(target=spin, daemon=True).start()
    except RuntimeError:  # "can't start new thread"
        pass
