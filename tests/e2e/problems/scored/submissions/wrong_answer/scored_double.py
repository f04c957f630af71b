"""Squares in a double, exact only below 2^53: half of group 1 (20 points), none of group 2."""

n = int(input())
print(int(float(n) ** 2))
