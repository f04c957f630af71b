"""Fixtures for the language tests: the real registry and the real local sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from jupyter_leetarxiv.core.languages import LanguageRegistry, load_languages
from jupyter_leetarxiv.sandbox.local import LocalSandbox


@pytest.fixture(scope="session")
def registry() -> LanguageRegistry:
    return load_languages()


@pytest.fixture(scope="session")
def sandbox() -> LocalSandbox:
    if not Path("/usr/bin/bwrap").is_file():
        pytest.skip("bubblewrap is not installed (scripts/install-toolchains)")
    # Work dirs go to the system temp dir, which the sandbox uid can traverse.
    return LocalSandbox()
