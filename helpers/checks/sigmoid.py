"""Checks for notebook 01's exercises (use as ``from helpers.checks import sigmoid as check``)."""

from __future__ import annotations

import numpy as np

from ..logistic import sigmoid, sigmoid_derivative
from ._feedback import Feedback, as_learner_array, call_learner, correct, not_yet, unfinished

__all__ = ["midpoint_and_slope", "sigmoid_derivative_function", "stable_sigmoid"]

_Z = np.array([-1000.0, -40.0, -5.0, -1.0, 0.0, 1.0, 5.0, 40.0, 1000.0])


def _as_array(result, expected_shape) -> tuple[np.ndarray | None, Feedback | None]:
    return as_learner_array(
        result,
        expected_shape,
        "numbers",
        "For an array z of shape {shape} your function returned shape {got}. Use NumPy "
        "operations (np.exp, np.where, ...) so that it works element by element.",
    )


def stable_sigmoid(my_sigmoid) -> Feedback:
    """Exercise 1: a sigmoid that is exact, finite and warning-free for z from −1000 to 1000."""
    result, caught, problem = call_learner(my_sigmoid, _Z.copy())
    if problem is not None:
        return problem
    array, problem = _as_array(result, _Z.shape)
    if problem is not None:
        return problem
    if caught:
        return not_yet(
            f'Your function warned: "{caught[0]}". Somewhere np.exp gets a large positive '
            "argument: e^(-z) for a very negative z, or e^z for a very positive z (e^1000 does "
            "not fit in a float). Note that np.where(cond, a, b) computes both a and b for "
            "every z; compute e = np.exp(-np.abs(z)) first and build both branches from e."
        )
    bad = ~np.isfinite(array)
    if bad.any():
        return not_yet(
            f"At z = {_Z[bad][0]:g} your function returned {array[bad][0]}, not a number in [0, 1]."
        )
    if array[_Z == 0][0] != 0.5:
        return not_yet(f"σ(0) must be exactly 0.5; yours gives {array[_Z == 0][0]!r}.")
    expected = sigmoid(_Z)
    wrong = ~np.isclose(array, expected, rtol=1e-12, atol=1e-300)
    if wrong.any():
        i = int(np.argmax(wrong))
        return not_yet(
            f"At z = {_Z[i]:g} yours gives {array[i]:.6g}, but σ(z) = {expected[i]:.6g}. "
            "For z < 0 the stable form is e^z / (1 + e^z)."
        )
    return correct("Your sigmoid is exact, finite and warning-free from z = -1000 to 1000.")


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
        return not_yet(f'Your function warned: "{caught[0]}". Use helpers.sigmoid inside it.')
    expected = sigmoid_derivative(z)
    if np.allclose(array, expected, rtol=1e-9, atol=1e-12):
        return correct("σ'(z) = σ(z)(1 − σ(z)); its largest value is σ'(0) = 1/4.")
    if np.allclose(array, expected, rtol=1e-5, atol=1e-8):
        return not_yet(
            "Your values agree with σ'(z) to about 6 digits but not exactly: that looks like a "
            "numerical slope (a finite difference). The exercise asks for the formula "
            "σ(z)(1 − σ(z)), which is exact."
        )
    if np.allclose(array, sigmoid(z), rtol=1e-9):
        return not_yet("You returned σ(z) itself. Multiply it by (1 − σ(z)).")
    if np.allclose(array, 1 - sigmoid(z), rtol=1e-9):
        return not_yet("You returned 1 − σ(z). Multiply it by σ(z).")
    i = int(np.argmax(~np.isclose(array, expected, rtol=1e-9, atol=1e-12)))
    return not_yet(
        f"At z = {z[i]:g} yours gives {array[i]:.6g}, but σ(z)(1 − σ(z)) = {expected[i]:.6g}. "
        f"A quick test: σ'(0) should be 0.25."
    )


def midpoint_and_slope(w, b) -> Feedback:
    """Exercise 3: σ(w x + b) = 1/2 at x = 2 and 0.9 at x = 3."""
    if unfinished(w) or unfinished(b):
        return not_yet(
            "It looks unfinished: put numbers in place of the `...` for w and b, run that "
            "cell, then run this check again."
        )
    try:
        w, b = float(w), float(b)
    except (TypeError, ValueError):
        return not_yet(f"w and b must be numbers; got {type(w).__name__} and {type(b).__name__}.")
    at_2, at_3 = sigmoid(2 * w + b), sigmoid(3 * w + b)
    if abs(2 * w + b) > 1e-3:
        return not_yet(
            f"σ(w·2 + b) = {at_2:.3f}, not 1/2. σ is 1/2 exactly where its input is 0, "
            "so you need w·2 + b = 0, that is b = -2w."
        )
    if abs(at_3 - 0.9) > 5e-3:
        return not_yet(
            f"The midpoint is right, but σ(w·3 + b) = {at_3:.3f}, not 0.9. With b = -2w, "
            "σ(3w + b) = σ(w); solve 1 / (1 + e^(-w)) = 0.9 for w (e^(-w) = 1/9)."
        )
    if abs(w - np.log(9)) < 1e-9 and abs(b + 2 * w) < 1e-9:
        return correct(
            f"w = ln 9 = {w:.4f} and b = -2w = {b:.4f}: σ(2w + b) = 0.5, σ(3w + b) = 0.9."
        )
    return correct(
        f"Close enough: σ(2w + b) = {at_2:.3f} and σ(3w + b) = {at_3:.3f}. The exact answer is "
        "w = ln 9 ≈ 2.1972 and b = -2w; can you derive it?"
    )
