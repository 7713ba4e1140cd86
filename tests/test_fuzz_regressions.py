"""Inputs the atheris harnesses in fuzz/ found, pinned (see fuzz/README.md).

The only crash found so far was in a harness, not in framing: an article id
that is only whitespace is refused with a MetadataError, on purpose.
"""

from __future__ import annotations

import pytest

from framing import Article, MetadataError, compare


def test_whitespace_id_is_refused_in_one_line():
    # fuzz_markdown.py, input b"\xff\n\n": the id became "\n"
    with pytest.raises(MetadataError) as info:
        Article.from_text("Headline one\nTroops left Kyiv on Monday.", id="\n")
    assert str(info.value) == "article id must be a non-empty string (got '\\n')"


def test_empty_fuzzed_texts_still_render_a_report():
    a = Article.from_text("Headline one\nTroops left Kyiv on Monday. ", id="a")
    b = Article.from_text("Headline two\nTroops left Kyiv on Monday. \x00\u202e|`", id="b")
    report = compare([a, b]).to_markdown()
    assert report.endswith("\n") and "\u202e" not in report


def test_a_letter_freed_of_its_mark_folds_like_the_bare_letter():
    """Hypothesis found it: "Ǣ" decomposes to "Æ" and a macron, and the key kept "æ" (not
    idempotent: the key of "æ" is "ae")."""
    from framing.text.normalise import key

    assert key("Ǣ") == key("æ") == key(key("Ǣ")) == "ae"
