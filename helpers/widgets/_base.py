"""A figure driven by sliders, drawn to PNG with the Agg backend.

The figure is not managed by pyplot, so the inline backend does not show it a second time;
each slider change calls `update` (which moves artists with ``set_data``), then re-renders
the PNG into an ``ipywidgets.Image``. Everything works headlessly: a test can set a slider's
``value`` and look at the artists or the PNG bytes.
"""

from __future__ import annotations

import io

import ipywidgets as widgets

from ..plots.style import RC, lecture_rc


class Explorer:
    """Base class: subclasses build ``self.figure`` and the sliders, and define `update`."""

    def __init__(self, figure, sliders: dict[str, widgets.ValueWidget]):
        self.figure = figure
        self.sliders = sliders
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
        raise NotImplementedError

    def render(self) -> bytes:
        """The figure as PNG bytes."""
        buffer = io.BytesIO()
        with lecture_rc():
            self.figure.savefig(buffer, format="png")
        return buffer.getvalue()

    def _on_change(self, change=None) -> None:
        self.update(**self.values)
        self.image.value = self.render()

    @property
    def widget(self) -> widgets.Widget:
        """The sliders above the figure, ready to display."""
        controls = widgets.HBox(list(self.sliders.values()))
        return widgets.VBox([controls, self.image])

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def slider(description: str, value: float, low: float, high: float, step: float):
    """A float slider that updates on release-free dragging, with two decimals shown."""
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
