"""Who said what, read from framing's JSON contract on the BASIL dev events.

Reads ``../shared/data/basil/articles`` (never copied into the project),
compares each event's articles (people, quotes) and prints the five figures
of the people-and-quotes issue, each measured from ``Comparison.to_dict()``
alone, by rules independent of framing's own code:

1. **split person rows**: person rows of one event that are one person by
   name: the same surname (titles, "Jr." and possessives aside) and
   compatible first names ("Donald J. Trump" / "Donald Trump": same first
   name; "J." / "John": an initial; a row with a surname only counts when
   exactly one first name goes with that surname in the event). Bill and
   Hillary Clinton stay two. Figure: such surplus rows per event.
2. **false "only X quotes Y"**: the people the report says only one outlet
   quotes (``quoted`` in exactly one article) whom another outlet of the
   event also quotes by this test: in that outlet's body, Y's surname stands
   within 60 characters of a quotation mark, or within three words of
   said/says/told/added. Figure: share of the "only" statements.
3. **unattributed quotes**: quotation-mark variants (``form == "marks"``)
   with no speaker; share. A seeded sample of 100 attributed quotes, with
   their sentence and its neighbours, is written to
   ``bench/out/speaker_sample.tsv`` for review. Precision comes from quotes
   judged blind by an independent reader (``bench/data/``, notes at their
   top): 200 read while the attribution was built (development) and 120
   judged afterwards and never tuned on (held-out, the figure to quote).
   A speaker counts as right when it is the judged one or has its surname
   (or head noun); "the lawyer" for "Mark D. Sheridan" counts as wrong.
4. **excerpts called altered**: ``altered`` groups whose changes are only
   insertions or only deletions (one outlet quoted a longer or shorter
   excerpt); share of altered groups, and how many groups are ``excerpt``.
5. **self-references**: an outlet listed in its own article's people and
   sources (Fox News in Fox's article, by name or by a gazetteer alias).

Run: ``python bench/people_quotes.py``
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from tabulate import tabulate

import framing
from framing.text.names import gazetteer, name_key
from framing.text.normalise import key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "basil" / "articles"
SAMPLE_OUT = ROOT / "bench" / "out" / "speaker_sample.tsv"
JUDGED = ROOT / "bench" / "data" / "speaker_judged.tsv"  # 200 quotes, read while the attribution was built
HELDOUT = ROOT / "bench" / "data" / "speaker_judged_heldout.tsv"  # 120 more, judged after, never tuned on
SAMPLE = 100

_TITLES = frozenset(
    "mr mrs ms dr sen senator rep representative gov governor president pres gen general lt col adm "
    "secretary justice judge rev reverend prof professor chief vice former speaker leader".split()
)
_SUFFIX = frozenset("jr sr ii iii iv".split())
_VERBS = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")
_MARKS = re.compile(r"[\"“”]")


def events() -> dict[str, list[Path]]:
    """Triplet uuid -> its article files, in name order."""
    out: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(DATA.glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        out[record["triplet-uuid"]].append(path)
    return {k: v for k, v in sorted(out.items()) if len(v) > 1}


def name_parts(name: str) -> tuple[str, str | None]:
    """(surname key, first-name key or None) of a person's name."""
    toks = [key(t).strip(".") for t in re.split(r"\s+", name.strip()) if t]
    toks = [re.sub(r"['’]s$", "", t) for t in toks if t]
    while toks and toks[0] in _TITLES:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1] in _SUFFIX:
        toks = toks[:-1]
    if not toks:
        return "", None
    return toks[-1], (toks[0] if len(toks) > 1 else None)


def compatible(a: str, b: str) -> bool:
    """First names of one person: equal, an initial of the other, or one a prefix of the other (Rob/Robert)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) == 1 and long_.startswith(short)) or (len(short) >= 3 and long_.startswith(short))


def split_rows(people: list[str]) -> int:
    """Surplus person rows: rows that are one person by name, minus one per person."""
    by_surname: dict[str, list[str | None]] = defaultdict(list)
    for p in people:
        surname, first = name_parts(p)
        if surname:
            by_surname[surname].append(first)
    surplus = 0
    for firsts in by_surname.values():
        named = [f for f in firsts if f]
        clusters: list[list[str]] = []
        for f in sorted(named, key=lambda f: (-len(f), f)):
            for c in clusters:
                if all(compatible(f, g) for g in c):
                    c.append(f)
                    break
            else:
                clusters.append([f])
        surplus += len(named) - len(clusters)
        bare = len(firsts) - len(named)
        if bare and len(clusters) == 1:
            surplus += bare
        elif bare and not clusters:
            surplus += bare - 1
    return surplus


def quotes_person(text: str, surname: str) -> bool:
    """Whether ``text`` (one outlet's body) quotes the person of ``surname`` (see point 2)."""
    folded = key(text)
    for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", folded):
        near = folded[max(0, m.start() - 60) : m.end() + 60]
        if _MARKS.search(text[max(0, m.start() - 60) : m.end() + 60]):
            return True
        before = folded[: m.start()].split()[-3:]
        after = folded[m.end() :].split()[:4]
        if any(_VERBS.fullmatch(w.strip(",.;:")) for w in before + after):
            return True
        del near
    return False


def outlet_keys(outlet: str | None) -> set[str]:
    """Name keys that name ``outlet`` (its name and every gazetteer alias of it)."""
    if not outlet:
        return set()
    gaz = gazetteer()
    canon = gaz.get(name_key(outlet), (outlet, ""))[0]
    keys = {name_key(outlet), name_key(canon)}
    keys |= {k for k, (c, _kind) in gaz.items() if c == canon}
    return keys


def measure(paths: list[Path]) -> dict[str, Any]:
    articles = [framing.load(p) for p in paths]
    comparison = framing.compare(articles, comparators=["entities", "quotes"])
    tree = comparison.to_dict()
    body = {a["id"]: a for a in tree["articles"]}
    arts = {a.id: a for a in articles}
    people = [e for e in tree["entities"] if e["kind"] == "person"]
    out: dict[str, Any] = {"split": split_rows([e["name"] for e in people])}
    only = false_only = 0
    falsely: list[str] = []
    for e in people:
        quoting = [a for a, p in e["articles"].items() if p["quoted"]]
        if len(quoting) != 1:
            continue
        only += 1
        surname, _first = name_parts(e["name"])
        others = [a for a in body if a != quoting[0]]
        texts = {a: " ".join(s.text for s in arts[a].body) for a in others}
        hit = [a for a in others if surname and quotes_person(texts[a], surname)]
        if hit:
            false_only += 1
            falsely.append(f"{e['name']} (only {quoting[0][-2:]}; also {','.join(h[-2:] for h in hit)})")
    out.update(only=only, false_only=false_only, falsely=falsely)
    marks = [v for g in tree["quotes"] for v in g["variants"] if v["form"] == "marks"]
    out["marks"] = len(marks)
    out["unattributed"] = sum(1 for v in marks if not v["speaker"])
    out["marks_all"] = marks
    out["attributed"] = [
        (v, arts[v["article"]]) for v in marks if v["speaker"]
    ]
    altered = [g for g in tree["quotes"] if g["status"] == "altered"]
    one_way = [g for g in altered if len({c["op"] for c in g["changes"]}) == 1
               and g["changes"][0]["op"] in ("insert", "delete")]
    out["altered"] = len(altered)
    out["one_way"] = len(one_way)
    out["excerpt"] = sum(1 for g in tree["quotes"] if g["status"] == "excerpt")
    selfref = []
    for e in tree["entities"]:
        for a, _p in e["articles"].items():
            keys = outlet_keys(body[a]["outlet"])
            if name_key(e["name"]) in keys or any(name_key(v) in keys for v in e["variants"]):
                selfref.append(f"{e['name']} in {body[a]['outlet']}")
    out["selfref"] = selfref
    return out


def context(article: framing.Article, variant: dict[str, Any]) -> str:
    """The quote's sentences and one sentence either side, as one line."""
    ids = variant["sentences"]
    lo, hi = max(0, ids[0] - 1), min(len(article.sentences), ids[-1] + 2)
    return " ⏐ ".join(" ".join(s.text.split()) for s in article.sentences[lo:hi])


def judged(path: Path = JUDGED) -> dict[tuple[str, int], str]:
    """(article, quote start) -> the right speaker as judged by hand (``-`` when none is given)."""
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            out[(row["article"], int(row["start"]))] = row["right speaker"]
    return out


def same_speaker(judged: str, given: str) -> bool:
    """Whether framing's speaker is the judged one: equal keys, or the same last word (surname, or head noun)."""
    a, b = (re.sub(r"\s+(?:jr|sr|ii|iii|iv)$", "", key(x).replace(".", "")) for x in (judged, given))
    if a == b:
        return True
    last = lambda s: re.sub(r"['’]s$", "", s.split()[-1]) if s.split() else ""  # noqa: E731
    return bool(last(a)) and last(a) == last(b) and last(a) not in _TITLES


def main() -> None:
    evs = events()
    start = time.perf_counter()
    rows = {uuid: measure(paths) for uuid, paths in evs.items()}
    seconds = time.perf_counter() - start
    n = len(rows)
    split = sum(r["split"] for r in rows.values())
    only = sum(r["only"] for r in rows.values())
    false_only = sum(r["false_only"] for r in rows.values())
    marks = sum(r["marks"] for r in rows.values())
    unattributed = sum(r["unattributed"] for r in rows.values())
    altered = sum(r["altered"] for r in rows.values())
    one_way = sum(r["one_way"] for r in rows.values())
    excerpt = sum(r["excerpt"] for r in rows.values())
    selfref = [s for r in rows.values() for s in r["selfref"]]
    attributed = [x for r in rows.values() for x in r["attributed"]]
    rng = random.Random(12)
    sample = rng.sample(attributed, min(SAMPLE, len(attributed)))
    SAMPLE_OUT.parent.mkdir(exist_ok=True)
    with SAMPLE_OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["article", "start", "speaker", "quote", "context"])
        for v, a in sorted(sample, key=lambda x: (x[0]["article"], x[0]["start"])):
            w.writerow([v["article"], v["start"], v["speaker"], " ".join(v["text"].split()), context(a, v)])
    given = {(v["article"], v["start"]): v["speaker"] for r in rows.values() for v, _a in r["attributed"]}
    listed = {(v["article"], v["start"]) for r in rows.values() for v in r["marks_all"]}

    def grade(truth: dict[tuple[str, int], str]) -> tuple[str, str, int, list[Any]]:
        graded = [(k, t, given[k]) for k, t in truth.items() if k in given]
        right = sum(1 for _k, t, s in graded if same_speaker(t, s))
        wrong = [(k, t, s) for k, t, s in graded if not same_speaker(t, s)]
        speech = [k for k, t in truth.items() if t not in ("-", "NOT SPEECH")]
        found = sum(1 for k in speech if k in given)
        kept = sum(1 for k, t in truth.items() if t == "NOT SPEECH" and k in listed)
        precision = f"{right / len(graded):.0%} ({right} of {len(graded)})" if graded else "not judged"
        recall = f"{found / len(speech):.0%} ({found} of {len(speech)})" if speech else "not judged"
        return precision, recall, kept, wrong

    truth, heldout = judged(), judged(HELDOUT)
    precision, recall, kept_titles, wrong = grade(truth)
    h_precision, h_recall, _h_kept, h_wrong = grade(heldout)
    wrong += h_wrong

    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%} ({a} of {b})" if b else "n/a"

    print(f"{n} BASIL events, {sum(len(p) for p in evs.values())} articles; compare took {seconds:.1f} s")
    print()
    print(tabulate([
        ["person rows per event that are one person by name", f"{split / n:.2f} ({split} rows)", "<= 0.1"],
        ['"only X quotes Y" where another outlet quotes Y', pct(false_only, only), "<= 10%"],
        ["quotation-mark quotes with no speaker", pct(unattributed, marks), "<= 20%"],
        [f"  speaker right, held-out sample ({len(heldout)} judged blind)", h_precision, ">= 90%"],
        ["  held-out speech quotes framing attributes", h_recall, ""],
        [f"  speaker right, development sample ({len(truth)} judged blind)", precision, ""],
        ["  development speech quotes framing attributes", recall, ""],
        ["  judged non-speech (titles, names) still listed as quotes", str(kept_titles), ""],
        ['"altered" groups that are only insertions or only deletions', pct(one_way, altered), "0%"],
        ['  groups reported as "excerpt"', str(excerpt), ""],
        ["an outlet listed as a source in its own article", str(len(selfref)), "0"],
    ], headers=["figure (dev)", "framing", "must reach"], tablefmt="github"))
    if "-v" in sys.argv:
        print("\nfalse 'only' statements:")
        for r in rows.values():
            for s in r["falsely"]:
                print("  ", s)
        print("\nself-references:", "; ".join(selfref[:20]))
        print("\nspeakers judged otherwise (judged | framing):")
        for k, t, s in wrong:
            print(f"   {k[0][-12:]}@{k[1]}: {t} | {s}")
    print(f"\nspeaker sample written to {SAMPLE_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
