"""Re-execute notebooks in place, top to bottom, in a fresh kernel: ``make execute``.

Usage: python tools/execute_notebooks.py [NOTEBOOK ...]
(default: every notebooks/*.ipynb and notebooks/ko/*.ipynb)

Kept deliberately quiet for git: no per-cell timing metadata, no widget state, and the
live-widget outputs of cells tagged ``nbval-ignore-output`` are dropped (they only mean
something in a running kernel; the static figure above each widget is what a static
render shows). Every other output is kept exactly as the kernel produced it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def drop_live_widget_outputs(nb) -> None:
    for cell in nb.cells:
        if "nbval-ignore-output" in cell.get("metadata", {}).get("tags", []):
            cell.outputs = [
                out for out in cell.get("outputs", []) if WIDGET_VIEW not in out.get("data", {})
            ]


def execute(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
        store_widget_state=False,
    )
    client.execute()
    drop_live_widget_outputs(nb)
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)
    print(f"executed {path.relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or sorted(
        (ROOT / "notebooks").glob("*.ipynb")
    ) + sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
    for path in paths:
        execute(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
