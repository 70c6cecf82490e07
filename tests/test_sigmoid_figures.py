"""Notebook 01's figures and slider figure, tested headlessly against scipy's expit. (Bad
arguments: tests/test_bad_inputs.py; the exercise checks are tested with the checks.)"""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest
from scipy.special import expit

import helpers

from .conftest import blit_mismatch


def line_by_label(ax, fragment):
    matches = [line for line in ax.get_lines() if fragment in line.get_label()]
    assert len(matches) == 1, [line.get_label() for line in ax.get_lines()]
    return matches[0]


class TestStaticFigures:
    def test_plot_sigmoid_draws_sigma_with_asymptotes_and_midpoint(self):
        ax = helpers.plot_sigmoid().axes[0]
        curve = line_by_label(ax, r"\sigma(z)")
        np.testing.assert_allclose(curve.get_ydata(), expit(curve.get_xdata()), rtol=1e-14)
        horizontal = {
            float(line.get_ydata()[0])
            for line in ax.get_lines()
            if len(set(line.get_ydata())) == 1 and len(line.get_ydata()) == 2
        }
        assert {0.0, 1.0} <= horizontal
        dots = [line for line in ax.get_lines() if list(line.get_xdata()) == [0.0]]
        assert dots and list(dots[0].get_ydata()) == [0.5]

    def test_derivative_figure_uses_different_line_style_and_marker(self):
        ax = helpers.plot_sigmoid_derivative().axes[0]
        sigma = line_by_label(ax, r"$\sigma(z)$")
        slope = line_by_label(ax, r"\sigma'(z)")
        np.testing.assert_allclose(
            slope.get_ydata(), expit(slope.get_xdata()) * (1 - expit(slope.get_xdata())), rtol=1e-12
        )
        assert sigma.get_linestyle() != slope.get_linestyle()
        assert sigma.get_marker() != slope.get_marker()

    def test_hypotheses_share_w(self):
        W = [-7.5, 1.5]
        x, y = helpers.make_1d_data()
        ax = helpers.plot_hypotheses(W, x, y).axes[0]
        logistic = line_by_label(ax, "logistic")
        linear = line_by_label(ax, "linear")
        grid = logistic.get_xdata()
        np.testing.assert_allclose(linear.get_ydata(), -7.5 + 1.5 * grid)
        np.testing.assert_allclose(logistic.get_ydata(), expit(-7.5 + 1.5 * grid), rtol=1e-14)
        assert logistic.get_linestyle() != linear.get_linestyle()
        assert list(line_by_label(ax, "WX = 0").get_xdata()) == [5.0, 5.0]
        for label, points in zip((0, 1), ax.get_lines()[-2:], strict=True):
            np.testing.assert_array_equal(points.get_xdata(), x[y == label])


@pytest.mark.widgets
class TestSigmoidExplorer:
    def test_default_matches_the_static_figure(self):
        explorer = helpers.sigmoid_explorer()
        static = helpers.plot_sigmoid_wx_b(w=1.0, b=0.0).axes[0]
        ours = line_by_label(explorer.figure.axes[0], "wx + b")
        theirs = line_by_label(static, "wx + b")
        np.testing.assert_array_equal(ours.get_ydata(), theirs.get_ydata())

    def test_moving_a_slider_redraws_curve_midpoint_and_image(self):
        explorer = helpers.sigmoid_explorer()
        before = bytes(explorer.image.value)
        assert before.startswith(b"\x89PNG")
        explorer.sliders["w"].value = 2.0
        explorer.sliders["b"].value = -3.0
        curve = line_by_label(explorer.figure.axes[0], "wx + b")
        np.testing.assert_allclose(curve.get_ydata(), expit(2.0 * curve.get_xdata() - 3.0))
        midpoint = line_by_label(explorer.figure.axes[0], "midpoint")
        assert list(midpoint.get_xdata()) == [pytest.approx(1.5)]
        assert bytes(explorer.image.value) != before
        assert explorer.figure.axes[0].get_title() == "w = 2.00, b = -3.00"
        assert blit_mismatch(explorer) < 0.002

    def test_a_slider_move_checks_w_and_b_once(self, validation_calls):
        explorer = helpers.sigmoid_explorer()
        validation_calls.clear()
        explorer.sliders["w"].value = 3.0
        assert validation_calls == {"w": 1, "b": 1}

    def test_starts_where_it_was_asked_to_beyond_the_default_ranges(self):
        explorer = helpers.sigmoid_explorer(w=7.0, b=-12.5)
        assert explorer.values == {"w": 7.0, "b": -12.5}
        assert explorer.sliders["w"].max >= 7.0 and explorer.sliders["b"].min <= -12.5

    def test_zero_steepness_has_no_midpoint(self):
        explorer = helpers.sigmoid_explorer(w=0.0, b=1.0)
        curve = line_by_label(explorer.figure.axes[0], "wx + b")
        np.testing.assert_allclose(curve.get_ydata(), expit(1.0))
        assert len(line_by_label(explorer.figure.axes[0], "midpoint").get_xdata()) == 0

    def test_widget_holds_sliders_and_image(self):
        explorer = helpers.sigmoid_explorer()
        controls, image = explorer.widget.children
        assert [s.description for s in controls.children] == ["w (steepness)", "b (shift)"]
        assert image is explorer.image
        shown = []
        with mock.patch("IPython.display.display", shown.append):
            explorer._ipython_display_()
        assert len(shown) == 1 and shown[0].children[-1] is explorer.image
