"""Notebook 01's interactive figure: steepness w and shift b of σ(w x + b)."""

from __future__ import annotations

from .._validation import real_number
from ..messages import text
from ..plots.sigmoid import WB_LIMIT, SigmoidWxB
from ..plots.style import new_figure
from ._base import Explorer, slider

__all__ = ["sigmoid_explorer"]


def _checked(w, b) -> tuple[float, float]:
    return real_number(w, "w", -WB_LIMIT, WB_LIMIT), real_number(b, "b", -WB_LIMIT, WB_LIMIT)


class SigmoidExplorer(Explorer):
    """Sliders for w (steepness) and b (shift) moving the curve σ(w x + b).

    ``explorer.sliders["w"].value = 3`` redraws exactly as dragging the slider would.
    """

    def __init__(self, w: float, b: float):
        w, b = _checked(w, b)
        figure, ax = new_figure(pyplot=False)
        self.artists = SigmoidWxB(ax, w, b)
        self.animated = [self.artists.curve, self.artists.midpoint, ax.title]
        sliders = {
            "w": slider(text("widgets.steepness"), w, -5.0, 5.0, 0.1),
            "b": slider(text("widgets.shift"), b, -10.0, 10.0, 0.1),
        }
        super().__init__(figure, sliders)

    def update(self, w: float, b: float) -> None:
        self.artists.update(*_checked(w, b))


def sigmoid_explorer(w: float = 1.0, b: float = 0.0) -> SigmoidExplorer:
    """The slider figure for σ(w x + b); display it by making it a cell's last expression."""
    return SigmoidExplorer(w, b)
