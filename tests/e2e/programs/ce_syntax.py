"""Compiles to a SyntaxError ('return' outside function).

The error is one the compiler raises, not the parser, so the repository's linters can still parse
this file; they are told to let it be.
"""

import sys

print(sum(map(int, sys.stdin.read().split())))
return  # type: ignore[misc]  # noqa: F706
