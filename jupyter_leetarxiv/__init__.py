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


def _jupyter_labextension_paths() -> list[dict[str, str]]:
    """The prebuilt JupyterLab extension (``make labextension`` builds it from labextension/)."""
    return [{"src": "labextension", "dest": "jupyter-leetarxiv"}]


def _jupyter_server_extension_points() -> list[dict[str, Any]]:
    """The ``leetarxiv`` server extension (imported lazily: jupyter_server is not needed to
    judge from the command line or in a kernel)."""
    from jupyter_leetarxiv.server.app import LeetArxiv

    return [{"module": "jupyter_leetarxiv", "app": LeetArxiv}]
