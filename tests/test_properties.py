"""Property-based tests of the core math against independent references, over the float range.

Hypothesis draws the inputs from the whole range of finite floats (and ±inf or NaN where the
docstring allows them); pytest turns every warning into an error. The references are
``scipy.special.expit`` / ``log_expit``, ``np.logaddexp``, ``sklearn.metrics.log_loss``,
exact rational arithmetic (``fractions.Fraction``) and central differences.

The rule of issue 10: for finite input, no warning escapes; where the true result is a
finite float it is returned, and where it is beyond the float range a ``ValueError`` says so.
"""

from __future__ import annotations

import math
import warnings
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.special import expit, log_expit
from sklearn.metrics import log_loss

import helpers

#: derandomize: the same examples on every run, so CI cannot turn red by the luck of a draw (a
#: local run with more examples: HYPOTHESIS_PROFILE is not needed, raise max_examples here).
SETTINGS = settings(max_examples=150, deadline=None, database=None, derandomize=True)
FLOAT_MAX = float(np.finfo(np.float64).max)

finite = st.floats(allow_nan=False, allow_infinity=False)
any_float = st.floats(allow_nan=True, allow_infinity=True)
moderate = st.floats(-30.0, 30.0)
UNIT = st.floats(-1.0, 1.0).filter(lambda v: v == 0.0 or abs(v) > 1e-3)


def float_vectors(elements=finite, size=(1, 6)):
    return st.integers(*size).flatmap(lambda m: arrays(np.float64, m, elements=elements))


def labels(m: int):
    return arrays(np.float64, m, elements=st.sampled_from([0.0, 1.0]))


def exact(value) -> Fraction:
    return Fraction(float(value))


def to_float(value: Fraction) -> float:
    """The float nearest ``value``, or ±inf beyond the float range."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def products(W: np.ndarray, row: np.ndarray) -> list[Fraction]:
    """The exact products w_j x_j of one sample."""
    return [exact(w) * exact(x) for w, x in zip(W, row, strict=True)]


def exact_logits(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    """z = X @ W exactly (rational arithmetic), rounded once to float (±inf beyond range)."""
    return np.array([to_float(sum(products(W, row))) for row in X])


def rounding_scale(W: np.ndarray, X: np.ndarray) -> float:
    """max_i Σ_j |w_j x_ij|: X @ W in floating point is off by a few eps times this."""
    return max(to_float(sum(abs(p) for p in products(W, row))) for row in X)


def exact_mean(values) -> float:
    total = sum((Fraction(float(v)) for v in values), Fraction(0))
    return to_float(total / len(values))


# ----------------------------------------------------------------------------- sigmoid
@SETTINGS
@given(float_vectors(any_float))
@example(np.array([-710.0, -720.0, -745.0]))  # σ subnormal: expit gives 0 here, σ does not
def test_sigmoid_matches_expit_to_two_ulp(z):
    """Against expit, except below z = -709 where expit flushes σ to 0 (its e^(-z) overflows)
    while the true σ(z) = e^z / (1 + e^z) is e^z in floating point, down to 5e-324."""
    result = helpers.sigmoid(z)
    with np.errstate(under="ignore"):
        expected = np.where(z < -709.0, np.exp(np.minimum(z, 0.0)), expit(z))
    assert np.array_equal(np.isnan(result), np.isnan(z))  # NaN in, NaN out: nothing else
    ok = ~np.isnan(z)
    assert np.all(np.abs(result[ok] - expected[ok]) <= 2 * np.spacing(expected[ok]))


@SETTINGS
@given(any_float)
def test_sigmoid_of_a_scalar_is_a_float_in_0_1(z):
    result = helpers.sigmoid(z)
    assert isinstance(result, float)
    assert math.isnan(result) if math.isnan(z) else 0.0 <= result <= 1.0


@SETTINGS
@given(float_vectors(finite))
def test_sigmoid_derivative_stays_in_0_quarter_and_matches_expit(z):
    result = helpers.sigmoid_derivative(z)
    assert np.all((result >= 0.0) & (result <= 0.25))
    expected = expit(z) * expit(-z)
    assert np.all(np.abs(result - expected) <= 4 * np.spacing(np.maximum(expected, 1e-300)))


def test_sigmoid_derivative_near_zero_never_exceeds_a_quarter():
    z = np.concatenate([np.logspace(-20, -6, 200), -np.logspace(-20, -6, 200), [0.0]])
    assert np.all(helpers.sigmoid_derivative(z) <= 0.25)
    assert helpers.sigmoid_derivative(1e-14) == 0.25  # was 0.25000000000000006


@SETTINGS
@given(float_vectors(finite))
def test_softplus_is_minus_log_expit(t):
    # log σ(z) = −softplus(−z): scipy's log_expit is the reference
    result = helpers.softplus(t)
    expected = -log_expit(-t)
    np.testing.assert_allclose(result, expected, rtol=4e-16, atol=1e-300)
    np.testing.assert_allclose(result, np.logaddexp(0.0, t), rtol=4e-16, atol=1e-300)


# ----------------------------------------------------------------------------- costs
@SETTINGS
@given(
    st.integers(1, 6).flatmap(
        lambda m: st.tuples(labels(m), arrays(np.float64, m, elements=finite))
    )
)
def test_cross_entropy_from_logits_matches_logaddexp_over_the_float_range(case):
    y, z = case
    terms = np.where(y == 1, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))
    expected = exact_mean(terms)  # each term is finite, so is their mean
    result = helpers.cross_entropy_from_logits(y, z)
    assert math.isfinite(result)
    assert result == pytest.approx(expected, rel=1e-14, abs=1e-300)


@SETTINGS
@given(
    st.integers(2, 8).flatmap(
        lambda m: st.tuples(labels(m), arrays(np.float64, m, elements=st.floats(0.0, 1.0)))
    )
)
def test_cross_entropy_matches_sklearn_log_loss(case):
    y, y_hat = case
    expected = log_loss(y, y_hat, labels=[0.0, 1.0])
    assert helpers.cross_entropy(y, y_hat) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def weights_data_labels():
    """(W, X, y): 1 to 4 samples of 1 to 3 features and a bias column, any finite floats."""
    return st.tuples(st.integers(1, 4), st.integers(1, 3)).flatmap(
        lambda shape: st.tuples(
            arrays(np.float64, shape[1] + 1, elements=finite),
            arrays(np.float64, (shape[0], shape[1] + 1), elements=finite),
            labels(shape[0]),
        )
    )


@SETTINGS
@given(weights_data_labels())
def test_cross_entropy_of_weights_is_the_true_value_or_a_clear_error(case):
    W, X, y = case
    z = exact_logits(W, X)  # the exact z, rounded once (±inf where beyond the float range)
    with np.errstate(over="ignore"):  # (the reference may overflow: then the cost does too)
        terms = np.where(y == 1, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))
    # σ's input is X @ W in floating point: allow the rounding of each product and the sum
    slack = rounding_scale(W, X) * 8 * np.finfo(float).eps
    if not np.all(np.isfinite(terms)):
        with pytest.raises(ValueError, match="float range"):
            helpers.cross_entropy_of_weights(W, X, y)
        return
    try:
        result = helpers.cross_entropy_of_weights(W, X, y)
    except ValueError as error:  # only where a term is within rounding of the float limit
        assert "float range" in str(error)
        assert float(np.max(terms)) + slack > FLOAT_MAX * 0.999
        return
    expected = exact_mean(terms)
    assert math.isfinite(result)
    assert abs(result - expected) <= 1e-13 * abs(expected) + slack + 1e-300


@SETTINGS
@given(
    st.integers(1, 6).flatmap(
        lambda m: st.tuples(
            arrays(np.float64, m, elements=finite), arrays(np.float64, m, elements=finite)
        )
    )
)
def test_sse_and_mse_are_exact_or_a_clear_error(case):
    y, y_hat = case
    pairs = zip(y, y_hat, strict=True)
    half_squares = sum(Fraction(1, 2) * (exact(a) - exact(b)) ** 2 for a, b in pairs)
    for function, true_value in (
        (helpers.sse, half_squares),
        (helpers.mse, half_squares / len(y)),
    ):
        expected = to_float(true_value)
        if math.isinf(expected):
            with pytest.raises(ValueError, match="float range"):
                function(y, y_hat)
        else:
            try:
                result = function(y, y_hat)
            except ValueError as error:  # only within a rounding of the float limit
                assert "float range" in str(error) and expected > FLOAT_MAX * (1 - 1e-12)
                continue
            assert result == pytest.approx(expected, rel=1e-13, abs=1e-300)


def test_the_issues_float_limit_cases():
    assert helpers.cross_entropy_from_logits([0, 0], [1e308, 1e308]) == 1e308
    expected = exact_mean([1.7e308, 1e292])
    assert helpers.cross_entropy_from_logits([0, 1], [1.7e308, -1e292]) == pytest.approx(expected)
    assert helpers.cross_entropy_of_weights([1e308, 1e308], [[1.0, 1.0]], [1]) == 0.0
    Z = np.array([[1e308, 1e308]])
    assert helpers.output_layer_cost(Z, np.ones((2, 1)), np.ones((1, 1)), "cross_entropy") == 0.0
    with pytest.raises(ValueError, match="float range"):
        helpers.cross_entropy_of_weights([1e308, 1e308], [[1.0, 1.0]], [0])
    with pytest.raises(ValueError, match="float range"):
        helpers.sse([1e308], [-1e308])
    assert helpers.mse([1.3e154] * 3, [0.0] * 3) == pytest.approx(0.5 * 1.3e154**2)


# ----------------------------------------------------------------------------- X·W
@SETTINGS
@given(weights_data_labels())
def test_hypothesis_predict_and_gradient_stay_silent_near_the_float_limit(case):
    W, X, y = case
    z = exact_logits(W, X)
    scale = rounding_scale(W, X)
    h = helpers.hypothesis(W, X)
    # z is X @ W in floating point: σ moves by at most |Δz| / 4 ≤ eps · Σ|w x| (capped at 1)
    np.testing.assert_allclose(h, expit(z), rtol=1e-12, atol=min(scale * 1e-15, 1.0) + 1e-300)
    clear = np.abs(z) > 8 * np.finfo(float).eps * scale  # sign not within rounding of 0
    np.testing.assert_array_equal(helpers.predict(W, X)[clear], (z >= 0)[clear])
    try:
        g = helpers.gradient(W, X, y)
    except ValueError as error:
        assert "float range" in str(error)
    else:
        assert np.all(np.isfinite(g))


@SETTINGS
@given(
    st.tuples(st.integers(1, 6), st.integers(1, 3)).flatmap(
        lambda shape: st.tuples(
            arrays(np.float64, shape[1] + 1, elements=moderate),
            arrays(np.float64, (shape[0], shape[1]), elements=st.floats(-5.0, 5.0)),
            labels(shape[0]),
        )
    )
)
def test_gradient_matches_central_differences_and_the_formula(case):
    W, features, y = case
    X = helpers.add_bias(features)
    result = helpers.gradient(W, X, y)
    formula = -(X.T @ (y - expit(X @ W))) / len(y)  # scipy's σ: an independent reference
    np.testing.assert_allclose(result, formula, rtol=1e-12, atol=1e-14)
    eps = 1e-5
    central = np.array(
        [
            (
                helpers.cross_entropy_of_weights(W + eps * e, X, y)
                - helpers.cross_entropy_of_weights(W - eps * e, X, y)
            )
            / (2 * eps)
            for e in np.eye(len(W))
        ]
    )
    np.testing.assert_allclose(result, central, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(
        helpers.numerical_gradient(lambda w: helpers.cross_entropy_of_weights(w, X, y), W),
        central,
        rtol=1e-12,
        atol=1e-14,
    )


@SETTINGS
@given(
    st.tuples(st.integers(1, 6), st.integers(1, 3), st.integers(-1000, 1000)).flatmap(
        lambda shape: st.tuples(
            arrays(np.float64, (shape[0], shape[1]), elements=UNIT),
            st.just(shape[2]),
        )
    )
)
def test_lipschitz_constant_matches_the_spectral_norm_at_any_scale(case):
    unit, exponent = case
    assume(np.any(unit != 0))
    X = unit * 2.0**exponent  # exact scaling by a power of two, up to 1e±301
    expected_unit = np.linalg.norm(unit, 2) ** 2 / (4 * len(unit))  # σmax(X)², by SVD
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        true_value = expected_unit * 2.0 ** (2 * exponent) if abs(exponent) < 500 else None
    if true_value is None or not math.isfinite(true_value) or true_value == 0.0:
        big = 2 * exponent + math.log2(expected_unit) > 1023
        if big:
            with pytest.raises(ValueError, match="float range"):
                helpers.lipschitz_constant(X)
            return
        assume(False)  # the constant underflows: not a case of the issue
    result = helpers.lipschitz_constant(X)
    assert result == pytest.approx(true_value, rel=1e-10)
