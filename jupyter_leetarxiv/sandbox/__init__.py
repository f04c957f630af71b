"""Run one untrusted program under limits, isolated.

The sandbox knows nothing of problems or languages: it is given files, argv lists, limits and a
list of read-only host directories that the toolchain needs, and it reports what happened.
"""

from jupyter_leetarxiv.sandbox.base import (
    Box,
    Limits,
    RunResult,
    RunStatus,
    Sandbox,
    SandboxError,
)

__all__ = ["Box", "Limits", "RunResult", "RunStatus", "Sandbox", "SandboxError"]
