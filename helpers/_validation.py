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


#: The largest float, about 1.8e308: results beyond it cannot be returned.
FLOAT_MAX = float(np.finfo(np.float64).max)


def _beyond_range(name: str) -> ValueError:
    return ValueError(
        f"`{name}` holds a number beyond the float range (about ±1.8e308); "
        "NumPy cannot compute with it."
    )


def _not_real(name: str, value) -> TypeError:
    return TypeError(
        f"`{name}` must be a real number or an array of real numbers; got {_describe(value)}."
    )


def _from_objects(array: np.ndarray, name: str, value) -> np.ndarray:
    """An object array (mixed lists, huge ints) as float64, element by element.

    Every element must be a real number: ``None`` would otherwise become NaN and a string
    like "1.5" a number. A Python int beyond the float range is an error, not an inf.
    """
    for item in array.flat:
        real_numpy = isinstance(item, np.number) and np.isrealobj(item)
        if not (isinstance(item, numbers.Real) or real_numpy):
            raise TypeError(
                f"`{name}` must hold real numbers only; it holds {_describe(item)}."
                if array.ndim
                else f"`{name}` must be a real number or an array of real numbers; "
                f"got {_describe(value)}."
            )
    try:
        return array.astype(np.float64)
    except OverflowError:
        raise _beyond_range(name) from None


def as_real_array(value, name: str) -> np.ndarray:
    """Return ``value`` as a float64 array, or raise ``TypeError`` naming ``name``.

    Accepts Python and NumPy numbers, (nested) lists of them and real-valued arrays.
    Rejects strings, ``None`` (also inside a list), complex numbers and anything NumPy cannot
    read as real numbers (``TypeError``); a number beyond the float range, such as the Python
    int 10**400, gets a ``ValueError``.
    """
    if isinstance(value, (str, bytes)) or value is None:
        raise _not_real(name, value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > FLOAT_MAX:
        raise _beyond_range(name)
    try:
        array = np.asarray(value)
    except ValueError as exc:  # ragged nested lists
        raise TypeError(
            f"`{name}` must be a real number or a rectangular array of real numbers; "
            f"NumPy could not read it ({exc})."
        ) from None
    except OverflowError:
        raise _beyond_range(name) from None
    if array.dtype.kind == "O":
        return _from_objects(array, name, value)
    if array.dtype.kind not in _REAL_KINDS:
        raise _not_real(name, value)
    if array.dtype.kind == "f" and array.dtype.itemsize > 8:  # long double: may not fit
        with np.errstate(over="ignore"):
            converted = array.astype(np.float64)
        if np.any(np.isinf(converted) & np.isfinite(array)):
            raise _beyond_range(name)
        return converted
    return array.astype(np.float64, copy=False)


def as_real_number(value, name: str, finite: bool = True) -> float:
    """One real number as a float, or ``TypeError`` (not a number) / ``ValueError`` (NaN, inf).

    Accepts Python and NumPy numbers and 0-d arrays; ``True``/``False`` are not numbers here.
    """
    not_a_number = isinstance(value, (bool, np.bool_, str, bytes)) or value is None
    if not_a_number or not is_scalar_input(value):
        raise TypeError(f"`{name}` must be one real number; got {_describe(value)}.")
    number = float(as_real_array(value, name))
    if finite and not np.isfinite(number):
        raise ValueError(f"`{name}` must be a finite number; got {number!r}.")
    return number


def as_int(value, name: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number (Python or NumPy int, not bool) within [minimum, maximum], as an int."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"`{name}` must be a whole number (an int); got {_describe(value)}.")
    number = int(value)
    if minimum is not None and number < minimum:
        raise ValueError(f"`{name}` must be >= {minimum}; got {number}.")
    if maximum is not None and number > maximum:
        raise ValueError(f"`{name}` must be <= {maximum}; got {number}.")
    return number


def as_flag(value, name: str) -> bool:
    """``True`` or ``False`` (also NumPy's), else ``TypeError``."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"`{name}` must be True or False; got {_describe(value)}.")
    return bool(value)


def as_choice(value, name: str, choices: tuple[str, ...]) -> str:
    """One of the strings ``choices``, else ``ValueError`` listing them."""
    if not isinstance(value, str) or value not in choices:
        shown = " or ".join(repr(c) for c in choices)
        raise ValueError(f"`{name}` must be {shown}; got {_describe(value)}.")
    return value


def as_vector(value, name: str, meaning: str) -> np.ndarray:
    """A 1-D float array that is not empty and finite, or an error that names ``name``.

    A column (m, 1) or a row (1, m) is refused with a hint rather than read as a vector: in
    NumPy it would broadcast against the 1-D arrays it meets, silently giving wrong numbers.
    """
    array = as_real_array(value, name)
    if array.ndim == 2 and 1 in array.shape and array.size > 1:
        raise ValueError(
            f"`{name}` must be {meaning}, a 1-D array; got an array of shape {array.shape}. "
            f"A column or row vector? Pass `{name}.ravel()`."
        )
    check_ndim(array, name, (1,), meaning + ", a 1-D array")
    check_not_empty(array, name)
    check_finite(array, name)
    return array


def as_weights(value, name: str, size: int, meaning: str) -> np.ndarray:
    """``size`` finite weights (``meaning`` says which, "[w0, w1]"), else a clear error."""
    array = as_real_array(value, name)
    if array.shape != (size,):
        raise ValueError(f"`{name}` must be {meaning}; got an array of shape {array.shape}.")
    check_finite(array, name)
    return array


def as_range(value, name: str) -> tuple[float, float]:
    """A pair (low, high) of finite numbers with low < high."""
    array = as_real_array(value, name)
    if array.shape != (2,):
        raise ValueError(f"`{name}` must be a pair (low, high); got shape {array.shape}.")
    check_finite(array, name)
    low, high = float(array[0]), float(array[1])
    if not low < high:
        raise ValueError(f"`{name}` must be (low, high) with low < high; got ({low:g}, {high:g}).")
    return low, high


def as_window(low, high, names: tuple[str, str], limit: float = 1e6) -> tuple[float, float]:
    """Two finite numbers low < high within ±limit: the ends of a figure's axis."""
    low = as_real_number(low, names[0])
    high = as_real_number(high, names[1])
    if not low < high:
        raise ValueError(f"`{names[0]}` must be less than `{names[1]}`; got {low:g} and {high:g}.")
    if max(abs(low), abs(high)) > limit:
        raise ValueError(
            f"`{names[0]}` and `{names[1]}` must lie within ±{limit:g} for a readable figure; "
            f"got {low:g} and {high:g}."
        )
    return low, high


def as_labels(value, name: str, count: int | None = None) -> list[str]:
    """A list or tuple of strings (``count`` of them, if given)."""
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise TypeError(f"`{name}` must be a list of strings; got {_describe(value)}.")
    if not all(isinstance(item, str) for item in value):
        raise TypeError(f"`{name}` must hold strings only; got {value!r}.")
    if count is not None and len(value) != count:
        raise ValueError(f"`{name}` must hold {count} strings; got {len(value)}.")
    return list(value)


def check_axes(ax, name: str):
    """A matplotlib Axes, else ``TypeError``."""
    from matplotlib.axes import Axes

    if not isinstance(ax, Axes):
        raise TypeError(f"`{name}` must be a matplotlib Axes; got {_describe(ax)}.")
    return ax


def check_result_finite(array, what: str) -> None:
    """Raise ``ValueError`` when a result computed from finite input left the float range."""
    if not np.all(np.isfinite(array)):
        raise ValueError(
            f"{what} is beyond the float range (about ±1.8e308) for these inputs, so it "
            "cannot be returned as a float; use smaller values."
        )


def is_scalar_input(value) -> bool:
    """True for a plain number (Python or NumPy) or a 0-d array."""
    if isinstance(value, numbers.Number):
        return True
    if isinstance(value, (list, tuple)):  # (np.ndim would fail on a ragged list)
        return False
    return np.ndim(value) == 0


def check_finite(array: np.ndarray, name: str) -> None:
    """Raise ``ValueError`` if ``array`` holds NaN or ±inf."""
    if not np.all(np.isfinite(array)):
        bad = int(np.count_nonzero(~np.isfinite(array)))
        raise ValueError(f"`{name}` must be finite; it holds {bad} NaN or infinite value(s).")


def check_ndim(array: np.ndarray, name: str, allowed: tuple[int, ...], meaning: str) -> None:
    """Raise ``ValueError`` unless ``array.ndim`` is one of ``allowed``."""
    if array.ndim not in allowed:
        raise ValueError(f"`{name}` must be {meaning}; got an array of shape {array.shape}.")


def check_not_empty(array: np.ndarray, name: str, what: str = "sample") -> None:
    """Raise ``ValueError`` if ``array`` has no elements."""
    if array.size == 0:
        raise ValueError(f"`{name}` is empty; it needs at least one {what}.")


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
