#!/usr/bin/env python3
"""Prints n itself, which divides n but is not a nontrivial divisor."""

print(int(input()))
