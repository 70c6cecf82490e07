"""The gradient of the cross entropy, gradient checks, and gradient descent (경사하강법).

Notation follows the lecture: X holds one sample per row with the bias column x0 = 1 first
(`add_bias`), W = [w0, w1, ..., wn], z = WX = ``X @ W``, ŷ = a = σ(z), labels y in {0, 1},
m samples (i = 1, ..., m). The cost is the cross entropy

    J(W) = −(1/m) Σ_{i=1}^{m} [y^{(i)} log ŷ^{(i)} + (1 − y^{(i)}) log(1 − ŷ^{(i)})],

and notebook 04 derives its gradient (기울기) step by step:

    ∂J/∂w_j = −(1/m) Σ_{i=1}^{m} (y^{(i)} − ŷ^{(i)}) x_j^{(i)},   all j at once: −(1/m) Xᵀ(y − ŷ).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import _extremes
from ._validation import (
    FLOAT_MAX,
    as_choice,
    as_int,
    as_real_array,
    as_real_number,
    check_binary,
    check_finite,
    check_ndim,
    check_not_empty,
    check_result_finite,
    data_or_default,
)
from .costs import cross_entropy_of_weights, mse_of_weights
from .logistic import _check_weights_and_inputs, _logits, _sigmoid_array

__all__ = [
    "FitResult",
    "RaceResult",
    "compare",
    "fit",
    "gradient",
    "lipschitz_constant",
    "numerical_gradient",
    "race",
    "relative_error",
    "sse_gradient",
]

COSTS = ("cross_entropy", "sse")
METHODS = ("nesterov", "plain")


# ----------------------------------------------------------------------------- validation
def _check_labels(y, m: int) -> np.ndarray:
    y = as_real_array(y, "y")
    check_ndim(y, "y", (1,), "a 1-D array with one label (0 or 1) per sample")
    if y.shape[0] != m:
        raise ValueError(
            f"`y` has {y.shape[0]} labels but `X` has {m} rows; they need one label per sample."
        )
    check_binary(y, "y")
    return y


def _check_problem(W, X, y) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validate W (n + 1,), X (m, n + 1) with its bias column, and y (m,) of 0/1 labels."""
    W, X = _check_weights_and_inputs(W, X)
    return W, X, _check_labels(y, X.shape[0])


def _check_data(X, y) -> tuple[np.ndarray, np.ndarray]:
    X = as_real_array(X, "X")
    check_ndim(X, "X", (2,), "a 2-D array (m samples, n + 1 columns, bias column first)")
    check_not_empty(X, "X")
    check_finite(X, "X")
    return X, _check_labels(y, X.shape[0])


def _check_positive(value, name: str, allow_zero: bool = False) -> float:
    number = as_real_number(value, name, finite=False)
    if not (number >= 0.0 if allow_zero else number > 0.0) or not math.isfinite(number):
        expected = "a finite number >= 0" if allow_zero else "a finite number > 0"
        raise ValueError(f"`{name}` must be {expected}; got {number!r}.")
    return number


#: The most epochs one run may keep (every epoch's weights are stored).
MAX_EPOCHS = 10_000_000


def _check_epochs(epochs, name: str = "epochs") -> int:
    return as_int(epochs, name, minimum=0, maximum=MAX_EPOCHS)


_check_choice = as_choice


# ----------------------------------------------------------------------------- the gradient
def _gradient_sum(X: np.ndarray, y: np.ndarray):
    """W ↦ Σ_i (ŷ^{(i)} − y^{(i)}) x^{(i)} = Xᵀ(ŷ − y) = Xᵀŷ − Xᵀy, ŷ = σ(XW): ∇J without 1/m.

    For `fit`'s loop: Xᵀy is computed once, and σ uses NumPy's fast exp (see
    `_sigmoid_array`) inside fit's ``np.errstate``.
    """
    XT = np.ascontiguousarray(X.T)
    XTy = XT @ y
    return lambda W: XT @ _sigmoid_array(X @ W, fast=True) - XTy


def gradient(W, X, y) -> np.ndarray:
    r"""The cross entropy's gradient: ∂J/∂w_j = −(1/m) Σ_{i=1}^{m} (y^{(i)} − ŷ^{(i)}) x_j^{(i)}.

    All n + 1 partial derivatives at once: ∇J(W) = −(1/m) Xᵀ(y − ŷ), with ŷ = σ(XW).
    ``W`` is [w0, ..., wn], ``X`` (m, n + 1) holds the bias column first, ``y`` (m,) holds
    labels 0/1. Returns an array of shape (n + 1,), finite for every finite input.
    """
    W, X, y = _check_problem(W, X, y)
    m = X.shape[0]
    y_hat = _sigmoid_array(_logits(W, X))
    result = -_extremes.matmul(X.T, y - y_hat, divide_by=m)
    check_result_finite(result, "The gradient")
    return result


def sse_gradient(W, X, y) -> np.ndarray:
    r"""The gradient of the squared error E = Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})², ŷ = σ(XW).

    ∂E/∂w_j = −Σ_i (y^{(i)} − ŷ^{(i)}) σ'(z^{(i)}) x_j^{(i)}: the chain rule through σ leaves
    the factor σ'(z) = σ(z)(1 − σ(z)), which the cross entropy's gradient does not have.
    No 1/m, like the lecture's SSE. Same arguments and shape as `gradient`.
    """
    W, X, y = _check_problem(W, X, y)
    result = _extremes.matmul(X.T, _sse_residual(_logits(W, X), y))
    check_result_finite(result, "The gradient")
    return result


def _sse_residual(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(ŷ − y) σ'(z) per sample, with ŷ = σ(z): Σ_i of it times x^{(i)} is ∂E/∂W."""
    y_hat = _sigmoid_array(z)
    return (y_hat - y) * (y_hat * _sigmoid_array(-z))  # σ'(z) = σ(z) σ(−z), see logistic


def _sse_gradient(W: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    z = X @ W
    y_hat = _sigmoid_array(z)
    slope = y_hat * _sigmoid_array(-z)  # σ'(z) = σ(z)(1 − σ(z)) = σ(z) σ(−z), see logistic
    return X.T @ ((y_hat - y) * slope)


def numerical_gradient(cost, W, eps: float = 1e-5) -> np.ndarray:
    r"""Central differences: ∂f/∂w_j ≈ (f(W + ε e_j) − f(W − ε e_j)) / (2ε), for every entry of W.

    ``cost`` is a function of one argument, an array shaped like ``W``; it may return a
    number or an array. The result has shape ``shape(cost(W)) + shape(W)``: for a cost, the
    gradient, shaped like W; for a vector of m values, the (m, n + 1) matrix of slopes. The
    error is of order ε² (truncation) plus 1e-16 / ε (rounding): both about 1e-11 for the
    default ε = 1e-5, the usual best choice in float64.
    ``W`` itself is left unchanged.
    """
    if not callable(cost):
        raise TypeError(f"`cost` must be a function of W; got {type(cost).__name__}.")
    W = as_real_array(W, "W")
    check_not_empty(W, "W", "weight")
    check_finite(W, "W")
    eps = _check_positive(eps, "eps")
    W = W.copy()
    with np.errstate(over="ignore"):
        shifted = (W + eps, W - eps)
    if not all(np.all(np.isfinite(w)) for w in shifted):
        raise ValueError(f"`W` ± `eps` leaves the float range; use a smaller eps than {eps:g}.")
    columns = []
    for index in np.ndindex(W.shape):
        saved = W[index]
        W[index] = saved + eps
        plus = _cost_value(cost, W.copy())
        W[index] = saved - eps
        minus = _cost_value(cost, W.copy())
        W[index] = saved
        columns.append(_central_difference(plus, minus, eps))
    stacked = np.stack(columns, axis=-1)  # (*shape of the cost, number of weights)
    return stacked.reshape(stacked.shape[:-1] + W.shape)


def _cost_value(cost, W: np.ndarray) -> np.ndarray:
    """``cost(W)`` as a finite float array, or an error that says what the function returned."""
    value = cost(W)
    if value is None:
        raise TypeError(
            "`cost` returned None: a cost function must `return` its value (a forgotten `return`?)."
        )
    try:
        array = as_real_array(value, "cost(W)")
    except (TypeError, ValueError) as exc:
        raise TypeError(f"`cost` must return numbers; {exc}") from None
    if not np.all(np.isfinite(array)):
        raise ValueError(
            "`cost` returned NaN or inf at W ± eps (near the given `W`); it must return finite "
            "numbers there."
        )
    return array


def _central_difference(plus: np.ndarray, minus: np.ndarray, eps: float) -> np.ndarray:
    """(f(W + ε) − f(W − ε)) / (2ε); halved first only when the plain difference overflows."""
    if plus.shape != minus.shape:
        raise ValueError(
            f"`cost` returned values of different shapes, {plus.shape} and {minus.shape}."
        )
    with np.errstate(over="ignore"):
        slope = (plus - minus) / (2.0 * eps)
    if not np.all(np.isfinite(slope)):
        with np.errstate(over="ignore", under="ignore"):
            slope = (0.5 * plus - 0.5 * minus) / eps
        check_result_finite(slope, "A central difference (f(W + eps) - f(W - eps)) / (2 eps)")
    return slope


def relative_error(a, b) -> float:
    r"""‖a − b‖ / (‖a‖ + ‖b‖): 0 for equal arrays, 1 when b = −a, and scale-free.

    The usual yardstick of a gradient check: for a correct gradient against central
    differences in float64 it is around 1e-9 or smaller; above 1e-7, suspect a bug.
    Returns 0.0 when both are all zeros.
    """
    a = as_real_array(a, "a")
    b = as_real_array(b, "b")
    if a.shape != b.shape:
        raise ValueError(
            f"`a` has shape {a.shape} but `b` has shape {b.shape}; compare arrays of one shape."
        )
    check_finite(a, "a")
    check_finite(b, "b")
    with np.errstate(over="ignore", invalid="ignore"):
        scale = float(np.linalg.norm(a) + np.linalg.norm(b))
        error = float(np.linalg.norm(a - b)) / scale if scale else 0.0
    if math.isfinite(error):
        return error
    # a norm or a − b overflowed: the same ratio from a / s and b / s (s a power of two)
    s = float(_extremes._power_of_two(np.concatenate([a.ravel(), b.ravel()])))
    return relative_error(a / s, b / s)


def compare(previous, current, labels=("previous step", "this step"), fmt: str = "+.8f") -> str:
    """Two arrays of the same shape side by side and the largest |difference|, as text.

    For the derivation cells of notebook 04: ``print(helpers.compare(step_3, step_4,
    ("step 3", "step 4")))``. Every number is printed with the explicit format ``fmt``.
    """
    a = np.atleast_1d(as_real_array(previous, "previous"))
    b = np.atleast_1d(as_real_array(current, "current"))
    if a.shape != b.shape:
        raise ValueError(f"`previous` has shape {a.shape} but `current` has shape {b.shape}.")
    check_not_empty(a, "previous", "value")
    check_finite(a, "previous")
    check_finite(b, "current")
    labels = _check_labels_pair(labels)
    fmt = _check_format(fmt)
    width = max(len(label) for label in labels)
    lines = [
        f"{label:<{width}}  [" + ", ".join(f"{v:{fmt}}" for v in values.ravel()) + "]"
        for label, values in zip(labels, (a, b), strict=True)
    ]
    largest = float(np.max(np.abs(_extremes.difference(a, b))))
    shown = f"{largest:.1e}" if math.isfinite(largest) else f"more than {FLOAT_MAX:.1e}"
    lines.append(f"max |difference| = {shown}")
    return "\n".join(lines)


def _check_labels_pair(labels) -> tuple[str, str]:
    """Two strings, one per array of `compare`."""
    if isinstance(labels, str) or not isinstance(labels, (tuple, list)):
        raise TypeError(
            f"`labels` must be a pair of strings, e.g. ('step 3', 'step 4'); got {labels!r}."
        )
    if len(labels) != 2 or not all(isinstance(label, str) for label in labels):
        raise ValueError(
            "`labels` must be two strings, one for `previous` and one for `current`; "
            f"got {labels!r}."
        )
    return labels[0], labels[1]


def _check_format(fmt) -> str:
    """A format spec for one float, as in f"{x:+.8f}" (no '%' and no braces)."""
    if not isinstance(fmt, str):
        raise TypeError(f"`fmt` must be a format spec string such as '+.8f'; got {fmt!r}.")
    try:
        format(0.5, fmt)
    except (ValueError, TypeError):
        raise ValueError(
            f"`fmt` must be a format spec for one number, as after the colon in "
            f"f'{{x:+.8f}}', e.g. '+.8f' or '.4e'; got {fmt!r}."
        ) from None
    return fmt


# ----------------------------------------------------------------------------- descent
def lipschitz_constant(X, cost: str = "cross_entropy") -> float:
    r"""L = λmax(XᵀX) / (4m): no curvature of the cross entropy J(W) is larger, for any W.

    The Hessian of J is (1/m) Xᵀ D X with D = diag(σ'(z)) and σ' <= 1/4, so its largest
    eigenvalue is at most λmax(XᵀX) / (4m): the gradient is L-Lipschitz. A step η = 1/L then
    lowers J at every step (the descent lemma), from any start: it never diverges.
    For ``cost="sse"`` (E = Σ ½ (y − σ(z))², no 1/m) each sample's curvature in z is at most
    max |σ'² + (σ − y)σ''| ≈ 0.077 < 1/4, so L = λmax(XᵀX) / 4 bounds it.
    """
    X = as_real_array(X, "X")
    check_ndim(X, "X", (2,), "a 2-D array (m samples, n + 1 columns, bias column first)")
    check_not_empty(X, "X")
    check_finite(X, "X")
    _check_choice(cost, "cost", COSTS)
    divide_by = 4.0 * (X.shape[0] if cost == "cross_entropy" else 1)
    scale = float(_extremes._power_of_two(X))
    if 1e-100 < scale < 1e100:  # the usual case: XᵀX neither overflows nor underflows
        return float(np.linalg.eigvalsh(X.T @ X)[-1]) / 4.0 / (divide_by / 4.0)
    # λmax(XᵀX) = s² λmax(X'ᵀX') for X' = X / s, a power of two: exact, and X' is of order 1
    scaled = X / scale
    with np.errstate(over="ignore", under="ignore"):
        result = float(np.linalg.eigvalsh(scaled.T @ scaled)[-1]) / divide_by * scale * scale
    check_result_finite(result, "The Lipschitz constant λmax(XᵀX) / (4m) of this `X`")
    return result


@dataclass(frozen=True, eq=False)
class FitResult:
    """What `fit` returns.

    ``W``: the final weights [w0, ..., wn] (bias first). ``history``: the cost after each
    epoch, ``history[k]`` = J(``weights[k]``), from the start (k = 0) to the end (k = epochs).
    ``weights``: (epochs + 1, n + 1), the weights at which each epoch's gradient was taken.
    ``epochs``: the number of updates made. ``converged``: True when the gradient's norm
    fell below ``tol`` (then training stopped early). ``gradient_norm``: ‖∇‖ at ``W``.
    """

    W: np.ndarray
    history: np.ndarray
    weights: np.ndarray
    epochs: int
    converged: bool
    gradient_norm: float
    learning_rate: float
    cost: str
    method: str


def _descend(gradient_sum, W0, step: float, scale: float, epochs: int, tol: float, method: str):
    """The loop shared by both costs: ∇ = scale · gradient_sum(W); W := W − step · ∇.

    ``method="plain"``: W_{k+1} = W_k − η ∇(W_k). ``"nesterov"``: the gradient is taken at a
    look-ahead point V_k = W_k + β_k (W_k − W_{k−1}) (FISTA's β_k), with the momentum reset
    whenever the step goes uphill (adaptive restart, O'Donoghue and Candès 2015). Returns
    the list of points where the gradient was taken, the last gradient's norm, converged.
    """
    x = W0.copy()  # W_k, the plain gradient step's result
    v = W0.copy()  # V_k, where the gradient is taken (= W_k for plain descent)
    t = 1.0
    ratio = tol / scale
    threshold = ratio * ratio  # compare the squared norm of the sum: no sqrt, no scaling
    points = [v]
    rate = step * scale
    for k in range(epochs + 1):
        G = gradient_sum(v)
        squared = float(G @ G)
        if squared < threshold:
            return points, scale * math.sqrt(squared), True
        if k == epochs:
            break
        x_new = v - rate * G
        if method == "plain":
            v = x = x_new
        else:
            d = x_new - x
            if G @ d > 0.0:  # the momentum pushed uphill: restart it
                t, v = 1.0, x_new
            else:
                t_new = 0.5 * (1.0 + math.sqrt(1.0 + 4.0 * t * t))
                v = x_new + ((t - 1.0) / t_new) * d
                t = t_new
            x = x_new
        points.append(v)
    return points, scale * math.sqrt(squared), False


def _costs(weights: np.ndarray, X: np.ndarray, y: np.ndarray, cost: str) -> np.ndarray:
    """J (or E) for every row of ``weights``, from the logits, in blocks to bound memory."""
    block = max(1, 2_000_000 // X.shape[0])
    parts = []
    for start in range(0, len(weights), block):
        stack = weights[start : start + block]
        if cost == "cross_entropy":
            parts.append(np.atleast_1d(cross_entropy_of_weights(stack, X, y)))
        else:  # SSE = m · MSE
            parts.append(X.shape[0] * np.atleast_1d(mse_of_weights(stack, X, y)))
    return np.concatenate(parts)


def fit(
    X,
    y,
    learning_rate=None,
    epochs: int = 100_000,
    W0=None,
    tol: float = 1e-10,
    cost: str = "cross_entropy",
    method: str = "nesterov",
) -> FitResult:
    r"""Gradient descent (경사하강법) on the cost; returns a `FitResult`.

    Each epoch makes one update with the whole data set, the lecture's rule

        w_j := w_j − η ∂J/∂w_j = w_j + η (1/m) Σ_{i=1}^{m} (y^{(i)} − ŷ^{(i)}) x_j^{(i)}

    (``cost="sse"``: w_j := w_j + η Σ_i (y^{(i)} − ŷ^{(i)}) σ'(z^{(i)}) x_j^{(i)}, see
    `sse_gradient`). ``X`` (m, n + 1) holds the bias column first, ``y`` (m,) labels 0/1.

    - ``learning_rate`` η (학습률): default 1/L with L = `lipschitz_constant` (X, cost), the
      largest step that provably lowers the cost at every epoch, on any data.
    - ``epochs``: the most updates to make; ``W0``: the start (default all zeros).
    - ``tol``: stop as soon as ‖∇J‖ < tol (Euclidean norm, so every |∂J/∂w_j| < tol too).
      ``tol=0`` runs all ``epochs``.
    - ``method="plain"``: exactly the rule above. ``"nesterov"`` (default): the same rule and
      the same step, taken from a look-ahead point (Nesterov's momentum, restarted whenever
      it points uphill); far fewer epochs on badly conditioned data. It is still gradient
      descent, one gradient per epoch, but its cost need not fall at every single epoch.

    With the defaults it reaches the maximum-likelihood weights (those of scikit-learn's
    unpenalised L-BFGS) to 1e-6 on every data set of the series.
    """
    X, y = _check_data(X, y)
    cost = _check_choice(cost, "cost", COSTS)
    method = _check_choice(method, "method", METHODS)
    epochs = _check_epochs(epochs)
    tol = _check_positive(tol, "tol", allow_zero=True)
    if W0 is None:
        W0 = np.zeros(X.shape[1])
    else:
        W0 = as_real_array(W0, "W0")
        if W0.shape != (X.shape[1],):
            raise ValueError(
                f"`W0` must hold one starting weight per column of X, shape ({X.shape[1]},); "
                f"got shape {W0.shape}."
            )
        check_finite(W0, "W0")
        W0 = W0.copy()
    default_rate = learning_rate is None
    learning_rate = _default_rate(X, cost) if default_rate else learning_rate
    learning_rate = _check_positive(learning_rate, "learning_rate")
    try:
        # A diverging run fails loudly; e^{-z} -> 0 (underflow) is the right limit of σ.
        with np.errstate(over="raise", invalid="raise", under="ignore"):
            if cost == "cross_entropy":
                gradient_sum, scale = _gradient_sum(X, y), 1.0 / X.shape[0]
            else:
                gradient_sum, scale = (lambda W: _sse_gradient(W, X, y)), 1.0
            points, norm, converged = _descend(
                gradient_sum, W0, learning_rate, scale, epochs, tol, method
            )
    except FloatingPointError:
        if default_rate:
            raise ValueError(
                "Gradient descent overflowed with the default step 1/L: the values of `X` "
                f"(up to {float(np.max(np.abs(X))):.1e}) are too large for float64 "
                "arithmetic; rescale the features, e.g. divide each column by its largest value."
            ) from None
        raise ValueError(
            "Gradient descent diverged (the weights left the float range) with "
            f"`learning_rate` = {learning_rate:g}; use a smaller one, or the default 1/L."
        ) from None
    weights = np.array(points)
    return FitResult(
        W=weights[-1].copy(),
        history=_costs(weights, X, y, cost),
        weights=weights,
        epochs=len(points) - 1,
        converged=converged,
        gradient_norm=norm,
        learning_rate=learning_rate,
        cost=cost,
        method=method,
    )


def _default_rate(X: np.ndarray, cost: str) -> float:
    """η = 1/L, `lipschitz_constant`; an error naming ``X`` when no such float step exists."""
    L = lipschitz_constant(X, cost)
    with np.errstate(over="ignore", divide="ignore"):
        rate = 1.0 / np.float64(L)
    if L == 0.0:
        raise ValueError(
            "`X` is all zeros: the cost does not depend on W, so there is nothing to descend "
            "(and no default learning rate 1/L, as L = 0)."
        )
    if not math.isfinite(rate):
        raise ValueError(
            f"`X` is so close to zero (L = {L:.1e}) that the default learning rate 1/L is "
            "beyond the float range; rescale the features."
        )
    return float(rate)


# ----------------------------------------------------------------------------- the race
#: The race's default: one sample x1 = 1 with label 0, and a start W0 = [3.5, 3.5] that puts
#: it at z = 7, ŷ = σ(7) ≈ 0.999: confidently wrong, deep in σ's flat part.
RACE_X = np.array([[1.0, 1.0]])
RACE_Y = np.array([0.0])
RACE_W0 = np.array([3.5, 3.5])


@dataclass(frozen=True, eq=False)
class RaceResult:
    """What `race` returns: one `FitResult` per cost, and when each got every |y − ŷ| < target.

    ``epochs_to_target[name]`` is the first epoch after which every sample's error
    |y − ŷ| is below ``target`` (None if it never was); ``y_hat[name]`` is ŷ per epoch,
    shape (epochs + 1, m).
    """

    fits: dict
    y_hat: dict
    epochs_to_target: dict
    target: float
    learning_rate: float
    y: np.ndarray


def race(X=None, y=None, W0=None, learning_rate=None, epochs: int = 2000, target: float = 0.1):
    r"""Train the same unit from the same start with the squared error and the cross entropy.

    Both use plain gradient descent with the same learning rate (default: 1/L of the cross
    entropy, `lipschitz_constant`) for ``epochs`` epochs. Without arguments: one sample,
    x1 = 1 with y = 0, started at ŷ = σ(7) ≈ 0.999 (`RACE_X`, `RACE_Y`, `RACE_W0`).
    The SSE gradient carries σ'(z), about 0.001 there; the cross entropy's does not.
    """
    if X is None and y is None and W0 is None:
        W0 = RACE_W0
    X, y = data_or_default(X, y, lambda: (RACE_X, RACE_Y), "the one-sample race is used")
    X, y = _check_data(X, y)
    target = _check_positive(target, "target")
    epochs = _check_epochs(epochs)
    if learning_rate is None:
        learning_rate = _default_rate(X, "cross_entropy")
    fits, y_hats, reached = {}, {}, {}
    for cost in ("sse", "cross_entropy"):
        result = fit(X, y, learning_rate, epochs, W0, tol=0.0, cost=cost, method="plain")
        y_hat = _sigmoid_array(_extremes.matmul(result.weights, X.T))  # (epochs + 1, m)
        done = np.flatnonzero(np.all(np.abs(y - y_hat) < target, axis=1))
        fits[cost], y_hats[cost] = result, y_hat
        reached[cost] = int(done[0]) if done.size else None
    return RaceResult(fits, y_hats, reached, target, fits["sse"].learning_rate, y)
