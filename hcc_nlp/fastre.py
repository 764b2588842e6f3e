"""Regexes that scan fast: jump to the characters a match can start with, then try the pattern.

Python's regex engine skips ahead quickly only when a pattern begins with a literal or a
character class. A pattern that begins with ``\\b``, a lookbehind, an optional group or an
alternation, or one compiled case-insensitively, is tried at every position of the text; on
trial prose that costs 40-300 µs per pattern per abstract, most of the pipeline's time.

:func:`compile` works out from the parsed pattern the set of characters any match must start
with (``\\bgrades?|died`` -> ``[GgDd]``) and builds a second regex that begins with that class
and then asserts the whole pattern at the same position::

    [GgDd](?<=(?=(?i:\\bgrades?|died))[\\s\\S])

The engine now jumps from candidate to candidate in C. ``search`` and ``finditer`` return the
real pattern's match objects (re-matched at the found position), so results are identical to
``re`` by construction: the candidate class is a superset of the possible first characters,
and a pattern that can match the empty string, or can start with any character, is left as it
is. Other methods (``match``, ``sub``, ``split``...) are the plain pattern's.

Many cues also contain words every match must have ("subgroup", "eligib"): :func:`required_words`
finds, from the parsed pattern, a set of strings one of which any match contains. ``search``,
``finditer`` and ``findall`` first check that one of them occurs in the lower-cased text (a C
substring search, ~20 times cheaper than trying the pattern), and return no match at once when
none does. The lower-cased form of the last few texts is kept, since dozens of cues search the
same sentence. A text holding a non-ASCII case partner of an ASCII letter (the
Kelvin sign, the long s, the dotted and dotless i) skips the check, so it is never wrong.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from functools import lru_cache
from typing import Callable, Iterator, Optional, Union

_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")
_SCOPED = {re.I: "i", re.M: "m", re.S: "s"}
_SUPPORTED = re.I | re.M | re.S | re.U
_MAX_RANGE = 256
_MAX_CLASS = 40  # a class of more first characters than this finds candidates almost everywhere
_BLOCK = 4096  # code points per string when asking re about all of them


class _Broad(Exception):
    """A match may start with (almost) any character: no anchor is worth having."""


# Characters outside ASCII that match an ASCII letter case-insensitively under Python's re
# (Unicode matching): the dotted capital I and dotless i, the long s, the Kelvin sign.
# tests/test_fastre.py re-derives this table by asking ``re`` about every code point.
NON_ASCII_CASE_PARTNERS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_PARTNER_CHARS = "".join(NON_ASCII_CASE_PARTNERS.values())


@lru_cache(maxsize=None)
def _case_variants(ch: str) -> frozenset:
    """Every character that matches ``ch`` case-insensitively."""
    if ch.lower() == ch.upper():
        return frozenset(ch)  # no case
    if not ch.isascii():  # rare at the start of a pattern: ask re about every code point,
        # a block at a time (one string of all 1.1 million would cost ~100 MB at its peak)
        pattern = re.compile(re.escape(ch), re.I)
        found = set()
        for start in range(0, 0x110000, _BLOCK):
            block = "".join(map(chr, range(start, min(start + _BLOCK, 0x110000))))
            found.update(m.group() for m in pattern.finditer(block))
        return frozenset(found)
    candidates = {ch, ch.lower(), ch.upper()} | set(NON_ASCII_CASE_PARTNERS.get(ch.lower(), ""))
    return frozenset(c for c in candidates if re.fullmatch(re.escape(ch), c, re.I))


def _first(items, flags: int) -> tuple[set, bool]:
    """(first characters, nullable) of a sequence of parsed items."""
    chars: set = set()
    for op, av in items:
        first, nullable = _first_item(op, av, flags)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_item(op, av, flags: int) -> tuple[set, bool]:
    ignore = bool(flags & re.I)
    if op is sre.LITERAL:
        ch = chr(av)
        return (_case_variants(ch) if ignore else {ch}), False
    if op is sre.IN:
        chars: set = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars |= _case_variants(chr(value)) if ignore else {chr(value)}
            elif kind is sre.RANGE:
                lo, hi = value
                if hi - lo > _MAX_RANGE:
                    raise _Broad
                for code in range(lo, hi + 1):
                    chars |= _case_variants(chr(code)) if ignore else {chr(code)}
            elif kind is sre.CATEGORY and value in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
                chars.add(r"\d")
            else:  # NEGATE, word or space classes: too broad to be worth anchoring
                raise _Broad
        return chars, False
    if op is sre.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            first, empty = _first(alternative, flags)
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _first(sub, (flags | add_flags) & ~del_flags)
    if op is sre.ATOMIC_GROUP:
        return _first(av, flags)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        first, nullable = _first(sub, flags)
        return first, nullable or lo == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    raise _Broad  # ANY, NOT_LITERAL, group references


_MIN_WORD = 3


def _required(items) -> Optional[frozenset]:
    """Lower-cased strings one of which every match of a parsed sequence contains, or None.

    Consecutive literals form a string (a zero-width ``\\b`` between them does not break it); a
    group, a repeat of at least one, or an alternation whose every branch has such strings is
    searched inside. Lookarounds are not (they may look outside ``pos``/``endpos``). Of the
    candidates the one with the longest shortest string wins."""
    best: Optional[frozenset] = None

    def consider(candidate: Optional[frozenset]) -> None:
        nonlocal best
        if not candidate or min(map(len, candidate)) < _MIN_WORD:
            return
        if best is None or (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best)):
            best = candidate

    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:  # a non-ASCII letter may have an ASCII case partner
            run.append(chr(av))
            continue
        if op is sre.AT:
            continue  # zero width between two literals: they are still adjacent
        consider(frozenset(["".join(run).casefold()]) if run else None)
        run = []
        if op is sre.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            consider(_required(av))
        elif op is sre.BRANCH:
            subs = [_required(b) for b in av[1]]
            if all(subs):
                consider(frozenset().union(*subs))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
    consider(frozenset(["".join(run).casefold()]) if run else None)
    return best


@lru_cache(maxsize=4096)
def required_words(pattern: str, flags: int = 0) -> Optional[frozenset]:
    """Lower-case strings one of which every match of ``pattern`` contains (at least 3
    characters each), or None when the pattern has no such words."""
    try:
        return _required(sre_parse.parse(pattern, flags).data)
    except (re.error, RecursionError):
        return None


@lru_cache(maxsize=4096)
def _first_chars(pattern: str, flags: int = 0) -> Optional[frozenset]:
    """The characters a match of ``pattern`` can start with (``\\d`` standing for the digits), or
    None when the pattern can match the empty string or start almost anywhere (at a space, or at
    any of more than 40 characters: scanning for those would cost more than it saves)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        chars, nullable = _first(parsed.data, parsed.state.flags)
    except _Broad:
        return None
    if nullable or not chars or len(chars) > _MAX_CLASS or " " in chars:
        return None
    return frozenset(chars)


def first_class(pattern: str, flags: int = 0) -> Optional[str]:
    """A character class matching every character a match of ``pattern`` can start with, or
    None (see :func:`_first_chars`)."""
    chars = _first_chars(pattern, flags)
    if chars is None:
        return None
    digits = r"\d" if r"\d" in chars else ""
    literal = sorted(c for c in chars if c != r"\d")
    return "[" + "".join(re.escape(c) for c in literal) + digits + "]"


_LOWERED: dict = {}
_LOWERED_MAX = 32


def _lowered(text: str) -> Optional[str]:
    """``text.lower()``, kept for the texts searched last (many cues search the same sentence),
    or None when the lower-cased text cannot stand in for it: it holds a non-ASCII case partner
    of an ASCII letter (the Kelvin sign, the long s, the dotted and dotless i), which can match a
    required word without containing it, or lower-casing changed its length, so positions differ."""
    try:
        return _LOWERED[text]
    except KeyError:
        pass
    if text.isascii():
        low: Optional[str] = text.lower()
    elif any(c in text for c in _PARTNER_CHARS):
        low = None
    else:
        low = text.lower()
        if len(low) != len(text):
            low = None
    if len(_LOWERED) >= _LOWERED_MAX:
        _LOWERED.clear()
    _LOWERED[text] = low
    return low


class _FastPattern:
    """A compiled pattern that scans its own way (``search``, ``finditer``, ``findall``) and is the
    plain pattern for everything else."""

    def __init__(self, plain: re.Pattern):
        self.plain = plain
        # methods that do not scan are the plain pattern's own (bound once: no __getattr__ cost)
        self.match, self.fullmatch, self.sub, self.subn, self.split = (
            plain.match, plain.fullmatch, plain.sub, plain.subn, plain.split)
        self.pattern, self.flags, self.groups, self.groupindex = (
            plain.pattern, plain.flags, plain.groups, plain.groupindex)

    def __getattr__(self, name: str):
        return getattr(self.plain, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.plain.pattern!r})"


class ScanRegex(_FastPattern):
    """A compiled pattern whose ``search``, ``finditer`` and ``findall`` skip texts without its
    required words and jump between candidate starts."""

    def __init__(self, plain: re.Pattern, anchored: Optional[re.Pattern], words: Optional[frozenset] = None):
        super().__init__(plain)
        self.anchored = anchored
        self.words = tuple(sorted(words)) if words else None

    def _absent(self, text: str, pos: int, end: int) -> bool:
        """True when none of the required words occurs in text[pos:end]."""
        words = self.words
        if words is None:
            return False
        low = _lowered(text)
        if low is None:
            return False
        if pos == 0 and end >= len(text):
            for word in words:
                if word in low:
                    return False
            return True
        for word in words:
            if low.find(word, pos, end) >= 0:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[re.Match]:
        end = len(text) if endpos is None else endpos
        if self._absent(text, pos, end):
            return None
        if self.anchored is None:
            return self.plain.search(text, pos, end)
        hit = self.anchored.search(text, pos, end)
        return None if hit is None else self.plain.match(text, hit.start(), end)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        if self._absent(text, pos, end):
            return iter(())
        if self.anchored is None:
            return self.plain.finditer(text, pos, end)
        return self._anchored_iter(text, pos, end)

    def _anchored_iter(self, text: str, pos: int, end: int) -> Iterator[re.Match]:
        scan, match = self.anchored.search, self.plain.match
        while True:
            hit = scan(text, pos, end)
            if hit is None:
                return
            m = match(text, hit.start(), end)
            yield m
            pos = m.end()  # never empty: a nullable pattern is not anchored

    def findall(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> list:
        end = len(text) if endpos is None else endpos
        return [] if self._absent(text, pos, end) else self.plain.findall(text, pos, end)



def _strip_global_flags(pattern: str, flags: int) -> tuple[str, int]:
    """The pattern without its leading global flags ("(?i)..."), and the flags with them added."""
    m = _GLOBAL_FLAGS.match(pattern)
    while m:
        for letter in m.group(1):
            flags |= {"a": re.A, "i": re.I, "L": re.L, "m": re.M, "s": re.S, "u": re.U, "x": re.X}[letter]
        pattern = pattern[m.end():]
        m = _GLOBAL_FLAGS.match(pattern)
    return pattern, flags


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern's top-level ``|``, as source text (one item when it has none).
    Escapes, character classes and groups are stepped over."""
    parts, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1  # a "]" first in a class is a literal
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _leftmost(searches, text: str, pos: int, end: int) -> int:
    """The smallest start of a match that one of ``searches`` finds in text[pos:end], or -1."""
    best = -1
    for search in searches:
        hit = search(text, pos, end)
        if hit is not None and (best < 0 or hit.start() < best):
            best = hit.start()
            if best == pos:
                break
    return best


class _FoundByStart(_FastPattern):
    """A pattern whose subclass finds where the leftmost match starts (``_start``); the plain
    pattern is matched there, so the match objects are the ones ``re`` would return."""

    def _start(self, text: str, pos: int, end: int) -> int:
        raise NotImplementedError

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[re.Match]:
        end = len(text) if endpos is None else endpos
        start = self._start(text, pos, end)
        return None if start < 0 else self.plain.match(text, start, end)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        found, at = [], pos
        while True:
            m = self.search(text, at, end)
            if m is None:
                return iter(found)
            if m.end() == m.start():  # an empty match: re's own stepping rules apply
                return self.plain.finditer(text, pos, end)
            found.append(m)
            at = m.end()


class UnionRegex(_FoundByStart):
    """An alternation none of whose fast paths holds as a whole (one alternative without required
    words, another starting anywhere), searched as a few groups of its alternatives that each have
    one: alternatives sharing required words (gated one by one when there are many: :class:`GatedUnion`),
    alternatives sharing a first-character anchor, alternatives tied to the text's start (``^``), and
    the rest. The leftmost match of the whole is
    at the smallest of the groups' leftmost starts, and the plain pattern is matched there, so the
    match object is the one ``re`` would return."""

    def __init__(self, plain: re.Pattern, groups: list):
        super().__init__(plain)
        self._groups = groups

    def _start(self, text: str, pos: int, end: int) -> int:
        return _leftmost([group.search for group in self._groups], text, pos, end)



_MIN_BRANCHES = 2
_MIN_GATED = 8  # worded alternatives a pattern needs before gating them one by one pays
_NARROW_ANCHOR = 20  # first characters: an anchor on fewer finds few enough candidates


class GatedUnion(_FoundByStart):
    """A long alternation of cues ("previous studies|has been shown|meta-analysis|..."), most of
    whose alternatives have required words. A search first finds which of those words occur in the
    text (C substring searches on the lower-cased text), then searches only the alternatives that
    can match there, each with its own anchor, and the alternatives without required words as one
    group. An alternative none of whose words occurs in ``text[pos:endpos]`` cannot match anywhere
    in it, so the leftmost start found is the whole pattern's, and the plain pattern is matched
    there: the match object is the one ``re`` would return."""

    def __init__(self, plain: re.Pattern, branches: list, flags: int, words: list):
        super().__init__(plain)
        by_word: dict = {}
        for k, branch_words in enumerate(words):
            for word in branch_words or ():
                by_word.setdefault(word, []).append(k)
        self._by_word = tuple((word, tuple(ks)) for word, ks in sorted(by_word.items()))
        self._scan = [_scanner(re.compile(b, flags)) if w else None for b, w in zip(branches, words)]
        rest = [b for b, w in zip(branches, words) if not w]
        self._rest = _scanner(re.compile("|".join(f"(?:{b})" for b in rest), flags)) if rest else None

    def _start(self, text: str, pos: int, end: int) -> int:
        """Where the leftmost match in text[pos:end] starts, or -1."""
        low = _lowered(text)
        if low is None:
            hit = self.plain.search(text, pos, end)
            return -1 if hit is None else hit.start()
        present: set = set()
        if pos == 0 and end >= len(text):
            for word, ks in self._by_word:
                if word in low:
                    present.update(ks)
        else:
            for word, ks in self._by_word:
                if low.find(word, pos, end) >= 0:
                    present.update(ks)
        scanners = [self._scan[k] for k in sorted(present)]
        if self._rest is not None:
            scanners.append(self._rest)
        return _leftmost(scanners, text, pos, end)

    def findall(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> list:
        end = len(text) if endpos is None else endpos
        return [] if self._start(text, pos, end) < 0 else self.plain.findall(text, pos, end)


def _scanner(plain: re.Pattern) -> Callable:
    """The fastest ``search`` of one pattern that finds where its leftmost match starts (its
    anchored form's, its union's or its own; required words are checked by the caller)."""
    fast = _compile(plain, split=False)
    if isinstance(fast, ScanRegex) and fast.anchored is not None:
        return fast.anchored.search
    if isinstance(fast, re.Pattern):
        union = _union_for(plain)
        if union is not None:
            return union.search
    return plain.search


def _gated_for(plain: re.Pattern) -> Optional[GatedUnion]:
    """A :class:`GatedUnion` for a top-level alternation with at least eight alternatives that
    have required words, or None (as for :func:`_union_for`, when it cannot be split safely)."""
    split = _alternatives(plain)
    if split is None:
        return None
    branches, flags = split
    try:
        words = [required_words(b, flags) for b in branches]
        for b in branches:
            re.compile(b, flags)
    except (re.error, RecursionError):
        return None
    if sum(1 for w in words if w) < _MIN_GATED:
        return None
    return GatedUnion(plain, branches, flags, words)


def _alternatives(plain: re.Pattern) -> Optional[tuple[list[str], int]]:
    """(the top-level alternatives as source text, the flags each holds with), or None when the
    pattern cannot be split safely (verbose or multiline mode, a group reference or a conditional:
    an alternative may not stand alone)."""
    if not isinstance(plain.pattern, str) or plain.flags & (re.X | re.M) or "(?P=" in plain.pattern:
        return None
    body, flags = _strip_global_flags(plain.pattern, plain.flags & ~re.U)  # they hold for every alternative
    if flags & (re.X | re.M) or re.search(r"\\\d|\(\?\(", body):
        return None
    return top_level_branches(body), flags


def _union_for(plain: re.Pattern) -> Optional[UnionRegex]:
    """A :class:`UnionRegex` for a top-level alternation, or None when splitting it buys nothing
    or cannot be done safely (verbose mode, group references, an alternative that fails alone)."""
    split = _alternatives(plain)
    if split is None or len(split[0]) < _MIN_BRANCHES:
        return None
    branches, flags = split
    at_start, worded, anchored, rest = [], [], [], []
    for branch in branches:
        try:
            single = _compile(re.compile(branch, flags), split=False)
            opens_at_start = _opens_at_start(sre_parse.parse(branch, flags).data)
        except (re.error, RecursionError):
            return None
        if opens_at_start:
            at_start.append(single)  # re tries a pattern opening on "^" at the text's start only
        elif isinstance(single, ScanRegex) and single.words:
            worded.append(branch)
        elif isinstance(single, ScanRegex):
            anchored.append(branch)
        else:
            rest.append(branch)
    if len(rest) == len(branches):
        return None
    groups = []
    for part in (worded, anchored, rest):
        if part:
            joined = re.compile("|".join(f"(?:{b})" for b in part), flags)
            # many worded cues are gated one by one (the other-study cues: 0.71 -> 0.48 ms per document)
            groups.append((_gated_for(joined) if part is worded else None) or _compile(joined, split=False))
    return UnionRegex(plain, groups + at_start)


def _opens_at_start(items) -> bool:
    """Whether a parsed sequence begins with ``^`` or ``\\A`` (through any opening groups)."""
    while items:
        op, av = items[0]
        if op is sre.AT:
            return av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        if op is sre.SUBPATTERN:
            items = av[-1]
        elif op is sre.ATOMIC_GROUP:
            items = av
        else:
            return False
    return False


def compile(pattern: Union[str, re.Pattern], flags: int = 0) -> Union[ScanRegex, UnionRegex, GatedUnion, re.Pattern]:  # noqa: A001
    """``re.compile``, returning a :class:`ScanRegex` when the pattern has a useful anchor or
    required words, a :class:`GatedUnion` for a long list of worded cues whose anchor is too wide
    to help, or a :class:`UnionRegex` when only its alternatives have a fast path."""
    return _compile(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags), split=True)


def _compile(plain: re.Pattern, split: bool) -> Union[ScanRegex, UnionRegex, GatedUnion, re.Pattern]:
    anchored = _anchored_for(plain.pattern, plain.flags)
    words = required_words(plain.pattern, plain.flags) if isinstance(plain.pattern, str) else None
    if split and words is None and anchored is not None and _anchor_width(plain) > _NARROW_ANCHOR:
        gated = _gated_for(plain)  # a long cue list whose anchor finds candidates almost everywhere
        if gated is not None:
            return gated
    if anchored is not None or words is not None:
        return ScanRegex(plain, anchored, words)
    if not split:
        return plain
    return _union_for(plain) or _gated_for(plain) or plain


def _anchor_width(plain: re.Pattern) -> int:
    """How many characters an anchored pattern's first-character class holds (``\\d`` counts as one)."""
    body, flags = _strip_global_flags(plain.pattern, plain.flags)
    return len(_first_chars(body, flags & ~re.U) or ())


@lru_cache(maxsize=4096)
def _anchored_for(pattern: str, flags: int) -> Optional[re.Pattern]:
    if not isinstance(pattern, str):
        return None
    body, flags = _strip_global_flags(pattern, flags)
    if flags & ~_SUPPORTED:
        return None
    cls = first_class(body, flags & ~re.U)
    if cls is None:
        return None
    scoped = "".join(letter for flag, letter in _SCOPED.items() if flags & flag)
    inner = f"(?{scoped}:{body})" if scoped else f"(?:{body})"
    try:
        return re.compile(cls + r"(?<=(?=" + inner + r")[\s\S])")
    except re.error:  # e.g. a backreference, which re refuses inside a lookbehind
        return None


def is_word_char(ch: str) -> bool:
    """Whether ``re``'s ``\\w`` matches the character (a letter, a digit or any numeric, "_")."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=256)
def _literal_rx(literal: str) -> re.Pattern:
    return re.compile(re.escape(literal), re.I)


def literal_spans(text: str, literal: str, accept: Callable[[int, int], bool],
                  ignore_case: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``literal`` in ``text`` that ``accept(start, end)`` takes, as
    ``re.finditer`` gives them for the literal with lookarounds around it: a rejected occurrence
    consumes nothing, an accepted one everything it covers.

    A regex built per word ("(?<![\\w-])" + re.escape(alias) + ...) is compiled anew for every
    document's arm names and short forms (0.2-0.6 ms each); a substring search needs none."""
    n = len(literal)
    if not n:
        return
    if not ignore_case:
        find = text.find
        needle = literal
    else:
        low = _lowered(text) if literal.isascii() else None
        if low is not None:
            find, needle = low.find, literal.lower()
        else:  # a non-ASCII word, or a text whose lower-casing cannot stand in for it
            rx = _literal_rx(literal)

            def find(_needle: str, pos: int) -> int:
                m = rx.search(text, pos)
                return -1 if m is None else m.start()
            needle = literal
    pos = 0
    while True:
        i = find(needle, pos)
        if i < 0:
            return
        if accept(i, i + n):
            yield i, i + n
            pos = i + n
        else:
            pos = i + 1


def standalone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` has no word character or hyphen on either side: the lookarounds
    ``(?<![\\w-])`` ... ``(?![\\w-])``."""
    if start > 0:
        ch = text[start - 1]
        if ch == "-" or is_word_char(ch):
            return False
    if end < len(text):
        ch = text[end]
        if ch == "-" or is_word_char(ch):
            return False
    return True
