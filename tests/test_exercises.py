"""Every exercise's collapsed solution passes its check, and every stub is told "Not yet".

Runs each notebook with each `# Exercise N` stub cell replaced by the solution of the same
number (the fenced python block in the `<details>` markdown), in a fresh kernel, then reads
the output of the check cell that follows each exercise.
"""

from __future__ import annotations

import copy
import importlib
import json
import re

import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient

from .conftest import NOTEBOOKS, is_korean, notebook_id

EXERCISE = re.compile(r"^# (?:Exercise|연습문제) (\d+)\b")
SOLUTION = re.compile(r"<details><summary>(?:Solution|풀이)</summary>.*?```python\n(.*?)```", re.S)


def verdicts(path):
    """The "not yet" and "correct" openings of the checks in this notebook's language."""
    return ("아직 정답이 아닙니다.", "정답입니다!") if is_korean(path) else ("Not yet.", "Correct!")


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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[notebook_id(p) for p in NOTEBOOKS])
def test_stubs_are_told_not_yet(path):
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    stubs, solutions = exercises(nb)
    assert len(stubs) >= 2, "each notebook has at least two exercises"
    assert sorted(stubs) == sorted(solutions) == list(range(1, len(stubs) + 1))
    for number, (_, check_index) in stubs.items():
        assert check_text(nb.cells[check_index]).startswith(verdicts(path)[0]), number


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[notebook_id(p) for p in NOTEBOOKS])
def test_solutions_pass_their_checks(path):
    nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    stubs, solutions = exercises(nb)
    solved = copy.deepcopy(nb)
    for number, (stub_index, _) in stubs.items():
        solved.cells[stub_index].source = solutions[number]
    # Only the setup cells and the exercises run (nbval runs the rest): a solution that leant
    # on a variable of the lesson would fail here, as it would in a learner's fresh kernel.
    setup = next(i for i, cell in enumerate(nb.cells) if "import helpers" in cell.source)
    exercise_cells = {i for pair in stubs.values() for i in pair}
    for i, cell in enumerate(solved.cells):
        if cell.cell_type == "code" and i > setup and i not in exercise_cells:
            cell.source = ""
    NotebookClient(
        solved,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    for number, (_, check_index) in stubs.items():
        text = check_text(solved.cells[check_index])
        assert text.startswith(verdicts(path)[1]), f"exercise {number}: {json.dumps(text)[:300]}"


# ------------------------------------------------------- no corrupted answer passes any check
SETUP = re.compile(r"from helpers\.checks import (\w+) as check")
CHECK_CALL = re.compile(r"^check\.\w+\(.*\)$", re.M)


def _corruptions(value):
    """Wrong versions of a correct answer: NaN, inf or a complex part in what it gives, or (for
    a function) the caller's first array changed in place."""
    if callable(value):

        def shifted(delta):
            return lambda *args: np.asarray(value(*args)) + delta

        def in_place(*args):
            result = value(*args)
            arrays = [a for a in args if isinstance(a, np.ndarray)]
            arrays[0][...] = 0.0
            return result

        return {
            "nan": shifted(np.nan),
            "inf": shifted(np.inf),
            "complex": shifted(1e-3j),
            "in place": in_place,
        }
    array = np.asarray(value, dtype=float)
    return {"nan": array + np.nan, "inf": array + np.inf, "complex": array + 1e-3j}


def _solved_exercises():
    """(notebook, exercise number, check module, check call, solution namespace) for each."""
    for path in NOTEBOOKS:
        if is_korean(path):
            continue  # the same code as its English twin (tests/test_editions.py)
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
        module = next(SETUP.search(c.source).group(1) for c in nb.cells if SETUP.search(c.source))
        stubs, solutions = exercises(nb)
        for number, (_, check_index) in stubs.items():
            call = CHECK_CALL.search(nb.cells[check_index].source).group(0)
            yield pytest.param(path, module, call, solutions[number], id=f"{path.stem}-{number}")


@pytest.mark.parametrize(("path", "module", "call", "solution"), list(_solved_exercises()))
def test_no_corrupted_answer_passes(path, module, call, solution):
    """The solution passes; the same answer with NaN, inf, a complex part, or an argument
    changed in place never does, and the hint names what is wrong."""
    import helpers

    check = importlib.import_module(f"helpers.checks.{module}")
    namespace = {"np": np, "helpers": helpers, "check": check}
    exec(solution, namespace)
    assert eval(call, namespace), f"{path.name}: the solution itself fails {call}"
    answers = {k: v for k, v in namespace.items() if k not in ("np", "helpers", "check")}
    answers = {k: v for k, v in answers.items() if not k.startswith("__")}
    names = [name for name in answers if re.search(rf"\b{name}\b", call)]
    assert names, call
    words = {"nan": "nan", "inf": "inf", "complex": "complex", "in place": "in place"}
    for name in names:
        for kind, wrong in _corruptions(answers[name]).items():
            result = eval(call, {**namespace, name: wrong})
            assert not result, f"{call} passed with {name} given {kind}"
            assert result.message.startswith("Not yet."), result.message
            assert words[kind] in result.message, f"{kind}: {result.message}"
