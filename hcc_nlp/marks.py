"""Brackets, bullets and blank lines in running text, read the same way everywhere.

Brackets: "(" and "[" open, ")" and "]" close, and an unmatched closer is ignored. Bullets: the
marks that start a list item ("•", "‣", "⁃", "▪", "◦", "*", "-"), and numbered or lettered items
("1.", "2)", "a)") where a list may be numbered.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

OPEN, CLOSE = "([", ")]"
BULLET_MARKS = "•‣⁃▪◦·*\\-"  # a regex character class body
# a line (or sentence) that starts with a list item: "• ...", "2) ...", "(3) ...", "b. ..."
LIST_ITEM = re.compile(rf"\s*(?:[{BULLET_MARKS}]|\(\d{{1,2}}\)|\d{{1,2}}[.)]|[a-z][.)])\s")
# a list number on its own (the sentence splitter may cut "1." from its item)
LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]|[a-z][.)]")
# a line that starts with a bullet mark (not a number)
BULLET_ITEM = re.compile(rf"\s*[{BULLET_MARKS}]\s")
# a blank line: the end of a paragraph, a table block or a list
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# the full-width forms of East Asian typesetting (U+FF01-U+FF5E: "８５", "（", "％", "～") and its ideographic space,
# comma, lenticular and tortoise-shell brackets and ratio colon, each the one ASCII character it stands for (a
# str.translate table: the tokenizer folds them for the rules, the reader for the text of a line in English)
FULL_WIDTH_FORMS = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FULL_WIDTH_FORMS.update({0x3000: " ", 0x3001: ",", 0x3010: "[", 0x3011: "]", 0x3014: "[", 0x3015: "]", 0x2236: ":"})
# a blank line, or a rule line a slide deck or a page copied as text puts between its parts ("-----")
BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:-{5,}|={5,}|_{5,}|\*{5,})[ \t]*(?=\n|$)")


def depths(text: str) -> list[int]:
    """The bracket depth after each character ("a (b) c" -> 0 0 1 1 0 0 0)."""
    out, depth = [], 0
    for ch in text:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
        out.append(depth)
    return out


def top_level_text(text: str) -> str:
    """The characters of ``text`` outside its brackets ("hepatic failure (n = 2), sepsis" ->
    "hepatic failure , sepsis"): what a bracket's own words say, without its sub-brackets."""
    return "".join(ch for ch, d in zip(text, depths(text)) if d == 0 and ch not in CLOSE)


CLOSED_BRACKET = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # a bracket with none inside it
SPREAD_AFTER = re.compile(r"\s*(?:±|\+/-|\+/−|\+-)")  # "9.42 ± 2.16": a mean and then its standard deviation


def without_closed_brackets(text: str) -> str:
    """``text`` without the brackets it opens and closes, each left as a space (their words are not
    its clause's: "assigned (permuted blocks; stratified by AFP) to"); a bracket still open at its
    end stays."""
    while True:
        shorter = CLOSED_BRACKET.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


def ranges(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(opening, closing) positions of every matched pair, innermost first."""
    stack, out = [], []
    for i, ch in enumerate(text):
        if ch in OPEN:
            stack.append(i)
        elif ch in CLOSE and stack:
            out.append((offset + stack.pop(), offset + i))
    return out


def top_level(text: str, char: str, start: int, end: int, lo: Optional[int] = None) -> Iterator[int]:
    """Positions of ``char`` in text[start:end] outside any bracket opened since ``lo`` (default
    ``start``): the ";" that ends a clause, not the one in "(pCR; no viable tumour cells)"."""
    lo = start if lo is None else lo
    pos = text.find(char, start, end)
    while pos >= 0:
        if not any(text.find(b, lo, pos) >= 0 for b in OPEN) or open_before(text, lo, pos) is None:
            yield pos
        pos = text.find(char, pos + 1, end)


def _unmatched(text: str, positions, enter: str, leave: str) -> Optional[int]:
    """The first of ``positions`` holding a ``leave`` bracket not balanced by an ``enter`` one seen
    before it on the way (brackets are walked in the order of ``positions``)."""
    depth = 0
    for i in positions:
        ch = text[i]
        if ch in enter:
            depth += 1
        elif ch in leave:
            if depth == 0:
                return i
            depth -= 1
    return None


def open_before(text: str, start: int, pos: int) -> Optional[int]:
    """The position of the bracket still open at ``pos`` (searching back to ``start``), or None."""
    return _unmatched(text, range(pos - 1, start - 1, -1), CLOSE, OPEN)


def clause_end(text: str, lo: int, pos: int, start: int, end: int) -> int:
    """The first ";" in text[start:end] that ends the clause of the value at ``pos`` (``end`` when
    none does): one outside brackets, or inside a bracket that encloses the value's own ("[20
    (8.8%); placebo, 6 (5.3%)]"); not the ";" of the value's own bracket ("11 (27%; 95% CI ...)")."""
    inner = open_before(text, lo, pos)
    at = text.find(";", start, end)
    while at >= 0:
        opened = open_before(text, lo, at)
        if opened is None or (opened != inner and opened < pos):
            return at
        at = text.find(";", at + 1, end)
    return end


def closing(text: str, start: int, end: int) -> Optional[int]:
    """The position of the bracket that closes the one opened just before ``start`` (searching
    to ``end``), or None."""
    return _unmatched(text, range(start, end), OPEN, CLOSE)


_BRACKET_AHEAD = re.compile(r"\s*[(\[]")


def bracket_after(text: str, pos: int, end: int) -> Optional[tuple[int, int]]:
    """(where its inside starts, where it closes) of the bracket opened right after ``pos``
    (spaces allowed before it) and closed before ``end``, or None."""
    m = _BRACKET_AHEAD.match(text, pos, end)
    close = closing(text, m.end(), end) if m else None
    return None if close is None else (m.end(), close)


def after_brackets(text: str, pos: int, end: int) -> int:
    """The position after the bracketed groups written right after ``pos`` ("hypothyroidism
    (16.1% vs 4.2%)", "hypertension (7 [7.3%] vs 6 [6.3%])"); ``pos`` when none is."""
    while (bracket := bracket_after(text, pos, end)) is not None:
        pos = bracket[1] + 1
    return pos


def line_end(text: str, at: int) -> int:
    """The end of the line ``at`` is on."""
    eol = text.find("\n", at)
    return eol if eol >= 0 else len(text)


def lines_after(text: str, pos: int, stop: int) -> Iterator[tuple[int, int]]:
    """(the line break before, the line's end) of each line after the line break at ``pos``, up to ``stop``."""
    while pos < stop:
        nxt = text.find("\n", pos + 1)
        nxt = stop if nxt < 0 or nxt > stop else nxt
        yield pos, nxt
        pos = nxt


def bullet_wrap_end(text: str, start: int, line_end: int, stop: int) -> int:
    """The end of a bulleted line at ``start`` (which ends at ``line_end``) with the lines it wraps
    onto, copied from a PDF without indent: the lines after it up to a blank line, a line that opens
    another item (a bullet or a number), or ``stop``; ``line_end`` when the line is no bullet item."""
    line_start = text.rfind("\n", 0, start) + 1
    if not BULLET_ITEM.match(text, line_start):
        return line_end
    end = line_end
    for pos, nxt in lines_after(text, line_end, stop):
        line = text[pos + 1:nxt]
        if not line.strip() or LIST_ITEM.match(line):
            break
        end = nxt
    return end


def indent_of(line: str) -> int:
    """The spaces and tabs a line opens with."""
    return len(line) - len(line.lstrip(" \t"))


def indented_end(text: str, start: int, line_end: int, stop: int) -> int:
    """The end of the lines under the line at ``start`` (which ends at ``line_end``) that are indented
    deeper than it, up to a blank line or ``stop``: ``line_end`` when none is (an item's sub-bullets,
    an arm's line wrapped onto indented lines)."""
    line_start = text.rfind("\n", 0, start) + 1
    own = indent_of(text[line_start:line_end])
    for pos, nxt in lines_after(text, line_end, stop):
        line = text[pos + 1:nxt]
        if not line.strip() or indent_of(line) <= own:
            return pos
    return max(line_end, stop)
