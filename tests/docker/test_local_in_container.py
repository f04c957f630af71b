"""The local sandbox inside an unprivileged container of the compiler image, and the worker there.

The containers run as compose.yaml runs a worker: no --privileged, every capability dropped,
no-new-privileges, a read-only root, the image's own unprivileged user. There the local sandbox
cannot be complete (docs/deploy.md): the cgroup hierarchy is mounted read-only, /proc is masked so
bwrap cannot mount a fresh one, and the engine's seccomp profile refuses what a run's bwrap needs
(podman's: sethostname; docker's: unshare and clone of namespaces). These tests hold the two
promises made about it: `leetarxiv doctor` says what a run would meet, and the image's worker will
not start on such a sandbox unless it is told the code is trusted.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence

import pytest
from dockertools import REPO, podman_env

NAMESPACES = "namespaces (user, pid, net, mount, ipc, uts)"
HARDENED = [
    "--read-only",
    "--tmpfs=/tmp",
    "--tmpfs=/var/lib/leetarxiv",
    "--cap-drop=ALL",
    "--security-opt=no-new-privileges",
    "--network=none",
    f"--volume={REPO / 'tests' / 'e2e'}:/e2e:ro",
]
PATIENCE = 300  # seconds for one container, the judge of a+b in it included


def podman_run(
    image: str, argv: Sequence[str], options: Sequence[str] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["podman", "run", "--rm", *HARDENED, *options, image, *argv],
        env=podman_env(),
        capture_output=True,
        text=True,
        timeout=PATIENCE,
        check=False,
    )


# The engine's default profile and masked /proc; then /proc unmasked (docker's
# --security-opt systempaths=unconfined), which is enough for bwrap's namespaces but not for the
# hostname of a run's UTS namespace under podman's profile.
@pytest.mark.parametrize(
    "options", [[], ["--security-opt=unmask=/proc/*"]], ids=["default", "unmasked-proc"]
)
def test_doctor_says_what_a_run_meets(image: str, options: list[str]) -> None:
    env = ["--env=LEETARXIV_SANDBOX=local"]
    doctor = podman_run(image, ["leetarxiv", "doctor", "--json"], [*env, *options])
    checks = {c["name"]: c for c in json.loads(doctor.stdout)}
    assert doctor.returncode != 0, "the local sandbox cannot be complete in this container"
    assert not checks["cgroup memory"]["enforced"], checks["cgroup memory"]
    assert checks["unprivileged uid"]["enforced"]
    judge = ["leetarxiv", "judge", "--sandbox", "local"]
    judged = podman_run(
        image, [*judge, "/e2e/problems/aplusb", "/e2e/programs/ac_aplusb.py"], options
    )
    # Namespaces "yes" if and only if a run in them works: never a yes that every run then fails.
    runs = judged.returncode == 0 and "AC (accepted)" in judged.stdout
    assert checks[NAMESPACES]["enforced"] == runs, (checks[NAMESPACES], judged.stderr[-2000:])


def test_the_worker_does_not_start_on_an_incomplete_sandbox(image: str) -> None:
    env = ["--env=LEETARXIV_SANDBOX=local", "--env=LEETARXIV_BROKER_URL=amqp://127.0.0.1:1/"]
    done = podman_run(image, [], env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "the sandbox is incomplete (above); not starting" in done.stderr, done.stderr
