"""Whole submissions judged in the docker sandbox: one container each, compile once, every test.

Programs are the end-to-end tests' (tests/e2e/programs) on their a+b problem, and the attack
suite's hostile ones (tests/attacks/programs) on its target problem; each must get its verdict,
and no box container may be left behind.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import docker
import pytest
from dockertools import LANGS, REPO, RecordingSandbox

from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages import LanguageRegistry
from jupyter_leetarxiv.core.problem import load_problem
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Compiled, Result, TestResult

APLUSB = REPO / "tests" / "e2e" / "problems" / "aplusb"
PROGRAMS = REPO / "tests" / "e2e" / "programs"
SUM = REPO / "tests" / "attacks" / "problems" / "sum"
ATTACKS = REPO / "tests" / "attacks" / "programs"
EXTENSIONS = {"c": "c", "cpp": "cpp", "python3": "py", "java": "java", "haskell": "hs"}
SLOW = {"java", "haskell"}
BUILT = LANGS.split(",")


def _slow(lang: str) -> Any:
    return pytest.param(lang, marks=pytest.mark.slow) if lang in SLOW else lang


def judge_file(
    sandbox: RecordingSandbox, registry: LanguageRegistry, problem: Path, program: Path
) -> tuple[Result, list[TestResult], Compiled]:
    language = registry.for_file(program.name)
    assert language is not None, program
    options = JudgeOptions(filename=program.name)  # Java's public class is the file's name
    problem_ = load_problem(problem)
    events = list(judge(problem_, language, program.read_bytes(), sandbox, registry, options))
    result = events[-1]
    assert isinstance(result, Result), events
    compiled = next(e for e in events if isinstance(e, Compiled))
    return result, [e for e in events if isinstance(e, TestResult)], compiled


@pytest.fixture
def no_leftovers(sandbox: RecordingSandbox, engine: docker.DockerClient) -> Any:
    yield
    assert sandbox.leftovers(engine) == []


@pytest.mark.parametrize("lang", [_slow(lang) for lang in EXTENSIONS if lang in BUILT])
def test_aplusb_is_accepted(
    lang: str, sandbox: RecordingSandbox, registry: LanguageRegistry, no_leftovers: None
) -> None:
    result, tests, compiled = judge_file(
        sandbox, registry, APLUSB, PROGRAMS / f"ac_aplusb.{EXTENSIONS[lang]}"
    )
    assert compiled.ok, compiled.output
    assert (result.verdict, result.passed, result.total) == (Verdict.AC, 10, 10)
    assert all(0 < t.memory < 512 * 2**20 for t in tests)


@pytest.mark.parametrize(
    ("program", "verdict"),
    [
        ("wa_minus.py", Verdict.WA),
        ("ce_syntax.c", Verdict.CE),
        ("rte_segv.c", Verdict.RTE),
        ("tle_busy.c", Verdict.TLE),
        ("tle_sleep.py", Verdict.TLE),
        ("mle_touch.py", Verdict.MLE),
        ("ole_forever.c", Verdict.OLE),
    ],
)
def test_wrong_programs_get_their_verdict(
    program: str,
    verdict: Verdict,
    sandbox: RecordingSandbox,
    registry: LanguageRegistry,
    no_leftovers: None,
) -> None:
    result, _, _ = judge_file(sandbox, registry, APLUSB, PROGRAMS / program)
    assert result.verdict is verdict


# Attack programs of tests/attacks and what each must get here: verdict, and patterns that the
# sample's output must show (the reason the attack failed, rather than plain bad luck).
ATTACKS_HERE = {
    "fork_bomb.c": (Verdict.TLE, []),
    "thread_bomb.c": (Verdict.TLE, []),
    "memory_bomb.py": (Verdict.MLE, []),
    "memory_bomb.c": (Verdict.MLE, []),
    "tmp_fill.py": (Verdict.MLE, []),
    # The image has its own /etc/shadow (no passwords), which only root may read.
    "read_shadow.py": (Verdict.WA, ["/etc/shadow: Permission denied"]),
    # The host's broker listens on its 127.0.0.1; the box's loopback is its own.
    "connect_broker.py": (Verdict.WA, ["127.0.0.1:5672: Connection refused"]),
    "kill_everything.py": (Verdict.AC, []),
    "attack_init.py": (Verdict.AC, []),
    "double_fork.py": (Verdict.AC, []),
    "ipc_leftover.py": (Verdict.AC, []),
    "ptrace_parent.py": (Verdict.RTE, []),
    "mount_fs.py": (Verdict.WA, ["tmpfs: Operation not permitted"]),
    "stdout_flood.py": (Verdict.OLE, []),
    "sleep_forever.py": (Verdict.TLE, []),
}


@pytest.mark.parametrize("program", sorted(ATTACKS_HERE))
def test_attacks_are_contained(
    program: str,
    sandbox: RecordingSandbox,
    registry: LanguageRegistry,
    no_leftovers: None,
) -> None:
    verdict, says = ATTACKS_HERE[program]
    result, tests, _ = judge_file(sandbox, registry, SUM, ATTACKS / program)
    assert result.verdict is verdict, tests[0]
    shown = tests[0].actual or ""
    for pattern in says:
        assert re.search(pattern, shown), shown


def test_judging_goes_on_after_the_attacks(
    sandbox: RecordingSandbox, registry: LanguageRegistry, no_leftovers: None
) -> None:
    result, _, _ = judge_file(sandbox, registry, SUM, SUM / "submissions/accepted/sum_accepted.py")
    assert result.verdict is Verdict.AC


def test_cli_judges_with_sandbox_docker(engine_url: str, image: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DOCKER_HOST": engine_url,
        "LEETARXIV_DOCKER_IMAGE": image,
        "XDG_CACHE_HOME": str(tmp_path),
    }
    argv = [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "judge", "--sandbox", "docker"]
    done = subprocess.run(
        [*argv, str(APLUSB), str(PROGRAMS / "ac_aplusb.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "AC (accepted): 10/10" in done.stdout
    # And the setting alone selects it: `leetarxiv doctor` reports the docker sandbox.
    doctor = subprocess.run(
        [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "doctor", "--json"],
        env={**env, "LEETARXIV_SANDBOX": "docker"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert '"container engine"' in doctor.stdout and "podman" in doctor.stdout
