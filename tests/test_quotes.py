import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing import Article, load
from framing.extract.quotes import extract_quotes


def quotes(text):
    a = Article.from_text("Headline here\n" + text, id="a")
    found = extract_quotes(a)
    for q in found:
        assert a.text[q.start : q.end] == q.text
    return [(q.speaker, q.text, q.form) for q in found]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are ready to send troops," Simonyte said.', "Simonyte"),
        ('"We are ready to send troops," said Foreign Minister Gabrielius Landsbergis.',
         "Foreign Minister Gabrielius Landsbergis"),
        ("“We are ready to send troops,” Simonyte told the Financial Times.", "Simonyte"),
        ('Simonyte said: "We are ready to send troops now."', "Simonyte"),
        ('"We are ready to send troops," according to the Prime Minister.', "Prime Minister"),
        ("«We are ready to send troops», the President added.", "President"),
    ],
)
def test_speaker_from_attribution(text, speaker):
    assert [q[0] for q in quotes(text)] == [speaker]


def test_pronoun_resolves_to_last_named_speaker():
    found = quotes('"We are ready to send troops," Peskov said. "This is a new round of tensions," he added.')
    assert [q[0] for q in found] == ["Peskov", "Peskov"]


def test_pronoun_without_a_named_speaker_stays_unknown():
    assert [q[0] for q in quotes('"We are ready to send troops," she said.')] == [None]


def test_dash_attributed_quote():
    found = quotes("If we thought about it, we could not send anything - said the Prime Minister of Lithuania.")
    assert found == [
        ("Prime Minister of Lithuania", "If we thought about it, we could not send anything", "dash")
    ]


def test_short_quoted_phrases_are_not_quotes():
    assert quotes('Russia denounced the "provocative" policies of the "Financial Times".') == []


def test_unnamed_sources_are_not_speakers():
    assert [q[0] for q in quotes('"The troops will arrive in a week," officials said.')] == [None]


def test_quote_across_two_sentences_is_one_quote():
    found = quotes('"This is a completely new round. It is unprecedented," Peskov added.')
    assert found == [("Peskov", "This is a completely new round. It is unprecedented,", "marks")]


def test_boilerplate_is_not_searched():
    a = Article.from_text('Head\nBody text here.\nRelated article: "Ukraine Says It Thwarted a Plot"', id="a")
    assert extract_quotes(a) == ()


def test_seeds(seeds):
    q000 = extract_quotes(load(seeds / "000_24b190d1714be1b8.txt"))
    q003 = extract_quotes(load(seeds / "003_b0b2997cfc93b2b5.txt"))
    assert [(q.speaker, q.form, q.sentences) for q in q000] == [
        ("Prime Minister of Lithuania", "dash", (11, 12))
    ]
    assert q000[0].text.startswith("If we just thought about the Russian response")
    assert [q.speaker for q in q003[:3]] == ["Simonyte", "Kremlin spokesman Dmitry Peskov", "Peskov"]
    assert q003[0].text.startswith("If we just thought about the Russian response")


@given(st.text())
def test_any_text_gives_consistent_quotes(text):
    a = Article.from_text(text, id="h")
    for q in extract_quotes(a):
        assert a.text[q.start : q.end] == q.text
        assert q.sentences


# --- attribution as a careful reader reads it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an honorific's full stop does not end the speaker's name
        ('"We have got a real challenge here," Mr. Boehner said.', ["Mr. Boehner"]),
        ('"We have got a real challenge here," said R. Clarke Cooper, the group\'s director.',
         ["R. Clarke Cooper"]),
        # a continued quotation, in the same paragraph and in the next one
        ('"We are ready to send troops," Peskov said. "This is a new round of tensions."',
         ["Peskov", "Peskov"]),
        ('“Benghazi did not happen in a vacuum,” Clinton said.\n“The revolutions scrambled power dynamics.',
         ["Clinton", "Clinton"]),
        # a pronoun: the person the previous sentence is about, not the last name in it
        ('Ms. Townsend met Mr. Trump at Trump Tower. "I want to invite him to Arizona," she said.',
         ["Townsend"]),
        ('Bruce Braley apologized on Monday. He said he respects Chuck Grassley. "I have great respect for '
         'farmers," he said.', ["Bruce Braley"]),
        # the subject of a sentence that quotes a phrase
        ('Edelman, president of the fund, criticized the study as "nothing more than a continuation of fear."',
         ["Edelman"]),
        ('Grimm stormed back, leaned into him and said, "Let me be clear to you about this."', ["Grimm"]),
        # institutions and roles as written; a role with a name beside it gives the name
        ('"Colorado has no way to prevent criminal enterprises," the lawsuit says.', ["the lawsuit"]),
        ('"This ad highlights the remorse of many voters," the coalition\'s executive director, Matt Brooks, said.',
         ["Matt Brooks"]),
        ('Gov. Deval Patrick spoke. Mr. Patrick was asked about it. "I am not that cool at all," the governor replied.',
         ["Deval Patrick"]),
        # "it said", "they wrote": no one person
        ('The group met. "We cannot agree to prioritize any matters," they wrote.', [None]),
        # mixed quotation marks
        ('Clapper said the government was "prohibited from sifting through the metadata.”', ["Clapper"]),
    ],
)
def test_attribution(text, speakers):
    assert [q[0] for q in quotes(text)] == speakers


def test_a_quoted_title_is_not_a_quote():
    assert quotes('The magazine portrayed him in the show "The Book of Mormon." It ran for years.') == []


def test_a_name_inside_a_quote_is_not_a_pronoun_antecedent():
    found = quotes('"I told Obama that we would win this," she said. Mrs. Smith left early.')
    assert [q[0] for q in found] == [None]


def test_speakers_named_after_an_opening_phrase_or_by_according_to():
    """Found on real pages: a sentence naming its speaker after an opening phrase, in apposition, or with
    "According to X," at its start was left unattributed."""
    from framing.extract.attribution import mask, speaker

    cases = {
        "According to Peskov, ": "Peskov",
        "In a statement on Facebook, Čaputová condemned the attack as ": "Čaputová",
        "Without naming him, Zelensky said Russian President Vladimir Putin ": "Zelensky",
        "A spokesman for Ukraine's emergency services, Oleksandr Khorunzhyi, said on television that ":
            "Oleksandr Khorunzhyi",
        "Former US ambassador to Russia, Michael McFaul, went even further by claiming that the ": "Michael McFaul",
    }
    for before, who in cases.items():
        assert speaker(mask(before), mask(".")) == who, before


def test_every_quote_of_a_sentence_has_the_sentence_speaker():
    found = quotes('Biden said the government would "pay the entire cost of reconstructing" the bridge '
                   '"and I expect the Congress to support my effort".')
    assert [q[0] for q in found] == ["Biden", "Biden"]


def test_a_name_and_any_verb_after_a_comma_quote_attribute_it():
    assert [q[0] for q in quotes('"All of them will be fairly punished," Putin assured.')] == ["Putin"]


def test_a_pronoun_refers_to_the_subject_named_before_the_quote_in_its_sentence():
    found = quotes('Tom Nichols said the crisis could grow within hours of the mutiny. '
                   'Eurasia Group scholar Ian Bremmer echoed Nichols: "Prospects for the offensive are '
                   'improving by the minute," he claimed.')
    assert [q[0] for q in found] == ["Ian Bremmer"]


def test_a_quote_told_to_someone_in_the_passive_is_attributed_to_who_told_it():
    found = quotes('"They are all hard-working, humble men," the Banner was told by an employee at the company.')
    assert [q[0] for q in found] == ["an employee at the company"]


def test_a_name_that_modifies_a_noun_is_not_the_pronoun_s_antecedent():
    """BASIL: "Amplifying the Romney campaign message, he said ... the “hope and change campaign of '08 has become
    the blame and attack campaign”" was credited to Romney; "he" is Ryan, the article's subject."""
    found = quotes('Mitt Romney chose Paul Ryan as his running mate. "We will win this race together," Ryan said on '
                   'Tuesday. Amplifying the Romney campaign message, he said the "hope and change campaign of 2008 '
                   'has become the blame campaign of 2012."')
    assert [q[0] for q in found] == ["Ryan", "Ryan"]


def test_a_name_in_words_a_pronoun_reported_is_not_the_next_pronoun_s_antecedent():
    """A real page (Hungary Today on the Fico shooting): "“Europe’s position has radically changed now,” he
    underlined" was credited to Zoran Đinđić, whom the sentence before names inside what "he" said; "he"
    is Orbán, who goes on speaking. A name before the sentence's own "he said" is still its subject."""
    found = quotes('"We were all shaken," Viktor Orbán said on Sunday. Central Europe is a risky area, he said, '
                   'adding that he remembers well when Prime Minister Zoran Djindjic was shot dead in 2003. '
                   '"Europe has radically changed now," he underlined.')
    assert [q[0] for q in found] == ["Viktor Orbán", "Viktor Orbán"]
    found = quotes('"We were all shaken," Viktor Orbán said on Sunday. When Robert Fico arrived, he said that he '
                   'was tired. "I will come back," he added.')
    assert [q[0] for q in found] == ["Viktor Orbán", "Robert Fico"]


def test_a_quotation_running_on_over_paragraphs_has_the_speaker_of_its_last_paragraph():
    """A real page (AFP on the Fico shooting): "“I only realised that he was shot after the second gunshot.¶
    “Everything happened so fast,” Krajcik told AFP" left the first paragraph unattributed; a quotation
    running on closes only at its end. A straight mark closing a quote is no opening one."""
    a = Article.from_text("Headline here\nEven as Fico fell, the conductor thought they were firecrackers.\n\n"
                          "“I only realised that he was shot after the second gunshot.\n\n"
                          "“Everything happened so fast,” Krajcik told AFP.", id="a")
    assert [q.speaker for q in extract_quotes(a)] == ["Krajcik", "Krajcik"]
    # (a quote whose opening mark a desk dropped: 'It's a long time coming ... behind this," said ...')
    b = Article.from_text("Headline here\nIt's a long time coming and we're thrilled the president is behind "
                          'this," said Josh Horowitz, a director of the group.\n\n'
                          '"Nothing the president proposes would have stopped it," Senator Marco Rubio said.', id="b")
    assert [q.speaker for q in extract_quotes(b)][-1] == "Senator Marco Rubio"
    assert "Senator Marco Rubio" not in [q.speaker for q in extract_quotes(b)][:-1]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # straight single marks with apostrophes inside (a page without curly marks)
        ("'There's no place for this kind of violence in America,' Biden said.",
         "There's no place for this kind of violence in America,"),
        # curly single marks, British style, with an apostrophe inside
        ("Biden said ‘we won’t let this kind of violence stand’ on Sunday.",
         "we won’t let this kind of violence stand"),
    ],
)
def test_single_quotation_marks_quote_and_apostrophes_do_not_close_them(text, quoted):
    assert [q[1] for q in quotes(text)] == [quoted]


def test_apostrophes_alone_make_no_quote():
    assert quotes("The leaders' meeting in the '90s was long. It's the rebels' town, isn't it.") == []


def test_a_single_mark_is_looked_past_only_so_far():
    """An apostrophe that opens nothing ("'em") is looked past at most SINGLE_QUOTE characters: a page full
    of them costs linear time (unbounded, 20,000 of them in one paragraph took minutes)."""
    from framing.extract.quotes import SINGLE_QUOTE

    long_one = "'" + "word " * (SINGLE_QUOTE // 5 + 10) + "end,' she said."
    assert quotes(long_one) == []
    short = "'" + "word " * 20 + "end,' she said."
    assert [q[1] for q in quotes(short)] == [short[1:short.index(",'") + 1]]
