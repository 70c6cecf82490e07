"""Small, seeded toy data sets for the notebooks.

Labels are drawn from the logistic model itself, y ~ Bernoulli(σ(k · z_true)), so the two
classes overlap a little. That keeps every data set non-separable, which means the
maximum-likelihood weights are finite and gradient descent has a real optimum to reach.
All sets use ``numpy.random.default_rng(seed)``: same seed, same data, on every machine.
"""

from __future__ import annotations

import numpy as np

from ._validation import whole_number
from .logistic import sigma

__all__ = ["make_1d_data", "make_circle_data", "make_linear_data"]


#: The most samples a toy set may have (the lecture's sets have 30 to 80).
MAX_SAMPLES = 100_000


def _check_size(m, seed) -> None:
    whole_number(m, "m", 2, MAX_SAMPLES)
    whole_number(seed, "seed", 0, 2**63 - 1)


def _labels(rng: np.random.Generator, z_true: np.ndarray, steepness: float) -> np.ndarray:
    """Bernoulli labels with P(y = 1) = σ(steepness · z_true)."""
    return (rng.random(z_true.shape) < sigma(steepness * z_true)).astype(np.float64)


def make_1d_data(m: int = 30, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """One feature x in [0, 10] (think: hours studied) and a label y (pass = 1, fail = 0).

    P(y = 1 | x) = σ(1.5 (x − 5)): below 5 hours mostly 0, above mostly 1.
    Returns x of shape (m,) and y of shape (m,), both float.
    """
    _check_size(m, seed)
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0.0, 10.0, size=m))
    return x, _labels(rng, x - 5.0, 1.5)


def make_linear_data(m: int = 60, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two features (x1, x2) in [0, 3]² whose classes the line x1 + x2 = 3 separates, roughly.

    P(y = 1 | x) = σ(3 (−3 + x1 + x2)): the lecture's W = [−3, 1, 1], made steeper.
    Returns X of shape (m, 2) and y of shape (m,).
    """
    _check_size(m, seed)
    rng = np.random.default_rng(seed)
    X = rng.uniform(0.0, 3.0, size=(m, 2))
    return X, _labels(rng, -3.0 + X[:, 0] + X[:, 1], 3.0)


def make_circle_data(m: int = 80, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two features in the disc of radius 2: class 1 outside the unit circle, class 0 inside.

    The radius is uniform on [0, 2] and the angle uniform, so about half the points lie inside
    the unit circle. P(y = 1 | x) = σ(4 (−1 + x1² + x2²)): W = [−1, 1, 1] on the squared
    features. Returns X of shape (m, 2) and y of shape (m,).
    """
    _check_size(m, seed)
    rng = np.random.default_rng(seed)
    radius = rng.uniform(0.0, 2.0, size=m)
    angle = rng.uniform(0.0, 2.0 * np.pi, size=m)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return X, _labels(rng, -1.0 + X[:, 0] ** 2 + X[:, 1] ** 2, 4.0)
