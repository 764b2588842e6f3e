"""Regenerate patterns/terms.jsonl (spaCy SpanRuler pattern lines) from patterns/terms_source.json.

The source lists, per label and normalised id, the phrases (matched case-insensitively) and the
case-sensitive abbreviations. Run after editing the source:  python scripts/build_term_patterns.py
"""
from __future__ import annotations

import json
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def spelled(phrases: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    """The phrases followed by their British forms (every combination of the replacements that
    apply), without duplicates, in a stable order."""
    out: list[str] = []
    for phrase in phrases:
        forms = [phrase]
        for american, british in pairs:
            forms += [f.replace(american, british) for f in forms if american in f]
        out += [f for f in forms if f not in out]
    return out


def main() -> None:
    source = json.loads((ROOT / "patterns" / "terms_source.json").read_text(encoding="utf-8"))
    pairs = [tuple(p) for p in source.get("_spelling_variants", {}).get("pairs", []) if p[0] != p[1]]
    lines = []
    for label, entries in source.items():
        if label.startswith("_"):
            continue
        for norm_id, forms in entries.items():
            for phrase in spelled(forms.get("phrases", []), pairs):
                lines.append({"label": label, "pattern": phrase, "id": norm_id})
            for abbr in forms.get("abbreviations", []):
                lines.append({"label": label, "pattern": [{"ORTH": t} for t in abbr.split()], "id": norm_id})
    out = ROOT / "patterns" / "terms.jsonl"
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    print(f"wrote {len(lines)} patterns to {out}")


if __name__ == "__main__":
    main()
