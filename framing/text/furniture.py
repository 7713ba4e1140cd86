"""Page furniture that only the page as a whole gives away.

:mod:`framing.text.boilerplate` judges one sentence or paragraph by its own words
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
6. **another script or language**: a line in another writing system than the page's
   ("Заголовок открываемого материала" on an English page), or a sentence in another
   language than the page's (an embedded post left in Slovak on a German page,
   :func:`framing.text.detect.foreign`) (``navigation``).

Only lines whose role is ``body`` are re-judged; the headline (``title``) and
roles already given are kept. Cost: linear in the page's words.

>>> page_roles(["Dam breach floods the south", "Dam breach floods the south",
...             "The dam on the river was destroyed overnight, flooding towns downstream.",
...             "Officials said the river rose by five metres after the dam broke.", "Find out more"],
...            ["title", "body", "body", "body", "body"])
['title', 'repeat', 'body', 'body', 'share']
"""

from __future__ import annotations

import array
import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from framing.text.language import rules

__all__ = ["event_heads", "page_roles"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_TERMINATED = re.compile(r"[.!?…]['\"”’)\]]*$")
_CONTENT = re.compile(r"[^\W\d_]{4,}")
_LETTER = re.compile(r"[^\W\d_]")

# Photo agencies and image libraries, as credits name them (not news outlets' sites).
_AGENCY = (
    r"AP|AFP|Reuters|REUTERS|Getty(?: Images)?|EPA(?:-EFE)?|EFE|TASS|Sputnik|Shutterstock|Xinhua|Anadolu|"
    r"dpa|Bloomberg|Wikimedia(?: Commons)?|Unsplash|Alamy|PA(?: Media| Wire)?|ANSA|RIA Novosti|"
    r"Handout|Pool|NurPhoto|SOPA Images|ZUMA(?: Press)?|Associated Press|Agence France-Presse"
).replace(" ", r"\s+")  # the credit pattern is verbose: spaces spelled out
_CREDIT = re.compile(
    rf"""\bvia\s+(?:{_AGENCY})\W*$                        # "Kremlin.ru/Handout via REUTERS"
    | \b(?i:copyright)\s+(?:{_AGENCY})\b                       # "- Copyright AFP handout"
    | \((?:{_AGENCY})(?:\s+(?i:photo|file|handout|images?)s?)?\)\W*$   # "(EPA Photo)", "Russia.(REUTERS)"
    | \((?i:photo|file\s+photo|image)\s*[:/]?\s*[^)]{{0,40}}\)\W*$   # "(Photo: IRNA)"
    | \s(?:{_AGENCY})\s*$                                  # "... causing it to collapse AFP"
    | ^\W*(?:{_AGENCY})(?:\s*/\s*[^/]{{1,40}})*\W*$          # "REUTERS", "AFP/File"
    | /\s*(?:{_AGENCY})\s*/                               # "MOSCOW, June 6. /TASS/."
    | \((?:L|(?i:left|right|centre|center|top|bottom|front|back))\)   # "Robert Fico (L) and ..."
    | ^\W*(?i:(?:video\s+|photo\s+|image\s+)?caption)\s*:          # "Video caption: ..."
    | ^\s*[-–—]\s+[A-Z][^.!?]{{0,60}}$                       # "- Sputnik International, 1920"
    | ^\s*[-–—]\s+[A-Z][\w .’']{{2,40}},\s*\d{{4}}\b[^!?]*$     # "- Sputnik International, 1920, 15.05.2024"
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

# Necessary conditions of the patterns above, as plain substring tests: a news sentence fails them
# at once, so the patterns (slow alternations) run on few lines of a long article. Each list holds,
# for every alternative of its pattern, a piece of text any match contains (lower case).
_PROMPT_NEEDS = ("subscri", "newsletter", "sign", "log", "register", "account", "member", "join", "follow",
                 "connect", "find out", "learn more", "read", "get involved", "download", "deliver",
                 "looking for", "journalism", "contact us", " ai", "updated", "article is from", "disturbing",
                 "discretion", "live", "video", "skip to", "cookie", "latest news")
_JOB_NEEDS = ("report", "correspond", "editor", "journalist", "columnist", "contributor", "writer", "producer",
              "photographer", "presenter", "anchor", "desk", "freelance")
_CREDIT_NEEDS = ("(", "/", "via", "copyright", "caption", "-", "–", "—")
# each list as one pattern: one search at C speed, not a Python step per needle (a page's every short line is asked)
_PROMPT_NEED = re.compile("|".join(map(re.escape, _PROMPT_NEEDS)))
_JOB_NEED = re.compile("|".join(map(re.escape, _JOB_NEEDS)))
_CREDIT_NEED = re.compile("|".join(map(re.escape, _CREDIT_NEEDS)))
_AGENCY_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w.-]*", _AGENCY.replace(r"\s+", " ")))


def _may_credit(lower: str) -> bool:
    """Whether a line (lower case, spaces collapsed) can match :data:`_CREDIT` (see the lists above)."""
    words = lower.split()
    return _CREDIT_NEED.search(lower) is not None or (bool(words) and (
        words[-1].strip(".,;:") in _AGENCY_WORDS or words[0].strip(".,;:") in _AGENCY_WORDS))


def _key(text: str) -> str:
    # apostrophes dropped: a headline made from the address reads "baltimores" for "Baltimore's";
    # folded once the words are joined (case folding and translate go character by character)
    return " ".join(_WORD.findall(text)).casefold().translate(_NO_APOSTROPHES)


_NO_APOSTROPHES = str.maketrans("", "", "'’")


def _content(text: str, language: str = "en") -> frozenset[str]:
    """Stems of the words that can name an event: four letters or more, not among the commonest of
    the page's language (English's "said", Russian's "сейчас")."""
    return frozenset(w for w in (_eventful(x, language) for x in _CONTENT.findall(text)) if w)


@lru_cache(maxsize=1 << 16)  # bounded, as the project's other word caches
def _eventful(word: str, language: str = "en") -> str:
    """The stem of a word that can name an event, or "" for one of the language's commonest."""
    from wordfreq import zipf_frequency

    from framing.text import language_words
    from framing.text.terms import stem

    folded = word.casefold()
    local = rules(language)
    if local is None:
        return stem(folded) if zipf_frequency(folded, "en") < 5.0 else ""
    return language_words.stem(folded, local) if zipf_frequency(folded, local.code) < 5.0 else ""


def _script(text: str) -> str | None:
    """The writing system most of ``text``'s letters are in (LATIN, CYRILLIC, ...), or None; a tie goes to
    the script met first.

    ASCII letters are all Latin: they are counted at C speed, and only the other characters are looked
    up one by one (a line with one curly quote went through :func:`unicodedata.name` for every letter).

    >>> _script("Путин said “yes”"), _script("Путин сказал да"), _script("12 34"), _script("ab Пу")
    ('LATIN', 'CYRILLIC', None, 'LATIN')
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}  # script -> where its first letter is: the order a tie is broken in
    for m in _NOT_ASCII.finditer(text):
        ch = m.group()
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else ""
            counts[script] = counts.get(script, 0) + 1
            first.setdefault(script, m.start())
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if ascii_letters:
        counts["LATIN"] = counts.get("LATIN", 0) + ascii_letters
        at = _ASCII_LETTER.search(text)
        first["LATIN"] = min(first.get("LATIN", len(text)), at.start() if at else len(text))
    if not counts:
        return None
    return max(sorted(counts, key=first.__getitem__), key=counts.__getitem__)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _doubled(words: Sequence[str]) -> bool:
    """The line's first three or more words said again straight after them."""
    n = len(words)
    for k in range(3, n // 2 + 1):
        if [w.casefold() for w in words[:k]] == [w.casefold() for w in words[k: 2 * k]]:
            return True
    return False


def page_roles(texts: Sequence[str], roles: Sequence[str], *, language: str = "en") -> list[str]:
    """Roles of a page's lines, furniture found by the page as a whole (see the module's docstring).

    ``texts`` are the page's sentences in order, ``roles`` the roles they have; a new list of roles is
    returned, where only ``body`` roles may change. Linear in the page: per line it keeps a few numbers,
    and words and keys only for the lines a rule may change (a 50 MB article is 800,000 lines).
    ``language``: a page in another supported language also has its prompts (a short line that
    addresses the reader, "Melden Sie sich an, um Kommentare zu verfassen.") and photo captions
    ("Das Foto zeigt Polizisten an der Unglücksstelle.") found by that language's words
    (:class:`framing.text.language.Language` ``reader`` and ``photo``).
    """
    out = list(roles)
    body = array.array("i", (k for k, r in enumerate(roles) if r == "body"))
    if not body:
        return out
    stripped = _Stripped(texts)  # lines made when read, not kept: the article's text is not copied
    nwords = array.array("i", (len(_WORD.findall(t.strip())) for t in texts))
    ended = array.array("b", (bool(_TERMINATED.search(t.strip())) for t in texts))

    # the event's words: in the headline, or in two different lines of the page (a line printed twice
    # counts once); each line's are made again when a rule asks, not kept for every line
    counts: dict[str, int] = {}
    once: set[int] = set()  # lines that may be printed twice (not sentences) are counted once
    for k in body:
        line = stripped[k]
        if not ended[k]:
            if hash(line) in once:
                continue
            once.add(hash(line))
        for w in _content(line, language):
            counts[w] = counts.get(w, 0) + 1
    headline = set().union(*(_content(stripped[k], language) for k, r in enumerate(roles) if r == "title"))
    known: dict[int, int] = {}

    def event_words(k: int) -> int:
        if k not in known:
            known[k] = sum(1 for w in _content(stripped[k], language) if counts.get(w, 0) > 1 or w in headline)
        return known[k]

    # 1. repeated lines that are not sentences (a caption printed again, the headline again): every copy.
    # A full sentence printed twice (a summary above the story) stays content.
    candidates = [k for k in body if nwords[k] >= 3 and not ended[k]]
    if candidates:
        title = {_key(stripped[k]) for k, r in enumerate(roles) if r == "title"} - {""}
        seen: dict[int, int] = {}
        longer: list[str] = []  # every line's key of five words or more, sorted, for prefix lookups
        for k in body:
            key = _key(stripped[k])
            seen[hash(key)] = seen.get(hash(key), 0) + 1
            if nwords[k] >= 5:
                longer.append(key)
        longer.sort()
        for k in candidates:
            key = _key(stripped[k])
            at = bisect.bisect_right(longer, key + " ")
            prefix = at < len(longer) and longer[at].startswith(key + " ")  # "caption" / "caption - credit"
            if seen[hash(key)] > 1 or key in title or prefix:
                out[k] = "repeat"
            elif nwords[k] >= 6 and _doubled(_WORD.findall(stripped[k])):
                out[k] = "navigation"

    # 2. credits, and the caption just before a photo credit
    for k in range(1, len(out)):
        # "Fico at the EU Summit in Brussels. - Sputnik International, 1920, 15.05.2024": a caption
        # before a credit the sentence splitter read as a dateline
        if out[k] == "dateline" and out[k - 1] == "body" and nwords[k - 1] <= 40 and _CREDIT.search(stripped[k]):
            out[k - 1] = "caption"
    for i, k in enumerate(body):
        text = stripped[k]
        if out[k] == "body" and nwords[k] <= 40 and _may_credit(" ".join(text.lower().split())) \
                and _CREDIT.search(text):
            bare = nwords[k] <= 3 and _BARE_AGENCY.match(text)  # "REUTERS": the story's, not a photo's
            out[k] = "byline" if bare else "caption"
            if not bare and i and body[i - 1] == k - 1 and out[k - 1] == "body" and nwords[k - 1] <= 40:
                out[k - 1] = "caption"

    # 3. who wrote it; 4. prompts
    for k in body:
        if out[k] != "body" or nwords[k] > 30:
            continue
        text = stripped[k]
        lower = " ".join(text.lower().split())  # the patterns' \s+ as one space
        if _PROMPT_NEED.search(lower) and _PROMPT.search(text) \
                and event_words(k) <= (1 if nwords[k] <= 15 else 0):
            out[k] = "share"
        elif _TEASER.match(text) and not ended[k]:
            out[k] = "related"
        elif nwords[k] <= 8 and _NUMERIC_DATE.search(text) and (not ended[k] or _NUMERIC_DATE.search(text[-12:])):
            out[k] = "dateline"
        elif _JOB_NEED.search(lower) and _JOB.search(text) \
                and (nwords[k] <= 6 or _BIO.match(text) or _HE_BIO.match(text)):
            out[k] = "byline"
            before = k - 1
            if before >= 0 and out[before] == "body" and 1 <= nwords[before] <= 3 \
                    and all(w[:1].isupper() for w in _WORD.findall(stripped[before])) and not ended[before]:
                out[before] = "byline"  # the name above the job

    # ... and, in another language, the same by its words: a short line addressing the reader that holds
    # at most one of the event's words is a prompt; a short line opening with a photo word is a caption
    local = rules(language)
    if local is not None and (local.reader or local.photo):
        for k in body:
            if out[k] != "body" or nwords[k] > 30:
                continue
            words = _WORD.findall(stripped[k])
            if local.photo and nwords[k] <= 25 and any(w.casefold() in local.photo for w in words[:2]):
                out[k] = "caption"
            elif local.reader and sum(1 for w in _content(stripped[k], language) if w not in local.stop_words and (
                    counts.get(w, 0) > 1 or w in headline)) <= 1 and any(
                    # German "Sie" opening a line is "she" or "they", unless the line asks the reader
                    (w in local.reader and (n > 0 or not w[:1].isupper() or stripped[k].endswith("?")))
                    if local.reader_case else w.casefold() in local.reader for n, w in enumerate(words)):
                out[k] = "share"

    # ... and a line beside an appeal that makes one too, whatever it names ("Anadolu Agency website
    # contains only a portion of the news stories offered to subscribers ... Please contact us")
    for k in body:
        if out[k] == "body" and nwords[k] <= 40 and (
                (k > 0 and out[k - 1] == "share") or (k + 1 < len(out) and out[k + 1] == "share")):
            text = stripped[k]
            if _PROMPT_NEED.search(" ".join(text.lower().split())) and _PROMPT.search(text):
                out[k] = "share"

    # 6. another writing system than the page's (lines of plain ASCII are in the page's, when it is Latin)
    page = _page_script(stripped[k] for k in body)
    for k in body:
        if out[k] == "body" and page is not None and not (page == "LATIN" and stripped[k].isascii()) \
                and _script(stripped[k]) not in (page, None):
            out[k] = "navigation"
    # ... or in another language written in the page's script (an embedded post, a quote in the original)
    from framing.text.detect import foreign  # lazy: detect reads framing.text.terms
    own = local.stop_words if local is not None else _english_stop_words()
    for k in body:
        if out[k] == "body" and nwords[k] >= 6 and foreign(stripped[k], language, own):
            out[k] = "navigation"

    # 5. outside the story: before its first full sentence and after its last
    def full(k: int) -> bool:
        return out[k] == "body" and nwords[k] >= _FULL and bool(ended[k]) and event_words(k) > 0

    first = next((k for k in body if full(k)), None)
    if first is None:
        return out
    last = next(k for k in reversed(body) if full(k))
    # the headline printed again inside the story labels a picture; the line after it is the
    # picture's caption ("Up to 18 million cubic meters of water poured through ...")
    titles = {_key(stripped[k]) for k, r in enumerate(roles) if r == "title"} - {""}
    for k in body:
        if first < k - 1 and out[k] == "body" and out[k - 1] == "repeat" and nwords[k] <= 30 \
                and _key(stripped[k - 1]) in titles:
            out[k] = "caption"
    for k in body:
        if out[k] == "body" and not _LETTER.search(stripped[k]):
            out[k] = "navigation"  # "1.", "2.": a list's numbers printed apart from their items
            continue
        if out[k] != "body" or (ended[k] and first <= k <= last):
            continue  # inside the story only a fragment can be furniture: the full lines are not read
        if stripped[k].endswith(":"):
            continue  # "Here is the statement:" introduces what follows
        if k < first or k > last:
            if (nwords[k] < 4 or not ended[k]) and (not event_words(k) or nwords[k] <= 3):
                out[k] = "navigation"
        elif not event_words(k):
            out[k] = "navigation"
    return out


# the reader addressed, outside quotation marks: "you", "your", "I don't have ..."
_TO_READER = re.compile(r"^[^\"“”]*\b(?:you|your|you're|I|I'm|my)\b(?![\"”])", re.I)


def _sentence(line: str) -> bool:
    """A full sentence: eight words or more, ended, not a question."""
    line = line.strip()
    return len(_WORD.findall(line)) >= _FULL and bool(_TERMINATED.search(line)) and not line.endswith("?")


STORY_ECHO = 3
"""Words a line shares with the other outlets' pages when it opens the story (:func:`event_heads`)."""


def event_heads(pages: Sequence[Sequence[str]], roles: Sequence[Sequence[str]]) -> list[list[str]]:
    """Roles of several outlets' pages of one event, with the lines above each page's story flagged.

    What one page alone cannot tell, the event's other pages can: a story starts at its first line
    that shares :data:`STORY_ECHO` words or more with the other outlets' pages. Above it, a
    ``body`` line that shares at most one word with them and is no full sentence or speaks to the
    reader ("Got a TV Licence?", "You need one to watch live TV on any channel or device") speaks
    of something else than the event: it becomes ``navigation``. A lede that takes its own angle
    ("On one vessel, five people died on a very expensive excursion ...") is a full sentence about
    the world, not the reader, and stays; nothing below the story's start is touched. The result
    does not depend on the pages' order; cost is linear in their words.

    >>> heads = event_heads(
    ...     [["Got a TV Licence? You need one to watch.", "The dam on the Dnipro river burst, flooding towns."],
    ...      ["The Dnipro dam burst overnight and the river flooded towns."]],
    ...     [["body", "body"], ["body"]])
    >>> heads
    [['navigation', 'body'], ['body']]
    """
    # a page's vocabulary, its lines' words made again where they are read (a set per line of a
    # large page, kept for all its lines, was several times its text; the story starts early)
    pages_of: dict[str, int] = {}
    mine = []
    for page, rs in zip(pages, roles, strict=True):
        vocabulary: set[str] = set()
        for t, r in zip(page, rs, strict=True):
            if r == "body":
                vocabulary |= _content(t)
        mine.append(vocabulary)
        for w in vocabulary:
            pages_of[w] = pages_of.get(w, 0) + 1
    out = [list(rs) for rs in roles]
    for p, page in enumerate(pages):
        def echoed(line: frozenset[str], here: set[str] = mine[p]) -> int:
            return sum(1 for w in line if pages_of[w] - (w in here) > 0)

        above: list[int] = []
        for k, text in enumerate(page):
            if out[p][k] != "body":
                continue
            shared = echoed(_content(text))
            if shared >= STORY_ECHO:
                # only lines above a story found are flagged: a page none of whose lines the others
                # echo (a short text, another event) has no head to tell from its story
                for x in above:
                    out[p][x] = "navigation"
                break
            if shared <= 1 and _LETTER.search(pages[p][k]) and (
                    not _sentence(pages[p][k]) or _TO_READER.search(pages[p][k])):
                above.append(k)
    return out


class _Stripped:
    """``texts[k].strip()``, made when asked."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts

    def __getitem__(self, k: int) -> str:
        return self.texts[k].strip()


def _english_stop_words() -> frozenset[str]:
    from framing.text.terms import STOP_WORDS

    return STOP_WORDS


def _page_script(lines: Iterable[str]) -> str | None:
    """The writing system most of the page is in: Latin when lines of plain ASCII are most of it."""
    plain = other = 0  # characters of lines of plain ASCII, and of the others (a measure, not a count)
    rest: list[str] = []
    for line in lines:
        if line.isascii():
            plain += len(line)
        else:
            other += len(line)
            rest.append(line)
    if plain >= other:
        return "LATIN" if plain else None
    return _script(" ".join(rest))
