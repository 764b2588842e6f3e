"""A read-only view of a tagged Doc that the linker works on: sentences with their section and
context, and the entities in each sentence, with normalised values."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from . import fastre
from .extensions import doc_text, region_finder
from .resources import grammar

TREATMENT_LABELS = ("DRUG", "PROCEDURE", "RADIATION", "DRUG_CLASS")
CLASS_PREFIX = "class:"  # a drug class's placeholder component ("class:PD-1 inhibitor"); never in a record
SKIP_SECTIONS = {"ignore", "references"}  # metadata, and other papers cited
ELIGIBILITY_SECTIONS = {"inclusion", "exclusion"}
RESPONSE_CATEGORIES = frozenset({"CR", "PR", "SD", "PD"})  # the categories of a best overall response
TECHNIQUES = {"IMRT": "IMRT", "3D-CRT": "3D-CRT", "SBRT": "SBRT", "proton": "proton", "EBRT": "EBRT"}


class Mention:
    """An entity as the linker reads it: a Span's offsets, label, id and text read once.

    spaCy computes ``label_``, ``id_`` and ``text`` on every access (``text`` rebuilds the
    string from the tokens); the linker reads them thousands of times per document."""

    __slots__ = ("label_", "id_", "start_char", "end_char", "start", "end", "text", "span")

    def __init__(self, span: Span, text: str):
        self.span = span
        self.label_ = span.label_
        self.id_ = span.id_
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char
        self.text = text[self.start_char:self.end_char]

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def doc(self) -> Doc:
        return self.span.doc

    def __repr__(self) -> str:
        return f"Mention({self.label_}, {self.text!r})"


@dataclass
class Sentence:
    index: int
    span: Span
    section: Optional[str]
    context: Optional[str]
    doc_text: str = ""
    ents: list["Mention"] = field(default_factory=list)
    text: str = ""
    start_char: int = 0
    end_char: int = 0

    @property
    def own(self) -> bool:
        """About this study (not background, another study or a hypothetical; not metadata)."""
        return self.context is None and self.section not in SKIP_SECTIONS

    def of(self, *labels: str) -> list["Mention"]:
        return [e for e in self.ents if e.label_ in labels]


_JOINER = grammar("docview", "joiner")


def treatment_runs(mentions: list, text: str) -> list[list]:
    """Treatment mentions grouped into the runs that name one regimen: "sorafenib plus HAIC",
    "TACE-camrelizumab", "A in combination with B"."""
    runs: list[list] = []
    for m in mentions:
        if runs and _JOINER.fullmatch(text, runs[-1][-1].end_char, m.start_char):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def not_recorded(code: str) -> bool:
    """An endpoint id that blocks a shorter code without being one ("pathological complete
    response" is not CR): neither it nor the numbers it claims are recorded."""
    return code.startswith("_")


def component_of(span: Span, expand) -> list[dict]:
    """The regimen components a treatment mention stands for (a regimen name expands)."""
    if span.label_ == "DRUG":
        return [{"kind": "drug", "name": n} for n in expand(span.id_ or span.text.lower())]
    if span.label_ == "PROCEDURE":
        return [{"kind": "procedure", "name": span.id_}]
    if span.label_ == "RADIATION":
        return [{"kind": "radiation", "name": "radiotherapy", "technique": TECHNIQUES.get(span.id_)}]
    if span.label_ == "DRUG_CLASS":
        return [{"kind": "drug", "name": CLASS_PREFIX + span.id_}]
    return []


def is_class(component: dict) -> bool:
    """A drug class's placeholder component ("class:PD-1 inhibitor"), which no record shows."""
    return component["name"].startswith(CLASS_PREFIX)


class DocView:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text = doc_text(doc)  # Doc.text is rebuilt from tokens on every access: read it once
        self.sentences: list[Sentence] = []
        section_of = region_finder(doc._.section_regions)
        context_of = region_finder(doc._.context_regions)
        for k, sent in enumerate(doc.sents):
            self.sentences.append(Sentence(
                index=k, span=sent,
                section=section_of(sent.start_char),
                context=context_of(sent.start_char),
                doc_text=text, text=text[sent.start_char:sent.end_char],
                start_char=sent.start_char, end_char=sent.end_char,
            ))
        starts = [s.span.start for s in self.sentences]
        for ent in doc.ents:
            i = bisect.bisect_right(starts, ent.start) - 1
            if i >= 0:
                self.sentences[i].ents.append(Mention(ent, text))

    def own_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.own]


_MEDLINE_TITLE = fastre.compile(r"\bTI\s+-\s+(.+?)(?:\s+[A-Z]{2,4}\s+-\s|$)", re.S)


@lru_cache(maxsize=4)  # the context tagger and the linker both ask, for a text under a journal banner
def guess_title(text: str) -> Optional[str]:
    """The document's title: a MEDLINE 'TI -' field, else the first paragraph that reads like a
    title (not a citation line, a journal name or a site banner)."""
    m = _MEDLINE_TITLE.search(text[:3000])
    if m:
        return " ".join(m.group(1).split())
    for block in re.split(r"\n\s*\n", text[:4000]):
        line = " ".join(block.split())
        if len(line) > 400:  # an unbroken page: its first line may still be the title
            line = block.strip().splitlines()[0].strip()
        if len(line.split()) < 5 or len(line) > 400:
            continue
        if re.match(r"^(?:\d+\.\s+)?[A-Z][\w.\s]{0,40}\.?\s*\d{4}\b", line) or re.search(r"\bdoi:|\bPMID\b|;\s*\d+\(\d+\)", line):
            continue
        if re.match(r"(?i)^(?:author information|copyright|©)", line):
            continue
        return line
    return None
