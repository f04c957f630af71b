"""Checking real responses against docs/api/openapi.yaml with openapi-core."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from tornado.httpclient import HTTPResponse

SPEC = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.yaml"
API_PATH = "/leetarxiv/api/"


@cache
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC))


def check(response: HTTPResponse, body: Any = None) -> Any:
    """Validate a request/response pair against the document; return the decoded body."""
    url = urlsplit(response.effective_url)
    path = url.path[url.path.index(API_PATH) :]  # drop the server's base_url
    request = MockRequest(
        "http://localhost",
        response.request.method,
        path,
        args=dict(parse_qsl(url.query)),
        data=json.dumps(body).encode() if body is not None else None,
    )
    mock = MockResponse(
        response.body,
        status_code=response.code,
        headers=dict(response.headers.get_all()),
        content_type=response.headers.get("Content-Type", "application/json"),
    )
    openapi().validate_response(request, mock)
    return json.loads(response.body)
