"""Runtimes that an address-space limit would break compile and run under a 256 MiB cgroup limit.

Each toolchain lives under /usr (bound for every box); the extra host paths below are the ones it
reaches through symlinks out of /usr, found by running it without them:
- Java: /usr/lib/jvm/java-17-openjdk-amd64/conf and lib/jvm.cfg point into /etc/java-17-openjdk.
- GHC: /usr/lib/ghc/package.conf.d points to /var/lib/ghc/package.conf.d.
- Go: nothing; it needs a writable GOCACHE, which the box's /tmp provides.
"""

from __future__ import annotations

import shutil

import pytest

from jupyter_leetarxiv.sandbox.base import Limits, MiB, RunResult, RunStatus
from jupyter_leetarxiv.sandbox.local import LocalSandbox

pytestmark = pytest.mark.slow

LIMITS = Limits(cpu_time=30, wall_time=120, memory=256 * MiB, processes=64)
JAVA_PATHS = ("/etc/java-17-openjdk",)
GHC_PATHS = ("/var/lib/ghc",)
GO_ENV = {"GOCACHE": "/tmp/go-cache", "GOPATH": "/tmp/go"}


def needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")


def assert_ok(result: RunResult) -> None:
    assert result.status is RunStatus.OK, result.stderr.decode(errors="replace")
    assert 0 < result.memory <= LIMITS.memory


def test_jvm_version(sandbox: LocalSandbox) -> None:
    needs("java")
    with sandbox.open_box(toolchain_paths=JAVA_PATHS) as box:
        result = box.run(["java", "-Xmx128m", "-version"], limits=LIMITS)
    assert_ok(result)
    assert b"OpenJDK" in result.stderr


def test_java_compiles_and_runs(sandbox: LocalSandbox) -> None:
    needs("javac")
    source = b'class Main { public static void main(String[] a) { System.out.println("hi"); } }'
    with sandbox.open_box(toolchain_paths=JAVA_PATHS) as box:
        box.put("Main.java", source)
        assert_ok(box.run(["javac", "-J-Xmx128m", "Main.java"], limits=LIMITS))
        result = box.run(["java", "-Xmx128m", "-cp", ".", "Main"], limits=LIMITS)
    assert_ok(result)
    assert result.stdout == b"hi\n"


def test_go_compiles_and_runs(sandbox: LocalSandbox) -> None:
    needs("go")
    source = b'package main\nimport "fmt"\nfunc main() { fmt.Println("hi") }\n'
    with sandbox.open_box() as box:
        box.put("main.go", source)
        assert_ok(box.run(["go", "build", "-o", "main", "main.go"], limits=LIMITS, env=GO_ENV))
        result = box.run(["./main"], limits=LIMITS)
    assert_ok(result)
    assert result.stdout == b"hi\n"


def test_ghc_compiles_and_runs(sandbox: LocalSandbox) -> None:
    needs("ghc")
    with sandbox.open_box(toolchain_paths=GHC_PATHS) as box:
        box.put("main.hs", b'main :: IO ()\nmain = putStrLn "hi"\n')
        assert_ok(box.run(["ghc", "-O0", "-o", "main", "main.hs"], limits=LIMITS))
        result = box.run(["./main"], limits=LIMITS)
    assert_ok(result)
    assert result.stdout == b"hi\n"


def test_ghc_without_its_package_db_fails(sandbox: LocalSandbox) -> None:
    """Guards GHC_PATHS: the box really hides /var/lib unless a language asks for it."""
    needs("ghc")
    with sandbox.open_box() as box:
        box.put("main.hs", b'main :: IO ()\nmain = putStrLn "hi"\n')
        result = box.run(["ghc", "-O0", "-o", "main", "main.hs"], limits=LIMITS)
    assert result.status is RunStatus.EXITED
    assert b"package database" in result.stderr
