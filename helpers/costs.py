"""Error and cost functions: SSE and MSE (오차함수 E), and the cross entropy (비용함수 J).

Notation: y the class labels (0 or 1), ŷ = a = h(z) = σ(z) the model's outputs, z = WX the
logits, m the number of samples (i = 1, ..., m). X holds one sample per row with the bias
column x0 = 1 first (`add_bias`), W = [w0, w1, ..., wn].

Every function here is finite and silent (no floating-point warnings) for every valid input,
saturated ones included, and rejects bad input with an error that names the argument:
``TypeError`` for non-numbers, ``ValueError`` for a wrong shape, label, range or a NaN.
"""

from __future__ import annotations

import numpy as np

from . import _extremes
from ._validation import (
    as_int,
    as_real_array,
    check_binary,
    check_finite,
    check_ndim,
    check_not_empty,
    check_probabilities,
    check_result_finite,
    check_same_shape,
    is_scalar_input,
)
from .logistic import _sigmoid_array

__all__ = [
    "categorical_cross_entropy",
    "cross_entropy",
    "cross_entropy_from_logits",
    "cross_entropy_of_weights",
    "cross_entropy_terms",
    "mse",
    "mse_of_weights",
    "one_hot",
    "softplus",
    "sse",
]

#: Probabilities are kept at least EPS away from the wrong end before the log, as
#: ``sklearn.metrics.log_loss`` does, so that a saturated wrong prediction costs
#: −log(EPS) ≈ 36.04 instead of inf.
EPS = float(np.finfo(np.float64).eps)


def _targets_and_outputs(y, y_hat, name_y: str, name_hat: str) -> tuple[np.ndarray, np.ndarray]:
    y = as_real_array(y, name_y)
    y_hat = as_real_array(y_hat, name_hat)
    check_same_shape(y, y_hat, name_y, name_hat)
    check_not_empty(y, name_y)
    return y, y_hat


def sse(y, y_hat) -> float:
    r"""Sum of squared errors, with the lecture's ½: SSE = Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})².

    ``y`` and ``y_hat`` are finite real numbers of the same shape, one per sample. They are not
    restricted to labels and probabilities: SSE is also linear regression's error, where
    ŷ = WX can be any real number.
    """
    return _squared_error(y, y_hat, average=False)


def mse(y, y_hat) -> float:
    r"""Mean of squared errors, with the lecture's ½.

    MSE = (1/m) Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})² = SSE / m. Same inputs as `sse`.
    """
    return _squared_error(y, y_hat, average=True)


def _squared_error(y, y_hat, average: bool) -> float:
    """SSE (or SSE / m) of validated inputs; ``ValueError`` if it is beyond the float range."""
    y, y_hat = _targets_and_outputs(y, y_hat, "y", "y_hat")
    check_finite(y, "y")
    check_finite(y_hat, "y_hat")
    d = _extremes.difference(y, y_hat)
    check_result_finite(d, "A difference y - y_hat")
    total = float(_extremes.half_squares(d))
    if average:  # SSE / m as the formula says; the scaled mean only where SSE overflowed
        mean = (
            total / y.size if np.isfinite(total) else float(_extremes.half_squares(d, average=True))
        )
        check_result_finite(mean, "The MSE")
        return mean
    check_result_finite(total, "The SSE")
    return total


def cross_entropy_terms(y, y_hat) -> np.ndarray:
    r"""Per-sample errors e^{(i)} = −y log(a^{(i)}) − (1 − y) log(1 − a^{(i)}).

    ``y`` holds labels 0/1 and ``y_hat`` probabilities a in [0, 1], same shape. Only the term
    the label selects is evaluated: e = −log(a) for y = 1 and e = −log(1 − a) for y = 0, so a
    perfect prediction costs exactly 0 (no 0 · log 0 = NaN). The probability is kept at least
    EPS from the wrong end first (as `sklearn.metrics.log_loss` clips it), so every term is
    finite: at most −log(EPS) ≈ 36.04. The terms agree with log_loss's to within 2.2e-16.
    For exact values far into saturation, use `cross_entropy_from_logits`.
    """
    y, y_hat = _targets_and_outputs(y, y_hat, "y", "y_hat")
    check_binary(y, "y")
    check_probabilities(y_hat, "y_hat")
    error_if_1 = -np.log(np.maximum(y_hat, EPS))  # −log(a), used where y = 1
    error_if_0 = -np.log1p(-np.minimum(y_hat, 1.0 - EPS))  # −log(1 − a), used where y = 0
    # `+ 0.0` turns −log(1) = −0.0 into 0.0, so a perfect prediction prints as 0, not -0.
    return np.where(y == 1, error_if_1, error_if_0) + 0.0


def cross_entropy(y, y_hat) -> float:
    r"""The cost J = −(1/m) Σ_{i=1}^{m} [y^{(i)} log a^{(i)} + (1 − y^{(i)}) log(1 − a^{(i)})].

    The mean of `cross_entropy_terms` (see there for the clipping); it matches
    ``sklearn.metrics.log_loss(y, y_hat)``. J >= 0, and J = 0 exactly when every prediction is
    perfect (a = y).
    """
    return float(np.mean(cross_entropy_terms(y, y_hat)))


def softplus(t):
    r"""softplus(t) = log(1 + e^t), computed as max(t, 0) + log(1 + e^{−|t|}): never overflows.

    The two forms are equal: for t > 0, log(1 + e^t) = t + log(e^{−t} + 1). Only e^{−|t|} <= 1
    is ever computed. Returns a float for a scalar input, else an array of the same shape.
    NaN gives NaN; softplus(−inf) = 0 and softplus(inf) = inf.
    """
    array = as_real_array(t, "t")
    result = _softplus(array)
    return float(result) if is_scalar_input(t) else result


def _softplus(t: np.ndarray) -> np.ndarray:
    """softplus of a float array, as in `softplus`."""
    with np.errstate(under="ignore"):
        return np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))


def _logit_errors(y: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Per-sample e = y softplus(−z) + (1 − y) softplus(z) for labels 0/1: the term y selects.

    Selected, not multiplied: where z is beyond the float range (±inf) the other term is
    inf, and 0 · inf would be NaN. Raises ``ValueError`` when a selected error is itself beyond
    the float range (a wrong prediction with |z| > 1.8e308).
    """
    errors = np.where(y == 1, _softplus(-z), _softplus(z))
    check_result_finite(errors, "The cost")
    return errors


def cross_entropy_from_logits(y, z) -> float:
    r"""The same J, computed from the logits z = WX instead of from a = σ(z).

    With log σ(z) = −softplus(−z) and log(1 − σ(z)) = log σ(−z) = −softplus(z):

        J = (1/m) Σ [ y softplus(−z) + (1 − y) softplus(z) ]

    No σ is ever rounded to 0 or 1, so the result is accurate and finite for every finite z
    (e.g. z = −1000 with y = 1 costs exactly 1000, where log(σ(z)) would be −inf).
    """
    y, z = _targets_and_outputs(y, z, "y", "z")
    check_binary(y, "y")
    check_finite(z, "z")
    return float(_extremes.mean(_logit_errors(y, z)))


#: More classes than this would make `one_hot`'s rows unreasonably long for a lecture.
MAX_CLASSES = 10_000


def one_hot(labels, num_classes: int | None = None) -> np.ndarray:
    """One-hot rows: row i has a 1 in column ``labels[i]`` and 0 elsewhere.

    ``labels`` is a 1-D array of class numbers 0, 1, ..., K − 1 (floats like 1.0 are fine);
    ``num_classes`` is K (default: the largest label + 1, at least 2). For binary labels
    y the rows are [1 − y, y]: column 0 is class 0, column 1 is class 1.
    Returns an (m, K) float array.
    """
    array = as_real_array(labels, "labels")
    check_ndim(array, "labels", (1,), "a 1-D array of class numbers, one per sample")
    check_not_empty(array, "labels")
    check_finite(array, "labels")
    if np.any((array < 0) | (array != np.round(array))):
        bad = array[(array < 0) | (array != np.round(array))][:5]
        shown = ", ".join(f"{v:g}" for v in bad)
        raise ValueError(f"`labels` must be class numbers 0, 1, 2, ...; found {shown}.")
    largest = int(array.max())
    if num_classes is None:
        num_classes = max(largest + 1, 2)
    num_classes = as_int(num_classes, "num_classes", minimum=1)
    if largest >= MAX_CLASSES:
        raise ValueError(f"`labels` holds class {largest}; at most {MAX_CLASSES} classes fit.")
    if num_classes > MAX_CLASSES:
        raise ValueError(f"`num_classes` must be at most {MAX_CLASSES}; got {num_classes}.")
    if num_classes <= largest:
        raise ValueError(
            f"`num_classes` is {num_classes} but `labels` holds class {largest}; "
            f"classes are numbered 0 to num_classes - 1."
        )
    return np.eye(num_classes)[array.astype(np.int64)]


def categorical_cross_entropy(Y, Y_hat) -> float:
    r"""The general cross entropy J = −Σ_k y_k log(ŷ_k), averaged over samples.

    ``Y`` holds one-hot rows (one 1 per row, as `one_hot` makes them) and ``Y_hat`` rows of
    probabilities over the same K classes, each row summing to 1; both (m, K), or (K,) for
    one sample. For each sample only the true class's term is nonzero, so its error is
    −log(ŷ of the true class); J is the mean of those over the m samples.

    With two classes, Y = [1 − y, y] and Ŷ = [1 − a, a], this is exactly the binary
    `cross_entropy`: −(1 − y) log(1 − a) − y log(a). The probability of the true class is kept
    at least EPS above 0 (as in `cross_entropy_terms`), so the result is always finite.
    """
    tolerance = _sum_tolerance(Y_hat)
    Y, Y_hat = _targets_and_outputs(Y, Y_hat, "Y", "Y_hat")
    check_ndim(Y, "Y", (1, 2), "one-hot rows: shape (K,) for one sample or (m, K)")
    check_binary(Y, "Y")
    check_probabilities(Y_hat, "Y_hat")
    Y, Y_hat = np.atleast_2d(Y), np.atleast_2d(Y_hat)
    ones = Y.sum(axis=1)
    if np.any(ones != 1):
        row = int(np.argmax(ones != 1))
        raise ValueError(
            f"`Y` must hold one-hot rows (exactly one 1 per row); row {row} has {ones[row]:g}."
        )
    totals = Y_hat.sum(axis=1)
    off = np.abs(totals - 1.0) > tolerance * Y_hat.shape[1]
    if np.any(off):
        row = int(np.argmax(off))
        raise ValueError(
            f"`Y_hat` rows must be probability distributions that sum to 1; row {row} sums "
            f"to {float(totals[row])!r} (allowed: 1 ± {tolerance * Y_hat.shape[1]:.1e})."
        )
    true_class_probability = np.sum(Y * Y_hat, axis=1)  # the one ŷ_k with y_k = 1, per row
    return float(np.mean(-np.log(np.maximum(true_class_probability, EPS)) + 0.0))


def _sum_tolerance(Y_hat) -> float:
    """How far from 1 a row sum may be, per class: 1e-8, or a few ulp of a coarser float type.

    Rows rounded to float32 (ε ≈ 1.2e-7) miss 1 by up to about K ε / 2.
    """
    dtype = getattr(Y_hat, "dtype", None)
    if dtype is not None and dtype.kind == "f":
        return max(1e-8, 2.0 * float(np.finfo(dtype).eps))
    return 1e-8


def _weights_data(W, X, y, binary: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Validate a stack of weight vectors W (..., n + 1), X (m, n + 1) and y (m,)."""
    W = as_real_array(W, "W")
    X = as_real_array(X, "X")
    y = as_real_array(y, "y")
    if W.ndim == 0:
        raise ValueError("`W` must be a weight vector [w0, ..., wn] or a stack of them.")
    check_ndim(X, "X", (2,), "a 2-D array (m samples, n + 1 columns, bias column first)")
    check_ndim(y, "y", (1,), "a 1-D array with one label per sample")
    check_not_empty(X, "X")
    if X.shape[1] != W.shape[-1]:
        hint = " Did you forget the bias column? Use helpers.add_bias(X)." * (
            X.shape[1] + 1 == W.shape[-1]
        )
        raise ValueError(
            f"`W` has {W.shape[-1]} weights (shape {W.shape}) but `X` has shape {X.shape}: X "
            f"needs one column per weight, the first being x0 = 1.{hint}"
        )
    if y.shape[0] != X.shape[0]:
        raise ValueError(
            f"`y` has {y.shape[0]} labels but `X` has {X.shape[0]} rows; "
            "they need one label per sample."
        )
    for array, name in ((W, "W"), (X, "X")):
        check_finite(array, name)
    (check_binary if binary else check_finite)(y, "y")
    return W, X, y


def mse_of_weights(W, X, y, model: str = "logistic"):
    r"""MSE = (1/m) Σ ½ (y^{(i)} − ŷ^{(i)})² as a function of the weights W.

    ``model="logistic"``: ŷ = σ(WX) (squared error after a sigmoid, not convex in W);
    ``model="linear"``: ŷ = WX (linear regression's error, a convex quadratic in W).

    ``W`` is one weight vector [w0, ..., wn] (returns a float) or a stack of them, shape
    (..., n + 1) (returns an array of shape (...)): one cost per weight vector, e.g. over a
    grid of (w0, w1) for a cost surface. ``X`` (m, n + 1) holds the bias column.
    """
    if model not in ("logistic", "linear"):
        raise ValueError(f"`model` must be 'logistic' or 'linear'; got {model!r}.")
    W, X, y = _weights_data(W, X, y, binary=False)
    z = _extremes.matmul(W, X.T)  # (..., m): one row of logits per weight vector
    y_hat = _sigmoid_array(z) if model == "logistic" else z
    d = _extremes.difference(y, y_hat)
    check_result_finite(d, "A difference y - ŷ")
    result = _extremes.half_squares(d, axis=-1, average=True)
    check_result_finite(result, "The MSE")
    return float(result) if W.ndim == 1 else result


def cross_entropy_of_weights(W, X, y):
    r"""The cost J(W) = −(1/m) Σ [y log σ(WX) + (1 − y) log(1 − σ(WX))], from the logits.

    Same shapes as `mse_of_weights` (one W, or a stack of them over the last axis); computed
    like `cross_entropy_from_logits`, so it is accurate and finite for every finite W.
    """
    W, X, y = _weights_data(W, X, y, binary=True)
    z = _extremes.matmul(W, X.T)
    result = _extremes.mean(_logit_errors(y, z), axis=-1)
    return float(result) if W.ndim == 1 else result
