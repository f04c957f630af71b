"""The docker backend's settings: the image and what bounds one box (container) as a whole.

A run's own limits come with each run (``Limits``); these are the container's, fixed when the box
is created, before anyone knows what will run in it: so the memory cap must hold the largest
compile (2 GiB by default for a Kattis problem) plus the files of the work dir and /tmp, which are
tmpfs pages charged to the same cgroup.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from jupyter_leetarxiv.sandbox.base import MiB

ENV_IMAGE = "LEETARXIV_DOCKER_IMAGE"
ENV_MEMORY = "LEETARXIV_DOCKER_MEMORY_MB"
ENV_PIDS = "LEETARXIV_DOCKER_PIDS"
ENV_CPUS = "LEETARXIV_DOCKER_CPUS"
ENV_WORK_MB = "LEETARXIV_DOCKER_WORKDIR_MB"
DEFAULT_IMAGE = "localhost/leetarxiv-compiler:latest"
# The Python of the image's virtual environment, where this package is installed.
RUNNER = ("/opt/leetarxiv/bin/python3", "-I", "-m", "jupyter_leetarxiv.sandbox.docker.runner")


@dataclass(frozen=True)
class DockerSettings:
    image: str = DEFAULT_IMAGE
    memory: int = 3 * 1024 * MiB  # the container's memory cap: all runs, work dir and /tmp
    pids: int = 256  # processes and threads of the container, the runner included
    cpus: float = 1.0  # CPU share of the container (a CFS quota), not a time limit
    workdir_size: int = 512 * MiB  # tmpfs of the work dir
    tmp_size: int = 1024 * MiB  # tmpfs of /tmp and of /dev/shm each; a run's files there are
    # counted as its memory, so this only bounds what a run with a larger limit may keep there
    ulimit_nofile: int = 1024  # the container's hard limits: podman's defaults exceed what a
    ulimit_nproc: int = 1024  # host without CAP_SYS_RESOURCE may grant
    runner: tuple[str, ...] = RUNNER
    start_timeout: float = 60.0  # seconds for a new container's runner to say it is ready
    reply_grace: float = 30.0  # seconds past a run's wall-clock limit before the box is given up

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DockerSettings:
        """Settings from LEETARXIV_DOCKER_* variables; unset ones keep their defaults."""
        env = os.environ if environ is None else environ
        base = cls()
        try:
            return cls(
                image=env.get(ENV_IMAGE) or base.image,
                memory=_mib(env.get(ENV_MEMORY), base.memory),
                pids=int(env.get(ENV_PIDS) or base.pids),
                cpus=float(env.get(ENV_CPUS) or base.cpus),
                workdir_size=_mib(env.get(ENV_WORK_MB), base.workdir_size),
            )
        except ValueError as e:
            raise ValueError(f"bad LEETARXIV_DOCKER_* setting: {e}") from e


def _mib(value: str | None, default: int) -> int:
    return int(value) * MiB if value else default
