"""Notebook 04, section 5: the output layer's ΔW^[2] with SSE and with cross entropy, and the
network figure.

References: central differences of costs written here with scipy (independent of helpers),
and the slide's per-weight formula summed over samples in plain loops. (Bad arguments:
tests/test_bad_inputs.py.)
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.special import expit, log_expit

import helpers


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
    def test_costs_match_independent_formulas(self):
        for seed, n_hidden, n_out, m in SHAPES:
            W2, A1, Y = layer(seed, n_hidden, n_out, m)
            assert helpers.output_layer_cost(W2, A1, Y, "sse") == pytest.approx(
                sse_reference(W2, A1, Y), rel=1e-13
            )
            assert helpers.output_layer_cost(W2, A1, Y, "cross_entropy") == pytest.approx(
                ce_reference(W2, A1, Y), rel=1e-13
            )

    @pytest.mark.parametrize("cost", ["sse", "cross_entropy"])
    def test_gradient_matches_central_differences(self, cost):
        reference = sse_reference if cost == "sse" else ce_reference
        for seed, n_hidden, n_out, m in SHAPES:
            W2, A1, Y = layer(seed, n_hidden, n_out, m)
            numeric = central(lambda V, A1=A1, Y=Y: reference(V, A1, Y), W2)
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
        cost = helpers.output_layer_cost(W[np.newaxis], X.T, y[np.newaxis], "cross_entropy")
        assert cost == pytest.approx(helpers.cross_entropy_of_weights(W, X, y), rel=1e-14)
        a = expit(X @ W)  # E = Σ ½ (y − a)², no 1/m: its gradient Σ (a − y) a (1 − a) x
        sse = helpers.output_layer_gradient(W[np.newaxis], X.T, y[np.newaxis], "sse")
        np.testing.assert_allclose(sse[0], X.T @ ((a - y) * a * (1 - a)), rtol=1e-12)

    def test_saturated_wrong_output_sse_gradient_vanishes_cross_entropy_does_not(self):
        A1 = np.array([[1.0]])
        W2 = np.array([[12.0]])  # z = 12, y_hat ≈ 1
        Y = np.array([[0.0]])
        sse = helpers.output_layer_gradient(W2, A1, Y, "sse")[0, 0]
        ce = helpers.output_layer_gradient(W2, A1, Y, "cross_entropy")[0, 0]
        assert sse == pytest.approx(expit(12.0) ** 2 * expit(-12.0), rel=1e-12)
        assert sse < 1e-5 and ce > 0.9999

    def test_exact_and_silent_when_saturated(self, strict_numpy):
        W2, A1, Y = layer(6, scale=1e4)
        cost = helpers.output_layer_cost(W2, A1, Y, "cross_entropy")
        delta = helpers.output_layer_gradient(W2, A1, Y, "cross_entropy")
        assert cost == pytest.approx(ce_reference(W2, A1, Y), rel=1e-13) and cost > 100
        np.testing.assert_allclose(delta, -((Y - expit(W2 @ A1)) @ A1.T) / A1.shape[1])
        assert np.all(np.isfinite(delta))


# ----------------------------------------------------------------------------- the network figure
class TestNetworkFigure:
    def test_nodes_bias_nodes_and_edges_per_layer(self):
        for n_in, n_hidden, n_out in ((2, 2, 1), (3, 4, 2), (2, 0, 1)):
            fig = helpers.plot_network(n_inputs=n_in, n_hidden=n_hidden, n_outputs=n_out)
            ax = fig.axes[0]
            layers = [n for n in (n_in, n_hidden, n_out) if n]
            # one bias node "1" atop every layer but the output, then each layer's nodes
            biases = len(layers) - 1
            assert [len(c.get_offsets()) for c in ax.collections] == [1] * biases + layers
            assert [t.get_text() for t in ax.texts].count("1") == biases
            # every node and the bias of a layer feed every node of the next
            edges = sum((a + 1) * b for a, b in itertools.pairwise(layers))
            assert len(ax.lines) == edges
            # W^[1] solid, W^[2] dashed: the layers differ by line style, not colour alone
            styles = {line.get_linestyle() for line in ax.lines}
            assert styles == ({"--"} if n_hidden == 0 else {"-", "--"})
            texts = " ".join(t.get_text() for t in ax.texts)
            assert ("W^{[1]}" in texts) == (n_hidden > 0) and "W^{[2]}" in texts
