"""One look for every figure: a colour-blind-safe palette, and series that differ by line
style and marker as well as by colour (the lecture's quiz speaks of the solid and the dotted
curve, and a figure must still read in grey scale).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib as mpl
import numpy as np

from .._validation import as_flag, as_int, as_real_array, check_finite

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


def series(i: int, markevery: int | None = None) -> dict:
    """Keyword arguments for the i-th line series (colour, line style, marker).

    ``markevery`` is passed to matplotlib: None, every n-th point (an int >= 1), a fraction
    of the axes (a float in (0, 1]) or (start, n).
    """
    i = as_int(i, "i", minimum=0)
    markevery = _check_markevery(markevery)
    style = dict(SERIES[i % len(SERIES)])
    if markevery is not None:
        style["markevery"] = markevery
    return style


def _check_markevery(markevery):
    if markevery is None or isinstance(markevery, tuple):
        if isinstance(markevery, tuple):
            if len(markevery) != 2:
                raise ValueError(f"`markevery` as a tuple must be (start, n); got {markevery!r}.")
            as_int(markevery[0], "markevery", minimum=0)
            as_int(markevery[1], "markevery", minimum=1)
        return markevery
    if isinstance(markevery, (int, np.integer)) and not isinstance(markevery, bool):
        return as_int(markevery, "markevery", minimum=1)
    if isinstance(markevery, float):
        if not 0.0 < markevery <= 1.0:
            raise ValueError(f"`markevery` as a float must lie in (0, 1]; got {markevery!r}.")
        return markevery
    raise TypeError(
        f"`markevery` must be None, an int, a float in (0, 1] or (start, n); got {markevery!r}."
    )


def _check_figsize(figsize) -> tuple[float, float]:
    """(width, height) in inches, each in (0, 50]."""
    size = as_real_array(figsize, "figsize")
    if size.shape != (2,):
        raise ValueError(f"`figsize` must be (width, height) in inches; got shape {size.shape}.")
    check_finite(size, "figsize")
    if np.any(size <= 0) or np.any(size > 50):
        raise ValueError(f"`figsize` must be two sizes in (0, 50] inches; got {tuple(size)}.")
    return float(size[0]), float(size[1])


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
    """A figure with ``ncols`` axes side by side, in the series' style.

    With ``pyplot=True`` (static figures) the figure is managed by pyplot, so a notebook shows
    it at the end of the cell. Interactive figures pass ``pyplot=False``: they are drawn to
    PNG on demand by their widget and must not also be shown by the inline backend.
    Returns ``(fig, axes)``; ``axes`` is one Axes for ``ncols=1``, else an array of them.
    """
    ncols = as_int(ncols, "ncols", minimum=1, maximum=12)
    pyplot = as_flag(pyplot, "pyplot")
    if figsize is not None:
        figsize = _check_figsize(figsize)
    if figsize is None:
        width, height = RC["figure.figsize"]
        figsize = (width * (1 if ncols == 1 else 0.78 * ncols), height)
    with lecture_rc():
        if pyplot:
            import matplotlib.pyplot as plt

            fig, axes = plt.subplots(1, ncols, figsize=figsize, layout="constrained")
        else:
            from matplotlib.figure import Figure

            fig = Figure(figsize=figsize, layout="constrained")
            axes = fig.subplots(1, ncols)
    return fig, axes
