"""Every sentence a learner reads from a check or a live figure, in each language.

The logic (``helpers.checks``, ``helpers.widgets``) asks for a message by its key; the words
live in one catalog per language, ``en.py`` (the source) and ``ko.py`` (한국어), each a plain
dict from key to a ``str.format`` template. A test requires both catalogs to have the same keys
and, per key, the same placeholders with the same formats.

Why a catalog module and not ``gettext``: gettext's compiled ``.mo`` files need a build step
(``msgfmt``, or Babel) that JupyterLite, Binder and a plain ``pip install -e .`` would all have
to run; a dict is plain Python that every one of them imports as it is, its keys are checked by
an ordinary test, and templates with named placeholders keep word order free for Korean.

Choose the language once, in a notebook's setup cell: ``helpers.set_language("ko")``.
"""

from __future__ import annotations

from .._validation import choice
from . import en, ko

__all__ = ["set_language"]

#: The languages a learner can choose, each with its catalog.
LANGUAGES = {"en": en.MESSAGES, "ko": ko.MESSAGES}

_state = {"language": "en"}


def set_language(language: str) -> None:
    """Show every check message and widget text from now on in ``language``: "en" or "ko"."""
    _state["language"] = choice(language, "language", tuple(LANGUAGES))


def language() -> str:
    """The language chosen with `set_language` ("en" until then)."""
    return _state["language"]


def text(key: str, **values) -> str:
    """The message ``key`` in the chosen language, its placeholders filled from ``values``."""
    return LANGUAGES[_state["language"]][key].format(**values)
