"""Sentence-level context: background claims, other studies' results, hypotheticals.

Each sentence that is not about this study's own data gets a label in
``doc._.context_regions`` (and through it ``span._.context``). Rules are regex cues in
``patterns/context.json``:

* a sentence with an *own-study* cue ("this phase II trial", "we compared", "patients were
  randomized") is never marked;
* otherwise a background / other-study / hypothetical cue marks it;
* a sentence inside a background section (Background, Detailed Description) is background;
* a paragraph where two or more sentences are background and none is own-study is
  background as a whole ("... sorafenib alone was only 2.3-3%" in a background paragraph).
"""

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .extensions import doc_text, _region_label
from .resources import load_json
from .serialization import JsonRulesMixin

LABELS = ("other_study", "background", "hypothetical")


def _new_paragraph(text: str, prev, sent) -> bool:
    """A blank line, or a line break after a long unwrapped line (registry prose)."""
    body = prev.text.rstrip()
    between = prev.text[len(body):] + text[prev.end_char:sent.start_char]
    if between.count("\n") >= 2:
        return True
    if "\n" in between:
        line_start = text.rfind("\n", 0, prev.start_char) + 1
        return prev.end_char - line_start > 100
    return False


class ContextTagger(JsonRulesMixin):
    def __init__(self, cues: Optional[dict] = None):
        self.cues = cues if cues is not None else load_json("context.json")
        self._regex = {
            key: re.compile("|".join(f"(?:{p})" for p in self.cues[key]), re.I)
            for key in (*LABELS, "own_study")
        }
        self._bg_sections = set(self.cues.get("background_sections", []))

    def rules(self) -> dict:
        return self.cues

    def set_rules(self, data: dict) -> None:
        self.__init__(cues=data)

    def classify(self, sentence: str, section: Optional[str]) -> Optional[str]:
        if self._regex["own_study"].search(sentence):
            return None
        for label in LABELS:
            if self._regex[label].search(sentence):
                return label
        if section in self._bg_sections:
            return "background"
        return None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        regions = []
        sents = list(doc.sents)
        labels = []
        for sent in sents:
            section = _region_label(doc, "section_regions", sent.start_char)
            labels.append(self.classify(sent.text, section))
        # paragraph propagation
        para_of = []
        para = 0
        for k, sent in enumerate(sents):
            if k and _new_paragraph(text, sents[k - 1], sent):
                para += 1
            para_of.append(para)
        by_para: dict[int, list[int]] = {}
        for k, p in enumerate(para_of):
            by_para.setdefault(p, []).append(k)
        for members in by_para.values():
            bg = sum(1 for k in members if labels[k] in LABELS)
            own = any(self._regex["own_study"].search(sents[k].text) for k in members)
            if bg >= 2 and not own:
                for k in members:
                    labels[k] = labels[k] or "background"
        for sent, label in zip(sents, labels):
            if label:
                regions.append([sent.start_char, sent.end_char, label])
        doc._.context_regions = regions
        return doc


@Language.factory(
    "hcc_context",
    assigns=["doc._.context_regions"],
    requires=["token.is_sent_start"],
    default_config={},
)
def make_context(nlp: Language, name: str) -> ContextTagger:
    return ContextTagger()
