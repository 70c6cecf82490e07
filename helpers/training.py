"""The gradient of the cross entropy, gradient checks, and gradient descent (경사하강법).

Notation follows the lecture: X holds one sample per row with the bias column x0 = 1 first
(`add_bias`), W = [w0, w1, ..., wn], z = WX = ``X @ W``, ŷ = a = σ(z), labels y in {0, 1},
m samples (i = 1, ..., m). The cost is the cross entropy

    J(W) = −(1/m) Σ_{i=1}^{m} [y^{(i)} log ŷ^{(i)} + (1 − y^{(i)}) log(1 − ŷ^{(i)})],

and notebook 04 derives its gradient (기울기) step by step:

    ∂J/∂w_j = −(1/m) Σ_{i=1}^{m} (y^{(i)} − ŷ^{(i)}) x_j^{(i)},   all j at once: −(1/m) Xᵀ(y − ŷ).

Gradient descent repeats w_j := w_j − η ∂J/∂w_j. (A safe η and faster descent, beyond the
lecture, are in `going_further`.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ._validation import (
    positive,
    real_array,
    real_number,
    same_shape,
    sample_labels,
    vector,
    weights_and_samples,
    whole_number,
    with_shape,
)
from .costs import logit_errors
from .logistic import sigma

__all__ = ["fit", "gradient", "numerical_gradient", "race", "relative_error"]

#: The most epochs one run may make (every epoch's weights are kept).
MAX_EPOCHS = 100_000


def gradient(W, X, y) -> np.ndarray:
    r"""The cross entropy's gradient: ∂J/∂w_j = −(1/m) Σ_{i=1}^{m} (y^{(i)} − ŷ^{(i)}) x_j^{(i)}.

    All n + 1 partial derivatives at once: ∇J(W) = −(1/m) Xᵀ(y − ŷ), with ŷ = σ(XW).
    ``W`` is [w0, ..., wn], ``X`` (m, n + 1) holds the bias column first, ``y`` (m,) labels
    0/1. Returns an array of shape (n + 1,).
    """
    W, X = weights_and_samples(W, X)
    y = sample_labels(y, X.shape[0])
    return -(X.T @ (y - sigma(X @ W))) / len(y)


def numerical_gradient(cost, W, eps: float = 1e-5) -> np.ndarray:
    r"""Central differences: ∂f/∂w_j ≈ (f(W + ε e_j) − f(W − ε e_j)) / (2ε), for every entry of W.

    ``cost`` is a function of one argument shaped like ``W``; it may return a number or an
    array. The result has shape ``shape(cost(W)) + shape(W)``: for a cost, the gradient,
    shaped like W; for m values, the (m, n + 1) matrix of slopes. The error is of order ε²
    (truncation) plus 1e-16 / ε (rounding): both about 1e-11 for the default ε = 1e-5, the
    usual best choice in float64. ``W`` itself is left unchanged.
    """
    if not callable(cost):
        raise TypeError(f"`cost` must be a function of W; got {type(cost).__name__}.")
    W = real_array(W, "W").copy()
    eps = real_number(eps, "eps", 1e-100, 1.0)
    if W.size == 0:
        raise ValueError("`W` is empty; it needs at least one weight.")
    slopes = []
    for index in np.ndindex(W.shape):
        saved = W[index]
        W[index] = saved + eps
        plus = _cost_value(cost, W.copy())
        W[index] = saved - eps
        minus = _cost_value(cost, W.copy())
        W[index] = saved
        if plus.shape != minus.shape:
            raise ValueError("`cost` returned values of different shapes near W.")
        slopes.append((plus - minus) / (2.0 * eps))
    stacked = np.stack(slopes, axis=-1)  # (*shape of the cost, number of weights)
    return stacked.reshape(stacked.shape[:-1] + W.shape)


def _cost_value(cost, W: np.ndarray) -> np.ndarray:
    """``cost(W)`` as a float array, or an error that says what the function returned."""
    value = cost(W)
    if value is None:
        raise TypeError("`cost` returned None: a cost function must `return` its value.")
    try:
        return real_array(value, "cost")
    except (TypeError, ValueError) as error:
        raise type(error)(f"{error} (the values `cost` returns near W)") from None


def relative_error(a, b) -> float:
    r"""‖a − b‖ / (‖a‖ + ‖b‖): 0 for equal arrays, 1 when b = −a, and free of scale.

    The usual yardstick of a gradient check: for a correct gradient against central
    differences in float64 it is around 1e-9 or smaller; above 1e-7, suspect a bug.
    0.0 when both are all zeros.
    """
    a, b = real_array(a, "a"), real_array(b, "b")
    same_shape(a, b, "a", "b")
    scale = float(np.linalg.norm(a) + np.linalg.norm(b))
    return float(np.linalg.norm(a - b)) / scale if scale else 0.0


# ----------------------------------------------------------------------------- descent
@dataclass(frozen=True, eq=False)
class FitResult:
    """What `fit` returns.

    ``W``: the final weights [w0, ..., wn]. ``history``: the cost at each epoch's weights,
    ``history[k]`` = J(``weights[k]``), from the start (k = 0) to the end (k = epochs).
    ``weights``: (epochs + 1, n + 1). ``epochs``: the number of updates made. ``converged``:
    whether ‖∇J‖ fell below ``tol`` (training then stopped). ``gradient_norm``: ‖∇J‖ at ``W``.
    """

    W: np.ndarray
    history: np.ndarray
    weights: np.ndarray
    epochs: int
    converged: bool
    gradient_norm: float
    learning_rate: float
    cost: str


def evaluator(X: np.ndarray, y: np.ndarray, cost: str = "cross_entropy"):
    """W ↦ (the cost at W, its gradient), for checked X and y: what each epoch needs.

    ``cost="cross_entropy"``: J and −(1/m) Xᵀ(y − ŷ). ``"sse"``: E = Σ ½ (y − ŷ)², no 1/m,
    and its gradient Σ (ŷ − y) σ'(z) x, which keeps the factor σ'(z) = ŷ(1 − ŷ).
    """
    XT = np.ascontiguousarray(X.T)

    def cross_entropy(W):
        z = X @ W
        return float(np.mean(logit_errors(y, z))), XT @ (sigma(z, fast=True) - y) / len(y)

    def squared_error(W):
        y_hat = sigma(X @ W, fast=True)
        residual = y_hat - y
        return float(0.5 * residual @ residual), XT @ (residual * y_hat * (1.0 - y_hat))

    return cross_entropy if cost == "cross_entropy" else squared_error


def fit_result(points, costs, norm, converged, rate, cost="cross_entropy") -> FitResult:
    """The `FitResult` of a descent that took its gradients at ``points``."""
    weights = np.array(points)
    return FitResult(
        weights[-1].copy(), np.array(costs), weights, len(points) - 1, converged, norm, rate, cost
    )


def descend(evaluate, W0: np.ndarray, epochs: int, tol: float, advance) -> tuple:
    """Gradient descent's loop: each epoch takes the cost and gradient at W, then W :=
    ``advance(W, gradient)``; up to ``epochs`` updates, or until ‖∇‖ < ``tol``.

    Returns (the weights of every epoch, their costs, the last ‖∇‖, converged).
    """
    W, points, costs = W0.copy(), [], []
    with np.errstate(under="ignore"):
        for epoch in range(epochs + 1):
            cost, step = evaluate(W)
            points.append(W)
            costs.append(cost)
            norm = math.sqrt(step @ step)
            if norm < tol or epoch == epochs:
                return points, costs, norm, norm < tol
            W = advance(W, step)


def plain(rate: float):
    """The lecture's update W := W − η ∇J, for `descend`."""
    return lambda W, step: W - rate * step


def check_data(X, y) -> tuple[np.ndarray, np.ndarray]:
    """X (m, n + 1) with its bias column, and labels y (m,)."""
    X = with_shape(real_array(X, "X"), "X", 2, "a 2-D array (m samples, n + 1 columns)")
    return X, sample_labels(y, X.shape[0])


def start(W0, X: np.ndarray) -> np.ndarray:
    """The starting weights: ``W0``, or all zeros."""
    if W0 is None:
        return np.zeros(X.shape[1])
    return vector(W0, "W0", f"one weight per column of X, {X.shape[1]} of them", X.shape[1])


def fit(X, y, learning_rate=0.5, epochs: int = 1000, W0=None, tol: float = 0.0) -> FitResult:
    r"""Gradient descent (경사하강법) on the cross entropy J; returns a `FitResult`.

    Each epoch makes one update with the whole data set, the lecture's rule

        w_j := w_j − η ∂J/∂w_j = w_j + η (1/m) Σ_{i=1}^{m} (y^{(i)} − ŷ^{(i)}) x_j^{(i)},

    starting from ``W0`` (default all zeros), with learning rate η (학습률) ``learning_rate``,
    for ``epochs`` epochs, or until ‖∇J‖ < ``tol`` (default 0: all of them). ``X`` (m, n + 1)
    holds the bias column first, ``y`` (m,) labels 0/1. Within the supported range nothing
    overflows, whatever the step: σ saturates, so one step moves W by at most η max|x|; a step
    too large overshoots the valley and bounces instead (notebook 04).
    """
    X, y = check_data(X, y)
    rate = positive(learning_rate, "learning_rate")
    epochs = whole_number(epochs, "epochs", 0, MAX_EPOCHS)
    tol = positive(tol, "tol", zero=True)
    return fit_result(*descend(evaluator(X, y), start(W0, X), epochs, tol, plain(rate)), rate)


# ----------------------------------------------------------------------------- the race
#: One sample x1 = 1 with label 0, started at W0 = [3.5, 3.5]: z = 7, ŷ = σ(7) ≈ 0.999,
#: confidently wrong, deep in σ's flat part. The target: every |y − ŷ| below 0.1.
RACE_X, RACE_Y, RACE_W0, RACE_TARGET = np.array([[1.0, 1.0]]), np.array([0.0]), [3.5, 3.5], 0.1


@dataclass(frozen=True, eq=False)
class RaceResult:
    """What `race` returns: per cost, its `FitResult`, ŷ per epoch (epochs + 1, m), and the
    first epoch after which every |y − ŷ| < ``target`` (None if never)."""

    fits: dict
    y_hat: dict
    epochs_to_target: dict
    target: float
    learning_rate: float
    y: np.ndarray


def race(epochs: int = 1000, learning_rate=2.0) -> RaceResult:
    r"""Train one unit from the same bad start with the squared error and the cross entropy.

    One sample, x1 = 1 with y = 0, started at ŷ = σ(7) ≈ 0.999 (`RACE_X`, `RACE_Y`, `RACE_W0`),
    plain gradient descent with the same ``learning_rate`` for ``epochs`` epochs. The SSE
    gradient carries σ'(z), about 0.001 there; the cross entropy's does not.
    """
    epochs = whole_number(epochs, "epochs", 0, MAX_EPOCHS)
    rate = positive(learning_rate, "learning_rate", high=100.0)
    fits, y_hats, reached = {}, {}, {}
    for cost in ("sse", "cross_entropy"):
        evaluate = evaluator(RACE_X, RACE_Y, cost)
        run = descend(evaluate, np.array(RACE_W0), epochs, 0.0, plain(rate))
        fitted = fit_result(*run, rate, cost)
        y_hat = sigma(fitted.weights @ RACE_X.T)  # (epochs + 1, m)
        done = np.flatnonzero(np.all(np.abs(RACE_Y - y_hat) < RACE_TARGET, axis=1))
        fits[cost], y_hats[cost] = fitted, y_hat
        reached[cost] = int(done[0]) if done.size else None
    return RaceResult(fits, y_hats, reached, RACE_TARGET, rate, RACE_Y)
