"""Notebook 02's interactive figure: w0, w1, w2 move the decision boundary, linear or squared."""

from __future__ import annotations

import math

import ipywidgets as widgets

from .._validation import data_or_default
from ..messages import _text
from ..plots.boundary import (
    BoundaryView,
    add_probability_colorbar,
    check_features,
    check_weights,
    toy_data,
)
from ..plots.style import lecture_rc, new_figure
from ._base import Explorer, _slider_value, slider

__all__ = ["BoundaryExplorer", "boundary_explorer"]

#: Default slider ranges; widened to include a W given outside them.
RANGES = {"w0": (-6.0, 6.0), "w1": (-3.0, 3.0), "w2": (-3.0, 3.0)}


def _range(name: str, value: float) -> tuple[float, float]:
    low, high = RANGES[name]
    return min(low, math.floor(value)), max(high, math.ceil(value))


class BoundaryExplorer(Explorer):
    """A "features" toggle (linear / squared) and sliders for w0, w1, w2 over one data set.

    ``BoundaryExplorer().sliders["w0"].value = -2`` redraws exactly as dragging the slider
    would; ``.sliders["features"].value = "squared"`` switches z to w0 + w1 x1² + w2 x2².
    Without data it shows `make_linear_data` for linear features, `make_circle_data` for
    squared ones.
    """

    def __init__(self, X=None, y=None, W=(-3.0, 1.0, 1.0), features: str = "linear"):
        features = check_features(features)
        W = check_weights(W)
        for name, w in zip(("W",) * 3, W, strict=True):
            _slider_value(w, name)
        X, y = data_or_default(X, y, lambda: toy_data(features), "a toy data set is used")
        figure, ax = new_figure(figsize=(6.4, 5.6), pyplot=False)
        with lecture_rc():  # the legend and colour bar in the series' style, in any session
            self.view = BoundaryView(ax, X, y, W, features)
            add_probability_colorbar(figure, ax)
        # Drawn on top of the background in this order: the shading first, the points last.
        self.animated = [
            self.view.shading,
            self.view.boundary,
            *self.view.points,
            self.view.missed,
            ax.title,
        ]
        controls = {
            "features": widgets.ToggleButtons(
                options=[
                    (_text("widgets.linear_features"), "linear"),
                    (_text("widgets.squared_features"), "squared"),
                ],
                value=features,
                description=_text("widgets.features"),
            )
        }
        for name, w in zip(("w0", "w1", "w2"), W, strict=True):
            controls[name] = slider(name, float(w), *_range(name, float(w)), 0.1)
            controls[name].layout.width = "300px"
        super().__init__(figure, controls)

    def update(self, features: str, w0: float, w1: float, w2: float) -> None:
        self.view.update([w0, w1, w2], features)

    @property
    def widget(self) -> widgets.Widget:
        """The feature toggle, the three sliders in a row, then the figure."""
        sliders = [self.sliders[name] for name in ("w0", "w1", "w2")]
        row = widgets.HBox(sliders, layout=widgets.Layout(flex_flow="row wrap"))
        return widgets.VBox([self.sliders["features"], row, self.image])


def boundary_explorer(
    X=None, y=None, W=(-3.0, 1.0, 1.0), features: str = "linear"
) -> BoundaryExplorer:
    """The slider figure for the boundary z = 0; display it as a cell's last expression.

    ``features="linear"``: z = w0 + w1 x1 + w2 x2; ``"squared"``: z = w0 + w1 x1² + w2 x2².
    """
    return BoundaryExplorer(X, y, W, features)
