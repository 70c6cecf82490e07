"""Argument checks for the public functions, applied once, where an argument enters.

Every check raises an error that names the argument and says what was expected, so that a
learner who passes the wrong thing reads a sentence, not a NumPy traceback: ``TypeError`` for
something that is not a number (a string, None, a complex number), ``ValueError`` for a wrong
shape, label, range, NaN or inf.

The supported range. Arrays that enter a product (X, W, labels, outputs) must hold values of
size at most ``LIMIT`` = 1e50. Every formula in helpers multiplies at most four such values
(w · x, squared in the linear model's error), and (1e50)^4 = 1e200, so no intermediate value
comes near the float limit of about 1.8e308, however many samples are summed. Beyond 1e50 a
float64 result would lose its meaning to rounding long before it overflowed; no learner needs
it. The lecture's stable formulas (σ, softplus, the cross entropy from logits) take every
finite input and have no such limit.
"""

from __future__ import annotations

import numbers

import numpy as np

#: The largest size of a value in an array that enters a product (see the module docstring).
LIMIT = 1e50
_REAL_KINDS = "biuf"  # bool, signed int, unsigned int, float


def _describe(value) -> str:
    """A short description of ``value`` for an error message."""
    if isinstance(value, np.ndarray):
        return f"an array of dtype {value.dtype}"
    text = repr(value)
    return f"{type(value).__name__} {text[:37] + '...' if len(text) > 40 else text}"


def _not_real(name: str, value) -> TypeError:
    return TypeError(f"`{name}` must be a real number or an array of them; got {_describe(value)}.")


def real_array(value, name: str, finite: bool = True, limit: float | None = LIMIT) -> np.ndarray:
    """``value`` as a float64 array of real numbers, or an error that names ``name``.

    Accepts Python and NumPy numbers, (nested) lists of them and real arrays. ``None`` (also
    inside a list), strings and complex numbers are a ``TypeError``. With ``finite``, NaN and
    ±inf are a ``ValueError``; with a ``limit``, so is any value larger than it in size.
    """
    if isinstance(value, (str, bytes)) or value is None:
        raise _not_real(name, value)
    try:
        array = np.asarray(value)
        if array.dtype.kind == "O":  # mixed lists, huge ints: only real numbers may be in it
            if not all(isinstance(item, numbers.Real) for item in array.flat):
                raise _not_real(name, value)
            array = array.astype(np.float64)
    except ValueError:  # ragged nested lists
        raise TypeError(f"`{name}` must be a rectangular array of real numbers.") from None
    except OverflowError:  # a Python int such as 10**400
        raise ValueError(f"`{name}` holds a number beyond the float range.") from None
    if array.dtype.kind not in _REAL_KINDS:
        raise _not_real(name, value)
    array = array.astype(np.float64, copy=False)
    if finite and not np.all(np.isfinite(array)):
        raise ValueError(f"`{name}` must be finite; it holds NaN or inf.")
    if limit is not None and np.any(np.abs(array) > limit):
        raise ValueError(
            f"`{name}` holds {np.max(np.abs(array)):.3g}; helpers supports values up to "
            f"{limit:g} in size (larger ones would overflow the float products)."
        )
    return array


def real_number(value, name: str, low: float = -LIMIT, high: float = LIMIT) -> float:
    """One finite real number within [low, high] (``True``/``False`` are not numbers here)."""
    if isinstance(value, (bool, np.bool_)) or np.ndim(value) != 0 or isinstance(value, str):
        raise TypeError(f"`{name}` must be one real number; got {_describe(value)}.")
    number = float(real_array(value, name, limit=None))
    if not low <= number <= high:
        raise ValueError(f"`{name}` must lie in [{low:g}, {high:g}]; got {number:g}.")
    return number


def positive(value, name: str, zero: bool = False, high: float = LIMIT) -> float:
    """A finite number > 0 (>= 0 with ``zero``), at most ``high``."""
    number = real_number(value, name, 0.0, high)
    if number == 0 and not zero:
        raise ValueError(f"`{name}` must be greater than 0; got 0.")
    return number


def whole_number(value, name: str, low: int, high: int) -> int:
    """A Python or NumPy int (not a bool) within [low, high]."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"`{name}` must be a whole number (an int); got {_describe(value)}.")
    if not low <= value <= high:
        raise ValueError(f"`{name}` must be from {low} to {high}; got {value}.")
    return int(value)


def flag(value, name: str) -> bool:
    """``True`` or ``False``."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"`{name}` must be True or False; got {_describe(value)}.")
    return bool(value)


def choice(value, name: str, choices: tuple[str, ...]) -> str:
    """One of the strings ``choices``."""
    shown = " or ".join(repr(c) for c in choices)
    if not isinstance(value, str):
        raise TypeError(f"`{name}` must be {shown}; got {_describe(value)}.")
    if value not in choices:
        raise ValueError(f"`{name}` must be {shown}; got {_describe(value)}.")
    return value


def _ravel_hint(array: np.ndarray, name: str) -> str:
    """A hint for a column (m, 1) or a row (1, m) where a 1-D array is meant: NumPy would
    broadcast it against the 1-D arrays it meets, silently giving an (m, m) result."""
    if array.ndim == 2 and 1 in array.shape and array.size > 1:
        return f" A column or row vector? Pass `{name}.ravel()`."
    return ""


def with_shape(array: np.ndarray, name: str, ndim: int, meaning: str) -> np.ndarray:
    """``array`` if it has ``ndim`` dimensions and at least one value, else a ``ValueError``
    (with `_ravel_hint` where a 1-D array is meant)."""
    if array.ndim != ndim or array.size == 0:
        hint = _ravel_hint(array, name) if ndim == 1 else ""
        raise ValueError(f"`{name}` must be {meaning}; got an array of shape {array.shape}.{hint}")
    return array


def vector(value, name: str, meaning: str, size: int | None = None) -> np.ndarray:
    """A non-empty 1-D float array of finite values (of ``size`` values, if given)."""
    array = with_shape(real_array(value, name), name, 1, meaning)
    if size is not None and array.size != size:
        raise ValueError(f"`{name}` must be {meaning}; got {array.size} values.")
    return array


def binary(array: np.ndarray, name: str) -> np.ndarray:
    """``array`` if it holds class labels 0 and 1 only, else a ``ValueError``."""
    if not np.all((array == 0) | (array == 1)):
        raise ValueError(f"`{name}` must hold class labels 0 or 1 only.")
    return array


def sample_labels(value, m: int, name: str = "y") -> np.ndarray:
    """Class labels 0 or 1, one per sample: a 1-D array of ``m`` of them."""
    y = with_shape(real_array(value, name), name, 1, "a 1-D array of labels, one per sample")
    if y.size != m:
        raise ValueError(f"`{name}` has {y.size} labels for {m} samples (the rows of X).")
    return binary(y, name)


def same_shape(a: np.ndarray, b: np.ndarray, name_a: str, name_b: str) -> None:
    """``ValueError`` unless ``a`` and ``b`` have the same shape and at least one value."""
    if a.shape != b.shape or a.size == 0:
        hint = ""
        if a.ndim == 1 or b.ndim == 1:  # the 2-D one is a column or row meant as 1-D
            hint = _ravel_hint(a, name_a) or _ravel_hint(b, name_b)
        raise ValueError(
            f"`{name_a}` has shape {a.shape} and `{name_b}` has shape {b.shape}; they must have "
            f"the same shape.{hint}"
        )


def weights_and_samples(W, X, stack: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """W = [w0, ..., wn] and X (m, n + 1), the bias column first, as float arrays.

    With ``stack`` W may also be a stack of weight vectors, shape (..., n + 1).
    """
    W, X = real_array(W, "W"), real_array(X, "X")
    if not (W.ndim == 1 or (stack and W.ndim > 1)) or W.size == 0:
        hint = _ravel_hint(W, "W")
        raise ValueError(f"`W` must be a weight vector [w0, ..., wn]; got shape {W.shape}.{hint}")
    with_shape(X, "X", 2, "a 2-D array (m samples, n + 1 columns, the bias column first)")
    if X.shape[1] != W.shape[-1]:
        hint = ""
        if X.shape[1] + 1 == W.shape[-1]:
            hint = " Did you forget the bias column? Use helpers.add_bias(X)."
        elif W.shape == (X.shape[1], 1):
            hint = " A column vector? Pass `W.ravel()`."
        raise ValueError(
            f"`W` has {W.shape[-1]} weights but `X` has {X.shape[1]} columns; X needs one "
            f"column per weight, the first being x0 = 1.{hint}"
        )
    return W, X


def window(low, high, names: tuple[str, str], limit: float = 1e6) -> tuple[float, float]:
    """Two finite numbers low < high within ±limit: the ends of a figure's axis."""
    low, high = (
        real_number(low, names[0], -limit, limit),
        real_number(high, names[1], -limit, limit),
    )
    if not low < high:
        raise ValueError(f"`{names[0]}` must be less than `{names[1]}`; got {low:g} and {high:g}.")
    return low, high


def data_or_default(X, y, default, names: tuple[str, str] = ("X", "y")):
    """``(X, y)`` as given, or ``default()`` when both are None (one alone is an error)."""
    if (X is None) != (y is None):
        raise ValueError(f"Give both `{names[0]}` and `{names[1]}`, or neither.")
    return default() if X is None else (X, y)
