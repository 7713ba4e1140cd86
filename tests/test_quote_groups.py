"""Quote groups across outlets: exact, altered (with the changed words), paraphrased, single."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from framing import Article, align
from framing.comparators.quotes import quotes


def groups(*texts: str):
    articles = [Article.from_text("Headline here\n" + t, id=f"o{n}") for n, t in enumerate(texts)]
    return quotes(articles, align(articles)).groups


def test_exact_despite_quote_style_and_case():
    [g] = groups(
        '"We will not send troops to the front," Simonyte said.',
        "“We will NOT send troops to the front,” Simonyte told reporters.",
    )
    assert g.status == "exact" and g.changes == ()
    assert [v.article for v in g.variants] == ["o0", "o1"]


def test_altered_lists_the_changed_words():
    [g] = groups(
        '"We will not send troops to the front line this year," Simonyte said.',
        '"We will not send soldiers to the front line this year," Simonyte said.',
    )
    assert g.status == "altered"
    assert [(c.article, c.op, c.before, c.after) for c in g.changes] == [
        ("o1", "replace", "troops", "soldiers")
    ]


def test_paraphrased_when_another_outlet_reports_it_indirectly():
    [g] = groups(
        '"Lithuania will not issue residency permits to conscription evaders," Simonyte said.',
        "Simonyte said Lithuania would not issue residency permits to Ukrainian conscription evaders.",
    )
    assert g.status == "paraphrased"
    assert [(v.article, v.form) for v in g.variants] == [("o0", "marks"), ("o1", "indirect")]


def test_a_shortened_quote_across_sentences_still_matches_and_shows_the_cut():
    [g] = groups(
        '"This is a new round of tensions. It is unprecedented," Peskov added.',
        '"This is a new round of tensions," Peskov said. Officials met on Monday in Vilnius.',
        "Rain fell all day in Riga.",
    )
    assert {v.article for v in g.variants} == {"o0", "o1"}
    assert g.variants[0].sentences == (1, 2)  # the quote spans two sentences in o0
    assert g.status == "excerpt"  # o1 quotes less of the statement; no word is replaced
    assert [(c.op, c.before, c.after) for c in g.changes] == [("delete", "It is unprecedented", "")]


def test_a_longer_excerpt_is_not_an_alteration_but_a_replaced_word_is():
    [g] = groups(
        '"We will not send troops to the front line this year," Simonyte said.',
        '"We will not send troops to the front line this year, whatever Moscow says," Simonyte said.',
    )
    assert g.status == "excerpt"
    assert [(c.op, c.after) for c in g.changes] == [("insert", "whatever Moscow says")]
    [g] = groups(
        '"We will not send troops to the front line this year," Simonyte said.',
        '"We will not send soldiers to the front line this year, whatever Moscow says," Simonyte said.',
    )
    assert g.status == "altered"
    assert {c.op for c in g.changes} == {"replace", "insert"}


def test_number_words_hyphens_and_punctuation_are_not_changes():
    [g] = groups(
        '"There is a one-in-three chance of losing the House this fall," Boehner said.',
        '"There is a 1 in 3 chance of losing the House this fall!" Boehner said.',
    )
    assert g.status == "exact" and g.changes == ()


def test_single():
    [g] = groups('"We will stay in Vilnius for the summer," the mayor said.', "Rain fell in Riga.")
    assert g.status == "single" and len(g.variants) == 1


def test_a_quote_one_outlet_broke_in_two_is_one_group_without_invented_changes():
    gs = groups(
        '"We have got a real challenge on our hands," Boehner said. "There is a 1 in 3 chance of losing '
        'the House this fall."',
        '"We have got a real challenge on our hands. There is a one-in-three chance of losing the House '
        'this fall," Boehner told reporters.',
    )
    [g] = gs
    assert g.status == "exact" and g.changes == ()
    assert [v.article for v in g.variants] == ["o0", "o0", "o1"]  # o0's two pieces, o1's one quote


def test_words_cut_from_inside_a_quote_are_marked_as_such():
    [g] = groups(
        '"We will not send any troops to the front line this year," Simonyte said.',
        '"We will send any troops to the front line this year," Simonyte said.',
    )
    assert g.status == "excerpt"
    assert [(c.op, c.before, c.inside) for c in g.changes] == [("delete", "not", True)]
    [g] = groups(
        '"We will not send any troops to the front line this year," Simonyte said.',
        '"We will not send any troops to the front line," Simonyte said.',
    )
    assert [(c.op, c.inside) for c in g.changes] == [("delete", False)]  # cut at the end: an excerpt


def test_the_finding_names_words_left_out_inside_a_quote():
    from framing import Article, compare
    from framing.findings.model import key_findings

    a = Article.from_text('Head\n"We will not send any troops to the front line this year," Simonyte said.', id="a")
    b = Article.from_text('Head\n"We will send any troops to the front line this year," Simonyte said.', id="b")
    [f] = [f for f in key_findings(compare([a, b])) if f.kind == "shared_quote"]
    assert "words left out inside the quote: “not”" in f.text


def test_the_first_piece_of_a_broken_quote_joins_too():
    gs = groups(
        '"We have got a really big challenge on our hands," Boehner said. "There is a 1 in 3 chance of '
        'losing the House this fall."',
        '"We have got a real challenge on our hands. There is a one-in-three chance of losing the House '
        'this fall," Boehner told reporters.',
    )
    [g] = gs
    assert [v.article for v in g.variants] == ["o0", "o0", "o1"] and g.status == "altered"


def test_pieces_of_one_statement_join_the_group_of_the_outlet_that_quotes_it_whole():
    """BASIL 2153fb3e: NYT broke "I trust in God, but God wants..." in two; its second piece,
    kept out of the group (NYT was in it already), matched a fragment of Fox's instead, and
    Fox's fragment "not putting people back to work" ended up beside a Boehner quote."""
    import framing

    nyt = framing.Article.from_text(
        "Obama on jobs\n“I trust in God,” Mr. Obama said, “but God wants to see us help ourselves by putting "
        "people back to work!” Later he said of the speaker: “I’m sure he has great influence in getting them "
        "to take up these bills that really put people back to work.”", id="nyt")
    fox = framing.Article.from_text(
        "Obama on the motto vote\nThe vote is \"not putting people back to work,\" President Obama said on "
        "Wednesday. \"I trust in God, but God wants to see us help ourselves by putting people back to work,\" "
        "Obama said.", id="fox")
    huff = framing.Article.from_text(
        "Obama mocks Congress\nObama said: \"You've been debating a commemorative coin for baseball. That's not "
        "putting people back to work. I trust in God, but God wants to see us help ourselves by putting "
        "people back to work.\"", id="huff")
    q = framing.compare([nyt, fox, huff]).quotes
    shared = [g for g in q.groups if len({v.article for v in g.variants}) > 1]
    assert len(shared) == 1, [[(v.article, v.text) for v in g.variants] for g in shared]
    (g,) = shared
    texts = {(v.article, v.text) for v in g.variants}
    assert ("fox", "not putting people back to work,") in texts
    assert ("nyt", "but God wants to see us help ourselves by putting people back to work!") in texts
    assert not any("great influence" in v.text for v in g.variants)


def test_words_one_version_lacks_and_others_it_adds_inside_a_quote_are_an_alteration():
    (g,) = groups(
        'Putin said: "They tried to hide and moved towards Ukraine, where a window was prepared for them '
        'from the Ukrainian side to cross the state border."',
        'Putin said: "They tried to hide and moved towards Ukraine, where a window was prepared from the '
        'Ukrainian side for the terrorists to cross the border."',
    )
    assert g.status == "altered"


def test_words_in_another_place_are_moved_not_left_out():
    """Found on a held-out real event: "no place in America for this kind of violence" against "no place for
    this kind of violence in America" was reported as words left out."""
    [g] = groups(
        '"There is no place for this kind of violence in America," Biden said.',
        '"There is no place in America for this kind of violence," Biden said.',
    )
    assert g.status == "altered"
    assert [(c.op, c.before) for c in g.changes] == [("move", "in America")]


def test_two_people_sharing_a_phrase_are_not_one_quote():
    # a prime minister's "an act of sabotage" and a spokesman's "any act of sabotage on any infrastructure"
    # (Nord Stream): named speakers who are two people tie nothing; only near-verbatim words would
    out = groups(
        'Polish Prime Minister Mateusz Morawiecki called the events "an act of sabotage." Morawiecki spoke.',
        '"Obviously any act of sabotage on any infrastructure is something we would condemn," '
        'spokesman Eric Mamer said. Mamer spoke in Brussels.',
    )
    assert sorted(tuple(v.article for v in g.variants) for g in out) == [("o0",), ("o1",)]
    # the same person on both sides: one statement, cut
    [g] = groups(
        'Polish Prime Minister Mateusz Morawiecki called the events "an act of sabotage." Morawiecki spoke.',
        '"Today we faced an act of sabotage, we do not know all the details," Mateusz Morawiecki said.',
    )
    assert [v.article for v in g.variants] == ["o0", "o1"]


def test_a_speaker_named_with_title_and_nationality_resolves():
    from framing.comparators.entities import build_registry
    from framing.comparators.resolve import resolve_speaker

    reg = build_registry([Article.from_text("Head\nIt is. Danish Prime Minister Mette Frederiksen said that "
                                            "she would meet Polish Prime Minister Mateusz Morawiecki.", id="a")])
    # a run of capitalised words taken from a sentence is no headline case
    assert resolve_speaker("Danish Prime Minister Mette Frederiksen", reg) == "Mette Frederiksen"
    assert resolve_speaker("Polish Prime Minister Minister Mateusz Morawiecki", reg, "a") == "Mateusz Morawiecki"


def test_a_sentence_of_names_is_no_headline_case():
    # every long word capitalised, but "met" is no word a title-case headline leaves in lower case
    from framing.extract.entities import extract_mentions

    a = Article.from_text("Head\nIt is. Danish Prime Minister Mette Frederiksen met Polish Prime Minister Mateusz "
                          "Morawiecki in Warsaw.", id="a")
    assert [m.text for m in extract_mentions(a) if m.kind == "person"] == ["Mette Frederiksen", "Mateusz Morawiecki"]
    h = Article.from_text("Head\nIt is. Abe Shot at Campaign Event in Nara, Japanese Media Report", id="h")
    assert extract_mentions(h) == ()  # headline case: capitals say nothing


# -- indirect speech is looked for by the quote's rarest words: the same finds as reading every outlet --

_VOCAB = ["simonyte", "troops", "send", "front", "permits", "evaders", "lithuania", "will", "not", "issue",
          "soldiers", "line", "year", "border"]


def _every_outlet(reports, content, surname, present):
    """What _Reports.reported finds, by reading every indexed sentence of every outlet not present."""
    from framing.comparators.quotes import PARAPHRASE

    best = {}
    for article, s in (reports.sentence(n) for n in range(len(reports.articles))):
        held = set(reports.distinct(s.text))
        if article.id in present or surname[0] not in held:
            continue
        n = sum(1 for w in content if w in held)
        if n and (article.id not in best or (-n, s.index) < best[article.id][:2]):
            best[article.id] = (-n, s.index, s)
    return [(a, s.index) for a, (n, _i, s) in sorted(best.items()) if -n / len(content) >= PARAPHRASE]


@given(st.lists(st.lists(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=9), min_size=1, max_size=4),
                min_size=1, max_size=5),
       st.lists(st.sampled_from(_VOCAB), min_size=3, max_size=8),
       st.sets(st.integers(0, 4)))
def test_indirect_speech_found_by_rare_words_is_found_by_reading_every_outlet(outlets, content, present):
    from framing.comparators.quotes import _Reports

    articles = [Article.from_text("Headline here\n" + " ".join(" ".join(s).capitalize() + "." for s in sentences),
                                  id=f"o{n}") for n, sentences in enumerate(outlets)]
    reports = _Reports(articles, {a.id: () for a in articles})
    gone = {f"o{n}" for n in present}
    found = [(v.article, v.sentence) for v in reports.reported(content, ["simonyte"], gone)]
    assert found == _every_outlet(reports, content, ["simonyte"], gone)


def test_a_quote_carried_word_for_word_by_hundreds_of_outlets_is_one_group():
    # each outlet's copy once fell apart past 200 quotes (a word in more quotes tied none), and every
    # outlet was said to quote it alone
    texts = [f'"We will send our soldiers to train them in Lithuania," Simonyte told outlet {n}.' for n in range(250)]
    gs = groups(*texts)
    [g] = gs
    assert g.status == "exact" and len({v.article for v in g.variants}) == 250


def test_a_statement_several_outlets_broke_in_two_joins_the_outlets_that_quote_it_whole():
    """In an event of more outlets than COPIES_ABOVE, a quote's wire copies are one group first; the pieces
    of a statement that several outlets broke in two, each piece a set of copies, still join the outlets
    that quote it whole (as BASIL 85475456's NYT and HuffPost pieces of Blumenthal's statement would)."""
    from framing.align.units import COPIES_ABOVE

    piece = ('"We have learned something important since the days that I served in Vietnam," Blumenthal said. '
             '"And you exemplify it. Whatever we think about the war, we owe our troops support."')
    whole = ('"We have learned something important since the days that I served in Vietnam. And you '
             'exemplify it. Whatever we think about the war, we owe our troops support," Blumenthal said.')
    n = COPIES_ABOVE // 2 + 1
    [g] = groups(*[piece] * n, *[whole] * n)
    assert len(g.variants) == 3 * n and len({v.article for v in g.variants}) == 2 * n and g.status == "exact"


def test_the_wording_most_outlets_carry_is_what_the_others_are_compared_with():
    from framing import compare
    from framing.findings.model import key_findings

    wire = '"We will send our soldiers to train them in Lithuania," Simonyte said.'
    edit = '"We will send our troops to train them in Lithuania," Simonyte said.'
    # the edit in the outlet that sorts first: the changes were once every other outlet's from it
    texts = [edit, wire, wire, wire]
    [g] = groups(*texts)
    assert g.status == "altered"
    assert [(c.article, c.op, c.before, c.after) for c in g.changes] == [("o0", "replace", "soldiers", "troops")]
    articles = [Article.from_text("Headline here\n" + t, id=f"o{n}") for n, t in enumerate(texts)]
    [said] = [f.text for f in key_findings(compare(articles)) if f.kind == "shared_quote"]
    assert "“We will send our soldiers to train them in Lithuania,”" in said, said


def test_every_outlet_carrying_the_longest_version_is_named_and_the_others_are_the_rest():
    """BASIL 08bb9bee: Fox News and HuffPost (in two pieces) carry Romney's whole statement, the Times
    one sentence of it; the finding named Fox alone and said "the others quote shorter parts"."""
    from framing import compare
    from framing.findings.model import key_findings

    whole = ('"Akin\'s comments were offensive and wrong and he should consider what course would be best. '
             'Today his fellow Missourians urged him to step aside and exit the Senate race," Romney said.')
    broken = ('"Akin\'s comments were offensive and wrong and he should consider what course would be best," '
              'Romney said. "Today his fellow Missourians urged him to step aside and exit the Senate race."')
    part = '"Today his fellow Missourians urged him to step aside and exit the Senate race," Romney said.'
    arts = [Article.from_text("Headline here\n" + t, id=i, outlet=o)
            for i, o, t in (("a", "Fox News", whole), ("b", "HuffPost", broken), ("c", "The Times", part))]
    [said] = [f.text for f in key_findings(compare(arts)) if f.kind == "shared_quote"]
    assert "the longest version, Fox News's and HuffPost's:" in said and "the other quotes a shorter part" in said, said


def test_words_against_an_ellipsis_are_a_cut_not_a_replacement():
    """BASIL 22b6e900: HuffPost marks its cut with an ellipsis ("your voice ... on the Senate Judiciary
    Committee"); Fox News has the words. The quote was called altered, a word "replaced" by nothing."""
    [g] = groups(
        '"You may have someone with your background, your voice ... on the Senate Judiciary Committee," '
        'Braley said.',
        '"You may have someone with your background, your voice, someone who has been fighting tort reform '
        'for thirty years, on the Senate Judiciary Committee," Braley said.',
    )
    assert g.status == "excerpt"
    assert [(c.op, c.before, c.inside) for c in g.changes] == [("insert", "", True)]
    assert g.changes[0].after.startswith("someone who has been fighting tort reform")
