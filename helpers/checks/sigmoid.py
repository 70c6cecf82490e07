"""Checks for notebook 01's exercises (use as ``from helpers.checks import sigmoid as check``)."""

from __future__ import annotations

import contextlib

import numpy as np

from .. import logistic
from ..logistic import sigmoid, sigmoid_derivative
from ._feedback import Feedback, call_learner, correct, learner_numbers, not_yet, unfinished

__all__ = ["midpoint_and_slope", "sigmoid_derivative_function", "stable_sigmoid"]

# -720 and -740 lie where σ(z) is subnormal (z in [-745, -709]): the naive 1 / (1 + e^(-z))
# overflows there and gives exactly 0, warning or not. Checking the values there catches a
# naive formula whose overflow warning was silenced (np.errstate, np.seterr, warnings filters).
_Z = np.array([-1000.0, -740.0, -720.0, -40.0, -5.0, -1.0, 0.0, 1.0, 5.0, 40.0, 1000.0])
_SUBNORMAL = (_Z > -745.0) & (_Z < -709.0)


def _as_array(result, expected_shape):
    return learner_numbers(result, "sigmoid.what", expected_shape, "sigmoid.wrong_shape")


@contextlib.contextmanager
def _watching_sigmoid(function):
    """Yield a list that records whether ``function`` used helpers' own σ while it ran."""
    import helpers  # the package itself: the learner calls helpers.sigmoid through it

    used = []
    original = logistic.sigmoid

    def spy(z):
        used.append(True)
        return original(z)

    names = getattr(getattr(function, "__code__", None), "co_names", ())
    globals_ = getattr(function, "__globals__", {})
    closure = [cell.cell_contents for cell in getattr(function, "__closure__", None) or ()]
    if any(globals_.get(name) is original for name in names) or any(
        value is original for value in closure
    ):  # from helpers import sigmoid
        used.append(True)
    helpers.sigmoid = logistic.sigmoid = spy
    try:
        yield used
    finally:
        helpers.sigmoid = logistic.sigmoid = original


def stable_sigmoid(my_sigmoid) -> Feedback:
    """Exercise 1: a sigmoid that is exact, finite and warning-free for z from −1000 to 1000."""
    with _watching_sigmoid(my_sigmoid) as used:
        result, caught, problem = call_learner(my_sigmoid, _Z.copy())
    if problem is not None:
        return problem
    if used:
        return not_yet("sigmoid.used_helpers")
    array, problem = _as_array(result, _Z.shape)
    if problem is not None:
        return problem
    if caught:
        return not_yet("sigmoid.warned", warning=caught[0])
    expected = sigmoid(_Z)
    if np.any(_SUBNORMAL & (array == 0.0)):
        i = int(np.argmax(_SUBNORMAL & (array == 0.0)))
        return not_yet("sigmoid.silenced", z=_Z[i], expected=expected[i])
    if array[_Z == 0][0] != 0.5:
        return not_yet("sigmoid.half", got=repr(array[_Z == 0][0]))
    # σ is subnormal at -720 and -740, with fewer significant bits: a looser relative tolerance.
    rtol = np.where(_SUBNORMAL, 1e-6, 1e-12)
    wrong = np.abs(array - expected) > rtol * np.abs(expected) + 1e-300
    if wrong.any():
        i = int(np.argmax(wrong))
        return not_yet("sigmoid.wrong_value", z=_Z[i], got=array[i], expected=expected[i])
    return correct("sigmoid.correct", array)


def sigmoid_derivative_function(my_derivative) -> Feedback:
    """Exercise 2: σ'(z) = σ(z)(1 − σ(z)), using the sigmoid rather than a finite difference."""
    z = np.linspace(-6.0, 6.0, 13)
    result, caught, problem = call_learner(my_derivative, z.copy())
    if problem is not None:
        return problem
    array, problem = _as_array(result, z.shape)
    if problem is not None:
        return problem
    if caught:
        return not_yet("sigmoid.derivative_warned", warning=caught[0])
    expected = sigmoid_derivative(z)
    if np.allclose(array, expected, rtol=1e-9, atol=1e-12):
        return correct("sigmoid.derivative_correct", array)
    if np.allclose(array, expected, rtol=1e-5, atol=1e-8):
        return not_yet("sigmoid.derivative_numerical")
    if np.allclose(array, sigmoid(z), rtol=1e-9):
        return not_yet("sigmoid.derivative_is_sigma")
    if np.allclose(array, 1 - sigmoid(z), rtol=1e-9):
        return not_yet("sigmoid.derivative_is_one_minus_sigma")
    i = int(np.argmax(~np.isclose(array, expected, rtol=1e-9, atol=1e-12)))
    return not_yet("sigmoid.derivative_wrong_value", z=z[i], got=array[i], expected=expected[i])


def midpoint_and_slope(w, b) -> Feedback:
    """Exercise 3: σ(w x + b) = 1/2 at x = 2 and 0.9 at x = 3."""
    if unfinished(w) or unfinished(b):
        return not_yet("sigmoid.midpoint_unfinished")
    for value in (w, b):
        _, problem = learner_numbers(value, "sigmoid.what_w_b", (), "sigmoid.w_b_shape")
        if problem is not None:
            return problem
    w, b = float(w), float(b)
    answer = np.array([w, b])
    at_2, at_3 = sigmoid(2 * w + b), sigmoid(3 * w + b)
    if abs(2 * w + b) > 1e-3:
        return not_yet("sigmoid.midpoint_off", at_2=at_2)
    if abs(at_3 - 0.9) > 5e-3:
        return not_yet("sigmoid.slope_off", at_3=at_3)
    if abs(w - np.log(9)) < 1e-9 and abs(b + 2 * w) < 1e-9:
        return correct("sigmoid.midpoint_exact", answer, w=w, b=b)
    return correct("sigmoid.midpoint_close", answer, at_2=at_2, at_3=at_3)
