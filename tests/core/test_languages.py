"""The language registry: built-in files, user directories, lookups and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from jupyter_leetarxiv.core.languages import LanguageError, load_languages
from jupyter_leetarxiv.core.languages.registry import BUILTIN_DIR, ENV_DIRS, parse_language

REQUIRED = {"python3", "c", "cpp", "java", "rust", "go", "haskell", "javascript"}

MINIMAL = """\
id: {id}
name: Test language
extensions: [.tl]
run: [/bin/cat, "{{main}}"]
version: [/bin/cat, --version]
self_test:
  hello: Hello, World!
  aplusb: "3"
"""


def test_builtin_languages_include_the_required_set() -> None:
    registry = load_languages()
    assert {language.id for language in registry} >= REQUIRED


@pytest.mark.parametrize("path", sorted(BUILTIN_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_builtin_file_parses(path: Path) -> None:
    language = parse_language(path)
    assert language.id == path.stem
    assert language.run and language.version
    assert language.self_test.hello and language.self_test.aplusb


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("python3", "python3"),
        ("PY", "python3"),
        ("c++", "cpp"),
        ("hs", "haskell"),
        ("js", "javascript"),
    ],
)
def test_lookup_by_id_or_alias(name: str, expected: str) -> None:
    assert load_languages().get(name).id == expected


def test_unknown_language_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"known: .*haskell"):
        load_languages().get("cobol-2099")


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("a.py", "python3"),
        ("x.cc", "cpp"),
        ("Main.java", "java"),
        ("m.hs", "haskell"),
        ("z.xyz", None),
    ],
)
def test_language_guessed_from_extension(filename: str, expected: str | None) -> None:
    language = load_languages().for_file(filename)
    assert (language.id if language else None) == expected


def test_user_directory_adds_a_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "testlang.yaml").write_text(MINIMAL.format(id="testlang"))
    monkeypatch.setenv(ENV_DIRS, str(tmp_path))
    registry = load_languages()
    assert registry.get("testlang").file == tmp_path / "testlang.yaml"
    assert registry.for_file("prog.tl") is registry.get("testlang")


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        (
            MINIMAL.format(id="broken").replace('run: [/bin/cat, "{main}"]\n', ""),
            "(top level)",
            "'run' is a required",
        ),
        (MINIMAL.format(id="broken").replace("[.tl]", "[tl]"), "extensions.0", "does not match"),
        (
            MINIMAL.format(id="broken").replace('  aplusb: "3"\n', ""),
            "self_test",
            "'aplusb' is a required",
        ),
        (MINIMAL.format(id="other"), "id", "file is named broken.yaml"),
        (
            MINIMAL.format(id="broken") + 'source_name: "{stem}.c"\n',
            "source_name",
            "must end in one of the extensions",
        ),
        ("id: [unclosed", "", "not valid YAML"),
    ],
)
def test_broken_file_names_file_and_field(
    tmp_path: Path, text: str, field: str, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    with pytest.raises(LanguageError, match=message) as caught:
        parse_language(path)
    assert caught.value.path == path
    assert caught.value.field == field


def test_argv_placeholders_expand_without_a_shell() -> None:
    java = load_languages().get("java")
    argv = java.run_argv(["Solver.java"], "Solver.java", 256)
    assert "-Xmx256m" in argv and argv[-1] == "Solver"
    cpp = load_languages().get("cpp")
    compile_argv = cpp.compile_argv(["a.cpp", "b; rm -rf ~.cpp"], "a.cpp", 256)
    assert compile_argv is not None and "b; rm -rf ~.cpp" in compile_argv


def test_java_keeps_the_submitted_class_name() -> None:
    java = load_languages().get("java")
    assert java.file_name("different.java") == "different.java"
    assert java.file_name(None) == "Main.java"
    assert java.file_name("../../etc/passwd") == "passwd.java"
    assert java.file_name("bad name.java") == "Main.java"
