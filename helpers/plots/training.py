"""Figures for notebook 04: learning curves, the boundary moving as training goes, the race.

`TrainingView` draws one epoch of a training run (the decision boundary of that epoch's
weights, with notebook 02's `BoundaryView`, beside the learning curve with the epoch marked);
the static snapshots and the slider figure both use it.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .._validation import as_flag, as_int, as_labels, check_axes
from ..training import FitResult, RaceResult, _check_epochs, fit
from .boundary import (
    BoundaryView,
    _check_data,
    add_probability_colorbar,
    check_features,
    feature_matrix,
)
from .style import GUIDE, new_figure, series

__all__ = ["TrainingView", "plot_learning_curve", "plot_race", "plot_training"]


def _results(results, labels) -> dict:
    """{label: FitResult} from one FitResult, a list of them, or a mapping."""
    if isinstance(results, FitResult):
        results = [results]
    if isinstance(results, Mapping):
        if labels is not None:
            raise ValueError("`labels` must be None when `results` is a dict (its keys label it).")
        results = dict(results)
    elif isinstance(results, (list, tuple)):
        results = list(results)
        if labels is None:
            labels = [f"run {i + 1}" for i in range(len(results))] if len(results) > 1 else [""]
        labels = as_labels(labels, "labels", count=len(results))
        results = dict(zip(labels, results, strict=True))
    else:
        raise TypeError(
            "`results` must be a FitResult (from helpers.fit), a list of them or a dict "
            f"{{label: FitResult}}; got {type(results).__name__}."
        )
    if not results:
        raise ValueError("`results` is empty; give at least one FitResult.")
    for label, result in results.items():
        if not isinstance(result, FitResult):
            raise TypeError(f"`results` must hold FitResults (from helpers.fit); {label!r} is not.")
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


def plot_learning_curve(results, labels=None, log_epochs: bool = False, log_cost: bool = False):
    """The learning curve(s): cost after each epoch, for one `FitResult` or several.

    ``results``: a FitResult, a list of them (with ``labels``) or a dict {label: FitResult}.
    ``log_epochs=True`` puts the epochs on a logarithmic axis (0 stays visible: the axis is
    linear between 0 and 1); ``log_cost=True`` does the same for the cost.
    """
    results = _results(results, labels)
    log_epochs, log_cost = as_flag(log_epochs, "log_epochs"), as_flag(log_cost, "log_cost")
    fig, ax = new_figure()
    for i, (label, result) in enumerate(results.items()):
        draw_learning_curve(ax, result, i, label)
    first = next(iter(results.values()))
    ax.set(xlabel="epoch", ylabel=_cost_label(first.cost), title="Learning curve")
    if log_epochs:
        ax.set_xscale("symlog", linthresh=1.0)
        ax.set_xlabel("epoch (log scale)")
    if log_cost:
        ax.set_yscale("log")
        ax.set_ylabel(ax.get_ylabel() + ", log scale")
    if any(results):
        ax.legend(fontsize=9)
    return fig


class TrainingView:
    """One epoch of a training run: the boundary of that epoch's W and the learning curve.

    ``X`` (m, 2) holds the raw features, ``result`` a `FitResult` of a fit on
    ``feature_matrix(X, features)`` (the bias column and x1, x2 or x1², x2²). `update`
    moves the boundary, the rings, the marker on the curve and the titles in place.
    """

    def __init__(
        self,
        ax_boundary,
        ax_curve,
        X,
        y,
        result: FitResult,
        epoch: int = 0,
        features: str = "linear",
    ):
        check_axes(ax_boundary, "ax_boundary")
        check_axes(ax_curve, "ax_curve")
        self.result = _check_result(result)
        self.features = check_features(features)
        epoch = as_int(epoch, "epoch", minimum=0, maximum=result.epochs)
        self.view = BoundaryView(ax_boundary, X, y, result.weights[0], features, legend=False)
        draw_learning_curve(ax_curve, result, 0, "cost per epoch")
        (self.marker,) = ax_curve.plot(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=10,
            color="black",
            zorder=4,
            label="this epoch",
        )
        ax_curve.set(xlabel="epoch", ylabel=_cost_label(result.cost))
        ax_curve.legend(loc="upper right", fontsize=9)
        self.ax_curve = ax_curve
        self.update(epoch)

    def update(self, epoch: int) -> None:
        epoch = int(min(max(epoch, 0), self.result.epochs))
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


def _check_result(result) -> FitResult:
    """A FitResult of a model with two features (three weights), as the boundary figures need."""
    if not isinstance(result, FitResult):
        raise TypeError(f"`result` must be what helpers.fit returns; got {type(result).__name__}.")
    if result.weights.shape[1] != 3:
        raise ValueError(
            f"`result` must come from a fit with two features (W = [w0, w1, w2]); its W has "
            f"{result.weights.shape[1]} weights."
        )
    return result


def _snapshot_epochs(epochs) -> list[int]:
    """The epochs to show: one int, or a non-empty list of ints >= 0."""
    if isinstance(epochs, (int, np.integer)) and not isinstance(epochs, bool):
        return [_check_epochs(epochs)]
    if isinstance(epochs, (str, bytes)) or not isinstance(epochs, (list, tuple, range, np.ndarray)):
        raise TypeError(
            f"`epochs` must be an int or a list of ints such as (0, 10, 100); got {epochs!r}."
        )
    chosen = [_check_epochs(epoch) for epoch in epochs]
    if not chosen:
        raise ValueError("`epochs` is empty; list at least one epoch to show.")
    if len(chosen) > 12:
        raise ValueError(f"`epochs` lists {len(chosen)} epochs; at most 12 panels fit a figure.")
    return chosen


def _training_run(X, y, features: str, epochs: int) -> FitResult:
    """Plain gradient descent from W = 0 with the default step 1/L, `epochs` epochs."""
    return fit(feature_matrix(X, features), y, epochs=epochs, tol=0.0, method="plain")


def plot_training(
    X, y, result: FitResult | None = None, epochs=(0, 10, 100, 1000), features: str = "linear"
):
    """Snapshots of the decision boundary as gradient descent goes: one panel per epoch.

    ``result`` defaults to plain gradient descent from W = 0 with η = 1/L, run up to the last
    of ``epochs``. Each panel shows that epoch's h = σ(z) (shaded), boundary and mistakes.
    ``epochs`` lists the epochs to show; one int n, as `fit` takes it, shows epoch n alone.
    """
    features = check_features(features)
    X, y = _check_data(X, y)
    epochs = _snapshot_epochs(epochs)
    if result is None:
        result = _training_run(X, y, features, max(epochs))
    result = _check_result(result)
    if max(epochs) > result.epochs:
        raise ValueError(f"`epochs` must lie between 0 and {result.epochs} (the run's length).")
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
        raise TypeError("`result` must be what helpers.race() returns.")
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
