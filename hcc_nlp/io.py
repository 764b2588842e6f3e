"""Reading input documents safely: every failure is an InputError whose message names the file."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterable, Iterator

from . import layout
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
    return layout.repaired(without_markup(text))


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")
_POWER = re.compile(r"(?<=10)<sup>\s*([-\u2212]?\d{1,2})\s*</sup>", re.I)  # "10<sup>9</sup>/L": a power
_MARK = re.compile(r"<sup>[^<>]{0,4}</sup>", re.I)  # "Lin<sup>1</sup>", "0.79<sup>a</sup>": a note's mark
_BREAK = re.compile(r"<br\s*/?>|</?p>", re.I)
_INLINE_TAG = re.compile(r"</?(?:sup|sub|i|b|em|strong|span|small|u)(?:\s[^<>]{0,80})?>", re.I)


def without_markup(text: str) -> str:
    """A text scraped from a web page with its HTML left in: entities as the characters they stand
    for ("&ge;" is "≥", "&nbsp;" a space), a power written in a superscript as "^" ("10<sup>9</sup>/L"
    is "10^9/L"), a footnote's superscript mark dropped, line-break tags as line breaks and other
    inline tags removed. A text without entities or tags is returned as it is (evidence offsets
    refer to the text as read, as they do after a byte-order mark is dropped)."""
    if "&" not in text and "<" not in text:
        return text
    if not _ENTITY.search(text) and not _INLINE_TAG.search(text) and not _BREAK.search(text):
        return text
    text = _POWER.sub(r"^\1", text)
    text = _MARK.sub("", text)
    text = _BREAK.sub("\n", text)
    text = _INLINE_TAG.sub("", text)
    return html.unescape(text).replace("\u00a0", " ")


def iter_inputs(paths: Iterable[Path], suffixes: tuple[str, ...] = (".txt",)) -> Iterator[Path]:
    """Files as given, folders expanded recursively to their text files, in sorted order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
        else:
            yield p
