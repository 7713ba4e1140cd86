import pytest

from framing.text.boilerplate import lead_tag, paragraph_role, sentence_role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Related article: Ukraine Says Thwarted Russian Plot", "related"),
        ("Also read: Kyiv braces for winter", "related"),
        ("READ MORE: Biden says", "related"),
        ("By The Associated Press", "byline"),
        ("BY JOHN SMITH AND JANE DOE", "byline"),
        ("Reporting by Andrius Sytas; Editing by Alex Richardson", "byline"),
        ("© 2024 The Moscow Times", "copyright"),
        ("Copyright 2024 Reuters. All rights reserved.", "copyright"),
        ("Original url:", "source"),
        ("https://www.themoscowtimes.com/2024/05/08/a85063", "source"),
        ("Share this article", "share"),
        ("Advertisement", "share"),
        ("Sign up for our daily newsletter", "share"),
        ("We'll update this story as details become available.", "note"),
        ("This is a developing story.", "note"),
        # the page inviting its reader to write for it (WION)
        ("You can now write for wionews.com and be a part of the community.", "share"),
        ("Share your stories and opinions with us here.", "share"),
        # a credit standing alone, after a headline (NZ Herald)
        ("Video / CBS News", "caption"),
        ("Photo / Getty Images", "caption"),
    ],
)
def test_boilerplate_sentences(text, role):
    assert sentence_role(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "By Monday, all troops had left the city.",
        "He read more books than anyone, officials said.",
        "The copyright lawsuit was filed in 2019 by the authors.",
        "Lithuania is prepared to send its soldiers on a training mission to Ukraine.",
        "Russia will not like this.",
        "Share prices fell 3% on the news from Vilnius on Monday.",
        "We will update the public on the investigation, the sheriff said.",
        "She urged people to share your stories of the quake, the minister said.",
        "video/audio formats are used by the station.",
    ],
)
def test_content_sentences_are_not_boilerplate(text):
    assert sentence_role(text) is None
    assert paragraph_role(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Lithuanian Prime Minister Ingrida Simonyte. Kmu.gov.ua (CC BY 4.0)",
        "Ukrainian soldiers near Bakhmut. (AP Photo/Efrem Lukatsky)",
        "Photo: Reuters",
        "Image courtesy of NASA",
    ],
)
def test_captions_and_credits(text):
    assert paragraph_role(text) == "caption"


def test_image_paragraph_is_a_caption():
    assert paragraph_role("Soldiers at a base", has_image=True) == "caption"


def test_dateline_paragraph():
    assert paragraph_role("May 08, 2024") == "dateline"


# --- page clutter (issue 12) ------------------------------------------------------------

CLUTTERED = (
    "Senate votes on budget\n"
    "WASHINGTON (Reuters) - The Senate voted on Monday to pass the budget bill after a long debate.\n"
    "Lawmakers said the bill would cut spending by a large amount over ten years.\n"
    "Minister resigns after scandal in Ruritania\n"
    "The budget vote came after weeks of talks between the parties in the Senate.\n"
    "endStoryBlock2\n"
    "Agency Published 3 June, 2023 Updated 3 June, 2023 11:40am\n"
    "Also Read Minister resigns after budget row\n"
    "The bill now goes to the House, where the budget faces a tougher vote."
)


def test_clutter_is_flagged_with_a_role_and_kept():
    from framing import Article

    a = Article.from_text(CLUTTERED, id="x")
    roles = [(s.role, s.text) for s in a.sentences]
    assert roles == [
        ("title", "Senate votes on budget"),
        ("byline", "WASHINGTON (Reuters) -"),
        ("body", "The Senate voted on Monday to pass the budget bill after a long debate."),
        ("body", "Lawmakers said the bill would cut spending by a large amount over ten years."),
        ("related", "Minister resigns after scandal in Ruritania"),  # another story's headline
        ("body", "The budget vote came after weeks of talks between the parties in the Senate."),
        ("markup", "endStoryBlock2"),
        ("dateline", "Agency Published 3 June, 2023 Updated 3 June, 2023 11:40am"),
        ("related", "Also Read Minister resigns after budget row"),
        ("body", "The bill now goes to the House, where the budget faces a tougher vote."),
    ]
    assert "".join(a.text[s.start : s.end] for s in a.sentences).replace(" ", "") == (
        "".join(CLUTTERED.split())
    )  # nothing dropped
    assert a.outlet is None  # the one agency tag names who wrote it, not the outlet carrying it
    assert Article.from_text(CLUTTERED, id="reuters-budget").outlet == "Reuters"  # unless the id names it


def test_clutter_is_not_read_as_people_or_quotes():
    from framing import Article
    from framing.comparators.entities import build_registry

    a = Article.from_text(CLUTTERED, id="x")
    names = {e.name for e in build_registry([a]).entities}
    assert not names & {"Agency Published", "Published", "Updated", "Ruritania", "Reuters"}


@pytest.mark.parametrize(
    "text",
    [
        "Here's an excerpt from the Times report:",  # introduces what follows
        "The bill now goes to the House.",
    ],
)
def test_content_lines_stay_content(text):
    from framing import Article

    a = Article.from_text(f"Head\nThe Senate voted on the budget.\nThe House waits.\n{text}\nIt ended late.", id="x")
    assert all(s.role == "body" for s in a.sentences[1:])


def test_an_agency_tag_is_not_a_photo_credit_and_an_aside_is_not_a_tag():
    assert paragraph_role("KYIV, June 3 (Reuters) - Ukraine said it shot down twelve drones overnight.") is None
    assert lead_tag("(This is an aside.) It rained all day in the city.") is None


def test_a_readers_own_sentence_split_is_kept_with_an_agency_tag(tmp_path):
    import json

    from framing import load

    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "Senate votes", "body-paragraphs": [
        ["WASHINGTON (Reuters) - The Senate voted on Monday to pass the budget bill.", "It was late."]]}),
        encoding="utf-8")
    a = load(path)
    assert [s.text for s in a.body] == [
        "WASHINGTON (Reuters) - The Senate voted on Monday to pass the budget bill.", "It was late."]


def test_a_byline_at_the_head_of_a_page_is_never_its_headline():
    """Found on a held-out real page: the authors' names were shown as the outlet's headline."""
    from framing import Article

    a = Article.from_text("Source: Global Times Published: 2024-07-14\n\n"
                          "By Chen Qingqing, Yang Sheng and Guo Yuandan\n\n"
                          "China is following the shooting incident at the rally. Officials spoke.", id="gt")
    assert a.title is None
    assert [s.role for s in a.sentences[:2]] == ["dateline", "byline"]
    assert a.outlet is None  # the authors are not an outlet
