"""Notebook 04's interactive figure: an epoch slider over one gradient-descent run."""

from __future__ import annotations

import ipywidgets as widgets

from .._validation import data_or_default, whole_number
from ..messages import text
from ..plots.boundary import check_features, check_points, toy_data
from ..plots.style import lecture_rc, new_figure
from ..plots.training import TrainingView, training_run
from ._base import Explorer

__all__ = ["training_explorer"]


class TrainingExplorer(Explorer):
    """An "epoch" slider over a gradient-descent run computed once, up front.

    Every epoch's W is kept, so moving the slider only redraws:
    ``explorer.sliders["epoch"].value = 50`` shows the boundary and the cost after 50 epochs.
    """

    def __init__(self, X, y, epochs: int, epoch: int, features: str):
        features = check_features(features)
        self.epochs = whole_number(epochs, "epochs", 1, 10_000)
        epoch = whole_number(epoch, "epoch", 0, self.epochs)
        X, y = check_points(*data_or_default(X, y, lambda: toy_data(features)))
        result = training_run(X, y, features, self.epochs)
        figure, (ax_boundary, ax_curve) = new_figure(ncols=2, figsize=(10.0, 4.6), pyplot=False)
        with lecture_rc():
            self.view = TrainingView(ax_boundary, ax_curve, X, y, result, epoch, features)
        boundary = self.view.view
        self.animated = [
            boundary.shading,
            boundary.boundary,
            *boundary.points,
            boundary.missed,
            ax_boundary.title,
            self.view.marker,
            ax_curve.title,
        ]
        control = widgets.IntSlider(
            value=epoch,
            min=0,
            max=self.epochs,
            description=text("widgets.epoch"),
            continuous_update=True,
            layout=widgets.Layout(width="520px"),
        )
        super().__init__(figure, {"epoch": control})

    def update(self, epoch: int) -> None:
        self.view.update(whole_number(epoch, "epoch", 0, self.epochs))


def training_explorer(X=None, y=None, epochs: int = 1000, epoch: int = 0, features="linear"):
    """The slider figure for training: drag "epoch" to watch the boundary and the cost move.

    Plain gradient descent (`fit`, η = 0.5) from W = 0 on ``X`` (m, 2) and ``y`` (default:
    notebook 04's `make_linear_data`, or `make_circle_data` for ``features="squared"``).
    """
    return TrainingExplorer(X, y, epochs, epoch, features)
