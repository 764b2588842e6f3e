"""Scoring of trial records and spans, as RECORDS.md "How records are scored" defines it.

A record is broken into facts per family; arm facts are keyed by the arm they belong to after a
one-to-one matching of predicted to gold arms; precision/recall/F1 per family and micro-averaged.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

FAMILIES = ("ids", "design", "endpoints", "arms", "regimen", "outcomes", "adverse_events",
            "comparisons", "eligibility")


def norm(value: Any) -> Any:
    """Numbers (and strings that read as numbers) to a rounded float; other strings trimmed, lower."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return round(float(value), 6)
    text = str(value).strip()
    try:
        return round(float(text), 6)
    except ValueError:
        return text.lower()


def _t(*values: Any) -> tuple:
    return tuple(norm(v) for v in values)


def regimen_facts(arm: dict) -> set[tuple]:
    facts = set()
    for c in arm.get("regimen") or []:
        name = c.get("name")
        facts.add(("kind",) + _t(c.get("kind"), name))
        if c.get("dose") is not None:
            facts.add(("dose",) + _t(name, c.get("dose"), c.get("dose_max"), c.get("unit")))
        for key in ("frequency", "days", "cycle_days", "route", "technique", "dose_per_fraction", "fractions"):
            if c.get(key) is not None:
                facts.add((key,) + _t(name, c.get(key)))
    return facts


def outcome_facts(items: Iterable[dict]) -> set[tuple]:
    facts = set()
    for o in items or []:
        key = _t(o.get("endpoint"), o.get("stat"), o.get("timepoint_months"))
        has_number = False
        if o.get("value") is not None:
            facts.add(("value",) + key + _t(o.get("value"), o.get("unit")))
            has_number = True
        if o.get("count") is not None or o.get("total") is not None:
            facts.add(("count",) + key + _t(o.get("count"), o.get("total")))
            has_number = True
        if o.get("ci_low") is not None or o.get("ci_high") is not None:
            facts.add(("ci",) + key + _t(o.get("ci_low"), o.get("ci_high")))
            has_number = True
        if not has_number:
            facts.add(("reported",) + key)
    return facts


def ae_facts(items: Iterable[dict]) -> set[tuple]:
    facts = set()
    for a in items or []:
        key = _t(a.get("term"), a.get("grade"))
        facts.add(("grade",) + key)
        if a.get("count") is not None:
            facts.add(("count",) + key + _t(a.get("count")))
        if a.get("percent") is not None:
            facts.add(("percent",) + key + _t(a.get("percent")))
    return facts


def study_facts(record: dict) -> dict[str, set[tuple]]:
    """Facts that are not keyed by arm."""
    ids = record.get("ids") or {}
    out: dict[str, set[tuple]] = {f: set() for f in FAMILIES}
    for nct in ids.get("nct") or []:
        out["ids"].add(("nct",) + _t(nct))
    for key in ("pmid", "pmcid", "doi"):
        if ids.get(key):
            out["ids"].add((key,) + _t(ids[key]))
    for key in ("phase", "randomized"):
        if record.get(key) is not None:
            out["design"].add((key,) + _t(record[key]))
    enrollment = record.get("enrollment") or {}
    for key in ("actual", "planned"):
        if enrollment.get(key) is not None:
            out["design"].add(("enrollment_" + key,) + _t(enrollment[key]))
    for e in record.get("endpoints") or []:
        out["endpoints"].add(_t(e.get("name"), e.get("role")))
    for c in record.get("comparisons") or []:
        ep = c.get("endpoint")
        if c.get("value") is not None:
            out["comparisons"].add(("value",) + _t(ep, c.get("measure"), c.get("value")))
        if c.get("ci_low") is not None or c.get("ci_high") is not None:
            out["comparisons"].add(("ci",) + _t(ep, c.get("measure"), c.get("ci_low"), c.get("ci_high")))
        if c.get("p") is not None:
            out["comparisons"].add(("p",) + _t(ep, c.get("p")))
    for e in record.get("eligibility") or []:
        out["eligibility"].add(_t(e.get("kind"), e.get("parameter"), e.get("operator"), e.get("value"), e.get("unit")))
    return out


def _names(arm: dict) -> set:
    return {norm(c.get("name")) for c in arm.get("regimen") or []}


def arm_similarity(pred: dict, gold: dict) -> float:
    a, b = _names(pred), _names(gold)
    shared = a & b
    if not shared:
        return 0.0
    fa, fb = regimen_facts(pred), regimen_facts(gold)
    union_facts = fa | fb
    sim = len(shared) / len(a | b)
    sim += 0.1 * (len(fa & fb) / len(union_facts) if union_facts else 0.0)
    if pred.get("n") is not None and pred.get("n") == gold.get("n"):
        sim += 0.01
    return sim


def match_arms(pred_arms: list[dict], gold_arms: list[dict]) -> list[tuple[int, int]]:
    """The one-to-one matching with the largest total similarity (exhaustive; arms are few)."""
    sims = [[arm_similarity(p, g) for g in gold_arms] for p in pred_arms]
    best: tuple[float, list] = (0.0, [])
    P, G = len(pred_arms), len(gold_arms)
    if P == 0 or G == 0:
        return []
    if P <= G:
        for perm in itertools.permutations(range(G), P):
            pairs = [(i, j) for i, j in enumerate(perm) if sims[i][j] > 0]
            total = sum(sims[i][j] for i, j in pairs)
            if total > best[0] + 1e-12:
                best = (total, pairs)
    else:
        for perm in itertools.permutations(range(P), G):
            pairs = [(i, j) for j, i in enumerate(perm) if sims[i][j] > 0]
            total = sum(sims[i][j] for i, j in pairs)
            if total > best[0] + 1e-12:
                best = (total, pairs)
    return sorted(best[1])


def arm_facts(arm: dict) -> dict[str, set[tuple]]:
    out = {"arms": {("arm",)}, "regimen": regimen_facts(arm),
           "outcomes": outcome_facts(arm.get("outcomes")), "adverse_events": ae_facts(arm.get("adverse_events"))}
    if arm.get("n") is not None:
        out["arms"].add(("n",) + _t(arm["n"]))
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocScore:
    doc_id: str
    families: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FAMILIES})
    errors: list[dict] = field(default_factory=list)

    def micro(self) -> Counts:
        total = Counts()
        for c in self.families.values():
            total.add(c)
        return total


def _compare(score: DocScore, family: str, where: str, pred: set, gold: set) -> None:
    c = score.families[family]
    c.tp += len(pred & gold)
    c.fp += len(pred - gold)
    c.fn += len(gold - pred)
    for fact in sorted(pred - gold, key=repr):
        score.errors.append({"doc_id": score.doc_id, "family": family, "where": where, "kind": "spurious", "fact": list(fact)})
    for fact in sorted(gold - pred, key=repr):
        score.errors.append({"doc_id": score.doc_id, "family": family, "where": where, "kind": "missed", "fact": list(fact)})


def score_record(pred: Optional[dict], gold: dict) -> DocScore:
    pred = pred or {"arms": []}
    score = DocScore(doc_id=gold.get("doc_id", "?"))
    ps, gs = study_facts(pred), study_facts(gold)
    for fam in FAMILIES:
        if ps[fam] or gs[fam]:
            _compare(score, fam, "study", ps[fam], gs[fam])
    # study-level outcomes and AEs form one more "arm"
    _compare(score, "outcomes", "study", outcome_facts(pred.get("outcomes")), outcome_facts(gold.get("outcomes")))
    _compare(score, "adverse_events", "study", ae_facts(pred.get("adverse_events")), ae_facts(gold.get("adverse_events")))
    p_arms, g_arms = pred.get("arms") or [], gold.get("arms") or []
    pairs = match_arms(p_arms, g_arms)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        pf, gf = arm_facts(p_arms[i]), arm_facts(g_arms[j])
        label = f"arm {j + 1} ({g_arms[j].get('label') or ''})"
        for fam in pf:
            _compare(score, fam, label, pf[fam], gf[fam])
    for i, arm in enumerate(p_arms):
        if i not in matched_p:
            for fam, facts in arm_facts(arm).items():
                _compare(score, fam, f"unmatched predicted arm {i + 1} ({arm.get('label') or ''})", facts, set())
    for j, arm in enumerate(g_arms):
        if j not in matched_g:
            for fam, facts in arm_facts(arm).items():
                _compare(score, fam, f"unmatched gold arm {j + 1} ({arm.get('label') or ''})", set(), facts)
    return score


def aggregate(scores: Iterable[DocScore]) -> dict[str, Counts]:
    total = {f: Counts() for f in FAMILIES}
    for s in scores:
        for f, c in s.families.items():
            total[f].add(c)
    return total


# ---- spans -----------------------------------------------------------------------------------

def score_spans(pred: Iterable[tuple[int, int, str]], gold: Iterable[tuple[int, int, str]]) -> dict[str, Counts]:
    """Exact (start, end, label) match, per label."""
    pred_set, gold_set = set(pred), set(gold)
    labels = {s[2] for s in pred_set | gold_set}
    out = {}
    for label in sorted(labels):
        p = {s for s in pred_set if s[2] == label}
        g = {s for s in gold_set if s[2] == label}
        out[label] = Counts(tp=len(p & g), fp=len(p - g), fn=len(g - p))
    return out


def micro(counts: dict[str, Counts]) -> Counts:
    total = Counts()
    for c in counts.values():
        total.add(c)
    return total


def merge_counts(items: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    total: dict[str, Counts] = defaultdict(Counts)
    for d in items:
        for k, c in d.items():
            total[k].add(c)
    return dict(total)

