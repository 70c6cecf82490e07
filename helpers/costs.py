"""Error and cost functions: SSE and MSE (오차함수 E), and the cross entropy (비용함수 J).

Notation: y the class labels (0 or 1), ŷ = a = h(z) = σ(z) the model's outputs, z = WX the
logits, m the number of samples.
"""

from __future__ import annotations

import numpy as np

from ._validation import (
    as_real_array,
    check_binary,
    check_finite,
    check_not_empty,
    check_probabilities,
    check_same_shape,
)

__all__ = [
    "cross_entropy",
    "cross_entropy_from_logits",
    "cross_entropy_terms",
    "mse",
    "softplus",
    "sse",
]

#: ŷ is clipped to [EPS, 1 − EPS] before the log, as sklearn.metrics.log_loss does, so that a
#: saturated wrong prediction costs −log(EPS) ≈ 36.04 instead of inf.
EPS = float(np.finfo(np.float64).eps)


def _targets_and_outputs(y, y_hat, name_y: str, name_hat: str) -> tuple[np.ndarray, np.ndarray]:
    y = as_real_array(y, name_y)
    y_hat = as_real_array(y_hat, name_hat)
    check_same_shape(y, y_hat, name_y, name_hat)
    check_not_empty(y, name_y)
    return y, y_hat


def sse(y, y_hat) -> float:
    r"""Sum of squared errors: SSE = Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})²."""
    y, y_hat = _targets_and_outputs(y, y_hat, "y", "y_hat")
    check_finite(y, "y")
    check_finite(y_hat, "y_hat")
    return float(0.5 * np.sum((y - y_hat) ** 2))


def mse(y, y_hat) -> float:
    r"""Mean of squared errors, with the lecture's ½.

    MSE = (1/m) Σ_{i=1}^{m} ½ (y^{(i)} − ŷ^{(i)})²
    """
    y, y_hat = _targets_and_outputs(y, y_hat, "y", "y_hat")
    return sse(y, y_hat) / y.size


def cross_entropy_terms(y, y_hat) -> np.ndarray:
    r"""Per-sample errors e^{(i)} = −y log(a^{(i)}) − (1 − y) log(1 − a^{(i)}).

    ``y`` holds labels 0/1 and ``y_hat`` probabilities in [0, 1], same shape. ``y_hat`` is
    clipped to [EPS, 1 − EPS] first (as `sklearn.metrics.log_loss` does), so every term is
    finite: at most −log(EPS) ≈ 36.04. For exact values far into saturation, use
    `cross_entropy_from_logits`.
    """
    y, y_hat = _targets_and_outputs(y, y_hat, "y", "y_hat")
    check_binary(y, "y")
    check_probabilities(y_hat, "y_hat")
    a = np.clip(y_hat, EPS, 1.0 - EPS)
    return -y * np.log(a) - (1.0 - y) * np.log1p(-a)


def cross_entropy(y, y_hat) -> float:
    r"""The cost J = −(1/m) Σ_{i=1}^{m} [y^{(i)} log a^{(i)} + (1 − y^{(i)}) log(1 − a^{(i)})].

    The mean of `cross_entropy_terms`; equal to ``sklearn.metrics.log_loss(y, y_hat)``.
    """
    return float(np.mean(cross_entropy_terms(y, y_hat)))


def softplus(t):
    r"""softplus(t) = log(1 + e^t), computed as max(t, 0) + log(1 + e^{−|t|}): never overflows."""
    t = as_real_array(t, "t")
    with np.errstate(under="ignore"):
        return np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))


def cross_entropy_from_logits(y, z) -> float:
    r"""The same J, computed from the logits z = WX instead of from a = σ(z).

    With log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z):

        J = (1/m) Σ [ y softplus(−z) + (1 − y) softplus(z) ]

    No σ is ever rounded to 0 or 1, so the result is exact and finite for every finite z
    (e.g. z = −1000 with y = 1 costs exactly 1000, where log(σ(z)) would be −inf).
    """
    y, z = _targets_and_outputs(y, z, "y", "z")
    check_binary(y, "y")
    check_finite(z, "z")
    return float(np.mean(y * softplus(-z) + (1.0 - y) * softplus(z)))
