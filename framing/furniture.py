"""Page furniture that only the page as a whole gives away.

:mod:`framing.boilerplate` judges one sentence or paragraph by its own words
("By The Associated Press", "Photo: AP"). A pasted web page also carries lines
that read as ordinary text alone and are furniture only by where they stand or
what else the page holds: the headline printed again above the story, a photo
caption printed three times, the caption above a credit line ("(EPA Photo)"),
a menu ("News Feed", "1 min read"), a reporter's name and title, a membership
appeal at the foot. :func:`page_roles` reads the whole page, using only
general evidence, never a list of sites:

1. **repeated**: a line printed twice in one page, or the headline printed
   again (``repeat``); a line that says the same words twice in a row, as
   widgets do ("Rescue efforts ... collapse Rescue efforts ... collapse 14:07").
2. **credits and the captions above them**: a credit line ("Kremlin.ru/Handout
   via REUTERS", "(EPA Photo)", "... - Copyright AFP handout") and the short
   line just before it (``caption``).
3. **who wrote it**: a line naming a newsroom job ("Diplomatic correspondent,
   in Ukraine", "X is a reporter at ...") and the bare name beside it
   (``byline``).
4. **prompts**: subscription, membership, app and log-in appeals, search boxes
   and notices to the reader ("This audio is created with AI assistance",
   "This post will be updated ...") (``share``).
5. **outside the story**: the story runs from its first to its last *full
   sentence* (eight words or more, ended, sharing a word of the event with
   another sentence of the page). Before and after it, a line that is not a full
   sentence, or shares no word of the event, is furniture (``navigation``):
   section labels, datelines standing alone, menus, author bios, appeals. Inside
   it, only a fragment that shares no word of the event is (a sub-heading that
   names the event stays content).
6. **another script**: a line in another writing system than the page's
   ("Заголовок открываемого материала" on an English page) (``navigation``).

Only lines whose role is ``body`` are re-judged; the headline (``title``) and
roles already given are kept. Cost: linear in the page's words.

>>> page_roles(["Dam breach floods the south", "Dam breach floods the south",
...             "The dam on the river was destroyed overnight, flooding towns downstream.",
...             "Officials said the river rose by five metres after the dam broke.", "Find out more"],
...            ["title", "body", "body", "body", "body"])
['title', 'repeat', 'body', 'body', 'share']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["page_roles"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_TERMINATED = re.compile(r"[.!?…]['\"”’)\]]*$")
_CONTENT = re.compile(r"[^\W\d_]{4,}")

# Photo agencies and image libraries, as credits name them (not news outlets' sites).
_AGENCY = (
    r"AP|AFP|Reuters|REUTERS|Getty(?: Images)?|EPA(?:-EFE)?|EFE|TASS|Sputnik|Shutterstock|Xinhua|Anadolu|"
    r"dpa|Bloomberg|Wikimedia(?: Commons)?|Unsplash|Alamy|PA(?: Media| Wire)?|ANSA|RIA Novosti|"
    r"Handout|Pool|NurPhoto|SOPA Images|ZUMA(?: Press)?|Associated Press|Agence France-Presse"
).replace(" ", r"\s+")  # the credit pattern is verbose: spaces spelled out
_CREDIT = re.compile(
    rf"""\bvia\s+(?:{_AGENCY})\W*$                        # "Kremlin.ru/Handout via REUTERS"
    | \b(?i:copyright)\s+(?:{_AGENCY})\b                       # "- Copyright AFP handout"
    | \((?:{_AGENCY})\s+(?i:photo|file|handout|images?)s?\)\W*$   # "(EPA Photo)"
    | \((?i:photo|file\s+photo|image)\s*[:/]?\s*[^)]{{0,40}}\)\W*$   # "(Photo: IRNA)"
    | \s(?:{_AGENCY})\s*$                                  # "... causing it to collapse AFP"
    | ^\W*(?:{_AGENCY})(?:\s*/\s*[^/]{{1,40}})*\W*$          # "REUTERS", "AFP/File"
    | /\s*(?:{_AGENCY})\s*/                               # "MOSCOW, June 6. /TASS/."
    | \((?:L|(?i:left|right|centre|center|top|bottom|front|back))\)   # "Robert Fico (L) and ..."
    | ^\W*(?i:(?:video\s+|photo\s+|image\s+)?caption)\s*:          # "Video caption: ..."
    | ^\s*[-–—]\s+[A-Z][^.!?]{{0,60}}$                       # "- Sputnik International, 1920"
    | \s[-–—]\s+[A-Z][\w .’']{{2,40}},\s*\d{{4}}\b[^.!?]*$    # "Kremlin - Sputnik International, 1920, ..."
    | ^[^.!?]{0,40}\w\s*/\s*[\w .'’-]{1,30}/\s*\w[^.!?]{0,40}$   # "Sputnik/Pavel Byrkin/Kremlin ..."
    """,
    re.X,
)
# A newsroom job named on its own line, or in an author's one-line bio.
_JOB = re.compile(
    r"\b(?:reporter|correspondent|editor|journalist|columnist|contributor|writer|producer|"
    r"photographer|presenter|anchor|staff\s+writer|news\s+desk|freelance)s?\b",
    re.I,
)
_BIO = re.compile(r"^\W*(?:[A-Z][\w'’.-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the)\b", re.U)
_HE_BIO = re.compile(r"^\W*(?:he|she|they)\s+(?:is|was|has been|previously)\b", re.I)
# Appeals and notices addressed to the reader, not the story's words.
_PROMPT = re.compile(
    r"\b(?:subscri(?:be|bed|bers?|ption)s?|newsletters?|sign(?:ed)?\s+up|sign\s+in(?=\s*(?:$|to\b|or\b|with\b|[^\w\s]))|"
    r"log\s*(?:in|out)\b|"
    r"register(?:ed)?\s+(?:now|here|for\s+free)|create\s+an\s+account|"
    r"(?:join|reach|become)\b.{0,20}\bmembers(?:hip)?|join\s+(?:us|our|\S+'s?)\b.{0,30}\b(?:channel|community|list)|"
    r"follow\s+us|connect\s+with\s+us|find\s+out\s+more|learn\s+more|read\s+more|get\s+involved|"
    r"download\s+(?:our|the)\s+app|delivered\s+(?:to\s+you|straight|daily|to\s+your\s+inbox)|"
    r"what\s+are\s+you\s+looking\s+for|\d+\s+min(?:ute)?s?\s+read|support\s+(?:our|independent|quality)\s+journalism|"
    r"journalism\s+takes\s+work|contact\s+us|created\s+with\s+ai|generated\s+by\s+ai|"
    r"(?:this|the)\s+(?:post|page|story|article|blog)\s+(?:will\s+be|is\s+being)\s+updated|"
    r"(?:this|the)\s+article\s+is\s+from|may\s+be\s+disturbing|viewer\s+discretion|"
    r"live\s+(?:reporting|coverage|updates?|blog)\W*$|video\s+(?:content|caption)|"
    r"skip\s+to\s+(?:content|main)|cookies?\b.{0,30}\b(?:accept|consent|policy)|"
    r"latest\s+news\s+from\s+around\s+the\s+world)\b",
    re.I,
)
# Another story's teaser: "Latest in Russia: ...", "LIVE UPDATES: ..."
_TEASER = re.compile(
    r"^\W*(?:latest|more|related|live\s+updates?|also|trending|most\s+read|popular|top\s+stories|"
    r"editor'?s?\s+picks?)(?:\s+(?:in|on|from|about)\s+[^:]{1,30})?\s*:",
    re.I,
)
# a line of a few words dated by figures: "Hungary Today 2024.05.17."
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
_BARE_AGENCY = re.compile(rf"^\W*(?:{_AGENCY})\W*$")
_FULL = 8  # words in a full sentence


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _key(text: str) -> str:
    # apostrophes dropped: a headline made from the address reads "baltimores" for "Baltimore's"
    return " ".join(re.sub(r"['’]", "", w.casefold()) for w in _words(text))


def _content(text: str) -> set[str]:
    """Stems of the words that can name an event: four letters or more, not among English's commonest."""
    from wordfreq import zipf_frequency

    from framing.terms import stem

    return {stem(w.casefold()) for w in _CONTENT.findall(text) if zipf_frequency(w.casefold(), "en") < 5.0}


def _script(text: str) -> str | None:
    """The writing system most of ``text``'s letters are in (LATIN, CYRILLIC, ...), or None."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else ""
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: counts[s]) if counts else None


def _doubled(words: Sequence[str]) -> bool:
    """The line's first three or more words said again straight after them."""
    n = len(words)
    for k in range(3, n // 2 + 1):
        if [w.casefold() for w in words[:k]] == [w.casefold() for w in words[k: 2 * k]]:
            return True
    return False


def page_roles(texts: Sequence[str], roles: Sequence[str]) -> list[str]:
    """Roles of a page's lines, furniture found by the page as a whole (see the module's docstring).

    ``texts`` are the page's sentences in order, ``roles`` the roles they have; a new list of roles is
    returned, where only ``body`` roles may change.
    """
    out = list(roles)
    body = [k for k, r in enumerate(roles) if r == "body"]
    if not body:
        return out
    words = [_words(t) for t in texts]
    keys = [_key(t) for t in texts]
    ended = [bool(_TERMINATED.search(t.strip())) for t in texts]
    title = {keys[k] for k, r in enumerate(roles) if r == "title" and keys[k]}

    # the event's words: in the headline, or in two different lines of the page
    content = [_content(t) for t in texts]
    counts: dict[str, int] = {}
    for one in {keys[k]: k for k in body}.values():  # a line printed twice counts once
        for w in content[one]:
            counts[w] = counts.get(w, 0) + 1
    headline = set().union(*(content[k] for k, r in enumerate(roles) if r == "title"))

    def event_words(k: int) -> int:
        return sum(1 for w in content[k] if counts.get(w, 0) > 1 or w in headline)

    # 1. repeated lines that are not sentences (a caption printed again, the headline again): every copy.
    # A full sentence printed twice (a summary above the story) stays content.
    seen: dict[str, int] = {}
    for k in body:
        seen[keys[k]] = seen.get(keys[k], 0) + 1
    long_keys = sorted((key for key in seen if len(key.split()) >= 5), key=len)
    for k in body:
        key = keys[k]
        if len(words[k]) < 3 or ended[k]:
            continue
        if seen[key] > 1 or key in title or any(other.startswith(key + " ") for other in long_keys
                                                if len(other) > len(key)):
            out[k] = "repeat"
        elif len(words[k]) >= 6 and _doubled(words[k]):
            out[k] = "navigation"

    # 2. credits, and the caption just before a photo credit
    for i, k in enumerate(body):
        text = texts[k].strip()
        if out[k] == "body" and len(words[k]) <= 40 and _CREDIT.search(text):
            bare = len(words[k]) <= 3 and _BARE_AGENCY.match(text)  # "REUTERS": the story's, not a photo's
            out[k] = "byline" if bare else "caption"
            if not bare and i and body[i - 1] == k - 1 and out[k - 1] == "body" and len(words[k - 1]) <= 40:
                out[k - 1] = "caption"

    # 3. who wrote it; 4. prompts
    for k in body:
        if out[k] != "body" or len(words[k]) > 30:
            continue
        text = texts[k].strip()
        if _PROMPT.search(text) and event_words(k) <= (1 if len(words[k]) <= 15 else 0):
            out[k] = "share"
        elif _TEASER.match(text) and not ended[k]:
            out[k] = "related"
        elif len(words[k]) <= 8 and _NUMERIC_DATE.search(text) and (not ended[k] or _NUMERIC_DATE.search(text[-12:])):
            out[k] = "dateline"
        elif _JOB.search(text) and (len(words[k]) <= 6 or _BIO.match(text) or _HE_BIO.match(text)):
            out[k] = "byline"
            before = k - 1
            if before >= 0 and out[before] == "body" and 1 <= len(words[before]) <= 3 \
                    and all(w[:1].isupper() for w in words[before]) and not ended[before]:
                out[before] = "byline"  # the name above the job

    # 6. another writing system than the page's
    page = _script(" ".join(texts[k] for k in body))
    for k in body:
        if out[k] == "body" and page is not None and _script(texts[k]) not in (page, None):
            out[k] = "navigation"

    # 5. outside the story: before its first full sentence and after its last
    fulls = [k for k in body if out[k] == "body" and len(words[k]) >= _FULL and ended[k] and event_words(k)]
    if not fulls:
        return out
    first, last = fulls[0], fulls[-1]
    for k in body:
        if out[k] != "body":
            continue
        text = texts[k].strip()
        if text.endswith(":"):
            continue  # "Here is the statement:" introduces what follows
        if k < first or k > last:
            if (len(words[k]) < 4 or not ended[k]) and (not event_words(k) or len(words[k]) <= 3):
                out[k] = "navigation"
        elif not ended[k] and not event_words(k):
            out[k] = "navigation"
    return out
