"""Notebook 03: SSE, MSE and the cross entropy, the quiz's data, the figures and the slider.

References: ``sklearn.metrics.log_loss`` for the cross entropy from probabilities,
``scipy.special.log_expit`` for the cross entropy from the logits, ``np.logaddexp`` for
softplus, plain loops over the samples for the costs over weight vectors, and central
differences for the slopes. (Bad arguments: tests/test_bad_inputs.py. The quiz widget and the
exercise checks are tested with the checks.)
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import expit, log_expit
from sklearn.metrics import log_loss

import helpers
from helpers.costs import EPS
from helpers.plots.costs import CostSlices, _shade_concave, slice_weights
from helpers.plots.style import new_figure

from .conftest import blit_mismatch

SEEDS = range(5)
X1D, Y1D = helpers.make_1d_data(m=30, seed=0)  # the notebook's data set
XB1D = helpers.add_bias(X1D)


def random_problem(seed: int, m: int = 50):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=m).astype(float)
    y[:2] = [0.0, 1.0]  # both classes present, as log_loss requires
    a = rng.uniform(0.001, 0.999, size=m)
    return y, a


# ----------------------------------------------------------------------------- SSE and MSE
class TestSquaredError:
    def test_sse_has_the_half_and_mse_is_sse_over_m(self):
        assert helpers.sse([1.0, 0.0, 1.0, 0.0], [0.9, 0.2, 0.4, 0.7]) == pytest.approx(0.45)
        y, a = random_problem(1)
        expected = sum(0.5 * (yi - ai) ** 2 for yi, ai in zip(y, a, strict=True)) / len(y)
        assert helpers.mse(y, a) == pytest.approx(expected, rel=1e-14)
        assert helpers.mse(y, a) * len(y) == pytest.approx(helpers.sse(y, a), rel=1e-14)

    def test_any_real_output_for_linear_regression(self):
        assert helpers.sse([2.0, -1.0], [0.0, 3.0]) == pytest.approx(0.5 * (4 + 16))
        assert helpers.sse([1.0], [0.0]) == 0.5  # a wrong probability costs at most a half


# ----------------------------------------------------------------------------- cross entropy
class TestCrossEntropy:
    def test_matches_sklearn_log_loss_and_the_two_cases(self):
        for seed in SEEDS:
            y, a = random_problem(seed)
            assert helpers.cross_entropy(y, a) == pytest.approx(log_loss(y, a), rel=1e-13)
            expected = np.where(y == 1, -np.log(a), -np.log(1 - a))
            terms = helpers.cross_entropy_terms(y, a)
            np.testing.assert_allclose(terms, expected, rtol=1e-13)
            assert (terms >= 0).all()

    def test_terms_match_log_loss_sample_by_sample(self):
        y, a = random_problem(7, m=12)
        for yi, ai, term in zip(y, a, helpers.cross_entropy_terms(y, a), strict=True):
            assert term == pytest.approx(
                log_loss([yi], [ai], labels=[0, 1]), rel=5e-16, abs=2.3e-16
            )

    def test_slide_quiz_values_and_the_coin_flip(self):
        terms = helpers.cross_entropy_terms([1.0, 1.0, 0.0], [0.2, 0.8, 0.9])
        np.testing.assert_allclose(terms, [-math.log(0.2), -math.log(0.8), -math.log(0.1)])
        assert helpers.cross_entropy([1.0, 0.0], [0.5, 0.5]) == pytest.approx(math.log(2))

    def test_zero_exactly_at_perfect_predictions_and_positive_otherwise(self):
        y = np.array([1.0, 0.0, 1.0])
        assert helpers.cross_entropy(y, y) == 0.0
        assert not np.signbit(helpers.cross_entropy_terms(y, y)).any()  # no -0.0
        assert helpers.cross_entropy(y, [1.0, 0.0, 0.999]) > 0.0

    def test_saturated_wrong_predictions_are_capped_like_log_loss(self, strict_numpy):
        y = np.array([1.0, 0.0, 1.0, 0.0])
        a = np.array([0.0, 1.0, 1.0, 0.0])
        terms = helpers.cross_entropy_terms(y, a)
        np.testing.assert_allclose(terms, [-math.log(EPS), -math.log(EPS), 0.0, 0.0])
        assert helpers.cross_entropy(y, a) == pytest.approx(log_loss(y, a), rel=1e-12)


class TestFromLogits:
    def test_matches_scipy_log_expit_and_the_cost_of_sigma(self):
        for seed in SEEDS:
            rng = np.random.default_rng(seed)
            y = rng.integers(0, 2, size=40).astype(float)
            z = rng.normal(scale=10.0, size=40)
            expected = np.mean(-y * log_expit(z) - (1 - y) * log_expit(-z))
            assert helpers.cross_entropy_from_logits(y, z) == pytest.approx(expected, rel=1e-13)
            z = rng.uniform(-8, 8, size=40)  # unsaturated: the same as from the probabilities
            assert helpers.cross_entropy_from_logits(y, z) == pytest.approx(
                helpers.cross_entropy(y, expit(z)), rel=1e-12
            )

    def test_exact_and_silent_when_saturated(self, strict_numpy):
        y = np.array([0.0, 1.0, 1.0, 0.0, 1.0, 0.0])
        z = np.array([40.0, 40.0, -800.0, -1e308, 1e308, 1e308])
        terms = [helpers.cross_entropy_from_logits([yi], [zi]) for yi, zi in zip(y, z, strict=True)]
        assert terms[0] == pytest.approx(40.0, rel=1e-15)
        assert terms[1] == pytest.approx(math.exp(-40.0), rel=1e-12)
        assert terms[2] == 800.0  # log σ(-800) = -800, where log(σ(-800)) would be -inf
        assert terms[3] == 0.0 and terms[4] == 0.0
        assert terms[5] == 1e308


class TestSoftplus:
    def test_matches_logaddexp_and_is_minus_log_sigma(self, strict_numpy):
        t = np.concatenate([np.linspace(-50, 50, 1001), [-1e308, -745.0, 709.0, 1e308]])
        with np.errstate(under="ignore"):  # the reference and the comparison underflow quietly
            np.testing.assert_allclose(helpers.softplus(t), np.logaddexp(0.0, t), rtol=1e-15)
        z = np.linspace(-30, 30, 61)
        np.testing.assert_allclose(-helpers.softplus(-z), log_expit(z), rtol=1e-14, atol=1e-300)

    def test_a_scalar_gives_a_float(self):
        assert isinstance(helpers.softplus(0.0), float)
        assert helpers.softplus(0.0) == pytest.approx(math.log(2.0), rel=1e-16)


# ----------------------------------------------------------------------------- general form
class TestGeneralCrossEntropy:
    def test_one_hot_rows(self):
        np.testing.assert_array_equal(helpers.one_hot([1, 0, 2], 3), np.eye(3)[[1, 0, 2]])
        np.testing.assert_array_equal(helpers.one_hot([1.0, 0.0], 2), [[0, 1], [1, 0]])
        np.testing.assert_array_equal(helpers.one_hot([0, 0], 4), [[1, 0, 0, 0]] * 2)
        with pytest.raises(ValueError, match="`labels` must hold class numbers 0 to 2"):
            helpers.one_hot([0, 3], 3)

    def test_two_classes_is_the_binary_cross_entropy(self):
        y, a = random_problem(3)
        Y, Y_hat = helpers.one_hot(y, 2), np.column_stack([1 - a, a])
        assert helpers.categorical_cross_entropy(Y, Y_hat) == pytest.approx(
            helpers.cross_entropy(y, a), rel=1e-14
        )

    def test_three_classes_match_log_loss(self):
        rng = np.random.default_rng(0)
        labels = np.array([0, 1, 2, 2, 1, 0, 2])
        P = rng.dirichlet([1.0, 1.0, 1.0], size=len(labels))
        expected = log_loss(labels, P, labels=[0, 1, 2])
        value = helpers.categorical_cross_entropy(helpers.one_hot(labels, 3), P)
        assert value == pytest.approx(expected, rel=1e-13)
        one = helpers.categorical_cross_entropy([0.0, 0.0, 1.0], [0.2, 0.3, 0.5])  # one sample
        assert one == pytest.approx(math.log(2.0))

    def test_float32_rows_are_probabilities_too(self):
        Y = helpers.one_hot([2, 1, 0], 3)
        P = np.array([[0.2, 0.3, 0.5], [0.1, 0.6, 0.3], [0.7, 0.1, 0.2]], dtype=np.float32)
        result = helpers.categorical_cross_entropy(Y, P)
        expected = -np.mean(np.log(P.astype(float)[[0, 1, 2], [2, 1, 0]]))
        assert result == pytest.approx(expected, rel=1e-15)

    def test_rows_must_be_one_hot_and_distributions(self):
        with pytest.raises(ValueError, match="`Y` must hold one-hot rows"):
            helpers.categorical_cross_entropy([[1.0, 1.0]], [[0.5, 0.5]])
        with pytest.raises(ValueError, match=r"`Y_hat` rows must be .* sum to 1"):
            helpers.categorical_cross_entropy([[1.0, 0.0]], [[0.5, 0.6]])


# ----------------------------------------------------------------------------- over weights
def loop_mse(W, model):
    total = 0.0
    for xi, yi in zip(XB1D, Y1D, strict=True):
        z = float(xi @ W)
        y_hat = 1 / (1 + math.exp(-z)) if model == "logistic" else z
        total += 0.5 * (yi - y_hat) ** 2
    return total / len(Y1D)


def scipy_cost(W, X, y) -> float:
    """J from scipy's log σ (log_loss would clip a saturated σ(z); log_expit does not)."""
    z = X @ W
    return float(np.mean(-y * log_expit(z) - (1 - y) * log_expit(-z)))


class TestCostsOfWeights:
    def test_mse_of_weights_matches_a_loop(self):
        W = np.array([-7.5, 1.5])
        for model in ("logistic", "linear"):
            assert helpers.mse_of_weights(W, XB1D, Y1D, model=model) == pytest.approx(
                loop_mse(W, model), rel=1e-13
            )

    def test_a_stack_of_weights_gives_one_cost_each(self):
        grid = np.stack(np.meshgrid(np.linspace(-9, 1, 4), np.linspace(-1, 3, 3)), axis=-1)
        mse = helpers.mse_of_weights(grid, XB1D, Y1D)
        ce = helpers.cross_entropy_of_weights(grid, XB1D, Y1D)
        assert mse.shape == ce.shape == (3, 4)
        for index in np.ndindex(3, 4):
            assert mse[index] == pytest.approx(loop_mse(grid[index], "logistic"), rel=1e-12)
            assert ce[index] == pytest.approx(scipy_cost(grid[index], XB1D, Y1D), rel=1e-13)

    def test_squared_error_after_a_sigmoid_is_not_convex_but_cross_entropy_is(self):
        s = np.linspace(-4, 4, 161)
        W = slice_weights(s)
        np.testing.assert_array_equal(W, np.column_stack([-5 * s, s]))  # z = s (x − 5)
        mse = helpers.mse_of_weights(W, XB1D, Y1D)
        ce = helpers.cross_entropy_of_weights(W, XB1D, Y1D)
        h = s[1] - s[0]
        assert (np.diff(mse, 2) / h**2).min() < -0.4  # clearly bends down
        assert (np.diff(ce, 2) / h**2).min() > 0.0

    def test_linear_model_curvature_is_the_formula(self):
        f = helpers.mse_of_weights(slice_weights(np.array([-1.0, 0.0, 1.0])), XB1D, Y1D, "linear")
        assert f[0] - 2 * f[1] + f[2] == pytest.approx(np.mean((X1D - 5) ** 2), rel=1e-10)


# ----------------------------------------------------------------------------- the quiz's data
def test_the_quiz_is_the_slides():
    assert [(q.number, q.y, q.y_hat) for q in helpers.QUIZ] == [
        (1, 1, 0.2),
        (2, 1, 0.8),
        (3, 0, 0.9),
    ]
    errors = [q.error for q in helpers.QUIZ]
    assert errors == pytest.approx([-math.log(0.2), -math.log(0.8), -math.log(0.1)], rel=1e-15)
    assert errors == pytest.approx(
        [log_loss([q.y], [q.y_hat], labels=[0, 1]) for q in helpers.QUIZ], rel=1e-14
    )
    assert [q.size for q in helpers.QUIZ] == ["large", "small", "large"]  # against log 2
    assert [q.curve for q in helpers.QUIZ] == ["solid", "solid", "dotted"]


# ----------------------------------------------------------------------------- figures
def slice_slopes(s: float) -> tuple[float, float]:
    """Central differences of both costs along the slice W = [−5s, s]: the reference."""
    eps, slopes = 1e-6, []
    for cost in (helpers.mse_of_weights, helpers.cross_entropy_of_weights):
        plus = cost(slice_weights(s + eps), XB1D, Y1D)
        minus = cost(slice_weights(s - eps), XB1D, Y1D)
        slopes.append((plus - minus) / (2 * eps))
    return slopes[0], slopes[1]


class TestFigures:
    def test_cost_curves_solid_for_y1_dotted_for_y0(self):
        ax = helpers.plot_cost_curves().axes[0]
        y1, y0 = ax.lines[0], ax.lines[1]
        assert y1.get_linestyle() == "-" and y0.get_linestyle() == ":"
        assert y1.get_marker() != y0.get_marker()
        h = y1.get_xdata()
        np.testing.assert_allclose(y1.get_ydata(), -np.log(h))
        np.testing.assert_allclose(y0.get_ydata(), -np.log(1 - h))

    def test_quiz_points_only_when_asked(self):
        def stars(fig):
            return [ln for ln in fig.axes[0].lines if ln.get_marker() == "*" and ln.get_visible()]

        assert stars(helpers.plot_cost_curves()) == []
        shown = stars(helpers.plot_cost_curves(quiz=True))
        points = sorted((ln.get_xdata()[0], ln.get_ydata()[0]) for ln in shown)
        expected = [(0.2, -math.log(0.2)), (0.8, -math.log(0.8)), (0.9, -math.log(0.1))]
        np.testing.assert_allclose(points, expected, rtol=1e-12)

    def test_concave_shading_of_a_known_curve(self):
        s = np.linspace(-3, 3, 601)
        ax = new_figure(pyplot=False)[1]
        _shade_concave(ax, s, np.sin(s))  # sin bends down on (0, π), here (0, 3)
        (span,) = ax.patches
        start, end = span.get_x(), span.get_x() + span.get_width()
        assert start == pytest.approx(0.0, abs=0.02) and end == pytest.approx(3.0, abs=0.02)
        ax = new_figure(pyplot=False)[1]
        _shade_concave(ax, s, s**2)
        assert not ax.patches

    def test_squared_error_slices_shade_only_the_logistic_panel(self):
        left, right = helpers.plot_squared_error_slices().axes
        assert not left.patches and right.patches
        s = left.lines[0].get_xdata()
        linear = helpers.mse_of_weights(slice_weights(s), XB1D, Y1D, model="linear")
        np.testing.assert_allclose(left.lines[0].get_ydata(), linear)
        np.testing.assert_allclose(
            right.lines[0].get_ydata(), helpers.mse_of_weights(slice_weights(s), XB1D, Y1D)
        )

    def test_cost_slices_tangents_are_the_true_slopes(self):
        fig = helpers.plot_cost_slices(s=-2.0)
        expected = slice_slopes(-2.0)
        for ax, slope in zip(fig.axes, expected, strict=True):
            tangent = ax.lines[1]
            (x0, x1), (v0, v1) = tangent.get_xdata(), tangent.get_ydata()
            assert (v1 - v0) / (x1 - x0) == pytest.approx(slope, rel=1e-6)
        slices = CostSlices(new_figure(ncols=2, pyplot=False)[1], X1D, Y1D, -2.0)
        (_, mse_slope), (_, ce_slope) = slices.values(-2.0)
        assert (round(mse_slope, 4), round(ce_slope, 4)) == (-0.0276, -2.7269)

    def test_a_column_of_x_or_y_is_refused_with_a_hint(self):
        for x, y, name in ((X1D[:, None], Y1D, "x"), (X1D, Y1D[:, None], "y")):
            pattern = rf"`{name}` .* shape \(30, 1\).*{name}\.ravel\(\)"
            with pytest.raises(ValueError, match=pattern):
                helpers.plot_cost_slices(-2.0, x, y)
            with pytest.raises(ValueError, match=pattern):
                helpers.cost_slice_explorer(-2.0, x, y)

    def test_cost_surfaces_are_the_costs_and_the_slice_lies_on_them(self):
        fig = helpers.plot_cost_surfaces()
        assert [ax.name for ax in fig.axes] == ["3d", "3d"]
        costs = (helpers.mse_of_weights, helpers.cross_entropy_of_weights)
        for ax, cost in zip(fig.axes, costs, strict=True):
            (line,) = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--"]
            w0, w1, values = line.get_data_3d()
            np.testing.assert_allclose(w0, -5.0 * w1)
            np.testing.assert_allclose(values, cost(np.column_stack([w0, w1]), XB1D, Y1D))
            assert np.all((w0 >= -20.0) & (w0 <= 10.0)) and np.all((w1 >= -2.0) & (w1 <= 4.0))

    def test_contours_are_the_mse_and_the_slice_is_dashed(self):
        ax = helpers.plot_squared_error_contours(X1D, Y1D).axes[0]
        (line,) = [line for line in ax.lines if line.get_linestyle() == "--"]
        w0, w1 = line.get_data()
        np.testing.assert_allclose(w0, -5.0 * w1)
        levels = ax.collections[0].levels
        corners = np.array([[-20.0, -2.0], [10.0, 4.0], [-20.0, 4.0], [10.0, -2.0]])
        values = helpers.mse_of_weights(corners, XB1D, Y1D)
        assert levels.min() <= values.min() and values.max() <= levels.max()
        assert 0.0 <= levels.min() and levels.max() <= 0.5  # MSE after σ lies in [0, 1/2]


# ----------------------------------------------------------------------------- slider figure
@pytest.mark.widgets
class TestCostSliceExplorer:
    def test_slider_moves_points_tangents_readouts_and_image(self):
        explorer = helpers.cost_slice_explorer()
        before_image = bytes(explorer.image.value)
        before = [p.get_xdata()[0] for p in explorer.artists.points]
        explorer.sliders["s"].value = 1.0
        after = [p.get_xdata()[0] for p in explorer.artists.points]
        assert before == [-2.0, -2.0] and after == [1.0, 1.0]
        slopes = slice_slopes(1.0)
        for readout, slope in zip(explorer.artists.readouts, slopes, strict=True):
            assert readout.get_text() == f"s = 1.00   slope = {slope:+.4f}"
        assert bytes(explorer.image.value) != before_image
        assert blit_mismatch(explorer) < 0.002

    def test_a_slider_move_checks_s_once(self, validation_calls):
        explorer = helpers.cost_slice_explorer()
        validation_calls.clear()
        explorer.sliders["s"].value = 0.5
        assert validation_calls == {"s": 1}
