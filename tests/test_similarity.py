"""Tests for framing.align.similarity and framing.text.terms: the traps and the invariants."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from framing.align.similarity import DEFAULT_CUTOFF, features, pair_weights, profile, similarity
from framing.errors import ScorerError
from framing.text.normalise import key
from framing.text.terms import terms

NFC = "Ingrida Šimonytė"
NFD = unicodedata.normalize("NFD", NFC)


def test_rapidfuzz_trap_no_normalisation() -> None:
    # the trap itself: rapidfuzz alone sees NFD and NFC as different strings
    assert fuzz.ratio("Šimonytė", unicodedata.normalize("NFD", "Šimonytė")) < 80
    assert similarity(NFC, NFD, scorer=fuzz.ratio) == 100.0
    assert similarity(NFC, NFD) == 100.0


def test_rapidfuzz_trap_no_lowercasing() -> None:
    assert fuzz.ratio("SIMONYTE", "simonyte") == 0.0
    assert similarity("SIMONYTE", "simonyte", scorer=fuzz.ratio) == 100.0
    assert similarity("Simonyte visited.", "SIMONYTE VISITED!") == 100.0


@pytest.mark.parametrize("scorer", [None, fuzz.ratio, fuzz.token_set_ratio])
@pytest.mark.parametrize("a, b", [("", ""), ("...", "!!!"), ("  ", "“”"), ("", "Troops left.")])
def test_empty_or_punctuation_never_links(scorer: object, a: str, b: str) -> None:
    assert fuzz.ratio("", "") == 100.0  # the trap
    assert similarity(a, b, scorer=scorer) == 0.0  # type: ignore[arg-type]


def test_long_sentences_keep_high_scores() -> None:
    # difflib's default autojunk collapses ratios on 200+ item sequences;
    # framing's word-sequence measures (rapidfuzz) have no such heuristic
    words = [f"w{i % 37}" for i in range(300)]
    a = " ".join(words) + " arrived in Kyiv on Monday"
    b = " ".join(words) + " arrived in Kyiv on Tuesday"
    assert similarity(a, b) > 90


def test_diacritics_case_quotes_never_matter() -> None:
    a = "“Ingrida Šimonytė” said Kyiv’s troops — 2,500 of them — left."
    b = '"INGRIDA SIMONYTE" said kyiv\'s troops - 2500 of them - left.'
    assert similarity(a, b) == 100.0


def test_stop_words_alone_never_link() -> None:
    assert similarity("It was not what they had been doing.", "It was what they had done.") == 0.0
    assert similarity("And then there were none of them.", "And then there were all of them.") == 0.0


def test_stems_match() -> None:
    assert similarity("Soldiers trained in Lithuania.", "Lithuania trains soldiers.") >= 60


def test_rare_words_weigh_more_than_common_ones() -> None:
    # rarity is link evidence (the part below the cut-off); above it, the
    # paraphrase measures order pairs by how much of their wording they share
    def evidence(a: str, b: str) -> float:
        pa, pb = profile(a), profile(b)
        return features(pa, pb, pair_weights(pa, pb))[0]

    rare = evidence("Simonyte met Peskov yesterday.", "Simonyte and Peskov disagreed today.")
    common = evidence("The man met a woman yesterday.", "The man and a woman disagreed today.")
    assert rare > common
    assert similarity("Simonyte spoke in Vilnius.", "Officials left early.") == 0.0


def test_variants_match() -> None:
    # irregular forms, number words, abbreviations and "%" (framing.text.variants)
    two = terms("Two climbers fell on Mt Cook, 4% of them")
    assert set(two) == set(terms("2 climbers falls, Mount Cook 4 percent"))
    assert set(terms("U.S. troops")) == set(terms("US troops")) == {"usa", "troop"}


def test_extra_information_and_other_figures_lower_the_score() -> None:
    base = "Shares of the company rose 5 percent to $20 in Nasdaq trading."
    same = "The company's shares rose 5 percent to $20 in trading on the Nasdaq."
    extra = same[:-1] + ", after the chief executive resigned amid an accounting inquiry."
    other = "Shares of the company rose 7 percent to $21 in Nasdaq trading."
    assert similarity(base, same) > similarity(base, extra) >= DEFAULT_CUTOFF
    assert similarity(base, same) > similarity(base, other) >= DEFAULT_CUTOFF


def test_numbers_and_names_weigh_up() -> None:
    t = terms("Later, Cameron said 3.5 percent left.")
    assert t["cameron"].multiplier > t["later"].multiplier
    assert t["3.5"].multiplier > t["percent"].multiplier


def test_seed_pairs() -> None:
    kyiv = similarity(
        "Authorities in Kyiv have not yet requested such assistance, but Lithuania is determined.",
        "Lithuania, an EU and NATO member, had previously proposed sending its troops to Ukraine "
        "for training purposes, but as FT notes, Kyiv has not yet made such a request.",
    )
    unrelated = similarity(
        "In the conversation, the issue of deporting Ukrainian men subject to military "
        "conscription was also raised.",
        "Lithuania is prepared to send its soldiers on a training mission to Ukraine despite "
        "Russia's nuclear threats, Lithuanian Prime Minister Ingrida Simonyte said.",
    )
    assert kyiv >= DEFAULT_CUTOFF > unrelated


def test_bad_scorer_is_refused() -> None:
    with pytest.raises(ScorerError, match="0 to 100"):
        similarity("a troop", "a troop", scorer=lambda a, b: 1000.0)
    with pytest.raises(ValueError, match="0 to 100"):  # ScorerError is a ValueError too
        similarity("a troop", "a troop", scorer=lambda a, b: float("nan"))


sentence = st.text(
    alphabet=st.sampled_from(list("abcdeéŠšz XYZ019.,'\"-—\u0301\u200b")), max_size=60
)


@settings(deadline=None, max_examples=150)
@given(sentence, sentence)
def test_symmetric_and_in_range(a: str, b: str) -> None:
    forward, backward = similarity(a, b), similarity(b, a)
    assert forward == backward
    assert 0.0 <= forward <= 100.0


@settings(deadline=None, max_examples=100)
@given(sentence)
def test_self_similarity_is_full_or_nothing(a: str) -> None:
    value = similarity(a, a)
    assert value == (100.0 if terms(a) or re.search(r"\w", key(a)) else 0.0)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_kept_terms_are_the_terms_made_afresh(text: str) -> None:
    from framing.text.normalise import fold
    from framing.text.terms import folded_terms

    first = terms(text)
    first["mutated"] = None  # type: ignore[assignment]  # a caller's copy: the kept terms stay as made
    assert terms(text) == folded_terms(fold(text))


def _terms_read_at_each_occurrence(folded: str) -> tuple[dict[str, object], tuple[str, ...]]:
    """folded_terms and folded_words as they were before a token's reading was kept (the oracle)."""
    from framing.text.terms import _THOUSANDS, _TOKEN, NAME_MULTIPLIER, NUMBER_MULTIPLIER, STOP_WORDS, Term, stem
    from framing.text.variants import canonical

    out: dict[str, Term] = {}
    words: list[str] = []

    def add(root: str, term: Term) -> None:
        old = out.get(root)
        out[root] = term if old is None else Term(max(old.multiplier, term.multiplier), min(old.form, term.form))

    for n, raw in enumerate(_TOKEN.findall(_THOUSANDS.sub("", folded))):
        if raw[0].isdigit():
            words.append(raw)
            add(raw, Term(NUMBER_MULTIPLIER, raw))
            continue
        word = raw.casefold()
        if word.endswith("'s"):
            word = word[:-2]
        word = word.rstrip("'")
        if raw == "US":
            word = "u.s"
        if not word:
            continue
        variant = canonical(word)
        words.append(variant if variant[0].isdigit() else stem(variant))
        if (len(word) < 2 and word != "%") or word in STOP_WORDS:
            continue
        if variant[0].isdigit():
            add(variant, Term(NUMBER_MULTIPLIER, variant))
        elif (root := stem(variant)) not in STOP_WORDS:
            add(root, Term(NAME_MULTIPLIER if raw[0].isupper() and n else 1.0, variant))
    return out, tuple(words)


_TOKENS = st.sampled_from(["US", "us", "U.S", "Troops", "troops", "the", "The", "two", "Two", "2,500", "3.5", "%",
                           "Kyiv's", "kyiv's", "men", "told", "A", "a", "s", "Ş", "İstanbul", "ﬁre", "ß", "Straße"])


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.tuples(_TOKENS | st.text(min_size=1, max_size=6), st.sampled_from([" ", ", ", "-", ". ", "'s "])),
                max_size=14))
def test_terms_and_words_read_a_token_once_are_those_read_at_each_occurrence(pieces) -> None:
    from framing.text.normalise import fold
    from framing.text.terms import folded_terms, folded_words

    text = fold("".join(w + gap for w, gap in pieces))
    expected_terms, expected_words = _terms_read_at_each_occurrence(text)
    assert folded_words(text) == expected_words
    assert {k: (t.multiplier, t.form) for k, t in folded_terms(text).items()} == {
        k: (t.multiplier, t.form) for k, t in expected_terms.items()}  # type: ignore[attr-defined]


_VOCABULARY = ["troops", "Troops", "home", "prices", "rose", "went", "NATO", "Kyiv", "3,000", "the", "sent",
               "soldiers", "soldier", "Monday", "U.S.", "said", "training", "trained", "mission", "to"]


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=12), st.lists(st.sampled_from(_VOCABULARY), max_size=12))
def test_the_bound_read_from_one_side_s_flat_terms_is_link_bound(a: list[str], b: list[str]) -> None:
    from framing.align.similarity import bound_against, link_bound, total

    pa, pb = profile(" ".join(a)), profile(" ".join(b))
    weight = {t: 1.0 + len(t) / 3 for p in (pa, pb) for t in p.terms}
    totals = (total(pa, weight), total(pb, weight))
    assert bound_against(pa.terms, pa, pb, weight, totals) == link_bound(pa, pb, weight, totals)
