"""The classifier and its decision boundary (결정경계선), linear and from squared features.

Notation follows the lecture: X holds one sample per row with the bias column x0 = 1 first
(`add_bias`), W = [w0, w1, ..., wn], z = WX = ``X @ W`` and h(z) = σ(z). The classifier
predicts ŷ = 1 when h(z) >= 1/2 and ŷ = 0 when h(z) < 1/2. Because σ is increasing and
σ(0) = 1/2, that is the same as ŷ = 1 exactly when z = WX >= 0: the decision boundary is the
hyperplane (초평면) WX = 0. With two features it is the line w0 + w1 x1 + w2 x2 = 0; with the
squared features (x1², x2²) it is the curve w0 + w1 x1² + w2 x2² = 0, an ellipse for suitable W.
"""

from __future__ import annotations

import math

import numpy as np

from ._validation import (
    as_real_array,
    as_real_number,
    check_finite,
    check_ndim,
    check_not_empty,
    check_result_finite,
    is_scalar_input,
)
from .logistic import _check_weights_and_inputs, _logits

__all__ = ["decision_boundary", "ellipse_axes", "predict", "square_features"]


def _threshold_logit(threshold) -> float:
    """The z at which σ(z) = threshold: ln(t / (1 − t)), exactly 0 for t = 1/2."""
    t = as_real_number(threshold, "threshold", finite=False)
    if not 0.0 < t < 1.0:  # False for NaN too
        raise ValueError(f"`threshold` must lie strictly between 0 and 1; got {t!r}.")
    if t == 0.5:
        return 0.0
    return math.log(t) - math.log1p(-t)


def predict(W, X, threshold=0.5) -> np.ndarray:
    r"""The classifier: ŷ = 1 if h(z) >= threshold, else 0, one label per row of ``X``.

    h(z) = σ(z) with z = WX = ``X @ W``; ``X`` must already hold the bias column (`add_bias`).
    With the usual threshold 1/2 the rule is ŷ = 1 exactly when z >= 0, because σ is
    increasing and σ(0) = 1/2. For a threshold t the rule is z >= ln(t / (1 − t)).

    The comparison is made on z, not on h: in floating point σ(z) rounds to exactly 0.5 for
    |z| below about 1e-16 (``sigmoid(-1e-17) == 0.5``), which would put such a point on the
    wrong side of the boundary.

    Returns an int array of 0s and 1s, shape (m,).
    """
    logit = _threshold_logit(threshold)
    W, X = _check_weights_and_inputs(W, X)
    return (_logits(W, X) >= logit).astype(np.int64)


def _check_two_feature_weights(W) -> np.ndarray:
    W = as_real_array(W, "W")
    if W.shape != (3,):
        raise ValueError(
            f"`W` must be [w0, w1, w2]: three weights, for the bias and two features; "
            f"got an array of shape {W.shape}."
        )
    check_finite(W, "W")
    return W


def decision_boundary(W, x1):
    r"""x2 on the decision boundary w0 + w1 x1 + w2 x2 = 0: x2 = −(w0 + w1 x1) / w2, per ``x1``.

    ``W`` is [w0, w1, w2] (two features). For the lecture's W = [−3, 1, 1] the boundary is
    x1 + x2 = 3, so ``decision_boundary([-3, 1, 1], 1.0) == 2.0``.

    Raises ``ValueError`` when w2 = 0: then the boundary is the vertical line x1 = −w0 / w1
    (or, with w1 = 0 too, there is none), which no function of x1 can describe.
    Returns a float for a scalar ``x1``, otherwise an array of the same shape.
    """
    W = _check_two_feature_weights(W)
    w0, w1, w2 = W
    if w2 == 0:
        if w1 == 0:
            raise ValueError(
                f"`W` = [{w0:g}, 0, 0]: z = {w0:g} is the same everywhere, so there is no "
                "decision boundary at all."
            )
        raise ValueError(
            f"`W` has w2 = 0, so the boundary w0 + w1 x1 = 0 is the vertical line "
            f"x1 = -w0/w1 = {-w0 / w1:g}; it does not give one x2 per x1."
        )
    x = as_real_array(x1, "x1")
    check_finite(x, "x1")
    with np.errstate(over="ignore", invalid="ignore"):
        x2 = (-w0 - w1 * x) / w2  # not −(w0 + w1 x)/w2, which gives −0.0 on the x1 axis
    if not np.all(np.isfinite(x2)):  # an intermediate overflowed: w0/w2 + (w1/w2) x instead
        with np.errstate(over="ignore", under="ignore"):
            x2 = -(w0 / w2) - (w1 / w2) * x
        check_result_finite(x2, "x2 on the boundary")
    return float(x2) if is_scalar_input(x1) else x2


def square_features(X) -> np.ndarray:
    r"""The feature map (x1, x2, ..., xn) ↦ (x1², x2², ..., xn²), one sample per row.

    With it the same hypothesis h = σ(WX) has z = w0 + w1 x1² + w2 x2²: use
    ``add_bias(square_features(X)) @ W``. ``X`` holds the raw features (m, n), without the
    bias column. Returns a new (m, n) float array.
    """
    array = as_real_array(X, "X")
    check_ndim(array, "X", (2,), "a 2-D array (m samples, n features), e.g. of shape (m, 2)")
    check_not_empty(array, "X")
    check_finite(array, "X")
    with np.errstate(over="ignore"):
        squared = array**2
    check_result_finite(squared, "A squared feature x²")
    return squared


def ellipse_axes(W) -> tuple[float, float]:
    r"""The semi-axes (a, b) of the boundary w0 + w1 x1² + w2 x2² = 0 when it is an ellipse.

    Dividing by −w0 gives x1² / a² + x2² / b² = 1 with a = √(−w0 / w1) and b = √(−w0 / w2),
    an ellipse centred at the origin when −w0 / w1 > 0 and −w0 / w2 > 0 (a circle of radius
    √(−w0 / w1) when w1 = w2). For W = [−1, 1, 1] it is the unit circle: (1.0, 1.0).

    Raises ``ValueError`` for any other W (no boundary, a hyperbola, lines, a single point).
    """
    W = _check_two_feature_weights(W)
    w0, w1, w2 = W
    signs = np.sign(W)  # signs, not products: a product of large weights could overflow
    if signs[0] == 0 or signs[1] == 0 or signs[1] != signs[2] or signs[0] == signs[1]:
        raise ValueError(
            f"`W` = [{w0:g}, {w1:g}, {w2:g}] does not give an ellipse: that needs w1 and w2 "
            "of the same sign and w0 of the opposite sign (e.g. [-1, 1, 1])."
        )
    return _semi_axis(w0, w1), _semi_axis(w0, w2)


def _semi_axis(w0: float, w: float) -> float:
    """√(−w0 / w) for −w0 / w > 0; as √|w0| / √|w| when the quotient under- or overflows."""
    with np.errstate(over="ignore", under="ignore"):
        quotient = float(-w0 / w)
    if quotient == 0.0 or not math.isfinite(quotient) or quotient < 2.3e-308:
        quotient_root = math.sqrt(abs(float(w0))) / math.sqrt(abs(float(w)))
        check_result_finite(quotient_root, "A semi-axis √(−w0 / w)")
        return quotient_root
    return math.sqrt(quotient)
