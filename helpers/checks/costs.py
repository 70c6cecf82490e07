"""Checks for notebook 03 (use as ``from helpers.checks import costs as check``): the slide's
quiz, and the exercises: the cost J from probabilities, from the logits, and in general."""

from __future__ import annotations

import math
import unicodedata

import numpy as np

from .. import costs, logistic
from ..messages import text
from ._exercise import Exercise, Slip, check, close, scale_slips
from ._feedback import Feedback, not_yet, unfinished

__all__ = ["cost_from_logits", "cost_function", "cost_quiz_answer", "general_cross_entropy"]

# ----------------------------------------------------------------------------- the quiz
#: The closed lists of answers, in either language: a choice per part, nothing else.
CHOICES = {
    "error": {
        "small": "a ① ㄱ small little 작다 작은 작음 작습니다 작아요 작아",
        "large": "b ② ㄴ large big 크다 큰 큼 큽니다 커요 커",
    },
    "curve": {
        "solid": "a ① ㄱ solid 실선 실선입니다",
        "dotted": "b ② ㄴ dotted dashed dots dashes 점선 점선입니다 파선 파선입니다",
    },
}
#: Words that may stand beside a choice without changing it ("(b) 크다", "solid line").
FILLERS = set("error the is it line curve 오차 오차가 오차는 선 곡선 답 정답 입니다".split())
#: Words that negate or join choices: the answer must be one choice, not a sentence.
NEGATIONS = set("not no isn't 안 않다 않음 아님 아니다 아닌 아니요 or and 또는 혹은".split())
#: Full-width forms typed with a Korean keyboard, "（ｂ）", read as "(b)".
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
_TRIES: dict[int, int] = {}  # wrong tries per question, for the typed form


def read_choice(value, part: str) -> tuple[str | None, str | None]:
    """(the choice, None), (None, None) if unanswered, or (None, the key of the problem)."""
    if unfinished(value):
        return None, None
    if not isinstance(value, str):
        return None, f"quiz.{part}_choices"
    words = unicodedata.normalize("NFC", value).translate(_FULL_WIDTH).lower()  # (Mac: NFD)
    for mark in "()[]{}.,:;!?'\"/":
        words = words.replace(mark, " ")
    found, words = set(), words.split()
    if any(word in NEGATIONS for word in words):
        return None, "quiz.pick_one"
    for word in words:
        meaning = [m for m, forms in CHOICES[part].items() if word in forms.split()]
        if not meaning and word not in FILLERS:
            return None, f"quiz.{part}_choices"
        found.update(meaning)
    if len(found) != 1:
        return None, "quiz.pick_one" if found else f"quiz.{part}_choices"
    return found.pop(), None


def _formula(q) -> str:
    return f"−log({q.y_hat:g})" if q.y == 1 else f"−log(1 − {q.y_hat:g})"


def worked_answer(number: int) -> str:
    """Question ``number``'s answer with its working: e, small or large, and the curve."""
    q = {q.number: q for q in costs.QUIZ}[number]
    worked = dict(y=q.y, y_hat=q.y_hat, formula=_formula(q), e=q.error)
    return text(f"quiz.correct_{q.size}_{q.curve}", **worked)


def quiz_verdict(question, error, curve, tries: int = 0) -> Feedback:
    """The verdict on one answer: the buttons and the typed form both come here. After a
    second wrong try (``tries`` >= 1) the hint includes the worked answer."""
    by_number = {q.number: q for q in costs.QUIZ}
    if isinstance(question, bool) or question not in by_number:
        return not_yet("quiz.question_number", got=repr(question)[:20])
    q = by_number[question]
    (size, size_problem), (line, line_problem) = (
        read_choice(error, "error"),
        read_choice(curve, "curve"),
    )
    problems = [
        text(key, got=repr(v)[:40])
        for key, v in ((size_problem, error), (line_problem, curve))
        if key
    ]
    if problems:
        return not_yet("quiz.problems", problems=" ".join(problems))
    if size is None and line is None:
        return not_yet("quiz.unfinished")
    worked = dict(
        y=q.y, y_hat=q.y_hat, p=q.y_hat if q.y == 1 else 1 - q.y_hat, formula=_formula(q), e=q.error
    )
    hints = []
    if size is not None and size != q.size:
        hints.append(text(f"quiz.not_{size}" + ("_worked" if tries else ""), **worked))
    if line is not None and line != q.curve:
        hints.append(text(f"quiz.not_{line}", y=q.y))
    if hints:
        return not_yet("quiz.problems", problems=" ".join(hints))
    if size is None or line is None:
        return not_yet("quiz.curve_only" if size is None else "quiz.size_only")
    return Feedback(
        True,
        text("feedback.correct", what=worked_answer(q.number)),
        f"quiz.correct_{q.size}_{q.curve}",
    )


def cost_quiz_answer(question, error=None, curve=None) -> Feedback:
    """Check one answer to the slide's quiz: is the error small or large, on which curve?

    ``question`` is 1, 2 or 3. ``error``: one choice, 'small' or 'large' (also (a) / (b),
    ①/②, ㄱ/ㄴ, 작다 / 크다 and their forms); ``curve``: 'solid' or 'dotted' (also (a) / (b),
    실선 / 점선, 'dashed' / 파선). Leave one as ``...`` to check the other on its own.
    """
    key = question if isinstance(question, int) and not isinstance(question, bool) else None
    result = quiz_verdict(question, error, curve, _TRIES.get(key, 0))
    if key is not None and not result and result.key == "quiz.problems":
        _TRIES[key] = _TRIES.get(key, 0) + 1
    return result


# ----------------------------------------------------------------------------- exercises
def _data(seed: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Labels with both classes and outputs a in [1e-6, 1 − 1e-6], both ends included."""
    rng = np.random.default_rng(seed)
    y = (np.arange(m) % 2).astype(float)
    rng.shuffle(y)
    a = np.concatenate([[1e-6, 1 - 1e-6, 0.5], rng.uniform(1e-6, 1 - 1e-6, m - 3)])
    return y, a


def _J(y, a) -> float:
    return float(np.mean(costs.terms(y, a)))


def _m(y, *rest) -> int:
    return len(y)


def _number_example(args, right, got) -> dict:
    return {"got": float(got), "J": float(right)}


#: The small numbers students clip a with, or add inside the logs, "to avoid log(0)".
_EPSILONS = (1e-15, 1e-12, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.05)


def _eps_of(y, a, got) -> set | None:
    """The ε's of a clip(a, ε, 1 − ε) or of log(a + ε) that give this answer (None if none)."""
    found = set()
    for eps in _EPSILONS:
        clipped = _J(y, np.clip(a, eps, 1 - eps))
        added = -np.mean(y * np.log(a + eps) + (1 - y) * np.log(1 - a + eps))
        if close(got, clipped, 1e-12) or close(got, added, 1e-12):
            found.add(eps)
    return found or None


_SHORT_Y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0])
_COST = Exercise(
    cases=(
        (_SHORT_Y, np.array([0.9, 0.2, 0.6, 0.35, 0.5, 0.05, 0.99, 0.7])),
        _data(31, 13),
        _data(32, 50),
    ),
    reference=_J,
    rtol=1e-12,
    correct_key="costs.cost_correct",
    correct_values=lambda args, right: {"J": right, "m": len(args[0])},
    wrong_key="costs.cost_wrong",
    example=_number_example,
    shape_key="costs.not_one_number",
    warned_key="costs.cost_warned",
    ready_made=(
        costs.cross_entropy,
        costs.cross_entropy_terms,
        costs.terms,
        costs.categorical_cross_entropy,
    ),
    slips=(
        *scale_slips(_J, _m),
        Slip("costs.halved", lambda y, a: _J(y, a) / 2),
        Slip("costs.log10", lambda y, a: _J(y, a) / math.log(10.0)),
        Slip("costs.log2", lambda y, a: _J(y, a) / math.log(2.0)),
        Slip("costs.swapped", lambda y, a: _J(1 - y, a)),
        Slip("costs.missing_y0_term", lambda y, a: -np.mean(y * np.log(a))),
        Slip("costs.missing_y1_term", lambda y, a: -np.mean((1 - y) * np.log1p(-a))),
        Slip("costs.inner_sign", lambda y, a: -np.mean(y * np.log(a) - (1 - y) * np.log1p(-a))),
        Slip("costs.log_a_twice", lambda y, a: -np.mean(np.log(a))),
        Slip("costs.squared_error", lambda y, a: np.mean(0.5 * (y - a) ** 2)),
        Slip("costs.squared_error", lambda y, a: np.sum(0.5 * (y - a) ** 2)),
        Slip("costs.log_rule", lambda y, a: -np.mean(y * np.log(a) - (1 - y) * np.log(a))),
        Slip("costs.log_rule", lambda y, a: -np.mean(y * np.log(a) + (1 - y) * (1 - np.log(a)))),
        Slip("costs.loop_from_one", lambda y, a: _J(y[1:], a[1:]) * (len(y) - 1) / len(y)),
        Slip("costs.column_table", lambda y, a: np.mean(costs.terms(y[:, None], a))),
        Slip("costs.changed_a", matches=_eps_of),
    ),
)


def cost_function(my_cost) -> Feedback:
    """Exercise 1: J = −(1/m) Σ [y log a + (1 − y) log(1 − a)] from labels y and outputs a,
    one number, to 1e-12 relative, on three data sets (m = 8, 13, 50)."""
    return check(my_cost, _COST)


def _J_logits(y, z) -> float:
    return float(np.mean(costs.logit_errors(y, z)))


def _softplus_cut(T: float):
    """softplus(t) with the shortcut softplus(t) ≈ t for t > T (and ≈ 0 for t < −T)."""
    return lambda t: np.where(t > T, t, np.where(t < -T, 0.0, np.log1p(np.exp(np.clip(t, -T, T)))))


def _softplus_log(t):
    """softplus written with log(1 + x) instead of log1p(x): 0 instead of e^(−|t|) far out."""
    return np.maximum(t, 0.0) + np.log(1.0 + np.exp(-np.abs(t)))


def _cut_at(y, z, got) -> set | None:
    """The T's of the softplus shortcuts that give this answer (None if none does)."""
    found = set()
    for T in range(1, 60):
        for sp in (_softplus_cut(T), lambda t, T=T: np.where(t > T, t, costs.softplus_of(t))):
            if close(got, np.mean(y * sp(-z) + (1 - y) * sp(z)), 1e-10):
                found.add(T)
    return found or None


def _capped(y, z, got) -> set | float | None:
    """The caps c (whole numbers around it) if the answer is J with every sample's error capped
    at c, as clipping σ does; inf if these data have nothing to cap."""
    errors = costs.logit_errors(y, z)
    if close(got, np.mean(errors), 1e-12, 1e-12):
        return True  # nothing to cap in these data
    if not got < np.mean(errors):
        return None
    low, high = 0.0, float(errors.max())
    for _ in range(200):  # bisection: mean(min(e, c)) grows with c
        c = (low + high) / 2
        low, high = (c, high) if np.mean(np.minimum(errors, c)) < got else (low, c)
    capped = close(got, np.mean(np.minimum(errors, c)), 1e-7, 1e-12)
    # a cap near c (clipping σ caps the two classes' errors a little differently)
    return {math.floor(c), math.ceil(c)} if capped and c < errors.max() else None


def _logit_data(seed: int, m: int, scale: float) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = (np.arange(m) % 2).astype(float)
    rng.shuffle(y)
    return y, np.round(rng.uniform(-scale, scale, m), 2) + 0.001


_Y8 = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
_LOGITS = Exercise(
    cases=(
        (_Y8, np.array([-1000.0, 1000.0, 40.5, -40.5, 2.0, 0.0, -3.7, 45.25])),
        (np.tile(_Y8, 6)[:41], np.linspace(-60.3, 59.9, 41)),
        _logit_data(33, 31, 999.9),  # (m never 30, the notebook's own m)
        _logit_data(34, 25, 8.0),
        (np.array([1.0, 0.0, 1.0, 0.0]), np.array([45.5, -45.0, 38.25, -60.0])),  # J is tiny
    ),
    reference=_J_logits,
    rtol=1e-12,
    correct_key="costs.logits_correct",
    correct_values=lambda args, right: {"J": right},
    wrong_key="costs.logits_wrong",
    example=_number_example,
    shape_key="costs.not_one_number",
    warned_key="costs.logits_warned",
    not_finite_key="costs.logits_not_finite",
    ready_made=(
        costs.cross_entropy_from_logits,
        costs.logit_errors,
        costs.cross_entropy_of_weights,
        costs.cross_entropy_of,
        costs.cross_entropy,
        costs.cross_entropy_terms,
        costs.terms,
        logistic.hypothesis,
    ),
    quiet=True,
    slips=(
        *scale_slips(_J_logits, _m, negative="costs.logits_negative"),
        Slip("costs.logits_swapped", lambda y, z: _J_logits(1 - y, z)),
        Slip("costs.missing_y0_term", lambda y, z: np.mean(y * costs.softplus_of(-z))),
        Slip("costs.missing_y1_term", lambda y, z: np.mean((1 - y) * costs.softplus_of(z))),
        Slip("costs.missing_max", lambda y, z: np.mean(np.log1p(np.exp(-np.abs(z))))),
        Slip("costs.plus_minus_labels", lambda y, z: np.mean(costs.softplus_of(-y * z))),
        Slip(
            "costs.max_only",
            lambda y, z: np.mean(y * np.maximum(-z, 0) + (1 - y) * np.maximum(z, 0)),
        ),
        Slip(
            "costs.log_not_log1p",
            lambda y, z: np.mean(y * _softplus_log(-z) + (1 - y) * _softplus_log(z)),
        ),
        Slip("costs.cancellation", lambda y, z: np.mean(costs.softplus_of(z) - y * z)),
        Slip(
            "costs.softplus_cut",
            matches=_cut_at,
            member="T",
        ),
        Slip(
            "costs.clipped",
            matches=_capped,
            member="cap",
        ),
    ),
)


def cost_from_logits(my_cost) -> Feedback:
    """Exercise 2: J from the logits z, exact (1e-12 relative) and warning-free for every z in
    [−1000, 1000], nothing silenced (helpers.softplus and np.logaddexp may be used)."""
    return check(my_cost, _LOGITS)


def _general(Y, P) -> float:
    return float(np.mean(-np.sum(Y * np.log(P), axis=1)))


def _probabilities(seed: int, m: int, K: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    P = rng.dirichlet(np.ones(K), size=m) * 0.98 + 0.02 / K
    return np.eye(K)[np.arange(m) % K], P


_P5 = np.array(
    [[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25], [0.6, 0.3, 0.1], [0.9, 0.05, 0.05]]
)
_GENERAL = Exercise(
    cases=(
        (np.eye(3)[[0, 2, 1, 2, 0]], _P5),
        _probabilities(35, 8, 2),
        _probabilities(36, 12, 5),
    ),
    reference=_general,
    rtol=1e-12,
    correct_key="costs.general_correct",
    correct_values=lambda args, right: {"J": right},
    wrong_key="costs.general_wrong",
    example=lambda args, right, got: {
        "got": float(got),
        "J": float(right),
        "p0": args[1][0].tolist(),
    },
    shape_key="costs.not_one_number",
    ready_made=(costs.categorical_cross_entropy, costs.cross_entropy, costs.cross_entropy_terms),
    slips=(
        *scale_slips(_general, _m, negative="costs.general_negative"),
        Slip("costs.general_mean_all", lambda Y, P: _general(Y, P) / Y.shape[1]),
        Slip("costs.general_axis0", lambda Y, P: np.mean(-np.sum(Y * np.log(P), axis=0))),
        Slip(
            "costs.general_binary",
            lambda Y, P: np.mean(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P), axis=1)),
        ),
        Slip("costs.log10", lambda Y, P: _general(Y, P) / math.log(10.0)),
        Slip("costs.general_ignored_y", lambda Y, P: np.mean(-np.sum(np.log(P), axis=1))),
        Slip("costs.general_predicted_class", lambda Y, P: np.mean(-np.log(P.max(axis=1)))),
        Slip("costs.general_matrix_product", lambda Y, P: -np.mean(Y @ np.log(P).T)),
        Slip("costs.log2", lambda Y, P: _general(Y, P) / math.log(2.0)),
        Slip("costs.general_ignored_y", lambda Y, P: -np.mean(np.log(P.sum(axis=1)))),
        Slip("costs.general_skips_class0", lambda Y, P: _general(Y[:, 1:], P[:, 1:])),
        Slip(
            "costs.general_binary", lambda Y, P: -np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P))
        ),
        Slip("costs.general_matrix_product", lambda Y, P: -np.sum(Y @ np.log(P).T) / len(Y)),
        Slip("costs.general_one_column", lambda Y, P: -np.mean(np.log(P[:, 1]))),
        Slip("costs.general_one_column", lambda Y, P: _J(Y[:, 1], P[:, 1])),
        Slip("costs.general_fixed_classes", lambda Y, P: _general(Y[:, :3], P[:, :3])),
        Slip("costs.general_fixed_classes", lambda Y, P: _general(Y[:, :2], P[:, :2])),
    ),
)


def general_cross_entropy(my_cross_entropy) -> Feedback:
    """Exercise 3: J = −Σ_k y_k log ŷ_k per sample (one-hot y), averaged over the samples, to
    1e-12 relative, with 3, 2 and 5 classes (with 2 it is the binary cross entropy)."""
    return check(my_cross_entropy, _GENERAL)
