"""Telling article furniture from article content.

Boilerplate is *flagged and kept*, never dropped: each sentence gets a role,
and comparators skip the boilerplate roles. Roles:

========== ===============================================================
body       the article's content
title      the headline
heading    a sub-heading inside the article
caption    image captions and photo credits ("(CC BY 4.0)", "Photo: AP")
related    "Related article:", "Also read", "Read more" teasers
byline     "By The Associated Press", "Reporting by ...; Editing by ...", an embedded post's
           signature ("— Karl Nehammer (@karlnehammer) May 15, 2024")
copyright  "© 2024 ...", "All rights reserved"
source     "Original url:" lines and lines that are only a URL
share      share buttons, "Advertisement", newsletter prompts
dateline   a line that is only the publication date, or "Published ... Updated ..."
markup     publishing-system leftovers: "endStoryBlock2", "{{ad_slot}}", HTML comments
repeat     a line the page prints twice, or the headline printed again (:mod:`framing.text.furniture`)
navigation menus, labels and lines outside the story (:mod:`framing.text.furniture`)
note       the page's word on the story itself: "This story will be updated", "This is a developing story"
========== ===============================================================

Also flagged, by :func:`lead_tag` and the article assembly: a syndication
or agency tag opening a paragraph ("(Reuters) -", "WASHINGTON (AP) —",
"(NEWSWIRE- Agency)") becomes a ``byline`` sentence of its own, and a short
line without end punctuation between paragraphs that shares no word with the
rest of the article (another story's headline) is ``related``.

>>> paragraph_role("Lithuanian Prime Minister Ingrida Simonyte. Kmu.gov.ua (CC BY 4.0)")
'caption'
>>> sentence_role("Related article: Ukraine Says Thwarted Russian Plot to Kill Zelensky")
'related'
>>> sentence_role("By The Associated Press"), sentence_role("By Monday, all troops had left.")
('byline', None)
>>> sentence_role("The copyright lawsuit was filed in 2019.") is None
True
>>> sentence_role("Also Read Minister resigns after budget row"), sentence_role("endStoryBlock2")
('related', 'markup')
>>> paragraph_role("Agency Published 3 June, 2023 Updated 3 June, 2023 11:40am")
'dateline'
>>> sentence_role("Hass und Gewalt dürfen in unseren… — Karl Nehammer (@karlnehammer) May 15, 2024")
'byline'
>>> sentence_role("We'll update this story as details become available."), sentence_role("We will update you.")
('note', None)
"""

from __future__ import annotations

import re

from framing.text.dates import dateline

__all__ = ["BOILERPLATE_ROLES", "CONTENT_ROLES", "EMBED", "lead_tag", "paragraph_role", "sentence_role"]

CONTENT_ROLES = frozenset({"body", "title", "heading"})
"""Roles that are article content."""
BOILERPLATE_ROLES = frozenset(
    {"caption", "related", "byline", "copyright", "source", "share", "dateline", "markup", "repeat", "navigation",
     "note"}
)
"""Roles that are flagged as boilerplate."""

_AGENCIES = (
    r"AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|TASS|Sputnik|Shutterstock|Xinhua|"
    r"Anadolu|dpa|Bloomberg|Wikimedia(?: Commons)?|Unsplash|Alamy|PA(?: Media| Wire)?|"
    r"ANSA|Kremlin\.ru|kremlin\.ru|president\.gov\.ua"
)
_CREDIT = re.compile(
    rf"""
    \((?:CC[ -](?:BY|0)[^)]{{0,30}}|public domain|(?:AP\ |AFP\ |Reuters\ )?photo[^)]{{0,60}}
        |[^()]{{0,60}}/\s*(?:{_AGENCIES})|(?:{_AGENCIES})(?:\s*/[^)]{{0,40}})?)\)
    | ^\W*(?:photo(?:graph)?|image|picture|pictured|illustration|credit|photo\ credit|
            video|file\ photo|source\ image)s?\s*[:|]
    | \b(?:photo|image|picture|illustration)s?\s+(?:by|courtesy\ of|credit)\b
    | [/|]\s*(?:{_AGENCIES})\s*$
    | \b(?:photo|image|credit)\s*:\s*\S
    """,
    re.I | re.X,
)
_RELATED = re.compile(
    r"""^\W*(?:related(?:\s+(?:articles?|stories|story|content|coverage|news|reading|links?))?
        |also\s+read|read\s+also|read\s+more|more\s+reading|see\s+also|further\s+reading
        |recommended(?:\s+(?:reading|stories|for\ you))?|more\s+on\s+(?:this|the)\b[^:]{0,40}
        |more\s+from\b[^:]{0,40}|you\s+(?:may|might)\s+also\s+like|don'?t\s+miss
        |watch(?:\s+now)?|listen)\s*[:|»›>–—-]""",
    re.I | re.X,
)
# a teaser without a separator: "Also Read Minister resigns after ..."
_RELATED_BARE = re.compile(
    r"^\W*(?:also\s+read|read\s+also|read\s+more|see\s+also|related(?:\s+(?:articles?|stories|story|coverage))?|"
    r"recommended(?:\s+stories)?|don'?t\s+miss|more\s+stories)\s+(?=[A-Z0-9\"“‘'])",
    re.I,
)
# "Published 3 June, 2023 Updated 3 June, 2023 11:40am", "Last updated: May 8, 2024"
_STAMP = re.compile(r"\b(?:first\s+)?(?:published|updated|posted|modified|last\s+updated)\b\s*:?\s*(?:on\s+)?", re.I)
_DATE_WORD = re.compile(
    r"^(?:\d[\d:.,/-]*(?:am|pm|st|nd|rd|th)?|am|pm|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|at|on|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|published|updated|posted|modified|last|first|,)$",
    re.I,
)
# publishing-system leftovers: one camelCase or snake_case token, template braces, comments
_MARKUP = re.compile(
    r"^\s*(?:[a-z]+(?:[A-Z][a-z]*|\d+|_[a-z\d]+)+\d*|\{\{[^}]*\}\}|\{%[^%]*%\}|\[\[[^\]]*\]\]|<!--.*?-->|"
    r"(?:googletag|window|document)\.[\w.]+\(.*\);?)\s*$"
)
# an agency tag opening a paragraph: "(Reuters) -", "WASHINGTON (AP) —", "KYIV, June 3 (Reuters) -",
# "(NEWSWIRE- AgencyName)"
_LEAD_TAG = re.compile(
    r"^\s*(?:[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*)?"
    r"\((?P<agency>[A-Z][\w .&'’/-]{1,50}?)\)\s*(?:[-–—:]+\s*|(?=[A-Z\"“]))"
)
_RELATED_ALONE = re.compile(r"^\W*(?:related|read more|see also|more stories)\W*$", re.I)
_BYLINE = re.compile(
    r"^\W*(?i:by)\s+(?:(?:[A-Z][\w.'’-]*|and|the|of|in|for|with|from|&|,|\||/)\s*){1,14}$"
    r"|^\W*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|written)\s+by)\b"
)
# the signature an embedded post ends with, in any page language: "— Name (@handle) May 15, 2024"
EMBED = re.compile(r"[—–]\s*(?P<who>[^—–()]{1,60}?)\s*\(@\w{1,30}\)\s*"
                   r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2}\.? \w+\.? \d{4})\s*$")
"""An embedded post's signature; ``who`` is the name it is signed with."""
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b", re.I)
_SOURCE = re.compile(
    r"^\W*(?:original\s+(?:url|link|article|source)|source\s+(?:url|link)|originally\s+published\s+at)"
    r"\s*:?|^\W*<?(?:https?://|www\.)\S+>?\W*$",
    re.I,
)
_SHARE_WORDS = frozenset(
    "share shares sharing this article story on via facebook twitter x whatsapp linkedin "
    "telegram email e-mail print copy link tweet pin pinterest reddit comments comment "
    "advertisement advertising ad ads sponsored content scroll to continue with".split()
)
_PROMPT = re.compile(
    r"\b(?:subscribe|newsletter|sign\s+up|follow\s+us|click\s+here|download\s+(?:our|the)\s+app|"
    r"support\s+(?:our|independent)\s+journalism|join\s+our|"
    # the page inviting its reader to write for it: "You can now write for wionews.com", "Share your
    # stories and opinions with us here"
    r"^\W*(?:share|send|tell\s+us)\s+(?:us\s+)?your\s+(?:stories|story|views|opinions|thoughts|tips|photos|videos)|"
    r"write\s+for\s+(?:us|[\w-]+\.(?:com|org|net|in|co\.[a-z]{2}))|"
    r"(?:be|become)\s+(?:a\s+)?part\s+of\s+(?:the|our)\s+community)\b",
    re.I,
)
_WORD = re.compile(r"[\w'-]+")
# the page speaking of the story itself, not of the event: an update notice
_NOTE = re.compile(
    r"^\W*(?:this\s+is\s+an?\s+(?:developing|breaking)\s+(?:news\s+)?story"
    r"|this\s+(?:story|article|post|report)\s+(?:is\s+developing|(?:will\s+be|has\s+been|is\s+being)\s+updated)"
    r"|(?:we|we'll|we\s+will)\s+(?:will\s+)?(?:update|be\s+updating|continue\s+to\s+update)\s+"
    r"(?:this|the|our)\s+(?:story|article|post|report|page)"
    r"|(?:check|come)\s+back\s+(?:here\s+)?(?:later\s+|soon\s+)?for\s+(?:updates|more)"
    r"|refresh\s+(?:this\s+page\s+)?for\s+(?:the\s+latest\s+)?updates)\b",
    re.I,
)


# a credit standing alone, as some pages set it after a headline or a caption: "Video / CBS News",
# "Photo / Getty Images" (any source, not only the agencies :data:`_CREDIT` knows)
_CREDIT_LINE = re.compile(
    r"^\W*(?i:photo(?:graph)?|video|image|picture|graphic|illustration)s?\s*/\s*[A-Z][^.!?/]{0,40}$")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def sentence_role(text: str) -> str | None:
    """Boilerplate role of one sentence, or None if it reads as content."""
    words = _words(text)
    n = len(words)
    if n == 0:
        return None
    if _SOURCE.search(text):
        return "source"
    if n <= 8 and _CREDIT_LINE.match(text):
        return "caption"
    if (_RELATED.search(text) and n <= 40) or _RELATED_ALONE.match(text) or (
            n <= 30 and _RELATED_BARE.search(text)):
        return "related"
    if n <= 3 and _MARKUP.match(text):
        return "markup"
    if _stamp(text):
        return "dateline"
    if _COPYRIGHT.search(text) and n <= 25:
        return "copyright"
    if (n <= 16 and _BYLINE.search(text)) or (n <= 60 and EMBED.search(text)):
        return "byline"
    if n <= 25 and _NOTE.search(text):
        return "note"
    if n <= 8 and all(w in _SHARE_WORDS for w in words):
        return "share"
    if n <= 20 and _PROMPT.search(text):
        return "share"
    return None


def _stamp(text: str) -> bool:
    """A "Published ... Updated ..." line: a publication stamp and dates, at most three other words."""
    if len(text) > 160 or not _STAMP.search(text):
        return False
    rest = [w for w in re.findall(r"[\w:./-]+|,", _STAMP.sub(" ", text)) if not _DATE_WORD.match(w)]
    has_date = bool(re.search(r"\d", text))
    return has_date and len(rest) <= 3


def lead_tag(text: str) -> tuple[int, str] | None:
    """Length of an agency tag opening ``text`` and the agency, if there is one.

    >>> lead_tag("WASHINGTON (Reuters) - The Senate voted on Monday.")
    (23, 'Reuters')
    >>> lead_tag("(NEWSWIRE- Acme Agency) Markets rose on Monday morning.")
    (24, 'NEWSWIRE- Acme Agency')
    >>> lead_tag("(This is an aside.) It rained.") is None
    True
    """
    m = _LEAD_TAG.match(text)
    if not m or len(text) - m.end() < 20:
        return None
    agency = m.group("agency").strip()
    words = agency.split()
    if len(words) > 5 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    return m.end(), agency


def paragraph_role(text: str, *, has_image: bool = False) -> str | None:
    """Boilerplate role that covers a whole paragraph, or None.

    Captions and datelines are recognised on the paragraph as a whole (a
    caption is often a description sentence followed by a credit).
    """
    n = len(_words(text))
    if n == 0:
        return None
    if dateline(text) or _stamp(text):
        return "dateline"
    if n <= 60 and (has_image or (_CREDIT.search(text) and lead_tag(text) is None)):
        return "caption"  # "WASHINGTON (Reuters) - ..." opens a story: not a photo credit
    return None
