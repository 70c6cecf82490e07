"""The toy data sets: seeded, well-formed, both classes present, and never separable
(so the maximum-likelihood weights exist and notebook 04's optimum is finite). (Bad arguments:
tests/test_bad_inputs.py.)"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linprog

import helpers

MAKERS = {
    "1d": (helpers.make_1d_data, 30, lambda x: x[:, None]),
    "linear": (helpers.make_linear_data, 60, lambda X: X),
    "circle": (helpers.make_circle_data, 80, lambda X: X**2),  # the squared features
}


def linearly_separable(features: np.ndarray, y: np.ndarray) -> bool:
    """Is there W with (2y − 1)(w0 + w·x) >= 1 for every sample? An LP feasibility test."""
    Xb = np.hstack([np.ones((len(y), 1)), features])
    signs = 2 * y - 1
    result = linprog(
        c=np.zeros(Xb.shape[1]),
        A_ub=-(signs[:, None] * Xb),
        b_ub=-np.ones(len(y)),
        bounds=[(None, None)] * Xb.shape[1],
        method="highs",
    )
    return result.status == 0


@pytest.mark.parametrize("name", MAKERS)
class TestDataSets:
    def test_shapes_labels_and_seeds(self, name):
        maker, m, _ = MAKERS[name]
        X, y = maker()
        assert len(X) == len(y) == m
        assert set(np.unique(y)) == {0.0, 1.0}
        assert 0.25 < y.mean() < 0.75
        X_again, y_again = maker(seed=0)
        np.testing.assert_array_equal(X, X_again)
        np.testing.assert_array_equal(y, y_again)
        assert not np.array_equal(X, maker(seed=1)[0])
        assert len(maker(m=7, seed=3)[0]) == 7

    def test_not_separable_so_the_optimum_is_finite(self, name):
        maker, _, features = MAKERS[name]
        X, y = maker()
        F = features(X)
        assert not linearly_separable(F, y)
        # the LP does find a boundary where there is one
        assert linearly_separable(F, (F[:, 0] > np.median(F[:, 0])).astype(float))


def test_linear_data_follow_the_lecture_boundary():
    X, y = helpers.make_linear_data()
    agree = np.mean((X.sum(axis=1) > 3) == (y == 1))
    assert agree > 0.8


def test_circle_data_follow_the_unit_circle():
    X, y = helpers.make_circle_data()
    agree = np.mean(((X**2).sum(axis=1) > 1) == (y == 1))
    assert agree > 0.8
