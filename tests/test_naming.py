"""How each outlet names each entity (framing.extract.naming, framing.comparators.naming)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import Article, compare
from framing.comparators.naming import Naming
from framing.extract.lexicon import DEFAULT_LEXICON, parse_lexicon

# Raisi-like: one outlet writes in its own voice that he was martyred and the popular president;
# one calls him the Butcher of Tehran in its own voice; one writes "so-called"; one has it only in a quote.
IRNA = ("IRNA\nPresident Ebrahim Raisi has been martyred in a helicopter crash in East Azarbaijan, officials said on "
        "Monday. The helicopter carrying Raisi came down in fog near the border. Crowds mourned the popular "
        "president Ebrahim Raisi in Tehran on Monday evening. Rescue teams reached the wreck at dawn.")
JNS = ("JNS\nIranian President Ebrahim Raisi died in a helicopter crash in East Azerbaijan on Sunday. The "
       "Butcher of Tehran, Ebrahim Raisi, oversaw mass executions in 1988. The helicopter came down in fog near "
       "the border. Rescue teams reached the wreck at dawn on Monday.")
ABC = ("ABC\nIranian President Ebrahim Raisi died when his helicopter came down in fog near the border on Sunday. "
       "Raisi, the so-called 'Butcher of Tehran', had been tipped as a successor to the supreme leader. Rescue "
       "teams reached the wreck at dawn on Monday.")
QUOTER = ("Wire\nIranian President Ebrahim Raisi died in a helicopter crash near the border on Sunday. "
          "\"Raisi, the Butcher of Tehran, will not be missed by his victims,\" said activist Maryam Rahimi. "
          "Rescue teams reached the wreck at dawn on Monday.")


def _articles(*texts: tuple[str, str]) -> list[Article]:
    return [Article.from_text(t, id=i, outlet=t.split("\n", 1)[0]) for i, t in texts]


def _naming(articles: list[Article], **kw: object) -> Naming:
    n = compare(articles, comparators=["naming"], **kw).naming  # type: ignore[arg-type]
    assert n is not None
    return n


def _labels(n: Naming, entity: str, article: str) -> set[tuple[str, str, str, str | None]]:
    return {(u.kind, u.label, u.voice, u.marker or u.speaker) for u in n.usages
            if u.entity == entity and u.article == article}


RAISI = _articles(("irna", IRNA), ("jns", JNS), ("abc", ABC), ("wire", QUOTER))


def test_raisi_labels_and_voices() -> None:
    n = _naming(RAISI)
    assert ("predicate", "martyred", "own", None) in _labels(n, "Ebrahim Raisi", "irna")
    assert ("descriptor", "popular president", "own", None) in _labels(n, "Ebrahim Raisi", "irna")
    assert ("descriptor", "Butcher of Tehran", "own", None) in _labels(n, "Ebrahim Raisi", "jns")
    assert ("descriptor", "Butcher of Tehran", "distanced", "so-called") in _labels(n, "Ebrahim Raisi", "abc")
    wire = _labels(n, "Ebrahim Raisi", "wire")
    assert ("descriptor", "Butcher of Tehran", "quote", "Maryam Rahimi") in wire
    assert not any(label == "Butcher of Tehran" and voice != "quote" for _k, label, voice, _m in wire)


def test_raisi_evidence_points_at_the_words() -> None:
    n = _naming(RAISI)
    texts = {a.id: a for a in RAISI}
    for u in n.usages:
        for e in u.evidence:
            a = texts[e.article]
            assert a.text[e.start:e.end] == e.text
            s = a.sentences[e.sentence]
            assert s.start <= e.start and e.end <= s.end and s.role in ("body", "title")


def test_raisi_contrasts_rank_loaded_labels_first() -> None:
    n = _naming(RAISI)
    raisi = [c for c in n.contrasts if c.entity == "Ebrahim Raisi"]
    top = raisi[0]
    assert top.loaded and top.absent
    butcher = next(c for c in raisi if c.key == "butcher of tehran")
    assert butcher.articles == ("abc", "jns", "wire") and butcher.others == ("irna",)
    assert butcher.loaded == ("loaded:butcher*",)
    martyr = next(c for c in raisi if c.label == "martyred")
    assert martyr.articles == ("irna",) and martyr.loaded == ("honorific:martyr*",)
    popular = next(c for c in raisi if c.label == "popular president")
    assert popular.new == ("popular",) and not popular.loaded  # "president" every outlet uses
    # loaded first
    assert [c.label for c in raisi].index("popular president") > [c.label for c in raisi].index("martyred")


def test_spelling_contrasts_kiev_kyiv_and_deliberate_lower_case() -> None:
    a = Article.from_text("Head\nTroops of russia shelled Kiev on Monday, the ministry in Kiev said. "
                          "Officials in Kiev counted the damage.", id="a")
    b = Article.from_text("Head\nTroops of Russia shelled Kyiv on Monday, the ministry in Kyiv said. "
                          "Officials in Kyiv counted the damage.", id="b")
    n = _naming([a, b])
    spellings = {(c.entity, c.label, c.articles) for c in n.contrasts if c.kind == "spelling"}
    assert ("Kyiv", "Kiev", ("a",)) in spellings and ("Kyiv", "Kyiv", ("b",)) in spellings
    assert ("Russia", "russia", ("a",)) in spellings
    # "Russia" capitalised is not a contrast of b's: only the lower case is deliberate
    assert ("Russia", "Russia", ("b",)) not in spellings


def test_a_demonym_is_no_spelling_and_diacritics_dropped_are_only_a_row() -> None:
    # two readers listed "Šimonytė" / "Simonyte" among the naming contrasts of the seeds: a row of the table,
    # never a key finding alone (tests/test_naming_phrases.py)
    a = Article.from_text("Head\nThe Russian Federation said Ingrida Šimonytė met officials on Monday.", id="a")
    b = Article.from_text("Head\nRussia said Ingrida Simonyte met officials on Monday.", id="b")
    n = _naming([a, b])
    assert sorted(c.key for c in n.contrasts if c.kind == "spelling") == ["Simonyte", "Šimonytė"]


def test_a_quote_never_gives_the_outlets_own_voice() -> None:
    a = Article.from_text('Head\n"The dictator Vladimir Putin lied to everyone here," said Anna Petrova on '
                          "Monday. Vladimir Putin spoke in Moscow.", id="a")
    b = Article.from_text("Head\nPresident Vladimir Putin spoke in Moscow on Monday.", id="b")
    n = _naming([a, b])
    dictator = [u for u in n.usages if "dictator" in u.key]
    assert dictator and all(u.voice == "quote" and u.speaker == "Anna Petrova" for u in dictator)


def test_reported_speech_is_not_own_voice_but_a_gloss_is() -> None:
    a = Article.from_text("Head\nZelensky said that dictator Vladimir Putin had lost control on Monday. "
                          "“It is chaos,” Zelensky said, referring to Russian dictator Vladimir Putin.", id="a")
    b = Article.from_text("Head\nPresident Vladimir Putin spoke in Moscow on Monday.", id="b")
    voices = {(u.label, u.voice) for u in _naming([a, b]).usages if "dictator" in u.key}
    assert voices == {("dictator", "reported"), ("Russian dictator", "own")}


def test_a_clause_the_writer_joins_to_a_saying_verb_is_its_own_voice() -> None:
    # "X said Tuesday as the leaks raised suspicions of sabotage": the "as" clause is the outlet's
    a = Article.from_text("Head\nTwo blasts were recorded, a Swedish institute said Tuesday as the leaks raised "
                          "suspicions of sabotage. Sweden said the blasts were sabotage by unknown divers.", id="a")
    b = Article.from_text("Head\nThe leaks in the Baltic Sea were an explosion, Sweden said on Tuesday.", id="b")
    voices = {u.voice for u in _naming([a, b]).terms if u.article == "a" and u.term == "sabotage"}
    assert voices == {"own", "reported"}


def test_scare_quotes_distance() -> None:
    a = Article.from_text("Head\nThe 'Iron Lady' Margaret Thatcher spoke. Thatcher, dubbed the milk snatcher, "
                          "left.", id="a")
    b = Article.from_text("Head\nPrime Minister Margaret Thatcher spoke on Monday.", id="b")
    got = {(u.label, u.voice, u.marker) for u in _naming([a, b]).usages if u.entity == "Margaret Thatcher"
           and u.kind != "name"}
    assert ("Iron Lady", "distanced", "quotation marks") in got
    assert ("milk snatcher", "distanced", "dubbed") in got


def test_verbs_and_lists_are_not_labels() -> None:
    a = Article.from_text("Head\nWagner fighters tried to destroy Wagner Group rivals. Officials met Putin, "
                          "Zelensky and Biden. The longer Russia waits, the worse. Putin met Zelensky.", id="a")
    b = Article.from_text("Head\nPutin met Zelensky on Monday.", id="b")
    got = {u.label for u in _naming([a, b]).usages if u.kind != "name"}
    assert got == set()


def test_user_lexicon_makes_a_label_loaded() -> None:
    a = Article.from_text("Head\nThe blogger Alexei Navalny died in prison on Friday.", id="a")
    b = Article.from_text("Head\nOpposition leader Alexei Navalny died in prison on Friday.", id="b")
    plain = _naming([a, b])
    assert all(not c.loaded for c in plain.contrasts)
    mine = DEFAULT_LEXICON.merged(parse_lexicon("belittling\tblogger"))
    loaded = _naming([a, b], lexicon=mine)
    assert next((c.label, c.loaded) for c in loaded.contrasts) == ("blogger", ("belittling:blogger",))


def test_page_furniture_names_nothing() -> None:
    a = Article.from_text("Head\nPresident Ebrahim Raisi died on Sunday.\n\nPhoto: the butcher Ebrahim Raisi "
                          "in 2021", id="a")
    assert a.sentences[-1].boilerplate
    b = Article.from_text("Head\nPresident Ebrahim Raisi died on Sunday.", id="b")
    assert not [u for u in _naming([a, b]).usages if "butcher" in u.key]


def test_results_do_not_depend_on_article_order() -> None:
    base = _naming(RAISI)
    for perm in itertools.permutations(RAISI):
        assert _naming(list(perm)) == base


@settings(max_examples=15, deadline=None)
@given(st.permutations(range(4)), st.sampled_from(["Kiev", "Kyiv"]), st.booleans())
def test_order_independence_property(order: list[int], city: str, dictator: bool) -> None:
    label = "dictator" if dictator else "President"
    texts = [f"Head\nRussian {label} Vladimir Putin spoke in {city} on Monday.",
             "Head\nRussian President Vladimir Putin spoke in Kyiv on Monday.",
             "Head\nPutin, the Kremlin leader, spoke in Kyiv on Monday.",
             "Head\n\"The tyrant Vladimir Putin spoke in Kyiv today,\" said Oleh Petrenko on Monday."]
    arts = [Article.from_text(t, id=f"a{i}") for i, t in enumerate(texts)]
    n = _naming([arts[i] for i in order])
    assert n == _naming(arts)
    for c in n.contrasts:
        assert set(c.articles).isdisjoint(c.others)
        # a spelling is loaded only by a listed spelling (the shipped "spelling\tKiev")
        assert c.kind != "spelling" or all(x.startswith("spelling:") for x in c.loaded)
    for u in n.usages:
        if "tyrant" in u.key:
            assert u.voice == "quote"


def test_linear_cost_in_text_size() -> None:
    # a long article: labels grow with the text, and nothing compares all pairs of sentences
    one = "Russian President Vladimir Putin spoke in Kyiv. Putin, the Kremlin leader, left on Monday. "
    a = Article.from_text("Head\n" + one * 400, id="a")
    b = Article.from_text("Head\n" + one, id="b")
    n = _naming([a, b])
    assert sum(u.count for u in n.usages if u.article == "a" and u.kind != "name") == 800


def test_cli_lexicon_adds_to_the_shipped_one_and_names_a_bad_file(tmp_path) -> None:
    from click.testing import CliRunner

    from framing.cli import cli

    (tmp_path / "a.txt").write_text("Head\nThe blogger Alexei Navalny died in prison on Friday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Head\nOpposition leader Alexei Navalny died in prison on Friday.\n",
                                    encoding="utf-8")
    mine = tmp_path / "mine.tsv"
    mine.write_text("belittling\tblogger\n", encoding="utf-8")
    runner = CliRunner()
    import json

    out = runner.invoke(cli, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--lexicon", str(mine),
                              "--only", "naming", "--format", "json", "-o", "-"])
    assert out.exit_code == 0, out.output
    contrasts = json.loads(out.stdout)["naming"]["contrasts"]
    assert contrasts[0]["label"] == "blogger" and contrasts[0]["loaded"] == ["belittling:blogger"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("blogger\n", encoding="utf-8")
    out = runner.invoke(cli, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--lexicon", str(bad),
                              "-o", "-"])
    assert out.exit_code == 1
    assert out.stderr == f"Error: {bad}: line 1: expected 'category<TAB>term' (got 'blogger')\n"
    out = runner.invoke(cli, ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--no-shipped-lexicon",
                              "-o", "-"])
    assert out.exit_code == 1 and out.stderr == "Error: --no-shipped-lexicon needs at least one --lexicon FILE\n"


def test_api_lexicon_path_replaces_the_shipped_one(tmp_path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("belittling\tblogger\n", encoding="utf-8")
    a = Article.from_text("Head\nThe blogger and dictator Alexei Navalny died in prison on Friday.", id="a")
    b = Article.from_text("Head\nOpposition leader Alexei Navalny died in prison on Friday.", id="b")
    c = compare([a, b], comparators=["naming", "wording"], lexicon=str(mine))
    assert c.wording is not None and [x.term for x in c.wording.loaded["a"]] == ["blogger"]
    assert c.naming is not None and all("dictator" not in t for x in c.naming.contrasts for t in x.loaded)


def test_raisi_key_finding_states_only_own_or_distanced_voices() -> None:
    from framing.findings.model import key_findings

    arts = [Article.from_text(t, id=i, outlet=o) for i, t, o in
            [("irna", IRNA, "IRNA"), ("jns", JNS, "JNS"), ("abc", ABC, "ABC"), ("wire", QUOTER, "Wire")]]
    found = [f for f in key_findings(compare(arts)) if f.kind == "naming"]
    assert len(found) == 1
    text = found[0].text
    assert text.startswith("How outlets name Ebrahim Raisi (P")
    assert "“martyred” (IRNA, own voice)" in text
    assert "“Butcher of Tehran” (ABC, “so-called”; JNS, own voice; Wire, in a quote of Maryam Rahimi)" in text
    assert "“popular president” (IRNA, own voice)" in text
    # every word said to be written by no other outlet is, in fact, absent from the others' texts
    words = text.split("No other outlet writes ")[1]
    for w in ("martyred", "butcher", "popular"):
        assert f"“{w}”" in words
    for e in found[0].evidence:
        a = next(x for x in arts if x.id == e.article)
        assert a.text[e.start:e.end] == e.text


def test_no_finding_from_a_quote_alone() -> None:
    from framing.findings.model import key_findings

    a = Article.from_text('Head\n"The butcher Vladimir Putin lied to all of us again," said Anna Petrova on '
                          "Monday.", id="a")
    b = Article.from_text("Head\nPresident Vladimir Putin spoke in Moscow on Monday.", id="b")
    assert not [f for f in key_findings(compare([a, b])) if f.kind == "naming"]


def test_an_epithet_written_as_a_name_names_the_person_it_stands_beside() -> None:
    a = Article.from_text("Head\nIranian President Ebrahim Raisi, the Butcher of Tehran, died on Sunday. "
                          "The Butcher of Tehran ordered mass executions in 1988.", id="a")
    b = Article.from_text("Head\nIranian President Ebrahim Raisi died on Sunday in a crash.", id="b")
    n = _naming([a, b])
    butcher = [u for u in n.usages if u.key == "butcher of tehran"]
    assert {u.entity for u in butcher} == {"Ebrahim Raisi"} and sum(u.count for u in butcher) == 2
    assert not [u for u in n.usages if u.entity.startswith("Butcher")]


# How each outlet names the event and the unnamed actors: own voice, quote, never.
TERRORIST = ("Own\nThe terrorist attack at the concert hall killed 133 people on Friday. The terrorists fled "
             "toward the border on Friday night.")
QUOTING = ("Quoting\nThe president condemned the \"terrorist attack\" at the concert hall on Friday. The gunmen "
           "fled toward the border.")
NEUTRAL = ("Neutral\nThe attack at the concert hall killed 133 people on Friday. The attackers fled toward the "
           "border.")


def test_terms_by_voice_and_the_outlets_that_never_write_them() -> None:
    n = _naming(_articles(("own", TERRORIST), ("quoting", QUOTING), ("neutral", NEUTRAL)))
    used = {(u.article, u.category, u.text, u.voice) for u in n.terms}
    assert ("own", "event", "terrorist attack", "own") in used
    assert ("quoting", "event", "terrorist attack", "quote") in used  # after "condemned": a quote, no scare quotes
    assert ("neutral", "actor", "attackers", "own") in used
    event = next(c for c in n.term_contrasts if c.category == "event" and c.loaded)
    assert (event.own, event.quoted, event.never) == (("own",), ("quoting",), ("neutral",))
    assert dict(event.instead)["neutral"] == ("attack",)
    actor = next(c for c in n.term_contrasts if c.category == "actor" and c.loaded)
    # "quoting" writes "terrorist" in its quoted "terrorist attack": not "never", and no actor term of the root
    assert actor.own == ("own",) and actor.never == ("neutral",)


def test_term_key_finding_says_own_voice_quote_and_never() -> None:
    from framing.findings.model import key_findings

    arts = _articles(("own", TERRORIST), ("quoting", QUOTING), ("neutral", NEUTRAL))
    texts = [f.text for f in key_findings(compare(arts)) if f.kind == "naming_term"]
    assert texts[0].startswith("How outlets name the event: Own writes “terrorist attack” in its own voice; "
                               "Quoting only in a quote; Neutral never does (it writes “attack”)")


def test_a_term_finding_of_many_outlets_names_ten_and_counts_the_rest() -> None:
    # a wire story in 300 outlets made a finding of 13,000 characters, a clause an outlet
    from framing.findings.naming import MAX_OUTLETS, term_findings

    arts = [Article.from_text("Head\nThe terrorists fled the hall on Friday after the attack.", id=f"t{n:02d}",
                              outlet=f"T{n:02d}") for n in range(MAX_OUTLETS + 3)]
    arts += [Article.from_text("Head\nThe attackers fled the hall on Friday after the attack.", id=f"a{n:02d}",
                               outlet=f"A{n:02d}") for n in range(MAX_OUTLETS + 2)]
    c = compare(arts)
    [(_kind, text, *_)] = term_findings(c, {a.id: a.outlet or a.id for a in c.articles})
    assert text == ("How outlets name the unnamed actors: T00, T01, T02, T03, T04, T05, T06, T07, T08, T09 and 3 "
                    "more write “terrorists” in their own voice; A00, A01, A02, A03, A04, A05, A06, A07, A08, A09 "
                    "and 2 more never do (they write “attackers”) (see How each outlet names people and places).")


def test_a_loaded_word_of_the_same_root_elsewhere_is_no_never() -> None:
    # "terror attack" and "terrorist attack" are one family; an outlet writing "terrorism" anywhere is not "never"
    other = ("Other\nThe attack at the concert hall killed 133 people on Friday. Officials vowed to fight "
             "terrorism. The attackers fled toward the border.")
    n = _naming(_articles(("own", TERRORIST), ("other", other), ("neutral", NEUTRAL)))
    event = next(c for c in n.term_contrasts if c.category == "event" and c.loaded)
    assert event.never == ("neutral",)


def test_distanced_term_what_someone_called() -> None:
    a = Article.from_text("Head\nWhat Putin referred to as a 'mutiny' ended on Saturday.", id="a")
    from framing.extract.termuse import term_uses

    got = [(u.text, u.voice, u.marker) for u in term_uses(a, (), DEFAULT_LEXICON)]
    assert got == [("mutiny", "distanced", "what Putin referred to as")]


def test_naming_terms_are_not_wording_terms() -> None:
    assert "event" not in DEFAULT_LEXICON.without().categories
    assert set(DEFAULT_LEXICON.only().categories) == {"event", "war", "actor", "media", "measure"}
    w = compare(_articles(("a", NEUTRAL), ("b", TERRORIST)), comparators=["wording"]).sections["wording"]
    assert all(t.category not in ("event", "war", "actor", "media", "measure") for ts in w.loaded.values()
               for t in ts)


def test_no_label_ends_on_a_bare_adjective_nor_starts_with_a_possessive_name() -> None:
    a = Article.from_text("Head\nPrigozhin's ruthless Wagner forces marched on Moscow on Saturday.", id="a")
    b = Article.from_text("Head\nThe Wagner forces marched on Moscow on Saturday.", id="b")
    n = _naming([a, b])
    assert not [u for u in n.usages if u.kind != "name" and "ruthless" in u.key]


def test_a_place_held_by_force_hyphenated_is_a_label() -> None:
    a = Article.from_text("Head\nThe Russian-occupied Nova Kakhovka was flooded on Tuesday.", id="a")
    b = Article.from_text("Head\nNova Kakhovka was flooded on Tuesday morning.", id="b")
    n = _naming([a, b])
    assert ("Nova Kakhovka", "Russian-occupied", "own") in {(u.entity, u.label, u.voice) for u in n.usages}
    assert any(c.label == "Russian-occupied" and c.loaded for c in n.contrasts)


def test_a_term_before_a_trailing_attribution_is_reported() -> None:
    from framing.extract.termuse import term_uses

    a = Article.from_text("Head\nUkraine has committed sabotage at the dam, Kremlin Spokesman Dmitry Peskov said.",
                          id="a")
    assert [(u.text, u.voice) for u in term_uses(a, (), DEFAULT_LEXICON)] == [("sabotage", "reported")]


def test_a_country_alias_is_a_spelling_contrast() -> None:
    # the gazetteer lists "Turkey | Türkiye": one place, two names; one outlet's form differs beyond diacritics
    a = Article.from_text("Head\nRescuers in Türkiye searched the rubble on Tuesday.", id="a")
    b = Article.from_text("Head\nRescuers in Turkey searched the rubble on Tuesday.", id="b")
    c = Article.from_text("Head\nTurkey asked for help with the rescue on Tuesday.", id="c")
    n = _naming([a, b, c])
    assert ("Turkey", "spelling", "Türkiye", ("a",)) in {(x.entity, x.kind, x.label, x.articles) for x in n.contrasts}


def test_a_place_labelled_in_the_noun_before_of() -> None:
    a = Article.from_text("Head\nFlooding hit the southern Russian-occupied city of Nova Kakhovka on Tuesday.", id="a")
    b = Article.from_text("Head\nFlooding hit the city of Nova Kakhovka on Tuesday morning.", id="b")
    n = _naming([a, b])
    got = {(u.entity, u.label, u.voice) for u in n.usages if u.kind == "descriptor"}
    assert ("Nova Kakhovka", "southern Russian-occupied city", "own") in got
    assert not [u for u in n.usages if u.article == "b" and u.kind == "descriptor"]


def test_also_called_is_a_verb_of_saying_not_so_called() -> None:
    from framing.extract.termuse import term_uses

    a = Article.from_text("Head\nThe spokesman also called it unmistakable that this act of sabotage was planned.",
                          id="a")
    assert [(u.text, u.voice) for u in term_uses(a, (), DEFAULT_LEXICON)] == [("act of sabotage", "reported")]


def test_a_term_in_reported_speech_is_said_beside_the_outlets_own_never_as_a_contrast():
    """"after alleging that a missile strike on his mercenary forces ..." is the outlet's word choice as
    much as the speaker's: the finding lists it with the outlets that write the term, marked as such."""
    from framing import Article, compare
    from framing.findings.naming import term_findings

    a = Article.from_text("Head\nThe mercenaries seized the city on Saturday after a long march.", id="a", outlet="A")
    b = Article.from_text("Head\nPrigozhin said that the mercenaries seized the city on Saturday.", id="b",
                          outlet="B")
    c = Article.from_text("Head\nThe private military group seized the city on Saturday after a march.", id="c",
                          outlet="C")
    texts = [text for _kind, text, *_ in term_findings(compare([a, b, c]), {"a": "A", "b": "B", "c": "C"})]
    assert texts and "B (in reported speech)" in texts[0] and "B only" not in texts[0]


def test_the_source_named_by_according_to_is_the_outlet_s_own_naming_not_reported_speech():
    from framing.extract.voice import voice_of

    a = Article.from_text("Head\nThe mercenaries retreated, according to Lukashenko's press service.", id="a")
    sn = a.sentences[1]
    at = a.text.index("Lukashenko")
    assert voice_of(a, sn, at, at + 10, (at, at + 10), (), (), None)[0] == "own"
    b = Article.from_text("Head\nPeskov said that Lukashenko had talked to the mercenaries.", id="b")
    sn = b.sentences[1]
    at = b.text.index("Lukashenko")
    assert voice_of(b, sn, at, at + 10, (at, at + 10), (), (), None)[0] == "reported"


@settings(max_examples=200, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12), st.integers(0, 70),
       st.integers(0, 20))
def test_span_cover_is_the_plain_any(spans, start, width):
    from framing.comparators.naming import _Spans

    pairs = [(b, b + w) for b, w in spans]
    end = start + width
    assert _Spans(pairs).cover(start, end) == any(b <= start and end <= e for b, e in pairs)


def _terms(text: str) -> list[tuple[str, str, str, str]]:
    from framing.extract.termuse import term_uses

    return [(u.category, u.term, u.text, u.voice) for u in term_uses(Article.from_text("Head\n" + text, id="a"),
                                                                      (), DEFAULT_LEXICON)]


def test_groups_named_by_where_they_come_from_are_unnamed_actors():
    found = _terms("The six workers were all Latino. The entire crew were Indians. Two Mexican workers died. "
                   "22 Guatemalans were saved.")
    assert ("actor", "origin:latino", "all Latino", "own") in found
    assert ("actor", "origin:indian", "Indians", "own") in found
    assert ("actor", "origin:mexican", "Mexican workers", "own") in found
    assert ("actor", "origin:guatemalan", "22 Guatemalans", "own") in found
    # a side of a war and a country's name are not groups of people
    assert not [t for t in _terms("Russian troops entered Kherson. India sent aid.") if t[1].startswith("origin:")]


def test_short_phrases_in_quotation_marks_are_held_at_arms_length_unless_someone_said_them():
    found = _terms('Biden passed his "infrastructure reform" in 2021. Russia answered with "threats and '
                   'provocations". Biden said it was a "terrible accident". Rahmon condemned the "terrorist '
                   'attack". He boarded the "Titan". They watched "The Book of Mormon".')
    scare = [(t[2], t[3]) for t in found if t[0] == "scare"]
    assert scare == [("infrastructure reform", "distanced"), ("threats and provocations", "distanced")]


def test_scare_quotes_and_origin_groups_reach_the_memo_table():
    a = Article.from_text('Head\nThe crew were all Indians. Biden passed his "infrastructure reform" plan.', id="a")
    b = Article.from_text("Head\nThe crew were all Filipinos. Biden spoke about the bridge plan.", id="b")
    memo = compare([a, b]).to_markdown()
    assert "| phrases it sets in quotation marks | a" in memo
    assert "infrastructure reform (in quotation marks)" in memo
    assert "all indians" in memo and "all filipinos" in memo


def test_fighter_jets_are_no_unnamed_actors_and_a_said_that_clause_is_reported_speech():
    found = _terms("Zelensky asked for F-16 fighters. Fighter jets flew over. The fighters fled. "
                   "The FSB said that the perpetrators tried to escape.")
    assert [(t[2], t[3]) for t in found if t[0] == "actor"] == [("fighters", "own"), ("perpetrators", "reported")]


def test_a_place_held_by_force_is_a_loaded_label_in_the_order_it_is_written():
    """Found by a reader of a real event: the BBC's "the Moscow-seized region of Kherson" beside TASS's bare
    "Kherson" was in no naming contrast (the label's words were joined in sorted order, "moscow region
    seized", so the loaded "Moscow-seized" was not found), and the label began with "in the"."""
    from framing import Article, compare

    a = Article.from_text("Dam breached\n\nThe dam in the Moscow-seized region of Kherson was destroyed on Tuesday. "
                          "Kherson residents fled.", id="bbc")
    b = Article.from_text("Dam destroyed\n\nThe dam near Kherson was destroyed on Tuesday. Kherson residents fled "
                          "the floods.", id="tass")
    [c] = [x for x in compare([a, b]).naming.contrasts if x.entity == "Kherson"]
    assert (c.label, c.articles, c.loaded) == ("Moscow-seized region", ("bbc",), ("occupation:moscow-seized",))


# -- a wire story's sentences are labelled once: the same labels as labelling every copy -----------------

_WIRE = [
    "Kremlin critic Alexei Navalny, the jailed opposition leader, died in an Arctic prison on Friday.",
    "The so-called 'Butcher of Tehran' Ebrahim Raisi was a notorious hardliner.",
    '"Navalny was a brave man," said Yulia Navalnaya, his widow.',
    "Putin described Navalny as a criminal.",
    "Western leaders blamed the Kremlin regime and President Vladimir Putin for his death.",
    "“The Butcher of Tehran,",
    "Navalny, 47, had been held in the IK-3 colony in Kharp since December.",
    "Raisi, the Butcher of Tehran, oversaw executions.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WIRE), min_size=1, max_size=6), min_size=2, max_size=5),
       st.lists(st.sampled_from(["", "Updated. ", "By a staff writer. ", "“"]), min_size=5, max_size=5))
def test_labels_made_once_for_copies_are_the_labels_of_each_copy(outlets: list[list[str]], leads: list[str]) -> None:
    import framing.comparators.naming as naming_module

    articles = [Article.from_text(f"Outlet {n}\n{leads[n]}" + " ".join(sentences), id=f"o{n}")
                for n, sentences in enumerate(outlets)]

    class NoMemo(naming_module.SentenceLabels):  # every sentence labelled where it stands
        def __init__(self, repeated: object) -> None:
            super().__init__(())

    shared = _naming(articles).to_dict()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(naming_module, "SentenceLabels", NoMemo)
        each = _naming(articles).to_dict()
    assert shared == each
