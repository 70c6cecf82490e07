"""The logistic (sigmoid) function and the logistic-regression hypothesis.

Notation follows the lecture: a sample x = [x0, x1, ..., xn] with x0 = 1 (the bias input),
weights W = [w0, w1, ..., wn], z = WX = w0 + w1 x1 + ... + wn xn and h(z) = σ(z).
"""

from __future__ import annotations

import numpy as np

from . import _extremes
from ._validation import (
    as_real_array,
    check_finite,
    check_ndim,
    check_not_empty,
    check_result_finite,
    is_scalar_input,
)

__all__ = ["add_bias", "hypothesis", "linear_hypothesis", "sigmoid", "sigmoid_derivative"]


#: Below this z, e^{-z} would pass the largest float (about e^{709.78}).
OVERFLOW_EDGE = -709.0


def _exp(x: np.ndarray) -> np.ndarray:
    """e^x in float64, rounded from the C library's long-double exp.

    NumPy's own float64 exp uses SIMD code on CPUs with AVX-512, whose last bit differs from
    the C library's; then σ would differ from ``scipy.special.expit`` by up to 4 ulp and the
    notebooks' printed digits would depend on the CPU. The long-double exp (80-bit on x86-64
    Linux) rounded to float64 is the correctly rounded e^x but for rare double roundings, on
    every CPU. (Where long double is float64, as on Windows and macOS, this is np.exp.)

    In the browser (Pyodide, WebAssembly: ``sys.platform == "emscripten"``) it is np.exp.
    There long double is IEEE quad precision done in software, one library call per
    operation, so the long-double route would be slow for nothing: WebAssembly has no
    CPU-dependent SIMD paths, so np.exp already gives the same digits on every machine.
    """
    import sys

    if sys.platform == "emscripten":
        return np.exp(x)
    return np.exp(x.astype(np.longdouble)).astype(np.float64)


def _sigmoid_array(z: np.ndarray, fast: bool = False) -> np.ndarray:
    """σ(z) for a float array, stable for every input (see `sigmoid`).

    ``fast=True`` takes e^x from NumPy's own exp (SIMD on some CPUs, within an ulp or so of
    the C library's), for loops such as gradient descent that call σ thousands of times on
    small arrays and do not print its last bit. The caller then sets ``np.errstate``.
    """
    if fast and z.min() >= OVERFLOW_EDGE:  # (False for a NaN)
        return 1.0 / (1.0 + np.exp(-z))
    exp = np.exp if fast else _exp
    safe = z >= OVERFLOW_EDGE  # False for NaN, which then takes the tail branch: NaN out
    with np.errstate(under="ignore"):  # e^{-z} -> 0 for large z is the right limit
        if safe.all():  # the usual case
            return 1.0 / (1.0 + exp(-z))
        body = 1.0 / (1.0 + exp(-np.where(safe, z, 0.0)))
        tail = exp(np.minimum(z, OVERFLOW_EDGE))
    return np.where(safe, body, tail)


def sigmoid(z):
    r"""The sigmoid (logistic) function σ(z) = 1 / (1 + e^{-z}), computed stably.

    The formula as written overflows for z < −709.78, where e^{-z} is beyond the largest
    float (about 1.8e308). There, σ(z) = e^{z} / (1 + e^{z}), and 1 + e^{z} is exactly 1 in
    floating point, so σ(z) = e^{z}: a tiny number that never overflows. Everywhere else the
    formula as written is safe, and it is what ``scipy.special.expit`` computes: with e^{-z}
    taken from the C library (see `_exp`), the two agree to 2 ulp wherever σ is a normal
    float, and nearly always to the last bit.

    Parameters
    ----------
    z : real number, or list / array of real numbers (any shape). NaN gives NaN.

    Returns
    -------
    float for a scalar input, otherwise an ndarray of floats in [0, 1], same shape as ``z``.
    ``sigmoid(0) == 0.5`` exactly; ±inf give 1.0 and 0.0. No warnings, for any input.
    """
    array = as_real_array(z, "z")
    result = _sigmoid_array(array)
    return float(result) if is_scalar_input(z) else result


def sigmoid_derivative(z):
    r"""The derivative of the sigmoid: σ'(z) = σ(z) (1 − σ(z)).

    Computed as σ(z) · σ(−z), which is the same number (1 − σ(z) = σ(−z)) but keeps full
    precision when σ(z) is close to 1, where 1 − σ(z) would cancel to 0. Largest at z = 0,
    where it is exactly 1/4; the product of two rounded factors can round above 1/4 near 0
    (σ(1e-14) σ(−1e-14) = 0.25000000000000006), so it is capped there: always in [0, 1/4].
    """
    array = as_real_array(z, "z")
    result = _sigmoid_slope(array)
    return float(result) if is_scalar_input(z) else result


def _sigmoid_slope(z: np.ndarray) -> np.ndarray:
    """σ'(z) = min(σ(z) σ(−z), 1/4) for a float array (NaN gives NaN)."""
    return np.fmin(_sigmoid_array(z) * _sigmoid_array(-z), 0.25)


def add_bias(X) -> np.ndarray:
    """Prepend the bias column x0 = 1, so that ``add_bias(X) @ W`` is z = w0 + w1 x1 + ...

    ``X`` is (m, n): one sample per row, one feature per column. A 1-D ``X`` of length m is
    read as m samples of one feature. Returns an (m, n + 1) float array whose first column
    is all ones.
    """
    array = as_real_array(X, "X")
    check_ndim(
        array, "X", (1, 2), "a 1-D array (one feature) or a 2-D array (m samples, n features)"
    )
    if array.ndim == 1:
        array = array[:, np.newaxis]
    check_not_empty(array, "X")
    check_finite(array, "X")
    return np.hstack([np.ones((array.shape[0], 1)), array])


def _check_weights_and_inputs(W, X) -> tuple[np.ndarray, np.ndarray]:
    """Validate W (n + 1,) against X (m, n + 1) and return both as float arrays."""
    W = as_real_array(W, "W")
    X = as_real_array(X, "X")
    check_ndim(W, "W", (1,), "a 1-D weight vector [w0, w1, ..., wn]")
    check_ndim(X, "X", (2,), "a 2-D array (m samples, n + 1 columns, bias column first)")
    check_not_empty(W, "W", "weight")
    check_not_empty(X, "X")
    if X.shape[1] != W.shape[0]:
        hint = ""
        if X.shape[1] + 1 == W.shape[0]:
            hint = " Did you forget the bias column? Use helpers.add_bias(X)."
        raise ValueError(
            f"`W` has shape {W.shape} but `X` has shape {X.shape}: X needs one column per "
            f"weight ({W.shape[0]} columns, the first being x0 = 1).{hint}"
        )
    check_finite(W, "W")
    check_finite(X, "X")
    return W, X


def _logits(W: np.ndarray, X: np.ndarray) -> np.ndarray:
    """z = X @ W for validated W and X; ±inf only where the true z is beyond the float range."""
    return _extremes.matmul(X, W)


def linear_hypothesis(W, X) -> np.ndarray:
    """The linear-regression hypothesis y = h_w(x) = WX, one value per row of ``X``.

    ``X`` must already hold the bias column (see `add_bias`). Raises ``ValueError`` where WX
    is beyond the float range.
    """
    W, X = _check_weights_and_inputs(W, X)
    z = _logits(W, X)
    check_result_finite(z, "WX")
    return z


def hypothesis(W, X) -> np.ndarray:
    """The logistic-regression hypothesis h(z) = σ(z) = 1 / (1 + e^{-WX}), one per row of ``X``.

    ``X`` must already hold the bias column (see `add_bias`); W = [w0, w1, ..., wn].
    Where WX is beyond the float range, h is its limit, 0 or 1.
    """
    W, X = _check_weights_and_inputs(W, X)
    return _sigmoid_array(_logits(W, X))
