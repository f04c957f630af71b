#!/usr/bin/env python3
"""Trial division up to sqrt(n). (Legacy packages tell Python 3 by the shebang line.)"""

n = int(input())
d = 2
while n % d != 0:
    d += 1
print(d)
