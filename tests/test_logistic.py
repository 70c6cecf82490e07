"""Unit tests of helpers.logistic: σ, σ', the bias column and the hypotheses (notebook 01).

scipy.special.expit is the independent reference for σ; an extended-precision long double
gives the exact value where the platform has one. (Bad arguments: tests/test_bad_inputs.py;
the whole float range: tests/test_properties.py.)
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import expit

import helpers

TINY = np.finfo(np.float64).tiny


def ulp_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b) / np.spacing(np.maximum(np.abs(a), np.abs(b)))


class TestSigmoid:
    def test_within_two_ulp_of_scipy_expit_where_both_are_normal(self):
        rng = np.random.default_rng(1)
        z = np.concatenate([np.linspace(-745, 745, 20_001), rng.normal(0, 30, 20_000)])
        ours, reference = helpers.sigmoid(z), expit(z)
        normal = (ours >= TINY) & (reference >= TINY)
        assert normal.sum() > 30_000
        assert ulp_distance(ours[normal], reference[normal]).max() <= 2
        # the same values when no z is below -709 (σ takes its one-formula path then)
        np.testing.assert_array_equal(helpers.sigmoid(z[normal]), ours[normal])

    @pytest.mark.skipif(
        np.finfo(np.longdouble).eps >= np.finfo(np.float64).eps,
        reason="needs an extended-precision long double as the exact reference",
    )
    def test_within_three_ulp_of_the_exact_value(self):
        z = np.linspace(-700, 40, 50_001)
        exact = 1 / (1 + np.exp(-z.astype(np.longdouble)))
        ours = helpers.sigmoid(z)
        ulps = np.abs(ours.astype(np.longdouble) - exact) / np.spacing(ours).astype(np.longdouble)
        assert float(ulps.max()) <= 3

    def test_known_values_and_exactly_one_half_at_zero(self):
        assert helpers.sigmoid(1.0) == pytest.approx(1 / (1 + np.exp(-1.0)), rel=1e-15)
        assert helpers.sigmoid(np.log(9)) == pytest.approx(0.9, rel=1e-15)
        assert helpers.sigmoid(0) == helpers.sigmoid(-0.0) == 0.5
        assert helpers.sigmoid(np.zeros(3)).tolist() == [0.5, 0.5, 0.5]
        assert helpers.sigmoid(40.0) == 1.0  # 1 - 4e-18 rounds to 1
        assert helpers.sigmoid(-40.0) == pytest.approx(np.exp(-40.0), rel=1e-15)

    def test_saturated_and_infinite_inputs_are_silent(self, strict_numpy):
        z = np.array([-np.inf, -1e308, -800.0, -744.0, -709.8, 709.8, 800.0, 1e308, np.inf])
        s = helpers.sigmoid(z)
        assert s[0] == s[1] == s[2] == 0.0 and s[-1] == s[-2] == s[-3] == 1.0
        assert s[3] == math.exp(-744.0) > 0 and s[4] == math.exp(-709.8)  # e^z, not flushed

    @pytest.mark.parametrize("z", [0, 1.5, np.float32(2.0), np.int64(-3), True, np.array(1.0)])
    def test_a_scalar_gives_a_python_float(self, z):
        assert type(helpers.sigmoid(z)) is float

    def test_an_array_keeps_its_shape(self):
        z = np.arange(12.0).reshape(3, 4) - 6
        out = helpers.sigmoid(z)
        assert out.shape == (3, 4) and out.dtype == np.float64
        np.testing.assert_allclose(out, expit(z), rtol=1e-15)
        assert isinstance(helpers.sigmoid([0, 1, 2]), np.ndarray)

    def test_symmetric_monotone_and_bounded(self):
        z = np.random.default_rng(2).normal(0, 10, 10_000)
        np.testing.assert_allclose(helpers.sigmoid(-z), 1 - helpers.sigmoid(z), atol=2e-16)
        s = helpers.sigmoid(np.linspace(-60, 60, 100_001))
        assert np.all(np.diff(s) >= 0) and np.all((s > 0) & (s <= 1))


class TestSigmoidDerivative:
    def test_against_central_differences_of_expit(self):
        z = np.linspace(-8, 8, 161)
        h = 1e-5
        central = (expit(z + h) - expit(z - h)) / (2 * h)
        np.testing.assert_allclose(helpers.sigmoid_derivative(z), central, atol=1e-10)

    def test_formula_and_maximum(self):
        z = np.linspace(-5, 5, 101)
        np.testing.assert_allclose(
            helpers.sigmoid_derivative(z), expit(z) * (1 - expit(z)), rtol=1e-13
        )
        assert helpers.sigmoid_derivative(0) == 0.25
        assert helpers.sigmoid_derivative(1e-14) == 0.25  # not 0.25000000000000006
        assert np.all(helpers.sigmoid_derivative(np.logspace(-20, -6, 200)) <= 0.25)

    def test_keeps_precision_where_one_minus_sigma_cancels(self, strict_numpy):
        # σ(40)(1 − σ(40)) computed naively is 0; the true value is about e^-40.
        assert helpers.sigmoid_derivative(40.0) == pytest.approx(np.exp(-40.0), rel=1e-12)

    def test_nan_is_nan(self):
        assert np.isnan(helpers.sigmoid_derivative(np.nan))
        out = helpers.sigmoid_derivative([np.nan, 0.0])
        assert np.isnan(out[0]) and out[1] == 0.25


class TestAddBias:
    def test_prepends_a_column_of_ones(self):
        out = helpers.add_bias([[2.0, 3.0], [4.0, 5.0]])
        np.testing.assert_array_equal(out, [[1, 2, 3], [1, 4, 5]])
        np.testing.assert_array_equal(helpers.add_bias([7, 8, 9]), [[1, 7], [1, 8], [1, 9]])

    def test_leaves_its_input_alone(self):
        X = np.array([[1.0, 2.0]])
        helpers.add_bias(X)
        np.testing.assert_array_equal(X, [[1.0, 2.0]])


class TestHypothesis:
    def test_is_expit_of_the_weighted_sum(self):
        rng = np.random.default_rng(3)
        X = helpers.add_bias(rng.normal(size=(50, 3)))
        W = rng.normal(size=4)
        np.testing.assert_allclose(helpers.hypothesis(W, X), expit(X @ W), rtol=1e-14)
        np.testing.assert_allclose(helpers.linear_hypothesis(W, X), X @ W, rtol=1e-14)

    def test_slide_example(self):
        # W = [-3, 1, 1]: z = -3 + x1 + x2, so (1, 2) is on the boundary (h = 1/2).
        X = helpers.add_bias([[1.0, 2.0], [4.0, 3.0]])
        np.testing.assert_array_equal(helpers.linear_hypothesis([-3, 1, 1], X), [0.0, 4.0])
        assert helpers.hypothesis([-3, 1, 1], X)[0] == 0.5

    def test_saturated_inputs_are_silent(self, strict_numpy):
        X = helpers.add_bias(np.array([[-1e6], [1e6]]))
        np.testing.assert_array_equal(helpers.hypothesis([0.0, 1.0], X), [0.0, 1.0])

    def test_a_missing_bias_column_is_named_with_the_fix(self):
        with pytest.raises(ValueError, match=r"`W` has 3 weights but `X` has 2 columns") as e:
            helpers.hypothesis(np.zeros(3), np.zeros((5, 2)))
        assert "helpers.add_bias(X)" in str(e.value)
        with pytest.raises(ValueError, match=r"`W` has 2 weights but `X` has 4") as e:
            helpers.hypothesis(np.zeros(2), np.zeros((5, 4)))
        assert "add_bias" not in str(e.value)
