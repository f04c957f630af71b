"""Every verdict, end to end: real programs in real toolchains, judged by `leetarxiv judge --json`.

programs/ holds submissions for problems/aplusb whose file name starts with the verdict they must
get (``tle_sleep.py`` must get TLE). The other problems check scoring, float tolerance and a custom
output validator with their own submissions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .leetarxiv_cli import judge, leetarxiv

HERE = Path(__file__).resolve().parent
PROBLEMS = HERE / "problems"
APLUSB = PROBLEMS / "aplusb"
APLUSB_TIME_LIMIT = 1.0  # seconds, as its problem.yaml says
PROGRAMS = sorted(path for path in (HERE / "programs").iterdir() if path.is_file())
SLOW_SUFFIXES = {".hs", ".java", ".rs"}  # GHC, javac and rustc take a second or more to compile

JUDGE_BUGS: dict[str, str] = {}  # program name -> the known judge bug it shows (strict xfail)


def expected_verdict(program: Path) -> str:
    return program.name.split("_", 1)[0].upper()


def program_params() -> list[Any]:
    params = []
    for program in PROGRAMS:
        marks: list[pytest.MarkDecorator] = []
        if program.suffix in SLOW_SUFFIXES:
            marks.append(pytest.mark.slow)
        if program.name in JUDGE_BUGS:
            marks.append(pytest.mark.xfail(reason=JUDGE_BUGS[program.name], strict=True))
        params.append(pytest.param(program, id=program.name, marks=marks))
    return params


def assert_measured(test: dict[str, Any]) -> None:
    """A test that ran reports CPU time, wall time and memory."""
    for key in ("time", "wall_time"):
        assert isinstance(test[key], float | int) and test[key] >= 0, test
    assert isinstance(test["memory"], int) and test["memory"] > 0, test


@pytest.mark.parametrize("program", program_params())
def test_program_gets_its_verdict(program: Path) -> None:
    expected = expected_verdict(program)
    judged = judge(APLUSB, program)

    assert judged.verdict == expected, judged
    assert judged.exit_code == (0 if expected == "AC" else 1), judged
    assert judged.report["total"] == 10
    if expected == "CE":
        assert judged.report["compile"]["ok"] is False
        assert judged.report["compile"]["output"].strip(), "a compile error comes with its message"
        assert all(test["verdict"] == "skipped" for test in judged.tests), judged
        return

    assert judged.report["compile"]["ok"] is True, judged
    verdicts = [test["verdict"] for test in judged.tests]
    assert len(verdicts) == 10
    ran = [test for test in judged.tests if test["verdict"] != "skipped"]
    for test in ran:
        assert_measured(test)
    assert judged.report["passed"] == verdicts.count("AC")
    if expected == "AC":
        assert verdicts == ["AC"] * 10
        return
    # Pass-fail judging stops at the first failure, and that failure is the verdict.
    failed_at = next(index for index, verdict in enumerate(verdicts) if verdict != "AC")
    assert verdicts[failed_at] == expected
    assert set(verdicts[failed_at + 1 :]) <= {"skipped"}, judged
    if expected == "TLE":
        failing = judged.tests[failed_at]
        assert max(failing["time"], failing["wall_time"]) >= APLUSB_TIME_LIMIT, failing


def test_json_report_has_every_contract_key() -> None:
    judged = judge(APLUSB, HERE / "programs" / "ac_aplusb.py")
    assert {"verdict", "score", "passed", "total", "tests", "compile"} <= judged.report.keys()
    assert judged.report["score"] is None
    for test in judged.tests:
        assert {"name", "verdict", "time", "wall_time", "memory"} <= test.keys(), test


def test_all_runs_every_test_after_a_failure() -> None:
    """wa_int32.c overflows on exactly two secret cases, 03-max and 04-min."""
    program = HERE / "programs" / "wa_int32.c"
    wrong = {"secret/03-max", "secret/04-min"}

    first_only = judge(APLUSB, program)
    assert first_only.verdict == "WA", first_only
    assert first_only.verdicts["secret/03-max"] == "WA"
    assert first_only.verdicts["secret/04-min"] == "skipped"
    assert first_only.report["passed"] == 4

    every = judge(APLUSB, program, "--all")
    assert every.verdict == "WA", every
    assert every.exit_code == 1
    assert "skipped" not in every.verdicts.values(), every
    assert {name for name, verdict in every.verdicts.items() if verdict != "AC"} == wrong
    assert every.report["passed"] == 8
    for test in every.tests:
        assert_measured(test)


@pytest.mark.parametrize(
    ("submission", "verdict", "score"),
    [
        ("accepted/scored_exact.py", "AC", 100.0),
        ("accepted/scored_int128.cpp", "AC", 100.0),
        # Solves group 1 (sum of 4 x 10) and one case of group 2, which aggregates by min.
        ("wrong_answer/scored_uint64.c", "WA", 40.0),
        # Solves two of group 1's four cases: partial credit needs the rest of the group run.
        ("wrong_answer/scored_double.py", "WA", 20.0),
    ],
)
def test_scoring_groups(submission: str, verdict: str, score: float) -> None:
    problem = PROBLEMS / "scored"
    judged = judge(problem, problem / "submissions" / submission)
    assert judged.verdict == verdict, judged
    assert judged.report["score"] == pytest.approx(score), judged
    assert judged.exit_code == (0 if verdict == "AC" else 1)
    if submission.endswith("scored_uint64.c"):
        assert judged.verdicts["secret/group2/01-fits-64-bits"] == "AC", judged
    if submission.endswith("scored_double.py"):
        group1 = [v for name, v in judged.verdicts.items() if name.startswith("secret/group1/")]
        assert sorted(group1) == ["AC", "AC", "WA", "WA"], judged


@pytest.mark.parametrize(
    ("submission", "verdict"),
    [
        ("accepted/floatsum_exact.py", "AC"),
        ("accepted/floatsum_7digits.c", "AC"),  # only the tolerance accepts its text
        ("wrong_answer/floatsum_4digits.py", "WA"),  # outside 1e-6 on every case
    ],
)
def test_float_tolerance_from_test_group_yaml(submission: str, verdict: str) -> None:
    problem = PROBLEMS / "floatsum"
    judged = judge(problem, problem / "submissions" / submission)
    assert judged.verdict == verdict, judged
    if verdict == "WA":
        assert judged.verdicts["sample/1"] == "WA", judged


@pytest.mark.parametrize(
    "submission", ["accepted/smallest_divisor.py", "accepted/largest_divisor.cpp"]
)
def test_custom_validator_accepts_any_divisor(submission: str) -> None:
    problem = PROBLEMS / "customcheck"
    judged = judge(problem, problem / "submissions" / submission)
    assert judged.verdict == "AC", judged
    # Samples show the validator's own judgemessage.txt: n = 12 in sample 1.
    assert "divides n = 12" in judged.test("sample/1")["feedback"], judged


def test_custom_validator_rejects_with_its_feedback() -> None:
    problem = PROBLEMS / "customcheck"
    judged = judge(problem, problem / "submissions" / "wrong_answer" / "whole_number.py")
    assert judged.verdict == "WA", judged
    assert judged.exit_code == 1
    feedback = judged.test("sample/1")["feedback"]
    assert "d = 12 is not strictly between 1 and n = 12" in feedback, judged


def test_verify_checks_every_e2e_problem() -> None:
    names = ["aplusb", "floatsum", "scored", "customcheck"]
    done = leetarxiv("verify", *(PROBLEMS / name for name in names))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "MISMATCH" not in done.stdout
    for name in names:
        for submission in (PROBLEMS / name / "submissions").glob("*/*"):
            assert f"{submission.relative_to(PROBLEMS / name)}:" in done.stdout, submission
