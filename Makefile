# The two commands of README.md. Both set up .venv on a fresh machine with only
# Python 3.11 and pip, then run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := examples/pyongyang-pact

.PHONY: demo test lint venv bench clean

demo: $(STAMP)
	$(BIN)/realpolitik analyze $(EXAMPLE)/article.txt --published 2024-06-20 --format report

test: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
