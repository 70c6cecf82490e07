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

from ._validation import binary, choice, real_array, with_shape
from .costs import logit_errors
from .logistic import sigma

__all__ = ["output_layer_cost", "output_layer_gradient"]


def _layer(W2, A1, Y, cost) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Checked W2 (n_out, n_hidden), A1 (n_hidden, m), Y (n_out, m) and the cost's name."""
    cost = choice(cost, "cost", ("sse", "cross_entropy"))
    W2 = with_shape(real_array(W2, "W2"), "W2", 2, "a 2-D array of shape (n_out, n_hidden)")
    A1 = with_shape(real_array(A1, "A1"), "A1", 2, "a 2-D array (n_hidden, m), samples as columns")
    if W2.shape[1] != A1.shape[0]:
        raise ValueError(
            f"`W2` has shape {W2.shape} but `A1` has shape {A1.shape}: W2 needs one column per "
            f"row of A1 (n_hidden = {A1.shape[0]}). Samples are columns here, as on the slide."
        )
    Y = binary(real_array(Y, "Y"), "Y")
    if Y.shape != (W2.shape[0], A1.shape[1]):
        raise ValueError(f"`Y` must have shape (n_out, m) = {(W2.shape[0], A1.shape[1])}.")
    return W2, A1, Y, cost


def output_layer_cost(W2, A1, Y, cost: str = "sse") -> float:
    r"""E = Σ_k Σ_i ½ (y − ŷ)² (``"sse"``) or J = −(1/m) Σ_k Σ_i [y log ŷ + (1 − y) log(1 − ŷ)].

    Ŷ = σ(Z^[2]) with Z^[2] = W^[2] A^[1]. The cross entropy is computed from Z^[2]
    (log σ(z) = −softplus(−z)), so it is exact even for saturated outputs. Shapes as in the
    module docstring.
    """
    W2, A1, Y, cost = _layer(W2, A1, Y, cost)
    Z2 = W2 @ A1
    if cost == "sse":
        return float(0.5 * np.sum((Y - sigma(Z2)) ** 2))
    return float(np.sum(logit_errors(Y, Z2)) / A1.shape[1])


def output_layer_gradient(W2, A1, Y, cost: str = "sse") -> np.ndarray:
    r"""ΔW^[2], the gradient of the cost with respect to W^[2], shape (n_out, n_hidden).

    ``"sse"``: ΔW^[2] = ∂E/∂W^[2] = −(E^[2] ∗ g'(Z^[2])) A^[1]ᵀ, g'(Z) = σ(Z)(1 − σ(Z));
    ``"cross_entropy"``: ΔW^[2] = ∂J/∂W^[2] = −(1/m) E^[2] A^[1]ᵀ (the g' factor becomes 1).
    E^[2] = Y − Ŷ. Entry [k, j] is the slide's Δw_jk = −Σ_i (y_k − ŷ_k) g'(z_k) a_j (SSE).
    """
    W2, A1, Y, cost = _layer(W2, A1, Y, cost)
    Z2 = W2 @ A1
    Y_hat = sigma(Z2)
    E2 = Y - Y_hat
    if cost == "sse":
        return -(E2 * (Y_hat * sigma(-Z2))) @ A1.T  # g'(Z) = σ(Z)(1 − σ(Z)) = σ(Z) σ(−Z)
    return -(E2 @ A1.T) / A1.shape[1]
