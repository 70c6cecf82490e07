"""The Korean edition (한국어판) in JupyterLab in a real browser: the test of
tests/test_browser.py, in a file of its own so that `make test`'s workers (pytest-xdist, one
file at a time) can run the two editions side by side.

One Korean notebook, not four: the Korean code is the English code (tests/test_editions.py)
and nbval runs all of it in a kernel, so what only a browser can show is how the Korean text
renders in the widgets. Notebook 03 has the most of it (the quiz's Korean buttons, hints and
worked answers); running the other three as well cost 50 s of the 4 minutes `make test` has.
"""

from __future__ import annotations

import pytest

from .conftest import KOREAN, notebook_id
from .test_browser import browser, lab, pytestmark, run_in_jupyterlab  # noqa: F401 (fixtures)

QUIZ_NOTEBOOK = [path for path in KOREAN if path.name.startswith("03_")]


@pytest.mark.parametrize("path", QUIZ_NOTEBOOK, ids=[notebook_id(p) for p in QUIZ_NOTEBOOK])
def test_notebook_in_jupyterlab(lab, browser, path):  # noqa: F811 (the fixtures above)
    run_in_jupyterlab(lab, browser, path)
