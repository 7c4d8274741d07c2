# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint translations bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python tools/i18n.py release

run: $(STAMP) translations
	$(BIN)/rentan-desktop

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .

# make bench BENCH_ARGS="--only roster -- --workers 20000"
bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py $(BENCH_ARGS)

# The self-contained folder (PyInstaller) for this machine: dist/rentan-desktop/ + a portable zip.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) build dist
