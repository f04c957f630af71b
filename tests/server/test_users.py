"""With an identity provider that tells users apart, each sees only their own submissions."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jupyter_server.auth import IdentityProvider, User
from tornado import web
from tornado.httpclient import HTTPClientError

from jupyter_leetarxiv.server.app import LeetArxiv

from .helpers import AC_PYTHON, Fetch, WsFetch, follow

TOKENS = {"alice-token": "alice", "bob-token": "bob"}
BOB = {"Authorization": "token bob-token"}
GOOD = {"problem": "aplusb", "language": "python3", "source": AC_PYTHON}


class TokenUsers(IdentityProvider):
    """Each token is one user's, as with JupyterHub's provider."""

    def get_user(self, handler: web.RequestHandler) -> User | None:
        name = TOKENS.get(self.get_token(handler) or "")
        if not name:
            return None
        handler._token_authenticated = True  # type: ignore[attr-defined]  # no XSRF: a header
        return User(username=name)


@pytest.fixture
def jp_server_config(jp_server_config: dict[str, Any]) -> dict[str, Any]:
    config = dict(jp_server_config)
    config["ServerApp"] = {**config["ServerApp"], "identity_provider_class": TokenUsers}
    config["IdentityProvider"] = {"token": "alice-token"}  # what jp_fetch sends: alice
    return config


async def submit(api: Fetch, **kwargs: Any) -> str:
    response = await api("submissions", method="POST", body=GOOD, **kwargs)
    assert response.code == 202
    return str(json.loads(response.body)["id"])


async def test_users_see_only_their_own_submissions(
    api: Fetch, jp_ws_fetch: WsFetch, leetarxiv: LeetArxiv
) -> None:
    assert leetarxiv.identities.per_user
    alices = await submit(api)
    bobs = await submit(api, headers=dict(BOB))
    await follow(jp_ws_fetch, alices)
    await follow(jp_ws_fetch, bobs, headers=dict(BOB))

    def ids(response: Any) -> list[str]:
        return [s["id"] for s in json.loads(response.body)["submissions"]]

    assert ids(await api("submissions")) == [alices]
    assert ids(await api("submissions", headers=dict(BOB))) == [bobs]
    assert (await api("submissions", bobs)).code == 404
    assert (await api("submissions", alices, headers=dict(BOB))).code == 404
    with pytest.raises(HTTPClientError) as refused:
        await follow(jp_ws_fetch, bobs)
    assert refused.value.code == 404


async def test_the_body_cannot_claim_another_user(api: Fetch) -> None:
    response = await api("submissions", method="POST", body={**GOOD, "user": "bob"})
    assert response.code == 400
    assert json.loads((await api("submissions", headers=dict(BOB))).body)["submissions"] == []
