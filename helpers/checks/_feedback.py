"""The verdict of a check, and the reading of a learner's values.

A check returns a `Feedback`: truthy when the answer is right; a notebook shows its message
when it is a cell's last expression. Its ``key`` names the catalog entry of the hint, so a
test can ask which slip a check named. The words come from the message catalogs
(``helpers.messages``), in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..messages import text


@dataclass(frozen=True)
class Feedback:
    """The verdict of one check, the sentence a learner reads, and the hint's catalog key."""

    passed: bool
    message: str
    key: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return self.message

    __str__ = __repr__


def not_yet(key: str, **values) -> Feedback:
    """A failed check: "Not yet." and the hint ``key`` of the catalog."""
    return Feedback(False, text("feedback.not_yet", hint=text(key, **values)), key)


def correct(key: str, **values) -> Feedback:
    """A passed check: "Correct!" and the explanation ``key`` of the catalog."""
    return Feedback(True, text("feedback.correct", what=text(key, **values)), key)


def unfinished(value) -> bool:
    """True for what a stub leaves behind: ``...``, ``None`` or ``NotImplemented``."""
    return value is Ellipsis or value is None or value is NotImplemented


def numbers(value, shape=None, wrong_shape="", not_finite="feedback.not_finite", **hint):
    """A learner's value as a float array (of ``shape``), or the `Feedback` that says why not.

    Refused, each with its own hint: a stub's ``...``, text (also numbers typed in quotes),
    anything else that is not real numbers, complex numbers, NaN and ±inf, and a wrong shape
    (hint ``wrong_shape``, given ``got``, ``shape`` and ``hint``; NaN and inf: ``not_finite``).
    """
    items = value if isinstance(value, (list, tuple)) else [value]
    if unfinished(value) or any(unfinished(item) for item in items):
        return not_yet("feedback.unfinished")
    if isinstance(value, (str, bytes)) or any(isinstance(item, (str, bytes)) for item in items):
        return not_yet("feedback.text", got=repr(value)[:60])
    try:
        array = np.asarray(value)
        if array.dtype.kind == "O":
            array = array.astype(complex if any(map(np.iscomplexobj, array.flat)) else float)
    except (TypeError, ValueError, OverflowError):
        return not_yet("feedback.not_numbers", got=type(value).__name__)
    if array.dtype.kind == "c":
        return not_yet("feedback.complex")
    if array.dtype.kind not in "biuf":
        return not_yet("feedback.not_numbers", got=type(value).__name__)
    array = array.astype(float)
    if shape is not None and array.shape != shape:
        return not_yet(wrong_shape, got=array.shape, shape=shape, **hint)
    if not np.all(np.isfinite(array)):
        bad = array[~np.isfinite(array)]
        return not_yet(not_finite, value=bad[0], count=bad.size)
    return array
