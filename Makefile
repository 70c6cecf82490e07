# Two commands for people: `make lab` (set up, open the notebooks) and `make test` (set up,
# lint, run every test). Both start from nothing but python3 (3.10+) and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: lab test test-oldest test-colab nbval lint execute bench lite lite-full clean help
.DEFAULT_GOAL := help

help:
	@echo "make lab      set up .venv and open the notebooks in JupyterLab"
	@echo "make test     set up .venv (with test tools), lint, unit tests and nbval over every notebook"
	@echo "make execute  re-execute every notebook in place, top to bottom (refresh stored outputs)"
	@echo "make bench    measure run times, slider latency, gradient and fit speed, sizes"
	@echo "make lite     build the JupyterLite site (runs in the browser) into build/lite, offline"
	@echo "make lite-full  the same with numpy and matplotlib from Pyodide's CDN (needs the internet)"
	@echo "make test-oldest  unit tests and nbval with exactly the lower bounds of requirements.txt"
	@echo "make test-colab   the Colab cell, nbval and the widget tests with Google Colab's package versions"
	@echo "make clean    remove .venv and caches"

# The venv is rebuilt when a requirements file or pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	@touch $@

# The JupyterLite edition: tools/build_lite.py (npm fetches Pyodide's core; downloads are
# cached in .lite-cache/). Rebuilt when the notebooks, helpers or the build's inputs change.
# Its tools live in their own venv, so that JupyterLab in .venv does not get the Pyodide
# kernel's extension.
LITE_VENV := .venv-lite
$(LITE_VENV)/.installed: requirements-lite.txt
	rm -rf $(LITE_VENV)
	$(PYTHON) -m venv $(LITE_VENV)
	$(LITE_VENV)/bin/python -m pip install --quiet -r requirements-lite.txt
	@touch $@

LITE_INPUTS := requirements-lite.txt tools/build_lite.py pyproject.toml README.md $(wildcard lite/*) \
	$(wildcard notebooks/*.ipynb notebooks/ko/*.ipynb) $(shell find helpers -name '*.py')

build/lite/lite-build.json: $(LITE_VENV)/.installed $(LITE_INPUTS)
	$(LITE_VENV)/bin/python tools/build_lite.py

lite: build/lite/lite-build.json

lite-full: $(LITE_VENV)/.installed
	$(LITE_VENV)/bin/python tools/build_lite.py --full

# Extra options for JupyterLab, e.g. make lab LAB_ARGS="--no-browser --port 8899"
LAB_ARGS ?=
# Jupyter refuses to start as root unless told; containers and CI machines often are root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(VENV)/.runtime
	$(BIN)/jupyter lab notebooks $(AS_ROOT) $(LAB_ARGS)

lint: $(VENV)/.test
	$(BIN)/ruff check helpers tests tools benchmarks notebooks
	$(BIN)/ruff format --check helpers tests tools benchmarks

# The two environments (.venv and the JupyterLite build's) are set up side by side, then
# the tests run on every core (pytest-xdist, one test file per worker at a time).
test:
	@$(MAKE) --no-print-directory -j2 $(VENV)/.test lite
	@$(MAKE) --no-print-directory lint
	$(BIN)/python -m pytest -n auto --dist loadfile $(NBVAL) tests notebooks

# nbval alone (each notebook in its own fresh kernel), e.g. to check it passes twice in a row.
nbval: $(VENV)/.test
	$(BIN)/python -m pytest -p no:cacheprovider $(NBVAL) notebooks

bench: $(VENV)/.test lite
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 $(BIN)/python benchmarks/bench.py

execute: $(VENV)/.test
	$(BIN)/python tools/execute_notebooks.py

# The lower bounds in requirements.txt are real: install exactly those versions (pkg>=X becomes
# pkg==X), on the oldest Python we support when it is available, and run unit tests and nbval.
# (a python3.10 that really runs: pyenv installs shims that exist but may refuse to run)
OLDEST_PYTHON ?= $(firstword $(foreach p,python3.10 $(wildcard $(HOME)/.pyenv/versions/3.10*/bin/python3.10),\
	$(shell $(p) -c 'import sys; print(sys.executable)' 2>/dev/null)) $(PYTHON))
OLD := .venv-oldest

$(OLD)/.installed: requirements.txt requirements-test.txt pyproject.toml
	rm -rf $(OLD)
	$(OLDEST_PYTHON) -m venv $(OLD)
	$(OLD)/bin/python -m pip install --quiet --upgrade pip
	sed -n 's/^\([A-Za-z0-9_.-]*\)>=\([0-9][0-9.]*\).*/\1==\2/p' requirements.txt > $(OLD)/floors.txt
	$(OLD)/bin/python -m pip install --quiet -r requirements-test.txt -c $(OLD)/floors.txt
	@touch $@

test-oldest: $(OLD)/.installed
	$(OLD)/bin/python -c "import sys, numpy, matplotlib, jupyterlab, ipywidgets as w; print('oldest:', sys.version.split()[0], 'numpy', numpy.__version__, 'matplotlib', matplotlib.__version__, 'jupyterlab', jupyterlab.__version__, 'ipywidgets', w.__version__)"
	$(OLD)/bin/python -m pytest -p no:cacheprovider $(NBVAL) tests notebooks \
		--ignore=tests/test_browser.py --ignore=tests/test_browser_ko.py --ignore=tests/test_binder.py --ignore=tests/test_lite.py

# Google Colab, where most learners open the notebooks: a venv with Colab's package versions
# (tests/colab-constraints.txt names its source and date) on the Python closest to Colab's
# (3.13, else 3.12), and a stand-in `google.colab` imported at start as on Colab (a .pth file),
# so that the notebooks' first cell takes its Colab branch. tools/colab_cell.py runs that
# cell's own %pip command (its git URL swapped for this checkout): it must install helpers and
# replace nothing. Then nbval over both editions and the widget tests, in that venv.
COLAB_PYTHON ?= $(firstword $(foreach p,python3.13 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3.13) \
	python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3.12),\
	$(shell $(p) -c 'import sys; print(sys.executable)' 2>/dev/null)) $(PYTHON))
COLAB := .venv-colab
# What the tests need, each at Colab's version: the runtime, pytest, and the tests' references
# (scipy, scikit-learn, on Colab too); nbval, not on Colab, is the one addition.
COLAB_PACKAGES := numpy matplotlib ipywidgets ipython ipykernel setuptools pytest scipy scikit-learn nbval
# Colab's jupyter_client 7.4.9 calls asyncio and datetime APIs deprecated since Python 3.12:
# the test harness's warnings, not ours, ignored by name only.
COLAB_PYTEST := $(COLAB)/bin/python -m pytest -p no:cacheprovider \
	-W "ignore:There is no current event loop:DeprecationWarning" \
	-W "ignore:datetime.datetime.utcnow() is deprecated:DeprecationWarning"

$(COLAB)/.installed: tests/colab-constraints.txt
	rm -rf $(COLAB)
	$(COLAB_PYTHON) -m venv $(COLAB)
	$(COLAB)/bin/python -m pip install --quiet -c tests/colab-constraints.txt pip
	$(COLAB)/bin/python -m pip install --quiet -c tests/colab-constraints.txt $(COLAB_PACKAGES)
	$(COLAB)/bin/python -m pip uninstall --quiet --yes jedi  # Colab has none (see the constraints)
	printf '%s\nimport google.colab\n' "$(CURDIR)/tests/colab-standin" \
		> "$$($(COLAB)/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/google_colab_standin.pth"
	@touch $@

# debugpy 1.8.15 (Colab's) warns about frozen modules at every kernel start on Python 3.12+.
test-colab: export PYDEVD_DISABLE_FILE_VALIDATION := 1
test-colab: $(COLAB)/.installed
	$(COLAB)/bin/python tools/colab_cell.py
	$(COLAB_PYTEST) $(NBVAL) notebooks
	$(COLAB_PYTEST) -m widgets tests --ignore=tests/test_properties.py  # (hypothesis: not on Colab)

clean:
	rm -rf $(VENV) $(OLD) $(COLAB) $(LITE_VENV) .pytest_cache .ruff_cache build/lite build/lite-src .lite-cache
