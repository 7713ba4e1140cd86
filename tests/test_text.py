import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from framing.text.normalise import fold, key, words


def test_diacritics_and_case_fold_to_one_key():
    assert key("Šimonytė") == key("Simonyte") == key("SIMONYTĖ") == "simonyte"


def test_nfd_and_nfc_give_the_same_key():
    nfd = unicodedata.normalize("NFD", "Šimonytė")
    assert nfd != "Šimonytė"
    assert key(nfd) == key("Šimonytė")


def test_quotes_dashes_and_invisibles_are_unified():
    assert key("“Kyiv’s” — troops") == key("\"Kyiv's\" - troops")
    assert key("no\u200bboots\u2060") == "noboots"
    assert key("a\u202eb") == "ab"


def test_letters_without_decomposition_are_folded():
    assert key("Łódź Øresund straße") == "lodz oresund strasse"


def test_fold_keeps_case():
    assert fold("Ingrida ŠIMONYTĖ") == "Ingrida SIMONYTE"


def test_words_keep_internal_punctuation():
    assert words("U.S.-led troops' 3,000 men, 3.5%") == [
        "u.s", "led", "troops", "3,000", "men", "3.5"
    ]


@given(st.text())
def test_key_is_idempotent_and_total(text):
    k = key(text)
    assert key(k) == k
    assert k == k.strip()


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted).map(tuple), max_size=12),
       st.integers(0, 60), st.integers(0, 60))
def test_spans_answer_as_a_scan_of_them_does(spans, a, b):
    from framing.extract.spans import Spans

    start, end = min(a, b), max(a, b)
    found = Spans(spans)
    assert found.covers(start, end) == any(s <= start and end <= e for s, e in spans)
    assert found.overlaps(start, end) == any(s < end and e > start for s, e in spans)
