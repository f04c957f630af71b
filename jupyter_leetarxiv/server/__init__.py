"""The Jupyter server extension: the judge's REST API and live events (see docs/server.md).

Only this package imports jupyter_server and tornado; the service, store and judging engine in
it take the authenticated user's name and plain data, never a request.
"""
