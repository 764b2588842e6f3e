"""Choose the non-overlapping ``doc.ents`` from the overlapping span group."""

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import extensions, fastre  # noqa: F401
from .extensions import doc_text, SPANS_KEY, _region_label, sentence_text
from .resources import load_json
from .serialization import JsonRulesMixin


class EntityFilter(JsonRulesMixin):
    def __init__(self, spans_key: str = SPANS_KEY, settings: Optional[dict] = None):
        self.spans_key = spans_key
        self.set_rules(settings if settings is not None else load_json("entities.json"))

    def rules(self) -> dict:
        return self.settings

    def set_rules(self, data: dict) -> None:
        self.settings = data
        self.priority = {label: k for k, label in enumerate(data["label_priority"])}
        self.ae_cues = fastre.compile(data["ae_sentence_cues"])
        self.ae_excluded = set(data.get("ae_excluded_sections", []))

    def keep(self, span: Span, text: str) -> bool:
        if span.label_ != "AE_TERM":
            return True
        if _region_label(span.doc, "section_regions", span.start_char) in self.ae_excluded:
            return False
        return bool(self.ae_cues.search(sentence_text(span.doc, span.start_char, text)))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = [s for s in doc.spans.get(self.spans_key, []) if self.keep(s, text)]
        ranked = sorted(spans, key=lambda s: (self.priority.get(s.label_, 99)))
        doc.ents = filter_spans(ranked)
        return doc


@Language.factory(
    "hcc_entities",
    assigns=["doc.ents"],
    requires=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_entity_filter(nlp: Language, name: str, spans_key: str) -> EntityFilter:
    return EntityFilter(spans_key=spans_key)
