"""A real jupyter-server with the extension, its real embedded pool and sandbox, per test.

The fixtures of pytest-jupyter are imported here rather than enabled for the whole suite: they
include autouse fixtures that only the server tests should pay for.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from jupyter_server.serverapp import ServerApp
from pytest_jupyter.jupyter_server import *  # noqa: F403
from tornado.httpclient import HTTPResponse

from jupyter_leetarxiv.server.app import LeetArxiv

from .helpers import PROBLEMS, Fetch


def extension_config(tmp_path: Path, **settings: Any) -> dict[str, Any]:
    return {
        "ServerApp": {
            # Terminals are off: their WebSocket is not @ws_authenticated, which this suite's
            # warnings-as-errors would turn into a failure unrelated to the judge.
            "jpserver_extensions": {"jupyter_leetarxiv": True, "jupyter_server_terminals": False},
            "allow_unauthenticated_access": False,
        },
        "LeetArxiv": {
            "problem_dirs": [str(PROBLEMS)],
            "store_path": str(tmp_path / "submissions.sqlite"),
            "workers": 2,
            "rate_limit": 0.0,
            **settings,
        },
    }


@pytest.fixture
def leetarxiv_settings() -> dict[str, Any]:
    """Extra LeetArxiv traits for one test module or test (override this fixture)."""
    return {}


@pytest.fixture  # type: ignore[no-redef]  # replaces pytest-jupyter's
def jp_server_config(tmp_path: Path, leetarxiv_settings: dict[str, Any]) -> dict[str, Any]:
    return extension_config(tmp_path, **leetarxiv_settings)


@pytest.fixture
def leetarxiv(jp_serverapp: ServerApp, jp_asyncio_loop: asyncio.AbstractEventLoop) -> LeetArxiv:
    """The extension, started as ServerApp does once its event loop runs (_post_start)."""
    manager = jp_serverapp.extension_manager
    start = manager.start_extension("jupyter_leetarxiv")  # type: ignore[no-untyped-call]
    jp_asyncio_loop.run_until_complete(start)
    app = jp_serverapp.extension_manager.extension_points["leetarxiv"].app
    assert isinstance(app, LeetArxiv)
    return app


@pytest.fixture
def api(jp_fetch: Fetch, leetarxiv: LeetArxiv) -> Fetch:
    """jp_fetch under /leetarxiv/api/, answering errors instead of raising them."""

    async def fetch(*parts: str, **kwargs: Any) -> HTTPResponse:
        kwargs.setdefault("raise_error", False)
        if "body" in kwargs and not isinstance(kwargs["body"], (str, bytes)):
            kwargs["body"] = json.dumps(kwargs["body"])
        return await jp_fetch("leetarxiv", "api", *parts, **kwargs)

    return fetch
