"""JupyterLab for the Galata tests: a throwaway root, store and workspace, judging in-process.

Never use this configuration in production: ``configure_jupyter_server`` removes the
server's authentication and XSRF check (Galata's helpers call the REST API directly).
"""

import os
from pathlib import Path
from tempfile import mkdtemp

from jupyterlab.galata import configure_jupyter_server

c = get_config()  # type: ignore[name-defined] # noqa: F821 -- jupyter's config loader defines it

configure_jupyter_server(c)

REPO = Path(__file__).resolve().parents[2]
scratch = Path(mkdtemp(prefix="leetarxiv-ui-"))

c.ServerApp.ip = "127.0.0.1"
c.ServerApp.port = int(os.environ.get("LEETARXIV_UI_PORT", "18898"))
c.ServerApp.allow_root = True
c.ServerApp.root_dir = str(scratch / "notebooks")
(scratch / "notebooks").mkdir()
c.LabApp.workspaces_dir = str(scratch / "workspaces")

c.LeetArxiv.problem_dirs = [str(REPO / "problems")]
c.LeetArxiv.store_path = str(scratch / "submissions.sqlite")
c.LeetArxiv.workers = 2
