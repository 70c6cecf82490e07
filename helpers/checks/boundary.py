"""Checks for notebook 02's exercises (use as ``from helpers.checks import boundary as check``)."""

from __future__ import annotations

import numpy as np

from .. import boundary, logistic
from ._exercise import Exercise, Slip, check
from ._feedback import Feedback, correct, not_yet, numbers

__all__ = ["circle_weights", "line_weights", "predict_function"]


def _points(W, z_values, x2) -> np.ndarray:
    """Rows [1, x1, x2] with the given z = X @ W exactly (dyadic numbers: no rounding)."""
    W = np.asarray(W, dtype=float)
    x2 = np.resize(np.asarray(x2, dtype=float), len(z_values))
    x1 = (np.asarray(z_values, dtype=float) - W[0] - W[2] * x2) / W[1]
    return np.column_stack([np.ones_like(x1), x1, x2])


#: z in every region: far on both sides, small on both sides (down to 2^-48 ≈ 3.6e-15, where
#: σ(z) = 1/2 − 2^-50 is still below 1/2 in float64, so the rule h >= 1/2 holds there too: a
#: "tolerance" or rounding of z shows), and exactly 0 (on the boundary: class 1). Dyadic, so
#: every order of summing gives these z exactly.
_Z = [-40.0, -5.0, -1.0, -0.25, -(2.0**-20), -(2.0**-30), -(2.0**-40), -(2.0**-48), 0.0]
_Z += [2.0**-48, 2.0**-30, 0.5, 3.0]
_RNG = np.random.default_rng(21)
_CASES = (
    (
        np.array([-3.0, 1.0, 1.0]),
        _points([-3.0, 1.0, 1.0], [-1, 0, 0, 0, 0.25, -3, -0.25], [1, 1, 1.5, 2.5, 0, 3, 0.25]),
    ),
    (np.array([2.0, -1.0, 0.5]), _points([2.0, -1.0, 0.5], _Z, [0.0, 1.0, -2.0, 4.0])),
    (np.array([-1.0, 0.25, 0.75]), _points([-1.0, 0.25, 0.75], [*_Z, 7.0, -0.5], [2.0, -1.0])),
    (np.array([0.5, 2.0, -4.0]), np.column_stack([np.ones(40), _RNG.normal(0, 2, (40, 2))])),
)


def _labels(W, X) -> np.ndarray:
    return boundary.labels_of(X @ W)


def _threshold(W, X, got) -> bool:
    """True if the labels are a threshold on z, but not at z = 0 (h >= 0.45, z >= −0.2...)."""
    z = X @ W
    ones, zeros = z[got == 1], z[got == 0]
    if not np.all((got == 0) | (got == 1)) or np.all(got == 1) or np.all(got == 0):
        return False
    return bool(ones.min() > zeros.max())


_PREDICT = Exercise(
    cases=_CASES,
    reference=_labels,
    rtol=0.0,
    correct_key="boundary.predict_correct",
    wrong_key="boundary.wrong_label",
    example=lambda args, right, got: _example(*args, right, got),
    shape_key="boundary.wrong_shape",
    ready_made=(boundary.predict, boundary.labels_of),
    code_slips=(("boundary.rounded", lambda code: code.calls("round", "rint", "around")),),
    slips=(
        Slip("boundary.strict", lambda W, X: (X @ W > 0).astype(float)),
        Slip("boundary.fixed_w", lambda W, X: _labels(np.array([-3.0, 1.0, 1.0]), X)),
        Slip(
            "boundary.bias_as_feature",
            lambda W, X: _labels(W, np.column_stack([np.ones(len(X)), X[:, :2]])),
        ),
        Slip("boundary.all_ones", lambda W, X: np.ones(len(X))),
        Slip("boundary.flipped", lambda W, X: (X @ W < 0).astype(float)),
        Slip("boundary.flipped", lambda W, X: (X @ W <= 0).astype(float)),
        Slip("boundary.z_half", lambda W, X: (X @ W >= 0.5).astype(float)),
        Slip("boundary.no_bias", lambda W, X: (X[:, 1:] @ W[1:] >= 0).astype(float)),
        Slip("boundary.heaviside_half", lambda W, X: np.heaviside(X @ W, 0.5)),
        Slip("boundary.sign", lambda W, X: np.sign(X @ W)),
        Slip("boundary.probabilities", lambda W, X: logistic.sigma(X @ W)),
        Slip("boundary.returned_z", lambda W, X: X @ W),
        Slip("boundary.threshold", matches=_threshold),
        Slip("boundary.not_labels", matches=lambda W, X, got: np.any((got != 0) & (got != 1))),
    ),
)


def _example(W, X, right, got) -> dict:
    i = int(np.argmax(got != right))
    w0, w1, w2 = W
    return dict(
        w0=w0, w1=w1, w2=w2, x1=X[i, 1], x2=X[i, 2], z=X[i] @ W, expected=right[i], got=got[i]
    )


def predict_function(my_predict) -> Feedback:
    """Exercise 1: ``my_predict(W, X)`` gives ŷ = 1 where h(z) >= 1/2 (z = X @ W >= 0), else 0,
    for several W and points in every region of z, exactly on the boundary included."""
    return check(my_predict, _PREDICT)


def _weights(W):
    """A learner's W = [w0, w1, w2] as an array, or the hint that says why not."""
    got = numbers(W, (3,), "boundary.weights_shape")
    if isinstance(got, Feedback) and got.key == "feedback.unfinished":
        return not_yet("boundary.unfinished")
    if not isinstance(got, Feedback) and got[1] == got[2] == 0:
        return not_yet("boundary.no_boundary")
    return got


#: Exercise 2's slips: predicates on W, each the W a student's slip gives (any multiple).
def _line(w0, w1, w2) -> np.ndarray:
    return np.array([w0, w1, w2], dtype=float)


def _parallel(W, target) -> bool:
    """True if W is a positive or negative multiple of ``target``."""
    return bool(np.linalg.matrix_rank(np.vstack([W, target]), tol=1e-9 * np.max(np.abs(W))) == 1)


def _through(W, x1, x2) -> bool:
    return abs(W[0] + W[1] * x1 + W[2] * x2) <= 1e-9 * np.max(np.abs(W))


_LINE_SLIPS = (
    ("boundary.line_swapped", lambda W: _parallel(W, _line(-4, 2, 1))),
    ("boundary.line_bias_last", lambda W: _parallel(np.roll(W, 1), _line(-4, 1, 2))),
    ("boundary.line_lecture", lambda W: _parallel(W, _line(-3, 1, 1))),
    (
        "boundary.line_coordinates",
        lambda W: any(_parallel(W, _line(*c)) for c in ((4, 0, 2), (0, 4, 2), (4, 2, 0))),
    ),
    (
        "boundary.line_intercepts",
        lambda W: _parallel(W, _line(-1, 4, 2)) or _parallel(W, _line(1, 4, 2)),
    ),
    ("boundary.line_w0_sign", lambda W: _parallel(W, _line(4, 1, 2))),
    ("boundary.line_sign_w", lambda W: _parallel(W, _line(-4, -1, -2))),
    ("boundary.line_no_bias", lambda W: W[0] == 0),
    ("boundary.line_offset", lambda W: _parallel(W[1:], [1, 2])),
    ("boundary.line_misses_one", lambda W: _through(W, 4, 0) != _through(W, 0, 2)),
    ("boundary.line_rounded", lambda W: np.allclose(W / -W[0], [-1, 0.25, 0.5], atol=2e-2)),
)


def line_weights(W) -> Feedback:
    """Exercise 2: the boundary passes through (4, 0) and (0, 2), the origin on the y = 0 side:
    any positive multiple of [−4, 1, 2] (to 1e-9 relative)."""
    W = _weights(W)
    if isinstance(W, Feedback):
        return W
    w = W / np.max(np.abs(W))
    z = [w[0] + 4 * w[1], w[0] + 2 * w[2]]  # at (4, 0) and at (0, 2)
    if max(abs(z[0]), abs(z[1])) <= 1e-9:
        if w[0] >= 0:  # (w0 = 0 cannot happen here: both points on the line give w1 = w2 = 0)
            return not_yet("boundary.line_sides", w0=W[0])
        return correct("boundary.line_correct", w0=W[0], w1=W[1], w2=W[2])
    for key, slip in _LINE_SLIPS:
        with np.errstate(all="ignore"):
            if slip(w):
                return not_yet(
                    key,
                    w0=W[0],
                    w1=W[1],
                    w2=W[2],
                    x1=4.0 if _through(w, 0, 2) else 0.0,
                    x2=0.0 if _through(w, 0, 2) else 2.0,
                )
    x1, x2 = (4.0, 0.0) if abs(z[0]) > 1e-9 else (0.0, 2.0)
    return not_yet("boundary.line_misses", x1=x1, x2=x2, z=W[0] + W[1] * x1 + W[2] * x2)


def circle_weights(W) -> Feedback:
    """Exercise 3: z = w0 + w1 x1² + w2 x2² with boundary the circle of radius 2, y = 1 outside:
    any positive multiple of [−4, 1, 1] (to 1e-9 relative)."""
    W = _weights(W)
    if isinstance(W, Feedback):
        return W
    w0, w1, w2 = W / np.max(np.abs(W))
    if not np.isclose(w1, w2, rtol=1e-9, atol=0.0):
        return not_yet("boundary.ellipse", w1=W[1], w2=W[2])
    r2 = -w0 / w1 + 0.0  # (+ 0.0: a 0 shows as 0, not -0)
    if r2 <= 0:
        return not_yet("boundary.no_circle", w0=W[0], w1=W[1], w2=W[2], r2=r2)
    if not np.isclose(r2, 4.0, rtol=1e-9):
        key = "boundary.radius_not_squared" if np.isclose(r2, 2.0) else "boundary.wrong_radius"
        key = "boundary.radius_inverse" if np.isclose(r2, 0.25) else key
        return not_yet(key, r2=r2, r=float(np.sqrt(r2)))
    if w1 < 0:
        return not_yet("boundary.circle_sides")
    return correct("boundary.circle_correct", w0=W[0], w1=W[1], w2=W[2])
