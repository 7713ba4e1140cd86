"""Many outlets of one event: a unit carried by more than ALL_PAIRS outlets is compared version by
version with its representative's, not over every pair of versions."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import article_sets

from framing import Article, align, compare
from framing.align.units import COPIES_ABOVE
from framing.comparators import ALL_PAIRS, representative
from framing.comparators.versions import versions
from framing.comparators.wording import wording

WIRE = ("Head\nLithuania will send soldiers to Ukraine on a training mission, Prime Minister Ingrida Simonyte "
        "said on Wednesday. The Kremlin called the plan a provocation and warned of consequences.")
EDITS = [
    "Head\nLithuania will send troops to Ukraine on a training mission, Prime Minister Ingrida Simonyte "
    "said on Wednesday. The Kremlin called the plan a provocation and warned of consequences.",
    "Head\nLithuania will send soldiers to Ukraine on a training mission, Prime Minister Ingrida Simonyte "
    "told reporters on Wednesday in Vilnius. The Kremlin called the plan a provocation and warned of consequences.",
]


def wire_event(n: int) -> list[Article]:
    """``n`` outlets: most carry the wire copy word for word, two edit it."""
    texts = [*EDITS, *[WIRE] * (n - len(EDITS))]
    return [Article.from_text(t, id=f"o{k:02d}") for k, t in enumerate(texts)]


def test_the_representative_is_the_wording_most_outlets_carry():
    arts = wire_event(9)
    unit = next(u for u in align(arts).units if len(u.members) == 9)
    assert representative(unit, {a.id: a for a in arts}) == "o02"  # the first outlet carrying the wire copy


def test_a_unit_of_many_carriers_is_diffed_against_its_representative_only():
    arts = wire_event(ALL_PAIRS + 3)
    w = wording(arts, align(arts))
    assert w.differences  # the two edits
    assert all("o02" in (d.a, d.b) for d in w.differences)
    assert {(d.a, d.b) for d in w.differences} == {("o00", "o02"), ("o01", "o02")}  # copies differ in nothing


def test_a_sentence_one_word_from_a_wire_copy_is_linked_to_its_first_copy_alone():
    # o00 writes "troops" for "soldiers": in an event of more than COPIES_ABOVE outlets it is aligned as
    # a copy of the wire sentence (o02's, the first copy), linked to it alone, and joins its unit
    unit = align(wire_event(COPIES_ABOVE + 3)).units[0]
    assert len(unit.members) == COPIES_ABOVE + 3 and unit.kind == "restates"
    assert [(x.a, x.b) for x in unit.links if "o00" in (x.a[0], x.b[0])] == [(("o00", 1), ("o02", 1))]
    # up to COPIES_ABOVE outlets, every sentence is linked to every other
    few = align(wire_event(COPIES_ABOVE)).units[0]
    assert len([x for x in few.links if "o00" in (x.a[0], x.b[0])]) == COPIES_ABOVE - 1


def test_few_carriers_are_diffed_over_every_pair():
    arts = wire_event(ALL_PAIRS)
    w = wording(arts, align(arts))
    assert ("o00", "o01") in {(d.a, d.b) for d in w.differences}


def test_what_a_version_adds_to_the_representative_lacks_in_it_alone():
    arts = wire_event(ALL_PAIRS + 3)
    v = versions(arts, align(arts))
    added = [x for x in v.additions if x.article == "o01"]
    assert added and all(x.lacking == ("o02",) for x in added)
    small = wire_event(ALL_PAIRS)
    assert any(len(x.lacking) > 1 for x in versions(small, align(small)).additions if x.article == "o01")


@settings(deadline=None, max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(article_sets(min_size=ALL_PAIRS + 1, max_size=ALL_PAIRS + 3), st.randoms(use_true_random=False))
def test_many_outlets_compare_whatever_their_order(articles, rnd: random.Random):
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    first, second = compare(articles), compare(shuffled)
    for name in ("wording", "versions", "quotes"):  # (quotes: wire copies grouped first past COPIES_ABOVE)
        assert first.sections[name].to_dict() == second.sections[name].to_dict()


def test_a_wire_quote_in_many_outlets_is_one_group_whatever_their_order():
    texts = [f'Head\n"We will send soldiers to train them," Simonyte told outlet {k}. It rained in Vilnius.'
             for k in range(COPIES_ABOVE + 4)]
    articles = [Article.from_text(t, id=f"o{k:02d}") for k, t in enumerate(texts)]
    for order in (articles, articles[::-1], articles[3:] + articles[:3]):
        [g] = compare(order, comparators=["quotes"]).quotes.groups
        assert g.status == "exact" and len({v.article for v in g.variants}) == len(articles)
