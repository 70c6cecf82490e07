"""Error and cost functions: SSE and MSE (오차함수 E), and the cross entropy (비용함수 J).

Notation: y the class labels (0 or 1), ŷ = a = h(z) = σ(z) the model's outputs, z = WX the
logits, m the number of samples (i = 1, ..., m). X holds one sample per row with the bias
column x0 = 1 first (`add_bias`), W = [w0, w1, ..., wn]. Also the slide's quiz (`QUIZ`).

The functions in ``__all__`` check their arguments; the others take checked float arrays and
are for helpers' own modules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ._validation import (
    binary,
    choice,
    real_array,
    same_shape,
    sample_labels,
    weights_and_samples,
    whole_number,
    with_shape,
)
from .logistic import sigma

__all__ = [
    "QUIZ",
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
#: ``sklearn.metrics.log_loss`` does: a saturated wrong prediction costs −log(EPS) ≈ 36.04.
EPS = float(np.finfo(np.float64).eps)
#: log 2 ≈ 0.693: the error of the coin-flip output ŷ = 0.5, whatever the label.
COIN_FLIP = math.log(2.0)


def _pair(y, y_hat, name_hat: str = "y_hat", name: str = "y") -> tuple[np.ndarray, np.ndarray]:
    y, y_hat = real_array(y, name), real_array(y_hat, name_hat, limit=None)
    same_shape(y, y_hat, name, name_hat)
    return y, y_hat


def sse(y, y_hat) -> float:
    r"""Sum of squared errors, with the lecture's ½: SSE = Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})².

    ``y`` and ``y_hat``: real numbers of the same shape, one per sample (not only labels and
    probabilities: SSE is also linear regression's error, where ŷ = WX).
    """
    y, y_hat = real_array(y, "y"), real_array(y_hat, "y_hat")
    same_shape(y, y_hat, "y", "y_hat")
    return float(0.5 * np.sum((y - y_hat) ** 2))


def mse(y, y_hat) -> float:
    r"""Mean of squared errors: MSE = (1/m) Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})² = SSE / m."""
    return sse(y, y_hat) / np.size(y)


def terms(y: np.ndarray, a: np.ndarray) -> np.ndarray:
    """e = −log(a) where y = 1, −log(1 − a) where y = 0, a kept EPS from the wrong end."""
    error_if_1 = -np.log(np.maximum(a, EPS))
    error_if_0 = -np.log1p(-np.minimum(a, 1.0 - EPS))
    return np.where(y == 1, error_if_1, error_if_0) + 0.0  # + 0.0: −log(1) = −0.0 prints as 0


def cross_entropy_terms(y, y_hat) -> np.ndarray:
    r"""Per-sample errors e^{(i)} = −y log(a^{(i)}) − (1 − y) log(1 − a^{(i)}).

    ``y`` holds labels 0/1 and ``y_hat`` probabilities a in [0, 1], same shape. Only the term
    the label selects is evaluated (−log(a) for y = 1, −log(1 − a) for y = 0), so a perfect
    prediction costs exactly 0, not 0 · log 0 = NaN. The probability is kept at least EPS from
    the wrong end first, as ``sklearn.metrics.log_loss`` clips it: every term is at most
    −log(EPS) ≈ 36.04. For exact values far into saturation, use `cross_entropy_from_logits`.
    """
    y, a = _pair(y, y_hat)
    if not np.all((a >= 0) & (a <= 1)):
        raise ValueError("`y_hat` must hold probabilities in [0, 1].")
    return terms(binary(y, "y"), a)


def cross_entropy(y, y_hat) -> float:
    r"""The cost J = −(1/m) Σ_{i=1}^{m} [y^{(i)} log a^{(i)} + (1 − y^{(i)}) log(1 − a^{(i)})].

    The mean of `cross_entropy_terms`; it matches ``sklearn.metrics.log_loss(y, y_hat)``.
    J >= 0, and J = 0 exactly when every prediction is perfect (a = y).
    """
    return float(np.mean(cross_entropy_terms(y, y_hat)))


def softplus(t):
    r"""softplus(t) = log(1 + e^t), computed as max(t, 0) + log(1 + e^{−|t|}): never overflows.

    The two forms are equal: for t > 0, log(1 + e^t) = t + log(e^{−t} + 1), and only
    e^{−|t|} <= 1 is ever computed. Any real ``t`` (NaN gives NaN, softplus(−inf) = 0,
    softplus(inf) = inf); a float for a scalar, else an array of the same shape.
    """
    array = real_array(t, "t", finite=False, limit=None)
    result = softplus_of(array)
    return float(result) if np.ndim(t) == 0 else result


def softplus_of(t: np.ndarray) -> np.ndarray:
    """softplus of a float array."""
    with np.errstate(under="ignore"):
        return np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))


def logit_errors(y: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Per-sample e = y softplus(−z) + (1 − y) softplus(z): the term the label y selects."""
    return np.where(y == 1, softplus_of(-z), softplus_of(z))


def cross_entropy_from_logits(y, z) -> float:
    r"""The same J, computed from the logits z = WX instead of from a = σ(z).

    With log σ(z) = −softplus(−z) and log(1 − σ(z)) = log σ(−z) = −softplus(z):

        J = (1/m) Σ [ y softplus(−z) + (1 − y) softplus(z) ]

    No σ is ever rounded to 0 or 1, so the result is exact and finite for every finite z
    (z = −1000 with y = 1 costs exactly 1000, where log(σ(z)) would be −inf).
    """
    y, z = _pair(y, z, "z")
    if not np.all(np.isfinite(z)):
        raise ValueError("`z` must be finite; it holds NaN or inf.")
    errors = logit_errors(binary(y, "y"), z)
    with np.errstate(over="ignore"):  # each e/m first; only rounding near 1.8e308 can overflow,
        mean = np.sum(errors / errors.size)
    return float(min(mean, errors.max()))  # and a mean is at most its largest term


def one_hot(labels, num_classes: int) -> np.ndarray:
    """One-hot rows: row i has a 1 in column ``labels[i]`` and 0 elsewhere, shape (m, K).

    ``labels`` holds class numbers 0, 1, ..., K − 1 (floats like 1.0 are fine), K =
    ``num_classes`` (at most 100). For binary labels y the rows are [1 − y, y].
    """
    K = whole_number(num_classes, "num_classes", 2, 100)
    labels = with_shape(real_array(labels, "labels"), "labels", 1, "a 1-D array of classes")
    if not np.all(np.isin(labels, np.arange(K))):
        raise ValueError(f"`labels` must hold class numbers 0 to {K - 1}.")
    return np.eye(K)[labels.astype(np.int64)]


def categorical_cross_entropy(Y, Y_hat) -> float:
    r"""The general cross entropy J = −Σ_k y_k log(ŷ_k), averaged over the samples.

    ``Y`` holds one-hot rows (as `one_hot` makes them) and ``Y_hat`` rows of probabilities over
    the same K classes, each row summing to 1; both (m, K), or (K,) for one sample. Only the
    true class's term is nonzero, so a sample's error is −log(ŷ of the true class). With two
    classes, Y = [1 − y, y] and Ŷ = [1 − a, a], this is the binary `cross_entropy`. The
    probability of the true class is kept at least EPS above 0, as there.
    """
    Y, P = _pair(Y, Y_hat, "Y_hat", "Y")
    Y, P = np.atleast_2d(Y), np.atleast_2d(P)
    with_shape(Y, "Y", 2, "one-hot rows, shape (m, K) or (K,)")
    if not np.all(binary(Y, "Y").sum(axis=1) == 1):
        raise ValueError("`Y` must hold one-hot rows: exactly one 1 per row.")
    if not (np.all(P >= 0) and np.allclose(P.sum(axis=1), 1.0, rtol=0.0, atol=1e-6)):
        raise ValueError("`Y_hat` rows must be probabilities (>= 0) that sum to 1.")
    true_class = np.sum(Y * P, axis=1)  # the one ŷ_k with y_k = 1, per row
    return float(np.mean(-np.log(np.maximum(true_class, EPS))) + 0.0)


def _weights_data(W, X, y) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    W, X = weights_and_samples(W, X, stack=True)
    return W, X, sample_labels(y, X.shape[0])


def mse_of_weights(W, X, y, model: str = "logistic"):
    r"""MSE = (1/m) Σ ½ (y^{(i)} − ŷ^{(i)})² as a function of the weights W.

    ``model="logistic"``: ŷ = σ(WX) (squared error after a sigmoid, not convex in W);
    ``model="linear"``: ŷ = WX (linear regression's error, a convex quadratic in W).
    ``W`` is one weight vector [w0, ..., wn] (returns a float) or a stack of them, shape
    (..., n + 1) (returns an array of shape (...)): one cost per weight vector, e.g. over a
    grid of (w0, w1). ``X`` (m, n + 1) holds the bias column, ``y`` (m,) labels 0/1.
    """
    model = choice(model, "model", ("logistic", "linear"))
    W, X, y = _weights_data(W, X, y)
    return squared_error_of(W, X, y, model)


def squared_error_of(W: np.ndarray, X: np.ndarray, y: np.ndarray, model: str = "logistic"):
    """`mse_of_weights` of checked arrays."""
    z = W @ X.T  # (..., m): one row of logits per weight vector
    y_hat = sigma(z) if model == "logistic" else z
    result = np.mean(0.5 * (y - y_hat) ** 2, axis=-1)
    return float(result) if W.ndim == 1 else result


def cross_entropy_of_weights(W, X, y):
    r"""The cost J(W) = −(1/m) Σ [y log σ(WX) + (1 − y) log(1 − σ(WX))], from the logits.

    Same shapes as `mse_of_weights` (one W, or a stack of them over the last axis); computed
    like `cross_entropy_from_logits`, so it is exact and finite for every W.
    """
    return cross_entropy_of(*_weights_data(W, X, y))


def cross_entropy_of(W: np.ndarray, X: np.ndarray, y: np.ndarray):
    """`cross_entropy_of_weights` of checked arrays."""
    result = np.mean(logit_errors(y, W @ X.T), axis=-1)
    return float(result) if W.ndim == 1 else result


@dataclass(frozen=True)
class QuizQuestion:
    """One of the slide's questions: "y = …, ŷ = … 일 때 오차는?" (what is the error?)."""

    number: int
    y: int
    y_hat: float

    @property
    def error(self) -> float:
        """e = −log(ŷ) if y = 1, −log(1 − ŷ) if y = 0."""
        return -math.log(self.y_hat) if self.y == 1 else -math.log1p(-self.y_hat)

    @property
    def size(self) -> str:
        """'large' (크다) if the error is above log 2, the coin flip's, else 'small' (작다)."""
        return "large" if self.error > COIN_FLIP else "small"

    @property
    def curve(self) -> str:
        """'solid' (실선, −log h, for y = 1) or 'dotted' (점선, −log(1 − h), for y = 0)."""
        return "solid" if self.y == 1 else "dotted"


#: The slide's three questions, in its order.
QUIZ = (QuizQuestion(1, 1, 0.2), QuizQuestion(2, 1, 0.8), QuizQuestion(3, 0, 0.9))
