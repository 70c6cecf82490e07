"""Every exercise's collapsed solution passes its check, and every stub is told "Not yet".

Runs each notebook with each `# Exercise N` stub cell replaced by the solution of the same
number (the fenced python block in the `<details>` markdown), in a fresh kernel, then reads
the output of the check cell that follows each exercise.
"""

from __future__ import annotations

import copy
import json
import re

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import NOTEBOOKS

EXERCISE = re.compile(r"^# Exercise (\d+)\b")
SOLUTION = re.compile(r"<details><summary>Solution</summary>.*?```python\n(.*?)```", re.S)


def exercises(nb):
    """{number: (stub cell index, check cell index)} and {number: solution source}."""
    stubs, solutions = {}, {}
    for i, cell in enumerate(nb.cells):
        match = EXERCISE.match(cell.source)
        if cell.cell_type == "code" and match:
            stubs[int(match.group(1))] = (i, i + 1)
        if cell.cell_type == "markdown":
            for block in SOLUTION.findall(cell.source):
                number = int(EXERCISE.match(block).group(1))
                assert number not in solutions, f"two solutions for exercise {number}"
                solutions[number] = block
    return stubs, solutions


def check_text(cell) -> str:
    texts = [out.get("data", {}).get("text/plain", "") for out in cell.outputs] + [
        out.get("text", "") for out in cell.outputs
    ]
    return "".join("".join(t) for t in texts)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_stubs_are_told_not_yet(path):
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    stubs, solutions = exercises(nb)
    assert len(stubs) >= 2, "each notebook has at least two exercises"
    assert sorted(stubs) == sorted(solutions) == list(range(1, len(stubs) + 1))
    for number, (_, check_index) in stubs.items():
        assert check_text(nb.cells[check_index]).startswith("Not yet."), number


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_solutions_pass_their_checks(path):
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    stubs, solutions = exercises(nb)
    solved = copy.deepcopy(nb)
    for number, (stub_index, _) in stubs.items():
        solved.cells[stub_index].source = solutions[number]
    NotebookClient(
        solved,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    for number, (_, check_index) in stubs.items():
        text = check_text(solved.cells[check_index])
        assert text.startswith("Correct!"), f"exercise {number}: {json.dumps(text)[:300]}"
