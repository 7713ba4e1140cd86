"""Coverage on BASIL: content only one outlet carries, and where BASIL's bias spans fall.

For each BASIL triplet (the same event covered by Fox News, The New York
Times and HuffPost), ``compare`` the three articles and count, per outlet,
the share of its content sentences that sit in units only it carries. Then
check BASIL's phrase-level annotations: informational-bias spans (content
chosen to frame a target) should fall in outlet-only content more often than
lexical-bias spans (wording), relative to the share of such content.

Run: python bench/compare_basil.py   (reads ../shared/data/basil; prints tables)
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import framing

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "basil"


def sentence_map(record: dict, article: framing.Article) -> dict[int, int]:
    """BASIL's pK (K-th body sentence, empties included) -> our sentence index."""
    out: dict[int, int] = {}
    k = ours = 0
    for para in record["body-paragraphs"]:
        for sentence in [para] if isinstance(para, str) else para:
            if " ".join(sentence.split()):
                out[k] = ours
                ours += 1
            k += 1
    assert ours == len(article.sentences)
    return out


def main() -> None:
    triplets: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((DATA / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        triplets[record["triplet-uuid"]].append(path)
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    seconds = 0.0
    for paths in triplets.values():
        articles = [framing.load(p) for p in paths]
        start = time.perf_counter()
        comparison = framing.compare(articles, comparators=["coverage"])
        seconds += time.perf_counter() - start
        cov = comparison.sections["coverage"]
        for path, article in zip(paths, articles, strict=True):
            record = json.loads(path.read_text(encoding="utf-8"))
            own = {i for u in cov.added[article.id] for i in cov.placements[u][article.id].sentences}
            body = {s.index for s in article.body}
            st = stats[article.outlet or "?"]
            st["articles"] += 1
            st["sentences"] += len(body)
            st["own"] += len(own & body)
            ann = DATA / "annotations" / path.parent.name / f"{path.stem}_ann.json"
            if not ann.exists():
                continue
            mapping = sentence_map(record, article)
            for span in json.loads(ann.read_text(encoding="utf-8"))["phrase-level-annotations"]:
                if not span["id"].lstrip("p").isdigit():
                    continue  # annotations of the headline ("title")
                index = mapping.get(int(span["id"].lstrip("p")))
                if index is None or index not in body:
                    continue
                where = "own" if index in own else "shared"
                st[f"{span['bias']}_{where}"] += 1
    print(f"BASIL: {len(triplets)} triplets, compare() on 3 articles: "
          f"{seconds / len(triplets) * 1000:.1f} ms per event\n")
    header = ("outlet", "articles", "sentences", "own share", "inf spans own/shared",
              "inf in own", "lex spans own/shared", "lex in own")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for outlet in sorted(stats):
        st = stats[outlet]
        inf_total = st["inf_own"] + st["inf_shared"]
        lex_total = st["lex_own"] + st["lex_shared"]
        print(
            f"| {outlet} | {st['articles']:.0f} | {st['sentences']:.0f} | "
            f"{st['own'] / st['sentences']:.1%} | {st['inf_own']:.0f}/{st['inf_shared']:.0f} | "
            f"{st['inf_own'] / inf_total if inf_total else 0:.1%} | "
            f"{st['lex_own']:.0f}/{st['lex_shared']:.0f} | "
            f"{st['lex_own'] / lex_total if lex_total else 0:.1%} |"
        )
    print("\n'own share': share of the outlet's content sentences in units only it carries;"
          "\n'inf in own' above 'own share' means informational bias concentrates in outlet-only content.")


if __name__ == "__main__":
    main()
