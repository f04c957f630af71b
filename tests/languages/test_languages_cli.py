"""`leetarxiv languages --self-test` and user-defined languages, through the installed command.

A language a user drops into a directory named by $LEETARXIV_LANGUAGE_DIRS is judged end to end
exactly like a built-in one: no code, one file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .judging import APLUSB

TIMEOUT = 600

C89 = """\
id: c89
name: C89 (gcc, strict)
extensions: [.c89]
compile: [/usr/bin/gcc, -x, c, -std=c89, -pedantic-errors, -O2, -o, main, "{files}"]
run: [./main]
version: [/usr/bin/gcc, -dumpfullversion]
debian_packages: [gcc]
self_test:
  hello: |
    #include <stdio.h>
    int main(void) { puts("Hello, World!"); return 0; }
  aplusb: |
    #include <stdio.h>
    int main(void) {
        long a, b;
        if (scanf("%ld %ld", &a, &b) != 2) return 1;
        printf("%ld\\n", a + b);
        return 0;
    }
"""

# Prints the wrong greeting: its self-test must fail, and say why.
RUDE = """\
id: rude
name: A language whose hello world is wrong
extensions: [.rude]
run: [/usr/bin/python3, "{main}"]
version: [/usr/bin/python3, --version]
self_test:
  hello: print("Goodbye, World!")
  aplusb: print(7)
"""

MISSING = """\
id: vapour
name: A language whose toolchain is not installed
extensions: [.vap]
run: [/usr/bin/vapour-does-not-exist, "{main}"]
version: [/usr/bin/vapour-does-not-exist, --version]
self_test:
  hello: ""
  aplusb: ""
"""


def command() -> list[str]:
    """The console script of the interpreter running the tests (the one `pip install` made)."""
    script = Path(sys.executable).with_name("leetarxiv")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "jupyter_leetarxiv.cli.main"]


def leetarxiv(
    *args: str | Path, language_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if language_dir is not None:
        env["LEETARXIV_LANGUAGE_DIRS"] = str(language_dir)
    return subprocess.run(
        [*command(), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env=env,
    )


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(f"no JSON (exit {done.returncode}): {done.stderr[:2000]}") from exc


@pytest.fixture
def language_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "languages"
    directory.mkdir()
    for name, text in (("c89", C89), ("rude", RUDE), ("vapour", MISSING)):
        (directory / f"{name}.yaml").write_text(text)
    return directory


def needs_gcc() -> None:
    if not Path("/usr/bin/gcc").is_file():
        pytest.skip("gcc is not installed")


def test_user_language_judges_aplusb_end_to_end(language_dir: Path, tmp_path: Path) -> None:
    needs_gcc()
    source = tmp_path / "sum.c89"
    source.write_text(C89.split("aplusb: |\n", 1)[1].replace("\n    ", "\n").strip() + "\n")

    done = leetarxiv("judge", APLUSB, source, "--json", language_dir=language_dir)
    report = as_json(done)

    assert done.returncode == 0, done.stderr
    assert report["verdict"] == "AC", report
    assert report["language"] == "c89"
    assert report["passed"] == report["total"] == 10


def test_user_language_file_decides_how_to_compile(language_dir: Path, tmp_path: Path) -> None:
    """A C99 comment is an error under the user's -std=c89 -pedantic-errors: their flags ran."""
    needs_gcc()
    source = tmp_path / "sum.c89"
    source.write_text(
        "#include <stdio.h>\n// a C99 comment\n"
        'int main(void) { long a, b; scanf("%ld %ld", &a, &b); printf("%ld\\n", a + b); '
        "return 0; }\n"
    )

    done = leetarxiv("judge", APLUSB, source, "--json", language_dir=language_dir)
    report = as_json(done)

    assert report["verdict"] == "CE", report
    assert "comment" in report["compile"]["output"].lower(), report["compile"]


def test_self_test_json_reports_each_language(language_dir: Path) -> None:
    needs_gcc()
    done = leetarxiv("languages", "--self-test", "--json", "c", "c89", language_dir=language_dir)
    rows = as_json(done)

    assert done.returncode == 0, (rows, done.stderr)
    assert [row["name"] for row in rows] == ["c", "c89"]
    for row in rows:
        assert row["ok"] is True, row
        assert row["installed"] is True
        assert row["version"], row
        assert row["compile_ms"] > 0
        assert row["run_ms"] > 0
        assert row["error"] is None


def test_a_failing_self_test_exits_1_and_says_why(language_dir: Path) -> None:
    done = leetarxiv("languages", "--self-test", "--json", "rude", language_dir=language_dir)
    [row] = as_json(done)

    assert done.returncode == 1
    assert row["ok"] is False
    assert row["error"].startswith("hello: WA"), row
    assert "Goodbye" in row["error"]


def test_a_named_language_that_is_not_installed_fails(language_dir: Path) -> None:
    done = leetarxiv("languages", "--self-test", "--json", "vapour", language_dir=language_dir)
    [row] = as_json(done)

    assert done.returncode == 1
    assert row["installed"] is False and row["ok"] is False
    assert "not installed" in row["error"]


def test_self_test_table_and_markdown(language_dir: Path) -> None:
    needs_gcc()
    table = leetarxiv("languages", "--self-test", "c89", "rude", language_dir=language_dir)
    markdown = leetarxiv("languages", "--self-test", "--markdown", "c89", language_dir=language_dir)

    assert table.returncode == 1
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["language", "version", "compile", "ms", "run", "ms", "ok"]
    assert any(line.startswith("c89") and line.endswith("ok") for line in lines), table.stdout
    assert any(line.startswith("rude") and line.endswith("FAILED") for line in lines)
    assert "rude: hello: WA" in table.stderr

    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout.startswith("1 of 1 languages pass their self-test.")
    assert "| C89 (gcc, strict) | `c89` |" in markdown.stdout


def test_unknown_language_is_a_usage_error() -> None:
    done = leetarxiv("languages", "--self-test", "no-such-language")
    assert done.returncode == 2
    assert "unknown language 'no-such-language'" in done.stderr
