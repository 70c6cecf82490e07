"""Checks for notebook 02's exercises (use as ``from helpers.checks import boundary as check``)."""

from __future__ import annotations

import numpy as np

from ..boundary import predict
from ..logistic import add_bias
from ._feedback import Feedback, call_learner, correct, not_yet, unfinished

__all__ = ["circle_weights", "line_weights", "predict_function"]

# Test cases for Exercise 1: W and raw points (x1, x2). The first set is the lecture's
# W = [-3, 1, 1] with two points exactly on its boundary x1 + x2 = 3 (z = 0, so y = 1).
_CASES = (
    (
        np.array([-3.0, 1.0, 1.0]),
        np.array(
            [[1.0, 1.0], [2.0, 2.0], [1.5, 1.5], [0.5, 2.5], [3.0, 0.2], [0.0, 0.0], [2.5, 0.25]]
        ),
    ),
    (
        np.array([2.0, -1.0, 0.5]),
        np.array([[0.0, 0.0], [3.0, 1.0], [2.0, 0.0], [4.0, 5.0], [1.0, -3.0], [5.0, 2.0]]),
    ),
)

_UNFINISHED_NUMBERS = (
    "It looks unfinished: put three numbers [w0, w1, w2] in place of the `...`, run that "
    "cell, then run this check again."
)


def predict_function(my_predict) -> Feedback:
    """Exercise 1: ``my_predict(W, X)`` gives ŷ = 1 where h(z) >= 1/2 (z = X @ W >= 0), else 0."""
    for W, points in _CASES:
        X = add_bias(points)
        z = X @ W
        expected = predict(W, X)
        result, caught, problem = call_learner(my_predict, W.copy(), X.copy())
        if problem is not None:
            return problem
        try:
            labels = np.asarray(result, dtype=float)
        except (TypeError, ValueError):
            return not_yet(
                f"Your function returned {type(result).__name__}, not an array of labels."
            )
        if labels.shape != expected.shape:
            return not_yet(
                f"For {len(X)} samples your function returned shape {labels.shape}; it should "
                f"return one label per row of X, shape {expected.shape}. Compute z = X @ W "
                "for all rows at once."
            )
        if caught:
            return not_yet(f'Your function warned: "{caught[0]}".')
        if np.array_equal(labels, expected):
            continue
        if np.all((labels > 0) & (labels < 1)):
            return not_yet(
                "Your function returned probabilities h between 0 and 1, not labels. "
                "Turn them into 0 or 1: ŷ = 1 where h >= 1/2, else 0."
            )
        if not np.all((labels == 0) | (labels == 1)):
            if np.allclose(labels, z):
                return not_yet("You returned z = WX itself. The label is 1 where z >= 0, else 0.")
            return not_yet("Your function should return only 0s and 1s (one label per sample).")
        if np.array_equal(labels, 1 - expected):
            return not_yet(
                "Every label is flipped: class 1 is the side where z = WX >= 0 (h >= 1/2)."
            )
        wrong = labels != expected
        if np.all(z[wrong] == 0):
            return not_yet(
                f"At the point ({points[wrong][0][0]:g}, {points[wrong][0][1]:g}), which lies "
                "exactly on the boundary (z = 0, h = 1/2), your label is 0. The classifier "
                "predicts 1 when h >= 1/2: use >=, not >."
            )
        i = int(np.argmax(wrong))
        return not_yet(
            f"For W = [{W[0]:g}, {W[1]:g}, {W[2]:g}] and the point ({points[i][0]:g}, "
            f"{points[i][1]:g}), z = {z[i]:g}, so the label is {expected[i]}; yours is "
            f"{labels[i]:g}. Did you use the W and X passed in?"
        )
    return correct("ŷ = 1 exactly where z = WX >= 0, that is where h(z) >= 1/2.")


def _as_weights(W) -> tuple[np.ndarray | None, Feedback | None]:
    """Read a learner's W = [w0, w1, w2]; a `Feedback` instead when it cannot be read."""
    if unfinished(W) or (isinstance(W, (list, tuple)) and any(unfinished(w) for w in W)):
        return None, not_yet(_UNFINISHED_NUMBERS)
    try:
        array = np.asarray(W, dtype=float)
    except (TypeError, ValueError):
        return None, not_yet(f"W must be three numbers [w0, w1, w2]; got {type(W).__name__}.")
    if array.shape != (3,):
        return None, not_yet(
            f"W must be three numbers [w0, w1, w2]; got {array.size} value(s) "
            f"(shape {array.shape})."
        )
    if not np.all(np.isfinite(array)):
        return None, not_yet("W must hold finite numbers (no NaN or inf).")
    if array[1] == 0 and array[2] == 0:
        return None, not_yet(
            "With w1 = w2 = 0, z = w0 is the same everywhere: there is no boundary at all."
        )
    return array, None


def line_weights(W) -> Feedback:
    """Exercise 2: the boundary passes through (4, 0) and (0, 2); the origin is on the y = 0 side.

    Any positive multiple of [-4, 1, 2] is right (the line x1 + 2 x2 = 4).
    """
    W, problem = _as_weights(W)
    if problem is not None:
        return problem
    scale = float(np.max(np.abs(W)))
    for x1, x2 in ((4.0, 0.0), (0.0, 2.0)):
        z = W[0] + W[1] * x1 + W[2] * x2
        if abs(z) > 1e-9 * scale:
            return not_yet(
                f"At the point ({x1:g}, {x2:g}) your W gives z = {z:g}, not 0, so the boundary "
                "misses it. A point is on the boundary when w0 + w1 x1 + w2 x2 = 0: write "
                "that for both points and solve (you may choose w0 = -4)."
            )
    if W[0] > 0:  # (w0 = 0 cannot happen here: with both points on the line, w1 = w2 = 0)
        return not_yet(
            f"The line is right, but at the origin z = w0 = {W[0]:g} > 0, so the origin is on "
            "the y = 1 side. Multiply W by -1: the same line, the sides swapped."
        )
    return correct(
        f"W = [{W[0]:g}, {W[1]:g}, {W[2]:g}] gives the line x1 + 2 x2 = 4, class 1 on the far "
        "side from the origin. Any positive multiple of [-4, 1, 2] does too."
    )


def circle_weights(W) -> Feedback:
    """Exercise 3: z = w0 + w1 x1² + w2 x2² with boundary the circle of radius 2, y = 1 outside.

    Any positive multiple of [-4, 1, 1] is right.
    """
    W, problem = _as_weights(W)
    if problem is not None:
        return problem
    w0, w1, w2 = W
    if not np.isclose(w1, w2, rtol=1e-9, atol=0.0):
        return not_yet(
            f"w1 = {w1:g} and w2 = {w2:g} differ, which stretches the curve into an ellipse "
            "(or worse). A circle needs w1 = w2."
        )
    radius_squared = -w0 / w1
    if radius_squared <= 0:
        return not_yet(
            f"With W = [{w0:g}, {w1:g}, {w2:g}], z = 0 would need x1² + x2² = {radius_squared:g}, "
            "which no point reaches (or only the origin). w0 needs the opposite sign of w1."
        )
    if not np.isclose(radius_squared, 4.0, rtol=1e-9):
        radius = float(np.sqrt(radius_squared))
        hint = " (w0 = -r² = -4 for r = 2, not -r)" if np.isclose(radius_squared, 2.0) else ""
        return not_yet(
            f"Your boundary is x1² + x2² = {radius_squared:g}, a circle of radius {radius:.4g}, "
            f"not 2{hint}. The boundary is x1² + x2² = -w0/w1."
        )
    if w1 < 0:
        return not_yet(
            "The circle is right, but the inside is class 1: at the origin z = w0 > 0. "
            "Multiply W by -1 to swap the sides."
        )
    return correct(
        f"W = [{w0:g}, {w1:g}, {w2:g}]: z = 0 on x1² + x2² = 4, the circle of radius 2, and "
        "z > 0 (class 1) outside it. Any positive multiple of [-4, 1, 1] works."
    )
