"""Checks for notebook 03 (use as ``from helpers.checks import costs as check``).

The slide's quiz (`QUIZ`, `cost_quiz_answer`) and the exercises: the cost J from
probabilities, the same cost from the logits, and the general cross entropy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..costs import EPS, categorical_cross_entropy, cross_entropy, cross_entropy_from_logits
from ..logistic import sigmoid
from ._feedback import Feedback, call_learner, correct, not_yet, unfinished

__all__ = [
    "QUIZ",
    "QuizQuestion",
    "cost_from_logits",
    "cost_function",
    "cost_quiz_answer",
    "general_cross_entropy",
]

#: log 2 ≈ 0.693: the error of the coin-flip prediction ŷ = 0.5, whatever the label. An error
#: above it is "large" (worse than guessing), below it "small".
COIN_FLIP = math.log(2.0)


@dataclass(frozen=True)
class QuizQuestion:
    """One of the slide's questions: "y = …, ŷ = … 일 때 오차는?" (what is the error?)."""

    number: int
    y: int
    y_hat: float

    @property
    def error(self) -> float:
        """e = −log(ŷ) if y = 1, −log(1 − ŷ) if y = 0."""
        return -math.log(self.y_hat) if self.y == 1 else -math.log1p(-self.y_hat)

    @property
    def formula(self) -> str:
        return f"−log({self.y_hat:g})" if self.y == 1 else f"−log(1 − {self.y_hat:g})"

    @property
    def size(self) -> str:
        """'large' (크다) if the error is above log 2, the coin flip's, else 'small' (작다)."""
        return "large" if self.error > COIN_FLIP else "small"

    @property
    def curve(self) -> str:
        """'solid' (실선, −log h, for y = 1) or 'dotted' (점선, −log(1 − h), for y = 0)."""
        return "solid" if self.y == 1 else "dotted"

    @property
    def text(self) -> str:
        return f"({self.number}) y = {self.y}, ŷ = {self.y_hat:g} 일 때 오차는? (the error?)"


#: The slide's three questions, in its order.
QUIZ = (QuizQuestion(1, 1, 0.2), QuizQuestion(2, 1, 0.8), QuizQuestion(3, 0, 0.9))

#: Accepted spellings (lower case, spaces removed): English, the slide's Korean, its (a)/(b).
_ERROR_WORDS = {
    "small": "small",
    "작다": "small",
    "a": "small",
    "(a)": "small",
    "large": "large",
    "big": "large",
    "크다": "large",
    "b": "large",
    "(b)": "large",
}
_CURVE_WORDS = {
    "solid": "solid",
    "실선": "solid",
    "a": "solid",
    "(a)": "solid",
    "dotted": "dotted",
    "점선": "dotted",
    "b": "dotted",
    "(b)": "dotted",
}


def _read(value, words: dict[str, str], name: str, choices: str) -> tuple[str | None, str | None]:
    """(normalised answer or None if unanswered, problem message or None)."""
    if unfinished(value):
        return None, None
    if isinstance(value, str):
        key = "".join(value.split()).lower()
        if key in words:
            return words[key], None
    return None, f"`{name}` must be {choices}; got {value!r}."


def cost_quiz_answer(question, error=None, curve=None) -> Feedback:
    """Check one answer to the slide's quiz: is the error small or large, on which curve?

    ``question`` is 1, 2 or 3; ``error`` is 'small' or 'large' (also '작다' / '크다', or the
    slide's 'a' / 'b'); ``curve`` is 'solid' or 'dotted' (also '실선' / '점선', 'a' / 'b').
    Either may be left out (``None`` or ``...``) to check one part on its own.
    """
    numbers = {q.number: q for q in QUIZ}
    if isinstance(question, bool) or question not in numbers:
        return not_yet(f"`question` must be 1, 2 or 3 (the slide's three); got {question!r}.")
    q = numbers[question]
    size, problem_size = _read(error, _ERROR_WORDS, "error", "'small' or 'large' (작다 / 크다)")
    line, problem_line = _read(curve, _CURVE_WORDS, "curve", "'solid' or 'dotted' (실선 / 점선)")
    problems = [p for p in (problem_size, problem_line) if p]
    if problems:
        return not_yet(" ".join(problems))
    if size is None and line is None:
        return not_yet(
            "It looks unfinished: set `error` to 'small' or 'large' and `curve` to 'solid' or "
            "'dotted', then run the cell again."
        )
    hints = []
    if size is not None and size != q.size:
        than = "more" if q.size == "large" else "less"
        hints.append(
            f"The error is not {size}. The true class is y = {q.y} and the model gives it "
            f"probability {q.y_hat if q.y == 1 else 1 - q.y_hat:g}, so e = {q.formula} = "
            f"{q.error:.2f}: {than} than log 2 ≈ 0.69, the error of a 50/50 guess (ŷ = 0.5)."
        )
    if line is not None and line != q.curve:
        case = "−log(h)" if q.y == 1 else "−log(1 − h)"
        hints.append(
            f"Not the {line} curve: the label picks the curve, not ŷ. For y = {q.y} the error "
            f"is {case}, drawn {q.curve}."
        )
    if hints:
        return not_yet(" ".join(hints))
    if size is None:
        return not_yet("The curve is right; now say whether the error is small or large.")
    if line is None:
        return not_yet("Small or large: right. Now say on which curve you read it.")
    return correct(
        f"y = {q.y}, ŷ = {q.y_hat:g}: e = {q.formula} = {q.error:.2f}, a {q.size} error, "
        f"read on the {q.curve} curve (y = {q.y})."
    )


# ----------------------------------------------------------------------------- exercises
_Y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0])
_A = np.array([0.9, 0.2, 0.6, 0.35, 0.5, 0.05, 0.99, 0.7])


def _one_number(result) -> tuple[float | None, Feedback | None]:
    try:
        array = np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        return None, not_yet(f"Your function returned {type(result).__name__}, not a number.")
    if array.size != 1:
        return None, not_yet(
            f"Your function returned {array.size} numbers (shape {array.shape}); the cost J is "
            "one number, the mean of the per-sample errors: use np.mean (or sum and divide by m)."
        )
    return float(array.reshape(())), None


def _learner_number(function, *arrays, if_warned: str = "") -> tuple[float | None, Feedback | None]:
    """Call the learner's function on copies of ``arrays``: ``(its one number, None)``, or
    ``(None, a hint)`` for an error, a stub, not one number, or a warning (then ``if_warned``
    follows the warning's text)."""
    result, caught, problem = call_learner(function, *(array.copy() for array in arrays))
    if problem is not None:
        return None, problem
    value, problem = _one_number(result)
    if problem is None and caught:
        return None, not_yet(f'Your function warned: "{caught[0]}". {if_warned}'.rstrip())
    return value, problem


def cost_function(my_cost) -> Feedback:
    """Exercise 1: J = −(1/m) Σ [y log a + (1 − y) log(1 − a)] from labels y and outputs a."""
    value, problem = _learner_number(
        my_cost, _Y, _A, if_warned="No a here is 0 or 1; check the logs."
    )
    if problem is not None:
        return problem
    expected = cross_entropy(_Y, _A)
    m = _Y.size
    if math.isclose(value, expected, rel_tol=1e-12):
        return correct(
            f"J = {expected:.4f} for these {m} samples; it matches helpers.cross_entropy."
        )
    if math.isclose(value, -expected, rel_tol=1e-9):
        return not_yet(
            "Your J is negative: the logs of probabilities are negative, so J needs the minus "
            "sign in front, J = −(1/m) Σ (...)."
        )
    if math.isclose(value, m * expected, rel_tol=1e-9):
        return not_yet(
            f"Your J is {m} times too large: that is the sum over the m = {m} samples. "
            "J is the mean: multiply by 1/m (or use np.mean)."
        )
    if math.isclose(value, expected / math.log(10.0), rel_tol=1e-9):
        return not_yet("That is the base-10 log. Use the natural log, np.log.")
    swapped = cross_entropy(1 - _Y, _A)
    if math.isclose(value, swapped, rel_tol=1e-9):
        return not_yet(
            "y and 1 − y are swapped: a sample with y = 1 must cost −log(a), one with y = 0 "
            "−log(1 − a)."
        )
    return not_yet(
        f"For y = {_Y.tolist()} and a = {_A.tolist()} yours gives {value:.6f}, but "
        f"J = {expected:.6f}. Try one sample by hand: y = 1, a = 0.9 costs −log(0.9) = 0.1054."
    )


_Y_LOGITS = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
_Z = np.array([-1000.0, 1000.0, 40.0, -40.0, 2.0, 0.0, -3.0, 50.0])


def cost_from_logits(my_cost) -> Feedback:
    """Exercise 2: J from the logits z, exact and warning-free for saturated z (±1000)."""
    value, problem = _learner_number(
        my_cost,
        _Y_LOGITS,
        _Z,
        if_warned="Somewhere σ(z) rounds to 0 or 1 and then log(0) = −inf, or e^(−z) "
        "overflows. Do not compute σ at all: use log σ(z) = −softplus(−z) and "
        "log(1 − σ(z)) = −softplus(z) (helpers.softplus).",
    )
    if problem is not None:
        return problem
    if not math.isfinite(value):
        return not_yet(
            f"Your J is {value}: a log of a rounded σ(z). Build it from helpers.softplus: "
            "J = mean(y·softplus(−z) + (1 − y)·softplus(z))."
        )
    expected = cross_entropy_from_logits(_Y_LOGITS, _Z)
    if math.isclose(value, expected, rel_tol=1e-12):
        return correct(
            f"J = {expected:.4f}, exact even for z = ±1000 (those samples cost 1000 each), "
            "with no warnings."
        )
    if math.isclose(value, -expected, rel_tol=1e-9):
        return not_yet("Your J is negative; the softplus form needs no minus sign in front.")
    swapped = cross_entropy_from_logits(1 - _Y_LOGITS, _Z)
    if math.isclose(value, swapped, rel_tol=1e-9):
        return not_yet(
            "y and 1 − y are swapped: a sample with y = 1 costs softplus(−z), one with y = 0 "
            "softplus(z)."
        )
    clipped = cross_entropy(_Y_LOGITS, sigmoid(_Z))  # σ rounded, then clipped before the log
    if abs(value - clipped) < 1e-6 or (value < expected / 2):
        return not_yet(
            f"Your J is {value:.4f}, but the exact cost is {expected:.4f}: the samples with "
            "z = −1000, y = 1 and z = 1000, y = 0 cost 1000 each. Clipping σ (or ŷ) caps each "
            f"error near −log(EPS) = {-math.log(EPS):.2f}; work with z itself instead."
        )
    return not_yet(
        f"For y = {_Y_LOGITS.tolist()} and z = {_Z.tolist()} yours gives {value:.6f}, "
        f"but J = {expected:.6f}. One sample to try by hand: y = 1, z = 2 costs "
        f"softplus(−2) = log(1 + e^(−2)) = {math.log1p(math.exp(-2)):.4f}."
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


def general_cross_entropy(my_cross_entropy) -> Feedback:
    """Exercise 3: J = −Σ_k y_k log ŷ_k per sample (one-hot y), averaged over the samples.

    Checked on three classes, then on two, where it must equal the binary cross entropy.
    """
    Y = np.eye(3)[_Y_CLASSES]
    value, problem = _learner_number(my_cross_entropy, Y, _P)
    if problem is not None:
        return problem
    expected = categorical_cross_entropy(Y, _P)
    m = Y.shape[0]
    if math.isclose(value, m * expected, rel_tol=1e-9):
        return not_yet(
            f"Your J is {m} times too large: you summed over the samples too. Sum over the "
            "classes (axis=1), then take the mean over the samples."
        )
    if math.isclose(value, -expected, rel_tol=1e-9):
        return not_yet("Your J is negative: J = −Σ y log ŷ has a minus sign in front.")
    binary_everywhere = np.mean(-np.sum(Y * np.log(_P) + (1 - Y) * np.log(1 - _P), axis=1))
    if math.isclose(value, binary_everywhere, rel_tol=1e-9):
        return not_yet(
            "You used the binary formula on every class. The general one is only "
            "−Σ_k y_k log ŷ_k: the (1 − y) log(1 − ŷ) part is already there, as the other "
            "class's term."
        )
    if not math.isclose(value, expected, rel_tol=1e-12):
        return not_yet(
            f"On three classes yours gives {value:.6f}, but J = {expected:.6f}. The first "
            f"sample is class 0 with ŷ = {_P[0].tolist()}: it costs −log(0.7) = 0.3567."
        )
    y, a = _Y, _A
    value2, problem = _learner_number(
        my_cross_entropy, np.column_stack([1 - y, y]), np.column_stack([1 - a, a])
    )
    if problem is not None:
        return problem
    binary = cross_entropy(y, a)
    if not math.isclose(value2, binary, rel_tol=1e-12):
        return not_yet(
            f"Right on three classes, but with two classes (one-hot [1 − y, y]) yours gives "
            f"{value2:.6f} instead of the binary cross entropy {binary:.6f}."
        )
    return correct(
        f"J = {expected:.4f} on three classes; with two classes it equals the binary "
        f"cross entropy ({binary:.4f})."
    )
