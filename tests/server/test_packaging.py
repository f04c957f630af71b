"""The extension ships and enables itself, and its core keeps away from HTTP."""

from __future__ import annotations

import ast
import configparser
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "jupyter_leetarxiv" / "server"
WEB_MODULES = {"app.py", "handlers.py", "identity.py", "kernel_env.py"}


def test_the_server_package_is_in_the_distribution() -> None:
    """setup.cfg's ``packages = find:`` takes only directories with an __init__.py."""
    assert (SERVER / "__init__.py").is_file()


def test_installing_enables_the_extension() -> None:
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg")
    files = setup.get("options.data_files", "etc/jupyter/jupyter_server_config.d").split()
    assert files == ["jupyter-config/server-config/jupyter_leetarxiv.json"]
    config = json.loads((ROOT / files[0]).read_text())
    assert config == {"ServerApp": {"jpserver_extensions": {"jupyter_leetarxiv": True}}}


def test_only_the_web_modules_import_jupyter_server_or_tornado() -> None:
    for module in sorted(SERVER.glob("*.py")):
        imported = set()
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
        if module.name not in WEB_MODULES:
            assert not imported & {"tornado", "jupyter_server"}, module.name
