# `make demo` and `make test` work on a fresh machine: they create .venv and install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench install clean browser

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) -m examples.demo --out reports/demo

# The HTML report is tested in a real browser: Debian's chromium, installed when missing.
browser:
	command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium) || echo "chromium could not be installed: the browser test will be skipped"

test: $(STAMP) browser
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m bench.accuracy.run
	$(PY) -m bench.logo_bench --write-results

clean:
	rm -rf $(VENV) reports/demo .pytest_cache *.egg-info
