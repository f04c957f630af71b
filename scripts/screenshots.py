"""Screenshots of JupyterLab judging the example notebooks, for docs/images/.

Starts JupyterLab on a scratch copy of notebooks/ (outputs never land in the repo), opens a
notebook in Debian's headless Chromium through Playwright, runs every cell, and photographs
the judged cells: an accepted one with the paper excerpt open, and a wrong answer with its diff.

    .venv/bin/python scripts/screenshots.py [--out docs/images]
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Locator, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# Every cell stays in the DOM (Lab 4 otherwise detaches cells scrolled out of view), and no
# news prompt covers the page.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": '{"windowingMode": "none"}',
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": '{"fetchNews": "false"}',
}


def write_settings(directory: Path) -> None:
    for name, text in SETTINGS.items():
        plugin, _, file = name.rpartition("/")
        (directory / plugin).mkdir(parents=True, exist_ok=True)
        (directory / plugin / file).write_text(text)


@contextmanager
def jupyter_lab(notebook_dir: Path) -> Iterator[str]:
    """A JupyterLab server on a free local port; yields its base URL with the token."""
    port, token = free_port(), secrets.token_hex(16)
    settings = notebook_dir.parent / "settings"
    write_settings(settings)
    argv = [
        str(Path(sys.executable).with_name("jupyter")), "lab", "--no-browser",
        f"--notebook-dir={notebook_dir}", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
        f"--IdentityProvider.token={token}", "--allow-root",
        f"--LabApp.user_settings_dir={settings}",
    ]  # fmt: skip
    server = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.5)
        yield f"{base}/lab/tree/{{path}}?token={token}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def run_all(page: Page) -> None:
    """Run every cell once the kernel is up (a click before that is lost)."""
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=120_000)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


def judged_cell(page: Page, verdict: str) -> Locator:
    """The first output area whose widget shows this overall verdict."""
    banner = page.locator(".leetarxiv-view .leetarxiv-verdict", has_text=verdict).first
    banner.wait_for(timeout=600_000)
    return page.locator(".jp-Cell", has=banner).first


def shoot(page: Page, cell: Locator, path: Path) -> None:
    cell.scroll_into_view_if_needed()
    page.wait_for_timeout(1500)  # MathJax typesetting
    cell.screenshot(path=str(path))
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(ROOT / "notebooks", Path(scratch) / "notebooks")
        with jupyter_lab(Path(scratch) / "notebooks") as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 1000})
            page.goto(url.format(path="01-adam-python.ipynb"))
            page.locator(".jp-Notebook").wait_for(timeout=120_000)
            run_all(page)
            wrong = judged_cell(page, "WA")
            shoot(page, wrong, args.out / "widget-wrong-answer.png")
            accepted = judged_cell(page, "AC")
            accepted.get_by_role("tab", name="Paper excerpt").click()
            shoot(page, accepted, args.out / "widget-excerpt.png")
            accepted.get_by_role("tab", name="Results").click()
            shoot(page, accepted, args.out / "widget-accepted.png")
            browser.close()


if __name__ == "__main__":
    main()
