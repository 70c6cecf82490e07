"""Hint-style feedback for the exercises.

A check returns a `Feedback`: it is truthy when the answer is right, and a notebook shows
its message when it is a cell's last expression. Checks never raise on a learner's code:
an unfinished stub gets a friendly "not yet", an exception gets named with a hint.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np


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


def correct(what: str) -> Feedback:
    return Feedback(True, f"Correct! {what}")


def not_yet(hint: str) -> Feedback:
    return Feedback(False, f"Not yet. {hint}")


UNFINISHED = (
    "It looks unfinished: replace the `...` with your code (and `return` the result), "
    "run that cell, then run this check again."
)


def unfinished(value) -> bool:
    """True for what a stub leaves behind: ``...``, ``None`` or ``NotImplemented``."""
    return value is Ellipsis or value is None or value is NotImplemented


def call_learner(function, *args):
    """Call a learner's function; return ``(result, warnings, problem)``.

    ``problem`` is ``None``, or a `Feedback` that explains an exception or a stub.
    """
    if not callable(function):
        if unfinished(function):
            return None, [], not_yet(UNFINISHED)
        return (
            None,
            [],
            not_yet(
                "The check needs a function (defined with `def`); "
                f"it got {type(function).__name__}."
            ),
        )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = function(*args)
        except NotImplementedError:
            return None, [], not_yet(UNFINISHED)
        except Exception as exc:  # the learner's code: report it, never re-raise
            return (
                None,
                [],
                not_yet(
                    f"Calling your function raised {type(exc).__name__}: {exc}. "
                    "Run it on its own in a new cell to see where."
                ),
            )
    if unfinished(result):
        return None, [], not_yet(UNFINISHED)
    return result, [str(w.message) for w in caught], None


def as_learner_array(result, shape: tuple, what: str, wrong_shape: str):
    """``(array, None)`` if a learner's ``result`` is numbers of ``shape``, else ``(None, hint)``.

    ``what`` names the expected value ("the gradient"); ``wrong_shape`` is the hint for a
    wrong shape, formatted with ``{got}`` (the shape returned) and ``{shape}``.
    """
    try:
        array = np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        return None, not_yet(f"Your function returned {type(result).__name__}, not {what}.")
    if array.shape != shape:
        return None, not_yet(wrong_shape.format(got=array.shape, shape=shape))
    return array, None
