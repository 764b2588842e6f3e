"""Flat tables of a records JSONL for spreadsheets and pandas: one row per item, keyed by
``doc_id`` and ``arm_index`` (None for study-level items)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

COMPONENT_FIELDS = ("kind", "name", "technique", "dose", "dose_max", "unit", "dose_per_fraction", "fractions",
                    "frequency", "days", "cycle_days", "route", "timing")
OUTCOME_FIELDS = ("endpoint", "stat", "timepoint_months", "value", "unit", "count", "total", "ci_low", "ci_high")
AE_FIELDS = ("term", "grade", "count", "percent")
COMPARISON_FIELDS = ("endpoint", "measure", "value", "ci_low", "ci_high", "p")
CRITERION_FIELDS = ("kind", "parameter", "operator", "value", "unit")


def _row(doc_id, arm_index, item: dict, fields) -> dict:
    row = {"doc_id": doc_id, "arm_index": arm_index}
    row.update({f: item.get(f) for f in fields})
    ev = item.get("evidence") or []
    row["evidence"] = ";".join(f"{a}-{b}" for a, b in ev) or None
    return row


def record_tables(records: list[dict]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {k: [] for k in ("studies", "arms", "regimen", "outcomes", "adverse_events",
                                                   "comparisons", "eligibility", "endpoints")}
    for r in records:
        doc_id = r["doc_id"]
        ids = r.get("ids") or {}
        enrollment = r.get("enrollment") or {}
        rows["studies"].append({"doc_id": doc_id, "source": r.get("source"), "title": r.get("title"),
                                "nct": ";".join(ids.get("nct") or []) or None, "pmid": ids.get("pmid"),
                                "pmcid": ids.get("pmcid"), "doi": ids.get("doi"), "phase": r.get("phase"),
                                "randomized": r.get("randomized"), "enrollment_actual": enrollment.get("actual"),
                                "enrollment_planned": enrollment.get("planned"), "arms": len(r.get("arms") or [])})
        for e in r.get("endpoints") or []:
            rows["endpoints"].append({"doc_id": doc_id, "endpoint": e.get("name"), "role": e.get("role")})
        for k, arm in enumerate(r.get("arms") or []):
            rows["arms"].append({"doc_id": doc_id, "arm_index": k, "label": arm.get("label"), "n": arm.get("n")})
            for c in arm.get("regimen") or []:
                rows["regimen"].append(_row(doc_id, k, c, COMPONENT_FIELDS))
            for o in arm.get("outcomes") or []:
                rows["outcomes"].append(_row(doc_id, k, o, OUTCOME_FIELDS))
            for a in arm.get("adverse_events") or []:
                rows["adverse_events"].append(_row(doc_id, k, a, AE_FIELDS))
        for o in r.get("outcomes") or []:
            rows["outcomes"].append(_row(doc_id, None, o, OUTCOME_FIELDS))
        for a in r.get("adverse_events") or []:
            rows["adverse_events"].append(_row(doc_id, None, a, AE_FIELDS))
        for c in r.get("comparisons") or []:
            rows["comparisons"].append(_row(doc_id, None, c, COMPARISON_FIELDS))
        for c in r.get("eligibility") or []:
            row = _row(doc_id, None, c, CRITERION_FIELDS)
            row["value"] = None if c.get("value") is None else str(c.get("value"))
            rows["eligibility"].append(row)
    columns = {"studies": None, "endpoints": ["doc_id", "endpoint", "role"], "arms": ["doc_id", "arm_index", "label", "n"],
               "regimen": ["doc_id", "arm_index", *COMPONENT_FIELDS, "evidence"],
               "outcomes": ["doc_id", "arm_index", *OUTCOME_FIELDS, "evidence"],
               "adverse_events": ["doc_id", "arm_index", *AE_FIELDS, "evidence"],
               "comparisons": ["doc_id", "arm_index", *COMPARISON_FIELDS, "evidence"],
               "eligibility": ["doc_id", "arm_index", *CRITERION_FIELDS, "evidence"]}
    frames = {}
    for name, data in rows.items():
        frame = pd.DataFrame(data, columns=columns[name]) if columns[name] else pd.DataFrame(data)
        for col in ("arm_index", "n", "count", "total", "fractions", "cycle_days", "enrollment_actual",
                    "enrollment_planned", "arms"):
            if col in frame:
                frame[col] = frame[col].astype("Int64")
        frames[name] = frame
    return frames


def write_tables(records_jsonl: Path, directory: Path) -> dict[str, Path]:
    """CSV and Parquet for each table; returns the CSV paths."""
    records = [json.loads(line) for line in Path(records_jsonl).read_text(encoding="utf-8").splitlines() if line.strip()]
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, frame in record_tables(records).items():
        frame.to_csv(directory / f"{name}.csv", index=False)
        frame.to_parquet(directory / f"{name}.parquet", index=False)
        written[name] = directory / f"{name}.csv"
    return written
