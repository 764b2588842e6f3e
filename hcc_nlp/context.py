"""Sentence-level context: background claims, other studies' results, hypotheticals.

Each sentence that is not about this study's own data gets a label in
``doc._.context_regions`` (and through it ``span._.context``). Rules are regex cues in
``patterns/context.json``:

* a sentence with an *own-study* cue ("this phase II trial", "we compared", "patients were
  randomized") is never marked;
* otherwise a background / other-study / hypothetical cue marks it;
* a sentence inside a background section (Background, Detailed Description) is background, and
  so is one holding a result number inside an Objective/Purpose section; "our ... study" is an
  own-study cue only outside those sections (inside them it is the authors' earlier study);
* a paragraph where two or more sentences are background and none is own-study is
  background as a whole ("... sorafenib alone was only 2.3-3%" in a background paragraph).
"""

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions, fastre, marks  # noqa: F401
from .docview import guess_title
from .extensions import SPANS_KEY, doc_text, region_finder, sentence_bounds
from .resources import load_json, with_fragments
from .serialization import JsonRulesMixin

LABELS = ("other_study", "background", "hypothetical")
_OPENING = 500  # characters of a document that hold its title (up to its first blank line)
_HEADING_LINE = 100  # the longest line between two rules that heads the item under it


def _new_paragraph(text: str, prev: tuple[int, int], sent: tuple[int, int]) -> bool:
    """A blank line, or a line break after a long unwrapped line (registry prose)."""
    prev_text = text[prev[0]:prev[1]]
    body = prev_text.rstrip()
    between = prev_text[len(body):] + text[prev[1]:sent[0]]
    if between.count("\n") >= 2:
        return True
    if "\n" in between:
        line_start = text.rfind("\n", 0, prev[0]) + 1
        return prev[1] - line_start > 100
    return False


class ContextTagger(JsonRulesMixin):
    def __init__(self, cues: Optional[dict] = None):
        self.cues = cues if cues is not None else load_json("context.json")
        self._regex = {
            key: fastre.compile("|".join(f"(?:{p})" for p in self.cues[key]), re.I)
            for key in (*LABELS, "own_study", "own_study_ours", "earlier_report") if self.cues.get(key)
        }
        self._bg_sections = set(self.cues.get("background_sections", []))
        self._result_bg_sections = set(self.cues.get("result_background_sections", []))
        self._not_ours_sections = self._bg_sections | self._result_bg_sections  # where "our study" is an earlier one
        self._result_number = fastre.compile(self.cues["result_number"]) if self.cues.get("result_number") else None
        self._named_trial = fastre.compile(self.cues["named_trial"]) if self.cues.get("named_trial") else None
        self._bare_trial = fastre.compile(with_fragments(self.cues["named_trial_bare"], self.cues)) \
            if self.cues.get("named_trial_bare") else None
        self._not_trials = set(self.cues.get("not_trial_names", []))
        # any trial name, wherever written ("Study LT-301 (TALENT-HCC): ... (NCT05734219)")
        self._any_trial = fastre.compile(with_fragments(r"\b({{trial_code}})\b", self.cues)) \
            if self.cues.get("trial_code") else None
        self._banner = fastre.compile(self.cues["journal_banner"]) if self.cues.get("journal_banner") else None
        self._label_section = fastre.compile(self.cues["label_section"]) if self.cues.get("label_section") else None
        self._story_break = re.compile(self.cues["story_break"]) if self.cues.get("story_break") else None
        self._digest = tuple(fastre.compile(self.cues[k]) for k in ("digest_rule", "digest_other_cancer", "digest_liver_cancer")) \
            if self.cues.get("digest_rule") else None

    def rules(self) -> dict:
        return self.cues

    def set_rules(self, data: dict) -> None:
        self.__init__(cues=data)

    def classify(self, sentence: str, section: Optional[str]) -> Optional[str]:
        return self._label(sentence, section)[0]

    def _label(self, sentence: str, section: Optional[str]) -> tuple[Optional[str], bool]:
        """(label, whether an own-study cue holds). This trial's earlier report ("The initial
        report of the present trial showed ...") is background even with an own-study cue."""
        earlier = self._regex.get("earlier_report")
        if earlier is not None and earlier.search(sentence):
            return "background", False
        if self._regex["own_study"].search(sentence):
            return None, True
        ours = self._regex.get("own_study_ours")
        if ours is not None and section not in self._not_ours_sections and ours.search(sentence):
            return None, True  # "our phase II study": this one, unless in a background section (an earlier one)
        return self._cued(sentence, section), False

    def _cued(self, sentence: str, section: Optional[str]) -> Optional[str]:
        """The label of a sentence without an own-study cue."""
        for label in LABELS:
            if self._regex[label].search(sentence):
                return label
        if section in self._bg_sections:
            return "background"
        if section in self._result_bg_sections and self._result_number is not None and self._result_number.search(sentence):
            return "background"  # a number in an Objective/Purpose section: another study's or the disease's
        return None

    def _other_named_trial(self, sentence: str, text: str, opening: str) -> bool:
        """"In the Phase 2 HELIOS-2 study (NCT...), X produced ...": a trial named once, and not
        in the document's ``opening`` (its title), is another trial."""
        for m in self._named_trial.finditer(sentence):
            name = next(g for g in m.groups() if g)
            if name not in opening and text.count(name) == sentence.count(name):
                return True
        return False

    def _other_cancer_story(self, text: str, other: re.Pattern, liver: re.Pattern) -> list[tuple[int, int]]:
        """(start, end) of the story after a break ("—" on a line of its own) whose heading names another
        cancer ("Biliary tract cancer: toripalimab added to chemotherapy"), up to the next break."""
        if self._story_break is None:
            return []
        breaks = list(self._story_break.finditer(text))
        return [(m.start(), nxt.start() if nxt is not None else len(text))
                for m, nxt in zip(breaks, [*breaks[1:], None])
                if other.search(m.group(1)) and not liver.search(m.group(1))]

    def _other_cancer_sections(self, text: str, other: re.Pattern, liver: re.Pattern) -> list[tuple[int, int]]:
        """(start, end) of each numbered subsection of a label about another cancer ("14.5 Non-Small
        Cell Lung Cancer"), when one is about liver cancer ("14.4 Hepatocellular Carcinoma"); and of
        the text before the liver one after the opening block, when no numbered heading comes first."""
        if self._label_section is None or not liver.search(text):
            return []
        heads = [m for m in self._label_section.finditer(text) if other.search(m.group()) or liver.search(m.group())]
        if not any(liver.search(m.group()) for m in heads):
            return []
        out = [(m.start(), nxt.start() if nxt is not None else len(text))
               for m, nxt in zip(heads, [*heads[1:], None]) if not liver.search(m.group())]
        first = heads[0]
        blank = marks.BLANK_LINE.search(text, 0, first.start())
        if liver.search(first.group()) and blank is not None and not self._label_section.search(text, 0, first.start()):
            out.insert(0, (blank.end(), first.start()))
        return out

    def _other_cancer_items(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each item of a digest (between rule lines) about another cancer, not liver
        cancer ("1. PANCREAS | PRISM-P misses its OS endpoint" in a newsletter); none unless the text
        has three rule lines or more."""
        if self._digest is None:
            return []
        rule, other, liver = self._digest
        rules = [m.start() for m in rule.finditer(text)]
        if len(rules) < 3:
            return self._other_cancer_sections(text, other, liver) or self._other_cancer_story(text, other, liver)
        items: list[list[int]] = []
        heading = False  # the item before is a heading line between two rules: this item is under it
        for a, b in zip(rules, rules[1:] + [len(text)]):
            if heading:
                items[-1][1] = b
            else:
                items.append([a, b])
            rule_end = text.find("\n", a, b)  # the item's text starts on the line after its rule
            body = text[rule_end + 1:b].strip() if rule_end >= 0 else ""
            heading = 0 < len(body) <= _HEADING_LINE and "\n" not in body
        return [(a, b) for a, b in items if other.search(text, a, b) and not liver.search(text, a, b)]

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        bounds = sentence_bounds(doc)
        sents = [text[a:b] for a, b in bounds]
        section_of = region_finder(doc._.section_regions)
        sections = [section_of(a) for a, _b in bounds]
        pairs = [self._label(s, section) for s, section in zip(sents, sections)]
        labels = [label for label, _own in pairs]
        own = [is_own for _label, is_own in pairs]
        blank = marks.BLANK_LINE.search(text, 0, _OPENING)
        # the title, where the document's own trial is named (also when a journal's banner comes first:
        # "JHEP Reports ... doi ..." over "... pooled analysis of the HEPATIC-19A and HEPATIC-19B trials")
        opening = text[:blank.start() if blank else _OPENING]
        if self._banner is not None and self._banner.search(opening):
            opening += "\n" + (guess_title(text) or "")
        # the registration numbers the number tagger found (none when it is not in the pipeline)
        # (not those of a story about another cancer on the same page)
        other_items = self._other_cancer_items(text)
        registrations = [(x.start_char, "".join(x.text.split())) for x in doc.spans.get(SPANS_KEY, [])
                         if x.label_ == "TRIAL_ID" and x.id_ == "nct" and not any(a <= x.start_char < b for a, b in other_items)]
        registered = {number for _start, number in registrations}

        def with_the_registration(k: int) -> bool:
            """Whether sentence ``k`` gives the document's registration numbers, all and only them
            ("In the TRIDENT-B study (NCT05512378), ...": the document's trial, named)."""
            return bool(registered) and {n for start, n in registrations if bounds[k][0] <= start < bounds[k][1]} == registered

        if self._named_trial is not None:
            # a trial's name counted outside the reference list (where a cited paper's title repeats it)
            cited_free = text
            for a, b, name in doc._.section_regions or ():
                if name == "references":
                    cited_free = cited_free[:a] + " " * (b - a) + cited_free[b:]
            for k, s in enumerate(sents):
                if labels[k] is None and not own[k] and self._other_named_trial(s, cited_free, opening) \
                        and not with_the_registration(k):
                    labels[k] = "other_study"
        if self._bare_trial is not None:
            # "in RESORCE, regorafenib prolonged ...": a trial named bare, not in the opening and in no
            # sentence about this study, is another trial wherever it is named
            named = [{m.group(1) for m in self._bare_trial.finditer(s)} - self._not_trials for s in sents]
            # (not "evaluated in TALISMAN-301 (NCT05718264), ...": named with the document's registration)
            own_named = {n for k, names in enumerate(named) for n in names if with_the_registration(k)}
            if self._any_trial is not None:  # (also a name written without "In": "Study LT-301 (TALENT-HCC): ...")
                holding = {k for k, (a, b) in enumerate(bounds) if any(a <= start < b for start, _n in registrations)}
                own_named |= {m.group(1) for k in holding if with_the_registration(k)
                              for m in self._any_trial.finditer(sents[k])}
            others = {n for names in named for n in names if n not in opening and n not in own_named
                      and not any(own[k] and n in s for k, s in enumerate(sents))}
            for k, names in enumerate(named):
                if labels[k] is None and not own[k] and names & others:
                    labels[k] = "other_study"
        for a, b in other_items:
            for k, (start, _end) in enumerate(bounds):
                if a <= start < b:
                    labels[k], own[k] = labels[k] or "other_study", False
        # paragraphs: a background paragraph marks its uncued sentences too (a section's heading
        # starts a paragraph: a registry record runs its fields on without blank lines)
        para_of, para = [], 0
        for k in range(len(bounds)):
            if k and (_new_paragraph(text, bounds[k - 1], bounds[k]) or sections[k] != sections[k - 1]):
                para += 1
            para_of.append(para)
        by_para: dict[int, list[int]] = {}
        for k, p in enumerate(para_of):
            by_para.setdefault(p, []).append(k)
        for members in by_para.values():
            bg = sum(1 for k in members if labels[k] in LABELS)
            if bg >= 2 and not any(own[k] for k in members):
                for k in members:
                    labels[k] = labels[k] or "background"
        doc._.context_regions = [[a, b, label] for (a, b), label in zip(bounds, labels) if label]
        return doc


@Language.factory(
    "hcc_context",
    assigns=["doc._.context_regions"],
    requires=["token.is_sent_start"],
    default_config={},
)
def make_context(nlp: Language, name: str) -> ContextTagger:
    return ContextTagger()
