"""Checks for notebook 04's exercises (use as ``from helpers.checks import gradient as check``)."""

from __future__ import annotations

import numpy as np

from ..backprop import output_layer_gradient
from ..logistic import add_bias, sigmoid, sigmoid_derivative
from ..messages import text as _text
from ..training import gradient
from ._feedback import (
    Feedback,
    call_learner,
    correct,
    divided_by_m_plus_one,
    learner_numbers,
    not_yet,
    quietly,
)

__all__ = ["gradient_function", "gradient_step", "sse_output_gradient"]


def _problem(seed: int, m: int, n: int):
    """A random problem: W (n + 1,), X (m, n + 1) with the bias column, y (m,) of both labels."""
    rng = np.random.default_rng(seed)
    X = add_bias(rng.normal(0.0, 1.5, size=(m, n)))
    W = rng.normal(0.0, 1.0, size=n + 1)
    y = (np.arange(m) % 2).astype(float)
    rng.shuffle(y)
    return W, X, y


# m != n + 1 everywhere, so that a transposed product fails instead of passing by accident.
_PROBLEMS = (_problem(40, 7, 2), _problem(41, 12, 3))


def _call_for_vector(function, args, shape, what: str):
    """Call the learner's function; ``(array, None)`` for numbers of ``shape``, else a hint."""
    result, caught, problem = call_learner(function, *args)
    if problem is not None:
        return None, problem
    array, problem = learner_numbers(result, what, shape, "gradient.wrong_shape", thing=_text(what))
    if problem is None and caught:
        return None, not_yet("feedback.warned", warning=caught[0])
    return array, problem


def _constant_factor(array: np.ndarray, expected: np.ndarray) -> float | None:
    """c if ``array`` = c · ``expected`` for one positive c != 1, else None."""
    if not np.all(np.abs(expected) > 1e-12):
        return None
    ratios = array / expected
    c = float(ratios[0])
    if c > 0 and not np.isclose(c, 1.0) and np.allclose(ratios, c, rtol=1e-9):
        return c
    return None


def _same(array, target) -> bool:
    return np.allclose(array, target, rtol=1e-9, atol=1e-12)


@quietly
def _gradient_hint(array, expected, W, X, y) -> Feedback | None:
    """The hint for a gradient that is off, or None if it is right."""
    m = len(y)
    if _same(array, expected):
        return None
    if _same(array, -expected):
        return not_yet("gradient.sign")
    if _same(array, m * expected):
        return not_yet("gradient.no_one_over_m", m=m)
    if _same(array, -m * expected):
        return not_yet("gradient.sign_and_m")
    if divided_by_m_plus_one(array, expected, m):
        return not_yet("feedback.m_plus_one", m=m, m1=m + 1)
    if _same(array, expected * m / X.shape[1]):
        return not_yet("gradient.divided_by_columns", n=X.shape[1])
    factor = _constant_factor(array, expected)
    if factor is not None:
        return not_yet("gradient.factor", factor=factor, m=m)
    if _same(array, -(X.T @ (y - X @ W)) / m):
        return not_yet("gradient.linear")
    y_hat = sigmoid(X @ W)
    if _same(array, X.T @ ((y_hat - y) * y_hat * (1 - y_hat)) / m):
        return not_yet("gradient.sse_factor")
    return not_yet("gradient.wrong")


def gradient_function(my_gradient) -> Feedback:
    """Exercise 1: ``my_gradient(W, X, y)`` = −(1/m) Xᵀ(y − ŷ), ŷ = σ(XW)."""
    for W, X, y in _PROBLEMS:
        expected = gradient(W, X, y)
        args = (W.copy(), X.copy(), y.copy())
        array, problem = _call_for_vector(my_gradient, args, expected.shape, "gradient.what")
        if problem is None:
            problem = _gradient_hint(array, expected, W, X, y)
        if problem is not None:
            return problem
    return correct("gradient.correct", array)


def gradient_step(my_step) -> Feedback:
    """Exercise 2: ``my_step(W, X, y, learning_rate)`` returns W + η (1/m) Xᵀ(y − ŷ).

    The step must return new weights and leave the caller's W as it was: an in-place
    ``W -= ...`` is reported (`call_learner` compares the arguments before and after).
    """
    for rate, (W, X, y) in zip((0.5, 0.1), _PROBLEMS, strict=True):
        grad = gradient(W, X, y)
        args = (W.copy(), X.copy(), y.copy(), rate)
        array, problem = _call_for_vector(my_step, args, W.shape, "gradient.what_weights")
        if problem is not None:
            return problem
        problem = _step_hint(array, W, grad, rate, len(y))
        if problem is not None:
            return problem
    return correct("gradient.step_correct", array)


@quietly
def _step_hint(array, W, grad, rate: float, m: int) -> Feedback | None:
    """The hint for new weights that are off, or None if they are W − η ∇J."""
    if _same(array, W - rate * grad):
        return None
    if _same(array, W + rate * grad):
        return not_yet("gradient.step_uphill")
    if _same(array, W - grad):
        return not_yet("gradient.step_no_rate")
    if _same(array, grad) or _same(array, -rate * grad):
        return not_yet("gradient.step_change_only")
    if _same(array, W - rate * m * grad):
        return not_yet("gradient.step_no_one_over_m")
    if divided_by_m_plus_one(array - W, -rate * grad, m):
        return not_yet("feedback.m_plus_one", m=m, m1=m + 1)
    return not_yet("gradient.step_wrong")


def _layer(seed: int):
    """A small output layer with columns as samples: A1 (3, 5), W2 (2, 3), Y (2, 5)."""
    rng = np.random.default_rng(seed)
    A1 = sigmoid(rng.normal(0.0, 2.0, size=(3, 5)))
    W2 = rng.normal(0.0, 1.5, size=(2, 3))
    Y = (rng.random((2, 5)) < 0.5).astype(float)
    Y[0, 0], Y[1, 0] = 0.0, 1.0  # both labels present
    return W2, A1, Y


@quietly
def _delta_w2_hint(array, expected, W2, A1, Y) -> Feedback | None:
    """The hint for an SSE ΔW2 that is off, or None if it is right."""
    if _same(array, expected):
        return None
    Z = W2 @ A1
    Y_hat = sigmoid(Z)
    E = Y - Y_hat
    slope = Y_hat * (1 - Y_hat)
    m = A1.shape[1]
    hints = (
        (-expected, "gradient.delta_sign"),
        (-E @ A1.T, "gradient.delta_no_slope"),
        (-(E @ A1.T) / m, "gradient.delta_cross_entropy"),
        (expected / m, "gradient.delta_one_over_m"),
        (-(E * Y_hat) @ A1.T, "gradient.delta_times_sigma"),
        (-(E * sigmoid_derivative(Y_hat)) @ A1.T, "gradient.delta_derivative_of_y_hat"),
        (E @ A1.T, "gradient.delta_two_missing"),
        (-(E @ A1.T) * (slope @ A1.T), "gradient.delta_product_order"),
    )
    for target, key in hints:
        if _same(array, target):
            return not_yet(key)
    return not_yet("gradient.delta_wrong")


def sse_output_gradient(my_delta_w2) -> Feedback:
    """Exercise 3: ``my_delta_w2(W2, A1, Y)`` = −(E ∗ g'(Z)) A1ᵀ with Z = W2 A1, E = Y − σ(Z)."""
    for seed in (50, 51):
        W2, A1, Y = _layer(seed)
        expected = output_layer_gradient(W2, A1, Y, "sse")
        result, caught, problem = call_learner(my_delta_w2, W2.copy(), A1.copy(), Y.copy())
        if problem is not None:
            return problem
        array, problem = learner_numbers(result, "gradient.what_matrix")
        if problem is not None:
            return problem
        if array.shape == expected.T.shape and array.shape != expected.shape:
            return not_yet("gradient.delta_transposed", got=array.shape, shape=W2.shape)
        if array.shape != expected.shape:
            return not_yet("gradient.delta_shape", got=array.shape, shape=W2.shape)
        if caught:
            return not_yet("feedback.warned", warning=caught[0])
        problem = _delta_w2_hint(array, expected, W2, A1, Y)
        if problem is not None:
            return problem
    return correct("gradient.delta_correct", array)
