import pytest

from framing.text.dates import dateline, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May 08, 2024", "2024-05-08"),
        ("8 May 2024", "2024-05-08"),
        ("Wednesday, May 8, 2024", "2024-05-08"),
        ("Sept. 3rd, 2011", "2011-09-03"),
        ("2010-07-02", "2010-07-02"),
        ("2010-07-02T14:00:00+02:00", "2010-07-02"),
        ("12.05.2024", "2024-05-12"),
        ("08/05/2024", None),
        ("Feb 30, 2024", None),
        ("no date here", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_dateline_is_a_whole_line_date():
    assert dateline("Published: May 8, 2024 10:30 AM GMT") == "2024-05-08"
    assert dateline("Updated 2024-05-08 | 14:05") == "2024-05-08"
    assert dateline("Troops left on May 8, 2024.") is None
