"""Checks for notebook 02's exercises (use as ``from helpers.checks import boundary as check``)."""

from __future__ import annotations

import numpy as np

from ..boundary import predict
from ..logistic import add_bias
from ._feedback import Feedback, call_learner, correct, learner_numbers, not_yet, quietly

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

#: Names in a function's code that round h: np.round(0.5) is 0 (it rounds half to even).
_ROUNDING = {"round", "around", "rint"}


def _rounds(function) -> bool:
    return bool(_ROUNDING & set(getattr(getattr(function, "__code__", None), "co_names", ())))


@quietly
def _labels_hint(my_predict, W, points, labels, expected, z) -> Feedback:
    """The hint for 0/1 labels that differ from the classifier's."""
    if np.all((labels > 0) & (labels < 1)):
        return not_yet("boundary.probabilities")
    if not np.all((labels == 0) | (labels == 1)):
        if np.allclose(labels, z):
            return not_yet("boundary.returned_z")
        return not_yet("boundary.not_labels")
    wrong = labels != expected
    on_boundary = z == 0
    if np.all(on_boundary[wrong]):
        point = points[wrong][0]
        key = "boundary.rounded" if _rounds(my_predict) else "boundary.strict"
        return not_yet(key, x1=point[0], x2=point[1])
    if np.array_equal(labels[~on_boundary], 1 - expected[~on_boundary]):
        return not_yet("boundary.flipped")
    i = int(np.argmax(wrong))
    return not_yet(
        "boundary.wrong_label",
        w0=W[0],
        w1=W[1],
        w2=W[2],
        x1=points[i][0],
        x2=points[i][1],
        z=z[i],
        expected=int(expected[i]),
        got=labels[i],
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
        labels, problem = learner_numbers(
            result, "boundary.what_labels", expected.shape, "boundary.wrong_shape", m=len(X)
        )
        if problem is not None:
            return problem
        if caught:
            return not_yet("boundary.warned", warning=caught[0])
        if not np.array_equal(labels, expected):
            return _labels_hint(my_predict, W, points, labels, expected, z)
    return correct("boundary.predict_correct", labels)


def _as_weights(W):
    """Read a learner's W = [w0, w1, w2]: ``(array, None)``, or ``(None, a hint)``."""
    array, problem = learner_numbers(
        W,
        "boundary.what_weights",
        (3,),
        "boundary.weights_shape",
        unfinished_key="boundary.unfinished",
    )
    if problem is not None:
        return None, problem
    if array[1] == 0 and array[2] == 0:
        return None, not_yet("boundary.no_boundary")
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
        with np.errstate(over="ignore", invalid="ignore"):  # W near the float limit: z = ±inf
            z = W[0] + W[1] * x1 + W[2] * x2
        if not abs(z) <= 1e-9 * scale:
            return not_yet("boundary.line_misses", x1=x1, x2=x2, z=z)
    if W[0] > 0:  # (w0 = 0 cannot happen here: with both points on the line, w1 = w2 = 0)
        return not_yet("boundary.line_sides", w0=W[0])
    return correct("boundary.line_correct", W, w0=W[0], w1=W[1], w2=W[2])


def circle_weights(W) -> Feedback:
    """Exercise 3: z = w0 + w1 x1² + w2 x2² with boundary the circle of radius 2, y = 1 outside.

    Any positive multiple of [-4, 1, 1] is right.
    """
    W, problem = _as_weights(W)
    if problem is not None:
        return problem
    w0, w1, w2 = W
    if not np.isclose(w1, w2, rtol=1e-9, atol=0.0):
        return not_yet("boundary.ellipse", w1=w1, w2=w2)
    with np.errstate(over="ignore", under="ignore"):  # w0/w1 beyond the float range: ±inf, 0
        radius_squared = -w0 / w1
    if radius_squared <= 0:
        return not_yet("boundary.no_circle", w0=w0, w1=w1, w2=w2, r2=radius_squared)
    if not np.isclose(radius_squared, 4.0, rtol=1e-9):
        radius = float(np.sqrt(radius_squared))
        if np.isclose(radius_squared, 2.0):
            return not_yet("boundary.radius_not_squared", r2=radius_squared, r=radius)
        return not_yet("boundary.wrong_radius", r2=radius_squared, r=radius)
    if w1 < 0:
        return not_yet("boundary.circle_sides")
    return correct("boundary.circle_correct", W, w0=w0, w1=w1, w2=w2)
