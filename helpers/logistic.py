"""The logistic (sigmoid) function and the logistic-regression hypothesis (notebook 01).

Notation follows the lecture: a sample x = [x0, x1, ..., xn] with x0 = 1 (the bias input),
weights W = [w0, w1, ..., wn], z = WX = w0 + w1 x1 + ... + wn xn and h(z) = σ(z). In code X
holds one sample per row, so z for every sample at once is ``X @ W``.

The functions in ``__all__`` check their arguments; `sigma` takes a checked float array and is
for helpers' own modules.
"""

from __future__ import annotations

import sys

import numpy as np

from ._validation import real_array, weights_and_samples, with_shape

__all__ = ["add_bias", "hypothesis", "linear_hypothesis", "sigmoid", "sigmoid_derivative"]

#: Below this z, e^{-z} would pass the largest float (about e^{709.78}).
OVERFLOW_EDGE = -709.0


def _exp(x: np.ndarray) -> np.ndarray:
    """e^x in float64, rounded from the C library's long-double exp: the same digits on every CPU.

    NumPy's own float64 exp uses SIMD code on CPUs with AVX-512, whose last bit differs, and the
    notebooks' printed digits would then depend on the CPU. (Where long double is float64, as on
    Windows and macOS, this is np.exp. In the browser, Pyodide, long double is a slow software
    quad and WebAssembly has no CPU-dependent paths, so np.exp is used directly.)
    """
    if sys.platform == "emscripten":
        return np.exp(x)
    return np.exp(x.astype(np.longdouble)).astype(np.float64)


def sigma(z: np.ndarray, fast: bool = False) -> np.ndarray:
    """σ(z) = 1 / (1 + e^{-z}) of a float array, stable for every input (see `sigmoid`).

    ``fast=True`` takes NumPy's own exp (within an ulp of `_exp`), for gradient descent, which
    calls σ thousands of times and prints none of its last digits.
    """
    exp = np.exp if fast else _exp
    safe = z >= OVERFLOW_EDGE  # False for NaN, which then takes the tail branch: NaN out
    with np.errstate(under="ignore"):  # e^{-z} -> 0 for large z is the right limit
        if safe.all():  # the usual case
            return 1.0 / (1.0 + exp(-z))
        body = 1.0 / (1.0 + exp(-np.where(safe, z, 0.0)))
        return np.where(safe, body, exp(np.minimum(z, OVERFLOW_EDGE)))


def _scalar_or_array(result: np.ndarray, given):
    """A float for a scalar input, else the array."""
    return float(result) if np.ndim(given) == 0 else result


def sigmoid(z):
    r"""The sigmoid (logistic) function σ(z) = 1 / (1 + e^{-z}), computed stably.

    The formula as written overflows for z < −709.78, where e^{-z} is beyond the largest
    float (about 1.8e308). There σ(z) = e^{z} / (1 + e^{z}), and 1 + e^{z} is exactly 1 in
    floating point, so σ(z) = e^{z}: a tiny number that never overflows. Everywhere else the
    formula as written is safe; it is what ``scipy.special.expit`` computes (the two agree
    to 2 ulp wherever σ is a normal float).

    ``z``: a real number or an array of them, any shape, any value (±inf give 1.0 and 0.0;
    NaN gives NaN). Returns a float for a scalar, else an array of the same shape, in [0, 1];
    ``sigmoid(0) == 0.5`` exactly. No warnings, for any input.
    """
    return _scalar_or_array(sigma(real_array(z, "z", finite=False, limit=None)), z)


def sigmoid_derivative(z):
    r"""The derivative of the sigmoid: σ'(z) = σ(z) (1 − σ(z)).

    Computed as σ(z) · σ(−z), the same number (1 − σ(z) = σ(−z)) without the cancellation of
    1 − σ(z) when σ(z) is close to 1. Its largest value is σ'(0) = 1/4; the product of two
    rounded factors can round just above 1/4 near 0, so it is capped there. NaN gives NaN.
    """
    array = real_array(z, "z", finite=False, limit=None)
    return _scalar_or_array(np.minimum(sigma(array) * sigma(-array), 0.25), z)


def add_bias(X) -> np.ndarray:
    """Prepend the bias column x0 = 1, so that ``add_bias(X) @ W`` is z = w0 + w1 x1 + ...

    ``X`` is (m, n): one sample per row, one feature per column; a 1-D ``X`` of length m is m
    samples of one feature. Returns an (m, n + 1) float array whose first column is all ones.
    """
    X = real_array(X, "X")
    X = X[:, np.newaxis] if X.ndim == 1 else X
    with_shape(X, "X", 2, "a 1-D array (one feature) or a 2-D array (m samples, n features)")
    return np.hstack([np.ones((X.shape[0], 1)), X])


def linear_hypothesis(W, X) -> np.ndarray:
    """The linear-regression hypothesis y = h_w(x) = WX, one value per row of ``X``.

    ``X`` holds the bias column (`add_bias`); W = [w0, w1, ..., wn].
    """
    W, X = weights_and_samples(W, X)
    return X @ W


def hypothesis(W, X) -> np.ndarray:
    """The logistic-regression hypothesis h(z) = σ(z) = 1 / (1 + e^{-WX}), one per row of ``X``.

    ``X`` holds the bias column (`add_bias`); W = [w0, w1, ..., wn].
    """
    W, X = weights_and_samples(W, X)
    return sigma(X @ W)
