"""What this machine can enforce, found by trying it once, and how to fix what is missing.

The local sandbox degrades gracefully (no cgroup v1 freezer, no libseccomp) but refuses to run
without namespaces unless asked to, and ``leetarxiv doctor`` shows this list to an operator.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

from jupyter_leetarxiv.sandbox import seccomp
from jupyter_leetarxiv.sandbox.base import Enforcement
from jupyter_leetarxiv.sandbox.cgroups import CgroupFeatures
from jupyter_leetarxiv.sandbox.mounts import HOSTNAME, Layout

Owner = tuple[int, int]  # (uid, gid)

NAMESPACE_FIX = (
    "install bubblewrap (apt-get install bubblewrap) and allow unprivileged user namespaces "
    "(sysctl user.max_user_namespaces=10000; on Debian also kernel.unprivileged_userns_clone=1; "
    "in a container, a seccomp/AppArmor profile that permits unshare and sethostname, and an "
    "unmasked /proc: docs/deploy.md); or pass "
    "LocalSandbox(allow_unisolated=True) to run without isolation, for trusted code only"
)


def run_user(uid: int, gid: int) -> Owner | None:
    """The (uid, gid) runs use: the given one when the worker is root, else None (ourselves)."""
    return (uid, gid) if os.geteuid() == 0 else None


def user_kwargs(owner: Owner | None) -> dict[str, object]:
    """subprocess.Popen arguments that drop root before the child execs."""
    if owner is None:
        return {}
    return {"user": owner[0], "group": owner[1], "extra_groups": []}


def probe_namespaces(bwrap: str, layout: Layout, owner: Owner | None) -> tuple[bool, str]:
    """Start one bwrap with every namespace, as the run uid, and report whether it worked.

    It sets the hostname as every run's bwrap does: a seccomp profile can allow the namespaces
    and still refuse sethostname (podman's default one does, without CAP_SYS_ADMIN), and then
    every run would fail where this probe said yes.
    """
    if not os.access(bwrap, os.X_OK):
        return False, f"{bwrap} not found"
    argv = [bwrap, "--unshare-all", "--die-with-parent", "--hostname", HOSTNAME, *layout.args]
    argv += ["--proc", "/proc", "--dev", "/dev", "--", "/usr/bin/true"]
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            timeout=30,
            check=False,
            env={},
            **user_kwargs(owner),  # type: ignore[call-overload]
        )
    except (OSError, subprocess.SubprocessError) as e:
        return False, f"{bwrap} failed to start: {e}"
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace").strip()
        return False, f"{bwrap} exited {done.returncode}: {err}"
    return True, f"{bwrap} with user, pid, net, mount, ipc, uts and cgroup namespaces"


@dataclass(frozen=True)
class HostProbe:
    namespaces: bool
    namespace_detail: str
    owner: Owner | None
    cgroups: CgroupFeatures | None
    cgroup_detail: str
    runs: str = ""  # how runs are started: a bwrap each, or forked by a warm box's init

    def enforcement(self) -> list[Enforcement]:
        return [
            Enforcement(
                "namespaces (user, pid, net, mount, ipc, uts)",
                self.namespaces,
                f"{self.namespace_detail}; {self.runs}" if self.runs else self.namespace_detail,
                "" if self.namespaces else NAMESPACE_FIX,
            ),
            self._uid(),
            *self._cgroups(),
            Enforcement(
                "seccomp",
                self.namespaces and seccomp.available(),
                "deny list loaded by bwrap --seccomp"
                if seccomp.available()
                else "libseccomp not loadable",
                "" if seccomp.available() else "apt-get install libseccomp2; pip install pyseccomp",
            ),
        ]

    def _uid(self) -> Enforcement:
        if self.owner is not None:
            uid, gid = self.owner
            return Enforcement("unprivileged uid", True, f"runs as uid {uid}, gid {gid}")
        uid = os.geteuid()
        return Enforcement(
            "unprivileged uid",
            uid != 0,
            f"runs as the worker's own uid {uid}",
        )

    def _cgroups(self) -> list[Enforcement]:
        cg = self.cgroups
        version = cg.version if cg else "none"
        fix = (
            "run the worker as root on cgroup v1, or in a delegated cgroup v2 subtree "
            "(systemd Delegate=yes) with the worker in a leaf of it"
        )
        rows = [
            ("cgroup memory", cg is not None and cg.memory),
            ("cgroup pids", cg is not None and cg.pids),
            ("cgroup cpu accounting", cg is not None and cg.cpu),
            ("cgroup freeze/kill", cg is not None and cg.kill),
        ]
        return [
            Enforcement(
                name,
                ok,
                f"cgroup {version}: {self.cgroup_detail}",
                "" if ok else fix,
            )
            for name, ok in rows
        ]
