"""The test data tree under data/: test cases, groups and the settings each inherits.

The formats differ here more than anywhere else: 2025-09 has ``test_group.yaml`` only in
sample, secret and one level of groups (other directories just hold cases), while in the legacy
format every directory is a group and ``testdata.yaml`` settings flow down any number of levels.
2023-07-draft packages keep the legacy tree: problemtools reads their data/ exactly as legacy.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jupyter_leetarxiv.core.problem.documents import check_schema, read_yaml
from jupyter_leetarxiv.core.problem.layout import visible
from jupyter_leetarxiv.core.problem.metadata import Metadata
from jupyter_leetarxiv.core.problem.model import (
    Aggregation,
    OutputValidatorArgs,
    ProblemError,
    ProblemType,
    TestCase,
    TestGroup,
    VerdictMode,
)
from jupyter_leetarxiv.core.problem.validator_args import parse_validator_args

GROUP_FILE = "test_group.yaml"
LEGACY_GROUP_FILE = "testdata.yaml"
_INHERITED = ("args", "output_validator_args", "full_feedback")
_GROUP_ONLY = ("max_score", "score_aggregation", "require_pass", "static_validation_score")
_SECRET_MAX_SCORE = 100.0


def _case_inputs(directory: Path) -> Iterator[Path]:
    """The .in files directly in ``directory``, after checking every .in has its .ans."""
    for entry in sorted(directory.iterdir()):
        if not visible(entry) or not entry.is_file():
            continue
        if entry.suffix == ".in":
            if not entry.with_suffix(".ans").is_file():
                raise ProblemError(
                    entry,
                    f"has no answer file {entry.with_suffix('.ans').name}: every test input needs "
                    "one next to it (an empty .ans is fine for a custom validator)",
                )
            yield entry
        elif entry.suffix == ".ans" and not entry.with_suffix(".in").is_file():
            raise ProblemError(
                entry, f"has no input file {entry.with_suffix('.in').name}: add it or delete this"
            )


def _subdirectories(directory: Path) -> list[Path]:
    return [
        p for p in sorted(directory.iterdir()) if p.is_dir() and visible(p) and not _is_files(p)
    ]


def _is_files(path: Path) -> bool:
    """A ``<case>.files`` directory belongs to a test case, it is not a directory of cases."""
    return path.suffix == ".files" and path.with_suffix(".in").is_file()


def _case_name(data: Path, input_file: Path) -> str:
    return input_file.relative_to(data).with_suffix("").as_posix()


# ---------------------------------------------------------------------------------- 2025-09


@dataclass(frozen=True)
class _Setting:
    """An inherited test-case setting and the file that set it, to blame in error messages."""

    value: Any
    origin: Path


def build_modern(
    data: Path, meta: Metadata, *, custom_validator: bool
) -> tuple[TestGroup, TestGroup]:
    """``(sample, secret)`` for a 2025-09 package."""
    scoring = meta.type is ProblemType.SCORING
    builder = _ModernBuilder(data, scoring=scoring, custom_validator=custom_validator)
    return builder.sample(), builder.secret()


class _ModernBuilder:
    def __init__(self, data: Path, *, scoring: bool, custom_validator: bool) -> None:
        self.data = data
        self.scoring = scoring
        self.custom_validator = custom_validator

    def sample(self) -> TestGroup:
        directory = self.data / "sample"
        if not directory.is_dir():
            return TestGroup(
                name="sample", cases=(), children=(), aggregation=Aggregation.PASS_FAIL
            )
        config = self._group_config(directory)
        for key in ("max_score", "score_aggregation", "require_pass"):
            if key in config:
                raise ProblemError(directory / GROUP_FILE, f"{key} is not allowed in sample")
        settings = self._settings(directory, config, {})
        cases = tuple(self._cases_below(directory, settings, sample=True))
        return TestGroup(name="sample", cases=cases, children=(), aggregation=Aggregation.PASS_FAIL)

    def secret(self) -> TestGroup:
        directory = self.data / "secret"
        if not directory.is_dir():
            raise ProblemError(
                directory, "not found: put the hidden test cases (.in and .ans) in data/secret/"
            )
        config = self._group_config(directory)
        settings = self._settings(directory, config, {})
        groups = [d for d in _subdirectories(directory) if (d / GROUP_FILE).is_file()]
        aggregation, max_score = self._scoring(directory, config, secret=True)
        if groups:
            direct = list(_case_inputs(directory))
            if direct:
                raise ProblemError(
                    direct[0],
                    "data/secret has test groups, so test cases must be inside a group: move "
                    "this case into one",
                )
            plain = [d for d in _subdirectories(directory) if d not in groups]
            if plain:
                raise ProblemError(
                    plain[0],
                    f"every directory of data/secret must be a test group once one is: add a "
                    f"{GROUP_FILE} here",
                )
            children = tuple(self._group(d, settings, aggregation, max_score) for d in groups)
            cases: tuple[TestCase, ...] = ()
        else:
            children = ()
            cases = tuple(self._cases_below(directory, settings, sample=False))
        if not cases and not children:
            raise ProblemError(directory, "has no test cases: add at least one .in/.ans pair")
        secret = self._make_group("secret", directory, config, cases, children, secret=True)
        _check_require_pass(secret, directory)
        return secret

    def _group(
        self,
        directory: Path,
        inherited: dict[str, _Setting],
        secret_aggregation: Aggregation,
        secret_max: float | None,
    ) -> TestGroup:
        config = self._group_config(directory)
        settings = self._settings(directory, config, inherited)
        cases = tuple(self._cases_below(directory, settings, sample=False))
        name = directory.relative_to(self.data).as_posix()
        if not cases:
            raise ProblemError(directory, "test group has no test cases: add a .in/.ans pair")
        group = self._make_group(name, directory, config, cases, (), secret=False)
        where = directory / GROUP_FILE
        pass_fail = Aggregation.PASS_FAIL
        if self.scoring and secret_aggregation is pass_fail and group.aggregation is not pass_fail:
            raise ProblemError(
                where, "score_aggregation must be pass-fail: secret uses pass-fail aggregation"
            )
        if self.scoring and secret_max is not None and group.max_score is None:
            raise ProblemError(
                where,
                f"max_score is needed: secret has a max_score of {secret_max:g}, so each group "
                "needs its own share of it (e.g. 'max_score: 25')",
            )
        return group

    def _make_group(
        self,
        name: str,
        directory: Path,
        config: dict[str, Any],
        cases: tuple[TestCase, ...],
        children: tuple[TestGroup, ...],
        *,
        secret: bool,
    ) -> TestGroup:
        aggregation, max_score = self._scoring(directory, config, secret=secret)
        require = config.get("require_pass", ())
        return TestGroup(
            name=name,
            cases=cases,
            children=children,
            aggregation=aggregation,
            max_score=max_score,
            accept_score=_accept_score(aggregation, max_score, len(cases)),
            on_reject="continue" if aggregation in (Aggregation.SUM, Aggregation.MIN) else "break",
            require_pass=(require,) if isinstance(require, str) else tuple(require),
        )

    def _scoring(
        self, directory: Path, config: dict[str, Any], *, secret: bool
    ) -> tuple[Aggregation, float | None]:
        where = directory / GROUP_FILE
        if not self.scoring:
            for key in ("max_score", "score_aggregation", "require_pass"):
                if key in config:
                    raise ProblemError(
                        where, f"{key} is only for scoring problems (problem.yaml type: scoring)"
                    )
            return Aggregation.PASS_FAIL, None
        default_aggregation = Aggregation.SUM if secret else Aggregation.PASS_FAIL
        aggregation = Aggregation(config.get("score_aggregation", default_aggregation.value))
        raw_max = config.get("max_score", _SECRET_MAX_SCORE if secret else "unbounded")
        max_score = None if raw_max == "unbounded" else float(raw_max)
        if aggregation is Aggregation.PASS_FAIL and max_score is None:
            raise ProblemError(
                where, "score_aggregation pass-fail needs a max_score (e.g. 'max_score: 25')"
            )
        return aggregation, max_score

    def _group_config(self, directory: Path) -> dict[str, Any]:
        path = directory / GROUP_FILE
        if not path.is_file():
            return {}
        config = read_yaml(path)
        check_schema(config, "problem-test-group.schema.json", path)
        for key in ("hint", "description"):
            if key in config:
                raise ProblemError(path, f"{key} belongs in a test case's .yaml, not {GROUP_FILE}")
        assert isinstance(config, dict)
        return config

    def _settings(
        self, directory: Path, config: dict[str, Any], inherited: dict[str, _Setting]
    ) -> dict[str, _Setting]:
        settings = dict(inherited)
        for key in _INHERITED:
            if key in config:
                settings[key] = _Setting(config[key], directory / GROUP_FILE)
        return settings

    def _cases_below(
        self, directory: Path, settings: dict[str, _Setting], *, sample: bool
    ) -> Iterator[TestCase]:
        """Cases in ``directory`` and its plain subdirectories, in name order."""
        found = [self._case(f, settings, sample=sample) for f in _case_inputs(directory)]
        for sub in _subdirectories(directory):
            if (sub / GROUP_FILE).is_file():
                raise ProblemError(
                    sub / GROUP_FILE,
                    "test groups cannot be nested: only directories directly in data/secret "
                    "may have a test_group.yaml",
                )
            found.extend(self._cases_below(sub, settings, sample=sample))
        yield from sorted(found, key=lambda case: case.name)

    def _case(self, input_file: Path, settings: dict[str, _Setting], *, sample: bool) -> TestCase:
        own = dict(settings)
        config: dict[str, Any] = {}
        yaml_file = input_file.with_suffix(".yaml")
        if yaml_file.is_file():
            config = read_yaml(yaml_file)
            check_schema(config, "problem-test-group.schema.json", yaml_file)
            for key in _GROUP_ONLY:
                if key in config:
                    raise ProblemError(yaml_file, f"{key} belongs in {GROUP_FILE}, not a case")
            for key in _INHERITED:
                if key in config:
                    own[key] = _Setting(config[key], yaml_file)
        files = input_file.with_suffix(".files")
        return TestCase(
            name=_case_name(self.data, input_file),
            input=input_file,
            answer=input_file.with_suffix(".ans"),
            sample=sample,
            output_validator_args=self._validator_args(own.get("output_validator_args")),
            hint=config.get("hint"),
            description=config.get("description"),
            args=tuple(own["args"].value) if "args" in own else (),
            files=files if files.is_dir() else None,
            full_feedback=bool(own["full_feedback"].value) if "full_feedback" in own else sample,
        )

    def _validator_args(self, setting: _Setting | None) -> OutputValidatorArgs:
        if setting is None:
            return OutputValidatorArgs()
        return parse_validator_args(
            setting.value, path=setting.origin, default_validator=not self.custom_validator
        )


def _check_require_pass(secret: TestGroup, directory: Path) -> None:
    """``require_pass`` may only name sample or an earlier group (so it has been judged)."""
    if secret.require_pass and set(secret.require_pass) != {"sample"}:
        raise ProblemError(directory / GROUP_FILE, "secret may only require_pass: sample")
    earlier = {"sample"}
    for group in secret.children:
        for name in group.require_pass:
            if name not in earlier:
                raise ProblemError(
                    directory / group.name.removeprefix("secret/") / GROUP_FILE,
                    f"require_pass names {name!r}, which is not sample or an earlier group "
                    f"(earlier: {', '.join(sorted(earlier))})",
                )
        earlier.add(group.name)


def _accept_score(aggregation: Aggregation, max_score: float | None, cases: int) -> float:
    """What one accepted case is worth without a score.txt (spec: max_score / N for sum)."""
    if max_score is None:
        return 1.0  # unbounded: the validator must write score.txt
    if aggregation is Aggregation.MIN:
        return max_score
    return max_score / cases if cases else 0.0


# ----------------------------------------------------------------------------------- legacy

_LEGACY_SCORING_KEYS = ("accept_score", "reject_score", "range")


def build_legacy(data: Path, meta: Metadata, *, custom_validator: bool) -> TestGroup:
    """data/ as a group over ``(sample, secret)``, from testdata.yaml (legacy, 2023-07-draft).

    data/ is a group of its own there: its testdata.yaml settings flow into both, and its
    grader combines their verdicts (``ignore_sample`` lets only secret count).
    """
    builder = _LegacyBuilder(data, meta, custom_validator=custom_validator)
    root_config = builder.config(data, {})
    sample = data / "sample"
    if sample.is_dir():
        sample_group = builder.group(sample, root_config, sample=True)
    else:
        sample_group = TestGroup(name="sample", cases=(), children=())
    secret = data / "secret"
    if not secret.is_dir():
        raise ProblemError(
            secret, "not found: put the hidden test cases (.in/.ans) in data/secret/"
        )
    secret_group = builder.group(secret, root_config, sample=False)
    if not secret_group.all_cases():
        raise ProblemError(secret, "has no test cases: add at least one .in/.ans pair")
    return builder.settle(data, root_config, (), (sample_group, secret_group))


class _LegacyBuilder:
    def __init__(self, data: Path, meta: Metadata, *, custom_validator: bool) -> None:
        self.data = data
        self.meta = meta
        self.custom_validator = custom_validator
        self.problem_yaml = data.parent / "problem.yaml"

    def config(self, directory: Path, inherited: dict[str, Any]) -> dict[str, Any]:
        """This directory's settings: its testdata.yaml over its parent's, as problemtools does."""
        path = directory / LEGACY_GROUP_FILE
        config = dict(inherited)
        if path.is_file():
            own = read_yaml(path)
            check_schema(own, "problem-testdata-legacy.schema.json", path)
            assert isinstance(own, dict)
            if self.meta.type is ProblemType.PASS_FAIL:
                for key in _LEGACY_SCORING_KEYS:
                    if key in own:
                        raise ProblemError(
                            path, f"{key} is only for scoring problems (problem.yaml type: scoring)"
                        )
            config.update({key: _Setting(value, path) for key, value in own.items()})
        return config

    def group(self, directory: Path, inherited: dict[str, Any], *, sample: bool) -> TestGroup:
        config = self.config(directory, inherited)
        cases = tuple(self._case(f, config, sample=sample) for f in _case_inputs(directory))
        children = tuple(
            self.group(sub, config, sample=sample) for sub in _subdirectories(directory)
        )
        return self.settle(directory, config, cases, children)

    def settle(
        self,
        directory: Path,
        config: dict[str, Any],
        cases: tuple[TestCase, ...],
        children: tuple[TestGroup, ...],
    ) -> TestGroup:
        """The group at ``directory`` with its merged settings (``config``) applied."""
        grading = self.meta.legacy_grading
        accept = _value(config, "accept_score", grading.get("accept_score", 1.0))
        reject = _value(config, "reject_score", grading.get("reject_score", 0.0))
        on_reject = _value(config, "on_reject", "break")
        if grading.get("on_reject") in ("first_error", "grade"):
            on_reject = "break" if grading["on_reject"] == "first_error" else "continue"
        flags = tuple(str(_value(config, "grader_flags", "")).split())
        return TestGroup(
            name=directory.relative_to(self.data).as_posix(),
            cases=cases,
            children=children,
            aggregation=self._aggregation(flags),
            max_score=self._max_score(config, grading),
            accept_score=float(accept),
            reject_score=float(reject),
            on_reject=str(on_reject),
            grader_flags=flags,
            verdict_mode=_verdict_mode(flags),
            accept_if_any_accepted="accept_if_any_accepted" in flags,
            ignore_sample="ignore_sample" in flags,
        )

    def _aggregation(self, flags: tuple[str, ...]) -> Aggregation:
        """The default grader's score mode: the last of sum/avg/min/max given, else sum."""
        if self.meta.type is ProblemType.PASS_FAIL:
            return Aggregation.PASS_FAIL
        modes = [flag for flag in flags if flag in ("sum", "avg", "min", "max")]
        return Aggregation(modes[-1]) if modes else Aggregation.SUM

    def _max_score(self, config: dict[str, Any], grading: dict[str, Any]) -> float | None:
        if self.meta.type is ProblemType.PASS_FAIL:
            return None
        setting = config.get("range")
        text = setting.value if isinstance(setting, _Setting) else grading.get("range")
        if text is None:
            return None
        origin = setting.origin if isinstance(setting, _Setting) else self.problem_yaml
        try:
            low, high = (float(part) for part in str(text).split())
        except ValueError:
            raise ProblemError(
                origin, f"range must be two numbers 'A B' (inf allowed), got {text!r}"
            ) from None
        if low > high:
            raise ProblemError(origin, f"range {text!r} has its lower bound above its upper bound")
        return None if math.isinf(high) else high

    def _case(self, input_file: Path, config: dict[str, Any], *, sample: bool) -> TestCase:
        setting = config.get("output_validator_flags")
        flags = setting.value if isinstance(setting, _Setting) else ""
        if isinstance(flags, dict):
            flags = flags.get("flags", "")
        origin = setting.origin if isinstance(setting, _Setting) else self.problem_yaml
        args = [*self.meta.validator_flags, *str(flags).split()]
        hint = input_file.with_suffix(".hint")
        desc = input_file.with_suffix(".desc")
        return TestCase(
            name=_case_name(self.data, input_file),
            input=input_file,
            answer=input_file.with_suffix(".ans"),
            sample=sample,
            output_validator_args=parse_validator_args(
                args, path=origin, default_validator=not self.custom_validator
            ),
            hint=hint.read_text(encoding="utf-8").strip() if hint.is_file() else None,
            description=desc.read_text(encoding="utf-8").strip() if desc.is_file() else None,
            full_feedback=sample,
        )


def _verdict_mode(flags: tuple[str, ...]) -> VerdictMode:
    """The default grader's verdict mode: the last one given, else worst_error."""
    modes = {"first_error": VerdictMode.FIRST_ERROR, "always_accept": VerdictMode.ALWAYS_ACCEPT}
    modes |= {"worst_error": VerdictMode.WORST_ERROR, "no_errors": VerdictMode.WORST_ERROR}
    given = [modes[flag] for flag in flags if flag in modes]
    return given[-1] if given else VerdictMode.WORST_ERROR


def _value(config: dict[str, Any], key: str, default: Any) -> Any:
    setting = config.get(key)
    return setting.value if isinstance(setting, _Setting) else default
