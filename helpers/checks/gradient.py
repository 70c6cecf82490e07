"""Checks for notebook 04's exercises (use as ``from helpers.checks import gradient as check``)."""

from __future__ import annotations

import numpy as np

from ..backprop import output_layer_gradient
from ..logistic import add_bias, sigmoid, sigmoid_derivative
from ..training import gradient, sse_gradient
from ._feedback import Feedback, as_learner_array, call_learner, correct, not_yet

__all__ = ["gradient_function", "gradient_step", "sse_output_gradient"]


def _problem(seed: int, m: int, n: int):
    """A random problem: W (n + 1,), X (m, n + 1) with the bias column, y (m,) of both labels."""
    rng = np.random.default_rng(seed)
    X = add_bias(rng.normal(0.0, 1.5, size=(m, n)))
    W = rng.normal(0.0, 1.0, size=n + 1)
    y = (np.arange(m) % 2).astype(float)
    rng.shuffle(y)
    return W, X, y


# m != n + 1 everywhere, so that a transposed product fails instead of passing by accident.
_PROBLEMS = (_problem(40, 7, 2), _problem(41, 12, 3))


def _call_for_vector(function, args, shape, what: str):
    """Call the learner's function; ``(array, None)`` for numbers of ``shape``, else a hint."""
    result, caught, problem = call_learner(function, *args)
    if problem is not None:
        return None, problem
    array, problem = as_learner_array(
        result,
        shape,
        what,
        "Your function returned shape {got}; it should return " + what + " of shape {shape}, "
        "one number per weight. X is (m, n + 1) with one sample per row, so Xᵀ(y − ŷ) is "
        "`X.T @ (y - y_hat)` and has one entry per column of X.",
    )
    if problem is None and caught:
        return None, not_yet(f'Your function warned: "{caught[0]}".')
    return array, problem


def _constant_factor(array: np.ndarray, expected: np.ndarray) -> float | None:
    """c if ``array`` = c · ``expected`` for one positive c != 1, else None."""
    if not np.all(np.abs(expected) > 1e-12):
        return None
    ratios = array / expected
    c = float(ratios[0])
    if c > 0 and not np.isclose(c, 1.0) and np.allclose(ratios, c, rtol=1e-9):
        return c
    return None


def gradient_function(my_gradient) -> Feedback:
    """Exercise 1: ``my_gradient(W, X, y)`` = −(1/m) Xᵀ(y − ŷ), ŷ = σ(XW)."""
    for W, X, y in _PROBLEMS:
        m = len(y)
        expected = gradient(W, X, y)
        args = (W.copy(), X.copy(), y.copy())
        array, problem = _call_for_vector(my_gradient, args, expected.shape, "the gradient")
        if problem is not None:
            return problem
        if np.allclose(array, expected, rtol=1e-9, atol=1e-12):
            continue
        if np.allclose(array, -expected, rtol=1e-9, atol=1e-12):
            return not_yet(
                "Your gradient has the wrong sign: it points uphill. ∂J/∂w_j = −(1/m) Σ (y − ŷ) "
                "x_j, which is the same as +(1/m) Σ (ŷ − y) x_j. Did you combine the minus sign "
                "with ŷ − y (or drop it with y − ŷ)?"
            )
        if np.allclose(array, m * expected, rtol=1e-9, atol=1e-12):
            return not_yet(
                f"Your gradient is m = {m} times too large: the 1/m of J is missing. Divide the "
                "sum by m = len(y)."
            )
        if np.allclose(array, -m * expected, rtol=1e-9, atol=1e-12):
            return not_yet("Two slips: the sign is flipped and the 1/m is missing.")
        if np.allclose(array, expected * m / X.shape[1], rtol=1e-9, atol=1e-12):
            return not_yet(
                f"You divided by {X.shape[1]}, the number of columns of X. m is the number of "
                "samples, the number of rows: len(y) or X.shape[0]."
            )
        factor = _constant_factor(array, expected)
        if factor is not None:
            return not_yet(
                f"Your gradient is {factor:.4g} times the right one: right direction, wrong "
                f"scale. Divide by m = len(y) (here {m}), the number of samples in *this* y, "
                "not by a fixed number or a variable left over from another cell."
            )
        linear = -(X.T @ (y - X @ W)) / m
        if np.allclose(array, linear, rtol=1e-9, atol=1e-12):
            return not_yet(
                "You used z = XW as the prediction, as linear regression would. Logistic "
                "regression predicts ŷ = σ(z): apply helpers.sigmoid first."
            )
        if np.allclose(array, sse_gradient(W, X, y) / m, rtol=1e-9, atol=1e-12):
            return not_yet(
                "Your gradient has an extra factor σ'(z) = σ(z)(1 − σ(z)): that is the squared "
                "error's gradient. For the cross entropy it cancels (step 7 of the derivation)."
            )
        return not_yet(
            "Your numbers differ from −(1/m) Xᵀ(y − ŷ). Compute y_hat = helpers.sigmoid(X @ W), "
            "then -(X.T @ (y - y_hat)) / len(y), and compare with helpers.numerical_gradient."
        )
    return correct(
        "∇J = −(1/m) Xᵀ(y − ŷ): one number per weight, the sum over samples as a product."
    )


def gradient_step(my_step) -> Feedback:
    """Exercise 2: ``my_step(W, X, y, learning_rate)`` returns W + η (1/m) Xᵀ(y − ŷ)."""
    for rate, (W, X, y) in zip((0.5, 0.1), _PROBLEMS, strict=True):
        grad = gradient(W, X, y)
        expected = W - rate * grad
        args = (W.copy(), X.copy(), y.copy(), rate)
        array, problem = _call_for_vector(my_step, args, W.shape, "the new weights")
        if problem is not None:
            return problem
        if np.allclose(array, expected, rtol=1e-9, atol=1e-12):
            continue
        if np.allclose(array, W + rate * grad, rtol=1e-9, atol=1e-12):
            return not_yet(
                "Your step goes uphill: it adds η·∂J/∂w_j. Gradient descent subtracts it: "
                "w_j := w_j − η ∂J/∂w_j = w_j + η (1/m) Σ (y − ŷ) x_j."
            )
        if np.allclose(array, W - grad, rtol=1e-9, atol=1e-12):
            return not_yet("The learning rate η is missing: multiply the gradient by it.")
        if np.allclose(array, grad, rtol=1e-9, atol=1e-12) or np.allclose(
            array, -rate * grad, rtol=1e-9, atol=1e-12
        ):
            return not_yet(
                "You returned the change (or the gradient), not the new weights W − η ∇J."
            )
        if np.allclose(array, W - rate * len(y) * grad, rtol=1e-9, atol=1e-12):
            return not_yet("The step is m times too large: the gradient needs its 1/m.")
        return not_yet(
            "Your new weights differ from W − η ∇J. Reuse your gradient from Exercise 1 "
            "(or helpers.gradient) and return W - learning_rate * gradient."
        )
    return correct("w_j := w_j + η (1/m) Σ (y − ŷ) x_j, all weights at once: one epoch of descent.")


def _layer(seed: int):
    """A small output layer with columns as samples: A1 (3, 5), W2 (2, 3), Y (2, 5)."""
    rng = np.random.default_rng(seed)
    A1 = sigmoid(rng.normal(0.0, 2.0, size=(3, 5)))
    W2 = rng.normal(0.0, 1.5, size=(2, 3))
    Y = (rng.random((2, 5)) < 0.5).astype(float)
    Y[0, 0], Y[1, 0] = 0.0, 1.0  # both labels present
    return W2, A1, Y


def sse_output_gradient(my_delta_w2) -> Feedback:
    """Exercise 3: ``my_delta_w2(W2, A1, Y)`` = −(E ∗ g'(Z)) A1ᵀ with Z = W2 A1, E = Y − σ(Z)."""
    for seed in (50, 51):
        W2, A1, Y = _layer(seed)
        expected = output_layer_gradient(W2, A1, Y, "sse")
        result, caught, problem = call_learner(my_delta_w2, W2.copy(), A1.copy(), Y.copy())
        if problem is not None:
            return problem
        try:
            array = np.asarray(result, dtype=float)
        except (TypeError, ValueError):
            return not_yet(f"Your function returned {type(result).__name__}, not a matrix.")
        if array.shape == expected.T.shape and array.shape != expected.shape:
            return not_yet(
                f"Your ΔW2 has shape {array.shape}, the transpose of W2's {W2.shape}. With "
                "columns as samples, (E ∗ g'(Z)) is (n_out, m) and A1ᵀ is (m, n_hidden): "
                "multiply them in that order."
            )
        if array.shape != expected.shape:
            return not_yet(
                f"Your ΔW2 has shape {array.shape}; it must have W2's shape {W2.shape}, one "
                "entry per weight. (E ∗ g'(Z)) @ A1.T gives (n_out, m) @ (m, n_hidden)."
            )
        if caught:
            return not_yet(f'Your function warned: "{caught[0]}".')
        if np.allclose(array, expected, rtol=1e-9, atol=1e-12):
            continue
        Z = W2 @ A1
        E = Y - sigmoid(Z)
        if np.allclose(array, -expected, rtol=1e-9, atol=1e-12):
            return not_yet("The sign is flipped: ΔW2 = −(E ∗ g'(Z)) A1ᵀ with E = Y − Ŷ.")
        if np.allclose(array, -E @ A1.T, rtol=1e-9, atol=1e-12):
            return not_yet(
                "The factor g'(Z) = σ(Z)(1 − σ(Z)) is missing: with the squared error it stays "
                "(only the cross entropy cancels it). Multiply E by it element-wise first."
            )
        if np.allclose(array, -(E @ A1.T) / A1.shape[1], rtol=1e-9, atol=1e-12):
            return not_yet(
                "That is the cross entropy's ΔW2, −(1/m) E A1ᵀ. With the squared error "
                "(no 1/m) the factor g'(Z) stays: −(E ∗ g'(Z)) A1ᵀ."
            )
        if np.allclose(array, expected / A1.shape[1], rtol=1e-9, atol=1e-12):
            return not_yet("The slide's SSE has no 1/m: E = Σ ½ (y − ŷ)². Drop the division.")
        Y_hat = sigmoid(Z)
        slope = Y_hat * (1 - Y_hat)
        if np.allclose(array, -(E * Y_hat) @ A1.T, rtol=1e-9, atol=1e-12):
            return not_yet(
                "You multiplied E by σ(Z) itself. g'(Z) is σ's *slope*, σ(Z)(1 − σ(Z)) "
                "(notebook 01): `Y_hat * (1 - Y_hat)`."
            )
        if np.allclose(array, -(E * sigmoid_derivative(Y_hat)) @ A1.T, rtol=1e-9, atol=1e-12):
            return not_yet(
                "helpers.sigmoid_derivative takes z, not ŷ: write sigmoid_derivative(Z2), or "
                "`Y_hat * (1 - Y_hat)` from the outputs."
            )
        if np.allclose(array, E @ A1.T, rtol=1e-9, atol=1e-12):
            return not_yet(
                "Two pieces are missing: the minus sign in front and the factor g'(Z) = "
                "σ(Z)(1 − σ(Z)), multiplied into E element-wise: −(E ∗ g'(Z)) A1ᵀ."
            )
        if np.allclose(array, -(E @ A1.T) * (slope @ A1.T), rtol=1e-9, atol=1e-12):
            return not_yet(
                "Multiply E by g'(Z) element-wise (`E * g_prime`) before the matrix product "
                "with A1.T, not after."
            )
        return not_yet(
            "Your ΔW2 differs from −(E ∗ g'(Z)) A1ᵀ. Steps: Z = W2 @ A1, Y_hat = σ(Z), "
            "E = Y - Y_hat, g' = Y_hat * (1 - Y_hat), then -(E * g') @ A1.T."
        )
    return correct("ΔW2 = −(E ∗ g'(Z)) A1ᵀ: one entry per weight w_jk, summed over the samples.")
