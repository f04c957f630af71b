# Every target installs what it needs, so a fresh clone needs only `make test` or `make lab`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: test lab lint typecheck pytest system-deps install clean labextension jstest uitest \
	docker-ready

test: install labextension lint typecheck jstest pytest uitest

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

# An editable install does not install setup.cfg's data_files: link the prebuilt JupyterLab
# extension into the venv (as `jupyter labextension develop` would) and put the server
# extension's config file where the wheel puts it (`jupyter server extension enable` refuses
# an extension that no config names yet), so `make lab` gets both, as `pip install .` does.
LABEXT_NAME = jupyter-leetarxiv
LABEXT_OUT  = jupyter_leetarxiv/labextension
LABEXT_LINK = $(VENV)/share/jupyter/labextensions/$(LABEXT_NAME)
SERVER_CONF = $(VENV)/etc/jupyter/jupyter_server_config.d/jupyter_leetarxiv.json
$(LABEXT_LINK): | $(STAMP)
	mkdir -p $(dir $@)
	ln -sfn $(abspath $(LABEXT_OUT)) $@

$(SERVER_CONF): jupyter-config/server-config/jupyter_leetarxiv.json | $(STAMP)
	install -D -m 644 $< $@

install: system-deps $(STAMP) $(LABEXT_LINK) $(SERVER_CONF)

# The JupyterLab extension (TypeScript in labextension/), built into $(LABEXT_OUT), which the
# wheel ships prebuilt: commit it with the sources it was built from. Needs Node >= 20; npm
# packages come from the registry through yarn.lock and are cached under ~/.cache/yarn.
LABEXT_ENV = PATH="$(abspath $(BIN)):$$PATH"
labextension: $(STAMP)
	cd labextension && $(LABEXT_ENV) jlpm install --immutable
	cd labextension && $(LABEXT_ENV) jlpm build:prod

# Formatting (prettier), then the type-checked unit tests of the panel's state logic (vitest).
jstest: labextension
	cd labextension && $(LABEXT_ENV) jlpm lint:check
	cd labextension && $(LABEXT_ENV) jlpm test

# Galata (Playwright) tests in Debian's chromium (no browser download), against a JupyterLab
# that Playwright starts with labextension/ui-tests/jupyter_server_test_config.py. They save
# the screenshots docs/images/labext-*.png.
CHROMIUM ?= /usr/bin/chromium
uitest: install labextension
	@command -v $(CHROMIUM) >/dev/null || { apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; }
	cd labextension/ui-tests && $(LABEXT_ENV) jlpm install --immutable
	cd labextension/ui-tests && $(LABEXT_ENV) CHROMIUM=$(CHROMIUM) jlpm test

# Debian packages the tests use: the sandbox (bubblewrap, libseccomp) and the toolchains the
# end-to-end tests judge with. scripts/install-toolchains is idempotent and fast when installed.
system-deps:
	scripts/install-toolchains --test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

pytest: install broker docker-ready
	$(BIN)/pytest -q

# The transport tests talk to a real RabbitMQ on 127.0.0.1:5672: install it if missing, start it
# if it is down (it stays up, like any service the machine runs).
broker:
	@command -v rabbitmq-server >/dev/null || { apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rabbitmq-server; }
	@rabbitmqctl -q status >/dev/null 2>&1 || { rabbitmq-server -detached && rabbitmqctl -q await_startup; }

# The docker sandbox's tests (tests/docker) use podman: it builds the compiler image with a few
# toolchains (only the package's layer is rebuilt once the rest is cached) and serves its
# Docker-compatible API on a socket, which stays up. Where podman cannot be installed, the tests
# skip and say so loudly; a build that fails fails. With runc, podman runs with
# images/podman/containers.conf (crun cannot run on hybrid cgroups; see that file).
DOCKER_TEST_LANGS  ?= c,cpp,python3,haskell,java
DOCKER_TEST_IMAGE  ?= localhost/leetarxiv-compiler:test
DOCKER_TEST_SOCKET ?= /run/leetarxiv-podman.sock
export LEETARXIV_TEST_DOCKER_IMAGE = $(DOCKER_TEST_IMAGE)
export LEETARXIV_TEST_DOCKER_LANGS = $(DOCKER_TEST_LANGS)
export LEETARXIV_TEST_DOCKER_HOST = unix://$(DOCKER_TEST_SOCKET)
export LEETARXIV_TEST_DOCKER_IMAGE_BUILT = 1
docker-ready: install
	@command -v podman >/dev/null && command -v runc >/dev/null && command -v debootstrap >/dev/null || \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	    --no-install-recommends podman runc debootstrap; } || echo "NO PODMAN: tests/docker will skip"
	@if command -v podman >/dev/null; then \
	  conf=; command -v runc >/dev/null && conf=$(CURDIR)/images/podman/containers.conf; \
	  env $${conf:+CONTAINERS_CONF=$$conf} scripts/build-image \
	    --langs $(DOCKER_TEST_LANGS) --tag $(DOCKER_TEST_IMAGE) && \
	  env $${conf:+CONTAINERS_CONF=$$conf} images/podman/serve $(DOCKER_TEST_SOCKET); fi

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
