"""A problem's own output validator, run by the Kattis protocol.

``validator input judge_answer feedback_dir [args] < team_output``; exit 42 accepts, 43 rejects,
anything else is a judge error. The validator is the problem author's code, but it still runs in
a sandbox box of its own, compiled once per submission; its feedback files are read back through
the box, never by path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.core.checkers.result import CheckResult
from jupyter_leetarxiv.core.compilation import compile_sources, language_env, place_program
from jupyter_leetarxiv.core.languages import Language, LanguageRegistry
from jupyter_leetarxiv.core.problem import Problem, TestCase
from jupyter_leetarxiv.sandbox import Box, Limits, Sandbox

ACCEPT_EXIT = 42
REJECT_EXIT = 43
FEEDBACK_BYTES = 64 * 1024


class ValidatorError(Exception):
    """The validator itself failed: the test gets a judge error, not the submission's fault."""


@dataclass
class _Compiled:
    box: Box
    argv: list[str]
    language: Language


class OutputValidator:
    """Compiles the validator on first use, then checks any number of team outputs."""

    def __init__(self, problem: Problem, sandbox: Sandbox, languages: LanguageRegistry) -> None:
        assert problem.output_validator is not None
        self._problem = problem
        self._sandbox = sandbox
        self._languages = languages
        self._compiled: _Compiled | None = None
        self._checks = 0

    def check(self, case: TestCase, team_output: bytes) -> CheckResult:
        compiled = self._compiled or self._compile()
        self._checks += 1
        feedback = f"feedback{self._checks}"
        compiled.box.put(f"{feedback}/.keep", b"")
        compiled.box.put("testcase.in", case.input.read_bytes())
        compiled.box.put("testcase.ans", case.answer.read_bytes())
        limits = self._limits()
        argv = [*compiled.argv, "testcase.in", "testcase.ans", f"{feedback}/"]
        argv += case.output_validator_args.raw
        run = compiled.box.run(
            argv, limits=limits, stdin=team_output, env=language_env(compiled.language)
        )
        message = (compiled.box.get(f"{feedback}/judgemessage.txt", FEEDBACK_BYTES) or b"").decode(
            errors="replace"
        )
        if run.exit_code == ACCEPT_EXIT:
            score = compiled.box.get(f"{feedback}/score.txt", 1024)
            return CheckResult(accepted=True, message=message, score=_score(score))
        if run.exit_code == REJECT_EXIT:
            return CheckResult(accepted=False, message=message)
        stderr = run.stderr.decode(errors="replace")[-2000:]
        raise ValidatorError(
            f"output validator failed ({run.status.value}, exit {run.exit_code}): {stderr}"
        )

    def close(self) -> None:
        if self._compiled is not None:
            self._compiled.box.close()
            self._compiled = None

    def _compile(self) -> _Compiled:
        root = self._problem.output_validator
        assert root is not None
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        language = self._language_of(files)
        box = self._sandbox.open_box(toolchain_paths=language.toolchain_paths)
        sources = place_program(box, language, root)
        memory_mb = self._problem.limits.validation_memory // 2**20
        outcome = compile_sources(box, language, sources, self._compile_limits(), memory_mb)
        if not outcome.ok:
            box.close()
            raise ValidatorError(f"output validator does not compile:\n{outcome.output}")
        argv = language.run_argv(sources.files, sources.main, memory_mb)
        self._compiled = _Compiled(box=box, argv=argv, language=language)
        return self._compiled

    def _language_of(self, files: list[Path]) -> Language:
        for path in files:
            language = self._languages.for_file(path.name)
            if language is not None:
                return language
        known = ", ".join(e for lang in self._languages for e in lang.extensions)
        raise ValidatorError(
            f"{self._problem.output_validator}: no file in a known language (known: {known})"
        )

    def _limits(self) -> Limits:
        limits = self._problem.limits
        return Limits(
            cpu_time=limits.validation_time,
            memory=limits.validation_memory,
            output=limits.validation_output,
        )

    def _compile_limits(self) -> Limits:
        limits = self._problem.limits
        return Limits(
            cpu_time=limits.compilation_time, memory=limits.compilation_memory, processes=128
        )


def _score(raw: bytes | None) -> float | None:
    if not raw:
        return None
    try:
        return float(raw.decode().strip())
    except ValueError:
        raise ValidatorError(
            f"output validator wrote a score that is not a number: {raw!r}"
        ) from None
