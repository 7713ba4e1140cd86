"""Hypothesis strategies: sets of news-like articles about one event.

Articles are drawn from a pool of facts; each fact has a few wordings
(paraphrases), so generated sets hold shared, paraphrased and unique
sentences, in any order, with optional boilerplate and quotes.
"""

from __future__ import annotations

from hypothesis import strategies as st

from framing import Article

FACTS: list[list[str]] = [
    ["Lithuania will send soldiers to Ukraine on a training mission.",
     "Lithuania is ready to send its troops to Ukraine for a training mission."],
    ["Kyiv has not yet asked for such help.",
     "Authorities in Kyiv have not yet requested such assistance."],
    ["Prime Minister Ingrida Simonyte spoke to the Financial Times on Wednesday.",
     "Simonyte told the Financial Times about the plan on Wednesday."],
    ["Russia summoned the French ambassador on Monday.",
     "On Monday Moscow summoned France's ambassador."],
    ["The Kremlin called the plan a provocation.",
     "Kremlin spokesman Dmitry Peskov said the plan was a provocation."],
    ["NATO plans to adopt a no boots on the ground resolution this summer.",
     "The alliance is planning a resolution against ground troops this summer."],
    ["Lithuania will not issue residency permits to men who evade conscription.",
     "Vilnius refuses permanent residency to Ukrainians avoiding military service."],
    ["About 3,000 troops took part in the exercise near Kaunas.",
     "Some 3,000 soldiers joined the drills near Kaunas."],
    ["Prices of grain rose by 12 percent in April.",
     "Grain prices climbed 12% in April."],
    ["The parliament approved the budget with 85 votes.",
     "Lawmakers passed the budget, 85 voting in favour."],
    ['"We could not send anything if we only thought of Russia," Simonyte said.',
     '"If we just thought about the Russian response, we could not send anything," Simonyte said.'],
    ["Heavy rain flooded the old town of Riga overnight.",
     "Floods hit Riga's old town after a night of heavy rain."],
]
BOILERPLATE = ["Related article: Ukraine Says Thwarted Plot", "Photo: Reuters", "Advertisement"]


@st.composite
def article_texts(draw: st.DrawFn, facts: list[int]) -> str:
    """The text of one article carrying ``facts`` (indices into FACTS), in a drawn order."""
    order = draw(st.permutations(facts))
    lines = ["Headline about the event"]
    for f in order:
        lines.append(draw(st.sampled_from(FACTS[f])))
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(BOILERPLATE)))
    return "\n".join(lines)


@st.composite
def article_sets(draw: st.DrawFn, min_size: int = 2, max_size: int = 6) -> list[Article]:
    """2..6 articles with shared, paraphrased and unique facts; ids are distinct."""
    n = draw(st.integers(min_size, max_size))
    articles = []
    for i in range(n):
        facts = draw(st.lists(st.integers(0, len(FACTS) - 1), min_size=1, max_size=6, unique=True))
        text = draw(article_texts(facts))
        articles.append(Article.from_text(text, id=f"outlet{i}", outlet=f"Outlet {i}"))
    return articles
