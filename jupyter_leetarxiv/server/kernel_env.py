"""Handing the judge API's URL and scoped token to the kernels this server starts.

jupyter_server has no hook for an extension to add to a kernel's environment: sessions pass a
copy of ``os.environ`` and ``POST /api/kernels`` passes none, both through the kernel manager's
``start_kernel``. Wrapping that one method on this server's kernel manager reaches every kernel
it starts (and restarts, which reuse the launch arguments) without putting the token into the
server process's own environment, where terminals and every other child would inherit it.
Remote kernels of a gateway receive only the variables the gateway forwards.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from jupyter_core.utils import ensure_async

API_URL_ENV = "LEETARXIV_API_URL"
API_TOKEN_ENV = "LEETARXIV_API_TOKEN"  # noqa: S105 -- a variable name, not a secret


def provide_kernel_env(kernel_manager: Any, variables: Callable[[], Mapping[str, str]]) -> None:
    """Add ``variables()`` (read at each kernel start) to every kernel ``kernel_manager`` starts."""
    start_kernel = kernel_manager.start_kernel

    async def start_with_env(*args: Any, **kwargs: Any) -> Any:
        env = kwargs.get("env")
        kwargs["env"] = {**(env if env is not None else os.environ), **variables()}
        return await ensure_async(start_kernel(*args, **kwargs))

    start_with_env.leetarxiv_wrapped = start_kernel  # type: ignore[attr-defined]
    kernel_manager.start_kernel = start_with_env


def withdraw_kernel_env(kernel_manager: Any) -> None:
    """Undo ``provide_kernel_env`` (when the extension stops before the server does)."""
    wrapped = getattr(kernel_manager.start_kernel, "leetarxiv_wrapped", None)
    if wrapped is not None:
        kernel_manager.start_kernel = wrapped
