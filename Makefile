# Two commands: `make run` (set up, run the pipeline on the bundled samples, print a summary)
# and `make test` (set up, run the tests). Everything installs from this repository's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export GX_ANALYTICS_ENABLED := False
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home

.PHONY: run test lint venv clean dev bench browser

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/incidents run

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# Stage timings at volume on a synthetic corpus (see benchmarks/); results in benchmarks/results/.
ARTICLES ?= 2000
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --articles $(ARTICLES)

dev: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml

# Headless Chromium (Debian's package) for the release page test; the test skips without it.
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium >/dev/null) || \
		echo "warning: could not install chromium; the release page test will be skipped"

clean:
	rm -rf data/staging data/releases data/raw data/archive data/dagster_home
