"""Backpropagation (역전파), output layer: ΔW^[2] with the squared error and with cross entropy.

This module follows the slide "역전파 2: W^[2]의 오차함수 미분 - 4단계" and its convention of
**one column per sample** (unlike the rest of `helpers`, which puts samples in rows):

- ``A1``: the previous layer's outputs A^[1], shape (n_hidden, m), column i = sample i;
- ``W2``: the output layer's weights W^[2], shape (n_out, n_hidden); entry ``W2[k, j]`` is the
  slide's w_jk, from hidden unit j to output unit k;
- Z^[2] = W^[2] A^[1], shape (n_out, m); Ŷ = g(Z^[2]) with g = σ;
- ``Y``: the labels, shape (n_out, m), 0 or 1; E^[2] = Y − Ŷ.

Two costs:

- squared error, as the slide's E, with **no** 1/m: E = Σ_k Σ_i ½ (y_k^{(i)} − ŷ_k^{(i)})²,
  ∂E/∂w_jk = −(y_k − ŷ_k) g'(z_k) a_j (summed over samples), ΔW^[2] = −(E^[2] ∗ g'(Z^[2])) A^[1]ᵀ;
- cross entropy, with 1/m: J = −(1/m) Σ_k Σ_i [y log ŷ + (1 − y) log(1 − ŷ)],
  ∂J/∂w_jk = −(1/m)(y_k − ŷ_k) a_j, ΔW^[2] = −(1/m) E^[2] A^[1]ᵀ: g'(Z) has cancelled.

(∗ is the element-wise product, the slide's first "·"; the second "·" is a matrix product.)
"""

from __future__ import annotations

import numpy as np

from . import _extremes
from ._validation import (
    as_choice,
    as_real_array,
    check_binary,
    check_finite,
    check_ndim,
    check_not_empty,
    check_result_finite,
)
from .costs import _logit_errors
from .logistic import _sigmoid_array

__all__ = ["output_layer_cost", "output_layer_gradient", "output_layer_outputs"]

COSTS = ("sse", "cross_entropy")


_NO_LABELS = object()


def _check_layer(W2, A1, Y=_NO_LABELS):
    W2 = as_real_array(W2, "W2")
    A1 = as_real_array(A1, "A1")
    check_ndim(W2, "W2", (2,), "a 2-D array of shape (n_out, n_hidden)")
    check_ndim(A1, "A1", (2,), "a 2-D array of shape (n_hidden, m): one column per sample")
    check_not_empty(W2, "W2", "output unit")
    check_not_empty(A1, "A1")
    check_finite(W2, "W2")
    check_finite(A1, "A1")
    if W2.shape[1] != A1.shape[0]:
        raise ValueError(
            f"`W2` has shape {W2.shape} but `A1` has shape {A1.shape}: W2 needs one column per "
            f"row of A1 (n_hidden = {A1.shape[0]}). Samples are columns here, as on the slide."
        )
    if Y is _NO_LABELS:
        return W2, A1
    Y = as_real_array(Y, "Y")
    expected = (W2.shape[0], A1.shape[1])
    if Y.shape != expected:
        raise ValueError(
            f"`Y` must have shape (n_out, m) = {expected}, one column per sample; got {Y.shape}."
        )
    check_binary(Y, "Y")
    return W2, A1, Y


def _check_cost(cost) -> str:
    return as_choice(cost, "cost", COSTS)


def _layer_logits(W2: np.ndarray, A1: np.ndarray) -> np.ndarray:
    """Z^[2] = W^[2] A^[1]; ±inf only where the true z is beyond the float range."""
    return _extremes.matmul(W2, A1)


def output_layer_outputs(W2, A1) -> tuple[np.ndarray, np.ndarray]:
    """The forward pass of the output layer: Z^[2] = W^[2] A^[1] and Ŷ = σ(Z^[2]).

    Returns ``(Z2, Y_hat)``, both of shape (n_out, m); ``ValueError`` where Z^[2] is beyond
    the float range.
    """
    W2, A1 = _check_layer(W2, A1)
    Z2 = _layer_logits(W2, A1)
    check_result_finite(Z2, "Z2 = W2 A1")
    return Z2, _sigmoid_array(Z2)


def output_layer_cost(W2, A1, Y, cost: str = "sse") -> float:
    r"""E = Σ_k Σ_i ½ (y − ŷ)² (``"sse"``) or J = −(1/m) Σ_k Σ_i [y log ŷ + (1 − y) log(1 − ŷ)].

    The cross entropy is computed from Z^[2] (log σ(z) = −softplus(−z)), so it is finite and
    exact even for saturated outputs. Shapes as in the module docstring.
    """
    cost = _check_cost(cost)
    W2, A1, Y = _check_layer(W2, A1, Y)
    Z2 = _layer_logits(W2, A1)
    if cost == "sse":
        return float(0.5 * np.sum((Y - _sigmoid_array(Z2)) ** 2))
    return _extremes.total(_logit_errors(Y, Z2), divide_by=A1.shape[1])


def output_layer_gradient(W2, A1, Y, cost: str = "sse") -> np.ndarray:
    r"""ΔW^[2], the gradient of the cost with respect to W^[2], shape (n_out, n_hidden).

    ``"sse"``: ΔW^[2] = ∂E/∂W^[2] = −(E^[2] ∗ g'(Z^[2])) A^[1]ᵀ, g'(Z) = σ(Z)(1 − σ(Z));
    ``"cross_entropy"``: ΔW^[2] = ∂J/∂W^[2] = −(1/m) E^[2] A^[1]ᵀ (the g' factor becomes 1).
    E^[2] = Y − Ŷ. Entry [k, j] is the slide's Δw_jk = −Σ_i (y_k − ŷ_k) g'(z_k) a_j (SSE).
    """
    cost = _check_cost(cost)
    W2, A1, Y = _check_layer(W2, A1, Y)
    Z2 = _layer_logits(W2, A1)
    Y_hat = _sigmoid_array(Z2)
    E2 = Y - Y_hat
    if cost == "sse":
        g_prime = Y_hat * _sigmoid_array(-Z2)  # σ'(Z) = σ(Z)(1 − σ(Z)) = σ(Z) σ(−Z)
        delta = -_extremes.matmul(E2 * g_prime, A1.T)
    else:
        delta = -_extremes.matmul(E2, A1.T, divide_by=A1.shape[1])
    check_result_finite(delta, "ΔW2")
    return delta
