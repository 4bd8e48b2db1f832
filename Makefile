# Targets match the README's commands.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run test install install-test lint bench readme clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

# Build the sample data (data/seeds) into build/: records, graph, validation, dumps.
run: install
	$(BIN)/chancery build --out build

# The whole test suite.
test: install-test
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check src tests
	$(BIN)/mypy

# The quick benchmarks (the reader's speed and its block grammars); the others are in the README.
bench: install-test
	$(BIN)/python benchmarks/reader.py
	$(BIN)/python benchmarks/blocks.py

# Regenerate the README's CLI reference from the commands' --help.
readme: install-test
	$(BIN)/python tools/readme_cli.py

clean:
	rm -rf build site .pytest_cache
