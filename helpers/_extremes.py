"""Sums and products that stay right near the float limit (about 1.8e308), without warnings.

Each function first computes the plain NumPy expression, so that ordinary inputs give the very
same bits as before. Only when that overflowed (or turned inf − inf into NaN) is the value
recomputed from inputs scaled by a power of two, which is exact: then the result is the true
value wherever that is a float, and ±inf only where the true value is beyond the float range.
"""

from __future__ import annotations

import numpy as np


def _power_of_two(array: np.ndarray, axis=None, keepdims: bool = False) -> np.ndarray:
    """2^e with 2^e <= max |array| < 2^(e + 1) (1.0 for an all-zero array): an exact divisor."""
    largest = np.max(np.abs(array), axis=axis, keepdims=keepdims) if array.size else 0.0
    _, exponent = np.frexp(largest)
    return np.where(largest > 0, np.ldexp(1.0, exponent - 1), 1.0)


def matmul(A: np.ndarray, B: np.ndarray, divide_by: float = 1) -> np.ndarray:
    """(A @ B) / divide_by for finite A, B: ±inf only where the true entry is beyond range.

    Scaled: A @ B = (A / a)(B / b) · a · b with a, b powers of two near max |A| and max |B|;
    every entry of (A / a)(B / b) is at most the inner dimension, so it cannot overflow.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        result = A @ B if divide_by == 1 else (A @ B) / divide_by
    if np.all(np.isfinite(result)):
        return result
    a, b = _power_of_two(A), _power_of_two(B)
    with np.errstate(over="ignore", under="ignore"):
        return ((A / a) @ (B / b)) / divide_by * a * b


def total(array: np.ndarray, divide_by: float = 1) -> float:
    """Σ array / divide_by for finite values, finite whenever the true value is."""
    with np.errstate(over="ignore", invalid="ignore"):
        result = np.sum(array) / divide_by
    if np.isfinite(result):
        return float(result)
    scale = _power_of_two(array)
    with np.errstate(over="ignore", under="ignore"):
        return float(np.sum(array / scale) / divide_by * scale)


def mean(array: np.ndarray, axis=None) -> np.ndarray:
    """The mean of finite values, finite even if their sum is beyond range: s · mean(a / s)."""
    with np.errstate(over="ignore", invalid="ignore"):
        result = np.mean(array, axis=axis)
    if np.all(np.isfinite(result)):
        return result
    scale = _power_of_two(array, axis=axis, keepdims=True)
    with np.errstate(under="ignore"):
        return np.mean(array / scale, axis=axis) * np.squeeze(scale, axis=axis)


def half_squares(d: np.ndarray, axis=None, average: bool = False) -> np.ndarray:
    """Σ ½ d² (or its mean with ``average=True``) for finite d; inf only if truly beyond range.

    Scaled: ½ d² = ½ (d / s)² · s · s, with s a power of two near max |d|.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        result = np.mean(0.5 * d**2, axis=axis) if average else 0.5 * np.sum(d**2, axis=axis)
    if np.all(np.isfinite(result)):
        return result
    scale = _power_of_two(d, axis=axis, keepdims=True)
    reduce = np.mean if average else np.sum
    with np.errstate(over="ignore", under="ignore"):
        inner = 0.5 * reduce((d / scale) ** 2, axis=axis)
        s = np.squeeze(scale, axis=axis)
        return inner * s * s


def difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a − b for finite a and b; ±inf only where the true difference is beyond range."""
    with np.errstate(over="ignore"):
        return a - b
