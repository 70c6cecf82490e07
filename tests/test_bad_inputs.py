"""Every public name of `helpers` gets every kind of bad input, and answers it clearly.

The functions are discovered, not listed: every public module's ``__all__`` (and
``helpers.__all__``) is walked, and each callable's parameters come from its signature. The
table `SPEC` below says only what discovery cannot know: what kind of value each parameter
takes and a valid value for it. A public function added later without an entry makes
`test_every_public_callable_has_an_entry` fail, with a message saying to add one.

The rules (issue 10):

- a bad argument gets a ``TypeError`` (not a number, wrong type) or a ``ValueError`` (wrong
  shape, value or range) whose message names the parameter, in backticks;
- values near the float limit give a finite result or a ``ValueError`` that says so, and no
  warning escapes (pytest turns warnings into errors);
- an exercise check (``helpers.checks``) never raises: it returns a `Feedback` with
  ``passed`` False.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field

import numpy as np
import pytest

import helpers
from helpers.checks import Feedback
from helpers.plots.style import new_figure
from helpers.training import FitResult

# ----------------------------------------------------------------------------- discovery


def public_callables() -> dict:
    """{key: callable} for every callable in a public module's ``__all__``.

    The key is the name under ``helpers`` (``"sigmoid"``) when ``helpers`` exports the object,
    else its module path below ``helpers`` (``"checks.costs.cost_quiz_answer"``).
    """
    found = {}
    modules = [helpers]
    for info in pkgutil.walk_packages(helpers.__path__, "helpers."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            modules.append(importlib.import_module(info.name))
    for module in modules:
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.ismodule(obj) or not callable(obj):
                continue
            if getattr(helpers, name, None) is obj:
                key = name
            else:
                key = module.__name__.removeprefix("helpers.") + "." + name
            found.setdefault(key, obj)
    return found


PUBLIC = public_callables()

# ----------------------------------------------------------------------------- valid data
X_RAW = np.array([[0.5, 1.0], [1.0, 2.5], [2.0, 0.5], [2.5, 2.0], [1.5, 1.5], [0.2, 2.8]])
Y6 = np.array([0.0, 1.0, 0.0, 1.0, 1.0, 0.0])
XB = helpers.add_bias(X_RAW)
W3 = np.array([-3.0, 1.0, 1.0])
X1 = np.array([1.0, 3.0, 4.0, 6.0, 7.0, 9.0])
W_LINE = np.array([-5.0, 1.0])
A1 = np.array([[0.2, 0.5, 0.9], [0.1, 0.4, 0.3]])
W2 = np.array([[0.5, -1.0]])
Y13 = np.array([[1.0, 0.0, 1.0]])
P3 = np.array([[0.2, 0.3, 0.5], [0.1, 0.6, 0.3]])
ONE_HOT3 = np.array([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])


def _fit():
    return helpers.fit(XB, Y6, epochs=4, tol=0.0, method="plain")


def _axes():
    return new_figure(pyplot=False)[1]


def _axes_pair():
    return new_figure(ncols=2, pyplot=False)[1]


# ----------------------------------------------------------------------------- the table
@dataclass
class Arg:
    """How to feed one parameter: its kind, a valid value (or a factory), what is allowed."""

    kind: str
    valid: object
    allow: frozenset = field(default_factory=frozenset)  # bad-input categories that are fine

    def value(self):
        factory = self.kind == "object" and callable(self.valid)
        return self.valid() if factory else self.valid


def arr(valid, *allow):
    return Arg("array", np.asarray(valid, dtype=float), frozenset(allow))


def num(valid, *allow):
    return Arg("number", valid, frozenset(allow))


def integer(valid, *allow):
    return Arg("int", valid, frozenset(allow))


def choice(valid, *allow):
    return Arg("choice", valid, frozenset(allow))


def flag(valid):
    return Arg("flag", valid)


def obj(valid, *allow):
    return Arg("object", valid, frozenset(allow))


def learner(valid):
    return Arg("learner", valid)


@dataclass
class Skip:
    """A public name that takes no learner's arguments (a result record): why it is left out."""

    reason: str


RECORD = "a result record built by helpers itself, not called with a learner's arguments"

#: Every public callable: its parameters (kind and a valid value), or a Skip with the reason.
SPEC: dict[str, dict | Skip] = {
    # logistic
    "sigmoid": {"z": arr([0.5, -1.0], "nan", "inf", "empty", "shape")},
    "sigmoid_derivative": {"z": arr([0.5, -1.0], "nan", "inf", "empty", "shape")},
    "add_bias": {"X": arr(X_RAW)},
    "hypothesis": {"W": arr(W3), "X": arr(XB)},
    "linear_hypothesis": {"W": arr(W3), "X": arr(XB)},
    # boundary
    "decision_boundary": {"W": arr(W3), "x1": arr([0.5, 2.0], "empty", "shape")},
    "ellipse_axes": {"W": arr([-1.0, 1.0, 2.0])},
    "predict": {"W": arr(W3), "X": arr(XB), "threshold": num(0.5)},
    "square_features": {"X": arr(X_RAW)},
    # costs
    "sse": {"y": arr(Y6), "y_hat": arr(Y6 * 0.5 + 0.2)},
    "mse": {"y": arr(Y6), "y_hat": arr(Y6 * 0.5 + 0.2)},
    "cross_entropy": {"y": arr(Y6), "y_hat": arr(Y6 * 0.5 + 0.2)},
    "cross_entropy_terms": {"y": arr(Y6), "y_hat": arr(Y6 * 0.5 + 0.2)},
    "cross_entropy_from_logits": {"y": arr(Y6), "z": arr(Y6 - 0.4)},
    "softplus": {"t": arr([0.5, -2.0], "nan", "inf", "empty", "shape")},
    "one_hot": {"labels": arr([0.0, 2.0, 1.0]), "num_classes": integer(3, "none")},
    "categorical_cross_entropy": {"Y": arr(ONE_HOT3), "Y_hat": arr(P3)},
    "mse_of_weights": {"W": arr(W3), "X": arr(XB), "y": arr(Y6), "model": choice("linear")},
    "cross_entropy_of_weights": {"W": arr(W3), "X": arr(XB), "y": arr(Y6)},
    # data
    "make_1d_data": {"m": integer(6), "seed": integer(1, "huge_int")},  # any seed >= 0
    "make_linear_data": {"m": integer(6), "seed": integer(1, "huge_int")},
    "make_circle_data": {"m": integer(6), "seed": integer(1, "huge_int")},
    # training
    "gradient": {"W": arr(W3), "X": arr(XB), "y": arr(Y6)},
    "sse_gradient": {"W": arr(W3), "X": arr(XB), "y": arr(Y6)},
    "numerical_gradient": {
        "cost": Arg("function", lambda W: float(np.sum(np.tanh(W)))),
        "W": arr(W3, "shape"),
        "eps": num(1e-5),
    },
    "relative_error": {"a": arr([1.0, 2.0]), "b": arr([1.0, 2.5])},
    "compare": {
        "previous": arr([1.0, 2.0]),
        "current": arr([1.0, 2.5]),
        "labels": obj(("a", "b")),
        "fmt": obj("+.4f"),
    },
    "lipschitz_constant": {"X": arr(XB), "cost": choice("sse")},
    "fit": {
        "X": arr(XB),
        "y": arr(Y6),
        "learning_rate": num(0.5, "none"),
        "epochs": integer(4),
        "W0": arr(W3 / 10, "none"),
        "tol": num(1e-8),
        "cost": choice("sse"),
        "method": choice("plain"),
    },
    "race": {
        "X": arr([[1.0, 1.0], [1.0, -1.0]], "none"),
        "y": arr([0.0, 1.0], "none"),
        "W0": arr([1.0, 1.0], "none"),
        "learning_rate": num(0.5, "none"),
        "epochs": integer(3),
        "target": num(0.1),
    },
    "FitResult": Skip(RECORD),
    "RaceResult": Skip(RECORD),
    # backprop
    "output_layer_outputs": {"W2": arr(W2), "A1": arr(A1)},
    "output_layer_cost": {
        "W2": arr(W2),
        "A1": arr(A1),
        "Y": arr(Y13),
        "cost": choice("cross_entropy"),
    },
    "output_layer_gradient": {
        "W2": arr(W2),
        "A1": arr(A1),
        "Y": arr(Y13),
        "cost": choice("cross_entropy"),
    },
    # plots: notebook 01
    "plot_sigmoid": {"z_min": num(-4.0), "z_max": num(4.0)},
    "plot_sigmoid_derivative": {"z_min": num(-4.0), "z_max": num(4.0)},
    "plot_hypotheses": {"W": arr(W_LINE), "x": arr(X1), "y": arr(Y6, "none")},
    "plot_sigmoid_wx_b": {"w": num(2.0), "b": num(-1.0)},
    "SigmoidWxB": {"ax": obj(_axes), "w": num(2.0), "b": num(-1.0)},
    # plots: notebook 02
    "plot_classifier": {"z_min": num(-4.0), "z_max": num(4.0)},
    "plot_decision_boundary": {
        "X": arr(X_RAW),
        "y": arr(Y6),
        "W": arr(W3),
        "features": choice("squared"),
    },
    "plot_feature_map": {"X": arr(X_RAW), "y": arr(Y6), "W": arr([-4.0, 1.0, 1.0])},
    "BoundaryView": {
        "ax": obj(_axes),
        "X": arr(X_RAW),
        "y": arr(Y6),
        "W": arr(W3),
        "features": choice("linear"),
        "extent": arr([-1.0, 4.0], "none"),
        "names": obj(("a", "b")),
        "legend": flag(False),
    },
    # plots: notebook 03
    "plot_cost_curves": {"quiz": flag(True)},
    "CostCurves": {"ax": obj(_axes)},
    "plot_cost_slices": {
        "w": num(-1.0),
        "x": arr(X1, "none"),
        "y": arr(Y6, "none"),
        "center": num(5.0),
    },
    "CostSlices": {
        "axes": obj(_axes_pair),
        "x": arr(X1),
        "y": arr(Y6),
        "w": num(-1.0),
        "center": num(5.0),
    },
    "plot_squared_error_slices": {"x": arr(X1, "none"), "y": arr(Y6, "none"), "center": num(5.0)},
    "plot_cost_surfaces": {
        "x": arr(X1, "none"),
        "y": arr(Y6, "none"),
        "w0_range": arr([-10.0, 5.0]),
        "w1_range": arr([-1.0, 2.0]),
        "n": integer(5),
        "center": num(5.0, "none"),
    },
    "plot_squared_error_contours": {
        "x": arr(X1, "none"),
        "y": arr(Y6, "none"),
        "w0_range": arr([-10.0, 5.0]),
        "w1_range": arr([-1.0, 2.0]),
        "center": num(5.0),
    },
    # plots: notebook 04
    "plot_network": {"n_inputs": integer(2), "n_hidden": integer(2), "n_outputs": integer(1)},
    # the language of checks and widgets
    "set_language": {"language": choice("en")},
    "get_language": {},
    "plot_learning_curve": {
        "results": obj(_fit),
        "labels": obj(["run"], "none"),
        "log_epochs": flag(True),
        "log_cost": flag(True),
    },
    "plot_training": {
        "X": arr(X_RAW),
        "y": arr(Y6),
        "result": obj(_fit, "none"),
        "epochs": integer(2, "list", "shape"),  # an int, or the epochs to show
        "features": choice("linear"),
    },
    "plot_race": {"result": obj(lambda: helpers.race(epochs=3))},
    "TrainingView": {
        "ax_boundary": obj(_axes),
        "ax_curve": obj(_axes),
        "X": arr(X_RAW),
        "y": arr(Y6),
        "result": obj(_fit),
        "epoch": integer(2),
        "features": choice("linear"),
    },
    # plots: style
    "new_figure": {"ncols": integer(2), "figsize": arr([4.0, 3.0], "none"), "pyplot": flag(False)},
    "series": {"i": integer(1, "huge_int"), "markevery": obj(5, "none", "number")},
    "use_lecture_style": {},
    # widgets
    "sigmoid_explorer": {"w": num(2.0), "b": num(-1.0)},
    "SigmoidExplorer": {"w": num(2.0), "b": num(-1.0)},
    "boundary_explorer": {
        "X": arr(X_RAW, "none"),
        "y": arr(Y6, "none"),
        "W": arr(W3),
        "features": choice("linear"),
    },
    "BoundaryExplorer": {
        "X": arr(X_RAW, "none"),
        "y": arr(Y6, "none"),
        "W": arr(W3),
        "features": choice("linear"),
    },
    "cost_quiz": {},
    "CostQuiz": {},
    "cost_slice_explorer": {"w": num(-1.0), "x": arr(X1, "none"), "y": arr(Y6, "none")},
    "CostSliceExplorer": {"w": num(-1.0), "x": arr(X1, "none"), "y": arr(Y6, "none")},
    "training_explorer": {
        "X": arr(X_RAW, "none"),
        "y": arr(Y6, "none"),
        "epochs": integer(3),
        "epoch": integer(1),
        "features": choice("linear"),
    },
    "TrainingExplorer": {
        "X": arr(X_RAW, "none"),
        "y": arr(Y6, "none"),
        "epochs": integer(3),
        "epoch": integer(1),
        "features": choice("linear"),
    },
    # checks: they never raise, whatever they get
    "checks.Feedback": Skip("the checks' verdict record, built by the checks themselves"),
    "checks.costs.QuizQuestion": Skip("the quiz's own question records (helpers.checks.QUIZ)"),
    "checks.boundary.predict_function": {"my_predict": learner(helpers.predict)},
    "checks.boundary.line_weights": {"W": arr(W3)},
    "checks.boundary.circle_weights": {"W": arr([-1.0, 1.0, 1.0])},
    "checks.costs.cost_quiz_answer": {
        "question": integer(1),
        "error": choice("small", "none"),
        "curve": choice("solid", "none"),
    },
    "checks.costs.cost_function": {"my_cost": learner(helpers.cross_entropy)},
    "checks.costs.cost_from_logits": {"my_cost": learner(helpers.cross_entropy_from_logits)},
    "checks.costs.general_cross_entropy": {
        "my_cross_entropy": learner(helpers.categorical_cross_entropy)
    },
    "checks.gradient.gradient_function": {"my_gradient": learner(helpers.gradient)},
    "checks.gradient.gradient_step": {"my_step": learner(lambda W, X, y, rate: W)},
    "checks.gradient.sse_output_gradient": {"my_delta_w2": learner(helpers.output_layer_gradient)},
    "checks.sigmoid.stable_sigmoid": {"my_sigmoid": learner(helpers.sigmoid)},
    "checks.sigmoid.sigmoid_derivative_function": {
        "my_derivative": learner(helpers.sigmoid_derivative)
    },
    "checks.sigmoid.midpoint_and_slope": {"w": num(2.0), "b": num(-4.0)},
}

#: Check cases that raise, warn or pass today (none: the checks' rules are in _feedback).
CHECK_CASES_LEFT_FOR_MAIN: set = set()


# ----------------------------------------------------------------------------- bad values
def _bad_values(arg: Arg) -> dict[str, tuple[object, type | None]]:
    """{category: (value, expected error)}; None as the error means "must not raise".

    The categories of the issue: wrong types, None, shapes, labels, NaN/inf, values near
    the float limit, ints, lists, complex numbers and object arrays.
    """
    if arg.kind == "array":
        base = arg.value()
        with_nan, with_inf, with_none = base.copy(), base.copy(), base.astype(object)
        with_nan.flat[0], with_inf.flat[0], with_none.flat[0] = np.nan, np.inf, None
        values = {
            "none": (None, TypeError),
            "text": ("abc", TypeError),
            "complex": (base + 1j, TypeError),
            "object_none": (with_none, TypeError),
            "ragged": ([[1.0], [1.0, 2.0]], TypeError),
            "nan": (with_nan, ValueError),
            "inf": (with_inf, ValueError),
            "empty": (np.zeros((0, *base.shape[1:])), ValueError),
            "shape": (base[..., np.newaxis], ValueError),
            "huge_int": (10**400, ValueError),
            "list": (base.tolist(), None),
            "near_limit": (base / max(1.0, float(np.max(np.abs(base)))) * 1.7e308, "limit"),
            "square_root_of_limit": (base * 1.5e154, "limit"),
        }
        if np.all(base == np.round(base)):
            values["int"] = (base.astype(np.int64), None)
        return values
    if arg.kind == "number":
        return {
            "none": (None, TypeError),
            "text": ("2", TypeError),
            "complex": (1 + 2j, TypeError),
            "list": ([1.0, 2.0], TypeError),
            "nan": (float("nan"), ValueError),
            "inf": (float("inf"), ValueError),
            "huge_int": (10**400, ValueError),
            "near_limit": (1.7e308, "limit"),
            "int": (round(arg.valid) or 1, None) if arg.valid == round(arg.valid) else None,
        }
    if arg.kind == "int":
        return {
            "none": (None, TypeError),
            "text": ("3", TypeError),
            "fraction": (2.5, TypeError),
            "bool": (True, TypeError),
            "list": ([1], TypeError),
            "shape": (np.array([1, 2]), TypeError),
            "negative": (-1, ValueError),
            "huge_int": (10**400, ValueError),
            "numpy_int": (np.int64(arg.valid), None),
        }
    if arg.kind == "choice":
        return {
            "none": (None, ValueError),
            "unknown": ("nonsense", ValueError),
            "number": (3, ValueError),
        }
    if arg.kind == "flag":
        return {
            "none": (None, TypeError),
            "text": ("yes", TypeError),
            "number": (2, TypeError),
            "numpy_bool": (np.bool_(arg.valid), None),
        }
    if arg.kind == "object":  # results, axes, labels, formats: the wrong kind of thing
        return {"none": (None, TypeError), "number": (3, TypeError), "complex": (1j, TypeError)}
    if arg.kind == "function":
        return {
            "none": (None, TypeError),
            "number": (3, TypeError),
            "forgot_return": (lambda W: None, TypeError),
            "returns_text": (lambda W: "abc", TypeError),
            "returns_nan": (lambda W: float("nan"), ValueError),
            "returns_near_limit": (lambda W: 1.7e308 * float(np.sign(W.flat[0])), "limit"),
        }
    if arg.kind == "learner":

        def raises(*args):
            raise RuntimeError("boom")

        return {
            "none": (None, None),
            "stub": (..., None),
            "number": (3, None),
            "raises": (raises, None),
            "forgot_return": (lambda *args: None, None),
            "returns_text": (lambda *args: "abc", None),
            "returns_nan": (lambda *args: np.full(np.shape(args[-1]), np.nan), None),
            "returns_ragged": (lambda *args: [[1.0], [1.0, 2.0]], None),
            "returns_near_limit": (lambda *args: np.full(np.shape(args[0]), 1.7e308), None),
            "wrong_arity": (lambda: 0.0, None),
        }
    raise AssertionError(f"unknown kind {arg.kind!r}")


def _cases():
    for key, spec in SPEC.items():
        if isinstance(spec, Skip):
            continue
        for param, arg in spec.items():
            for category, case in _bad_values(arg).items():
                if case is None or (key, param, category) in CHECK_CASES_LEFT_FOR_MAIN:
                    continue
                if category == "none" and "none" in arg.allow:  # a default: see valid_none
                    continue
                yield pytest.param(key, param, category, id=f"{key}-{param}-{category}")
        if any("none" in arg.allow for arg in spec.values()):  # None for all defaults: works
            yield pytest.param(key, "*", "valid_none", id=f"{key}-valid_none")


def _arguments(key: str) -> dict:
    return {param: arg.value() for param, arg in SPEC[key].items()}


def _assert_finite(result) -> None:
    """Numbers in a result are finite (floats, arrays, tuples of them, a FitResult)."""
    if isinstance(result, FitResult):
        _assert_finite((result.W, result.history))
    elif isinstance(result, tuple):
        for item in result:
            _assert_finite(item)
    elif isinstance(result, (float, np.ndarray, np.floating)) and np.asarray(result).dtype == float:
        assert np.all(np.isfinite(result)), f"non-finite result {result!r}"


# ----------------------------------------------------------------------------- the tests
def test_every_public_callable_has_an_entry():
    missing = sorted(set(PUBLIC) - set(SPEC))
    assert not missing, (
        f"Public names without an entry in SPEC of tests/test_bad_inputs.py: {missing}. "
        "Add one (each parameter's kind and a valid value), or start the name with `_` if "
        "it is not meant to be public."
    )
    stale = sorted(set(SPEC) - set(PUBLIC))
    assert not stale, f"SPEC lists names that are no longer public: {stale}"


@pytest.mark.parametrize("key", sorted(k for k in SPEC if not isinstance(SPEC[k], Skip)))
def test_entry_matches_the_signature_and_its_values_are_valid(key):
    parameters = list(inspect.signature(PUBLIC[key]).parameters)
    assert parameters == list(SPEC[key]), (
        f"{key} takes {parameters}; its SPEC entry lists {list(SPEC[key])}: update the entry."
    )
    result = PUBLIC[key](**_arguments(key))
    if key.startswith("checks."):
        assert isinstance(result, Feedback)
    _assert_finite(result)


@pytest.mark.parametrize(("key", "param", "category"), list(_cases()))
def test_bad_input(key, param, category):
    function, arguments = PUBLIC[key], _arguments(key)
    if category == "valid_none":  # every parameter that defaults to None left at None
        for name, arg in SPEC[key].items():
            if "none" in arg.allow:
                arguments[name] = None
        _assert_finite(function(**arguments))
        return
    arg = SPEC[key][param]
    value, expected = _bad_values(arg)[category]
    arguments[param] = value
    if key.startswith("checks."):  # a check never raises: it says "not yet"
        result = function(**arguments)
        assert isinstance(result, Feedback), f"{key} returned {type(result).__name__}"
        if category not in ("list", "int", "numpy_int", "numpy_bool", "valid_none"):
            assert not result.passed, f"{key}({param}={value!r}) passed: {result.message}"
        return
    if expected is None or category in arg.allow:  # a valid value: it must simply work
        result = function(**arguments)
        if category not in arg.allow:  # (NaN in, NaN out where that is allowed)
            _assert_finite(result)
        return
    if expected == "limit":  # near the float limit: a true finite result, or a clear error
        try:
            result = function(**arguments)
        except ValueError as error:
            message = str(error)
            assert f"`{param}`" in message or "float range" in message, message
        else:
            _assert_finite(result)
        return
    with pytest.raises(expected) as caught:
        function(**arguments)
    message = str(caught.value)
    assert f"`{param}`" in message, f"the message does not name `{param}`: {message}"


def test_the_walk_covers_the_whole_surface():
    """The walk reaches every public callable, the checks included (78 at the time of writing)."""
    walked = [k for k in SPEC if not isinstance(SPEC[k], Skip)]
    assert len(walked) >= 70
    assert any(k.startswith("checks.") for k in walked)
    assert len(list(_cases())) > 1000
