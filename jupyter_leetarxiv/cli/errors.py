"""Errors the CLI reports as a usage error (exit 2) with a message saying what to fix."""


class UsageError(Exception):
    pass
