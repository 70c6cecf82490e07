"""Every public function of `helpers` gets every kind of bad input, and answers it clearly.

The public surface is discovered, not listed: ``helpers.__all__`` (which holds
``set_language``) and ``helpers.going_further.__all__``. (The exercise checks,
``helpers.checks.<topic>.__all__``, are public too; their rule is the opposite one, never
raise, and their own tests walk them.) The table `TABLE` says only what discovery cannot know:
what kind of value each parameter takes, a valid value, and the range it accepts. A public name
without an entry fails `test_the_table_is_the_public_surface` and its own walk, saying so.

The rules (issue 15), one test per public function:

- a bad argument gets a ``TypeError`` (not a number, wrong type) or a ``ValueError`` (wrong
  shape, value, range, NaN or inf) whose message names the parameter in backticks;
- nothing is silent: a valid argument, in any of its forms (a list, ints, None for a default),
  gives a finite result; no warning escapes (pytest turns warnings into errors);
- the range rule (``helpers/_validation.py``): an array that enters a product is accepted up to
  its limit in size (1e50; less where a figure or a square needs it) and refused just beyond it,
  with a ``ValueError`` that names it. σ, σ' and softplus take every input, NaN and ±inf too.

Each walk tries all of a function's bad inputs and reports every failure at once.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pytest

import helpers
from helpers import going_further

#: The supported range (helpers/_validation.py): an array that enters a product holds values up
#: to 1e50 in size. Written out, not imported: the test holds helpers to the documented number.
LIMIT = 1e50


# ----------------------------------------------------------------------------- discovery
def public_surface() -> dict[str, object]:
    """{name: object} for every public name: ``helpers.<name>`` and ``going_further.<name>``."""
    surface = {name: getattr(helpers, name) for name in helpers.__all__}
    for name in going_further.__all__:
        surface[f"going_further.{name}"] = getattr(going_further, name)
    return surface


SURFACE = public_surface()
CALLABLES = sorted(name for name, obj in SURFACE.items() if callable(obj))

# ----------------------------------------------------------------------------- valid data
X_RAW = np.array([[0.5, 1.0], [1.0, 2.5], [2.0, 0.5], [2.5, 2.0], [1.5, 1.5], [0.2, 2.8]])
Y6 = np.array([0.0, 1.0, 0.0, 1.0, 1.0, 0.0])
XB = helpers.add_bias(X_RAW)
W3 = np.array([-3.0, 1.0, 1.0])
X1 = np.array([1.0, 3.0, 4.0, 6.0, 7.0, 9.0])
A1 = np.array([[0.2, 0.5, 0.9], [0.1, 0.4, 0.3]])
W2 = np.array([[0.5, -1.0]])
Y13 = np.array([[1.0, 0.0, 1.0]])
P3 = np.array([[0.2, 0.3, 0.5], [0.1, 0.6, 0.3]])
ONE_HOT3 = np.array([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])


def _fit():
    return helpers.fit(XB, Y6, epochs=4)


# ----------------------------------------------------------------------------- the table
@dataclass(frozen=True)
class Arg:
    """How to feed one parameter.

    ``kind``: "array" (real values that enter a product), "labels" (0/1, one-hot rows too),
    "classes" (class numbers), "probabilities", "number", "int", "choice", "flag", "epochs"
    (a list of them), "object" (a result of helpers), "function". ``valid``: a valid value (for
    "object", a function that makes one). ``low``/``high``: the accepted range of a number or
    an int; ``limit``: the largest size an array accepts (None: any). ``none``: what None is
    here: an error (None), a default that works ("default"), or half of an (x, y) pair whose
    other half must be None too ("pair"). ``nan_ok``: NaN and ±inf are valid input.
    ``any_shape``: an extra axis or one number is valid; ``empty_ok``: so is no value at all.
    ``extra``: bad values only this parameter has, as (label, value, error) rows.
    """

    kind: str
    valid: object
    low: float | None = None
    high: float | None = None
    limit: float | None = LIMIT
    none: str | None = None
    nan_ok: bool = False
    any_shape: bool = False
    empty_ok: bool = False
    extra: tuple = ()

    def value(self):
        return self.valid() if self.kind == "object" else self.valid


def arr(valid, kind="array", **options) -> Arg:
    return Arg(kind, np.asarray(valid, dtype=float), **options)


def labels(valid, **options) -> Arg:
    return arr(valid, "labels", limit=None, **options)


def probabilities(valid, **options) -> Arg:
    return arr(valid, "probabilities", limit=None, **options)


def num(valid, low, high, **options) -> Arg:
    return Arg("number", valid, low, high, **options)


def integer(valid, low, high, **options) -> Arg:
    return Arg("int", valid, low, high, **options)


def choice(valid) -> Arg:
    return Arg("choice", valid)


def flag(valid) -> Arg:
    return Arg("flag", valid)


def obj(make, *extra) -> Arg:
    return Arg("object", make, extra=extra)


#: A public constant: nothing to call (its value is tested with the module that defines it).
CONSTANT = "constant"
#: σ, σ' and softplus: every real input, any shape.
EVERY_INPUT = {"limit": None, "nan_ok": True, "any_shape": True, "empty_ok": True}
#: The x of the 1-D figures: the window [x.min() - 1, x.max() + 1] must lie within ±1e6.
FIGURE_X = 1e6 - 1.0

TABLE: dict[str, dict[str, Arg] | str] = {
    # logistic
    "sigmoid": {"z": arr([0.5, -1.0], **EVERY_INPUT)},
    "sigmoid_derivative": {"z": arr([0.5, -1.0], **EVERY_INPUT)},
    "add_bias": {"X": arr(X_RAW)},
    "hypothesis": {
        "W": arr(W3, extra=(("too_long", [1.0, 2.0, 3.0, 4.0], ValueError),)),
        "X": arr(XB),
    },
    "linear_hypothesis": {"W": arr(W3), "X": arr(XB, extra=(("no_bias", X_RAW, ValueError),))},
    # boundary
    "decision_boundary": {
        "W": arr(W3, extra=(("w2_zero", [-3.0, 1.0, 0.0], ValueError),)),
        "x1": arr([0.5, 2.0], any_shape=True, empty_ok=True),
    },
    "ellipse_axes": {
        "W": arr([-1.0, 1.0, 2.0], extra=(("hyperbola", [-1.0, 1.0, -1.0], ValueError),))
    },
    "predict": {"W": arr(W3), "X": arr(XB)},
    "square_features": {"X": arr(X_RAW, limit=1e25)},  # its squares stay within LIMIT
    # costs
    "QUIZ": CONSTANT,
    "sse": {
        "y": arr(Y6),
        "y_hat": arr(Y6 * 0.5 + 0.2, extra=(("one_short", Y6[:-1], ValueError),)),
    },
    "mse": {
        "y": arr(Y6),
        "y_hat": arr(Y6 * 0.5 + 0.2, extra=(("one_short", Y6[:-1], ValueError),)),
    },
    "cross_entropy": {"y": labels(Y6), "y_hat": probabilities(Y6 * 0.5 + 0.2)},
    "cross_entropy_terms": {"y": labels(Y6), "y_hat": probabilities(Y6 * 0.5 + 0.2)},
    "cross_entropy_from_logits": {"y": labels(Y6), "z": arr(Y6 - 0.4, limit=None)},
    "softplus": {"t": arr([0.5, -2.0], **EVERY_INPUT)},
    "one_hot": {
        "labels": arr([0.0, 2.0, 1.0], "classes", limit=None),
        "num_classes": integer(3, 2, 100),
    },
    "categorical_cross_entropy": {"Y": labels(ONE_HOT3), "Y_hat": probabilities(P3)},
    "mse_of_weights": {"W": arr(W3), "X": arr(XB), "y": labels(Y6), "model": choice("linear")},
    "cross_entropy_of_weights": {"W": arr(W3), "X": arr(XB), "y": labels(Y6)},
    # data
    "make_1d_data": {"m": integer(6, 2, 100_000), "seed": integer(1, 0, 2**63 - 1)},
    "make_linear_data": {"m": integer(6, 2, 100_000), "seed": integer(1, 0, 2**63 - 1)},
    "make_circle_data": {"m": integer(6, 2, 100_000), "seed": integer(1, 0, 2**63 - 1)},
    # training
    "gradient": {"W": arr(W3), "X": arr(XB), "y": labels(Y6)},
    "numerical_gradient": {
        "cost": Arg("function", lambda W: float(np.sum(np.tanh(W)))),
        "W": arr(W3, any_shape=True),
        "eps": num(1e-5, 1e-100, 1.0),
    },
    "relative_error": {"a": arr([1.0, 2.0]), "b": arr([1.0, 2.5])},
    "fit": {
        "X": arr(XB),
        "y": labels(Y6),
        "learning_rate": num(0.5, 0.0, LIMIT, extra=(("zero", 0.0, ValueError),)),
        "epochs": integer(4, 0, 100_000),
        "W0": arr(W3 / 10, none="default", extra=(("too_long", [0.0] * 4, ValueError),)),
        "tol": num(1e-8, 0.0, LIMIT),
    },
    "race": {"epochs": integer(3, 0, 100_000), "learning_rate": num(2.0, 0.0, 100.0)},
    "compare": {
        "previous": arr([1.0, 2.0]),
        "current": arr([1.0, 2.5]),
        "labels": obj(lambda: ("a", "b"), ("one", ("a",), TypeError), ("text", "ab", TypeError)),
    },
    "going_further.lipschitz_constant": {
        "X": arr(XB, extra=(("zeros", np.zeros((3, 3)), ValueError),))
    },
    "going_further.fit_nesterov": {
        "X": arr(XB),
        "y": labels(Y6),
        "tol": num(1e-8, 0.0, LIMIT, extra=(("zero", 0.0, ValueError),)),
        "epochs": integer(4, 0, 100_000),
        "W0": arr(W3 / 10, none="default"),
    },
    # backprop
    "output_layer_cost": {
        "W2": arr(W2),
        "A1": arr(A1),
        "Y": labels(Y13),
        "cost": choice("cross_entropy"),
    },
    "output_layer_gradient": {
        "W2": arr(W2),
        "A1": arr(A1),
        "Y": labels(Y13),
        "cost": choice("cross_entropy"),
    },
    # the language of checks and widgets
    "set_language": {"language": choice("en")},
    # plots: notebook 01
    "plot_sigmoid": {"z_min": num(-4.0, -1e6, 1e6), "z_max": num(4.0, -1e6, 1e6)},
    "plot_sigmoid_derivative": {"z_min": num(-4.0, -1e6, 1e6), "z_max": num(4.0, -1e6, 1e6)},
    "plot_hypotheses": {
        "W": arr([-5.0, 1.0]),
        "x": arr(X1, limit=FIGURE_X),
        "y": labels(Y6, none="default"),
    },
    "plot_sigmoid_wx_b": {"w": num(2.0, -1000, 1000), "b": num(-1.0, -1000, 1000)},
    # plots: notebook 02
    "plot_classifier": {"z_min": num(-4.0, -1e6, 1e6), "z_max": num(4.0, -1e6, 1e6)},
    "plot_decision_boundary": {
        "X": arr(X_RAW, limit=1e6, extra=(("three_columns", XB, ValueError),)),
        "y": labels(Y6),
        "W": arr(W3),
        "features": choice("squared"),
    },
    "plot_feature_map": {"X": arr(X_RAW, limit=1e3), "y": labels(Y6), "W": arr([-4.0, 1.0, 1.0])},
    # plots: notebook 03
    "plot_cost_curves": {"quiz": flag(True)},
    "plot_cost_slices": {
        "s": num(-1.0, -4.0, 4.0),
        "x": arr(X1, limit=FIGURE_X, none="pair"),
        "y": labels(Y6, none="pair"),
    },
    "plot_squared_error_slices": {
        "x": arr(X1, limit=FIGURE_X, none="pair"),
        "y": labels(Y6, none="pair"),
    },
    "plot_cost_surfaces": {"x": arr(X1, limit=FIGURE_X, none="pair"), "y": labels(Y6, none="pair")},
    "plot_squared_error_contours": {
        "x": arr(X1, limit=FIGURE_X, none="pair"),
        "y": labels(Y6, none="pair"),
    },
    # plots: notebook 04
    "plot_network": {
        "n_inputs": integer(2, 1, 6),
        "n_hidden": integer(2, 0, 6),
        "n_outputs": integer(1, 1, 6),
    },
    "plot_learning_curve": {
        "results": obj(_fit, ("empty", {}, TypeError), ("not_results", {"a": 3}, TypeError)),
        "log_cost": flag(True),
    },
    "plot_training": {
        "X": arr(X_RAW, limit=1e6),
        "y": labels(Y6),
        "epochs": Arg("epochs", (0, 2)),
        "features": choice("linear"),
    },
    "plot_race": {"result": obj(lambda: helpers.race(epochs=3), ("a_fit", _fit(), TypeError))},
    "use_lecture_style": {},
    # widgets
    "sigmoid_explorer": {"w": num(2.0, -1000, 1000), "b": num(-1.0, -1000, 1000)},
    "boundary_explorer": {
        "X": arr(X_RAW, limit=1e6, none="pair"),
        "y": labels(Y6, none="pair"),
        "W": arr(W3, limit=1000.0),  # the sliders' reach
        "features": choice("linear"),
    },
    "cost_quiz": {},
    "cost_slice_explorer": {
        "s": num(-1.0, -4.0, 4.0),
        "x": arr(X1, limit=FIGURE_X, none="pair"),
        "y": labels(Y6, none="pair"),
    },
    "training_explorer": {
        "X": arr(X_RAW, limit=1e6, none="pair"),
        "y": labels(Y6, none="pair"),
        "epochs": integer(3, 1, 10_000),
        "epoch": integer(1, 0, 3),  # up to `epochs`
        "features": choice("linear"),
    },
}


# ----------------------------------------------------------------------------- bad values
OK = "works"  # the expected outcome of a valid value: a result, finite unless NaN went in


def _scaled(base: np.ndarray, size: float) -> np.ndarray:
    """``base`` scaled so that its largest value has exactly ``size``."""
    return base * (size / np.max(np.abs(base)))


def cases(arg: Arg):
    """(label, value, expected) rows for one parameter: TypeError, ValueError or OK."""
    rows = list(arg.extra)
    none = OK if arg.none == "default" else ValueError if arg.none == "pair" else TypeError
    if arg.kind in ("array", "labels", "classes", "probabilities"):
        base = arg.value()
        with_nan, with_inf, with_none = base.copy(), base.copy(), base.astype(object)
        with_nan.flat[0], with_inf.flat[0], with_none.flat[0] = np.nan, np.inf, None
        bad_value = ValueError if not arg.nan_ok else OK
        rows += [
            ("none", None, none),
            ("text", "abc", TypeError),
            ("complex", base + 1j, TypeError),
            ("none_inside", with_none, TypeError),
            ("ragged", [[1.0], [1.0, 2.0]], TypeError),
            ("nan", with_nan, bad_value),
            ("inf", with_inf, bad_value),
            ("empty", np.zeros((0, *base.shape[1:])), OK if arg.empty_ok else ValueError),
            ("extra_axis", base[..., np.newaxis], OK if arg.any_shape else ValueError),
            ("one_number", base.flat[0], OK if arg.any_shape else ValueError),
            ("huge_int", 10**400, ValueError),
            ("list", base.tolist(), OK),
        ]
        if np.all(base == np.round(base)):
            rows.append(("ints", base.astype(np.int64), OK))
        if arg.kind == "array" and arg.limit is not None:  # the range rule
            rows += [
                ("at_limit", _scaled(base, arg.limit), OK),
                ("beyond_limit", _scaled(base, arg.limit * 1.01), ValueError),
            ]
        if arg.kind == "labels":
            rows += [
                ("two", np.where(base == 1, 2.0, base), ValueError),
                ("half", base * 0.5, ValueError),
                ("one_short", base[..., :-1], ValueError),
            ]
        if arg.kind == "classes":
            rows += [("fraction", base + 0.5, ValueError), ("negative", base - 1.0, ValueError)]
        if arg.kind == "probabilities":
            rows += [("above_1", base + 1.0, ValueError), ("below_0", base - 1.0, ValueError)]
    elif arg.kind == "number":
        rows += [
            ("none", None, none),
            ("text", "2", TypeError),
            ("complex", 1 + 2j, TypeError),
            ("list", [1.0, 2.0], TypeError),
            ("bool", True, TypeError),
            ("nan", np.nan, ValueError),
            ("inf", np.inf, ValueError),
            ("huge_int", 10**400, ValueError),
            ("below", arg.low - max(1.0, abs(arg.low)) * 0.01, ValueError),
            ("above", arg.high + max(1.0, abs(arg.high)) * 0.01, ValueError),
            ("numpy", np.float32(arg.valid), OK),
        ]
    elif arg.kind == "int":
        rows += [
            ("none", None, none),
            ("text", "3", TypeError),
            ("fraction", 2.5, TypeError),
            ("float", float(arg.valid), TypeError),
            ("bool", True, TypeError),
            ("list", [arg.valid], TypeError),
            ("array", np.array([1, 2]), TypeError),
            ("below", arg.low - 1, ValueError),
            ("above", arg.high + 1, ValueError),
            ("huge_int", 10**400, ValueError),
            ("numpy", np.int64(arg.valid), OK),
        ]
    elif arg.kind == "epochs":
        rows += [
            ("none", None, TypeError),
            ("int", 2, TypeError),
            ("empty", [], TypeError),
            ("seven", list(range(7)), TypeError),
            ("fraction", [0, 2.5], TypeError),
            ("negative", [0, -1], ValueError),
            ("too_many", [0, 100_001], ValueError),
            ("list", list(arg.valid), OK),
        ]
    elif arg.kind == "choice":
        rows += [
            ("none", None, TypeError),
            ("unknown", "nonsense", ValueError),
            ("number", 3, TypeError),
        ]
    elif arg.kind == "flag":
        rows += [
            ("none", None, TypeError),
            ("text", "yes", TypeError),
            ("number", 1, TypeError),
            ("numpy", np.bool_(arg.valid), OK),
        ]
    elif arg.kind == "object":
        rows += [("none", None, TypeError), ("number", 3, TypeError), ("complex", 1j, TypeError)]
    elif arg.kind == "function":
        rows += [
            ("none", None, TypeError),
            ("number", 3, TypeError),
            ("forgot_return", lambda W: None, TypeError),
            ("returns_text", lambda W: "abc", TypeError),
            ("returns_nan", lambda W: float("nan"), ValueError),
            ("returns_beyond_limit", lambda W: 1.01 * LIMIT, ValueError),
            ("returns_at_limit", lambda W: LIMIT * float(np.tanh(np.sum(W))), OK),
        ]
    else:
        raise AssertionError(f"unknown kind {arg.kind!r}")
    return rows


# ----------------------------------------------------------------------------- outcomes
def _finite(result) -> bool:
    """Every float in a result is finite (numbers, arrays, tuples, fit results)."""
    if isinstance(result, tuple):
        return all(_finite(item) for item in result)
    if hasattr(result, "W") and hasattr(result, "history"):  # a FitResult
        return _finite((result.W, result.history, result.weights))
    if isinstance(result, (float, np.floating, np.ndarray)):
        return bool(np.all(np.isfinite(result)))
    return True


def outcome(function, arguments: dict, param: str, expected, nan_ok: bool = False) -> str | None:
    """None if ``function(**arguments)`` behaves as ``expected``, else what went wrong."""
    try:
        result = function(**arguments)
    except Exception as error:  # every way of failing is reported
        found = f"{type(error).__name__}: {str(error)[:160]}"
        if expected is OK:
            return f"must work, raised {found}"
        if type(error) is not expected:
            return f"must raise {expected.__name__}, raised {found}"
        if param != "*" and f"`{param}`" not in str(error):
            return f"the message does not name `{param}`: {found}"
        return None
    finally:
        plt.close("all")
    if expected is not OK:
        return f"must raise {expected.__name__}, returned {type(result).__name__}"
    if not nan_ok and not _finite(result):
        return f"a finite input gave a non-finite result: {result!r}"[:200]
    return None


def signature(name: str) -> list[str]:
    return list(inspect.signature(SURFACE[name]).parameters)


# ----------------------------------------------------------------------------- the tests
def test_the_table_is_the_public_surface():
    """Every public name has an entry (constants too), and every entry is a public name."""
    missing = sorted(set(SURFACE) - set(TABLE))
    stale = sorted(set(TABLE) - set(SURFACE))
    constants = sorted(name for name, entry in TABLE.items() if entry == CONSTANT)
    not_callable = sorted(name for name, obj in SURFACE.items() if not callable(obj))
    assert not missing, (
        f"Public names without an entry in TABLE of tests/test_bad_inputs.py: {missing}. Add one "
        "(each parameter's kind, a valid value and its range), or make the name private."
    )
    assert not stale, f"TABLE lists names that are no longer public: {stale}"
    assert constants == not_callable, (constants, not_callable)


@pytest.mark.parametrize("name", CALLABLES)
def test_bad_inputs(name):
    """All of one public function's bad inputs, for all its parameters, at once."""
    assert name in TABLE, f"{name} is public but has no entry in TABLE: add one."
    entry = TABLE[name]
    assert signature(name) == list(entry), (
        f"{name} takes {signature(name)}; its TABLE entry lists {list(entry)}: update it."
    )
    function = SURFACE[name]
    valid = {param: arg.value() for param, arg in entry.items()}
    failures, tried = [], 0
    with mpl.rc_context():  # use_lecture_style changes the rcParams: keep them to this test
        problem = outcome(function, dict(valid), "*", OK)
        if problem:
            failures.append(f"the valid call: {problem}")
        pairs = [param for param, arg in entry.items() if arg.none == "pair"]
        if pairs:  # the data pair left out together: the default data
            problem = outcome(function, {**valid, **dict.fromkeys(pairs)}, "*", OK)
            if problem:
                failures.append(f"{' and '.join(pairs)} both None: {problem}")
        for param, arg in entry.items():
            for label, value, expected in cases(arg):
                tried += 1
                problem = outcome(function, {**valid, param: value}, param, expected, arg.nan_ok)
                if problem:
                    failures.append(f"{param} = {label}: {problem}")
    assert not failures, f"{name}: {len(failures)} of {tried} bad inputs mishandled:\n" + "\n".join(
        failures
    )


def test_a_column_where_a_1d_array_is_meant_is_refused_with_the_ravel_hint():
    """NumPy would broadcast a column (m, 1) against the 1-D arrays it meets, silently making
    an (m, m) table; every public function that takes a 1-D array names the fix instead."""
    X = helpers.add_bias(np.array([[0.5], [1.0], [2.0]]))
    y, W, col = np.array([0.0, 1.0, 1.0]), np.array([0.1, 0.2]), lambda a: a.reshape(-1, 1)
    calls = {
        "y": [
            lambda: helpers.cross_entropy(col(y), np.full(3, 0.5)),
            lambda: helpers.sse(col(y), np.full(3, 0.5)),
            lambda: helpers.gradient(W, X, col(y)),
            lambda: helpers.fit(X, col(y)),
        ],
        "y_hat": [lambda: helpers.cross_entropy(y, np.full((3, 1), 0.5))],
        "W": [
            lambda: helpers.hypothesis(col(W), X),
            lambda: helpers.predict(col(W), X),
            lambda: helpers.gradient(col(W), X, y),
            lambda: helpers.cross_entropy_of_weights(col(W), X, y),
        ],
        "b": [lambda: helpers.relative_error(W, col(W))],
        "current": [lambda: helpers.compare(W, col(W))],
    }
    for name, tries in calls.items():
        for call in tries:
            with pytest.raises(ValueError, match=re.escape(f"Pass `{name}.ravel()`")):
                call()
