"""Figures for notebook 04: learning curves, the boundary moving as training goes, the race.

`TrainingView` draws one epoch of a training run (the decision boundary of that epoch's
weights, with notebook 02's `BoundaryView`, beside the learning curve with the epoch marked);
the static snapshots and the slider figure both use it.
"""

from __future__ import annotations

import numpy as np

from .._validation import flag, whole_number
from ..training import MAX_EPOCHS, FitResult, RaceResult, descend, evaluator, fit_result, plain
from .boundary import (
    BoundaryView,
    add_probability_colorbar,
    check_features,
    check_points,
    feature_matrix,
)
from .style import GUIDE, new_figure, series

__all__ = ["plot_learning_curve", "plot_race", "plot_training"]


def _results(results) -> dict:
    """{label: FitResult} from one FitResult or a dict of them."""
    if isinstance(results, FitResult):
        results = {"": results}
    if not (isinstance(results, dict) and results):
        raise TypeError("`results` must be what helpers.fit returns, or a dict {label: result}.")
    if not all(isinstance(result, FitResult) for result in results.values()):
        raise TypeError("`results` must hold what helpers.fit returns, {label: result}.")
    return results


def _cost_label(cost: str) -> str:
    return "cost J (cross entropy)" if cost == "cross_entropy" else "error E (SSE)"


def draw_learning_curve(ax, result: FitResult, index: int = 0, label: str = ""):
    """One run's cost against the epoch, in the i-th series style; returns the line."""
    epochs = np.arange(len(result.history))
    (line,) = ax.plot(
        epochs, result.history, **series(index), markevery=0.1, markersize=5, label=label or None
    )
    return line


def plot_learning_curve(results, log_cost: bool = False):
    """The learning curve(s): the cost after each epoch, for what `fit` returns.

    ``results``: one result of `fit`, or a dict {label: result} to compare several runs.
    ``log_cost=True`` puts the cost on a logarithmic axis.
    """
    results = _results(results)
    log_cost = flag(log_cost, "log_cost")
    fig, ax = new_figure()
    for i, (label, result) in enumerate(results.items()):
        draw_learning_curve(ax, result, i, label)
    first = next(iter(results.values()))
    ax.set(xlabel="epoch", ylabel=_cost_label(first.cost), title="Learning curve")
    if log_cost:
        ax.set_yscale("log")
        ax.set_ylabel(ax.get_ylabel() + ", log scale")
    if any(results):  # labelled runs
        ax.legend(fontsize=9)
    return fig


class TrainingView:
    """One epoch of a training run: the boundary of that epoch's W and the learning curve.

    ``X`` (m, 2) holds the raw features, ``result`` the `FitResult` of a fit on
    ``feature_matrix(X, features)``. `update` moves the boundary, the rings, the marker on
    the curve and the titles in place.
    """

    def __init__(self, ax_boundary, ax_curve, X, y, result: FitResult, epoch: int, features: str):
        self.result, self.features, self.ax_curve = result, features, ax_curve
        self.view = BoundaryView(ax_boundary, X, y, result.weights[0], features, legend=False)
        draw_learning_curve(ax_curve, result, 0, "cost per epoch")
        (self.marker,) = ax_curve.plot([], [], "ko", markersize=10, zorder=4, label="this epoch")
        ax_curve.set(xlabel="epoch", ylabel=_cost_label(result.cost))
        ax_curve.legend(loc="upper right", fontsize=9)
        self.update(epoch)

    def update(self, epoch: int) -> None:
        """Show ``epoch`` (a checked int from 0 to the run's length)."""
        W = self.result.weights[epoch]
        self.view.update(W, self.features)
        cost = self.result.history[epoch]
        self.marker.set_data([epoch], [cost])
        correct = int(np.sum(self.view.predicted == self.view.y))
        self.view.ax.set_title(
            f"epoch {epoch}: W = [{W[0]:.2f}, {W[1]:.2f}, {W[2]:.2f}]\n"
            f"{correct} of {len(self.view.y)} correct",
            fontsize=10,
        )
        self.ax_curve.set_title(f"J = {cost:.4f} after {epoch} epochs", fontsize=10)


def training_run(X: np.ndarray, y: np.ndarray, features: str, epochs: int) -> FitResult:
    """Plain gradient descent from W = 0 with `fit`'s learning rate 0.5, ``epochs`` epochs."""
    F = feature_matrix(X, features)
    return fit_result(*descend(evaluator(F, y), np.zeros(3), epochs, 0.0, plain(0.5)), 0.5)


def plot_training(X, y, epochs=(0, 10, 100, 1000), features: str = "linear"):
    """Snapshots of the decision boundary as gradient descent goes: one panel per epoch.

    Plain gradient descent (`fit`, η = 0.5) from W = 0, up to the last of ``epochs`` (at most
    six epochs, each up to 100000). Each panel shows that epoch's h = σ(z) (shaded), boundary
    and mistakes.
    """
    X, y = check_points(X, y)
    features = check_features(features)
    if not (isinstance(epochs, (list, tuple)) and 1 <= len(epochs) <= 6):
        raise TypeError(
            f"`epochs` must be a list of one to six epochs, e.g. (0, 10, 100); got {epochs!r}."
        )
    epochs = [whole_number(epoch, "epochs", 0, MAX_EPOCHS) for epoch in epochs]
    result = training_run(X, y, features, max(epochs))
    fig, axes = new_figure(ncols=len(epochs), figsize=(3.1 * len(epochs), 3.6))
    axes = np.atleast_1d(axes)
    for ax, epoch in zip(axes, epochs, strict=True):
        view = BoundaryView(ax, X, y, result.weights[epoch], features, legend=False)
        correct = int(np.sum(view.predicted == view.y))
        ax.set_title(
            f"epoch {epoch}: J = {result.history[epoch]:.3f}\n{correct} of {len(y)} correct",
            fontsize=10,
        )
    add_probability_colorbar(fig, list(axes))
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=4, fontsize=9)
    return fig


def plot_race(result: RaceResult):
    """The race: cost and output ŷ against the epoch, squared error versus cross entropy.

    Left: each run's own cost (log scale). Right: ŷ of the first sample, with the target
    band |y − ŷ| < target; each curve is marked where it first gets there.
    """
    if not isinstance(result, RaceResult):
        raise TypeError(
            f"`result` must be what helpers.race() returns; got {type(result).__name__}."
        )
    fig, (left, right) = new_figure(ncols=2, figsize=(10.0, 4.0))
    names = {"cross_entropy": "cross entropy J", "sse": "squared error E (SSE)"}
    for i, cost in enumerate(("cross_entropy", "sse")):
        fitted, y_hat = result.fits[cost], result.y_hat[cost][:, 0]
        epochs = np.arange(len(fitted.history))
        style = {**series(i), "markevery": 0.1, "markersize": 5}
        left.plot(epochs, fitted.history, **style, label=names[cost])
        right.plot(epochs, y_hat, **style, label=names[cost])
        reached = result.epochs_to_target[cost]
        if reached is not None:
            right.plot(
                [reached],
                [y_hat[reached]],
                linestyle="none",
                marker="*",
                markersize=14,
                color=series(i)["color"],
                markeredgecolor="black",
                zorder=5,
            )
            right.annotate(
                f"{reached} epochs",
                (reached, y_hat[reached]),
                textcoords="offset points",
                xytext=(6, 8 + 14 * i),
                fontsize=9,
            )
    y0 = float(result.y[0])
    line = result.target if y0 == 0.0 else 1.0 - result.target
    right.axhline(line, **GUIDE, label=f"target: |y - ŷ| < {result.target:g}")
    last = len(result.fits["sse"].history) - 1
    for ax in (left, right):
        ax.set_xscale("symlog", linthresh=1.0)
        ax.set_xlim(0, last)
        ax.set_xlabel("epoch (log scale)")
    left.set_yscale("log")
    left.set(ylabel="cost (log scale)", title="Each run's own cost")
    right.set(
        ylabel="output ŷ", ylim=(-0.05, 1.05), title=f"The output ŷ of sample 1 (label y = {y0:g})"
    )
    left.legend(fontsize=9)
    right.legend(fontsize=9, loc="center left")
    return fig
