"""One person written several ways: framing.text.people and its use by the people registry."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from framing import Article
from framing.comparators.entities import build_registry
from framing.text.people import compatible, merge_people, parts


def test_middle_initials_nicknames_suffixes_and_a_leading_initial():
    assert merge_people(["john a. boehner", "john boehner"]) == {"john boehner": "john a. boehner"}
    assert merge_people(["bob goodlatte", "robert w. goodlatte"]) == {"bob goodlatte": "robert w. goodlatte"}
    assert merge_people(["a. barry rand", "barry rand"]) == {"barry rand": "a. barry rand"}
    assert merge_people(["jesse l. jackson jr.", "jesse jackson jr."]) == {"jesse jackson jr.": "jesse l. jackson jr."}


def test_a_name_that_could_be_two_people_stays_apart():
    # "George Bush" fits both; the two Bushes differ in their middle initials
    assert merge_people(["george bush", "george w. bush", "george h. w. bush"]) == {}
    assert merge_people(["bill clinton", "hillary clinton"]) == {}
    assert merge_people(["jesse jackson jr.", "jesse jackson sr."]) == {}


def test_one_letter_misspelling_of_a_long_surname_with_the_same_first_name():
    assert len(merge_people(["jan brewer", "jan brewar"])) == 1
    assert not compatible(parts("jan brewer"), parts("jon brewar"))  # two differences: two people
    assert not compatible(parts("tom cole"), parts("tom cale"))  # short surnames: no guessing


names = st.sampled_from([
    "john a. boehner", "john boehner", "bill clinton", "hillary clinton", "hillary rodham clinton",
    "george bush", "george w. bush", "bob goodlatte", "robert w. goodlatte", "jan brewer", "jan brewar",
])


@given(st.lists(names, max_size=11), st.randoms())
def test_merge_is_an_equivalence_that_does_not_depend_on_order(given_names, rnd):
    merged = merge_people(given_names)
    shuffled = list(given_names)
    rnd.shuffle(shuffled)
    assert merge_people(shuffled) == merged
    assert all(target not in merged for target in merged.values())  # merged into a name that stays
    assert all(compatible(parts(a), parts(b)) for a, b in merged.items())


def test_registry_gives_one_row_per_person_across_outlets_and_surnames_follow():
    reg = build_registry([
        Article.from_text("Head\nIt rained. House Speaker John A. Boehner said it. Mr. Boehner left.", id="nyt"),
        Article.from_text("Head\nIt rained. Speaker John Boehner said it. Boehner then left.", id="fox"),
    ])
    [boehner] = [e for e in reg.entities if "Boehner" in e.name]
    assert set(boehner.articles) == {"nyt", "fox"}
    assert {"John A. Boehner", "John Boehner"} <= set(boehner.variants)
    # named as most outlets name him, not in one outlet's house style; ties go to the fuller
    assert boehner.name == "John A. Boehner"
    reg = build_registry([
        Article.from_text("Head\nIt rained. Speaker John A. Boehner said it.", id="nyt"),
        Article.from_text("Head\nIt rained. Speaker John Boehner said it.", id="fox"),
        Article.from_text("Head\nIt rained. John Boehner said it.", id="hp"),
    ])
    assert [e.name for e in reg.entities if "Boehner" in e.name] == ["John Boehner"]


def test_an_outlet_naming_itself_is_not_its_own_source():
    reg = build_registry([
        Article.from_text("Head\nIt rained, Fox News has learned. The Financial Times said so.", id="f",
                          outlet="Fox News"),
        Article.from_text("Head\nIt rained, Fox News reported on Monday.", id="h", outlet="HuffPost"),
    ])
    fox = next(e for e in reg.entities if e.name == "Fox News")
    assert set(fox.articles) == {"h"}  # HuffPost cites Fox News; Fox's own mention is itself
    assert any(e.name == "Financial Times" and "f" in e.articles for e in reg.entities)


def test_an_outlets_own_form_of_an_uncommon_surname_merges_across_articles_only():
    seen = {"bibi netanyahu": {"a"}, "benjamin netanyahu": {"b"}}
    assert len(merge_people(seen, seen)) == 1
    # named together in one article: two people (sisters), whatever the other articles do
    seen = {"liz cheney": {"a", "c"}, "mary cheney": {"b", "c"}}
    assert merge_people(seen, seen) == {}
    # a common surname never merges on a mismatched first name
    seen = {"bill jackson": {"a"}, "sandra jackson": {"b"}}
    assert merge_people(seen, seen) == {}


def test_a_surname_speaker_resolves_within_its_own_article():
    from framing.comparators.resolve import resolve_speaker

    reg = build_registry([
        Article.from_text("Head\nIt rained. Jesse Jackson Jr. spoke. Mr. Jackson left.", id="a"),
        Article.from_text("Head\nIt rained. Sandra Jackson spoke. Jackson left.", id="b"),
    ])
    assert resolve_speaker("Mr. Jackson", reg) == "Mr. Jackson"  # the set has two Jacksons
    assert resolve_speaker("Mr. Jackson", reg, "a") == "Jesse Jackson Jr."
    assert resolve_speaker("Jackson", reg, "b") == "Sandra Jackson"


def test_a_first_name_alone_names_the_one_person_with_it():
    reg = build_registry([
        Article.from_text("Head\nIt rained. Malia Obama and Sasha Obama came. Later Malia left.", id="a"),
    ])
    malia = next(e for e in reg.entities if e.name == "Malia Obama")
    assert malia.articles["a"].mentions == 2
    assert not any(e.name == "Malia" for e in reg.entities)


def test_a_surname_misspelt_by_one_letter_names_the_one_person_that_close():
    reg = build_registry([
        Article.from_text("Head\nIt rained. Ingrida Simonyte spoke.", id="a"),
        Article.from_text("Head\nIt rained. Then Simonite left, and Peskov spoke.", id="b"),
    ])
    [e] = [e for e in reg.entities if e.name == "Ingrida Simonyte"]
    assert set(e.articles) == {"a", "b"}


def test_a_sentence_opening_word_is_not_a_first_name_alone():
    reg = build_registry([
        Article.from_text("Head\nIt rained. Congressman Will Hurd spoke on Monday.", id="a"),
        Article.from_text("Head\nIt rained. Will anyone care about the vote?", id="b"),
    ])
    hurd = next(e for e in reg.entities if e.name == "Will Hurd")
    assert set(hurd.articles) == {"a"}


def test_transliterations_spacing_and_double_surnames_are_one_person():
    """Found on real pages of one event: Kolivand / Koolivand, Pir Hossein / Pirhossein, Alexei / Aleksei /
    Alexey, Lukashenko / Lukashenka, Šutaj Eštok / Matúš Šutaj Eštok."""
    merged = merge_people(["pir hossein kolivand", "pirhossein kolivand", "pir hossein koolivand",
                           "alexei navalny", "aleksei navalny", "alexey navalny",
                           "alexander lukashenko", "alyaksandar lukashenka", "matus sutaj estok", "sutaj estok"])
    groups: dict[str, set[str]] = {}
    for k, into in merged.items():
        groups.setdefault(into, {into}).add(k)
    assert sorted(map(sorted, groups.values())) == [
        ["aleksei navalny", "alexei navalny", "alexey navalny"],
        ["alexander lukashenko", "alyaksandar lukashenka"],
        ["matus sutaj estok", "sutaj estok"],
        ["pir hossein kolivand", "pir hossein koolivand", "pirhossein kolivand"],
    ]
    assert not compatible(parts("mark rush"), parts("mike rash"))
    assert not compatible(parts("ann smith"), parts("mary ann smith"))  # a given name, not a double surname
