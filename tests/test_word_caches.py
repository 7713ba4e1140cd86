"""The per-word caches keep words, never figures (:func:`framing.text.normalise.has_figure`): a
figure is worked out afresh, with the same answer, and leaves each cache as it was."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from framing.align import weights
from framing.comparators import naming_contrasts
from framing.extract import lexicon
from framing.extract.readability import _backend
from framing.text import terms
from framing.text.normalise import has_figure

_figures = st.from_regex(r"\A[a-z]{0,4}[0-9][0-9a-z]{0,6}\Z")  # one token each


def _syllable_cache():  # type: ignore[no-untyped-def]
    """The bounded count cache the readability backend's ``syllables`` closes over."""
    cells = _backend().syllables.__closure__ or ()
    return next(c.cell_contents for c in cells if hasattr(c.cell_contents, "cache_info"))


def _sizes() -> list[int]:
    return [f.cache_info().currsize for f in (terms._kept_stem, terms._term, naming_contrasts._kept_word,
                                              weights._kept_english_weight, lexicon._token_key,
                                              _syllable_cache())]


@given(_figures)
@example("1990s")
@example("unit4567")
@example("3,000")
@example("2.5")
def test_a_figure_is_worked_out_afresh_and_kept_nowhere(word):
    assert has_figure(word)
    before = _sizes()
    assert terms.stem(word) == terms._STEMMER.stemWord(word)
    assert naming_contrasts._word(word) == terms._STEMMER.stemWord(naming_contrasts.places().get(word, word))
    assert weights.background_weight(word) == weights._english_weight(word)
    assert [t.key for t in lexicon.tokens(word)] == [lexicon._token_key.__wrapped__(t.text)
                                                    for t in lexicon.tokens(word)]
    assert _backend().syllables(word) >= 1
    # a figure is a term, made afresh (a word's other tokens, "1990s"'s "s", may be kept)
    figures = "-".join(x for x in terms._TOKEN.findall(word) if has_figure(x))
    assert not figures or terms.folded_terms(figures)
    assert _sizes() == before


def test_a_word_is_kept():
    word = "conscriptionwords"

    def ask() -> None:
        terms.stem(word), terms.folded_terms(word), naming_contrasts._word(word)
        weights.background_weight(word), lexicon.tokens(word), _backend().syllables(word)

    ask()
    before = _sizes()
    ask()
    assert _sizes() == before
    assert all(f.cache_info().hits for f in (terms._kept_stem, terms._term, naming_contrasts._kept_word,
                                             weights._kept_english_weight, lexicon._token_key,
                                             _syllable_cache()))
