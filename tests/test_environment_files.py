"""requirements.txt, environment.yml and pyproject.toml name the same runtime packages."""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

from .conftest import ROOT

RUNTIME = {"numpy", "matplotlib", "jupyterlab", "ipywidgets"}
SPEC = re.compile(r"^([A-Za-z0-9_.\-]+)\s*(>=\s*[0-9][0-9.]*)?")


def parse(lines):
    found = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = SPEC.match(line)
        found[match.group(1).lower()] = (match.group(2) or "").replace(" ", "")
    return found


def requirements():
    return parse((ROOT / "requirements.txt").read_text().splitlines())


def conda_dependencies():
    text = (ROOT / "environment.yml").read_text()
    lines = [
        line.strip()[2:]
        for line in text.split("\ndependencies:\n", 1)[1].splitlines()
        if line.startswith("  - ")
    ]
    return parse(
        line.replace("=", "==", 1) if re.match(r"^python=\d", line) else line for line in lines
    )


def test_requirements_name_the_runtime_packages_with_lower_bounds():
    reqs = requirements()
    assert set(reqs) == RUNTIME
    assert all(bound.startswith(">=") for bound in reqs.values())
    assert "-e ." in (ROOT / "requirements.txt").read_text().splitlines()


def test_environment_yml_names_the_same_packages_with_the_same_bounds():
    conda = conda_dependencies()
    conda.pop("pip")
    conda.pop("python")
    assert conda == requirements()


def test_environment_yml_pins_python_installs_the_repo_and_uses_conda_forge():
    text = (ROOT / "environment.yml").read_text()
    assert re.search(r"^  - python=3\.\d+$", text, re.M)
    assert "- conda-forge" in text
    assert re.search(r"^      - -e \.$", text, re.M)


def test_pyproject_dependencies_agree_with_requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = parse(project["dependencies"])
    reqs = requirements()
    assert declared == {name: reqs[name] for name in declared}
    assert project["name"] == "logistic-regression-lectures"


def test_test_requirements_include_the_runtime_ones_and_the_test_tools():
    text = (ROOT / "requirements-test.txt").read_text()
    assert "-r requirements.txt" in text.splitlines()
    assert {"pytest", "nbval", "ruff"} <= set(parse(text.splitlines()))
