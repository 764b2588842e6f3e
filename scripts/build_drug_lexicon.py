"""Regenerate patterns/drugs.jsonl from the drug-named-entity-recognition dictionary.

Run once when the source dictionary or patterns/drug_overrides.json changes:
    python scripts/build_drug_lexicon.py
Each output line: {"variant", "generic", "drugbank"}; `generic` is the lower-case INN the
record contract uses. Regimen names (FOLFOX...) come from the overrides' "regimens".
"""
from __future__ import annotations

import bz2
import json
import os
import pickle
import re
from pathlib import Path

import drug_named_entity_recognition as dner

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = json.loads((ROOT / "patterns" / "drug_overrides.json").read_text())


_CODE = re.compile(OVERRIDES["code_canonical"])
_INN = re.compile(OVERRIDES["inn_stems"]["pattern"])


def _inn_names_of_codes(variants: dict) -> dict:
    """A canonical name that is a development code ("apl-502") mapped to its one INN among its
    variants ("benmelstobart"): the record contract names a drug by its INN."""
    by_canonical: dict[str, set] = {}
    for variant, canonicals in variants.items():
        by_canonical.setdefault(canonicals[0], set()).add(" ".join(variant.lower().split()))
    out = {}
    for canonical, names in by_canonical.items():
        if _CODE.fullmatch(canonical.lower()):
            inns = [n for n in names if _INN.fullmatch(n)]
            if len(inns) == 1:
                out[canonical] = inns[0]
    return out


def main() -> None:
    source = os.path.join(os.path.dirname(dner.__file__), "drug_ner_dictionary.pkl.bz2")
    with bz2.open(source, "rb") as fh:
        data = pickle.load(fh)
    variants = data["drug_variant_to_canonical"]
    info = data["drug_canonical_to_data"]
    rename = OVERRIDES["rename"]
    drop = {d.lower() for d in OVERRIDES["drop"]}
    drop_patterns = [re.compile(p) for p in OVERRIDES.get("drop_patterns", [])]
    drop_generic_patterns = [re.compile(p) for p in OVERRIDES.get("drop_generic_patterns", [])]
    inn_names = _inn_names_of_codes(variants)
    rows: dict[str, dict] = {}
    for variant, canonicals in variants.items():
        v = " ".join(variant.lower().split())
        if v in drop or len(v) < 4 or len(v.split()) > 5 or not re.search(r"[a-z]", v) \
                or any(p.match(v) for p in drop_patterns):
            continue
        if "," in v or " and " in v:  # multi-ingredient product names
            continue
        canonical = canonicals[0]
        meta = info.get(canonical) or {}
        if not (meta.get("drugbank_id") or meta.get("medline_plus_id")):
            continue  # MeSH-only entries are classes, enzymes and receptors, not drugs
        generic = rename.get(canonical, inn_names.get(canonical, canonical)).lower()
        if generic in OVERRIDES.get("drop_generics", []) or any(p.match(generic) for p in drop_generic_patterns):
            continue
        rows[v] = {"variant": v, "generic": generic,
                   "drugbank": (info.get(canonical) or {}).get("drugbank_id")}
    # an added variant takes the DrugBank id of the drug it names ("intron-a" is interferon alfa-2b,
    # not the alfa-2c the source lists), else the one the source gave it
    drugbank_of = {row["generic"]: row["drugbank"] for row in rows.values() if row["drugbank"]}
    for v, generic in OVERRIDES["add"].items():
        rows[v] = {"variant": v, "generic": generic,
                   "drugbank": drugbank_of.get(generic) or rows.get(v, {}).get("drugbank")}
    for v in OVERRIDES["regimens"]:
        rows[v] = {"variant": v, "generic": v.upper(), "drugbank": None, "regimen": True}
    out = ROOT / "patterns" / "drugs.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for v in sorted(rows):
            fh.write(json.dumps(rows[v], ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} variants to {out}")


if __name__ == "__main__":
    main()
