"""Records: one per text, validated against the contract's schema; gold records loaded from disk."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from .resources import load_json


@lru_cache(maxsize=1)
def _validator():
    import jsonschema
    schema = load_json("trial_record.schema.json")
    return jsonschema.Draft202012Validator(schema)


@lru_cache(maxsize=1)
def _fast_validator():
    import fastjsonschema
    return fastjsonschema.compile(load_json("trial_record.schema.json"))


def validation_errors(record: dict) -> list[str]:
    """What is wrong with a record against the schema ([] when it validates). A record is
    checked by fastjsonschema's compiled validator (about 0.1 ms; jsonschema takes 2 ms); only a
    failing one is explained, error by error, by jsonschema."""
    import fastjsonschema
    try:
        _fast_validator()(record)
        return []
    except fastjsonschema.JsonSchemaException as err:
        first = f"{err.name}: {err.message}"
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in _validator().iter_errors(record)] or [first]


def record_for(nlp: Language, text: str, doc_id: str) -> dict:
    doc = nlp(text)
    record = dict(doc._.trial_record)
    record["doc_id"] = doc_id
    return {"doc_id": doc_id, **{k: v for k, v in record.items() if k != "doc_id"}}


def load_gold(directory: Path) -> dict[str, dict]:
    gold = {}
    for f in sorted(Path(directory).glob("*.json")):
        gold[f.stem] = json.loads(f.read_text(encoding="utf-8"))
    return gold
