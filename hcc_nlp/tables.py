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
ITEM_TABLES = {"regimen": COMPONENT_FIELDS, "outcomes": OUTCOME_FIELDS, "adverse_events": AE_FIELDS,
               "comparisons": COMPARISON_FIELDS, "eligibility": CRITERION_FIELDS}


def _row(doc_id, arm_index, item: dict, fields) -> dict:
    row = {"doc_id": doc_id, "arm_index": arm_index}
    row.update({f: item.get(f) for f in fields})
    ev = item.get("evidence") or []
    row["evidence"] = ";".join(f"{a}-{b}" for a, b in ev) or None
    if fields is CRITERION_FIELDS and item.get("value") is not None:
        row["value"] = str(item["value"])  # a number or a class list ("A,B"): one text column
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
        arms = r.get("arms") or []
        for k, arm in enumerate(arms):
            rows["arms"].append({"doc_id": doc_id, "arm_index": k, "label": arm.get("label"), "n": arm.get("n")})
        # arm items carry their arm's index; study-level items (and comparisons, criteria) none
        for arm_index, holder in [*enumerate(arms), (None, r)]:
            for table, fields in ITEM_TABLES.items():
                for item in holder.get(table) or []:
                    rows[table].append(_row(doc_id, arm_index, item, fields))
    columns = {"studies": None, "endpoints": ["doc_id", "endpoint", "role"], "arms": ["doc_id", "arm_index", "label", "n"],
               **{table: ["doc_id", "arm_index", *fields, "evidence"] for table, fields in ITEM_TABLES.items()}}
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
