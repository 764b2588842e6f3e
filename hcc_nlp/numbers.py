"""Numeric and coded families by regular expression over the text.

DOSE, SCHEDULE, RADIATION_DOSE, RESULT, CI, RATIO, P_VALUE, AE_GRADE, SAMPLE_SIZE, PHASE and
TRIAL_ID spans come from ``patterns/numbers.json``. Two rules there need a look at the
neighbourhood and are applied here, driven by that file's ``filters``:

* a time value ("8.6 months") is a RESULT only when it is not a schedule, an interval or a
  time frame ("every 3 months", "1 month after RT", "for 2-3 weeks");
* ``n = 13`` written beside a percentage ("41% [n = 13]") is a RESULT (a count), otherwise a
  SAMPLE_SIZE (a group size).
"""

import re
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions, fastre, marks  # noqa: F401
from .extensions import doc_text, SPANS_KEY, add_spans
from .resources import load_json
from .serialization import JsonRulesMixin

_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\W*$")
_WORD_AFTER = re.compile(r"^\W*([A-Za-z][\w-]*)")
_DECIMAL = re.compile(r"\d[.·]\d")


def word_alternation(words: list[str]) -> str:
    """An alternation of literal words as a prefix tree: ``(?:t(?:en|w(?:elve|o))|...)``.
    The engine rejects a position after one character instead of trying every word (which a
    case-insensitive ``one|two|...`` makes it do); the longer of two words sharing a prefix is
    tried first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + "|".join(branches) + ")?"

    return emit(tree)


def compile_patterns(spec: dict, labels: Optional[set] = None) -> list[tuple[str, str, re.Pattern, int, tuple]]:
    """(label, id, regex, group, required substrings) of each pattern (of ``labels`` only, if given)."""
    fragments = {name: word_alternation(frag) if isinstance(frag, list) else frag
                 for name, frag in spec["fragments"].items() if not name.startswith("_")}

    def fill(regex: str) -> str:
        for _ in range(3):
            for name, frag in fragments.items():
                regex = regex.replace("{" + name + "}", "(?:" + frag + ")")
        return regex

    out = []
    for p in spec["patterns"]:
        if labels is not None and p["label"] not in labels:
            continue
        out.append((p["label"], p["id"], fastre.compile(fill(p["regex"])), int(p.get("group", 0)),
                    tuple(p.get("requires", ()))))
    return out


class NumberTagger(JsonRulesMixin):
    def __init__(self, spans_key: str = SPANS_KEY, spec: Optional[dict] = None):
        self.spans_key = spans_key
        self.set_rules(spec if spec is not None else load_json("numbers.json"))

    def rules(self) -> dict:
        return self.spec

    def set_rules(self, data: dict) -> None:
        self.spec = data
        self.patterns = compile_patterns(data)
        f = data.get("filters", {})
        self.time_not_after = set(f.get("time_not_after", []))
        self.time_not_before = set(f.get("time_not_before", []))
        self.time_not_before_whole = set(f.get("time_not_before_whole", []))
        self.count_window = int(f.get("count_beside_percent_window", 12))
        self.grade_not_after = re.compile(f["grade_not_after"]) if f.get("grade_not_after") else None
        self.time_with_ci = re.compile(f["time_with_ci"], re.I) if f.get("time_with_ci") else None
        self.time_is_age = re.compile(f["time_is_age"]) if f.get("time_is_age") else None
        self.time_spread_before = re.compile(f["time_spread_before"]) if f.get("time_spread_before") else None
        self.radiation_not_after = re.compile(f["radiation_not_after"]) if f.get("radiation_not_after") else None
        self.schedule_not_after = re.compile(f["schedule_not_after"]) if f.get("schedule_not_after") else None
        self.not_starting_inside = frozenset(f.get("not_starting_inside", ()))

    def _keep(self, text: str, label: str, pid: str, start: int, end: int) -> Optional[str]:
        """Return the label override ('' to keep the pattern's label, None to drop)."""
        if label == "SCHEDULE" and self.schedule_not_after is not None \
                and self.schedule_not_after.search(text, max(0, start - 60), start):
            return None  # "You see the doctor every 2 weeks": when patients are seen
        if pid == "time":
            before = _WORD_BEFORE.search(text[max(0, start - 30):start])
            after = _WORD_AFTER.search(text[end:end + 30])
            # a mean written with its spread is an observed figure ("longer than (6.85±1.97) months")
            spread = marks.SPREAD_AFTER.match(text, end)
            if before and before.group(1).lower() in self.time_not_after and not spread and not (
                    self.time_with_ci is not None and self.time_with_ci.match(text, end)):
                return None
            if after and not spread and (after.group(1).lower() in self.time_not_before or (
                    after.group(1).lower() in self.time_not_before_whole and not _DECIMAL.search(text, start, end))):
                return None  # "3 months after surgery": an interval ("17.6 months after SIRT" is a finding)
            if re.match(r"\s*[-–]?\s*(?:old|of age)\b", text[end:end + 12]):
                return None
            if self.time_is_age is not None and self.time_is_age.search(text, max(0, start - 30), start):
                return None  # "mean age, 58.6 years"
            if self.time_spread_before is not None and self.time_spread_before.search(text, max(0, start - 6), start):
                return None  # "7.9 +/- 5.2 months": the spread of a mean, not a result
            return ""
        if pid in ("grade", "grade_rev") and self.grade_not_after is not None \
                and self.grade_not_after.search(text, max(0, start - 40), start):
            return None  # "Clavien-Dindo grade III": a surgical scale, not a CTCAE grade
        if pid in ("gy", "fractions") and self.radiation_not_after is not None \
                and self.radiation_not_after.search(text, max(0, start - 60), start):
            return None  # "stopped after 24 Gy": a course cut short, not a prescription
        if pid == "n_eq":
            window = text[max(0, start - self.count_window):start]
            if "%" in window and re.search(r"[\[(]\s*$|%\s*[\[(,;]?\s*$", window):
                return "RESULT"
            if re.match(r"\s*[\[(;,]\s*\d+(?:\.\d+)?\s*%", text[end:end + 12]):
                return "RESULT"
            if re.search(r"\b(?:vs\.?|versus)\s*$", window) and re.search(r"%", text[max(0, start - 40):start]):
                return "RESULT"
            return ""
        return ""

    def _names(self, doc: Doc) -> dict[int, int]:
        """End of each name tagged before this component (``not_starting_inside``), by each of its
        characters after the first: a value's first number cannot be there."""
        inside: dict[int, int] = {}
        if self.not_starting_inside and self.spans_key in doc.spans:
            for span in doc.spans[self.spans_key]:
                # (a value's first number is a digit: a name without one holds none)
                if span.label_ in self.not_starting_inside and any(c.isdigit() for c in span.text):
                    for pos in range(span.start_char + 1, span.end_char):
                        inside[pos] = span.end_char
        return inside

    @staticmethod
    def _matches_outside(regex, text: str, inside: dict[int, int]) -> Iterator[re.Match]:
        """The pattern's matches, a match starting inside a name searched again from the name's end
        ("with ADI-PEG 20 and 7.7 months": "7.7 months", not "20 and 7.7 months")."""
        pos = 0
        while True:
            for m in regex.finditer(text, pos):
                if m.start() in inside and m.end() > inside[m.start()]:
                    pos = inside[m.start()]
                    break  # search again from the name's end
                yield m
            else:
                return

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = []
        seen = set()
        lowered = text.lower()
        inside = self._names(doc)
        for label, pid, regex, group, requires in self.patterns:
            if requires and not any(word in lowered for word in requires):
                continue
            for m in (self._matches_outside(regex, text, inside) if inside else regex.finditer(text)):
                start, end = m.span(group)
                if end <= start:
                    continue
                override = self._keep(text, label, pid, start, end)
                if override is None:
                    continue
                span = doc.char_span(start, end, label=override or label, alignment_mode="contract")
                if span is None or len(span) == 0:
                    continue
                if pid == "n_eq" and not any(c.isdigit() for c in span.text):
                    continue  # "n = 33" of a token "33/43": its number cut off
                key = (span.start, span.end, span.label_)
                if key in seen:
                    continue
                seen.add(key)
                span.id_ = pid
                spans.append(span)
        add_spans(doc, self.spans_key, spans)
        return doc


@Language.factory(
    "hcc_numbers",
    assigns=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_number_tagger(nlp: Language, name: str, spans_key: str) -> NumberTagger:
    return NumberTagger(spans_key=spans_key)
