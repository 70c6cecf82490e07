"""An independent corpus of learner answers for the exercise checks of notebooks 01-04, corpus 3.

Written blind: from the notebooks' exercise texts (English and Korean), the helpers package outside
helpers/checks and helpers/messages, and the lecture slides; nothing under helpers/checks,
helpers/messages or tests was read or run. Every cell is meant to run in a namespace that holds only
`np` (numpy) and `helpers`.

How the verdicts were established: each cell was run (with a copy of helpers loaded without its
checks) against references written independently in mpmath at 60 digits (exact fractions for the
classifier's sign), on dense inputs covering the domain each exercise states, e.g. 50 000 values
of z in [-1000, 1000] in 1-D, 2-D and 3-D arrays for 01-1 (including the -709.78 / -745.13 edges),
z in [-10, 10] and scalars for 01-2, points exactly on and 2^-2 ... 2^-50 below the boundary for
02-1, outputs in [1e-6, 1 - 1e-6] for 03-1, logits in [-1000, 1000] with confidently right sets
(tiny J) for 03-2, K = 2 ... 10 classes for 03-3, eight data sets and layer shapes for 04-x, with
the tolerance the notebook states (relative; for arrays both elementwise and as a norm), warnings
recorded under np.errstate(all="warn", under="ignore"). A warning where the exercise forbids one
(01-1, 03-2), hiding warnings there (errstate, seterr, filters), a ready-made function the text
forbids, or a change to an argument in place makes an answer "fail". Where the text is silent
(e.g. calling helpers.predict in 02-1, capital letters or full-width characters in the quiz), the
`slip` says what was assumed. Inputs are assumed to be NumPy float arrays as in the notebooks
(in particular the W given to 04-2's my_step: `W -= ...` only changes an ndarray in place). The
quiz's `answer` holds the keyword arguments of `check.cost_quiz_answer(question, error=...,
curve=...)`.
"""

from .student_answers import Answer  # one record type for every corpus

ANSWERS: list[Answer] = [
    # ------------------------------------------------------------------------------ 01-1
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1 + ez)
    return out
""",
        slip="boolean masks into a new array: each branch only sees the z it is safe for",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1 + e)
""",
        slip="compact -|z| trick: numerator chosen by np.where (1 or e), one shared denominator",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))
""",
        slip="one line: e^{min(z,0)} / (1 + e^{-|z|}), no np.where at all",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z > 0, 1 / (1 + e), e / (1 + e))
""",
        slip="the solution with > instead of >=: at z = 0 both branches give exactly 0.5",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    # sigma(z) = exp(-log(1 + e^{-z})) = exp(-softplus(-z))
    return np.exp(-np.logaddexp(0.0, -z))
""",
        slip="valid variant: exp of minus a stable softplus (np.logaddexp), no overflow possible",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    zl = z.astype(np.longdouble)        # e^1000 fits in long double (up to ~1e4932)
    return (1 / (1 + np.exp(-zl))).astype(np.float64)
""",
        slip=(
            "textbook formula in 80-bit long double, rounded back to float64: no overflow "
            "(assumes x86-64 Linux as on Colab; where long double is float64 it would warn)"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
import math

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)

    def one(v):
        if v >= 0:
            return 1.0 / (1.0 + math.exp(-v))
        e = math.exp(v)
        return e / (1.0 + e)

    return np.vectorize(one, otypes=[float])(z)
""",
        slip="scalar if/else with math.exp wrapped in np.vectorize: slow but correct, any shape",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    '''Numerically stable logistic sigmoid.

    Parameters
    ----------
    z : array_like
        Input values (any shape).

    Returns
    -------
    np.ndarray
        sigma(z), same shape as z, computed without overflow.
    '''
    z = np.asarray(z, dtype=float)
    result = np.zeros_like(z)
    exp_neg_abs = np.exp(-np.abs(z))          # always in (0, 1]
    positive = z >= 0
    result[positive] = 1.0 / (1.0 + exp_neg_abs[positive])
    result[~positive] = exp_neg_abs[~positive] / (1.0 + exp_neg_abs[~positive])
    return result
""",
        slip="ChatGPT-style: docstring, zeros_like and masks on exp(-|z|); correct",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.array(z, dtype=float)      # np.array makes a copy, so I can overwrite it
    neg = z < 0
    z[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))
    z[~neg] = 1 / (1 + np.exp(-z[~neg]))
    return z
""",
        slip="overwrites z in place, but np.array(...) copied it first: the caller's array is safe",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.piecewise(
        z,
        [z >= 0, z < 0],
        [lambda t: 1 / (1 + np.exp(-t)), lambda t: np.exp(t) / (1 + np.exp(t))],
    )
""",
        slip="np.piecewise evaluates each lambda only on its own elements, so neither overflows",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    safe = np.maximum(z, -700.0)               # e^{-z} finite here
    body = 1 / (1 + np.exp(-safe))
    tail = np.exp(np.minimum(z, -700.0))       # sigma(z) = e^z far to the left
    return np.where(z >= -700.0, body, tail)
""",
        slip=(
            "section 3's threshold method instead of -|z| ('find another' is advice; the check "
            "criteria are values, warnings, no ready-made sigmoid) - assumed allowed"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-z))
""",
        slip="textbook formula: np.exp(1000) overflows with a RuntimeWarning",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
        slip=(
            "right idea but np.where computes both branches: exp(-z) and exp(z) overflow, warnings"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    if z >= 0:
        return 1 / (1 + np.exp(-z))
    else:
        return np.exp(z) / (1 + np.exp(z))
""",
        slip="`if` on an array: ValueError (truth value of an array is ambiguous)",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    neg = z < 0
    z[neg] = np.exp(z[neg]) / (1 + np.exp(z[neg]))
    z[~neg] = 1 / (1 + np.exp(-z[~neg]))
    return z
""",
        slip="np.asarray does not copy a float array: overwrites the caller's z in place",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), 1 - 1 / (1 + e))
""",
        slip="negative branch as 1 - sigma(|z|): cancellation, sigma(-40) comes out 0.0 not 4e-18",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * (1 + np.tanh(0.5 * z))
""",
        slip="tanh identity: no warnings, but 1 + tanh cancels to 0 for z below about -40",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    z = np.clip(z, -500, 500)   # prevent overflow
    return 1 / (1 + np.exp(-z))
""",
        slip="clips z to [-500, 500]: sigma(-1000) becomes sigma(-500) = 7e-218 instead of ~0",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    z = np.maximum(z, -709)   # e^709 is still finite
    return 1 / (1 + np.exp(-z))
""",
        slip="clips at -709: no overflow, but sigma(-720) returns 1.2e-308 instead of 1.5e-313",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))
""",
        slip="right numbers, but silences the overflow with np.errstate, which the text forbids",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
from scipy.special import expit

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return expit(z)
""",
        slip="uses SciPy's expit, which the exercise names as not allowed",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return 1 / (1 + e)
""",
        slip="exponentiates -|z| but forgets the negative branch: returns sigma(|z|) for every z",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))
""",
        slip="the two branches of np.where swapped: returns sigma(-z)",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), np.exp(z) / (1 + np.exp(z)))
""",
        slip="uses e only in one branch; np.exp(z) in the other overflows for z > 709.78",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        slip="float32 'to save memory': about 7 digits, far from the relative 1e-12",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        slip="computes s but forgets `return`: the function returns None",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
import math

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.array([1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))
                     for v in z])
""",
        slip="list comprehension over z: fine in 1-D, but a 2-D z yields rows, and `v >= 0` fails",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.round(np.where(z >= 0, 1 / (1 + e), e / (1 + e)), 12)
""",
        slip="rounds to 12 decimals: sigma(-30) = 9.4e-14 becomes 0.0",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    np.divide(np.where(z >= 0, 1.0, e), 1 + e, out=z)   # reuse z's memory
    return z
""",
        slip="right values, but out=z writes them into the caller's array",
    ),
    # ------------------------------------------------------------------------------ 01-2
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (1 - s)
""",
        slip="the formula with helpers.sigmoid",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return helpers.sigmoid(z) * helpers.sigmoid(-z)
""",
        slip="valid: 1 - sigma(z) = sigma(-z), written without the subtraction",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return 0.25 / np.cosh(z / 2) ** 2
""",
        slip="valid closed form sigma'(z) = 1 / (4 cosh^2(z/2)), no helpers.sigmoid at all",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    s *= 1 - s
    return s
""",
        slip="in-place *= on its own result s (not on the argument z): correct",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = 1 / (1 + np.exp(z))   # oops, sign in the exponent
    return s * (1 - s)
""",
        slip="sigmoid with the wrong sign, but s(1 - s) is symmetric in z: still the right values",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-z) / (1 + np.exp(-z)) ** 2
""",
        slip="the quotient-rule form e^{-z}/(1+e^{-z})^2 from section 4; no overflow for |z| <= 10",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) - helpers.sigmoid(z) ** 2
""",
        slip="expanded: sigma - sigma^2",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return 1 / (2 + np.exp(z) + np.exp(-z))
""",
        slip="valid: sigma'(z) = 1 / (e^z + 2 + e^{-z})",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid_derivative(z)
""",
        slip="calls helpers.sigmoid_derivative, which the exercise forbids",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (s - 1)
""",
        slip="sign error: s (s - 1) is minus the derivative",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return my_sigmoid(z) * (1 - my_sigmoid(z))
""",
        slip="reuses my_sigmoid from exercise 1, which this cell's namespace does not have",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    h = 1e-5
    return (helpers.sigmoid(z + h) - helpers.sigmoid(z - h)) / (2 * h)
""",
        slip="central difference from section 4: ~1e-11 absolute error, 2e-7 relative at z = 10",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * 1 - s
""",
        slip="lost the parentheses: s * 1 - s is 0",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    print(s * (1 - s))
""",
        slip="prints the derivative instead of returning it",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return 1 - np.tanh(z) ** 2
""",
        slip="remembered the derivative of tanh, not of the sigmoid",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * (1 - z)
""",
        slip="wrote (1 - z) for (1 - sigma(z))",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s(1 - s)
""",
        slip="math notation s(1 - s) typed literally: calls the array, TypeError",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) ** 2 * np.exp(z)
""",
        slip="sigma^2 e^{z} instead of sigma^2 e^{-z}: sign slip in the exponent",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * (1 - helpers.sigmoid(-z))
""",
        slip="mixed the two forms: sigma(z)(1 - sigma(-z)) = sigma(z)^2",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
import math

def my_sigmoid_derivative(z):
    s = 1 / (1 + math.exp(-z))
    return s * (1 - s)
""",
        slip="math.exp only takes one number: TypeError for an array z",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return np.exp(-z) / (1 + np.exp(-z) ** 2)
""",
        slip="misplaced parenthesis: (1 + e^{-2z}) in the denominator instead of (1 + e^{-z})^2",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return np.round(s * (1 - s), 6)
""",
        slip="rounds to 6 decimals 'to make it look nice'",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return np.gradient(helpers.sigmoid(z), z)
""",
        slip="np.gradient: numerical slope depending on the spacing of z, fails for scalars",
    ),
    # ------------------------------------------------------------------------------ 01-3
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = np.log(9)
b = -2 * w
""",
        slip="exact: b = -2w for the midpoint, sigma(w) = 0.9 gives w = ln 9",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = 2.2
b = -4.4
""",
        slip="rounded values: sigma(2.2) = 0.90025, within 0.005 of 0.9",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = np.log(0.9 / 0.1)
b = -2 * np.log(0.9 / 0.1)
""",
        slip="w = logit(0.9) written as log(p / (1 - p))",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = -np.log(1 / 9)
b = -2 * w
""",
        slip="from e^{-w} = 1/9 directly",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
from scipy.special import logit
w = logit(0.9)
b = -2 * w
""",
        slip="scipy.special.logit for the inverse sigmoid",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = 2.197
b = -4.394
""",
        slip="three decimals of ln 9, b = -2w exactly",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = 2.15
b = -4.3
""",
        slip="slider estimate: sigma(2.15) = 0.8957, still within 0.005 of 0.9",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
# 2w + b = 0 and 3w + b = ln 9, as a linear system
w, b = np.linalg.solve([[2, 1], [3, 1]], [0, np.log(9)])
""",
        slip="solves the two linear conditions with np.linalg.solve: numpy floats",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log(9)
b = 2 * w
""",
        slip="sign of b: midpoint at x = -2 instead of 2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log10(9)
b = -2 * w
""",
        slip="log10 instead of the natural log",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log(0.9)
b = -2 * w
""",
        slip="took log(0.9) for the weight",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = 2
b = -4
""",
        slip="integers 'close enough': sigma(2) = 0.881, more than 0.005 from 0.9",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
b = -2 * w
w = np.log(9)
""",
        slip="lines in the wrong order: w is not defined yet (NameError)",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log(9)
b = -w / 2
""",
        slip="midpoint formula x = -b/w inverted: b = -w/2 puts the midpoint at x = 0.5",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = 2.2
b = -4.39
""",
        slip="b rounded separately: 2w + b = 0.01, sigma = 0.5025, more than 0.001 from 1/2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = 2.197
b = -4.4
""",
        slip="b rounded to one decimal: sigma(2w + b) = 0.4985, off by 0.0015",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = 2.14
b = -4.28
""",
        slip="slider estimate just too low: sigma(2.14) = 0.8947, off by 0.0053",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log(9)
b = -3 * w
""",
        slip="put the midpoint at x = 3 instead of x = 2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = 1 / np.log(9)
b = -2 * w
""",
        slip="inverted the log when solving e^{-w} = 1/9",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = -2 * np.log(9)
b = np.log(9)
""",
        slip="w and b swapped",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log(1 / 9)
b = -2 * w
""",
        slip="dropped the minus: w = ln(1/9) < 0, so sigma(3w + b) = 0.1",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""# Exercise 3
w = np.log(9)
b = -2 * w
w = round(w, 2)   # nicer number
""",
        slip="rounds w after b was computed from it: 2w + b = 0.0056, sigma = 0.5014",
    ),
    # ------------------------------------------------------------------------------ 02-1
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z >= 0).astype(int)
""",
        slip="the rule on z: label 1 where z >= 0",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return helpers.sigmoid(X @ W) >= 0.5
""",
        slip=(
            "h >= 1/2 on the computed sigmoid, booleans; the notebook's solution says this passes "
            "(it differs from z >= 0 only for |z| below ~1e-16)"
        ),
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return np.heaviside(X @ W, 1.0)
""",
        slip="np.heaviside with value 1 at 0: floats 0.0 / 1.0",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return np.array([1 if zi >= 0 else 0 for zi in X @ W])
""",
        slip="list comprehension over the z's, wrapped in np.array",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    z = X @ W
    z[z >= 0] = 1
    z[z < 0] = 0
    return z
""",
        slip="overwrites z (a new array, not an argument) in the safe order: >= 0 first",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return np.where(np.dot(X, W) >= 0, 1, 0)
""",
        slip="np.where with np.dot",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return 1 - (X @ W < 0)
""",
        slip="1 minus the boolean 'z < 0': ints",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    z = W[0] + X[:, 1:] @ W[1:]   # bias separately, like on the slide
    return (z >= 0).astype(int)
""",
        slip="adds w0 by hand and skips X's bias column: the same z",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return helpers.predict(W, X)
""",
        slip=(
            "relabelled (ready-made answers are refused): calls helpers.predict; the text does not"
            " forbid it (assumed allowed)"
        ),
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return np.sign(X @ W) >= 0
""",
        slip="np.sign is 0 on the boundary, so sign >= 0 is exactly z >= 0",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    z = np.einsum("ij,j->i", X, W)
    return (z >= 0) * 1
""",
        slip="einsum for the row-by-row dot product, times 1 to get ints",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return (X @ W > 0).astype(int)
""",
        slip="strict > : points exactly on the boundary get 0 instead of 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return np.round(helpers.sigmoid(X @ W))
""",
        slip="rounding h: np.round(0.5) is 0 (round half to even), so the boundary gets 0",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return np.sign(X @ W)
""",
        slip="np.sign gives -1 / 0 / 1, not the labels 0 / 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return (helpers.sigmoid(X @ W) > 0.5).astype(int)
""",
        slip="h > 1/2 instead of h >= 1/2",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    z = X @ W
    z[z < 0] = 0
    z[z >= 0] = 1
    return z
""",
        slip="masks in the wrong order: after z < 0 becomes 0, 'z >= 0' sets everything to 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    z = X @ W
    on_boundary = np.isclose(z, 0)    # treat float noise as 'on the line'
    return ((z > 0) | on_boundary).astype(int)
""",
        slip="np.isclose(z, 0) has atol 1e-8: z = -1e-9 is counted as on the boundary, label 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z >= -1e-12).astype(int)   # tolerance for rounding errors
""",
        slip=(
            "a 1e-12 'rounding tolerance': right for z = -1e-9 and -1e-6, but z = -1e-13 "
            "gets label 1"
        ),
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    z = np.round(X @ W, 10)   # remove floating point noise
    return (z >= 0).astype(int)
""",
        slip="rounds z to 10 decimals: -1e-9 survives, but z = -9e-13 rounds to -0.0, label 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return (W @ X >= 0).astype(int)
""",
        slip="W @ X instead of X @ W: shape error (or nonsense when X happens to be square)",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    if X @ W >= 0:
        return 1
    return 0
""",
        slip="`if` on an array of z's: ValueError",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return (np.sum(X * W, axis=0) >= 0).astype(int)
""",
        slip="sums over the wrong axis: one value per column of X, not per row",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
X_lin, y_lin = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X_lin)

def my_predict(W, X):
    return (Xb @ W >= 0).astype(int)
""",
        slip="uses the notebook's data Xb instead of the argument X",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    z = X @ W
    return (z >= 0).astype(int).reshape(-1, 1)
""",
        slip="returns a column (m, 1) instead of one label per row, shape (m,)",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return np.ceil(helpers.sigmoid(X @ W) - 0.5)
""",
        slip="ceil(h - 0.5): ceil(0.0) = 0, so the boundary point gets 0",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return np.where(X @ W >= 0, 1, -1)
""",
        slip="labels -1 / +1 (perceptron habit) instead of 0 / 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""# Exercise 1
def my_predict(W, X):
    return np.maximum(np.sign(X @ W), 0)
""",
        slip="clips the sign at 0: the boundary's sign 0 stays 0",
    ),
    # ------------------------------------------------------------------------------ 02-2
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
W_line = [-4.0, 1.0, 2.0]  # [w0, w1, w2]
""",
        slip="the line x1 + 2 x2 = 4, origin at z = -4 < 0",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
W_line = np.array([-2, 0.5, 1])
""",
        slip="a positive multiple (1/2)",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
W_line = [-1, 1/4, 1/2]
""",
        slip="normalised so that w0 = -1 (intercept form x1/4 + x2/2 = 1)",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
W_line = np.array([-4, 1, 2]) / np.sqrt(21)
""",
        slip="unit-length weight vector: still a positive multiple",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
W_line = (-4, 1, 2)
""",
        slip="a tuple of ints",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
w0 = -4
w1 = -w0 / 4   # through (4, 0): w0 + 4 w1 = 0
w2 = -w0 / 2   # through (0, 2): w0 + 2 w2 = 0
W_line = [w0, w1, w2]
""",
        slip="solves the two conditions in code",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
# homogeneous coordinates: the line through two points is their cross product
c = np.cross([4, 0, 1], [0, 2, 1])   # (a, b, c) with a x1 + b x2 + c = 0
W_line = -np.array([c[2], c[0], c[1]])
""",
        slip="cross product of the two points, reordered to [w0, w1, w2] and negated: [-8, 2, 4]",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
c = np.cross([4, 0, 1], [0, 2, 1])
W_line = [c[2], c[0], c[1]]
""",
        slip=(
            "the right line from a cross product, but its sign puts the origin on the class-1 side"
        ),
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [4.0, -1.0, -2.0]
""",
        slip="same line, sides swapped: the origin is class 1",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [-4, 2, 1]
""",
        slip="w1 and w2 swapped: the line through (2, 0) and (0, 4)",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [-4, 1, 0.5]
""",
        slip="took w2 = 2/4 instead of 4/2",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [-4, 4, 2]
""",
        slip="used the intercepts as weights",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [-1.3333, 0.3333, 0.6667]
""",
        slip="divided by 3 and rounded to 4 decimals: relative error 1e-4, beyond 1e-9",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [1, 2]
""",
        slip="gave only [w1, w2], forgot the bias weight w0",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = "[-4, 1, 2]"
""",
        slip="a string that looks like the list",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [-4, -1, -2]
""",
        slip="negated w1 and w2 only: the line x1 + 2x2 = -4",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# Exercise 2
W_line = [2, -0.5, -1]
""",
        slip="a negative multiple: right line, origin on the class-1 side",
    ),
    # ------------------------------------------------------------------------------ 02-3
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
W_radius_2 = [-4.0, 1.0, 1.0]  # [w0, w1, w2] for z = w0 + w1 x1^2 + w2 x2^2
""",
        slip="x1^2 + x2^2 = 4 = r^2, outside z > 0",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
W_radius_2 = [-1, 0.25, 0.25]
""",
        slip="divided by 4: x1^2/4 + x2^2/4 = 1",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
W_radius_2 = np.array([-4, 1, 1]) * 2.5
""",
        slip="a positive multiple computed in numpy",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
r = 2
W_radius_2 = [-r**2, 1, 1]
""",
        slip="written with r: -r^2, with correct precedence (-(r**2))",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
W_radius_2 = [-16, 4, 4]
""",
        slip="multiple 4",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
W_radius_2 = -4, 1, 1
""",
        slip="no brackets: Python makes the tuple (-4, 1, 1)",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [-2, 1, 1]
""",
        slip="used r = 2 instead of r^2 = 4: the circle of radius sqrt(2)",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [4, -1, -1]
""",
        slip="the right circle with class 1 inside",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [-4, 2, 2]
""",
        slip="doubled w1, w2 but not w0: radius sqrt(2)",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [-1, 4, 4]
""",
        slip="1/r^2 in the wrong place: radius 1/2",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [-4, 1, -1]
""",
        slip="w2 with the wrong sign: a hyperbola",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [1, 1, -4]
""",
        slip="bias weight written last",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [-4.05, 1, 1]
""",
        slip="read off the slider: radius 2.012, relative error 1e-2",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
r = 2
W_radius_2 = [-np.sqrt(r), 1, 1]
""",
        slip="confused r^2 with sqrt(r)",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
W_radius_2 = [0, 1, 1]
""",
        slip="w0 = 0: the 'circle' of radius 0",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
r = 2
W_radius_2 = [-r^2, 1, 1]
""",
        slip="typed ^ for a power: XOR, but (-2) ^ 2 happens to be -4, so the weights are right",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""# Exercise 3
r = 2
W_radius_2 = [-(r^2), 1, 1]
""",
        slip="^ is XOR in Python: r ^ 2 = 0, so w0 = 0",
    ),
    # ------------------------------------------------------------------------------ 03-1
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="the formula with np.mean",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    m = len(y)
    J = -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
    return J
""",
        slip="sum then divide by m = len(y)",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    return np.where(y == 1, -np.log(a), -np.log(1 - a)).mean()
""",
        slip="the two cases of the slide with np.where, then the mean",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    p = np.where(y == 1, a, 1 - a)   # probability given to the true label
    return -np.mean(np.log(p))
""",
        slip="-log of the probability of the true class, P(y|x), averaged",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    return -(y @ np.log(a) + (1 - y) @ np.log1p(-a)) / y.size
""",
        slip="dot products for the sums and log1p(-a) for log(1 - a)",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    eps = 1e-15
    a = np.clip(a, eps, 1 - eps)   # avoid log(0)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="defensive clip to [1e-15, 1 - 1e-15]: no effect on outputs in [1e-6, 1 - 1e-6]",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
import math

def my_cost(y, a):
    total = 0.0
    for i in range(len(y)):
        total += y[i] * math.log(a[i]) + (1 - y[i]) * math.log(1 - a[i])
    return -total / len(y)
""",
        slip="a loop over i = 0 .. m-1 with math.log on single numbers",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, y_hat):
    return -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))
""",
        slip="renamed the second parameter to y_hat (assumes the check calls it positionally)",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return helpers.cross_entropy(y, a)
""",
        slip=(
            "relabelled (ready-made answers are refused): calls helpers.cross_entropy; not "
            "forbidden by the text (assumed allowed)"
        ),
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    y = np.asarray(y, dtype=float)
    a = np.asarray(a, dtype=float)
    losses = -(y * np.log(a) + (1.0 - y) * np.log(1.0 - a))
    return float(losses.mean())
""",
        slip="converts inputs and returns a Python float",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="forgot the leading minus: J comes out negative",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="the sum without 1/m",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log10(a) + (1 - y) * np.log10(1 - a))
""",
        slip="log10 instead of the natural log",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log2(a) + (1 - y) * np.log2(1 - a))
""",
        slip="log2 (bits, from an information theory class)",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(a * np.log(y) + (1 - a) * np.log(1 - y))
""",
        slip="swapped y and a: log of the labels 0 and 1",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    m = len(y)
    total = 0
    for i in range(1, m):        # i = 1, ..., m as on the slide
        total += y[i] * np.log(a[i]) + (1 - y[i]) * np.log(1 - a[i])
    return -total / m
""",
        slip="copied i = 1..m into range(1, m): skips Python's sample 0",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    m = len(y)
    total = 0
    for i in range(m + 1):       # the slide's sum from i = 0 to m
        total += y[i] * np.log(a[i]) + (1 - y[i]) * np.log(1 - a[i])
    return -total / m
""",
        slip="followed the slide's sum from 0 to m: IndexError at i = m",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    m = len(y)
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / (m - 1)
""",
        slip="divides by m - 1 (sample variance habit)",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    m = len(y)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
""",
        slip="np.mean and then / m again: divided by m twice",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
import math

def my_cost(y, a):
    return -np.mean(y * math.log(a) + (1 - y) * math.log(1 - a))
""",
        slip="math.log on arrays: TypeError",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    J = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    return round(J, 4)
""",
        slip="rounds J to 4 decimals",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    eps = 1e-9
    return -np.mean(y * np.log(a + eps) + (1 - y) * np.log(1 - a + eps))
""",
        slip="adds eps = 1e-9 inside the logs: shifts log(1e-6) by 1e-3, relative error ~1e-4",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    a = np.clip(a, 1e-5, 1 - 1e-5)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="clips at 1e-5, which changes outputs between 1e-6 and 1e-5",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    a[y == 0] = 1 - a[y == 0]      # now a is the probability of the true class
    return -np.mean(np.log(a))
""",
        slip="right value, but overwrites the caller's array a in place",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="returns the per-sample errors e(i), not their mean J",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    y = y.reshape(-1, 1)           # column vector, to be safe
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="y as a column against a 1-D a broadcasts to an (m, m) matrix",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    J = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    print("J =", J)
""",
        slip="prints J instead of returning it",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return np.mean(0.5 * (y - a) ** 2)
""",
        slip="returned MSE from section 1 instead of the cross entropy",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(a))
""",
        slip="copy-paste: log(a) in both terms",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) - (1 - y) * np.log(1 - a))
""",
        slip="minus instead of plus between the two terms",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""# Exercise 1
def my_cost(y, a):
    return 0.2513   # J printed in section 6
""",
        slip="returns a number copied from the notebook's output",
    ),
    # ------------------------------------------------------------------------------ 03-2
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))
""",
        slip="section 9's formula with helpers.softplus",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))
""",
        slip="softplus(t) = np.logaddexp(0, t)",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    t = np.where(y == 1, -z, z)     # the argument of the softplus the label selects
    return np.mean(np.logaddexp(0, t))
""",
        slip="selects the sign per label first, then one softplus",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(np.logaddexp(0, (1 - 2 * y) * z))
""",
        slip="sign trick: (1 - 2y) is -1 for y = 1 and +1 for y = 0",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def softplus(t):
    return np.maximum(t, 0) + np.log1p(np.exp(-np.abs(t)))

def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip="own stable softplus: max(t, 0) + log1p(e^{-|t|})",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
from scipy.special import log_expit

def my_cost_from_logits(y, z):
    # log sigma(z) and log(1 - sigma(z)) = log sigma(-z), computed by SciPy without sigma
    return -np.mean(y * log_expit(z) + (1 - y) * log_expit(-z))
""",
        slip=(
            "relabelled (SciPy is a ready-made answer): scipy.special.log_expit (log sigma "
            "computed stably, sigma itself never rounded)"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    t = np.where(y == 1, -z, z).astype(float)
    out = np.empty_like(t)
    big = t > 0
    out[big] = t[big] + np.log1p(np.exp(-t[big]))
    out[~big] = np.log1p(np.exp(t[~big]))
    return out.mean()
""",
        slip="softplus with boolean masks, each exp only on its safe half",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
import math

def my_cost_from_logits(y, z):
    total = 0.0
    for yi, zi in zip(y, z):
        t = -zi if yi == 1 else zi
        total += max(t, 0.0) + math.log1p(math.exp(-abs(t)))
    return total / len(y)
""",
        slip="a plain loop with math.log1p and math.exp(-|t|)",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    # the formula from TensorFlow's sigmoid_cross_entropy_with_logits docs
    loss = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return np.mean(loss)
""",
        slip=(
            "TensorFlow's max(z,0) - z y + log1p(e^{-|z|}): max(z,0) - zy cancels exactly "
            "(to 0 or |z|), so it is exact here"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    loss = np.maximum(z, 0) - z * y + np.log(1 + np.exp(-np.abs(z)))
    return np.mean(loss)
""",
        slip="TensorFlow's formula with log(1 + x) instead of log1p: J = 4e-18 comes out 0",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def softplus(t):
    return np.maximum(t, 0) + np.log(1 + np.exp(-np.abs(t)))

def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip=(
            "stable softplus but log(1 + e) instead of log1p: the tiny J of right predictions is 0"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    # log sigma(z) = z - softplus(z), so J = mean(softplus(z) - y z)
    return np.mean(np.logaddexp(0, z) - y * z)
""",
        slip="mathematically equal, but softplus(z) - z cancels: J = 4e-18 (z = 40, y = 1) gives 0",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * np.log(1 + np.exp(-z)) + (1 - y) * np.log(1 + np.exp(z)))
""",
        slip="softplus typed naively: np.exp(1000) overflows, inf and RuntimeWarning",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def softplus(t):
    return np.where(t > 0, t + np.log1p(np.exp(-t)), np.log1p(np.exp(t)))

def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip="np.where evaluates both branches: exp(-t) overflows for t = -1000 (warning)",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def softplus(t):
    return np.where(t > 0, t + np.log1p(np.exp(-t)), np.log1p(np.exp(t)))

def my_cost_from_logits(y, z):
    with np.errstate(over="ignore"):
        return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip="right numbers, but the overflow warnings of np.where are switched off with errstate",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def softplus(t):
    return np.where(t > 30, t, np.log1p(np.exp(t)))   # for large t, softplus(t) ~ t

def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip="cut-off at 30 inside np.where: np.exp(1000) still computed, overflow warning",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    a = helpers.sigmoid(z)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="computes sigma first: log(0) = -inf and 0 * inf = nan once sigma saturates",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return helpers.cross_entropy(y, helpers.sigmoid(z))
""",
        slip="the clipped cost from probabilities: capped at 36.04, and 0 for tiny J",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(z) + (1 - y) * helpers.softplus(-z))
""",
        slip="signs of the softplus arguments swapped",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    z[y == 1] *= -1                 # flip the sign where y = 1
    return np.mean(np.logaddexp(0, z))
""",
        slip="right value, but flips the signs in the caller's z array in place",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z)
""",
        slip="forgot the mean: returns one error per sample",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    z = np.clip(z, -500, 500)
    return np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z)))
""",
        slip="clips z to avoid overflow: y = 1, z = -1000 costs 500 instead of 1000",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.sum(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))
""",
        slip="np.sum instead of np.mean: no 1/m",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(helpers.softplus(-y * z))
""",
        slip="the +/-1-label formula softplus(-y z) used with 0/1 labels: y = 0 costs log 2",
    ),
    # ------------------------------------------------------------------------------ 03-3
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    per_sample = -np.sum(Y * np.log(Y_hat), axis=1)
    return np.mean(per_sample)
""",
        slip="sum over the classes (axis=1), mean over the rows",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat)) / Y.shape[0]
""",
        slip="one big sum divided by the number of rows m",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    p_true = np.sum(Y * Y_hat, axis=1)     # probability of the true class
    return -np.mean(np.log(p_true))
""",
        slip="picks the true class's probability first, then -log and the mean",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    m = Y.shape[0]
    true_class = np.argmax(Y, axis=1)
    return -np.mean(np.log(Y_hat[np.arange(m), true_class]))
""",
        slip="fancy indexing with argmax of the one-hot rows",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat[Y == 1]))
""",
        slip="boolean mask Y == 1 picks one probability per row, in row order",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.einsum("ik,ik->i", Y, np.log(Y_hat)).mean()
""",
        slip="einsum for the per-row sum",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    m = len(Y)
    return -np.trace(Y @ np.log(Y_hat).T) / m
""",
        slip="the trace of Y log(Y_hat)^T is the sum of the diagonal row products: correct",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
import math

def my_general_cross_entropy(Y, Y_hat):
    total = 0.0
    for y_row, p_row in zip(Y, Y_hat):
        for yk, pk in zip(y_row, p_row):
            if yk == 1:
                total -= math.log(pk)
    return total / len(Y)
""",
        slip="double loop, only the true class's term (skips 0 * log p)",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(Y * np.log(Y_hat))
""",
        slip="np.mean over all m*K entries: divides by K too",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat), axis=0).mean()
""",
        slip="sums over the samples (axis=0) and averages over the classes",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat))
""",
        slip="the slide's sum without averaging over the rows",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat), axis=1)
""",
        slip="returns each row's error instead of their mean",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.sum(Y_hat * np.log(Y), axis=1))
""",
        slip="Y and Y_hat swapped: log of the one-hot zeros",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.sum(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat), axis=1))
""",
        slip="carried the binary formula's (1 - y) log(1 - y_hat) term over to K classes",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.sum(Y * np.log10(Y_hat), axis=1))
""",
        slip="log10",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(np.max(Y_hat, axis=1)))
""",
        slip="uses the largest predicted probability, not the true class's",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.sum(Y * np.log(Y_hat + 1e-9), axis=1))
""",
        slip="adds 1e-9 inside the log 'for safety': relative error around 1e-9, not 1e-12",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    m = len(Y[0])
    return -np.sum(Y * np.log(Y_hat)) / m
""",
        slip="len(Y[0]) is the number of classes K, not the number of samples",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat)) / Y.size
""",
        slip="divides by Y.size = m*K",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    m = Y.shape[0]
    return -np.sum(Y @ np.log(Y_hat).T) / m
""",
        slip="matrix product sums every row of Y against every row of log(Y_hat)",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    idx = np.argmax(Y, axis=0)
    return -np.mean(np.log(Y_hat[np.arange(len(idx)), idx]))
""",
        slip="argmax over the wrong axis: one index per class instead of per row",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    np.log(Y_hat, out=Y_hat)        # save memory
    return -np.mean(np.sum(Y * Y_hat, axis=1))
""",
        slip="takes the log in place: the caller's Y_hat is overwritten",
    ),
    # ------------------------------------------------------------------------------ 04-1
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="-(1/m) X^T (y - y_hat)",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    return X.T @ (helpers.sigmoid(X @ W) - y) / len(y)
""",
        slip="(1/m) X^T (y_hat - y): both signs flipped",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    error = helpers.hypothesis(W, X) - y
    return np.mean(error[:, np.newaxis] * X, axis=0)
""",
        slip="broadcasts the error as a column and averages the rows",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    m, n1 = X.shape
    grad = np.zeros(n1)
    for i in range(m):
        y_hat_i = helpers.sigmoid(X[i] @ W)
        for j in range(n1):
            grad[j] += (y[i] - y_hat_i) * X[i, j]
    return -grad / m
""",
        slip="the slide's sum as a double loop over samples and weights",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = 1 / (1 + np.exp(-(X @ W)))
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="textbook sigmoid inline; fine for these data (it would only warn beyond |z| = 709)",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(y - y_hat) @ X / X.shape[0]
""",
        slip="row vector times X instead of X^T times a column: the same sums",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -np.mean(X.T * (y - y_hat), axis=1)
""",
        slip="X^T (n+1, m) times the error broadcast along samples, mean over axis 1",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    W = np.asarray(W, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    m = X.shape[0]
    z = X.dot(W)
    predictions = helpers.sigmoid(z)
    gradient = np.dot(X.T, predictions - y) * (1.0 / m)
    return gradient
""",
        slip="ChatGPT-style: converts everything, then (1/m) X^T (y_hat - y)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return (X.T @ (y - y_hat)) / len(y)
""",
        slip="dropped the minus: points uphill",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat))
""",
        slip="forgot 1/m",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / X.shape[1]
""",
        slip="X.shape[1] (number of weights) instead of X.shape[0] (samples)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = X @ W
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="forgot the sigmoid: linear regression's gradient",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y = y.reshape(-1, 1)
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="y as a column minus a 1-D y_hat broadcasts to (m, m)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y -= helpers.sigmoid(X @ W)        # reuse y as the error
    return -(X.T @ y) / len(y)
""",
        slip="right gradient, but y -= ... overwrites the caller's labels",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ ((y - y_hat) * y_hat * (1 - y_hat))) / len(y)
""",
        slip="kept the sigma' factor: the squared error's gradient (with 1/m)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X @ (y - y_hat)) / len(y)
""",
        slip="X instead of X^T: shape error unless X is square",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -np.mean(X * (y - y_hat)[:, None], axis=1)
""",
        slip="averages over the wrong axis: one number per sample",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
X_lin, y_lin = helpers.make_linear_data(m=60, seed=0)
X_lin = helpers.add_bias(X_lin)

def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X_lin @ W)
    return -(X_lin.T @ (y_lin - y_hat)) / len(y_lin)
""",
        slip="uses the notebook's X_lin, y_lin instead of the arguments",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / X.size
""",
        slip="X.size = m (n + 1) instead of m",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.predict(W, X)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="used the 0/1 labels of helpers.predict (notebook 02) as y_hat",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    grad = -(X.T @ (y - y_hat)) / len(y)
    return grad.reshape(-1, 1)
""",
        slip="returns a column (n+1, 1) instead of one number per weight",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -np.sum(y - y_hat) / len(y)
""",
        slip="forgot x_j: returns a single number (only the bias's derivative)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    m = len(W)
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / m
""",
        slip="m = len(W), the number of weights",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""# Exercise 1
def my_gradient(W, X, y):
    m, n1 = X.shape
    grad = np.zeros(n1, dtype=int)
    y_hat = helpers.sigmoid(X @ W)
    for j in range(n1):
        for i in range(m):
            grad[j] += (y_hat[i] - y[i]) * X[i, j]
    return grad / m
""",
        slip="an int accumulator: each += is truncated to a whole number",
    ),
    # ------------------------------------------------------------------------------ 04-2
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * helpers.gradient(W, X, y)
""",
        slip="W - eta grad J with helpers.gradient",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W + learning_rate * (X.T @ (y - y_hat)) / len(y)
""",
        slip="the slide's update rule with + and (y - y_hat)",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)

def my_step(W, X, y, learning_rate):
    return W - learning_rate * my_gradient(W, X, y)
""",
        slip="redefines my_gradient in the same cell and uses it",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W_new = W.copy()
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        slip="in-place update on an explicit copy: the caller's W stays",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W = np.array(W, dtype=float)     # a copy
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="np.array copies, so -= only changes the local copy",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W = W - learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="rebinds the local name W to a new array",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W_new = W.astype(float)          # astype copies by default
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        slip="astype(float) returns a copy even for a float array",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    g = helpers.gradient(W, X, y)
    return np.array([W[j] - learning_rate * g[j] for j in range(len(W))])
""",
        slip="updates w_j one by one into a new array",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="W -= ... changes the caller's W in place",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W_new = W                        # thought this was a copy
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        slip="W_new = W is the same array: -= still modifies the caller's W",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W = np.asarray(W, dtype=float)
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="np.asarray does not copy a float array: in-place update of the caller's W",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    eta = 0.5
    return W - eta * helpers.gradient(W, X, y)
""",
        slip="hard-codes helpers.fit's default 0.5 instead of using learning_rate",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
eta = 0.1

def my_step(W, X, y, learning_rate):
    return W - eta * helpers.gradient(W, X, y)
""",
        slip="uses a global eta instead of the argument",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    return W + learning_rate * helpers.gradient(W, X, y)
""",
        slip="adds the gradient: gradient ascent",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * helpers.gradient(W, X, y) / len(y)
""",
        slip="divides by m although helpers.gradient already has the 1/m",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W + learning_rate * X.T @ (y - y_hat)
""",
        slip="update without 1/m",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    return learning_rate * helpers.gradient(W, X, y)
""",
        slip="returns the step, not the new weights",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W = W - learning_rate * helpers.gradient(W, X, y)
""",
        slip="computes the new W but forgets to return it",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    W[:] = W - learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="slice assignment W[:] = ... writes into the caller's array",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * my_gradient(W, X, y)
""",
        slip="relies on my_gradient from exercise 1, not defined in this namespace",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    for epoch in range(100):
        W = W - learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="runs 100 epochs instead of one update",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    return np.subtract(W, learning_rate * helpers.gradient(W, X, y), out=W)
""",
        slip="np.subtract(..., out=W) writes the result into the caller's W",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W - learning_rate * (X.T @ (y - y_hat)) / len(y)
""",
        slip="the minus of W - eta grad combined with (y - y_hat): sign error, climbs J",
    ),
    # ------------------------------------------------------------------------------ 04-3
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    g_prime = Y_hat * (1 - Y_hat)
    return -(E2 * g_prime) @ A1.T
""",
        slip="the slide's -E2 * g'(Z2) . A1^T",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return ((Y_hat - Y) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="(Y_hat - Y) absorbs the leading minus",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    E2 = Y - helpers.sigmoid(Z2)
    return -(E2 * helpers.sigmoid_derivative(Z2)) @ A1.T
""",
        slip="g' from helpers.sigmoid_derivative (allowed here)",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)
    return -np.einsum("km,jm->kj", delta, A1)
""",
        slip="einsum sums over the samples m",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    n_out, n_hidden = W2.shape
    m = A1.shape[1]
    Y_hat = helpers.sigmoid(W2 @ A1)
    D = np.zeros((n_out, n_hidden))
    for k in range(n_out):
        for j in range(n_hidden):
            for i in range(m):
                g = Y_hat[k, i] * (1 - Y_hat[k, i])
                D[k, j] += -(Y[k, i] - Y_hat[k, i]) * g * A1[j, i]
    return D
""",
        slip="triple loop over k, j and the samples, entry [k, j] = Delta w_jk",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    # I prefer samples as rows
    A = A1.T                     # (m, n_hidden)
    T = Y.T                      # (m, n_out)
    P = helpers.sigmoid(A @ W2.T)
    delta = (P - T) * P * (1 - P)
    return (A.T @ delta).T
""",
        slip="switches to samples-as-rows and transposes back at the end",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(np.dot(W2, A1))
    E2 = Y - Y_hat
    return -np.dot(E2 * Y_hat * (1 - Y_hat), A1.T)
""",
        slip="np.dot spelling",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = 1 / (1 + np.exp(-(W2 @ A1)))
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="inline textbook sigmoid (moderate z here)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    E2 = Y - helpers.sigmoid(W2 @ A1)
    return -E2 @ A1.T
""",
        slip="dropped g': the cross entropy's form without its 1/m",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    m = A1.shape[1]
    E2 = Y - helpers.sigmoid(W2 @ A1)
    return -(E2 @ A1.T) / m
""",
        slip="copied the cross-entropy version from section 5",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    m = A1.shape[1]
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T / m
""",
        slip="added a 1/m that the slide's SSE does not have",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1
""",
        slip="forgot the transpose of A1",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)
    return -A1 @ delta.T
""",
        slip="multiplied in the other order: the transpose, shape (n_hidden, n_out)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    E2 = Y - helpers.sigmoid(Z2)
    return -(E2 * Z2 * (1 - Z2)) @ A1.T
""",
        slip="g' = Z2 (1 - Z2): applied the formula to z instead of sigma(z)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    E2 = Y - Y_hat
    return -(E2 * helpers.sigmoid_derivative(Y_hat)) @ A1.T
""",
        slip="g' evaluated at Y_hat = sigma(Z2) instead of at Z2",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return ((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="lost the leading minus",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(A1.T @ W2.T)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="Z computed samples-as-rows (m, n_out) but used against Y (n_out, m)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    Y -= Y_hat                       # E2, without a new array
    return -(Y * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="right numbers, but Y -= ... overwrites the caller's labels",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    delta = (Y - Y_hat) * Y_hat * (1 - Y_hat)
    return -np.sum(delta @ A1.T, axis=0)
""",
        slip="summed the result over the outputs: a 1-D array",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T / A1.shape[0]
""",
        slip="divides by A1.shape[0] (hidden units) thinking it is m",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -((Y - Y_hat) * Y_hat * (1 - Y)) @ A1.T
""",
        slip="typo (1 - Y) for (1 - Y_hat) in g'",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return -(Y - Y_hat) * Y_hat * (1 - Y_hat) * A1.T
""",
        slip="element-wise * for the last product instead of a matrix product",
    ),
    # ------------------------------------------------------------------------------ quiz
    # key: (1) y=1, y_hat=0.2: large, solid; (2) y=1, y_hat=0.8: small, solid;
    #      (3) y=0, y_hat=0.9: large, dotted
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=1, error="large", curve="solid")\n""",
        slip="English words, question 1",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=2, error="작다", curve="실선")\n""",
        slip="Korean words, question 2",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=3, error="(b)", curve="(b)")\n""",
        slip="the slide's letters, question 3",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=3, error="큽니다", curve="dashed")\n""",
        slip="polite form 큽니다 and 'dashed' (which the notebook counts as dotted)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=1, error="②", curve="①")\n""",
        slip="circled numbers for (b) and (a)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=2, error="ㄱ", curve="ㄱ")\n""",
        slip="Korean ㄱ for (a) in both parts",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=3, error="큰", curve="파선")\n""",
        slip="adjective form 큰 and 파선 (listed as dotted)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=2, error="작습니다", curve="(a)")\n""",
        slip="polite 작습니다 with the letter (a) for the curve",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = {"question": 3, "error": "large", "curve": "dotted"}\n""",
        slip="a dict literal instead of dict(...)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""q = 1
answer = dict(question=q, error="ㄴ", curve="실선")
""",
        slip="question number from a variable; ㄴ for (b)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=2, error="Small", curve="SOLID")\n""",
        slip="capitalised words (assumed: case does not change the one choice)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=1, error=" large ", curve="solid ")\n""",
        slip="stray spaces around the words (assumed ignored)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=3, error="ｌａｒｇｅ", curve="（ｂ）")\n""",
        slip=(
            "full-width letters and parentheses from a Korean IME left in full-width mode "
            "(assumed the same choice, as after NFKC normalisation)"
        ),
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code='answer = dict(question=1, error="\u110f\u1173\u1103\u1161", '
        'curve="\u1109\u1175\u11af\u1109\u1165\u11ab")\n',
        slip=(
            "크다 and 실선 pasted from a Mac in decomposed jamo (NFD); they look identical "
            "(assumed the same words)"
        ),
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=3, error="(b) 크다", curve="(b) 점선")\n""",
        slip="the slide's letter together with its own word, consistent (assumed one choice)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=1, error="b", curve="a")\n""",
        slip="bare letters without parentheses (assumed the slide's (b) and (a))",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=2, error="작은", curve="solid line")\n""",
        slip="'solid line' with the noun (assumed one choice: the solid curve)",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="small", curve="solid")\n""",
        slip="(1): thinks 0.2 is 'small', but -log 0.2 = 1.61 is a large error",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="large", curve="dotted")\n""",
        slip="(1): reads y_hat = 0.2 on the dotted curve; the label y = 1 selects the solid",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="large", curve="solid")\n""",
        slip="(3): picks the solid curve because y_hat = 0.9 is high; y = 0 means dotted",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="large", curve="solid")\n""",
        slip="(2): y_hat = 0.8 for y = 1 is a small error",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="small", curve="dotted")\n""",
        slip="(3): 0.9 'is close to 1' so small; but the label is 0",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="not small", curve="solid")\n""",
        slip="a negation, which the notebook says is not one choice",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="(a) or (b)", curve="(b)")\n""",
        slip="both options for the error",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="작지 않다", curve="실선")\n""",
        slip="Korean negation 'not small' (the notebook names it as not one choice)",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="small/large", curve="solid")\n""",
        slip="hedges with both words",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="크다", curve="실선 또는 점선")\n""",
        slip="both curves, 'solid or dotted'",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="lagre", curve="solid")\n""",
        slip="typo 'lagre' (not one of the accepted words)",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="large", curve="doted")\n""",
        slip="typo 'doted' (not one of the accepted words)",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error=1.61, curve="solid")\n""",
        slip="gives the error's value -log(0.2) = 1.61 instead of small / large",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=4, error="large", curve="dotted")\n""",
        slip="question 4 does not exist",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="solid", curve="large")\n""",
        slip="the two parts swapped",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="(a) 크다", curve="(a)")\n""",
        slip="contradictory: the letter (a) means 작다, the word says 크다",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="""answer = dict(question=3, error="big", curve="dotted")\n""",
        slip=(
            "relabelled (the check takes big for large, and the text now lists it): synonym 'big',"
            " not one of the accepted words (small / large)"
        ),
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="크다", curve="실선")\n""",
        slip="(2) in Korean with the wrong size",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="크다", curve="실선")\n""",
        slip="(3) in Korean with the solid curve",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="large", curve="solid")  # same as (1)?\n""",
        slip="copied question 1's answer to question 3",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="(c)", curve="(a)")\n""",
        slip="an option (c) that does not exist",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="(b)", curve="(a)")\n""",
        slip="(3): letter (a) = solid for the curve",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="ㄴ", curve="ㄱ")\n""",
        slip="(2): ㄴ = (b) = large",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="Large", curve="Solid")\n""",
        slip="capitalised and wrong: (2) is small",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error="large", curve="dashed")\n""",
        slip="dashed counts as dotted, which is wrong for y = 1",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=2, error="작다", curve="파선")\n""",
        slip="파선 counts as dotted, wrong for y = 1",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=1, error=True, curve="solid")\n""",
        slip="error=True ('yes, there is an error') instead of a choice",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="""answer = dict(question=3, error="작지 않다", curve="점선")\n""",
        slip="means 'large' but as a negation, which the notebook says is not one choice",
    ),
]
