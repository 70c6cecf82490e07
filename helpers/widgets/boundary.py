"""Notebook 02's interactive figure: w0, w1, w2 move the decision boundary, linear or squared."""

from __future__ import annotations

import ipywidgets as widgets

from .._validation import data_or_default
from ..messages import text
from ..plots.boundary import (
    BoundaryView,
    add_probability_colorbar,
    check_features,
    check_points,
    check_weights,
    toy_data,
)
from ..plots.style import lecture_rc, new_figure
from ._base import Explorer, slider

__all__ = ["boundary_explorer"]

#: Default slider ranges; widened to whole numbers around a W given outside them.
RANGES = {"w0": (-6.0, 6.0), "w1": (-3.0, 3.0), "w2": (-3.0, 3.0)}


class BoundaryExplorer(Explorer):
    """A "features" toggle (linear / squared) and sliders for w0, w1, w2 over one data set.

    ``explorer.sliders["w0"].value = -2`` redraws exactly as dragging the slider would;
    ``.sliders["features"].value = "squared"`` switches z to w0 + w1 x1² + w2 x2².
    """

    def __init__(self, X, y, W, features: str):
        features = check_features(features)
        W = check_weights(W)
        if abs(W).max() > 1000:
            raise ValueError("`W` must lie within ±1000 for the sliders.")
        X, y = check_points(*data_or_default(X, y, lambda: toy_data(features)))
        figure, ax = new_figure(figsize=(6.4, 5.6), pyplot=False)
        with lecture_rc():  # the legend and colour bar in the series' style, in any session
            self.view = BoundaryView(ax, X, y, W, features)
            add_probability_colorbar(figure, ax)
        # Drawn on top of the background in this order: the shading first, the points last.
        view = self.view
        self.animated = [view.shading, view.boundary, *view.points, view.missed, ax.title]
        options = [(text(f"widgets.{name}_features"), name) for name in ("linear", "squared")]
        controls = {
            "features": widgets.ToggleButtons(
                options=options, value=features, description=text("widgets.features")
            )
        }
        for name, w in zip(RANGES, W, strict=True):
            controls[name] = slider(name, float(w), *RANGES[name], 0.1)
            controls[name].layout.width = "300px"
        super().__init__(figure, controls)

    def update(self, features: str, w0: float, w1: float, w2: float) -> None:
        self.view.update(check_weights([w0, w1, w2]), check_features(features))

    @property
    def widget(self) -> widgets.Widget:
        """The feature toggle, the three sliders in a row, then the figure."""
        sliders = [self.sliders[name] for name in RANGES]
        row = widgets.HBox(sliders, layout=widgets.Layout(flex_flow="row wrap"))
        return widgets.VBox([self.sliders["features"], row, self.image])


def boundary_explorer(X=None, y=None, W=(-3.0, 1.0, 1.0), features: str = "linear"):
    """The slider figure for the boundary z = 0; display it as a cell's last expression.

    ``features="linear"``: z = w0 + w1 x1 + w2 x2; ``"squared"``: z = w0 + w1 x1² + w2 x2².
    Without data it shows `make_linear_data` (linear) or `make_circle_data` (squared).
    """
    return BoundaryExplorer(X, y, W, features)
