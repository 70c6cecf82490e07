"""The runtime packages: requirements.txt and environment.yml (the lab environment) name the
same ones with the same lower bounds; pyproject.toml (the package) names what helpers imports,
with lower bounds no higher than the lab environment's."""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

from packaging.version import Version

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


def package_dependencies() -> dict:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["name"] == "logistic-regression-lectures"
    return parse(project["dependencies"])


def test_package_floors_are_at_most_the_lab_environments():
    """pyproject.toml holds what helpers needs (Colab's versions satisfy it); requirements.txt
    the lab environment, which may ask for more (ipywidgets 8 for JupyterLab 4), never less."""
    declared = package_dependencies()
    reqs = requirements()
    assert set(declared) == {"numpy", "matplotlib", "ipywidgets"}
    for name, bound in declared.items():
        assert bound.startswith(">="), name
        assert Version(bound[2:]) <= Version(reqs[name][2:]), (name, bound, reqs[name])
    assert Version(declared["ipywidgets"][2:]) < Version("8"), "Colab's ipywidgets is 7.7"


def third_party_imports() -> dict[str, set[str]]:
    """The distributions whose modules helpers imports, each with the files that import it."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "helpers").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top not in sys.stdlib_module_names and top != "helpers":
                    found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    # (metadata.packages_distributions() reads only top_level.txt on Python 3.10, which
    # numpy and matplotlib, built with meson, do not have: look at the files instead)
    providers: dict[str, set[str]] = {}
    for dist in metadata.distributions():
        tops = (dist.read_text("top_level.txt") or "").split() or {
            file.parts[0] if len(file.parts) > 1 else file.stem
            for file in dist.files or []
            if file.suffix == ".py" and file.parts[0] != ".."
        }
        for top in tops:
            providers.setdefault(top, set()).add(dist.metadata["Name"].lower())
    return {dist: files for top, files in found.items() for dist in providers[top]}


def test_the_package_declares_or_inherits_everything_helpers_imports():
    """Each distribution helpers imports is a declared dependency, or is required by one
    (matplotlib brings pillow and contourpy, ipywidgets brings ipython); each declared
    dependency is imported."""
    declared = set(package_dependencies())
    inherited = {
        re.match(r"[A-Za-z0-9_.\-]+", requirement).group(0).lower()
        for name in declared
        for requirement in metadata.requires(name) or []
        if "extra ==" not in requirement
    }
    imported = third_party_imports()
    assert {"numpy", "matplotlib", "ipywidgets", "ipython", "pillow", "contourpy"} <= set(imported)
    assert declared <= set(imported)
    undeclared = {dist: files for dist, files in imported.items() if dist not in declared}
    assert set(undeclared) <= inherited, undeclared


def test_test_requirements_include_the_runtime_ones_and_the_test_tools():
    text = (ROOT / "requirements-test.txt").read_text()
    assert "-r requirements.txt" in text.splitlines()
    assert {"pytest", "nbval", "ruff"} <= set(parse(text.splitlines()))
