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

from ._validation import LIMIT, real_array, vector, weights_and_samples, with_shape

__all__ = ["decision_boundary", "ellipse_axes", "predict", "square_features"]


def predict(W, X) -> np.ndarray:
    r"""The classifier: ŷ = 1 if h(z) >= 1/2, else 0, one label per row of ``X``.

    h(z) = σ(z) with z = WX = ``X @ W``; ``X`` holds the bias column (`add_bias`). The rule is
    ŷ = 1 exactly when z >= 0, because σ is increasing and σ(0) = 1/2. It is applied to z,
    not to h: in floating point σ(z) rounds to exactly 0.5 for |z| below about 1e-16
    (``sigmoid(-1e-17) == 0.5``), which would put such a point on the wrong side.
    Returns an int array of 0s and 1s, shape (m,).
    """
    W, X = weights_and_samples(W, X)
    return labels_of(X @ W)


def labels_of(z: np.ndarray) -> np.ndarray:
    """ŷ = 1 where z >= 0, else 0 (the classifier on computed logits)."""
    return (z >= 0).astype(np.int64)


def decision_boundary(W, x1):
    r"""x2 on the decision boundary w0 + w1 x1 + w2 x2 = 0: x2 = −(w0 + w1 x1) / w2, per ``x1``.

    ``W`` is [w0, w1, w2] (two features). For the lecture's W = [−3, 1, 1] the boundary is
    x1 + x2 = 3, so ``decision_boundary([-3, 1, 1], 1.0) == 2.0``. Raises ``ValueError`` when
    w2 = 0: then the boundary is the vertical line x1 = −w0 / w1 (or, with w1 = 0 too, there
    is none), which no function of x1 can describe. A float for a scalar ``x1``, else an array.
    """
    w0, w1, w2 = vector(W, "W", "[w0, w1, w2] (two features)", size=3)
    x = real_array(x1, "x1")
    if w2 == 0 or np.max(np.abs(w0 + w1 * x), initial=0.0) > abs(w2) * LIMIT:
        raise ValueError(
            f"`W` has w2 = {w2:g}: the boundary w0 + w1 x1 + w2 x2 = 0 is then (nearly) the "
            "vertical line x1 = -w0/w1, which does not give one x2 per x1."
        )
    x2 = (-w0 - w1 * x) / w2  # not −(w0 + w1 x)/w2, which gives −0.0 on the x1 axis
    return float(x2) if np.ndim(x1) == 0 else x2


def square_features(X) -> np.ndarray:
    r"""The feature map (x1, x2, ..., xn) ↦ (x1², x2², ..., xn²), one sample per row.

    With it the same hypothesis h = σ(WX) has z = w0 + w1 x1² + w2 x2²: use
    ``add_bias(square_features(X)) @ W``. ``X`` holds the raw features (m, n), without the
    bias column. Returns a new (m, n) float array.
    """
    X = real_array(X, "X", limit=math.sqrt(LIMIT))
    return with_shape(X, "X", 2, "a 2-D array (m samples, n features), e.g. (m, 2)") ** 2


def ellipse_axes(W) -> tuple[float, float]:
    r"""The semi-axes (a, b) of the boundary w0 + w1 x1² + w2 x2² = 0 when it is an ellipse.

    Dividing by −w0 gives x1² / a² + x2² / b² = 1 with a = √(−w0 / w1) and b = √(−w0 / w2),
    an ellipse centred at the origin when −w0 / w1 > 0 and −w0 / w2 > 0 (a circle when
    w1 = w2). For W = [−1, 1, 1] it is the unit circle: (1.0, 1.0). Raises ``ValueError`` for
    any other W (no boundary, a hyperbola, lines, a single point).
    """
    w0, w1, w2 = vector(W, "W", "[w0, w1, w2] (two features)", size=3)
    s0, s1, s2 = np.sign([w0, w1, w2])
    if not (s1 == s2 != 0 and s0 == -s1):
        raise ValueError(
            f"`W` = [{w0:g}, {w1:g}, {w2:g}] does not give an ellipse: that needs w1 and w2 "
            "of the same sign and w0 of the opposite sign (e.g. [-1, 1, 1])."
        )
    # √|w0| / √|w| rather than √(w0 / w): within the supported range it cannot overflow
    return math.sqrt(abs(w0)) / math.sqrt(abs(w1)), math.sqrt(abs(w0)) / math.sqrt(abs(w2))
