"""%load_ext jupyter_leetarxiv in a real IPython shell, judging in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from IPython.core.interactiveshell import InteractiveShell

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.kernel.magics import JudgeMagics
from jupyter_leetarxiv.kernel.state import Phase

PROBLEMS = str(Path(__file__).parents[1] / "e2e" / "problems")
AC = "a, b = map(int, input().split())\nprint(a + b)\n"


@pytest.fixture
def shell(monkeypatch: pytest.MonkeyPatch) -> Iterator[InteractiveShell]:
    monkeypatch.delenv("LEETARXIV_API_URL", raising=False)
    monkeypatch.setenv("LEETARXIV_PROBLEM_DIRS", PROBLEMS)
    shell = InteractiveShell.instance()
    shell.run_line_magic("load_ext", "jupyter_leetarxiv")
    shell.run_line_magic("config", "JudgeMagics.widgets = False")
    yield shell
    shell.run_line_magic("unload_ext", "jupyter_leetarxiv")
    InteractiveShell.clear_instance()


def magics(shell: InteractiveShell) -> JudgeMagics:
    found = [c for c in shell.configurables if isinstance(c, JudgeMagics)]
    assert len(found) == 1
    return found[0]


def test_registers_without_overriding_builtins(shell: InteractiveShell) -> None:
    cell_magics = shell.magics_manager.magics["cell"]
    assert "judge" in cell_magics and "python" in cell_magics
    assert set(shell.magics_manager.magics["line"]) >= {"judge_problem", "judge_languages"}


@pytest.mark.parametrize(
    ("source", "verdict"), [(AC, Verdict.AC), (AC.replace("+", "-"), Verdict.WA)]
)
def test_judge_cell(shell: InteractiveShell, source: str, verdict: Verdict) -> None:
    shell.run_cell_magic("judge", "python3 aplusb", source)
    state = magics(shell).last
    assert state is not None and state.verdict is verdict


def test_problem_set_once_and_run_mode(shell: InteractiveShell) -> None:
    assert shell.run_line_magic("judge_problem", "aplusb") == "aplusb"
    shell.run_cell_magic("judge", "py --run", AC)
    state = magics(shell).last
    assert state is not None and state.result is not None
    assert state.result.total == 2  # samples only


def test_stdin_runs_without_judging(shell: InteractiveShell) -> None:
    shell.run_cell_magic("judge", "python3 aplusb --stdin '20 22'", AC)
    state = magics(shell).last
    assert state is not None and state.output is not None and state.output.stdout == "42\n"


def test_unknown_language_is_reported(shell: InteractiveShell) -> None:
    shell.run_cell_magic("judge", "klingon aplusb", AC)
    state = magics(shell).last
    assert state is not None and state.phase is Phase.FAILED
    assert state.error is not None and "unknown language 'klingon'" in state.error


def test_languages_magic_lists_the_registry(shell: InteractiveShell) -> None:
    assert "haskell" in shell.run_line_magic("judge_languages", "")
