"""Going further (optional, beyond the lecture): a step size that is always safe, and descent
with momentum. Only the "Going further" cells of notebook 04 use this module.

For the cross entropy J, the curvature in every direction is at most L = λmax(XᵀX) / (4m):
the Hessian is (1/m) Xᵀ D X with D = diag(σ'(z)) and σ' <= 1/4. A step η = 1/L then lowers J
at every epoch, from any start, on any data (the descent lemma). Nesterov's momentum takes
the same step from a point a little ahead, in the direction the weights were already moving:
far fewer epochs on a long, flat valley.
"""

from __future__ import annotations

import math

import numpy as np

from ._validation import positive, real_array, whole_number, with_shape
from .training import MAX_EPOCHS, FitResult, check_data, descend, evaluator, fit_result, start

__all__ = ["fit_nesterov", "lipschitz_constant"]


def lipschitz_constant(X) -> float:
    r"""L = λmax(XᵀX) / (4m): no curvature of the cross entropy J(W) is larger, for any W.

    λmax is the largest eigenvalue of XᵀX (``np.linalg.eigvalsh``); ``X`` (m, n + 1) holds the
    bias column. The learning rate η = 1/L lowers J at every epoch of gradient descent.
    """
    X = with_shape(real_array(X, "X"), "X", 2, "a 2-D array (m samples, n + 1 columns)")
    return _lipschitz(X)


def _lipschitz(X: np.ndarray) -> float:
    L = float(np.linalg.eigvalsh(X.T @ X)[-1]) / (4.0 * X.shape[0])
    if L == 0.0:
        raise ValueError("`X` is all zeros: J does not depend on W, there is nothing to descend.")
    return L


def fit_nesterov(X, y, tol: float = 1e-10, epochs: int = MAX_EPOCHS, W0=None) -> FitResult:
    r"""Gradient descent with Nesterov's momentum and the step 1/L, until ‖∇J‖ < ``tol``.

    Each epoch takes one gradient, at the look-ahead point V_k = W_k + β_k (W_k − W_{k−1})
    (β_k as in FISTA), and steps W_{k+1} = V_k − (1/L) ∇J(V_k); the momentum restarts whenever
    it points uphill (adaptive restart, O'Donoghue and Candès 2015). ``history[k]`` is J at
    the k-th look-ahead point. Where the maximum-likelihood weights exist (the classes are
    not separable) and the features are not nearly collinear, it reaches them to 1e-6, as
    scikit-learn's unpenalised Newton-CG finds them; on separable data no finite optimum
    exists and the weights grow until ``epochs`` runs out.
    """
    X, y = check_data(X, y)
    tol = positive(tol, "tol")
    epochs = whole_number(epochs, "epochs", 0, MAX_EPOCHS)
    rate = 1.0 / _lipschitz(X)
    return fit_result(*descend(evaluator(X, y), start(W0, X), epochs, tol, _nesterov(rate)), rate)


def _nesterov(rate: float):
    """Nesterov's update for `descend`: from the look-ahead point V_k with gradient G, W_{k+1} =
    V_k − η G and V_{k+1} = W_{k+1} + β_k (W_{k+1} − W_k); restarted when it points uphill."""
    state = {"W": None, "t": 1.0}

    def advance(V: np.ndarray, step: np.ndarray) -> np.ndarray:
        W = V if state["W"] is None else state["W"]
        W_new = V - rate * step
        if step @ (W_new - W) > 0.0:  # the momentum pushed uphill: restart it
            state["t"], V_new = 1.0, W_new
        else:
            t = state["t"]
            state["t"] = 0.5 * (1.0 + math.sqrt(1.0 + 4.0 * t * t))
            V_new = W_new + ((t - 1.0) / state["t"]) * (W_new - W)
        state["W"] = W_new
        return V_new

    return advance
