"""Word variants the stemmer cannot see, for :mod:`framing.text.terms`.

Snowball stems regular inflection ("trains", "training" -> "train") but not
irregular forms ("fell" is not "fall", "shot" is not "shoot"), spelled-out
numbers ("two" is "2"), news abbreviations ("Mt" is "Mount", "bn" is
"billion") or a few word families every news story uses ("died", "dead",
"death"). These general-English tables map such a case-folded word to the
word whose stem stands for it. They are written from grammar books and
style guides, not from any evaluation set.

Contents
--------
canonical(word)
    The word whose stem stands for ``word`` (``word`` itself if none).
NUMBER_WORDS
    Spelled-out numbers and their digits.

>>> canonical("fell"), canonical("two"), canonical("mt"), canonical("troops")
('fall', '2', 'mount', 'troops')
"""

from __future__ import annotations

__all__ = ["NUMBER_WORDS", "canonical"]

NUMBER_WORDS = {
    word: str(n)
    for n, word in enumerate(
        "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if word != "_"  # "one" is also a pronoun ("one of them"): a stop word, not a number
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
     "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"}
"""Spelled-out numbers -> digits, so "two climbers" and "2 climbers" share a term."""

# Irregular verb forms (past tense, past participle) -> base form. Only forms
# that are rarely anything else in news prose ("wound", "lay", "saw",
# "found", "ground", "bound", "bit" and "fed" are left alone: they are also
# nouns or verbs in their own right, or "the Fed").
_IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; be was were been; bear bore borne; beat beaten;
become became; begin began begun; bend bent; bite bitten;
bleed bled; blow blew blown; break broke broken; breed bred; bring brought; build built;
burn burnt; catch caught; choose chose chosen; cling clung;
come came; creep crept; deal dealt; dig dug; do did done; draw drew drawn;
dream dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
feel felt; fight fought; flee fled; fly flew flown; forbid forbade forbidden;
forget forgot forgotten; forgive forgave forgiven; freeze froze frozen;
get got gotten; give gave given; go went gone; grow grew grown;
hang hung; have had; hear heard; hide hid hidden; hold held; keep kept;
kneel knelt; know knew known; lead led; leap leapt; learn learnt; leave left;
lend lent; lose lost; make made; mean meant; meet met; mislead misled; overcome overcame;
overtake overtook overtaken; overthrow overthrew overthrown; pay paid; prove proven;
ride rode ridden; ring rang rung; rise rose risen; run ran; seek sought;
sell sold; send sent; shake shook shaken; shine shone; shoot shot; shrink shrank shrunk;
sing sang sung; sink sank sunk; sit sat; slay slew slain; sleep slept; slide slid;
speak spoke spoken; speed sped; spend spent; spin spun; spring sprang sprung;
stand stood; steal stole stolen; stick stuck; sting stung; stink stank; stride strode;
strike struck stricken; strive strove striven; swear swore sworn; sweep swept;
swim swam swum; swing swung; take took taken; teach taught; tear tore torn; think thought;
throw threw thrown; undergo underwent undergone; understand understood; undertake undertook
undertaken; uphold upheld; wake woke woken; wear wore worn; weave wove woven;
weep wept; win won; withdraw withdrew withdrawn; withhold withheld; write wrote written
"""

# Irregular plurals -> singular.
_IRREGULAR_NOUNS = """
man men; woman women; child children; foot feet; tooth teeth;
mouse mice; crisis crises; analysis analyses; thesis theses; criterion criteria;
phenomenon phenomena; medium media
"""

# Word families and variants every news story uses: a death is reported as
# "died", "dead" or "death"; a statement as "said" or "told".
_FAMILIES = """
die died dies dying dead death deaths; say said says saying tell told tells telling;
mount mt; billion bn; million mln; percent pct %; government govt;
department dept; corporation corp; doctor dr; governor gov; senator sen;
january jan; february feb; august aug; september sept sep; october oct; november nov;
december dec; usa u.s u.s.a; uk u.k; un u.n; eu e.u
"""


def _table(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for group in text.split(";"):
        base, *forms = group.split()
        for form in forms:
            out[form] = base
    return out


_CANONICAL = _table(_IRREGULAR_VERBS) | _table(_IRREGULAR_NOUNS) | _table(_FAMILIES) | NUMBER_WORDS


def canonical(word: str) -> str:
    """The word whose stem stands for the case-folded ``word``.

    >>> canonical("told"), canonical("children"), canonical("u.s"), canonical("twelve")
    ('say', 'child', 'usa', '12')
    """
    return _CANONICAL.get(word, word)
