"""Figures for notebook 03: the two cost curves, squared error versus cross entropy.

Two drawing classes serve a static figure and a live one each: `CostCurves` (the curves
−log h and −log(1 − h), with the quiz's points, for `plot_cost_curves` and the quiz) and
`CostSlices` (both costs along one line through weight space, with the slope at a point, for
`plot_cost_slices` and `cost_slice_explorer`).

The slices vary one number s with the boundary held at x = 5 (the 1-D data's 5 hours):
W = [w0, w1] = [−5s, s], so z = WX = s (x − 5). The surfaces show all of (w0, w1), with
that line drawn on them.
"""

from __future__ import annotations

import matplotlib as mpl
import numpy as np

from .._validation import binary, data_or_default, flag, real_number, vector, window
from ..costs import COIN_FLIP, QUIZ, cross_entropy_of, squared_error_of
from ..data import make_1d_data
from ..logistic import sigma
from .style import GREY, GUIDE, RC, new_figure, series

__all__ = [
    "plot_cost_curves",
    "plot_cost_slices",
    "plot_cost_surfaces",
    "plot_squared_error_contours",
    "plot_squared_error_slices",
]

#: The slices' range of s, and the boundary x = CENTER they hold fixed.
S_RANGE = (-4.0, 4.0)
CENTER = 5.0
#: The grid of (w0, w1) the surfaces and the contour map cover.
W0_RANGE, W1_RANGE = (-20.0, 10.0), (-2.0, 4.0)
#: Shading for the region where a curve bends downwards (negative curvature: not convex).
CONCAVE = {"color": GREY, "alpha": 0.15, "linewidth": 0.0}
#: The surfaces' colour map: viridis in twelve bands.
BANDS = mpl.colormaps["viridis"].resampled(12)


def one_feature_data(x, y) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x (m,) within ±1e6, labels y (m,), and X = [1, x] per row: the notebook's 1-D data set
    (`make_1d_data`) unless both are given."""
    x, y = data_or_default(x, y, make_1d_data, ("x", "y"))
    x = vector(x, "x", "the feature values, one per sample")
    window(x.min(), x.max() + 1.0, ("x", "x"))
    y = binary(vector(y, "y", "the labels 0/1, one per value of x", size=x.size), "y")
    return x, y, np.column_stack([np.ones_like(x), x])


def slice_weights(s) -> np.ndarray:
    """W = [w0, w1] = [−5s, s] for each s: z = s (x − 5). Shape (..., 2)."""
    s = np.asarray(s, dtype=float)
    return np.stack([-CENTER * s, s], axis=-1)


# ----------------------------------------------------------------------------- cost curves
class CostCurves:
    """J = −log h for y = 1 (solid, 실선) and J = −log(1 − h) for y = 0 (dotted, 점선).

    The slide's quiz points are drawn too, hidden until `show` reveals them one by one.
    """

    h = np.linspace(0.002, 0.998, 499)

    def __init__(self, ax):
        ax.plot(
            self.h,
            -np.log(self.h),
            **series(0, markevery=(20, 50)),
            label=r"$y = 1$: $J = -\log(h(z))$  (solid)",
        )
        ax.plot(
            self.h,
            -np.log1p(-self.h),
            **series(1, markevery=(30, 50)),
            label=r"$y = 0$: $J = -\log(1 - h(z))$  (dotted)",
        )
        ax.axhline(COIN_FLIP, **GUIDE, label=r"$\log 2 \approx 0.69$, the error of $\hat{y} = 0.5$")
        self.marks, self.labels = {}, {}
        # (offset in points, horizontal alignment): each label clear of both curves
        places = {1: ((14, 8), "left"), 2: ((-12, -16), "right"), 3: ((-14, 6), "right")}
        for q in QUIZ:
            (self.marks[q.number],) = ax.plot(
                [q.y_hat], [q.error], "k*", markersize=15, zorder=5, visible=False
            )
            self.labels[q.number] = ax.annotate(
                f"({q.number}) y = {q.y}, ŷ = {q.y_hat:g}: e = {q.error:.2f}",
                (q.y_hat, q.error),
                xytext=places[q.number][0],
                textcoords="offset points",
                ha=places[q.number][1],
                fontsize=9,
                visible=False,
            )
        ax.set(
            xlim=(0.0, 1.0),
            ylim=(-0.25, 5.0),
            xlabel=r"$h(z) = \hat{y}$, the model's output (probability of class 1)",
            ylabel=r"cost $J$ of one sample",
            title="The cost J for one sample",
        )
        ax.legend(loc="upper center", fontsize=9)

    def show(self, number: int, visible: bool = True) -> None:
        """Reveal (or hide) quiz question ``number``'s point and its label."""
        self.marks[number].set_visible(visible)
        self.labels[number].set_visible(visible)


def plot_cost_curves(quiz: bool = False):
    """The two cost curves as on the slide: solid for y = 1, dotted for y = 0.

    With ``quiz=True`` the slide's three quiz points are marked with their errors.
    """
    quiz = flag(quiz, "quiz")
    fig, ax = new_figure()
    curves = CostCurves(ax)
    if quiz:
        for q in QUIZ:
            curves.show(q.number)
        ax.set_title("The cost J for one sample, with the quiz's three points")
    return fig


# ----------------------------------------------------------------------------- slices
def _shade_concave(ax, s: np.ndarray, values: np.ndarray) -> None:
    """Shade the intervals of s where the sampled curve bends downwards (second difference
    below zero, beyond rounding noise on flat stretches)."""
    second = np.diff(values, 2)
    bends = np.concatenate([[False], second < -1e-9 * np.max(np.abs(second)), [False]])
    edges = np.flatnonzero(np.diff(bends.astype(int)))  # starts and ends, in pairs
    for k, (start, end) in enumerate(edges.reshape(-1, 2)):
        ax.axvspan(
            s[start + 1], s[end], **CONCAVE, label="bends down: not convex" if k == 0 else None
        )


def plot_squared_error_slices(x=None, y=None):
    """Squared error along s for the linear y = WX (a parabola) and the logistic y = σ(WX).

    Both use W = [−5s, s], i.e. z = s (x − 5), on the same data. The logistic panel shades
    where the curve bends downwards: there it is not convex.
    """
    _, y, X = one_feature_data(x, y)
    s = np.linspace(*S_RANGE, 321)
    fig, (left, right) = new_figure(ncols=2)
    linear = squared_error_of(slice_weights(s), X, y, model="linear")
    logistic = squared_error_of(slice_weights(s), X, y)
    left.plot(s, linear, **series(2, markevery=40), label=r"$\hat{y} = WX$")
    left.set(xlabel="s", ylabel="MSE", title="Linear regression: a parabola (convex)", xlim=S_RANGE)
    right.plot(s, logistic, **series(0, markevery=40), label=r"$\hat{y} = \sigma(WX)$")
    _shade_concave(right, s, logistic)
    right.annotate("plateau", (-3.0, logistic[40]), xytext=(0, 8), textcoords="offset points")
    right.annotate("plateau", (3.0, logistic[-40]), xytext=(-20, 8), textcoords="offset points")
    right.set(
        xlabel="s",
        ylabel="MSE",
        title="Logistic regression: plateaus, not convex",
        xlim=S_RANGE,
        ylim=(0.0, 0.52),
    )
    for ax in (left, right):
        ax.legend(loc="upper right", fontsize=9)
    fig.suptitle(f"Squared error along one line: W = [-{CENTER:g}s, s], z = s (x − 5)", fontsize=11)
    return fig


class CostSlices:
    """MSE(σ) and cross entropy along the same slice, each with a point at s and its tangent.

    The slopes are the exact derivatives along the slice, with a = σ(s (x − 5)) and d = x − 5:
    d MSE / ds = −(1/m) Σ (y − a) a (1 − a) d and d J / ds = −(1/m) Σ (y − a) d.
    `update` moves the points and tangents only.
    """

    half_width = 1.0  # the tangent segment spans s ± half_width

    def __init__(self, axes, x: np.ndarray, y: np.ndarray, s: float):
        self.d, self.y, self.X = x - CENTER, y, np.column_stack([np.ones_like(x), x])
        grid = np.linspace(*S_RANGE, 321)
        curves = (
            squared_error_of(slice_weights(grid), self.X, y),
            cross_entropy_of(slice_weights(grid), self.X, y),
        )
        names = (r"squared error $\mathrm{MSE}(\sigma(WX))$", r"cross entropy $J(W)$")
        titles = ("Squared error after the sigmoid", "Cross entropy")
        # Not the dotted style here: in this notebook "dotted" means the y = 0 cost curve.
        styles = (series(0, markevery=40), series(3, markevery=40))
        self.points, self.tangents, self.readouts = [], [], []
        for ax, values, name, title, style in zip(axes, curves, names, titles, styles, strict=True):
            ax.plot(grid, values, **style, label=name)
            _shade_concave(ax, grid, values)
            (tangent,) = ax.plot([], [], color="black", linewidth=1.2, label="slope at s")
            (point,) = ax.plot([], [], "ko", markersize=8)
            top = float(values.max())
            ax.set(xlim=S_RANGE, ylim=(-0.05 * top, 1.08 * top), xlabel="s", ylabel="cost")
            ax.legend(loc="upper right", fontsize=8)
            ax.set_title(title, fontsize=10)
            # The numbers that change: short, because every glyph costs time on each redraw.
            box = {"facecolor": "white", "edgecolor": GREY, "boxstyle": "round"}
            readout = ax.text(0.03, 0.05, "", transform=ax.transAxes, fontsize=9, bbox=box)
            self.points.append(point)
            self.tangents.append(tangent)
            self.readouts.append(readout)
        self.update(s)

    def values(self, s: float) -> tuple[tuple[float, float], tuple[float, float]]:
        """((MSE, its slope), (J, its slope)) at ``s``."""
        a = sigma(s * self.d)
        residual = self.y - a
        W = slice_weights(s)
        return (
            (squared_error_of(W, self.X, self.y), float(-np.mean(residual * a * (1 - a) * self.d))),
            (cross_entropy_of(W, self.X, self.y), float(-np.mean(residual * self.d))),
        )

    def update(self, s: float) -> None:
        """Move both points and tangents to ``s`` (a checked number in `S_RANGE`)."""
        span = np.array([s - self.half_width, s + self.half_width])
        for k, (value, slope) in enumerate(self.values(s)):
            self.points[k].set_data([s], [value])
            self.tangents[k].set_data(span, value + slope * (span - s))
            self.readouts[k].set_text(f"s = {s:.2f}   slope = {slope:+.4f}")


def check_s(s) -> float:
    """The slices' s: a number in `S_RANGE`, the range the figure shows."""
    return real_number(s, "s", *S_RANGE)


def plot_cost_slices(s: float = -2.0, x=None, y=None):
    """Static version of the slider figure: both costs along z = s (x − 5), tangents at ``s``."""
    s = check_s(s)
    x, y, _ = one_feature_data(x, y)
    fig, axes = new_figure(ncols=2, figsize=(RC["figure.figsize"][0] * 1.6, 3.6))
    CostSlices(axes, x, y, s)
    return fig


# ----------------------------------------------------------------------------- surfaces
def _weight_grid(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """W0, W1 (n, n) over `W0_RANGE` × `W1_RANGE`, and the stack of weight vectors (n, n, 2)."""
    W0, W1 = np.meshgrid(np.linspace(*W0_RANGE, n), np.linspace(*W1_RANGE, n))
    return W0, W1, np.stack([W0, W1], axis=-1)


def plot_cost_surfaces(x=None, y=None):
    """MSE(σ(WX)) and the cross entropy J(W) over a 41 × 41 grid of (w0, w1), in 3-D.

    Each surface is coloured in twelve bands of its own cost range (low: dark, high: yellow),
    with the slices' line w0 = −5 w1 dashed on it.
    """
    _, y, X = one_feature_data(x, y)
    W0, W1, grid = _weight_grid(41)
    line = slice_weights(np.linspace(-W0_RANGE[1] / CENTER, W1_RANGE[1], 101))  # on the grid
    costs = (squared_error_of, cross_entropy_of)
    names = (r"squared error MSE$(\sigma(WX))$", r"cross entropy $J(W)$")
    fig, ax = new_figure(figsize=(RC["figure.figsize"][0] * 1.6, 4.4))
    fig.delaxes(ax)
    for k, (cost, name) in enumerate(zip(costs, names, strict=True)):
        ax = fig.add_subplot(1, 2, k + 1, projection="3d")
        ax.grid(False)  # 3-D grid lines would double the PNG's size and add little
        # Twelve flat colour bands, one per cost level: they read like contour lines on the
        # surface, and they keep the PNG small (no shading, no anti-aliased facet edges).
        ax.plot_surface(W0, W1, cost(grid, X, y), cmap=BANDS, linewidth=0, antialiased=False)
        ax.plot(
            line[:, 0],
            line[:, 1],
            cost(line, X, y),
            "k--",
            linewidth=1.8,
            zorder=10,
            label="the slice $w_0 = -5\\, w_1$",
        )
        ax.legend(loc="upper left", fontsize=8)
        ax.set(xlabel="$w_0$", ylabel="$w_1$", title=name)
        ax.set_zlabel("cost")
        ax.set_box_aspect(None, zoom=0.88)  # room for the z label inside the figure
        ax.view_init(elev=30, azim=-35)
    return fig


def plot_squared_error_contours(x=None, y=None):
    """MSE(σ(WX)) over (w0, w1) as a contour map, with the slice w0 = −5 w1 dashed.

    The whole two-weight picture that the 1-D slice W = [−5s, s] cuts through: contour lines
    of equal cost, dark for low and yellow for high.
    """
    _, y, X = one_feature_data(x, y)
    W0, W1, grid = _weight_grid(121)
    values = squared_error_of(grid, X, y)
    fig, ax = new_figure()
    filled = ax.contourf(W0, W1, values, levels=12, cmap=BANDS)
    ax.contour(W0, W1, values, levels=12, colors="black", linewidths=0.4, alpha=0.5)
    fig.colorbar(filled, ax=ax, label=r"MSE$(\sigma(WX))$")
    line = slice_weights(np.array(W1_RANGE))
    ax.plot(line[:, 0], line[:, 1], "k--", linewidth=1.8, label="the slice $w_0 = -5\\, w_1$")
    ax.set(
        xlim=W0_RANGE,
        ylim=W1_RANGE,
        xlabel="$w_0$",
        ylabel="$w_1$",
        title="squared error after a sigmoid, over both weights",
    )
    ax.legend(loc="lower left", fontsize=9)
    return fig
