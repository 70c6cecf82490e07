"""Hint-style feedback for the exercises, and the rules every check shares.

A check returns a `Feedback`: it is truthy when the answer is right, and a notebook shows
its message when it is a cell's last expression. Checks never raise on a learner's code:
an unfinished stub gets a friendly "not yet", an exception gets named with a hint.

The rules live here, once, so that no check can forget them:

- every value a learner hands in (a returned array, a number typed in) goes through
  `learner_numbers`, which turns away complex numbers, NaN and ±inf with a hint that names them;
- `call_learner` runs the learner's function on copies of the arguments with NumPy's default
  warnings switched back on (a global ``np.seterr(all="ignore")`` does not hide an overflow),
  and reports a function that changed its arguments in place;
- `correct` takes the learner's answer and refuses to pass one that is not finite and real,
  so a check written later cannot call a NaN correct either.

The words come from the message catalogs (``helpers.messages``), in the chosen language.
"""

from __future__ import annotations

import functools
import inspect
import io
import textwrap
import tokenize
import warnings
from dataclasses import dataclass

import numpy as np

from ..messages import text as _text


@dataclass(frozen=True)
class Feedback:
    """The verdict of one check and the sentence a learner reads."""

    passed: bool
    message: str

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return self.message

    def __str__(self) -> str:
        return self.message


def not_yet(key: str, **values) -> Feedback:
    """A failed check: "Not yet." and the hint ``key`` of the catalog."""
    return Feedback(False, _text("feedback.not_yet", hint=_text(key, **values)))


def correct(key: str, answer, **values) -> Feedback:
    """A passed check, unless ``answer`` (the learner's values) has NaN, inf or complex values."""
    _, problem = learner_numbers(answer, "feedback.what.answer")
    if problem is not None:
        return problem
    return Feedback(True, _text("feedback.correct", what=_text(key, **values)))


def unfinished(value) -> bool:
    """True for what a stub leaves behind: ``...``, ``None`` or ``NotImplemented``."""
    return value is Ellipsis or value is None or value is NotImplemented


def _is_stub(function) -> bool:
    """True if the function's source still holds the stub's ``...`` (as code, not in a comment).

    A bare ``...`` statement leaves no trace in the compiled code, so the source is read; where
    it cannot be (a function built at run time), a ``None`` result counts as unfinished.
    """
    try:
        lines = inspect.getsource(function)
    except (OSError, TypeError):
        return True
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(textwrap.dedent(lines)).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return "..." in lines
    return any(token.type == tokenize.OP and token.string == "..." for token in tokens)


def _parameter_names(function, count: int) -> list[str]:
    try:
        names = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        names = []
    return (names + [f"argument {i + 1}" for i in range(count)])[:count]


def call_learner(function, *args):
    """Call a learner's function on copies of ``args``; return ``(result, warnings, problem)``.

    ``problem`` is ``None``, or a `Feedback` that explains a stub, an exception, a missing
    ``return`` or an argument changed in place.
    """
    if not callable(function):
        if unfinished(function):
            return None, [], not_yet("feedback.unfinished")
        return None, [], not_yet("feedback.not_a_function", got=type(function).__name__)
    given = [np.array(arg, copy=True) if isinstance(arg, np.ndarray) else arg for arg in args]
    with (
        warnings.catch_warnings(record=True) as caught,
        np.errstate(over="warn", divide="warn", invalid="warn", under="ignore"),
    ):
        warnings.simplefilter("always")
        try:
            result = function(*given)
        except NotImplementedError:
            return None, [], not_yet("feedback.unfinished")
        except Exception as exc:  # the learner's code: report it, never re-raise
            return None, [], not_yet("feedback.raised", error=type(exc).__name__, detail=exc)
    if result is None and not _is_stub(function):
        return None, [], not_yet("feedback.returned_none")
    if unfinished(result):
        return None, [], not_yet("feedback.unfinished")
    names = _parameter_names(function, len(args))
    for name, original, passed in zip(names, args, given, strict=True):
        if isinstance(original, np.ndarray) and not np.array_equal(
            original, passed, equal_nan=True
        ):
            return None, [], not_yet("feedback.mutated", name=name)
    return result, [str(w.message) for w in caught], None


def learner_numbers(
    value,
    what: str,
    shape: tuple | None = None,
    wrong_shape: str = "",
    not_finite: str = "feedback.not_finite",
    unfinished_key: str = "feedback.unfinished",
    **hint,
):
    """``(float array, None)`` for finite real numbers (of ``shape``), else ``(None, a hint)``.

    ``what`` is the catalog key naming the expected value ("the gradient"); ``wrong_shape`` is
    the catalog key of the hint for a wrong shape, given ``got``, ``shape`` and ``hint``;
    ``not_finite`` the key of the hint for NaN or inf, given ``what``, ``value`` and ``count``;
    ``unfinished_key`` the key for a stub's ``...`` left in place.
    """
    if unfinished(value):
        return None, not_yet(unfinished_key)
    if isinstance(value, (list, tuple)) and any(unfinished(item) for item in value):
        return None, not_yet(unfinished_key)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            array = np.asarray(value)
    except (TypeError, ValueError, Warning):
        return None, not_yet("feedback.not_numbers", got=type(value).__name__, what=_text(what))
    if array.dtype.kind == "c":
        return None, not_yet("feedback.complex", what=_text(what))
    if array.dtype.kind not in "biuf":
        try:
            array = array.astype(float)
        except OverflowError:  # a Python int beyond the float range, such as 10**400
            return None, not_yet(not_finite, what=_text(what), value=float("inf"), count=1)
        except (TypeError, ValueError):
            return None, not_yet("feedback.not_numbers", got=type(value).__name__, what=_text(what))
    array = array.astype(float)
    if shape is not None and array.shape != shape:
        return None, not_yet(wrong_shape, got=array.shape, shape=shape, **hint)
    bad = ~np.isfinite(array)
    if bad.any():
        return None, not_yet(
            not_finite, what=_text(what), value=array[bad].flat[0], count=int(bad.sum())
        )
    return array, None


def quietly(hint):
    """Run a check's hint search with NumPy's warnings off: it compares the learner's numbers
    (finite, but possibly near the float limit) with ratios and products of its own."""

    @functools.wraps(hint)
    def wrapper(*args, **kwargs):
        with np.errstate(all="ignore"):
            return hint(*args, **kwargs)

    return wrapper


def divided_by_m_plus_one(value, expected, m: int) -> bool:
    """True if ``value`` is ``expected`` computed with 1/(m + 1) for 1/m: the slide's i = 0 slip."""
    return bool(np.allclose(value, np.asarray(expected) * m / (m + 1), rtol=1e-9, atol=1e-15))
