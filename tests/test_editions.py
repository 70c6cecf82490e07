"""The two editions stay twins: same cells, same code, same formulas; the Korean prose current.

The English edition (notebooks/) is the source; tools/sync_editions.py carries its changes into
the Korean edition (notebooks/ko/). These tests fail when the two drift apart.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tools.sync_editions import KOREAN_LINE, code_tokens, pairs, source, sync_notebook

from .conftest import ROOT

PAIRS = pairs()
ids = [english.name for english, _ in PAIRS]
LATEX = re.compile(r"\$\$.+?\$\$|\$[^$\n]+\$", re.S)
HANGUL = re.compile("[가-힣]")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_english_notebook_has_a_korean_twin_and_no_more():
    assert PAIRS, "no notebooks"
    assert all(korean.exists() for _, korean in PAIRS)
    korean = {p.name for p in (ROOT / "notebooks" / "ko").glob("*.ipynb")}
    assert korean == {english.name for english, _ in PAIRS}


@pytest.mark.parametrize(("english", "korean"), PAIRS, ids=ids)
class TestTwins:
    def test_in_step_by_the_sync_tool(self, english, korean):
        """Nothing for `python tools/sync_editions.py` to do: no drift, no stale translation."""
        _, report = sync_notebook(load(english), load(korean))
        assert report == [], "\n".join(report)

    def test_same_cells_in_the_same_order(self, english, korean):
        en, ko = load(english)["cells"], load(korean)["cells"]
        assert [(c["id"], c["cell_type"]) for c in en] == [(c["id"], c["cell_type"]) for c in ko]

    def test_same_code_but_comments_and_string_literals(self, english, korean):
        en, ko = load(english)["cells"], load(korean)["cells"]
        for a, b in zip(en, ko, strict=True):
            if a["cell_type"] != "code":
                continue
            ko_code = source(b)
            if "import helpers" in source(a):
                assert ko_code.rstrip().endswith(KOREAN_LINE), "the setup cell selects Korean"
                ko_code = ko_code.rstrip()[: -len(KOREAN_LINE)]
            assert code_tokens(source(a), ignore_strings=True) == code_tokens(
                ko_code, ignore_strings=True
            ), source(a)[:80]

    def test_same_formulas_in_every_markdown_cell(self, english, korean):
        en, ko = load(english)["cells"], load(korean)["cells"]
        for a, b in zip(en, ko, strict=True):
            if a["cell_type"] == "markdown":
                assert Counter(LATEX.findall(source(a))) == Counter(LATEX.findall(source(b))), a[
                    "id"
                ]

    def test_korean_prose_is_korean(self, english, korean):
        for cell in load(korean)["cells"]:
            if cell["cell_type"] == "markdown" and re.search("[A-Za-z]{4}", source(cell)):
                assert HANGUL.search(source(cell)), cell["id"]

    def test_title_names_both_languages_and_links_back(self, english, korean):
        title = source(load(korean)["cells"][0])
        assert title.startswith(f"# {english.name[:2]} — ") and HANGUL.search(title.splitlines()[0])
        assert f"(../{english.name})" in title and "(../../GLOSSARY.md)" in title
