"""Notebook 03: SSE, MSE and the cross entropy, their figures, the quiz and the exercise checks.

References: ``sklearn.metrics.log_loss`` for the cross entropy from probabilities,
``scipy.special.log_expit`` for the cross entropy from the logits, ``np.logaddexp`` for
softplus, and plain loops over the samples for the costs over weight vectors.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.special import expit, log_expit
from sklearn.metrics import log_loss

import helpers
from helpers.checks import costs as check
from helpers.costs import EPS
from helpers.plots.costs import _concave_spans, slice_weights

from .conftest import blit_mismatch

RNG_SEEDS = range(5)


def random_problem(seed: int, m: int = 50):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=m).astype(float)
    y[:2] = [0.0, 1.0]  # both classes present, as log_loss requires
    a = rng.uniform(0.001, 0.999, size=m)
    return y, a


# ----------------------------------------------------------------------------- SSE and MSE
class TestSquaredError:
    def test_sse_has_the_half(self):
        assert helpers.sse([1.0, 0.0, 1.0, 0.0], [0.9, 0.2, 0.4, 0.7]) == pytest.approx(0.45)

    def test_mse_is_sse_over_m(self):
        y, a = random_problem(1)
        expected = sum(0.5 * (yi - ai) ** 2 for yi, ai in zip(y, a, strict=True)) / len(y)
        assert helpers.mse(y, a) == pytest.approx(expected, rel=1e-14)
        assert helpers.mse(y, a) * len(y) == pytest.approx(helpers.sse(y, a), rel=1e-14)

    def test_sse_accepts_any_real_output_for_linear_regression(self):
        assert helpers.sse([2.0, -1.0], [0.0, 3.0]) == pytest.approx(0.5 * (4 + 16))

    def test_a_wrong_probability_costs_at_most_a_half(self):
        assert helpers.sse([1.0], [0.0]) == 0.5

    @pytest.mark.parametrize("function", [helpers.sse, helpers.mse])
    def test_shape_mismatch_names_both(self, function):
        with pytest.raises(ValueError, match=r"y.*y_hat|y_hat.*y"):
            function([1.0, 0.0], [0.5])

    @pytest.mark.parametrize("function", [helpers.sse, helpers.mse])
    def test_nan_and_empty_and_text_are_rejected(self, function):
        with pytest.raises(ValueError, match="y_hat"):
            function([1.0], [np.nan])
        with pytest.raises(ValueError, match="y"):
            function([], [])
        with pytest.raises(TypeError, match="y"):
            function(["a"], [0.5])


# ----------------------------------------------------------------------------- cross entropy
class TestCrossEntropy:
    @pytest.mark.parametrize("seed", RNG_SEEDS)
    def test_matches_sklearn_log_loss(self, seed):
        y, a = random_problem(seed)
        assert helpers.cross_entropy(y, a) == pytest.approx(log_loss(y, a), rel=1e-13)

    @pytest.mark.parametrize("seed", RNG_SEEDS)
    def test_terms_are_the_two_cases(self, seed):
        y, a = random_problem(seed)
        expected = np.where(y == 1, -np.log(a), -np.log(1 - a))
        np.testing.assert_allclose(helpers.cross_entropy_terms(y, a), expected, rtol=1e-13)

    def test_terms_match_log_loss_sample_by_sample(self):
        y, a = random_problem(7, m=12)
        for yi, ai, term in zip(y, a, helpers.cross_entropy_terms(y, a), strict=True):
            assert term == pytest.approx(
                log_loss([yi], [ai], labels=[0, 1]), rel=5e-16, abs=2.3e-16
            )

    def test_slide_quiz_values(self):
        terms = helpers.cross_entropy_terms([1.0, 1.0, 0.0], [0.2, 0.8, 0.9])
        np.testing.assert_allclose(terms, [-math.log(0.2), -math.log(0.8), -math.log(0.1)])

    def test_zero_exactly_at_perfect_predictions_and_positive_otherwise(self):
        y = np.array([1.0, 0.0, 1.0])
        assert helpers.cross_entropy(y, y) == 0.0
        assert not np.signbit(helpers.cross_entropy_terms(y, y)).any()  # no -0.0
        assert helpers.cross_entropy(y, [1.0, 0.0, 0.999]) > 0.0

    @pytest.mark.parametrize("seed", RNG_SEEDS)
    def test_never_negative(self, seed):
        y, a = random_problem(seed)
        assert (helpers.cross_entropy_terms(y, a) >= 0).all()

    def test_undecided_model_costs_log_two(self):
        assert helpers.cross_entropy([1.0, 0.0], [0.5, 0.5]) == pytest.approx(math.log(2))

    def test_saturated_wrong_predictions_are_capped_like_log_loss(self, strict_numpy):
        y = np.array([1.0, 0.0, 1.0, 0.0])
        a = np.array([0.0, 1.0, 1.0, 0.0])
        terms = helpers.cross_entropy_terms(y, a)
        np.testing.assert_allclose(terms, [-math.log(EPS), -math.log(EPS), 0.0, 0.0])
        assert helpers.cross_entropy(y, a) == pytest.approx(log_loss(y, a), rel=1e-12)

    @pytest.mark.parametrize(
        ("y", "y_hat", "message"),
        [
            ([1.0, 2.0], [0.5, 0.5], r"`y`.*0 or 1|`y`.*0, 1"),
            ([1.0, 0.0], [0.5, 1.5], r"`y_hat`.*\[0, 1\]|`y_hat`.*between"),
            ([1.0, 0.0], [0.5, -0.1], r"`y_hat`"),
            ([1.0, 0.0], [0.5], r"shape"),
            ([1.0, np.nan], [0.5, 0.5], r"`y`"),
            ([1.0, 0.0], [0.5, np.nan], r"`y_hat`"),
        ],
    )
    def test_bad_input_says_what_is_wrong(self, y, y_hat, message):
        with pytest.raises(ValueError, match=message):
            helpers.cross_entropy(y, y_hat)

    def test_text_is_a_type_error(self):
        with pytest.raises(TypeError, match="y_hat"):
            helpers.cross_entropy([1.0], ["high"])


class TestFromLogits:
    @pytest.mark.parametrize("seed", RNG_SEEDS)
    def test_matches_scipy_log_expit(self, seed):
        rng = np.random.default_rng(seed)
        y = rng.integers(0, 2, size=40).astype(float)
        z = rng.normal(scale=10.0, size=40)
        expected = np.mean(-y * log_expit(z) - (1 - y) * log_expit(-z))
        assert helpers.cross_entropy_from_logits(y, z) == pytest.approx(expected, rel=1e-13)

    @pytest.mark.parametrize("seed", RNG_SEEDS)
    def test_equals_cross_entropy_of_sigma_where_unsaturated(self, seed):
        rng = np.random.default_rng(seed)
        y = rng.integers(0, 2, size=40).astype(float)
        z = rng.uniform(-8, 8, size=40)
        assert helpers.cross_entropy_from_logits(y, z) == pytest.approx(
            helpers.cross_entropy(y, expit(z)), rel=1e-12
        )

    def test_exact_and_silent_when_saturated(self, strict_numpy):
        y = np.array([0.0, 1.0, 1.0, 0.0, 1.0, 0.0])
        z = np.array([40.0, 40.0, -800.0, -1e308, 1e308, 1e308])
        terms = [helpers.cross_entropy_from_logits([yi], [zi]) for yi, zi in zip(y, z, strict=True)]
        assert terms[0] == pytest.approx(40.0, rel=1e-15)
        assert terms[1] == pytest.approx(math.exp(-40.0), rel=1e-12)
        assert terms[2] == 800.0
        assert terms[3] == 0.0 and terms[4] == 0.0
        assert terms[5] == 1e308
        assert all(math.isfinite(t) for t in terms)

    def test_infinite_logits_are_rejected_with_the_name(self):
        with pytest.raises(ValueError, match="`z`"):
            helpers.cross_entropy_from_logits([1.0], [np.inf])

    def test_labels_are_checked(self):
        with pytest.raises(ValueError, match="`y`"):
            helpers.cross_entropy_from_logits([0.5], [1.0])


class TestSoftplus:
    def test_matches_logaddexp(self, strict_numpy):
        t = np.concatenate([np.linspace(-50, 50, 1001), [-1e308, -745.0, 709.0, 1e308]])
        ours = helpers.softplus(t)
        with np.errstate(under="ignore"):  # the reference and the comparison underflow quietly
            np.testing.assert_allclose(ours, np.logaddexp(0.0, t), rtol=1e-15)

    def test_scalar_in_float_out(self):
        assert isinstance(helpers.softplus(0.0), float)
        assert helpers.softplus(0.0) == pytest.approx(math.log(2.0), rel=1e-16)

    def test_is_log_sigma_identity(self):
        z = np.linspace(-30, 30, 61)
        np.testing.assert_allclose(-helpers.softplus(-z), log_expit(z), rtol=1e-14, atol=1e-300)


# ----------------------------------------------------------------------------- general form
class TestGeneralCrossEntropy:
    def test_one_hot_rows(self):
        np.testing.assert_array_equal(helpers.one_hot([1, 0, 2]), np.eye(3)[[1, 0, 2]])
        np.testing.assert_array_equal(helpers.one_hot([1.0, 0.0]), [[0, 1], [1, 0]])
        assert helpers.one_hot([0, 0]).shape == (2, 2)  # at least two classes

    @pytest.mark.parametrize(
        ("labels", "num_classes", "error", "message"),
        [
            ([0.5, 1], None, ValueError, "class numbers"),
            ([-1, 1], None, ValueError, "class numbers"),
            ([0, 3], 3, ValueError, "num_classes"),
            ([0, 1], 2.0, TypeError, "num_classes"),
            ([[0, 1]], None, ValueError, "1-D"),
        ],
    )
    def test_one_hot_bad_input(self, labels, num_classes, error, message):
        with pytest.raises(error, match=message):
            helpers.one_hot(labels, num_classes)

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

    def test_one_sample(self):
        value = helpers.categorical_cross_entropy([0.0, 0.0, 1.0], [0.2, 0.3, 0.5])
        assert value == pytest.approx(math.log(2.0))

    def test_rows_must_be_one_hot_and_distributions(self):
        with pytest.raises(ValueError, match="one-hot"):
            helpers.categorical_cross_entropy([[1.0, 1.0]], [[0.5, 0.5]])
        with pytest.raises(ValueError, match="sum to 1"):
            helpers.categorical_cross_entropy([[1.0, 0.0]], [[0.5, 0.6]])


# ----------------------------------------------------------------------------- over weights
class TestCostsOfWeights:
    x, y = helpers.make_1d_data(m=30, seed=0)
    Xb = helpers.add_bias(x)

    def loop_mse(self, W, model):
        total = 0.0
        for xi, yi in zip(self.Xb, self.y, strict=True):
            z = float(xi @ W)
            y_hat = 1 / (1 + math.exp(-z)) if model == "logistic" else z
            total += 0.5 * (yi - y_hat) ** 2
        return total / len(self.y)

    @pytest.mark.parametrize("model", ["logistic", "linear"])
    def test_mse_of_weights_matches_a_loop(self, model):
        W = np.array([-7.5, 1.5])
        assert helpers.mse_of_weights(W, self.Xb, self.y, model=model) == pytest.approx(
            self.loop_mse(W, model), rel=1e-13
        )

    def test_a_stack_of_weights_gives_one_cost_each(self):
        grid = np.stack(np.meshgrid(np.linspace(-9, 1, 4), np.linspace(-1, 3, 3)), axis=-1)
        mse = helpers.mse_of_weights(grid, self.Xb, self.y)
        ce = helpers.cross_entropy_of_weights(grid, self.Xb, self.y)
        assert mse.shape == ce.shape == (3, 4)
        for index in np.ndindex(3, 4):
            W = grid[index]
            assert mse[index] == pytest.approx(self.loop_mse(W, "logistic"), rel=1e-12)
            z = self.Xb @ W  # log_loss would clip the saturated σ(z); log_expit does not
            expected = np.mean(-self.y * log_expit(z) - (1 - self.y) * log_expit(-z))
            assert ce[index] == pytest.approx(expected, rel=1e-13)

    def test_squared_error_after_a_sigmoid_is_not_convex_but_cross_entropy_is(self):
        w = np.linspace(-4, 4, 161)
        W = slice_weights(w)
        mse = helpers.mse_of_weights(W, self.Xb, self.y)
        ce = helpers.cross_entropy_of_weights(W, self.Xb, self.y)
        h = w[1] - w[0]
        assert (np.diff(mse, 2) / h**2).min() < -0.4  # clearly bends down
        assert (np.diff(ce, 2) / h**2).min() > 0.0

    def test_linear_model_curvature_is_the_formula(self):
        w = np.array([-1.0, 0.0, 1.0])
        f = helpers.mse_of_weights(slice_weights(w), self.Xb, self.y, model="linear")
        assert f[0] - 2 * f[1] + f[2] == pytest.approx(np.mean((self.x - 5) ** 2), rel=1e-10)

    def test_bad_inputs(self):
        with pytest.raises(ValueError, match="model"):
            helpers.mse_of_weights([0.0, 1.0], self.Xb, self.y, model="quadratic")
        with pytest.raises(ValueError, match="bias column"):
            helpers.cross_entropy_of_weights([0.0, 1.0], self.x[:, None], self.y)
        with pytest.raises(ValueError, match="labels"):
            helpers.mse_of_weights([0.0, 1.0], self.Xb, self.y[:-1])
        with pytest.raises(ValueError, match="`y`"):
            helpers.cross_entropy_of_weights([0.0, 1.0], self.Xb, self.y * 2)


# ----------------------------------------------------------------------------- figures
class TestFigures:
    def test_cost_curves_solid_for_y1_dotted_for_y0(self):
        fig = helpers.plot_cost_curves()
        ax = fig.axes[0]
        y1, y0 = ax.lines[0], ax.lines[1]
        assert y1.get_linestyle() == "-" and y0.get_linestyle() == ":"
        assert y1.get_marker() != y0.get_marker()
        h = y1.get_xdata()
        np.testing.assert_allclose(y1.get_ydata(), -np.log(h))
        np.testing.assert_allclose(y0.get_ydata(), -np.log(1 - h))

    def test_quiz_points_only_when_asked(self):
        hidden = helpers.plot_cost_curves()
        shown = helpers.plot_cost_curves(quiz=True)

        def stars(fig):
            return [ln for ln in fig.axes[0].lines if ln.get_marker() == "*" and ln.get_visible()]

        assert stars(hidden) == []
        points = sorted((ln.get_xdata()[0], ln.get_ydata()[0]) for ln in stars(shown))
        expected = [(0.2, -math.log(0.2)), (0.8, -math.log(0.8)), (0.9, -math.log(0.1))]
        np.testing.assert_allclose(points, expected, rtol=1e-12)

    def test_concave_spans_of_a_known_curve(self):
        w = np.linspace(-3, 3, 601)
        spans = _concave_spans(w, np.sin(w))  # sin bends down on (0, pi)
        assert len(spans) == 1
        assert spans[0][0] == pytest.approx(0.0, abs=0.02)
        assert spans[0][1] == pytest.approx(3.0, abs=0.02)
        assert _concave_spans(w, w**2) == []

    def test_squared_error_slices_shade_only_the_logistic_panel(self):
        fig = helpers.plot_squared_error_slices()
        left, right = fig.axes
        assert not left.patches and right.patches
        np.testing.assert_allclose(
            left.lines[0].get_ydata(),
            helpers.mse_of_weights(
                slice_weights(left.lines[0].get_xdata()),
                helpers.add_bias(TestCostsOfWeights.x),
                TestCostsOfWeights.y,
                model="linear",
            ),
        )

    def test_cost_slices_tangent_slopes_match_finite_differences(self):
        fig = helpers.plot_cost_slices(w=-2.0)
        x, y = TestCostsOfWeights.x, TestCostsOfWeights.y
        Xb = helpers.add_bias(x)
        costs = (helpers.mse_of_weights, helpers.cross_entropy_of_weights)
        for ax, cost in zip(fig.axes, costs, strict=True):
            tangent = ax.lines[1]
            (x0, x1), (v0, v1) = tangent.get_xdata(), tangent.get_ydata()
            h = 1e-6
            slope = cost(slice_weights(-2.0 + h), Xb, y) - cost(slice_weights(-2.0 - h), Xb, y)
            assert (v1 - v0) / (x1 - x0) == pytest.approx(slope / (2 * h), rel=1e-6)

    def test_cost_surfaces_hold_the_costs(self):
        fig = helpers.plot_cost_surfaces(n=5)
        assert len(fig.axes) == 2
        assert [ax.name for ax in fig.axes] == ["3d", "3d"]


# ----------------------------------------------------------------------------- widgets
@pytest.mark.widgets
class TestCostQuiz:
    def test_starts_unanswered(self):
        quiz = helpers.cost_quiz()
        assert quiz.score == 0 and set(quiz.results.values()) == {None}
        assert all("Choose" in f.value for f in quiz.feedback.values())

    def test_right_answers_score_and_show_their_points(self):
        quiz = helpers.cost_quiz()
        before = bytes(quiz.image.value)
        answers = {1: ("large", "solid"), 2: ("small", "solid"), 3: ("large", "dotted")}
        for number, (error, curve) in answers.items():
            quiz.sliders[f"q{number}_error"].value = error
            quiz.sliders[f"q{number}_curve"].value = curve
            assert "Correct" in quiz.feedback[number].value
            assert quiz.curves.marks[number].get_visible()
        assert quiz.score == 3
        assert bytes(quiz.image.value) != before
        assert blit_mismatch(quiz) < 0.002  # the blitted points look as in a full redraw

    def test_a_wrong_curve_gets_a_hint_and_no_point(self):
        quiz = helpers.cost_quiz()
        quiz.sliders["q3_error"].value = "large"
        quiz.sliders["q3_curve"].value = "solid"
        assert "label picks the curve" in quiz.feedback[3].value
        assert not quiz.curves.marks[3].get_visible()
        assert quiz.score == 0


@pytest.mark.widgets
class TestCostSliceExplorer:
    def test_slider_moves_points_tangents_readouts_and_image(self):
        explorer = helpers.cost_slice_explorer()
        before_image = bytes(explorer.image.value)
        before = [p.get_xdata()[0] for p in explorer.artists.points]
        explorer.sliders["w"].value = 1.0
        after = [p.get_xdata()[0] for p in explorer.artists.points]
        assert before == [-2.0, -2.0] and after == [1.0, 1.0]
        assert all("w = 1.00" in r.get_text() for r in explorer.artists.readouts)
        assert bytes(explorer.image.value) != before_image
        assert blit_mismatch(explorer) < 0.002

    def test_x_and_y_go_together(self):
        with pytest.raises(ValueError, match="both"):
            helpers.cost_slice_explorer(x=[1.0, 2.0])


# ----------------------------------------------------------------------------- checks
class TestQuizChecker:
    @pytest.mark.parametrize(
        ("number", "error", "curve"),
        [(1, "large", "solid"), (2, "small", "solid"), (3, "large", "dotted")],
    )
    def test_the_key_is_correct(self, number, error, curve):
        assert check.cost_quiz_answer(number, error=error, curve=curve)

    def test_korean_and_letter_answers(self):
        assert check.cost_quiz_answer(1, error="크다", curve="실선")
        assert check.cost_quiz_answer(3, error="(b)", curve="b")
        assert check.cost_quiz_answer(2, error=" Small ", curve="SOLID")

    def test_wrong_size_explains_with_the_number(self):
        feedback = check.cost_quiz_answer(2, error="large", curve="solid")
        assert not feedback and "0.22" in str(feedback) and "log 2" in str(feedback)

    def test_wrong_curve_says_the_label_picks_it(self):
        feedback = check.cost_quiz_answer(3, error="large", curve="solid")
        assert not feedback and "label picks the curve" in str(feedback)

    def test_partial_answers(self):
        assert "now say whether" in str(check.cost_quiz_answer(1, curve="solid"))
        assert "on which curve" in str(check.cost_quiz_answer(1, error="large"))
        assert "unfinished" in str(check.cost_quiz_answer(1, error=..., curve=...))

    def test_bad_answers_are_named(self):
        assert "`question`" in str(check.cost_quiz_answer(4, "large", "solid"))
        assert "`error`" in str(check.cost_quiz_answer(1, error="huge", curve="solid"))
        assert "`curve`" in str(check.cost_quiz_answer(1, error="large", curve=2))

    def test_quiz_questions_are_the_slides(self):
        assert [(q.y, q.y_hat) for q in check.QUIZ] == [(1, 0.2), (1, 0.8), (0, 0.9)]
        assert [q.size for q in check.QUIZ] == ["large", "small", "large"]
        assert [q.curve for q in check.QUIZ] == ["solid", "solid", "dotted"]


def stub(*args):
    return ...


class TestCostFunctionCheck:
    def test_stub_is_not_yet_unfinished(self):
        assert "unfinished" in str(check.cost_function(stub))

    def test_solution(self):
        def my_cost(y, a):
            return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))

        feedback = check.cost_function(my_cost)
        assert feedback and str(feedback).startswith("Correct!")

    @pytest.mark.parametrize(
        ("mistake", "hint"),
        [
            (lambda y, a: np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)), "negative"),
            (lambda y, a: -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)), "times too large"),
            (lambda y, a: -np.mean(y * np.log10(a) + (1 - y) * np.log10(1 - a)), "base-10"),
            (lambda y, a: -np.mean((1 - y) * np.log(a) + y * np.log(1 - a)), "swapped"),
            (lambda y, a: -(y * np.log(a) + (1 - y) * np.log(1 - a)), "one number"),
            (lambda y, a: np.mean((y - a) ** 2), "by hand"),
            (lambda y, a: 1 / 0, "ZeroDivisionError"),
        ],
    )
    def test_typical_mistakes_get_their_hint(self, mistake, hint):
        feedback = check.cost_function(mistake)
        assert not feedback and hint in str(feedback)


class TestCostFromLogitsCheck:
    def test_stub_is_not_yet_unfinished(self):
        assert "unfinished" in str(check.cost_from_logits(stub))

    def test_solutions(self):
        def softplus_form(y, z):
            return np.mean(y * helpers.softplus(-z) + (1 - y) * helpers.softplus(z))

        def logaddexp_form(y, z):
            return np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))

        assert check.cost_from_logits(softplus_form)
        assert check.cost_from_logits(logaddexp_form)

    def test_naive_sigma_warns_and_is_told_why(self):
        def naive(y, z):
            a = 1 / (1 + np.exp(-z))
            return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))

        feedback = check.cost_from_logits(naive)
        assert not feedback and "softplus" in str(feedback)

    def test_clipping_is_told_it_caps_the_error(self):
        def clipped(y, z):
            return helpers.cross_entropy(y, helpers.sigmoid(z))

        feedback = check.cost_from_logits(clipped)
        assert not feedback and "Clipping" in str(feedback)

    def test_swapped_labels(self):
        def swapped(y, z):
            return np.mean((1 - y) * helpers.softplus(-z) + y * helpers.softplus(z))

        assert "swapped" in str(check.cost_from_logits(swapped))


class TestGeneralCrossEntropyCheck:
    def test_stub_is_not_yet_unfinished(self):
        assert "unfinished" in str(check.general_cross_entropy(stub))

    def test_solution(self):
        def solution(Y, Y_hat):
            return np.mean(-np.sum(Y * np.log(Y_hat), axis=1))

        assert check.general_cross_entropy(solution)

    @pytest.mark.parametrize(
        ("mistake", "hint"),
        [
            (lambda Y, P: -np.sum(Y * np.log(P)), "times too large"),
            (lambda Y, P: np.mean(np.sum(Y * np.log(P), axis=1)), "negative"),
            (
                lambda Y, P: np.mean(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P), axis=1)),
                "binary formula",
            ),
            (lambda Y, P: np.mean(-np.sum(Y * np.log(P), axis=0)), "axis=0"),
        ],
    )
    def test_typical_mistakes_get_their_hint(self, mistake, hint):
        feedback = check.general_cross_entropy(mistake)
        assert not feedback and hint in str(feedback)


class TestSquaredErrorContours:
    def test_contours_are_the_mse_and_the_slice_is_dashed(self):
        x, y = helpers.make_1d_data(m=30, seed=0)
        fig = helpers.plot_squared_error_contours(x, y)
        ax = fig.axes[0]
        (line,) = [line for line in ax.lines if line.get_linestyle() == "--"]
        w0, w1 = line.get_data()
        np.testing.assert_allclose(w0, -5.0 * w1)
        filled = ax.collections[0]
        levels = filled.levels
        Xb = helpers.add_bias(x)
        corners = np.array([[-20.0, -2.0], [10.0, 4.0], [-20.0, 4.0], [10.0, -2.0]])
        values = helpers.mse_of_weights(corners, Xb, y)
        assert levels.min() <= values.min() and values.max() <= levels.max()
        assert 0.0 <= levels.min() and levels.max() <= 0.5  # MSE after σ lies in [0, 1/2]
