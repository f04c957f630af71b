"""The docker backend: a box is one fresh container from the compiler image, for one submission.

The container is as bare as the engine allows: no network, a read-only root, tmpfs work dir and
/tmp, every capability dropped, no-new-privileges, the engine's seccomp profile, a uid of its own
(not root, no entry in /etc/passwd, never shared with another open box of this sandbox), and
memory, pids, CPU and rlimit caps on the whole box. Its pid 1 is the runner
(``jupyter_leetarxiv.sandbox.docker.runner``), which runs each program of the box under that
run's limits: the compile and then every test, in the same container.

Only documented calls of the ``docker`` package are used: create, attach, start, put_archive,
get_archive, remove; never ``containers.run(remove=True)``, whose log streaming hangs on podman's
Docker-compatible API. The host talks to the runner over the attach connection (see ``channel``);
files go in and out as tar archives that the engine unpacks and packs inside the container, so
the host never resolves a path in the box (see ``archive``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import secrets
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, NoReturn

from jupyter_leetarxiv.sandbox.base import (
    BOX_TMP,
    Box,
    Enforcement,
    Limits,
    RunResult,
    Sandbox,
    SandboxError,
    default_env,
)
from jupyter_leetarxiv.sandbox.docker import archive, protocol
from jupyter_leetarxiv.sandbox.docker.channel import Channel, ChannelError
from jupyter_leetarxiv.sandbox.docker.settings import DockerSettings
from jupyter_leetarxiv.sandbox.workdir import split_name

if TYPE_CHECKING:
    import docker
    from docker.models.containers import Container

log = logging.getLogger(__name__)

BOX_PATH = "/box"
LABEL = "org.leetarxiv.box"  # on every box container, to find leftovers: --filter label=...
# Box uids come from here: inside 0..65535, so that engines that remap users (userns-remap,
# rootless podman) can map them too; above the usual system and login users.
UID_RANGE = (40000, 60000)
_NO_CAPABILITIES = "0000000000000000"
_CHUNK = 1 << 16
_REMOVE_ATTEMPTS = 5


class DockerSandbox(Sandbox):
    """Boxes that are containers of ``settings.image`` on the engine ``client`` talks to.

    Without a ``client``, one is made on first use from the environment (DOCKER_HOST, and
    DOCKER_TLS_VERIFY/DOCKER_CERT_PATH for TCP), as the docker CLI does.
    """

    name = "docker"

    def __init__(
        self, settings: DockerSettings | None = None, *, client: docker.DockerClient | None = None
    ) -> None:
        self.settings = settings or DockerSettings()
        self._client = client
        self._lock = threading.Lock()
        self._uids: set[int] = set()
        self._random = random.SystemRandom()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DockerSandbox:
        """Settings from LEETARXIV_DOCKER_*, the engine from DOCKER_HOST."""
        return cls(DockerSettings.from_env(environ))

    @property
    def client(self) -> docker.DockerClient:
        with self._lock:
            if self._client is None:
                try:
                    import docker
                except ImportError as e:
                    raise SandboxError(
                        "the docker sandbox needs the docker package: "
                        "pip install 'jupyter-leetarxiv[docker]'"
                    ) from e
                try:
                    self._client = docker.from_env()
                except docker.errors.DockerException as e:
                    host = os.environ.get("DOCKER_HOST", "the default socket")
                    raise SandboxError(f"no container engine at {host}: {e}") from e
            return self._client

    def _take_uid(self) -> int:
        with self._lock:
            while True:
                uid = self._random.randrange(*UID_RANGE)
                if uid not in self._uids:
                    self._uids.add(uid)
                    return uid

    def _release_uid(self, uid: int) -> None:
        with self._lock:
            self._uids.discard(uid)

    def open_box(self, *, toolchain_paths: Sequence[str] = ()) -> DockerBox:
        """A new box. ``toolchain_paths`` are ignored: the image holds every toolchain, and the
        container's root is the image's, read-only."""
        uid = self._take_uid()
        try:
            return DockerBox.start(self.client, self.settings, uid, release=self._release_uid)
        except BaseException:
            self._release_uid(uid)
            raise

    def enforcement(self) -> list[Enforcement]:
        engine = self._engine()
        if not engine.enforced:
            return [engine]
        try:
            with self.open_box() as box:
                facts = box.probe()
        except SandboxError as e:
            fix = "build it: scripts/build-image" if "image" in str(e).lower() else ""
            return [engine, Enforcement("box container", False, str(e), fix)]
        return [engine, *_from_probe(facts, self.settings)]

    def _engine(self) -> Enforcement:
        try:
            version = self.client.version()
        except SandboxError as e:
            return Enforcement("container engine", False, str(e), _ENGINE_FIX)
        except Exception as e:  # the docker package raises requests' errors as they are
            return Enforcement("container engine", False, f"unreachable: {e}", _ENGINE_FIX)
        names = [str(c.get("Name", "")) for c in version.get("Components", [])]
        kind = "podman" if any("podman" in n.lower() for n in names) else "docker"
        return Enforcement(
            "container engine",
            True,
            f"{kind} {version.get('Version', '?')} (API {version.get('ApiVersion', '?')}) "
            f"at {self.client.api.base_url}; image {self.settings.image}",
        )


_ENGINE_FIX = (
    "start the engine (for podman: podman system service --time=0 unix:///run/podman.sock) "
    "and point DOCKER_HOST at it"
)


def _from_probe(facts: Mapping[str, Any], settings: DockerSettings) -> list[Enforcement]:
    """Enforcement rows from what the runner saw inside a fresh box."""
    interfaces = list(facts.get("interfaces", []))
    caps = str(facts.get("capabilities", ""))
    return [
        Enforcement(
            "unprivileged user",
            facts.get("uid", 0) != 0 and caps == _NO_CAPABILITIES,
            f"uid {facts.get('uid')}, effective capabilities {caps or '?'}",
        ),
        Enforcement(
            "no new privileges",
            bool(facts.get("no_new_privs")),
            "setuid binaries and file capabilities give nothing",
        ),
        Enforcement(
            "seccomp",
            facts.get("seccomp") == "2" and bool(facts.get("box_filter")),
            f"the engine's profile: {'yes' if facts.get('seccomp') == '2' else 'NO'}; "
            f"the sandbox's own filter per run: {'yes' if facts.get('box_filter') else 'NO'}",
            "" if facts.get("box_filter") else "the image needs libseccomp2 and pyseccomp",
        ),
        Enforcement(
            "network",
            interfaces == ["lo"],
            f"interfaces: {', '.join(interfaces) or 'none'}",
        ),
        Enforcement("read-only root", bool(facts.get("read_only_root")), "the image, unchanged"),
        Enforcement(
            "memory",
            _limited(facts.get("memory")),
            f"container cap {facts.get('memory')} bytes (asked {settings.memory}); per run: "
            f"sampled every 10 ms, peak RSS, "
            f"{'the cgroup OOM counter' if facts.get('oom_counter') else 'no OOM counter'}",
        ),
        Enforcement("pids", _limited(facts.get("pids")), f"container cap {facts.get('pids')}"),
        Enforcement("cpu", _limited(facts.get("cpu")), f"CFS quota {facts.get('cpu')}"),
        Enforcement(
            "runner",
            facts.get("pid") == 1 and facts.get("dumpable") == 0,
            f"pid {facts.get('pid')}, dumpable {facts.get('dumpable')}: programs can neither "
            "signal nor trace it",
        ),
    ]


def _limited(value: object) -> bool:
    text = str(value or "max").split()[0]
    return text not in ("max", "-1") and not (text.isdigit() and int(text) >= 2**62)


class DockerBox(Box):
    """One container and the runner in it. One thread uses a box at a time."""

    def __init__(
        self,
        client: docker.DockerClient,
        settings: DockerSettings,
        container: Container,
        channel: Channel,
        uid: int,
        release: Callable[[int], None],
    ) -> None:
        self._client = client
        self._settings = settings
        self._container = container
        self._channel = channel
        self.uid = uid
        self._release = release
        self._broken: str | None = None
        self._closed = False

    @classmethod
    def start(
        cls,
        client: docker.DockerClient,
        settings: DockerSettings,
        uid: int,
        *,
        release: Callable[[int], None],
    ) -> DockerBox:
        import docker

        try:
            container = client.containers.create(**_create_args(settings, uid))
        except docker.errors.ImageNotFound as e:
            raise SandboxError(
                f"no image {settings.image} on the engine: build it with scripts/build-image, "
                "or set LEETARXIV_DOCKER_IMAGE"
            ) from e
        except docker.errors.DockerException as e:
            raise SandboxError(f"cannot create a box container: {e}") from e
        try:
            channel = _attach(client, str(container.id))
            container.start()
            box = cls(client, settings, container, channel, uid, release)
        except BaseException as e:
            _remove(container)
            if isinstance(e, docker.errors.DockerException | OSError):
                raise SandboxError(f"cannot start a box container: {e}") from e
            raise
        box._await_ready()
        return box

    @property
    def workdir(self) -> str:
        return BOX_PATH

    @property
    def container_id(self) -> str:
        return str(self._container.id)

    def _await_ready(self) -> None:
        reply = self._exchange(None, time.monotonic() + self._settings.start_timeout)
        if reply.get("protocol") != protocol.VERSION:
            self._fail(f"the image's runner speaks protocol {reply.get('protocol')!r}")

    def put(self, name: str, data: bytes, *, executable: bool = False) -> None:
        import docker

        parts = split_name(name)
        tar = archive.pack_file(parts, data, executable=executable, owner=self.uid)
        self._usable()
        try:
            ok = self._container.put_archive(BOX_PATH, tar)
        except docker.errors.DockerException as e:
            raise SandboxError(f"cannot write {name!r} into the box: {e}") from e
        if not ok:
            raise SandboxError(f"cannot write {name!r} into the box")

    def get(self, name: str, max_bytes: int) -> bytes | None:
        import docker

        parts = split_name(name)
        self._usable()
        path = PurePosixPath(BOX_PATH)
        try:
            # Nothing runs in the box between two runs, so what these stats say still holds
            # when the archive is read.
            for part in parts[:-1]:
                path /= part
                stat, _ = self._archive(str(path), head=True)
                if stat is None or not archive.is_directory(stat):
                    return None
            stat, response = self._archive(str(path / parts[-1]), head=False)
            if stat is None or response is None:
                return None
            # Closing the response ends the transfer of whatever was not read.
            with contextlib.closing(response):
                if not archive.is_regular(stat):
                    return None
                return archive.read_file(response.iter_content(_CHUNK), parts[-1], max_bytes)
        except (docker.errors.DockerException, OSError) as e:
            raise SandboxError(f"cannot read {name!r} from the box: {e}") from e

    def _archive(self, path: str, *, head: bool) -> tuple[dict[str, Any] | None, Any]:
        """The engine's stat of a path in the container (None if it does not exist) and, unless
        ``head``, the streaming response whose body is the path's archive.

        The docker package's get_archive streams through a generator that cannot be closed
        before its first chunk; a response of our own can be, whatever was read of it.
        """
        import docker
        from docker.utils import decode_json_header

        api = self._client.api
        url = f"{api.base_url}/v{api.api_version}/containers/{self.container_id}/archive"
        if head:
            response = api.head(url, params={"path": path})
        else:
            response = api.get(url, params={"path": path}, stream=True)
        if response.status_code == 404:
            response.close()
            return None, None
        if not response.ok:
            response.close()
            raise docker.errors.APIError(f"archive of {path}: HTTP {response.status_code}")
        header = response.headers.get("X-Docker-Container-Path-Stat")
        stat: dict[str, Any] | None = decode_json_header(header) if header else None
        if head:
            response.close()
            return stat, None
        return stat, response

    def run(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        stdin: Path | bytes | None = None,
        env: Mapping[str, str] | None = None,
    ) -> RunResult:
        if not argv:
            raise ValueError("empty argv")
        # A Path is a trusted host file (test data), read by the host.
        data = stdin.read_bytes() if isinstance(stdin, Path) else stdin or b""
        run_env = default_env(BOX_PATH) | dict(env or {})
        request = protocol.run_request(argv, run_env, BOX_PATH, data, limits)
        deadline = time.monotonic() + limits.effective_wall_time + self._settings.reply_grace
        reply = self._exchange(request, deadline)
        try:
            return protocol.result_from_dict(reply.get("result"))
        except protocol.ProtocolError as e:
            self._fail(f"the runner's reply: {e}")

    def probe(self) -> dict[str, Any]:
        """What the runner sees inside this box (uid, capabilities, seccomp, limits, network)."""
        reply = self._exchange({"op": "probe"}, time.monotonic() + self._settings.start_timeout)
        facts = reply.get("probe")
        if not isinstance(facts, dict):
            self._fail("the runner's probe is not an object")
        return dict(facts)

    def _exchange(self, request: Mapping[str, Any] | None, deadline: float) -> dict[str, Any]:
        """Send ``request`` (None: only read, for the ready line) and return the reply."""
        self._usable()
        try:
            if request is not None:
                self._channel.send(protocol.encode(request), deadline)
            reply = protocol.decode(self._channel.receive(deadline))
        except (ChannelError, protocol.ProtocolError) as e:
            self._fail(str(e))
        if reply.get("ok") is False:
            # The runner could not do it but is still there: the box stays usable.
            raise SandboxError(f"box runner: {reply.get('error')}")
        return reply

    def _usable(self) -> None:
        if self._closed:
            raise SandboxError("the box is closed")
        if self._broken is not None:
            raise SandboxError(f"the box is broken: {self._broken}")

    def _fail(self, reason: str) -> NoReturn:
        """Give the box up: it is of no further use, and whatever runs in it must stop."""
        stderr = self._channel.stderr.decode(errors="replace").strip()
        state = self._state()
        self._broken = reason + (f" ({state})" if state else "") + (f": {stderr}" if stderr else "")
        with contextlib.suppress(Exception):
            self._container.kill()
        raise SandboxError(self._broken)

    def _state(self) -> str:
        with contextlib.suppress(Exception):
            self._container.reload()
            state = self._container.attrs.get("State", {})
            if state.get("OOMKilled"):
                return "the container ran out of memory"
            if state.get("Status") != "running":
                return f"container {state.get('Status')}, exit code {state.get('ExitCode')}"
        return ""

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            _remove(self._container)
        finally:
            self._channel.close()
            self._release(self.uid)


def _create_args(settings: DockerSettings, uid: int) -> dict[str, Any]:
    """The container of one box (keyword arguments of ``containers.create``)."""
    from docker.types import LogConfig, Ulimit

    tmpfs_options = "rw,nosuid,nodev,mode=1777,size="
    return {
        "image": settings.image,
        "entrypoint": list(settings.runner),
        "command": [],
        "name": f"leetarxiv-box-{secrets.token_hex(8)}",
        "labels": {LABEL: "1"},
        "user": f"{uid}:{uid}",
        "working_dir": BOX_PATH,
        "environment": {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        "hostname": "box",
        "network_mode": "none",
        "read_only": True,
        "tmpfs": {
            BOX_PATH: f"{tmpfs_options}{settings.workdir_size}",
            BOX_TMP: f"{tmpfs_options}{settings.tmp_size}",
        },
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "pids_limit": settings.pids,
        "mem_limit": settings.memory,
        "memswap_limit": settings.memory,  # no swap: memory is memory
        "nano_cpus": int(settings.cpus * 1e9),
        "ulimits": [
            Ulimit(name="nofile", soft=settings.ulimit_nofile, hard=settings.ulimit_nofile),
            Ulimit(name="nproc", soft=settings.ulimit_nproc, hard=settings.ulimit_nproc),
        ],
        "shm_size": settings.tmp_size,
        "ipc_mode": "private",
        # StdinOnce (which the docker package sets for stdin_open without detach): when the
        # host's end closes, even in a crash, the runner's stdin ends and the runner exits.
        "stdin_open": True,
        "detach": False,
        "tty": False,
        "log_config": LogConfig(type="none"),  # replies go to the host, not into a log on disk
    }


def _attach(client: docker.DockerClient, container_id: str) -> Channel:
    """The hijacked attach connection, made before the start, so no output is missed."""
    params = {"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
    raw = client.api.attach_socket(container_id, params=params)
    # Over a Unix socket the docker package hands back a SocketIO around the connection's socket
    # (as its own tests use it, via _sock); over TCP, the socket itself. A socket with a SocketIO
    # open is only really closed once both are.
    sock = getattr(raw, "_sock", raw)
    if not isinstance(sock, socket.socket):
        raise SandboxError(f"unexpected attach connection {type(raw).__name__}")
    return Channel(sock, also_close=raw.close)


def _remove(container: Container) -> None:
    """Kill and remove a box's container, whatever state it is in.

    podman 4.3 refuses a forced removal of a container that stops on its own at that moment
    ("container state improper"): a second try finds it stopped and removes it.
    """
    import docker

    for attempt in range(_REMOVE_ATTEMPTS):
        try:
            container.remove(force=True)
            return
        except docker.errors.NotFound:
            return
        except docker.errors.APIError as e:
            if e.status_code == 409 and "in progress" in str(e):
                return  # the engine is removing it already
            if attempt == _REMOVE_ATTEMPTS - 1:
                log.warning("cannot remove box container %s: %s", container.id, e)
                return
            time.sleep(0.1 * (attempt + 1))
