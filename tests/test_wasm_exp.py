"""helpers' e^x in the browser: `_exp` takes np.exp where sys.platform is "emscripten".

numpy for WebAssembly is not installable offline, so this checks the branch here, with the
platform name patched: the browser path is np.exp bit for bit, and σ built on it stays within
a few ulp of scipy's expit (the notebooks' printed digits are far coarser).
"""

from __future__ import annotations

import sys

import numpy as np
from scipy.special import expit

import helpers
from helpers import logistic


def test_exp_in_the_browser_is_numpys(monkeypatch):
    x = np.linspace(-700, 700, 20_001)
    monkeypatch.setattr(sys, "platform", "emscripten")
    browser = logistic._exp(x)
    assert browser.dtype == np.float64
    assert np.array_equal(browser, np.exp(x))
    sigma = helpers.sigmoid(x)
    reference = expit(x)
    ulp = np.abs(sigma - reference) / np.spacing(reference)
    assert float(ulp.max()) <= 4
    assert helpers.sigmoid(0.0) == 0.5
    assert helpers.sigmoid(-720.0) == float(np.exp(-720.0)) > 0  # the tail branch


def test_exp_elsewhere_is_the_long_double_one(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    x = np.array([-3.0, 0.5, 20.0])
    expected = np.exp(x.astype(np.longdouble)).astype(np.float64)
    assert np.array_equal(logistic._exp(x), expected)
