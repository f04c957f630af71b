# Every target installs what it needs, so a fresh clone needs only `make test` or `make lab`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: test lab lint typecheck pytest system-deps install clean

test: install lint typecheck pytest

# The main job: JupyterLab with the extension and the example notebooks, judging in-process
# (the embedded default: no broker needed). Listens on 127.0.0.1:$(LAB_PORT).
LAB_PORT ?= 8888
lab: install
	$(BIN)/jupyter lab --notebook-dir=notebooks --ServerApp.ip=127.0.0.1 \
		--ServerApp.port=$(LAB_PORT) $(if $(filter 0,$(shell id -u)),--allow-root,)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: system-deps $(STAMP)

# Debian packages the tests use: the sandbox (bubblewrap, libseccomp) and the toolchains the
# end-to-end tests judge with. scripts/install-toolchains is idempotent and fast when installed.
system-deps:
	scripts/install-toolchains --test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

pytest: install broker
	$(BIN)/pytest -q

# The transport tests talk to a real RabbitMQ on 127.0.0.1:5672: install it if missing, start it
# if it is down (it stays up, like any service the machine runs).
broker:
	@command -v rabbitmq-server >/dev/null || { apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rabbitmq-server; }
	@rabbitmqctl -q status >/dev/null 2>&1 || { rabbitmq-server -detached && rabbitmqctl -q await_startup; }

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
