"""What every subcommand resolves first: the problem, the language and the sandbox."""

from __future__ import annotations

import os
from pathlib import Path

from jupyter_leetarxiv.cli.errors import UsageError
from jupyter_leetarxiv.core.bank import find_problem
from jupyter_leetarxiv.core.languages import Language, LanguageError, LanguageRegistry
from jupyter_leetarxiv.core.languages import load_languages as _load_languages
from jupyter_leetarxiv.core.problem import Problem, ProblemError, load_problem
from jupyter_leetarxiv.sandbox import Sandbox, SandboxError
from jupyter_leetarxiv.sandbox.local import LocalSandbox


def languages() -> LanguageRegistry:
    try:
        return _load_languages()
    except LanguageError as exc:
        raise UsageError(str(exc)) from exc


def problem(ref: str) -> Problem:
    try:
        loaded = load_problem(find_problem(ref))
    except (LookupError, ProblemError) as exc:
        raise UsageError(str(exc)) from exc
    if loaded.interactive:
        raise UsageError(f"{loaded.root}: interactive problems are not supported yet")
    return loaded


def language(registry: LanguageRegistry, name: str | None, source: Path) -> Language:
    if name is not None:
        try:
            return registry.get(name)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from exc
    guessed = registry.for_file(source.name)
    if guessed is None:
        raise UsageError(
            f"cannot tell the language of {source.name!r} from its extension; pass --lang "
            f"(one of: {', '.join(lang.id for lang in registry)})"
        )
    return guessed


def read_source(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc


ENV_SANDBOX = "LEETARXIV_SANDBOX"
SANDBOXES = ("local", "docker")


def sandbox(allow_unisolated: bool = False, kind: str | None = None) -> Sandbox:
    """The sandbox ``kind`` names, else $LEETARXIV_SANDBOX, else the local one.

    docker: boxes are containers of $LEETARXIV_DOCKER_IMAGE on the engine at $DOCKER_HOST
    (``allow_unisolated`` does not apply: a container is never unisolated).
    """
    kind = kind or os.environ.get(ENV_SANDBOX) or "local"
    try:
        if kind == "docker":
            # Imported here: the docker backend needs the optional docker package only when used.
            from jupyter_leetarxiv.sandbox.docker.backend import DockerSandbox

            return DockerSandbox.from_env()
        if kind != "local":
            raise UsageError(f"no sandbox {kind!r} (${ENV_SANDBOX}): one of {', '.join(SANDBOXES)}")
        return LocalSandbox(allow_unisolated=allow_unisolated)
    except (SandboxError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
