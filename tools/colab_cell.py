"""The notebooks' Colab cell, run as a learner runs it on Colab: `make test-colab` calls this
with the Colab venv's Python (Colab's package versions, `google.colab` imported at start).

1. Reads the first code cell of notebooks/01_sigmoid.ipynb (every notebook has the same one:
   tests/test_notebooks.py) and swaps its git URL for a copy of this checkout's package
   sources; nothing else in the command changes (`%pip install --quiet --no-deps ...`).
2. Uninstalls our distribution if the venv has it, so that the cell finds no `helpers` and
   takes its install branch, as in a fresh Colab runtime.
3. Records `pip freeze --all`, runs the cell in a fresh kernel of this venv (ipykernel and
   IPython's %pip, as on Colab), then in the same kernel what a learner runs next: the setup
   cell's `import helpers` and a slider figure, which must display as an ipywidgets widget
   view, the output Colab's front end draws as a widget.
4. Records `pip freeze --all` again: the only difference allowed is our distribution, added.
   Colab asks for a runtime restart when a %pip install replaces a package the runtime has
   imported; replacing none, the cell never causes one. (Without --no-deps pip would also
   install jedi, which ipython requires and Colab's runtime does without.)
5. Runs the cell once more in a fresh kernel: with helpers installed it does nothing.

Prints what it found and exits non-zero, saying why, when a check fails.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "01_sigmoid.ipynb"
DIST = "logistic-regression-lectures"
GIT_URL = "git+https://github.com/logistic-regression-lectures/logistic-regression-lectures"
PIP_LINE = re.compile(r"^(\s*)%pip install --quiet --no-deps (\S+)\s*$", re.M)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def colab_cell(notebook: Path = NOTEBOOK) -> str:
    """The source of a notebook's first code cell."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "".join(next(c for c in cells if c["cell_type"] == "code")["source"])


def swap_url(source: str, target: str) -> str:
    """The cell with its one `%pip install --quiet --no-deps <git URL>` pointed at ``target``."""
    lines = PIP_LINE.findall(source)
    if [url for _, url in lines] != [GIT_URL]:
        raise ValueError(f"expected one `%pip install --quiet --no-deps {GIT_URL}`: {lines}")
    swapped = source.replace(GIT_URL, target)
    assert PIP_LINE.findall(swapped) == [(lines[0][0], target)]
    return swapped


def copy_sources(dest: Path) -> Path:
    """What a clone of the repository gives pip to build: pyproject.toml, README.md, LICENSE
    and helpers/ (copied, so the build leaves nothing in the checkout)."""
    dest.mkdir(parents=True)
    for name in ["pyproject.toml", "README.md", "LICENSE"]:
        shutil.copy(ROOT / name, dest / name)
    shutil.copytree(
        ROOT / "helpers", dest / "helpers", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


def freeze() -> dict[str, str]:
    """`pip freeze --all` of this venv, by normalized distribution name."""
    out = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--all"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = {}
    for line in out.splitlines():
        name = re.split(r"\s*(==|@)\s*", line, maxsplit=1)[0]
        found[re.sub(r"[-_.]+", "-", name).lower()] = line
    return found


def run_in_kernel(cells: list[str], cwd: Path) -> list[list[dict]]:
    """Run ``cells`` in one fresh kernel of this venv; the outputs of each (errors raise)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    client = NotebookClient(
        nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(cwd)}}
    )
    client.execute()
    return [cell.outputs for cell in nb.cells]


def text(outputs: list[dict]) -> str:
    return "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")


def fail(message: str) -> None:
    print(f"colab cell: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def main() -> int:
    if "google.colab" not in sys.modules:
        fail("google.colab is not imported at start: not the Colab venv (make test-colab)")
    cell = colab_cell()
    with tempfile.TemporaryDirectory() as tmp:
        sources = copy_sources(Path(tmp) / "logistic-regression-lectures")
        swapped = swap_url(cell, str(sources))
        try:
            metadata.version(DIST)
            subprocess.run(
                [sys.executable, "-m", "pip", "uninstall", "--quiet", "--yes", DIST], check=True
            )
        except metadata.PackageNotFoundError:
            pass
        before = freeze()
        if DIST in before:
            fail(f"{DIST} is still installed before the cell runs")

        probe = (
            "import importlib.metadata as md, sys\n"
            "import google.colab, helpers\n"
            "print(google.colab.STAND_IN, md.version('logistic-regression-lectures'))\n"
            "print(helpers.__file__)\n"
            "import IPython, ipykernel, ipywidgets, matplotlib, numpy\n"
            "print(sys.version.split()[0], IPython.__version__, ipykernel.__version__,"
            " ipywidgets.__version__, matplotlib.__version__, numpy.__version__)"
        )
        outputs = run_in_kernel([swapped, probe, "helpers.sigmoid_explorer()"], Path(tmp))
        after = freeze()

        stand_in, version = text(outputs[1]).split("\n")[0].split()
        location = text(outputs[1]).split("\n")[1]
        versions = text(outputs[1]).split("\n")[2]
        if stand_in != "True":
            fail("the kernel's google.colab is not the stand-in")
        if not location.startswith(str(Path(sys.prefix))) or "site-packages" not in location:
            fail(f"helpers imported from {location}, not from this venv's site-packages")
        views = [o["data"][WIDGET_VIEW] for o in outputs[2] if WIDGET_VIEW in o.get("data", {})]
        if len(views) != 1 or not views[0].get("model_id") or views[0]["version_major"] != 2:
            fail(f"the slider figure did not display as one widget view: {outputs[2]}")

        added = sorted(set(after) - set(before))
        removed = sorted(set(before) - set(after))
        changed = sorted(n for n in set(before) & set(after) if before[n] != after[n])
        if added != [DIST] or removed or changed:
            fail(
                f"pip freeze changed beyond {DIST}: added {added}, removed {removed}, "
                f"changed {[(before[n], after[n]) for n in changed]}"
            )
        if version != metadata.version(DIST):
            fail(f"the kernel saw {DIST} {version}, pip installed {metadata.version(DIST)}")

        again = run_in_kernel([swapped], Path(tmp))
        if freeze() != after or again[0]:
            fail(f"with helpers installed the cell still did something: {again[0]}")

    print(f"colab cell: in {len(before)} distributions, the cell added exactly one: {after[DIST]}")
    print("colab cell: replaced or removed none; run again with helpers installed, it did nothing")
    print(f"colab cell: Python, IPython, ipykernel, ipywidgets, matplotlib, numpy: {versions}")
    print(f"colab cell: helpers {version} imported, a slider figure displayed as a widget view")
    return 0


if __name__ == "__main__":
    sys.exit(main())
