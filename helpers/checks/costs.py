"""Checks for notebook 03 (use as ``from helpers.checks import costs as check``).

The slide's quiz (`QUIZ`, `cost_quiz_answer`) and the exercises: the cost J from
probabilities, the same cost from the logits, and the general cross entropy.
"""

from __future__ import annotations

import math
import numbers
import re

import numpy as np

from ..costs import EPS, QUIZ, categorical_cross_entropy, cross_entropy, cross_entropy_from_logits
from ..logistic import sigmoid
from ..messages import text as _text
from ._feedback import (
    Feedback,
    call_learner,
    correct,
    divided_by_m_plus_one,
    learner_numbers,
    not_yet,
    quietly,
    unfinished,
)

__all__ = [
    "cost_from_logits",
    "cost_function",
    "cost_quiz_answer",
    "general_cross_entropy",
]


def _formula(q) -> str:
    return f"−log({q.y_hat:g})" if q.y == 1 else f"−log(1 − {q.y_hat:g})"


#: What a learner may type, by meaning: words (found anywhere in the answer) and the slide's
#: option letters (a) / (b) (at its start). "(b) 크다" is large; "(a) 크다" contradicts itself.
_ERROR_WORDS = {
    "small": "small",
    "작다": "small",
    "작음": "small",
    "작아": "small",
    "large": "large",
    "big": "large",
    "크다": "large",
    "큼": "large",
    "커": "large",
}
_CURVE_WORDS = {
    "solid": "solid",
    "실선": "solid",
    "dotted": "dotted",
    "dashed": "dotted",
    "dot": "dotted",
    "dash": "dotted",
    "점선": "dotted",
}
_LETTERS = {"error": {"a": "small", "b": "large"}, "curve": {"a": "solid", "b": "dotted"}}
_LETTER = re.compile(r"^\(?\s*([ab])\s*\)?(?=$|[\s.,:;)])")


def _read(value, name: str) -> tuple[str | None, str | None]:
    """(normalised answer or None if unanswered, problem key or None)."""
    if unfinished(value):
        return None, None
    if not isinstance(value, str):
        return None, f"quiz.{name}_choices"
    text = value.strip().lower()
    found = set()
    letter = _LETTER.match(text)
    if letter:
        found.add(_LETTERS[name][letter.group(1)])
        text = text[letter.end() :]
    words = _ERROR_WORDS if name == "error" else _CURVE_WORDS
    found.update(meaning for word, meaning in words.items() if word in text)
    if len(found) == 1:
        return found.pop(), None
    return None, f"quiz.{name}_ambiguous" if found else f"quiz.{name}_choices"


def cost_quiz_answer(question, error=None, curve=None) -> Feedback:
    """Check one answer to the slide's quiz: is the error small or large, on which curve?

    ``question`` is 1, 2 or 3; ``error`` is 'small' or 'large' (also '작다' / '크다', or the
    slide's '(a)' / '(b)', or both as in '(b) 크다'); ``curve`` is 'solid' or 'dotted' (also
    'dashed', '실선' / '점선', '(a)' / '(b)'). Either may be left out (``None`` or ``...``) to
    check one part on its own. Answers in the chosen language (`helpers.set_language`).
    """
    by_number = {q.number: q for q in QUIZ}
    if (
        isinstance(question, bool)
        or not isinstance(question, numbers.Integral)
        or int(question) not in by_number
    ):
        return not_yet("quiz.question_number", got=repr(question))
    q = by_number[int(question)]
    size, problem_size = _read(error, "error")
    line, problem_line = _read(curve, "curve")
    problems = [
        _text(key, got=repr(value))
        for key, value in ((problem_size, error), (problem_line, curve))
        if key
    ]
    if problems:
        return not_yet("quiz.problems", problems=" ".join(problems))
    if size is None and line is None:
        return not_yet("quiz.unfinished")
    hints = []
    if size is not None and size != q.size:
        hints.append(
            _text(
                f"quiz.not_{size}",
                y=q.y,
                p=q.y_hat if q.y == 1 else 1 - q.y_hat,
                formula=_formula(q),
                e=q.error,
            )
        )
    if line is not None and line != q.curve:
        hints.append(_text(f"quiz.not_{line}", y=q.y))
    if hints:
        return not_yet("quiz.problems", problems=" ".join(hints))
    if size is None:
        return not_yet("quiz.curve_only")
    if line is None:
        return not_yet("quiz.size_only")
    return correct(
        f"quiz.correct_{q.size}_{q.curve}",
        q.error,
        y=q.y,
        y_hat=q.y_hat,
        formula=_formula(q),
        e=q.error,
    )


# ----------------------------------------------------------------------------- exercises
_Y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0])
_A = np.array([0.9, 0.2, 0.6, 0.35, 0.5, 0.05, 0.99, 0.7])


def _learner_number(function, *arrays, warned: str = "costs.warned", not_finite=None):
    """Call the learner's function on ``arrays``: ``(its one number, None)``, or ``(None, a
    hint)`` for an error, a stub, not one finite real number, or a warning (hint ``warned``)."""
    result, caught, problem = call_learner(function, *arrays)
    if problem is not None:
        return None, problem
    array, problem = learner_numbers(
        result, "costs.what_number", not_finite=not_finite or "feedback.not_finite"
    )
    if problem is not None:
        return None, problem
    if array.size != 1:
        return None, not_yet("costs.not_one_number", size=array.size, shape=array.shape)
    if caught:
        return None, not_yet(warned, warning=caught[0])
    return float(array.reshape(())), None


def _close(value: float, target: float, rel_tol: float = 1e-9) -> bool:
    return math.isclose(value, target, rel_tol=rel_tol)


def _scale_hint(value: float, expected: float, m: int, negative: str) -> Feedback | None:
    """The slips that only scale J: the minus sign lost, the sum for the mean, m + 1 for m."""
    if _close(value, -expected):
        return not_yet(negative)
    if _close(value, m * expected):
        return not_yet("costs.sum_not_mean", m=m)
    if divided_by_m_plus_one(value, expected, m):
        return not_yet("feedback.m_plus_one", m=m, m1=m + 1)
    return None


def cost_function(my_cost) -> Feedback:
    """Exercise 1: J = −(1/m) Σ [y log a + (1 − y) log(1 − a)] from labels y and outputs a."""
    value, problem = _learner_number(my_cost, _Y, _A, warned="costs.cost_warned")
    if problem is not None:
        return problem
    expected = cross_entropy(_Y, _A)
    m = _Y.size
    if _close(value, expected, 1e-12):
        return correct("costs.cost_correct", value, J=expected, m=m)
    problem = _scale_hint(value, expected, m, negative="costs.negative")
    if problem is not None:
        return problem
    if _close(value, expected / math.log(10.0)):
        return not_yet("costs.log10")
    if _close(value, cross_entropy(1 - _Y, _A)):
        return not_yet("costs.swapped")
    return not_yet("costs.cost_wrong", y=_Y.tolist(), a=_A.tolist(), got=value, J=expected)


_Y_LOGITS = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
_Z = np.array([-1000.0, 1000.0, 40.0, -40.0, 2.0, 0.0, -3.0, 50.0])


def cost_from_logits(my_cost) -> Feedback:
    """Exercise 2: J from the logits z, exact and warning-free for saturated z (±1000)."""
    value, problem = _learner_number(
        my_cost,
        _Y_LOGITS,
        _Z,
        warned="costs.logits_warned",
        not_finite="costs.logits_not_finite",
    )
    if problem is not None:
        return problem
    expected = cross_entropy_from_logits(_Y_LOGITS, _Z)
    m = _Y_LOGITS.size
    if _close(value, expected, 1e-12):
        return correct("costs.logits_correct", value, J=expected)
    problem = _scale_hint(value, expected, m, negative="costs.logits_negative")
    if problem is not None:
        return problem
    if _close(value, cross_entropy_from_logits(1 - _Y_LOGITS, _Z)):
        return not_yet("costs.logits_swapped")
    clipped = cross_entropy(_Y_LOGITS, sigmoid(_Z))  # σ rounded, then clipped before the log
    if abs(value - clipped) < 1e-6 or (value < expected / 2):
        return not_yet("costs.clipped", got=value, J=expected, cap=-math.log(EPS))
    return not_yet(
        "costs.logits_wrong",
        y=_Y_LOGITS.tolist(),
        z=_Z.tolist(),
        got=value,
        J=expected,
        example=math.log1p(math.exp(-2)),
    )


_Y_CLASSES = np.array([0, 2, 1, 2, 0])
_P = np.array(
    [
        [0.7, 0.2, 0.1],
        [0.1, 0.3, 0.6],
        [0.25, 0.5, 0.25],
        [0.6, 0.3, 0.1],
        [0.9, 0.05, 0.05],
    ]
)


@quietly
def _general_hint(value: float, Y: np.ndarray, P: np.ndarray) -> Feedback | None:
    """The hint for a general cross entropy that is off on (Y, P), or None if it is right."""
    expected = categorical_cross_entropy(Y, P)
    m, k = Y.shape
    if _close(value, expected, 1e-12):
        return None
    per_entry = -Y * np.log(P)
    if _close(value, m * expected):
        return not_yet("costs.general_sum", m=m)
    if _close(value, -expected):
        return not_yet("costs.general_negative")
    if divided_by_m_plus_one(value, expected, m):
        return not_yet("feedback.m_plus_one", m=m, m1=m + 1)
    if _close(value, float(np.mean(per_entry))):
        return not_yet("costs.general_mean_all", m=m, k=k, mk=m * k)
    if _close(value, float(np.mean(np.sum(per_entry, axis=0)))):
        return not_yet("costs.general_axis0", m=m, k=k)
    binary = np.mean(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P), axis=1))
    if _close(value, binary):
        return not_yet("costs.general_binary")
    return not_yet("costs.general_wrong", got=value, J=expected, p0=P[0].tolist())


def general_cross_entropy(my_cross_entropy) -> Feedback:
    """Exercise 3: J = −Σ_k y_k log ŷ_k per sample (one-hot y), averaged over the samples.

    Checked on three classes, then on two, where it must equal the binary cross entropy.
    """
    Y = np.eye(3)[_Y_CLASSES]
    value, problem = _learner_number(my_cross_entropy, Y, _P)
    if problem is not None:
        return problem
    problem = _general_hint(value, Y, _P)
    if problem is not None:
        return problem
    y, a = _Y, _A
    value2, problem = _learner_number(
        my_cross_entropy, np.column_stack([1 - y, y]), np.column_stack([1 - a, a])
    )
    if problem is not None:
        return problem
    binary = cross_entropy(y, a)
    if not _close(value2, binary, 1e-12):
        return not_yet("costs.general_two_classes", got=value2, J=binary)
    return correct(
        "costs.general_correct", [value, value2], J=categorical_cross_entropy(Y, _P), binary=binary
    )
