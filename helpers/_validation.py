"""Argument checks shared by the public functions.

Every check raises an error that names the argument and says what was expected, so that a
learner who passes the wrong thing reads a sentence, not a NumPy traceback.
"""

from __future__ import annotations

import numbers

import numpy as np

_REAL_KINDS = "biuf"  # bool, signed int, unsigned int, float


def _describe(value) -> str:
    """A short description of ``value`` for an error message."""
    if isinstance(value, np.ndarray):
        return f"an array of dtype {value.dtype}"
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


def as_real_array(value, name: str) -> np.ndarray:
    """Return ``value`` as a float64 array, or raise ``TypeError`` naming ``name``.

    Accepts Python and NumPy numbers, (nested) lists of them and real-valued arrays.
    Rejects strings, ``None``, complex numbers and anything NumPy cannot read as real numbers.
    """
    if isinstance(value, (str, bytes)) or value is None:
        raise TypeError(
            f"`{name}` must be a real number or an array of real numbers; got {_describe(value)}."
        )
    try:
        array = np.asarray(value)
    except ValueError as exc:  # ragged nested lists
        raise TypeError(
            f"`{name}` must be a real number or a rectangular array of real numbers; "
            f"NumPy could not read it ({exc})."
        ) from None
    if array.dtype.kind not in _REAL_KINDS:
        if array.dtype.kind == "O":
            try:
                return as_real_array(array.astype(np.float64), name)
            except (TypeError, ValueError):
                pass
        raise TypeError(
            f"`{name}` must be a real number or an array of real numbers; got {_describe(value)}."
        )
    return array.astype(np.float64, copy=False)


def is_scalar_input(value) -> bool:
    """True for a plain number (Python or NumPy) or a 0-d array."""
    return isinstance(value, numbers.Number) or np.ndim(value) == 0


def check_finite(array: np.ndarray, name: str) -> None:
    """Raise ``ValueError`` if ``array`` holds NaN or ±inf."""
    if not np.all(np.isfinite(array)):
        bad = int(np.count_nonzero(~np.isfinite(array)))
        raise ValueError(f"`{name}` must be finite; it holds {bad} NaN or infinite value(s).")


def check_ndim(array: np.ndarray, name: str, allowed: tuple[int, ...], meaning: str) -> None:
    """Raise ``ValueError`` unless ``array.ndim`` is one of ``allowed``."""
    if array.ndim not in allowed:
        raise ValueError(f"`{name}` must be {meaning}; got an array of shape {array.shape}.")


def check_not_empty(array: np.ndarray, name: str) -> None:
    """Raise ``ValueError`` if ``array`` has no elements."""
    if array.size == 0:
        raise ValueError(f"`{name}` is empty; it needs at least one sample.")


def check_same_shape(a: np.ndarray, b: np.ndarray, name_a: str, name_b: str) -> None:
    """Raise ``ValueError`` unless ``a`` and ``b`` have the same shape."""
    if a.shape != b.shape:
        raise ValueError(
            f"`{name_a}` has shape {a.shape} but `{name_b}` has shape {b.shape}; "
            "they need one value per sample, in the same shape."
        )


def check_binary(array: np.ndarray, name: str) -> None:
    """Raise ``ValueError`` unless every value of ``array`` is 0 or 1."""
    check_finite(array, name)
    if not np.all((array == 0) | (array == 1)):
        bad = np.unique(array[(array != 0) & (array != 1)])[:5]
        shown = ", ".join(f"{v:g}" for v in bad)
        raise ValueError(f"`{name}` must hold class labels 0 or 1 only; found {shown}.")


def check_probabilities(array: np.ndarray, name: str) -> None:
    """Raise ``ValueError`` unless every value of ``array`` lies in [0, 1]."""
    if np.any(np.isnan(array)):
        raise ValueError(f"`{name}` must hold probabilities in [0, 1]; it holds NaN.")
    if np.any((array < 0) | (array > 1)):
        bad = array[(array < 0) | (array > 1)][:5]
        shown = ", ".join(f"{v:g}" for v in bad)
        raise ValueError(f"`{name}` must hold probabilities in [0, 1]; found {shown}.")


def data_or_default(X, y, default, what: str, names: tuple[str, str] = ("X", "y")):
    """``(X, y)`` as given, or ``default()`` when both are None; one without the other is an error.

    ``what`` says what the default is, for the message ("the notebook's 1-D data set").
    """
    if (X is None) != (y is None):
        raise ValueError(f"Give both `{names[0]}` and `{names[1]}`, or neither (then {what}).")
    return default() if X is None else (X, y)
