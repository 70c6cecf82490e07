# Two commands for people: `make lab` (set up, open the notebooks) and `make test` (set up,
# lint, run every test). Both start from nothing but python3 (3.10+) and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: lab test lint unit nbval execute clean help
.DEFAULT_GOAL := help

help:
	@echo "make lab      set up .venv and open the notebooks in JupyterLab"
	@echo "make test     set up .venv (with test tools), lint, unit tests and nbval over every notebook"
	@echo "make execute  re-execute every notebook in place, top to bottom (refresh stored outputs)"
	@echo "make clean    remove .venv and caches"

# The venv is rebuilt when a requirements file or pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	@touch $@

# Extra options for JupyterLab, e.g. make lab LAB_ARGS="--no-browser --port 8899"
LAB_ARGS ?=
# Jupyter refuses to start as root unless told; containers and CI machines often are root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(VENV)/.runtime
	$(BIN)/jupyter lab notebooks $(AS_ROOT) $(LAB_ARGS)

lint: $(VENV)/.test
	$(BIN)/ruff check helpers tests tools notebooks

test: lint
	$(BIN)/python -m pytest $(NBVAL) tests notebooks

execute: $(VENV)/.test
	$(BIN)/python tools/execute_notebooks.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
