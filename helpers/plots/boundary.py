"""Figures for notebook 02: the classifier rule h >= 1/2 and the decision boundary WX = 0.

One drawing class, `BoundaryView`, serves the static figures and the slider figure: it shades
h = σ(z) over the plane in bands of 0.1, draws the boundary z = 0 and rings the misclassified
points, and its `update` changes those artists in place (``set_paths``, ``set_data``), so a
slider only re-renders.
"""

from __future__ import annotations

import itertools

import contourpy
import numpy as np
from matplotlib.cm import ScalarMappable
from matplotlib.collections import PathCollection
from matplotlib.colors import LinearSegmentedColormap, Normalize, to_rgb
from matplotlib.path import Path

from .._validation import choice, real_array, sample_labels, vector, window, with_shape
from ..boundary import labels_of
from ..data import make_circle_data, make_linear_data
from ..logistic import sigma
from .style import BLUE, CLASS_STYLE, GREY, GUIDE, ORANGE, SKY, VERMILLION, new_figure, series

__all__ = [
    "plot_classifier",
    "plot_decision_boundary",
    "plot_feature_map",
]

#: The two feature modes: the raw features (x1, x2), or the squared ones (x1², x2²).
FEATURES = ("linear", "squared")


def _blend(colour: str, weight: float) -> tuple[float, float, float]:
    """``colour`` mixed with white: weight 1 is the colour itself, 0 is white."""
    return tuple(1.0 - weight * (1.0 - c) for c in to_rgb(colour))


#: h = 0 light blue (the y = 0 side), h = 1/2 white, h = 1 light orange (the y = 1 side):
#: the class colours, paled so that the points drawn on top stay visible. Ten bands of 0.1,
#: so that the shading doubles as contour lines of h.
BANDS = 10
PROBABILITY_CMAP = LinearSegmentedColormap.from_list(
    "h", [_blend(SKY, 0.55), (1.0, 1.0, 1.0), _blend(ORANGE, 0.55)], N=BANDS
)
#: The z at the band edges h = 0.1, 0.2, ..., 0.9: z = ln(h / (1 − h)), so h = σ(z) there.
BAND_EDGES_Z = np.log(np.arange(1, BANDS) / (BANDS - np.arange(1, BANDS)))

#: The boundary z = 0 (h = 1/2): a thick black line, in every figure of this notebook.
BOUNDARY_STYLE = {"color": "black", "linestyle": "-", "linewidth": 2.5}
#: Open rings around the points on the wrong side of the boundary.
MISSED_STYLE = {
    "linestyle": "none",
    "marker": "o",
    "markersize": 14,
    "markerfacecolor": "none",
    "markeredgecolor": VERMILLION,
    "markeredgewidth": 1.8,
}


def toy_data(features: str) -> tuple[np.ndarray, np.ndarray]:
    """The series' data for a feature mode: `make_linear_data` for "linear", and
    `make_circle_data` (classes a circle separates) for "squared"."""
    return make_linear_data() if features == "linear" else make_circle_data()


def check_features(features) -> str:
    """ "linear" or "squared"."""
    return choice(features, "features", FEATURES)


def check_weights(W) -> np.ndarray:
    """W = [w0, w1, w2] for two features."""
    return vector(W, "W", "[w0, w1, w2]", size=3)


def feature_matrix(X: np.ndarray, features: str) -> np.ndarray:
    """The rows [1, x1, x2] (linear) or [1, x1², x2²] (squared) for raw features ``X``."""
    F = X if features == "linear" else X**2
    return np.hstack([np.ones((len(F), 1)), F])


def _number(w: float) -> str:
    """A weight for a title: at most two decimals, no trailing zeros (−3, 0.5, 1.25)."""
    text = f"{w:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def z_formula(W, names=("x₁", "x₂")) -> str:
    """Plain text for z = w0 + w1 name1 + w2 name2, e.g. "z = -3 + 1·x₁ + 1·x₂".

    Plain text, not mathtext: a title redrawn on every slider move must be cheap to lay out.
    """
    w0, w1, w2 = (float(w) for w in W)
    text = f"z = {_number(w0)}"
    for w, name in ((w1, names[0]), (w2, names[1])):
        sign = "-" if _number(w).startswith("-") else "+"
        text += f" {sign} {_number(abs(w))}·{name}"
    return text


def check_points(X, y) -> tuple[np.ndarray, np.ndarray]:
    """Points X (m, 2) within ±1e6 and their labels y (m,) of 0/1."""
    X = with_shape(real_array(X, "X", limit=1e6), "X", 2, "a 2-D array (m, 2): x1, x2 per row")
    if X.shape[1] != 2:
        raise ValueError(f"`X` must have two columns (x1, x2); got shape {X.shape}.")
    return X, sample_labels(y, len(X))


def square_extent(X: np.ndarray) -> tuple[float, float]:
    """One range (low, high) for both axes, covering the data with a margin, on a 0.5 grid."""
    low, high = float(X.min()), float(X.max())
    margin = 0.125 * max(high - low, 1.0)
    return np.floor(2 * (low - margin)) / 2, np.ceil(2 * (high + margin)) / 2


class BoundaryView:
    """Data points over the shaded probability h = σ(z), with the boundary z = 0 drawn.

    ``X`` (m, 2) holds the raw features (x1, x2) and ``y`` their labels; ``features`` says
    whether z = w0 + w1 x1 + w2 x2 ("linear") or z = w0 + w1 x1² + w2 x2² ("squared").
    z is computed on a grid; the bands of h and the boundary are traced on it by marching
    squares (``contourpy``, matplotlib's own contouring), which is exact for a linear z and
    within about 3e-4 for the squared one. `update` replaces the band outlines
    (``set_paths``) and moves the lines (``set_data``): nothing is created or removed.
    """

    resolution = 101

    def __init__(self, ax, X, y, W, features: str, names=("x₁", "x₂"), legend: bool = True):
        self.ax, self.X, self.y, self.names = ax, X, y, names
        low, high = square_extent(X)
        self.grid = np.linspace(low, high, self.resolution)
        g1, g2 = np.meshgrid(self.grid, self.grid)
        self._grid_points = np.column_stack([g1.ravel(), g2.ravel()])
        # One (compound) path per band of h; antialiasing off, or seams show between bands.
        self.shading = PathCollection(
            [Path(np.zeros((0, 2)))] * BANDS,
            facecolors=PROBABILITY_CMAP((np.arange(BANDS) + 0.5) / BANDS),
            edgecolors="none",
            antialiaseds=False,
            zorder=0,
        )
        ax.add_collection(self.shading, autolim=False)
        self.points = []
        for label, style in CLASS_STYLE.items():
            chosen = self.y == label
            (points,) = ax.plot(
                self.X[chosen, 0],
                self.X[chosen, 1],
                linestyle="none",
                markersize=7,
                markeredgecolor="black",
                markeredgewidth=0.6,
                zorder=2.5,  # above the boundary, as in the slider figure
                **style,
            )
            self.points.append(points)
        (self.boundary,) = ax.plot([], [], **BOUNDARY_STYLE, label="boundary z = 0 (h = 1/2)")
        (self.missed,) = ax.plot([], [], **MISSED_STYLE, zorder=3, label="misclassified")
        ax.set(xlim=(low, high), ylim=(low, high), aspect="equal")
        ax.set_xlabel(names[0])
        ax.set_ylabel(names[1])
        ax.grid(False)
        if legend:
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=9)
        self.update(W, features)

    def z(self, W: np.ndarray, features: str) -> np.ndarray:
        """z on the grid, shape (resolution, resolution), rows along x2."""
        z = feature_matrix(self._grid_points, features) @ W
        return z.reshape(self.resolution, self.resolution)

    def band_paths(self, z_grid: np.ndarray) -> list[Path]:
        """For each band k = 0..9, the region where k/10 < h <= (k+1)/10, as one Path."""
        generator = contourpy.contour_generator(
            self.grid, self.grid, z_grid, fill_type=contourpy.FillType.OuterCode
        )
        paths = []
        for lower, upper in itertools.pairwise([-np.inf, *BAND_EDGES_Z, np.inf]):
            points, codes = generator.filled(lower, upper)  # lower < z <= upper
            if points:
                paths.append(Path(np.concatenate(points), np.concatenate(codes)))
            else:
                paths.append(Path(np.zeros((0, 2))))
        return paths

    def boundary_xy(self, z_grid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The curve z = 0 through the grid, its pieces joined by NaN (one line, many parts)."""
        lines = contourpy.contour_generator(
            self.grid, self.grid, z_grid, line_type=contourpy.LineType.Separate
        ).lines(0.0)
        if not lines:
            return np.array([]), np.array([])
        gap = np.full((1, 2), np.nan)
        joined = np.concatenate([part for line in lines for part in (line, gap)][:-1])
        return joined[:, 0], joined[:, 1]

    def update(self, W: np.ndarray, features: str) -> None:
        """Redraw shading, boundary, rings and title for checked weights ``W`` = [w0, w1, w2]."""
        self.features = features
        z_grid = self.z(W, features)
        self.shading.set_paths(self.band_paths(z_grid))
        self.boundary.set_data(*self.boundary_xy(z_grid))
        self.predicted = labels_of(feature_matrix(self.X, features) @ W)
        wrong = self.predicted != self.y
        self.missed.set_data(self.X[wrong, 0], self.X[wrong, 1])
        power = "" if self.features == "linear" else "²"
        names = tuple(name + power for name in self.names)
        correct = len(self.y) - int(wrong.sum())
        self.ax.set_title(f"{z_formula(W, names)}\n{correct} of {len(self.y)} correct", fontsize=11)


def add_probability_colorbar(fig, ax) -> None:
    """The key to the shading: h from 0 to 1 in its ten bands."""
    mappable = ScalarMappable(norm=Normalize(0.0, 1.0), cmap=PROBABILITY_CMAP)
    bar = fig.colorbar(mappable, ax=ax, shrink=0.8, ticks=np.linspace(0.0, 1.0, BANDS + 1))
    bar.set_label(r"$h = \sigma(z)$, the probability of $y = 1$")


def plot_decision_boundary(X, y, W=(-3.0, 1.0, 1.0), features: str = "linear"):
    """Labelled points (x1, x2) over the shaded h = σ(z), the boundary z = 0 and the misses.

    ``features="linear"``: z = w0 + w1 x1 + w2 x2 (a straight boundary);
    ``features="squared"``: z = w0 + w1 x1² + w2 x2² (a circle or ellipse for suitable W).
    """
    X, y = check_points(X, y)
    W, features = check_weights(W), check_features(features)
    fig, ax = new_figure(figsize=(6.4, 5.6))
    BoundaryView(ax, X, y, W, features)
    add_probability_colorbar(fig, ax)
    return fig


def plot_feature_map(X, y, W=(-1.0, 1.0, 1.0)):
    """The squared-feature model twice: a circle over (x1, x2), a straight line over (x1², x2²).

    Both panels show the same W and the same points, so the same points are ringed: the
    boundary is a hyperplane in the space of the features the model is given.
    """
    X, y = check_points(X, y)
    W = check_weights(W)
    if np.max(np.abs(X)) > 1e3:
        raise ValueError("`X` must lie within ±1000 here, so that its squares fit a figure.")
    fig, axes = new_figure(ncols=2, figsize=(10.0, 5.4))
    BoundaryView(axes[0], X, y, W, "squared", legend=False)
    axes[0].set_title("original features\n" + axes[0].get_title(), fontsize=11)
    BoundaryView(axes[1], X**2, y, W, "linear", names=("x₁²", "x₂²"), legend=False)
    axes[1].set_title("squared features\n" + axes[1].get_title(), fontsize=11)
    axes[1].set(xlim=(0.0, axes[1].get_xlim()[1]), ylim=(0.0, axes[1].get_ylim()[1]))  # squares
    add_probability_colorbar(fig, list(axes))
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=4, fontsize=9)
    return fig


def plot_classifier(z_min: float = -6.0, z_max: float = 6.0):
    """h = σ(z) with the threshold h = 1/2 and z = 0: the classifier's two sides.

    σ is increasing and σ(0) = 1/2, so h >= 1/2 (predict y = 1) exactly where z >= 0.
    """
    z_min, z_max = window(z_min, z_max, ("z_min", "z_max"))
    if not z_min < 0 < z_max:
        raise ValueError("`z_min` and `z_max` must have z = 0 between them.")
    fig, ax = new_figure()
    z = np.linspace(z_min, z_max, 401)
    ax.axvspan(z_min, 0.0, color=_blend(SKY, 0.25), zorder=0)
    ax.axvspan(0.0, z_max, color=_blend(ORANGE, 0.25), zorder=0)
    ax.plot(z, sigma(z), **series(0, markevery=50), label=r"$h = \sigma(z)$")
    ax.axhline(0.5, **GUIDE, label=r"threshold $h = 1/2$")
    ax.axvline(0.0, color=GREY, linestyle=":", linewidth=1.5, label=r"$z = WX = 0$")
    ax.plot([0.0], [0.5], marker="o", color="black", markersize=7, linestyle="none", zorder=5)
    ax.text(z_min + 0.3, 0.42, "$z < 0$:\n$h < 1/2$\npredict $y = 0$", va="top", color=BLUE)
    ax.text(z_max - 0.3, 0.58, "$z \\geq 0$:\n$h \\geq 1/2$\npredict $y = 1$", ha="right")
    ax.set(
        xlim=(z_min, z_max),
        ylim=(-0.05, 1.05),
        xlabel="z = WX",
        ylabel="h",
        title="The classifier: one threshold on h is one threshold on z",
    )
    ax.legend(loc="upper left", fontsize=9)
    return fig
