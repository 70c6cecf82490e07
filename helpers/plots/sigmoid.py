"""Figures for notebook 01: the sigmoid, its derivative, and the hypothesis h(z) = σ(WX)."""

from __future__ import annotations

import numpy as np

from .._validation import binary, real_number, vector, window
from ..logistic import sigma
from .style import CLASS_STYLE, GREY, GUIDE, RC, new_figure, series

__all__ = [
    "plot_hypotheses",
    "plot_sigmoid",
    "plot_sigmoid_derivative",
    "plot_sigmoid_wx_b",
]


def _mark(ax, x, y, text, offset=(12, -18)):
    """A black dot at (x, y) with a short label beside it."""
    ax.plot([x], [y], marker="o", color="black", markersize=7, linestyle="none", zorder=5)
    ax.annotate(text, (x, y), xytext=offset, textcoords="offset points")


def plot_sigmoid(z_min: float = -8.0, z_max: float = 8.0):
    """σ(z) with its two asymptotes (σ → 0 and σ → 1) and the point σ(0) = 1/2 marked."""
    z_min, z_max = window(z_min, z_max, ("z_min", "z_max"))
    fig, ax = new_figure()
    z = np.linspace(z_min, z_max, 401)
    ax.plot(z, sigma(z), **series(0, markevery=50), label=r"$\sigma(z) = 1/(1+e^{-z})$")
    ax.axhline(1.0, **GUIDE)
    ax.axhline(0.0, **GUIDE)
    ax.axvline(0.0, color=GREY, linestyle=":", linewidth=1.0)
    ax.text(z_max, 1.03, r"$\sigma \to 1$ as $z \to +\infty$", ha="right", va="bottom")
    ax.text(z_min, 0.03, r"$\sigma \to 0$ as $z \to -\infty$", ha="left", va="bottom")
    _mark(ax, 0.0, 0.5, r"$\sigma(0) = 1/2$")
    ax.set(xlabel="z", ylabel=r"$\sigma(z)$", ylim=(-0.08, 1.15), title="The sigmoid function")
    ax.legend(loc="center left")
    return fig


def plot_sigmoid_derivative(z_min: float = -8.0, z_max: float = 8.0):
    """σ(z) and σ'(z) = σ(z)(1 − σ(z)) on the same axes, with the maximum σ'(0) = 1/4."""
    z_min, z_max = window(z_min, z_max, ("z_min", "z_max"))
    fig, ax = new_figure()
    z = np.linspace(z_min, z_max, 401)
    ax.plot(z, sigma(z), **series(0, markevery=50), label=r"$\sigma(z)$")
    ax.plot(
        z,
        sigma(z) * sigma(-z),
        **series(1, markevery=50),
        label=r"$\sigma'(z) = \sigma(z)(1-\sigma(z))$",
    )
    _mark(ax, 0.0, 0.25, r"maximum $\sigma'(0) = 1/4$", offset=(12, 8))
    ax.set(xlabel="z", ylabel="value", ylim=(-0.05, 1.1), title="The sigmoid and its slope")
    ax.legend(loc="upper left")
    return fig


def plot_hypotheses(W, x, y=None):
    """The logistic h = σ(w0 + w1 x) beside the linear WX for the same W, over 1-D data.

    ``W`` is [w0, w1]; ``x`` the feature values; ``y`` (optional) their labels 0/1, drawn as
    points. The horizontal line at 1/2 is the classifier's threshold.
    """
    W = vector(W, "W", "[w0, w1] (one feature)", size=2)
    x = vector(x, "x", "the feature values, one per sample")
    window(x.min() - 1.0, x.max() + 1.0, ("x", "x"))
    if y is not None:
        y = binary(vector(y, "y", "the labels 0/1, one per value of x", size=x.size), "y")
    grid = np.linspace(x.min() - 1.0, x.max() + 1.0, 301)
    fig, ax = new_figure()
    # No markers on the curves here: the markers belong to the data points.
    ax.plot(
        grid,
        sigma(W[0] + W[1] * grid),
        **{**series(0), "marker": None},
        label=r"logistic $h = \sigma(WX)$",
    )
    ax.plot(
        grid,
        W[0] + W[1] * grid,
        **{**series(2), "marker": None},
        label=r"linear $h = WX$",
    )
    ax.axhline(0.5, **GUIDE, label="threshold 1/2")
    ax.axhline(0.0, color=GREY, linewidth=0.8)
    if W[1] != 0 and abs(W[0]) <= abs(W[1]) * 1e6:  # where WX = 0: linear 0, logistic 1/2
        ax.axvline(-W[0] / W[1], color=GREY, linestyle=":", linewidth=1.5, label="WX = 0")
    if y is not None:
        for label, style in CLASS_STYLE.items():
            chosen = y == label
            ax.plot(x[chosen], y[chosen], linestyle="none", markersize=7, alpha=0.8, **style)
    ax.set(xlabel="x", ylabel="h", ylim=(-0.6, 1.6), title=f"Same W = {_format_w(W)}")
    ax.legend(loc="upper left", fontsize=9)
    return fig


def _format_w(W) -> str:
    return "[" + ", ".join(f"{w:g}" for w in W) + "]"


class SigmoidWxB:
    """The curve σ(w x + b) against the reference σ(x), with its midpoint x = −b/w marked.

    Draws once; `update` moves the artists with ``set_data``, so a slider only re-renders.
    """

    x_range = (-10.0, 10.0)

    def __init__(self, ax, w: float = 1.0, b: float = 0.0):
        self.ax = ax
        self.x = np.linspace(*self.x_range, 401)
        reference = sigma(self.x)
        ax.plot(
            self.x,
            reference,
            color=GREY,
            linestyle=":",
            linewidth=1.5,
            label=r"reference $\sigma(x)$",
        )
        (self.curve,) = ax.plot(
            self.x, reference, **series(0, markevery=40), label=r"$\sigma(wx + b)$"
        )
        (self.midpoint,) = ax.plot(
            [0.0],
            [0.5],
            marker="o",
            color="black",
            markersize=8,
            linestyle="none",
            label=r"midpoint $x = -b/w$, $\sigma = 1/2$",
        )
        ax.axhline(0.5, **GUIDE)
        ax.set(xlim=self.x_range, ylim=(-0.05, 1.05), xlabel="x", ylabel="output")
        ax.legend(loc="upper left", fontsize=9)
        self.update(w, b)

    def update(self, w: float, b: float) -> None:
        """Redraw for steepness ``w`` and shift ``b`` (checked numbers within ±1000)."""
        self.curve.set_ydata(sigma(w * self.x + b))
        if w != 0 and abs(b) <= abs(w) * 1e6:
            self.midpoint.set_data([-b / w], [0.5])
        else:  # a flat line at σ(b) (w = 0), or a midpoint far out of sight: none marked
            self.midpoint.set_data([], [])
        self.ax.set_title(f"w = {w:.2f}, b = {b:.2f}")


#: The steepness w and shift b the figure and its sliders take: up to 1000 in size.
WB_LIMIT = 1000.0


def plot_sigmoid_wx_b(w: float = 1.0, b: float = 0.0):
    """The static version of the slider figure: σ(w x + b) at one steepness and shift."""
    w, b = real_number(w, "w", -WB_LIMIT, WB_LIMIT), real_number(b, "b", -WB_LIMIT, WB_LIMIT)
    fig, ax = new_figure(figsize=RC["figure.figsize"])
    SigmoidWxB(ax, w, b)
    return fig
