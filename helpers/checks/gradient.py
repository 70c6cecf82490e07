"""Checks for notebook 04's exercises (use as ``from helpers.checks import gradient as check``)."""

from __future__ import annotations

import numpy as np

from .. import backprop, training
from ..logistic import sigma
from ._exercise import Exercise, Slip, check, close, scale_slips
from ._feedback import Feedback

__all__ = ["gradient_function", "gradient_step", "sse_output_gradient"]


def _problem(seed: int, m: int, n: int):
    """W (n + 1,), X (m, n + 1) with the bias column, y (m,) with both labels; m != n + 1."""
    rng = np.random.default_rng(seed)
    X = np.column_stack([np.ones(m), rng.normal(0.0, 1.5, size=(m, n))])
    y = (np.arange(m) % 2).astype(float)
    rng.shuffle(y)
    return rng.normal(0.0, 1.0, size=n + 1), X, y


_PROBLEMS = (_problem(40, 7, 2), _problem(41, 12, 3), _problem(42, 25, 1), _problem(43, 9, 4))


def _gradient(W, X, y) -> np.ndarray:
    return -(X.T @ (y - sigma(X @ W))) / len(y)


def _shown(args, right, got) -> dict:
    """The answer and the right one, to 4 decimals, for a catch-all hint."""
    return {"got": np.round(got, 4).tolist(), "expected": np.round(right, 4).tolist()}


def _m(W, X, y, *rest) -> int:
    return len(y)


def _slope(z: np.ndarray) -> np.ndarray:
    return sigma(z) * sigma(-z)


def _sse(W, X, y) -> np.ndarray:
    """The squared error's gradient Σ (ŷ − y) σ'(z) x: what keeps the factor σ'."""
    z = X @ W
    return X.T @ ((sigma(z) - y) * sigma(z) * sigma(-z))


#: What the three exercises share: relative 1e-9 (an absolute 1e-13 where an entry is 0).
_VECTORS = {"rtol": 1e-9, "floor": 1e-13, "shape_key": "gradient.wrong_shape", "example": _shown}

_GRADIENT = Exercise(
    **_VECTORS,
    cases=_PROBLEMS,
    reference=_gradient,
    correct_key="gradient.correct",
    wrong_key="gradient.wrong",
    ready_made=(
        training.gradient,
        training.evaluator,
        training.numerical_gradient,
        backprop.output_layer_gradient,
    ),
    slips=(
        Slip(
            "gradient.divided_by_columns", lambda W, X, y: _gradient(W, X, y) * len(y) / X.shape[1]
        ),
        Slip("gradient.sign_and_m", lambda W, X, y: -len(y) * _gradient(W, X, y)),
        *scale_slips(_gradient, _m, negative="gradient.sign"),
        Slip("gradient.linear", lambda W, X, y: -(X.T @ (y - X @ W)) / len(y)),
        Slip("gradient.linear", lambda W, X, y: (X.T @ (y - X @ W)) / len(y)),
        Slip("gradient.sse_factor", lambda W, X, y: _sse(W, X, y) / len(y)),
        Slip("gradient.sse_factor", lambda W, X, y: _sse(W, X, y)),
        Slip("gradient.labels", lambda W, X, y: -(X.T @ (y - (X @ W >= 0))) / len(y)),
        Slip(
            "gradient.derivative_not_sigma", lambda W, X, y: -(X.T @ (y - _slope(X @ W))) / len(y)
        ),
    ),
)


def gradient_function(my_gradient) -> Feedback:
    """Exercise 1: ``my_gradient(W, X, y)`` = −(1/m) Xᵀ(y − ŷ), ŷ = σ(XW), to 1e-9 relative,
    on four data sets of different sizes (m never n + 1)."""
    return check(my_gradient, _GRADIENT)


_RATES = (0.37, 1.3, 0.05, 2.5)  # never 0.5, the notebook's own eta


def _step(W, X, y, rate) -> np.ndarray:
    return W - rate * _gradient(W, X, y)


def _fixed_rate(W, X, y, rate, got) -> float | None:
    """c if the answer is W − c ∇J for one constant c other than the learning rate."""
    g = _gradient(W, X, y)
    c = float((W - got) @ g / (g @ g))
    return c if abs(c - rate) > 1e-6 and close(got, W - c * g, 1e-9, 1e-13) else None


def _one_by_one(W, X, y, rate) -> np.ndarray:
    """The weights updated one at a time, each with a gradient that already uses the new ones."""
    W = W.copy()
    for j in range(len(W)):
        W[j] -= rate * _gradient(W, X, y)[j]
    return W


def _epochs(W, X, y, rate, got) -> set | None:
    """The n > 1 (up to 1000) for which the answer is n steps of gradient descent from W."""
    found = set()
    for n in range(1, 1001):
        W = _step(W, X, y, rate)
        if n > 1 and close(got, W, 1e-9, 1e-13):
            found.add(n)
    return found or None


_STEP = Exercise(
    cases=tuple((*problem, rate) for problem, rate in zip(_PROBLEMS, _RATES, strict=True)),
    **_VECTORS,
    reference=_step,
    correct_key="gradient.step_correct",
    wrong_key="gradient.step_wrong",
    ready_made=(training.fit, training.descend),
    slips=(
        Slip("gradient.step_returned_old", lambda W, X, y, rate: W),
        Slip("gradient.step_uphill", lambda W, X, y, rate: W + rate * _gradient(W, X, y)),
        Slip("gradient.step_rate_on_w", lambda W, X, y, rate: rate * W - _gradient(W, X, y)),
        Slip(
            "feedback.divided_twice",
            lambda W, X, y, rate: W - rate * _gradient(W, X, y) / len(y),
            details=lambda W, X, y, rate, got: {"m": len(y)},
        ),
        Slip("gradient.step_not_simultaneous", lambda W, X, y, rate: _one_by_one(W, X, y, rate)),
        Slip("gradient.step_sse", lambda W, X, y, rate: W - rate * _sse(W, X, y)),
        Slip("gradient.step_sse", lambda W, X, y, rate: W - rate * _sse(W, X, y) / len(y)),
        Slip(
            "gradient.step_many",
            matches=_epochs,
            member="n",
        ),
        Slip("gradient.step_no_rate", lambda W, X, y, rate: W - _gradient(W, X, y)),
        Slip("gradient.step_change_only", lambda W, X, y, rate: -rate * _gradient(W, X, y)),
        Slip("gradient.step_change_only", lambda W, X, y, rate: rate * _gradient(W, X, y)),
        Slip("gradient.step_change_only", lambda W, X, y, rate: _gradient(W, X, y)),
        Slip(
            "gradient.step_no_one_over_m",
            lambda W, X, y, rate: W - rate * len(y) * _gradient(W, X, y),
        ),
        Slip(
            "feedback.m_plus_one",
            lambda W, X, y, rate: W - rate * _gradient(W, X, y) * len(y) / (len(y) + 1),
            details=lambda W, X, y, rate, got: {"m": len(y), "m1": len(y) + 1},
        ),
        Slip(
            "gradient.step_fixed_rate",
            matches=_fixed_rate,
            details=lambda *args: {"rate": args[3]},
            member="c",
        ),
    ),
)


def gradient_step(my_step) -> Feedback:
    """Exercise 2: ``my_step(W, X, y, learning_rate)`` returns W − η ∇J (new weights; the
    caller's W unchanged), to 1e-9 relative, with four learning rates (never 0.5)."""
    return check(my_step, _STEP)


def _layer(seed: int, n_out: int, n_hidden: int, m: int):
    """W2 (n_out, n_hidden), A1 (n_hidden, m) in (0, 1), Y (n_out, m) with both labels."""
    rng = np.random.default_rng(seed)
    A1 = sigma(rng.normal(0.0, 2.0, size=(n_hidden, m)))
    W2 = rng.normal(0.0, 1.5, size=(n_out, n_hidden))
    Y = (rng.random((n_out, m)) < 0.5).astype(float)
    Y[:, 0], Y[:, 1] = 0.0, 1.0
    return W2, A1, Y


def _parts(W2, A1, Y):
    Y_hat = sigma(W2 @ A1)
    return Y - Y_hat, Y_hat * sigma(-(W2 @ A1)), Y_hat  # E, g'(Z), Ŷ


def _delta(W2, A1, Y) -> np.ndarray:
    E, g, _ = _parts(W2, A1, Y)
    return -(E * g) @ A1.T


def _logit(Y_hat: np.ndarray) -> np.ndarray:
    """z back from ŷ = σ(z)."""
    return np.log(Y_hat) - np.log1p(-Y_hat)


def _no_sigmoid(W2, A1, Y) -> np.ndarray:
    """ΔW2 with Ŷ = Z itself: the sigmoid forgotten."""
    Z = W2 @ A1
    return -((Y - Z) * Z * (1 - Z)) @ A1.T


def _z_not_sigma(W2, A1, Y) -> np.ndarray:
    """ΔW2 with g'(Z) written Z (1 − Z): σ forgotten in the slope only."""
    Z = W2 @ A1
    return -((Y - sigma(Z)) * Z * (1 - Z)) @ A1.T


def _error_without_sigmoid(W2, A1, Y) -> np.ndarray:
    """ΔW2 with E = Y − Z (σ forgotten in the output) and the right g'(Z)."""
    Z = W2 @ A1
    return -((Y - Z) * sigma(Z) * sigma(-Z)) @ A1.T


def _divided(W2, A1, Y, got) -> int | None:
    """k if the answer is ΔW2 / k for a whole k >= 2 (a 1/m the SSE does not have)."""
    ratio = _delta(W2, A1, Y).ravel()[0] / got.ravel()[0] if got.ravel()[0] else 0
    k = round(ratio) if np.isfinite(ratio) else 0
    return k if k >= 2 and close(got * k, _delta(W2, A1, Y), 1e-9, 1e-13) else None


def _with_parts(formula):
    """A slip written in E, g'(Z), Ŷ and A1, as a function of the exercise's (W2, A1, Y)."""
    return lambda W2, A1, Y: formula(*_parts(W2, A1, Y), A1)


_DELTA = Exercise(
    # m never 5 or 6, the notebook's own m: a divisor left over from it cannot pass
    cases=(_layer(50, 2, 3, 7), _layer(51, 1, 2, 4), _layer(52, 3, 4, 8), _layer(53, 2, 4, 3)),
    **{**_VECTORS, "shape_key": "gradient.delta_shape"},
    reference=_delta,
    correct_key="gradient.delta_correct",
    wrong_key="gradient.delta_wrong",
    ready_made=(backprop.output_layer_gradient,),
    slips=(
        *(
            Slip(key, _with_parts(formula))
            for key, formula in (
                ("gradient.delta_sign", lambda E, g, Y_hat, A1: (E * g) @ A1.T),
                ("gradient.delta_no_slope", lambda E, g, Y_hat, A1: -E @ A1.T),
                ("gradient.delta_cross_entropy", lambda E, g, Y_hat, A1: -(E @ A1.T) / A1.shape[1]),
                (
                    "gradient.delta_one_over_m",
                    lambda E, g, Y_hat, A1: -(E * g) @ A1.T / A1.shape[1],
                ),
                ("gradient.delta_times_sigma", lambda E, g, Y_hat, A1: -(E * Y_hat) @ A1.T),
                ("gradient.delta_one_minus", lambda E, g, Y_hat, A1: -(E * (1 - Y_hat)) @ A1.T),
                (
                    "gradient.delta_derivative_of_y_hat",
                    lambda E, g, Y_hat, A1: -(E * sigma(Y_hat) * sigma(-Y_hat)) @ A1.T,
                ),
                ("gradient.delta_two_missing", lambda E, g, Y_hat, A1: E @ A1.T),
                ("gradient.delta_product_order", lambda E, g, Y_hat, A1: -(E @ A1.T) * (g @ A1.T)),
                (
                    "gradient.delta_one_minus_z",
                    lambda E, g, Y_hat, A1: -(E * Y_hat * (1 - _logit(Y_hat))) @ A1.T,
                ),
                ("gradient.delta_half", lambda E, g, Y_hat, A1: -0.5 * (E * g) @ A1.T),
                (
                    "gradient.delta_typo_y",
                    lambda E, g, Y_hat, A1: -(E * Y_hat * (1 - Y_hat - E)) @ A1.T,
                ),
                (
                    "gradient.delta_sums_apart",
                    lambda E, g, Y_hat, A1: -np.outer((E * g).sum(axis=1), A1.sum(axis=1)),
                ),
                ("gradient.delta_two", lambda E, g, Y_hat, A1: -2.0 * (E * g) @ A1.T),
            )
        ),
        Slip("gradient.delta_no_sigmoid", _no_sigmoid),
        Slip("gradient.delta_no_sigmoid", _error_without_sigmoid),
        Slip("gradient.delta_z_not_sigma", _z_not_sigma),
        Slip(
            "gradient.delta_divided",
            matches=_divided,
            member="k",
        ),
    ),
)


def sse_output_gradient(my_delta_w2) -> Feedback:
    """Exercise 3: ``my_delta_w2(W2, A1, Y)`` = −(E ∗ g'(Z)) A1ᵀ, Z = W2 A1, E = Y − σ(Z), to 1e-9
    relative, for four layer shapes."""
    return check(my_delta_w2, _DELTA)
