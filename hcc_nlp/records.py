"""Extraction of records from texts, and their validation against the contract's schema."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language

from .errors import Errors, InputError
from .io import read_document
from .resources import load_json


@lru_cache(maxsize=1)
def _validator():
    import jsonschema
    schema = load_json("trial_record.schema.json")
    return jsonschema.Draft202012Validator(schema)


def validation_errors(record: dict) -> list[str]:
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in _validator().iter_errors(record)]


def record_for(nlp: Language, text: str, doc_id: str) -> dict:
    doc = nlp(text)
    record = dict(doc._.trial_record)
    record["doc_id"] = doc_id
    return {"doc_id": doc_id, **{k: v for k, v in record.items() if k != "doc_id"}}


def extract_records(nlp: Language, paths: Iterable[Path]) -> Iterator[tuple[Path, Optional[dict], Optional[str]]]:
    """(path, record, error) per input, in input order; a bad file yields its error message."""
    for path in paths:
        try:
            text = read_document(path)
        except InputError as err:
            yield path, None, str(err)
            continue
        record = record_for(nlp, text, Path(path).stem)
        problems = validation_errors(record)
        if problems:
            yield path, None, Errors.E007.format(path=path, detail="; ".join(problems[:3]))
            continue
        yield path, record, None


def load_gold(directory: Path) -> dict[str, dict]:
    gold = {}
    for f in sorted(Path(directory).glob("*.json")):
        gold[f.stem] = json.loads(f.read_text(encoding="utf-8"))
    return gold
