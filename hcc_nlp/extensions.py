"""Custom attributes the components set. All hold plain JSON-able data (DocBin and n_process safe)."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

SPANS_KEY = "hcc"


def _region_label(doc: Doc, regions_attr: str, start_char: int, default=None):
    regions = getattr(doc._, regions_attr) or []
    starts = [r[0] for r in regions]
    i = bisect_right(starts, start_char) - 1
    if i >= 0 and regions[i][0] <= start_char < regions[i][1]:
        return regions[i][2]
    return default


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
