"""LeetCode for arXiv papers, inside Jupyter."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def load_ipython_extension(shell: Any) -> None:
    """``%load_ext jupyter_leetarxiv``: the %%judge magics (imported lazily, so the core and
    the CLI never pay for IPython)."""
    from jupyter_leetarxiv.kernel.extension import load

    load(shell)


def unload_ipython_extension(shell: Any) -> None:
    from jupyter_leetarxiv.kernel.extension import unload

    unload(shell)
