"""Notebook 04: the gradient, gradient checks, gradient descent, the race, going further (the
step 1/L and Nesterov's momentum), the figures and the slider figure, all tested headlessly.

References: central differences of the cost (scipy.special.expit / log_expit, independent of
helpers), a per-sample loop, notebook 04's update rule written out here, numpy's spectral norm,
and scikit-learn's unpenalised LogisticRegression. (Bad arguments: tests/test_bad_inputs.py.)
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit, log_expit
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression

import helpers
from helpers.going_further import fit_nesterov, lipschitz_constant

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


def descent_by_hand(X, y, eta, epochs, W0=None):
    """Notebook 04's rule, w_j := w_j + η (1/m) Σ (y − ŷ) x_j, with scipy's σ: every epoch's W."""
    W = np.zeros(X.shape[1]) if W0 is None else np.array(W0, dtype=float)
    weights = [W]
    for _ in range(epochs):
        W = W + eta * (X.T @ (y - expit(X @ W))) / len(y)
        weights.append(W)
    return np.array(weights)


def breast_cancer():
    """scikit-learn's breast-cancer set, standardised: the ten "mean" measurements without the
    perimeter and the area, which are functions of the radius. (All thirty features separate
    the classes: no finite optimum. With perimeter and area the optimum is ill-determined:
    the Hessian's smallest eigenvalue is 6e-6, so ‖∇J‖ = 1e-10 still leaves W 1e-5 away.)"""
    data = load_breast_cancer()
    X = data.data[:, [0, 1, 4, 5, 6, 7, 8, 9]]
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    return helpers.add_bias(X), data.target.astype(float)


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
    "breast_cancer": breast_cancer,
}
SERIES = ("make_1d_data", "make_linear_data", "make_circle_data")


def sklearn_optimum(X, y) -> np.ndarray:
    """The maximum-likelihood W of scikit-learn's unpenalised logistic regression (C = inf is
    ``penalty=None`` in scikit-learn >= 1.8), the bias column in X.

    Newton-CG, not L-BFGS: L-BFGS stops on its relative change of J (ftol = 64 eps) at
    ‖∇J‖ ≈ 1e-8, up to 9e-7 away from the optimum on the breast-cancer set; Newton-CG reaches
    ‖∇J‖ ≈ 1e-16 there."""
    model = LogisticRegression(
        C=np.inf, solver="newton-cg", tol=1e-12, max_iter=10_000, fit_intercept=False
    )
    return model.fit(X, y).coef_[0]


# ----------------------------------------------------------------------------- gradient
class TestGradient:
    def test_matches_central_differences(self):
        for seed, m, n in ((0, 5, 1), (1, 30, 2), (2, 200, 5), (3, 7, 10)):
            W, X, y = problem(seed, m, n)
            numeric = central_differences(lambda V, X=X, y=y: scipy_cost(V, X, y), W)
            assert helpers.relative_error(helpers.gradient(W, X, y), numeric) < 1e-7
            ours = helpers.numerical_gradient(lambda V, X=X, y=y: scipy_cost(V, X, y), W, eps=1e-6)
            np.testing.assert_allclose(ours, numeric, rtol=1e-12, atol=1e-14)

    def test_matches_the_per_sample_sum(self):
        for seed in range(5):
            W, X, y = problem(seed, 25, 3, scale=3.0)
            total = np.zeros(len(W))
            for i in range(len(y)):
                total += (y[i] - expit(X[i] @ W)) * X[i]
            expected = -total / len(y)
            np.testing.assert_allclose(helpers.gradient(W, X, y), expected, rtol=1e-12, atol=1e-15)

    def test_saturated_weights_are_finite_and_silent(self, strict_numpy):
        X = helpers.add_bias(np.array([[1.0], [-1.0], [2.0]]))
        W = np.array([0.0, 1e4])
        y = np.array([0.0, 1.0, 1.0])
        # z = 1e4, -1e4, 2e4: y_hat = 1, 0, 1, so y - y_hat = -1, 1, 0
        np.testing.assert_allclose(helpers.gradient(W, X, y), [0.0, 2 / 3], atol=1e-15)


class TestNumericalGradientAndRelativeError:
    def test_matrix_argument_and_vector_output(self):
        rng = np.random.default_rng(5)
        A = rng.normal(size=(2, 3))
        saved = A.copy()
        x = rng.normal(size=3)
        slopes = helpers.numerical_gradient(lambda M: M @ x, A)  # d(Ax)_k / dA_ij
        assert slopes.shape == (2, 2, 3)
        expected = np.zeros((2, 2, 3))
        expected[0, 0], expected[1, 1] = x, x
        np.testing.assert_allclose(slopes, expected, atol=1e-9)
        np.testing.assert_array_equal(A, saved)  # left unchanged

    def test_a_cost_without_return_is_told_so(self):
        with pytest.raises(TypeError, match=r"`cost` returned None.*`return`"):
            helpers.numerical_gradient(lambda W: None, np.zeros(3))

    def test_relative_error_values(self):
        a = np.array([1.0, -2.0, 3.0])
        assert helpers.relative_error(a, a) == 0.0
        assert helpers.relative_error(a, -a) == 1.0
        assert helpers.relative_error(5 * a, a) == pytest.approx(4 / 6)
        assert helpers.relative_error(np.zeros(3), np.zeros(3)) == 0.0

    def test_compare_prints_every_number_and_the_largest_difference(self):
        text = helpers.compare([0.5, -0.25], [0.5, -0.25 + 1e-12], ("a", "bb"))
        assert text.splitlines() == [
            "a   [+0.50000000, -0.25000000]",
            "bb  [+0.50000000, -0.25000000]",
            "max |difference| = 1.0e-12",
        ]
        assert helpers.compare(1.0, 3.0).splitlines()[0] == "previous step  [+1.00000000]"


# ----------------------------------------------------------------------------- fit
class TestFit:
    def test_the_default_is_notebook_04s_rule_eta_one_half_for_every_epoch(self):
        X, y = DATA_SETS["make_linear_data"]()
        result = helpers.fit(X, y)
        assert result.epochs == 1000 and result.learning_rate == 0.5 and not result.converged
        expected = descent_by_hand(X, y, 0.5, 1000)
        np.testing.assert_allclose(result.weights, expected, rtol=1e-10, atol=1e-13)
        np.testing.assert_array_equal(result.W, result.weights[-1])
        assert result.gradient_norm == pytest.approx(
            np.linalg.norm(helpers.gradient(result.W, X, y)), rel=1e-10
        )

    def test_one_epoch_is_the_lecture_update(self):
        W, X, y = problem(6, 15, 2)
        result = helpers.fit(X, y, learning_rate=0.3, epochs=1, W0=W)
        np.testing.assert_allclose(result.weights, descent_by_hand(X, y, 0.3, 1, W), rtol=1e-13)

    def test_history_is_the_cross_entropy_of_each_epochs_weights(self):
        W, X, y = problem(7, 12, 2)
        result = helpers.fit(X, y, epochs=20, W0=W)
        expected = [scipy_cost(V, X, y) for V in result.weights]
        np.testing.assert_allclose(result.history, expected, rtol=1e-12)
        assert result.history.shape == (21,) and result.weights.shape == (21, 3)

    def test_tol_stops_at_the_first_epoch_below_it(self):
        X, y = DATA_SETS["make_1d_data"]()
        result = helpers.fit(X, y, epochs=5000, tol=1e-3)
        assert result.converged and result.gradient_norm < 1e-3 and result.epochs < 5000
        before = np.linalg.norm(helpers.gradient(result.weights[-2], X, y))
        assert before >= 1e-3

    def test_no_warnings_from_a_saturated_start(self, strict_numpy):
        X, y = DATA_SETS["make_linear_data"]()
        result = helpers.fit(X, y, W0=[300.0, -200.0, 200.0], epochs=50)
        assert np.all(np.isfinite(result.history)) and result.history[0] > 10


# ----------------------------------------------------------------------------- going further
class TestGoingFurther:
    @pytest.mark.parametrize("name", DATA_SETS)
    def test_nesterov_reaches_sklearns_optimum(self, name):
        X, y = DATA_SETS[name]()
        result = fit_nesterov(X, y)
        assert result.converged and result.gradient_norm < 1e-10
        assert result.epochs <= 2000  # plain descent with the same step: 6,871 to over 100,000
        assert np.max(np.abs(result.W - sklearn_optimum(X, y))) <= 1e-6
        assert result.learning_rate == pytest.approx(1 / lipschitz_constant(X), rel=1e-15)
        assert result.history[-1] == pytest.approx(scipy_cost(result.W, X, y), rel=1e-12)

    def test_the_lipschitz_constant_is_the_spectral_norm_squared_over_4m(self):
        for name in DATA_SETS:
            X, _ = DATA_SETS[name]()
            expected = np.linalg.norm(X, 2) ** 2 / (4 * len(X))  # σmax(X)², by SVD
            assert lipschitz_constant(X) == pytest.approx(expected, rel=1e-12)
            # it bounds the Hessian (1/m) Xᵀ diag(σ') X at any W
            W = np.random.default_rng(0).normal(size=X.shape[1])
            s = expit(X @ W)
            hessian = X.T @ (X * (s * (1 - s))[:, None]) / len(X)
            assert np.linalg.eigvalsh(hessian)[-1] <= lipschitz_constant(X)

    @pytest.mark.parametrize("name", SERIES)
    def test_the_step_one_over_L_lowers_J_at_every_epoch(self, name):
        X, y = DATA_SETS[name]()
        rate = 1 / lipschitz_constant(X)
        for W0 in (None, np.full(X.shape[1], 5.0)):
            history = helpers.fit(X, y, learning_rate=rate, epochs=2000, W0=W0).history
            assert np.all(np.diff(history) < 0)


# ----------------------------------------------------------------------------- the race
class TestRace:
    def test_cross_entropy_needs_at_least_ten_times_fewer_epochs(self):
        result = helpers.race()
        sse, ce = result.epochs_to_target["sse"], result.epochs_to_target["cross_entropy"]
        assert ce is not None and sse is not None and 10 * ce <= sse
        # the counts are where y_hat first drops below 0.1, measured independently
        for cost, count in (("sse", sse), ("cross_entropy", ce)):
            y_hat = expit(result.fits[cost].weights @ np.array([1.0, 1.0]))
            assert y_hat[count] < 0.1 <= y_hat[count - 1]
            assert result.fits[cost].learning_rate == 2.0
        assert result.y_hat["sse"][0, 0] == pytest.approx(expit(7.0))

    def test_each_run_is_plain_descent_on_its_own_cost(self):
        result = helpers.race(epochs=3, learning_rate=0.5)
        x, y, W = np.array([1.0, 1.0]), 0.0, np.array([3.5, 3.5])
        sse_W = ce_W = W
        for epoch in range(1, 4):
            a, b = expit(sse_W @ x), expit(ce_W @ x)
            sse_W = sse_W - 0.5 * (a - y) * a * (1 - a) * x  # E = ½ (y − ŷ)²: σ' stays in
            ce_W = ce_W - 0.5 * (b - y) * x  # J: σ' has cancelled
            np.testing.assert_allclose(result.fits["sse"].weights[epoch], sse_W, rtol=1e-13)
            np.testing.assert_allclose(result.fits["cross_entropy"].weights[epoch], ce_W)
        assert result.epochs_to_target["sse"] is None  # 3 epochs: not there yet
        assert len(result.fits["sse"].history) == 4


# ----------------------------------------------------------------------------- figures
class TestFigures:
    def test_learning_curve_draws_each_history(self):
        X, y = DATA_SETS["make_linear_data"]()
        runs = {"a": helpers.fit(X, y, epochs=30), "b": helpers.fit(X, y, 2.0, epochs=20)}
        ax = helpers.plot_learning_curve(runs, log_cost=True).axes[0]
        lines = ax.get_lines()
        np.testing.assert_array_equal(lines[0].get_ydata(), runs["a"].history)
        np.testing.assert_array_equal(lines[1].get_xdata(), np.arange(21))
        assert lines[0].get_linestyle() != lines[1].get_linestyle()
        assert lines[0].get_marker() != lines[1].get_marker()
        assert ax.get_yscale() == "log"
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]
        single = helpers.plot_learning_curve(runs["a"]).axes[0]
        assert single.get_legend() is None and single.get_yscale() == "linear"

    def test_training_snapshots_show_each_epochs_boundary(self):
        X, y = helpers.make_linear_data()
        result = helpers.fit(helpers.add_bias(X), y, epochs=100)
        fig = helpers.plot_training(X, y, epochs=(0, 10, 100))
        assert len(fig.axes) == 4 and fig.axes[3].get_label() == "<colorbar>"
        for ax, epoch in zip(fig.axes[:3], (0, 10, 100), strict=True):
            assert ax.get_title().startswith(f"epoch {epoch}: J = {result.history[epoch]:.3f}")
        (line,) = [ln for ln in fig.axes[2].get_lines() if ln.get_label().startswith("boundary")]
        x1, x2 = line.get_data()
        np.testing.assert_allclose(x2, helpers.decision_boundary(result.W, x1), atol=1e-9)
        boundary_at_0 = [ln for ln in fig.axes[0].get_lines() if ln.get_label().startswith("bound")]
        assert len(boundary_at_0[0].get_xdata()) == 0  # W = 0: no boundary yet

    def test_race_figure(self):
        result = helpers.race(epochs=500)
        left, right = helpers.plot_race(result).axes
        ce, sse = left.get_lines()[:2]
        np.testing.assert_array_equal(ce.get_ydata(), result.fits["cross_entropy"].history)
        np.testing.assert_array_equal(sse.get_ydata(), result.fits["sse"].history)
        assert ce.get_color() != sse.get_color()
        assert ce.get_linestyle() != sse.get_linestyle() and ce.get_marker() != sse.get_marker()
        assert left.get_yscale() == "log" and left.get_xscale() == "symlog"
        texts = [t.get_text() for t in right.texts]
        assert f"{result.epochs_to_target['sse']} epochs" in texts


# ----------------------------------------------------------------------------- slider figure
@pytest.mark.widgets
class TestTrainingExplorer:
    def test_default_is_plain_descent_on_the_linear_data(self):
        explorer = helpers.training_explorer()
        X, y = helpers.make_linear_data()
        expected = helpers.fit(helpers.add_bias(X), y)
        np.testing.assert_array_equal(explorer.view.result.weights, expected.weights)
        assert explorer.values == {"epoch": 0} and explorer.sliders["epoch"].max == 1000

    def test_moving_the_slider_moves_boundary_marker_titles_and_image(self):
        explorer = helpers.training_explorer()
        view, result = explorer.view, explorer.view.result
        before = {
            "boundary": view.view.boundary.get_xydata().copy(),
            "title": view.view.ax.get_title(),
            "image": bytes(explorer.image.value),
        }
        explorer.sliders["epoch"].value = 200
        W = result.weights[200]
        xy = view.view.boundary.get_xydata()
        assert not np.array_equal(xy, before["boundary"]) and len(xy) > 10
        np.testing.assert_allclose(xy[:, 1], helpers.decision_boundary(W, xy[:, 0]), atol=1e-9)
        marker = np.array(view.marker.get_data(), dtype=float).ravel()
        np.testing.assert_allclose(marker, [200, result.history[200]])
        X, y = helpers.make_linear_data()
        correct = int(np.sum(helpers.predict(W, helpers.add_bias(X)) == y))
        title = f"epoch 200: W = [{W[0]:.2f}, {W[1]:.2f}, {W[2]:.2f}]\n{correct} of 60 correct"
        assert view.view.ax.get_title() == title != before["title"]
        assert view.ax_curve.get_title() == f"J = {result.history[200]:.4f} after 200 epochs"
        assert bytes(explorer.image.value) != before["image"]

    def test_blitted_image_equals_a_full_redraw(self):
        explorer = helpers.training_explorer(epochs=100)
        explorer.sliders["epoch"].value = 40
        assert blit_mismatch(explorer) < 0.002

    def test_squared_features_use_the_circle_data(self):
        explorer = helpers.training_explorer(epochs=50, epoch=50, features="squared")
        X, y = helpers.make_circle_data()
        Xb = helpers.add_bias(helpers.square_features(X))
        np.testing.assert_allclose(explorer.view.result.W, helpers.fit(Xb, y, epochs=50).W)
        assert explorer.view.view.ax.get_title().startswith("epoch 50")

    def test_a_slider_move_checks_the_epoch_once(self, validation_calls):
        explorer = helpers.training_explorer(epochs=20)
        validation_calls.clear()
        explorer.sliders["epoch"].value = 7
        assert validation_calls == {"epoch": 1}
