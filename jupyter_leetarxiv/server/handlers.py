"""The REST API under /leetarxiv/api/: thin tornado handlers over ``JudgeService``.

Every verb is ``@web.authenticated`` (``@ws_authenticated`` for the WebSocket) and
``@authorized`` against an ``auth_resource``, so an authorizer can grant reading problems
without submitting. Browser calls are XSRF-checked by ``APIHandler`` like the server's own API;
token-authenticated calls (the server token, or the kernels' scoped token) need no XSRF token,
because no browser attaches them on its own.
"""

from __future__ import annotations

import asyncio
import json
import math
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, cast

from jupyter_server.auth import User
from jupyter_server.auth.decorator import authorized, ws_authenticated
from jupyter_server.base.call_context import CallContext
from jupyter_server.base.handlers import APIHandler, JupyterHandler
from jupyter_server.base.websocket import WebSocketMixin
from jupyter_server.extension.handler import ExtensionHandlerMixin
from jupyter_server.utils import url_path_join
from tornado import web
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from jupyter_leetarxiv.core.wire import FINAL_TYPES
from jupyter_leetarxiv.server.errors import (
    InvalidRequestError,
    NotFoundError,
    RateLimitedError,
    ServiceError,
    TooLargeError,
)
from jupyter_leetarxiv.server.identity import Identities
from jupyter_leetarxiv.server.service import JudgeService

API_PREFIX = "leetarxiv/api"
PROBLEMS_RESOURCE = "leetarxiv:problems"
SUBMISSIONS_RESOURCE = "leetarxiv:submissions"
SERVICE_SETTING = "leetarxiv_service"
IDENTITIES_SETTING = "leetarxiv_identities"
_ID = r"([^/]+)"


@dataclass
class _Refusal:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def _refusal(error: ServiceError) -> _Refusal:
    body: dict[str, Any] = {"message": str(error)}
    if isinstance(error, InvalidRequestError):
        if error.field is not None:
            body["field"] = error.field
        if error.choices:
            body["choices"] = error.choices
        return _Refusal(400, body)
    if isinstance(error, TooLargeError):
        return _Refusal(413, {**body, "limit": error.limit})
    if isinstance(error, RateLimitedError):
        seconds = max(1, math.ceil(error.retry_after))
        return _Refusal(429, {**body, "retry_after": seconds}, {"Retry-After": str(seconds)})
    if isinstance(error, NotFoundError):
        return _Refusal(404, body)
    return _Refusal(400, body)


class _JudgeApi(ExtensionHandlerMixin, JupyterHandler):
    """What every API handler shares: the service, the submitter's name, the kernels' token."""

    _refused: _Refusal | None = None

    @property
    def service(self) -> JudgeService:
        return cast(JudgeService, self.settings[SERVICE_SETTING])

    @property
    def identities(self) -> Identities:
        return cast(Identities, self.settings[IDENTITIES_SETTING])

    @property
    def submitter(self) -> str:
        return self.identities.submitter(cast(User, self.current_user))

    async def prepare(self, *args: Any, **kwargs: Any) -> None:
        """Accept the kernels' scoped token here, on this API only, as the server's owner.

        Anything else goes through the server's identity provider as usual. A kernel-token
        request carries no cookie, so it is token-authenticated: no XSRF check applies.
        """
        user = self.identities.kernel_user(self.request.headers.get("Authorization"))
        if user is None:
            await super().prepare(*args, **kwargs)
            return
        CallContext.set(CallContext.JUPYTER_HANDLER, self)
        if not self.check_host():
            raise web.HTTPError(403)
        self.current_user = self._jupyter_current_user = user
        self._token_authenticated = True
        if not self.check_origin():
            raise web.HTTPError(404)

    def refuse(self, error: ServiceError) -> web.HTTPError:
        """The HTTP error for a refusal; ``write_error`` renders its JSON body."""
        self._refused = _refusal(error)
        return web.HTTPError(self._refused.status)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        if status_code == HTTPStatus.METHOD_NOT_ALLOWED:
            self.set_header("Allow", ", ".join(allowed_methods(type(self))))
        refused = self._refused
        if refused is None or refused.status != status_code:
            super().write_error(status_code, **kwargs)
            return
        for name, value in refused.headers.items():
            self.set_header(name, value)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({**refused.body, "reason": HTTPStatus(status_code).phrase}))


class _JsonApi(_JudgeApi, APIHandler):
    def json_body(self) -> Any:
        """The decoded body; a body that is not JSON (or not UTF-8) is the client's error."""
        try:
            return json.loads(self.request.body) if self.request.body else None
        except ValueError as error:  # UnicodeDecodeError too
            raise self.refuse(InvalidRequestError(f"the body is not JSON: {error}")) from None

    def answer(self, data: Any, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(data))


class ProblemsHandler(_JsonApi):
    auth_resource = PROBLEMS_RESOURCE

    @web.authenticated
    @authorized
    async def get(self) -> None:
        self.answer({"problems": await self.service.problems()})


class ProblemHandler(_JsonApi):
    auth_resource = PROBLEMS_RESOURCE

    @web.authenticated
    @authorized
    async def get(self, problem_id: str) -> None:
        try:
            self.answer(await self.service.problem(problem_id))
        except ServiceError as error:
            raise self.refuse(error) from None


class LanguagesHandler(_JsonApi):
    auth_resource = PROBLEMS_RESOURCE

    @web.authenticated
    @authorized
    async def get(self) -> None:
        self.answer({"languages": self.service.languages()})


class SubmissionsHandler(_JsonApi):
    auth_resource = SUBMISSIONS_RESOURCE

    @web.authenticated
    @authorized
    async def get(self) -> None:
        problem = self.get_query_argument("problem", None)
        submissions = await self.service.submissions(self.submitter, problem=problem)
        self.answer({"submissions": submissions})

    @web.authenticated
    @authorized
    async def post(self) -> None:
        try:
            created = await self.service.submit(self.submitter, self.json_body())
        except ServiceError as error:
            raise self.refuse(error) from None
        self.set_header("Location", url_path_join(self.request.path, created["id"]))
        self.answer(created, status=202)


class SubmissionHandler(_JsonApi):
    auth_resource = SUBMISSIONS_RESOURCE

    @web.authenticated
    @authorized
    async def get(self, submission_id: str) -> None:
        try:
            self.answer(await self.service.submission(self.submitter, submission_id))
        except ServiceError as error:
            raise self.refuse(error) from None


class SubmissionEventsHandler(WebSocketMixin, WebSocketHandler, _JudgeApi):
    """The events of one submission as wire-format JSON messages: stored ones, then live ones.

    The server closes the socket (code 1000) after the final event. Messages from the client
    are ignored.
    """

    auth_resource = SUBMISSIONS_RESOURCE
    _forwarder: asyncio.Task[None] | None = None

    @ws_authenticated
    @authorized
    async def get(self, submission_id: str) -> None:
        try:
            await self.service.check_follow(self.submitter, submission_id)
        except ServiceError as error:
            raise self.refuse(error) from None
        await super().get(submission_id)

    def open(self, submission_id: str) -> None:
        super().open(submission_id)
        self._forwarder = asyncio.create_task(self._forward(submission_id))

    async def _forward(self, submission_id: str) -> None:
        final = False
        try:
            async for event in self.service.follow(self.submitter, submission_id):
                await self.write_message(json.dumps(event))
                final = event.get("type") in FINAL_TYPES
        except (WebSocketClosedError, NotFoundError):
            return
        except Exception:
            self.log.exception("leetarxiv: the event stream of %s failed", submission_id)
            self.close(1011, "the event stream failed")
            return
        if final:
            self.close(1000, "final event sent")
        else:
            self.close(1001, "the server is stopping")

    def on_message(self, message: str | bytes) -> None:
        """Nothing to receive: the stream is one-way."""

    def on_close(self) -> None:
        super().on_close()
        if self._forwarder is not None:
            self._forwarder.cancel()


def allowed_methods(handler: type[web.RequestHandler]) -> list[str]:
    """The HTTP methods a handler class implements (for a 405's Allow header)."""
    return [
        verb.upper()
        for verb in ("get", "post", "put", "patch", "delete")
        if getattr(handler, verb) is not getattr(web.RequestHandler, verb)
    ]


def api_handlers() -> list[tuple[str, type[web.RequestHandler]]]:
    """Routes, relative to the server's base_url (ExtensionApp prepends it)."""
    return [
        (url_path_join(API_PREFIX, "problems"), ProblemsHandler),
        (url_path_join(API_PREFIX, "problems", _ID), ProblemHandler),
        (url_path_join(API_PREFIX, "languages"), LanguagesHandler),
        (url_path_join(API_PREFIX, "submissions"), SubmissionsHandler),
        (url_path_join(API_PREFIX, "submissions", _ID), SubmissionHandler),
        (url_path_join(API_PREFIX, "submissions", _ID, "events"), SubmissionEventsHandler),
    ]
