"""One way to check every exercise that asks for a function.

An `Exercise` lists the inputs the learner's function is tried on (dense, over the whole
domain, several data sets), the reference, the tolerance, the ready-made answers it must not
call, and its library of slips: each slip is the wrong formula a student writes, as a small
function of the same inputs, beside the key of the hint that names it. `check` runs the
learner's function on every input; a wrong answer is diagnosed by running the slips on the
same inputs and naming the one it matches; only when none does, the catch-all hint speaks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ._feedback import Feedback, correct, not_yet, numbers
from ._learner import Code, call


@dataclass(frozen=True)
class Slip:
    """A student's wrong formula (a function of the exercise's inputs) and its hint's key.

    ``matches`` (optional) decides instead of comparing values: a function of the inputs and
    the learner's answer, for slips that are a family (any threshold, any constant factor);
    ``details`` gives the values the hint shows, from the first input and its answer; ``member``
    names the placeholder that gets the family's member (the divisor k, the cap...).
    """

    key: str
    formula: Callable | None = None
    matches: Callable | None = None
    details: Callable | None = None  # (*args, answer) -> the hint's placeholders
    member: str = ""  # the placeholder that names the member of a family the answer fits


#: Exceptions that a variable of an earlier cell, meeting the check's data, typically raises.
_SHAPE_ERRORS = ("feedback.raised", "feedback.matmul", "feedback.broadcast", "feedback.index")


def close(got: np.ndarray, expected: np.ndarray, rtol: float, floor: float = 0.0) -> bool:
    """|got − expected| <= rtol |expected| + floor, entry by entry (NaN never close)."""
    with np.errstate(all="ignore"):
        return bool(np.all(np.abs(got - expected) <= rtol * np.abs(expected) + floor))


@dataclass(frozen=True)
class Exercise:
    """Everything one exercise's check needs; see the module docstring."""

    cases: tuple  # argument tuples, the first one small enough to show in a hint
    reference: Callable  # (*args) -> the right answer
    rtol: float
    correct_key: str
    wrong_key: str  # the catch-all hint, given `example(args, expected, got)`
    example: Callable
    shape_key: str = "feedback.wrong_shape"
    warned_key: str = "feedback.warned"
    not_finite_key: str = "feedback.not_finite"
    ready_made: tuple = ()  # the helpers this exercise re-implements (and their internals)
    quiet: bool = False  # True where the text forbids silencing warnings
    floor: float = 0.0  # an absolute tolerance, where a value may be 0
    slips: tuple = field(default=())
    code_slips: tuple = ()  # (key, predicate on the learner's `Code`): slips seen in the code
    correct_values: Callable = lambda args, expected: {}
    exact: Callable = lambda *args: True  # (*args, answer): an exactness the tolerance allows


def check(function, exercise: Exercise) -> Feedback:
    """The verdict on a learner's ``function`` for ``exercise``."""
    code = Code(function)
    name = code.uses(*exercise.ready_made)
    if name:
        return not_yet("feedback.write_it_yourself", name=name)
    if exercise.quiet and code.silences_warnings():
        return not_yet("feedback.silenced")
    answers = []
    for args in exercise.cases:
        run = call(function, args)
        if isinstance(run, Feedback):  # an error where other cells' variables meet these data
            return _globals_hint(code) if run.key in _SHAPE_ERRORS and code.globals_read() else run
        value, caught = run
        if caught:
            return not_yet(exercise.warned_key, warning=caught[0])
        shape = np.shape(exercise.reference(*args))
        if shape == () and np.size(value) == 1 and not isinstance(value, (str, bytes)):
            value = np.reshape(value, ())  # one number in a 1-element array (m = y.shape, ...)
        got = numbers(value, shape, exercise.shape_key, exercise.not_finite_key)
        if isinstance(got, Feedback):
            return (
                _globals_hint(code)
                if got.key == exercise.shape_key and code.globals_read()
                else got
            )
        answers.append(got)
    expected = [exercise.reference(*args) for args in exercise.cases]
    triples = list(zip(exercise.cases, answers, expected, strict=True))
    if all(
        close(a, e, exercise.rtol, exercise.floor) and exercise.exact(*args, a)
        for args, a, e in triples
    ):
        return correct(
            exercise.correct_key, **exercise.correct_values(exercise.cases[0], expected[0])
        )
    return diagnose(exercise, code, answers, expected)


def diagnose(exercise: Exercise, code: Code, answers: list, expected: list) -> Feedback:
    """Name the slip the wrong ``answers`` match; else the variables of earlier cells the code
    reads; else the catch-all hint, with the first input the answer gets wrong."""
    for key, seen in exercise.code_slips:
        if seen(code):
            return not_yet(key)
    with np.errstate(all="ignore"):
        for slip in exercise.slips:
            member = _matches_all(slip, exercise, answers)
            if member is not None:
                values = _details(slip, exercise.cases[0], answers[0])
                return not_yet(slip.key, **values, **({slip.member: member} if slip.member else {}))
        for key, universal in _UNIVERSAL:
            triples = zip(exercise.cases, answers, expected, strict=True)
            if all(universal(args, got, right, exercise) for args, got, right in triples):
                return not_yet(key)
    hint = _globals_hint(code)
    if hint is not None:  # (a Feedback that says "not yet" is falsy)
        return hint
    for args, got, right in zip(exercise.cases, answers, expected, strict=True):
        if not close(got, right, exercise.rtol, exercise.floor):
            return not_yet(exercise.wrong_key, **exercise.example(args, right, got))
    raise AssertionError("diagnose() called on a right answer")  # pragma: no cover


def _rounded(args, got, right, exercise: Exercise) -> bool:
    """The right answer rounded to some number of decimals (np.round, round)."""
    right = np.asarray(right, dtype=float)
    return any(close(got, np.round(right, k), 1e-12, 1e-300) for k in range(13))


def _integers(args, got, right, exercise: Exercise) -> bool:
    """The right answer with its fractions cut off (astype(int))."""
    return close(got, np.trunc(right), 0.0)


def _low_precision(args, got, right, exercise: Exercise) -> bool:
    """Right to about 7 digits only: the computation done in float32."""
    single = [a.astype(np.float32).astype(float) if isinstance(a, np.ndarray) else a for a in args]
    return close(got, right, 1e-5, 1e-30) or close(got, exercise.reference(*single), 1e-4, 1e-30)


#: Slips any exercise can show, tried after its own.
_UNIVERSAL = (
    ("feedback.rounded", _rounded),
    ("feedback.integers", _integers),
    ("feedback.low_precision", _low_precision),
)


def _matches_all(slip: Slip, exercise: Exercise, answers: list):
    """The member of the slip the answers fit on every input (True for a plain slip), or None.

    A family's detector returns, per input, the member it sees (a divisor, a cap...), or the
    set of members the input allows, or None; one member must fit every input (True, 0 and inf
    say that this input allows any member).
    """
    pairs = list(zip(exercise.cases, answers, strict=True))
    if slip.matches is None:
        return True if all(_matches(slip, args, got, exercise) for args, got in pairs) else None
    seen = [slip.matches(*args, got) for args, got in pairs]
    seen = [bool(v) if isinstance(v, (bool, np.bool_)) else v for v in seen]
    if any(value is None or value is False for value in seen):
        return None
    sets = [set(v) for v in seen if isinstance(v, (set, frozenset))]
    if sets:  # the members each input allows: one must be allowed by all
        common = set.intersection(*sets)
        return min(common) if common else None
    told = [float(v) for v in seen if v is not True and v not in (0, np.inf)]
    if not told:
        return True
    return told[0] if np.allclose(told, told[0], rtol=1e-6) else None


def _matches(slip: Slip, args: tuple, got: np.ndarray, exercise: Exercise) -> bool:
    try:
        wrong = np.asarray(slip.formula(*args), dtype=float)
    except (ValueError, TypeError, FloatingPointError):
        return False
    return wrong.shape == got.shape and close(got, wrong, max(exercise.rtol, 1e-9), exercise.floor)


def _details(slip: Slip, args: tuple, got: np.ndarray) -> dict:
    return slip.details(*args, got) if slip.details else {}


def _globals_hint(code: Code) -> Feedback | None:
    names = code.globals_read()
    if names:
        return not_yet("feedback.globals", names=", ".join(f"`{n}`" for n in names))
    return None


def scale_slips(reference: Callable, m_of: Callable, negative: str = "feedback.negative") -> tuple:
    """The slips that only scale the answer: the minus sign lost, the sum for the mean (× m),
    1/(m + 1) for 1/m (the slide's sum from i = 0), dividing by m twice, and dividing by some
    other fixed number k (a constant, or an ``m`` left over from an earlier cell)."""

    def scaled(factor):
        return lambda *args: factor(m_of(*args)) * reference(*args)

    def m_values(*args):
        m = m_of(*args[:-1])
        return {"m": m, "m1": m + 1, "m0": m - 1}

    def divisor(*args) -> float | None:
        """k if the answer is m/k times the reference, the same whole k for every input."""
        *inputs, got = args
        right, m = np.asarray(reference(*inputs)), m_of(*inputs)
        usable = np.abs(right) > 1e-12
        if not np.any(usable):
            return 0  # no scale to read in these data: consistent with any k
        ratio = got[usable] / right[usable]
        if not np.all(np.isfinite(ratio)) or ratio.flat[0] == 0:
            return None
        whole = round(m / ratio.flat[0])
        if 1 <= whole <= 10_000 and whole not in (m, m + 1) and close(ratio, m / whole, 1e-9):
            return whole
        return None

    return (
        Slip(negative, scaled(lambda m: -1.0)),
        Slip("feedback.sum_not_mean", scaled(float), details=m_values),
        Slip("feedback.m_plus_one", scaled(lambda m: m / (m + 1)), details=m_values),
        Slip("feedback.m_minus_one", scaled(lambda m: m / (m - 1)), details=m_values),
        Slip("feedback.divided_twice", scaled(lambda m: 1.0 / m), details=m_values),
        Slip(
            "feedback.fixed_m",
            matches=divisor,
            details=m_values,
            member="k",
        ),
    )
