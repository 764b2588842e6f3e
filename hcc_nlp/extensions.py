"""Custom attributes the components set. All hold plain JSON-able data (DocBin and n_process safe)."""
from __future__ import annotations

import weakref
from bisect import bisect_right
from functools import lru_cache
from typing import Callable, Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

SPANS_KEY = "hcc"

# per-Doc caches of derived values; weak, so they leave with the Doc and never travel in user_data
_TEXT_CACHE: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()
_BOUNDS_CACHE: "weakref.WeakKeyDictionary[Doc, list]" = weakref.WeakKeyDictionary()
_WORDS_CACHE: "weakref.WeakKeyDictionary[Doc, list]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text`` as the rules read it (:func:`rule_text`), made once per Doc: spaCy rebuilds the
    text from the tokens on every access."""
    text = _TEXT_CACHE.get(doc)
    if text is None:
        text = _TEXT_CACHE[doc] = rule_text(doc.text)
    return text


@lru_cache(maxsize=1)
def _text_forms() -> list:
    """(regex, short form, gate) of each form; a form whose regex has no word a match must contain
    names a ``gate``, a string without which the text is not scanned."""
    from . import fastre
    from .resources import load_json
    return [(fastre.compile(f["regex"]), f["as"], f.get("gate")) for f in load_json("text_forms.json")["forms"]]


def rule_text(text: str) -> str:
    """The text with the forms of ``patterns/text_forms.json`` in their shorter form, right-aligned
    and padded to the same length with no-break spaces ("53.4 per cent" -> "53.4 + 8 NBSP + %"):
    every offset is the written text's, so spans and evidence point where they did. (A regex space
    matches a no-break space; the table reader's column gaps, runs of plain spaces, do not.)"""
    found = []
    for regex, form, gate in _text_forms():
        if gate is not None and gate not in text:
            continue
        # a fast no-op on texts without the form's words
        found += [(m.start(), m.end(), form) for m in regex.finditer(text) if len(form) <= m.end() - m.start()]
    if not found:
        return text
    parts, last = [], 0
    for start, end, form in sorted(found):
        if start >= last:
            parts += [text[last:start], form.rjust(end - start, "\u00a0")]
            last = end
    return "".join(parts) + text[last:]


def add_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """Append to the span group ``key`` (created when missing) without rebuilding it."""
    if key in doc.spans:
        doc.spans[key].extend(spans)
    else:
        doc.spans[key] = spans


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was tokenized from (the tokenizer calls this), as the rules read it."""
    _TEXT_CACHE[doc] = rule_text(text)


def doc_words(doc: Doc) -> list[str]:
    """The token texts, read once per Doc through the ORTH array (no Token objects)."""
    words = _WORDS_CACHE.get(doc)
    if words is None:
        strings = doc.vocab.strings
        words = _WORDS_CACHE[doc] = [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []
    return words


def region_finder(regions: Optional[list]) -> Callable[[int], Optional[str]]:
    """A lookup from a character offset to the label of the region holding it (or None), for
    ``doc._.section_regions`` / ``doc._.context_regions`` read once (``doc._`` is slow)."""
    regions = regions or []
    starts = [r[0] for r in regions]

    def label(start_char: int) -> Optional[str]:
        i = bisect_right(starts, start_char) - 1
        if i >= 0 and regions[i][0] <= start_char < regions[i][1]:
            return regions[i][2]
        return None
    return label


def _region_label(doc: Doc, regions_attr: str, start_char: int, default=None):
    found = region_finder(getattr(doc._, regions_attr))(start_char)
    return default if found is None else found


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the sentences, computed once per Doc after segmentation."""
    cached = _BOUNDS_CACHE.get(doc)
    if cached is None:
        if not doc.has_annotation("SENT_START"):
            return [(0, doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)]
        cached = _BOUNDS_CACHE[doc] = [(s.start_char, s.end_char) for s in doc.sents]
    return cached


def span_section(span: Span):
    return _region_label(span.doc, "section_regions", span.start_char)


def span_context(span: Span):
    return _region_label(span.doc, "context_regions", span.start_char)


def register() -> None:
    """Register the extensions once (idempotent)."""
    for name, default in (
        ("section_regions", None),   # [[start_char, end_char, section], ...]
        ("context_regions", None),   # [[start_char, end_char, "background"|"other_study"|"hypothetical"], ...]
        ("abbreviations", None),     # [{"short", "long", "start", "end"}, ...]
        ("trial_record", None),      # the linker's record (a dict)
        ("title", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("section"):
        Span.set_extension("section", getter=span_section)
    if not Span.has_extension("context"):
        Span.set_extension("context", getter=span_context)


register()
