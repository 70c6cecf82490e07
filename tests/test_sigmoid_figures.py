"""Notebook 01's figures, slider figure and exercise checks, tested headlessly."""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest
from scipy.special import expit

import helpers
from helpers.checks import sigmoid as check


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


def stable(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


class TestStableSigmoidCheck:
    def test_correct_answer(self):
        result = check.stable_sigmoid(stable)
        assert result and result.message.startswith("Correct!")

    def test_stub_is_not_yet_unfinished(self):
        def stub(z):
            z = np.asarray(z, dtype=float)
            ...

        result = check.stable_sigmoid(stub)
        assert not result and "unfinished" in result.message

    def test_naive_formula_is_told_about_the_overflow(self):
        result = check.stable_sigmoid(lambda z: 1 / (1 + np.exp(-z)))
        assert not result and "overflow encountered in exp" in result.message
        assert "np.exp(-np.abs(z))" in result.message

    def test_where_with_both_branches_is_told_about_where(self):
        result = check.stable_sigmoid(
            lambda z: np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
        )
        assert not result and "np.where" in result.message

    def test_exception_is_reported_not_raised(self):
        def broken(z):
            return undefined_name  # noqa: F821

        result = check.stable_sigmoid(broken)
        assert not result and "NameError" in result.message

    def test_scalar_only_function(self):
        result = check.stable_sigmoid(lambda z: 0.5)
        assert not result and "shape" in result.message

    def test_wrong_values(self):
        result = check.stable_sigmoid(lambda z: stable(2 * z))
        assert not result and "At z = -740" in result.message

    def test_not_exactly_half(self):
        result = check.stable_sigmoid(lambda z: stable(z) + 1e-17 * (z == 0) + 1e-16)
        assert not result and "exactly 0.5" in result.message

    def test_not_a_function(self):
        assert "needs a function" in check.stable_sigmoid(3).message


class TestDerivativeCheck:
    def test_correct(self):
        assert check.sigmoid_derivative_function(helpers.sigmoid_derivative)

    @pytest.mark.parametrize(
        ("answer", "hint"),
        [
            (helpers.sigmoid, "σ(z) itself"),
            (lambda z: 1 - helpers.sigmoid(z), "1 − σ(z)"),
            (lambda z: helpers.sigmoid(z) ** 2, "σ'(0) should be 0.25"),
        ],
    )
    def test_typical_mistakes_get_specific_hints(self, answer, hint):
        result = check.sigmoid_derivative_function(answer)
        assert not result and hint in result.message

    def test_stub(self):
        assert "`return` missing" in check.sigmoid_derivative_function(lambda z: None).message


class TestMidpointCheck:
    def test_correct(self):
        w = np.log(9)
        assert check.midpoint_and_slope(w, -2 * w)

    def test_unfinished(self):
        assert "unfinished" in check.midpoint_and_slope(..., ...).message

    def test_wrong_midpoint(self):
        result = check.midpoint_and_slope(1.0, 0.0)
        assert not result and "b = -2w" in result.message

    def test_right_midpoint_wrong_steepness(self):
        result = check.midpoint_and_slope(1.0, -2.0)
        assert not result and "0.9" in result.message and "midpoint is right" in result.message

    def test_not_numbers(self):
        assert "not one number" in check.midpoint_and_slope("a", 1).message


def test_midpoint_check_tells_exact_from_close_enough():
    exact = check.midpoint_and_slope(np.log(9), -2 * np.log(9))
    close = check.midpoint_and_slope(2.2, -4.4)
    assert exact and "w = ln 9" in exact.message
    assert close and "Close enough" in close.message and "ln 9" in close.message


def test_derivative_check_spots_a_finite_difference():
    def numerical(z):
        return (helpers.sigmoid(z + 1e-5) - helpers.sigmoid(z - 1e-5)) / 2e-5

    result = check.sigmoid_derivative_function(numerical)
    assert not result and "numerical slope" in result.message


def test_overflow_hint_covers_exp_of_large_positive_z():
    result = check.stable_sigmoid(
        lambda z: np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
    )
    assert "e^z for a very positive z" in result.message


def test_hypotheses_figure_marks_where_wx_is_zero():
    x, y = helpers.make_1d_data()
    ax = helpers.plot_hypotheses([-7.5, 1.5], x, y).axes[0]
    assert list(line_by_label(ax, "WX = 0").get_xdata()) == [5.0, 5.0]
