"""Where the broker is, from flags or the environment: shared by every command that needs it."""

from __future__ import annotations

import os

BROKER_URL_ENV = "LEETARXIV_BROKER_URL"
BROKER_PREFIX_ENV = "LEETARXIV_BROKER_PREFIX"
DEFAULT_PREFIX = "leetarxiv"


def broker_url(flag: str | None = None) -> str | None:
    """The flag if given, else $LEETARXIV_BROKER_URL; None means: no broker, judge here."""
    return flag or os.environ.get(BROKER_URL_ENV) or None


def broker_prefix(flag: str | None = None) -> str:
    """The name prefix of the judge's queues and exchanges on the broker."""
    return flag or os.environ.get(BROKER_PREFIX_ENV) or DEFAULT_PREFIX
