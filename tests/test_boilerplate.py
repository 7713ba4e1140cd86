import pytest

from framing.boilerplate import paragraph_role, sentence_role


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
