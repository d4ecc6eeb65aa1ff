# knotimer: `make run` starts the app, `make test` runs the whole test suite.
# Both create or update the virtual environment in .venv first, and can be run again.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test test-quick lint bench translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "knotimer needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/knotimer

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks assets docs
	$(BIN)/ruff format --check src tests benchmarks assets docs
	$(BIN)/mypy
	$(BIN)/lint-imports

# After changing a text in the code: every assets/translations/*.ts updated, every .qm built.
translations: $(STAMP)
	$(BIN)/python assets/translations/update.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
