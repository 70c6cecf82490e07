"""Property-based tests of the core math against independent references.

Hypothesis draws the inputs; pytest turns every warning into an error. The references are
``scipy.special.expit`` / ``log_expit``, ``np.logaddexp``, ``sklearn.metrics.log_loss``, exact
rational arithmetic (``fractions.Fraction``) and central differences.

The range rule (``helpers/_validation.py``): σ, σ' and softplus take every input (NaN in, NaN
out; ±inf fine) and the cross entropy from logits every finite z, exactly. Arrays that enter a
product take values up to ``LIMIT`` = 1e50 in size, with true results, and are refused beyond.
"""

from __future__ import annotations

import math
from fractions import Fraction

import matplotlib.pyplot as plt
import numpy as np
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.special import expit, log_expit
from sklearn.metrics import log_loss

import helpers

from .test_bad_inputs import LIMIT, SURFACE, TABLE

#: derandomize: the same examples on every run, so CI cannot turn red by the luck of a draw.
SETTINGS = settings(max_examples=150, deadline=None, database=None, derandomize=True)

finite = st.floats(allow_nan=False, allow_infinity=False)
any_float = st.floats(allow_nan=True, allow_infinity=True)
in_range = st.floats(-LIMIT, LIMIT)  # the supported range of values that enter a product
moderate = st.floats(-30.0, 30.0)
UNIT = st.floats(-1.0, 1.0).filter(lambda v: v == 0.0 or abs(v) > 1e-3)


def float_vectors(elements=finite, size=(1, 6)):
    return st.integers(*size).flatmap(lambda m: arrays(np.float64, m, elements=elements))


def labels(m: int):
    return arrays(np.float64, m, elements=st.sampled_from([0.0, 1.0]))


def exact(value) -> Fraction:
    return Fraction(float(value))


def products(W: np.ndarray, row: np.ndarray) -> list[Fraction]:
    """The exact products w_j x_j of one sample."""
    return [exact(w) * exact(x) for w, x in zip(W, row, strict=True)]


def exact_logits(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    """z = X @ W exactly (rational arithmetic), rounded once to float."""
    return np.array([float(sum(products(W, row))) for row in X])


def rounding_scale(W: np.ndarray, X: np.ndarray) -> float:
    """max_i Σ_j |w_j x_ij|: X @ W in floating point is off by a few eps times this."""
    return max(float(sum(abs(p) for p in products(W, row))) for row in X)


def exact_mean(values) -> float:
    return float(sum((exact(v) for v in values), Fraction(0)) / len(values))


# ----------------------------------------------------------------------------- σ, σ', softplus
def reference_sigma(z: np.ndarray) -> np.ndarray:
    """expit, except below z = -709 where expit flushes σ to 0 (its e^(-z) overflows) while
    the true σ(z) = e^z / (1 + e^z) is e^z in floating point, down to 5e-324."""
    with np.errstate(under="ignore"):
        return np.where(z < -709.0, np.exp(np.minimum(z, 0.0)), expit(z))


@SETTINGS
@given(float_vectors(any_float))
@example(np.array([-710.0, -720.0, -745.0]))  # σ subnormal: expit gives 0 here, σ does not
def test_sigmoid_matches_expit_to_two_ulp(z):
    result = helpers.sigmoid(z)
    expected = reference_sigma(z)
    ok = ~np.isnan(z)
    assert np.all(np.abs(result[ok] - expected[ok]) <= 2 * np.spacing(expected[ok]))


@SETTINGS
@given(any_float)
def test_sigmoid_of_a_scalar_is_a_float_in_0_1(z):
    result = helpers.sigmoid(z)
    assert isinstance(result, float)
    assert math.isnan(result) if math.isnan(z) else 0.0 <= result <= 1.0


@SETTINGS
@given(float_vectors(any_float))
@example(np.array([np.nan]))
@example(np.array([np.nan, 0.0, -np.inf, np.inf, 1e308]))
def test_nan_in_nan_out_and_nowhere_else(z):
    """σ, σ' and softplus: NaN exactly where the input is NaN, for scalars and arrays."""
    for function in (helpers.sigmoid, helpers.sigmoid_derivative, helpers.softplus):
        result = function(z)
        assert np.array_equal(np.isnan(result), np.isnan(z)), (function.__name__, z, result)
        for value in z:
            assert math.isnan(function(float(value))) == math.isnan(value), function.__name__


@SETTINGS
@given(float_vectors(any_float))
@example(np.array([0.0, 1e-14, -1e-14, 40.0, 710.0, -np.inf, np.inf]))
def test_sigmoid_derivative_is_sigma_times_sigma_of_minus_z_within_0_and_a_quarter(z):
    z = z[~np.isnan(z)]
    result = helpers.sigmoid_derivative(z)
    assert np.all((result >= 0.0) & (result <= 0.25))
    with np.errstate(under="ignore"):
        expected = reference_sigma(z) * reference_sigma(-z)
    assert np.all(np.abs(result - expected) <= 4 * np.spacing(np.maximum(expected, 1e-300)))


@SETTINGS
@given(float_vectors(any_float))
def test_softplus_is_minus_log_expit_and_logaddexp(t):
    # log σ(z) = −softplus(−z): scipy's log_expit is the reference (NaN and ±inf included)
    result = helpers.softplus(t)
    np.testing.assert_allclose(result, -log_expit(-t), rtol=4e-16, atol=1e-300)
    with np.errstate(invalid="ignore"):  # numpy's logaddexp itself warns on NaN; softplus must not
        reference = np.logaddexp(0.0, t)
    np.testing.assert_allclose(result, reference, rtol=4e-16, atol=1e-300)


# ----------------------------------------------------------------------------- costs
@SETTINGS
@given(
    st.integers(1, 6).flatmap(
        lambda m: st.tuples(labels(m), arrays(np.float64, m, elements=finite))
    )
)
@example((np.array([0.0, 0.0]), np.array([1.7e308, 1.7e308])))  # a sum of the terms overflows
@example((np.zeros(3), np.full(3, np.finfo(float).max)))  # so does a sum of e/m, by rounding
def test_cross_entropy_from_logits_is_exact_for_every_finite_z(case):
    y, z = case
    terms = np.where(y == 1, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))
    expected = exact_mean(terms)  # each term is finite, so is their mean
    result = helpers.cross_entropy_from_logits(y, z)
    assert math.isfinite(result)
    assert result == pytest.approx(expected, rel=1e-14, abs=1e-300)


def test_the_stable_formulas_are_exact_for_huge_finite_inputs(strict_numpy):
    assert helpers.cross_entropy_from_logits([0, 0], [1e308, 1e308]) == 1e308
    assert helpers.cross_entropy_from_logits([1], [-1e308]) == 1e308
    assert helpers.cross_entropy_from_logits([1, 0], [1e308, -1e308]) == 0.0
    expected = exact_mean([1.7e308, 1e292])
    assert helpers.cross_entropy_from_logits([0, 1], [1.7e308, -1e292]) == expected
    assert helpers.softplus(1e308) == 1e308 and helpers.softplus(-1e308) == 0.0
    assert helpers.sigmoid(1e308) == 1.0 and helpers.sigmoid(-1e308) == 0.0
    assert helpers.sigmoid(-740.0) == math.exp(-740.0) > 0.0  # subnormal, not flushed to 0
    assert helpers.sigmoid_derivative(np.array([-1e308, 1e308])).tolist() == [0.0, 0.0]


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


def weights_data_labels(elements=in_range):
    """(W, X, y): 1 to 4 samples of 1 to 3 features and a bias column, values in range."""
    return st.tuples(st.integers(1, 4), st.integers(1, 3)).flatmap(
        lambda shape: st.tuples(
            arrays(np.float64, shape[1] + 1, elements=elements),
            arrays(np.float64, (shape[0], shape[1] + 1), elements=elements),
            labels(shape[0]),
        )
    )


@SETTINGS
@given(weights_data_labels())
@example((np.array([LIMIT, LIMIT]), np.array([[LIMIT, LIMIT]]), np.array([0.0])))
def test_cross_entropy_of_weights_is_the_true_value_over_the_range(case):
    W, X, y = case
    z = exact_logits(W, X)  # the exact z, rounded once
    terms = np.where(y == 1, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))
    # the cost's input is X @ W in floating point: allow the rounding of each product and the sum
    slack = rounding_scale(W, X) * 8 * np.finfo(float).eps
    result = helpers.cross_entropy_of_weights(W, X, y)
    expected = exact_mean(terms)
    assert math.isfinite(result)
    assert abs(result - expected) <= 1e-13 * abs(expected) + slack + 1e-300


@SETTINGS
@given(
    st.integers(1, 6).flatmap(
        lambda m: st.tuples(
            arrays(np.float64, m, elements=in_range), arrays(np.float64, m, elements=in_range)
        )
    )
)
@example((np.array([LIMIT] * 3), np.array([-LIMIT] * 3)))
def test_sse_and_mse_are_exact_over_the_range(case):
    y, y_hat = case
    half_squares = sum(
        Fraction(1, 2) * (exact(a) - exact(b)) ** 2 for a, b in zip(y, y_hat, strict=True)
    )
    assert helpers.sse(y, y_hat) == pytest.approx(float(half_squares), rel=1e-13, abs=1e-300)
    assert helpers.mse(y, y_hat) == pytest.approx(
        float(half_squares / len(y)), rel=1e-13, abs=1e-300
    )


# ----------------------------------------------------------------------------- X·W
@SETTINGS
@given(weights_data_labels())
def test_hypothesis_predict_and_gradient_are_true_over_the_range(case):
    W, X, y = case
    z = exact_logits(W, X)
    scale = rounding_scale(W, X)
    h = helpers.hypothesis(W, X)
    # z is X @ W in floating point: σ moves by at most |Δz| / 4 ≤ eps · Σ|w x| (capped at 1)
    np.testing.assert_allclose(h, expit(z), rtol=1e-12, atol=min(scale * 1e-15, 1.0) + 1e-300)
    clear = np.abs(z) > 8 * np.finfo(float).eps * scale  # sign not within rounding of 0
    np.testing.assert_array_equal(helpers.predict(W, X)[clear], (z >= 0)[clear])
    g = helpers.gradient(W, X, y)
    assert g.shape == W.shape and np.all(np.isfinite(g))


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
    st.tuples(st.integers(1, 6), st.integers(1, 3), st.integers(-150, 166)).flatmap(
        lambda shape: st.tuples(
            arrays(np.float64, (shape[0], shape[1]), elements=UNIT), st.just(shape[2])
        )
    )
)
def test_lipschitz_constant_matches_the_spectral_norm_at_any_scale_in_range(case):
    unit, exponent = case
    assume(np.any(unit != 0))
    X = unit * 2.0**exponent  # exact scaling by a power of two: |X| up to 2^166 ≈ 9e49
    expected = np.linalg.norm(unit, 2) ** 2 / (4 * len(unit)) * 2.0 ** (2 * exponent)  # by SVD
    assert helpers.going_further.lipschitz_constant(X) == pytest.approx(expected, rel=1e-10)


# ----------------------------------------------------------------------------- the range rule
#: Every (function, parameter) of the public surface whose array enters a product, up to LIMIT.
IN_PRODUCTS = sorted(
    (name, param)
    for name, entry in TABLE.items()
    if isinstance(entry, dict)
    for param, arg in entry.items()
    if arg.kind == "array" and arg.limit == LIMIT
)


def test_the_range_rule_covers_the_products():
    """The list below is not empty by accident: W, X and the weights of the output layer."""
    names = {name for name, _ in IN_PRODUCTS}
    assert {"hypothesis", "gradient", "fit", "output_layer_gradient", "sse"} <= names
    assert ("going_further.lipschitz_constant", "X") in IN_PRODUCTS


@SETTINGS
@given(st.sampled_from(IN_PRODUCTS), st.floats(1.0, LIMIT), st.floats(LIMIT, 1e308))
@example(("hypothesis", "W"), LIMIT, np.nextafter(LIMIT, np.inf))
def test_values_up_to_the_limit_are_accepted_and_beyond_refused_by_name(target, inside, beyond):
    name, param = target
    assume(beyond > LIMIT)
    entry = TABLE[name]
    arguments = {p: arg.value() for p, arg in entry.items()}
    base = arguments[param]
    for size in (inside, -inside):
        arguments[param] = base * (size / np.max(np.abs(base)))
        arguments[param].flat[np.argmax(np.abs(base))] = size  # exactly `size`, no rounding
        try:
            assert SURFACE[name](**arguments) is not None
        finally:
            plt.close("all")
    arguments[param] = base.copy()
    arguments[param].flat[0] = beyond
    with pytest.raises(ValueError, match=f"`{param}` holds .*up to 1e\\+50"):
        SURFACE[name](**arguments)
