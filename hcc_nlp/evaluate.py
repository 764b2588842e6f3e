"""Evaluation runs: records against ``<doc_id>.json`` gold, spans against ``spans/<doc_id>.jsonl``."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from spacy.language import Language

from .batch import run_pipeline
from .io import read_document
from .records import load_gold
from .scoring import FAMILIES, DocScore, aggregate, merge_counts, micro, score_record, score_spans


def load_span_gold(directory: Path) -> dict[str, set]:
    gold: dict[str, set] = {}
    for f in sorted(Path(directory).glob("*.jsonl")):
        spans = set()
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                spans.add((row["start"], row["end"], row["label"]))
        gold[f.stem] = spans
    return gold


def evaluate(nlp: Language, gold_dir: Path, texts_dir: Path, pred_file: Optional[Path] = None) -> dict:
    """Score records (and spans when ``gold_dir/spans`` or a ``spans`` sibling exists)."""
    gold_dir, texts_dir = Path(gold_dir), Path(texts_dir)
    records_dir = gold_dir / "records" if (gold_dir / "records").is_dir() else gold_dir
    gold = load_gold(records_dir)
    preds: dict[str, dict] = {}
    problems: list[str] = []
    if pred_file is not None:
        for line in Path(pred_file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                preds[rec["doc_id"]] = rec
    span_gold_dir = gold_dir / "spans"
    span_gold = load_span_gold(span_gold_dir) if span_gold_dir.is_dir() else {}
    # labels the span gold annotates: a label it does not (DRUG_CLASS) is not scored
    annotated = {s[2] for spans in span_gold.values() for s in spans}
    span_counts = []
    docs: list[DocScore] = []
    for doc_id in sorted(set(gold) | set(span_gold)):
        text = None
        if pred_file is None or doc_id in span_gold:
            try:
                text = read_document(texts_dir / f"{doc_id}.txt")
            except Exception as err:  # reported, scored as an empty prediction
                problems.append(str(err))
        doc = None
        if text is not None:
            doc, error = run_pipeline(nlp, texts_dir / f"{doc_id}.txt", text)
            if error:
                problems.append(error)  # reported, scored as an empty prediction
        if doc_id in gold:
            if pred_file is None and doc is not None:
                rec = dict(doc._.trial_record)
                rec["doc_id"] = doc_id
                preds[doc_id] = rec
            docs.append(score_record(preds.get(doc_id), gold[doc_id]))
        if doc_id in span_gold and doc is not None:
            pred_spans = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in annotated}
            span_counts.append(score_spans(pred_spans, span_gold[doc_id]))
    families = aggregate(docs)
    result = {
        "documents": len(docs),
        "families": {f: families[f].as_dict() for f in FAMILIES},
        "micro": micro(families).as_dict(),
        "per_doc": [{"doc_id": d.doc_id, **{f: round(d.families[f].f1, 4) for f in FAMILIES},
                     "micro": d.micro().as_dict()} for d in docs],
        "errors": [e for d in docs for e in d.errors],
        "problems": problems,
    }
    if span_counts:
        merged = merge_counts(span_counts)
        result["spans"] = {"labels": {k: v.as_dict() for k, v in sorted(merged.items())},
                           "micro": micro(merged).as_dict()}
    return result


def format_table(rows: dict[str, dict], title: str) -> str:
    lines = [f"{title:<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, c in rows.items():
        lines.append(f"{name:<18} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f} {c['tp']:>5} {c['fp']:>5} {c['fn']:>5}")
    return "\n".join(lines)
