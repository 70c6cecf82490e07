"""Notebook 02: the classifier, the decision boundary, squared features, their figures and the
slider figure, all tested headlessly.

References: scipy.special.expit for σ, scikit-learn's LogisticRegression for the predicted
labels, and the boundary equations solved by hand. (Bad arguments: tests/test_bad_inputs.py.)
"""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest
from scipy.special import expit
from sklearn.linear_model import LogisticRegression

import helpers
from helpers.plots.boundary import BAND_EDGES_Z, BANDS, BoundaryView, z_formula

from .conftest import blit_mismatch

LECTURE_W = np.array([-3.0, 1.0, 1.0])
CIRCLE_W = np.array([-1.0, 1.0, 1.0])


def sklearn_model(W) -> LogisticRegression:
    """A LogisticRegression whose weights are set by hand to W = [w0, w1, ...]."""
    model = LogisticRegression()
    model.classes_ = np.array([0, 1])
    model.intercept_ = np.array([W[0]])
    model.coef_ = np.array([W[1:]])
    model.n_features_in_ = len(W) - 1
    return model


# ----------------------------------------------------------------------------- predict
class TestPredict:
    def test_matches_sklearn_away_from_the_boundary(self):
        rng = np.random.default_rng(2)
        for n in (1, 2, 5):
            W = rng.normal(size=n + 1)
            X = rng.normal(0, 3, size=(500, n))
            z = W[0] + X @ W[1:]
            X, z = X[np.abs(z) > 1e-9], z[np.abs(z) > 1e-9]
            ours = helpers.predict(W, helpers.add_bias(X))
            np.testing.assert_array_equal(ours, sklearn_model(W).predict(X))
            np.testing.assert_array_equal(ours, (expit(z) >= 0.5).astype(int))

    def test_lecture_example_by_hand(self):
        X = helpers.add_bias(np.array([[1.0, 1.0], [2.0, 2.0], [1.5, 1.5], [3.0, 0.1], [0.0, 0.0]]))
        # z = -3 + x1 + x2 = -1, 1, 0, 0.1, -3
        assert helpers.predict(LECTURE_W, X).tolist() == [0, 1, 1, 1, 0]

    def test_on_the_boundary_h_is_one_half_and_the_label_is_one(self):
        X = helpers.add_bias(np.array([[0.5, 2.5], [3.0, 0.0]]))
        assert helpers.hypothesis(LECTURE_W, X).tolist() == [0.5, 0.5]
        assert helpers.predict(LECTURE_W, X).tolist() == [1, 1]

    def test_compares_z_not_h_so_a_tiny_negative_z_is_class_0(self):
        assert helpers.sigmoid(-1e-17) == 0.5  # h rounds to 1/2 ...
        X = helpers.add_bias(np.array([[-1e-17]]))
        assert helpers.predict([0.0, 1.0], X).tolist() == [0]  # ... but z < 0

    def test_returns_int_labels_of_shape_m(self):
        labels = helpers.predict(LECTURE_W, helpers.add_bias(np.ones((4, 2))))
        assert labels.dtype == np.int64 and labels.shape == (4,)

    def test_saturated_inputs_are_finite_and_warning_free(self, strict_numpy):
        X = helpers.add_bias(np.array([[1e50, 1e50], [-1e50, -1e50]]))  # the supported range
        assert helpers.predict([0.0, 1.0, 1.0], X).tolist() == [1, 0]


# ----------------------------------------------------------------------------- boundary
class TestDecisionBoundary:
    def test_lecture_example_is_x1_plus_x2_equals_3(self):
        x1 = np.array([0.0, 1.0, 1.5, 3.0, -2.0])
        np.testing.assert_array_equal(helpers.decision_boundary(LECTURE_W, x1), 3.0 - x1)
        assert helpers.decision_boundary(LECTURE_W, 1.0) == 2.0
        assert isinstance(helpers.decision_boundary(LECTURE_W, 1.0), float)

    def test_points_on_it_have_z_zero_and_h_one_half(self):
        rng = np.random.default_rng(4)
        for _ in range(20):
            W = rng.normal(size=3)
            x1 = rng.uniform(-5, 5, size=50)
            x2 = helpers.decision_boundary(W, x1)
            z = W[0] + W[1] * x1 + W[2] * x2
            scale = np.abs(W[0]) + np.abs(W[1] * x1) + np.abs(W[2] * x2)  # rounding grows with it
            assert np.all(np.abs(z) <= 4 * np.finfo(float).eps * scale)
            np.testing.assert_allclose(expit(z), 0.5, atol=1e-12)

    def test_w_is_normal_to_the_line_and_points_to_class_1(self):
        W = np.array([1.0, -2.0, 0.5])
        x1 = np.array([0.0, 1.0])
        on_line = np.column_stack([x1, helpers.decision_boundary(W, x1)])
        direction = on_line[1] - on_line[0]
        assert direction @ W[1:] == pytest.approx(0.0, abs=1e-12)
        step = on_line[0] + 0.1 * W[1:]
        assert helpers.predict(W, helpers.add_bias(step[np.newaxis])).tolist() == [1]

    def test_a_vertical_or_missing_boundary_is_a_clear_error(self):
        # w2 = 0: the line x1 = -w0/w1 (or none at all); w2 = 1e-60: x2 = 1e60, nearly vertical
        for W in ([-3.0, 2.0, 0.0], [2.0, 0.0, 0.0], [0.0, 1.0, 1e-60]):
            with pytest.raises(ValueError, match=r"`W` has w2 = .*vertical line x1 = -w0/w1"):
                helpers.decision_boundary(W, 1.0)


class TestSquareFeatures:
    def test_squares_each_feature(self):
        X = np.array([[1.0, -2.0], [-0.5, 3.0], [0.0, 0.1]])
        F = helpers.square_features(X)
        expected = np.array([[1.0, 4.0], [0.25, 9.0], [0.0, 0.01]])
        np.testing.assert_allclose(F, expected, rtol=1e-15)
        assert F is not X and X[0, 1] == -2.0  # the input is left alone

    def test_with_the_bias_gives_the_squared_z(self):
        rng = np.random.default_rng(5)
        X, W = rng.normal(size=(30, 2)), rng.normal(size=3)
        z = helpers.add_bias(helpers.square_features(X)) @ W
        np.testing.assert_allclose(z, W[0] + W[1] * X[:, 0] ** 2 + W[2] * X[:, 1] ** 2)

    def test_unit_circle_is_the_boundary_of_the_lecture_w(self):
        t = np.linspace(0, 2 * np.pi, 37)
        X = np.column_stack([np.cos(t), np.sin(t)])
        z = helpers.add_bias(helpers.square_features(X)) @ CIRCLE_W
        np.testing.assert_allclose(z, 0.0, atol=1e-15)
        inside_outside = helpers.add_bias(helpers.square_features([[0.5, 0.5], [1.0, 1.0]]))
        assert helpers.predict(CIRCLE_W, inside_outside).tolist() == [0, 1]


class TestEllipseAxes:
    def test_semi_axes_lie_on_the_boundary(self):
        cases = {(-1, 1, 1): (1.0, 1.0), (-4, 1, 1): (2.0, 2.0), (-4, 1, 4): (2.0, 1.0),
                 (3, -3, -0.75): (1.0, 2.0)}  # fmt: skip
        for W, axes in cases.items():
            a, b = helpers.ellipse_axes(W)
            assert (a, b) == pytest.approx(axes, rel=1e-15), W
            # (a, 0) and (0, b) lie on the boundary w0 + w1 x1² + w2 x2² = 0
            assert W[0] + W[1] * a**2 == pytest.approx(0.0, abs=1e-12)
            assert W[0] + W[2] * b**2 == pytest.approx(0.0, abs=1e-12)

    def test_no_ellipse_is_a_clear_error(self):
        for W in ([1, 1, 1], [-1, 1, -1], [0, 1, 1], [-1, 0, 1], [-1, 1, 0]):
            with pytest.raises(ValueError, match=r"`W` = .* does not give an ellipse"):
                helpers.ellipse_axes(W)


# ----------------------------------------------------------------------------- figures
def z_of(W, X, features):
    """z by hand, as an independent reference."""
    X = np.asarray(X, dtype=float)
    if features == "squared":
        X = X**2
    return W[0] + W[1] * X[..., 0] + W[2] * X[..., 1]


def boundary_points(view):
    xy = np.column_stack(view.boundary.get_data())
    return xy[~np.isnan(xy).any(axis=1)]


def band_of_point(view, point):
    """Which band's path contains ``point`` (exactly one must)."""
    inside = [k for k, path in enumerate(view.shading.get_paths()) if path.contains_point(point)]
    assert len(inside) == 1, (point, inside)
    return inside[0]


class TestBoundaryView:
    def make(self, W=LECTURE_W, features="linear", data=helpers.make_linear_data):
        import matplotlib.pyplot as plt

        X, y = data()
        _, ax = plt.subplots()
        return BoundaryView(ax, X, y, W, features), X, y

    def test_linear_boundary_is_exact(self):
        view, _, _ = self.make()
        xy = boundary_points(view)
        assert len(xy) > 50
        np.testing.assert_allclose(xy[:, 1], helpers.decision_boundary(LECTURE_W, xy[:, 0]))
        # it crosses the whole view: from edge to edge
        low, high = view.ax.get_xlim()
        assert xy[:, 0].min() == pytest.approx(low) and xy[:, 0].max() == pytest.approx(high)

    def test_squared_boundary_is_the_unit_circle(self):
        view, _, _ = self.make(CIRCLE_W, "squared", helpers.make_circle_data)
        xy = boundary_points(view)
        radius = np.hypot(xy[:, 0], xy[:, 1])
        np.testing.assert_allclose(radius, 1.0, atol=5e-4)
        angles = np.sort(np.arctan2(xy[:, 1], xy[:, 0]))
        assert np.diff(angles).max() < 0.1  # all the way round

    def test_squared_boundary_can_be_a_hyperbola(self):
        W = np.array([-1.0, 1.0, -1.0])
        view, _, _ = self.make(W, "squared", helpers.make_circle_data)
        xy = boundary_points(view)
        np.testing.assert_allclose(z_of(W, xy, "squared"), 0.0, atol=2e-3)
        assert (xy[:, 0] > 0).any() and (xy[:, 0] < 0).any()  # both branches
        assert np.isnan(view.boundary.get_xdata()).sum() >= 1

    def test_vertical_line_when_w2_is_zero(self):
        view, _, _ = self.make(np.array([-3.0, 2.0, 0.0]))
        np.testing.assert_allclose(boundary_points(view)[:, 0], 1.5)

    def test_constant_z_has_no_boundary_and_one_band(self):
        for W in ([1.0, 0.0, 0.0], [-2.0, 0.0, 0.0], [0.0, 0.0, 0.0]):
            view, _, _ = self.make(np.array(W))
            assert len(boundary_points(view)) == 0
            filled = [k for k, p in enumerate(view.shading.get_paths()) if len(p.vertices)]
            assert len(filled) == 1

    def test_shading_bands_match_sigma_of_z(self):
        for W, features in ((LECTURE_W, "linear"), ([-1.0, 1.0, 0.5], "squared")):
            view, _, _ = self.make(np.array(W), features)
            rng = np.random.default_rng(6)
            low, high = view.ax.get_xlim()
            points = rng.uniform(low + 0.01, high - 0.01, size=(300, 2))
            z = z_of(W, points, features)
            distance = np.min(np.abs(z[:, None] - BAND_EDGES_Z[None, :]), axis=1)
            points = points[distance > 0.05]  # marching squares is approximate near band edges
            h = expit(z_of(W, points, features))
            expected = np.minimum((h * BANDS).astype(int), BANDS - 1)
            found = [band_of_point(view, p) for p in points]
            np.testing.assert_array_equal(found, expected)
            assert len(set(found)) >= 4

    def test_rings_the_misclassified_points(self):
        view, X, y = self.make()
        wrong = (z_of(LECTURE_W, X, "linear") >= 0).astype(float) != y
        assert 0 < wrong.sum() < len(y) / 4
        ringed = np.column_stack(view.missed.get_data())
        np.testing.assert_array_equal(ringed, X[wrong])
        title = view.ax.get_title()
        assert title == f"z = -3 + 1·x₁ + 1·x₂\n{len(y) - wrong.sum()} of {len(y)} correct"

    def test_classes_differ_by_marker_and_colour_and_sit_on_top(self):
        view, X, y = self.make()
        zero, one = view.points
        assert zero.get_marker() != one.get_marker()
        assert zero.get_color() != one.get_color()
        np.testing.assert_array_equal(np.column_stack(one.get_data()), X[y == 1])
        assert min(zero.get_zorder(), one.get_zorder()) > view.boundary.get_zorder()
        assert view.shading.get_zorder() < view.boundary.get_zorder()

    def test_update_moves_everything_in_place(self):
        view, X, y = self.make()
        artists = (view.shading, view.boundary, view.missed, *view.points)
        count = len(view.ax.get_children())
        view.update(CIRCLE_W, "squared")
        assert (view.shading, view.boundary, view.missed, *view.points) == artists
        assert len(view.ax.get_children()) == count
        radius = np.hypot(*boundary_points(view).T)
        np.testing.assert_allclose(radius, 1.0, atol=5e-4)
        wrong = (z_of(CIRCLE_W, X, "squared") >= 0).astype(float) != y
        np.testing.assert_array_equal(np.column_stack(view.missed.get_data()), X[wrong])
        assert view.ax.get_title().startswith("z = -1 + 1·x₁² + 1·x₂²\n")

    def test_no_warnings_for_large_weights(self, strict_numpy):
        view, _, _ = self.make(np.array([-3e6, 1e6, 1e6]))
        np.testing.assert_allclose(
            boundary_points(view)[:, 1], 3.0 - boundary_points(view)[:, 0], atol=1e-9
        )


class TestStaticFigures:
    def test_decision_boundary_figure(self):
        X, y = helpers.make_linear_data()
        fig = helpers.plot_decision_boundary(X, y, LECTURE_W)
        ax = fig.axes[0]
        line = next(ln for ln in ax.get_lines() if ln.get_label().startswith("boundary"))
        x1, x2 = line.get_data()
        np.testing.assert_allclose(x2, 3.0 - x1)
        labels = ax.get_legend_handles_labels()[1]
        assert labels == ["y = 0", "y = 1", "boundary z = 0 (h = 1/2)", "misclassified"]
        assert len(fig.axes) == 2 and "probability" in fig.axes[1].get_ylabel()  # colour bar

    def test_feature_map_shows_a_circle_and_a_straight_line(self):
        X, y = helpers.make_circle_data()
        fig = helpers.plot_feature_map(X, y, CIRCLE_W)
        left, right = fig.axes[:2]
        (circle,) = [ln for ln in left.get_lines() if ln.get_label().startswith("boundary")]
        (line,) = [ln for ln in right.get_lines() if ln.get_label().startswith("boundary")]
        cx, cy = circle.get_data()
        np.testing.assert_allclose(np.hypot(cx, cy), 1.0, atol=5e-4)
        u, v = line.get_data()
        np.testing.assert_allclose(u + v, 1.0, atol=1e-12)  # u = x1², v = x2²: a hyperplane
        (ring_left,) = [ln for ln in left.get_lines() if ln.get_label() == "misclassified"]
        (ring_right,) = [ln for ln in right.get_lines() if ln.get_label() == "misclassified"]
        np.testing.assert_allclose(
            np.column_stack(ring_right.get_data()), np.column_stack(ring_left.get_data()) ** 2
        )
        assert len(ring_left.get_xdata()) > 0
        assert "x₁²" in right.get_xlabel() and left.get_xlabel() == "x₁"
        assert len(fig.legends) == 1

    def test_classifier_figure(self):
        ax = helpers.plot_classifier().axes[0]
        (curve,) = [ln for ln in ax.get_lines() if "sigma(z)" in ln.get_label()]
        np.testing.assert_allclose(curve.get_ydata(), expit(curve.get_xdata()), rtol=1e-14)
        (threshold,) = [ln for ln in ax.get_lines() if "threshold" in ln.get_label()]
        assert list(threshold.get_ydata()) == [0.5, 0.5]
        (zero,) = [ln for ln in ax.get_lines() if "WX = 0" in ln.get_label()]
        assert list(zero.get_xdata()) == [0.0, 0.0]
        assert len({threshold.get_linestyle(), zero.get_linestyle(), curve.get_linestyle()}) == 3
        spans = [p for p in ax.patches]
        assert len(spans) == 2  # the z < 0 side and the z >= 0 side

    def test_z_formula(self):
        assert z_formula([-3, 1, 1]) == "z = -3 + 1·x₁ + 1·x₂"
        assert z_formula([0.5, -1.25, 0.0], ("u", "v")) == "z = 0.5 - 1.25·u + 0·v"
        assert z_formula([-0.001, 2.0, -0.004]) == "z = 0 + 2·x₁ + 0·x₂"


# ----------------------------------------------------------------------------- slider figure
@pytest.mark.widgets
class TestBoundaryExplorer:
    def test_default_matches_the_static_figure(self):
        explorer = helpers.boundary_explorer()
        X, y = helpers.make_linear_data()
        static = helpers.plot_decision_boundary(X, y, LECTURE_W).axes[0]
        ours = explorer.view
        theirs = next(ln for ln in static.get_lines() if ln.get_label().startswith("boundary"))
        np.testing.assert_array_equal(ours.boundary.get_xydata(), theirs.get_xydata())
        assert ours.ax.get_title() == static.get_title()
        assert explorer.values == {"features": "linear", "w0": -3.0, "w1": 1.0, "w2": 1.0}

    def test_moving_a_slider_moves_the_boundary_rings_title_and_image(self):
        explorer = helpers.boundary_explorer()
        before = bytes(explorer.image.value)
        assert before.startswith(b"\x89PNG")
        explorer.sliders["w0"].value = -2.0
        explorer.sliders["w2"].value = 2.0
        W = np.array([-2.0, 1.0, 2.0])
        xy = boundary_points(explorer.view)
        np.testing.assert_allclose(xy[:, 1], helpers.decision_boundary(W, xy[:, 0]))
        X, y = helpers.make_linear_data()
        wrong = (z_of(W, X, "linear") >= 0).astype(float) != y
        np.testing.assert_array_equal(np.column_stack(explorer.view.missed.get_data()), X[wrong])
        title = f"z = -2 + 1·x₁ + 2·x₂\n{len(y) - wrong.sum()} of {len(y)} correct"
        assert explorer.view.ax.get_title() == title
        assert bytes(explorer.image.value) != before

    def test_feature_toggle_switches_to_squared_features(self):
        explorer = helpers.boundary_explorer()
        explorer.sliders["w0"].value = -4.0
        explorer.sliders["features"].value = "squared"
        radius = np.hypot(*boundary_points(explorer.view).T)
        np.testing.assert_allclose(radius, 2.0, atol=1e-3)  # x1² + x2² = 4
        assert explorer.view.ax.get_title().startswith("z = -4 + 1·x₁² + 1·x₂²")
        explorer.sliders["features"].value = "linear"
        xy = boundary_points(explorer.view)
        np.testing.assert_allclose(xy[:, 0] + xy[:, 1], 4.0, atol=1e-12)

    def test_blitted_image_equals_a_full_redraw(self):
        explorer = helpers.boundary_explorer(W=CIRCLE_W, features="squared")
        explorer.sliders["w1"].value = 2.0
        assert blit_mismatch(explorer) < 0.002  # only the edge pixels of the spines may differ

    def test_squared_default_uses_the_circle_data(self):
        explorer = helpers.boundary_explorer(W=CIRCLE_W, features="squared")
        X, _ = helpers.make_circle_data()
        points = np.concatenate([np.column_stack(p.get_data()) for p in explorer.view.points])
        assert sorted(map(tuple, points)) == sorted(map(tuple, X))
        assert explorer.view.ax.get_xlim() == (-2.5, 2.5)

    def test_own_data_and_w_outside_the_default_ranges(self):
        X, y = helpers.make_1d_data(m=10)[0].reshape(5, 2), np.array([0, 1, 0, 1, 1])
        explorer = helpers.boundary_explorer(X, y, W=[-9.5, 1.0, 4.2])
        assert explorer.sliders["w0"].min <= -9.5 and explorer.sliders["w2"].max >= 4.2
        assert explorer.values["w0"] == -9.5 and explorer.values["w2"] == 4.2

    def test_a_slider_move_checks_each_value_once(self, validation_calls):
        explorer = helpers.boundary_explorer()
        validation_calls.clear()
        explorer.sliders["w0"].value = -2.0
        assert validation_calls == {"W": 1, "features": 1}  # not X and y: checked at the start
        assert explorer.values["w0"] == -2.0

    def test_widget_holds_toggle_sliders_and_image(self):
        explorer = helpers.boundary_explorer()
        toggle, row, image = explorer.widget.children
        assert toggle is explorer.sliders["features"]
        assert list(toggle.options) == [
            ("linear: x1, x2", "linear"),
            ("squared: x1², x2²", "squared"),
        ]
        assert [s.description for s in row.children] == ["w0", "w1", "w2"]
        assert image is explorer.image
        shown = []
        with mock.patch("IPython.display.display", shown.append):
            explorer._ipython_display_()
        assert len(shown) == 1 and shown[0].children[-1] is explorer.image
