"""Notebook 01's interactive figure: steepness w and shift b of σ(w x + b)."""

from __future__ import annotations

from ..plots.sigmoid import SigmoidWxB
from ..plots.style import new_figure
from ._base import Explorer, slider

__all__ = ["SigmoidExplorer", "sigmoid_explorer"]


class SigmoidExplorer(Explorer):
    """Sliders for w (steepness) and b (shift) moving the curve σ(w x + b).

    ``SigmoidExplorer().sliders["w"].value = 3`` redraws exactly as dragging the slider would.
    """

    def __init__(self, w: float = 1.0, b: float = 0.0):
        figure, ax = new_figure(pyplot=False)
        self.artists = SigmoidWxB(ax, w, b)
        self.animated = [self.artists.curve, self.artists.midpoint, ax.title]
        super().__init__(
            figure,
            {
                "w": slider("w (steepness)", w, -5.0, 5.0, 0.1),
                "b": slider("b (shift)", b, -10.0, 10.0, 0.1),
            },
        )

    def update(self, w: float, b: float) -> None:
        self.artists.update(w, b)


def sigmoid_explorer(w: float = 1.0, b: float = 0.0) -> SigmoidExplorer:
    """The slider figure for σ(w x + b); display it by making it a cell's last expression."""
    return SigmoidExplorer(w, b)
