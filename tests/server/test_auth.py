"""Authentication and authorization on every route, XSRF for browsers, the kernels' token."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any, cast

import pytest
from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_server.auth import AllowAllAuthorizer, Authorizer, User
from jupyter_server.serverapp import ServerApp
from tornado import web
from tornado.httpclient import HTTPClientError, HTTPResponse

from jupyter_leetarxiv.server.app import LeetArxiv
from jupyter_leetarxiv.server.handlers import SUBMISSIONS_RESOURCE
from jupyter_leetarxiv.server.kernel_env import API_TOKEN_ENV, API_URL_ENV

from .helpers import AC_PYTHON, Fetch, WsFetch

VERBS = ("get", "post", "put", "patch", "delete")
GOOD = {"problem": "aplusb", "language": "python3", "source": AC_PYTHON}


def routes(app: LeetArxiv) -> list[tuple[str, str]]:
    """(method, path) for every verb of every route the extension registers."""
    found = []
    for pattern, handler, *_ in app.handlers:
        path = re.sub(r"\([^)]*\)", "x" * 32, pattern)
        for verb in VERBS:
            if getattr(handler, verb) is not getattr(web.RequestHandler, verb):
                found.append((verb.upper(), path))
    return found


async def test_every_route_refuses_requests_without_valid_credentials(
    jp_fetch: Fetch, leetarxiv: LeetArxiv
) -> None:
    walked = routes(leetarxiv)
    assert len(walked) >= 7
    for credentials in ("", "token wrong", f"token {leetarxiv.identities.kernel_token}x"):
        for method, path in walked:
            response = await jp_fetch(
                path,
                method=method,
                body="{}" if method == "POST" else None,
                headers={"Authorization": credentials},
                raise_error=False,
                follow_redirects=False,
            )
            assert response.code == 403, (method, path, credentials, response.code)


def test_every_handler_is_decorated_for_authentication(tmp_path: Path) -> None:
    """check_auth: a ServerApp that refuses undecorated endpoints loads the extension."""
    script = """
import sys, warnings
from jupyter_core.paths import jupyter_config_path
from jupyter_server.extension.config import ExtensionConfigManager
from jupyter_server.serverapp import ServerApp
from jupyter_server.utils import JupyterServerAuthWarning
warnings.simplefilter("error", JupyterServerAuthWarning)
# Only this extension: others installed beside it answer for their own endpoints.
installed = ExtensionConfigManager(read_config_path=jupyter_config_path())
others = {name: False for name in installed.get_jpserver_extensions()}
app = ServerApp(
    jpserver_extensions={**others, "jupyter_leetarxiv": True},
    allow_unauthenticated_access=False,
    reraise_server_extension_failures=True,
)
app.initialize(argv=["--LeetArxiv.store_path=" + sys.argv[1]], new_httpserver=False)
print(sorted(app.extension_manager.extension_apps))
"""
    env = {"HOME": str(tmp_path), "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "s.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "jupyter_leetarxiv" in done.stdout


class NoSubmitting(Authorizer):
    """Lets users read problems but not submit (or read submissions)."""

    def is_authorized(
        self, handler: web.RequestHandler, user: User, action: str, resource: str
    ) -> bool:
        return resource != SUBMISSIONS_RESOURCE


@pytest.mark.parametrize("authorizer", [NoSubmitting])
async def test_an_authorizer_decides_per_resource(api: Fetch, authorizer: type[Authorizer]) -> None:
    assert (await api("problems")).code == 200
    assert (await api("submissions")).code == 403
    assert (await api("submissions", method="POST", body=GOOD)).code == 403


@pytest.fixture
def authorizer() -> type[Authorizer]:
    return AllowAllAuthorizer


@pytest.fixture
def jp_server_config(jp_server_config: dict[str, Any], authorizer: type[Authorizer]) -> Any:
    config = dict(jp_server_config)
    config["ServerApp"] = {**config["ServerApp"], "authorizer_class": authorizer}
    return config


# ------------------------------------------------------------------------------- XSRF


def cookies(response: HTTPResponse) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for header in response.headers.get_list("Set-Cookie"):
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


async def browser_session(jp_fetch: Fetch) -> dict[str, str]:
    """Cookies as a browser holds them after logging in with the token and loading a page."""
    logged_in = await jp_fetch("leetarxiv", "api", "problems")
    login_page = await jp_fetch("login", headers={"Authorization": ""})
    jar = {**cookies(logged_in), **cookies(login_page)}
    assert "_xsrf" in jar
    assert any(name.startswith("username-") for name in jar)
    return jar


async def test_browser_posts_need_the_xsrf_header(jp_fetch: Fetch, leetarxiv: LeetArxiv) -> None:
    jar = await browser_session(jp_fetch)
    cookie = "; ".join(f"{name}={value}" for name, value in jar.items())
    path = ("leetarxiv", "api", "submissions")
    as_browser = {"Authorization": "", "Cookie": cookie}
    response = await jp_fetch(
        *path, method="POST", body=json.dumps(GOOD), headers=as_browser, raise_error=False
    )
    assert response.code == 403
    assert (await jp_fetch(*path, headers=dict(as_browser))).code == 200  # GET needs no XSRF
    response = await jp_fetch(
        *path,
        method="POST",
        body=json.dumps(GOOD),
        headers={**as_browser, "X-XSRFToken": jar["_xsrf"]},
        raise_error=False,
    )
    assert response.code == 202


# ----------------------------------------------------------------------- kernels' token


async def test_the_kernel_token_opens_this_api_and_nothing_else(
    jp_fetch: Fetch, jp_ws_fetch: WsFetch, leetarxiv: LeetArxiv
) -> None:
    kernel = {"Authorization": f"token {leetarxiv.identities.kernel_token}"}
    assert (await jp_fetch("leetarxiv", "api", "problems", headers=dict(kernel))).code == 200
    created = await jp_fetch(
        "leetarxiv", "api", "submissions", method="POST", body=json.dumps(GOOD), headers=kernel
    )
    assert created.code == 202
    submission = json.loads(created.body)["id"]
    socket = await jp_ws_fetch(
        "leetarxiv", "api", "submissions", submission, "events", headers=kernel
    )
    assert json.loads(await socket.read_message())["type"] == "queued"
    socket.close()
    for refused in (("api", "contents"), ("api", "kernels"), ("api", "sessions")):
        response = await jp_fetch(*refused, headers=dict(kernel), raise_error=False)
        assert response.code == 403, refused
    with pytest.raises(HTTPClientError) as refused_ws:
        await jp_ws_fetch("api", "events", "subscribe", headers=dict(kernel))
    assert refused_ws.value.code in (302, 403)  # refused: 302 sends it to the login page
    in_query = await jp_fetch(
        "leetarxiv",
        "api",
        "problems",
        params={"token": leetarxiv.identities.kernel_token},
        headers={"Authorization": ""},
        raise_error=False,
    )
    assert in_query.code == 403


async def test_the_kernel_token_files_submissions_under_the_owner(
    jp_fetch: Fetch, leetarxiv: LeetArxiv
) -> None:
    kernel = {"Authorization": f"token {leetarxiv.identities.kernel_token}"}
    created = await jp_fetch(
        "leetarxiv", "api", "submissions", method="POST", body=json.dumps(GOOD), headers=kernel
    )
    submission = json.loads(created.body)["id"]
    mine = await jp_fetch("leetarxiv", "api", "submissions")  # the server token: the owner too
    assert [s["id"] for s in json.loads(mine.body)["submissions"]] == [submission]
    assert leetarxiv.identities.per_user is False


async def test_kernels_started_by_the_server_get_the_url_and_token(
    jp_fetch: Fetch, jp_serverapp: ServerApp, leetarxiv: LeetArxiv
) -> None:
    started = await jp_fetch("api", "kernels", method="POST", body=json.dumps({"name": "python3"}))
    kernel_id = json.loads(started.body)["id"]
    code = (
        "import json, os, urllib.request\n"
        f"url, token = os.environ['{API_URL_ENV}'], os.environ['{API_TOKEN_ENV}']\n"
        "request = urllib.request.Request(url + '/languages', "
        "headers={'Authorization': 'token ' + token})\n"
        "with urllib.request.urlopen(request, timeout=30) as r:\n"
        "    print(len(json.load(r)['languages']) > 0, token == os.environ.get('JPY_NO', token))\n"
    )
    output = await execute(jp_serverapp, kernel_id, code)
    assert output.strip() == "True True"
    env = await execute(jp_serverapp, kernel_id, f"import os; print(os.environ['{API_URL_ENV}'])")
    assert env.strip() == leetarxiv.api_url()
    assert env.strip().endswith("/leetarxiv/api")


async def execute(serverapp: ServerApp, kernel_id: str, code: str) -> str:
    """Run code in a kernel of the server and return what it printed."""
    client = cast(AsyncKernelClient, serverapp.kernel_manager.get_kernel(kernel_id).client())
    client.start_channels()
    try:
        await client.wait_for_ready(timeout=60)
        printed: list[str] = []

        def collect(message: dict[str, Any]) -> None:
            if message["msg_type"] == "stream":
                printed.append(message["content"]["text"])
            elif message["msg_type"] == "error":
                printed.append("\n".join(message["content"]["traceback"]))

        reply = await client.execute_interactive(code, output_hook=collect, timeout=60)
        assert reply["content"]["status"] == "ok", printed
        return "".join(printed)
    finally:
        client.stop_channels()
