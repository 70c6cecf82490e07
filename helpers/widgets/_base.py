"""A figure driven by sliders, drawn to PNG with the Agg backend.

The figure is not managed by pyplot, so the inline backend does not show it a second time;
each slider change calls `update` (which moves artists with ``set_data``), then re-renders
the PNG into an ``ipywidgets.Image``. Everything works headlessly: a test can set a slider's
``value`` and look at the artists or the PNG bytes.

Speed: a subclass that lists its moving artists in ``self.animated`` gets blitting. The
static part (axes, ticks, legend, reference curves) is drawn once and kept as a bitmap; an
update restores that bitmap and draws only the moving artists on top, which takes a few
milliseconds instead of a full redraw's hundred. Without ``self.animated`` every update is a
full redraw, which is always correct.
"""

from __future__ import annotations

import io
import math

import ipywidgets as widgets
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from ..plots.style import RC, lecture_rc


class Explorer:
    """Base class: subclasses build ``self.figure`` and the sliders, and define `update`.

    Set ``self.animated`` (a list of artists that `update` changes) before calling
    ``super().__init__`` to render by blitting; leave it empty for full redraws.
    """

    animated: tuple | list = ()  # subclasses assign their own list

    def __init__(self, figure, sliders: dict[str, widgets.ValueWidget]):
        self.figure = figure
        self.sliders = sliders
        self.canvas = FigureCanvasAgg(figure)
        self._background = None
        # Show the PNG at its own pixel size, like the static figures (not stretched to the cell).
        width = round(figure.get_figwidth() * RC["savefig.dpi"])
        self.image = widgets.Image(format="png", layout=widgets.Layout(width=f"{width}px"))
        for slider in sliders.values():
            slider.observe(self._on_change, names="value")
        self._on_change()

    @property
    def values(self) -> dict:
        """The sliders' current values, by name."""
        return {name: slider.value for name, slider in self.sliders.items()}

    def update(self, **values) -> None:  # pragma: no cover - abstract
        """Check the controls' values (once) and move the figure's artists."""
        raise NotImplementedError

    def render(self) -> bytes:
        """The figure as PNG bytes (blitted when ``self.animated`` is set)."""
        with lecture_rc():
            if not self.animated:
                buffer = io.BytesIO()
                self.figure.savefig(buffer, format="png", dpi=RC["savefig.dpi"])
                return buffer.getvalue()
            if self._background is None:
                for artist in self.animated:
                    artist.set_animated(True)  # left out of full draws: the background
                self.figure.set_dpi(RC["savefig.dpi"])
                self.canvas.draw()
                self._background = self.canvas.copy_from_bbox(self.figure.bbox)
                self.figure.set_layout_engine("none")  # the layout is fixed from now on
            else:
                self.canvas.restore_region(self._background)
            for artist in self.animated:
                self.figure.draw_artist(artist)
            return _png(self.canvas)

    def _on_change(self, change=None) -> None:
        self.update(**self.values)
        self.image.value = self.render()

    @property
    def widget(self) -> widgets.Widget:
        """The sliders above the figure, ready to display."""
        controls = widgets.HBox(list(self.sliders.values()))
        return widgets.VBox([controls, self.image])

    def _ipython_display_(self) -> None:
        """Show the controls and the figure: IPython's display() knows ipywidgets 7 and 8."""
        from IPython.display import display

        display(self.widget)


def _png(canvas: FigureCanvasAgg) -> bytes:
    """Encode the canvas's pixels as PNG (fast settings: this runs on every slider move)."""
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def slider(description: str, value: float, low: float, high: float, step: float):
    """A float slider that redraws while it is dragged, with two decimals shown; its range
    widened to whole numbers around ``value`` if that lies outside [low, high]."""
    low, high = min(low, math.floor(value)), max(high, math.ceil(value))
    return widgets.FloatSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        readout_format=".2f",
        continuous_update=True,
        layout=widgets.Layout(width="320px"),
    )
