"""Key findings: one list for the memo, the JSON and the CSV, with the labels every output uses."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from strategies import article_sets

from framing import Article, compare
from framing.findings.labels import labels
from framing.findings.model import harder_read, key_findings


def long_text(sentence: str, n: int) -> str:
    return "Head\n" + " ".join(sentence.format(i=i) for i in range(n))


def test_readability_is_a_finding_only_when_the_formulas_agree_and_the_texts_are_long():
    plain = "The dog ran {i} times to the red barn and back."
    hard = ("Administrative deliberations concerning intergovernmental appropriations {i} necessitated "
            "comprehensive reconsideration of constitutional responsibilities.")
    a, b = Article.from_text(long_text(plain, 40), id="a"), Article.from_text(long_text(hard, 30), id="b")
    c = compare([a, b], comparators=["readability"])
    found = harder_read(c.readability.by_article)
    assert found is not None and found[:2] == ("b", "a")
    short = compare([Article.from_text(long_text(plain, 5), id="a"), Article.from_text(long_text(hard, 4), id="b")],
                    comparators=["readability"])
    assert harder_read(short.readability.by_article) is None  # too little text to tell


def test_seeds_findings_carry_labels_and_evidence(seeds):
    from framing import load_all

    c = compare(load_all(seeds))
    found = key_findings(c)
    lab = labels(c)
    assert [f.label for f in found] == [f"F{n}" for n in range(1, len(found) + 1)]
    kinds = [f.kind for f in found]
    assert kinds.count("exclusive") == 2 and "shared_quote" in kinds and "quoted_only" in kinds
    assert "readability" not in kinds  # SMOG ranks the seeds the other way
    known = set(lab.units.values()) | set(lab.quotes.values()) | set(lab.entities.values())
    texts = {a.id: a.text for a in c.articles}
    for f in found:
        assert set(f.refs) <= known
        assert all(texts[e.article][e.start : e.end] == e.text for e in f.evidence)


def test_the_json_carries_every_finding_and_the_labels_it_refers_to(seeds):
    import json

    from framing import load_all

    c = compare(load_all(seeds))
    tree = json.loads(c.to_json())
    memo = c.to_markdown()
    assert [f["label"] for f in tree["findings"]] == [f.label for f in key_findings(c)]
    named = {u["label"] for u in tree["units"]} | {q["label"] for q in tree["quotes"]} | {
        e["label"] for e in tree["entities"]}
    for f in tree["findings"]:
        assert set(f["refs"]) <= named
        assert all(ref in memo for ref in f["refs"])  # "C7" in the memo is found in the JSON


def test_headlines_side_by_side_with_what_each_stresses(seeds):
    from framing import load_all
    from framing.findings.threads import headline_contrast

    c = compare(load_all(seeds))
    stressed = {a.id[:3]: words for a, words in headline_contrast(c)}
    # "PM" is spelled out in the other outlet's text ("Prime Minister"): not stressed
    assert stressed == {"000": ["defies", "potential", "backlash"], "003": ["ready"]}
    first = key_findings(c)[0]
    assert first.kind == "headline" and [e.sentence for e in first.evidence] == [0, 0]
    assert "## Headlines" in c.to_markdown()


def test_one_headline_is_not_compared():
    from framing.findings.threads import headline_contrast

    a = Article.from_text("Troops left Kyiv on Monday. Prices rose sharply in Vilnius.", id="a")
    b = Article.from_text("Head line here\nOn Monday, troops left Kyiv. Rain fell all day in Riga.", id="b")
    assert headline_contrast(compare([a, b])) == []


def test_what_each_outlet_alone_reports_is_told_as_threads_most_salient_first(seeds):
    from framing import load_all
    from framing.findings.threads import threads

    c = compare(load_all(seeds))
    a000, a003 = c.articles
    top = threads(c, a000)[0]
    # the conscription / deportation / residency thread is one thing, and the first
    assert top.sentences == (13, 14, 15, 16) and "deporting" in top.words
    texts = [" ".join(a003.sentences[i].text for i in t.sentences) for t in threads(c, a003)]
    assert "Peskov" in texts[0]  # the Kremlin's reaction
    assert any("NATO draft document" in t for t in texts[:3])  # the "no boots on the ground" report
    exclusive = [f for f in key_findings(c) if f.kind == "exclusive"]
    assert [f.articles for f in exclusive] == [(a000.id,), (a003.id,)]
    assert exclusive[0].text.index("deporting") < exclusive[0].text.index("2)")


def test_a_thread_is_cut_where_the_subject_changes():
    a = Article.from_text(
        "Head\nThe council met on Monday in the town hall. "
        "The mayor proposed a new tram line to the airport. She said the tram would open in 2027. "
        "Separately, flooding closed three schools in the north of the county.", id="a")
    b = Article.from_text("Head\nThe council met on Monday in the town hall.", id="b")
    from framing.findings.threads import threads

    found = sorted(t.sentences for t in threads(compare([a, b]), a))
    assert found == [(2, 3), (4,)]


def test_a_title_given_as_metadata_counts_as_the_outlets_words():
    from framing.findings.threads import headline_contrast

    a = Article.from_text("Troops left Kyiv on Monday. Prices rose sharply in Vilnius.", id="a",
                          title="Troops drop out of Kyiv")
    b = Article.from_text("On Monday, troops left Kyiv. Rain fell all day in Riga.", id="b",
                          title="Rain and a drop in prices")
    stressed = {x.id: words for x, words in headline_contrast(compare([a, b]))}
    assert "drop" not in stressed["a"] and "drop" not in stressed["b"]


def test_many_outlets_make_a_capped_list_of_findings():
    from framing import Article, compare
    from framing.findings.model import MAX_FINDINGS, key_findings

    own = ["Bakers in Riga baked bread", "Oslo sailors painted boats", "Farmers near Tallinn harvested rye",
           "Vilnius students sang hymns", "Warsaw engineers repaired bridges", "Prague brewers tasted lager",
           "Vienna musicians rehearsed waltzes", "Berlin cyclists blocked avenues", "Madrid chefs grilled octopus",
           "Lisbon fishermen mended nets", "Dublin poets recited verses", "Paris florists arranged tulips",
           "Rome masons restored columns", "Athens potters glazed amphorae", "Sofia miners struck copper"]
    arts = [Article.from_text(f"Head\nTroops left Kyiv on Monday. {text} yesterday.", id=f"o{n:02d}")
            for n, text in enumerate(own)]
    arts += [Article.from_text("Head\nTroops left Kyiv on Monday.", id=f"z{n}") for n in range(12)]
    found = key_findings(compare(arts))
    kinds = [f.kind for f in found]
    assert kinds.count("exclusive") == MAX_FINDINGS
    assert kinds.count("more_exclusive") == 1 and kinds.count("nothing_exclusive") == 1
    nothing = next(f for f in found if f.kind == "nothing_exclusive")
    assert len(nothing.articles) == 12 and nothing.text.endswith("and 2 more carry nothing the other outlets lack.")


def test_conflicting_figures_group_outlets_by_figure_and_name_a_few():
    """A figures finding named every outlet: 16,897 characters for 1,000 files."""
    import framing
    from framing.findings.model import MAX_FINDINGS, key_findings

    n = MAX_FINDINGS + 15
    arts = [framing.Article.from_text(
        f"Bridge {k} story\nThe council will spend {7 if k < 5 else 20 + k} million dollars on the old "
        f"bridge, the mayor said on Monday.", id=f"o{k:02d}") for k in range(n)]
    c = framing.compare(arts)
    figures = [f.text for f in key_findings(c) if f.kind == "conflicting_figures"]
    assert figures, [f.text for f in key_findings(c)]
    line = figures[0]
    assert line.count("o0") + line.count("o1") + line.count("o2") <= MAX_FINDINGS
    # the figure most outlets give comes first, its outlets grouped
    assert "o00, o01, o02, o03 and o04 say 7 million" in line
    assert "more outlets give other figures" in line


def test_only_sentences_no_other_outlet_comes_near_are_claimed_as_one_outlets_own():
    """A fifth of what framing calls exclusive is a fact another outlet states in other words;
    the key finding claims only sentences no other outlet's sentence links to (Unit.nearest)."""
    import framing
    from framing.align.units import CLEAR_BELOW
    from framing.findings.model import key_findings

    a = framing.Article.from_text(
        "Bridge story\nThe council approved the bridge budget on Monday. The bakery on Elm Street won the "
        "regional sourdough prize on Friday.\n\nDemand for sourdough loaves has tripled since the pandemic, "
        "according to a trade survey.\n\nVolunteers painted the harbour lighthouse blue and white last weekend.",
        id="a")
    b = framing.Article.from_text("Bridge vote\nOn Monday the council approved the budget for the bridge. A bakery "
                                  "on Elm Street won the regional sourdough prize on Friday.", id="b")
    c = framing.compare([a, b])
    demand, lighthouse = c.alignment.unit_of("a", 3), c.alignment.unit_of("a", 4)
    assert demand.articles == lighthouse.articles == ("a",)
    assert demand.nearest >= CLEAR_BELOW > lighthouse.nearest  # "sourdough" links it to b's prize sentence
    (only,) = [f for f in key_findings(c) if f.kind == "exclusive"]
    assert "lighthouse" in only.text and "Demand for sourdough" not in only.text
    assert {e.sentence for e in only.evidence} == {4}
    assert "no counterpart in another outlet for 2 of its 4 sentences" in only.text  # the tally counts both
    unit_json = c.to_dict()["units"][[u.id for u in c.alignment.units].index(demand.id)]
    assert unit_json["nearest"] == demand.nearest and unit_json["near"] == demand.near
    # the memo's table of what a alone carries says which verdict is not clear, and why
    row = next(line for line in c.to_markdown().splitlines() if "Demand for sourdough" in line)
    near = next(u for u in c.alignment.units if u.id == demand.near)
    assert near.articles == ("a", "b") and ": not clear" in row and "near C" in row
    lighthouse_row = next(line for line in c.to_markdown().splitlines() if "lighthouse" in line and "|" in line)
    assert "not clear" not in lighthouse_row


def test_a_headline_abbreviation_with_dots_is_the_same_word_without():
    """"G.O.P." in one headline was called a word no other outlet uses while another wrote "GOP"."""
    import framing
    from framing.findings.threads import headline_contrast

    a = framing.Article.from_text("Obama Taunts G.O.P. on Jobs\nThe president spoke about the jobs bill on Monday.",
                                  id="a")
    b = framing.Article.from_text("Obama Mocks Congress\nThe president spoke about the jobs bill, and the GOP "
                                  "leaders answered on Monday.", id="b")
    stressed = {x.id: words for x, words in headline_contrast(framing.compare([a, b]))}
    assert "taunts" in [w.lower() for w in stressed["a"]]
    assert not any(w.lower().replace(".", "") == "gop" for w in stressed["a"]), stressed


def test_a_figures_line_cut_inside_a_group_counts_each_outlet_once():
    """12 outlets saying 12 and 3 saying 14 read "... and 2 more say 12; 5 more outlets give other figures"."""
    from framing.findings.model import MAX_FINDINGS, _figures_said
    from framing.io.evidence import Evidence

    def cite(t):
        return [Evidence("x", 0, 0, len(t), t)]

    says = {f"o{k:02d}": cite("12") for k in range(MAX_FINDINGS + 2)}
    says.update({f"p{k}": cite("14") for k in range(3)})
    line = _figures_said(says, {a: a for a in says})
    assert "and 2 more say 12" in line
    assert line.endswith("3 more outlets give other figures")


def _quoted_only(*texts: str) -> list[str]:
    arts = [Article.from_text(t, id=f"o{k}") for k, t in enumerate(texts)]
    return [f.text for f in key_findings(compare(arts)) if f.kind == "quoted_only"]


def test_only_one_outlet_quotes_someone_is_said_only_when_sure():
    head = "Red Crescent searches for the crashed helicopter\n\nRescue teams searched the mountains all night. "
    # one person, two spellings framing does not merge: no outlet is said to be the only one quoting him
    split = _quoted_only(head + "\"We have found the site,\" said Pirhossein Kolivand, head of the Red Crescent.",
                         head + "\"The teams are close to the site,\" said Pir Hossein Koolivand on state TV.")
    assert not [t for t in split if "Kolivand" in t or "Koolivand" in t], split
    # a role is not a person's name: "Only X quotes Hungarian Prime Minister" is never said
    role = _quoted_only(head + "\"It is a great loss,\" the Hungarian Prime Minister said on the radio.",
                        head + "The search went on through the night in heavy fog.")
    assert role == []
    # a named person only one outlet quotes is still a finding
    named = _quoted_only(head + "\"We have found the site,\" said Pirhossein Kolivand, head of the Red Crescent.",
                         head + "The search went on through the night in heavy fog.")
    assert any("Only o0 quotes Pirhossein Kolivand" in t for t in named), named


def test_only_one_outlet_quotes_someone_needs_a_quote_that_names_them():
    """Found by two readers on real events: "Only X quotes Y" said of a person X only names ("said CASA"
    after a sentence about Y), or of a speaker found through "he said" paragraphs away."""
    head = "Red Crescent searches for the crashed helicopter\n\nRescue teams searched the mountains all night. "
    named_only = _quoted_only(head + "One of the missing was Miguel Luna, a father of three, said CASA.",
                              head + "The search went on through the night in heavy fog.")
    assert not [t for t in named_only if "Luna" in t], named_only
    # another outlet's headline quotes him: not "only"
    other = Article.from_text("Putin says Prigozhin was 'talented businessman'\n\nRescue teams searched the "
                              "mountains all night. The search went on through the night.", id="o1")
    one = Article.from_text(head + "\"He was a man of difficult fate,\" said Vladimir Putin on Thursday.", id="o0")
    said = [f.text for f in key_findings(compare([one, other])) if f.kind == "quoted_only"]
    assert not [t for t in said if "Putin" in t], said


def test_a_headline_that_is_a_web_address_is_no_outlet_s_headline():
    """"world europe 65816109" (a page's address standing for its headline) stresses nothing."""
    import framing
    from framing.findings.threads import headline_contrast

    a = framing.Article.from_text("world europe 65816109\nThe dam on the river burst on Tuesday.", id="a")
    b = framing.Article.from_text("Dam bursts, towns flooded\nThe dam on the river burst on Tuesday.", id="b")
    c = framing.Article.from_text("Floods after dam breach\nThe dam on the river burst on Tuesday.", id="c")
    stressed = {x.id: words for x, words in headline_contrast(framing.compare([a, b, c]))}
    assert set(stressed) == {"b", "c"}


def test_the_tail_of_a_quotation_is_never_named_as_what_one_outlet_alone_reports():
    tail = 'Whoever they are, whoever is guiding them," Putin said.'
    a = Article.from_text('Putin vows revenge\nThe attack on the concert hall killed many people on Friday. '
                          '"We will identify and punish everyone behind the massacre. ' + tail, id="a")
    b = Article.from_text("Concert hall attack\nThe attack on the concert hall killed many people on Friday. "
                          "Officials said everyone behind the massacre would be punished.", id="b")
    findings = key_findings(compare([a, b]))
    assert not any("Whoever" in f.text for f in findings if f.kind == "exclusive")


def test_only_one_outlet_quotes_someone_is_not_said_when_another_carries_the_same_words():
    """Found by a reader: "Only latin-times quotes Brawner Builders" while cbs-news carries the same words,
    credited to "an employee at the company"."""
    head = "Six workers missing after bridge collapse\n\nThe six men were working for Jeffrey Pritzker's crew. "
    said = _quoted_only(
        head + "\"They are all hard-working, humble men,\" the Banner was told by Jeffrey Pritzker.",
        head + "\"They are all hard-working, humble men,\" the Banner was told by an employee at the company.")
    assert not [t for t in said if "Pritzker" in t], said


def test_an_exclusive_sentence_that_is_mostly_a_quote_is_claimed_for_its_words_only():
    """Found by a reader: "Only china-daily reports ... 'We do not believe that we're going to find any of these
    individuals alive,' Coast Guard ... said" while two outlets say the men are "presumed dead"."""
    from framing import compare

    head = "Six workers missing after bridge collapse\n\nThe bridge collapsed after a ship hit it on Tuesday. "
    one = Article.from_text(head + "Divers searched the river all day for the six workers. \"We do not believe "
                            "that we are going to find any of these individuals alive,\" Admiral Shannon "
                            "Gilreath said.", id="o0")
    other = Article.from_text(head + "Divers searched the river all day for the six workers. The men are now "
                              "presumed dead, officials said.", id="o1")
    texts = [f.text for f in key_findings(compare([one, other])) if f.kind == "exclusive"]
    named = [t for t in texts if t.startswith("Only o0 reports") and "We do not believe" in t]
    assert named and all("the words it quotes" in t and "others may state its substance otherwise" in t
                         for t in named), texts


def test_a_headline_name_spelled_one_letter_apart_elsewhere_is_not_stressed():
    """Found on a held-out real event: "Zelenskyy" was called a word no other outlet uses while another
    outlet wrote "Zelensky"; a common word one letter from another ("hungary" / "hungry") stays apart."""
    import framing
    from framing.findings.threads import headline_contrast

    a = framing.Article.from_text("Zelenskyy on the verdict: Hungary waits\nThe court ruled on Monday.", id="a")
    b = framing.Article.from_text("Court rules\nThe court ruled on Monday, and Volodymyr Zelensky spoke. "
                                  "Many were hungry.", id="b")
    stressed = {x.id: [w.lower() for w in words] for x, words in headline_contrast(framing.compare([a, b]))}
    assert "zelenskyy" not in stressed["a"] and "hungary" in stressed["a"], stressed


def test_a_general_remark_is_never_named_as_what_one_outlet_alone_reports():
    """Found on a held-out real event: "Only NIPNA reports, most clearly: 'This tragic incident occurred in
    the midst of their service'" while another outlet quoted "had an accident while serving". A remark on the
    event itself is not claimed; a fact is."""
    head = "Helicopter crash\n\nThe helicopter crashed in fog on Sunday near the border, officials said. "
    one = Article.from_text(head + "This tragic incident occurred in the midst of their service.", id="o0")
    fact = Article.from_text(head + "Volunteers painted the harbour lighthouse blue and white last weekend.", id="o0")
    other = Article.from_text(head, id="o1")
    remark = [f.text for f in key_findings(compare([one, other])) if f.kind == "exclusive"]
    assert remark and not [t for t in remark if "most clearly" in t], remark
    named = [f.text for f in key_findings(compare([fact, other])) if f.kind == "exclusive"]
    assert [t for t in named if "most clearly" in t and "lighthouse" in t], named


def test_two_wordings_of_one_quote_show_each_outlets_words_around_what_they_share():
    """Found on a held-out real event: the words a finding showed for a shared quote were one outlet's alone."""
    head = "Leader reacts\n\nThe opposition leader died in prison on Friday. "
    one = Article.from_text(head + '"It has just been reported that he died in a prison. He was obviously killed '
                            'by the regime, like thousands of others," the president said.', id="o0")
    other = Article.from_text(head + '"It is obvious that he was killed by the regime," the president said.',
                              id="o1")
    [said] = [f.text for f in key_findings(compare([one, other])) if f.kind == "shared_quote"]
    assert "two wordings" in said and "killed by the regime" in said.split("o0 “")[1].split("”")[0], said


def test_a_quoted_document_is_where_the_words_come_from_not_who_said_them():
    """Found by readers of real events: "carry the statement's quote", "one statement of the campaign
    statement"."""
    head = "Leader shot\n\nThe prime minister was shot on Wednesday in the town square. "
    one = Article.from_text(head + '"He was shot multiple times and is currently in a life-threatening '
                            'condition," the statement said.', id="o0")
    other = Article.from_text(head + '"He has been shot multiple times and is now in a life-threatening '
                              'condition," the statement said.', id="o1")
    [said] = [f.text for f in key_findings(compare([one, other])) if f.kind == "shared_quote"]
    assert "a quote from the statement" in said and "statement's" not in said, said


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(article_sets(min_size=2, max_size=5))
def test_the_tally_of_what_one_outlet_alone_reports_leaves_out_what_framing_links_elsewhere(articles):
    """An "exclusive" finding's tally counts the sentences of units the outlet alone carries that no other
    outlet's sentence links to at LIKELY or more (framing's model: more likely the same fact than not)."""
    import re as _re

    from framing.findings.model import LIKELY

    c = compare(articles)
    cov = c.coverage
    for f in key_findings(c):
        if f.kind != "exclusive":
            continue
        (aid,) = f.articles
        stated = int(_re.search(r"(?:for|For) ([\d,]+) of", f.text).group(1).replace(",", ""))
        mine = sum(len(cov.placements[u][aid].sentences) for u in cov.added[aid]
                   if c.alignment.unit(u).nearest < LIKELY)
        assert stated == mine > 0, (f.text, mine)


def test_a_line_cut_short_is_never_named_as_an_outlets_own():
    """Found by a reader on a real German page excerpt: its cut-off last words ("Laut russischen
    Behördenangaben sind 22.000") named as what one outlet alone reports; the same words ended as a
    sentence are named."""
    shared = ("The Kakhovka dam on the Dnipro river broke early on Tuesday, flooding towns downstream. "
              "Officials in Kherson ordered an evacuation of the riverside districts.")
    other = Article.from_text("Dam breaks\n" + shared + " Water levels rose by several metres within hours.",
                              id="b")
    for tail, named in (("Farmers near Hola Prystan lost their entire harvest of melons and tomatoes.", True),
                        ("Farmers near Hola Prystan lost their entire harvest of melons and", False)):
        mine = Article.from_text("Dam breaks\n" + shared + "\n\n" + tail, id="a")
        found = [f.text for f in key_findings(compare([mine, other])) if f.kind == "exclusive" and "a" in f.articles]
        assert found, "the outlet's own line is counted either way"
        assert ("Hola Prystan" in found[0]) is named, found


def test_an_outlet_that_tells_one_fact_twice_has_it_named_once():
    """Found by a reader on a real German page: a call told in the outlet's words and in the post it
    quotes, both named as what the outlet alone reports."""
    shared = ("The Kakhovka dam on the Dnipro river broke early on Tuesday, flooding towns downstream. "
              "Officials in Kherson ordered an evacuation of the riverside districts.")
    other = Article.from_text("Dam breaks\n" + shared + " Water levels rose by several metres within hours.",
                              id="b")
    mine = Article.from_text(
        "Dam breaks\n" + shared + "\n\nThe chancellor had spoken with the Ukrainian president by phone on Monday "
        "about the security of the dam.\n\nAgricultural exports from the Kherson region are expected to fall "
        "sharply this year.\n\nThe chancellor had spoken by phone with the Ukrainian president on Monday about "
        "the dam's security, his office said.", id="a")
    (found,) = [f.text for f in key_findings(compare([mine, other])) if f.kind == "exclusive" and "a" in f.articles]
    assert found.count("spoken") == 1, found


def test_an_outlets_tally_says_how_many_sentences_have_only_an_uncertain_counterpart():
    """Readers of German and Russian events counted more sentences an outlet alone carries than
    framing's count, where its counterparts were loose (another politician's words of the same kind):
    the tally is a range, the sentences with no counterpart and those whose best link is under
    claims.SURE, whatever the order of the articles."""
    from framing.findings import claims

    a = Article.from_text("Head\nTroops left Kyiv on Monday. The minister said the army would be ready by spring. "
                          "Snow fell heavily across the north of the country.", id="a")
    b = Article.from_text("Head\nOn Monday, troops left Kyiv. The army needs more time, a general said. Food prices "
                          "rose sharply in the shops of Vilnius last week.", id="b")
    texts = []
    for arts in ([a, b], [b, a]):
        c = compare(arts)
        best = claims.strongest(c.alignment)
        assert best[("a", 1)] >= claims.SURE and best[("a", 2)] < claims.SURE  # troops: sure; the army: loose
        tallies = [f.text for f in key_findings(c) if f.kind == "exclusive"]
        assert len(tallies) == 2, tallies
        assert all("no counterpart in another outlet for 1 of its 3 sentences and only an uncertain one "
                   "(a link under 90%) for 1 more" in t for t in tallies), tallies
        texts.append(sorted(tallies))
    assert texts[0] == texts[1]


def test_an_outlet_that_also_gives_the_others_figure_does_not_contradict_it():
    """Titan (web events): HuffPost's "a pilot and four passengers" against two outlets' "five
    passengers", HuffPost also writing "all five people aboard": a reader found "the figures differ"
    false. Without that sentence, the figures differ."""
    import framing
    from framing.findings.model import key_findings

    four = ("The submersible left on Sunday carrying a pilot and four passengers who had paid for the dive "
            "to the wreck.")
    five = "The submersible left on Sunday carrying five passengers who had paid for the dive to the wreck."
    also = " The Coast Guard said on Thursday that all five people aboard had died."

    def differ(first: str) -> list[str]:
        arts = [framing.Article.from_text(f"Sub lost\n{t}", id=i)
                for i, t in (("a", first), ("b", five + also), ("c", five))]
        return [f.text for f in key_findings(framing.compare(arts)) if f.kind == "conflicting_figures"]

    assert differ(four) and not differ(four + also)
