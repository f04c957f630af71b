"""Loading Kattis packages (2025-09, 2023-07-draft, legacy) from tiny fixtures, and rejecting
broken ones."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jupyter_leetarxiv.core.problem import (
    Aggregation,
    OutputValidatorArgs,
    ProblemError,
    ProblemType,
    VerdictMode,
    load_problem,
)
from jupyter_leetarxiv.core.problem.model import MIB
from jupyter_leetarxiv.core.problem.submissions import list_submissions
from jupyter_leetarxiv.core.problem.validator_args import parse_validator_args
from jupyter_leetarxiv.core.verdicts import Verdict

FIXTURES = Path(__file__).parent.parent / "fixtures" / "problems"


@pytest.fixture
def hello(tmp_path: Path) -> Path:
    """A writable copy of the smallest valid package, for breaking in one way per test."""
    return Path(shutil.copytree(FIXTURES / "hello", tmp_path / "hello"))


def test_modern_metadata() -> None:
    problem = load_problem(FIXTURES / "jumphash")
    assert problem.format_version == "2025-09"
    assert problem.name == "Jump Consistent Hash"
    assert problem.names["de"] == "Sprung-Hash"
    assert problem.type is ProblemType.SCORING
    assert problem.uuid == "5d8f2a4e-7c1b-4e0a-9f3d-2b6c8e1a0f47"
    assert problem.keywords == ("hashing", "consistent hashing")
    assert problem.source is not None
    assert problem.source.arxiv == "1406.2294"
    assert problem.source.authors == ("John Lamping", "Eric Veach")
    assert problem.source.year == 2014
    assert problem.source.url == "https://arxiv.org/abs/1406.2294"
    assert problem.statement == problem.root / "statement" / "problem.en.md"
    assert problem.excerpt == problem.root / "statement" / "excerpt.en.md"
    assert set(problem.includes) == {"default", "python3"}
    assert problem.output_validator is None
    assert [p.name for p in problem.input_validators] == ["validate.py"]


def test_modern_limits_convert_units_and_keep_defaults() -> None:
    limits = load_problem(FIXTURES / "jumphash").limits
    assert limits.time_limit == 2.0 and limits.time_limit_from_yaml
    assert limits.time_multipliers_ac == 3.0
    assert limits.time_multipliers_tle == 1.5
    assert limits.memory == 256 * MIB
    assert limits.code == 64 * 1024
    assert limits.output == 8 * MIB


def test_time_limit_left_to_the_judge_when_not_in_yaml() -> None:
    limits = load_problem(FIXTURES / "hello").limits
    assert not limits.time_limit_from_yaml


def test_modern_groups_and_scores() -> None:
    problem = load_problem(FIXTURES / "jumphash")
    secret = problem.secret
    assert (secret.aggregation, secret.max_score) == (Aggregation.SUM, 100.0)
    group1, group2 = secret.children
    assert group1.name == "secret/group1"
    assert (group1.aggregation, group1.max_score, group1.on_reject) == (
        Aggregation.PASS_FAIL,
        40.0,
        "break",
    )
    assert (group2.aggregation, group2.accept_score, group2.on_reject) == (
        Aggregation.SUM,
        30.0,
        "continue",
    )
    assert group2.require_pass == ("sample", "secret/group1")
    assert [case.name for case in problem.cases()] == [
        "sample/1",
        "secret/group1/01",
        "secret/group1/02",
        "secret/group2/01",
        "secret/group2/big/02",
    ]
    assert [case.name for case in problem.cases(samples_only=True)] == ["sample/1"]


def test_modern_settings_inherit_and_override() -> None:
    cases = {case.name: case for case in load_problem(FIXTURES / "jumphash").cases()}
    tolerance = cases["secret/group1/01"].output_validator_args
    assert tolerance.float_absolute_tolerance == tolerance.float_relative_tolerance == 1e-6
    overridden = cases["secret/group2/big/02"].output_validator_args
    assert overridden.case_sensitive and not overridden.checks_floats
    assert cases["sample/1"].output_validator_args == OutputValidatorArgs()
    assert cases["secret/group2/01"].hint == "mind the 64-bit overflow"
    assert cases["secret/group2/01"].args == ("--fast",)
    assert cases["sample/1"].full_feedback and not cases["secret/group1/01"].full_feedback


def test_plain_subdirectories_of_secret_hold_cases_in_name_order() -> None:
    problem = load_problem(FIXTURES / "hello")
    assert problem.secret.children == ()
    assert [case.name for case in problem.secret.cases] == ["secret/1", "secret/2", "secret/more/0"]
    assert problem.secret.aggregation is Aggregation.PASS_FAIL
    assert problem.sample.cases == ()
    assert [source.name for source in problem.sources] == ["Our Course 2025", "Other"]


def test_legacy_package() -> None:
    problem = load_problem(FIXTURES / "legacysum")
    assert problem.format_version == "legacy"
    assert problem.name == "Legacy Sum"  # from \problemname, as problem.yaml has none
    assert problem.type is ProblemType.SCORING
    assert problem.output_validator == problem.root / "output_validators" / "checker"
    assert problem.custom_score
    assert problem.source is not None and problem.source.url == "https://nwerc.example/2011"
    assert problem.keywords == ("sum", "easy")
    limits = problem.limits
    assert (limits.time_multipliers_ac, limits.time_multipliers_tle) == (4.0, 3.0)
    assert limits.memory == 512 * MIB and not limits.time_limit_from_yaml


def test_legacy_testdata_inherits_down_the_tree() -> None:
    problem = load_problem(FIXTURES / "legacysum")
    easy, hard = problem.secret.children
    assert (easy.aggregation, easy.max_score, easy.accept_score, easy.on_reject) == (
        Aggregation.MIN,
        50.0,
        2.0,
        "continue",
    )
    assert (hard.aggregation, hard.max_score) == (Aggregation.SUM, None)  # own testdata.yaml wins
    case = easy.cases[0]
    assert case.hint == "numbers are small"
    args = case.output_validator_args
    assert args.raw == ("float_tolerance", "1e-4", "extra_flag", "case_sensitive")
    assert args.case_sensitive and args.float_absolute_tolerance == 1e-4
    assert args.extra == ("extra_flag",)  # kept for the custom validator


def test_version_is_stable_and_follows_the_data(hello: Path) -> None:
    first = load_problem(hello).version
    assert len(first) == 12 and first == load_problem(hello).version
    (hello / "statement" / "problem.en.tex").write_text("Reworded.\n")
    assert load_problem(hello).version == first  # the statement does not change judging
    (hello / "data" / "secret" / "1.ans").write_text("bye\n")
    assert load_problem(hello).version != first


def test_modern_submissions() -> None:
    problem = load_problem(FIXTURES / "jumphash")
    found = {
        s.path.relative_to(problem.root / "submissions").as_posix(): s
        for s in list_submissions(problem)
    }
    assert set(found) == {
        "accepted/jump.cpp",
        "accepted/jump.py",
        "brute_force/slow.py",
        "wrong_answer/off_by_one.py",
    }
    assert found["accepted/jump.py"].expected == (Verdict.AC,)
    assert found["accepted/jump.py"].language == "python3"
    assert found["accepted/jump.py"].score == 100.0
    assert found["accepted/jump.cpp"].language is None
    assert found["brute_force/slow.py"].expected == (Verdict.TLE,)  # overridden default
    wrong = found["wrong_answer/off_by_one.py"]
    assert wrong.expected == (Verdict.WA,)
    assert wrong.score is None and wrong.score_range == (0.0, 40.0)
    group_rules = [rule for rule in wrong.rules if rule.cases is not None]
    assert [(r.cases, r.permitted) for r in group_rules] == [
        ("secret/group1", frozenset({Verdict.AC}))
    ]


def test_legacy_submissions() -> None:
    problem = load_problem(FIXTURES / "legacysum")
    expected = {s.path.parent.name: s.expected for s in list_submissions(problem)}
    assert expected == {
        "accepted": (Verdict.AC,),
        "partially_accepted": (Verdict.AC,),
        "time_limit_exceeded": (Verdict.TLE,),
    }


@pytest.mark.parametrize(
    ("glob", "path", "matches"),
    [
        ("accepted", "accepted/a.py", True),
        ("accepted/*", "accepted/a.py", True),
        ("*/a.py", "accepted/a.py", True),
        ("*", "accepted/a.py", True),
        ("accepted/*.cpp", "accepted/a.py", False),
        ("author.{py,cpp}", "author.cpp", True),
        ("accepted/{a,b}.py", "accepted/c.py", False),
        ("acc*", "wrong_answer/acc.py", False),
    ],
)
def test_submission_globs(glob: str, path: str, matches: bool) -> None:
    from jupyter_leetarxiv.core.problem.globs import glob_matches

    assert glob_matches(glob, path) is matches


def _write(relative: str, text: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)

    return change


def _delete(relative: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        target = root / relative
        shutil.rmtree(target) if target.is_dir() else target.unlink()

    return change


@pytest.mark.parametrize(
    ("break_it", "blamed", "message"),
    [
        (_delete("problem.yaml"), "problem.yaml", "not found"),
        (_write("problem.yaml", "name: [unclosed\n"), "problem.yaml", "line 2"),
        (
            _write(
                "problem.yaml",
                "problem_format_version: '2025-09'\nname: X\nlimits: {memory: lots}\n",
            ),
            "problem.yaml",
            "limits.memory must be a number of MiB, got 'lots'",
        ),
        (
            _write("problem.yaml", "problem_format_version: '2025-09'\nname: X\ncolour: red\n"),
            "problem.yaml",
            "unknown key 'colour'",
        ),
        (
            _write("problem.yaml", "problem_format_version: '2025-09'\n"),
            "problem.yaml",
            "missing required key 'name'",
        ),
        (
            _write("problem.yaml", "problem_format_version: '2025-09'\nname: {en: 5}\n"),
            "problem.yaml",
            "name.en must be a string, got 5",
        ),
        (
            _write("problem.yaml", "problem_format_version: '2023-01'\nname: X\n"),
            "problem.yaml",
            "'2023-01' is not supported",
        ),
        (
            _write(
                "problem.yaml",
                "problem_format_version: '2025-09'\nname: X\ntype: [pass-fail, scoring]\n",
            ),
            "problem.yaml",
            "cannot be combined",
        ),
        (
            _write(
                "problem.yaml", "problem_format_version: '2025-09'\nname: X\ntype: interactive\n"
            ),
            "output_validator",
            "needs its validator program",
        ),
        (
            _write("problem.yaml", "name: X\nlimits: {time_multiplier: fast}\n"),
            "problem.yaml",
            "limits.time_multiplier must be a number > 0, got 'fast'",
        ),
        (
            _write("problem.yaml", "name: X\nvalidation: custom sometimes\n"),
            "problem.yaml",
            "validation must be 'default' or 'custom'",
        ),
        (_write("data/secret/3.in", "\n"), "data/secret/3.in", "has no answer file 3.ans"),
        (_write("data/secret/4.ans", "\n"), "data/secret/4.ans", "has no input file 4.in"),
        (_delete("data/secret"), "data/secret", "not found"),
        (_delete("data"), "data", "not found"),
        (
            lambda root: [
                _delete("data/secret/more")(root),
                _delete("data/secret/1.in")(root),
                _delete("data/secret/1.ans")(root),
                _delete("data/secret/2.in")(root),
                _delete("data/secret/2.ans")(root),
            ],
            "data/secret",
            "has no test cases",
        ),
        (
            _write("data/secret/test_group.yaml", "output_validator_args: float_tolerance 1e-6\n"),
            "data/secret/test_group.yaml",
            "output_validator_args must be a list of strings, got 'float_tolerance 1e-6'",
        ),
        (
            _write("data/secret/test_group.yaml", "output_validator_args: [float_tolerance, x]\n"),
            "data/secret/test_group.yaml",
            "float_tolerance must be followed by a non-negative number, got 'x'",
        ),
        (
            _write("data/secret/test_group.yaml", "output_validator_args: [ignore_case]\n"),
            "data/secret/test_group.yaml",
            "does not know 'ignore_case'",
        ),
        (
            _write(
                "data/secret/test_group.yaml",
                "output_validator_args: [float_tolerance, '1', float_absolute_tolerance, '1']\n",
            ),
            "data/secret/test_group.yaml",
            "float tolerances more than once",
        ),
        (
            _write("data/secret/test_group.yaml", "score_aggregation: sum\n"),
            "data/secret/test_group.yaml",
            "only for scoring problems",
        ),
        (
            _write("data/secret/test_group.yaml", "maximum: 3\n"),
            "data/secret/test_group.yaml",
            "unknown key 'maximum'",
        ),
        (
            _write("data/secret/1.yaml", "max_score: 3\n"),
            "data/secret/1.yaml",
            "belongs in test_group.yaml",
        ),
        (
            _write("data/secret/more/test_group.yaml", "{}\n"),
            "data/secret/1.in",
            "must be inside a group",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_broken_packages_name_the_file(
    hello: Path, break_it: Callable[[Path], object], blamed: str, message: str
) -> None:
    _assert_refused(hello, break_it, blamed, message)


def _assert_refused(
    root: Path, break_it: Callable[[Path], object], blamed: str, message: str
) -> None:
    """Broken by ``break_it``, the package is refused, naming the file ``blamed`` and why."""
    break_it(root)
    with pytest.raises(ProblemError) as caught:
        load_problem(root)
    assert caught.value.path == root.resolve() / blamed
    assert message in caught.value.message


@pytest.mark.parametrize(
    ("yaml_text", "blamed", "message"),
    [
        (
            "max_score: 30\nscore_aggregation: average\n",
            "data/secret/group1/test_group.yaml",
            "score_aggregation must be one of pass-fail, sum, min, got 'average'",
        ),
        ("{}\n", "data/secret/group1/test_group.yaml", "pass-fail needs a max_score"),
        ("score_aggregation: sum\n", "data/secret/group1/test_group.yaml", "max_score is needed"),
        (
            "max_score: 40\nrequire_pass: secret/group2\n",
            "data/secret/group1/test_group.yaml",
            "not sample or an earlier group",
        ),
    ],
)
def test_broken_scoring_groups(tmp_path: Path, yaml_text: str, blamed: str, message: str) -> None:
    root = Path(shutil.copytree(FIXTURES / "jumphash", tmp_path / "jumphash"))
    (root / "data/secret/group1/test_group.yaml").write_text(yaml_text)
    with pytest.raises(ProblemError) as caught:
        load_problem(root)
    assert caught.value.path == root.resolve() / blamed
    assert message in caught.value.message


def test_broken_submissions_yaml(tmp_path: Path) -> None:
    root = Path(shutil.copytree(FIXTURES / "jumphash", tmp_path / "jumphash"))
    (root / "submissions/submissions.yaml").write_text(
        "accepted:\n  permitted: [AC]\n  required: [WA]\n"
    )
    with pytest.raises(ProblemError, match="no verdict can satisfy every rule for accepted/jump"):
        list_submissions(load_problem(root))
    (root / "submissions/submissions.yaml").write_text("accepted/*:\n  permitted: [OK]\n")
    with pytest.raises(ProblemError, match=r"accepted/\*.permitted\[0\]"):
        list_submissions(load_problem(root))


def test_custom_validator_args_are_kept_verbatim() -> None:
    args = parse_validator_args(
        ["float_tolerance", "tight", "case_sensitive"], path=Path("x"), default_validator=False
    )
    assert args.case_sensitive and not args.checks_floats
    assert args.extra == ("float_tolerance", "tight")
    assert args.raw == ("float_tolerance", "tight", "case_sensitive")


# ---------------------------------------------------------------------------- 2023-07-draft

DRAFT_FILES = {
    "problem.yaml": (
        "problem_format_version: 2023-07-draft\n"
        "uuid: 3f1c0a52-8d7e-4b9a-a1c2-5e6f7a8b9c0d\n"
        "type: scoring\n"
        "name:\n  en: Draft Echo\n  sv: Utkast-eko\n"
        "source: Our Course 2023\n"
        "limits:\n  memory: 512\n  time_multipliers:\n    time_limit_to_tle: 4\n"
    ),
    "statement/problem.en.md": "Echo the line.\n",
    "statement/problem.sv.md": "Eka raden.\n",
    "data/testdata.yaml": "on_reject: continue\nrange: 0 100\ngrader_flags: ignore_sample\n",
    "data/sample/1.in": "a\n",
    "data/sample/1.ans": "a\n",
    "data/sample/testdata.yaml": "range: 0 0\naccept_score: 0\ngrader_flags: first_error\n",
    "data/secret/testdata.yaml": (
        "on_reject: continue\nrange: 0 100\ngrader_flags: first_error accept_if_any_accepted\n"
    ),
    "data/secret/easy/testdata.yaml": (
        "on_reject: break\naccept_score: 40\nrange: 0 40\ngrader_flags: min\n"
        "output_validator_flags: float_tolerance 1e-6\n"
    ),
    "data/secret/easy/1.in": "1.5\n",
    "data/secret/easy/1.ans": "1.5\n",
    "data/secret/hard/testdata.yaml": "accept_score: 60\nrange: 0 60\ngrader_flags: min\n",
    "data/secret/hard/1.in": "x\n",
    "data/secret/hard/1.ans": "x\n",
    "submissions/accepted/echo.py": "print(input())\n",
    "submissions/partially_accepted/easy_only.py": "print(float(input()))\n",
}


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A small scoring package in 2023-07-draft, laid out as the problemtools examples are."""
    root = tmp_path / "draftecho"
    for relative, text in DRAFT_FILES.items():
        _write(relative, text)(root)
    return root


def test_draft_metadata_is_new_style(draft: Path) -> None:
    problem = load_problem(draft)
    assert problem.format_version == "2023-07-draft"
    assert problem.names == {"en": "Draft Echo", "sv": "Utkast-eko"}
    assert problem.name == "Draft Echo"
    assert problem.type is ProblemType.SCORING and not problem.interactive
    assert problem.uuid == "3f1c0a52-8d7e-4b9a-a1c2-5e6f7a8b9c0d"
    assert problem.source is not None and problem.source.name == "Our Course 2023"
    assert problem.statement == problem.root / "statement" / "problem.en.md"
    limits = problem.limits
    assert (limits.time_multipliers_ac, limits.time_multipliers_tle) == (2.0, 4.0)
    assert limits.memory == 512 * MIB and not limits.time_limit_from_yaml


def test_draft_test_data_is_graded_as_legacy(draft: Path) -> None:
    problem = load_problem(draft)
    assert problem.data is not None and problem.data.ignore_sample
    assert problem.data.children == (problem.sample, problem.secret)
    secret = problem.secret
    assert secret.verdict_mode is VerdictMode.FIRST_ERROR and secret.accept_if_any_accepted
    easy, hard = secret.children
    assert (easy.aggregation, easy.max_score, easy.accept_score, easy.on_reject) == (
        Aggregation.MIN,
        40.0,
        40.0,
        "break",
    )
    assert (hard.max_score, hard.on_reject, hard.verdict_mode) == (
        60.0,
        "continue",  # inherited from secret's testdata.yaml
        VerdictMode.WORST_ERROR,
    )
    tolerance = easy.cases[0].output_validator_args
    assert tolerance.float_absolute_tolerance == 1e-6
    assert problem.sample.max_score == 0.0


def test_draft_submissions_use_the_legacy_directories(draft: Path) -> None:
    problem = load_problem(draft)
    found = {s.path.parent.name: s for s in list_submissions(problem)}
    assert found["accepted"].expected == (Verdict.AC,)
    partial = found["partially_accepted"]
    assert partial.expected == (Verdict.AC,)
    (rule,) = partial.rules
    assert rule.final == frozenset({Verdict.AC}) and Verdict.WA in rule.permitted


def test_draft_output_validator_directory(draft: Path) -> None:
    assert load_problem(draft).output_validator is None
    _write("output_validator/validate.py", "import sys\n")(draft)
    assert load_problem(draft).output_validator == draft.resolve() / "output_validator"
    _delete("output_validator/validate.py")(draft)
    _write("output_validator/checker/validate.py", "import sys\n")(draft)
    nested = draft.resolve() / "output_validator" / "checker"
    assert load_problem(draft).output_validator == nested  # as problemtools' examples nest it


def test_draft_interactive_problem_loads_as_interactive(draft: Path) -> None:
    yaml_text = DRAFT_FILES["problem.yaml"].replace("type: scoring", "type: interactive")
    _write("problem.yaml", yaml_text)(draft)
    _write("output_validator/interactor/validate.cc", "int main() {}\n")(draft)
    for name in ("data/testdata.yaml", "data/sample/testdata.yaml", "data/secret/testdata.yaml"):
        _delete(name)(draft)
    for name in ("easy", "hard"):
        _delete(f"data/secret/{name}/testdata.yaml")(draft)
    problem = load_problem(draft)
    assert problem.interactive and problem.type is ProblemType.PASS_FAIL
    assert problem.output_validator == draft.resolve() / "output_validator" / "interactor"


_DRAFT_YAML = DRAFT_FILES["problem.yaml"]


@pytest.mark.parametrize(
    ("break_it", "blamed", "message"),
    [
        (
            _write("problem.yaml", _DRAFT_YAML + "colour: red\n"),
            "problem.yaml",
            "unknown key 'colour'",
        ),
        (
            _write("problem.yaml", _DRAFT_YAML.replace("uuid: 3f1c0a52", "uuid_: 3f1c0a52")),
            "problem.yaml",
            "missing required key 'uuid'",  # optional in 2025-09, required in the draft
        ),
        (
            _write("problem.yaml", _DRAFT_YAML.replace("memory: 512", "memory: lots")),
            "problem.yaml",
            "limits.memory must be a number of MiB, got 'lots'",
        ),
        (
            _write("problem.yaml", _DRAFT_YAML + "validation: custom\n"),
            "problem.yaml",
            "unknown key 'validation'",  # legacy's key: 2023-07-draft decides by directory
        ),
        (
            _write("problem.yaml", _DRAFT_YAML.replace("type: scoring", "type: [scoring, gold]")),
            "problem.yaml",
            "type[1]: 'gold' is not one of",
        ),
        (
            _write("problem.yaml", _DRAFT_YAML.replace("type: scoring", "type: interactive")),
            "output_validator",
            "needs its validator program",
        ),
        (
            _write("data/secret/hard/testdata.yaml", "range: 0 sixty\n"),
            "data/secret/hard/testdata.yaml",
            "range must be two numbers",
        ),
        (
            _write("data/secret/testdata.yaml", "grader_flags: [min]\n"),
            "data/secret/testdata.yaml",
            "grader_flags must be a string of space-separated flags",
        ),
        (
            _write("data/secret/easy/2.in", "2\n"),
            "data/secret/easy/2.in",
            "has no answer file 2.ans",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_broken_draft_packages_name_the_file_and_field(
    draft: Path, break_it: Callable[[Path], object], blamed: str, message: str
) -> None:
    _assert_refused(draft, break_it, blamed, message)
