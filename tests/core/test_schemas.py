"""Schema checking that remembers valid documents, and the cache directory it remembers them in."""

from __future__ import annotations

from pathlib import Path

import pytest

from jupyter_leetarxiv.core import schemas
from jupyter_leetarxiv.core.yaml_text import parse_yaml
from jupyter_leetarxiv.user_cache import cache_root

LANGUAGE = {"id": "x"}  # far from a valid language file


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEETARXIV_CACHE_DIR", str(tmp_path))
    return tmp_path / "valid"


def marks(cache: Path) -> list[Path]:
    return sorted(cache.iterdir()) if cache.is_dir() else []


def test_a_valid_document_is_remembered_and_not_checked_again(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document: dict[str, object] = {}
    name = "problem-submissions.schema.json"
    assert schemas.remembered_error(name, document) is None
    assert len(marks(cache)) == 1

    def fail(*_: object) -> None:
        raise AssertionError("checked again")

    monkeypatch.setattr(schemas, "first_error", fail)
    assert schemas.remembered_error(name, document) is None


def test_an_invalid_document_is_never_remembered(cache: Path) -> None:
    for _ in range(2):
        error = schemas.remembered_error("language.schema.json", LANGUAGE)
        assert error is not None and "required" in error.message
    assert marks(cache) == []


def test_the_mark_depends_on_schema_and_on_types_not_just_text(cache: Path) -> None:
    """A date and the string of its text are different documents (YAML gives either)."""
    as_text = parse_yaml("d: '2024-01-01'")
    as_date = parse_yaml("d: 2024-01-01")
    digests = {
        schemas._digest("language.schema.json", as_text),
        schemas._digest("language.schema.json", as_date),
        schemas._digest("wire.schema.json", as_text),
    }
    assert len(digests) == 3


def test_an_unwritable_cache_only_means_checking_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("LEETARXIV_CACHE_DIR", str(blocker))
    assert schemas.remembered_error("problem-submissions.schema.json", {}) is None


def test_cache_root_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEETARXIV_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "leetarxiv"
    monkeypatch.setenv("LEETARXIV_CACHE_DIR", str(tmp_path / "own"))
    assert cache_root() == tmp_path / "own"
    monkeypatch.delenv("LEETARXIV_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_root() == tmp_path / "home" / ".cache" / "leetarxiv"


def test_yaml_syntax_errors_keep_their_position() -> None:
    import yaml

    with pytest.raises(yaml.YAMLError) as caught:
        parse_yaml("a: [1, 2\nb: 3\n")
    mark = getattr(caught.value, "problem_mark", None)
    assert mark is not None and mark.line >= 1
