"""Figures for notebook 03: the two cost curves, squared error versus cross entropy.

Two drawing classes serve a static figure and a live one each: `CostCurves` (the curves
−log h and −log(1 − h), with the quiz's points, used by `plot_cost_curves` and the quiz) and
`CostSlices` (both costs along one line through weight space, with the slope at a point, used
by `plot_cost_slices` and `cost_slice_explorer`).

The slices use one weight w with the boundary held at x = c: W = [w0, w1] = [−c w, w], so
z = WX = w (x − c). The surfaces show all of (w0, w1), with that line drawn on them.
"""

from __future__ import annotations

import matplotlib as mpl
import numpy as np

from .._validation import (
    as_flag,
    as_int,
    as_range,
    as_real_number,
    as_vector,
    as_window,
    check_axes,
    check_binary,
    data_or_default,
)
from ..checks.costs import COIN_FLIP, QUIZ
from ..costs import cross_entropy_of_weights, mse_of_weights
from ..data import make_1d_data
from ..logistic import _sigmoid_array, add_bias
from .style import GREY, GUIDE, RC, new_figure, series

__all__ = [
    "CostCurves",
    "CostSlices",
    "plot_cost_curves",
    "plot_cost_slices",
    "plot_cost_surfaces",
    "plot_squared_error_contours",
    "plot_squared_error_slices",
]

#: The slices' range of w and the boundary they hold fixed (the 1-D data's x = 5 hours).
W_RANGE = (-4.0, 4.0)
CENTER = 5.0
#: Shading for the region where a curve bends downwards (negative curvature: not convex).
CONCAVE = {"color": GREY, "alpha": 0.15, "linewidth": 0.0}
#: The surfaces' colour map: viridis in twelve bands.
BANDS = mpl.colormaps["viridis"].resampled(12)


def _default_data(x, y):
    """The notebook's 1-D data set unless ``x`` and ``y`` are given (then as given)."""
    return data_or_default(
        x, y, lambda: make_1d_data(m=30, seed=0), "the notebook's 1-D data set", ("x", "y")
    )


def _data(x, y) -> tuple[np.ndarray, np.ndarray]:
    """The notebook's 1-D data set unless ``x`` and ``y`` are given; validated either way."""
    return _check_xy(*_default_data(x, y))


def _check_xy(x, y) -> tuple[np.ndarray, np.ndarray]:
    """One feature ``x`` (m,) within ±1e6 and labels ``y`` (m,) of 0/1, as float arrays."""
    x = as_vector(x, "x", "the feature values, one per sample")
    as_window(float(x.min()), float(x.max()) + 1.0, ("x", "x"))
    y = as_vector(y, "y", "the labels 0/1, one per sample")
    if y.shape != x.shape:
        raise ValueError(f"`y` has {y.size} labels but `x` has {x.size} values.")
    check_binary(y, "y")
    return x, y


def _check_center(center) -> float:
    """The boundary x = c held fixed by the slices: a finite number within ±1e6."""
    center = as_real_number(center, "center")
    if abs(center) > 1e6:
        raise ValueError(f"`center` must lie within ±1e6; got {center:g}.")
    return center


def slice_weights(w, center: float = CENTER) -> np.ndarray:
    """W = [w0, w1] = [−center · w, w] for each w: z = w (x − center). Shape (..., 2)."""
    w = np.asarray(w, dtype=float)
    return np.stack([-center * w, w], axis=-1)


# ----------------------------------------------------------------------------- cost curves
class CostCurves:
    """J = −log h for y = 1 (solid, 실선) and J = −log(1 − h) for y = 0 (dotted, 점선).

    The slide's quiz points are drawn too, hidden until `show` reveals them one by one.
    """

    h = np.linspace(0.002, 0.998, 499)
    y_max = 5.0

    def __init__(self, ax):
        self.ax = check_axes(ax, "ax")
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
                [q.y_hat],
                [q.error],
                marker="*",
                markersize=15,
                color="black",
                linestyle="none",
                zorder=5,
                visible=False,
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
            ylim=(-0.25, self.y_max),
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
    quiz = as_flag(quiz, "quiz")
    fig, ax = new_figure()
    curves = CostCurves(ax)
    if quiz:
        for q in QUIZ:
            curves.show(q.number)
        ax.set_title("The cost J for one sample, with the quiz's three points")
    return fig


# ----------------------------------------------------------------------------- slices
def _concave_spans(w: np.ndarray, values: np.ndarray) -> list[tuple[float, float]]:
    """Intervals of w where the sampled curve bends downwards (second difference < 0)."""
    second = np.diff(values, 2)
    scale = max(float(np.max(np.abs(second))), 1e-300)
    negative = second < -1e-9 * scale  # ignore rounding noise on flat stretches
    spans, start = [], None
    for i, flag in enumerate(negative, start=1):  # second[i - 1] is centred on w[i]
        if flag and start is None:
            start = w[i]
        if not flag and start is not None:
            spans.append((start, w[i - 1]))
            start = None
    if start is not None:
        spans.append((start, w[len(negative)]))
    return spans


def _shade_concave(ax, w, values, label: bool = True) -> None:
    for k, (low, high) in enumerate(_concave_spans(w, values)):
        ax.axvspan(
            low, high, **CONCAVE, label="bends down: not convex" if k == 0 and label else None
        )


def plot_squared_error_slices(x=None, y=None, center: float = CENTER):
    """Squared error along w for the linear y = WX (a parabola) and the logistic y = σ(WX).

    Both use W = [−center · w, w], i.e. z = w (x − center), on the same data. The logistic
    panel shades where the curve bends downwards: there it is not convex.
    """
    x, y = _data(x, y)
    center = _check_center(center)
    Xb = add_bias(x)
    w = np.linspace(*W_RANGE, 321)
    fig, (left, right) = new_figure(ncols=2)
    linear = mse_of_weights(slice_weights(w, center), Xb, y, model="linear")
    logistic = mse_of_weights(slice_weights(w, center), Xb, y, model="logistic")
    left.plot(w, linear, **series(2, markevery=40), label=r"$\hat{y} = WX$")
    left.set(xlabel="w", ylabel="MSE", title="Linear regression: a parabola (convex)", xlim=W_RANGE)
    right.plot(w, logistic, **series(0, markevery=40), label=r"$\hat{y} = \sigma(WX)$")
    _shade_concave(right, w, logistic)
    right.annotate("plateau", (-3.0, logistic[40]), xytext=(0, 8), textcoords="offset points")
    right.annotate("plateau", (3.0, logistic[-40]), xytext=(-20, 8), textcoords="offset points")
    right.set(
        xlabel="w",
        ylabel="MSE",
        title="Logistic regression: plateaus, not convex",
        xlim=W_RANGE,
        ylim=(0.0, 0.52),
    )
    for ax in (left, right):
        ax.legend(loc="upper right", fontsize=9)
    fig.suptitle(f"Squared error along one weight: z = w (x − {center:g})", fontsize=11)
    return fig


def _check_w(w) -> float:
    """The slices' weight: a finite number within the drawn range `W_RANGE`."""
    w = as_real_number(w, "w")
    if not W_RANGE[0] <= w <= W_RANGE[1]:
        raise ValueError(
            f"`w` must lie in [{W_RANGE[0]:g}, {W_RANGE[1]:g}], the range the figure shows; "
            f"got {w:g}."
        )
    return w


def _check_axes_pair(axes):
    """Two matplotlib Axes, for the two costs."""
    if isinstance(axes, str) or not hasattr(axes, "__len__") or len(axes) != 2:
        raise TypeError(f"`axes` must be two matplotlib Axes; got {type(axes).__name__}.")
    for ax in axes:
        check_axes(ax, "axes")
    return axes


class CostSlices:
    """MSE(σ) and cross entropy along the same slice, each with a point at w and its tangent.

    The slopes are the exact derivatives along the slice, with a = σ(w (x − c)):
    d MSE / dw = −(1/m) Σ (y − a) a (1 − a)(x − c) and d J / dw = −(1/m) Σ (y − a)(x − c).
    `update` moves the points and tangents only.
    """

    half_width = 1.0  # the tangent segment spans w ± half_width

    def __init__(self, axes, x, y, w: float = -2.0, center: float = CENTER):
        self.axes = _check_axes_pair(axes)
        x, y = _check_xy(x, y)
        w, center = _check_w(w), _check_center(center)
        self.x, self.y, self.center = x, y, center
        Xb = add_bias(x)
        grid = np.linspace(*W_RANGE, 321)
        self.curves = (
            mse_of_weights(slice_weights(grid, center), Xb, y),
            cross_entropy_of_weights(slice_weights(grid, center), Xb, y),
        )
        names = (r"squared error $\mathrm{MSE}(\sigma(WX))$", r"cross entropy $J(W)$")
        titles = ("Squared error after the sigmoid", "Cross entropy")
        self.points, self.tangents, self.readouts = [], [], []
        # Not the dotted style here: in this notebook "dotted" means the y = 0 cost curve.
        styles = (series(0, markevery=40), series(3, markevery=40))
        for ax, values, name, style in zip(axes, self.curves, names, styles, strict=True):
            ax.plot(grid, values, **style, label=name)
            _shade_concave(ax, grid, values)
            (tangent,) = ax.plot([], [], color="black", linestyle="-", linewidth=1.2)
            (point,) = ax.plot([], [], marker="o", color="black", markersize=8, linestyle="none")
            tangent.set_label("slope at w")
            self.points.append(point)
            self.tangents.append(tangent)
            top = float(values.max())
            ax.set(xlim=W_RANGE, ylim=(-0.05 * top, 1.08 * top), xlabel="w", ylabel="cost")
            ax.legend(loc="upper right", fontsize=8)
            ax.set_title(titles[len(self.points) - 1], fontsize=10)
            # The numbers that change: short, because every glyph costs time on each redraw.
            readout = ax.text(
                0.03,
                0.05,
                "",
                transform=ax.transAxes,
                fontsize=9,
                bbox={"facecolor": "white", "edgecolor": GREY, "boxstyle": "round"},
            )
            self.readouts.append(readout)
        self.update(w)

    def values(self, w: float) -> tuple[tuple[float, float], tuple[float, float]]:
        """((MSE, its slope), (J, its slope)) at ``w``."""
        d = self.x - self.center
        a = _sigmoid_array(w * d)
        residual = self.y - a
        Xb = add_bias(self.x)
        W = slice_weights(w, self.center)
        mse_value = mse_of_weights(W, Xb, self.y)
        ce_value = cross_entropy_of_weights(W, Xb, self.y)
        mse_slope = float(-np.mean(residual * a * (1 - a) * d))
        ce_slope = float(-np.mean(residual * d))
        return (mse_value, mse_slope), (ce_value, ce_slope)

    def update(self, w: float) -> None:
        """Move both points and tangents to ``w``."""
        w = _check_w(w)
        span = np.array([w - self.half_width, w + self.half_width])
        for k, (value, slope) in enumerate(self.values(w)):
            self.points[k].set_data([w], [value])
            self.tangents[k].set_data(span, value + slope * (span - w))
            self.readouts[k].set_text(f"w = {w:.2f}   slope = {slope:+.4f}")


def plot_cost_slices(w: float = -2.0, x=None, y=None, center: float = CENTER):
    """Static version of the slider figure: both costs along z = w (x − c), tangents at ``w``."""
    x, y = _default_data(x, y)  # CostSlices validates them, with w and center
    fig, axes = new_figure(ncols=2, figsize=(RC["figure.figsize"][0] * 1.6, 3.6))
    CostSlices(axes, x, y, w, center)
    return fig


# ----------------------------------------------------------------------------- surfaces
def _check_grid_range(value, name: str) -> tuple[float, float]:
    """(low, high) of one weight on the surface grid, within ±1e6."""
    low, high = as_range(value, name)
    return as_window(low, high, (name, name))


def _on_slice(w1: np.ndarray, w0_range: tuple[float, float], center: float | None) -> np.ndarray:
    """Which grid values of w1 put the slice's w0 = −center · w1 inside ``w0_range``."""
    if center is None:
        return np.zeros(w1.shape, dtype=bool)
    low, high = w0_range
    if center > 0:
        return (w1 >= -high / center) & (w1 <= -low / center)
    if center < 0:
        return (w1 >= -low / center) & (w1 <= -high / center)
    return np.full(w1.shape, low <= 0.0 <= high)  # center 0: the line w0 = 0


def plot_cost_surfaces(
    x=None,
    y=None,
    w0_range: tuple[float, float] = (-20.0, 10.0),
    w1_range: tuple[float, float] = (-2.0, 4.0),
    n: int = 41,
    center: float | None = CENTER,
):
    """MSE(σ(WX)) and the cross entropy J(W) over an n × n grid of (w0, w1), side by side in 3-D.

    Each surface is coloured in twelve bands of its own cost range (low: dark, high: yellow).
    ``center`` (or None) draws the slice w0 = −center · w1 used by the slice figures, as a
    dashed black line on each surface, where it crosses the grid. Returns the figure; its
    two 3-D axes hold the surfaces.
    """
    x, y = _data(x, y)
    w0_range, w1_range = (
        _check_grid_range(w0_range, "w0_range"),
        _check_grid_range(w1_range, "w1_range"),
    )
    n = as_int(n, "n", minimum=2, maximum=201)
    center = None if center is None else _check_center(center)
    Xb = add_bias(x)
    w0 = np.linspace(*w0_range, n)
    w1 = np.linspace(*w1_range, n)
    W0, W1 = np.meshgrid(w0, w1)
    grid = np.stack([W0, W1], axis=-1)
    costs = (mse_of_weights, cross_entropy_of_weights)
    names = (r"squared error MSE$(\sigma(WX))$", r"cross entropy $J(W)$")
    width, _ = RC["figure.figsize"]
    fig, ax = new_figure(figsize=(width * 1.6, 4.4))
    fig.delaxes(ax)
    for k, (cost, name) in enumerate(zip(costs, names, strict=True)):
        ax = fig.add_subplot(1, 2, k + 1, projection="3d")
        ax.grid(False)  # 3-D grid lines would double the PNG's size and add little
        values = cost(grid, Xb, y)
        # Twelve flat colour bands, one per cost level: they read like contour lines on the
        # surface, and they keep the PNG small (no shading, no anti-aliased facet edges).
        ax.plot_surface(W0, W1, values, cmap=BANDS, linewidth=0, antialiased=False)
        inside = _on_slice(w1, w0_range, center)
        if np.count_nonzero(inside) >= 2:  # the slice crosses the grid: draw it there
            line = slice_weights(np.linspace(w1[inside][0], w1[inside][-1], 101), center)
            ax.plot(
                line[:, 0],
                line[:, 1],
                cost(line, Xb, y),
                color="black",
                linestyle="--",
                linewidth=1.8,
                zorder=10,
                label=f"the slice $w_0 = {-center:g}\\, w_1$",
            )
            ax.legend(loc="upper left", fontsize=8)
        ax.set(xlabel="$w_0$", ylabel="$w_1$", zlabel="cost", title=name)
        ax.view_init(elev=30, azim=-35)
    return fig


def plot_squared_error_contours(
    x=None,
    y=None,
    w0_range: tuple[float, float] = (-20.0, 10.0),
    w1_range: tuple[float, float] = (-2.0, 4.0),
    center: float = CENTER,
):
    """MSE(σ(WX)) over (w0, w1) as a contour map, with the slice w0 = −center · w1 dashed.

    The whole two-weight picture that the 1-D slice W = [−c w, w] cuts through: contour lines
    of equal cost, dark for low and yellow for high. Returns the figure.
    """
    x, y = _data(x, y)
    w0_range = _check_grid_range(w0_range, "w0_range")
    w1_range = _check_grid_range(w1_range, "w1_range")
    center = _check_center(center)
    Xb = add_bias(x)
    w0 = np.linspace(*w0_range, 121)
    w1 = np.linspace(*w1_range, 121)
    W0, W1 = np.meshgrid(w0, w1)
    values = mse_of_weights(np.stack([W0, W1], axis=-1), Xb, y)
    fig, ax = new_figure()
    filled = ax.contourf(W0, W1, values, levels=12, cmap=BANDS)
    ax.contour(W0, W1, values, levels=12, colors="black", linewidths=0.4, alpha=0.5)
    fig.colorbar(filled, ax=ax, label=r"MSE$(\sigma(WX))$")
    line = slice_weights(np.linspace(*w1_range, 2), center)
    ax.plot(
        line[:, 0],
        line[:, 1],
        color="black",
        linestyle="--",
        linewidth=1.8,
        label=f"the slice $w_0 = -{center:g}\\, w_1$",
    )
    ax.set(
        xlim=w0_range,
        ylim=w1_range,
        xlabel="$w_0$",
        ylabel="$w_1$",
        title="squared error after a sigmoid, over both weights",
    )
    ax.legend(loc="lower left", fontsize=9)
    return fig
