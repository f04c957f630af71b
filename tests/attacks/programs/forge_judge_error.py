"""Print what the sandbox prints when it fails to start, and exit as it does: a judge error on
demand would let a submission blame the judge.
"""

import sys

sys.stderr.write("bwrap: Can't mount proc on /newroot/proc: Operation not permitted\n")
sys.exit(1)
