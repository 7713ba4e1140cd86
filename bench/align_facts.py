"""Fact-level alignment against people: ``framing.align.units`` on the basil_facts dev gold.

Reads ``../shared/data/basil_facts`` (ten BASIL triplets, each aligned fact by
fact by two independent annotators, A and B) and the BASIL articles they
refer to, and scores an alignment exactly as ``basil_facts/README.md``
defines it:

* a cross-outlet sentence pair is **gold-linked** when both annotators put
  the two sentences in one fact, **gold-unlinked** when neither does; pairs
  only one annotator links are left out;
* **link precision / recall / F1** over the cross-outlet pairs the alignment
  puts in one content unit;
* **fact recall**: for each annotator's fact and each pair of outlets that
  both carry it with at least one gold-linked pair between them, is at least
  one of those gold-linked pairs linked? Pooled over A's and B's facts;
* **exclusive**: a sentence is gold-exclusive when neither annotator puts it in
  any fact, gold-shared when both do; predicted exclusive when its unit holds
  one article. Precision / recall / F1 of "exclusive" (the "only this outlet
  carries" verdict).

Beside framing it prints the README's baseline (stemmed Jaccard on content
words, every cross-outlet pair at or above 0.14 linked) and annotator A scored
against B's links (their agreement; A and B are each other's only gold, so
that row uses pairs both label, not the pooled gold).

Run: ``python bench/align_facts.py [--events] [--cutoff N] [--fit] [--ceiling] [--more | --only-more]``.
``--more`` adds the BASIL events labelled for this project the same way (``bench/data/basil_facts_more``,
two independent annotators, the basil_facts protocol); ``--only-more`` scores those alone.
``--events`` prints one row per event; the last three lines are the overall
figures. ``--fit`` fits :data:`framing.align.linkmodel.LINK_MODEL` and chooses the
cut-off by leave-one-event-out cross-validation (model and cut-off fitted on
nine events, scored on the tenth; with ``--more``, on fifteen of sixteen), prints every fold and the
spread, then the fit on all of them (what the package ships is the fit on the ten). Needs numpy
(pandas brings it).
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from tabulate import tabulate

from framing import Article, load
from framing.align.cohesion import cluster, compete
from framing.align.linkmodel import RESTATES, link_score
from framing.align.units import UNIT_CUTOFF, align
from framing.comparators.speakers import sentence_speakers
from framing.extract.memo import sharing
from framing.text.terms import terms

_align = importlib.import_module("framing.align.units")
_linking = importlib.import_module("framing.align.links")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
GOLD = DATA / "basil_facts"
MORE = ROOT / "bench" / "data" / "basil_facts_more"
JACCARD = 0.14
GRID = (10.0, 12.5, 15.0, 17.5, 20.0, 22.5, 25.0, 30.0, 35.0, 40.0)
MIXED_BUDGET = 0.005
"""At most this share of the cross-article pairs of triplets of different events may share a unit
(false links; the same budget as random cross-event pairs in ``bench/align_quality.py``)."""

Node = tuple[str, int]  # (outlet, 0-based BASIL body sentence number)
Pair = frozenset[Node]


@dataclass(frozen=True)
class Event:
    """One annotated triplet: the outlets' sentence counts and both annotations."""

    uuid: str
    sizes: dict[str, int]  # outlet -> body sentences
    texts: dict[Node, str]
    facts: dict[str, list[dict[str, list[int]]]]  # annotator -> facts' sentences per outlet
    paths: dict[str, Path]  # outlet -> article file

    def restrict(self, outlets: Iterable[str]) -> Event:
        """The same event as if only these outlets had reported it (facts two of them state)."""
        keep = set(outlets)
        facts = {}
        for who, fs in self.facts.items():
            kept = [{o: f[o] for o in f if o in keep} for f in fs]
            facts[who] = [f for f in kept if sum(1 for indices in f.values() if indices) > 1]
        return Event(
            self.uuid + "/" + "+".join(sorted(keep)),
            {o: n for o, n in self.sizes.items() if o in keep},
            {k: v for k, v in self.texts.items() if k[0] in keep},
            facts,
            {o: p for o, p in self.paths.items() if o in keep},
        )

    def subevents(self) -> list[Event]:
        """The event itself and every two-outlet view of it."""
        return [self] + [self.restrict(pair) for pair in combinations(sorted(self.paths), 2)]


def basil_files() -> dict[str, dict[str, Path]]:
    """BASIL's article files: event uuid -> outlet (``fox``, ``nyt``, ``hpo``) -> path."""
    files: dict[str, dict[str, Path]] = {}
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        files.setdefault(record["triplet-uuid"], {})[record["source"].lower()] = path  # 4 events say "FOX"
    return files


def bodies(paths: dict[str, Path]) -> tuple[dict[str, int], dict[Node, str]]:
    """Each outlet's number of BASIL body sentences, and every sentence by (outlet, number)."""
    sizes, texts = {}, {}
    for outlet, path in paths.items():
        record = json.loads(path.read_text(encoding="utf-8"))
        sentences = [s for paragraph in record["body-paragraphs"] for s in paragraph]
        sizes[outlet] = len(sentences)
        texts.update({(outlet, i): s for i, s in enumerate(sentences)})
    return sizes, texts


def events(folders: Iterable[Path] = (GOLD,)) -> list[Event]:
    files = basil_files()
    out = []
    for folder, gold in sorted((f, g) for f in folders for g in (f / "A").glob("*.json")):
        uuid = gold.stem
        facts = {}
        for who in ("A", "B"):
            record = json.loads((folder / who / gold.name).read_text(encoding="utf-8"))
            facts[who] = [f["sentences"] for f in record["facts"]]
        paths = files[uuid]
        sizes, texts = bodies(paths)
        out.append(Event(uuid, sizes, texts, facts, paths))
    return out


def fact_pairs(fact: dict[str, list[int]]) -> set[Pair]:
    nodes = [(o, i) for o, indices in fact.items() for i in indices]
    return {frozenset((a, b)) for a, b in combinations(nodes, 2) if a[0] != b[0]}


def linked_by(facts: list[dict[str, list[int]]]) -> set[Pair]:
    return set().union(*(fact_pairs(f) for f in facts)) if facts else set()


def in_facts(facts: list[dict[str, list[int]]]) -> set[Node]:
    return {(o, i) for f in facts for o, indices in f.items() for i in indices}


@dataclass
class Counts:
    """Pooled counts of one system over some events."""

    tp: int = 0  # gold-linked pairs predicted linked
    fp: int = 0  # gold-unlinked pairs predicted linked
    fn: int = 0  # gold-linked pairs not predicted linked
    facts: int = 0  # (fact, outlet pair) instances
    found: int = 0  # of which at least one gold-linked pair is linked
    etp: int = 0  # gold-exclusive sentences predicted exclusive
    efp: int = 0  # gold-shared sentences predicted exclusive
    efn: int = 0  # gold-exclusive sentences predicted shared

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self) -> list[str]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        ep, er, ef = prf(self.etp, self.efp, self.efn)
        recall = self.found / self.facts if self.facts else 0.0
        return [f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", f"{recall:.2f}", f"{ep:.2f}", f"{er:.2f}", f"{ef:.2f}"]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(event: Event, predicted: set[Pair], exclusive: set[Node]) -> Counts:
    """Score predicted links and predicted-exclusive sentences against the pooled gold."""
    a, b = linked_by(event.facts["A"]), linked_by(event.facts["B"])
    gold, either = a & b, a | b
    c = Counts()
    for pair in predicted:
        if pair in gold:
            c.tp += 1
        elif pair not in either:
            c.fp += 1
    c.fn = len(gold - predicted)
    for who in ("A", "B"):
        for fact in event.facts[who]:
            outlets = sorted(o for o, indices in fact.items() if indices)
            for x, y in combinations(outlets, 2):
                pairs = {frozenset(((x, i), (y, j))) for i in fact[x] for j in fact[y]} & gold
                if pairs:
                    c.facts += 1
                    c.found += bool(pairs & predicted)
    shared_a, shared_b = in_facts(event.facts["A"]), in_facts(event.facts["B"])
    for node in event.texts:
        if node not in shared_a and node not in shared_b:  # gold-exclusive
            if node in exclusive:
                c.etp += 1
            else:
                c.efn += 1
        elif node in shared_a and node in shared_b and node in exclusive:  # gold-shared
            c.efp += 1
    return c


def agreement(event: Event) -> Counts:
    """Annotator B scored against annotator A (A as gold), for the agreement row.

    Fact recall is left at 0: it is defined against the pooled gold only.
    """
    a, b = linked_by(event.facts["A"]), linked_by(event.facts["B"])
    c = Counts(tp=len(a & b), fp=len(b - a), fn=len(a - b))
    shared_a, shared_b = in_facts(event.facts["A"]), in_facts(event.facts["B"])
    for node in event.texts:
        ea, eb = node not in shared_a, node not in shared_b
        c.etp += ea and eb
        c.efp += eb and not ea
        c.efn += ea and not eb
    return c


def framing_links(event: Event, cutoff: float) -> tuple[set[Pair], set[Node]]:
    arts = articles(event)
    with sharing():  # as framing.compare aligns: two people's quoted words are never one fact
        alignment = align(arts, cutoff=cutoff, speakers=sentence_speakers(arts))
    predicted: set[Pair] = set()
    shared: set[Node] = set()
    for unit in alignment.units:
        # a unit's also-sentences state its fact as well (a sentence stating several facts)
        nodes = [(o, i) for held in (unit.members, unit.also) for o, indices in held.items() for i in indices]
        predicted |= {frozenset((x, y)) for x, y in combinations(nodes, 2) if x[0] != y[0]}
        if unit.shared:
            shared.update(nodes)
    # a sentence in no unit (boilerplate to framing) is carried by no one else: exclusive
    return predicted, set(event.texts) - shared


def articles(event: Event) -> list[Article]:
    return [load(path, id=outlet) for outlet, path in sorted(event.paths.items())]


def unit_links(groups: list[tuple[list[int], float]], nodes: list[Node], event: Event) -> tuple[set[Pair], set[Node]]:
    predicted: set[Pair] = set()
    shared: set[Node] = set()
    for members, _ in groups:
        held = [nodes[n] for n in members]
        predicted |= {frozenset((x, y)) for x, y in combinations(held, 2) if x[0] != y[0]}
        if len({o for o, _ in held}) > 1:
            shared.update(held)
    return predicted, set(event.texts) - shared


@dataclass
class Measured:
    """One event's candidate pairs with the link model's measures and gold labels."""

    event: Event
    nodes: list[Node]
    outlet_of: list[int]
    pairs: list[tuple[int, int]]
    values: list[tuple[float, ...]]
    closeness: dict[tuple[int, int], float]
    places: list[int]
    labels: list[int | None]  # 1 gold-linked, 0 gold-unlinked, None one annotator only


def measured(event: Event) -> Measured:
    ordered = articles(event)
    nodes, sentences, places = _linking._nodes(ordered)
    a, b = linked_by(event.facts["A"]), linked_by(event.facts["B"])
    pairs, values, labels, closeness = [], [], [], {}
    for i, j, v, near, _, _ in _linking._measured(sentences, nodes, places, len(ordered)):
        pair = frozenset((nodes[i], nodes[j]))
        pairs.append((i, j))
        closeness[(i, j)] = near
        values.append(v)
        labels.append(1 if pair in a and pair in b else (0 if pair not in a and pair not in b else None))
    ids = sorted({o for o, _ in nodes})
    outlet_of = [ids.index(o) for o, _ in nodes]
    return Measured(event, nodes, outlet_of, pairs, values, closeness, list(places), labels)


def logistic(xs: list[tuple[float, ...]], ys: list[int], l2: float = 1e-2, iterations: int = 40) -> tuple[float, ...]:
    """L2-regularised logistic regression by Newton's method (intercept first, not penalised)."""
    import numpy as np

    x = np.hstack([np.ones((len(xs), 1)), np.array(xs, dtype=float)])
    y = np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = l2 * np.eye(len(w))
    penalty[0, 0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w = w - np.linalg.solve(hessian, gradient)
    return tuple(round(float(c), 3) for c in w)


def groups_of(m: Measured, model: tuple[float, ...], cutoff: float) -> list[tuple[list[int], float]]:
    """What :func:`framing.align.units` builds from these measures with ``model`` and ``cutoff``."""
    links = [(link_score(v, model), i, j) for (i, j), v in zip(m.pairs, m.values, strict=True)]
    links = [link for link in links if link[0] >= _linking.LINK_FLOOR]
    links = compete(links, m.outlet_of, ratio=_align.COMPETITION, closeness=m.closeness, restates=RESTATES,
                    places=m.places)
    groups = cluster(links, m.outlet_of, cutoff=cutoff, per_article=_align.MAX_PER_ARTICLE)
    # as align does: sentences that also state another shared unit's fact join it there too
    scored = [(link_score(v, model), i, j) for (i, j), v in zip(m.pairs, m.values, strict=True)]
    scored = [link for link in scored if link[0] >= _linking.LINK_FLOOR]
    home = {n: k for k, (members, _) in enumerate(groups) for n in members}
    also = _align._also(groups, scored, m.outlet_of, home, _align.ALSO_JOINS * cutoff)
    return [(members + sorted(also.get(k, ())), strength) for k, (members, strength) in enumerate(groups)]


def units_counts(m: Measured, model: tuple[float, ...], cutoff: float) -> Counts:
    return score(m.event, *unit_links(groups_of(m, model, cutoff), m.nodes, m.event))


def mixed_share(mixed: list[Measured], model: tuple[float, ...], cutoff: float) -> float:
    """Share of the mixed events' cross-article sentence pairs put in one unit (all false links)."""
    pairs = linked = 0
    for m in mixed:
        pairs += sum(x * y for x, y in combinations(m.event.sizes.values(), 2))
        for members, _ in groups_of(m, model, cutoff):
            counts: dict[int, int] = {}
            for n in members:
                counts[m.outlet_of[n]] = counts.get(m.outlet_of[n], 0) + 1
            linked += sum(x * y for x, y in combinations(counts.values(), 2))
    return linked / pairs if pairs else 0.0


def objective(c: Counts) -> float:
    """What the cut-off is chosen for: the mean of link F1, fact recall and exclusive F1."""
    return (prf(c.tp, c.fp, c.fn)[2] + (c.found / c.facts if c.facts else 0.0) + prf(c.etp, c.efp, c.efn)[2]) / 3


def choose(train: list[Measured], model: tuple[float, ...], mixed: list[Measured]) -> float:
    """The cut-off with the best :func:`objective` on ``train`` among those that put at most
    :data:`MIXED_BUDGET` of the mixed events' cross-article pairs in one unit (the highest if none does)."""
    best = (-1.0, 0.0)
    for cutoff in GRID:
        if mixed_share(mixed, model, cutoff) > MIXED_BUDGET and cutoff != GRID[-1]:
            continue
        pooled = Counts()
        for m in train:
            pooled.add(units_counts(m, model, cutoff))
        best = max(best, (objective(pooled), -cutoff))
    return -best[1]


def fit_all(gold: list[Event]) -> None:
    """Leave-one-event-out cross-validation of the link model and the cut-off, then the full fit.

    Each event is used whole and as its three two-outlet views, so the model
    and the cut-off fit events of two outlets as well as three (the event
    rarity measures change with the number of articles). Folds hold out an
    event with all its views.
    """
    views = [[measured(v) for v in e.subevents()] for e in gold]
    data = [m for vs in views for m in vs]
    mixed = [measured(e) for e in mixed_events()]

    def train_on(ms: list[Measured]) -> tuple[float, ...]:
        xs = [v for m in ms for v, y in zip(m.values, m.labels, strict=True) if y is not None]
        ys = [y for m in ms for y in m.labels if y is not None]
        return logistic(xs, ys)

    rows, held_out, held_pairs = [], Counts(), Counts()
    for k, vs in enumerate(views):
        uuid = vs[0].event.uuid
        train = [m for n, others in enumerate(views) if n != k for m in others]
        # mixed events with an article of the held-out event are left out of its fold
        apart = [m for m in mixed if uuid not in m.event.uuid]
        shown = [m for m in mixed if uuid in m.event.uuid]
        model = train_on(train + apart)
        cutoff = choose(train, model, apart)
        c = units_counts(vs[0], model, cutoff)
        held_out.add(c)
        for m in vs[1:]:
            held_pairs.add(units_counts(m, model, cutoff))
        rows.append([uuid[:8], f"{cutoff:g}", *c.row(), f"{100 * mixed_share(shown, model, cutoff):.2f}%"])
    headers = ["held-out event", "cut-off", "link P", "link R", "link F1", "fact recall", "excl P", "excl R", "excl F1",
               "mixed links"]
    print(f"Leave-one-event-out: model and cut-off fitted on the other {len(views) - 1} events and the mixed events\n"
          "without the held-out event's articles; 'mixed links' is the share of cross-article pairs put in\n"
          f"one unit in the three mixed events that hold the held-out event's articles (budget {MIXED_BUDGET:.1%})\n")
    print(tabulate(rows, headers=headers, tablefmt="github"))
    f1s = [float(r[4]) for r in rows]
    efs = [float(r[8]) for r in rows]
    print(f"\nheld-out pooled, three outlets: {held_out.row()}; per-fold link F1 {min(f1s):.2f}..{max(f1s):.2f}, "
          f"exclusive F1 {min(efs):.2f}..{max(efs):.2f}")
    print(f"held-out pooled, two-outlet views: {held_pairs.row()}")
    model = train_on(data + mixed)
    cutoff = choose(data, model, mixed)
    print(f"\nLINK_MODEL fitted on all {len(views)} events and the {len(mixed)} mixed events: {model}")
    print(f"cut-off chosen on all of them: {cutoff:g} (mixed events: {100 * mixed_share(mixed, model, cutoff):.2f}% "
          "of cross-article pairs linked)")


def jaccard_links(event: Event) -> tuple[set[Pair], set[Node]]:
    bags = {node: set(terms(text)) for node, text in event.texts.items()}
    predicted: set[Pair] = set()
    for x, y in combinations(sorted(bags), 2):
        if x[0] != y[0]:
            union = bags[x] | bags[y]
            if union and len(bags[x] & bags[y]) / len(union) >= JACCARD:
                predicted.add(frozenset((x, y)))
    linked = {n for pair in predicted for n in pair}
    return predicted, set(event.texts) - linked


def mixed_events() -> list[Event]:
    """Triplets of three different BASIL events: no fact is shared, every link is false.

    Events in uuid order; triplet k takes Fox from event k, NYT from k+1 and
    HuffPost from k+2 (uuid ``"x:<k>:<the three event uuids>"``).
    """
    by_event = basil_files()
    uuids = sorted(by_event)
    out = []
    for k in range(len(uuids)):
        chosen = {o: uuids[(k + n) % len(uuids)] for n, o in enumerate(("fox", "nyt", "hpo"))}
        paths = {o: by_event[u][o] for o, u in chosen.items()}
        sizes, texts = bodies(paths)
        out.append(Event(f"x:{k}:" + ",".join(chosen.values()), sizes, texts, {"A": [], "B": []}, paths))
    return out


def cross_event(cutoff: float) -> list[str]:
    """The aligner on triplets of three different BASIL events (:func:`mixed_events`).

    Prints the share of cross-article sentence pairs put in one unit and the
    share of sentences in a shared unit: all are false.
    """
    pairs = linked = sentences = shared = 0
    mixed = mixed_events()
    for event in mixed:
        sizes = list(event.sizes.values())
        pairs += sum(x * y for x, y in combinations(sizes, 2))
        sentences += sum(sizes)
        for unit in align(articles(event), cutoff=cutoff).units:
            if unit.shared:  # with the sentences that state the unit's fact within another's (Unit.also)
                counts = [len(unit.members.get(a, ())) + len(unit.also.get(a, ())) for a in unit.carriers()]
                linked += sum(x * y for x, y in combinations(counts, 2))
                shared += sum(counts)
    return [
        f"Cross-event (BASIL, {len(mixed)} triplets of three different events): "
        f"{linked:,} of {pairs:,} cross-article pairs in one unit ({100 * linked / pairs:.2f}%), "
        f"{shared:,} of {sentences:,} sentences in a shared unit ({100 * shared / sentences:.1f}%)"
    ]


def seeds(cutoff: float) -> list[str]:
    """The seed checks of the alignment issue: what must and must not share a unit."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if len(paths) != 2:
        return []
    arts = [load(p) for p in paths]
    alignment = align(arts, cutoff=cutoff)
    texts = {(a.id, s.index): s.text for a in arts for s in a.body}

    def find(text: str) -> tuple[str, int]:
        return next(k for k, v in texts.items() if text in v)

    def together(x: str, y: str) -> bool:
        return alignment.unit_of(*find(x)) is alignment.unit_of(*find(y))

    def alone(x: str) -> bool:
        return not alignment.unit_of(*find(x)).shared

    checks = [
        ("the shared quote: one unit", together("If we just thought", "If we just thought")),
        ("\"Every second week\": one unit", together("Every second week you hear", "Every second week")),
        ("Kyiv has not asked: one unit", together("Authorities in Kyiv have not yet requested",
                                                  "Kyiv has not yet made such a request")),
        ("tactical nuclear exercises (003): its own", alone("tactical nuclear weapons exercises")),
        ("conscription detail (000): its own", alone("subject to military conscription")),
        ("asylum detail (000): its own", alone("not compatible with the EU's international")),
        ("residency permits (000): its own", alone("permanent residency permits")),
        ("NATO 'no boots' (003): its own", alone("Corriere Della Sera")),
        ("France's ambassador summoned (003): its own", alone("summoned France's ambassador")),
    ]
    return ["Seeds: " + "; ".join(f"{name} {'yes' if ok else 'NO'}" for name, ok in checks)]


@contextmanager
def every_pair() -> Iterator[None]:
    """Score every cross-article pair (no term index, no bound, no per-sentence limit): what the
    candidate generation costs in recall. Quadratic; for the ten small dev events only."""

    def all_pairs(profiles: list, weight: object, nodes: list, groups: int, **_: object) -> Iterator[tuple[int, int]]:
        for i in range(len(nodes)):
            for j in range(i + 1, len(nodes)):
                if nodes[i][0] != nodes[j][0]:
                    yield i, j

    saved = (_linking._candidates, _linking.BOUND_FLOOR, _linking.MAX_SCORED)
    _linking._candidates, _linking.BOUND_FLOOR, _linking.MAX_SCORED = all_pairs, -1.0, 1 << 30
    try:
        yield
    finally:
        _linking._candidates, _linking.BOUND_FLOOR, _linking.MAX_SCORED = saved


def ceiling(gold: list[Event], cutoff: float) -> None:
    """Where the recall goes: candidate generation, the link score, or the units.

    Prints (1) gold-linked pairs that are candidates, and the link scores the others get when
    every pair is scored; (2) the link model as a pair classifier at several thresholds (no
    units, no transitivity); (3) units built by the shipped clustering from the *gold* links
    (score 100 if gold-linked, none otherwise): the most a partition into units with this
    per-article cap can score on this metric.
    """
    gold_pairs = candidates = 0
    scored: list[tuple[float, int]] = []
    seen: dict[str, set[frozenset[Node]]] = {}
    for event in gold:
        m = measured(event)
        seen[event.uuid] = {frozenset((m.nodes[i], m.nodes[j])) for i, j in m.pairs}
        gold_pairs += len(linked_by(event.facts["A"]) & linked_by(event.facts["B"]))
        candidates += sum(1 for label in m.labels if label == 1)
        scored += [(link_score(v), label) for v, label in zip(m.values, m.labels, strict=True) if label is not None]
    unseen: list[float] = []
    with every_pair():
        for event in gold:
            m = measured(event)
            for (i, j), v, label in zip(m.pairs, m.values, m.labels, strict=True):
                if label == 1 and frozenset((m.nodes[i], m.nodes[j])) not in seen[event.uuid]:
                    unseen.append(link_score(v))
    print(f"Gold-linked pairs: {gold_pairs}; candidates: {candidates} ({candidates / gold_pairs:.0%}).")
    print(f"Of the {gold_pairs - candidates} others, {len(unseen)} are scorable sentences; scored anyway, "
          f"{sum(1 for s in unseen if s >= 5)} reach 5 and {sum(1 for s in unseen if s >= cutoff)} reach {cutoff:g}.")
    rows = []
    for t in (5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0):
        tp = sum(1 for s, label in scored if s >= t and label == 1)
        fp = sum(1 for s, label in scored if s >= t and label == 0)
        rows.append([t, tp, fp, *(f"{x:.2f}" for x in prf(tp, fp, gold_pairs - tp))])
    print("\nThe link model as a pair classifier (every candidate pair at or above the threshold linked)\n")
    print(tabulate(rows, headers=["threshold", "TP", "FP", "P", "R", "F1"], tablefmt="github"))
    rows = []
    for cut in (30.0, 50.0, 70.0):
        total, with_also = Counts(), Counts()
        for event in gold:
            nodes = sorted(event.texts)
            index = {n: k for k, n in enumerate(nodes)}
            outlets = sorted(event.sizes)
            numbers = [outlets.index(o) for o, _ in nodes]
            links = [(100.0, *sorted((index[x], index[y]))) for x, y in map(tuple, linked_by(event.facts["A"])
                                                                           & linked_by(event.facts["B"]))]
            groups = cluster(links, numbers, cutoff=cut, per_article=_align.MAX_PER_ARTICLE)
            total.add(score(event, *unit_links(groups, nodes, event)))
            # and with the sentences that state another unit's fact joining it too (Unit.also)
            home = {n: k for k, (members, _) in enumerate(groups) for n in members}
            also = _align._also(groups, links, numbers, home, _align.ALSO_JOINS * cut)
            grown = [(members + sorted(also.get(k, ())), strength) for k, (members, strength) in enumerate(groups)]
            with_also.add(score(event, *unit_links(grown, nodes, event)))
        rows.append([f"gold links, units at {cut:g}", *total.row()])
        rows.append([f"gold links, units at {cut:g}, with also", *with_also.row()])
    print("\nUnits from the gold links themselves (the ceiling of a partition with this cap)\n")
    print(tabulate(rows, headers=["system", "link P", "link R", "link F1", "fact recall", "excl P", "excl R",
                                  "excl F1"], tablefmt="github"))


def run(systems: Iterable[tuple[str, Callable[[Event], Counts]]], gold: list[Event], per_event: bool) -> None:
    headers = ["link P", "link R", "link F1", "fact recall", "excl P", "excl R", "excl F1"]
    overall = []
    for name, system in systems:
        total = Counts()
        rows = []
        for event in gold:
            c = system(event)
            total.add(c)
            rows.append([event.uuid[:8], *c.row()])
        if per_event:
            print(f"\n{name}, per event\n")
            print(tabulate(rows, headers=["event", *headers], tablefmt="github"))
        overall.append([name, *total.row()])
    print(f"\nOverall ({len(gold)} events, pooled counts)\n")
    print(tabulate(overall, headers=["system", *headers], tablefmt="github"))


def main(argv: list[str]) -> int:
    if not GOLD.is_dir():
        print(f"no basil_facts gold at {GOLD}", file=sys.stderr)
        return 1
    cutoff = float(argv[argv.index("--cutoff") + 1]) if "--cutoff" in argv else UNIT_CUTOFF
    started = time.perf_counter()
    # --more: the events labelled for this project the same way (bench/data/basil_facts_more), with
    # the ten; --only-more: those alone (no figure of the shipped model was chosen on them)
    folders = [MORE] if "--only-more" in argv else [GOLD, MORE] if "--more" in argv else [GOLD]
    gold = events(folders)
    if "--fit" not in argv:
        for line in [*seeds(cutoff), *cross_event(cutoff)]:
            print(line)
    if "--ceiling" in argv:
        ceiling(gold, cutoff)
        print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
        return 0
    if "--fit" in argv:
        fit_all(gold)
        print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
        return 0
    run(
        [
            ("annotator B vs A", agreement),
            (f"stemmed Jaccard >= {JACCARD}", lambda e: score(e, *jaccard_links(e))),
            (f"framing (cut-off {cutoff:g})", lambda e: score(e, *framing_links(e, cutoff))),
        ],
        gold,
        "--events" in argv,
    )
    print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
