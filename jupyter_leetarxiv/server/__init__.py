"""The Jupyter server extension: the judge's REST API and live events (see docs/server.md).

jupyter_server and tornado are imported by app.py, handlers.py, identity.py and kernel_env.py
only; the service, the store and the judging engine take the authenticated user's name and
plain data, never a request, so they can serve a Hub service or a test just as well.
"""
