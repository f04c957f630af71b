"""The ``leetarxiv`` Jupyter server extension: settings, wiring, start and stop.

Configure it like any extension, e.g. in ``jupyter_server_config.py``::

    c.LeetArxiv.broker_url = "amqp://judge:secret@rabbitmq/"
    c.LeetArxiv.problem_dirs = ["/srv/problems"]
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any

from jupyter_core.paths import jupyter_data_dir
from jupyter_server.auth.identity import IdentityProvider
from jupyter_server.extension.application import ExtensionApp
from jupyter_server.utils import url_path_join
from traitlets import Bool, Float, Int, List, Unicode, default

from jupyter_leetarxiv import __version__
from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.requests import MAX_SOURCE_BYTES
from jupyter_leetarxiv.sandbox.local import NOBODY, LocalSandbox
from jupyter_leetarxiv.server.handlers import (
    API_PREFIX,
    IDENTITIES_SETTING,
    SERVICE_SETTING,
    api_handlers,
)
from jupyter_leetarxiv.server.identity import Identities
from jupyter_leetarxiv.server.kernel_env import (
    API_TOKEN_ENV,
    API_URL_ENV,
    provide_kernel_env,
    withdraw_kernel_env,
)
from jupyter_leetarxiv.server.ratelimit import RateLimiter
from jupyter_leetarxiv.server.service import JudgeService
from jupyter_leetarxiv.server.store import AsyncStore
from jupyter_leetarxiv.transport import Dispatcher

_WILDCARD_IPS = {"", "0.0.0.0", "::"}  # noqa: S104 -- names of addresses, not a bind


class LeetArxiv(ExtensionApp):
    """Judge notebook cells: a REST API with live events, over an embedded pool or RabbitMQ."""

    name = "leetarxiv"
    description = "Judge notebook cells against problems from arXiv papers."
    version = __version__

    broker_url = Unicode(
        "",
        config=True,
        help="""RabbitMQ URL of the judge workers (amqp://user:password@host:port/vhost).
        Empty (the default): judge in this server's process with an embedded pool of
        `workers` threads. With a broker, submissions are accepted while it is down and
        sent once it is back.""",
    )
    broker_prefix = Unicode(
        "leetarxiv",
        config=True,
        help="""Name prefix of the judge's queues and exchanges on the broker; workers must use
        the same (`leetarxiv worker --prefix`). Lets several judges share a broker.""",
    )
    broker_connect_timeout = Float(
        10.0,
        config=True,
        help="Seconds to wait for the broker at each connection attempt before retrying.",
    )
    workers = Int(
        0,
        config=True,
        help="""Judging threads of the embedded pool (ignored with a broker). 0 (the default):
        one per CPU.""",
    )
    compile_cache = Bool(
        True,
        config=True,
        help="""Reuse the compiled program of a source judged before in the same language and
        toolchain (a notebook cell run again), in the embedded pool; workers have their own
        (`leetarxiv worker --no-cache`). The cache is $LEETARXIV_COMPILE_CACHE, else compile/
        in $LEETARXIV_CACHE_DIR or ~/.cache/leetarxiv (docs/languages.md).""",
    )
    problem_dirs = List(
        Unicode(),
        config=True,
        help="""Directories of problem packages, searched in order before
        $LEETARXIV_PROBLEM_DIRS, ./problems and the bundled bank.""",
    )
    language_dirs = List(
        Unicode(),
        config=True,
        help="""Directories of extra language files, loaded after the built-in languages
        (a file with the id of a built-in language replaces it).""",
    )
    store_path = Unicode(
        config=True,
        help="""SQLite file holding every submission and its events. Default:
        <Jupyter data dir>/leetarxiv/submissions.sqlite.""",
    )
    max_source_bytes = Int(
        MAX_SOURCE_BYTES,
        config=True,
        help="Largest source accepted, in bytes (UTF-8); larger submissions get 413.",
    )
    rate_limit = Float(
        30.0,
        config=True,
        help="""Submissions per user per minute, on average; further ones get 429 with a
        Retry-After header. 0 disables the limit.""",
    )
    rate_burst = Int(
        10,
        config=True,
        help="Submissions a user may send at once before `rate_limit` applies.",
    )
    sandbox_root = Unicode(
        "",
        config=True,
        help="Where the embedded pool's sandboxes make their work dirs. Default: the temp dir.",
    )
    sandbox_uid = Int(
        NOBODY,
        config=True,
        help="""User id that sandboxed programs run as when the server runs as root
        (otherwise they keep the server's uid). Default: nobody.""",
    )
    sandbox_gid = Int(NOBODY, config=True, help="Group id to go with `sandbox_uid`.")
    allow_unisolated = Bool(
        False,
        config=True,
        help="""Judge without namespaces (rlimits and cgroups only) where bubblewrap cannot
        run. Only for code you trust: never for a shared or public server.""",
    )
    owner = Unicode(
        config=True,
        help="""Name that submissions are filed under when users are not told apart (see
        `per_user`), and the user the kernels' token stands for. Default: $JUPYTERHUB_USER,
        else the operating-system user running the server.""",
    )
    per_user = Bool(
        None,
        allow_none=True,
        config=True,
        help="""File submissions under each request's user name (True) or all under `owner`
        (False). Default (None): False with jupyter_server's own token or password login,
        whose users are random anonymous ids for the server's one owner; True with any
        other identity provider (e.g. JupyterHub's).""",
    )
    kernel_token = Bool(
        True,
        config=True,
        help=f"""Give the kernels this server starts {API_URL_ENV} and {API_TOKEN_ENV}: the
        URL of this API and a random token accepted by this API alone, so that %%judge can
        submit without the server's own token.""",
    )

    @default("store_path")
    def _default_store_path(self) -> str:
        return str(Path(jupyter_data_dir()) / "leetarxiv" / "submissions.sqlite")

    @default("owner")
    def _default_owner(self) -> str:
        return os.environ.get("JUPYTERHUB_USER") or getpass.getuser()

    service: JudgeService
    identities: Identities

    def initialize_settings(self) -> None:
        catalog = Catalog.load(
            problem_dirs=[Path(p) for p in self.problem_dirs],
            language_dirs=[Path(p) for p in self.language_dirs],
        )
        self.service = JudgeService(
            catalog,
            AsyncStore(Path(self.store_path)),
            lambda: self._dispatcher(catalog),
            transport="broker" if self.broker_url else "embedded",
            limiter=RateLimiter(self.rate_limit, self.rate_burst),
            max_source_bytes=self.max_source_bytes,
            log=self.log,
        )
        self.identities = Identities(self.owner, per_user=self._per_user())
        self.settings[SERVICE_SETTING] = self.service
        self.settings[IDENTITIES_SETTING] = self.identities
        # Both before the server answers its first request: a submission is stored from the
        # start (and judged once the dispatcher is up), and no kernel starts without the token.
        self.service.open()
        if self.kernel_token and self.serverapp is not None:
            provide_kernel_env(self.serverapp.kernel_manager, self.kernel_env)

    def initialize_handlers(self) -> None:
        self.handlers.extend(api_handlers())

    async def _start_jupyter_server_extension(self, serverapp: Any) -> None:
        await self.service.start()
        where = "RabbitMQ workers" if self.broker_url else "an embedded pool"
        self.log.info("leetarxiv: judging with %s; submissions in %s", where, self.store_path)

    async def stop_extension(self) -> None:
        if self.serverapp is not None and getattr(self.serverapp, "kernel_manager", None):
            withdraw_kernel_env(self.serverapp.kernel_manager)
        await self.service.stop()

    def kernel_env(self) -> dict[str, str]:
        return {API_URL_ENV: self.api_url(), API_TOKEN_ENV: self.identities.kernel_token}

    def api_url(self) -> str:
        """This API's URL as a kernel on this machine reaches it (loopback for a wildcard ip)."""
        serverapp = self.serverapp
        assert serverapp is not None
        if serverapp.sock:
            return url_path_join(serverapp.connection_url, API_PREFIX)
        host = "127.0.0.1" if serverapp.ip in _WILDCARD_IPS else serverapp.ip
        if ":" in host:
            host = f"[{host}]"
        scheme = "https" if serverapp.certfile else "http"
        return f"{scheme}://{host}:{serverapp.port}" + url_path_join(serverapp.base_url, API_PREFIX)

    def _per_user(self) -> bool:
        if self.per_user is not None:
            return bool(self.per_user)
        provider = self.serverapp.identity_provider if self.serverapp is not None else None
        # jupyter_server's IdentityProvider and PasswordIdentityProvider share get_user and
        # make up anonymous users; any provider that overrides it knows who its users are.
        return provider is not None and type(provider).get_user is not IdentityProvider.get_user

    def _dispatcher(self, catalog: Catalog) -> Dispatcher:
        if self.broker_url:
            from jupyter_leetarxiv.transport.rabbitmq import RabbitDispatcher, Topology

            return RabbitDispatcher(
                self.broker_url,
                Topology(self.broker_prefix),
                connect_timeout=self.broker_connect_timeout,
            )
        from jupyter_leetarxiv.transport.embedded import EmbeddedDispatcher

        sandbox = LocalSandbox(
            root=Path(self.sandbox_root) if self.sandbox_root else None,
            uid=self.sandbox_uid,
            gid=self.sandbox_gid,
            allow_unisolated=self.allow_unisolated,
        )
        cache = CompileCache.default() if self.compile_cache else None
        return EmbeddedDispatcher(catalog, sandbox, self.workers or None, cache)
