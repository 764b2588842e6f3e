"""Reading input documents safely: every failure is an InputError whose message names the file."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from . import layout, registry_json
from .errors import Errors, InputError

MAX_MB = 20


def read_document(path: Path, max_mb: int = MAX_MB) -> str:
    path = Path(path)
    if not path.is_file():
        raise InputError(Errors.E002.format(path=path))
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise InputError(Errors.E006.format(path=path, limit=max_mb))
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E005.format(path=path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(Errors.E004.format(path=path, detail=f"byte {err.start}")) from None
    if not text.strip():
        raise InputError(Errors.E003.format(path=path))
    if path.suffix.lower() == ".json":
        record = registry_json.as_text(text)
        if record is text:
            raise InputError(Errors.E010.format(path=path))  # JSON the reader cannot read as a text
        text = record  # (read once: the reader's own step returns the record's text as it is)
    return layout.repaired(text)


def iter_inputs(paths: Iterable[Path], suffixes: tuple[str, ...] = (".txt", ".xml", ".json")) -> Iterator[Path]:
    """Files as given, folders expanded recursively to their text files (and PubMed XML and
    ClinicalTrials.gov JSON records), in sorted order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
        else:
            yield p
