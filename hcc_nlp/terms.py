"""Term ruler: procedures, radiotherapy, routes, endpoints and adverse-event terms.

A thin wrapper over spaCy's SpanRuler (phrase patterns matched on LOWER, token patterns for
case-sensitive abbreviations) that loads ``patterns/terms.jsonl`` by default. ``span.id_`` is
the normalised value: an endpoint code, a procedure name, an AE term.
"""

from typing import Optional

from spacy.language import Language
from spacy.pipeline import SpanRuler

from .extensions import SPANS_KEY
from .resources import load_jsonl


class TermRuler(SpanRuler):
    def __init__(self, nlp: Language, name: str = "hcc_terms", spans_key: str = SPANS_KEY,
                 patterns: Optional[list[dict]] = None):
        super().__init__(nlp, name, spans_key=spans_key, spans_filter=None, annotate_ents=False,
                         phrase_matcher_attr="LOWER", validate=False, overwrite=False)
        self.add_patterns(patterns if patterns is not None else load_jsonl("terms.jsonl"))



@Language.factory(
    "hcc_terms",
    assigns=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_term_ruler(nlp: Language, name: str, spans_key: str) -> TermRuler:
    return TermRuler(nlp, name, spans_key=spans_key)
