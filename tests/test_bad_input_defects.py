"""The defects listed in issue 10, one test each (test_bad_inputs.py walks everything else)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit

import helpers
from helpers.plots.costs import CostSlices, slice_weights
from helpers.plots.style import new_figure

X1D, Y1D = helpers.make_1d_data()


def _slice_slopes(w: float, center: float = 5.0) -> tuple[float, float]:
    """Central differences of both costs along the slice W = [−c w, w]: the reference."""
    Xb, eps = helpers.add_bias(X1D), 1e-6
    slopes = []
    for cost in (helpers.mse_of_weights, helpers.cross_entropy_of_weights):
        plus = cost(slice_weights(w + eps, center), Xb, Y1D)
        minus = cost(slice_weights(w - eps, center), Xb, Y1D)
        slopes.append((plus - minus) / (2 * eps))
    return slopes[0], slopes[1]


class TestColumnVectorsInTheCostSlices:
    def test_the_slopes_are_the_true_derivatives(self):
        slices = CostSlices(new_figure(ncols=2, pyplot=False)[1], X1D, Y1D, w=-2.0)
        (_, mse_slope), (_, ce_slope) = slices.values(-2.0)
        expected = _slice_slopes(-2.0)
        assert mse_slope == pytest.approx(expected[0], rel=1e-6)
        assert ce_slope == pytest.approx(expected[1], rel=1e-6)
        assert (round(mse_slope, 4), round(ce_slope, 4)) == (-0.0276, -2.7269)

    @pytest.mark.parametrize(
        "make",
        [
            lambda x, y: helpers.cost_slice_explorer(w=-2.0, x=x, y=y),
            lambda x, y: helpers.plot_cost_slices(w=-2.0, x=x, y=y),
            lambda x, y: CostSlices(new_figure(ncols=2, pyplot=False)[1], x, y, -2.0),
        ],
        ids=["cost_slice_explorer", "plot_cost_slices", "CostSlices"],
    )
    @pytest.mark.parametrize("which", ["x", "y"])
    def test_a_column_is_refused_with_a_hint_everywhere(self, make, which):
        x, y = (X1D[:, None], Y1D) if which == "x" else (X1D, Y1D[:, None])
        with pytest.raises(ValueError, match=rf"`{which}` .* shape \(30, 1\).*{which}\.ravel\(\)"):
            make(x, y)


def test_numerical_gradient_says_the_cost_returned_none():
    with pytest.raises(TypeError, match=r"`cost` returned None.*`return`"):
        helpers.numerical_gradient(lambda W: None, np.zeros(3))


def test_numerical_gradient_of_no_weights():
    with pytest.raises(ValueError, match="`W` is empty"):
        helpers.numerical_gradient(lambda W: 0.0, [])


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: helpers.sigmoid([None, 1.0]), "z"),
        (lambda: helpers.add_bias([[None, 1.0]]), "X"),
        (lambda: helpers.hypothesis([None, 1.0], [[1.0, 2.0]]), "W"),
        (lambda: helpers.square_features([[None, 1.0]]), "X"),
        (lambda: helpers.decision_boundary([-3, 1, 1], [None, 1.0]), "x1"),
        (lambda: helpers.compare([None, 1.0], [1.0, 1.0]), "previous"),
    ],
)
def test_none_inside_a_list_is_not_a_nan(call, name):
    with pytest.raises(TypeError, match=rf"`{name}` must hold real numbers only; it holds None"):
        call()


def test_plot_training_takes_an_int_like_fit():
    X, y = helpers.make_linear_data(m=20)
    fig = helpers.plot_training(X, y, epochs=50)
    assert [ax.get_title().split(":")[0] for ax in fig.axes[:1]] == ["epoch 50"]
    expected = helpers.fit(helpers.add_bias(X), y, epochs=50, tol=0.0, method="plain")
    assert f"J = {expected.history[50]:.3f}" in fig.axes[0].get_title()


class TestCompare:
    def test_one_label(self):
        with pytest.raises(ValueError, match="`labels` must be two strings"):
            helpers.compare([1.0], [2.0], ("step 3",))

    def test_a_printf_format(self):
        with pytest.raises(ValueError, match=r"`fmt` must be a format spec.*'%\.4f'"):
            helpers.compare([1.0], [2.0], fmt="%.4f")

    def test_empty(self):
        with pytest.raises(ValueError, match="`previous` is empty"):
            helpers.compare([], [])

    def test_a_difference_beyond_the_float_range_is_said_so(self):
        text = helpers.compare([1e308], [-1e308], ("a", "b"), fmt=".1e")
        assert text.splitlines()[-1] == "max |difference| = more than 1.8e+308"


class TestPlotHypotheses:
    def test_labels_minus_one_and_one(self):
        with pytest.raises(ValueError, match="`y` must hold class labels 0 or 1 only; found -1"):
            helpers.plot_hypotheses([-5, 1], X1D, np.where(Y1D == 1, 1, -1))

    def test_text_labels(self):
        with pytest.raises(TypeError, match="`y`"):
            helpers.plot_hypotheses([-5, 1], X1D, "abc")

    @pytest.mark.parametrize(
        ("W", "x", "name"), [([-5, np.nan], X1D, "W"), ([-5, 1], [np.nan], "x")]
    )
    def test_nan(self, W, x, name):
        with pytest.raises(ValueError, match=f"`{name}` must be finite"):
            helpers.plot_hypotheses(W, x)

    def test_no_points(self):
        with pytest.raises(ValueError, match="`x` is empty"):
            helpers.plot_hypotheses([-5, 1], [])


class TestPlotCostSurfaces:
    def _slice_lines(self, fig):
        return [line for ax in fig.axes for line in ax.get_lines() if line.get_linestyle() == "--"]

    def test_a_window_the_slice_misses_has_no_slice(self):
        fig = helpers.plot_cost_surfaces(w0_range=(0, 10), w1_range=(1, 3), n=5)
        assert self._slice_lines(fig) == []

    @pytest.mark.parametrize("center", [-5.0, 0.0, 5.0])
    def test_any_center_draws_w0_equal_minus_center_w1(self, center):
        fig = helpers.plot_cost_surfaces(n=5, center=center)
        lines = self._slice_lines(fig)
        assert len(lines) == 2
        w0, w1, _ = lines[0].get_data_3d()
        np.testing.assert_allclose(w0, -center * w1)
        assert np.all((w0 >= -20.0) & (w0 <= 10.0)) and np.all((w1 >= -2.0) & (w1 <= 4.0))


@pytest.mark.parametrize(
    ("call", "error", "pattern"),
    [
        (lambda: helpers.sigmoid_explorer(w="2"), TypeError, "`w` must be one real number"),
        (lambda: helpers.sigmoid_explorer(w=np.nan), ValueError, "`w` must be a finite number"),
        (lambda: helpers.sigmoid_explorer(b=np.inf), ValueError, "`b` must be a finite number"),
        (lambda: helpers.plot_sigmoid_wx_b(w=np.nan), ValueError, "`w` must be a finite"),
        (lambda: helpers.plot_cost_slices(w=np.nan), ValueError, "`w` must be a finite number"),
        (
            lambda: helpers.plot_cost_slices(x=np.column_stack([X1D, X1D]), y=Y1D),
            ValueError,
            r"`x` must be the feature values.*shape \(30, 2\)",
        ),
    ],
)
def test_scalars_of_plots_and_widgets_are_validated_with_the_callers_names(call, error, pattern):
    with pytest.raises(error, match=pattern):
        call()


@pytest.mark.widgets
def test_a_slider_starts_where_it_was_asked_to():
    explorer = helpers.sigmoid_explorer(w=7.0, b=-12.5)
    assert explorer.values == {"w": 7.0, "b": -12.5}


def test_categorical_cross_entropy_of_float32_rows():
    Y = helpers.one_hot([2, 1, 0])
    P = np.array([[0.2, 0.3, 0.5], [0.1, 0.6, 0.3], [0.7, 0.1, 0.2]])
    result = helpers.categorical_cross_entropy(Y, P.astype(np.float32))
    expected = -np.mean(np.log(P.astype(np.float32).astype(float)[[0, 1, 2], [2, 1, 0]]))
    assert result == pytest.approx(expected, rel=1e-15)
    with pytest.raises(ValueError, match=r"row 0 sums to 0\.9"):
        helpers.categorical_cross_entropy(Y, (P * [[0.9], [1], [1]]).astype(np.float32))


def test_sigmoid_of_an_int_beyond_the_float_range():
    with pytest.raises(ValueError, match="`z` holds a number beyond the float range"):
        helpers.sigmoid(10**400)


def test_output_layer_cost_without_labels():
    with pytest.raises(TypeError, match="`Y` must be a real number or an array"):
        helpers.output_layer_cost(np.ones((1, 2)), np.ones((2, 3)), None)


class TestMatmulNearTheFloatLimit:
    W = np.array([1e308, 1e308])
    X = np.array([[1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]])

    def test_hypothesis_and_predict(self):
        np.testing.assert_array_equal(helpers.hypothesis(self.W, self.X), [1.0, 0.5, 0.0])
        np.testing.assert_array_equal(helpers.predict(self.W, self.X), [1, 1, 0])

    def test_linear_hypothesis_beyond_the_range_says_so(self):
        with pytest.raises(ValueError, match="WX is beyond the float range"):
            helpers.linear_hypothesis(self.W, self.X)

    def test_gradient(self):
        y = np.array([1.0, 0.0, 0.0])
        y_hat = np.array([1.0, 0.5, 0.0])  # σ(z) for z = 2e308, 0, −2e308
        expected = -(self.X.T @ (y - y_hat)) / 3
        np.testing.assert_allclose(helpers.gradient(self.W, self.X, y), expected)
        np.testing.assert_allclose(expected, -(self.X.T @ (y - expit([np.inf, 0.0, -np.inf]))) / 3)


class TestLargeFeatures:
    def test_lipschitz_constant_at_1e154_and_beyond(self):
        unit = np.column_stack([np.ones(4), [1.0, 2.0, 3.0, 4.0]])
        X = unit * 2.0**511  # about 6.7e153: XᵀX overflows (it holds 30 · 2^1022)
        expected = np.linalg.norm(unit, 2) ** 2 / 16 * 2.0**1022  # σmax(X)² / (4m), by SVD
        assert helpers.lipschitz_constant(X) == pytest.approx(expected, rel=1e-12)
        with pytest.raises(ValueError, match=r"Lipschitz constant .* of this `X` .* float range"):
            helpers.lipschitz_constant(X * 1e10)

    def test_fit_names_x_not_a_learning_rate_it_was_not_given(self):
        X = np.column_stack([np.ones(4), [1e160, 2e160, 3e160, 4e160]])
        with pytest.raises(ValueError, match="`X`") as caught:
            helpers.fit(X, [0.0, 1.0, 0.0, 1.0], epochs=3)
        assert "learning_rate" not in str(caught.value)
