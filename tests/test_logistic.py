"""Unit tests of helpers.logistic: σ, σ', the bias column and the hypotheses.

scipy.special.expit is the independent reference for σ.
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


class TestSigmoidValues:
    def test_within_two_ulp_of_scipy_expit_where_both_are_normal(self):
        rng = np.random.default_rng(1)
        z = np.concatenate([np.linspace(-745, 745, 20_001), rng.normal(0, 30, 20_000)])
        ours, reference = helpers.sigmoid(z), expit(z)
        normal = (ours >= TINY) & (reference >= TINY)
        assert normal.sum() > 30_000
        assert ulp_distance(ours[normal], reference[normal]).max() <= 2

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

    def test_known_values(self):
        assert helpers.sigmoid(1.0) == pytest.approx(1 / (1 + np.exp(-1.0)), rel=1e-15)
        assert helpers.sigmoid(-2.0) == pytest.approx(1 / (1 + np.exp(2.0)), rel=1e-15)
        assert helpers.sigmoid(np.log(9)) == pytest.approx(0.9, rel=1e-15)

    def test_sigmoid_of_zero_is_exactly_one_half(self):
        assert helpers.sigmoid(0) == 0.5
        assert helpers.sigmoid(-0.0) == 0.5
        assert helpers.sigmoid(np.zeros(3)).tolist() == [0.5, 0.5, 0.5]

    def test_limits(self):
        assert helpers.sigmoid(np.inf) == 1.0
        assert helpers.sigmoid(-np.inf) == 0.0
        assert helpers.sigmoid(40.0) == 1.0  # 1 - 4e-18 rounds to 1
        assert helpers.sigmoid(-40.0) == pytest.approx(np.exp(-40.0), rel=1e-15)


class TestSigmoidExtremes:
    EXTREMES = (
        -np.inf,
        -1e308,
        -1e300,
        -1e5,
        -800.0,
        -745.2,
        -709.8,
        -40.0,
        40.0,
        709.8,
        745.2,
        800.0,
        1e5,
        1e300,
        1e308,
        np.inf,
    )

    def test_whole_float_range_is_finite_and_warning_free(self, strict_numpy):
        s = helpers.sigmoid(np.array(self.EXTREMES))
        assert np.all((s >= 0) & (s <= 1))
        assert s[0] == 0.0 and s[-1] == 1.0

    @pytest.mark.parametrize("z", EXTREMES)
    def test_each_extreme_scalar(self, strict_numpy, z):
        s = helpers.sigmoid(z)
        assert 0.0 <= s <= 1.0
        if z < -700:  # σ(z) = e^z exactly in floating point (subnormal or 0 here)
            assert s == math.exp(z)
        else:
            assert s == expit(z)

    def test_nan_in_nan_out(self, strict_numpy):
        assert np.isnan(helpers.sigmoid(np.nan))
        out = helpers.sigmoid([np.nan, 0.0])
        assert np.isnan(out[0]) and out[1] == 0.5


class TestSigmoidTypes:
    @pytest.mark.parametrize("z", [0, 1.5, np.float32(2.0), np.int64(-3), True, np.array(1.0)])
    def test_scalars_give_python_float(self, z):
        assert type(helpers.sigmoid(z)) is float

    def test_list_gives_ndarray(self):
        out = helpers.sigmoid([0, 1, 2])
        assert isinstance(out, np.ndarray) and out.dtype == np.float64 and out.shape == (3,)

    def test_shape_is_kept(self):
        z = np.arange(12.0).reshape(3, 4) - 6
        out = helpers.sigmoid(z)
        assert out.shape == (3, 4)
        np.testing.assert_allclose(out, expit(z), rtol=1e-15)

    @pytest.mark.parametrize("bad", ["abc", None, 1j, [1, "a"], {"a": 1}, [[1.0], [1.0, 2.0]]])
    def test_non_numeric_input_is_a_type_error_that_says_what_was_expected(self, bad):
        with pytest.raises(TypeError, match=r"`z` must be a real number"):
            helpers.sigmoid(bad)


class TestSigmoidProperties:
    def test_symmetry(self):
        z = np.random.default_rng(2).normal(0, 10, 10_000)
        np.testing.assert_allclose(helpers.sigmoid(-z), 1 - helpers.sigmoid(z), atol=2e-16)

    def test_monotone_and_bounded(self):
        z = np.linspace(-60, 60, 100_001)
        s = helpers.sigmoid(z)
        assert np.all(np.diff(s) >= 0)
        assert np.all((s > 0) & (s <= 1))


class TestSigmoidDerivative:
    def test_against_central_difference(self):
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
        assert np.all(helpers.sigmoid_derivative(z) <= 0.25)

    def test_keeps_precision_where_one_minus_sigma_cancels(self, strict_numpy):
        # σ(40)(1 − σ(40)) computed naively is 0; the true value is about e^-40.
        assert helpers.sigmoid_derivative(40.0) == pytest.approx(np.exp(-40.0), rel=1e-12)
        assert helpers.sigmoid_derivative(np.array([-1e308, 1e308, -np.inf, np.inf])).tolist() == [
            0.0,
            0.0,
            0.0,
            0.0,
        ]

    def test_type_error(self):
        with pytest.raises(TypeError, match="`z`"):
            helpers.sigmoid_derivative("0")


class TestAddBias:
    def test_two_dimensional(self):
        out = helpers.add_bias([[2.0, 3.0], [4.0, 5.0]])
        np.testing.assert_array_equal(out, [[1, 2, 3], [1, 4, 5]])

    def test_one_dimensional_is_one_feature(self):
        np.testing.assert_array_equal(helpers.add_bias([7, 8, 9]), [[1, 7], [1, 8], [1, 9]])

    def test_does_not_modify_input(self):
        X = np.array([[1.0, 2.0]])
        helpers.add_bias(X)
        np.testing.assert_array_equal(X, [[1.0, 2.0]])

    @pytest.mark.parametrize(
        ("bad", "error", "message"),
        [
            (np.zeros((2, 2, 2)), ValueError, "`X` must be a 1-D array"),
            (np.zeros((0, 2)), ValueError, "`X` is empty"),
            ([], ValueError, "`X` is empty"),
            ("12", TypeError, "`X` must be a real number"),
        ],
    )
    def test_bad_input(self, bad, error, message):
        with pytest.raises(error, match=message):
            helpers.add_bias(bad)


class TestHypothesis:
    def test_equals_expit_of_weighted_sum(self):
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

    def test_saturated_inputs_are_warning_free(self, strict_numpy):
        X = helpers.add_bias(np.array([[-1e6], [1e6]]))
        np.testing.assert_array_equal(helpers.hypothesis([0.0, 1.0], X), [0.0, 1.0])

    def test_shape_mismatch_names_both_shapes_and_suggests_add_bias(self):
        with pytest.raises(ValueError, match=r"`W` has shape \(3,\) but `X` has shape \(5, 2") as e:
            helpers.hypothesis(np.zeros(3), np.zeros((5, 2)))
        assert "add_bias" in str(e.value)

    def test_mismatch_without_bias_hint(self):
        with pytest.raises(ValueError, match=r"`W` has shape \(2,\) but `X` has shape \(5, 4") as e:
            helpers.hypothesis(np.zeros(2), np.zeros((5, 4)))
        assert "add_bias" not in str(e.value)

    @pytest.mark.parametrize(
        ("W", "X", "message"),
        [
            (np.zeros((3, 1)), np.zeros((5, 3)), "`W` must be a 1-D weight vector"),
            (np.zeros(3), np.zeros(3), "`X` must be a 2-D array"),
            ("w", np.zeros((5, 3)), "`W` must be a real number"),
        ],
    )
    def test_bad_arguments(self, W, X, message):
        with pytest.raises((TypeError, ValueError), match=message):
            helpers.linear_hypothesis(W, X)
