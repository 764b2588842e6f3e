"""Regenerate patterns/terms.jsonl (spaCy SpanRuler pattern lines) from patterns/terms_source.json.

The source lists, per label and normalised id, the phrases (matched case-insensitively) and the
case-sensitive abbreviations. Run after editing the source:  python scripts/build_term_patterns.py
"""
from __future__ import annotations

import json
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    source = json.loads((ROOT / "patterns" / "terms_source.json").read_text(encoding="utf-8"))
    lines = []
    for label, entries in source.items():
        if label.startswith("_"):
            continue
        for norm_id, forms in entries.items():
            for phrase in forms.get("phrases", []):
                lines.append({"label": label, "pattern": phrase, "id": norm_id})
            for abbr in forms.get("abbreviations", []):
                lines.append({"label": label, "pattern": [{"ORTH": t} for t in abbr.split()], "id": norm_id})
    out = ROOT / "patterns" / "terms.jsonl"
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    print(f"wrote {len(lines)} patterns to {out}")


if __name__ == "__main__":
    main()
