"""Who a request comes from, as far as the judge is concerned, and the kernels' scoped token.

Submissions are filed under a name. With an identity provider that knows real users
(JupyterHub's, or any custom one) that is the user's ``username``. jupyter_server's own token and
password logins do not identify anyone: each browser gets a random "Anonymous ..." id although
they all hold the one secret of the server's single owner, so there every request is filed under
``owner`` (else a user would lose sight of their submissions with every new cookie).

Kernels get their own random token, accepted by the judge API alone and standing for the owner:
a cell can submit without holding the server's token, which opens every other endpoint.
"""

from __future__ import annotations

import hmac
import secrets

from jupyter_server.auth import User

_SCHEMES = ("token", "bearer")


class Identities:
    def __init__(self, owner: str, *, per_user: bool, kernel_token: str | None = None) -> None:
        self.owner = owner
        self.per_user = per_user
        self.kernel_token = kernel_token if kernel_token is not None else secrets.token_urlsafe(32)

    def submitter(self, user: User) -> str:
        """The name a request's submissions are filed under."""
        return user.username if self.per_user else self.owner

    def kernel_user(self, authorization: str | None) -> User | None:
        """The owner, if the Authorization header carries the kernels' token; else None."""
        if not authorization:
            return None
        scheme, _, credential = authorization.strip().partition(" ")
        if scheme.lower() not in _SCHEMES:
            return None
        if not hmac.compare_digest(credential.strip().encode(), self.kernel_token.encode()):
            return None
        return User(username=self.owner, name=self.owner, display_name=self.owner)
