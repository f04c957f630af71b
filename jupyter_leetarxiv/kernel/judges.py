"""Where the magic sends a submission: the Jupyter server's API, or an in-process judge.

The events are the same either way; only the way they travel differs. The server path keeps
verdicts in the server's store (what a classroom trusts); the in-process path serves nbclient,
plain IPython and editors that run a kernel without our server extension.
"""

from __future__ import annotations

import abc
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from jupyter_leetarxiv.core.catalog import Catalog, CatalogError
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.problem import ProblemError
from jupyter_leetarxiv.core.problem_views import problem_detail
from jupyter_leetarxiv.core.requests import handle_request
from jupyter_leetarxiv.core.wire import Event, SubmissionRequest
from jupyter_leetarxiv.kernel.problem_info import ProblemInfo
from jupyter_leetarxiv.sandbox.local import LocalSandbox

# The server sets these in the environment of every kernel it starts (server/kernel_env.py).
from jupyter_leetarxiv.server.kernel_env import API_TOKEN_ENV, API_URL_ENV


class JudgeUnavailableError(RuntimeError):
    """The judge could not be reached or refused the request; the message says why."""


class Judge(abc.ABC):
    name: str

    @abc.abstractmethod
    def events(self, request: SubmissionRequest) -> Iterator[Event]:
        """Submit and yield the events as they arrive, ending with the final one."""

    @abc.abstractmethod
    def problem_info(self, problem_id: str) -> ProblemInfo | None:
        """What the view shows of the problem, or None if it is unknown."""

    @abc.abstractmethod
    def language_ids(self) -> list[str]: ...

    @abc.abstractmethod
    def problem_ids(self) -> list[str]: ...


class InProcessJudge(Judge):
    """Judges in the kernel's process, in the same sandbox as any worker."""

    name = "in-process"

    def __init__(self, problem_dirs: Sequence[Path] = (), language_dirs: Sequence[Path] = ()):
        self.catalog = Catalog.load(problem_dirs, language_dirs)
        self.sandbox = LocalSandbox()
        self.cache = CompileCache.default()  # re-running an unchanged cell skips the compiler

    def events(self, request: SubmissionRequest) -> Iterator[Event]:
        return handle_request(request, self.catalog, self.sandbox, self.cache)

    def problem_info(self, problem_id: str) -> ProblemInfo | None:
        try:
            problem = self.catalog.problem(problem_id)
            return ProblemInfo.from_api(problem_detail(problem, self.catalog.languages))
        except (CatalogError, ProblemError):
            return None

    def language_ids(self) -> list[str]:
        return [language.id for language in self.catalog.languages]

    def problem_ids(self) -> list[str]:
        return self.catalog.problem_ids()


def server_settings() -> tuple[str, str] | None:
    """The API URL and kernel token our server extension put in this kernel's environment."""
    url, token = os.environ.get(API_URL_ENV, ""), os.environ.get(API_TOKEN_ENV, "")
    return (url, token) if url and token else None
