"""Direct quotes in one article, with their speakers.

Finds words inside quotation marks (straight ``"..."``, curly ``“...”``,
``„...“``, ``«...»``), a quotation left open at the end of a paragraph (the
convention for a quote that goes on in the next one), and dash-attributed
quotes (``... - said the Prime Minister``). The speaker is read as a careful
reader reads it:

1. **in the sentence**: "X said", "said X", "X told Y", "X added", "according
   to X", "X said: “...”", "X, the group's director, said", and for a quoted
   phrase inside a sentence, its subject's verb of saying ("X criticized the
   study as “...”", "X wrote that “...”");
2. **a continued quotation**: a quote that opens its sentence with no
   attribution of its own, right after a quote (in the same paragraph or at
   the end of the one before), has that quote's speaker;
3. **a pronoun** ("he said") is the last person the article named before
   the quote (outside quotation marks), skipping those whose honorific says
   otherwise ("Mrs." for "he"); when no person is named, it stays unknown;
4. **institutions and roles**: "the ministry said", "the lawsuit says", "a
   spokeswoman said" name their speaker as written ("the spokeswoman" is
   later resolved to the one spokeswoman the articles name, if any).

Unnamed plurals ("officials said") are not speakers. Quoted titles ("The
Book of Mormon", every word capitalised) and phrases of fewer than
:data:`MIN_QUOTE_WORDS` words are not quotes of speech and are left out. A
quote may run across sentences of one paragraph; its offsets are those of
the quoted words inside ``Article.text``. Boilerplate is never searched.

>>> from framing import Article
>>> a = Article.from_text(
...     'Head\\n"We will not back down on this," Kremlin spokesman Dmitry Peskov said. '
...     '"It is a new round," he added. "And we are ready for all of it."', id="a")
>>> for q in extract_quotes(a):
...     print(q.speaker, "|", q.text)
Kremlin spokesman Dmitry Peskov | We will not back down on this,
Kremlin spokesman Dmitry Peskov | It is a new round,
Kremlin spokesman Dmitry Peskov | And we are ready for all of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.article import Article, Sentence

__all__ = ["MIN_QUOTE_WORDS", "Quote", "extract_quotes"]

MIN_QUOTE_WORDS = 4
"""Quoted passages shorter than this are phrases, not quotes."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote found in one article.

    Attributes
    ----------
    article
        Id of the article.
    text
        The quoted words exactly as in ``Article.text`` (marks excluded).
    start, end
        Offsets of ``text`` in ``Article.text``.
    sentences
        Indices of the sentences the quote spans.
    speaker
        Who is quoted, as the article names them, or None if not attributed.
    form
        ``marks`` (quotation marks) or ``dash`` (``... - said X``).
    """

    article: str
    text: str
    start: int
    end: int
    sentences: tuple[int, ...]
    speaker: str | None
    form: str


_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|declared|declares|noted|notes|wrote|"
    r"writes|asked|asks|explained|explains|warned|warns|insisted|insists|argued|argues|"
    r"claimed|claims|continued|continues|replied|replies|responded|responds|tweeted|posted|recalled|"
    r"stressed|stresses|emphasi[sz]ed|acknowledged|acknowledges|admitted|admits|concluded|announced|"
    r"announces|suggested|suggests|remarked|observed|went on|told reporters|testified|conceded|"
    r"countered|quipped|joked|cautioned|complained|complains|recounted|predicted|vowed|boasted|"
    r"shouted|chanted|read|reads|wrote in|summarized|summarised|summed up|elaborated|reiterated|"
    r"pointed out|mused|wondered|lamented|charged|retorted|scoffed|snapped|fumed|marveled|marvelled|"
    r"offered|chimed in|opined|recalls|remembered|texted|emailed|e-mailed|messaged|said in|says in|"
    r"(?:is|was|were|are) (?:shown|heard|seen|quoted as|quoted) saying|(?:is|was) quoted as saying"
)
# verbs that introduce a quoted phrase inside the sentence: "X called it “...”"
_FRAMING_VERBS = (
    rf"{_VERBS}|call|calls|called|calling|described|describes|describing|criticized|criticised|"
    r"criticizes|denounced|dismissed|labeled|labelled|branded|praised|accused|urged|urges|saying|"
    r"telling|writing|adding|noting|arguing|claiming|asking|warning|insisting|referred to|referring to|"
    r"promised|promises|pledged|expressed|characterized|characterised|dubbed|blasted|slammed|defended|"
    r"conceding|explaining|declaring|announcing|stating|calling it|likened|compared|pointed to|"
    r"made clear|making clear|issued|released|sent|signed|put out"
)
# straight and curly marks pair with each other too: outlets mix them ("... program.”)
_PAIRS = re.compile(r'“([^“”"]+)[”"]|„([^„“”]+)[“”]|«([^«»]+)»|"([^"“”]+)[”"]')
_OPEN = re.compile(r'[“„«"]')
# Full stops inside a speaker's name ("Mr. Boehner", "R. Clarke Cooper", "U.S."): masked
# with a same-length stand-in so sentence-level patterns do not stop at them.
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cpl|Adm|Rev|St|Jr|Sr|Prof|Pres|Maj|Gens|Reps|Sens|"
    r"Calif|Conn|Fla|Ill|Mass|Mich|Minn|Penn|Tenn|Tex|Va|Wash|Wis|Ariz|Ky|La|Md|Mo|Nev|Okla|Ore|Pa)\.|"
    r"\b[A-Z]\.(?=\s*[A-Z]|[A-Z])|(?<=\.[A-Z])\."
)
_MASK = "\u2024"  # ONE DOT LEADER
_NAME = r"[^,.;:!?\"“”«»()\[\]]{1,90}?"
_APPOSITIVE = r"(?P<app>(?:\s*,(?:(?!\band\b)[^,.;:!?\"“”]){1,80}){1,2},)?"
_ADVERB = r"(?:\s+\w+ly)?"
_AFTER_WHO_VERB = re.compile(
    rf"^[\s,.!?–—-]*(?P<who>{_NAME}){_APPOSITIVE}(?:\s+(?:has|had|have|also|then|later|once))?{_ADVERB}\s+"
    rf"(?:{_VERBS})\b"
)
# "said the legislator, Representative Carl Seel.": the name after the role
_AFTER_VERB_ROLE_WHO = re.compile(
    rf"^[\s,.!?–—-]*(?:{_VERBS}){_ADVERB}\s+(?:the|a|an|his|her|its|their)\s+[^,.;:!?\"“”]{{1,60}},\s+"
    rf"(?P<who>[A-Z]{_NAME})\s*(?:[,.;:!?(]|$)"
)
# "Grimm stormed back, leaned into him and said, “...": the sentence's subject, at its start
_CAPRUN = (
    r"[A-Z][\w'’\u2024-]*(?:\s+(?:(?:of|the|de|da|del|van|von|bin|al|la|le|du)\s+)?[A-Z][\w'’\u2024-]*)*"
    r"|[Hh]e|[Ss]he"
)
_SUBJECT = re.compile(
    rf"^\s*(?:(?:[A-Z]\w*\s+)?(?:after|when|while|as|before|asked|speaking|in|on|at)\b[^,]{{0,80}},\s*)?"
    rf"(?:(?:But|And|So|Yet|Then|Still|Now|Later|Earlier|Meanwhile|However|Instead),?\s+)?"
    rf"(?P<who>{_CAPRUN}){_APPOSITIVE}\s+(?:[^.!?;“”\"]{{0,100}}?[\s,])?(?:{_FRAMING_VERBS})\b"
    rf"[^.!?;“”\"]{{0,140}}$"
)
_AFTER_VERB_WHO = re.compile(rf"^[\s,.!?–—-]*(?:{_VERBS}){_ADVERB}\s+(?P<who>{_NAME})\s*(?:[,.;:!?(]|$)")
_BEFORE_STARTS = re.compile(r"[,;:—–]\s|\bthat\s|\band\s|\bbut\s")
_BEFORE = re.compile(
    rf"\s*(?P<who>{_NAME}){_APPOSITIVE}"
    rf"(?:\s+(?:has|had|have|also|then|later|once|would|will|went on to))?{_ADVERB}\s+"
    rf"(?:{_FRAMING_VERBS})\b[^.!?;“”\"]{{0,140}}$"
)
_ACCORDING = re.compile(rf"\baccording to\s+(?P<who>{_NAME})\s*(?:[,.;:!?]|$)")
_DASH = re.compile(rf"\s[-–—]+\s*(?:{_VERBS})\s+(?P<who>[^.!?]{{1,80}}?)\s*[.!?]?\s*$")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_LEADING = re.compile(r"^(?:(?:and|but|so|then|as|when|while|yet|or|because|since|though|although)\s+)*"
                      r"(?:the|a|an)\s+", re.I)
_FUNCTION = frozenset(
    "and but so then as when while yet or because since though although if that which who whom whose what "
    "after before until unless where why how this these those there here it its is was were be been are "
    "not no also just only even more most some many much very".split()
)
# speakers that are not people: "the ministry said", "the lawsuit says", "a spokeswoman said"
_BODIES = frozenset(
    "ministry department agency lawsuit suit statement report letter campaign group committee court "
    "office government administration spokesman spokeswoman spokesperson official aide adviser advisor "
    "company union memo memorandum ad advertisement website site party organization organisation council "
    "newspaper magazine paper editorial network channel commission board bureau embassy kremlin "
    "ruling opinion order complaint indictment filing brief document release study survey poll "
    "resolution bill law constitution petition blog post tweet video leader lawyer attorney "
    "prosecutor judge police sheriff army military navy coalition alliance association institute "
    "foundation center centre service house senate white senator congressman congresswoman governor "
    "mayor president minister secretary chairman chairwoman director".split()
)
_MALE = frozenset({"mr", "congressman", "spokesman", "chairman", "king", "prince", "father", "brother", "sir"})
_FEMALE = frozenset({"mrs", "ms", "miss", "congresswoman", "spokeswoman", "chairwoman", "queen", "princess",
                     "mother", "sister", "madam"})
_STARTERS = frozenset(
    "a an the all after before in on at when while but and so yet then enter asked speaking as if for from with "
    "without by this that these those there here some many most one two three each every another other such "
    "what which who whom whose where why how once now later earlier meanwhile however instead still also "
    "even only just no not nor or according to".split()
)
# words a capitalised run may hold that name no one ("One Democrat, ...", "When asked, ...")
_NOT_NAMES = frozenset("democrat democrats republican republicans independent gop when asked after while".split())


def _mask(text: str) -> str:
    return _ABBREV.sub(lambda m: m.group()[:-1] + _MASK, text)


def _unmask(text: str) -> str:
    return text.replace(_MASK, ".")


def _title_case(inner: str) -> bool:
    """A quoted title ("The Book of Mormon."): every word of four letters or more capitalised."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", inner) if len(w) >= 4]
    return len(long_words) >= 2 and len(inner.split()) <= 12 and all(w[0].isupper() for w in long_words)


def _clean(who: str | None) -> str | None:
    """The speaker named by ``who`` (a phrase before or after the verb), or None if it names none."""
    if who is None:
        return None
    who = " ".join(_unmask(who).split()).strip(" ,-–—")
    who = re.sub(r"^(?:(?:and|but|so|then|as|when|while|yet|or|because|since)\s+)+", "", who, flags=re.I)
    if not who or len(who.split()) > 10:
        return None
    low = who.lower()
    if low in _STARTERS:
        return None  # "When asked ...", "All we've heard ...": a sentence's first word, not a name
    if low in _PRONOUNS:
        return who
    # "Romney in a statement", "Noel Sheppard on the Web site": the name, not where it was said
    cut = re.match(r"(.*?[A-Z][\w'’\u2024.-]*)\s+(?:in|on|at|during|to|from|after|before|with|who|when|while|"
                   r"via|through|last|this|earlier|later)\s", who)
    if cut and _LEADING.sub("", cut.group(1)).split()[0][:1].isupper():
        who = cut.group(1)  # "the Defence Ministry in Moscow": the ministry
    if re.fullmatch(r"[RDI]-[A-Z][\w.\u2024-]*", who):
        return None  # "R-Texas": a party and state, not a speaker
    # "Representative Mike Thompson of California": the person, not the place
    of = re.match(r"(.*\b([A-Z][\w'’-]+))\s+of\s+[A-Z][\w\s.'’-]*$", who)
    if of and not _is_title(of.group(2)):
        who = of.group(1)
    words = who.split()
    plain = _LEADING.sub("", who)
    # a name: capitalised words, with titles and role words before it ("Kremlin spokesman
    # Dmitry Peskov") and a place after it ("Ron Paul of Texas"); function words are not allowed
    if any(w.lower() in _FUNCTION for w in words[1:]) and not re.search(r"\b(?:of|for)\s+[A-Z]", who):
        return None
    if any(c.isupper() for c in plain) and (plain.split()[-1][:1].isupper() or plain.split()[-1][:1].isdigit()):
        return plain
    head = re.sub(r"['’]s$", "", words[-1].lower())
    if head in _BODIES and len(words) <= 6 and re.match(r"(?:the|a|an|his|her|its|their)\s", low):
        return who  # "the ministry", "a spokeswoman for the group": as written
    if head in _BODIES and any(w[:1].isupper() for w in words):
        return plain  # "Justice Department", "White House"
    return None


def _is_title(word: str) -> bool:
    from framing.entities import gazetteer_titles

    return word.lower() in gazetteer_titles()


def _named(m: re.Match[str]) -> str | None:
    """The speaker of an attribution match: a role phrase gives way to the name beside it
    ("the coalition's executive director, Matt Brooks, said")."""
    who = _clean(m.group("who"))
    app = m.groupdict().get("app")
    if who and who[:1].islower() and app:
        name = _clean(app.strip(" ,").split(",")[0])
        if name and name[:1].isupper():
            return name
    return who


def _speaker(before: str, after: str) -> str | None:
    """The speaker an attribution in the quote's own sentence names (masked text either side)."""
    for rx, text in ((_AFTER_WHO_VERB, after), (_AFTER_VERB_ROLE_WHO, after), (_AFTER_VERB_WHO, after)):
        m = rx.search(text)
        if m:
            who = _named(m)
            if who:
                return who
    # "X said, “...": from the sentence start, else after each comma, "that", "and" or "but"
    for at in (0, *(m.end() for m in _BEFORE_STARTS.finditer(before))):
        m = _BEFORE.match(before, at)
        if m:
            who = _named(m)
            if who:
                return who
    m = _SUBJECT.search(before)
    if m:
        who = _clean(m.group("who"))
        if who:
            return who
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    return _clean(m.group("who")) if m else None


@dataclass(frozen=True, slots=True)
class _Span:
    outer_start: int  # the opening mark (absolute offset)
    outer_end: int  # after the closing mark, or the paragraph's end for an open quote
    start: int  # the quoted words
    end: int
    paragraph: int


def _spans(article: Article, paragraphs: set[int]) -> list[_Span]:
    out = []
    for para in article.paragraphs:
        if para.index not in paragraphs:
            continue
        text, base = para.text, para.start
        last = 0
        for m in _PAIRS.finditer(text):
            group = next(g for g in range(1, 5) if m.group(g) is not None)
            out.append(_Span(base + m.start(), base + m.end(), base + m.start(group), base + m.end(group), para.index))
            last = m.end()
        # a quotation left open at the paragraph's end goes on in the next paragraph
        rest = _OPEN.search(text, last)
        if rest:
            inner = text[rest.end() :].rstrip()
            if inner and not _OPEN.search(inner):
                s = base + rest.end()
                out.append(_Span(base + rest.start(), base + len(text), s, s + len(inner), para.index))
    return out


class _Sentences:
    """Which sentence holds an offset, by bisection."""

    def __init__(self, article: Article) -> None:
        self.sentences = article.sentences
        self.starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Sentence:
        return self.sentences[max(bisect.bisect_right(self.starts, offset) - 1, 0)]

    def ids(self, start: int, end: int) -> tuple[int, ...]:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        for k in range(first, len(self.sentences)):  # by index: no copy of the rest of the article
            s = self.sentences[k]
            if s.start >= end:
                break
            if s.end > start:
                out.append(s.index)
        return tuple(out)


class _People:
    """Who a pronoun before a quote can be: the people each sentence names, outside quotation marks.

    A person counts when the article marks the name as one (a title or
    honorific, a known given name, an attribution, or the surname of such a
    name); gender comes from honorifics and gendered titles only ("Ms.",
    "congresswoman"). Speakers of earlier quotes are added as they are found.
    """

    def __init__(self, article: Article, spans: Sequence[_Span]) -> None:
        from framing.entities import extract_mentions, name_key
        from framing.people import given_name

        inside = [(s.outer_start, s.outer_end) for s in spans]
        mentions = []
        for m in extract_mentions(article):
            k = bisect.bisect_right(inside, (m.start, 1 << 62)) - 1
            if not (k >= 0 and inside[k][0] <= m.start < inside[k][1]):
                mentions.append(m)  # a name inside a quote is not the quote's antecedent
        self.gender: dict[str, str] = {}
        evidenced: set[str] = set()
        for m in mentions:
            if m.kind != "person":
                continue
            words = re.findall(r"[a-z]+", article.text[max(0, m.start - 16) : m.start].lower())[-2:]
            cues = set(words) | set((m.title or "").split())
            first = name_key(m.text.split()[0])
            if cues & (_MALE | _FEMALE) or m.title or m.quoted or len(m.text.split()) > 1 or given_name(first):
                surname = name_key(m.text.split()[-1])
                evidenced.add(surname)
                if cues & _MALE:
                    self.gender.setdefault(surname, "m")
                elif cues & _FEMALE:
                    self.gender.setdefault(surname, "f")
        self.titled: list[tuple[int, str, str]] = sorted(
            (m.start, m.title, m.text) for m in mentions if m.kind == "person" and m.title
        )
        self.seen: list[tuple[int, str]] = sorted((m.start, m.text) for m in mentions if m.kind in ("person", "other"))
        self.named: dict[int, list[str]] = {}
        evidenced -= _NOT_NAMES
        for m in mentions:
            if m.kind in ("person", "other") and name_key(m.text.split()[-1]) in evidenced \
                    and name_key(m.text) not in _NOT_NAMES:
                self.named.setdefault(m.sentence, []).append(m.text)
        self.speakers: dict[int, list[str]] = {}
        self.sentences = article.sentences
        self._key = name_key

    def heard(self, sentence: int, speaker: str) -> None:
        """Record the speaker of a quote in ``sentence``."""
        self.speakers.setdefault(sentence, []).append(speaker)

    def _fits(self, name: str, want: str | None) -> bool:
        g = self.gender.get(self._key(name.split()[-1]))
        return want is None or g is None or g == want

    def holder(self, offset: int, title: str, floor: int) -> str | None:
        """Who "the governor" before ``offset`` is: of the people named with that title
        earlier, the one the article named last ("Gov. Deval Patrick ... Mr. Patrick ...")."""
        k = bisect.bisect_left(self.titled, (offset, "", "")) - 1
        holders: dict[str, str] = {}
        while k >= 0 and self.titled[k][0] >= floor:
            if self.titled[k][1] == title:
                holders.setdefault(self._key(self.titled[k][2].split()[-1]), self.titled[k][2])
            k -= 1
        if len(holders) < 2:
            return next(iter(holders.values()), None)
        k = bisect.bisect_left(self.seen, (offset, "")) - 1
        while k >= 0 and self.seen[k][0] >= floor:
            surname = self._key(self.seen[k][1].split()[-1])
            if surname in holders:
                return holders[surname]
            k -= 1
        return None

    def antecedent(self, sentence: int, pronoun: str, floor: int) -> str | None:
        """The person ``pronoun`` in ``sentence`` refers to: walking back sentence by sentence,
        an earlier quote's speaker, else the first person a sentence names (its subject, as a
        rule); sentences that open with a pronoun go on about the same person and are passed."""
        want = {"he": "m", "she": "f"}.get(pronoun)
        if pronoun not in ("he", "she", "i", "we"):
            return None  # "it said", "they said": an institution or a group, not one person
        k = sentence - 1
        while k >= 0 and self.sentences[k].start >= floor:
            fitting = [n for n in self.speakers.get(k, ()) if self._fits(n, want)]
            if fitting:
                return fitting[-1]
            opener = self.sentences[k].text.lstrip(" “\"'‘(").split(" ", 1)[0].lower()
            if opener not in ("he", "she") or (want and opener != pronoun):
                fitting = [n for n in self.named.get(k, ()) if self._fits(n, want)]
                if fitting:
                    return fitting[0]
            k -= 1
        return None


# The attribution of a quote lies close to it: only this much text on either
# side is searched, so a long paragraph costs linear time, not quadratic.
_WINDOW = 300
# A pronoun's antecedent is looked for this far back (characters): a few paragraphs.
_REACH = 1500


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """All direct quotes of ``article`` in reading order (see the module docstring)."""
    body = article.body
    paragraphs = {s.paragraph for s in body}
    spans = _spans(article, paragraphs)
    where = _Sentences(article)
    text = article.text
    people: _People | None = None
    quotes: list[Quote] = []
    previous: tuple[_Span, str | None] | None = None
    found_in: set[int] = set()
    for n, sp in enumerate(spans):
        inner = text[sp.start : sp.end]
        if len(inner.split()) < MIN_QUOTE_WORDS or _title_case(inner):
            continue
        first = where.at(sp.outer_start)
        last = where.at(max(sp.outer_end - 1, sp.outer_start))
        # the attribution: this sentence's text before the opening mark (after any earlier
        # quote in it) and after the closing mark (up to the next quote or the sentence end)
        lo = max(first.start, spans[n - 1].outer_end if n and spans[n - 1].outer_end <= sp.outer_start else 0,
                 sp.outer_start - _WINDOW)
        hi = min(last.end, spans[n + 1].outer_start if n + 1 < len(spans) else last.end, sp.outer_end + _WINDOW)
        before = _mask(text[lo : sp.outer_start])
        after = _mask(text[sp.outer_end : max(hi, sp.outer_end)])
        who = _speaker(before, after)
        if who is None and previous is not None and not before.strip(" (—–-'‘\u2024"):
            # a continued quotation: right after a quote (this paragraph or the one before)
            prev_span, prev_who = previous
            gap = text[prev_span.outer_end : sp.outer_start]
            # the previous quote ends in this sentence or the one just before: what lies
            # between is the rest of its sentence (its attribution), not a statement of its own
            near = where.at(prev_span.outer_end - 1).index >= first.index - 1
            if (sp.paragraph - prev_span.paragraph <= 1 and near) or not gap.strip():
                who = prev_who
        if who is not None and who.lower() in _PRONOUNS:
            if previous is not None and previous[1] and _attribution_only(
                    text[previous[0].outer_end : sp.outer_start]) and sp.paragraph - previous[0].paragraph <= 1:
                who = previous[1]  # "“...,” Peskov said. “...,” he added."
            else:
                if people is None:
                    people = _People(article, spans)
                who = people.antecedent(first.index, who.lower(), sp.outer_start - _REACH)
        title = _role(who)
        if title is not None:
            if people is None:
                people = _People(article, spans)
            who = people.holder(sp.outer_start, title, sp.outer_start - 4 * _REACH) or who
        s, e = sp.start, sp.end
        quotes.append(Quote(article.id, inner, s, e, where.ids(s, e), who, "marks"))
        if who is not None:
            if people is None:
                people = _People(article, spans)
            people.heard(last.index, who)
        found_in.add(sp.paragraph)
        previous = (sp, who)
    for para in article.paragraphs:
        if para.index not in paragraphs or para.index in found_in:
            continue
        ptext, base = para.text, para.start
        dash = _DASH.search(ptext)
        if dash and len(ptext[: dash.start()].split()) >= MIN_QUOTE_WORDS:
            who = _clean(dash.group("who"))
            if who is not None and who.lower() in _PRONOUNS:
                if people is None:
                    people = _People(article, spans)
                who = people.antecedent(where.at(base).index, who.lower(), base - _REACH)
            s, e = base, base + dash.start()
            quotes.append(Quote(article.id, ptext[: dash.start()], s, e, where.ids(s, e), who, "dash"))
    quotes.sort(key=lambda q: (q.start, q.end))
    return tuple(quotes)


_ROLE_ALIASES = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "pm": "prime minister"}


def _role(who: str | None) -> str | None:
    """The title a lowercase role speaker names ("the former vice president" -> "vice president"), if any."""
    if who is None or not re.match(r"(?:the|a|an)\s", who):
        return None
    from framing.entities import gazetteer_titles

    words = [_ROLE_ALIASES.get(w, w) for w in who.lower().split()[1:] if w not in ("former", "then", "current")]
    if not words or any(w not in gazetteer_titles() and w not in ("vice", "prime", "attorney") for w in words):
        return None
    return " ".join(words)


def _attribution_only(gap: str) -> bool:
    """Whether the text between two quotes holds no statement of its own (only "he said." or nothing)."""
    plain = _mask(gap).strip(" \n,.;:—–-")
    if not plain:
        return True
    return len(plain.split()) <= 8 and bool(
        re.fullmatch(rf"(?:[^.!?]*\b(?:{_VERBS})\b[^.!?]*)", plain)
    )
