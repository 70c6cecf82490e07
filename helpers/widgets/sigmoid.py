"""Notebook 01's interactive figure: steepness w and shift b of σ(w x + b)."""

from __future__ import annotations

import math

from ..plots.sigmoid import SigmoidWxB
from ..plots.style import new_figure
from ._base import LIMIT, Explorer, _slider_value, slider

__all__ = ["SigmoidExplorer", "sigmoid_explorer"]


def _widened(default: tuple[float, float], value: float) -> tuple[float, float]:
    """The default slider range, widened to whole numbers around ``value`` if needed."""
    return min(default[0], math.floor(value)), max(default[1], math.ceil(value))


class SigmoidExplorer(Explorer):
    """Sliders for w (steepness) and b (shift) moving the curve σ(w x + b).

    ``SigmoidExplorer().sliders["w"].value = 3`` redraws exactly as dragging the slider would.
    """

    def __init__(self, w: float = 1.0, b: float = 0.0):
        w, b = _slider_value(w, "w", LIMIT), _slider_value(b, "b", LIMIT)
        figure, ax = new_figure(pyplot=False)
        self.artists = SigmoidWxB(ax, w, b)
        self.animated = [self.artists.curve, self.artists.midpoint, ax.title]
        super().__init__(
            figure,
            {
                "w": slider("w (steepness)", w, *_widened((-5.0, 5.0), w), 0.1),
                "b": slider("b (shift)", b, *_widened((-10.0, 10.0), b), 0.1),
            },
        )

    def update(self, w: float, b: float) -> None:
        self.artists.update(w, b)


def sigmoid_explorer(w: float = 1.0, b: float = 0.0) -> SigmoidExplorer:
    """The slider figure for σ(w x + b); display it by making it a cell's last expression."""
    return SigmoidExplorer(w, b)
