"""JupyterLab in compose.yaml: the judge's server extension sends submissions to the workers.

The broker URL (it holds the server's password) comes from a file mounted as a compose secret, not
from the environment, which the server would hand to every kernel it starts.
"""

from pathlib import Path

c = get_config()  # type: ignore[name-defined]  # noqa: F821 -- given by Jupyter

_secret = Path("/run/secrets/leetarxiv_broker_url")
if _secret.is_file():
    c.LeetArxiv.broker_url = _secret.read_text().strip()
c.ServerApp.root_dir = "/home/notebooks"
