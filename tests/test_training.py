"""Notebook 04: the gradient, gradient checks, gradient descent, the race, their figures, the
slider figure and the exercise checks, all tested headlessly.

References: central differences of the cost (scipy.special.expit / log_expit, independent of
helpers), a per-sample loop, and scikit-learn's unpenalised L-BFGS LogisticRegression.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy.special import expit, log_expit
from sklearn.linear_model import LogisticRegression

import helpers
from helpers.checks import gradient as check

from .conftest import blit_mismatch


def problem(seed: int, m: int, n: int, scale: float = 1.0):
    rng = np.random.default_rng(seed)
    X = helpers.add_bias(rng.normal(0.0, 1.5, size=(m, n)))
    W = rng.normal(0.0, scale, size=n + 1)
    y = (rng.random(m) < 0.5).astype(float)
    return W, X, y


def scipy_cost(W, X, y) -> float:
    """J from scipy's log σ, independent of helpers."""
    z = X @ W
    return float(-np.mean(y * log_expit(z) + (1 - y) * log_expit(-z)))


def central_differences(f, W, eps=1e-6):
    grad = np.zeros_like(W)
    for j in range(len(W)):
        step = np.zeros_like(W)
        step[j] = eps
        grad[j] = (f(W + step) - f(W - step)) / (2 * eps)
    return grad


DATA_SETS = {
    "make_1d_data": lambda: (
        helpers.add_bias(helpers.make_1d_data()[0]),
        helpers.make_1d_data()[1],
    ),
    "make_linear_data": lambda: (
        helpers.add_bias(helpers.make_linear_data()[0]),
        helpers.make_linear_data()[1],
    ),
    "make_circle_data": lambda: (
        helpers.add_bias(helpers.square_features(helpers.make_circle_data()[0])),
        helpers.make_circle_data()[1],
    ),
}


def lbfgs_weights(X, y) -> np.ndarray:
    """The maximum-likelihood W of scikit-learn (C=inf: no penalty), bias column in X."""
    model = LogisticRegression(C=np.inf, tol=1e-12, max_iter=100_000, fit_intercept=False)
    return model.fit(X, y).coef_[0]


# ----------------------------------------------------------------------------- gradient
class TestGradient:
    @pytest.mark.parametrize(("seed", "m", "n"), [(0, 5, 1), (1, 30, 2), (2, 200, 5), (3, 7, 10)])
    def test_matches_central_differences(self, seed, m, n):
        W, X, y = problem(seed, m, n)
        numeric = central_differences(lambda V: scipy_cost(V, X, y), W)
        assert helpers.relative_error(helpers.gradient(W, X, y), numeric) < 1e-7
        numeric_helpers = helpers.numerical_gradient(lambda V: scipy_cost(V, X, y), W, eps=1e-6)
        np.testing.assert_allclose(numeric_helpers, numeric, rtol=1e-12, atol=1e-14)

    @pytest.mark.parametrize("seed", range(5))
    def test_matches_the_per_sample_sum(self, seed):
        W, X, y = problem(seed, 25, 3, scale=3.0)
        total = np.zeros(len(W))
        for i in range(len(y)):
            total += (y[i] - expit(X[i] @ W)) * X[i]
        np.testing.assert_allclose(
            helpers.gradient(W, X, y), -total / len(y), rtol=1e-12, atol=1e-15
        )

    def test_saturated_weights_are_finite_and_silent(self, strict_numpy):
        X = helpers.add_bias(np.array([[1.0], [-1.0], [2.0]]))
        W = np.array([0.0, 1e4])
        y = np.array([0.0, 1.0, 1.0])
        # z = 1e4, -1e4, 2e4: y_hat = 1, 0, 1, so y - y_hat = -1, 1, 0
        np.testing.assert_allclose(helpers.gradient(W, X, y), [0.0, 2 / 3], atol=1e-15)

    def test_sse_gradient_matches_central_differences(self):
        W, X, y = problem(4, 20, 2)
        numeric = central_differences(lambda V: float(np.sum(0.5 * (y - expit(X @ V)) ** 2)), W)
        assert helpers.relative_error(helpers.sse_gradient(W, X, y), numeric) < 1e-7

    @pytest.mark.parametrize(
        ("W", "X", "y", "error", "message"),
        [
            ([0.0, 1.0], [[1.0, 2.0]], [2.0], ValueError, "`y` must hold class labels 0 or 1"),
            ([0.0, 1.0], [[1.0, 2.0]], [0.5], ValueError, "`y` must hold class labels"),
            ([0.0, 1.0], [[1.0, 2.0]], [0.0, 1.0], ValueError, "`y` has 2 labels but `X` has 1"),
            ([0.0, 1.0, 2.0], [[1.0, 2.0]], [1.0], ValueError, "`W` has shape"),
            ([0.0, 1.0], [[2.0]], [1.0], ValueError, "forget the bias column"),
            ([0.0, np.nan], [[1.0, 2.0]], [1.0], ValueError, "`W` must be finite"),
            ([0.0, 1.0], [[1.0, np.nan]], [1.0], ValueError, "`X` must be finite"),
            ([0.0, 1.0], [[1.0, 2.0]], [np.nan], ValueError, "`y` must be finite"),
            ([0.0, 1.0], [[1.0, 2.0]], "y", TypeError, "`y`"),
            ("W", [[1.0, 2.0]], [1.0], TypeError, "`W`"),
            ([0.0, 1.0], [1.0, 2.0], [1.0], ValueError, "`X` must be a 2-D array"),
            ([0.0, 1.0], [[1.0, 2.0]], [[1.0]], ValueError, "`y` must be a 1-D array"),
        ],
    )
    def test_bad_input(self, W, X, y, error, message):
        with pytest.raises(error, match=message):
            helpers.gradient(W, X, y)


class TestNumericalGradientAndRelativeError:
    def test_matrix_argument_and_vector_output(self):
        rng = np.random.default_rng(5)
        A = rng.normal(size=(2, 3))
        x = rng.normal(size=3)
        slopes = helpers.numerical_gradient(lambda M: M @ x, A)  # d(Ax)_k / dA_ij
        assert slopes.shape == (2, 2, 3)
        expected = np.zeros((2, 2, 3))
        expected[0, 0], expected[1, 1] = x, x
        np.testing.assert_allclose(slopes, expected, atol=1e-9)
        assert np.array_equal(A, A.copy())  # left unchanged

    def test_relative_error_values(self):
        a = np.array([1.0, -2.0, 3.0])
        assert helpers.relative_error(a, a) == 0.0
        assert helpers.relative_error(a, -a) == 1.0
        assert helpers.relative_error(5 * a, a) == pytest.approx(4 / 6)
        assert helpers.relative_error(np.zeros(3), np.zeros(3)) == 0.0

    @pytest.mark.parametrize(
        ("call", "error", "message"),
        [
            (lambda: helpers.numerical_gradient(3.0, [1.0]), TypeError, "`cost` must be"),
            (lambda: helpers.numerical_gradient(np.sum, [1.0], eps=0.0), ValueError, "`eps`"),
            (lambda: helpers.numerical_gradient(np.sum, [np.nan]), ValueError, "`W` must be"),
            (lambda: helpers.relative_error([1.0], [1.0, 2.0]), ValueError, "shape"),
        ],
    )
    def test_bad_input(self, call, error, message):
        with pytest.raises(error, match=message):
            call()

    def test_compare_formats_every_number(self):
        text = helpers.compare([0.5, -0.25], [0.5, -0.25 + 1e-12], ("a", "bb"))
        assert text.splitlines() == [
            "a   [+0.50000000, -0.25000000]",
            "bb  [+0.50000000, -0.25000000]",
            "max |difference| = 1.0e-12",
        ]


# ----------------------------------------------------------------------------- fit
class TestFit:
    @pytest.mark.parametrize("name", DATA_SETS)
    def test_reaches_the_lbfgs_optimum(self, name):
        X, y = DATA_SETS[name]()
        result = helpers.fit(X, y)
        assert result.converged and result.gradient_norm < 1e-10
        assert np.max(np.abs(result.W - lbfgs_weights(X, y))) <= 1e-6
        assert result.W[0] == result.weights[-1][0] and result.epochs == len(result.history) - 1

    @pytest.mark.parametrize("name", DATA_SETS)
    def test_plain_descent_with_default_step_lowers_the_cost_every_epoch(self, name):
        X, y = DATA_SETS[name]()
        result = helpers.fit(X, y, epochs=500, tol=0.0, method="plain")
        assert result.epochs == 500 and not result.converged
        assert np.all(np.diff(result.history) <= 1e-15)
        assert result.learning_rate == pytest.approx(4 * len(y) / np.linalg.eigvalsh(X.T @ X)[-1])

    def test_plain_descent_also_reaches_the_optimum(self):
        X, y = DATA_SETS["make_linear_data"]()
        result = helpers.fit(X, y, method="plain")
        assert result.converged
        assert np.max(np.abs(result.W - lbfgs_weights(X, y))) <= 1e-6

    def test_one_epoch_is_the_lecture_update(self):
        W, X, y = problem(6, 15, 2)
        eta = 0.3
        result = helpers.fit(X, y, learning_rate=eta, epochs=1, W0=W, tol=0.0, method="plain")
        expected = W + eta * (X.T @ (y - expit(X @ W))) / len(y)
        np.testing.assert_allclose(result.W, expected, rtol=1e-13)
        np.testing.assert_allclose(result.weights[0], W)

    def test_history_is_the_cross_entropy_of_each_epochs_weights(self):
        W, X, y = problem(7, 12, 2)
        result = helpers.fit(X, y, epochs=20, W0=W, tol=0.0)
        expected = [scipy_cost(V, X, y) for V in result.weights]
        np.testing.assert_allclose(result.history, expected, rtol=1e-12)
        assert isinstance(result.history, np.ndarray) and result.history.shape == (21,)

    def test_sse_history_and_update(self):
        W, X, y = problem(8, 10, 1)
        result = helpers.fit(X, y, 0.5, epochs=3, W0=W, tol=0.0, cost="sse", method="plain")
        first = W - 0.5 * helpers.sse_gradient(W, X, y)
        np.testing.assert_allclose(result.weights[1], first, rtol=1e-13)
        sse = [float(np.sum(0.5 * (y - expit(X @ V)) ** 2)) for V in result.weights]
        np.testing.assert_allclose(result.history, sse, rtol=1e-12)

    def test_result_is_frozen(self):
        result = helpers.fit(*DATA_SETS["make_1d_data"](), epochs=2)
        with pytest.raises(AttributeError):
            result.W = None

    def test_no_warnings_from_a_saturated_start(self, strict_numpy):
        X, y = DATA_SETS["make_linear_data"]()
        result = helpers.fit(X, y, W0=[300.0, -200.0, 200.0], epochs=50, tol=0.0)
        assert np.all(np.isfinite(result.history)) and result.history[0] > 10

    def test_diverging_learning_rate_is_a_clear_error(self):
        X, y = DATA_SETS["make_1d_data"]()
        with pytest.raises(ValueError, match=r"diverged.*learning_rate"):
            helpers.fit(X, y, learning_rate=1e308, epochs=50, tol=0.0, method="plain")

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"y": np.full(30, 2.0)}, ValueError, "`y` must hold class labels 0 or 1"),
            ({"y": np.zeros(29)}, ValueError, "`y` has 29 labels but `X` has 30"),
            ({"X": np.ones((30, 2)) * np.nan}, ValueError, "`X` must be finite"),
            ({"learning_rate": 0.0}, ValueError, "`learning_rate` must be a finite number > 0"),
            ({"learning_rate": -1.0}, ValueError, "`learning_rate`"),
            ({"learning_rate": np.inf}, ValueError, "`learning_rate`"),
            ({"learning_rate": "fast"}, TypeError, "`learning_rate`"),
            ({"epochs": 10.5}, TypeError, "`epochs` must be a whole number"),
            ({"epochs": "10"}, TypeError, "`epochs`"),
            ({"epochs": True}, TypeError, "`epochs`"),
            ({"epochs": -1}, ValueError, "`epochs` must be >= 0"),
            ({"tol": -1e-3}, ValueError, "`tol`"),
            ({"W0": [0.0, 1.0, 2.0]}, ValueError, r"`W0` must hold one starting weight"),
            ({"W0": [0.0, np.nan]}, ValueError, "`W0` must be finite"),
            ({"cost": "mse"}, ValueError, "`cost` must be"),
            ({"method": "adam"}, ValueError, "`method` must be"),
        ],
    )
    def test_bad_input(self, kwargs, error, message):
        x, y = helpers.make_1d_data()
        args = {"X": helpers.add_bias(x), "y": y, **kwargs}
        with pytest.raises(error, match=message):
            helpers.fit(**args)

    def test_lipschitz_constant(self):
        X, _ = DATA_SETS["make_circle_data"]()
        largest = np.linalg.eigvalsh(X.T @ X)[-1]
        assert helpers.lipschitz_constant(X) == pytest.approx(largest / (4 * len(X)))
        assert helpers.lipschitz_constant(X, "sse") == pytest.approx(largest / 4)
        # it bounds the Hessian (1/m) X^T diag(sigma') X at any W
        W = np.array([0.1, -0.2, 0.3])
        s = expit(X @ W)
        hessian = X.T @ (X * (s * (1 - s))[:, None]) / len(X)
        assert np.linalg.eigvalsh(hessian)[-1] <= helpers.lipschitz_constant(X)


# ----------------------------------------------------------------------------- the race
class TestRace:
    def test_cross_entropy_needs_at_least_ten_times_fewer_epochs(self):
        result = helpers.race(epochs=1000)
        sse, ce = result.epochs_to_target["sse"], result.epochs_to_target["cross_entropy"]
        assert ce is not None and sse is not None
        assert 10 * ce <= sse
        # the counts are where y_hat first drops below 0.1, measured independently
        for cost, count in (("sse", sse), ("cross_entropy", ce)):
            y_hat = expit(result.fits[cost].weights @ np.array([1.0, 1.0]))
            assert y_hat[count] < 0.1 <= y_hat[count - 1]
        assert result.y_hat["sse"][0, 0] == pytest.approx(expit(7.0))
        assert result.fits["sse"].learning_rate == result.fits["cross_entropy"].learning_rate

    def test_sse_gradient_carries_the_vanishing_slope(self):
        X, y, W0 = np.array([[1.0, 1.0]]), np.array([0.0]), np.array([3.5, 3.5])
        sse, ce = helpers.sse_gradient(W0, X, y), helpers.gradient(W0, X, y)
        np.testing.assert_allclose(sse / ce, expit(7.0) * expit(-7.0), rtol=1e-12)

    def test_never_reaching_the_target_gives_none(self):
        result = helpers.race(epochs=3)
        assert result.epochs_to_target["sse"] is None
        assert len(result.fits["sse"].history) == 4

    def test_own_data(self):
        x, y = helpers.make_1d_data(m=10)
        result = helpers.race(helpers.add_bias(x), y, epochs=50, target=0.45)
        assert set(result.fits) == {"sse", "cross_entropy"}
        assert result.y_hat["sse"].shape == (51, 10)

    def test_bad_input(self):
        with pytest.raises(ValueError, match="both `X` and `y`"):
            helpers.race(X=np.ones((2, 2)))
        with pytest.raises(ValueError, match="`target`"):
            helpers.race(target=0.0)


# ----------------------------------------------------------------------------- figures
class TestFigures:
    def test_learning_curve_draws_each_history(self):
        X, y = DATA_SETS["make_linear_data"]()
        runs = {
            "a": helpers.fit(X, y, epochs=30, tol=0, method="plain"),
            "b": helpers.fit(X, y, epochs=20, tol=0),
        }
        ax = helpers.plot_learning_curve(runs, log_cost=True).axes[0]
        lines = ax.get_lines()
        np.testing.assert_array_equal(lines[0].get_ydata(), runs["a"].history)
        np.testing.assert_array_equal(lines[1].get_xdata(), np.arange(21))
        assert lines[0].get_linestyle() != lines[1].get_linestyle()
        assert lines[0].get_marker() != lines[1].get_marker()
        assert ax.get_yscale() == "log"
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]

    def test_learning_curve_rejects_other_things(self):
        with pytest.raises(TypeError, match="FitResult"):
            helpers.plot_learning_curve({"x": [1, 2, 3]})

    def test_training_snapshots_show_each_epochs_boundary(self):
        X, y = helpers.make_linear_data()
        result = helpers.fit(helpers.add_bias(X), y, epochs=100, tol=0, method="plain")
        fig = helpers.plot_training(X, y, result, epochs=(0, 10, 100))
        assert len(fig.axes) == 4  # three panels and the colour bar of h
        assert fig.axes[3].get_label() == "<colorbar>"
        for ax, epoch in zip(fig.axes[:3], (0, 10, 100), strict=True):
            assert ax.get_title().startswith(f"epoch {epoch}: J = {result.history[epoch]:.3f}")
        (line,) = [ln for ln in fig.axes[2].get_lines() if ln.get_label().startswith("boundary")]
        x1, x2 = line.get_data()
        np.testing.assert_allclose(x2, helpers.decision_boundary(result.W, x1), atol=1e-9)
        boundary_at_0 = [ln for ln in fig.axes[0].get_lines() if ln.get_label().startswith("bound")]
        assert len(boundary_at_0[0].get_xdata()) == 0  # W = 0: no boundary yet

    def test_training_snapshot_epochs_must_exist(self):
        X, y = helpers.make_linear_data()
        result = helpers.fit(helpers.add_bias(X), y, epochs=5, tol=0, method="plain")
        with pytest.raises(ValueError, match="`epochs` must lie between 0 and 5"):
            helpers.plot_training(X, y, result, epochs=(0, 10))

    def test_race_figure(self):
        result = helpers.race(epochs=500)
        fig = helpers.plot_race(result)
        left, right = fig.axes
        ce, sse = left.get_lines()[:2]
        np.testing.assert_array_equal(ce.get_ydata(), result.fits["cross_entropy"].history)
        np.testing.assert_array_equal(sse.get_ydata(), result.fits["sse"].history)
        assert ce.get_color() != sse.get_color()
        assert ce.get_linestyle() != sse.get_linestyle() and ce.get_marker() != sse.get_marker()
        assert left.get_yscale() == "log" and left.get_xscale() == "symlog"
        texts = [t.get_text() for t in right.texts]
        assert f"{result.epochs_to_target['sse']} epochs" in texts
        with pytest.raises(TypeError, match=r"helpers\.race"):
            helpers.plot_race(None)


# ----------------------------------------------------------------------------- slider figure
@pytest.mark.widgets
class TestTrainingExplorer:
    def test_default_is_plain_descent_on_the_linear_data(self):
        explorer = helpers.training_explorer()
        X, y = helpers.make_linear_data()
        expected = helpers.fit(helpers.add_bias(X), y, epochs=1000, tol=0, method="plain")
        np.testing.assert_array_equal(explorer.result.weights, expected.weights)
        assert explorer.values == {"epoch": 0}
        assert explorer.sliders["epoch"].max == 1000

    def test_moving_the_slider_moves_boundary_marker_titles_and_image(self):
        explorer = helpers.training_explorer()
        view = explorer.view
        before = {
            "boundary": view.view.boundary.get_xydata().copy(),
            "marker": np.array(view.marker.get_data(), dtype=float),
            "title": view.view.ax.get_title(),
            "image": bytes(explorer.image.value),
        }
        explorer.sliders["epoch"].value = 200
        W = explorer.result.weights[200]
        xy = view.view.boundary.get_xydata()
        assert not np.array_equal(xy, before["boundary"]) and len(xy) > 10
        np.testing.assert_allclose(xy[:, 1], helpers.decision_boundary(W, xy[:, 0]), atol=1e-9)
        marker = np.array(view.marker.get_data(), dtype=float).ravel()
        np.testing.assert_allclose(marker, [200, explorer.result.history[200]])
        assert not np.array_equal(marker, before["marker"].ravel())
        assert view.view.ax.get_title().startswith("epoch 200: W = [")
        assert view.view.ax.get_title() != before["title"]
        assert bytes(explorer.image.value) != before["image"]

    def test_blitted_image_equals_a_full_redraw(self):
        explorer = helpers.training_explorer(epochs=100)
        explorer.sliders["epoch"].value = 40
        assert blit_mismatch(explorer) < 0.002

    def test_squared_features_use_the_circle_data(self):
        explorer = helpers.training_explorer(epochs=50, epoch=50, features="squared")
        X, y = helpers.make_circle_data()
        Xb = helpers.add_bias(helpers.square_features(X))
        np.testing.assert_allclose(
            explorer.result.W, helpers.fit(Xb, y, epochs=50, tol=0, method="plain").W
        )
        assert explorer.view.view.ax.get_title().startswith("epoch 50")

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"X": np.zeros((3, 2))}, ValueError, "both `X` and `y`"),
            ({"features": "cubic"}, ValueError, "`features`"),
            ({"epochs": 2.5}, TypeError, "`epochs`"),
        ],
    )
    def test_bad_input(self, kwargs, error, message):
        with pytest.raises(error, match=message):
            helpers.training_explorer(**kwargs)


# ----------------------------------------------------------------------------- checks
def good_gradient(W, X, y):
    return -(X.T @ (y - expit(X @ W))) / len(y)


class TestGradientCheck:
    @pytest.mark.parametrize(
        "answer",
        [
            good_gradient,
            lambda W, X, y: (X.T @ (helpers.sigmoid(X @ W) - y)) / len(y),
            lambda W, X, y: helpers.gradient(W, X, y),
            lambda W, X, y: list(good_gradient(W, X, y)),
        ],
    )
    def test_correct_answers(self, answer):
        result = check.gradient_function(answer)
        assert result and result.message.startswith("Correct!")

    @pytest.mark.parametrize(
        ("answer", "hint"),
        [
            (lambda W, X, y: -good_gradient(W, X, y), "wrong sign"),
            (lambda W, X, y: -(X.T @ (expit(X @ W) - y)) / len(y), "wrong sign"),
            (lambda W, X, y: len(y) * good_gradient(W, X, y), "1/m of J is missing"),
            (lambda W, X, y: -len(y) * good_gradient(W, X, y), "sign is flipped and the 1/m"),
            (lambda W, X, y: good_gradient(W, X, y) * len(y) / X.shape[1], "number of columns"),
            (lambda W, X, y: -(X.T @ (y - X @ W)) / len(y), "apply helpers.sigmoid"),
            (lambda W, X, y: helpers.sse_gradient(W, X, y) / len(y), "extra factor σ'(z)"),
            (lambda W, X, y: good_gradient(W, X, y)[:, None], "shape"),
            (lambda W, X, y: X @ good_gradient(W, X, y), "shape"),
            (lambda W, X, y: X @ (y - expit(X @ W)), "raised ValueError"),
            (lambda W, X, y: good_gradient(W, X, y) * len(y) / 5, "times the right one"),
            (lambda W, X, y: good_gradient(W, X, y) + 0.1, "differ"),
            (lambda W, X, y: "gradient", "not the gradient"),
            (lambda W, X, y: None, "`return` missing"),
            (..., "unfinished"),
        ],
    )
    def test_typical_mistakes_get_specific_hints(self, answer, hint):
        result = check.gradient_function(answer)
        assert not result and result.message.startswith("Not yet.") and hint in result.message

    def test_warning_is_reported(self):
        def noisy(W, X, y):
            warnings.warn("careful", stacklevel=1)
            return good_gradient(W, X, y)

        result = check.gradient_function(noisy)
        assert not result and "careful" in result.message


class TestStepCheck:
    @pytest.mark.parametrize(
        "answer",
        [
            lambda W, X, y, eta: W - eta * good_gradient(W, X, y),
            lambda W, X, y, eta: W + eta * (X.T @ (y - expit(X @ W))) / len(y),
        ],
    )
    def test_correct_answers(self, answer):
        result = check.gradient_step(answer)
        assert result and result.message.startswith("Correct!")

    @pytest.mark.parametrize(
        ("answer", "hint"),
        [
            (lambda W, X, y, eta: W + eta * good_gradient(W, X, y), "goes uphill"),
            (lambda W, X, y, eta: W - good_gradient(W, X, y), "learning rate η is missing"),
            (lambda W, X, y, eta: good_gradient(W, X, y), "not the new weights"),
            (lambda W, X, y, eta: -eta * good_gradient(W, X, y), "not the new weights"),
            (lambda W, X, y, eta: W - eta * len(y) * good_gradient(W, X, y), "m times too large"),
            (lambda W, X, y, eta: W - eta * good_gradient(W, X, y)[:2], "shape"),
            (lambda W, X, y, eta: W * 0.5, "differ"),
            (lambda W, X, y, eta: None, "`return` missing"),
            (..., "unfinished"),
        ],
    )
    def test_typical_mistakes_get_specific_hints(self, answer, hint):
        result = check.gradient_step(answer)
        assert not result and result.message.startswith("Not yet.") and hint in result.message
