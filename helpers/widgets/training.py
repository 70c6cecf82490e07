"""Notebook 04's interactive figure: an epoch slider over one gradient-descent run."""

from __future__ import annotations

import ipywidgets as widgets

from .._validation import as_int, data_or_default
from ..messages import _text
from ..plots.boundary import _check_data, check_features, toy_data
from ..plots.style import lecture_rc, new_figure
from ..plots.training import TrainingView, _training_run
from ..training import _check_epochs
from ._base import Explorer

__all__ = ["TrainingExplorer", "training_explorer"]


class TrainingExplorer(Explorer):
    """An "epoch" slider over a gradient-descent run computed once, up front.

    The run is plain gradient descent from W = 0 with η = 1/L (`helpers.fit`), and every
    epoch's W is kept, so moving the slider only redraws: ``.sliders["epoch"].value = 50``
    shows the boundary and the cost after 50 epochs. Without data it uses notebook 04's
    `make_linear_data` (or `make_circle_data` for ``features="squared"``).
    """

    def __init__(
        self, X=None, y=None, epochs: int = 1000, epoch: int = 0, features: str = "linear"
    ):
        features = check_features(features)
        epochs = _check_epochs(epochs)
        epoch = as_int(epoch, "epoch", minimum=0, maximum=epochs)
        X, y = data_or_default(X, y, lambda: toy_data(features), "a toy data set is used")
        X, y = _check_data(X, y)
        self.result = _training_run(X, y, features, epochs)
        figure, (ax_boundary, ax_curve) = new_figure(ncols=2, figsize=(10.0, 4.6), pyplot=False)
        with lecture_rc():
            self.view = TrainingView(ax_boundary, ax_curve, X, y, self.result, epoch, features)
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
            max=epochs,
            step=1,
            description=_text("widgets.epoch"),
            continuous_update=True,
            layout=widgets.Layout(width="520px"),
        )
        super().__init__(figure, {"epoch": control})

    def update(self, epoch: int) -> None:
        self.view.update(epoch)


def training_explorer(
    X=None, y=None, epochs: int = 1000, epoch: int = 0, features: str = "linear"
) -> TrainingExplorer:
    """The slider figure for training: drag "epoch" to watch the boundary and the cost move."""
    return TrainingExplorer(X, y, epochs, epoch, features)
