"""Shared fixtures: headless matplotlib, and every figure closed after each test."""

from __future__ import annotations

from pathlib import Path

import matplotlib

# Agg in this process only. Not via MPLBACKEND: nbval's kernels inherit the environment and
# must keep the inline backend, or the notebooks' figures would not be displayed.
matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
