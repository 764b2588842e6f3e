"""Abbreviations defined in the text: "hepatic arterial infusion chemotherapy (HAIC)".

Definitions are found with the Schwartz-Hearst algorithm (scispaCy's ``find_abbreviation``)
on candidates "long form (SHORT)"; the matcher work is done once per document with one regex
instead of scispaCy's per-document Matcher rebuild. When the long form carries a tagged span
(DRUG, PROCEDURE, ENDPOINT...), every later mention of the short form gets the same label and
normalised id, so "IFPS" is tagged like "infield progression-free survival" and "C" like
"cabozantinib" in "cabozantinib (C) ... C 40 mg QD".
"""

import re
from functools import lru_cache, partial

from scispacy.abbreviation import find_abbreviation
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions, fastre  # noqa: F401
from .extensions import add_spans, doc_text, SPANS_KEY, sentence_bounds
from .resources import grammar, load_json


_PIECES = re.compile(r"[\s-]+")


@lru_cache(maxsize=1)
def _formulation_word() -> re.Pattern:
    return re.compile(load_json("drug_overrides.json")["formulation_words"])


def _short_form_alone(text: str, start: int, end: int) -> bool:
    """A later mention of a short form: "LEN-TACE" and "(LEN)" are, "LEN-treated", "anti-LEN", "LENS"
    and "a/LEN" are not (the lookarounds ``(?<![\\w/])(?<![a-z]-)`` ... ``(?![\\w])(?!-[a-z])``)."""
    if start > 0:
        ch = text[start - 1]
        if ch == "/" or fastre.is_word_char(ch) or (ch == "-" and start > 1 and "a" <= text[start - 2] <= "z"):
            return False
    if end < len(text):
        ch = text[end]
        if fastre.is_word_char(ch) or (ch == "-" and end + 1 < len(text) and "a" <= text[end + 1] <= "z"):
            return False
    return True


_SHORT = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-+/&]{0,15})\s*[);,]")  # up to "TACE-TKI-PD-1"
# a glossary line: "Abbreviations: AFP, alpha-fetoprotein; L, lenvatinib; T, toripalimab."
_GLOSSARY = grammar("abbreviations", "glossary")
_GLOSSARY_BLOCK = grammar("abbreviations", "glossary_block")  # "Abbreviations and Acronyms" over "EVR = everolimus"
_GLOSSARY_ITEM = re.compile(r"([A-Za-z][A-Za-z0-9\-+/&]{0,15})\s*(?:,|=|:)\s*([^;]+)")


class AbbreviationResolver:
    def __init__(self, spans_key: str = SPANS_KEY, tagged_labels: tuple = ("DRUG", "DRUG_CLASS", "PROCEDURE", "RADIATION", "ENDPOINT", "AE_TERM", "ROUTE")):
        self.spans_key = spans_key
        self.tagged_labels = set(tagged_labels)

    @staticmethod
    def _formulation(words: str) -> bool:
        """Whether ``words`` (before a drug's name in its long form) are all words of a formulation
        ("Lyso-thermosensitive liposomal" doxorubicin)."""
        pieces = _PIECES.split(words.strip())
        return bool(words.strip()) and all(_formulation_word().fullmatch(p) for p in pieces if p)

    def definitions(self, doc: Doc) -> list[tuple[Span, Span]]:
        pairs = []
        bounds = sentence_bounds(doc)
        text = doc_text(doc)
        for m in _SHORT.finditer(text):
            short = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
            if short is None or short.start == 0:
                continue
            sf = short.text
            if not any(c.isupper() for c in sf):
                continue
            open_idx = short.start - 1
            n_words = min(len(sf) + 5, len(sf) * 2) if len(sf) > 1 else 4
            sent_start_char = max(b[0] for b in bounds if b[0] <= short.start_char)
            start = max(open_idx - n_words, 0)
            while start < open_idx and doc[start].idx < sent_start_char:
                start += 1
            candidate = doc[start:open_idx]
            if len(candidate) == 0:
                continue
            if len(sf) == 1:
                # single letter: the word right before the bracket must start with it
                prev = doc[open_idx - 1]
                if prev.text[:1].upper() == sf.upper() and prev.is_alpha:
                    pairs.append((short, doc[open_idx - 1:open_idx]))
                continue
            _, long_form = find_abbreviation(candidate, short)
            if long_form is not None:
                pairs.append((short, long_form))
        return pairs

    @staticmethod
    def glossary(doc: Doc) -> list[tuple[Span, Span]]:
        """(short form, long form) of each item of an "Abbreviations:" line ("L, lenvatinib; T,
        toripalimab") or block (one "EVR = everolimus" a line), which holds for the whole text, before it too."""
        text = doc_text(doc)
        if "bbreviation" not in text:
            return []
        pairs = []
        listed = [(m, ";") for m in _GLOSSARY.finditer(text)] + [(m, "\n") for m in _GLOSSARY_BLOCK.finditer(text)]
        for line, separator in listed:
            pos = line.start(1)
            for item in line.group(1).split(separator):
                m = _GLOSSARY_ITEM.match(item.strip())
                if m is not None and any(c.isupper() for c in m.group(1)):
                    at = pos + len(item) - len(item.lstrip())
                    short = doc.char_span(at + m.start(1), at + m.end(1), alignment_mode="strict")
                    long_text = m.group(2).rstrip(" .")
                    long_form = doc.char_span(at + m.start(2), at + m.start(2) + len(long_text), alignment_mode="expand")
                    if short is not None and long_form is not None:
                        pairs.append((short, long_form))
                pos += len(item) + 1
        return pairs

    def __call__(self, doc: Doc) -> Doc:
        existing = list(doc.spans.get(self.spans_key) or [])
        by_end: dict[int, list[Span]] = {}
        by_start: dict[int, list[Span]] = {}
        for span in existing:
            if span.label_ in self.tagged_labels:
                by_end.setdefault(span.end, []).append(span)
                by_start.setdefault(span.start, []).append(span)
        covered = {(s.start, s.end) for s in existing}
        bounds = sentence_bounds(doc)
        text = doc_text(doc)
        found = []
        new_spans = []
        # (listed: a glossary's short form, which holds for the whole text)
        pairs = [(short, long_form, False) for short, long_form in self.definitions(doc)] + \
            [(short, long_form, True) for short, long_form in self.glossary(doc)]
        for short, long_form, listed in pairs:
            found.append({"short": short.text, "long": long_form.text,
                          "start": long_form.start_char, "end": short.end_char})
            # a drug's short form stands for the whole long form: "mammalian target of rapamycin
            # (mTOR)" names a protein, not the drug its last word is
            tagged = [s for s in by_end.get(long_form.end, []) if s.start >= long_form.start
                      and (s.label_ not in ("DRUG", "DRUG_CLASS") or s.start == long_form.start
                           or self._formulation(text[long_form.start_char:s.start_char]))]
            if not tagged and listed:  # "HAIC-F, hepatic arterial infusion chemotherapy with FOLFOX (...)"
                tagged = by_start.get(long_form.start, [])
            if not tagged:
                continue
            source = max(tagged, key=len)
            sf = short.text
            # "LEN-TACE": a short form joined to another name by a hyphen is still the short form, but
            # not in "LEN-treated" or "anti-LEN"
            for a, b in fastre.literal_spans(text, sf, partial(_short_form_alone, text)):
                if a < short.start_char and not listed:
                    continue  # (a glossary's short form holds before it too)
                if listed and a == short.start_char:
                    continue
                span = doc.char_span(a, b, alignment_mode="strict")
                if span is None or (span.start, span.end) in covered:
                    continue
                if len(sf) == 1 and (any(b[0] == span.start_char for b in bounds) or (span.end < len(doc) and doc[span.end].is_lower)):
                    continue  # "A higher rate...": an article, not atezolizumab
                covered.add((span.start, span.end))
                new_spans.append(Span(doc, span.start, span.end, label=source.label_, span_id=source.id_))
        doc._.abbreviations = found
        add_spans(doc, self.spans_key, new_spans)
        return doc


@Language.factory(
    "hcc_abbreviations",
    assigns=["doc._.abbreviations", "doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_abbreviations(nlp: Language, name: str, spans_key: str) -> AbbreviationResolver:
    return AbbreviationResolver(spans_key=spans_key)
