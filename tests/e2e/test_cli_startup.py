"""`leetarxiv judge` imports only what judging here needs: start-up is most of its time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEAVY = ("jsonschema", "pika", "nbformat", "asyncio", "jupyter_server", "tornado")

PROBE = """
import contextlib, io, json, sys
from jupyter_leetarxiv.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
heavy = json.loads(%r)
print(json.dumps({"code": code, "imported": sorted(m for m in heavy if m in sys.modules)}))
"""


def judge_and_list_imports(cache: Path) -> dict[str, object]:
    argv = [
        "judge",
        str(HERE / "problems" / "aplusb"),
        str(HERE / "programs" / "ac_aplusb.py"),
        "--json",
    ]
    done = subprocess.run(
        [sys.executable, "-c", PROBE % json.dumps(HEAVY), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "LEETARXIV_CACHE_DIR": str(cache)},
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_judging_imports_no_heavy_library_once_files_are_checked(tmp_path: Path) -> None:
    first = judge_and_list_imports(tmp_path)
    assert first["code"] == 0
    assert first["imported"] == ["jsonschema"]  # a fresh cache: the files are checked once
    second = judge_and_list_imports(tmp_path)
    assert second == {"code": 0, "imported": []}
