"""Choose the non-overlapping ``doc.ents`` from the overlapping span group."""

from bisect import bisect_right
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import extensions, fastre  # noqa: F401
from .marks import BLANK_LINE
from .extensions import doc_text, SPANS_KEY, region_finder, sentence_bounds
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
        self.ae_continuation = fastre.compile(data["ae_continuation_cues"])
        self.ae_list_lead = fastre.compile(data["ae_list_lead"])
        self.ae_list_announced = fastre.compile(data["ae_list_announced"])
        self.ae_excluded = set(data.get("ae_excluded_sections", []))
        self.not_route_after = fastre.compile(data["not_route_after"]) if data.get("not_route_after") else None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        section_of = region_finder(doc._.section_regions)
        bounds = sentence_bounds(doc)
        starts = [b[0] for b in bounds]
        cued: dict[int, bool] = {}  # sentence index -> reports adverse events

        def keep(span: Span, label: str) -> bool:
            """An AE term counts only in a sentence that reports adverse events, outside the
            excluded sections; a route word describing a device ("subcutaneously implanted") is no route."""
            if label == "ROUTE" and self.not_route_after is not None:
                return self.not_route_after.match(text, span.end_char) is None  # "a subcutaneously implanted port"
            if label != "AE_TERM":
                return True
            if section_of(span.start_char) in self.ae_excluded:
                return False
            return is_cued(max(bisect_right(starts, span.start_char) - 1, 0))

        def is_cued(k: int) -> bool:
            if k not in cued:
                sent = text[bounds[k][0]:bounds[k][1]]
                cued[k] = bool(self.ae_cues.search(sent)) or (
                    k > 0 and self.ae_continuation.match(sent) is not None and is_cued(k - 1)) or listed(k) \
                    or led_list(k, sent)
            return cued[k]

        def led_list(k: int, sent: str) -> bool:
            """"A: hypertension 37 (49.3%) / 11 (14.7%); ..." after "The most common TRAEs were as
            follows." (or after another such list)."""
            if k == 0 or self.ae_list_lead.match(sent) is None or BLANK_LINE.search(text, bounds[k - 1][0], bounds[k][0]):
                return False
            before = text[bounds[k - 1][0]:bounds[k - 1][1]]
            return (self.ae_list_announced.search(before) is not None or self.ae_list_lead.match(before) is not None) \
                and is_cued(k - 1)

        listed_memo: dict[int, bool] = {}

        def listed(k: int) -> bool:
            """A line of the list under a heading line that reports adverse events ("Grade 3-4
            adverse events:" over "Hypertension: 44.7% vs 40.2%"), up to a blank line. The lines
            above it are walked up to the heading in a loop, each line's answer kept (a list may
            run to thousands of lines)."""
            walked = []
            while k not in listed_memo:
                if k == 0 or text[bounds[k][0] - 1:bounds[k][0]] not in ("\n", ""):
                    listed_memo[k] = False
                    break
                before = text[bounds[k - 1][0]:bounds[k][0]]
                if not before.endswith("\n") or BLANK_LINE.search(before):
                    listed_memo[k] = False
                    break
                line = before.strip()
                heading = line.endswith(":") or (line[-1:] not in (".", ";") and len(line.split()) <= 15
                                                 and text[bounds[k - 1][0] - 1:bounds[k - 1][0]] in ("\n", ""))
                if heading and self.ae_cues.search(line):
                    listed_memo[k] = True
                    break
                walked.append(k)
                k -= 1
            for j in walked:  # a line goes on with the list the line above it is in
                listed_memo[j] = listed_memo[k]
            return listed_memo[k]

        labelled = [(s, s.label_) for s in doc.spans.get(self.spans_key, [])]
        kept = sorted(((s, label) for s, label in labelled if keep(s, label)),
                      key=lambda pair: self.priority.get(pair[1], 99))
        # a word that is no event although a shorter part of it is ("hepatitis B": an aetiology) takes
        # its overlap and is then left out
        doc.ents = [s for s in filter_spans([s for s, _ in kept]) if not (s.label_ == "AE_TERM" and s.id_.startswith("_"))]
        return doc


@Language.factory(
    "hcc_entities",
    assigns=["doc.ents"],
    requires=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_entity_filter(nlp: Language, name: str, spans_key: str) -> EntityFilter:
    return EntityFilter(spans_key=spans_key)
