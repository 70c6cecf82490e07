"""The message catalogs' mechanics: the same keys and placeholders in every language, Korean
that is Korean, every key the code names in the catalog and every catalog key named by the
code; and the chosen language is what the widgets show. (What the checks say is tested with
the checks.)"""

from __future__ import annotations

import ast
import pathlib
import re
import string

import pytest

import helpers
from helpers import messages
from helpers.messages import LANGUAGES

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCE, KOREAN = LANGUAGES["en"], LANGUAGES["ko"]
AREAS = sorted({key.split(".")[0] for key in SOURCE})
HANGUL = re.compile("[가-힣]")


def placeholders(template: str) -> set[tuple]:
    """The template's fields: (name, conversion, format spec) each."""
    return {
        (name, conversion, spec)
        for _, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    }


def key_pattern(node: ast.AST, prefix: re.Pattern) -> str | None:
    """The regular expression of a key built as f"area.…{…}…" (a placeholder: one word), or
    as such an f-string + more (f"quiz.not_{size}" + "_worked"); None for any other string."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = key_pattern(node.left, prefix)
        return None if left is None else left + "[a-z0-9_]*"
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
        if prefix.match(str(node.values[0].value)):
            return "".join(
                re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z]+" for v in node.values
            )
    return None


def keys_in_code() -> tuple[set[str], list[re.Pattern]]:
    """The catalog keys helpers' code writes out ("area.name"), and the patterns of the keys it
    builds from parts (f"quiz.not_{size}" matches quiz.not_ and one word)."""
    literal = re.compile(rf"(?:{'|'.join(AREAS)})\.[a-z0-9_.]+")
    prefix = re.compile(rf"(?:{'|'.join(AREAS)})\.")
    named, built = set(), []
    for path in (ROOT / "helpers").rglob("*.py"):
        if "messages" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parts = {  # the pieces of f-strings and of sums: read with the whole they belong to
            id(v)
            for node in ast.walk(tree)
            for v in (
                node.values
                if isinstance(node, ast.JoinedStr)
                else (node.left, node.right)
                if isinstance(node, ast.BinOp)
                else ()
            )
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in parts
            ):
                if literal.fullmatch(node.value):
                    named.add(node.value)
            elif isinstance(node, (ast.JoinedStr, ast.BinOp)) and id(node) not in parts:
                pattern = key_pattern(node, prefix)
                if pattern is not None:
                    built.append(re.compile(pattern))
    return named, built


@pytest.fixture
def korean():
    helpers.set_language("ko")
    yield
    helpers.set_language("en")


def test_every_language_has_the_same_keys_and_placeholders():
    for language, catalog in LANGUAGES.items():
        assert set(catalog) == set(SOURCE), (
            f"{language}: missing {sorted(set(SOURCE) - set(catalog))}, "
            f"extra {sorted(set(catalog) - set(SOURCE))}"
        )
        differ = [key for key in SOURCE if placeholders(SOURCE[key]) != placeholders(catalog[key])]
        assert not differ, f"{language}: other placeholders than English in {differ}"


def test_korean_messages_with_words_are_in_korean():
    """A Korean template without Hangul, where the English has words, is not translated."""
    worded = [
        key for key in SOURCE if re.search("[A-Za-z]{3}", re.sub(r"\{[^}]*\}", "", SOURCE[key]))
    ]
    assert len(worded) > len(SOURCE) / 2  # nearly every message has words
    untranslated = [key for key in worded if not HANGUL.search(KOREAN[key])]
    assert not untranslated, f"Korean messages without Hangul: {untranslated}"


def test_every_key_the_code_names_exists_and_every_key_is_named():
    named, built = keys_in_code()
    assert named and built  # the scan finds both kinds (f"widgets.{name}_features")
    assert not named - set(SOURCE), (
        f"keys the code asks for but no catalog has: {sorted(named - set(SOURCE))}"
    )
    unused = [k for k in SOURCE if k not in named and not any(p.fullmatch(k) for p in built)]
    assert not unused, f"keys in the catalogs that no code asks for: {unused}"


@pytest.mark.widgets
def test_the_chosen_language_is_what_the_widgets_show(korean):
    assert messages.language() == "ko"
    explorer = helpers.sigmoid_explorer()
    descriptions = [slider.description for slider in explorer.sliders.values()]
    assert descriptions == [KOREAN["widgets.steepness"], KOREAN["widgets.shift"]]
    toggle = helpers.boundary_explorer().sliders["features"]
    assert [label for label, _ in toggle.options] == [
        KOREAN["widgets.linear_features"],
        KOREAN["widgets.squared_features"],
    ]
    assert all(HANGUL.search(text) for text in descriptions)
    assert messages.text("widgets.epoch") == KOREAN["widgets.epoch"] != SOURCE["widgets.epoch"]


@pytest.mark.widgets
def test_english_is_the_default_and_comes_back():
    assert messages.language() == "en"
    helpers.set_language("ko")
    helpers.set_language("en")
    assert helpers.training_explorer(epochs=2).sliders["epoch"].description == "epoch"
