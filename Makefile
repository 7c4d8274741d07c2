# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint translations bench dist clean constraints

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# constraints.txt pins every package to the versions the suite passed with.
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
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
$(DIST_STAMP): pyproject.toml constraints.txt | $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(BIN)/python installer/build.py

# After a dependency change: install unpinned, run the suite, then pin what passed.
constraints: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile
	{ sed -n '1,3p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -v '^#' \
	  | grep -iv '^rentan'; } > constraints.new && mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) build dist
