"""Who is quoted: the speaker an attribution names, and who a pronoun or a role refers to.

Read on the text around one quote (see :mod:`framing.extract.quotes` for the order
in which a reader's cues are tried):

speaker(before, after)
    The speaker the quote's own sentence names, from the text before the
    opening mark and after the closing one (both :func:`mask`-ed).
clean(who)
    The speaker a phrase names ("the Defence Ministry in Moscow" ->
    "Defence Ministry"), or None when it names none ("officials", "When").
Antecedents
    The people an article names, sentence by sentence, for "he said" and
    "the governor replied".
role_title(who), attribution_only(gap), DASH, PRONOUNS
    The title a role speaker names, whether text between two quotes is only
    an attribution, the dash-attribution pattern, the pronouns.

Patterns, not a parser: attributions in news follow a handful of forms, and
these are measured on judged quotes (``bench/people_quotes.py``).

>>> speaker("", mask(", Mr. Boehner said."))
'Mr. Boehner'
>>> speaker(mask("Edelman, president of the fund, criticized the study as "), "")
'Edelman'
>>> clean("the Defence Ministry in Moscow"), clean("officials")
('Defence Ministry', None)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.extract import language_names as _language_names
from framing.io.article import Article
from framing.text import language as _language

__all__ = [
    "DASH", "PRONOUNS", "Antecedents", "attribution_head", "attribution_only", "clean", "mask", "role_title",
    "speaker", "speech_verb", "unmask",
]

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
    r"made clear|making clear|issued|released|sent|signed|put out|condemned|condemning|confirmed|"
    r"predicting|projected|forecast|emphasizing|emphasising|stressing|underlined|underlining"
)
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
# "“...,” Putin assured.", "“...,” he underlined.": after a quote that ends on a comma, a name and one
# verb closing the sentence attribute it, whatever the verb
_AFTER_WHO_ANY_VERB = re.compile(
    r"^\s*(?P<who>(?:[A-Z]|[Hh]e\b|[Ss]he\b|the\s)[^,.;:!?\"“”«»()]{0,60}?)\s+[a-z]{3,}(?:ed|s)\s*(?:[.!?]|$)"
)
# "“...,” the Banner was told by an employee at the company.": who told it, in the passive
_AFTER_TOLD_BY = re.compile(
    rf"^[\s,.!?–—-]*(?:[^,.;:!?\"“”]{{0,60}}?\s)?(?:was|were)\s+told\s+by\s+(?P<who>{_NAME})\s*(?:[,.;:!?(]|$)"
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
    rf"^\s*(?:(?:[A-Z]\w*\s+)?(?:after|when|while|as|before|asked|speaking|in|on|at)\b[^,]{{0,80}},\s*"
    # any opening phrase up to a comma: "In a statement on Facebook,", "Without naming him,",
    # "A spokesman for Ukraine's emergency services," (then the name, in apposition)
    rf"|[A-Z][^,“”\"]{{0,80}},\s*)?"
    rf"(?:(?:But|And|So|Yet|Then|Still|Now|Later|Earlier|Meanwhile|However|Instead),?\s+)?"
    rf"(?P<who>{_CAPRUN}){_APPOSITIVE},?\s+(?:[^.!?;“”\"]{{0,100}}?[\s,])?(?:{_FRAMING_VERBS})\b"
    rf"[^.!?;“”\"]{{0,140}}$"
)
_AFTER_VERB_WHO = re.compile(rf"^[\s,.!?–—-]*(?:{_VERBS}){_ADVERB}\s+(?P<who>{_NAME})\s*(?:[,.;:!?(]|$)")
# where an attribution may start: a clause boundary, or after a reporting verb ("A statement said
# Rahmon emphasized that “...")
_BEFORE_STARTS = re.compile(r"[,;:—–]\s|\bthat\s|\band\s|\bbut\s|\b(?:said|says|stated|added)\s")
_BEFORE = re.compile(
    rf"\s*(?P<who>{_NAME}){_APPOSITIVE}"
    rf"(?:\s+(?:has|had|have|also|then|later|once|would|will|went on to))?{_ADVERB}\s+"
    rf"(?:{_FRAMING_VERBS})\b[^.!?;“”\"]{{0,140}}$"
)
_ACCORDING = re.compile(rf"\b(?i:according)\s+to\s+(?P<who>{_NAME})\s*(?:[,.;:!?]|$)")
DASH = re.compile(rf"\s[-–—]+\s*(?:{_VERBS})\s+(?P<who>[^.!?]{{1,80}}?)\s*[.!?]?\s*$")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
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


def mask(text: str) -> str:
    return _ABBREV.sub(lambda m: m.group()[:-1] + _MASK, text)


def unmask(text: str) -> str:
    return text.replace(_MASK, ".")


def clean(who: str | None) -> str | None:
    """The speaker named by ``who`` (a phrase before or after the verb), or None if it names none."""
    if who is None:
        return None
    who = " ".join(unmask(who).split()).strip(" ,-–—")
    who = re.sub(r"^(?:(?:and|but|so|then|as|when|while|yet|or|because|since)\s+)+", "", who, flags=re.I)
    if not who or len(who.split()) > 10:
        return None
    low = who.lower()
    if low in _STARTERS:
        return None  # "When asked ...", "All we've heard ...": a sentence's first word, not a name
    if low in PRONOUNS:
        return who
    # "Romney in a statement", "Noel Sheppard on the Web site": the name, not where it was said
    cut = re.match(r"(.*?[A-Z][\w'’\u2024.-]*)\s+(?:in|on|at|during|to|from|after|before|with|who|when|while|"
                   r"via|through|last|this|earlier|later)\s", who)
    if cut and _LEADING.sub("", cut.group(1)).split()[0][:1].isupper():
        who = cut.group(1)  # "the Defence Ministry in Moscow": the ministry
        if who.lower() in _STARTERS:
            return None  # "All on board were killed": a sentence's first word
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
    from framing.text.names import gazetteer_titles

    return word.lower() in gazetteer_titles()


def _named(m: re.Match[str]) -> str | None:
    """The speaker of an attribution match: a role phrase gives way to the name beside it
    ("the coalition's executive director, Matt Brooks, said")."""
    who = clean(m.group("who"))
    app = m.groupdict().get("app")
    if who and who[:1].islower() and app:
        name = clean(app.strip(" ,").split(",")[0])
        if name and name[:1].isupper():
            return name
    return who


def speaker(before: str, after: str, *, comma: bool = False) -> str | None:
    """The speaker an attribution in the quote's own sentence names (masked text either side);
    ``comma`` when the quote ends on a comma ("“...,” Putin assured.")."""
    if (language := _language.rules()) is not None:  # another supported language (framing.extract.language_names)
        return _language_names.speaker(before, after, language)
    rules = ((_AFTER_WHO_VERB, after), (_AFTER_VERB_ROLE_WHO, after), (_AFTER_VERB_WHO, after),
             (_AFTER_TOLD_BY, after))
    for rx, text in (*rules, (_AFTER_WHO_ANY_VERB, after if comma else "\0")):
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
        who = clean(m.group("who"))
        if who:
            return who
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    return clean(m.group("who")) if m else None


class Antecedents:
    """Who a pronoun before a quote can be: the people each sentence names, outside quotation marks.

    A person counts when the article marks the name as one (a title or
    honorific, a known given name, an attribution, or the surname of such a
    name); gender comes from honorifics and gendered titles only ("Ms.",
    "congresswoman"). Speakers of earlier quotes are added as they are found.
    """

    def __init__(self, article: Article, spans: Sequence[tuple[int, int]]) -> None:
        from framing.extract.entities import extract_mentions
        from framing.text.names import name_key
        from framing.text.people import given_name

        inside = sorted(spans)
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
        self.named_at: dict[int, list[int]] = {}  # where each of ``named`` starts
        evidenced -= _NOT_NAMES
        for m in mentions:
            if m.kind in ("person", "other") and name_key(m.text.split()[-1]) in evidenced \
                    and name_key(m.text) not in _NOT_NAMES:
                self.named.setdefault(m.sentence, []).append(m.text)
                self.named_at.setdefault(m.sentence, []).append(m.start)
        self.speakers: dict[int, list[str]] = {}
        self.sentences = article.sentences
        self.text = article.text
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

    def antecedent(self, sentence: int, pronoun: str, floor: int, opening: int | None = None) -> str | None:
        """The person ``pronoun`` in ``sentence`` refers to: the first person the sentence names
        before the quote's ``opening`` mark ("Ian Bremmer echoed Nichols: “...,” he claimed"); else,
        walking back sentence by sentence, an earlier quote's speaker, else the first person a
        sentence names (its subject, as a rule); sentences that open with a pronoun go on about the
        same person and are passed."""
        want = {"he": "m", "she": "f"}.get(pronoun)
        if pronoun not in ("he", "she", "i", "we"):
            return None  # "it said", "they said": an institution or a group, not one person
        if opening is not None:
            # not a name that modifies a noun ("Amplifying the Romney campaign message, he said") or owns
            # one ("Romney's aide"): the sentence's subject is someone else
            here = [n for n, at in zip(self.named.get(sentence, ()), self.named_at.get(sentence, ()), strict=True)
                    if at < opening and self._fits(n, want)
                    and not _MODIFIER_BEFORE.search(self.text[max(0, at - 5):at])
                    and not _POSSESSIVE.match(self.text, at + len(n))]
            if here:
                return here[0]
        k = sentence - 1
        while k >= 0 and self.sentences[k].start >= floor:
            fitting = [n for n in self.speakers.get(k, ()) if self._fits(n, want)]
            if fitting:
                return fitting[-1]
            opener = self.sentences[k].text.lstrip(" “\"'‘(").split(" ", 1)[0].lower()
            if opener not in ("he", "she") or (want and opener != pronoun):
                fitting = [n for n, at in zip(self.named.get(k, ()), self.named_at.get(k, ()), strict=True)
                           if self._fits(n, want) and not self._told_after(k, pronoun, at)]
                if fitting:
                    return fitting[0]
            k -= 1
        return None


    def _told_after(self, sentence: int, pronoun: str, at: int) -> bool:
        """Whether ``sentence`` reports, before the name at ``at``, what ``pronoun`` said: "Central Europe
        is a risky area, he said, adding that he remembers when Prime Minister Zoran Đinđić was shot":
        a name inside the words so reported is what the speaker spoke of, not the speaker, and the
        sentence goes on about whoever "he" is."""
        sn = self.sentences[sentence]
        told = _PRONOUN_TOLD.get(pronoun)
        return told is not None and told.search(self.text, sn.start, at) is not None


_PRONOUN_TOLD = {p: re.compile(rf"\b{p}\s+(?:{_VERBS})\b", re.I) for p in ("he", "she", "i", "we")}
_MODIFIER_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an)\s+$", re.I)
_POSSESSIVE = re.compile(r"['’]s?\b")


def role_title(who: str | None) -> str | None:
    """The title a lowercase role speaker names ("the former vice president" -> "vice president"), if any."""
    if who is None or not re.match(r"(?:the|a|an)\s", who):
        return None
    from framing.extract.entities import title_role
    from framing.text.names import gazetteer_titles

    words = who.lower().split()[1:]
    if not words or any(w not in gazetteer_titles() and w not in ("former", "then", "current") for w in words):
        return None
    return title_role(words)


def attribution_only(gap: str) -> bool:
    """Whether the text between two quotes holds no statement of its own (only "he said." or nothing)."""
    plain = mask(gap).strip(" \n,.;:—–-")
    if not plain:
        return True
    return len(plain.split()) <= 8 and bool(
        re.fullmatch(rf"(?:[^.!?]*\b(?:{_VERBS})\b[^.!?]*)", plain)
    )


# "Simonyte told FT", "officials said", "according to the ministry": at most five words
# before the verb, then whom it was told (a name, "reporters", a pronoun)
_HEAD = re.compile(
    rf"^\s*(?:according to\s+{_NAME}(?=\s*(?:[,;:]|$))|(?:[\w'’.\u2024-]+\s+){{1,5}}?(?:{_VERBS})\b"
    r"(?:\s+(?:reporters|him|her|them|us|me|(?:the\s+)?[A-Z][\w.'’\u2024-]*(?:\s+[A-Z][\w.'’\u2024-]*){0,3}))?)"
)


_SAID_NEXT = re.compile(r"(?:that|about|of|on|in|at|during|after|before|when|while|to|last|this|on)\b", re.I)


def attribution_head(clause: str) -> int:
    """How many characters of ``clause`` are the attribution it opens with (0 if none).

    >>> c = "Simonyte told FT about the possibility of boots on the ground"
    >>> c[:attribution_head(c)]
    'Simonyte told FT'
    >>> attribution_head("The bridge collapsed on Monday"), attribution_head("Residents warned the council")
    (0, 0)
    """
    masked = mask(clause)
    m = _HEAD.match(masked)
    if not m:
        return 0
    # what follows must be what was said ("that ...", "about ...") or nothing:
    # in "Residents had warned the council about cracks" the verb's object is content
    rest = masked[m.end():].lstrip()
    return m.end() if not rest or _SAID_NEXT.match(rest) else 0


_SPEECH_VERB = re.compile(rf"(?:{_VERBS})", re.I)


def speech_verb(word: str) -> bool:
    """Whether ``word`` is a verb of saying ("said", "told", "declared").

    >>> speech_verb("Declared"), speech_verb("troops")
    (True, False)
    """
    return _SPEECH_VERB.fullmatch(word) is not None
