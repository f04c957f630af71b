"""The compile cache: hits and misses through the real judge, and the store's own guarantees.

Judging goes through the real sandbox and toolchains; the store tests use a cache directory of
their own (the host writes it, the sandbox never sees it).
"""

from __future__ import annotations

import io
import os
import tarfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from jupyter_leetarxiv.core.compile_cache import (
    ENV_DIR,
    ENV_SIZE_MB,
    CachedCompile,
    CompileCache,
    compile_key,
)
from jupyter_leetarxiv.core.judge import JudgeOptions
from jupyter_leetarxiv.core.languages import LanguageRegistry, load_languages
from jupyter_leetarxiv.core.languages.probe import is_installed
from jupyter_leetarxiv.core.languages.registry import BUILTIN_DIR, ENV_DIRS, parse_language
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.sandbox import Sandbox

from .judging import judge_aplusb

C_APLUSB = """#include <stdio.h>
int main(void) { long long a, b; scanf("%lld %lld", &a, &b); printf("%lld\\n", a + b); return 0; }
"""
KEY = "ab" + "0" * 62


def needs(registry: LanguageRegistry, name: str) -> None:
    if not is_installed(registry.get(name)):
        pytest.skip(f"{name} is not installed")


@pytest.fixture
def cache(tmp_path: Path) -> CompileCache:
    return CompileCache(tmp_path / "compile-cache")


@pytest.mark.parametrize(
    "name",
    [
        "c",
        # javac leaves class files, GHC an object directory: all of it must come back.
        pytest.param("java", marks=pytest.mark.slow),
        pytest.param("haskell", marks=pytest.mark.slow),
    ],
)
def test_second_judging_of_the_same_source_is_a_cache_hit(
    name: str, registry: LanguageRegistry, sandbox: Sandbox, cache: CompileCache
) -> None:
    needs(registry, name)
    language = registry.get(name)
    options = JudgeOptions(compile_cache=cache)

    first = judge_aplusb(language, language.self_test.aplusb, sandbox, registry, options)
    second = judge_aplusb(language, language.self_test.aplusb, sandbox, registry, options)

    assert first.verdict is Verdict.AC and second.verdict is Verdict.AC, (first, second)
    assert first.compiled.cached is False
    assert second.compiled.cached is True
    assert second.compiled.ok is True
    assert second.compiled.output == first.compiled.output, "a hit repeats the compiler's words"
    assert cache.size() > 0


def test_changed_source_is_a_miss(
    registry: LanguageRegistry, sandbox: Sandbox, cache: CompileCache
) -> None:
    needs(registry, "c")
    language = registry.get("c")
    options = JudgeOptions(compile_cache=cache)

    judge_aplusb(language, C_APLUSB, sandbox, registry, options)
    changed = judge_aplusb(language, "/* v2 */\n" + C_APLUSB, sandbox, registry, options)

    assert changed.compiled.cached is False
    assert changed.verdict is Verdict.AC, changed


def test_compile_errors_are_not_cached(
    registry: LanguageRegistry, sandbox: Sandbox, cache: CompileCache
) -> None:
    needs(registry, "c")
    language = registry.get("c")
    options = JudgeOptions(compile_cache=cache)
    broken = "int main(void) { return syntax error; }\n"

    for _ in range(2):
        judged = judge_aplusb(language, broken, sandbox, registry, options)
        assert judged.verdict is Verdict.CE
        assert judged.compiled.cached is False
    assert cache.size() == 0


def test_without_a_cache_every_judging_compiles(
    registry: LanguageRegistry, sandbox: Sandbox
) -> None:
    needs(registry, "c")
    language = registry.get("c")
    for _ in range(2):
        judged = judge_aplusb(language, C_APLUSB, sandbox, registry)
        assert judged.compiled.cached is False


SYMLINK_LANGUAGE = """\
id: linker
name: A compile step that leaves a symlink to a host file
extensions: [.c]
# The compiler also plants a symlink to /etc/passwd in the work dir.
compile: [/usr/bin/sh, -c, 'ln -s /etc/passwd planted && gcc -O2 -o main "$1"', sh, "{main}"]
run: [./main]
version: [/usr/bin/gcc, -dumpfullversion]
self_test:
  hello: ""
  aplusb: ""
"""


def test_a_planted_symlink_is_cached_as_a_link_never_followed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sandbox: Sandbox,
    cache: CompileCache,
) -> None:
    """The archive is made in the box, so the host reads no file through the planted link."""
    if not Path("/usr/bin/gcc").is_file():
        pytest.skip("gcc is not installed")
    languages = tmp_path / "languages"
    languages.mkdir()
    (languages / "linker.yaml").write_text(SYMLINK_LANGUAGE)
    monkeypatch.setenv(ENV_DIRS, str(languages))
    registry = load_languages()
    language = registry.get("linker")
    options = JudgeOptions(compile_cache=cache)

    first = judge_aplusb(language, C_APLUSB, sandbox, registry, options)
    second = judge_aplusb(language, C_APLUSB, sandbox, registry, options)

    assert first.verdict is Verdict.AC and second.verdict is Verdict.AC, (first, second)
    assert second.compiled.cached is True
    entries = [p for p in cache.root.rglob("*") if p.is_file()]
    assert len(entries) == 1
    stored = cache.get(entries[0].name)
    assert stored is not None
    with tarfile.open(fileobj=io.BytesIO(stored.archive)) as archive:
        planted = archive.getmember("./planted")
        assert planted.issym() and planted.linkname == "/etc/passwd"
        assert archive.getmember("./main").isfile()
    assert b"root:" not in stored.archive, "the host file's content never entered the cache"


def test_key_changes_with_the_language_file(tmp_path: Path) -> None:
    original = parse_language(BUILTIN_DIR / "c.yaml")
    copy = tmp_path / "c.yaml"
    copy.write_text((BUILTIN_DIR / "c.yaml").read_text() + "# a changed comment\n")
    edited = parse_language(copy)
    contents = [("solution.c", "0" * 64)]
    argv = ["/usr/bin/gcc", "solution.c"]

    key = compile_key(original, "12.2.0", argv, contents)
    assert key is not None
    assert compile_key(original, "12.2.0", argv, contents) == key
    assert compile_key(edited, "12.2.0", argv, contents) != key
    assert compile_key(original, "13.1.0", argv, contents) != key
    assert compile_key(original, "12.2.0", [*argv, "-O3"], contents) != key
    assert compile_key(original, "12.2.0", argv, [("solution.c", "1" * 64)]) != key
    assert compile_key(original, "12.2.0", argv, [*contents, ("harness.h", "2" * 64)]) != key
    assert compile_key(original, "", argv, contents) is None, "an unknown toolchain: no caching"


def test_get_of_a_missing_key_is_none(cache: CompileCache) -> None:
    assert cache.get(KEY) is None


def test_put_then_get_round_trips(cache: CompileCache) -> None:
    entry = CachedCompile(archive=b"\x00tar bytes\xff", output="warning: unused variable\n")
    assert cache.put(KEY, entry)
    assert cache.get(KEY) == entry


def test_a_damaged_entry_is_a_miss_and_is_removed(cache: CompileCache) -> None:
    cache.put(KEY, CachedCompile(archive=b"x" * 1000, output="ok"))
    path = next(p for p in cache.root.rglob("*") if p.is_file())
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))

    assert cache.get(KEY) is None
    assert not path.exists()


def test_keys_that_could_escape_the_cache_dir_are_refused(cache: CompileCache) -> None:
    with pytest.raises(ValueError, match="not a cache key"):
        cache.get("../" * 10 + "etc/passwd")


def test_eviction_keeps_the_size_bound_and_the_recently_used(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path, max_bytes=10_000)
    keys = [f"{i:064x}" for i in range(30)]
    for i, key in enumerate(keys[:5]):
        cache.put(key, CachedCompile(archive=bytes(1000), output=""))
        os.utime(cache.root / key[:2] / key, (1_000_000 + i, 1_000_000 + i))
    assert cache.get(keys[0]) is not None  # now the most recently used
    for key in keys[5:10]:  # the tenth entry passes the bound: the oldest go
        cache.put(key, CachedCompile(archive=bytes(1000), output=""))
        assert cache.size() <= 10_000
    assert cache.get(keys[1]) is None, "the least recently used entry went first"
    assert cache.get(keys[0]) is not None, "a recently read entry outlives older ones"
    for key in keys[10:]:
        cache.put(key, CachedCompile(archive=bytes(1000), output=""))
        assert cache.size() <= 10_000
    assert cache.get(keys[-1]) is not None


def test_an_entry_bigger_than_the_bound_is_not_stored(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path, max_bytes=1000)
    assert cache.put(KEY, CachedCompile(archive=bytes(5000), output="")) is False
    assert cache.get(KEY) is None


def _write_and_read(args: tuple[str, int, int]) -> list[tuple[int, int, str]]:
    """One worker: write its own version of the entry, then read whatever is there."""
    root, worker, rounds = args
    cache = CompileCache(Path(root))
    seen = []
    for _ in range(rounds):
        payload = bytes([worker]) * (50_000 + worker)
        cache.put(KEY, CachedCompile(archive=payload, output=f"worker {worker}"))
        got = cache.get(KEY)
        if got is not None:
            seen.append((len(set(got.archive)), len(got.archive), got.output))
    return seen


def test_concurrent_writers_never_leave_a_torn_entry(tmp_path: Path) -> None:
    workers, rounds = 6, 40
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(
            pool.map(_write_and_read, [(str(tmp_path), w, rounds) for w in range(workers)])
        )
    reads = [read for result in results for read in result]
    assert len(reads) == workers * rounds, "a reader always finds a whole entry"
    for distinct_bytes, length, output in reads:
        writer = int(output.split()[1])
        assert distinct_bytes == 1, "an entry is one writer's bytes, never a mix"
        assert length == 50_000 + writer, "and all of them"
    leftovers = [p.name for p in tmp_path.rglob("*") if p.is_file() and p.name != KEY]
    assert leftovers == [], "no temporary files are left behind"


def test_default_location_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "here"))
    monkeypatch.setenv(ENV_SIZE_MB, "5")
    cache = CompileCache.default()
    assert cache.root == tmp_path / "here"
    assert cache.max_bytes == 5 * 1024**2

    monkeypatch.delenv(ENV_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert CompileCache.default().root == tmp_path / "xdg" / "leetarxiv" / "compile"


def test_an_unwritable_cache_directory_is_a_no_op(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory should be")
    cache = CompileCache(blocked)
    assert cache.put(KEY, CachedCompile(archive=b"x", output="")) is False
    assert cache.get(KEY) is None
    assert cache.size() == 0
