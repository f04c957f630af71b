"""The JupyterLab extension and the server extension are installed and enabled in this
environment (``make install``: the dev install in .venv; ``pip install .`` alike)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from jupyter_core.paths import jupyter_path

import jupyter_leetarxiv

LABEXT = "jupyter-leetarxiv"


def jupyter(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "jupyter", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return re.sub(r"\x1b\[[0-9;]*m", "", done.stdout + done.stderr)  # no colours


def test_labextension_is_enabled() -> None:
    listing = jupyter("labextension", "list")
    assert re.search(rf"^\s*{LABEXT} v{jupyter_leetarxiv.__version__} enabled OK", listing, re.M), (
        listing
    )


def test_server_extension_is_enabled() -> None:
    listing = jupyter("server", "extension", "list")
    assert re.search(r"^\s*jupyter_leetarxiv enabled", listing, re.M), listing
    assert re.search(rf"^\s*jupyter_leetarxiv {jupyter_leetarxiv.__version__} OK", listing, re.M), (
        listing
    )


def installed_labextension() -> Path:
    """Where JupyterLab finds the extension (a link to the source tree in a dev install)."""
    for directory in jupyter_path("labextensions"):
        if (Path(directory) / LABEXT / "package.json").is_file():
            return Path(directory) / LABEXT
    raise AssertionError(f"{LABEXT} is in none of {jupyter_path('labextensions')}")


def test_prebuilt_extension_matches_the_package() -> None:
    """The prebuilt extension is this package's version, with its code and settings schema."""
    prebuilt = installed_labextension()
    meta = json.loads((prebuilt / "package.json").read_text())
    assert meta["name"] == LABEXT
    assert meta["version"] == jupyter_leetarxiv.__version__
    assert (prebuilt / "static" / "style.js").is_file()
    assert meta["jupyterlab"]["_build"]["load"].startswith("static/remoteEntry.")
    schema = json.loads((prebuilt / "schemas" / LABEXT / "plugin.json").read_text())
    assert set(schema["properties"]) == {"defaultLanguage", "defaultMode", "showPanelOnStart"}
