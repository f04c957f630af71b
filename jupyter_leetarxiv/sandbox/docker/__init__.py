"""The docker backend: one fresh container from the compiler image per box.

The host (``backend``) talks to the Docker Engine API (or podman's Docker-compatible one) through
the ``docker`` package; inside the container a small runner (``runner``) is pid 1 and runs each of
the box's programs on request, under the run's limits. They speak the line protocol of
``protocol``. Nothing here imports the ``docker`` package at import time, because the runner
imports this package inside the container, where that package is not needed.
"""
