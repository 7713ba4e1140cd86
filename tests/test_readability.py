"""framing.extract.readability: known values, offline behaviour, bounded caches."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.extract.readability import DECIMALS, LANG, Readability, readability, readability_of_text
from framing.io.article import Article

ROOT = Path(__file__).resolve().parents[1]

# Four plain sentences, no abbreviations, none shorter than three words: here
# textstat's own sentence regex agrees with framing's segmenter (4), so our
# numbers and textstat's own metric functions must agree exactly.
PARA = (
    "The committee approved the proposal after a long debate on Tuesday. "
    "Several members argued that the budget was unrealistic and would damage public services. "
    "The chairman insisted that the government had no alternative. "
    "Opposition parties promised to challenge the decision in parliament next month."
)
EXPECTED = {
    "flesch_reading_ease": 39.93,
    "flesch_kincaid_grade": 10.42,
    "gunning_fog": 11.67,
    "smog_index": 12.16,
    "coleman_liau_index": 14.6,
    "automated_readability_index": 11.37,
    "dale_chall_readability_score": 10.64,
    "words": 44,
    "sentences": 4,
    "mean_sentence_length": 11.0,
}
METRICS = [k for k in EXPECTED if k not in ("words", "sentences", "mean_sentence_length")]


# --- known values --------------------------------------------------------------------------


def test_known_values_on_a_fixed_paragraph():
    assert readability_of_text(PARA).to_dict() == EXPECTED


def test_formulas_are_textstats_own():
    """Same numbers as textstat's metric functions, on its pyphen syllable path.

    textstat counts English syllables with NLTK's CMUdict (a download); for a
    language whose root is not ``en`` it uses pyphen alone. "en-US" has root
    "en-US" for textstat (it splits on "_") but is en_US for pyphen, and falls
    back to the English constants and easy-word list: exactly the adapter's
    configuration, computed by textstat itself.
    """
    from textstat.backend import metrics

    ours = readability_of_text(PARA)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no easy words vocabulary for en-US, using english"
        for name in METRICS:
            fn = getattr(metrics, name)
            args = (PARA,) if name in ("coleman_liau_index", "automated_readability_index") else (PARA, "en-US")
            assert getattr(ours, name) == round(fn(*args), DECIMALS), name


# --- the parts of textstat restated in framing.extract.readability (it is never imported there) -------

# Apostrophes before and away from contraction endings, punctuation, Unicode spaces.
_WORDY = st.lists(
    st.sampled_from([*"aZé'’-.,;:!?\"()[]/&%$0129 \t\n\u00a0\u2028_—–…“”«»", "don't", "'tis", "ve", "ll", "re", "s'"]),
    max_size=40,
).map("".join)


@given(st.one_of(_WORDY, st.text(max_size=80)))
def test_word_and_letter_counts_are_textstats(text):
    from textstat.backend.counts import count_chars, count_letters
    from textstat.backend.selections import list_words

    import framing.extract.readability as R

    assert R._list_words(text) == list_words(text)
    assert R._count_letters(text) == count_letters(text)
    assert R._count_chars(text) == count_chars(text, True)


def test_easy_words_and_constants_are_textstats():
    from textstat.backend.utils import get_lang_cfg, get_lang_easy_words

    import framing.extract.readability as R

    # Read from textstat's data file without importing textstat (not its fallback).
    assert R._easy_words_file() is not None
    assert R._backend().easy_words == get_lang_easy_words(LANG)
    assert len(R._backend().easy_words) > 2900
    keys = ("fre_base", "fre_sentence_length", "fre_syll_per_word", "syllable_threshold")
    ours = (R._FRE_BASE, R._FRE_SENTENCE_LENGTH, R._FRE_SYLLABLES_PER_WORD, R._COMPLEX_SYLLABLES)
    assert ours == tuple(get_lang_cfg(LANG, k) for k in keys)


def test_language_and_rounding_are_fixed_in_one_place():
    assert LANG == "en_US"
    r = readability_of_text(PARA + " It was a remarkably contentious, unforeseeable afternoon.")
    for name in [*METRICS, "mean_sentence_length"]:
        value = getattr(r, name)
        assert value == round(value, DECIMALS)


# --- articles: body only --------------------------------------------------------------------


def test_article_measures_body_only():
    text = "Committee Approves Budget Plan\nMay 08, 2024\n" + PARA + "\nRead more: other news about budgets"
    a = Article.from_text(text, id="a")
    assert a.title == "Committee Approves Budget Plan"
    r = readability(a)
    assert r.sentences == len(a.body) == 4
    assert r == readability_of_text(PARA)


def test_sentences_are_framings_not_textstats():
    # textstat's regex would split after "Mr." and drop the two-word sentence.
    r = readability_of_text("Mr. Smith met Sen. Warren on Monday in Vilnius. He left.")
    assert (r.sentences, r.words, r.mean_sentence_length) == (2, 11, 5.5)


@pytest.mark.parametrize("text", ["", "   \n\n ", "\u2028"])
def test_empty_text_gives_none_not_an_exception(text):
    r = readability_of_text(text)
    assert (r.words, r.sentences, r.mean_sentence_length) == (0, 0, None)
    assert all(getattr(r, m) is None for m in METRICS)


def test_article_without_body_sentences():
    a = Article.from_text("Headline Here\nRead more: something else entirely", id="x")
    assert a.body == ()
    r = readability(a)
    assert (r.words, r.sentences, r.mean_sentence_length) == (0, 0, None)
    assert all(getattr(r, m) is None for m in METRICS)


def test_sentences_without_words():
    r = readability_of_text("— … !!")
    assert r.words == 0 and r.sentences >= 1
    assert r.mean_sentence_length == 0.0
    assert all(getattr(r, m) is None for m in METRICS)


def test_result_is_frozen_and_json_ready():
    r = readability_of_text(PARA)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.words = 1  # type: ignore[misc]
    d = r.to_dict()
    # "formula" only for a language with its own (framing.extract.readability.language_readability): English has none
    assert list(d) == [f.name for f in dataclasses.fields(Readability) if f.name != "formula"]
    assert json.loads(json.dumps(d)) == d


def test_type_error_on_non_string():
    with pytest.raises(TypeError):
        readability_of_text(b"bytes")  # type: ignore[arg-type]


@given(st.text(max_size=400))
def test_any_text_measures_without_error(text):
    r = readability_of_text(text)
    assert r.words >= 0 and r.sentences >= 0
    for name in [*METRICS, "mean_sentence_length"]:
        value = getattr(r, name)
        assert value is None or (math.isfinite(value) and value == round(value, DECIMALS))
    assert (r.flesch_reading_ease is None) == (r.words == 0 or r.sentences == 0)


_NEWSY = st.lists(
    st.sampled_from(
        ["The", "minister's", "don't", "NATO-led", "U.S.", "3,000", "troops", "said", "—", "“quote”",
         "it's", "'tis", "rock'n'roll", "e-mail", "extraordinary", "Šimonytė", "!", "?", "...", "(a)",
         "x", "Mr.", "o'clock", "'", "-", "cats'", "hyphen-", "2.5%"]
    ),
    max_size=60,
).map(" ".join)


@given(st.lists(_NEWSY, max_size=12), st.integers(min_value=1, max_value=200))
def test_measuring_in_pieces_gives_the_numbers_of_the_whole(sentences, chunk):
    # CHUNK bounds memory on huge articles; every count is a sum over words,
    # so any piece size must give exactly the one-piece result
    import framing.extract.readability as R

    whole = R._measure(iter(sentences), len(sentences))
    saved = R.CHUNK
    try:
        R.CHUNK = chunk
        pieces = R._measure(iter(sentences), len(sentences))
    finally:
        R.CHUNK = saved
    assert pieces == whole


# --- bounded memory: caches emptied after each call ----------------------------------------


def test_pyphen_memo_is_empty_after_a_call():
    import pyphen

    readability_of_text(PARA)
    # pyphen's per-word memo is shared by every Pyphen object of a language.
    assert pyphen.Pyphen(lang=LANG).hd.cache == {}


def test_syllable_counts_kept_for_the_run_are_bounded_and_exact():
    import pyphen

    from framing.extract.readability import CACHED_WORD, SYLLABLE_CACHE, _backend

    backend = _backend()
    words = [f"{w}ation" for w in ("nation", "relativ", "organis", "x" * CACHED_WORD)]
    direct = [len(pyphen.Pyphen(lang=LANG).positions(w)) + 1 for w in words]
    assert [backend.syllables(w) for w in words] == direct
    assert [backend.syllables(w) for w in words] == direct  # from the kept counts
    kept = backend.syllables.__closure__  # the lru_cache the counts are kept in
    sizes = [c.cell_contents.cache_info().maxsize for c in kept if hasattr(c.cell_contents, "cache_info")]
    assert sizes == [SYLLABLE_CACHE]


def test_results_do_not_depend_on_earlier_calls():
    first = readability_of_text(PARA)
    for i in range(5):
        readability_of_text(f"Unrelated text number {i} about something else entirely.")
    assert readability_of_text(PARA) == first


# --- offline: no network, no NLTK data, nothing downloaded -----------------------------------

_OFFLINE_CHILD = textwrap.dedent(
    """
    import json, os, socket, sys

    network, nltk_calls = [], []

    def audit(event, args):
        if event.startswith("socket.") or event == "urllib.Request":
            network.append(event)
            raise OSError(f"network blocked in test: {event}")

    sys.addaudithook(audit)

    def refuse(*args, **kwargs):
        network.append("connect")
        raise OSError("network blocked in test")

    socket.socket.connect = refuse
    socket.create_connection = refuse

    # framing never imports textstat, whose package imports nltk: nltk (and numpy)
    # are blocked outright while framing measures (None in sys.modules: ImportError).
    blocked = ("nltk", "numpy")
    for name in blocked:
        sys.modules[name] = None

    from framing.io.article import Article
    from framing.extract.readability import readability, readability_of_text

    para = sys.argv[1]
    ours = readability_of_text(para).to_dict()
    article = readability(Article.from_text("Headline Without Stop\\n" + para, id="a")).to_dict()
    report = {"ours": ours, "article": article, "network": list(network), "textstat": "textstat" in sys.modules}

    # Control: textstat's default en_US path in the same sandbox goes for NLTK
    # and the network, and fails. Proves the sandbox would have caught us.
    for name in blocked:
        del sys.modules[name]
    import nltk

    def trap(name, real):
        def wrapper(*args, **kwargs):
            nltk_calls.append(name)
            return real(*args, **kwargs)
        return wrapper

    nltk.download = trap("download", nltk.download)
    nltk.data.find = trap("data.find", nltk.data.find)
    import textstat
    try:
        textstat.flesch_reading_ease(para)
        report["control"] = "succeeded"
    except Exception as exc:
        report["control"] = type(exc).__name__
    report["control_network"] = network[len(report["network"]):]
    report["control_nltk"] = nltk_calls
    print(json.dumps(report))
    """
)


def test_offline_no_network_no_nltk_data(tmp_path):
    home = tmp_path / "home"
    nltk_data = tmp_path / "nltk_data"
    home.mkdir()
    nltk_data.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "NLTK_DATA": str(nltk_data),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
        "no_proxy": "*",
    }
    proc = subprocess.run(
        [sys.executable, "-c", _OFFLINE_CHILD, PARA],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["network"] == []
    assert report["textstat"] is False
    assert report["ours"] == EXPECTED
    assert report["article"] == EXPECTED
    # The traps are real: plain textstat goes straight into them ...
    assert "data.find" in report["control_nltk"]
    # ... and, unless this machine has CMUdict installed system-wide, tries the
    # network to download it and fails.
    if report["control"] != "succeeded":
        assert report["control"] == "LookupError"
        assert "download" in report["control_nltk"]
        assert report["control_network"]
    # Nothing was written where NLTK would put a download.
    assert list(nltk_data.iterdir()) == []
    assert not (home / "nltk_data").exists()
