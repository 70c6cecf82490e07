"""The message catalogs: every message in both languages, with the same placeholders; every key
the code asks for exists; the chosen language is what checks and widgets show."""

from __future__ import annotations

import pathlib
import re

import pytest

import helpers
from helpers import messages
from helpers.checks import costs as check
from helpers.messages import LANGUAGES, _placeholders, en, ko

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture
def korean():
    helpers.set_language("ko")
    yield
    helpers.set_language("en")


def test_both_catalogs_have_the_same_keys_in_the_same_order():
    assert list(en.MESSAGES) == list(ko.MESSAGES)


@pytest.mark.parametrize("key", list(en.MESSAGES))
def test_same_placeholders_and_formats(key):
    assert _placeholders(en.MESSAGES[key]) == _placeholders(ko.MESSAGES[key]), key


@pytest.mark.parametrize("key", list(en.MESSAGES))
def test_korean_is_korean(key):
    """A Korean message without Hangul is a missing translation (unless it has no words)."""
    words = re.sub(r"\{[^}]*\}", "", en.MESSAGES[key])
    if re.search("[A-Za-z]{3}", words):
        assert re.search("[가-힣]", ko.MESSAGES[key]), key


def test_every_key_the_code_names_exists():
    """Keys written out in helpers' code ("area.name") are in the catalog; none is unused."""
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "helpers").rglob("*.py")
        if "messages" not in path.parts
    )
    named = set(
        re.findall(
            r"[\"']((?:feedback|sigmoid|boundary|quiz|costs|gradient|widgets)\.[a-z0-9_.]+)[\"']",
            code,
        )
    )
    assert named - set(en.MESSAGES) == set()
    # Keys built from parts (f"quiz.not_{size}") are listed by their pattern here.
    built = re.compile(
        r"quiz\.(not_\w+|correct_\w+|\w+_(choices|ambiguous|label)|small|large|solid|dotted)$"
    )
    unused = {key for key in en.MESSAGES if key not in named and not built.match(key)}
    assert unused == set()


def test_set_language_validates_its_argument():
    with pytest.raises(ValueError, match="`language` must be 'en' or 'ko'; got str 'fr'"):
        helpers.set_language("fr")
    with pytest.raises(ValueError, match="`language` must be 'en' or 'ko'; got NoneType"):
        helpers.set_language(None)
    assert helpers.get_language() == "en"
    assert set(LANGUAGES) == {"en", "ko"}


def test_checks_answer_in_the_chosen_language(korean):
    assert helpers.get_language() == "ko"
    right = check.cost_quiz_answer(1, error="크다", curve="실선")
    wrong = check.cost_quiz_answer(1, error="작다", curve="실선")
    assert right and str(right).startswith("정답입니다!")
    assert not wrong and str(wrong).startswith("아직입니다.")
    assert re.search("[가-힣]", str(check.cost_quiz_answer(1)))


@pytest.mark.widgets
def test_widgets_speak_the_chosen_language(korean):
    quiz = helpers.cost_quiz()
    labels = [label for toggle in quiz.sliders.values() for label in toggle.options]
    assert all(re.search("[가-힣]", str(label)) for label in labels)
    assert re.search("[가-힣]", quiz.feedback[1].value)
    quiz.sliders["q1_error"].value = "large"
    quiz.sliders["q1_curve"].value = "solid"
    assert "정답입니다" in quiz.feedback[1].value


def test_english_is_the_default_and_comes_back():
    assert messages.get_language() == "en"
    assert str(check.cost_quiz_answer(1, error="large", curve="solid")).startswith("Correct!")
