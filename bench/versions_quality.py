"""What each version adds, and versions that disagree: precision against readers, on BASIL dev.

Runs ``framing.compare`` on the BASIL dev events (``../shared/data/basil/
articles``, the triplets of ``people_quotes.events``), counts the additions
and disagreements the versions section finds, and grades them against the
judged samples in ``bench/data/versions_judged.tsv`` (see its note: who judged,
how, and what counts as true):

- an addition is true when the lacking outlet's article does not report the
  information the clause adds (reworded or stated elsewhere makes it false);
- a disagreement is true when the two clauses state opposing things about one
  fact (not when they speak of different things, or agree in other words).

``--sample`` writes a fresh sample to judge to ``bench/out/versions_sample.tsv``
(every disagreement, and a seeded sample of detail additions), with the
lacking outlet's whole article so that a judge can check "lacks" without
framing's help. Figures are printed; nothing is asserted.

    python bench/versions_quality.py [--sample]
"""

from __future__ import annotations

import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from people_quotes import events
from tabulate import tabulate

import framing
from framing.findings.labels import labels, outlet_names

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_OUT = ROOT / "bench" / "out" / "versions_sample.tsv"
JUDGED = ROOT / "bench" / "data" / "versions_judged.tsv"
SAMPLE = 60


def rows() -> tuple[list[dict[str, str]], Counter[str], int, float]:
    out: list[dict[str, str]] = []
    counts: Counter[str] = Counter()
    start = time.perf_counter()
    evs = events()
    for uuid, paths in evs.items():
        c = framing.compare(framing.load_all(*paths))
        v = c.versions
        assert v is not None
        lab, names = labels(c), outlet_names(c.articles)
        shared = sum(1 for u in c.alignment.units if len(u.members) > 1)
        counts["shared units"] += shared
        for x in v.additions:
            counts[x.kind] += 1
            if x.kind != "detail":
                continue
            for b in x.lacking:
                a = c.article(x.article)
                out.append({
                    "id": f"add:{x.article}:{x.span.start}:{b}", "kind": "addition", "event": uuid,
                    "unit": lab.units[x.unit], "outlet": names[x.article],
                    "claim": f"{names[b]}'s article does not report what this clause adds",
                    "clause": x.span.text, "sentence": a.sentences[x.span.sentence].text,
                    "other_outlet": names[b], "other_version": _version(c, x.unit, b),
                    "other_article": c.article(b).path or b,
                })
        for x in v.contradictions:
            counts["disagreement"] += 1
            out.append({
                "id": f"dis:{x.a.article}:{x.a.start}:{x.b.article}:{x.b.start}", "kind": "disagreement",
                "event": uuid, "unit": lab.units[x.unit], "outlet": names[x.a.article],
                "claim": f"the two clauses state opposing things about one fact ({x.kind}: {x.cue})",
                "clause": x.a.text, "sentence": c.article(x.a.article).sentences[x.a.sentence].text,
                "other_outlet": names[x.b.article],
                "other_version": c.article(x.b.article).sentences[x.b.sentence].text,
                "other_article": c.article(x.b.article).path or x.b.article,
            })
    return out, counts, len(evs), time.perf_counter() - start


def _version(c: framing.Comparison, unit: str, article: str) -> str:
    a = c.article(article)
    return " ".join(a.sentences[i].text for i in c.alignment.unit(unit).members[article])


def judged() -> dict[str, tuple[str, str]]:
    """id -> (verdict ``true``/``false``, the clause judged) from the judged file (note lines start with #)."""
    if not JUDGED.exists():
        return {}
    with JUDGED.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return {r["id"]: (r["verdict"].strip().lower(), r["clause"]) for r in csv.DictReader(lines, delimiter="\t")}


def main() -> None:
    found, counts, n, seconds = rows()
    if "--sample" in sys.argv:
        rng = random.Random(13)
        additions = [r for r in found if r["kind"] == "addition"]
        pick = [r for r in found if r["kind"] == "disagreement"] + rng.sample(additions, min(SAMPLE, len(additions)))
        SAMPLE_OUT.parent.mkdir(exist_ok=True)
        with SAMPLE_OUT.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(pick[0]) if pick else ["id"], delimiter="\t")
            w.writeheader()
            w.writerows(pick)
        print(f"wrote {len(pick)} to judge to {SAMPLE_OUT.relative_to(ROOT)}")
    truth = judged()
    current = {r["id"]: r for r in found}
    table = []
    for kind in ("addition", "disagreement"):
        graded = [(i, v) for i, (v, clause) in truth.items()
                  if i in current and current[i]["kind"] == kind and current[i]["clause"] == clause]
        right = sum(1 for _i, v in graded if v == "true")
        table.append([f"{kind}s judged true", f"{right / len(graded):.0%} ({right} of {len(graded)})"
                      if graded else "not judged"])
    print(f"{n} BASIL dev events, {seconds:.1f} s")
    print(tabulate([
        ["shared units", counts["shared units"]],
        ["detail additions", counts["detail"]],
        ["attribution differences", counts["attribution"]],
        ["disagreements", counts["disagreement"]],
        *table,
    ], headers=["figure (dev)", "framing"], tablefmt="github"))


if __name__ == "__main__":
    main()
