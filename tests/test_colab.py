"""Google Colab's runtime against the package, and the Colab cell's command (`make test-colab`
runs the notebooks there; these are the checks that need no Colab venv)."""

from __future__ import annotations

import re
import sys

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

from tools.colab_cell import GIT_URL, colab_cell, swap_url

from .conftest import NOTEBOOKS, ROOT

CONSTRAINTS = ROOT / "tests" / "colab-constraints.txt"


def colab_pins() -> dict[str, str]:
    pins = {}
    for line in CONSTRAINTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_the_constraints_name_their_source_and_date():
    header = CONSTRAINTS.read_text().split("\n\n", 1)[0]
    assert "github.com/googlecolab/backend-info" in header
    assert re.search(r"commit [0-9a-f]{40} \(\d{4}-\d\d-\d\d", CONSTRAINTS.read_text())


def test_colab_preinstalls_what_the_package_needs():
    """Colab's versions satisfy every dependency of the package, so installing helpers there
    replaces nothing, even without --no-deps; and they are the versions make test-colab runs."""
    pins = colab_pins()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for dependency in map(Requirement, project["dependencies"]):
        assert Version(pins[dependency.name]) in dependency.specifier, (dependency, pins)
    assert {name: pins[name] for name in ["ipywidgets", "ipython", "ipykernel"]} == {
        "ipywidgets": "7.7.1",
        "ipython": "7.34.0",
        "ipykernel": "6.17.1",
    }
    assert Version(pins["ipywidgets"]).major == 7


def test_make_test_colab_installs_only_pinned_packages_but_nbval():
    makefile = (ROOT / "Makefile").read_text()
    packages = re.search(r"^COLAB_PACKAGES := (.+)$", makefile, re.M).group(1).split()
    assert set(packages) - set(colab_pins()) == {"nbval"}
    assert {"numpy", "matplotlib", "ipywidgets", "ipython", "ipykernel"} <= set(packages)


def test_the_colab_check_swaps_only_the_git_url():
    cell = colab_cell()
    assert all(colab_cell(path) == cell for path in NOTEBOOKS)
    swapped = swap_url(cell, "/tmp/checkout")
    assert swapped == cell.replace(GIT_URL, "/tmp/checkout")
    assert "    %pip install --quiet --no-deps /tmp/checkout" in swapped.splitlines()
    # a command that could replace Colab's packages is refused, not run
    for changed in [cell.replace(" --no-deps", ""), cell.replace(GIT_URL, GIT_URL + "@dev")]:
        with pytest.raises(ValueError, match="--no-deps"):
            swap_url(changed, "/tmp/checkout")
