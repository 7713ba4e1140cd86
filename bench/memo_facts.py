"""Are the memo's "only this outlet reports" findings true? Checked against the dev gold.

Run: python bench/memo_facts.py [--views all|triplets] [--show]

For every event of ``../shared/data/basil_facts`` (and, with ``--views all``,
each two-outlet view of it), ``framing.compare`` the articles and read the
key findings of kind ``exclusive`` ("Only X reports, most clearly: 1) ...
2) ... 3) ..."; the threads named are those whose units the finding refers
to). Each sentence those named threads hold is
judged by the two annotators' facts (the definitions of
``bench/align_facts.py``): **exclusive** when neither annotator puts it in a
fact another outlet states, **shared** when both do, **disputed** otherwise.
A named thread is **false** when one of its sentences is gold-shared.

Printed: per event, the threads named and how many are false; overall, the
share of named threads that are false and of their sentences that are
gold-shared, beside the same shares for every exclusive unit framing finds
(what a thread is drawn from).

Figures (2026-12-04; ``--views all``, 10 triplets and their 30 two-outlet views):
before the memo claimed only clear sentences (:data:`framing.align.units.CLEAR_BELOW`),
78 of 270 named threads were false (0.29); after, 24 of 236 (0.10), 24 of their
444 sentences gold-shared (0.05); of every sentence framing calls exclusive,
257 of 1,500 are gold-shared (0.17). Triplets only: 27/90 (0.30) -> 4/65 (0.06).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import framing
from framing.findings.labels import labels
from framing.findings.model import key_findings
from framing.findings.threads import all_threads

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("align_facts", HERE / "align_facts.py")
assert _spec is not None and _spec.loader is not None
align_facts = importlib.util.module_from_spec(_spec)
sys.modules["align_facts"] = align_facts
_spec.loader.exec_module(align_facts)
LANG_TEXTS = HERE.parents[1] / "lang_events"
LANG_GOLD = HERE / "data" / "language_facts"


def _language_facts():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("language_facts", HERE / "language_facts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lf = _language_facts()


def verdicts(event: align_facts.Event) -> dict[tuple[str, int], str]:
    """(outlet, sentence) -> ``shared`` / ``exclusive`` / ``disputed`` by the two annotators."""
    inside = {}
    for who, facts in event.facts.items():
        seen = set()
        for fact in facts:
            if sum(1 for o, ix in fact.items() if ix) < 2:
                continue
            seen.update((o, i) for o, ix in fact.items() for i in ix)
        inside[who] = seen
    out = {}
    for node in event.texts:
        n = sum(node in s for s in inside.values())
        out[node] = "shared" if n == 2 else "exclusive" if n == 0 else "disputed"
    return out


def check(event: align_facts.Event, show: bool,
          articles: list[framing.Article] | None = None) -> tuple[int, int, int, int, int, int]:
    """(threads named, false ones, their sentences, gold-shared ones, exclusive sentences, gold-shared ones)."""
    if articles is None:
        articles = [framing.load(str(p), id=o) for o, p in sorted(event.paths.items())]
    c = framing.compare(articles)
    lab = labels(c)
    gold = verdicts(event)
    threads = all_threads(c, lab)
    named = wrong = sentences = shared = 0
    for f in key_findings(c, lab=lab, threads_of=threads):
        if f.kind != "exclusive":
            continue
        outlet = f.articles[0]
        by_label = {label: uid for uid, label in lab.units.items()}
        claimed = {i for label in f.refs for i in c.alignment.unit(by_label[label]).members[outlet]}
        named_here = [t for t in threads[outlet] if claimed & set(t.sentences)]
        for n, t in enumerate(named_here, start=1):
            sure = [i for i in t.sentences if i in claimed]
            says = [gold.get((outlet, i), "exclusive") for i in sure]
            bad = says.count("shared")
            named += 1
            wrong += bad > 0
            sentences += len(says)
            shared += bad
            if show:
                mark = "FALSE" if bad else "ok"
                print(f"  {event.uuid[:8]} {outlet} thread {n} ({', '.join(t.words)}): {mark} "
                      f"{' '.join(f'p{i}:{v}' for i, v in zip(sure, says, strict=True))}")
                for i, v in zip(sure, says, strict=True):
                    print(f"      {v:9} {c.article(outlet).sentences[i].text[:150]}")
    all_excl = all_shared = 0
    cov = c.coverage
    assert cov is not None
    for outlet, units in cov.added.items():
        for u in units:
            for i in cov.placements[u][outlet].sentences:
                all_excl += 1
                all_shared += gold.get((outlet, i)) == "shared"
    return named, wrong, sentences, shared, all_excl, all_shared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--views", choices=["all", "triplets"], default="triplets")
    parser.add_argument("--show", action="store_true", help="print every named thread and its sentences' verdicts")
    parser.add_argument("--languages", type=Path, nargs="?", const=LANG_TEXTS, metavar="TEXTS",
                        help="score the German and Russian events of bench/language_facts.py instead "
                        f"(texts in TEXTS, default {LANG_TEXTS})")
    args = parser.parse_args()
    totals = [0] * 6
    if args.languages:
        cases = [(ev, lf.read(folder)) for folder in sorted(args.languages.iterdir())
                 if (LANG_GOLD / "A" / f"{folder.name}.json").exists() for ev in [lf.event(folder, LANG_GOLD)]]
    else:
        cases = [(view, None) for event in align_facts.events()
                 for view in (event.subevents() if args.views == "all" else [event])]
    for view, arts in cases:
        got = check(view, args.show, arts)
        totals = [a + b for a, b in zip(totals, got, strict=True)]
        print(f"{view.uuid[:40]:40} threads named {got[0]:3}  false {got[1]:3}  "
              f"sentences {got[2]:3} gold-shared {got[3]:3}  | every exclusive sentence {got[4]:4} "
              f"gold-shared {got[5]:4}")
    named, wrong, sentences, shared, excl, excl_shared = totals
    print(f"\nnamed threads false: {wrong}/{named} = {wrong / max(named, 1):.2f}; their sentences gold-shared: "
          f"{shared}/{sentences} = {shared / max(sentences, 1):.2f}; every exclusive sentence gold-shared: "
          f"{excl_shared}/{excl} = {excl_shared / max(excl, 1):.2f}")


if __name__ == "__main__":
    main()
