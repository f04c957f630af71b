"""The sandbox attack suite: hostile submissions, judged end to end as a user's are.

Each program in programs/ is judged on problems/sum by ``core.judge.judge``, the pipeline behind
every transport, and must get the verdict expected.yaml gives its attack. Then the host is
checked: no process of the sandbox's uid is left, no cgroup of this process is left, no host file
changed, no secret (the judge's environment, files outside the box, hidden test data) is in any
event; and the judge accepts a correct submission, to show that it goes on judging.

The suite runs boxes as a uid of its own, so "no process of the sandbox's uid" means this suite's,
whatever else the machine runs. Its canaries and its copy of the problem sit where that uid could
read them without a sandbox, so that only the sandbox stands in the way; the guards at the end
check that.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages import LanguageRegistry, load_languages
from jupyter_leetarxiv.core.languages.probe import is_installed
from jupyter_leetarxiv.core.problem import Problem, load_problem
from jupyter_leetarxiv.core.wire import event_to_dict
from jupyter_leetarxiv.sandbox import cgroups
from jupyter_leetarxiv.sandbox.local import LocalSandbox

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p for p in (HERE / "programs").iterdir() if p.suffix in (".c", ".py", ".hs"))
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((HERE / "expected.yaml").read_text())
ACCEPTED = HERE / "problems" / "sum" / "submissions" / "accepted"
ATTACK_UID = 64917  # no user of the machine has it; boxes of the suite run as it
SLOW_SUFFIXES = {".hs"}  # GHC takes seconds to compile
PWNED = "leetarxiv-pwned"  # the file name write_outside.* tries to create everywhere

Event = dict[str, Any]


@dataclass(frozen=True)
class Host:
    """What the attacks aim at on the host, in a directory the sandbox's uid may read."""

    root: Path
    problem: Path  # a copy of problems/sum
    home: Path  # the worker's $HOME while the suite runs; holds canary.txt
    host_file: Path  # a file the test owns, which symlink_plant.* points at
    secret: str  # the value of a secret variable in the judge's environment

    @property
    def placeholders(self) -> dict[str, str]:
        return {
            "@@HOME@@": str(self.home),
            "@@SECRET_DATA@@": str(self.problem / "data" / "secret" / "1.ans"),
            "@@DATA_DIR@@": str(self.problem / "data" / "secret"),
            "@@HOST_FILE@@": str(self.host_file),
            "@@HOST_DIR@@": str(self.host_file.parent),
        }

    def guarded_files(self) -> list[Path]:
        """Host files no attack may read or change."""
        return [
            self.home / "canary.txt",
            self.host_file,
            *sorted((self.problem / "data" / "secret").iterdir()),
        ]

    def secrets(self) -> list[str]:
        """Strings that must be in no event: the guarded files' contents and the variable."""
        found = [self.secret]
        for path in self.guarded_files():
            found += [line for line in path.read_text().split() if line]
        found += _shadow_lines()
        return found

    def pwned_paths(self) -> list[Path]:
        """Where write_outside.* tries to create files, as seen from the host."""
        return [
            Path("/usr/bin") / PWNED,
            Path("/etc") / PWNED,
            Path("/") / PWNED,
            self.problem / "data" / "secret" / PWNED,
            self.home / PWNED,
            Path(tempfile.gettempdir()) / PWNED,
        ]


def _shadow_lines() -> list[str]:
    try:
        return [line for line in Path("/etc/shadow").read_text().splitlines() if line]
    except OSError:
        return []


def _world_readable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o644)


@pytest.fixture(scope="session")
def host() -> Iterator[Host]:
    root = Path(tempfile.mkdtemp(prefix="leetarxiv-attacks-"))
    root.chmod(0o755)
    try:
        problem = root / "sum"
        shutil.copytree(HERE / "problems" / "sum", problem)
        for path in [problem, *problem.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        home = root / "home"
        home.mkdir(mode=0o755)
        _world_readable(home / "canary.txt", f"home-canary-{uuid.uuid4().hex}\n")
        targets = root / "targets"
        targets.mkdir(mode=0o755)
        _world_readable(targets / "host-file.txt", f"host-file-{uuid.uuid4().hex}\n")
        yield Host(root, problem, home, targets / "host-file.txt", uuid.uuid4().hex)
    finally:
        shutil.rmtree(root)


@pytest.fixture(scope="session", params=["warm", "per-run"])
def sandbox(request: pytest.FixtureRequest) -> LocalSandbox:
    """Both kinds of box: warm (the default) and a bwrap per run (the fallback)."""
    if os.geteuid() != 0:
        pytest.skip("the attack suite runs boxes as a uid of its own, which needs root")
    if not os.access("/usr/bin/bwrap", os.X_OK):
        pytest.skip("bubblewrap is not installed")
    sandbox = LocalSandbox(uid=ATTACK_UID, gid=ATTACK_UID, warm=request.param == "warm")
    with sandbox.open_box() as box:
        if box.warm != sandbox.warm:
            pytest.skip(f"no warm boxes here: {sandbox.enforcement()[0].detail}")
    return sandbox


@pytest.fixture(scope="session")
def registry() -> LanguageRegistry:
    return load_languages()


@pytest.fixture(scope="session")
def problem(host: Host) -> Problem:
    return load_problem(host.problem)


@pytest.fixture
def worker_env(host: Host, monkeypatch: pytest.MonkeyPatch) -> None:
    """The judge's environment holds a secret, and its $HOME holds a canary."""
    monkeypatch.setenv("LEETARXIV_BROKER_PASSWORD", host.secret)
    monkeypatch.setenv("HOME", str(host.home))


def judge_source(
    path: Path, source: str, problem: Problem, sandbox: LocalSandbox, registry: LanguageRegistry
) -> list[Event]:
    language = registry.for_file(path.name)
    assert language is not None, path
    if not is_installed(language):
        pytest.skip(f"{language.name} is not installed")
    options = JudgeOptions(filename=path.name)
    events = judge(problem, language, source, sandbox, registry, options)
    return [event_to_dict(event) for event in events]


def substitute(text: str, values: dict[str, str]) -> str:
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


# ----------------------------------------------------------------------------- host state


def processes_of(uid: int) -> list[int]:
    """Host pids of live processes with ``uid`` as any of their uids.

    Zombies are dead already; one whose parent is the system's init waits for it to reap it.
    """
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue  # it exited meanwhile
        status = dict(line.split(":", 1) for line in text.splitlines())
        if str(uid) in status["Uid"].split() and not status["State"].strip().startswith("Z"):
            pids.append(int(entry))
    return pids


def our_cgroups() -> list[Path]:
    """Cgroups this process made (their names start with its pid) that still exist."""
    driver = cgroups.detect()
    if driver is None:
        return []
    if isinstance(driver, cgroups.V1Driver):
        bases = set(driver.bases.values())
    else:
        assert isinstance(driver, cgroups.V2Driver)
        bases = {driver.base}
    prefix = f"{os.getpid()}-"
    return [d for base in bases for d in base.iterdir() if d.name.startswith(prefix)]


@dataclass(frozen=True)
class HostState:
    files: dict[Path, tuple[bytes, int, int, int, int]]
    hostname: str
    core_pattern: str

    @classmethod
    def of(cls, host: Host) -> HostState:
        files = {}
        for path in host.guarded_files():
            st = path.stat()
            files[path] = (path.read_bytes(), st.st_mode, st.st_uid, st.st_gid, st.st_mtime_ns)
        return cls(
            files,
            socket.gethostname(),
            Path("/proc/sys/kernel/core_pattern").read_text(),
        )


# ----------------------------------------------------------------------------- the attacks


def attack_params() -> list[Any]:
    params = []
    for program in PROGRAMS:
        marks = [pytest.mark.slow] if program.suffix in SLOW_SUFFIXES else []
        params.append(pytest.param(program, id=program.name, marks=marks))
    return params


def test_every_attack_has_a_verdict() -> None:
    attacks = {program.stem for program in PROGRAMS}
    assert attacks == set(EXPECTED)
    for expected in EXPECTED.values():
        assert expected["verdict"] in ("AC", "WA", "TLE", "MLE", "OLE", "RTE", "CE"), expected


def sample(events: list[Event]) -> Event:
    return next(e for e in events if e["type"] == "test" and e["name"] == "sample/1")


def assert_says(patterns: list[str], text: str, values: dict[str, str]) -> None:
    escaped = {placeholder: re.escape(value) for placeholder, value in values.items()}
    for pattern in patterns:
        assert re.search(substitute(pattern, escaped), text), (pattern, text)


@pytest.mark.usefixtures("worker_env")
@pytest.mark.parametrize("program", attack_params())
def test_attack_is_contained(
    program: Path,
    host: Host,
    problem: Problem,
    sandbox: LocalSandbox,
    registry: LanguageRegistry,
) -> None:
    expected = EXPECTED[program.stem]
    before = HostState.of(host)
    source = substitute(program.read_text(), host.placeholders)

    events = judge_source(program, source, problem, sandbox, registry)

    result = events[-1]
    assert result["type"] == "result", events
    assert result["verdict"] == expected["verdict"], events
    if expected["verdict"] != "CE":
        shown = sample(events)
        assert_says(expected.get("output", []), shown["actual"], host.placeholders)
        assert_says(expected.get("feedback", []), shown["feedback"], host.placeholders)
    compiled = next(e for e in events if e["type"] == "compiled")
    assert_says(expected.get("compile_output", []), compiled["output"], host.placeholders)

    # Nothing of the run is left, and nothing outside the box changed or leaked.
    assert processes_of(ATTACK_UID) == []
    assert our_cgroups() == []
    assert HostState.of(host) == before
    assert [path for path in host.pwned_paths() if path.exists()] == []
    wire = json.dumps(events)
    assert [secret for secret in host.secrets() if secret in wire] == []

    # The judge goes on judging.
    accepted = ACCEPTED / ("sum_accepted.c" if program.suffix == ".c" else "sum_accepted.py")
    again = judge_source(accepted, accepted.read_text(), problem, sandbox, registry)
    assert again[-1]["verdict"] == "AC", again


# ----------------------------------------------------------------------------- guards
# Each shows that what an attack failed to do could be done without the sandbox, so the
# sandbox is what stopped it.


def test_guarded_files_readable_by_the_sandbox_uid_outside_the_box(
    host: Host, sandbox: LocalSandbox
) -> None:
    for path in host.guarded_files():
        done = subprocess.run(
            ["/usr/bin/cat", str(path)],
            capture_output=True,
            check=False,
            user=ATTACK_UID,
            group=ATTACK_UID,
            extra_groups=[],
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == path.read_bytes()


def test_broker_reachable_outside_the_box() -> None:
    try:
        socket.create_connection(("127.0.0.1", 5672), timeout=2).close()
    except OSError:
        pytest.skip("no broker on 127.0.0.1:5672 on this machine")


TH_VISIBLE = """{-# LANGUAGE TemplateHaskell #-}
import Language.Haskell.TH

main :: IO ()
main = putStrLn $(runIO (readFile "/etc/ld.so.conf") >>= stringE)
"""


@pytest.mark.slow
def test_template_haskell_runs_at_compile_time(
    host: Host, problem: Problem, sandbox: LocalSandbox, registry: LanguageRegistry
) -> None:
    """th_read_shadow.hs fails because /etc/shadow is not in the box, not for want of TH."""
    if shutil.which("ghc") is None:
        pytest.skip("ghc is not installed")
    events = judge_source(Path("th_visible.hs"), TH_VISIBLE, problem, sandbox, registry)
    compiled = next(e for e in events if e["type"] == "compiled")
    assert compiled["ok"], compiled["output"]
    assert "ld.so.conf.d" in sample(events)["actual"]
