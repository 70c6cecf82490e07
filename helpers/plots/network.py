"""Figure for notebook 04's backpropagation: the network the lecture's output layer belongs to.

Inputs x_1..x_n feed the hidden layer A^[1] through W^[1]; the hidden layer feeds the output
layer ŷ = A^[2] through W^[2]. With no hidden layer the same drawing is logistic regression:
the inputs feed the output directly, A^[1] = X and W^[2] = W.
"""

from __future__ import annotations

import itertools

import numpy as np

from .._validation import whole_number
from .style import BLUE, GREY, ORANGE, VERMILLION, new_figure

__all__ = ["plot_network"]

#: One look per layer, told apart by marker shape as well as colour.
_LAYER_STYLE = (
    {"marker": "s", "color": BLUE},  # inputs
    {"marker": "o", "color": ORANGE},  # hidden layer
    {"marker": "D", "color": VERMILLION},  # output layer
)
#: The two weight layers: solid W^[1], dashed W^[2].
_EDGE_STYLE = ({"linestyle": "-", "color": BLUE}, {"linestyle": "--", "color": VERMILLION})


def _column(count: int) -> np.ndarray:
    """Heights of ``count`` nodes centred on 0, one unit apart."""
    return np.arange(count)[::-1] - (count - 1) / 2


def plot_network(n_inputs: int = 2, n_hidden: int = 2, n_outputs: int = 1):
    """The network: inputs x_j → hidden layer A^[1] (weights W^[1]) → output layer ŷ (W^[2]).

    ``n_hidden=0`` draws logistic regression, the same network without its hidden layer: the
    inputs are A^[1] = X and feed the output through W^[2] = W. Node counts run up to 6.
    Returns the figure.
    """
    n_inputs = whole_number(n_inputs, "n_inputs", 1, 6)
    n_hidden = whole_number(n_hidden, "n_hidden", 0, 6)
    n_outputs = whole_number(n_outputs, "n_outputs", 1, 6)
    layers = [("x", n_inputs), ("a", n_hidden), ("ŷ", n_outputs)]
    names = ["inputs X", "hidden layer $A^{[1]}$", "output layer $\\hat{y} = A^{[2]}$"]
    weights = ["$W^{[1]}$", "$W^{[2]}$"]
    if n_hidden == 0:  # logistic regression: the inputs play the hidden layer's part
        layers.pop(1)
        names = ["inputs $A^{[1]} = X$", "output layer $\\hat{y} = \\sigma(WX)$"]
        weights = ["$W^{[2]} = W$"]
    styles = [_LAYER_STYLE[0], _LAYER_STYLE[2]] if n_hidden == 0 else list(_LAYER_STYLE)
    edges = [_EDGE_STYLE[1]] if n_hidden == 0 else list(_EDGE_STYLE)
    fig, ax = new_figure(figsize=(6.4, 4.0))
    xs = np.arange(len(layers)) * 2.0
    columns = [_column(count) for _, count in layers]
    # The bias node "1" (x0 = 1, a0 = 1) on top of every layer but the output: it feeds w0.
    biases = [column.max() + 1.0 for column in columns[:-1]]
    low = min(column.min() for column in columns)
    high = max(biases)
    for k, (x0, x1) in enumerate(itertools.pairwise(xs)):
        for y0 in [*columns[k], biases[k]]:
            for y1 in columns[k + 1]:
                ax.plot([x0, x1], [y0, y1], linewidth=1.2, alpha=0.8, zorder=1, **edges[k])
        ax.text((x0 + x1) / 2, high + 0.55, weights[k], ha="center", fontsize=12)
    for x, top in zip(xs, biases, strict=False):
        ax.scatter([x], [top], s=500, zorder=2, marker="s", color="white", edgecolors=GREY)
        ax.text(x, top, "1", ha="center", va="center", fontsize=10, zorder=3, color=GREY)
    for x, (symbol, count), column, style, name in zip(
        xs, layers, columns, styles, names, strict=True
    ):
        ax.scatter(np.full(count, x), column, s=900, zorder=2, edgecolors="black", **style)
        for j, height in enumerate(column, start=1):
            label = symbol if symbol == "ŷ" and count == 1 else f"${symbol[0]}_{j}$"
            label = "$\\hat{y}$" if label == "ŷ" else label
            ax.text(
                x, height, label, ha="center", va="center", fontsize=11, zorder=3, color="white"
            )
        ax.text(x, low - 0.6, name, ha="center", va="top", fontsize=10, color=GREY)
    ax.text(xs[0] - 0.45, biases[0], "bias", ha="right", va="center", fontsize=9, color=GREY)
    ax.set(xlim=(-1.2, xs[-1] + 0.8), ylim=(low - 1.6, high + 1.0))
    ax.set_axis_off()
    ax.set_title("logistic regression" if n_hidden == 0 else "a network with one hidden layer")
    return fig
