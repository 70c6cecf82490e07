"""Shared fixtures: headless matplotlib, every figure closed after each test, and a counter
of the argument checks a slider move makes."""

from __future__ import annotations

import collections
import io
import sys
import warnings
from pathlib import Path

import matplotlib

# Agg in this process only. Not via MPLBACKEND: nbval's kernels inherit the environment and
# must keep the inline backend, or the notebooks' figures would not be displayed.
matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
#: The English edition (the source) and the Korean edition (한국어판), twins by file name.
ENGLISH = sorted((ROOT / "notebooks").glob("*.ipynb"))
KOREAN = sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
NOTEBOOKS = ENGLISH + KOREAN


def notebook_id(path: Path) -> str:
    """A notebook's name for test ids: "01_sigmoid.ipynb", "ko/01_sigmoid.ipynb"."""
    return path.relative_to(ROOT / "notebooks").as_posix()


def is_korean(path: Path) -> bool:
    return path.parent.name == "ko"


@pytest.fixture
def strict_numpy():
    """Every floating-point event and every warning becomes an error."""
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def png_pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=int)


def blit_mismatch(explorer) -> float:
    """Share of pixels where a slider figure's blitted image differs from a full redraw."""
    blitted = png_pixels(explorer.image.value)
    for artist in explorer.animated:
        artist.set_animated(False)
    buffer = io.BytesIO()
    explorer.figure.savefig(buffer, format="png", dpi=100)
    full = png_pixels(buffer.getvalue())
    assert blitted.shape == full.shape
    return float(np.any(np.abs(blitted - full) > 40, axis=2).mean())


@pytest.fixture
def validation_calls(monkeypatch) -> collections.Counter:
    """How often each argument is checked, by name: a Counter filled while the test runs.

    Every real-valued argument goes through `_validation.real_array`, every int through
    `whole_number` and every choice through `choice`; each is wrapped wherever a module of
    helpers looks it up (in `_validation` itself for the checks built on them).
    """
    from helpers import _validation  # here, not above: tests of the repository need no helpers

    calls = collections.Counter()
    for name in ("real_array", "whole_number", "choice"):
        original = getattr(_validation, name)

        def counting(value, argument, *args, _original=original, **kwargs):
            calls[argument] += 1
            return _original(value, argument, *args, **kwargs)

        for module_name, module in list(sys.modules.items()):
            if module_name.startswith("helpers") and getattr(module, name, None) is original:
                monkeypatch.setattr(module, name, counting)
    return calls
