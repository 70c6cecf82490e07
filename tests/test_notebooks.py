"""Structure of every notebook under notebooks/: the rules nbval alone does not enforce."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import ENGLISH, KOREAN, NOTEBOOKS, ROOT, notebook_id

EXPECTED = [
    "01_sigmoid.ipynb",
    "02_decision_boundary.ipynb",
    "03_sse_vs_cross_entropy.ipynb",
    "04_gradient_derivation.ipynb",
]
WIDGET_CALL = re.compile(r"\b\w+_(explorer|quiz)\(")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Absolute or temporary paths, user names, memory addresses: nothing machine-specific.
LEAKS = re.compile(r"(/tmp/|/work/|/home/|/root/|/Users/|[A-Z]:\\\\|site-packages|0x[0-9a-f]{6,})")

ids = [notebook_id(path) for path in NOTEBOOKS]
REPOSITORY = "logistic-regression-lectures/logistic-regression-lectures"
#: The first code cell of every notebook: on Google Colab (and only there) it installs helpers
#: from the repository without touching Colab's preinstalled packages.
COLAB_CELL = (
    "import importlib.util\nimport sys\n\n"
    'if "google.colab" in sys.modules and importlib.util.find_spec("helpers") is None:\n'
    f"    %pip install --quiet --no-deps git+https://github.com/{REPOSITORY}"
)


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(nb):
    return [cell for cell in nb["cells"] if cell["cell_type"] == "code"]


def source(cell) -> str:
    return "".join(cell["source"])


def output_texts(cell):
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            yield "".join(out["text"])
        for key, value in out.get("data", {}).items():
            if key.startswith("text/"):
                yield "".join(value)


def test_the_series_has_its_four_notebooks_in_order():
    present = [path.name for path in ENGLISH]
    assert present == [name for name in EXPECTED if (ROOT / "notebooks" / name).exists()]
    assert present, "no notebooks found"
    assert [path.name for path in KOREAN] == present, "each notebook has its Korean twin"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
class TestNotebook:
    def test_name_is_numbered(self, path):
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name)

    def test_kernelspec_is_python3(self, path):
        assert load(path)["metadata"]["kernelspec"]["name"] == "python3"

    def test_executed_top_to_bottom_in_a_fresh_kernel(self, path):
        counts = [cell["execution_count"] for cell in code_cells(load(path))]
        assert counts == list(range(1, len(counts) + 1))

    def test_no_error_outputs_and_nothing_on_stderr(self, path):
        for cell in code_cells(load(path)):
            for out in cell.get("outputs", []):
                assert out["output_type"] != "error", source(cell)
                assert out.get("name") != "stderr", (source(cell), out.get("text"))

    def test_title_then_the_colab_cell_then_one_setup_cell_that_imports_helpers(self, path):
        nb = load(path)
        first = source(nb["cells"][0])
        assert first.startswith(f"# {path.name[:2]} — "), first[:60]
        colab = f"https://colab.research.google.com/github/{REPOSITORY}/blob/main/notebooks/"
        assert f"({colab}{notebook_id(path)})" in first, "an Open in Colab badge for this notebook"
        assert source(code_cells(nb)[0]) == COLAB_CELL, "the Colab cell, the same everywhere"
        assert "import helpers" in source(code_cells(nb)[1])
        assert "helpers.use_lecture_style()" in source(code_cells(nb)[1])

    def test_no_machine_specific_text_in_outputs(self, path):
        for cell in code_cells(load(path)):
            for text in output_texts(cell):
                assert not LEAKS.search(text), (source(cell)[:80], LEAKS.search(text).group())

    def test_no_trailing_semicolon_to_hide_a_value(self, path):
        for cell in code_cells(load(path)):
            lines = [line for line in source(cell).splitlines() if line.strip()]
            assert not (lines and lines[-1].rstrip().endswith(";")), source(cell)

    def test_no_raw_numpy_reprs_in_outputs(self, path):
        for cell in code_cells(load(path)):
            for text in output_texts(cell):
                assert not re.search(r"\b(array|np\.float64|np\.int64)\(", text), text[:120]

    def test_file_is_under_one_megabyte(self, path):
        assert path.stat().st_size < 1_000_000

    def test_only_widget_cells_are_tagged_and_every_widget_cell_is(self, path):
        for cell in load(path)["cells"]:
            tags = cell.get("metadata", {}).get("tags", [])
            assert set(tags) <= {"nbval-ignore-output"}, tags
            is_widget = cell["cell_type"] == "code" and bool(WIDGET_CALL.search(source(cell)))
            assert ("nbval-ignore-output" in tags) == is_widget, source(cell)[:80]

    def test_live_widget_outputs_are_not_stored(self, path):
        for cell in code_cells(load(path)):
            for out in cell.get("outputs", []):
                assert WIDGET_VIEW not in out.get("data", {}), source(cell)[:80]

    def test_every_widget_follows_a_static_figure(self, path):
        seen_figure = False
        for cell in code_cells(load(path)):
            if WIDGET_CALL.search(source(cell)):
                assert seen_figure, f"widget before any static figure: {source(cell)[:60]}"
            if any("image/png" in out.get("data", {}) for out in cell.get("outputs", [])):
                seen_figure = True


BINDER = "https://mybinder.org/v2/gh/logistic-regression-lectures/logistic-regression-lectures/main"


def test_readme_has_a_binder_badge_on_notebook_01():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    badge = f"[![Binder](https://mybinder.org/badge_logo.svg)]({BINDER}?urlpath=lab/tree/notebooks/01_sigmoid.ipynb)"
    assert badge in readme


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_readme_links_every_notebook_on_github_and_on_binder(path):
    """README.md links the English notebooks, README.ko.md the Korean ones."""
    readme = readme_of(path)
    assert f"(notebooks/{notebook_id(path)})" in readme
    assert f"({BINDER}?urlpath=lab/tree/notebooks/{notebook_id(path)})" in readme


COLAB = f"https://colab.research.google.com/github/{REPOSITORY}/blob/main/notebooks/"
LITE = "https://logistic-regression-lectures.github.io/logistic-regression-lectures/lab/index.html"
COLAB_BADGE = "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"


def readme_of(path) -> str:
    """README.md for the English edition, README.ko.md for the Korean one."""
    name = "README.ko.md" if path in KOREAN else "README.md"
    return (ROOT / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_readme_opens_every_notebook_on_colab_first(path):
    """Its edition's README opens the notebook on Colab, Binder and JupyterLite, in that
    order, on one line."""
    colab = f"({COLAB}{notebook_id(path)})"
    binder = f"({BINDER}?urlpath=lab/tree/notebooks/{notebook_id(path)})"
    lite = f"({LITE}?path={notebook_id(path)})"
    lines = [line for line in readme_of(path).splitlines() if colab in line]
    assert any(lite in line for line in lines), f"no line opens {notebook_id(path)} everywhere"
    for line in lines:
        assert binder in line and line.index(colab) < line.index(binder), line[:80]
        assert lite not in line or line.index(binder) < line.index(lite), line[:80]


@pytest.mark.parametrize("path", [ENGLISH[0], KOREAN[0]], ids=["README.md", "README.ko.md"])
def test_readme_badges_open_notebook_01_on_colab_then_binder(path):
    readme = readme_of(path)
    colab = f"{COLAB_BADGE}({COLAB}{notebook_id(path)})"
    binder = f"[![Binder](https://mybinder.org/badge_logo.svg)]({BINDER}?urlpath=lab/tree/notebooks/{notebook_id(path)})"
    assert colab in readme and binder in readme
    assert readme.index(colab) < readme.index(binder)


def test_the_readmes_and_the_glossary_link_each_other():
    english = (ROOT / "README.md").read_text(encoding="utf-8")
    korean = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    assert "(README.ko.md)" in "\n".join(english.splitlines()[:5]), (
        "README.md links the Korean first"
    )
    assert "(README.md)" in "\n".join(korean.splitlines()[:5]), "README.ko.md links back first"
    assert "(GLOSSARY.md)" in english and "(GLOSSARY.md)" in korean
