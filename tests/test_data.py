"""The toy data sets: seeded, well-formed, both classes present, and never separable
(so the maximum-likelihood weights exist and notebook 04's optimum is finite)."""

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
    def test_shapes_and_labels(self, name):
        maker, m, _ = MAKERS[name]
        X, y = maker()
        assert len(X) == len(y) == m
        assert set(np.unique(y)) == {0.0, 1.0}
        assert 0.25 < y.mean() < 0.75

    def test_same_seed_same_data_other_seed_other_data(self, name):
        maker, _, _ = MAKERS[name]
        X1, y1 = maker(seed=0)
        X2, y2 = maker(seed=0)
        X3, _ = maker(seed=1)
        np.testing.assert_array_equal(X1, X2)
        np.testing.assert_array_equal(y1, y2)
        assert not np.array_equal(X1, X3)

    def test_not_separable_so_the_optimum_is_finite(self, name):
        maker, _, features = MAKERS[name]
        X, y = maker()
        assert not linearly_separable(features(X), y)

    def test_the_lp_detects_separable_data(self, name):
        maker, _, features = MAKERS[name]
        X, _ = maker()
        F = features(X)
        y = (F[:, 0] > np.median(F[:, 0])).astype(float)  # a boundary the model can draw
        assert linearly_separable(F, y)

    @pytest.mark.parametrize("m", [1, 0, -3, 10**7])
    def test_bad_size(self, name, m):
        maker, _, _ = MAKERS[name]
        with pytest.raises(ValueError, match="`m`"):
            maker(m=m)

    @pytest.mark.parametrize("m", [2.5, True, "10", None])
    def test_size_that_is_not_an_int(self, name, m):
        maker, _, _ = MAKERS[name]
        with pytest.raises(TypeError, match="`m` must be a whole number"):
            maker(m=m)

    def test_bad_seed(self, name):
        maker, _, _ = MAKERS[name]
        with pytest.raises(TypeError, match="`seed`"):
            maker(seed="zero")


def test_linear_data_follow_the_lecture_boundary():
    X, y = helpers.make_linear_data()
    agree = np.mean((X.sum(axis=1) > 3) == (y == 1))
    assert agree > 0.8


def test_circle_data_follow_the_unit_circle():
    X, y = helpers.make_circle_data()
    agree = np.mean(((X**2).sum(axis=1) > 1) == (y == 1))
    assert agree > 0.8
