"""Registering and unregistering the magics with an IPython shell."""

from __future__ import annotations

from typing import Any

from jupyter_leetarxiv.kernel.magics import JudgeMagics


def load(shell: Any) -> None:
    magics = JudgeMagics(shell=shell)
    shell.register_magics(magics)
    if magics not in shell.configurables:  # %config JudgeMagics needs it there
        shell.configurables.append(magics)


def unload(shell: Any) -> None:
    for registered in list(shell.configurables):
        if isinstance(registered, JudgeMagics):
            shell.configurables.remove(registered)
    for kind in ("cell", "line"):
        table = shell.magics_manager.magics[kind]
        for name in ("judge", "judge_problem", "judge_languages"):
            owner = getattr(table.get(name), "__self__", None)
            if isinstance(owner, JudgeMagics):
                del table[name]
