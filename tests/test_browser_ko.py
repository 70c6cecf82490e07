"""The Korean edition (한국어판) in JupyterLab in a real browser: the same test as
tests/test_browser.py, in a file of its own so that `make test`'s workers (pytest-xdist,
one file at a time) can take one edition each."""

from __future__ import annotations

import pytest

from .conftest import KOREAN, notebook_id
from .test_browser import browser, lab, pytestmark, run_in_jupyterlab  # noqa: F401 (fixtures)


@pytest.mark.parametrize("path", KOREAN, ids=[notebook_id(p) for p in KOREAN])
def test_notebook_in_jupyterlab(lab, browser, path):  # noqa: F811 (the fixtures above)
    run_in_jupyterlab(lab, browser, path)
