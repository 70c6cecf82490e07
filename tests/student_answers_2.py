"""An independent corpus of learner answers for the exercise checks of the notebooks
"Logistic Regression 2" (로지스틱 회귀 2): corpus 2.

Each `Answer` is one learner's cell, exactly as typed, for one exercise, with the verdict the
check must give ("pass": the check must accept it; "fail": the check must refuse it) and one
line on what the learner did. The cell runs in a namespace that holds only `np` (numpy) and
`helpers`; a cell that relies on a variable an earlier notebook cell left behind sets it first,
as the kernel would have it. Data only: importing this module runs nothing.

Every verdict was established against an independent reference (long-double / mpmath
formulas of the specification) on dense inputs in the specified ranges, with warnings
recorded under np.errstate(all="warn", under="ignore").
"""

from .student_answers import Answer  # one record type for every corpus

ANSWERS: list[Answer] = [
    # ------------------------------------------------------------------ 01-1 my_sigmoid
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# Exercise 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z > 0, 1 / (1 + e), e / (1 + e))
""",
        slip="exp(-|z|) trick with np.where, strict z > 0 (both branches give 0.5 at 0): valid",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""# 연습문제 1
def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0          # 양수 쪽: 원래 공식
    neg = ~pos            # 음수 쪽: e^z / (1 + e^z)
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1 + ez)
    return out
""",
        slip="boolean masks, each formula evaluated only where it cannot overflow: valid",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.piecewise(
        z,
        [z >= 0, z < 0],
        [lambda t: 1 / (1 + np.exp(-t)), lambda t: np.exp(t) / (1 + np.exp(t))],
    )
""",
        slip="np.piecewise, which evaluates each branch only on its own elements: valid",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    # numerator e^min(z,0), denominator 1 + e^-|z|: both exponents <= 0
    return np.exp(np.minimum(z, 0)) / (1 + np.exp(-np.abs(z)))
""",
        slip="one-line form e^min(z,0) / (1 + e^-|z|), no branch at all: valid",
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""import math

def _sigma_scalar(t):
    if t >= 0:
        return 1 / (1 + math.exp(-t))
    e = math.exp(t)
    return e / (1 + e)

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.vectorize(_sigma_scalar)(z)
""",
        slip=(
            "scalar function with math.exp and an if, wrapped in np.vectorize (works for any "
            "shape): valid"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""import math

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    flat = [1 / (1 + math.exp(-t)) if t >= 0 else math.exp(t) / (1 + math.exp(t))
            for t in z.ravel()]
    return np.array(flat).reshape(z.shape)
""",
        slip=(
            "list comprehension with math.exp over z.ravel(), reshaped back (1-D and 2-D work): "
            "valid"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    # log sigma(z) = -log(1 + e^-z) = -logaddexp(0, -z)
    return np.exp(-np.logaddexp(0, -z))
""",
        slip=(
            "sigma as exp(-softplus(-z)) with np.logaddexp (exact 0.5 at 0, accurate to ~1e-13): "
            "valid"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="pass",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0,
                    1 / (1 + np.exp(-np.abs(z))),
                    np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
""",
        slip=(
            "verbose: recomputes np.exp(-np.abs(z)) in every place, never exp of a positive "
            "number: valid"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-z))
""",
        slip="the textbook formula as typed: np.exp(-z) overflows for z < -709.78 (RuntimeWarning)",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
""",
        slip="right branches, but np.where evaluates both everywhere: exp(-z) and exp(z) overflow",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(z) / (1 + np.exp(z)))
""",
        slip=(
            "abs only in the positive branch: the negative branch's exp(z) still overflows for z >"
            " 709.78"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))
""",
        slip="silences the overflow with np.errstate instead of avoiding it",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""import warnings

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return 1 / (1 + np.exp(-z))
""",
        slip=(
            "hides the RuntimeWarning with catch_warnings + simplefilter('ignore') inside the "
            "function"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""np.seterr(all="ignore")

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-z))
""",
        slip="turns NumPy's warnings off globally with np.seterr before the naive formula",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.clip(np.asarray(z, dtype=float), -500, 500)  # avoid overflow
    return 1 / (1 + np.exp(-z))
""",
        slip=(
            "clips z to [-500, 500]: no warning, but sigma(-600) becomes sigma(-500), wrong by "
            "e^100"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    z = np.clip(z, -709, 709)   # e^709 is still finite (section 3)
    return 1 / (1 + np.exp(-z))
""",
        slip=(
            "clips at -709 as section 3 suggests: below it returns sigma(-709) ~ 1e-308 instead of"
            " ~e^z (0 at -1000)"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * (1 + np.tanh(z / 2))
""",
        slip=(
            "tanh identity: no warning and 0.5 at 0, but 1 + tanh rounds to 0 for z < -38 "
            "(sigma(-40) = 4e-18 lost)"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    if z >= 0:
        return 1 / (1 + np.exp(-z))
    else:
        return np.exp(z) / (1 + np.exp(z))
""",
        slip=(
            "scalar if on an array (the text warns): ValueError, truth value of an array is "
            "ambiguous"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    s = 1 / (1 + np.exp(-np.abs(z)))      # sigma(|z|)
    return np.where(z >= 0, s, 1 - s)     # symmetry: sigma(-z) = 1 - sigma(z)
""",
        slip=(
            "uses the symmetry 1 - sigma(|z|) for negatives: cancellation, sigma(-40) comes out "
            "exactly 0"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1 / (1 + np.exp(-np.abs(z)))
""",
        slip=(
            "puts abs into the textbook formula: no overflow, but returns sigma(|z|) (0.88 at z = "
            "-2)"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), 1 / (1 + 1 / e))
""",
        slip=(
            "writes the negative branch as 1/(1 + 1/e): 1/e divides by zero (e = 0 at z = -1000) "
            "and overflows"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return helpers.sigmoid(z)
""",
        slip="returns the ready-made helpers.sigmoid",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""from scipy.special import expit

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return expit(z)
""",
        slip="ready-made scipy.special.expit",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""import math

def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.array([1 / (1 + math.exp(-t)) if t >= 0 else math.exp(t) / (1 + math.exp(t))
                     for t in z])
""",
        slip=(
            "math.exp in a comprehension over z: fine for 1-D, but a 2-D z yields rows and `t >= "
            "0` on a row raises"
        ),
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=np.float32)   # 메모리 절약
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        slip="stable formula but in float32: about 7 digits, far from the required 1e-12",
    ),
    Answer(
        exercise="01-1",
        verdict="fail",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    result = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
""",
        slip="computes the right array but forgets `return`: the function returns None",
    ),
    # ------------------------------------------------------ 01-2 my_sigmoid_derivative
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""# Exercise 2
def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * helpers.sigmoid(-z)
""",
        slip="sigma(z) sigma(-z), using 1 - sigma(z) = sigma(-z): valid",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""def my_sigmoid_derivative(z):
    # chain rule result before simplifying: e^-z / (1 + e^-z)^2
    return np.exp(-z) / (1 + np.exp(-z)) ** 2
""",
        slip="the unsimplified chain-rule form e^-z/(1+e^-z)^2 (no overflow for |z| <= 10): valid",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""def my_sigmoid_derivative(z):
    s = 1 / (1 + np.exp(-z))   # 시그모이드 직접 계산
    return s * (1 - s)
""",
        slip="own naive sigma (safe on [-10, 10]) times (1 - sigma): valid",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""import math

def my_sigmoid_derivative(z):
    out = []
    for t in z:
        s = 1 / (1 + math.exp(-t))
        out.append(s * (1 - s))
    return np.array(out)
""",
        slip="loop with math.exp over a 1-D array, collected into an array: valid",
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s - s ** 2
""",
        slip=(
            "expanded s - s^2 instead of s(1 - s) (cancellation stays below 1e-11 on [-10, 10]): "
            "valid"
        ),
    ),
    Answer(
        exercise="01-2",
        verdict="pass",
        code="""def my_sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


# Exercise 2
def my_sigmoid_derivative(z):
    return my_sigmoid(z) * (1 - my_sigmoid(z))
""",
        slip="reuses the learner's own stable my_sigmoid from exercise 1: valid",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return helpers.sigmoid_derivative(z)
""",
        slip="ready-made helpers.sigmoid_derivative",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    h = 1e-5
    return (helpers.sigmoid(z + h) - helpers.sigmoid(z - h)) / (2 * h)
""",
        slip=(
            "copies section 4's central difference: an approximation (relative error ~1e-7 at z = "
            "10)"
        ),
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    h = 1e-8
    return (helpers.sigmoid(z + h) - helpers.sigmoid(z)) / h
""",
        slip="forward difference with a tiny step: approximation, rounding error dominates",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return np.gradient(helpers.sigmoid(z), z)
""",
        slip=(
            "np.gradient over the sample points: a finite difference on the learner's grid, not "
            "sigma'"
        ),
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return s * (1 + s)
""",
        slip="sign slip: sigma(1 + sigma)",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * (1 - z)
""",
        slip="writes (1 - z) where the formula has (1 - sigma(z))",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return helpers.sigmoid(z) * (1 - helpers.sigmoid(-z))
""",
        slip="mixes the two identities: sigma(z)(1 - sigma(-z)) = sigma(z)^2",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    # sigma(z)(1 - sigma(z)) 를 sigma(1 - sigma(z)) 로 읽음
    return helpers.sigmoid(1 - helpers.sigmoid(z))
""",
        slip="reads sigma(1 - sigma) as sigma applied to (1 - sigma(z))",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return 1 - np.tanh(z) ** 2
""",
        slip="writes the derivative of tanh instead of sigma",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return np.exp(-z) / (1 + np.exp(-z))
""",
        slip="forgets the square in the chain-rule denominator: returns 1 - sigma(z)",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return -np.exp(-z) / (1 + np.exp(-z)) ** 2
""",
        slip="loses the inner derivative's minus: -(e^-z)/(1+e^-z)^2, negative slope",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return helpers.sigmoid(z)
""",
        slip="returns sigma itself instead of its derivative",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    return 4 * s * (1 - s)   # 최댓값이 1이 되도록
""",
        slip="rescales so the peak is 1: 4 sigma(1 - sigma)",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    return z * helpers.sigmoid(z) * (1 - helpers.sigmoid(z))
""",
        slip="adds a chain-rule factor z (confusing dz/dw = x with dz/dz = 1)",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""rng = np.random.default_rng(0)
z_random = np.sort(rng.normal(0.0, 5.0, size=1_000))
s = helpers.sigmoid(z_random)


def my_sigmoid_derivative(z):
    return s * (1 - s)
""",
        slip=(
            "uses the notebook's global s (sigma of section 3's z_random) instead of sigma of the "
            "argument"
        ),
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""import math

def my_sigmoid_derivative(z):
    s = 1 / (1 + math.exp(-z))
    return s * (1 - s)
""",
        slip="math.exp on a whole array: TypeError (only a scalar converts)",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z).astype(np.float32)
    return s * (1 - s)
""",
        slip="casts sigma to float32: about 1e-7 relative error, not 1e-10",
    ),
    Answer(
        exercise="01-2",
        verdict="fail",
        code="""def my_sigmoid_derivative(z):
    s = helpers.sigmoid(z)
    s * (1 - s)
""",
        slip="forgets `return`: returns None",
    ),
    # ---------------------------------------------------------------------- 01-3 w, b
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# Exercise 3
w = np.log(0.9 / 0.1)   # logit of 0.9
b = -2 * w
""",
        slip="w as the logit log(0.9/0.1) = ln 9, b = -2w: valid",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# 연습문제 3
w = 2.2    # 슬라이더로 찾은 값
b = -4.4
""",
        slip=(
            "slider values rounded to one decimal, b = -2w kept exactly: valid (sigma(2.2) = "
            "0.9002)"
        ),
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""w = 2.197
b = -4.394
""",
        slip="ln 9 rounded to three decimals, b = -2w: valid",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""import math
w = math.log(9)
b = -math.log(81)   # -2 ln 9 = -ln 81
""",
        slip="math.log, b written as -ln 81: valid",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""# 1 + e^(-w) = 1/0.9  ->  e^(-w) = 1/0.9 - 1
w = -np.log(1 / 0.9 - 1)
b = -2 * w
""",
        slip="solves 1 + e^-w = 1/0.9 step by step: valid",
    ),
    Answer(
        exercise="01-3",
        verdict="pass",
        code="""w, b = np.log(9), -2 * np.log(9)
""",
        slip="tuple assignment on one line: valid",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log(9)
b = 2 * w
""",
        slip="midpoint sign slip: b = +2w puts the midpoint at x = -2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = 2
b = -4
""",
        slip="integer slider guess: midpoint right, but sigma(2) = 0.881, not 0.9",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log(0.9)
b = -2 * w
""",
        slip="takes log of the probability 0.9 instead of the odds 9",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log(9)
b = -w / 2
""",
        slip="inverts the midpoint relation x = -b/w the wrong way: b = -w/2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = "2.197"
b = "-4.394"
""",
        slip="types the numbers as strings",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = [np.log(9)]
b = [-2 * np.log(9)]
""",
        slip="wraps each number in a list",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = 2.2
b = -4.39
""",
        slip="rounds w and b separately: 2w + b = 0.01, sigma = 0.5025 at x = 2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = 2.197
b = -4.4
""",
        slip="rounds b more coarsely than w: 2w + b = -0.006, sigma = 0.4985 at x = 2",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log10(9)
b = -2 * w
""",
        slip="log10 instead of the natural log",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = -2 * np.log(9)
b = np.log(9)
""",
        slip="swaps w and b",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log(9) / 3   # sigma(3w) = 0.9
b = 0
""",
        slip="ignores the midpoint condition and solves sigma(3w) = 0.9 with b = 0",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = ...
b = ...
""",
        slip="runs the check with the stub's Ellipsis left in",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log(9)
b = -2
""",
        slip="writes b = -2 (from x = 2) and forgets the factor w",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = 0.9
b = -1.8
""",
        slip="uses the target probability 0.9 itself as the weight",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = np.log(1 / 9)   # e^(-w) = 1/9
b = -2 * w
""",
        slip="drops the minus when solving e^-w = 1/9: w = ln(1/9) = -2.197",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = 9
b = -18
""",
        slip="reads e^-w = 1/9 as w = 9",
    ),
    Answer(
        exercise="01-3",
        verdict="fail",
        code="""w = None
b = None
""",
        slip="placeholders None instead of numbers",
    ),
    # -------------------------------------------------------------- 02-1 my_predict
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""# Exercise 1
def my_predict(W, X):
    return np.where(X @ W >= 0, 1, 0)
""",
        slip="np.where(z >= 0, 1, 0): valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    h = helpers.sigmoid(X @ W)
    return h >= 0.5
""",
        slip="thresholds h = sigma(z) at 1/2 and returns booleans: valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    return [1 if row @ W >= 0 else 0 for row in X]
""",
        slip="list comprehension over the rows, returns a Python list: valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    return np.heaviside(X @ W, 1)   # H(0) = 1: the boundary goes to class 1
""",
        slip="np.heaviside with value 1 at 0 (floats 0.0/1.0): valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    z = W @ X.T   # 슬라이드의 WX: 샘플이 행이므로 전치
    return (z >= 0).astype(int)
""",
        slip="slide's order WX written as W @ X.T: valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    return (helpers.hypothesis(W, X) >= 0.5).astype(int)
""",
        slip="h from helpers.hypothesis (not the ready-made classifier), thresholded at 1/2: valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    labels = []
    for i in range(X.shape[0]):
        z_i = X[i] @ W          # i번째 샘플의 z
        labels.append(1 if z_i >= 0 else 0)
    return np.array(labels)
""",
        slip="explicit loop over samples: valid",
    ),
    Answer(
        exercise="02-1",
        verdict="pass",
        code="""def my_predict(W, X):
    return np.vectorize(lambda t: int(t >= 0))(np.dot(X, W))
""",
        slip="np.dot then np.vectorize of a scalar rule: valid",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    z = X @ W
    return (z > 0).astype(int)
""",
        slip="strict > 0: points exactly on the boundary get 0 instead of 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return np.round(helpers.sigmoid(X @ W)).astype(int)
""",
        slip="rounds h: np.round(0.5) = 0 (round half to even), so boundary points get 0",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return np.sign(X @ W)
""",
        slip="np.sign: labels -1/0/1 instead of 0/1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return helpers.sigmoid(X @ W)
""",
        slip="returns the probabilities h instead of labels",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return (X @ W < 0).astype(int)
""",
        slip="inverted classes: 1 where z < 0",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    z = W @ X   # WX, as on the slide
    return (z >= 0).astype(int)
""",
        slip="slide's WX typed literally as W @ X: shape mismatch (X has one sample per row)",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return helpers.predict(W, X)
""",
        slip="ready-made helpers.predict",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    Xb = helpers.add_bias(X)
    return (Xb @ W >= 0).astype(int)
""",
        slip="adds the bias column again although X already has it: shape mismatch",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    z = X @ W
    if z >= 0:
        return 1
    else:
        return 0
""",
        slip="scalar if on the array z: ValueError",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""X, y = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X)
W = np.array([-3.0, 1.0, 1.0])
z = Xb @ W


# Exercise 1
def my_predict(W, X):
    return (z >= 0).astype(int)
""",
        slip="uses the notebook's global z (section 3's 60 points) instead of computing X @ W",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return (X @ W >= 0.5).astype(int)
""",
        slip="puts the threshold 1/2 on z instead of on h",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    z = X @ W
    on_boundary = np.isclose(z, 0)        # 부동소수점 오차 대비
    return (on_boundary | (z > 0)).astype(int)
""",
        slip="treats 'close to 0' as on the boundary: z = -1e-9 (atol 1e-8) gets label 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    z = np.round(X @ W, 6)
    return (z >= 0).astype(int)
""",
        slip="rounds z to 6 decimals first: z = -1e-9 becomes -0.0 and gets label 1",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return (X[:, 1:] @ W[1:] >= 0).astype(int)
""",
        slip="drops the bias term w0 (skips the first column and weight)",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return int(helpers.sigmoid(X @ W) >= 0.5)
""",
        slip="int() of a boolean array: TypeError for more than one sample",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return np.ceil(helpers.sigmoid(X @ W) - 0.5).astype(int)
""",
        slip="ceil(h - 1/2): ceil(0) = 0 puts boundary points in class 0",
    ),
    Answer(
        exercise="02-1",
        verdict="fail",
        code="""def my_predict(W, X):
    return ((np.sign(X @ W) + 1) // 2).astype(int)
""",
        slip="maps sign to 0/1 with (sign + 1) // 2: sign(0) = 0 gives 0 on the boundary",
    ),
    # ------------------------------------------------------------------ 02-2 W_line
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# Exercise 2
W_line = [-4, 1, 2]  # x1 + 2 x2 = 4
""",
        slip="integers, the line x1 + 2 x2 = 4: valid",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# 절편형: x1/4 + x2/2 = 1
W_line = (-1, 0.25, 0.5)
""",
        slip="intercept form x1/4 + x2/2 = 1 as a tuple: valid (a positive multiple)",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""W_line = np.array([-4.0, 1.0, 2.0]) * 3
""",
        slip="scaled by 3: valid",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""# w0 + 4 w1 = 0, w0 + 2 w2 = 0, w0 = -4
A = np.array([[1.0, 4.0, 0.0],
              [1.0, 0.0, 2.0],
              [1.0, 0.0, 0.0]])
W_line = np.linalg.solve(A, np.array([0.0, 0.0, -4.0]))
""",
        slip="solves the two boundary equations plus w0 = -4 with np.linalg.solve: valid",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""W = np.array([-4.0, 1.0, 2.0])
W_line = W / np.linalg.norm(W)
""",
        slip="normalises W to unit length (exactly, not rounded): valid",
    ),
    Answer(
        exercise="02-2",
        verdict="pass",
        code="""W_line = [-0.4, 0.1, 0.2]
""",
        slip="decimal multiple 0.1 * [-4, 1, 2]: valid",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [4, -1, -2]
""",
        slip="same line with the sides swapped: the origin is on the class-1 side",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-4, 2, 1]
""",
        slip="swaps w1 and w2: the line through (2, 0) and (0, 4)",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-1, 4, 2]   # 절편 4와 2를 그대로 가중치로
""",
        slip="uses the intercepts 4 and 2 themselves as w1 and w2",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [1, 2, -4]
""",
        slip="puts the bias last: [w1, w2, w0] order",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [0, 1, 2]
""",
        slip="forgets w0: the line x1 + 2 x2 = 0 through the origin",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""# x2 = -0.5 x1 + 2
W_line = [2, -0.5]
""",
        slip="gives slope-intercept form [intercept, slope] instead of three weights",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = "[-4, 1, 2]"
""",
        slip="the right weights typed as a string",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = ["-4", "1", "2"]
""",
        slip="a list of strings",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-0.87, 0.22, 0.44]
""",
        slip="the unit vector rounded to two decimals: no longer a multiple of [-4, 1, 2]",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [4, 1, 2]
""",
        slip="sign of w0 wrong: the line x1 + 2 x2 = -4",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-4, 1, 2, 0]
""",
        slip="four weights: an extra zero",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = ...  # [w0, w1, w2]
""",
        slip="stub left unchanged (Ellipsis)",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-4, -1, -2]
""",
        slip="all signs negative: the line x1 + 2 x2 = -4, nowhere near (4, 0)",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-4, 0.5, 1]
""",
        slip="halves w1 and w2 but not w0: the line through (8, 0) and (0, 4)",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [-3, 1, 1]
""",
        slip="copies the lecture's example W = [-3, 1, 1]",
    ),
    Answer(
        exercise="02-2",
        verdict="fail",
        code="""W_line = [0, 0, 0]
""",
        slip="all zeros: no boundary at all",
    ),
    # -------------------------------------------------------------- 02-3 W_radius_2
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""# Exercise 3
W_radius_2 = [-4, 1, 1]
""",
        slip="integers, x1^2 + x2^2 = 4: valid",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""W_radius_2 = [-1, 0.25, 0.25]   # x1^2/4 + x2^2/4 = 1
""",
        slip="divided by 4 (x^2/r^2 form): valid",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""r = 2
W_radius_2 = np.array([-r ** 2, 1.0, 1.0])
""",
        slip="builds w0 = -r^2 from a variable r: valid",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""W_radius_2 = (-2, 0.5, 0.5)
""",
        slip="half of [-4, 1, 1], as a tuple: valid",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""W_radius_2 = np.array([-4.0, 1.0, 1.0]) * 4
""",
        slip="scaled by 4: valid",
    ),
    Answer(
        exercise="02-3",
        verdict="pass",
        code="""W_radius_2 = [-(np.sqrt(2) ** 2) * 2, 1, 1]
""",
        slip="w0 computed through sqrt(2)^2 * 2 (rounds to 4 within 1e-15): valid",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-2, 1, 1]
""",
        slip="uses r instead of r^2: the circle of radius sqrt(2)",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [4, -1, -1]
""",
        slip="right circle, sides swapped: class 1 inside",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-1, 1, 1]
""",
        slip="copies the unit circle W_circle from section 4",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 2, 2]
""",
        slip="doubles w1 and w2 as well as changing w0: the radius is sqrt(2)",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-16, 1, 1]
""",
        slip="squares r^2 again: radius 4",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [4, 1, 1]
""",
        slip="sign of w0 wrong: x1^2 + x2^2 = -4 has no points, everything is class 1",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 1]
""",
        slip="only two weights",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [1, 1, -4]
""",
        slip="bias written last",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = "[-4, 1, 1]"
""",
        slip="typed as a string",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 1, 0]
""",
        slip="forgets the x2^2 weight: two vertical lines x1 = +-2",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 4, 1]
""",
        slip="w1 != w2: an ellipse with semi-axes 1 and 2",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 1, -1]
""",
        slip="opposite signs on the squared terms: a hyperbola",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 0.25, 0.25]
""",
        slip="divides w1 and w2 by r^2 but keeps w0 = -4: radius 4",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = np.array([-4, 1, 1]) * -1
""",
        slip="multiplies by -1 'to put class 1 outside': actually puts it inside",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [0, 1, 1]
""",
        slip="w0 = 0: the boundary shrinks to the origin",
    ),
    Answer(
        exercise="02-3",
        verdict="fail",
        code="""W_radius_2 = [-4, 1, 1, 1]
""",
        slip="an extra weight (four instead of three)",
    ),
    # ----------------------------------------------------------------- 03-1 my_cost
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""# Exercise 1
def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="-np.mean of the per-sample formula: valid",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""def my_cost(y, a):
    total = 0.0
    for i in range(len(y)):  # i = 0, ..., m - 1
        total += y[i] * np.log(a[i]) + (1 - y[i]) * np.log(1 - a[i])
    return -total / len(y)
""",
        slip="loop over the samples as in section 6, with m = len(y): valid",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""def my_cost(y, a):
    return -(y @ np.log(a) + (1 - y) @ np.log1p(-a)) / y.size
""",
        slip="dot products and log1p(-a): valid",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""def my_cost(y, a):
    # 레이블이 고르는 확률의 -log 평균
    return -np.mean(np.log(np.where(y == 1, a, 1 - a)))
""",
        slip="selects the probability of the true class with np.where: valid",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""def my_cost(y, a):
    m = y.shape
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
""",
        slip="m = y.shape (a tuple): the result is a 1-element array with the right value: valid",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log(a)) - np.mean((1 - y) * np.log(1 - a))
""",
        slip="splits J into two means (the mean is linear): valid",
    ),
    Answer(
        exercise="03-1",
        verdict="pass",
        code="""import math

def my_cost(y, a):
    return -sum(math.log(p) if t == 1 else math.log(1 - p) for t, p in zip(y, a)) / len(y)
""",
        slip="generator with math.log and the two cases of the slide: valid",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""x, y = helpers.make_1d_data(m=30, seed=0)
m = len(y)


# Exercise 1
def my_cost(y, a):
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
""",
        slip="divides by the notebook's global m = 30 instead of the length of the argument",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="forgets the leading minus: J comes out negative",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="sum without the 1/m",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    m = len(y)
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / (m + 1)
""",
        slip="follows the slide's sum from i = 0 to m and divides by m + 1",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log10(a) + (1 - y) * np.log10(1 - a))
""",
        slip="log10 instead of the natural log",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(a))
""",
        slip="copy-paste slip: log(a) in both terms",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return np.mean(0.5 * (y - a) ** 2)
""",
        slip="writes the MSE from section 1 instead of the cross entropy",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return helpers.cross_entropy(y, a)
""",
        slip="ready-made helpers.cross_entropy",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return np.mean(helpers.cross_entropy_terms(y, a))
""",
        slip="averages the ready-made helpers.cross_entropy_terms",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""from sklearn.metrics import log_loss

def my_cost(y, a):
    return log_loss(y, a)
""",
        slip="ready-made sklearn.metrics.log_loss",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(a * np.log(y) + (1 - a) * np.log(1 - y))
""",
        slip="swaps y and a inside the logs: log(0) of the labels, inf/nan with warnings",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="returns the per-sample errors, not their mean",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    m = len(y)
    total = 0
    for i in range(1, m):
        total += y[i] * np.log(a[i]) + (1 - y[i]) * np.log(1 - a[i])
    return -total / m
""",
        slip="loop from 1 (slide's i = 1, ..., m in Python): skips the first sample",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log(a)) + np.mean((1 - y) * np.log(1 - a))
""",
        slip="the minus distributed to the first term only",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    a = np.clip(a, 1e-3, 1 - 1e-3)   # log(0) 방지
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="clips a to [1e-3, 1 - 1e-3] 'to be safe': wrong for outputs nearer 0 or 1",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * (np.log(1) - np.log(a)))
""",
        slip="rewrites log(1 - a) as log(1) - log(a)",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a), axis=1)
""",
        slip="adds axis=1 on 1-D arrays: AxisError",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    return -np.mean(y * np.log(a) + (1 - y) * (1 - np.log(a)))
""",
        slip="misreads the second term as (1 - y)(1 - log a)",
    ),
    Answer(
        exercise="03-1",
        verdict="fail",
        code="""def my_cost(y, a):
    Y = helpers.one_hot(y, 2)
    return helpers.categorical_cross_entropy(Y, np.column_stack([1 - a, a]))
""",
        slip="goes through the ready-made helpers.categorical_cross_entropy",
    ),
    # ----------------------------------------------------- 03-2 my_cost_from_logits
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""# Exercise 2
def my_cost_from_logits(y, z):
    return np.mean(np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z)))
""",
        slip="np.logaddexp(0, +-z) as the softplus, selected by the label: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""def my_cost_from_logits(y, z):
    # y = 1: softplus(-z), y = 0: softplus(z)
    return helpers.softplus(np.where(y == 1, -z, z)).mean()
""",
        slip="flips the sign of z by the label, one softplus call: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""def softplus(t):
    return np.maximum(t, 0) + np.log1p(np.exp(-np.abs(t)))


def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip="own stable softplus max(t, 0) + log1p(e^-|t|), as in section 9: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""def my_cost_from_logits(y, z):
    return np.mean(helpers.softplus((1 - 2 * y) * z))
""",
        slip="(1 - 2y) z is -z for y = 1 and z for y = 0: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""import math

def my_cost_from_logits(y, z):
    total = 0.0
    for yi, zi in zip(y, z):
        t = -zi if yi == 1 else zi
        total += max(t, 0.0) + math.log1p(math.exp(-abs(t)))
    return total / len(y)
""",
        slip="scalar loop with the stable softplus written with math: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""def my_cost_from_logits(y, z):
    log_a = -np.logaddexp(0, -z)          # log sigma(z)
    log_1_minus_a = -np.logaddexp(0, z)   # log(1 - sigma(z))
    return -np.mean(y * log_a + (1 - y) * log_1_minus_a)
""",
        slip="writes log sigma(z) and log(1 - sigma(z)) from z, then the usual J: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="pass",
        code="""def my_cost_from_logits(y, z):
    return (helpers.softplus(-z) @ y + helpers.softplus(z) @ (1 - y)) / len(y)
""",
        slip="dot products with the labels instead of a mean: valid",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    a = helpers.sigmoid(z)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="computes sigma first and takes its log: log(0) for saturated z, inf/nan",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.mean(y * np.log(1 + np.exp(-z)) + (1 - y) * np.log(1 + np.exp(z)))
""",
        slip="softplus typed as log(1 + e^t): e^1000 overflows",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z)))
""",
        slip="log1p(e^t): precise for small terms, but e^1000 still overflows",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def softplus(t):
    return np.maximum(t, 0) + np.log(1 + np.exp(-np.abs(t)))


def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip=(
            "stable max + log(1 + e^-|t|) but log instead of log1p: J ~ 1e-17 of confident right "
            "answers comes out 0"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    # y softplus(-z) + (1 - y) softplus(z) = softplus(z) - y z
    return np.mean(helpers.softplus(z) - y * z)
""",
        slip=(
            "simplifies to softplus(z) - y z: cancellation, tiny J of confident right answers "
            "becomes 0"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(z) + (1 - y) * helpers.softplus(-z))
""",
        slip="swaps the signs: softplus(z) for y = 1",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.mean(helpers.softplus(-y * z))
""",
        slip=(
            "uses the +-1-label formula log(1 + e^(-yz)) with 0/1 labels: y = 0 always costs log 2"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return helpers.cross_entropy_from_logits(y, z)
""",
        slip="ready-made helpers.cross_entropy_from_logits",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.sum(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))
""",
        slip="sum instead of mean",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def softplus(t):
    return np.where(t > 0, t + np.log1p(np.exp(-t)), np.log1p(np.exp(t)))


def my_cost_from_logits(y, z):
    return np.mean(y * softplus(-z) + (1 - y) * softplus(z))
""",
        slip="softplus by cases with np.where: both branches run, e^-t overflows for t = -1000",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    with np.errstate(over="ignore", divide="ignore"):
        return np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z)))
""",
        slip="silences the overflow with np.errstate (and the result is inf)",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    z = np.clip(z, -30, 30)   # 오버플로 방지
    return np.mean(y * np.log1p(np.exp(-z)) + (1 - y) * np.log1p(np.exp(z)))
""",
        slip=(
            "clips z to [-30, 30]: no warning, but a confident mistake at z = -1000 costs 30, not "
            "1000"
        ),
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def my_cost_from_logits(y, z):
    a = my_sigmoid(z)
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="stable own sigma, then its log: sigma(40) rounds to 1 and log(1 - 1) = -inf",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return helpers.cross_entropy(y, helpers.sigmoid(z))
""",
        slip="ready-made cross entropy of sigma(z): clipped at 36.04 for saturated mistakes",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    m = len(y)
    return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)) / m
""",
        slip="divides by m twice (np.mean and / m)",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.mean(y * helpers.softplus(-z))
""",
        slip="keeps only the y = 1 term",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return np.mean(y * (max(-z, 0) + np.log1p(np.exp(-abs(z))))
                   + (1 - y) * (max(z, 0) + np.log1p(np.exp(-abs(z)))))
""",
        slip="Python's max on arrays instead of np.maximum: ValueError",
    ),
    Answer(
        exercise="03-2",
        verdict="fail",
        code="""def my_cost_from_logits(y, z):
    return -np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))
""",
        slip="keeps the minus of the log form in front of the softplus form: J negative",
    ),
    # ------------------------------------------------ 03-3 my_general_cross_entropy
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""# Exercise 3
def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat)) / len(Y)
""",
        slip="one total sum divided by the number of rows: valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""def my_general_cross_entropy(Y, Y_hat):
    # 정답 클래스의 확률만 남는다
    p_true = np.sum(Y * Y_hat, axis=1)
    return -np.mean(np.log(p_true))
""",
        slip="picks the true class's probability per row, then -mean(log): valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat[Y == 1]))
""",
        slip="boolean mask Y == 1 (one entry per row, in row order): valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.einsum("ik,ik->", Y, np.log(Y_hat)) / Y.shape[0]
""",
        slip="einsum over rows and classes, divided by m: valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""def my_general_cross_entropy(Y, Y_hat):
    rows = np.arange(len(Y))
    true_class = np.argmax(Y, axis=1)
    return -np.mean(np.log(Y_hat[rows, true_class]))
""",
        slip="fancy indexing with argmax of the one-hot rows: valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.trace(Y @ np.log(Y_hat).T) / len(Y)
""",
        slip="trace of Y log(Y_hat)^T (only the diagonal pairs a row with itself): valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""import math

def my_general_cross_entropy(Y, Y_hat):
    errors = []
    for row_y, row_p in zip(Y, Y_hat):
        errors.append(-sum(t * math.log(p) for t, p in zip(row_y, row_p)))
    return sum(errors) / len(errors)
""",
        slip="nested Python loops with math.log: valid",
    ),
    Answer(
        exercise="03-3",
        verdict="pass",
        code="""def my_general_cross_entropy(Y, Y_hat):
    K = Y.shape[1]
    return np.mean(-Y * np.log(Y_hat)) * K
""",
        slip="mean over all m*K entries times K, which is the mean over rows: valid",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    per_class = -np.sum(Y * np.log(Y_hat), axis=0)
    return np.mean(per_class)
""",
        slip="sums over axis=0 (the samples) and averages over the classes: divides by K, not m",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(Y * np.log(Y_hat))
""",
        slip="np.mean over every entry: divides by m*K instead of m",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return np.mean(np.sum(Y * np.log(Y_hat), axis=1))
""",
        slip="forgets the minus",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat))
""",
        slip="total over all samples, no mean",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    per_sample = -np.sum(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat), axis=1)
    return np.mean(per_sample)
""",
        slip="applies the binary formula to every class column: extra (1 - y) log(1 - y_hat) terms",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.sum(Y_hat * np.log(Y), axis=1))
""",
        slip="swaps Y and Y_hat: log of the one-hot zeros",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return helpers.categorical_cross_entropy(Y, Y_hat)
""",
        slip="ready-made helpers.categorical_cross_entropy",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    y, a = Y[:, 1], Y_hat[:, 1]
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
""",
        slip="binary cross entropy of column 1 only: right for K = 2, wrong for three classes",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat.max(axis=1)))
""",
        slip="uses the largest (predicted) probability instead of the true class's",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.sum(Y * np.log(Y_hat), axis=1)
""",
        slip="returns the per-sample errors (an array), not their mean",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(Y_hat) @ Y.T)
""",
        slip=(
            "matrix product gives an (m, m) table of every row against every label; its mean is "
            "wrong"
        ),
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.sum(Y * np.log2(Y_hat), axis=1))
""",
        slip="log2 instead of the natural log",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    per_sample = -np.sum(Y * np.log(Y_hat), axis=1)
    return np.mean(per_sample) / Y.shape[1]
""",
        slip="also divides by the number of classes K",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return helpers.cross_entropy(Y[:, 1], Y_hat[:, 1])
""",
        slip="ready-made binary helpers.cross_entropy on column 1 (and wrong for K > 2)",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    return -np.mean(np.log(np.sum(Y_hat, axis=1)))
""",
        slip="sums the probabilities instead of weighting by Y: log(1) = 0 always",
    ),
    Answer(
        exercise="03-3",
        verdict="fail",
        code="""def my_general_cross_entropy(Y, Y_hat):
    m, K = Y.shape
    total = 0.0
    for i in range(m):
        for k in range(1, K):      # 클래스 1부터
            total += Y[i, k] * np.log(Y_hat[i, k])
    return -total / m
""",
        slip="class loop starts at 1: samples of class 0 cost nothing",
    ),
    # ------------------------------------------------------------- 04-1 my_gradient
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""# Exercise 1
def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return X.T @ (y_hat - y) / len(y)
""",
        slip="(1/m) X^T (y_hat - y): the minus absorbed by flipping the difference: valid",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    m = len(y)
    y_hat = helpers.sigmoid(X @ W)
    grad = np.zeros(len(W))
    for i in range(m):                    # 샘플마다 (y - y_hat) x 를 더함
        grad += (y[i] - y_hat[i]) * X[i]
    return -grad / m
""",
        slip="loop over the samples as in section 3: valid",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    error = helpers.sigmoid(X @ W) - y
    return np.mean(error[:, np.newaxis] * X, axis=0)
""",
        slip="broadcast (y_hat - y) x_j per sample, mean over axis 0: valid",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    y_hat = 1 / (1 + np.exp(-(X @ W)))   # own sigma
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="own naive sigma (fine for the |z| <= 30 the exercise uses): valid",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    return np.einsum("ij,i->j", X, helpers.sigmoid(X @ W) - y) / X.shape[0]
""",
        slip="einsum: valid",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    z = W @ X.T                       # slide's WX
    y_hat = helpers.sigmoid(z)
    return -(y - y_hat) @ X / X.shape[0]
""",
        slip="slide's order W @ X.T, then (y - y_hat) @ X: valid",
    ),
    Answer(
        exercise="04-1",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    m, n1 = X.shape
    y_hat = helpers.hypothesis(W, X)
    grad = np.zeros(n1)
    for j in range(n1):
        grad[j] = -np.sum((y - y_hat) * X[:, j]) / m   # dJ/dw_j
    return grad
""",
        slip=(
            "one partial derivative per weight in a loop, y_hat from helpers.hypothesis (step 8's "
            "cell): valid"
        ),
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""n_hidden, n_out, m = 3, 2, 5


def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -1 / m * (y - y_hat) @ X
""",
        slip=(
            "copies step 8's line with the global m (5, left by section 5's cell) instead of len(y)"
        ),
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""y_hat = helpers.sigmoid(1.5 * 0.5 - 2.0 * 0.6)   # left by the loop in section 5


def my_gradient(W, X, y):
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="forgets to compute y_hat: the notebook's global y_hat (a single number) is used",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(W @ X)   # WX
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="slide's WX typed as W @ X: shape mismatch",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = X @ W
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="forgets the sigmoid: linear regression's gradient",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ ((y - y_hat) * y_hat * (1 - y_hat))) / len(y)
""",
        slip="keeps the sigma'(z) factor: the squared error's gradient, not the cross entropy's",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return X.T @ (y - y_hat) / len(y)
""",
        slip="drops the leading minus: points uphill",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat))
""",
        slip="forgets the 1/m",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / X.shape[1]
""",
        slip="divides by X.shape[1] (the number of weights) instead of the number of samples",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return np.mean((y_hat - y)[:, np.newaxis] * X, axis=1)
""",
        slip="averages over axis 1 (the weights): one number per sample",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat).reshape(-1, 1)) / len(y)
""",
        slip="reshapes the error to a column: returns shape (n+1, 1) instead of (n+1,)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    return helpers.gradient(W, X, y)
""",
        slip="ready-made helpers.gradient",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    def J(V):
        return helpers.cross_entropy_from_logits(y, X @ V)
    return helpers.numerical_gradient(J, W)
""",
        slip="finite differences with helpers.numerical_gradient",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X @ (y - y_hat)) / len(y)
""",
        slip="X instead of X.T: shape mismatch",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -np.sum(X.T * (y - y_hat)) / len(y)
""",
        slip="sums over everything: one number instead of one per weight",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    G = helpers.output_layer_gradient(W[np.newaxis, :], X.T, y[np.newaxis, :], cost="cross_entropy")
    return G[0]
""",
        slip="section 5's ready-made helpers.output_layer_gradient with no hidden layer",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid_derivative(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)
""",
        slip="confuses sigma and sigma': y_hat = sigma'(z)",
    ),
    Answer(
        exercise="04-1",
        verdict="fail",
        code="""X, y = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X)


def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(Xb @ W)
    return -(Xb.T @ (y - y_hat)) / len(y)
""",
        slip="uses the notebook's global Xb (section 4's 60 points) instead of the argument X",
    ),
    # ----------------------------------------------------------------- 04-2 my_step
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""# Exercise 2
def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W + learning_rate * X.T @ (y - y_hat) / len(y)
""",
        slip="the update rule as written, w + eta (1/m) X^T (y - y_hat): valid",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -(X.T @ (y - y_hat)) / len(y)


# Exercise 2
def my_step(W, X, y, learning_rate):
    return W - learning_rate * my_gradient(W, X, y)
""",
        slip="reuses the learner's own correct my_gradient from exercise 1: valid",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""def my_step(W, X, y, learning_rate):
    W_new = W.astype(float)      # astype makes a new array
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        slip="copies W first (astype returns a new array), then updates the copy in place: valid",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""def my_step(W, X, y, learning_rate):
    W = np.array(W, dtype=float)   # np.array 는 복사본을 만든다
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="np.array(W, dtype=float) makes a copy, so the in-place update is safe: valid",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""def my_step(W, X, y, learning_rate):
    m = len(y)
    y_hat = helpers.sigmoid(X @ W)        # one y_hat for all weights
    new_W = np.zeros_like(W, dtype=float)
    for j in range(len(W)):
        new_W[j] = W[j] + learning_rate * np.sum((y - y_hat) * X[:, j]) / m
    return new_W
""",
        slip="per-weight loop with y_hat computed once (a simultaneous update): valid",
    ),
    Answer(
        exercise="04-2",
        verdict="pass",
        code="""def my_step(W, X, y, learning_rate):
    W = W - learning_rate * helpers.gradient(W, X, y)   # 새 배열에 다시 묶음
    return W
""",
        slip="rebinds the local name W to a new array (no in-place change): valid",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""X, y = helpers.make_linear_data(m=60, seed=0)
Xb = helpers.add_bias(X)
L = helpers.going_further.lipschitz_constant(Xb)
for factor in (0.2, 1.0, 2.0, 10.0):
    eta = factor / L


def my_step(W, X, y, learning_rate):
    return W - eta * helpers.gradient(W, X, y)
""",
        slip=(
            "uses the notebook's global eta (10/L, left by the learning-rate loop) instead of "
            "learning_rate"
        ),
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    W -= learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="updates the caller's W in place with -=",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    W_new = W            # "copy"
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        slip="W_new = W is an alias, not a copy: the caller's W changes",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    W_new = np.asarray(W, dtype=float)
    W_new -= learning_rate * helpers.gradient(W, X, y)
    return W_new
""",
        slip="np.asarray does not copy a float array: the in-place update changes the caller's W",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    W[:] = W - learning_rate * helpers.gradient(W, X, y)
    return W
""",
        slip="slice assignment W[:] = ... writes into the caller's array",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return W + learning_rate * helpers.gradient(W, X, y)
""",
        slip="adds the gradient: gradient ascent",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    return W - learning_rate * X.T @ (y - y_hat) / len(y)
""",
        slip=(
            "subtracts eta (1/m) X^T (y - y_hat): mixes the two forms and loses the gradient's "
            "minus"
        ),
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    result = helpers.fit(X, y, learning_rate=learning_rate, epochs=1, W0=W)
    return result.W
""",
        slip="one epoch of the ready-made helpers.fit",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return helpers.gradient(W, X, y)
""",
        slip="returns the gradient, not the new weights",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return -learning_rate * helpers.gradient(W, X, y)
""",
        slip="returns the step -eta * gradient, forgetting to add it to W",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return W - learning_rate * helpers.gradient(W, X, y) / len(y)
""",
        slip="divides by m again although helpers.gradient already has the 1/m",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    W_new = np.array(W, dtype=float)
    m = len(y)
    for j in range(len(W_new)):
        y_hat = helpers.sigmoid(X @ W_new)     # 갱신된 가중치로 다시 계산
        W_new[j] += learning_rate * np.sum((y - y_hat) * X[:, j]) / m
    return W_new
""",
        slip=(
            "updates one weight at a time and recomputes y_hat with the already-updated weights "
            "(not simultaneous)"
        ),
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return learning_rate * W - helpers.gradient(W, X, y)
""",
        slip="multiplies W by the learning rate instead of the gradient",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""n_hidden, n_out, m = 3, 2, 5


def my_gradient(W, X, y):
    y_hat = helpers.sigmoid(X @ W)
    return -1 / m * (y - y_hat) @ X


def my_step(W, X, y, learning_rate):
    return W - learning_rate * my_gradient(W, X, y)
""",
        slip="reuses a my_gradient that divides by the global m = 5",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return W - 0.5 * helpers.gradient(W, X, y)
""",
        slip="hard-codes helpers.fit's default learning rate 0.5",
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    y_hat = helpers.sigmoid(X @ W)
    grad = X.T @ ((y_hat - y) * y_hat * (1 - y_hat)) / len(y)
    return W - learning_rate * grad
""",
        slip=(
            "steps along the squared error's gradient (with sigma') instead of the cross entropy's"
        ),
    ),
    Answer(
        exercise="04-2",
        verdict="fail",
        code="""def my_step(W, X, y, learning_rate):
    return np.subtract(W, learning_rate * helpers.gradient(W, X, y), out=W)
""",
        slip="np.subtract with out=W writes the result into the caller's W",
    ),
    # ------------------------------------------------------------- 04-3 my_delta_w2
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""# Exercise 3
def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    E2 = Y - helpers.sigmoid(Z2)
    return -(E2 * helpers.sigmoid_derivative(Z2)) @ A1.T
""",
        slip="g'(Z2) from helpers.sigmoid_derivative: valid",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""def my_delta_w2(W2, A1, Y):
    Y_hat = helpers.sigmoid(W2 @ A1)
    return ((Y_hat - Y) * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="(Y_hat - Y) absorbs the minus: valid",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    g = Y_hat * (1 - Y_hat)
    return -E2 * g @ A1.T
""",
        slip="no brackets: * and @ bind equally, left to right, so (-E2 * g) @ A1.T: valid",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    g = Y_hat * helpers.sigmoid(-Z2)    # 1 - sigma(z) = sigma(-z)
    return -np.einsum("km,km,jm->kj", E2, g, A1)
""",
        slip="einsum summing over the samples, g' as sigma(z) sigma(-z): valid",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""import math

def my_delta_w2(W2, A1, Y):
    n_out, n_hidden = W2.shape
    m = A1.shape[1]
    delta = np.zeros((n_out, n_hidden))
    for k in range(n_out):
        for i in range(m):
            z = sum(W2[k, j] * A1[j, i] for j in range(n_hidden))
            y_hat = 1 / (1 + math.exp(-z))
            g = y_hat * (1 - y_hat)
            for j in range(n_hidden):
                delta[k, j] += -(Y[k, i] - y_hat) * g * A1[j, i]
    return delta
""",
        slip="the slide's per-weight formula with explicit loops over k, i, j: valid",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""def my_delta_w2(W2, A1, Y):
    # 샘플을 행으로 두고 계산한 뒤 전치
    Z = A1.T @ W2.T                  # (m, n_out)
    Y_hat = helpers.sigmoid(Z)
    E = Y.T - Y_hat
    return (-(E * Y_hat * (1 - Y_hat))).T @ A1.T
""",
        slip="works with samples as rows (transposing Y too) and transposes back: valid",
    ),
    Answer(
        exercise="04-3",
        verdict="pass",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    delta = -(Y - Y_hat) * Y_hat * (1 - Y_hat)      # (n_out, m)
    return sum(np.outer(delta[:, i], A1[:, i]) for i in range(A1.shape[1]))
""",
        slip="sum over samples of outer products: valid",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    m = A1.shape[1]
    E2 = Y - helpers.sigmoid(W2 @ A1)
    return -(E2 @ A1.T) / m
""",
        slip="writes the cross-entropy version -(1/m) E A1^T (no g', with 1/m)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -(E2 * Y_hat * (1 - Y_hat)) @ A1.T / A1.shape[1]
""",
        slip="adds a 1/m the slide's squared error does not have",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return (E2 * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="drops the leading minus",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y_hat - Y             # 오차
    return -(E2 * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="defines the error as Y_hat - Y and keeps the minus: sign flipped",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -(E2 * Y_hat * (1 - Y_hat)) @ A1
""",
        slip="forgets the transpose of A1: shape mismatch",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = A1.T @ W2.T            # samples as rows, as elsewhere in the series
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -((E2 * Y_hat * (1 - Y_hat)).T @ A1.T)
""",
        slip="switches to samples-as-rows for Z2 but not for Y: (n_out, m) minus (m, n_out)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -(E2 * helpers.sigmoid_derivative(Y_hat)) @ A1.T
""",
        slip="applies g' to the output Y_hat instead of to Z2",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    E2 = Y - helpers.sigmoid(Z2)
    g = Z2 * (1 - Z2)          # g' = sigma(1 - sigma)?
    return -(E2 * g) @ A1.T
""",
        slip="g' written as Z(1 - Z) instead of sigma(Z)(1 - sigma(Z))",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    return helpers.output_layer_gradient(W2, A1, Y, cost="sse")
""",
        slip="ready-made helpers.output_layer_gradient",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""rng = np.random.default_rng(7)
n_hidden, n_out, m = 3, 2, 5
A1 = helpers.sigmoid(rng.normal(0.0, 2.0, size=(n_hidden, m)))
W2 = rng.normal(0.0, 1.0, size=(n_out, n_hidden))
Y = np.array([[0.0, 1.0, 1.0, 0.0, 1.0], [1.0, 0.0, 1.0, 1.0, 0.0]])
Z2 = W2 @ A1
Y_hat = helpers.sigmoid(Z2)
E2 = Y - Y_hat
delta_sse = -(E2 * helpers.sigmoid_derivative(Z2)) @ A1.T


def my_delta_w2(W2, A1, Y):
    return delta_sse
""",
        slip="returns section 5's global delta_sse, computed for the notebook's own arrays",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -0.5 * (E2 * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="keeps the 1/2 of the squared error in the derivative",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    E2 = Y - Z2                 # output without the sigmoid
    return -(E2 * helpers.sigmoid_derivative(Z2)) @ A1.T
""",
        slip="forgets the sigmoid in the output: E2 = Y - Z2",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    delta = -(Y - Y_hat) * Y_hat * (1 - Y_hat)
    return delta.sum(axis=1, keepdims=True) * A1.sum(axis=1)
""",
        slip="sums delta and a_j over the samples separately, then multiplies the sums",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2.T @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -(E2 * Y_hat * (1 - Y_hat)) @ A1.T
""",
        slip="transposes W2 (reading w_jk as W2[j, k]): shape mismatch",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    return -(E2 * Y_hat * (1 - Y)) @ A1.T
""",
        slip="typo in g': Y_hat (1 - Y) instead of Y_hat (1 - Y_hat)",
    ),
    Answer(
        exercise="04-3",
        verdict="fail",
        code="""def my_delta_w2(W2, A1, Y):
    Z2 = W2 @ A1
    Y_hat = helpers.sigmoid(Z2)
    E2 = Y - Y_hat
    g = Y_hat * (1 - Y_hat)
    return -E2 @ A1.T * g
""",
        slip="multiplies by g' after the matrix product: (n_out, n_hidden) times (n_out, m)",
    ),
    # ---------------------------------------------------------------------- quiz
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='large', curve='solid')\n",
        slip="plain English words",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='small', curve='solid')\n",
        slip="plain English words",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='large', curve='dotted')\n",
        slip="plain English words",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='크다', curve='실선')\n",
        slip="the Korean words of the slide",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='작다', curve='실선')\n",
        slip="the Korean words of the slide",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='크다', curve='점선')\n",
        slip="the Korean words of the slide",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='(b)', curve='(a)')\n",
        slip="option letters in brackets, as on the slide",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='b', curve='b')\n",
        slip="bare option letters",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='①', curve='①')\n",
        slip="circled option numbers",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='②', curve='②')\n",
        slip="circled option numbers",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='ㄴ', curve='ㄱ')\n",
        slip="Korean option letters",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='(b) 크다', curve='(a) 실선')\n",
        slip="option letter and word together, agreeing",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='크다 (b)', curve='점선 (b)')\n",
        slip="word first, then the agreeing letter",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='오차가 작다', curve='실선입니다')\n",
        slip="filler words around the answer",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='The error is large.', curve='the solid line')\n",
        slip="an English sentence with filler words",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='BIG', curve='Dashed')\n",
        slip="synonyms, capitals",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='little', curve='Solid curve')\n",
        slip="synonym 'little', 'curve' as filler",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='큽니다', curve='파선입니다')\n",
        slip="polite forms, 파선 for the dotted line",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='작아요', curve='ㄱ')\n",
        slip="informal polite form; Korean option letter",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='（ｂ）', curve='（ａ）')\n",
        slip="full-width brackets and letters (Korean IME)",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='커요', curve='dots')\n",
        slip="informal form; 'dots' for the dotted curve",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='작음', curve='(a)')\n",
        slip="noun-like ending 작음",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='큰 오차', curve='실선 곡선')\n",
        slip="adjective form with filler nouns",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=3, error='정답: (b) 크다!', curve='답: 점선')\n",
        slip="answer labels and punctuation",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=2, error='  Small  ', curve='SOLID')\n",
        slip="stray spaces and capitals",
    ),
    Answer(
        exercise="quiz",
        verdict="pass",
        code="answer = dict(question=1, error='b) large', curve='a) solid')\n",
        slip="letter with one bracket and the agreeing word",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='small', curve='solid')\n",
        slip="reads y_hat = 0.2 as a small number, so a small error",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error='large', curve='solid')\n",
        slip="wrong size: y_hat = 0.8 for y = 1 is a small error",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=3, error='large', curve='solid')\n",
        slip="picks the curve by y_hat (0.9 near 1) instead of by the label y = 0",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=3, error='small', curve='dotted')\n",
        slip="thinks y_hat = 0.9 is close, so the error is small",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='크다', curve='점선')\n",
        slip="right size, wrong curve",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='(a)', curve='(a)')\n",
        slip="option (a) for both parts: the size is wrong",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error='not large', curve='solid')\n",
        slip="negation 'not large' instead of the word",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error='크지 않다', curve='실선')\n",
        slip="negation 크지 않다",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='안 작다', curve='실선')\n",
        slip="negation 안 작다",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=3, error='크다', curve='실선 아님')\n",
        slip="negation on the curve: 실선 아님",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error='small', curve='not dotted')\n",
        slip="negation 'not dotted' for the solid curve",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='large or small', curve='solid')\n",
        slip="hedges with 'or'",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=3, error='크다 또는 작다', curve='점선')\n",
        slip="hedges with 또는",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error='작다', curve='실선 혹은 점선')\n",
        slip="hedges with 혹은 on the curve",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='(a)(b)', curve='(a)')\n",
        slip="ticks both options",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=3, error='big', curve='solid dotted')\n",
        slip="both curves named",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='medium', curve='solid')\n",
        slip="a word that is not an option",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error=1.61, curve='solid')\n",
        slip="the number -log(0.2) instead of small/large",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error=2, curve=1)\n",
        slip="option numbers as integers",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error=None, curve='solid')\n",
        slip="size left as None",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='solid', curve='large')\n",
        slip="the two parts swapped",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='(a) 크다', curve='실선')\n",
        slip="letter and word disagree: (a) is small",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=3, error='크다', curve='')\n",
        slip="curve left as an empty string",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='(c)', curve='(a)')\n",
        slip="an option that does not exist",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='크다, 실선', curve='실선')\n",
        slip="both answers typed into the size field",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=2, error='smal', curve='solid')\n",
        slip="typo 'smal'",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='크다고 생각합니다', curve='실선')\n",
        slip="extra words: 'I think it is large'",
    ),
    Answer(
        exercise="quiz",
        verdict="fail",
        code="answer = dict(question=1, error='ＬＡＲＧＥ', curve='ｄｏｔｔｅｄ')\n",
        slip="full-width, right size, wrong curve",
    ),
]
