"""Binder's build plan, read from repo2docker without Docker.

`jupyter-repo2docker --no-build --debug .` prints the Dockerfile it would build. Binder must
build from environment.yml alone (repo2docker ignores requirements.txt when environment.yml
exists), with the Python that environment.yml pins, and install this repository's own package
(`pip: [-e .]` in environment.yml) only after the source has been copied in.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

REPO2DOCKER = shutil.which("jupyter-repo2docker", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def build_plan():
    if REPO2DOCKER is None:
        pytest.skip("jupyter-repo2docker is not installed (pip install jupyter-repo2docker)")
    result = subprocess.run(
        [REPO2DOCKER, "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return result.stdout, result.stderr


def pinned_python() -> str:
    match = re.search(r"^  - python=(3\.\d+)$", (ROOT / "environment.yml").read_text(), re.M)
    assert match, "environment.yml must pin python=3.X"
    return match.group(1)


def test_builds_a_conda_environment_with_the_pinned_python(build_plan):
    dockerfile, log = build_plan
    version = pinned_python()
    assert f"Building conda environment for python={version}" in log
    # The lock file's name is escaped in the plan: "environment-2epy-2d3-2e12-2dlinux..."
    major, minor = version.split(".")
    assert re.search(rf"environment(\.|-2e)py(-|-2d){major}(\.|-2e){minor}(-|-2d)linux", dockerfile)


def test_builds_from_environment_yml_not_requirements_txt(build_plan):
    dockerfile, _ = build_plan
    assert '--file "environment.yml"' in dockerfile
    assert "requirements.txt" not in dockerfile


def test_installs_the_repository_package_after_copying_the_source(build_plan):
    dockerfile, _ = build_plan
    copy = dockerfile.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    update = dockerfile.index('env update -p ${NB_PYTHON_PREFIX} --file "environment.yml"')
    assert copy < update
    assert re.search(r"^      - -e \.$", (ROOT / "environment.yml").read_text(), re.M)
