"""Notebook 04, section 5: the output layer's ΔW^[2] with SSE and with cross entropy.

References: central differences of costs written here with scipy (independent of helpers),
and the slide's per-weight formula summed over samples in plain loops.
"""

from __future__ import annotations

import itertools
import re
import warnings

import numpy as np
import pytest
from scipy.special import expit, log_expit

import helpers
from helpers.checks import gradient as check


def layer(seed: int, n_hidden: int = 3, n_out: int = 2, m: int = 5, scale: float = 1.0):
    rng = np.random.default_rng(seed)
    A1 = expit(rng.normal(0.0, 2.0, size=(n_hidden, m)))
    W2 = rng.normal(0.0, scale, size=(n_out, n_hidden))
    Y = (rng.random((n_out, m)) < 0.5).astype(float)
    return W2, A1, Y


def sse_reference(W2, A1, Y) -> float:
    return float(np.sum(0.5 * (Y - expit(W2 @ A1)) ** 2))


def ce_reference(W2, A1, Y) -> float:
    Z = W2 @ A1
    return float(-np.sum(Y * log_expit(Z) + (1 - Y) * log_expit(-Z)) / A1.shape[1])


def central(f, W2, eps=1e-6):
    grad = np.zeros_like(W2)
    for index in np.ndindex(W2.shape):
        step = np.zeros_like(W2)
        step[index] = eps
        grad[index] = (f(W2 + step) - f(W2 - step)) / (2 * eps)
    return grad


SHAPES = [(0, 3, 2, 5), (1, 1, 1, 1), (2, 4, 3, 20), (3, 6, 1, 9)]


class TestOutputLayer:
    @pytest.mark.parametrize(("seed", "n_hidden", "n_out", "m"), SHAPES)
    def test_costs_match_independent_formulas(self, seed, n_hidden, n_out, m):
        W2, A1, Y = layer(seed, n_hidden, n_out, m)
        assert helpers.output_layer_cost(W2, A1, Y, "sse") == pytest.approx(
            sse_reference(W2, A1, Y), rel=1e-13
        )
        assert helpers.output_layer_cost(W2, A1, Y, "cross_entropy") == pytest.approx(
            ce_reference(W2, A1, Y), rel=1e-13
        )

    @pytest.mark.parametrize(("seed", "n_hidden", "n_out", "m"), SHAPES)
    @pytest.mark.parametrize("cost", ["sse", "cross_entropy"])
    def test_gradient_matches_finite_differences(self, seed, n_hidden, n_out, m, cost):
        W2, A1, Y = layer(seed, n_hidden, n_out, m)
        reference = sse_reference if cost == "sse" else ce_reference
        numeric = central(lambda V: reference(V, A1, Y), W2)
        delta = helpers.output_layer_gradient(W2, A1, Y, cost)
        assert delta.shape == W2.shape == (n_out, n_hidden)
        assert helpers.relative_error(delta, numeric) < 1e-7

    def test_per_weight_formula_of_the_slide(self):
        W2, A1, Y = layer(4, 3, 2, 6)
        Z = W2 @ A1
        Y_hat = expit(Z)
        delta_sse = helpers.output_layer_gradient(W2, A1, Y, "sse")
        delta_ce = helpers.output_layer_gradient(W2, A1, Y, "cross_entropy")
        for k in range(2):
            for j in range(3):
                sse = 0.0
                ce = 0.0
                for i in range(6):
                    g_prime = Y_hat[k, i] * (1 - Y_hat[k, i])
                    sse += -(Y[k, i] - Y_hat[k, i]) * g_prime * A1[j, i]
                    ce += -(Y[k, i] - Y_hat[k, i]) * A1[j, i] / 6
                assert delta_sse[k, j] == pytest.approx(sse, rel=1e-12, abs=1e-15)
                assert delta_ce[k, j] == pytest.approx(ce, rel=1e-12, abs=1e-15)

    def test_one_output_is_the_logistic_regression_gradient(self):
        rng = np.random.default_rng(5)
        X = helpers.add_bias(rng.normal(size=(8, 2)))  # rows as samples
        W = rng.normal(size=3)
        y = (np.arange(8) % 2).astype(float)
        delta = helpers.output_layer_gradient(W[np.newaxis], X.T, y[np.newaxis], "cross_entropy")
        np.testing.assert_allclose(delta[0], helpers.gradient(W, X, y), rtol=1e-12)
        sse = helpers.output_layer_gradient(W[np.newaxis], X.T, y[np.newaxis], "sse")
        np.testing.assert_allclose(sse[0], helpers.sse_gradient(W, X, y), rtol=1e-12)

    def test_saturated_wrong_output_sse_gradient_vanishes_cross_entropy_does_not(self):
        A1 = np.array([[1.0]])
        W2 = np.array([[12.0]])  # z = 12, y_hat ≈ 1
        Y = np.array([[0.0]])
        sse = helpers.output_layer_gradient(W2, A1, Y, "sse")[0, 0]
        ce = helpers.output_layer_gradient(W2, A1, Y, "cross_entropy")[0, 0]
        assert sse == pytest.approx(expit(12.0) ** 2 * expit(-12.0), rel=1e-12)
        assert sse < 1e-5 and ce > 0.9999

    def test_forward_pass_and_no_warnings_when_saturated(self):
        W2, A1, Y = layer(6, scale=1e4)
        with np.errstate(all="raise"), warnings.catch_warnings():
            warnings.simplefilter("error")
            Z2, Y_hat = helpers.output_layer_outputs(W2, A1)
            cost = helpers.output_layer_cost(W2, A1, Y, "cross_entropy")
            delta = helpers.output_layer_gradient(W2, A1, Y, "cross_entropy")
        np.testing.assert_allclose(Z2, W2 @ A1)
        assert np.all(np.isfinite(Y_hat)) and np.isfinite(cost) and np.all(np.isfinite(delta))

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"W2": np.ones((2, 4))}, ValueError, "W2 needs one column per row of A1"),
            ({"A1": np.ones(3)}, ValueError, "`A1` must be a 2-D array"),
            ({"W2": np.ones(3)}, ValueError, "`W2` must be a 2-D array"),
            ({"Y": np.ones((5, 2))}, ValueError, r"`Y` must have shape \(n_out, m\)"),
            ({"Y": np.full((2, 5), 0.5)}, ValueError, "`Y` must hold class labels"),
            ({"A1": np.full((3, 5), np.nan)}, ValueError, "`A1` must be finite"),
            ({"W2": "weights"}, TypeError, "`W2`"),
            ({"cost": "mse"}, ValueError, "`cost` must be"),
        ],
    )
    def test_bad_input(self, kwargs, error, message):
        W2, A1, Y = layer(0)
        args = {"W2": W2, "A1": A1, "Y": Y, "cost": "sse", **kwargs}
        with pytest.raises(error, match=message):
            helpers.output_layer_gradient(**args)


def good_delta(W2, A1, Y):
    Y_hat = expit(W2 @ A1)
    return -((Y - Y_hat) * Y_hat * (1 - Y_hat)) @ A1.T


class TestSseOutputGradientCheck:
    @pytest.mark.parametrize(
        "answer",
        [
            good_delta,
            lambda W2, A1, Y: helpers.output_layer_gradient(W2, A1, Y, "sse"),
            lambda W2, A1, Y: (
                ((helpers.sigmoid(W2 @ A1) - Y) * helpers.sigmoid_derivative(W2 @ A1)) @ A1.T
            ),
        ],
    )
    def test_correct_answers(self, answer):
        result = check.sse_output_gradient(answer)
        assert result and result.message.startswith("Correct!")

    @pytest.mark.parametrize(
        ("answer", "hint"),
        [
            (lambda W2, A1, Y: -good_delta(W2, A1, Y), "sign is flipped"),
            (lambda W2, A1, Y: -(Y - expit(W2 @ A1)) @ A1.T, "g'(Z) = σ(Z)(1 − σ(Z)) is missing"),
            (lambda W2, A1, Y: -((Y - expit(W2 @ A1)) @ A1.T) / A1.shape[1], "cross entropy's"),
            (lambda W2, A1, Y: good_delta(W2, A1, Y) / A1.shape[1], "no 1/m"),
            (lambda W2, A1, Y: good_delta(W2, A1, Y).T, "transpose"),
            (
                lambda W2, A1, Y: (
                    -((Y - expit(W2 @ A1)) @ A1.T)
                    * ((expit(W2 @ A1) * (1 - expit(W2 @ A1))) @ A1.T)
                ),
                "element-wise",
            ),
            (lambda W2, A1, Y: good_delta(W2, A1, Y)[:1], "W2's shape"),
            (
                lambda W2, A1, Y: -((Y - expit(W2 @ A1)) * expit(W2 @ A1)) @ A1.T,
                "σ's *slope*",
            ),
            (
                lambda W2, A1, Y: (
                    -((Y - expit(W2 @ A1)) * helpers.sigmoid_derivative(expit(W2 @ A1))) @ A1.T
                ),
                "takes z, not ŷ",
            ),
            (lambda W2, A1, Y: (Y - expit(W2 @ A1)) @ A1.T, "Two pieces are missing"),
            (lambda W2, A1, Y: good_delta(W2, A1, Y) + 1.0, "differs"),
            (lambda W2, A1, Y: A1 @ Y, "raised ValueError"),
            (lambda W2, A1, Y: None, "`return` missing"),
            (..., "unfinished"),
        ],
    )
    def test_typical_mistakes_get_specific_hints(self, answer, hint):
        result = check.sse_output_gradient(answer)
        assert not result and result.message.startswith("Not yet.") and hint in result.message


# ----------------------------------------------------------------------------- the network figure
class TestNetworkFigure:
    @pytest.mark.parametrize(("n_in", "n_hidden", "n_out"), [(2, 2, 1), (3, 4, 2), (2, 0, 1)])
    def test_nodes_and_edges_per_layer(self, n_in, n_hidden, n_out):
        fig = helpers.plot_network(n_inputs=n_in, n_hidden=n_hidden, n_outputs=n_out)
        ax = fig.axes[0]
        layers = [n for n in (n_in, n_hidden, n_out) if n]
        assert [len(c.get_offsets()) for c in ax.collections] == layers
        edges = sum(a * b for a, b in itertools.pairwise(layers))
        assert len(ax.lines) == edges
        # W^[1] solid, W^[2] dashed: the layers differ by line style, not colour alone
        styles = {line.get_linestyle() for line in ax.lines}
        assert styles == ({"--"} if n_hidden == 0 else {"-", "--"})
        texts = " ".join(t.get_text() for t in ax.texts)
        assert ("W^{[1]}" in texts) == (n_hidden > 0) and "W^{[2]}" in texts

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"n_inputs": 0}, ValueError, "`n_inputs` must be from 1 to 6"),
            ({"n_hidden": 7}, ValueError, "`n_hidden` must be from 0 to 6"),
            ({"n_outputs": 1.5}, TypeError, "`n_outputs` must be a whole number"),
            ({"n_inputs": True}, TypeError, "`n_inputs` must be a whole number"),
            ({"n_hidden": "2"}, TypeError, "`n_hidden` must be a whole number"),
        ],
    )
    def test_bad_sizes_are_named(self, kwargs, error, message):
        with pytest.raises(error, match=re.escape(message)):
            helpers.plot_network(**kwargs)
