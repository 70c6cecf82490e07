"""Learners' answers to the notebooks' exercises: an independent corpus for the checks.

Each `Answer` is one exercise cell as a learner might type it after reading the exercise, with
the verdict the specification demands: "pass" (a correct answer the check must accept) or "fail"
(a wrong answer the check must refuse). The corpus was written without reading the checks or
their tests, from the exercise texts and the written specification only, and every verdict was
verified numerically against an independent reference (dense inputs in the stated ranges,
warnings recorded).

How to use an answer: execute ``code`` in a fresh namespace that holds only ``np`` (numpy) and
``helpers`` (the project's package), then hand the name the exercise asks for to its check:

- "01-1" ``my_sigmoid(z)``, "01-2" ``my_sigmoid_derivative(z)``, "01-3" ``w`` and ``b``;
- "02-1" ``my_predict(W, X)``, "02-2" ``W_line``, "02-3" ``W_radius_2``;
- "03-1" ``my_cost(y, a)``, "03-2" ``my_cost_from_logits(y, z)``,
  "03-3" ``my_general_cross_entropy(Y, Y_hat)``;
- "04-1" ``my_gradient(W, X, y)``, "04-2" ``my_step(W, X, y, learning_rate)``,
  "04-3" ``my_delta_w2(W2, A1, Y)``;
- "quiz" ``answer``, a dict ``question=N, error=..., curve=...`` for notebook 03's quiz: "pass"
  means the check must call both parts correct, "fail" that it must not.

Some cells raise while being executed (a syntax slip, ``raise SystemExit``): the name is then
missing or incomplete, and the answer counts as refused. Others define a function that raises
when called (``if`` on an array, ``raise NotImplementedError``): the check must say "Not yet."
rather than crash. A quiz part left as ``...`` is unanswered, so the answer is not correct.
Where a learner's function leans on a variable an earlier notebook cell left behind (``m = 30``,
``eta = 0.5``, the notebook's ``X``), the cell sets it first, as the kernel would have it.
This module is data only.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    exercise: str  # "01-1", ..., "04-3", or "quiz"
    verdict: str  # "pass": the check must accept it; "fail": the check must refuse it
    code: str  # the learner's cell, exactly as typed
    slip: str  # what the learner did: the mistake (for "fail") or the variant (for "pass")


ANSWERS: list[Answer] = [
    # ------------------------------------------------------------------------------------------
    # 01-1  my_sigmoid(z): a stable sigmoid, no warnings, no hiding them, no ready-made sigmoid
    # ------------------------------------------------------------------------------------------
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        "the textbook answer: e = exp(-|z|), np.where picks 1/(1+e) or e/(1+e)",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1 + ez)
    return out
""",
        "boolean masks: each formula only on the elements where it cannot overflow",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z > 0, 1 / (1 + e), e / (1 + e))
""",
        "uses > instead of >=: at z = 0 the other branch gives e/(1+e) = 1/2 exactly too",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0, -z))  # sigma = exp(-log(1 + e^-z))
""",
        "log domain: exp(-logaddexp(0, -z)), NumPy's stable log(1 + e^-z)",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    지수 = np.exp(-np.abs(z))  # e^(-|z|) 는 항상 1 이하라서 넘치지 않음
    양수쪽 = 1 / (1 + 지수)
    음수쪽 = 지수 / (1 + 지수)
    return np.where(z >= 0, 양수쪽, 음수쪽)
""",
        "the e^(-|z|) trick with Korean variable names and comments",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
import math


def sigmoid_one(t):
    if t >= 0:
        return 1 / (1 + math.exp(-t))
    e = math.exp(t)
    return e / (1 + e)


def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.vectorize(sigmoid_one, otypes=[float])(z)
""",
        "a scalar function with if/else on each number, applied with np.vectorize (math.exp)",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    result = np.zeros(z.shape)
    for idx in np.ndindex(z.shape):  # every element, whatever the shape
        t = z[idx]
        if t >= 0:
            result[idx] = 1 / (1 + np.exp(-t))
        else:
            result[idx] = np.exp(t) / (1 + np.exp(t))
    return result
""",
        "a Python loop over np.ndindex with an if per element: slow but correct",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))
""",
        "one expression: e^min(z,0) / (1 + e^-|z|), which is 1/(1+e^-z) or e^z/(1+e^z)",
    ),
    Answer(
        "01-1",
        "pass",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - np.logaddexp(0, z))  # e^z / (1 + e^z) in the log domain
""",
        "log domain the other way round: exp(z - log(1 + e^z))",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-z))
""",
        "the formula as written: e^-z overflows for z < -709.78 (RuntimeWarning)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))
""",
        "hides the overflow with np.errstate (and returns 0 where sigma(z) = e^z is not 0)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
np.seterr(all="ignore")  # 경고 끄기


def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-z))
""",
        "turns NumPy's warnings off for the whole kernel (np.seterr), keeps the naive formula",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
import warnings


def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return 1 / (1 + np.exp(-z))
""",
        "hides the RuntimeWarning with a warnings filter inside the function",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(all="ignore"):
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        "a correct stable formula, but wrapped in np.errstate(all='ignore'): hiding is not allowed",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    if z >= 0:
        return 1 / (1 + np.exp(-z))
    else:
        return np.exp(z) / (1 + np.exp(z))
""",
        "if z >= 0 on an array: 'truth value of an array is ambiguous' (ValueError)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
        "np.where computes both branches everywhere: e^-z and e^z overflow (warnings)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    z = np.clip(z, -500, 500)  # overflow 방지
    return 1 / (1 + np.exp(-z))
""",
        "clips z to [-500, 500]: no overflow, but sigma(-700) becomes sigma(-500)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    z = np.clip(z, -709, 709)
    return 1 / (1 + np.exp(-z))
""",
        "clips z at -709: wrong below it (sigma(-720) is e^-720, not sigma(-709))",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    safe = np.maximum(z, -709)
    return np.where(z < -709, 0.0, 1 / (1 + np.exp(-safe)))
""",
        "returns exactly 0 below z = -709, where sigma(z) = e^z is still a (subnormal) number",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * (1 + np.tanh(z / 2))
""",
        "the tanh form: 1 + tanh cancels for negative z, sigma(-40) comes out as 0",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    s = 1 / (1 + np.exp(-np.abs(z)))  # sigma(|z|)
    return np.where(z >= 0, s, 1 - s)
""",
        "1 - sigma(|z|) for negative z: cancels to 0 for z below about -37",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-np.abs(z)))
""",
        "exponentiates -|z| but forgets the negative branch: returns sigma(|z|)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))
""",
        "the two branches of np.where swapped",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    return helpers.sigmoid(z)
""",
        "calls helpers.sigmoid, the function the exercise asks to write",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
from scipy.special import expit


def my_sigmoid(z):
    return expit(np.asarray(z, dtype=float))
""",
        "calls scipy.special.expit, a ready-made sigmoid",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        "converts z to float32: about 7 digits, far from the required precision",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.round(np.where(z >= 0, 1 / (1 + e), e / (1 + e)), 10)
""",
        "rounds the result with np.round(..., 10): tiny sigma values become 0",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    result = np.zeros(len(z))
    for i in range(len(z)):
        if z[i] >= 0:
            result[i] = 1 / (1 + np.exp(-z[i]))
        else:
            result[i] = np.exp(z[i]) / (1 + np.exp(z[i]))
    return result
""",
        "a loop over range(len(z)): 1-D only (the if breaks on 2-D rows, a 0-d array has no len)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    ...  # your code here: return sigma(z), computed without overflow
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    print(np.where(z >= 0, 1 / (1 + e), e / (1 + e)))
""",
        "prints the result instead of returning it",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
import math


def my_sigmoid(z):
    return 1 / (1 + math.exp(-z))
""",
        "math.exp on an array: TypeError (only size-1 arrays convert to a Python float)",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.nan_to_num(1 / (1 + np.exp(-z)))
""",
        "np.nan_to_num after the naive formula: the overflow warning is still raised",
    ),
    Answer(
        "01-1",
        "fail",
        """\
# Exercise 1
def my_sigmoid(z):
    raise NotImplementedError("아직 못 풀었어요")
""",
        "raises NotImplementedError instead of answering",
    ),
    # ------------------------------------------------------------------------------------------
    # 01-2  my_sigmoid_derivative(z): sigma(z) (1 - sigma(z)), helpers.sigmoid allowed
    # ------------------------------------------------------------------------------------------
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (1 - s)
""",
        "the textbook answer: s = helpers.sigmoid(z), then s (1 - s)",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * helpers.sigmoid(-z)  # 1 - sigma(z) = sigma(-z)
""",
        "uses the symmetry 1 - sigma(z) = sigma(-z)",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    e = np.exp(-z)
    return e / (1 + e) ** 2
""",
        "the chain-rule form e^-z / (1 + e^-z)^2 from section 4 (no overflow for |z| <= 10)",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s - s**2
""",
        "expands the product: s - s^2",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 1 (from the cell above, still in the kernel)
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


# Exercise 2
def my_sigmoid_derivative(z):
    s = my_sigmoid(z)
    return s * (1 - s)
""",
        "reuses its own my_sigmoid from exercise 1 instead of helpers.sigmoid",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return 1 / (4 * np.cosh(z / 2) ** 2)
""",
        "the sech^2 form: sigma'(z) = 1 / (4 cosh^2(z/2))",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    시그마 = helpers.sigmoid(z)  # sigma(z)
    return 시그마 * (1 - 시그마)  # sigma(z) (1 - sigma(z))
""",
        "the textbook formula with a Korean variable name",
    ),
    Answer(
        "01-2",
        "pass",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z) / (1 + np.exp(z)) ** 2
""",
        "the equivalent form e^z / (1 + e^z)^2",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid_derivative(z)
""",
        "calls helpers.sigmoid_derivative, the ready-made derivative",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    h = 1e-5
    return (helpers.sigmoid(z + h) - helpers.sigmoid(z - h)) / (2 * h)
""",
        "a central difference (the numerical check of section 4) instead of the formula",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    h = 1e-6
    return (helpers.sigmoid(z + h) - helpers.sigmoid(z)) / h
""",
        "a forward difference: only an approximation of the slope",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (s - 1)
""",
        "sign slip: s (s - 1) instead of s (1 - s)",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * 1 - s
""",
        "missing parentheses: s * 1 - s is 0",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return 1 - s
""",
        "forgets the factor sigma(z): returns 1 - sigma(z)",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (1 + s)
""",
        "writes 1 + sigma instead of 1 - sigma",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return np.exp(-z) / (1 + np.exp(-z))
""",
        "stops the chain rule one step early: e^-z / (1 + e^-z) is 1 - sigma(z)",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return -np.exp(-z) / (1 + np.exp(-z)) ** 2
""",
        "chain-rule sign slip: drops the minus of d(-z)/dz, so the slope is negative",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return 0.25 * np.ones_like(z)  # sigma'(0) = 1/4
""",
        "hard-codes the slope at 0, 1/4, for every z",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s(1 - s)
""",
        "math notation without *: s(1 - s) calls the array (TypeError)",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    print(s * (1 - s))
""",
        "prints sigma'(z) instead of returning it",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    ...  # your code here: sigma'(z) = sigma(z) (1 - sigma(z))
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z).astype(np.float32)
    return s * (1 - s)
""",
        "converts sigma to float32 first: only about 7 correct digits",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return np.round(s * (1 - s), 4)
""",
        "rounds the result to 4 decimals, as printed in the table",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return np.gradient(helpers.sigmoid(z), z)
""",
        "np.gradient: a numerical slope between neighbouring inputs, not sigma'(z)",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * (1 - z)
""",
        "writes 1 - z instead of 1 - sigma(z)",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z * (1 - z))
""",
        "puts the formula inside the sigmoid: sigma(z (1 - z))",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
import math


def my_sigmoid_derivative(z):
    return math.exp(-z) / (1 + math.exp(-z)) ** 2
""",
        "math.exp: works for one number, TypeError for an array",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s, s * (1 - s)
""",
        "returns a tuple (sigma, sigma') instead of sigma' alone",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    return 1 - np.tanh(z) ** 2
""",
        "the derivative of tanh, not of the sigmoid",
    ),
    Answer(
        "01-2",
        "fail",
        """\
z_check = np.array([-6.0, -2.0, -0.5, 0.0, 0.5, 2.0, 6.0])  # section 4's cell


# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z_check)
    return s * (1 - s)
""",
        "ignores its argument and uses the global z_check from section 4",
    ),
    Answer(
        "01-2",
        "fail",
        """\
# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (1 - s) * z  # chain rule: times dz
""",
        "chain-rule confusion: multiplies by z as if it were the inner derivative",
    ),
    # ------------------------------------------------------------------------------------------
    # 01-3  w, b with sigma(2w + b) = 1/2 and sigma(3w + b) = 0.9
    # ------------------------------------------------------------------------------------------
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = np.log(9)  # sigma(w) = 0.9  <=>  e^(-w) = 1/9
b = -2 * w  # sigma = 1/2 where w*2 + b = 0
""",
        "the exact answer: w = ln 9, b = -2w",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = 2.197
b = -4.394
""",
        "typed the values rounded to three decimals",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = 2.2
b = -4.4
""",
        "values read off the sliders, rounded to one decimal and consistent (b = -2w)",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = -np.log(1 / 0.9 - 1)  # 1 + e^(-w) = 1/0.9
b = -2 * w
""",
        "solves 1 + e^-w = 1/0.9 for w: the same ln 9",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w, b = 2 * np.log(3), -4 * np.log(3)
""",
        "ln 9 written as 2 ln 3, in one tuple assignment",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
후보 = np.arange(0.0, 5.0, 0.001)  # w 후보들
w = 후보[np.argmin(np.abs(helpers.sigmoid(후보) - 0.9))]  # sigma(w) 가 0.9 에 가장 가까운 w
b = -2 * w
""",
        "a grid search for sigma(w) = 0.9 with NumPy (a NumPy float), Korean names",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = np.array(np.log(9))
b = np.array(-2 * np.log(9))
""",
        "0-d NumPy arrays instead of floats",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = round(np.log(9), 3)
b = round(-2 * np.log(9), 3)
""",
        "rounds both with round(..., 3)",
    ),
    Answer(
        "01-3",
        "pass",
        """\
# Exercise 3
w = np.log(0.9 / 0.1)  # log-odds of 0.9
b = -2 * w
""",
        "w as the log-odds ln(0.9 / 0.1)",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = 2
b = -4
""",
        "rounds w to an integer: sigma(2) = 0.88, not 0.9",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
b = 2 * w
""",
        "sign slip in b: the midpoint is at x = -2 instead of 2",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
b = -w / 2
""",
        "midpoint formula x = -b/w turned the wrong way: b = -w/2",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log10(9)
b = -2 * w
""",
        "log10 instead of the natural log",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(0.9)
b = -2 * w
""",
        "takes the log of 0.9 instead of solving sigma(w) = 0.9",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = 0.9
b = -1.8
""",
        "uses the target value 0.9 as the weight",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = 9
b = -18
""",
        "stops at e^w = 9 and forgets the log",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
b = -3 * w
""",
        "puts the midpoint at x = 3 (where sigma should be 0.9)",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
b = 0
""",
        "leaves the bias at 0: the midpoint stays at x = 0",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = "2.197"
b = "-4.394"
""",
        "types the numbers in quotes: strings, not numbers",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = ...
b = ...
""",
        "the stub left unfinished (Ellipsis)",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.array([np.log(9), -2 * np.log(9)])  # [w, b]
b = w[1]
""",
        "packs both numbers into w: w is an array of two values",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = round(np.log(9))
b = -2 * w
""",
        "round() without digits: w = 2",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = 2.2
b = -4.39
""",
        "rounds w and b separately and inconsistently: sigma(2w + b) = 0.5025",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = -np.log(9)
b = -2 * w
""",
        "sign slip in e^-w = 1/9: w = -ln 9, the step falls instead of rising",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = -np.log(0.1)  # e^(-w) = 0.1
b = -2 * w
""",
        "algebra slip: e^-w = 0.1 instead of 1/9, so sigma(3w + b) = 0.909",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log2(9)
b = -2 * w
""",
        "log2 instead of the natural log",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
# b = -2 * w
""",
        "forgets to assign b (commented out): b is not defined",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.array([2.1, 2.2, 2.3])  # 슬라이더에서 본 값들
b = -2 * w
""",
        "keeps several candidate values: arrays of three numbers",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = 4.394
b = -8.788
""",
        "doubles both values (ln 81): sigma(3w + b) = 0.988",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = 2.197
b = -2.197
""",
        "b = -w: the midpoint lands at x = 1",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
b = -2w
""",
        "math notation -2w: a SyntaxError",
    ),
    Answer(
        "01-3",
        "fail",
        """\
# Exercise 3
w = np.log(9)
raise SystemExit  # b 는 나중에
b = -2 * w
""",
        "stops the cell with raise SystemExit before b is assigned",
    ),
    # ------------------------------------------------------------------------------------------
    # 02-1  my_predict(W, X): 1 where z = X @ W >= 0 (h >= 1/2), else 0; any number of rows
    # ------------------------------------------------------------------------------------------
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z >= 0).astype(int)  # h(z) >= 1/2  <=>  z >= 0
""",
        "the textbook answer: (X @ W >= 0).astype(int)",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    h = helpers.sigmoid(X @ W)
    return h >= 0.5
""",
        "thresholds h = sigma(z) at 1/2 and returns booleans",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    return np.where(X @ W >= 0, 1, 0)
""",
        "np.where(z >= 0, 1, 0)",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    return [1 if row @ W >= 0 else 0 for row in X]
""",
        "a list comprehension over the rows, returning a Python list",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    레이블 = []
    for 샘플 in X:  # 한 행이 한 샘플
        z = np.dot(W, 샘플)
        if z >= 0:
            레이블.append(1)
        else:
            레이블.append(0)
    return np.array(레이블)
""",
        "a loop over the samples with if/else, Korean variable names",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    z = W @ X.T  # the slide's WX, with samples as rows of X
    return (z >= 0) * 1
""",
        "the slide's order WX, written W @ X.T",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    return np.heaviside(X @ W, 1)  # step function, value 1 at z = 0
""",
        "np.heaviside(z, 1): the step function with value 1 at 0 (floats)",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    return np.where(helpers.sigmoid(np.dot(X, W)) >= 0.5, 1, 0)
""",
        "np.dot and a threshold on the probability h",
    ),
    Answer(
        "02-1",
        "pass",
        """\
# Exercise 1
def my_predict(W, X):
    return (np.sign(X @ W) >= 0).astype(int)
""",
        "the sign of z, with sign(0) = 0 counted as class 1",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z > 0).astype(int)
""",
        "> instead of >=: a point on the boundary gets 0",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    h = helpers.sigmoid(X @ W)
    return (h > 0.5).astype(int)
""",
        "h > 1/2 instead of h >= 1/2: the boundary goes to class 0",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    h = helpers.sigmoid(X @ W)
    return np.round(h).astype(int)
""",
        "np.round(h): NumPy rounds 0.5 to the even number 0, so the boundary gets 0",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z >= 0.5).astype(int)
""",
        "threshold 1/2 applied to z instead of h",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    h = helpers.sigmoid(X @ W)
    return (h >= 0).astype(int)
""",
        "threshold 0 applied to h instead of z: every point is class 1",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = W @ X  # WX, as on the slide
    return (z >= 0).astype(int)
""",
        "the slide's order W @ X: shapes do not match (works only when X has 3 rows)",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    Xb = helpers.add_bias(X)
    return (Xb @ W >= 0).astype(int)
""",
        "adds the bias column a second time: X already holds it",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    W = np.array([-3.0, 1.0, 1.0])  # 강의 예제의 W
    return (X @ W >= 0).astype(int)
""",
        "overwrites the argument W with the lecture's [-3, 1, 1]",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    return (X[:, 1] + X[:, 2] >= 3).astype(int)
""",
        "hard-codes the lecture's boundary x1 + x2 = 3 and ignores W",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    return helpers.sigmoid(X @ W)
""",
        "returns the probabilities h instead of labels",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    return np.where(X @ W >= 0, 1, -1)
""",
        "labels +1 / -1 (perceptron habit) instead of 1 / 0",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = X @ W
    if z >= 0:
        return 1
    else:
        return 0
""",
        "if on an array of z: ValueError as soon as X has more than one row",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    labels = np.zeros(3, dtype=int)
    for i in range(3):  # 3 samples, as in notebook 01
        labels[i] = 1 if X[i] @ W >= 0 else 0
    return labels
""",
        "assumes 3 samples (range(3)) instead of one label per row of X",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    for row in X:
        if row @ W >= 0:
            return 1
        else:
            return 0
""",
        "return inside the loop: answers for the first row only",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    return np.heaviside(X @ W, 0)
""",
        "np.heaviside(z, 0): value 0 on the boundary",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z >= -1e-6).astype(int)  # 반올림 오차 대비
""",
        "a tolerance for rounding: z >= -1e-6 puts z = -1e-8 in class 1",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (np.isclose(z, 0) | (z > 0)).astype(int)
""",
        "np.isclose(z, 0) for the boundary: its 1e-8 tolerance also catches z = -1e-8",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    return (X @ W < 0).astype(int)
""",
        "labels flipped: 1 where z < 0",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    print((X @ W >= 0).astype(int))
""",
        "prints the labels instead of returning them",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = X[:, 1:] @ W[1:]  # bias 빼고 계산
    return (z >= 0).astype(int)
""",
        "leaves out the bias w0",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    z = W[0] + W[1] * X[:, 0] + W[2] * X[:, 1]
    return (z >= 0).astype(int)
""",
        "treats column 0 of X as x1 although it is the bias column x0 = 1",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    return (np.sign(X @ W) + 1) / 2
""",
        "(sign(z) + 1) / 2 gives 0.5 on the boundary",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    ...  # your code here: compute z = X @ W, return the labels (0 or 1), one per row of X
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "02-1",
        "fail",
        """\
# Exercise 1
def my_predict(W, X):
    h = helpers.sigmoid(X @ W)
    return np.ceil(h - 0.5).astype(int)
""",
        "ceil(h - 1/2): 0 on the boundary",
    ),
    Answer(
        "02-1",
        "fail",
        """\
X, y = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X)  # section 3's cell


# Exercise 1
def my_predict(W, X):
    return (Xb @ W >= 0).astype(int)
""",
        "uses the notebook's global Xb instead of the argument X",
    ),
    # ------------------------------------------------------------------------------------------
    # 02-2  W_line: boundary through (4, 0) and (0, 2), origin in class 0: a positive multiple
    #       of [-4, 1, 2]
    # ------------------------------------------------------------------------------------------
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = [-4.0, 1.0, 2.0]  # the line x1 + 2 x2 = 4
""",
        "the textbook answer [-4, 1, 2]",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = [-2, 0.5, 1]
""",
        "the multiple with w2 = 1 (from x2 = 2 - x1/2)",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = (-8, 2, 4)
""",
        "a tuple of integers, twice the textbook weights",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = np.array([-1, 0.25, 0.5])  # 절편식: x1/4 + x2/2 = 1
""",
        "the intercept form x1/4 + x2/2 = 1 as an array",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
w0 = -4.0  # 원점이 클래스 0이 되도록 음수로 선택
w1 = -w0 / 4  # (4, 0) 을 지나도록
w2 = -w0 / 2  # (0, 2) 를 지나도록
W_line = [w0, w1, w2]
""",
        "solves for w1 and w2 from the chosen w0 = -4, step by step",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = np.array([-0.4, 0.1, 0.2])
""",
        "a tenth of the textbook weights",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = np.array([-4, 1, 2])
""",
        "an integer NumPy array",
    ),
    Answer(
        "02-2",
        "pass",
        """\
# Exercise 2
W_line = np.array([-4.0, 1.0, 2.0]) / np.linalg.norm([1.0, 2.0])
""",
        "normalises (w1, w2) to length 1: still a positive multiple",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [4, -1, -2]
""",
        "the same line with the sides swapped: the origin is in class 1",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [2, -0.5, -1]  # x2 = 2 - 0.5 x1  ->  2 - 0.5 x1 - x2 = 0
""",
        "moves everything to one side of x2 = 2 - x1/2 with the wrong sign: origin in class 1",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, 2, 1]
""",
        "w1 and w2 swapped: the line through (2, 0) and (0, 4)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-1, 4, 2]  # x1/4 + x2/2 = 1
""",
        "intercept form typed with the intercepts instead of their reciprocals",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, 1, 1]
""",
        "through (4, 0) but not through (0, 2)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [0, 1, 2]
""",
        "no bias: the line passes through the origin",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [1, 2]  # w1, w2
""",
        "only two weights: forgets w0",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, 1, 2, 0]
""",
        "four numbers instead of three",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = "[-4, 1, 2]"
""",
        "the weights typed as a string",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = ...  # [w0, w1, w2]
""",
        "the stub left unfinished (Ellipsis)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, 0.5, 1]
""",
        "halves w1 and w2 but not w0: the line through (8, 0) and (0, 4)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-2, 1, 2]
""",
        "w0 = -2: the line through (2, 0) and (0, 1)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [4, 1, 2]
""",
        "w0 with the wrong sign: misses both points and puts the origin in class 1",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-1.33, 0.33, 0.67]
""",
        "divides by 3 and rounds to two decimals: no longer a multiple of [-4, 1, 2]",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, 1, 2] * 2
""",
        "multiplies a Python list by 2: six numbers, the list repeated",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = (4, 0, 2)
""",
        "types the coordinates of the two points instead of weights",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = np.array(["-4", "1", "2"])
""",
        "an array of strings",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-8, 1, 2]
""",
        "the line x1 + 2 x2 = 8: parallel, through (8, 0) and (0, 4)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, -1, -2]
""",
        "signs of w1 and w2 flipped with w0: misses both points",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-2, 1, 0.5]
""",
        "the slope-intercept form read the wrong way round: through (2, 0) and (0, 4)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [w0, w1, w2]
""",
        "names the weights without defining them (NameError)",
    ),
    Answer(
        "02-2",
        "fail",
        """\
# Exercise 2
W_line = [-4, 1, 2]
W_line = np.array(W_line) * -1  # 원점 쪽을 클래스 0으로?
""",
        "second-guesses the sign and multiplies by -1: origin in class 1",
    ),
    # ------------------------------------------------------------------------------------------
    # 02-3  W_radius_2: z = w0 + w1 x1^2 + w2 x2^2, circle of radius 2, class 1 outside:
    #       a positive multiple of [-4, 1, 1]
    # ------------------------------------------------------------------------------------------
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
W_radius_2 = [-4.0, 1.0, 1.0]  # -4 + x1^2 + x2^2 = 0  <=>  x1^2 + x2^2 = 2^2
""",
        "the textbook answer [-4, 1, 1]",
    ),
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
r = 2
W_radius_2 = [-(r**2), 1, 1]
""",
        "writes w0 = -r^2 with r = 2",
    ),
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
W_radius_2 = np.array([-1, 0.25, 0.25])  # x1^2/4 + x2^2/4 = 1
""",
        "the normalised form x1^2/4 + x2^2/4 = 1",
    ),
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
W_radius_2 = (-8, 2, 2)
""",
        "a tuple, twice the textbook weights",
    ),
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
W_radius_2 = [-2**2, 1, 1]
""",
        "-2**2, which Python reads as -(2**2) = -4",
    ),
    Answer(
        "02-3",
        "pass",
        """\
W_circle = np.array([-1.0, 1.0, 1.0])  # section 4's unit circle


# Exercise 3
W_radius_2 = W_circle.copy()
W_radius_2[0] = -4  # 반지름 2 -> w0 = -2^2
""",
        "starts from the notebook's W_circle and changes w0 only",
    ),
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
W_radius_2 = np.array([-0.5, 0.125, 0.125])
""",
        "an eighth of the textbook weights",
    ),
    Answer(
        "02-3",
        "pass",
        """\
# Exercise 3
W_radius_2 = [-2, 0.5, 0.5]
""",
        "half of the textbook weights",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-2, 1, 1]
""",
        "w0 = -r instead of -r^2: a circle of radius sqrt(2)",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [4, -1, -1]
""",
        "the right circle, but class 1 inside",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-1, 1, 1]
""",
        "the lecture's unit circle, radius 1",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-16, 1, 1]
""",
        "squares the radius twice: radius 4",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 2, 2]
""",
        "doubles w1 and w2 for radius 2: a circle of radius sqrt(2)",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-(2 ^ 2), 1, 1]
""",
        "^ for a power: in Python 2 ^ 2 is XOR, 0",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 1, 4]
""",
        "an ellipse with semi-axes 2 and 1",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [0, 1, 1]
""",
        "no bias: the boundary shrinks to the origin",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [4, 1, 1]
""",
        "w0 positive: z > 0 everywhere, no boundary at all",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 1, 1, 1]
""",
        "four weights for three features",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [1, 1, -4]  # w1, w2, w0
""",
        "puts the bias last",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = "[-4, 1, 1]"
""",
        "the weights typed as a string",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = ...  # [w0, w1, w2] for z = w0 + w1 x1^2 + w2 x2^2
""",
        "the stub left unfinished (Ellipsis)",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 1, -1]
""",
        "w2 with the wrong sign: a hyperbola",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-np.sqrt(2), 1, 1]
""",
        "takes a square root instead of a square for w0",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 0.5, 0.5]
""",
        "halves w1 and w2 but not w0: radius sqrt(8)",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [2, -0.5, -0.5]
""",
        "radius 2 but class 1 inside (all signs flipped)",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 1]
""",
        "only two weights",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4, 1, 0]
""",
        "forgets w2: the boundary is two vertical lines x1 = +-2",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-3, 1, 1]
""",
        "keeps the lecture's w0 = -3: radius sqrt(3)",
    ),
    Answer(
        "02-3",
        "fail",
        """\
# Exercise 3
W_radius_2 = [-4 * np.pi, 1, 1]  # 원의 넓이 pi r^2
""",
        "uses the area pi r^2 instead of r^2",
    ),
    Answer(
        "02-3",
        "fail",
        """\
W_circle = np.array([-1.0, 1.0, 1.0])  # section 4's unit circle


# Exercise 3
W_radius_2 = W_circle * 4
""",
        "scales the whole unit-circle W by 4: the same unit circle",
    ),
    Answer(
        "02-3",
        "fail",
        """\
W_circle = np.array([-1.0, 1.0, 1.0])  # section 4's unit circle


# Exercise 3
W_radius_2 = W_circle * 2
""",
        "scales the whole unit-circle W by the radius 2: still the unit circle",
    ),
    # ------------------------------------------------------------------------------------------
    # 03-1  my_cost(y, a): J = -(1/m) sum [y log a + (1 - y) log(1 - a)], one number, any m
    # ------------------------------------------------------------------------------------------
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    m = len(y)
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
""",
        "the textbook answer: -sum(...) / m with m = len(y)",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "-np.mean of the per-sample terms",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    total = 0.0
    for i in range(len(y)):
        if y[i] == 1:
            total += -np.log(a[i])
        else:
            total += -np.log(1 - a[i])
    return total / len(y)
""",
        "a loop with the slide's two cases (if y = 1 / else)",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    e = np.where(y == 1, -np.log(a), -np.log(1 - a))  # 각 샘플의 오차 e(i)
    return e.mean()
""",
        "np.where on the label, then the mean",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log1p(-a))
""",
        "np.log1p(-a) for log(1 - a)",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    return -(y @ np.log(a) + (1 - y) @ np.log(1 - a)) / y.size
""",
        "dot products y @ log(a) for the sums, divided by y.size",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    likelihood = a**y * (1 - a) ** (1 - y)  # P(y | x) of each sample
    return -np.mean(np.log(likelihood))
""",
        "the likelihood form: -mean(log(a^y (1 - a)^(1 - y)))",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    샘플수 = y.shape[0]  # m
    오차합 = np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))
    return -오차합 / 샘플수
""",
        "the textbook formula with Korean variable names, m = y.shape[0]",
    ),
    Answer(
        "03-1",
        "pass",
        """\
# Exercise 1
def my_cost(y, a):
    a = np.clip(a, 1e-15, 1 - 1e-15)  # log(0) 방지
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "clips a to [1e-15, 1 - 1e-15] first, harmless for outputs in [1e-6, 1 - 1e-6]",
    ),
    Answer(
        "03-1",
        "fail",
        """\
m = 30  # section 2's cell: m = len(y)


# Exercise 1
def my_cost(y, a):
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
""",
        "divides by the global m = 30 left over from section 2, not by len(y)",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "forgets the minus sign: J comes out negative",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "the sum without 1/m",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log10(a) + (1 - y) * np.log10(1 - a))
""",
        "log10 instead of the natural log",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(1 - a) + (1 - y) * np.log(a))
""",
        "swaps y and 1 - y",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    m = len(y)
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / (m + 1)  # i = 0 .. m
""",
        "divides by m + 1, following the slide's sum from i = 0 to m",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    m = len(y)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
""",
        "divides by m twice: np.mean already averages",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "returns the per-sample errors e(i), not their mean",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    J = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    return np.round(J, 4)
""",
        "rounds J to 4 decimals",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    a = a.astype(np.float32)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "converts a to float32 first",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return helpers.cross_entropy(y, a)
""",
        "calls helpers.cross_entropy, the function the exercise asks to write",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
from sklearn.metrics import log_loss


def my_cost(y, a):
    return log_loss(y, a)
""",
        "calls sklearn.metrics.log_loss",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return np.mean(0.5 * (y - a) ** 2)
""",
        "returns the MSE of section 1 instead of the cross entropy",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * (np.log(1) - np.log(a)))
""",
        "log rule slip: log(1 - a) written as log(1) - log(a)",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a))
""",
        "keeps only the y = 1 term",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    a = np.clip(a, 0.01, 0.99)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "clips a to [0.01, 0.99]: changes the cost of confident outputs",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    eps = 1e-7  # log(0) 방지용
    return -np.mean(y * np.log(a + eps) + (1 - y) * np.log(1 - a + eps))
""",
        "adds eps = 1e-7 inside both logs",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    J = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    return f"{J:.4f}"
""",
        "returns a formatted string",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    J = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    print("J =", J)
""",
        "prints J instead of returning it",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    ...  # your code here: return J, one number
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return helpers.cross_entropy_terms(y, a).mean()
""",
        "the mean of helpers.cross_entropy_terms: a ready-made cross entropy",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log2(a) + (1 - y) * np.log2(1 - a))
""",
        "log2 (bits) instead of the natural log",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    total = 0.0
    for i in range(1, len(y)):  # i = 1, ..., m
        total += y[i] * np.log(a[i]) + (1 - y[i]) * np.log(1 - a[i])
    return -total / len(y)
""",
        "loops from 1 as in the formula: Python's first sample (index 0) is skipped",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(a))
""",
        "copy-paste slip: log(a) in both terms",
    ),
    Answer(
        "03-1",
        "fail",
        """\
# Exercise 1
def my_cost(y, a):
    raise SystemExit("포기: 나중에 다시 풀기")
""",
        "gives up with raise SystemExit inside the function",
    ),
    # ------------------------------------------------------------------------------------------
    # 03-2  my_cost_from_logits(y, z): the same J from z in [-1000, 1000], exact, no warnings
    # ------------------------------------------------------------------------------------------
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))
""",
        "the textbook answer with helpers.softplus",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))
""",
        "np.logaddexp(0, t) as the stable softplus",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def softplus(t):
    return np.maximum(t, 0) + np.log1p(np.exp(-np.abs(t)))  # exponent never positive


def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        "its own softplus max(t, 0) + log1p(e^-|t|), as in section 9",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    e = np.where(y == 1, helpers.softplus(-z), helpers.softplus(z))  # 레이블이 고르는 항만
    return e.mean()
""",
        "selects the label's term with np.where instead of multiplying by y and 1 - y",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))
""",
        "the one-line form max(z, 0) - z y + log1p(e^-|z|) (as TensorFlow writes it)",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
import math


def my_cost_from_logits(y, z):
    total = 0.0
    for yi, zi in zip(y, z):
        t = -zi if yi == 1 else zi  # softplus(-z) for y = 1, softplus(z) for y = 0
        total += max(t, 0.0) + math.log1p(math.exp(-abs(t)))
    return total / len(y)
""",
        "a Python loop with math.log1p and the label's case",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    log_sigma = -helpers.softplus(-z)  # log sigma(z)
    log_one_minus = -helpers.softplus(z)  # log(1 - sigma(z)) = log sigma(-z)
    return -np.mean(y * log_sigma + (1 - y) * log_one_minus)
""",
        "the J(w) formula with log sigma(z) = -softplus(-z) substituted",
    ),
    Answer(
        "03-2",
        "pass",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    오차 = y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)  # 샘플별 오차
    return np.sum(오차) / len(y)
""",
        "np.logaddexp, the sum divided by len(y), Korean variable name",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * np.log(1 + np.exp(-z)) + (1 - y) * np.log(1 + np.exp(z)))
""",
        "softplus written as log(1 + e^t): e^1000 overflows (warning, inf)",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    a = helpers.sigmoid(z)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "computes sigma(z) and then its log: log(0) for saturated z (warning, inf or nan)",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return helpers.cross_entropy(y, helpers.sigmoid(z))
""",
        "helpers.cross_entropy of sigma(z): ready-made, and capped near 36 for saturated z",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return helpers.cross_entropy_from_logits(y, z)
""",
        "calls helpers.cross_entropy_from_logits, the function the exercise asks to write",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(z) + (1 - y) * helpers.softplus(-z))
""",
        "the signs inside softplus swapped",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.sum(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))
""",
        "the sum without 1/m",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    with np.errstate(over="ignore", divide="ignore"):
        return np.mean(y * np.log(1 + np.exp(-z)) + (1 - y) * np.log(1 + np.exp(z)))
""",
        "hides the overflow with np.errstate: the cost is inf",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    z = np.clip(z, -100, 100)  # overflow 방지
    return np.mean(y * np.log(1 + np.exp(-z)) + (1 - y) * np.log(1 + np.exp(z)))
""",
        "clips z to [-100, 100]: z = -700 with y = 1 costs 100 instead of 700",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    z = np.clip(z, -709, 709)
    return np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z)))
""",
        "clips z at +-709 to avoid the overflow: z = 1000 with y = 0 costs 709, not 1000",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def softplus(t):
    return np.maximum(t, 0) + np.log(1 + np.exp(-np.abs(t)))


def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        "log(1 + x) instead of log1p: a correct, confident prediction (y = 1, z = 45) costs 0",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return -np.mean(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))
""",
        "one minus sign too many: J comes out negative",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * np.maximum(-z, 0) + (1 - y) * np.maximum(z, 0))
""",
        "approximates softplus(t) by max(t, 0): drops the log1p term",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z)))
""",
        "log1p(e^t): log1p does not help when e^t itself overflows",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    a = 1 / (1 + np.exp(-z))
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "writes sigma out and takes its log: overflow and log(0)",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 1 (from the cell above, still in the kernel)
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))


# Exercise 2
def my_cost_from_logits(y, z):
    return my_cost(y, helpers.sigmoid(z))
""",
        "reuses exercise 1 on sigma(z): rounded sigma gives log(0)",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z)
""",
        "returns the per-sample errors, not their mean",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(-z))
""",
        "keeps only the y = 1 term",
    ),
    Answer(
        "03-2",
        "fail",
        """\
m = 30  # section 2's cell


# Exercise 2
def my_cost_from_logits(y, z):
    return np.sum(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z)) / m
""",
        "divides by the global m = 30 instead of the number of samples",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    ...  # your code here: return J computed from z
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
from scipy.special import log_expit


def my_cost_from_logits(y, z):
    return -np.mean(y * log_expit(z) + (1 - y) * log_expit(-z))
""",
        "scipy.special.log_expit: a ready-made log-sigmoid from scipy",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
import warnings


def my_cost_from_logits(y, z):
    warnings.simplefilter("ignore")  # 경고 안 보이게
    a = helpers.sigmoid(z)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "switches warnings off and takes log(sigma(z)): inf/nan, and hiding is not allowed",
    ),
    Answer(
        "03-2",
        "fail",
        """\
# Exercise 2
def my_cost_from_logits(y, z):
    a = np.clip(helpers.sigmoid(z), 1e-15, 1 - 1e-15)  # log_loss 처럼 clip
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "clips sigma(z) like log_loss: finite but capped (z = -700, y = 1 costs 34.5, not 700)",
    ),
    # ------------------------------------------------------------------------------------------
    # 03-3  my_general_cross_entropy(Y, Y_hat): mean over rows of -sum_k Y log Y_hat
    # ------------------------------------------------------------------------------------------
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    per_sample = -np.sum(Y * np.log(Y_hat), axis=1)  # sum over the classes
    return np.mean(per_sample)  # mean over the samples
""",
        "the textbook answer: sum over axis 1, then the mean",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat)) / Y.shape[0]
""",
        "one sum over everything, divided by the number of rows",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    p_true = np.sum(Y * Y_hat, axis=1)  # 정답 클래스의 확률
    return -np.mean(np.log(p_true))
""",
        "picks the true class's probability first, then -mean(log)",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat[Y == 1]))
""",
        "boolean indexing Y_hat[Y == 1]: one true-class probability per row",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    m = Y.shape[0]
    true_class = np.argmax(Y, axis=1)
    return -np.mean(np.log(Y_hat[np.arange(m), true_class]))
""",
        "argmax of the one-hot rows and fancy indexing",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.einsum("ik,ik->", Y, np.log(Y_hat)) / len(Y)
""",
        "np.einsum for the double sum",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    m, K = Y.shape
    total = 0.0
    for i in range(m):  # 샘플
        for k in range(K):  # 클래스
            total += -Y[i, k] * np.log(Y_hat[i, k])
    return total / m
""",
        "two nested loops over samples and classes",
    ),
    Answer(
        "03-3",
        "pass",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.trace(Y @ np.log(Y_hat).T) / Y.shape[0]
""",
        "the trace of Y log(Y_hat)^T: the diagonal holds each row's sum",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    per_class = -np.sum(Y * np.log(Y_hat), axis=0)
    return np.mean(per_class)
""",
        "axis=0: sums over the samples and averages over the classes",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat)) / Y.shape[1]
""",
        "divides by the number of classes K instead of the samples m",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat))
""",
        "the total over all samples, no mean",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return np.mean(np.sum(Y * np.log(Y_hat), axis=1))
""",
        "forgets the minus sign",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat), axis=1)
""",
        "returns each sample's error, not their mean",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(Y * np.log(Y_hat))
""",
        "np.mean over every entry: divides by m K instead of m",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return np.mean(-np.sum(Y * np.log10(Y_hat), axis=1))
""",
        "log10 instead of the natural log",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return np.mean(-np.sum(Y_hat * np.log(Y), axis=1))
""",
        "Y and Y_hat swapped: log of the one-hot zeros (warning, nan)",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat))
""",
        "the binary formula applied entry by entry to the matrices",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return helpers.categorical_cross_entropy(Y, Y_hat)
""",
        "calls helpers.categorical_cross_entropy, the function the exercise asks to write",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
from sklearn.metrics import log_loss


def my_general_cross_entropy(Y, Y_hat):
    return log_loss(Y, Y_hat)
""",
        "calls sklearn.metrics.log_loss",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat[:, 1]))
""",
        "binary thinking: always uses column 1",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(np.max(Y_hat, axis=1)))
""",
        "uses the largest predicted probability instead of the true class's",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.mean(Y * np.log(Y_hat), axis=1))
""",
        "mean over the classes instead of the sum, then the mean over samples",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    per_sample = -np.sum(Y * np.log(Y_hat), axis=1)
    print(np.mean(per_sample))
""",
        "prints the answer instead of returning it",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    ...  # your code here: the mean over the rows of -sum_k Y log(Y_hat)
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "03-3",
        "fail",
        """\
m = 30  # section 2's cell


# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat)) / m
""",
        "divides by the global m = 30 from section 2",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    Y_hat = Y_hat.astype(np.float32)
    return np.mean(-np.sum(Y * np.log(Y_hat), axis=1))
""",
        "converts the probabilities to float32",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return round(float(np.mean(-np.sum(Y * np.log(Y_hat), axis=1))), 4)
""",
        "rounds the result to 4 decimals",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y @ np.log(Y_hat).T) / Y.shape[0]
""",
        "matrix product instead of element-wise: adds the cross terms of other samples",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat) * Y, axis=1)
""",
        "np.mean with axis=1: one number per sample, divided by K",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return np.mean(-np.sum(Y[:, :3] * np.log(Y_hat[:, :3]), axis=1))  # 클래스 3개
""",
        "hard-codes three classes: true classes beyond the third cost nothing",
    ),
    Answer(
        "03-3",
        "fail",
        """\
# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    y = Y[:, 1]
    a = Y_hat[:, 1]
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        "reduces everything to the binary cross entropy of column 1",
    ),
    # ------------------------------------------------------------------------------------------
    # 04-1  my_gradient(W, X, y): -(1/m) X^T (y - sigma(X W)), shape (n + 1,)
    # ------------------------------------------------------------------------------------------
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "the textbook answer: -(X.T @ (y - y_hat)) / len(y)",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return X.T @ (y_hat - y) / X.shape[0]
""",
        "flips y - y_hat together with the sign: X^T (y_hat - y) / m",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    m = len(y)  # 샘플 수
    grad = np.zeros(len(W))
    for i in range(m):  # 슬라이드의 합 i = 1..m
        y_hat_i = helpers.sigmoid(X[i] @ W)
        grad += (y[i] - y_hat_i) * X[i]
    return -grad / m
""",
        "a loop over the samples, as the slide's sum, with Korean comments",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    error = y - helpers.sigmoid(X @ W)
    return -np.mean(error[:, np.newaxis] * X, axis=0)
""",
        "broadcasts the errors over the columns and takes the mean over the rows",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = 1 / (1 + np.exp(-(X @ W)))  # sigma written out
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "writes sigma out as 1 / (1 + e^-z) (no overflow for these z)",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    z = W @ X.T  # the slide's WX
    y_hat = helpers.sigmoid(z)
    return -(y - y_hat) @ X / len(y)
""",
        "the slide's order W @ X.T, and (y - y_hat) @ X for the sum",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(np.einsum("ij,j->i", X, W))
    return -np.einsum("ij,i->j", X, y - y_hat) / X.shape[0]
""",
        "np.einsum for both products",
    ),
    Answer(
        "04-1",
        "pass",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.hypothesis(W, X)  # sigma(XW)
    m = X.shape[0]
    return np.array([-np.sum((y - y_hat) * X[:, j]) / m for j in range(len(W))])
""",
        "one partial derivative per weight (step 8's formula), with helpers.hypothesis",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y_hat - y)) / len(y)
""",
        "sign error: y_hat - y with the minus kept",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat))
""",
        "forgets the 1/m",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / X.shape[1]
""",
        "divides by the number of weights n + 1 instead of the samples m",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X @ (y - y_hat)) / len(y)
""",
        "X instead of X.T: the shapes do not match",
    ),
    Answer(
        "04-1",
        "fail",
        """\
m, n = 6, 2  # section 1's cell


# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / m
""",
        "divides by the global m = 6 from section 1",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    return helpers.gradient(W, X, y)
""",
        "calls helpers.gradient, the function the exercise asks to write",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = X @ W  # 선형회귀처럼
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "no sigmoid: linear regression's y_hat = XW",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    z = X @ W
    y_hat = helpers.sigmoid(z)
    return -(X.T @ ((y - y_hat) * helpers.sigmoid_derivative(z))) / len(y)
""",
        "keeps the factor sigma'(z): the squared error's gradient, not the cross entropy's",
    ),
    Answer(
        "04-1",
        "fail",
        """\
X, y = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X)  # section 4's cell


# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(Xb @ W)
    return -(Xb.T @ (y - y_hat)) / len(y)
""",
        "uses the notebook's global Xb instead of the argument X",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    Xb = helpers.add_bias(X)
    y_hat = helpers.sigmoid(Xb @ W)
    return -(Xb.T @ (y - y_hat)) / len(y)
""",
        "adds the bias column a second time",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y[:, np.newaxis] - y_hat)) / len(y)
""",
        "y as a column: y[:, None] - y_hat broadcasts to an (m, m) matrix",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat).reshape(-1, 1)) / len(y)
""",
        "returns a column (n + 1, 1) instead of a vector (n + 1,)",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -np.sum((y - y_hat)[:, np.newaxis] * X) / len(y)
""",
        "np.sum without an axis: one number instead of one per weight",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -np.mean((y - y_hat)[:, np.newaxis] * X, axis=1)
""",
        "axis=1 instead of axis=0: one number per sample",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W).astype(np.float32)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "converts y_hat to float32",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return np.round(-(X.T @ (y - y_hat)) / len(y), 4)
""",
        "rounds the gradient to 4 decimals",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    print(-(X.T @ (y - y_hat)) / len(y))
""",
        "prints the gradient instead of returning it",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    ...  # your code here: y_hat = sigma(X @ W), then -(1/m) X^T (y - y_hat), m = len(y)
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X.T @ W)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "X.T @ W for z: the shapes do not match",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W) >= 0.5  # 예측 레이블
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "uses the predicted labels (h >= 1/2) instead of the probabilities",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / (len(y) - 1)
""",
        "divides by m - 1",
    ),
    Answer(
        "04-1",
        "fail",
        """\
# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid_derivative(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        "calls helpers.sigmoid_derivative where sigma itself is needed",
    ),
    # ------------------------------------------------------------------------------------------
    # 04-2  my_step(W, X, y, learning_rate): the new weights W - eta grad J, W itself unchanged
    # ------------------------------------------------------------------------------------------
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * helpers.gradient(W, X, y)
""",
        "the textbook answer with helpers.gradient",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W + learning_rate * (X.T @ (y - y_hat)) / len(y)
""",
        "the slide's update w + eta (1/m) sum (y - y_hat) x, written out",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 1 (from the cell above, still in the kernel)
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)


# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * my_gradient(W, X, y)
""",
        "reuses its own my_gradient from exercise 1",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W_new = W.copy()
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        "copies W first, then updates the copy in place",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W = np.array(W, dtype=float)  # np.array makes a copy
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        "np.array(W, dtype=float) copies, so the in-place update leaves the caller's W alone",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    grad = helpers.gradient(W, X, y)
    new_W = []
    for j in range(len(W)):  # w_j := w_j - eta dJ/dw_j
        new_W.append(W[j] - learning_rate * grad[j])
    return np.array(new_W)
""",
        "updates each weight w_j in a loop and returns a new array",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    기울기 = helpers.gradient(W, X, y)
    학습률 = learning_rate
    return W - 학습률 * 기울기
""",
        "the textbook update with Korean variable names",
    ),
    Answer(
        "04-2",
        "pass",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    m = X.shape[0]
    return W - learning_rate * (X.T @ (helpers.sigmoid(X @ W) - y)) / m
""",
        "its own gradient as X^T (y_hat - y) / m, subtracted",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        "W -= ...: changes the caller's W in place",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return W + learning_rate * helpers.gradient(W, X, y)
""",
        "adds the gradient: gradient ascent, the cost goes up",
    ),
    Answer(
        "04-2",
        "fail",
        """\
eta = 0.5  # section 4's cell


# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - eta * helpers.gradient(W, X, y)
""",
        "uses the global eta = 0.5 from section 4 instead of the argument learning_rate",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - 0.5 * helpers.gradient(W, X, y)
""",
        "hard-codes the learning rate 0.5",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return learning_rate * helpers.gradient(W, X, y)
""",
        "returns the step eta grad J instead of the new weights",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    delta_W = -learning_rate * helpers.gradient(W, X, y)
    return delta_W
""",
        "returns the change of W, -eta grad J, not W plus the change",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W + learning_rate * (X.T @ (y - y_hat))
""",
        "its own gradient without 1/m",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W = np.asarray(W, dtype=float)  # already float: no copy
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        "np.asarray does not copy a float array: W -= changes the caller's W",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W[:] = W - learning_rate * helpers.gradient(W, X, y)
    return W
""",
        "W[:] = ...: writes the new weights into the caller's array",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    grad = helpers.gradient(W, X, y)
    return W - learning_rate * grad, grad
""",
        "returns a tuple (new W, gradient)",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    for epoch in range(100):  # 여러 번 업데이트
        W = W - learning_rate * helpers.gradient(W, X, y)
    return W
""",
        "runs 100 epochs instead of one update",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    m = len(y)
    return W - learning_rate / m * helpers.gradient(W, X, y)
""",
        "divides by m a second time: helpers.gradient already has the 1/m",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W - learning_rate * (X.T @ (y - y_hat)) / len(y)
""",
        "subtracts X^T (y - y_hat) / m, which is minus the gradient: ascent",
    ),
    Answer(
        "04-2",
        "fail",
        """\
X, y = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X)  # section 4's cell


# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * helpers.gradient(W, Xb, y)
""",
        "uses the notebook's global Xb instead of the argument X",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    new_W = W - learning_rate * helpers.gradient(W, X, y)
    print(new_W)
""",
        "prints the new weights instead of returning them",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    ...  # your code here: return the new W
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W = W - learning_rate * helpers.gradient(W, X, y)
""",
        "computes the new W but forgets the return",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return learning_rate * W - helpers.gradient(W, X, y)
""",
        "multiplies W by the learning rate instead of the gradient",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - helpers.gradient(W, X, y)
""",
        "forgets the learning rate",
    ),
    Answer(
        "04-2",
        "fail",
        """\
L = 0.25
for factor in (0.2, 1.0, 2.0, 10.0):  # section 4's learning-rate cell
    eta = factor / L


# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - eta * helpers.gradient(W, X, y)
""",
        "uses eta, which the learning-rate loop left at its last value 10/L",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    W = W.astype(np.float32)
    return W - learning_rate * helpers.gradient(W, X, y)
""",
        "converts W to float32",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    return np.round(W - learning_rate * helpers.gradient(W, X, y), 3)
""",
        "rounds the new weights to 3 decimals",
    ),
    Answer(
        "04-2",
        "fail",
        """\
# Exercise 2
def my_step(W, X, y, learning_rate):
    new_W = W - learning_rate * helpers.gradient(W, X, y)
    return new_W.astype(int)
""",
        "converts the new weights to int: the fractions are cut off",
    ),
    Answer(
        "04-2",
        "fail",
        """\
W0 = np.zeros(3)  # section 4's first epoch by hand


# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat0 = helpers.hypothesis(W0, X)
    return W0 + learning_rate * (X.T @ (y - y_hat0)) / len(y)
""",
        "copies section 4's first epoch: always steps from W0 = 0, not from W",
    ),
    # ------------------------------------------------------------------------------------------
    # 04-3  my_delta_w2(W2, A1, Y): -(E * sigma'(Z2)) @ A1.T, samples as columns, no 1/m
    # ------------------------------------------------------------------------------------------
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    g_prime = Y_hat * (1 - Y_hat)
    return -(E2 * g_prime) @ A1.T
""",
        "the textbook answer: Z2, Y_hat, E2, g', then -(E2 * g') @ A1.T",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    E2 = Y - helpers.sigmoid(Z2)
    return -(E2 * helpers.sigmoid_derivative(Z2)) @ A1.T
""",
        "g'(Z2) from helpers.sigmoid_derivative",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return ((Y_hat - Y) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "flips Y - Y_hat together with the sign: (Y_hat - Y) g' A1^T",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)  # (n_out, m)
    return -np.einsum("km,jm->kj", delta, A1)
""",
        "np.einsum sums over the samples",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    출력수, 은닉수 = W2.shape
    샘플수 = A1.shape[1]
    Z2 = W2 @ A1
    결과 = np.zeros((출력수, 은닉수))
    for k in range(출력수):
        for j in range(은닉수):
            for i in range(샘플수):  # 샘플마다 -(y - y_hat) g'(z) a_j
                y_hat = helpers.sigmoid(Z2[k, i])
                결과[k, j] += -(Y[k, i] - y_hat) * y_hat * (1 - y_hat) * A1[j, i]
    return 결과
""",
        "three nested loops over k, j and the samples, Korean variable names",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = -(Y - Y_hat) * Y_hat * (1 - Y_hat)
    return (A1 @ delta.T).T
""",
        "computes A1 delta^T and transposes the result back",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = np.dot(W2, A1)
    Y_hat = helpers.sigmoid(Z2)
    return np.dot(-(Y - Y_hat) * helpers.sigmoid_derivative(Z2), A1.T)
""",
        "np.dot for both matrix products",
    ),
    Answer(
        "04-3",
        "pass",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    delta = np.zeros_like(W2, dtype=float)
    for k in range(W2.shape[0]):
        for j in range(W2.shape[1]):  # Delta w_jk = -sum_i (y_k - y_hat_k) g'(z_k) a_j
            delta[k, j] = -np.sum((Y[k] - Y_hat[k]) * Y_hat[k] * (1 - Y_hat[k]) * A1[j])
    return delta
""",
        "the slide's per-weight formula, one entry at a time, np.sum over the samples",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    return ((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "forgets the minus sign",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    m = A1.shape[1]
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T / m
""",
        "adds a 1/m (cross-entropy habit): the slide's SSE has none",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -(Y - Y_hat) @ A1.T
""",
        "drops g'(Z2): the cross-entropy form (without its 1/m)",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    m = A1.shape[1]
    E2 = Y - helpers.sigmoid(W2 @ A1)
    return -(E2 @ A1.T) / m
""",
        "the cross entropy's Delta W2, -(1/m) E A1^T, instead of the squared error's",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)
    return -A1 @ delta.T
""",
        "A1 @ delta.T: the transpose of the answer, shape (n_hidden, n_out)",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)
    return -delta.T @ A1
""",
        "delta.T @ A1: the shapes do not match",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    g_prime = Y_hat * (1 - Y_hat)
    return -np.dot(E2, g_prime) @ A1.T
""",
        "reads the slide's first dot as a matrix product: np.dot(E2, g')",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = A1 @ W2
    Y_hat = helpers.sigmoid(Z2)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "A1 @ W2 instead of W2 @ A1 (samples are columns here)",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    g_prime = Y_hat * (1 - Z2)
    return -((Y - Y_hat) * g_prime) @ A1.T
""",
        "g' written as sigma(Z)(1 - Z) instead of sigma(Z)(1 - sigma(Z))",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    g_prime = helpers.sigmoid_derivative(Y_hat)
    return -((Y - Y_hat) * g_prime) @ A1.T
""",
        "applies sigma' to the outputs Y_hat instead of to Z2",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    E2 = Y_hat - Y
    return -(E2 * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "E = Y_hat - Y with the minus kept: the sign is wrong",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    return helpers.output_layer_gradient(W2, A1, Y)
""",
        "calls helpers.output_layer_gradient, the function the exercise asks to write",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    return helpers.output_layer_gradient(W2, A1, Y, cost="cross_entropy")
""",
        "calls helpers.output_layer_gradient, and for the wrong cost",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)
    return -np.sum(delta, axis=1)
""",
        "sums the deltas over the samples but forgets A1: one number per output",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -0.5 * ((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "keeps the 1/2 of the squared error in the derivative",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -2 * ((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "differentiates (y - y_hat)^2 without the slide's 1/2: a factor 2 too many",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -(Y - Y_hat) * Y_hat * (1 - Y_hat) * A1.T
""",
        "element-wise * instead of the matrix product with A1.T",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    print(-((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T)
""",
        "prints Delta W2 instead of returning it",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    ...  # your code here: Z2, Y_hat, E2 and g'(Z2), then the matrix product with A1.T
""",
        "the stub left unfinished: returns None",
    ),
    Answer(
        "04-3",
        "fail",
        """\
n_hidden, n_out, m = 3, 2, 5  # section 5's cell


# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T / m
""",
        "divides by the global m = 5 from section 5",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = Z2  # 출력층 활성화 생략
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "forgets the sigmoid: uses Z2 itself as the output",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -(Y - Y_hat) * Y_hat * (1 - Y_hat)
""",
        "returns the output layer's delta E * g'(Z), without the product with A1^T",
    ),
    Answer(
        "04-3",
        "fail",
        """\
# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1.T
    Y_hat = helpers.sigmoid(Z2)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        "transposes A1 in the forward pass: W2 @ A1.T does not match",
    ),
    # ------------------------------------------------------------------------------------------
    # quiz  notebook 03's slide quiz: (1) y = 1, y_hat = 0.2: large, solid; (2) y = 1,
    #       y_hat = 0.8: small, solid; (3) y = 0, y_hat = 0.9: large, dotted. Options: (a) small /
    #       solid, (b) large / dotted. "pass": both parts must be called correct.
    # ------------------------------------------------------------------------------------------
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="large", curve="solid")
""",
        "the English words",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="크다", curve="실선")
""",
        "the Korean words of the slide",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="(b)", curve="(a)")
""",
        "the option letters as printed, (b) large and (a) solid",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="②", curve="①")
""",
        "circled option numbers ② and ①",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="ㄴ", curve="ㄱ")
""",
        "Korean option letters ㄴ (second) and ㄱ (first)",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="큼", curve="실선")
""",
        "the noun form 큼",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error=" Large ", curve="SOLID")
""",
        "capitals and surrounding spaces",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="big", curve="solid")
""",
        "big for large",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="큰", curve="①")
""",
        "the adjective form 큰 and a circled number",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="small", curve="solid")
""",
        "the English words",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="작다", curve="실선")
""",
        "the Korean words of the slide",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="(a)", curve="(a)")
""",
        "the option letters as printed",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="작음", curve="실선")
""",
        "the noun form 작음",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="작은", curve="①")
""",
        "the adjective form 작은 and a circled number",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="ㄱ", curve="ㄱ")
""",
        "Korean option letters",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="작습니다", curve="실선")
""",
        "the polite form 작습니다",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=2, error="（ａ）", curve="（ａ）")
""",
        "the option letter typed with a Korean IME in full-width form",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="large", curve="dotted")
""",
        "the English words",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="크다", curve="점선")
""",
        "the Korean words of the slide",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="(b)", curve="(b)")
""",
        "the option letters as printed",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="큽니다", curve="점선")
""",
        "the polite form 큽니다",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="큰", curve="(b)")
""",
        "a Korean word and an option letter mixed",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="（ｂ）", curve="（ｂ）")
""",
        "full-width option letters",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="ㄴ", curve="ㄴ")
""",
        "Korean option letters",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="②", curve="②")
""",
        "circled option numbers",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="b", curve="b")
""",
        "bare option letters without parentheses",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="(B)", curve="Dotted")
""",
        "a capital option letter and a capitalised word",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=3, error="  크다 ", curve="점선\u3000")
""",
        "Korean words with spaces around them (one full-width)",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="small", curve="solid")
""",
        "wrong size: y_hat = 0.2 for a class-1 sample is a large error",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="large", curve="dotted")
""",
        "reads y_hat = 0.2 on the dotted curve: the label y = 1 picks the solid one",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="(a)", curve="(a)")
""",
        "option (a) for the size: small, which is wrong",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="large", curve="solid")
""",
        "wrong size: y_hat = 0.8 for a class-1 sample is a small error",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="크다", curve="실선")
""",
        "크다 for question 2, where the error is small",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="작다", curve="점선")
""",
        "reads the curve from y_hat instead of the label: dotted",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="ㄴ", curve="ㄱ")
""",
        "ㄴ (large) for the size",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="large", curve="solid")
""",
        "reads question 3 on the solid curve: the label y = 0 picks the dotted one",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="작다", curve="점선")
""",
        "thinks y_hat = 0.9 is close to the truth: small",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="(a)", curve="(b)")
""",
        "option (a), small, for the size",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="크다", curve="실선")
""",
        "the solid curve for a class-0 sample",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="②", curve="①")
""",
        "circled ① (solid) for the curve",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="not small", curve="solid")
""",
        "a negation instead of a choice",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="작지 않다", curve="실선")
""",
        "a negation: 작지 않다",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="안 크다", curve="실선")
""",
        "a negation: 안 크다",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="크다", curve="실선 아님")
""",
        "a negation for the curve: 실선 아님",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="large", curve="not solid")
""",
        "a negation for the curve: not solid",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="큰", curve="점선 아님")
""",
        "a negation for the curve: 점선 아님",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="(a) or (b)", curve="(a)")
""",
        "both options for the size",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="작다/크다", curve="실선")
""",
        "both words for the size",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="크다", curve="실선 또는 점선")
""",
        "both curves",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="large", curve="solid/dotted")
""",
        "both curves, separated by a slash",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="오차가 크다", curve="실선")
""",
        "a choice word among fillers ('오차가'), read like '작은 오차' (issue 16)",
    ),
    Answer(
        "quiz",
        "pass",
        """\
answer = dict(question=1, error="the error is large", curve="solid")
""",
        "a choice word among fillers ('the error is'), read like '작은 오차' (issue 16)",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="크다", curve="점선에서 읽는다")
""",
        "a sentence for the curve",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="small because -log(0.8) = 0.22", curve="solid")
""",
        "an explanation instead of a choice",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error=1.61, curve="solid")
""",
        "the computed error -log(0.2) = 1.61 instead of small or large",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="2.30", curve="dotted")
""",
        "the computed error as text instead of small or large",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error=..., curve="실선")
""",
        "left the error part as ... (unfinished)",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=2, error="small", curve=...)
""",
        "left the curve part as ... (unfinished)",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error=None, curve=None)
""",
        "None for both parts",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="solid", curve="large")
""",
        "the two parts swapped",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=4, error="large", curve="dotted")
""",
        "a question number that does not exist",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error="크다", curve="점섬")
""",
        "a typo: 점섬",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="lage", curve="solid")
""",
        "a typo: lage",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=1, error="large, solid", curve="solid")
""",
        "both answers typed into the error part",
    ),
    Answer(
        "quiz",
        "fail",
        """\
answer = dict(question=3, error=True, curve="dotted")
""",
        "True instead of a choice",
    ),
]
