"""Reading input documents safely: every failure is an InputError whose message names the file."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterable, Iterator

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
    return without_line_numbers(without_markup(text))


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


_LINE_NUMBER = re.compile(r"^([ \t]*)(\d{1,5})[ \t]+(?=\S)")
_MIN_NUMBERED_LINES = 8  # a margin numbers most lines of a page, not a few
_NUMBERED_SHARE = 0.6  # of the non-blank lines (banners and headings between pages have none)
_CONSECUTIVE_SHARE = 0.8  # of the steps from one numbered line to the next that add one


def without_line_numbers(text: str) -> str:
    """A manuscript or preprint copied from its PDF with the margin's line numbers at the start
    of each line ("42 performance status of 0 or 1 were randomly assigned (1:1) to ..."): the
    numbers dropped. They are dropped only when most non-blank lines start with one and they run
    on by one from line to line, so a table's or a list's leading numbers are left as they are."""
    lines = text.split("\n")
    if len(lines) < _MIN_NUMBERED_LINES:
        return text
    filled = [i for i, line in enumerate(lines) if line.strip()]
    numbered = [(i, m) for i in filled for m in (_LINE_NUMBER.match(lines[i]),) if m]
    if len(numbered) < _MIN_NUMBERED_LINES or len(numbered) < _NUMBERED_SHARE * len(filled):
        return text
    seq = [int(m.group(2)) for _, m in numbered]
    if sum(b == a + 1 for a, b in zip(seq, seq[1:])) < _CONSECUTIVE_SHARE * (len(seq) - 1):
        return text
    for i, m in numbered:
        lines[i] = m.group(1) + lines[i][m.end():]
    return "\n".join(lines)


def iter_inputs(paths: Iterable[Path], suffixes: tuple[str, ...] = (".txt",)) -> Iterator[Path]:
    """Files as given, folders expanded recursively to their text files, in sorted order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
        else:
            yield p
