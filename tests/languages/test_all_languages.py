"""Every language judges the same a+b problem: its own self-test program is accepted, and a
handful of wrong programs get WA. Real toolchains in the real sandbox; a language is skipped only
when its toolchain is not installed (scripts/install-toolchains --test installs them all).

The problem is tests/e2e/problems/aplusb: ten cases, sums up to 2e9 in magnitude and negative
numbers, so every self-test a+b must read 64-bit (or bigger) signed integers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jupyter_leetarxiv.core.languages import Language, LanguageRegistry, load_languages
from jupyter_leetarxiv.core.languages.probe import is_installed
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.sandbox import Sandbox

from .judging import judge_aplusb

WRONG = Path(__file__).resolve().parent / "wrong"
APLUSB_CASES = 10
# Compilers or runtimes that take seconds (JVM start-up, LLVM, GHC): deselect with -m "not slow".
SLOW = {
    "clojure",
    "crystal",
    "d",
    "elixir",
    "groovy",
    "haskell",
    "java",
    "kotlin",
    "nim",
    "octave",
    "racket",
    "raku",
    "rust",
    "scala",
    "typescript",
}


def language_params() -> list[Any]:
    params = []
    for language in load_languages():
        marks: list[pytest.MarkDecorator] = []
        if language.id in SLOW:
            marks.append(pytest.mark.slow)
        if not is_installed(language):
            reason = f"{language.executable} not installed ({', '.join(language.debian_packages)})"
            marks.append(pytest.mark.skip(reason=reason))
        params.append(pytest.param(language.id, id=language.id, marks=marks))
    return params


@pytest.mark.parametrize("name", language_params())
def test_self_test_aplusb_is_accepted(
    name: str, registry: LanguageRegistry, sandbox: Sandbox
) -> None:
    language = registry.get(name)
    judged = judge_aplusb(language, language.self_test.aplusb, sandbox, registry)

    assert judged.verdict is Verdict.AC, judged
    assert judged.result.passed == APLUSB_CASES
    assert [t.verdict for t in judged.tests] == [Verdict.AC] * APLUSB_CASES
    assert judged.result.language == language.id
    assert judged.result.toolchain, "the result names the toolchain's version"


def wrong_programs() -> list[Any]:
    return [pytest.param(path, id=path.name) for path in sorted(WRONG.iterdir())]


def test_there_are_wrong_programs_in_several_languages() -> None:
    languages = {path.stem for path in WRONG.iterdir()}
    assert len(languages) >= 5, languages


@pytest.mark.parametrize("program", wrong_programs())
def test_wrong_program_gets_wa(program: Path, registry: LanguageRegistry, sandbox: Sandbox) -> None:
    """wrong/<language id>.<ext>: compiles and runs, but prints a wrong sum on some case."""
    language: Language = registry.get(program.stem)
    if not is_installed(language):
        pytest.skip(f"{language.executable} not installed")
    judged = judge_aplusb(language, program.read_bytes(), sandbox, registry)

    assert judged.compiled.ok, judged
    assert judged.verdict is Verdict.WA, judged
    assert judged.result.passed < APLUSB_CASES
