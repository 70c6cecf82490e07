"""Wrong answers a learner really gave, each with the hint that must name its mistake.

From a learner's run through all four notebooks: every wrong answer here once passed, or got a
generic or misleading hint. Each case names the mistake's words in the hint it must get.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy.special import expit

import helpers
from helpers.checks import boundary, costs, gradient, sigmoid


def naive(z):
    return 1 / (1 + np.exp(-z))


def naive_errstate(z):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))


def naive_catch_warnings(z):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return 1 / (1 + np.exp(-z))


def stable(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


class TestStableSigmoid:
    @pytest.mark.parametrize("silenced", [naive_errstate, naive_catch_warnings])
    def test_silenced_naive_formula_is_caught_by_its_values(self, silenced):
        result = sigmoid.stable_sigmoid(silenced)
        assert not result and "warning switched off" in result.message

    def test_global_seterr_does_not_hide_the_warning(self):
        old = np.seterr(over="ignore")
        try:
            result = sigmoid.stable_sigmoid(naive)
        finally:
            np.seterr(**old)
        assert not result and "overflow" in result.message

    def test_complex_part_is_refused(self):
        result = sigmoid.stable_sigmoid(lambda z: stable(z) + 1e-3j)
        assert not result and "complex" in result.message

    def test_calling_helpers_sigmoid_is_refused(self):
        result = sigmoid.stable_sigmoid(lambda z: helpers.sigmoid(z))
        assert not result and "Write σ yourself" in result.message

    def test_imported_sigmoid_is_refused(self):
        from helpers import sigmoid as s

        result = sigmoid.stable_sigmoid(lambda z: s(z))
        assert not result and "Write σ yourself" in result.message
        assert helpers.sigmoid is s, "the check must put helpers.sigmoid back"

    def test_own_stable_sigmoid_passes(self):
        assert sigmoid.stable_sigmoid(stable)

    def test_stub_is_unfinished_and_a_missing_return_is_named(self):
        def stub(z):
            z = np.asarray(z, dtype=float)
            ...

        def forgot_return(z):
            e = np.exp(-np.abs(z))
            np.where(z >= 0, 1 / (1 + e), e / (1 + e))

        assert "unfinished" in sigmoid.stable_sigmoid(stub).message
        assert "`return` missing" in sigmoid.stable_sigmoid(forgot_return).message

    def test_in_place_change_of_z_is_named(self):
        def in_place(z):
            z *= -1  # changes the caller's z
            return expit(-z)

        result = sigmoid.stable_sigmoid(in_place)
        assert not result and "argument `z` in place" in result.message


class TestMidpoint:
    @pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf, 2.1972 + 1e-3j])
    def test_non_finite_or_complex_never_passes(self, value):
        result = sigmoid.midpoint_and_slope(value, value)
        assert not result
        assert any(word in result.message for word in ("nan", "inf", "complex"))

    def test_nan_from_a_sign_slip(self):
        with np.errstate(invalid="ignore"):
            w = -np.log(1 - 1 / 0.9)  # log of a negative number: nan
        result = sigmoid.midpoint_and_slope(w, -2 * w)
        assert not result and "nan" in result.message


class TestPredict:
    def test_round_is_named(self):
        result = boundary.predict_function(lambda W, X: np.round(expit(X @ W)))
        assert not result and "np.round(0.5) = 0" in result.message
        assert ">" not in result.message.split("h >= 1/2")[0]

    def test_flipped_comparison_is_named(self):
        result = boundary.predict_function(lambda W, X: (X @ W <= 0).astype(int))
        assert not result and "flipped" in result.message

    def test_missing_return_is_named(self):
        def forgot(W, X):
            (X @ W >= 0).astype(int)

        assert "`return` missing" in boundary.predict_function(forgot).message


class TestCosts:
    def test_m_plus_one_in_the_cost(self):
        result = costs.cost_function(
            lambda y, a: -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / (len(y) + 1)
        )
        assert not result and "m + 1" in result.message and "i = 0" in result.message

    def test_sum_instead_of_mean_from_logits(self):
        def summed(y, z):
            return np.sum(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))

        result = costs.cost_from_logits(summed)
        assert not result and "times too large" in result.message

    def test_m_plus_one_from_logits(self):
        def m_plus_one(y, z):
            return np.sum(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)) / (len(y) + 1)

        result = costs.cost_from_logits(m_plus_one)
        assert not result and "m + 1" in result.message

    def test_general_axis_0(self):
        result = costs.general_cross_entropy(lambda Y, P: np.mean(-np.sum(Y * np.log(P), axis=0)))
        assert not result and "axis=0" in result.message

    def test_general_mean_over_all_entries(self):
        result = costs.general_cross_entropy(lambda Y, P: np.mean(-Y * np.log(P)))
        assert not result and "all 15 entries" in result.message

    def test_general_m_plus_one(self):
        result = costs.general_cross_entropy(lambda Y, P: -np.sum(Y * np.log(P)) / (len(Y) + 1))
        assert not result and "m + 1" in result.message


class TestGradient:
    def test_m_plus_one(self):
        result = gradient.gradient_function(
            lambda W, X, y: -(X.T @ (y - expit(X @ W))) / (len(y) + 1)
        )
        assert not result and "m + 1" in result.message

    def test_in_place_step_is_named(self):
        def step(W, X, y, learning_rate):
            W -= learning_rate * helpers.gradient(W, X, y)
            return W

        result = gradient.gradient_step(step)
        assert not result and "argument `W` in place" in result.message
        assert "caller's array" in result.message

    def test_new_array_step_passes(self):
        assert gradient.gradient_step(
            lambda W, X, y, learning_rate: W - learning_rate * helpers.gradient(W, X, y)
        )


class TestQuiz:
    @pytest.mark.parametrize(
        ("error", "curve"),
        [("(b) 크다", "(a) 실선"), ("b 크다", "solid line"), ("(b)", "(a)"), ("large", "solid")],
    )
    def test_unambiguous_answers_are_accepted(self, error, curve):
        assert costs.cost_quiz_answer(1, error=error, curve=curve)

    @pytest.mark.parametrize("curve", ["dashed", "dotted line", "점선", "(b) 점선"])
    def test_dotted_curve_spellings(self, curve):
        assert costs.cost_quiz_answer(3, error="large", curve=curve)

    def test_contradiction_is_named(self):
        result = costs.cost_quiz_answer(1, error="(a) 크다", curve="solid")
        assert not result and "both small and large" in result.message

    @pytest.mark.parametrize("question", [[1], {1: 2}, 1.5, "1", None, True])
    def test_odd_question_numbers_get_a_hint_not_an_error(self, question):
        result = costs.cost_quiz_answer(question, error="large", curve="solid")
        assert not result and "`question` must be 1, 2 or 3" in result.message
