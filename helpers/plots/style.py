"""One look for every figure: a colour-blind-safe palette, and series that differ by line
style and marker as well as by colour (the lecture's quiz speaks of the solid and the dotted
curve, and a figure must still read in grey scale).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib as mpl

# Okabe–Ito colours, safe for the common colour-vision deficiencies.
BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, GREY = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#7F7F7F",
)

#: Line series in the order figures use them: solid, dotted, dashed, dash-dot.
SERIES = (
    {"color": BLUE, "linestyle": "-", "marker": "o"},
    {"color": VERMILLION, "linestyle": ":", "marker": "s"},
    {"color": GREEN, "linestyle": "--", "marker": "^"},
    {"color": PURPLE, "linestyle": "-.", "marker": "D"},
)

#: Scatter style per class label: never colour alone, and colours no line series uses.
CLASS_STYLE = {
    0: {"color": SKY, "marker": "o", "label": "y = 0"},
    1: {"color": ORANGE, "marker": "^", "label": "y = 1"},
}

#: Thin grey lines for asymptotes, thresholds and other guides.
GUIDE = {"color": GREY, "linestyle": "--", "linewidth": 1.0}

RC = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 11,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "lines.linewidth": 2.0,
    "lines.markersize": 6.0,
}


def series(i: int, markevery=None) -> dict:
    """Keyword arguments for the i-th line series (colour, line style, marker)."""
    style = dict(SERIES[i % len(SERIES)])
    if markevery is not None:
        style["markevery"] = markevery
    return style


def use_lecture_style() -> None:
    """Apply the series' matplotlib settings (call once, in a notebook's setup cell).

    In Jupyter it also tells the inline backend not to crop figures with
    ``bbox_inches="tight"``: every figure here lays itself out (constrained layout), and the
    crop costs a second full draw of each figure, about half of a notebook's run time.
    """
    mpl.rcParams.update(RC)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "kernel"):  # a Jupyter kernel: inline figures
        shell.run_line_magic("config", "InlineBackend.print_figure_kwargs = {'bbox_inches': None}")


@contextmanager
def lecture_rc() -> Iterator[None]:
    """Apply `RC` for the duration of a block, then restore exactly those keys.

    Unlike ``matplotlib.rc_context``, nothing else is restored: the inline backend turns on
    interactive mode when pyplot first makes a figure, and restoring ``interactive`` to its
    earlier value would stop Jupyter from showing every later figure.
    """
    saved = {key: mpl.rcParams[key] for key in RC}
    mpl.rcParams.update(RC)
    try:
        yield
    finally:
        mpl.rcParams.update(saved)


def new_figure(ncols: int = 1, figsize: tuple[float, float] | None = None, pyplot: bool = True):
    """A figure with ``ncols`` axes side by side, in the series' style: ``(fig, axes)``.

    With ``pyplot=True`` (static figures) pyplot manages the figure, so a notebook shows it at
    the end of the cell. Slider figures pass ``pyplot=False``: their widget draws them to PNG,
    and the inline backend must not show them a second time.
    """
    if figsize is None:
        width, height = RC["figure.figsize"]
        figsize = (width * (1 if ncols == 1 else 0.78 * ncols), height)
    with lecture_rc():
        if pyplot:
            import matplotlib.pyplot as plt

            return plt.subplots(1, ncols, figsize=figsize, layout="constrained")
        from matplotlib.figure import Figure

        fig = Figure(figsize=figsize, layout="constrained")
        return fig, fig.subplots(1, ncols)
