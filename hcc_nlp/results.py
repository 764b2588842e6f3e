"""Results of the study: outcomes, adverse events and between-arm comparisons, attributed to
arms through parallel phrasing ("16.3 months with A and 6.5 months with B"), "X vs Y" pairs,
"respectively" lists and arm references ("in the sorafenib group", "Arm C", "(Group B)")."""
from __future__ import annotations

import copy
import itertools
import re
from functools import lru_cache, partial
from typing import Callable, NamedTuple, Optional

from spacy.tokens import Span

from . import fastre, marks
from .arms import Arm, chosen_arms, combination_index, dose_levels, resolve_arm, treatment_counts
from .docview import (ELIGIBILITY_SECTIONS, RESPONSE_CATEGORIES, TREATMENT_LABELS, DocView, Sentence, component_of, not_recorded,
                      treatment_runs)
from .normalize import (DEATH_WORDS, as_int_or_float, landmark_months, months_from, parse_ci, parse_dose, parse_grade,
                        parse_number, parse_p, parse_ratio, share_printed, time_unit, timepoint_parts)
from .eligibility import is_criteria_sentence
from .extensions import SPANS_KEY
from .regimen import attachment_cues
from .resources import grammar, load_json
from .text_tables import Cell, TableReader, heading_endpoints, is_heading_line, is_subgroup_heading

_ENTITIES = load_json("entities.json")
AE_SPLIT: dict[str, list[str]] = _ENTITIES["ae_split"]  # "nausea/vomiting" is two events
# "52 patients (", "4 of them (", "52 PBT patients (" (an arm's code before the noun), "four SIRT-treated patients ("
_COUNT_BEFORE = grammar("results", "count_before")
# RECORDS.md maps these synonyms to one term; every other term is the text's own words
CONTRACT_AE_TERMS = frozenset(_ENTITIES["contract_ae_terms"])
_ABBREVIATION = grammar("results", "abbreviation")  # "irAEs", "RILD", "REILD"
_ABBREVIATED_WORD = grammar("results", "abbreviated_word")  # "GI" in "GI bleeding": the term's id spells it out
_GRADE_BRACKET = grammar("results", "grade_bracket")  # "(grade 1-2)": a bracket of the grade alone
_WORDS_ONLY = grammar("results", "words_only")  # words and spaces, no number or mark
_ALONE_AFTER = grammar("results", "alone_after")  # "sorafenib alone": the arm given it by itself
_TIME_FRAME_AFTER = grammar("results", "time_frame_after")  # "1 month after RT": a time frame, not a landmark
_RATE_OR_VERB = grammar("results", "rate_or_verb")
_IN_EVERY_ARM = grammar("results", "in_every_arm")  # "not reached in either arm"
_COUNT_HAD_EVENT = grammar("results", "count_had_event")  # "12 patients had ..."
_BARE_CI_BRACKET = grammar("results", "bare_ci_bracket")  # "HR 0.68 (0.52-0.89)"
_BARE_CI_COMMA = grammar("results", "bare_ci_comma")  # "HR 0.68, 0.52-0.89;"


def _uk_to_us() -> list[tuple[str, str]]:
    """British-to-US rewrites of ``patterns/terms_source.json``: its spelling pairs read backwards,
    then its ``to_us`` rewrites."""
    spelling = load_json("terms_source.json")["_spelling_variants"]
    pairs = [(british, american) for american, british in spelling["pairs"] if american != british]
    return pairs + [tuple(p) for p in spelling.get("to_us", [])]


_UK_US = _uk_to_us()
_SIBILANT_PLURAL = re.compile(r"(?:sh|(?<!a)ch|ss|x)es$")  # a plural that adds "es" (not "headaches")
_NOT_PLURAL = grammar("results", "not_plural")  # "colitis", "necrosis", "myasthenia gravis", "ascites"


def _order_by_totals(items: list[dict], arms: list[Arm], order: list[int]) -> list[int]:
    """"183/302 (60.6%) vs 56/151 (37.1%)" with arms of 304 and 152 patients: when every number
    has a denominator and every arm a size, the denominators say which arm is which (each
    within 10% of its arm's size, and another order fitting worse); else ``order``."""
    totals = [it.get("total") for it in items]
    sizes = [arms[k].n for k in order]
    if None in totals or None in sizes or len(order) > 3:
        return order

    def fits(perm) -> bool:
        return all(abs(t - arms[k].n) <= 0.1 * arms[k].n for t, k in zip(totals, perm))

    if fits(order):
        return order
    fitting = [list(p) for p in itertools.permutations(order) if fits(p)]
    return fitting[0] if len(fitting) == 1 else order


def own_term(text: str) -> str:
    """Lower case, singular, US spelling: 'Acute rejections' -> 'acute rejection'."""
    term = " ".join(text.lower().split())
    for uk, us in _UK_US:
        term = term.replace(uk, us)
    words = term.split()
    last = words[-1]
    if _SIBILANT_PLURAL.search(last):
        words[-1] = last[:-2]  # "hot flushes", "rashes", "abscesses"
    elif last.endswith("s") and not _NOT_PLURAL.search(last) and len(last) > 3:
        words[-1] = last[:-1]
    return " ".join(words)


# "21 of 48 patients (", "eleven of the forty-one lenvatinib-treated patients ("
_COUNT_OF_BEFORE = grammar("results", "count_of_before")  # "1 of 13 patients in arm A (7.7%)"
_OPENING = re.compile(r"[(\[]")
_BRACKET_AFTER = re.compile(r"[^()\[\].;]{0,80}?[(\[]")  # the bracket of numbers after an event
_LABEL_IN_BRACKET = re.compile(r"[(\[]\s*[A-Za-z]{2,6}\s*[,:=]?\s*$")  # "(ORR, " right before a share
# "(22 patients, 47.8%; grade 3 in 6, 13.0%)": the count of the grade's share
_GRADE_COUNT_IN = grammar("results", "grade_count_in")
_COUNT_IN_BRACKETS = grammar("results", "count_in_brackets")
# a sentence without one of these reports no outcome, adverse event or comparison
_RESULT_LABELS = {"RESULT", "RATIO", "P_VALUE", "CI", "AE_TERM", "ENDPOINT", "AE_GRADE"}
_BRACKETS = re.compile(r"[()\[\]]")
# "... 2 (5.6%) had a partial response", "5 (10%) with CR": a verb or "with" right before the endpoint
# after a value (not "53.1% with TACE plus placebo, and complete responses": an arm's name between)
_LINK_TO_ENDPOINT = grammar("results", "link_to_endpoint")
_CLOSING = re.compile(r"[)\]]")
_ABBREVIATION_AFTER = grammar("results", "abbreviation_after")  # " [ORR]" after an endpoint
_GLOSS_CLOSE = re.compile(r"[)\]]\s*:")  # "Tumour shrinkage (objective response): ..."
_CLAUSE_OR_LINE_BREAK = re.compile(r"[;\n]")
_COUNT_THEN_BRACKET = grammar("results", "count_then_bracket")  # "CR in 8 (13.8%)": the count and share after their endpoint
_CLAUSE_BREAK = re.compile(r"[),;\]]")
_QUALIFIER = grammar("results", "qualifier")  # "(grade III or higher)", ", an expected effect of X,"
_NEXT_OF_PAIR = grammar("results", "next_of_pair")  # "61.7%]; 9 [", "(49.3%) / 11": the pair's second number next
_GRADE_PAIR_GAP = grammar("results", "grade_pair_gap")  # "any grade [grade >=3]", "any grade, n (%) / grade >=3, n (%)"
_CLAUSE_END = re.compile(r";|\.\s")
_AND_OR_SEMI = grammar("results", "and_or_semi")
_PERCENT_SIGN = grammar("results", "percent_sign")  # "53.4 per cent" (British journals)
_GAP_FILLER = grammar("results", "gap_filler")  # "... and 1 of 165 (": not the list's comma
_COUNT_THEN_CI = grammar("results", "count_then_ci")  # "48.6% (18/37; 95% CI"
# "29.4% (35 of 119)", "4.7% (nine of 190)"
_OF_IN_BRACKETS_AFTER = grammar("results", "of_in_brackets_after")
_TOTAL_AFTER = grammar("results", "total_after")  # "(27%; 95% CI 14–43) of 41"


def _in_earlier_terms_bracket(text: str, lo: int, pos: int, term, terms) -> bool:
    """Whether ``pos`` is inside a bracket written after an earlier term and closed before ``term``
    ("ALT increased (9.9%; vs 7.8% with TACE alone) and platelet count decreased (6.6%)": the arm
    named in ALT's bracket is not the platelets')."""
    opened = marks.open_before(text, lo, pos)
    if opened is None or pos >= term.start_char:
        return False
    closed = marks.closing(text, opened + 1, term.start_char)
    return closed is not None and any(x.end_char <= opened for x in terms if x is not term)


_VERSUS = grammar("results", "versus")
_OPENS_BRACKET = re.compile(r"\s*[(\[]\s*")
# after "N patients in the A group": "and 2 in the B group" (a count whose noun the first one gives)
_ELLIPTIC_COUNT = grammar("results", "elliptic_count")
_ELLIPTIC_DEATH_COUNT = grammar("results", "elliptic_death_count")  # "two deaths in A and one in B"


class _Offsets:
    """Character offsets of a number read without a tagged span (a bare count)."""

    __slots__ = ("start_char", "end_char")

    def __init__(self, start_char: int, end_char: int):
        self.start_char, self.end_char = start_char, end_char


_VERB_GAP = grammar("results", "verb_gap")
_NEW_CLAUSE = grammar("results", "new_clause")
_WORD_BEFORE_LETTER = grammar("results", "word_before_letter")  # "... with S."
_COUNT_BEFORE_BRACKET = grammar("results", "count_before_bracket")  # "3 patients (11.1%) after SBRT (" before "term, n = 1"
_SHARE_FIRST = re.compile(r"\s*\d+(?:[.·]\d+)?\s*%\s*;")  # "(16.7%; ...": a share's bracket
_ITEM_OPENS = re.compile(r"[;(\[]\s*$")  # a list item's start inside a bracket
_LIST_GAP = grammar("results", "list_gap")  # "16.1 mo, " / " and "
_OPENS_ONLY = re.compile(r"\s*[(\[]\s*")
# an arm's name where a reference to it starts: "arm A", "A", "TACE-L"
_REF_NAME = grammar("results", "ref_name")
# a bracket opening on a share's count: "(12 [27.9%])", "(12, 27.9%)", "(12 patients; 27.9%)"
_OPENS_ON_COUNT = grammar("results", "opens_on_count")
_OPENS_SHARE = re.compile(r"\s*[(\[]\s*(\d+(?:[.·]\d+)?)\s*%")  # "complete response (3.3%)", "Two deaths (0.6%)"


_SIDED_GAP = 50  # characters between a one-sided p and its two-sided one ("P = .999 for noninferiority; two-sided P = .0016")
_CLOSES = re.compile(r"\s*[)\]]")


def _qualified_grade_bracket(text: str, term_end: int, grade: Span) -> bool:
    """"Abdominal pain during arterial infusion (grade 1-2) occurred in 22": a bracket of the grade
    alone after a short qualifier of the event (words only, no number or clause break) is the event's."""
    opening = max(text.rfind("(", term_end, grade.start_char), text.rfind("[", term_end, grade.start_char))
    return 0 <= opening - term_end <= 40 and _WORDS_ONLY.fullmatch(text, term_end, opening) is not None \
        and (m := _GRADE_BRACKET.match(text, opening)) is not None and m.end() >= grade.end_char


def _bracketed_after(text: str, after: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short form standing alone in brackets opened right at
    ``after``: "adverse events (AEs)", not "death (upper gastrointestinal hemorrhage)"."""
    return (_ABBREVIATION.fullmatch(text, start, end) is not None and _OPENS_ONLY.fullmatch(text, after, start) is not None
            and _CLOSES.match(text, end) is not None)


def _declared_pair(grades, text: str, until: int) -> Optional[tuple[str, str]]:
    """Two grades written as a pair before until ("any grade / grade >=3"): (first, second)."""
    for g1, g2 in zip(grades, grades[1:]):
        if g2.end_char <= until and _GRADE_PAIR_GAP.fullmatch(text, g1.end_char, g2.start_char):
            a, b = parse_grade(g1.text), parse_grade(g2.text)
            if a and b and a != b:
                return a, b
    return None


def _grade_before_value(term, value: Optional[dict], grades, values) -> Optional[str]:
    """A grade written after the term and right before one of its numbers is that number's:
    "adverse events occurred in 35 (92%) and were grade 3-4 in 17 (45%)"."""
    if value is None:
        return None
    before = [g for g in grades if term.end_char <= g.start_char and g.end_char <= value["pos"]
              and value["pos"] - g.end_char <= 20
              and not any(g.end_char <= v["pos"] < value["pos"] for v in values if v is not value)]
    return parse_grade(before[-1].text) if before else None


# "39/42 pts (93%)", "(21/58, 36.2%)"
_PATIENTS_BEFORE_SHARE = grammar("results", "patients_before_share")
_ZERO_AFTER_SHARE = grammar("results", "zero_after_share")  # "16 (10.7%) and 0 patients"


def _without_bracketed_definition(terms: list, values: list[dict], text: str, end: int) -> list:
    """"Hepatic decompensation (new or worsening ascites, hepatic encephalopathy, or variceal bleeding)
    occurred in 13 (19.1%)": the events listed in a bracket of no numbers, right after an event whose
    numbers follow the bracket, define that event; they are no events of their own."""
    out = list(terms)
    for t in terms:
        m = _OPENING_BRACKET.match(text, t.end_char)
        close = marks.closing(text, m.end(), end) if m else None
        if close is None or any(m.end() <= v["pos"] < close for v in values) \
                or not any(close < v["pos"] <= close + 40 for v in values):
            continue
        inside = [x for x in out if m.end() <= x.start_char < close]
        if len(inside) >= 2:  # (a list; not one synonym or short form: "Stomach pain (abdominal pain): 40 of 170")
            out = [x for x in out if x not in inside]
    return out


_OPENING_BRACKET = re.compile(r"[ \t]*[(\[]")


@lru_cache(maxsize=1)
def _class_members() -> dict[str, frozenset]:
    """The drugs of each drug class (``patterns/drug_class_members.json``), combined classes included."""
    data = load_json("drug_class_members.json")
    members = {name: frozenset(drugs) for name, drugs in data.items() if not name.startswith("_") and name != "combined"}
    for name, parts in data["combined"].items():
        members[name] = frozenset().union(*(members[p] for p in parts))
    return members


def _class_arm(name: str, arms: list[Arm]) -> Optional[int]:
    """The one arm whose drugs (placebo aside) all belong to the class ``name``, or None."""
    members = _class_members().get(name)
    if not members:
        return None
    fits = [k for k, a in enumerate(arms)
            if (drugs := {c["name"] for c in a.components if c["kind"] == "drug" and c["name"] != "placebo"})
            and drugs <= members]
    return fits[0] if len(fits) == 1 else None


def _skip_bare_noun(ents, k: int, step: int):
    """``ents[k]``, or the one beyond it when it is a bare "pts"/"patients" (a SAMPLE_SIZE with no
    number): "39/42 pts (93%)" writes the count, the noun, then the share."""
    if 0 <= k < len(ents) and ents[k].label_ == "SAMPLE_SIZE" and not any(c.isdigit() for c in ents[k].text):
        k += step
    return ents[k] if 0 <= k < len(ents) else None


def _whole(text: str) -> Optional[int]:
    """A count written in figures or words ("12", "two"), or None when it is none or not whole."""
    n = parse_number(text)
    return int(n) if n is not None and float(n).is_integer() else None


_PAIR_JOINER = grammar("results", "pair_joiner")  # "27.3% vs 11.9%"
_VERSUS_GAP = grammar("results", "versus_gap")  # "(46.8%) vs 41": between one arm's number and the next arm's
_PAIR_BRACKET = grammar("results", "pair_bracket")  # "11.9% (30/110 ..."


def _paired_fractions(ents, text: str) -> dict[int, Span]:
    """Share start -> its fraction for "a% vs b% (c/n vs d/m)": two shares compared, then their
    counts compared in the bracket after them, in the same order."""
    out: dict[int, Span] = {}
    for k in range(len(ents) - 3):
        p1, p2, f1, f2 = ents[k:k + 4]
        if (p1.id_, p2.id_, f1.id_, f2.id_) == ("percent", "percent", "fraction", "fraction") \
                and all(x.label_ == "RESULT" for x in (p1, p2, f1, f2)) \
                and _PAIR_JOINER.fullmatch(text, p1.end_char, p2.start_char) \
                and _PAIR_BRACKET.fullmatch(text, p2.end_char, f1.start_char) \
                and _PAIR_JOINER.fullmatch(text, f1.end_char, f2.start_char):
            out[p1.start_char], out[p2.start_char] = f1, f2
    return out


def _count_item(span, count: int, total: Optional[int] = None) -> dict:
    """A number that is a count of patients (no share): "n = 7", "4/7", "biloma in 2"."""
    item = {"span": span, "pos": span.start_char, "kind": "count", "value": None, "unit": None, "count": count}
    if total is not None:
        item["total"] = total
    return item


def _zero_share(span, total: Optional[int] = None) -> dict:
    """A share of none: "(24.0% vs. 0)" after a share, "in none of 60 placebo recipients"."""
    item = {"span": span, "pos": span.start_char, "kind": "percent", "value": 0, "unit": "%"}
    if total is not None:
        item.update(count=0, total=total)
    return item


def _cause_count(m: re.Match) -> tuple[float, tuple[int, int]]:
    """(count, its span) of a ``death_cause_n_after`` match: "n = 2" (group 1) or "in two" (group 2)."""
    k = 1 if m.group(1) else 2
    return parse_number(m.group(k)), m.span(k)


def _n_eq(span) -> int:
    """The count in "n = 13", "n = 33/43"."""
    return int(re.findall(r"\d+", span.text.replace(",", ""))[0])


def _add_n_eq(item: dict, span) -> None:
    """The count of "n = 13" into ``item``, and the total too of "n = 33/43"."""
    item["count"] = _n_eq(span)
    m = re.search(r"/\s*(\d[\d,]*)", span.text)
    if m:
        item["total"] = int(m.group(1).replace(",", ""))


_SIGN_CHARS = "\u2265\u2264<>"  # the comparison signs a threshold is written with


def _signed(number: str) -> float:
    """A score written with a sign of any dash ("-2.1", "\u22122\u00b71", "+2.1", "\u2013 4.3")."""
    return float(re.sub(r"\s", "", number).replace("\u2212", "-").replace("\u2013", "-").replace("\u00b7", ".").lstrip("+"))


def _fraction(span) -> tuple[int, int]:
    """(count, total) of "4/7"."""
    a, b = span.text.split("/")
    return int(a), int(b)


class _Mention(NamedTuple):
    """A mention found by a cue, read like an entity span (offsets, label, id)."""
    start_char: int
    end_char: int
    label_: str
    id_: str


class Heading(NamedTuple):
    """A registry outcome heading line naming an endpoint ("2. Secondary: Overall Survival (OS)"),
    or, with ``events`` ((grade, terms)) and no ``code``, one about adverse events."""
    code: Optional[str]
    end: int
    start: int
    events: Optional[tuple[Optional[str], list[str]]] = None


def _members_of_lists(opened: list[tuple[int, int]], terms: list, end: int,
                      cut: Optional[Callable[[int, int], int]] = None,
                      keep: Optional[Callable[[int, int], bool]] = None) -> dict[int, int]:
    """Term index -> arm, for lists that open at each ``(start, arm)`` of ``opened`` and run to the
    next one (or ``end``; ``cut(start, stop)`` may end one sooner): the terms written inside a list
    (that ``keep(k, start)`` accepts) are its arm's."""
    out = {}
    for i, (start, arm) in enumerate(opened):
        stop = opened[i + 1][0] if i + 1 < len(opened) else end
        if cut is not None:
            stop = cut(start, stop)
        for k, t in enumerate(terms):
            if start <= t.start_char < stop and (keep is None or keep(k, start)):
                out[k] = arm
    return out


def _arms_by_totals(items: list[dict], arms: list) -> Optional[list[int]]:
    """The arm of each item of a list by its denominator, when each is a different arm's size
    (one arm whose size is not known yet may take the one denominator no size matches)."""
    totals = [item.get("total") for item in items]
    if len(items) < 2 or None in totals or len(set(totals)) != len(totals):
        return None
    sizes = [a.n for a in arms if a.n is not None]
    if len(set(sizes)) != len(sizes):
        return None
    by_size = {a.n: k for k, a in enumerate(arms) if a.n is not None}
    unsized = [k for k, a in enumerate(arms) if a.n is None]
    unmatched = [t for t in totals if t not in by_size]
    if len(unmatched) > 1 or (unmatched and len(unsized) != 1):
        return None
    out = [by_size[t] if t in by_size else unsized[0] for t in totals]
    return out if len(set(out)) == len(out) else None


def _one_each_for_the_rest(total, counts: list) -> list:
    """The counts of a death's causes, those not written set to 1 when the total leaves exactly
    one death for each ("four deaths (hepatic failure [n=2], haemorrhage, and hepatitis)")."""
    missing = [c for c in counts if c is None]
    if total is None or not missing or total - sum(c for c in counts if c is not None) != len(missing):
        return counts
    return [1 if c is None else c for c in counts]


def _next_else_last(after: list, before: list) -> Optional[int]:
    """The arm named first after a term, else the one named last before it."""
    return after[0] if after else (before[-1] if before else None)


def _share_unit(value: dict) -> Optional[str]:
    """A value's unit, a bound share's ("1 (<1%)") being a share's."""
    return "%" if value.get("bound") else value["unit"]


def _ev(span: Span) -> list[int]:
    return [span.start_char, span.end_char]


class ResultExtractor:
    def __init__(self, cues: dict, expand):
        """``cues``: the compiled cue regexes (``cues.compile_cues``)."""
        self.expand = expand
        self.respectively = cues["respectively"]
        self.endpoint_clause_joiner = cues["endpoint_clause_joiner"]  # "..., and 3-year and 5-year RFS were"
        self.landmark_gap = cues["landmark_gap"]  # "3-year and 5-year " between the joiner and the endpoint
        self.landmark_after_start = cues["landmark_after_start"]  # "One year after starting treatment, ..."
        self.pooled_first = cues["pooled_first_in_list"]  # "14.5% (9/62) overall, 20.6% ... in cohort 1 and ..."
        self.group_joiner = cues["landmark_group_joiner"]  # the ", and" between arms' runs of landmark rates
        self.subgroup = cues["subgroup"]
        self.subgroup_share = cues["subgroup_share"]  # "40.0% (12/30) in patients with a PD-L1 CPS >= 1"
        self.subgroup_clause = cues["subgroup_clause"]  # ", and in patients with AFP >= 400 ng/mL the HR was"
        self.subgroup_heading = cues["table_subgroup_heading"]  # "PFS subgroups", "Sensitivity analyses" on a line
        self.subgroup_association = cues["subgroup_association"]  # "associated with", unless an arm is named before it
        self.other_population = cues["other_population"]  # "Before matching, ...", "In patients with baseline AFP ..."
        self.subgroup_among = cues["subgroup_among"]  # "Among patients with Vp4 thrombus, ..."
        self.per_lesion = cues["per_lesion"]  # "Per-lesion CR was achieved in 97 of 142 lesions"
        self.ratio_opening = cues["ratio_opening"]  # "The HR was ...", "For group C versus group A the HR was ..."
        self.topic_heading = cues["topic_heading"]  # "3.2 | Stratum U" on a line of its own
        self.subgroup_population = cues["subgroup_population"]  # "In patients within the Milan criteria, ..."
        self.timepoint = cues["timepoint"]
        self.not_reached = cues["not_reached"]
        self.skip_before = cues["value_skip_before"]
        self.cited_result_before = cues["cited_result_before"]  # "... study [11], which reported an ORR of 40.8%"
        self.uncoded_measure = cues["uncoded_measure"]  # ", and conversion to resection": a measure with no code
        self.analysed_in_label = cues["analysed_in_label"]  # "Arm A (Overall Number of Participants Analyzed: 44):"
        self.score_mean = cues["score_mean"]  # "least-squares mean change", "Mean ... scores"
        self.score_verb = cues["score_verb"]  # where the scores start: after "was", "were", ":"
        self.score_baseline = cues["score_baseline"]  # "Mean baseline GHS/QoL scores were ...": no result
        self.score_stop = cues["score_stop"]  # a between-group difference: its numbers are no arm's
        self.score_value = cues["score_value"]  # "-2.1 points (95% CI -3.8 to -0.4)", "64.8 +/- 16.2"
        self.mean_before = cues["mean_before"]  # "mean" before an endpoint or a time: the time is a mean
        self.arm_line_prefix = cues["arm_line_prefix"]  # what may come before an arm's name opening a line of values
        self.arm_line_note = cues["arm_line_note"]  # a note in square brackets after an arm's value
        self.topic_opening = cues["topic_opening"]  # "In the expansion cohort, ...": a paragraph about one arm
        self.safety_topic_opening = cues["safety_topic_opening"]  # "Safety was evaluated in 326 patients who received A"
        self.p_boundary = cues["p_boundary"]  # "efficacy boundary (two-sided p=0.0128)": a threshold
        self.one_sided, self.two_sided = cues["one_sided"], cues["two_sided"]
        self.no_complete_response = cues["no_complete_response"]  # "with no complete responses": CR 0
        self.own_event_verb = cues["own_event_verb"]  # "; X occurred in 2 patients": X's own clause
        self.restated_one_sided = cues["restated_one_sided"]  # "the corresponding one-sided p-value was 0.0045"
        self.opening_landmark, self.landmark_of_two = cues["opening_landmark"], cues["landmark_of_two"]
        self.tight_arm_after, self.arms_after_list = cues["tight_arm_after"], cues["arms_after_list"]
        self.compared_to, self.compared_bracket = cues["compared_to"], cues["compared_bracket"]
        self.bracket_counts, self.versus_between = cues["bracket_counts"], cues["versus_between"]
        self.two_sided_before = cues["two_sided_before"]  # "two-sided P = .008, one-sided P = .004"
        self.dlt_mention, self.dlt_of_total = cues["dlt_mention"], cues["dlt_of_total"]  # dose-limiting toxicities
        self.dlt_total_first, self.dlt_in_count = cues["dlt_total_first"], cues["dlt_in_count"]
        self.dlt_and_in_count, self.dlt_none, self.dlt_none_total = (
            cues["dlt_and_in_count"], cues["dlt_none"], cues["dlt_none_total"])
        self.every_arm_after = cues["every_arm_after"]  # "... in either arm": each arm's
        self.ae_not_observed = cues["ae_not_observed"]  # "Classic RILD was not observed": count 0
        self.inline_definition = cues["inline_definition"]  # "X, defined as ..., occurred in 6"
        self.time_endpoints = cues["table_time_endpoints"]  # endpoints measured as a time (a median)
        self.sample_size = cues["sample_size_sentence"]  # a sample-size calculation: its numbers are assumptions
        self.assumed_values = cues["assumed_values_before"]  # "assuming a 5-year OS of 75% after A and 60% after B"
        self.design_assumption = cues["design_assumption"]  # "assuming ... an HR of 0.70": not a result
        self.skip_after = cues["value_skip_after"]
        self.none_of_total = cues["none_of_total"]  # "in none of 60 assessable placebo recipients"
        self.time_bound_before = cues["time_bound_before"]  # "fewer late (>2 years) recurrences": a bound, no median
        self.no_response = cues["no_response"]
        self.ae_none = cues["ae_none"]
        self.ae_none_patient = cues["ae_none_patient"]
        self.none_in_arm = cues["none_in_arm"]            # "... and none in the placebo group"
        self.corresponding = cues["corresponding_opening"]  # "The corresponding RFS rates were ..."
        self.events_count = cues["table_events_row"]  # "RFS events had occurred in 127 (38.0%)": no rate
        self.timepoint_list = cues["timepoint_list"]  # "1-, 3- and 5-year", "at 1, 3, and 5 years"
        self.timepoint_pair = cues["timepoint_pair"]  # "at 1 year and 2 years"
        self.ae_named_terms = cues["ae_named_terms"]  # terms written in many forms: the entry's name
        self.zero_versus = cues["zero_versus"]            # "(0 vs 15 [11.5%])"
        self.versus_zero = cues["versus_zero"]            # "(7 [4.2%] vs 0)"
        self.ae_as_reason = cues["ae_as_reason"]          # "stopped for toxicity": a reason, not an event count
        self.ae_rule = cues["ae_rule"]  # "reduced by 25% after grade 3 neuropathy": a condition, not an event
        self.ae_most_common = cues["ae_most_common_predicate"]  # "X was the most frequent toxicity": X's numbers
        self.fatal = cues["fatal"]
        self.serious = cues["ae_generic_serious"]
        self.serious_graded_after = cues["serious_graded_after"]  # "Serious side effects (grade 3 or higher)": a grade
        self.arm_letters = cues["arm_letters"]
        self.coordinated_groups, self.coordinated_tail = cues["coordinated_groups"], cues["coordinated_tail"]
        self.ae_patients_before = cues["ae_patients_count_before"]  # "hepatic failure occurred in 12 patients"
        self.outcome_row = cues["outcome_definition_row"]  # "Secondary Outcome | Overall survival | 24 months"
        self.registry_field = cues["table_registry_field"]  # "Description: ...": a field, not a heading
        self.analysis_block = cues["analysis_block"]  # "Statistical Analysis 2": the measure above it goes on
        self.measure_heading, self.event_count_heading = cues["measure_heading"], cues["event_count_heading"]
        self.in_each_arm = cues["in_each_arm"]  # "(two patients in each group)": a count of every arm
        self.share_bound_before = cues["share_bound_before"]  # "in >=2% of patients": a bound
        self.event_count_close = cues["event_count_bracket_close"]  # "(2 patients)", "(two in each group)"
        self.combination_ref = cues["combination_ref"]
        self.count_ref = cues["count_ref"]  # "the triplet arm": the arm of three components
        self.event_count_comma = cues["event_count_comma"]
        self.radiation_ref = cues["radiation_ref"]
        self.class_arm_noun = cues["class_arm_noun"]  # "TKI" + " arm"
        self.pooled = cues["pooled"]
        self.definition = cues["definition"]
        self.ae_value_before = cues["ae_value_before"]
        self.ae_site = cues["ae_site_modifier"]
        self.ae_list_cue = cues["ae_list_cue"]
        self.ae_named_most_common = cues["ae_named_most_common"]
        self.ae_list_closing = cues["ae_list_closing"]  # "..., and C (..) were the most frequent AEs of any grade"
        self.phase1_ref, self.expansion_ref = cues["phase1_ref"], cues["expansion_ref"]
        self.criterion_after = cues["criterion_after"]
        self.ratio_events = [(re.compile(rx, re.IGNORECASE), code) for rx, code in cues["ratio_event_endpoints"].items()]  # "for death": OS
        self.ratio_events_fallback = [(re.compile(rx, re.IGNORECASE), code)
                                      for rx, code in cues["ratio_event_fallback_endpoints"].items()]  # "of recurrence": TTR
        self.ae_general_heads = cues["ae_general_heads"]
        self.ae_generic_terms = cues["ae_generic_terms"]
        self.ae_bare_count = cues["ae_bare_count"]        # "biloma in 2"
        self.death_cause_n_after = cues["death_cause_n_after"]  # "hepatitis (n = 1)" in a bracket of causes
        self.count_of_before_label = cues["count_of_before_label"]  # "Nine of 40 patients had ... (ORR, 22.5%"
        self.of_total_head = cues["of_total_head"]  # "Of the 58 patients evaluable for response, ..."
        self.all_of_grade = cues["all_of_grade"]  # "(66/122, 54.1%; all grade 1-2)"
        self.ae_count_before = cues["ae_count_before"]    # "2 had grade 3 colitis"
        self.ae_each_continues = cues["ae_each_continues"]  # ", and grade 4 ascites" after "1 each had ..."
        self.ae_count_each = cues["ae_count_each"]  # "(1 each [2.9%])", "(n = 1 each)", "in one patient each"
        self.ae_each_joiner = cues["ae_each_joiner"]  # what joins the events a count "each" is of
        self.population_after = cues["population_after"]  # "the safety population", "AEs led to dose reduction"
        self.versus_none = cues["versus_none"]            # "(46 [18%] vs none)"
        self.ae_grade_split = cues["ae_grade_split"]  # "(46.2%; grade 1/2/3: 9/10/5)"
        self.response_count_before = cues["response_count_before"]  # "1 complete response", "2 had PD"
        self.response_count_elided = cues["response_count_elided"]  # "1 complete and 5 partial responses"
        self.ratio_continued_pair = cues["ratio_continued_pair"]  # "...; B vs C 0.74 [0.62-0.88]"
        self.ratio_continued = cues["ratio_continued"]    # "0.68 (95% CI ...) for A and 0.52 (95% CI ...) for B"
        self.ratio_continued_and = cues["ratio_continued_and"]  # "0.61 (0.52-0.72; p<0.0001) and 0.93 (0.79-1.10)"
        self.ratio_bare_ci = cues["ratio_bare_ci"]        # "HR 0·69 [0·52–0·91]"
        self.value_bare_ci = cues["value_bare_ci"]        # "12·3 months (10·4–13·9)", "3·8 months [3·6–4·5]"
        self.value_open_ci = cues["value_open_ci"]        # "61.7 (48.3 to not estimable) months"
        self.ci_list_next = cues["ci_list_next"]          # "95% CI, 6.9 to 8.8 | and 3.6 to 4.6"
        self.time_unit_after = cues["time_unit_after"]    # "19.2 (95% CI ...) vs 13.4 months": the unit written later
        self.pair_label_at = cues["pair_label_at"]  # "(A vs B: HR ...)": A names no value
        self.comparator_before = cues["comparator_before"]  # "HR vs SOR ... for A and ... for B"
        self.compared_arm_after = cues["compared_arm_after"]  # "16.9 months versus" B: B is the comparator
        self.death_count_before = cues["death_count_before"]  # "Two (1%) treatment-related deaths"
        # "A and B occurred in 7.8% (5/64) and 9.4% (6/64)": one number each, in order
        self.paired = (cues["paired_terms_joiner"], cues["paired_values_joiner"], cues["paired_verb_gap"])
        self.compared_rate_gap = cues["compared_rate_gap"]  # "X was more frequent in A than in B [a% vs b%]"
        self.died_of = cues["died_of"]  # "died of TRAEs": the generic events after it were deaths
        self.died_count_before = cues["died_count_before"]  # "Two patients (0.8%) in the A arm" died of ...
        self.died_after_value = cues["died_after_value"]  # "and one patient (1.0%) died of X": not the term before's
        self.result_anaphora = cues["result_anaphora"]  # "With A it was 5.4 months": the endpoint before
        self.risk_change_before, self.risk_change_after = cues["risk_change_before"], cues["risk_change_after"]  # "reduced by 32%"
        # the fields over a single arm's registry value: "Measure Type: ...", "Unit of Measure: ...", "... Analyzed: 40"
        self.registry_measure_type = cues["registry_measure_type"]
        self.registry_unit, self.registry_analysed = cues["registry_unit"], cues["registry_analysed"]
        self.next_arm_gap = cues["next_arm_gap"]          # "... after resection and in 3 (1.8%)"
        self.same_arm_after = cues["same_arm_after"]  # "and 1 patient (2.1%) in the same arm": not the next arm's
        self.pair_gap = cues["pair_gap"]
        self.death_cause_count = cues["death_cause_count"]  # "(one hepatic failure, two ...)"
        self.group_list_verb = cues["group_list_verb"]  # "HAIC group were": a list of that arm's opens
        self.death_cause_bracket = cues["death_cause_bracket"]  # "two deaths in arm A (hepatic failure ...)"
        self.death_cause_each = cues["death_cause_each"]  # "(hepatic failure and sepsis, one each)"
        self.death_word = cues["death_word"]
        self.death_list_colon, self.death_list_split = cues["death_list_colon"], cues["death_list_split"]
        self.death_list_count = cues["death_list_count"]  # "deaths: X in one patient in the A group, and ..."
        self.count_before_ref = cues["count_before_ref"]  # "two [sorafenib-treated patients]"
        self.had_event = cues["had_event"]  # "... patients had [fatal adverse events]"
        self.death_cause_after = cues["death_cause_after"]  # "two deaths, due to hepatic failure": their cause
        self.death_related_after = cues["death_related_after"]  # "Two deaths ... were considered related to treatment"
        self.ae_none_deaths = cues["ae_none_deaths"]      # "no treatment-related deaths": grade 5
        self.ae_none_any_event = cues["ae_none_any_event"]
        self.event_count_bracket = cues["event_count_bracket"]  # "hepatitis (grade 3, n = 2)"
        self.ae_list_next_head = cues["ae_list_next_head"]  # "(n = 1), and in four (" before a second list's number
        self.ae_list_opener = cues["ae_list_opener"]  # "in the MWA group, namely": see _list_opened
        self.ae_grade_continues = cues["ae_grade_continues"]  # "these were ...": the grade of the sentence before
        self.ae_grade_heading = cues["ae_grade_heading"]  # "Toxicity (...; WHO grade 3/4).": its paragraph's grade
        self.tables = TableReader(cues, self._ae_terms, self.expand, own_term)
        self.ref_right_after = cues["ref_right_after"]
        self.control_ref = cues["control_ref"]  # "the control arm"
        self.experimental_ref = cues["experimental_ref"]  # "the intervention arm": the other of two
        self.clause_after_ref = cues["clause_after_ref"]  # "... with the combination, and": a clause's closing arm
        self.choice_arm = cues["choice_arm"]  # "investigator's choice of sorafenib or lenvatinib": one control treatment
        self.dose_level_ref = cues["dose_level_ref"]  # "with the higher dose": of two doses of one drug
        self.time_ref_before = cues["time_ref_before"]  # "all resolving before surgery": not an arm
        self.own_scale_after = cues["own_scale_after"]  # "liver failure (ISGLS grade B)": no CTCAE grade
        self.grade_scale_between = cues["grade_scale_between"]  # "complications (Clavien-Dindo grade >=III)"
        self.arm_word_after = cues["arm_word_after"]  # "the TACE arm": an arm named by its own treatment

    # -- arm references ----------------------------------------------------------------------
    def arm_refs(self, sent: Sentence, arms: list[Arm]) -> list[tuple[int, int]]:
        """(char position, arm index) of every reference to an arm in the sentence."""
        refs: list[tuple[int, int]] = []
        text, s0 = sent.text, sent.start_char
        for m in self.arm_letters.finditer(text):
            for lm in re.finditer(r"[A-Z0-9]", m.group(1)):
                letter = lm.group().lower()
                idx = self._alias_arm(f"arm {letter}", arms)
                if idx is None:
                    idx = self._alias_arm(f"group {letter}", arms)
                if idx is not None:
                    refs.append((s0 + m.start(1) + lm.start(), idx))
        # "with the combination": the one arm with the most treatments
        chosen = chosen_arms(arms, self.choice_arm)  # an investigator's choice
        sizes = treatment_counts(arms, chosen)
        top = combination_index(sizes)
        if top is not None:
            for m in self.combination_ref.finditer(text):
                refs.append((s0 + m.start(), top))
        # "in the triplet arm", "the doublet": the one arm of three (two) components; a procedure's
        # contents count too ("TACE with epirubicin and lipiodol"), so the triplet is the arm with
        # the most components when it has three or more, and a doublet no arm has exactly two of is,
        # of two arms, the larger
        active = [a.names - {"placebo"} for a in arms]
        for m in self.count_ref.finditer(text):
            triplet = m.group(1).lower().startswith("trip")
            hits = [k for k, a in enumerate(arms) if len(active[k]) == (3 if triplet else 2)]
            if triplet and top is not None and sizes[-1][0] >= 3:
                refs.append((s0 + m.start(), top))
            elif len(hits) == 1:
                refs.append((s0 + m.start(), hits[0]))
            elif not triplet and not hits and len(arms) == 2 and top is not None:
                refs.append((s0 + m.start(), top))
        # "in the TKI arm": the one arm whose drugs all belong to the class
        for e in sent.of("DRUG_CLASS"):
            if self.class_arm_noun.match(sent.doc_text, e.end_char):
                k = _class_arm(e.id_, arms)
                if k is not None:
                    refs.append((e.start_char, k))
        # "of the irradiated thrombus": the one arm with radiation
        irradiated = self._radiation_arm(arms)
        if irradiated is not None:
            for m in self.radiation_ref.finditer(text):
                refs.append((s0 + m.start(), irradiated))
        # "in the control arm": the placebo arm, else of two arms the one whose treatments the other adds to
        control = self._control_arm(arms, chosen)
        if control is not None:
            for m in self.control_ref.finditer(text):
                refs.append((s0 + m.start(), control))
            if len(arms) == 2:  # "in the intervention arm": the arm that is not the control
                for m in self.experimental_ref.finditer(text):
                    refs.append((s0 + m.start(), 1 - control))
        named: list[tuple[int, int]] = []  # the text of alias references
        hits: list[tuple[int, int, int]] = []  # (start, end, arm) of each alias written
        for k, arm in enumerate(arms):
            for alias in arm.aliases:
                if len(alias) < 2 and not alias.isalpha():
                    continue
                # a one-letter name ("sorafenib (S)") only in capitals, and not a code's part ("S-1", "RT-S") or an
                # initial ("S. Qin"; "... with S." ends a sentence)
                spans = fastre.literal_spans(text, alias, partial(fastre.standalone, text), ignore_case=True) \
                    if len(alias) > 1 else [(a, b) for a, b in fastre.literal_spans(
                        text, alias.upper(), partial(fastre.standalone, text), ignore_case=False)
                        if text[b:b + 1] not in ("-", "'", "’", "+", "/") and text[a - 1:a] not in ("+", "/", "-") and (
                            text[b:b + 1] != "." or _WORD_BEFORE_LETTER.search(text, max(0, a - 10), a))]
                hits.extend((a, b, k) for a, b in spans)
        for a, b, k in hits:
            # "In the DEB-TACE+S group": the other arm's "DEB-TACE" inside this arm's longer name is no reference
            if not any(k2 != k and a2 <= a and b <= b2 and b2 - a2 > b - a for a2, b2, k2 in hits):
                refs.append((s0 + a, k))
                named.append((s0 + a, s0 + b))
        # "in the HAIC and HAIC-T groups": "HAIC" is the arm "HAIC group"
        for m in self.coordinated_groups.finditer(text):
            noun = " " + m.group(1).lower()
            window = text[max(0, m.start() - 80):m.start()]
            offset = s0 + max(0, m.start() - 80)
            for k, arm in enumerate(arms):
                for alias in arm.aliases:
                    if not alias.endswith(noun) or len(alias) - len(noun) < 2:
                        continue
                    for a, b in fastre.literal_spans(window, alias[:-len(noun)], partial(fastre.standalone, window),
                                                     ignore_case=True):
                        if self.coordinated_tail.fullmatch(window, b):
                            refs.append((offset + a, k))
                            named.append((offset + a, offset + b))
        # runs of treatment mentions: "sorafenib plus HAIC", "TACE alone", "Y90-only"
        for run in treatment_runs([e for e in sent.ents if e.label_ in TREATMENT_LABELS], sent.doc_text):
            if any(a <= run[0].start_char < b for a, b in named):
                continue  # "TACE" inside the alias "LEN-TACE group" names that arm, not the TACE arm
            if self.time_ref_before.search(sent.doc_text, max(0, run[0].start_char - 15), run[0].start_char):
                continue  # "all resolving before surgery": a point in time, not an arm
            names = {c["name"] for e in run for c in component_of(e, self.expand)}
            after = sent.doc_text[run[-1].end_char:run[-1].end_char + 12]
            if any(x.label_ == "DOSE" and 0 <= x.start_char - run[-1].end_char <= 3 for x in sent.ents):
                continue  # "sorafenib 200 mg ...": a regimen being described, not a reference
            alone = bool(_ALONE_AFTER.match(after))
            idx = resolve_arm(names, arms, alone)
            if idx is None and self.arm_word_after.match(after):
                idx = resolve_arm(names, arms, alone=True)  # "the TACE arm" when every arm has TACE
            if idx is None:  # "with HAIC" when the arms are "TACE-HAIC", "HAIC" and "TACE": the arm of that name
                written = sent.doc_text[run[0].start_char:run[-1].end_char].lower()
                labelled = [k for k, a in enumerate(arms) if a.label.lower() == written]
                idx = labelled[0] if len(labelled) == 1 else None
            if idx is not None:
                refs.append((run[0].start_char, idx))
            elif len(run) > 1:
                for member in run:
                    names1 = {c["name"] for c in component_of(member, self.expand)}
                    idx1 = resolve_arm(names1, arms)
                    if idx1 is not None:
                        refs.append((member.start_char, idx1))
        doses = sent.of("DOSE")
        # (the arms' dose levels are worked out only for a sentence that writes a dose or "higher dose")
        levels = dose_levels(arms) if len(arms) >= 2 and (doses or self.dose_level_ref.search(text)) else {}
        if levels:  # "in the apatinib 750 mg group", "in the 750 mg, 500 mg and placebo groups"
            by_dose = {key: k for by in levels.values() for key, k in by.items()}
            for e in doses:
                d = parse_dose(e.text)
                idx = by_dose.get((d.dose, d.unit)) if d is not None and d.dose_max is None else None
                if idx is None or any(a <= e.start_char < b for a, b in named) or any(
                        k == idx and 0 <= e.start_char - p <= 30 and not re.search(r"[,;.)]", sent.doc_text[p:e.start_char])
                        for p, k in refs):
                    continue  # not the dose inside an arm's name already read ("Ph1 80 mg")
                refs.append((e.start_char, idx))
            if len(levels) == 1:  # "more frequent with the higher dose"
                ordered = sorted(next(iter(levels.values())).items(), key=lambda kv: kv[0][0])
                for m in self.dose_level_ref.finditer(text):
                    refs.append((s0 + m.start(), ordered[-1 if m.group(1).lower().startswith("high") else 0][1]))
        for k, arm in enumerate(arms):
            if arm.tag == "phase1":
                for m in self.phase1_ref.finditer(text):
                    refs.append((s0 + m.start(), k))
            if arm.tag == "mtd":
                for m in self.expansion_ref.finditer(text):
                    refs.append((s0 + m.start(), k))
        return sorted(set(refs))  # a name read by two rules ("LEN-TACE" as a name and in "the A and B groups") counts once

    def _under_subgroup_heading(self, sent: Sentence) -> bool:
        """Below a heading line about subgroups ("PFS subgroups", "Subgroup analyses"), up to a blank
        line: a slide's or a poster panel's lines of subgroup results."""
        end = self._subgroup_heading
        return end is not None and end <= sent.start_char and not marks.BLANK_LINE.search(sent.doc_text, end - 1, sent.start_char)

    def _is_subgroup(self, sent: Sentence, refs: list) -> bool:
        """A subgroup's or a prognostic factor's result. "associated with" is one unless an arm is
        named before it in a sentence that does not open on a population: "TACE-TKI-PD-1 was
        associated with longer median OS (...; HR 0.58)" is the main comparison."""
        if self._subgroup_cued(sent.text):
            return True
        association = self.subgroup_association.search(sent.text)
        if association is None:
            return False
        return self.subgroup_population.match(sent.text) is not None or not any(
            p < sent.start_char + association.start() for p, _ in refs)

    @staticmethod
    def _entry_criterion(sent: Sentence, values: list[dict]) -> bool:
        """A sentence outside the results that states entry criteria and reports no share ("Patients
        with grade >= 2 hepatic encephalopathy ... were excluded"): its events are no adverse events."""
        return sent.section not in ("results", "conclusion") and not any(v["unit"] == "%" for v in values) \
            and is_criteria_sentence(sent.text)

    def _subgroup_clauses_from(self, sent: Sentence) -> Optional[int]:
        """Where a sentence's subgroup clauses begin, when only clauses after a ';' are a subgroup's:
        "Median OS was 13.9 vs 8.2 months (HR 0.52; ...); in the Vp4 subgroup, median OS was 11.0 vs
        5.9 months". The main result before the ';' stays; None when the subgroup cue is in the first
        clause, or when no cue of a subgroup is in the sentence."""
        m = self.subgroup.search(sent.text)
        if m is None:
            return None
        semis = list(marks.top_level(sent.doc_text, ";", sent.start_char, sent.start_char + m.start()))
        if not semis:
            return None
        return None if self._subgroup_cued(sent.doc_text[sent.start_char:semis[-1]]) else semis[-1]

    def _subgroup_cued(self, text: str) -> bool:
        """Whether a sentence (or its first clauses) names a subgroup, another population or lesions."""
        return bool(self.subgroup.search(text) or self.subgroup_among.match(text) or self.other_population.search(text)
                    or self.per_lesion.search(text) or ("%" in text and self.subgroup_share.search(text)))

    @staticmethod
    def _radiation_arm(arms: list[Arm]) -> Optional[int]:
        """Of two or more arms, the only one given radiation or a procedure dosed in Gy (SIRT:
        the regimen cues' ``dosed_procedures``); None otherwise."""
        dosed = attachment_cues()["dosed_procedures"]
        irradiated = [k for k, a in enumerate(arms)
                      if any(c["kind"] == "radiation" or c["name"] in dosed for c in a.components)]
        return irradiated[0] if len(arms) >= 2 and len(irradiated) == 1 else None

    @staticmethod
    def _control_arm(arms: list[Arm], chosen: list[bool]) -> Optional[int]:
        """The control arm, when the arms say which it is: the one placebo arm, else the one arm of
        an investigator's choice, else of two arms the one whose treatments the other contains (an
        add-on design); None otherwise, and when an arm is already named "control" (its alias is
        read as written)."""
        if any("control" in a.aliases for a in arms):
            return None
        placebo = [k for k, a in enumerate(arms) if "placebo" in a.names]
        if len(placebo) == 1:
            return placebo[0]
        if sum(chosen) == 1:
            return chosen.index(True)  # ``chosen``: whether each arm is an investigator's choice
        if len(arms) == 2 and arms[0].names != arms[1].names:
            if arms[1].names < arms[0].names:
                return 1
            if arms[0].names < arms[1].names:
                return 0
        return None

    @staticmethod
    def _alias_arm(alias: str, arms: list[Arm]) -> Optional[int]:
        for k, arm in enumerate(arms):
            if alias in arm.aliases:
                return k
        return None

    # -- values ------------------------------------------------------------------------------
    def _event_count_in_bracket(self, ents, k: int, text: str) -> bool:
        """``n = 3`` in a bracket right after an event term: "elevated ALT (n=3)", "hepatitis
        (grade 3, n = 2)"."""
        j = k - 1
        if ents[j].label_ == "AE_GRADE" and j:
            j -= 1
        if ents[j].label_ != "AE_TERM":
            return False
        if self.event_count_bracket.fullmatch(text, ents[j].end_char, ents[k].start_char):
            return True
        # "(G3 AST increased, n = 1; G4 lipase increased, n = 1)": a graded term, a comma, its count;
        # "(16.7%; hypertension, n = 2; rash, n = 1)": a term opening an item of a share's bracket, a
        # comma, its count (not a bracket of death causes: "(hepatitis, n=1; ...)")
        if j != k - 1 or not self.event_count_comma.fullmatch(text, ents[j].end_char, ents[k].start_char):
            return False
        if j > 0 and ents[j - 1].label_ == "AE_GRADE" and len(text[ents[j - 1].end_char:ents[j].start_char]) <= 2:
            return True
        if _ITEM_OPENS.search(text, max(0, ents[j].start_char - 3), ents[j].start_char) is None:
            return False
        opened = marks.open_before(text, max(0, ents[j].start_char - 200), ents[j].start_char)
        if opened is None:
            return False
        if _SHARE_FIRST.match(text, opened + 1) is not None:
            return True
        # "... occurred in 3 patients (11.1%) after SBRT (gastroduodenal ulcer, n = 1; ...)": the bracket
        # breaks down a count written just before it (not the causes of deaths)
        before = text[max(0, opened - 40):opened]
        return _COUNT_BEFORE_BRACKET.search(before) is not None and not DEATH_WORDS.search(before)

    def values(self, sent: Sentence) -> list[dict]:
        """Reported numbers in the sentence with their count/total and CI."""
        text = sent.doc_text
        ents = sent.ents
        ae_terms = sent.of("AE_TERM")
        bare_counts = bool(ae_terms) and not any(e.label_ == "RESULT" or e.id_ == "n_eq" for e in ents)
        head = self.of_total_head.match(sent.text) if sent.text[:1] in "OoAa" or ":" in sent.text[:22] else None
        head_total = int(head.group(1).replace(",", "")) if head else 0
        items = []
        response_counts: dict[int, int] = {}  # a response category's end -> the count written before it
        paired = _paired_fractions(ents, text)  # "27.3% vs 11.9% (30/110 vs 13/109)": each share's count
        paired_counts = {id(f) for f in paired.values()}
        for k, e in enumerate(ents):
            if id(e) in paired_counts:
                continue
            if e.label_ == "RESULT" and e.id_ == "percent" and (
                    self.risk_change_before.search(text, max(sent.start_char, e.start_char - 80), e.start_char)
                    or self.risk_change_after.match(text, e.end_char)):
                continue  # "the risk for recurrence or death was reduced by 32%": a relative change, no rate
            if e.label_ == "ENDPOINT" and e.id_ in RESPONSE_CATEGORIES:
                counted = self._response_counts(e, text, sent.start_char, response_counts)
                if counted:
                    # the responders' denominator: "Of the 58 evaluable ...", "Nine of 40 ... (ORR, 22.5%),
                    # including 1 complete response"
                    total = head_total or next((x["total"] for x in reversed(items) if "total" in x), None)
                    items += [dict(x, total=total) if total else x for x in counted]
                continue
            if e.label_ == "SAMPLE_SIZE" and e.id_ == "n_eq" and k and (
                    (ents[k - 1].label_ == "ENDPOINT" and ents[k - 1].id_ in RESPONSE_CATEGORIES
                     and e.start_char - ents[k - 1].end_char <= 2)
                    or self._event_count_in_bracket(ents, k, text)):
                # a response breakdown "(CR n=5, PR n=40)"; an event count "elevated ALT (n=3)"
                items.append(_count_item(e, _n_eq(e)))
                continue
            if e.label_ == "SAMPLE_SIZE" and e.id_ == "patients" and k \
                    and self.event_count_close.match(text, e.end_char) and self._event_count_in_bracket(ents, k, text):
                # "grade 3 hyperbilirubinaemia (2 patients) and ascites (one patient)": an event's count
                n = _whole(e.text.split()[0])
                if n is not None:
                    items.append(_count_item(e, n))
                continue
            if e.label_ == "SAMPLE_SIZE" and e.id_ == "patients" and bare_counts \
                    and self.ae_patients_before.search(text, max(sent.start_char, e.start_char - 40), e.start_char):
                # "hepatic failure occurred in 12 patients in the SIRT group and in 7 patients in ...": a
                # count without a share, in a sentence that writes none
                n = _whole(e.text.split()[0])
                if n is not None:
                    items.append(_count_item(e, n))
                    # "... in 3 patients in the A group and 2 in the B group": the other arm's count
                    other = _ELLIPTIC_COUNT.match(text, e.end_char, sent.end_char)
                    m = _whole(other.group(1)) if other else None
                    # ("... and 5 patients in the B group": the count with its noun, unless read as the first was)
                    if m is not None and not any(
                            x.label_ == "SAMPLE_SIZE" and x.start_char == other.start(1) and self.ae_patients_before.search(
                                text, max(sent.start_char, x.start_char - 40), x.start_char) for x in ents):
                        items.append(_count_item(_Offsets(other.start(1), other.end(1)), m))
                continue
            if e.label_ == "SAMPLE_SIZE" and e.id_ == "patients" and k and ents[k - 1].label_ == "RESULT" \
                    and ents[k - 1].id_ == "percent" and _ZERO_AFTER_SHARE.fullmatch(text, ents[k - 1].end_char, e.start_char) \
                    and parse_number(e.text.split()[0]) == 0:
                items.append(_count_item(e, 0))  # "in 27 (18.1%), 16 (10.7%) and 0 patients": a count of none
                continue
            if e.label_ == "RESULT" and e.id_ == "n_eq":
                nxt = ents[k + 1] if k + 1 < len(ents) else None
                if nxt is not None and nxt.label_ == "RESULT" and nxt.id_ == "percent" and len(text[e.end_char:nxt.start_char]) <= 3:
                    continue  # "n = 7 [22%]": read with the percentage
                prev = ents[k - 1] if k else None
                if prev is not None and prev.label_ == "RESULT" and prev.id_ == "percent" and len(text[prev.end_char:e.start_char]) <= 4:
                    continue  # "41% [n = 13]": read with the percentage
                items.append(_count_item(e, _n_eq(e)))
                continue
            if e.label_ == "RESULT" and e.id_ == "fraction":
                nxt = _skip_bare_noun(ents, k + 1, 1)
                prev = ents[k - 1] if k else None
                beside = [x for x in (prev, nxt) if x is not None and x.label_ == "RESULT" and x.id_ == "percent"
                          and (len(text[min(x.end_char, e.end_char):max(x.start_char, e.start_char)]) <= 4
                               or x is nxt and _PATIENTS_BEFORE_SHARE.fullmatch(text, e.end_char, x.start_char))]
                if not beside:
                    items.append(_count_item(e, *_fraction(e)))
                continue
            if e.label_ != "RESULT" or e.id_ not in ("percent", "time"):
                continue
            lo = max(sent.start_char, e.start_char - 40)
            before = text[lo:e.start_char]
            after = text[e.end_char:e.end_char + 30]
            skip = self.skip_before.search(before) or (e.id_ == "time" and self.time_bound_before.search(before))
            if skip and any(t.start_char <= lo + skip.start() < t.end_char for t in ae_terms):
                skip = None  # "adverse events leading to discontinuation: 9%" is an event's share
            # "assuming a 5-year OS of 75% after A and 60% after B": the design's numbers
            skip = skip or self.assumed_values.search(text, max(sent.start_char, e.start_char - 100), e.start_char) \
                or self.cited_result_before.search(text, max(sent.start_char, e.start_char - 110), e.start_char)
            if skip or self.skip_after.search(after):
                continue
            item = {"span": e, "pos": e.start_char, "kind": e.id_}
            if e.id_ == "percent":
                item["value"] = parse_number(_PERCENT_SIGN.sub("", e.text).split("-")[0].split("–")[0])
                item["unit"] = "%"
                if self.share_bound_before.search(text, max(0, e.start_char - 10), e.start_char):
                    item["value"], item["unit"] = None, None  # "[<1%]", "in >=2% of patients": a bound, not a share
                    item["bound"] = True
            else:
                nums = re.findall(r"\d+(?:[.·]\d+)?", e.text)
                item["value"] = parse_number(nums[0]) if nums else None
                item["unit"] = time_unit(e.text)
                if item["unit"] is None:  # "19.2 (95% CI 17.0-23.7) vs 13.4 months": the unit written later
                    later = self.time_unit_after.search(text, e.end_char, min(sent.end_char, e.end_char + 120))
                    item["unit"] = time_unit(later.group()) if later else None
                if len(nums) > 1:  # "12.8 vs. 10.8 months", "13.8, 10.2 and 7.0 mo"
                    twins = [item] + [dict(item, value=parse_number(num), pos=e.start_char + j, twin=True)
                                      for j, num in enumerate(nums[1:], start=1)]
                    self._listed_cis(twins, ents[k + 1] if k + 1 < len(ents) else None, e, text)
                    items.extend(twins)
                    continue
            if e.start_char in paired:
                item["count"], item["total"] = _fraction(paired[e.start_char])
            # count beside it: "41% [n = 13]", "57% (4/7)", "Twenty-two (55.0%)", "4 patients (8%)"
            for nxt in ents[k + 1:k + 3] if "count" not in item else ():
                gap = text[e.end_char:nxt.start_char]
                if len(gap) > 4 or nxt.label_ != "RESULT" or ")" in gap or "]" in gap or "v" in gap:
                    # not "4/71 (5.6%), 15/69 (21.7%)": the next count is outside its bracket; not
                    # "8/62, 12.9% vs 1/31, 3.2%": the count after "vs" is the other arm's
                    continue
                if nxt.id_ == "n_eq":
                    _add_n_eq(item, nxt)  # "41% [n = 13]", "76.7% (n = 33/43)"
                elif nxt.id_ == "fraction":
                    item["count"], item["total"] = _fraction(nxt)
                break
            prev = _skip_bare_noun(ents, k - 1, -1)
            if "count" not in item and prev is not None and prev.label_ == "RESULT" and prev.id_ == "fraction" \
                    and _PATIENTS_BEFORE_SHARE.fullmatch(text, prev.end_char, e.start_char):
                item["count"], item["total"] = _fraction(prev)  # "2/40 (5.0%)", "39/42 pts (93%)"
                item["pos"] = prev.start_char
            if "count" not in item and prev is not None and prev.end_char in response_counts \
                    and prev.label_ == "ENDPOINT" and _OPENS_ONLY.fullmatch(text, prev.end_char, e.start_char):
                item["count"] = response_counts[prev.end_char]  # "1 complete response (3.3%)"
            if "count" not in item and prev is not None and prev.label_ == "RESULT" and prev.id_ == "n_eq" \
                    and len(text[prev.end_char:e.start_char]) <= 3:
                _add_n_eq(item, prev)  # "n = 33/43 (76.7%)"
                item["pos"] = prev.start_char
            of_after = _OF_IN_BRACKETS_AFTER.match(text, e.end_char, sent.end_char) if e.id_ == "percent" else None
            count_of = parse_number(of_after.group(1)) if of_after else None
            if "count" not in item and count_of is not None:  # "29.4% (35 of 119)", "(nine of 190)"
                item["count"], item["total"] = int(count_of), int(of_after.group(2).replace(",", ""))
            if "count" not in item and e.id_ == "percent":
                before_txt = re.sub(r"[<>≤≥]\s*$", "", text[max(sent.start_char, e.start_char - 60):e.start_char])
                # all three end at the text's end: tried only when its last mark is theirs (searched
                # from every position of the 60 characters, they cost ~50 µs each)
                last = before_txt.rstrip()[-1:]
                opens, sep = last != "" and last in "([", last != "" and last in ";,"
                m_of = _COUNT_OF_BEFORE.search(before_txt) if opens else None
                m_in = (_COUNT_IN_BRACKETS.search(before_txt) or _GRADE_COUNT_IN.search(before_txt)) if sep else None
                m = _COUNT_BEFORE.search(before_txt) if opens else None
                if m_of:  # "21 of 48 patients (43.8%)"
                    n, total = parse_number(m_of.group(1)), parse_number(m_of.group(2))
                    if n is not None and total is not None:
                        item["count"], item["total"] = int(n), int(total)
                elif m_in:  # "(22 patients; 45.8%)", "(5, 12.5%)"
                    n = _whole(m_in.group(1))
                    if n is not None:
                        item["count"] = n
                elif m:
                    n = _whole(m.group(1))
                    if n is not None:
                        item["count"] = n
                        if m.group("code"):  # "52 PBT patients (76.5%)": the share is of the arm named in it
                            item["count_at"] = max(sent.start_char, e.start_char - 60) + m.start()
                if "count" not in item and sep and _LABEL_IN_BRACKET.search(before_txt):
                    # "Nine of 40 patients had a confirmed objective response (ORR, 22.5%; ...)"
                    m_label = self.count_of_before_label.search(text, max(sent.start_char, e.start_char - 160), e.start_char)
                    n = parse_number(m_label.group(1)) if m_label else None
                    total = int(m_label.group(2).replace(",", "")) if m_label else 0
                    if n is not None and float(n).is_integer() and share_printed(n, total, item["value"]):
                        item["count"], item["total"] = int(n), total  # the share is the count's
                m_total = _TOTAL_AFTER.match(text[e.end_char:e.end_char + 50])
                if m_total and "total" not in item:  # "107 (30%) of 357 patients"
                    item["total"] = int(m_total.group(1).replace(",", ""))
            if "count" in item and "total" not in item and item.get("unit") == "%" \
                    and share_printed(item["count"], head_total, item["value"]):
                item["total"] = head_total  # "Of the 58 patients evaluable for response, 3 (5.2%) achieved CR"
            lancet = self.value_bare_ci.match(text[e.end_char:e.end_char + 30])
            open_ci = self.value_open_ci.match(text, e.end_char, e.end_char + 40) if e.id_ == "time" and not lancet else None
            if open_ci:  # "61.7 (48.3 to not estimable) months": the upper bound not estimable
                item["ci"] = (parse_number(open_ci.group(1)), None)
            if lancet:
                lo, hi = parse_number(lancet.group(1)), parse_number(lancet.group(2))
                # "(12·3 months, 10·4–13·9; ...)", "3·8 months [3·6–4·5]"; "79·4% (74·6–83·4)" when the range
                # brackets the rate
                in_bracket = lancet.group().lstrip().startswith(";")  # "16 (40%; 25–57) of 40"
                if e.id_ == "time" or (("count" not in item or in_bracket) and item["value"] is not None
                                       and lo <= item["value"] <= hi):
                    item["ci"] = (lo, hi)
            for nxt in ents[k + 1:k + 4]:
                if nxt.label_ == "CI" and (nxt.start_char - e.end_char < 8 or _COUNT_THEN_CI.fullmatch(text, e.end_char, nxt.start_char)):
                    item["ci"] = parse_ci(nxt.text)
                    item["ci_span"] = nxt
                    break
                if nxt.label_ == "RESULT" and nxt.id_ in ("fraction", "n_eq") and nxt.start_char - e.end_char < 4:
                    continue  # the count in "48.6% (18/37; 95% CI ...)"
                if nxt.label_ in ("RESULT", "RATIO"):
                    break
            items.append(item)
            none = self.versus_none.match(text, e.end_char, sent.end_char) if e.id_ == "percent" else None
            if none:  # "hand-foot syndrome (46 [18%] vs none)": the other arm's zero
                items.append(_count_item(_Offsets(none.start(1), none.end(1)), 0))
        for m in self.none_of_total.finditer(text, sent.start_char, sent.end_char):
            # "... in 2 of 58 patients (3%) and in none of 60 placebo recipients": a share of none
            items.append(_zero_share(_Offsets(m.start(), m.end()), int(m.group(1).replace(",", ""))))
        if not ae_terms and any(e.id_ == "QOL" for e in sent.of("ENDPOINT")):
            items = sorted(items + self._mean_scores(sent), key=lambda x: x["pos"])
        return items

    def _listed_cis(self, twins: list[dict], nxt: Optional[Span], e: Span, text: str) -> None:
        """A list of CIs right after a list of medians, one per median in order ("median, 7.4 v 3.7
        months; 95% CI, 6.9 to 8.8 and 3.6 to 4.6"): each median's own, when there are as many ranges
        as medians and each range brackets its median."""
        if nxt is None or nxt.label_ != "CI" or nxt.start_char - e.end_char >= 8:
            return
        ranges = [parse_ci(nxt.text)]
        end = nxt.end_char
        while len(ranges) < len(twins):
            m = self.ci_list_next.match(text, end)
            if m is None:
                return
            ranges.append((parse_number(m.group(1)), parse_number(m.group(2))))
            end = m.end()
        if self.ci_list_next.match(text, end):
            return  # more ranges than medians: not theirs
        if all(v["value"] is not None and lo is not None and hi is not None and lo <= v["value"] <= hi
               for v, (lo, hi) in zip(twins, ranges)):
            for v, ci in zip(twins, ranges):
                v["ci"] = ci

    def _mean_scores(self, sent: Sentence) -> list[dict]:
        """Mean quality-of-life scores, which carry no unit: "the least-squares mean change from baseline
        in GHS/QoL was -2.1 points (95% CI -3.8 to -0.4) with A and -6.9 points (-8.8 to -5.0) with B",
        "Mean QLQ-C30 global health status scores were 64.8 +/- 16.2 versus 58.1 +/- 18.7". Read after
        the word "mean" that follows or precedes the endpoint, up to a between-group difference."""
        text = sent.doc_text
        qol = next(e for e in sent.of("ENDPOINT") if e.id_ == "QOL")
        mean = self.score_mean.search(text, sent.start_char, sent.end_char)
        if mean is None or abs(mean.start() - qol.start_char) > 120:
            return []
        start = max(mean.end(), qol.end_char)
        verb = self.score_verb.search(text, start, sent.end_char)
        start = verb.end() if verb is not None else start  # (none: "mean change at 3 months -4.2 vs -11.6")
        if self.score_baseline.search(text[sent.start_char:start]):
            return []  # "Mean baseline GHS/QoL scores were similar (71.8 vs 72.5)": who was enrolled
        stop = self.score_stop.search(text, start, sent.end_char)
        end = stop.start() if stop else sent.end_char
        # the landmark written before the scores ("from baseline to week 24", "at 3 months"; "At week 24, the
        # ... mean change ...")
        landmark = [months for pos, months in self.timepoints(sent) if pos < start + 40]
        out = []
        for m in self.score_value.finditer(text, start, end):
            # (the span takes the SD and "points" after the score: an arm named next is right after it)
            item = {"span": _Offsets(m.start("score"), m.end("tail")), "pos": m.start("score"), "kind": "score",
                    "value": _signed(m.group("score")), "unit": None}
            if m.group("low") is not None:
                item["ci"] = (_signed(m.group("low")), _signed(m.group("high")))
            if landmark:
                item["timepoint"] = landmark[-1]
            out.append(item)
        return out

    def _response_counts(self, ep: Span, text: str, floor: int, counts: dict) -> list[dict]:
        """Counts written right before a response category, with no share: "1 complete response",
        "5 PRs", "2 had progressive disease", and the first of "1 complete and 5 partial responses".
        A share in a bracket right after the category takes the count instead (``counts``)."""
        lo = max(floor, ep.start_char - 60)
        m = self.response_count_before.search(text, lo, ep.start_char)
        n = parse_number(m.group(2)) if m and not m.group(1) else None
        if n is None or not float(n).is_integer():
            return []
        start = m.start(2)
        counts[ep.end_char] = int(n)
        items = []
        elided = self.response_count_elided.search(text, max(floor, start - 40), start)
        first = parse_number(elided.group(1)) if elided else None
        if first is not None and float(first).is_integer():
            code = "CR" if elided.group(2).lower() == "complete" else "PR"
            items.append(dict(_count_item(_Offsets(elided.start(1), elided.end(1)), int(first)), endpoint=code))
        if not _OPENS_SHARE.match(text, ep.end_char):
            items.append(dict(_count_item(_Offsets(start, m.end(2)), int(n)), endpoint=ep.id_))
        return items

    def timepoints(self, sent: Sentence) -> list[tuple[int, float]]:
        out = []
        for m in self.timepoint.finditer(sent.text):
            months = landmark_months(*timepoint_parts(m))
            if months is None:
                continue
            nxt = sent.text[m.end():m.end() + 20]
            if _TIME_FRAME_AFTER.match(nxt):
                # a time frame ("1 month after RT"), not a landmark, unless it opens the sentence as
                # one ("One month after the procedure, CR was ...")
                opening = not sent.text[:m.start()].strip() and self.opening_landmark.match(sent.text, m.start())
                if not opening:
                    continue
            out.append((sent.start_char + m.start(), months))
        # "1- and 2-year LPFS", "1-, 3- and 5-year RFS", "at 1, 3, and 5 years"
        for m in self.timepoint_list.finditer(sent.text):
            out = [x for x in out if not (sent.start_char + m.start() <= x[0] < sent.start_char + m.end())]
            for num in re.finditer(r"\d+|[A-Za-z]+", m.group(1)):
                months = landmark_months(num.group(), m.group(2))
                if months is not None:
                    out.append((sent.start_char + m.start(1) + num.start(), months))
        # "OS at 1 year and 2 years": the bare second number
        for m in self.timepoint_pair.finditer(sent.text):
            out = [x for x in out if not (sent.start_char + m.start() <= x[0] < sent.start_char + m.end())]
            out.append((sent.start_char + m.start(1), months_from(int(m.group(1)), m.group(3))))
            out.append((sent.start_char + m.start(2), months_from(int(m.group(2)), m.group(3))))
        out.sort()
        return out

    # -- main --------------------------------------------------------------------------------
    def _order(self, arms: list[Arm]) -> list[int]:
        """The order in which numbers given without arm names are read: the order the arms were
        named in the latest sentence naming them all, else the order they were defined in."""
        order = self._last_order
        return order if order is not None and len(order) == len(arms) else list(range(len(arms)))

    def _naming_order(self, sent: Sentence, refs: list[tuple[int, int]]) -> list[int]:
        """Arms in the order a sentence names them; the comparator of a comparison ("HR vs SOR
        was 0.68 for SUR200 and 0.52 for SUR300") goes last."""
        text = sent.doc_text
        lead = max(0, sent.start_char - 1)
        compared = {k for p, k in refs if self.comparator_before.search(text, max(lead, p - 20), p)}
        labels = {p for p, _ in refs if self.pair_label_at.match(text, p)}  # "(F600 vs S: HR ...)"
        order = list(dict.fromkeys(k for p, k in refs if k not in compared and p not in labels))
        return order + [k for k in dict.fromkeys(k for _, k in refs) if k in compared]

    def extract(self, view: DocView, arms: list[Arm]) -> dict:
        """The outcomes, adverse events and comparisons of a document, by arm. The reading keeps
        state from sentence to sentence (the order the arms were last named in, the arm the last
        AE sentence was about); it lives on a per-call copy, so the shared extractor is never
        changed."""
        return copy.copy(self)._extract(view, arms)

    def _extract(self, view: DocView, arms: list[Arm]) -> dict:
        self._last_order: Optional[list[int]] = None  # arm order of the latest sentence naming them all
        self._order_before: Optional[list[int]] = None  # that order before the sentence read now
        self._ae_arm: Optional[tuple[int, int]] = None  # (sentence index, the one arm its AEs were about)
        # (start, arm, whether a safety paragraph's opening set it) of "In the expansion cohort, ..." opening a paragraph's topic
        self._topic: Optional[tuple[int, int, bool]] = None
        self._sent_topic: Optional[int] = None  # the topic arm of the sentence being read
        # (sentence index, arms in the order named) of the sentence read now and the one before, when
        # it names two arms or more
        self._cur_named: Optional[tuple[int, list[int]]] = None
        self._prev_named: Optional[tuple[int, list[int]]] = None
        self._sent_before: Optional[Sentence] = None  # the sentence read before this one (its landmarks: "The corresponding ...")
        self._subgroup_heading: Optional[int] = None  # end of the last heading line naming subgroups
        self._heading_item: Optional[dict] = None  # the last comparison read under a registry outcome heading
        self._last_endpoint: Optional[tuple[int, str]] = None  # (sentence index, the one endpoint its results named)
        self._dlt_aes: list[tuple[int, dict]] = []  # (arm, event) of the events listed with a count of DLTs
        ae_grade: Optional[tuple[int, str]] = None  # (sentence index, the last grade its AEs were given)
        ae_pair: Optional[tuple[int, tuple[str, str]]] = None  # (sentence index, a grade pair declared for the lists after it)
        paragraph_grade: Optional[tuple[int, str]] = None  # (start of a graded run-in heading, its grade)
        single = len(arms) == 1
        res = {"refs": {}, "arm_outcomes": {k: [] for k in range(len(arms))}, "outcomes": [],
               "arm_aes": {k: [] for k in range(len(arms))}, "aes": [], "comparisons": [], "analysed": {}}
        table_items, table_rows = self.tables.read(view, arms, self.arm_refs)
        for k, kind, item in table_items:  # "Median PFS, mo (95% CI) | 6.1 (4.9-7.4) | 10.3 (8.6-12.0)"
            if kind == "size":
                arms[k].n = arms[k].n if arms[k].n is not None else item
            elif kind == "analysed":
                res["analysed"][k] = item
            elif kind == "comparison":
                res["comparisons"].append(item)
            else:
                self._place(res, "arm_outcomes" if kind == "outcome" else "arm_aes", k, item, single)
        heading: Optional[Heading] = None  # the last heading line naming an endpoint or adverse events
        prev: Optional[Sentence] = None
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or sent.index in table_rows:
                continue
            heading = self._heading(sent, heading)
            if is_subgroup_heading(sent, self.subgroup_heading):
                self._subgroup_heading = sent.end_char  # "PFS subgroups" over "• BCLC B: HR 0.57 | ..."
            self._sent_before, prev = prev, sent
            if sent.section in ("primary_outcomes", "secondary_outcomes") or self.outcome_row.match(sent.text):
                # a registry's outcome measures: only the lines of a statistical analysis are read
                # ("1. Primary Outcome / Title: PFS ... / P-Value: 0.021 / Hazard Ratio (HR): 0.62")
                if self._registry_value(sent, heading, arms, res):
                    continue
                if heading is not None and heading.code is not None and len(arms) >= 2 \
                        and any(e.label_ in ("RATIO", "P_VALUE", "CI") for e in sent.ents):
                    # (a single arm's "P-Value: 0.005" tests it against a historical rate: no comparison of arms)
                    self._comparisons(sent, res, ae_sentence=False, heading=heading.code if not sent.of("ENDPOINT") else None)
                continue
            dlt_counts = self._dlt_rates(sent, arms, res) if self.dlt_mention.search(sent.text) else []
            if heading is not None and len(arms) >= 2 and self._arm_line_cells(sent, arms, heading, res):
                continue
            if not any(e.label_ in _RESULT_LABELS for e in sent.ents):
                if not single and self.topic_heading.fullmatch(sent.text):
                    self._topic_of(sent, self.arm_refs(sent, arms), heading_line=True)  # "3.2 | Stratum U" over its results
                continue  # nothing reported here
            if self.sample_size.search(sent.text):
                continue  # "Assuming a 2-year RFS of 55% ... (HR 0.60), ... 184 patients will be enrolled"
            ae_terms = sent.of("AE_TERM")
            generic_ae = [e for e in sent.of("ENDPOINT") if e.id_ == "AE"]
            values = [v for v in self.values(sent) if not any(a <= v["pos"] < b for a, b in dlt_counts)]
            if not values and generic_ae:
                # "The most common TRAEs (any grade / grade >=3, n (%)) were as follows." over the lists
                # that follow, each arm's in a sentence: "A: hypertension 37 (49.3%) / 11 (14.7%); ..."
                pair = _declared_pair(sent.of("AE_GRADE"), sent.doc_text, sent.end_char)
                ae_pair = (sent.index, pair) if pair else None
            pooled = not single and bool(self.pooled.search(sent.text))  # "Across all dose levels, ORR was ...": the study's
            refs = self.arm_refs(sent, arms) if not single and not pooled else []
            under_heading = self._under_subgroup_heading(sent)
            is_subgroup = self._is_subgroup(sent, refs) or under_heading
            subgroup_from = self._subgroup_clauses_from(sent) if is_subgroup and not under_heading else None
            if subgroup_from is not None:  # the main result's clause is read; the subgroup's after the ';' is not
                is_subgroup = False
                values = [v for v in values if v["pos"] < subgroup_from]
            named = self._naming_order(sent, refs)
            self._prev_named, self._cur_named = self._cur_named, (sent.index, named) if len(named) >= 2 else None
            self._order_before = self._last_order  # (the order before this sentence's own naming)
            if len(named) == len(arms) >= 2 and named == list(dict.fromkeys(k for _, k in refs)) \
                    and len({k for _, k in refs}) == len({p for p, _ in refs}):
                # numbers written without arm names follow the order the arms were last named in
                # (not the order of a comparison, whose comparator goes last: "vs arm A, ... for B, C and D";
                # nor of a sentence naming an arm twice: "In the placebo arm, 46 crossed over to X, and ...
                # 31% of X and 44% of placebo patients")
                self._last_order = named
            res["refs"][sent.index] = refs
            self._sent_topic = self._topic_of(sent, refs) if not pooled else None
            if pooled:
                self._topic = None  # the paragraph's arm ends where the study's results begin
            claimed: set = set()
            run_in = self._run_in_grade(sent, values)
            if run_in is not None:
                paragraph_grade = (sent.start_char, run_in)
            elif paragraph_grade is not None and marks.BLANK_LINE.search(sent.doc_text, paragraph_grade[0], sent.start_char):
                paragraph_grade = None
            if (ae_terms or (generic_ae and (values or self.died_of.search(sent.text))) or self.ae_none.search(sent.text)
                    or ("eath" in sent.text and self.death_related_after.search(sent.text))) \
                    and not self._entry_criterion(sent, values) and not is_subgroup:
                # (not "In a post hoc analysis of patients with clamping > 60 min, the complication rate
                # was 19.0% vs 44.4%": a subgroup's events)
                ae_refs = refs
                if not refs and not single and not pooled and self._ae_arm is not None and self._ae_arm[0] == sent.index - 1:
                    # "AEs in the HAIC group included ... . Grade 3 events occurred in 9 patients: ...":
                    # a sentence naming no arm goes on about the arm the previous one named
                    ae_refs = [(sent.start_char, self._ae_arm[1])]
                grades = sent.of("AE_GRADE")
                inherited = None
                if not grades and ae_grade is not None and ae_grade[0] == sent.index - 1 \
                        and self.ae_grade_continues.search(sent.text):
                    # "Grade 3-4 events occurred in 21 ... . In the HAIC group these were neutropenia (8; ...)"
                    inherited = ae_grade[1]
                elif not grades and heading is not None and heading.code is None and heading.events is not None:
                    inherited = heading.events[0]  # "Grade 3-4 adverse events:" over "Hypertension: 12% vs 5%"
                elif not grades and paragraph_grade is not None and paragraph_grade[0] < sent.start_char \
                        and not DEATH_WORDS.search(sent.text):
                    inherited = paragraph_grade[1]  # (a death is of grade 5 whatever the heading's grade)
                carried = ae_pair[1] if ae_pair is not None and ae_pair[0] == sent.index - 1 and not grades else None
                if carried:  # (the pair goes on to the next list sentence)
                    ae_pair = (sent.index, carried)
                claimed = self._adverse_events(sent, arms, ae_refs, values, res, inherited, carried)
                if single:
                    claimed |= self._grade_splits(sent, values, res)
                distinct = {k for _, k in ae_refs}
                self._ae_arm = (sent.index, distinct.pop()) if len(distinct) == 1 else None
                last = parse_grade(grades[-1].text) if grades else inherited
                ae_grade = (sent.index, last) if last else None
            named_eps = {e.id_ for e in sent.of("ENDPOINT")}
            # "Median PFS with B was 3.6 months. With A it was 5.4 months (HR ...)": a sentence that
            # names no endpoint and refers back to one goes on about the endpoint of the one before
            after_one = self._last_endpoint[1] if not named_eps and self._last_endpoint is not None \
                and self._last_endpoint[0] == sent.index - 1 else None
            anaphoric = after_one if after_one and self.result_anaphora.search(sent.text) else None
            # "Median PFS was 6.2 vs 10.4 months. The HR was 0.54 (...)": a ratio with no endpoint named,
            # right after a sentence of one endpoint's results, compares that endpoint
            first_ratio = next((e for e in sent.ents if e.label_ == "RATIO"), None)
            ratio_of = anaphoric or (after_one if first_ratio is not None and self.ratio_opening.fullmatch(
                sent.doc_text, sent.start_char, first_ratio.start_char) else None)
            self._last_endpoint = (sent.index, next(iter(named_eps))) if len(named_eps) == 1 and values and not is_subgroup else None
            if not is_subgroup:
                # a sentence may report outcomes and adverse events ("... 63% at 2 years; grade 3
                # thrombocytopenia in 3"): the numbers the AE reading did not take are outcomes
                self._outcomes(sent, arms, refs, [v for v in values if id(v) not in claimed], res, values,
                               heading=heading.code if heading is not None and self._arm_line(sent, refs) else anaphoric)
                self._comparisons(sent, res, ae_sentence=bool(ae_terms),
                                  heading=heading.code if heading is not None and not named_eps else ratio_of,
                                  until=subgroup_from)
        for arm, event in self._dlt_aes:  # a DLT's event, unless the arm's events give it a count of their own
            if not any(x.get("term") == event["term"] and x.get("grade") == event["grade"] and x.get("count") is not None
                       for x in res["arm_aes"][arm]):
                res["arm_aes"][arm].append(event)
        if len(arms) >= 2 and res["aes"]:
            # "grade 3 hyperbilirubinaemia (two patients in each group)": the count is every arm's
            each = {id(x) for x in res["aes"] if x.get("count") is not None and x.get("evidence")
                    and self.in_each_arm.match(view.text, x["evidence"][-1][1])}
            for x in res["aes"]:
                if id(x) in each:
                    for k in range(len(arms)):
                        res["arm_aes"][k].append(copy.deepcopy(x))
            res["aes"] = [x for x in res["aes"] if id(x) not in each]
        treated = [k for k, a in enumerate(arms) if a.components and a.tag != "external_control"]
        if len(arms) >= 2 and len(treated) == 1:
            # against arms given no treatment ("X or active surveillance") or an external control cohort
            # (whose events a trial does not collect), adverse events named for no arm are the treated arm's
            res["arm_aes"][treated[0]].extend(res["aes"])
            res["aes"] = []
        return res

    def _grade_splits(self, sent: Sentence, values: list[dict], res: dict) -> set:
        """"proteinuria (46.2%; grade 1/2/3: 9/10/5)": a count per grade of the event before the
        bracket, in a single arm (its numbers are not outcomes)."""
        claimed: set = set()
        for m in self.ae_grade_split.finditer(sent.text):
            at = sent.start_char + m.start()
            term = next((t for t in reversed(sent.of("AE_TERM")) if t.end_char <= at), None)
            opened = marks.open_before(sent.doc_text, sent.start_char, at)
            if term is None or opened is None or opened < term.end_char:
                continue
            grades = re.findall(r"[1-5]", m.group(1))
            counts = re.findall(r"\d+", m.group(2))
            if len(grades) != len(counts):
                continue
            for name in self._ae_terms(term, sent.doc_text):
                for g, n in zip(grades, counts):
                    self._place(res, "arm_aes", 0, {"term": name, "grade": g, "count": int(n),
                                                    "evidence": [_ev(term), [at, sent.start_char + m.end()]]}, True)
            claimed |= {id(v) for v in values if at <= v["pos"] < sent.start_char + m.end()}
        return claimed

    def _run_in_grade(self, sent: Sentence, values: list) -> Optional[str]:
        """The grade of a run-in heading that opens a safety paragraph ("Toxicity (treated patients,
        ...; WHO grade 3/4). Leucopenia occurred in 35 (62.5%) ..."): the grade of the events the
        paragraph goes on to list. The heading reports nothing and writes its grade in its bracket
        (not "Safety: no G5 TRAEs", a finding)."""
        grades = sent.of("AE_GRADE")
        if not grades or values or not self.ae_grade_heading.search(sent.text):
            return None
        at = grades[-1].start_char - sent.start_char
        return parse_grade(grades[-1].text) if sent.text.rfind("(", 0, at) > sent.text.rfind(")", 0, at) else None

    def _p_not_kept(self, sent: Sentence) -> set:
        """Start offsets of p-values that are not a comparison's: a one-sided p written with its
        two-sided one ("one-sided p=0.002, two-sided p=0.004": the two-sided is kept), and a
        significance boundary ("crossing the prespecified efficacy boundary (two-sided p=0.0128)")."""
        text = sent.doc_text
        ps = sent.of("P_VALUE")
        out = set()
        for i, p in enumerate(ps):
            before = text[max(sent.start_char, p.start_char - 60):p.start_char]
            if self.p_boundary.search(before) or self.restated_one_sided.search(before):
                out.add(p.start_char)
            elif self.one_sided.search(before[-14:]) and i + 1 < len(ps) and ps[i + 1].start_char - p.end_char < _SIDED_GAP \
                    and self.two_sided.search(text[p.end_char:ps[i + 1].start_char]):
                out.add(p.start_char)
            elif self.one_sided.search(before[-14:]) and i > 0 and p.start_char - ps[i - 1].end_char < _SIDED_GAP \
                    and self.two_sided_before.search(text, max(sent.start_char, ps[i - 1].start_char - 14), ps[i - 1].start_char):
                out.add(p.start_char)  # "two-sided P = .008, one-sided P = .004": the two-sided is kept
        return out

    def _registry_value(self, sent: Sentence, heading: Optional[Heading], arms: list[Arm], res: dict) -> bool:
        """A single arm's registry result: the line of one value under an outcome heading and its
        fields ("Measure Type: Median (95% Confidence Interval)", "Unit of Measure: months",
        "Overall Number of Participants Analyzed: 40"), read as a table cell is (the heading
        endpoint's median or rate, a rate's total the participants analysed) or, under a heading
        about adverse events, as their count."""
        if len(arms) != 1 or heading is None or (heading.code is None and heading.events is None):
            return False
        text = sent.doc_text

        def field(cue: re.Pattern) -> Optional[re.Match]:  # the field's last line between the heading and the value
            return next(reversed(list(cue.finditer(text, heading.start, sent.start_char))), None)

        measure, unit, analysed = field(self.registry_measure_type), field(self.registry_unit), field(self.registry_analysed)
        line = sent.text.strip()
        start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        context = " ".join(m.group(1).lower() for m in (measure, unit) if m is not None)
        item = self.tables.value_line(Cell(start, start + len(line), line), heading.code, context)
        if item is None:
            return False
        evidence = [[heading.start, heading.end], [start, start + len(line)]]
        if heading.code is None:
            grade, names = heading.events
            for name in names:
                self._place(res, "arm_aes", 0, dict(item, term=name, grade=grade, evidence=evidence), True)
            return True
        if item["stat"] == "rate" and analysed is not None and "total" not in item:
            item["total"] = int(analysed.group(1).replace(",", ""))
        item["evidence"] = evidence
        self._place(res, "arm_outcomes", 0, item, True)
        return True

    def _heading(self, sent: Sentence, current: Optional[Heading]) -> Optional[Heading]:
        """The endpoint a registry's outcome heading names ("2. Secondary: Overall Survival (OS)"),
        for the lines below it that name none ("P-Value: 0.128 | Log Rank | HR 0.74 | ..."), until
        a blank line or the next heading (not a field line such as "Description: ...")."""
        if current is not None and marks.BLANK_LINE.search(sent.doc_text, current.end, sent.start_char):
            if self.analysis_block.match(sent.text):
                return Heading(current.code, sent.end_char, current.start, current.events)
            current = None
        if current is not None and self.registry_field.match(sent.text):
            return current
        named = heading_endpoints(sent)
        if named is None and self.measure_heading.match(sent.text) and is_heading_line(sent):
            # a new measure that names no endpoint: "Outcome Measure 6: Number of participants with
            # grade 3 or higher hypertension" is about its event; "Title: Time to deterioration" is not read
            terms = sent.of("AE_TERM") if self.event_count_heading.search(sent.text) else []
            return Heading(None, sent.end_char, sent.start_char, self._heading_events(sent, [])) if terms else None
        if named is None:
            return current
        codes = {e.id_ for e in named}
        code = codes.pop() if len(codes) == 1 else None
        if code == "AE":
            # "Outcome Measure 4: Number of Participants With Grade >=3 Adverse Events": the arm lines
            # below it are counts of the events it names, at its grade
            return Heading(None, sent.end_char, sent.start_char, self._heading_events(sent, named))
        return Heading(code, sent.end_char, sent.start_char) if code is not None else None

    def _heading_events(self, sent: Sentence, named: list[Span]) -> tuple[Optional[str], list[str]]:
        """(grade, events) of a heading line about adverse events: the events of its longest term
        ("... With Grade >=3 Hypertension"), else serious or any adverse events."""
        grades = sent.of("AE_GRADE")
        grade = parse_grade(grades[-1].text) if grades else None
        terms = sent.of("AE_TERM")
        if terms:
            return grade, self._ae_terms(max(terms, key=lambda t: t.end_char - t.start_char), sent.doc_text)
        if any(self._serious(e, sent.doc_text) for e in named):
            return None, ["serious adverse event"]  # seriousness is not a grade (RECORDS.md)
        return grade, ["any adverse event"]

    def _topic_of(self, sent: Sentence, refs, heading_line: bool = False) -> Optional[int]:
        """The arm a paragraph is about: "In the expansion cohort, the confirmed ORR was 28.1% ...
        Median PFS was 6.9 months ...": a sentence opening with one arm (or a heading line that is
        its name) sets it; the sentences after it that name no arm, up to a blank line, go on about it."""
        distinct = {k for _, k in refs}
        if len(distinct) == 1:
            # (a safety paragraph's arm may be named past the first 60 characters; its events are that arm's too)
            safety = self.safety_topic_opening.match(sent.text) is not None
            if safety or (heading_line or self.topic_opening.match(sent.text)) and refs[0][0] - sent.start_char < 60:
                self._topic = (sent.start_char, distinct.pop(), safety)
                return None  # the opening sentence's own numbers follow its own references
        if refs or self._topic is None or marks.BLANK_LINE.search(sent.doc_text, self._topic[0], sent.start_char):
            self._topic = None if refs else self._topic
            return None
        return self._topic[1]

    def _dlt_rates(self, sent: Sentence, arms: list[Arm], res: dict) -> list[tuple[int, int]]:
        """Dose-limiting toxicities of a dose-escalation part, one rate per count written ("one of
        six DLT-evaluable patients had a DLT", "DLTs occurred in 1 of 6 patients at DL2 and in 2 of
        4 at DL3", "no DLT occurred at DL1 (0/3)", "Of the 18 DLT-evaluable patients, 3 had a DLT"),
        given to the escalation arm (or the only arm). Returns the spans of the counts it read."""
        arm = 0 if len(arms) == 1 else next((k for k, a in enumerate(arms) if a.tag == "phase1"), None)
        if len(arms) > 1:
            # "In part B, no DLT was seen at 5 mg/kg ...": the part the sentence opens on
            opening = [k for p, k in self.arm_refs(sent, arms) if p - sent.start_char <= 10]
            arm = opening[0] if len(set(opening)) == 1 else arm
        if arm is None or self.definition.search(sent.text):
            return []
        text, s0 = sent.text, sent.start_char
        found: dict[int, tuple] = {}  # start of the count -> (count, total, percent, end)
        for m in self.dlt_of_total.finditer(text):  # "one of six DLT-evaluable patients", "2/15 (13.3%) ... pts"
            found[m.start(1)] = (m.group(1), m.group(2), m.group(3) or m.group(4), m.end())
        for m in self.dlt_total_first.finditer(text):
            found[m.start(2)] = (m.group(2), m.group(1), None, m.end())
        for m in self.dlt_in_count.finditer(text):  # "DLTs occurred in 3 of 15 escalation patients (20.0%)"
            found[m.start(1)] = (m.group(1), m.group(2), m.group(3), m.end())
            more = self.dlt_and_in_count.match(text, m.end())
            while more:  # "... and in 2 of 4 patients at DL3", "in 0/3 pts at DL1, 1/6 at DL2 and 2/3 at DL3"
                found[more.start(1)] = (more.group(1), more.group(2), None, more.end())
                more = self.dlt_and_in_count.match(text, more.end())
        for m in self.dlt_none.finditer(text):
            clause_end = _CLAUSE_END.search(text, m.end())  # "no DLT occurred at 25 mg (0/3); ..."
            for t in self.dlt_none_total.finditer(text, m.end(), clause_end.start() if clause_end else len(text)):
                found[t.start()] = ("0", t.group(2) or t.group(3), None, t.end())
        taken = []
        for start in sorted(found):
            count, total, pct, end = found[start]
            c, n = parse_number(count), parse_number(total)
            if c is None or n is None or c > n:
                continue
            taken.append((s0 + start, s0 + end))
            item = {"endpoint": "DLT", "stat": "rate", "value": as_int_or_float(parse_number(pct)) if pct else None,
                    "unit": "%" if pct else None, "count": int(c), "total": int(n),
                    "evidence": [[s0 + start, s0 + end]]}
            self._place(res, "arm_outcomes", arm, item, len(arms) == 1)
            self._dlt_aes += [(0 if len(arms) == 1 else arm, event) for event in self._dlt_events(sent, s0 + end, int(c))]
        return taken

    def _dlt_events(self, sent: Sentence, after: int, count: int) -> list[dict]:
        """"1/6 patients had a DLT (grade 3 ALT increased ...)", "2/15 had DLTs (grade 3 ALT increased
        and grade 3 diarrhea; one pt each)": graded events listed in the bracket after a count of
        patients with DLTs, as many as the patients, are one patient's each (kept when the arm's
        events give none of them a count of their own)."""
        text = sent.doc_text
        opened = _BRACKET_AFTER.match(text, after, sent.end_char)
        if opened is None:
            return []
        close = marks.closing(text, opened.end(), sent.end_char)
        if close is None:
            return []
        terms = [t for t in sent.of("AE_TERM") if opened.end() <= t.start_char and t.end_char <= close]
        if len(terms) != count:
            return []
        out = []
        for t in terms:
            grade = next((g for g in reversed(sent.of("AE_GRADE")) if opened.end() <= g.start_char and g.end_char <= t.start_char), None)
            if grade is None:
                return []
            out.extend({"term": name, "grade": parse_grade(grade.text), "count": 1, "evidence": [_ev(t), _ev(grade)]}
                       for name in self._ae_terms(t, text))
        return out

    def _place(self, res: dict, key: str, arm: Optional[int], item: dict, single: bool) -> None:
        if single:
            arm = 0
        if arm is None:
            res[key[4:] if key.startswith("arm_") else key].append(item)
        else:
            res[key][arm].append(item)

    def _assign_arms(self, items: list[dict], refs, arms, sent: Sentence, respectively: bool) -> list[Optional[int]]:
        """The arm of each item (None: the study's); an item whose count names one arm ("52 PBT
        patients (76.5%)") is that arm's."""
        out = self._arms_in_order(items, refs, arms, sent, respectively)
        for i, item in enumerate(items):
            if "count_at" in item:
                inside = {k for p, k in refs if item["count_at"] <= p < item["pos"]}
                if len(inside) == 1:
                    out[i] = inside.pop()
        return out

    def _arms_in_order(self, items: list[dict], refs, arms, sent: Sentence, respectively: bool) -> list[Optional[int]]:
        if len(arms) == 1:
            return [0] * len(items)
        distinct = list(dict.fromkeys(k for _, k in refs))
        text = sent.doc_text
        # "Median PFS was a, b and c, respectively; the HR was 0.38 for arm C versus arm B": a later
        # clause's arms do not give the list's order
        # (nor those of a clause after "respectively; ...": "38.4 and 34.7 months, respectively (P = .61); 12
        # patients in the TACE arm received PBT after progression")
        cut = None
        if respectively:
            said = self.respectively.search(sent.text)
            lo = items[-1]["span"].end_char if said is None else min(items[-1]["span"].end_char, sent.start_char + said.end())
            cut = next(marks.top_level(text, ";", lo, sent.end_char), None)
        elif refs:
            # "Median OS was 58.1 vs 44.6 weeks (HR ...); 12 patients in the sorafenib group crossed over": arms
            # named only in a later clause do not give the order of numbers that name none, unless that clause
            # compares them ("...; the difference versus lenvatinib was 3.8 points for A and 7.5 for B")
            later = next(marks.top_level(text, ";", items[-1]["span"].end_char, sent.end_char), None)
            if later is not None and all(p > later and not self.comparator_before.search(text, max(later, p - 20), p)
                                         for p, _ in refs):
                cut = later
        named = self._naming_order(sent, [(p, k) for p, k in refs if cut is None or p < cut])
        order = named if len(named) >= 2 else self._order(arms)
        if len(named) < 2 and cut is not None and any(p > cut for p, _ in refs):
            # the arms are named only after the list's clause: the order before this sentence named them
            before = self._order_before
            order = before if before is not None and len(before) == len(arms) else list(range(len(arms)))
        if len(named) == 1 and len(arms) == 2 and all(p < items[0]["pos"] and not _CLAUSE_OR_LINE_BREAK.search(text, p, items[0]["pos"]) for p, _ in refs):
            # "Lenvatinib prolonged OS (median 9.1 vs 7.0 months)": the one arm named before the
            # numbers is the first of them, whichever order the arms were defined in
            order = [named[0], 1 - named[0]]
        if len(items) == len(arms) + 1 and len(arms) >= 2 and not any(items[0]["pos"] <= p < items[-1]["pos"] for p, _ in refs) \
                and self.pooled_first.search(text, max(0, sent.start_char - 500), sent.end_char):
            # "ORR was 14.5% overall, 20.6% in cohort 1 and 7.1% in cohort 2; ... Median OS was a, b and c,
            # respectively": the first number of such a list is all the arms' together
            return [None] + self._order(arms)
        before = self._prev_named
        if respectively and not refs and len(items) < len(arms) and before is not None \
                and before[0] == sent.index - 1 and len(items) == len(before[1]):
            # "... in 40 who received A and 41 who received B ... . Serious events were reported in 40
            # (13%) and 18 (6%) patients, respectively": of three arms, the two the sentence before named
            return list(before[1])
        by_size = _arms_by_totals(items, arms) if respectively else None
        if by_size is not None:
            # "in 94 (27.5%) of 342, 29 (16.3%) of 178, and 62 (18.2%) of 340 patients, respectively":
            # each denominator is one arm's size; the lists after it that name no arm follow that order
            if len(by_size) == len(arms):
                self._last_order = by_size
            return by_size
        if respectively and len(items) == len(arms) != len(order):
            # "15.0, 10.0 and 8.2 mo, respectively (A vs C: HR ...)": arms named after the list
            # compare two of them; the list covers all
            order = self._order(arms)
        if respectively:
            if len(items) == len(order):
                return order
            if len(items) % len(order) == 0:
                per = len(items) // len(order)
                k = len(order)
                # "ORR was a, b and c, and OS rates were d, e and f, respectively": endpoint-major; so too
                # "61 (94%) in the A group and 55 (87%) in the B group, and grade 3 or worse in 31 (48%) and
                # 23 (37%), respectively", where an arm is named between the first two numbers
                between = text[items[k - 1]["span"].end_char:items[k]["pos"]]
                if any(items[k - 1]["span"].end_char <= e.start_char < items[k]["pos"] for e in sent.of("ENDPOINT")) \
                        or _RATE_OR_VERB.search(between) \
                        or any(items[0]["span"].end_char <= p < items[1]["pos"] for p, _ in refs):
                    return [order[i % k] for i in range(len(items))]
                return [order[i // per] for i in range(len(items))]
        # runs of values joined by "vs"/"versus" with no arm named between them
        out: list[Optional[int]] = [None] * len(items)
        runs, run = [], [0]
        comma = set()  # items joined to the one before by a bare comma ("43.6%, 41.0% and 29.6%")
        for i in range(1, len(items)):
            gap = text[items[i - 1]["span"].end_char:items[i]["pos"]]
            # the gap without brackets, totals and the next value's count: "(33%) of 206 and 39 ("
            bare = _GAP_FILLER.sub(" ", _BRACKETS.sub(" ", gap))
            # "67.6% (71/105), 50.0% (53/106)": a comma after the value's bracket joins too
            by_comma = bool(re.fullmatch(r"\s*,\s*", bare) or re.fullmatch(r"\s*,\s*", marks.CLOSED_BRACKET.sub(" ", gap)))
            joined = items[i].get("twin") or (min(len(marks.CLOSED_BRACKET.sub(" ", gap)), len(bare)) < 30 and (_VERSUS.search(gap)
                                                                 or re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?and\s*", gap)
                                                                 or re.fullmatch(r"\s*,?\s*and\s*", bare) or by_comma)
                                              and not any(items[i - 1]["span"].end_char <= p < items[i]["pos"] for p, _ in refs))
            if joined:
                run.append(i)
                if by_comma and not items[i].get("twin"):
                    comma.add(i)
            else:
                runs.append(run)
                run = [i]
        runs.append(run)
        # a comma joins a list only when the list has one number per arm
        split_runs = []
        for run in runs:
            if len(run) != len(order) and any(i in comma for i in run):
                part = [run[0]]
                for i in run[1:]:
                    if i in comma:
                        split_runs.append(part)
                        part = [i]
                    else:
                        part.append(i)
                split_runs.append(part)
            else:
                split_runs.append(run)
        runs = []
        for run in split_runs:
            # "(45.9% vs 17.7%), and 24 (15.3%) versus 9 (5.7%) ...": pairs joined by "and", each pair
            # one number per arm: one run per pair
            k = len(order)
            if k >= 2 and len(run) > k and len(run) % k == 0 and all(
                    bool(_VERSUS.search(text, items[a]["span"].end_char, items[b]["pos"]))
                    == (j % k != k - 1) for j, (a, b) in enumerate(zip(run, run[1:]))):
                runs.extend(run[j:j + k] for j in range(0, len(run), k))
            else:
                runs.append(run)
        singles = []
        for run in runs:
            if len(run) >= 2 and len(run) == len(order):
                for i, k in zip(run, _order_by_totals([items[i] for i in run], arms, order)):
                    out[i] = k
            elif len(run) >= 2 and len(run) == len(arms):
                # "14.1 vs 16.8 vs 12.3 mo (HR ... for A and ... for B)": a run over all the arms
                # while the sentence names only some of them
                for i, k in zip(run, self._order(arms)):
                    out[i] = k
            elif len(run) >= 2 and (named_after := self._refs_after_run(run, items, refs, text)) is not None:
                # "13 (15%) and 11 (13%) in the B and C groups": the arms named after the list, in order
                for i, k in zip(run, named_after):
                    out[i] = k
            elif len(run) >= 2 and len(named_before := self._refs_before_run(run, items, refs)) == len(run):
                # "longer with A than with C (median 17.9 vs 13.9 months ...), whereas B ...": the arms
                # named since the last number, in order, when the sentence names more
                for i, k in zip(run, named_before):
                    out[i] = k
            else:
                singles.extend(run)
        if not singles:
            return out
        items_single = [items[i] for i in singles]
        picked = self._nearest_refs(items_single, refs, distinct, sent, len(arms))
        for i, k in zip(singles, picked):
            out[i] = k
        return out

    @staticmethod
    def _refs_before_run(run: list[int], items: list[dict], refs) -> list[int]:
        """The distinct arms named between the number before a list of values (or the sentence's
        start) and the list, in order of naming."""
        lo = items[run[0] - 1]["span"].end_char if run[0] else -1
        return list(dict.fromkeys(k for p, k in refs if lo <= p < items[run[0]]["pos"]))

    def _refs_after_run(self, run: list[int], items: list[dict], refs, text: str) -> Optional[list[int]]:
        """The arms named right after a list of values, one per value ("... and 11 (13%) in the
        LEN-TACE and LEN-TACE-RT groups"), or None."""
        end = items[run[-1]]["span"].end_char
        nxt = items[run[-1] + 1]["pos"] if run[-1] + 1 < len(items) else len(text)
        after = [(p, k) for p, k in refs if end <= p < nxt]
        if len(after) != len(run) or len({k for _p, k in after}) != len(run) \
                or not self.arms_after_list.fullmatch(text, end, after[0][0]):
            return None
        return [k for _p, k in after]

    def _pairs_by_landmark(self, values, rate_idx, n_tps: int, n_arms: int, text: str) -> bool:
        """Rates written landmark by landmark, the arms of each joined by "vs" and the landmarks
        by "and" or a comma: "a vs. b and c vs. d"."""
        if n_arms < 2 or len(rate_idx) != n_tps * n_arms:
            return False
        for j, (a, b) in enumerate(zip(rate_idx, rate_idx[1:])):
            versus = self.versus_between.search(text, values[a]["span"].end_char, values[b]["pos"]) is not None
            if versus != ((j + 1) % n_arms != 0):
                return False
        return True

    def _grid(self, values, rate_idx, n_tps, arms, refs, sent) -> Optional[list]:
        """"a% and b% [in arm 1] versus c% and d% [in arm 2]": groups split by versus, landmark
        by position inside a group. A run with nothing between its groups, after every arm was
        named ("...; corresponding RFS rates were a, b, c and d, e, f"), is cut into equal groups
        in the order the arms were named."""
        if len(arms) < 2 or len(rate_idx) != n_tps * len(arms):
            return None
        text = sent.doc_text
        groups, cur = [], [rate_idx[0]]
        for a, b in zip(rate_idx, rate_idx[1:]):
            gap = text[values[a]["span"].end_char:values[b]["pos"]]
            # "a, b and c in the A group and d, e and f in the B group": an arm named between
            if self.versus_between.search(gap) or \
                    any(values[a]["span"].end_char <= p < values[b]["pos"] for p, _ in refs):
                groups.append(cur)
                cur = [b]
            else:
                cur.append(b)
        groups.append(cur)
        if len(groups) == 1 and all(p < values[rate_idx[0]]["pos"] for p, _ in refs) \
                and len({k for _, k in refs}) == len(arms):
            groups = [cur[c:c + n_tps] for c in range(0, len(cur), n_tps)]
        elif len(groups) == 1 and not refs:
            # "the 1-, 2-year OS rates were a, b and c, d, respectively": no arm named; an "and" ends
            # each arm's landmarks, a comma joins them
            groups, cur = [], [rate_idx[0]]
            for a, b in zip(rate_idx, rate_idx[1:]):
                if self.group_joiner.fullmatch(text, values[a]["span"].end_char, values[b]["pos"]):
                    groups.append(cur)
                    cur = [b]
                else:
                    cur.append(b)
            groups.append(cur)
        if len(groups) != len(arms) or any(len(g) != n_tps for g in groups):
            return None
        named = self._naming_order(sent, refs)
        order = named if len(named) == len(arms) else self._order(arms)
        out = [None] * len(values)
        for g, k in zip(groups, order):
            for i in g:
                out[i] = k
        return out

    def _ref_end(self, text: str, start: int, ends: dict) -> int:
        """Where the arm reference at ``start`` ends: its entity's end, or its name's ("arm A"), with
        the arm noun after a treatment ("the TACE group")."""
        end = ends[start] if start in ends else _REF_NAME.match(text, start).end()
        m = self.arm_word_after.match(text, end)
        return m.end() if m and not m.group().rstrip().endswith("=") else end

    def _nearest_refs(self, items, refs, distinct, sent, n_arms: int) -> list[Optional[int]]:
        # parallel phrasing: an arm written after each value ("16.3 months with A and 6.5 months
        # with B") or before it ("for A of 13.6 months ... for B 12.3 months"); the first value decides
        after_of, before_of = [], []
        # an arm right after a value ("15.8 months (13.4-18.0) with B") is that value's, not the next one's
        tight = {i: p for i, item in enumerate(items) for p, _k in refs
                 if p > item["span"].end_char and self.tight_arm_after.fullmatch(sent.doc_text, item["span"].end_char, p)}
        # a value opening a bracket right after an arm's name ("higher with A (22.4%) than with B
        # (13.1%)") is that arm's
        ends = {e.start_char: e.end_char for e in sent.ents}
        opened = {i: (p, k) for i, item in enumerate(items) for p, k in refs
                  if p < item["pos"] and (_OPENS_ON_COUNT if "count" in item else _OPENS_ONLY).fullmatch(
                      sent.doc_text, self._ref_end(sent.doc_text, p, ends), item["pos"])}
        claimed = set(tight.values())
        # "A achieved a median OS of 16.9 months versus B (HR ...)": B is what the value is compared with
        compared = {p for item in items[-1:] for p, _k in refs
                    if p > item["span"].end_char and self.compared_arm_after.fullmatch(sent.doc_text, item["span"].end_char, p)}
        for i, item in enumerate(items):
            lo = items[i - 1]["span"].end_char if i else sent.start_char
            hi = items[i + 1]["pos"] if i + 1 < len(items) else sent.end_char
            # an arm named after the next ";" belongs to the next clause (not the ";" of "(8; 12.1%)")
            hi = marks.clause_end(sent.doc_text, sent.start_char, item["pos"], item["span"].end_char, hi)
            after = [(p, k) for p, k in refs if item["span"].end_char <= p < hi and p not in compared]
            before = [(p, k) for p, k in refs if lo <= p < item["pos"] and p not in claimed]
            if i not in opened and self._compared_subject(sent, before, item, ends):
                # "A was non-inferior to B for OS (median 17.4 months ...)": the subject's value
                opened[i] = before[-2]
            after_of.append(after[0] if after else None)
            before_of.append(before[-1] if before else None)
            if i == 0:
                d_after = after[0][0] - item["span"].end_char if after else 10 ** 6
                d_before = item["pos"] - before[-1][0] if before else 10 ** 6
        prefer_after = d_after < d_before and 0 not in opened
        out: list[Optional[int]] = []
        used = None  # the reference the last value took
        reused = []  # values whose only reference was the previous value's
        for i in range(len(items)):
            first, second = (after_of[i], before_of[i]) if (prefer_after or i in tight) and i not in opened \
                else (opened.get(i, before_of[i]), after_of[i])
            choice = first if first is not None else second
            between = [r for r in refs if i and items[i - 1]["span"].end_char <= r[0] < items[i]["pos"]]
            if prefer_after and used is not None and between == [used] and (choice is None or (choice is second and choice == used)):
                # "46.4% of TACE-L patients and 29.8% of TACE patients" with TACE unresolved: the
                # arm after the first value is not also the second's
                choice = None
                reused.append(i)
            used = choice
            out.append(choice[1] if choice is not None else None)
        missing = [k for k in range(n_arms) if k not in out]
        if len(items) == n_arms and len(reused) == 1 and out.count(None) == 1 and len(missing) == 1:
            out[reused[0]] = missing[0]  # one value per arm: the arm left is the unnamed one's
        only = [k for k in distinct if any(p not in compared for p, x in refs if x == k)]
        return [k if k is not None else (only[0] if len(only) == 1 else None) for k in out]

    def _compared_subject(self, sent: Sentence, before: list, item: dict, ends: dict) -> bool:
        """True when the value opens a bracket after "A was superior to B (for OS)": the last two
        arms named before it are the subject and the arm it is compared with."""
        if len(before) < 2 or before[-2][1] == before[-1][1]:
            return False
        text = sent.doc_text
        (subject, _), (other, _) = before[-2:]
        return bool(self.compared_to.fullmatch(text, self._ref_end(text, subject, ends), other)
                    and self.compared_bracket.fullmatch(text, self._ref_end(text, other, ends), item["pos"]))

    def _respective_p(self, sent: Sentence, ps: list[Span]) -> dict:
        """"ORR and DCR were 26.1% vs 6.5% (P = .012) and 76.1% vs 52.2% (P = .017), respectively":
        the n-th p-value of a "respectively" list is the n-th endpoint's, when the endpoints are
        all named before the first result and there are as many of them as p-values."""
        if len(ps) < 2 or not self.respectively.search(sent.text):
            return {}
        first = next((e.start_char for e in sent.ents if e.label_ == "RESULT"), None)
        if first is None or first > ps[0].start_char:
            return {}
        named: list[Span] = []
        for e in sent.of("ENDPOINT"):
            if e.start_char < first and not not_recorded(e.id_) and all(e.id_ != x.id_ for x in named):
                named.append(e)
        if len(named) != len(ps):
            return {}
        return {p.start_char: e for p, e in zip(ps, named)}

    def _endpoint_for(self, sent: Sentence, pos: int, end: Optional[int] = None) -> Optional[Span]:
        eps = [e for e in sent.of("ENDPOINT") if e.id_ not in ("MTD", "DLT")]
        text = sent.doc_text
        # an endpoint inside a bracket closed before the value is a breakdown's ("(CR n=5, PR n=40)")
        # ("(objective response rate [ORR] 14.3%, 5/35)": its own abbreviation's bracket is not that one)
        # ("Tumour shrinkage (objective response): 34.6%": the endpoint glossing a label's words is the label's)
        before = [e for e in eps if e.end_char <= pos and not (
            marks.open_before(text, sent.start_char, e.start_char) is not None
            and (close := _CLOSING.search(text, _ABBREVIATION_AFTER.match(text, e.end_char, pos).end(), pos))
            and not _GLOSS_CLOSE.match(text, close.start(), pos))]
        if before and self.uncoded_measure.search(text, before[-1].end_char, pos):
            before = []  # "ORR was 67.6% ..., and conversion to resection was achieved in 24 (22.9%)"
        end = pos if end is None else end
        after = [e for e in eps if e.start_char >= end]
        cand_after = None
        if after:
            gap = text[end:after[0].start_char]
            if len(gap) < 40 and not re.search(r"[\d;]|,\s*with\b", gap) and _LINK_TO_ENDPOINT.search(gap):
                # not ", with complete responses in ...": a clause of its own
                cand_after = after[0]
        if before and cand_after is not None:
            if "(" in text[end:after[0].start_char]:
                return before[-1]  # "ORR was 35.7% (CR n=5, PR n=40)": a breakdown follows
            if _COUNT_THEN_BRACKET.fullmatch(text, before[-1].end_char, pos):
                return before[-1]  # "CR 2 (5.6%), PR 14 (38.9%)": the count and its share follow their endpoint
            if _VERB_GAP.search(text, end, after[0].start_char) and _NEW_CLAUSE.search(text, before[-1].end_char, pos):
                return cand_after  # "Two (6.7%) achieved CR and 4 (13.3%) achieved PR": a clause of its own
            return cand_after if after[0].start_char - end < pos - before[-1].end_char else before[-1]
        if before:
            return before[-1]
        if cand_after is not None:
            return cand_after
        if after:
            # not an endpoint of a later clause: "26 (15.3%) ... underwent conversion hepatectomy ...;
            # median OS had not been reached among patients who underwent resection"
            # (unless the words before the number name its event: "Recurrence was recorded in 59 (36.0%) ...;
            # median time to recurrence was ...")
            semi = text.find(";", end, after[0].start_char)
            word = after[0].text.split()[-1].lower()
            if semi >= 0 and marks.open_before(text, sent.start_char, semi) is None \
                    and not (len(word) > 3 and word in text[sent.start_char:pos].lower()):
                return None
        return after[0] if after else None

    def _timepoint_of(self, sent: Sentence, ep: Optional[Span], tps) -> Optional[float]:
        """A landmark written next to its endpoint: "2-year OS", "36-month OS rate", "OS at 1 year"."""
        if ep is None:
            return None
        text = sent.doc_text
        for pos, months in tps:
            if pos < ep.start_char and re.fullmatch(r"[\w-]*\s*(?:\w+\s+)?", text[pos:ep.start_char]) and ep.start_char - pos < 20:
                return months
            if pos == sent.start_char and self.opening_landmark.fullmatch(text, pos, ep.start_char):
                return months  # "At week 16, disease control was ..."
            if pos == sent.start_char and len(tps) == 1 and sent.of("ENDPOINT") \
                    and self.opening_landmark.fullmatch(text, pos, sent.of("ENDPOINT")[0].start_char):
                return months  # "At 6 months, the ORR was a vs b, with complete response in c vs d": every rate's
            if pos == sent.start_char and len(tps) == 1 and (opened := self.opening_landmark.match(text, pos)) \
                    and opened.end() <= ep.start_char and self.landmark_after_start.match(text, pos, opened.end()):
                return months  # "One year after starting treatment, 71% of patients were alive"
            if pos > ep.end_char and re.fullmatch(r"\s*(?:rates?\s+)?(?:at\s*)?", text[ep.end_char:pos]):
                return months
            if ep.start_char < pos < ep.end_char and text[pos:ep.end_char].strip().lower() == "at":
                return months  # "Alive at two years": the landmark's "at" closes the endpoint's words
            if pos == ep.start_char and self.timepoint.fullmatch(text, pos, ep.end_char):
                return months  # "PFS6", "PFS-12": the landmark glued to its endpoint
            if pos < ep.start_char and ep.start_char - pos < 40 and self.landmark_of_two.fullmatch(text, pos, ep.start_char):
                return months  # "the 1-year PFS and OS rates": the landmark of both endpoints
        return None

    @staticmethod
    def _short_line(sent: Sentence) -> bool:
        """A sentence on one line, short, that names no endpoint (one that may be an arm's line)."""
        text = sent.text.strip()
        return "\n" not in text and len(text) <= 200 and not sent.of("ENDPOINT")

    def _arm_line(self, sent: Sentence, refs) -> bool:
        """A line of its own that opens with an arm's name ("- Sorafenib: 4.2 months (95% CI 3.1-5.5)",
        "Arm A (n = 44): 7.6 (5.8 to 9.4)"), under a heading line that names the endpoint."""
        if not refs or not self._short_line(sent):
            return False
        doc_text = sent.doc_text
        line_start = doc_text.rfind("\n", 0, sent.start_char) + 1
        return self.arm_line_prefix.fullmatch(doc_text, line_start, refs[0][0]) is not None

    def _arm_line_cells(self, sent: Sentence, arms, heading: Heading, res: dict) -> bool:
        """Lines of values without units, one arm each, under a heading that gives the endpoint and
        the measure ("Outcome Measure 1: Progression-free survival / Measure Type: Median (95% CI);
        Unit of Measure: months / Arm A (Overall Number of Participants Analyzed: 44): 7.6 (5.8 to
        9.4) / Arm B: NA (17.9 to NA)"): each arm's value is read as a table's cell in the context of
        the heading's lines; under a heading about adverse events ("Number of Participants With Grade
        >=3 Adverse Events"), each value is a count of its events. True when the line was read so."""
        text = sent.text
        # (the cheap tests first: arm references are looked for only in a line that may be an arm's)
        if ":" not in text or not self._short_line(sent) or (heading.events is None and any(
                e.label_ == "RESULT" and e.id_ in ("percent", "time") for e in sent.ents)):
            return False
        refs = self.arm_refs(sent, arms)
        if not self._arm_line(sent, refs):
            return False
        doc_text, base = sent.doc_text, sent.start_char
        context = doc_text[heading.start:base]
        levels = marks.depths(text)
        cuts = [i for i, ch in enumerate(text) if ch == ";" and levels[i] == 0] + [len(text.rstrip())]
        read, lo = [], 0
        for hi in cuts:
            arms_in = {k for p, k in refs if base + lo <= p < base + hi}
            colon = next((i for i in range(lo, hi) if text[i] == ":" and levels[i] == 0), None)
            if len(arms_in) == 1 and colon is not None:
                k = arms_in.pop()
                raw = text[colon + 1:hi]
                note = self.arm_line_note.search(raw)  # "NA (17.9 to NA) [median not reached at data cut-off]"
                raw = raw[:note.start()] if note is not None else raw
                start = base + colon + 1 + len(raw) - len(raw.lstrip())
                cell = Cell(start, start + len(raw.strip()), raw.strip())
                if heading.events is not None:  # each value a count of the heading's events, at its grade
                    grade, terms = heading.events
                    event = self.tables._ae_cell(cell, counts=True) if cell.text else None
                    if event is not None:
                        evidence = [[heading.start, heading.end], [cell.start, cell.end]]
                        read.extend((k, {"term": term, "grade": grade, **event, "evidence": evidence}) for term in terms)
                else:
                    item = self.tables._outcome_cell(cell, heading.code, context, None) if cell.text else None
                    if item is not None:
                        item["evidence"] = [[cell.start, cell.end]]
                        read.append((k, item))
                analysed = self.analysed_in_label.search(text, lo, colon)
                if analysed is not None and k not in res["analysed"]:
                    res["analysed"][k] = int(analysed.group(1).replace(",", ""))
            lo = hi + 1
        for k, item in read:
            self._place(res, "arm_outcomes" if heading.events is None else "arm_aes", k, item, False)
        return bool(read)

    def _outcomes(self, sent: Sentence, arms, refs, values, res, all_values: list[dict],
                  heading: Optional[str] = None) -> None:
        """``values``: the numbers still free for outcomes; ``all_values``: every number in the
        sentence (an endpoint list ends at the number before it); ``heading``: the endpoint of the
        heading line above an arm's line that names none."""
        single = len(arms) == 1
        text = sent.text
        none = self.no_response.search(text)
        no_cr = self.no_complete_response.search(text) if none is None else None
        if no_cr is not None and len(arms) > 1 and not self.every_arm_after.match(
                sent.doc_text, sent.start_char + no_cr.end(), sent.end_char):
            no_cr = None  # (which arm's, when the sentence names none: not read)
        none = none or no_cr
        if none:
            item = {"endpoint": "CR" if no_cr else "ORR", "stat": "rate", "value": 0, "unit": "%", "count": 0,
                    "evidence": [[sent.start_char, sent.end_char]]}
            end = sent.start_char + none.end()
            if len(arms) > 1 and self.every_arm_after.match(sent.doc_text, end, sent.end_char):
                for k in range(len(arms)):  # "No objective response was observed in either group"
                    self._place(res, "arm_outcomes", k, dict(item), False)
            else:
                head = self.of_total_head.match(text)
                if head is not None and single:
                    item["total"] = int(head.group(1).replace(",", ""))  # "Among the 35 evaluable patients, ... no complete responses"
                self._place(res, "arm_outcomes", None, item, single)
        for nr in self.not_reached.finditer(text):
            at = sent.start_char + nr.start()
            eps_before = [ep for ep in sent.of("ENDPOINT") if ep.end_char <= at and at - ep.end_char < 45
                          and ep.id_ in self.time_endpoints]
            if not eps_before or any(ep.end_char <= v["pos"] < at for v in values for ep in eps_before[-1:]):
                between = self._not_reached_between(sent, nr, values) if eps_before else None
                if between is not None:  # "median 16.1 mo, NR and 13.4 mo": one per arm
                    values = sorted(values + [between], key=lambda v: v["pos"])
                continue
            ep = eps_before[-1]
            listed = self._not_reached_in_list(sent, nr, values)
            if listed is not None:  # "not reached with A, 23.1 months with B and 15.2 months with C"
                values = sorted(values + [listed], key=lambda v: v["pos"])
                continue
            item = {"endpoint": ep.id_, "stat": "median", "value": None, "unit": None, "evidence": [_ev(ep)]}
            end = sent.start_char + nr.end()
            ci = next((e for e in sent.ents if e.label_ == "CI" and 0 <= e.start_char - end < 8), None)
            if ci is not None:  # "not reached (95% CI, 9.8 months to not estimable)": the interval's lower bound
                low, high = parse_ci(ci.text)
                if low is not None:
                    item.update(ci_low=as_int_or_float(low), ci_high=as_int_or_float(high) if high is not None else None)
                    item["evidence"].append(_ev(ci))
            if not single and _IN_EVERY_ARM.match(text, nr.end(), nr.end() + 25):
                for k in range(len(arms)):
                    self._place(res, "arm_outcomes", k, dict(item), single)
            else:  # the arm the paragraph is about, if any
                self._place(res, "arm_outcomes", self._sent_topic if not refs else None, item, single)
        if not values or self.definition.search(text):
            return
        counted = self.events_count.search(text)
        if counted is not None:
            # "RFS events had occurred in 127 (38.0%) patients in the A arm and 158 (47.3%) in the B
            # arm": the events the analysis counted, up to the next endpoint named, are no rate
            lo = sent.start_char + counted.end()
            hi = min((e.start_char for e in sent.of("ENDPOINT") if e.start_char >= lo), default=sent.end_char)
            values = [v for v in values if not lo <= v["pos"] < hi]
            if not values:
                return
        tps = self.timepoints(sent)
        values = [v for v in values if not any(abs(v["pos"] - p) < 3 for p, _ in tps)]
        if not tps and self._sent_before is not None and self.corresponding.match(text):
            # "the 1-, 3- and 5-year OS rates were ... . The corresponding RFS rates were a, b and c
            # versus d, e and f": the landmarks of the sentence before
            tps = self.timepoints(self._sent_before)
        # clauses: depth-0 ";" and the end of each "respectively"
        cuts = set(sent.start_char + m.end() for m in self.respectively.finditer(text))
        depths = marks.depths(text)
        for i, depth in enumerate(depths):
            if depth == 0 and text[i] == ";":
                cuts.add(sent.start_char + i + 1)
        own_clauses = self._endpoint_clauses(sent, values, tps, depths)
        cuts |= own_clauses
        bounds = sorted({sent.start_char, *cuts})
        for lo, hi in zip(bounds, bounds[1:] + [sent.end_char]):
            part = [v for v in values if lo <= v["pos"] < hi]
            if part:
                resp = bool(self.respectively.search(sent.doc_text[lo:hi]))
                # "RFS at 12 months: 78% vs 65%; RFS at 24 months: 63% vs 51%": each clause its own landmark
                own_tps = [t for t in tps if lo <= t[0] < hi] if len(bounds) > 1 else tps
                # a clause without a landmark takes one written before it, not one of a later clause
                # ("7 of 28 (25.0%) had recurred; ... the 1-year RFS rate was 78.6%")
                self._outcome_values(sent, arms, refs, part, res, resp, all_values,
                                     own_tps or ([t for t in tps if t[0] < lo] if lo not in own_clauses else []), heading)

    def _endpoint_clauses(self, sent: Sentence, values: list[dict], tps: list[tuple[int, float]],
                          depths: list[int]) -> set[int]:
        """Where a depth-0 ", and" opens another endpoint's own clause ("3-year and 5-year OS were a
        and b in A vs c and d in B (HR ...), and 3-year and 5-year RFS were ..."): nothing but its
        landmarks stands between the joiner and the endpoint, no other endpoint between the endpoint
        and its first number, numbers on both sides, an endpoint before it other than this one, and
        no "respectively" after it (which would close both clauses). ``depths``: the bracket depth
        of each character of the sentence."""
        eps = sent.of("ENDPOINT")
        if ", " not in sent.text or len(eps) < 2 or "respectively" in sent.text:
            return set()
        cuts: set[int] = set()
        for m in self.endpoint_clause_joiner.finditer(sent.text):
            if depths[m.start()] != 0:
                continue
            at = sent.start_char + m.end()
            ep = next((e for e in eps if e.start_char >= at), None)
            if ep is None:
                continue
            gap = sent.doc_text[at:ep.start_char]
            landmarks = [p for p, _ in tps if at <= p < ep.start_char]
            if gap.strip() and not (landmarks and self.landmark_gap.fullmatch(gap)):
                continue  # (not "..., and 3-year post-LT recurrence-free survival was ...")
            first = next((v["pos"] for v in values if v["pos"] >= ep.end_char), None)
            before = {e.id_ for e in eps if e.end_char <= at}
            if first is None or not any(v["pos"] < at for v in values) or not before - {ep.id_} \
                    or any(ep.end_char <= e.start_char < first for e in eps):
                continue
            cuts.add(sent.start_char + m.start() + 1)
        return cuts

    def _rates_by_criterion(self, sent: Sentence, values: list[dict], ep_of: list) -> None:
        """"ORR was 52.4% (22/42) by mRECIST, with complete response in 7 (16.7%), and 38.1% (16/42) by
        RECIST 1.1": a rate followed by a criterion, read as the response category named between,
        is the response rate an earlier rate followed by a criterion was."""
        text = sent.doc_text
        qualified = [i for i, v in enumerate(values) if v["unit"] == "%" and self.criterion_after.match(text, v["span"].end_char)]
        for i in qualified:
            if ep_of[i] not in RESPONSE_CATEGORIES:
                continue
            head = next((j for j in reversed(qualified) if j < i and ep_of[j] in ("ORR", "DCR")), None)
            if head is not None:
                ep_of[i] = ep_of[head]

    @staticmethod
    def _not_reached_between(sent: Sentence, nr: re.Match, values: list[dict]) -> Optional[dict]:
        """A median "not reached" between two medians of a list ("16.1 mo, NR and 13.4 mo", "16.1
        months, not reached and 13.4 months"): a value of its own (none), so the list keeps one number
        per arm; None when it is not so placed (each side needs a median read as one)."""
        start, end = sent.start_char + nr.start(), sent.start_char + nr.end()
        text = sent.doc_text
        prev = next((v for v in reversed(values) if v["span"].end_char <= start), None)
        nxt = next((v for v in values if v["pos"] >= end), None)
        if prev is None or nxt is None or prev["kind"] != "time" or nxt["kind"] != "time" \
                or not _LIST_GAP.fullmatch(text, prev["span"].end_char, start) or not _LIST_GAP.fullmatch(text, end, nxt["pos"]):
            return None
        return {"span": _Offsets(start, end), "pos": start, "kind": "time", "value": None,
                "unit": nxt["unit"] or prev["unit"], "not_reached": True}

    def _not_reached_in_list(self, sent: Sentence, nr: re.Match, values: list[dict]) -> Optional[dict]:
        """A median "not reached" that heads a list of medians, one per arm ("not reached (95% CI
        25.3-NE) with A, 23.1 months with B and ..."): a value of its own (none, with its CI), so
        the list keeps one number per arm; None when no median follows it in the clause."""
        start, end = sent.start_char + nr.start(), sent.start_char + nr.end()
        text = sent.doc_text
        nxt = next((v for v in values if v["pos"] >= end), None)
        if nxt is None or nxt["kind"] != "time" or nxt["value"] is None or nxt["pos"] - end > 90 \
                or next(marks.top_level(text, ";", end, nxt["pos"]), None) is not None:
            return None  # (a ";" inside a bracket does not end the clause: "not reached (NR; 95% CI ...) vs 15.1 mo")
        item = {"span": _Offsets(start, end), "pos": start, "kind": "time", "value": None,
                "unit": nxt["unit"], "not_reached": True}
        ci = next((e for e in sent.ents if e.label_ == "CI" and 0 <= e.start_char - end < 8), None)
        if ci is not None:
            item["ci"] = parse_ci(ci.text)
        return item

    def _outcome_values(self, sent: Sentence, arms, refs, values, res, respectively: bool,
                        all_values: list[dict], tps: list[tuple[int, float]], heading: Optional[str] = None) -> None:
        single = len(arms) == 1
        eps = [e for e in sent.of("ENDPOINT") if e.id_ not in ("MTD", "DLT", "AE")]
        ep_spans = [self._endpoint_for(sent, v["pos"], v["span"].end_char) for v in values]
        # (a "not reached" read before the numbers closes the list of endpoints they are given for: "Median
        # RFS was not reached in either arm, and 2-year OS was 94.4% vs 93.0%")
        reached = [sent.start_char + m.end() for m in self.not_reached.finditer(sent.text)
                   if sent.start_char + m.end() <= values[0]["pos"]] if "reach" in sent.text or "NR" in sent.text else []
        prev_value_end = max([x["span"].end_char for x in all_values if x["span"].end_char <= values[0]["pos"]]
                             + reached + [sent.start_char])
        ep_codes = list(dict.fromkeys(e.id_ for e in eps if prev_value_end <= e.start_char < values[0]["pos"]))
        coordinated = respectively and len(ep_codes) == len(values) and len(ep_codes) > 1
        if coordinated:
            ep_of = [ep_codes[i] for i in range(len(values))]
            # each endpoint's mention in the list before the values, not an earlier one ("Median PFS
            # was ...; the 1-year PFS and OS rates were a and b")
            listed = [e for e in eps if prev_value_end <= e.start_char < values[0]["pos"]]
            first_eps = [next(e for e in listed if e.id_ == c) for c in ep_codes]
            tp_first = self._timepoint_of(sent, first_eps[0], tps)
            tp_of = [self._timepoint_of(sent, e, tps) or tp_first for e in first_eps]
            arm_of = [0 if single else None] * len(values)
            if not single:
                distinct = list(dict.fromkeys(k for _, k in refs))
                if len(distinct) == 1:
                    arm_of = [distinct[0]] * len(values)
        else:
            ep_of = [v.get("endpoint") or (e.id_ if e is not None else heading) for e, v in zip(ep_spans, values)]
            self._rates_by_criterion(sent, values, ep_of)
            arm_of = self._assign_arms(values, refs, arms, sent, respectively)
            self._listed_endpoints(sent, values, ep_codes, ep_of, arm_of, refs, arms, respectively)
            by_ep: dict = {}
            for i, code in enumerate(ep_of):
                by_ep.setdefault(code, []).append(i)
            if not single and self._sent_topic is not None and all(a is None for a in arm_of) \
                    and len({(code, v["unit"]) for code, v in zip(ep_of, values)}) == len(values):
                arm_of = [self._sent_topic] * len(values)  # the paragraph's arm: one number per endpoint
            if not single and not respectively and len(by_ep) > 1 and None not in by_ep \
                    and all(len(idx) == len(arms) for idx in by_ep.values()) and any(a is None for a in arm_of):
                # interleaved endpoints, one number per arm each: "ORR was 35.7% (CR n=5, PR n=40) vs
                # 12.9% (CR n=1, PR n=15)": each endpoint's numbers in arm order
                for idx in by_ep.values():
                    for i, k in zip(idx, self._assign_arms([values[i] for i in idx], refs, arms, sent, False)):
                        arm_of[i] = k
            tp_of = [self._timepoint_of(sent, e, tps) if v["unit"] == "%" else v.get("timepoint") for e, v in zip(ep_spans, values)]
            floating = [t for p, t in tps if not any(e is not None and abs(p - e.start_char) < 25 for e in ep_spans)]
            rate_idx = [i for i, v in enumerate(values) if v["unit"] == "%"]
            tps_before = [t for t in tps if rate_idx and t[0] < values[rate_idx[0]]["pos"]]
            if len(tps) > 1 and rate_idx and len(tps_before) == len(tps) and len(rate_idx) % len(tps) == 0:
                # "the 1- and 2-year rates were a and b ... and c and d": cycle through the landmarks
                n_groups = len(rate_idx) // len(tps)
                if self._pairs_by_landmark(values, rate_idx, len(tps), len(arms), sent.doc_text):
                    # "1-year and 2-year OS rates were a vs. b and c vs. d": one "vs" pair per landmark
                    named = self._naming_order(sent, refs)
                    order = named if len(named) == len(arms) else self._order(arms)
                    for j, i in enumerate(rate_idx):
                        tp_of[i], arm_of[i] = tps[j // len(arms)][1], order[j % len(arms)]
                else:
                    for j, i in enumerate(rate_idx):
                        tp_of[i] = tps[j % len(tps)][1] if n_groups > 1 else tps[j][1]
                    one = {k for _, k in refs} if refs else ({self._sent_topic} if self._sent_topic is not None else set())
                    first, last = values[rate_idx[0]]["pos"], values[rate_idx[-1]]["pos"]
                    if len(one) == 1 and not single and all(p < first for p, _ in refs) \
                            and not self.versus_between.search(sent.doc_text, first, last):
                        # "In the MWA group, the 1-, 3- and 5-year OS rates were a, b and c[, with RFS rates of
                        # d, e and f]": one arm's landmarks
                        for i in rate_idx:
                            arm_of[i] = next(iter(one))
                    grid = self._grid(values, rate_idx, len(tps), arms, refs, sent)
                    if grid is not None:  # the landmark rates; the other numbers keep their arms
                        arm_of = [g if g is not None else a for g, a in zip(grid, arm_of)]
            elif len(tps) > 1 and rate_idx and tps[0][0] < values[rate_idx[0]]["pos"] and any(
                    values[rate_idx[0]]["pos"] < p < values[rate_idx[-1]]["pos"] for p, _ in tps):
                # "RFS at 3 years was a versus b, and at 5 years c versus d": the landmark before each
                for i in rate_idx:
                    tp_of[i] = [t for p, t in tps if p < values[i]["pos"]][-1]
            elif len(tps) > 1 and rate_idx:
                # "96.2% vs 94.3% at 1 year and 88.5% vs 86.8% at 2 years": the landmark after the values
                for i in rate_idx:
                    later = [t for t in tps if t[0] > values[i]["pos"]]
                    if later and tp_of[i] is None:
                        tp_of[i] = later[0][1]
            elif len(floating) == 1:
                for i in rate_idx:
                    tp_of[i] = floating[0]
        for i, v in enumerate(values):
            code = ep_of[i]
            if code is None or code in ("SD+PD", "AE") or not_recorded(code) or (
                    v["value"] is None and v.get("count") is None and not v.get("not_reached")):
                continue
            stat = "median" if v["unit"] in ("months", "weeks", "days", "years") else "mean" if v["kind"] == "score" else "rate"
            if stat == "median" and (self._written_as_mean(sent.doc_text, ep_spans[i], v["pos"])
                                     or marks.SPREAD_AFTER.match(sent.doc_text, v["span"].end_char)):
                stat = "mean"  # "a longer mean RFS (75.9 vs 68.6 weeks)", "(9.42±2.16) months"
            item = {"endpoint": code, "stat": stat}
            if v.get("not_reached"):
                item.update(value=None, unit=None)
            if tp_of[i] is not None:
                item["timepoint_months"] = as_int_or_float(tp_of[i])
            if v["value"] is not None:
                item["value"] = as_int_or_float(v["value"])
                item["unit"] = v["unit"]
            if "count" in v:
                item["count"] = v["count"]
            if "total" in v:
                item["total"] = v["total"]
            if "ci" in v:
                item["ci_low"], item["ci_high"] = (as_int_or_float(x) for x in v["ci"])
            item["evidence"] = [_ev(v["span"])]
            if not single and arm_of[i] is None and (len(values) == 1 or not any(
                    0 <= v["pos"] - w["span"].end_char <= 15 for w in values if w is not v)) \
                    and self.every_arm_after.match(sent.doc_text, v["span"].end_char, sent.end_char):
                # "Median time to progression was 12 weeks in both groups" (not a pair's second number:
                # "30% and 20% in both groups")
                for k in range(len(arms)):
                    self._place(res, "arm_outcomes", k, dict(item), single)
                continue
            self._place(res, "arm_outcomes", arm_of[i], item, single)

    def _listed_endpoints(self, sent: Sentence, values: list[dict], codes: list[str], ep_of: list, arm_of: list,
                          refs, arms, respectively: bool) -> None:
        """Endpoints listed before their numbers ("The ORR and DCR were 30% and 70%", "median PFS and OS
        were 5.6 and 12.1 months"), each number read so far as the last one's: one number per endpoint
        in turn. With more arms, the numbers come arm by arm ("30% and 70% in the A group and 13% and
        56% in the B group": an arm named between the groups) or endpoint by endpoint ("30% vs 13% and
        70% vs 56%", "30% and 13% (P = .002) and 70% and 56% (P = .04)": "vs" inside a group, or a
        comparison after each); ``ep_of`` and ``arm_of`` are changed in place."""
        n = len(codes)
        if n < 2 or len(values) % n or any(code != codes[-1] for code in ep_of):
            return
        groups = len(values) // n
        if groups == 1:
            ep_of[:] = codes
            return
        if groups != len(arms):
            return
        text = sent.doc_text

        def between(i: int) -> tuple[int, int]:
            return values[i - 1]["span"].end_char, values[i]["pos"]

        def named_between(size: int) -> bool:
            return all(any(lo <= p < hi for p, _ in refs) for lo, hi in map(between, range(size, len(values), size)))

        def compared_after(size: int) -> bool:
            ends = [between(i) for i in range(size, len(values), size)] + [(values[-1]["span"].end_char, sent.end_char)]
            return all(any(e.label_ in ("P_VALUE", "RATIO") and lo <= e.start_char < min(hi, lo + 40) for e in sent.ents)
                       for lo, hi in ends)

        versus_inside = any(self.versus_between.search(text, *between(i)) for i in range(1, len(arms)))
        if named_between(n) and not versus_inside:
            ep_of[:] = [codes[i % n] for i in range(len(values))]
            # each group's arm: the one named after it ("30% and 70% with A and 13% and 56% with B"),
            # else the one named before it
            bounds = [sent.start_char] + [values[g * n]["pos"] for g in range(1, groups)] + [sent.end_char]
            firsts = [values[g * n]["pos"] for g in range(groups)]
            lasts = [values[g * n + n - 1]["span"].end_char for g in range(groups)]
            after = [next((k for p, k in refs if lasts[g] <= p < bounds[g + 1]), None) for g in range(groups)]
            before = [next((k for p, k in reversed(refs) if (lasts[g - 1] if g else bounds[0]) <= p < firsts[g]), None)
                      for g in range(groups)]
            named = next((ks for ks in (after, before) if None not in ks and len(set(ks)) == groups), None)
            if named is not None:
                arm_of[:] = [named[i // n] for i in range(len(values))]
        elif versus_inside or compared_after(len(arms)):
            ep_of[:] = [codes[i // len(arms)] for i in range(len(values))]
            for g in range(n):
                idx = list(range(g * len(arms), (g + 1) * len(arms)))
                for i, k in zip(idx, self._assign_arms([values[i] for i in idx], refs, arms, sent, respectively)):
                    arm_of[i] = k

    def _written_as_mean(self, text: str, ep, pos: int) -> bool:
        """A time written as a mean: "mean" right before its endpoint ("the mean RFS") or its
        number ("a mean of 75.9 weeks")."""
        if "mean" not in text[max(0, min(pos, ep.start_char if ep is not None else pos) - 30):pos]:
            return False
        return bool((ep is not None and self.mean_before.search(text, max(0, ep.start_char - 30), ep.start_char))
                    or self.mean_before.search(text, max(0, pos - 30), pos))

    def _serious(self, term, text: str) -> bool:
        """Serious adverse events ("SAEs", "serious adverse events", "serious toxicity")."""
        if self.serious_graded_after.match(text, term.end_char):
            return False
        return term.id_ == "serious adverse event" or (
            term.label_ == "ENDPOINT" and bool(self.serious.search(text[max(0, term.start_char - 40):term.end_char])))

    def _ae_terms(self, span: Span, text: str) -> list[str]:
        if span.id_ in AE_SPLIT:
            return AE_SPLIT[span.id_]
        if span.id_ in CONTRACT_AE_TERMS or span.id_ in self.ae_named_terms or _ABBREVIATION.fullmatch(span.text):
            return [span.id_]  # a contract synonym, a term written in several forms, or an abbreviation ("irAEs")
        words, spelled = span.text.split(), span.id_.split()
        if len(words) == len(spelled) and _ABBREVIATED_WORD.search(span.text):
            # an abbreviated word the term's vocabulary id spells out: "GI hemorrhage" -> "gastrointestinal hemorrhage"
            words = [s if _ABBREVIATED_WORD.fullmatch(w) and not _ABBREVIATED_WORD.fullmatch(s) else w
                     for w, s in zip(words, spelled)]
        term = own_term(" ".join(words))
        if term in self.ae_general_heads:  # the site written before a general term: "intraperitoneal hemorrhage"
            site = self.ae_site.search(text[max(0, span.start_char - 30):span.start_char])
            if site:
                return [own_term(site.group(1) + " " + span.text)]
        return [term]

    def _inline_definition(self, sent: Sentence) -> Optional[tuple[int, int]]:
        """The [start, end) of a definition clause set off by commas after an event, in a sentence
        that goes on to report it ("X, defined as ..., occurred in 6"), when no other definition cue
        is in the sentence; else None."""
        m = self.inline_definition.search(sent.text)
        if m is None:
            return None
        rest = sent.text[:m.start()] + " " * (m.end() - m.start()) + sent.text[m.end():]
        if self.definition.search(rest):
            return None
        return sent.start_char + m.start(), sent.start_char + m.end()

    @staticmethod
    def _arms_of_absent(arms, refs, end: int, every: bool) -> list[Optional[int]]:
        """The arms an event that did not occur is counted 0 in: the single arm; every arm ("... in
        either arm"); else the arm named within 25 characters after the statement ending at ``end``
        (None: the study's)."""
        if len(arms) == 1:
            return [0]
        if every:
            return list(range(len(arms)))
        return [next((a for p, a in refs if end <= p < end + 25), None)]

    def _not_observed(self, sent: Sentence, terms: list, grades: list, arms, refs, res) -> list:
        """"Classic RILD was not observed in either arm": each AE term of the clause before the cue,
        with no number between, gets count 0 (in every arm with "in either arm", else in the arm
        named right after, or the single arm). Returns the terms left to read."""
        cue = self.ae_not_observed.search(sent.text)
        if cue is None:
            return terms
        doc_text, single = sent.doc_text, len(arms) == 1
        c0, c1 = sent.start_char + cue.start(), sent.start_char + cue.end()
        lo = max(sent.start_char, doc_text.rfind(";", sent.start_char, c0) + 1)
        later = {t.id_ for t in terms if t.start_char >= c1}
        # not "Classic RILD was not observed; nonclassic RILD occurred in 4": one term, counted after
        absent = [t for t in terms if t.label_ == "AE_TERM" and lo <= t.start_char and t.end_char <= c0
                  and t.id_ not in later]
        if not absent or any(e.label_ in ("RESULT", "SAMPLE_SIZE") and absent[0].end_char <= e.start_char < c0
                             for e in sent.ents):
            return terms
        targets = self._arms_of_absent(arms, refs, c1, self.every_arm_after.match(doc_text, c1) is not None)
        grade = next((parse_grade(g.text) for g in grades if lo <= g.start_char < absent[0].start_char), None)
        for t in absent:
            for name in self._ae_terms(t, doc_text):
                for arm in targets:
                    self._place(res, "arm_aes", arm, {"term": name, "grade": grade, "count": 0,
                                                      "evidence": [_ev(t)]}, single)
        return [t for t in terms if all(t is not a for a in absent)]

    @staticmethod
    def _grade_pair(grades, terms, vals_of, text: str) -> Optional[tuple[str, str]]:
        """"(A vs B, any grade [grade >=3])" before a list (or between the first event and its numbers:
        "hypertension of any grade / grade >=3 occurred in ..."): the grade of the numbers outside the
        terms' inner brackets, and of those inside."""
        first = next((min(v["pos"] for v in close if v is not None) for t, close in zip(terms, vals_of)
                      if close and any(v is not None for v in close)), None)
        return None if first is None else _declared_pair(grades, text, first)

    @staticmethod
    def _grades_by_depth(term, close, pair: tuple[str, str], text: str) -> dict:
        """"hypertension (31% vs 9% [12% vs 2%])" under a grade pair: by bracket depth."""
        depth = {}
        for v in close:
            if v is None or isinstance(v["span"], _Offsets):
                return {}
            gap = text[term.end_char:v["pos"]]
            depth[id(v)] = sum(gap.count(c) for c in "([") - sum(gap.count(c) for c in ")]")
        if len(set(depth.values())) != 2:
            return {}
        low = min(depth.values())
        return {k: pair[0] if d == low else pair[1] for k, d in depth.items()}

    @staticmethod
    def _pairs_in_turn(close, pair: tuple[str, str], text: str) -> dict:
        """Each arm's two numbers of an event in turn, the arms joined by "vs", under a grade pair:
        "141 (44.3%) / 45 (14.2%) vs 132 (41.4%) / 42 (13.2%)" is any grade, grade >=3, then the
        same for the next arm (one arm's: "(any grade; grade 3) ... hypertension (29 [61.7%]; 9
        [19.1%])"); {} when the numbers are not so written."""
        if None in close or len(close) % 2 or any(isinstance(v["span"], _Offsets) for v in close):
            return {}
        for i in range(0, len(close), 2):
            if not _NEXT_OF_PAIR.fullmatch(text, close[i]["span"].end_char, close[i + 1]["pos"]) \
                    or _VERSUS_GAP.search(text, close[i]["span"].end_char, close[i + 1]["pos"]):
                return {}
            if i + 2 < len(close) and not _VERSUS_GAP.fullmatch(text, close[i + 1]["span"].end_char, close[i + 2]["pos"]):
                return {}
        return {id(v): pair[i % 2] for i, v in enumerate(close)}

    @staticmethod
    def _other_arms_clause(text: str, start: int, end: int, refs) -> bool:
        """Whether a clause naming an arm opens between start and end ("grade 2 pneumonitis after
        A; after B they included abscess ..."): a grade before it is not the later terms'."""
        semi = next(marks.top_level(text, ";", start, end), None)
        return semi is not None and any(semi < p < end for p, _ in refs)

    def _list_opened(self, text: str, start: int, end: int) -> Optional[int]:
        """Where a list opener ("namely", "including", ":") ends, if one comes between start and
        end in the same clause (before any ";"); else None. (A search for the opener, not a match
        of "[^;]*?opener", which would be quadratic when searched over a sentence.)"""
        m = self.ae_list_opener.search(text, start, end)
        return m.end() if m and text.find(";", start, m.start()) < 0 else None

    def _list_arms(self, terms, vals_of, refs, text: str, end: int) -> dict:
        """Terms listed after an arm's number ("in three (2.0%) in the MWA group, namely pleural
        effusion (n = 2) and liver abscess (n = 1), and in four (2.6%) in the RFA group, namely
        ..."): term index -> that arm, up to the next number that opens a list."""
        opened = []  # (where the list starts, its arm)
        for close in vals_of:
            for v in close:
                if isinstance(v["span"], _Offsets):
                    continue
                nxt = next((t.start_char for t in terms if t.start_char > v["span"].end_char), None)
                if nxt is None:
                    continue
                cue = self._list_opened(text, v["span"].end_char, nxt)
                arm = [a for p, a in refs if v["span"].end_char <= p < (cue or -1)]
                if cue and len(set(arm)) == 1:
                    opened.append((cue, arm[0]))
        # a list ends at its clause's ";"; its members are the terms whose numbers are all in it
        return _members_of_lists(opened, terms, end, lambda start, stop: next(marks.top_level(text, ";", start, stop), stop),
                                 lambda k, start: bool(vals_of[k]) and all(start <= x["pos"] for x in vals_of[k]))

    def _trailing_group_lists(self, terms, vals_of, refs, text: str, sent: Sentence) -> dict:
        """"The most common were hypertension (13.1%) and proteinuria (4.7%) with the combination, and
        hypertension (15.2%) and hand-foot skin reaction (12.4%) in the control arm": an arm named at
        the end of a clause (before a comma, a ";" or the sentence's end) owns the numbered terms of
        that clause. Term index -> arm; only when every arm named closes a clause, each clause has
        numbered terms, and two arms are named."""
        closing = []
        for p, arm in sorted(refs):
            m = self.clause_after_ref.match(text, p, sent.end_char)
            if m is None or any(p <= t.start_char < m.end() for t in terms):
                return {}  # every arm named must close a clause ("in group A, two in group B" does not)
            closing.append((p, m.end(), arm))
        if len(closing) < 2 or len({a for _p, _e, a in closing}) < 2:
            return {}
        out = {}
        start = sent.start_char
        for p, end, arm in closing:
            members = [k for k, t in enumerate(terms) if start <= t.start_char < p and vals_of[k]
                       and all(start <= v["pos"] < p for v in vals_of[k] if v)]
            if not members:
                return {}  # each clause lists its arm's numbered events
            out.update((k, arm) for k in members)
            start = end
        return out

    def _group_clause_lists(self, terms, refs, text: str, end: int) -> dict:
        """"The common adverse events in the HAIC group were A (24 cases), B and C, and those in the
        TACE group were D ...": the terms listed after an arm's group name and "were" are that arm's,
        up to the next such list. Term index -> arm."""
        opened = []
        for p, arm in refs:
            m = self.group_list_verb.match(text, p, end)
            if m:
                opened.append((m.end(), arm))
        if len(opened) < 2 or len({a for _p, a in opened}) < 2:
            return {}
        return _members_of_lists(opened, terms, end)

    @staticmethod
    def _interleaved(run: list[int], terms: list, values: list[dict]) -> bool:
        """Each value sits between its term and the next term of the run."""
        for i, k in enumerate(run):
            nxt = terms[run[i + 1]].start_char if i + 1 < len(run) else None
            if values[i]["pos"] < terms[k].end_char or (nxt is not None and values[i]["pos"] > nxt):
                return False
        return True

    def _grade_5_events(self, sent: Sentence, terms: list) -> dict:
        """Generic adverse events written with grade 5 right before them and their causes in a
        bracket after ("grade 5 TRAE (immune-mediated hepatitis)"), or after patients "died of" them,
        as death mentions starting at the grade, mapped to the generic term they stand for."""
        out = {}
        text = sent.doc_text
        for t in terms:
            if t.label_ != "ENDPOINT":
                continue
            g = next((g for g in sent.of("AE_GRADE") if 0 <= t.start_char - g.end_char <= 1), None)
            # "died of TRAEs": deaths, their causes in a bracket after or not
            if g is not None and parse_grade(g.text) == "5" and (
                    self.died_of.match(g.text) or text[t.end_char:t.end_char + 2].lstrip(" ").startswith("(")):
                out[_Mention(g.start_char, t.end_char, "AE_TERM", "death")] = t
        return out

    def _death_causes_listed(self, sent: Sentence, t, terms: list, refs) -> list[tuple]:
        """(cause term, count, arm) for deaths whose causes follow a colon, each with its count and
        arm: "three treatment-related deaths: hepatic failure in one patient in the A group, and
        hepatic failure and haemorrhage in one patient each in the B group", "two deaths occurred,
        one from hepatic failure (arm A) and one from bleeding (arm B)". Empty unless every part
        names its causes, a count and one arm."""
        text = sent.doc_text
        colon = self.death_list_colon.match(text, t.end_char, sent.end_char)
        if colon is None:
            return []
        out: list[tuple] = []
        end = colon.end() + len(text[colon.end():sent.end_char].rstrip(" .\n"))
        cuts = list(self.death_list_split.finditer(text, colon.end(), end))
        for a, b in zip([colon.end()] + [c.end() for c in cuts], [c.start() for c in cuts] + [end]):
            named = [x for x in terms if x.label_ == "AE_TERM" and x.id_ != "death" and a <= x.start_char < b]
            count = self.death_list_count.search(text, a, b)
            arm = {k for p, k in refs if a <= p < b}
            number = parse_number(count.group(1) or count.group(2)) if count is not None else None
            if not named or number is None or len(arm) != 1:
                return []
            out.extend((x, int(number), next(iter(arm))) for x in named)
        return out

    def _counts_before_arms(self, sent: Sentence, t, refs) -> list[tuple[int, int, int]]:
        """(count, arm, position) for "One A-treated patient and two B-treated patients had <t>":
        each arm named before the event with its count right before it; empty unless every arm
        named there has one."""
        text = sent.doc_text
        before = [(p, k) for p, k in refs if sent.start_char <= p < t.start_char]
        if not before or not self.had_event.search(text, before[-1][0], t.start_char):
            return []
        out = []
        for p, k in before:
            m = self.count_before_ref.search(text, max(sent.start_char, p - 20), p)
            if m is None:
                return []
            count = parse_number(m.group(1))
            if count is None:
                return []
            out.append((int(count), k, m.start()))
        return out if len({k for _c, k, _p in out}) == len(out) else []

    @staticmethod
    def _cause_at(cause: re.Match, causes: dict, text: str):
        """The AE term a death's cause phrase leads to, a few plain words allowed before it
        ("from immune-mediated myocarditis")."""
        for start in range(cause.end(), min(cause.end() + 30, len(text))):
            if start in causes:
                return causes[start]
            if not (text[start].isalpha() or text[start] in " -"):
                return None
        return None

    def _bare_deaths(self, sent: Sentence, terms: list, causes: dict) -> list:
        """"One death, from immune-mediated myocarditis, ...", "two deaths in the A arm (hepatic
        failure and sepsis, one each)": a counted "death" followed by its cause, an AE term.
        ("death" alone is not an AE term: "death from any cause" is an
        endpoint's definition.)"""
        text, out = sent.doc_text, []
        for m in self.death_word.finditer(text, sent.start_char, sent.end_char):
            if any(t.start_char <= m.start() < t.end_char for t in terms):
                continue
            cause = self.death_cause_after.match(text, m.end(), sent.end_char) or \
                self.death_cause_bracket.match(text, m.end(), sent.end_char)  # "two deaths in arm A (hepatic failure and ...)"
            # "Two deaths (0.6%) in the A group were considered by the investigators to be related to treatment"
            named = cause is not None and self._cause_at(cause, causes, text) is not None
            if (named or self.death_related_after.match(text, m.end(), sent.end_char)) \
                    and self.death_count_before.search(text, max(sent.start_char, m.start() - 30), m.start()):
                out.append(_Mention(m.start(), m.end(), "AE_TERM", "death"))
        return out

    def _deaths(self, sent: Sentence, terms: list, arms, refs, res) -> set:
        """"Two (1%) treatment-related deaths occurred in the A group (one hepatic failure, one
        gastrointestinal haemorrhage)", "One treatment-related death (hepatic failure) occurred
        with B": the deaths as grade-5 events, the total as `any adverse event` unless it is one
        death with its cause named, each named cause with its own count. Returns the ids of the
        terms read here (the death term and its causes)."""
        done: set = set()
        text = sent.doc_text
        causes = {x.start_char: x for x in terms if x.label_ == "AE_TERM" and x.id_ != "death"}
        graded = self._grade_5_events(sent, terms)  # "One grade 5 TRAE (immune-mediated hepatitis)"
        for t in terms + self._bare_deaths(sent, terms, causes) + list(graded):
            if t.id_ != "death" or id(t) in done:
                continue
            m = self.death_count_before.search(text, max(sent.start_char, t.start_char - 30), t.start_char)
            if not m and self.died_of.match(text, t.start_char):
                m = self.died_count_before.search(text, max(sent.start_char, t.start_char - 80), t.start_char)
            if not m:
                # "One SIRT-treated patient and two sorafenib-treated patients had fatal AEs"
                for count, arm, pos in self._counts_before_arms(sent, t, refs):
                    self._place(res, "arm_aes", arm, {"term": "any adverse event", "grade": "5", "count": count,
                                                      "evidence": [[pos, t.end_char]]}, len(arms) == 1)
                    done.update({id(t), id(graded.get(t, t))})
                continue
            total = parse_number(m.group(1))
            listed = self._death_causes_listed(sent, t, terms, refs)
            if listed:
                # "three treatment-related deaths: hepatic failure in one patient in the A group, and ..."
                arms_named = {k for _x, _c, k in listed}
                if total is not None:
                    self._place(res, "arm_aes", arms_named.pop() if len(arms_named) == 1 else None,
                                {"term": "any adverse event", "grade": "5", "count": int(total),
                                 "evidence": [[m.start(), t.end_char]]}, len(arms) == 1)
                for x, count, k in listed:
                    for name in self._ae_terms(x, text):
                        self._place(res, "arm_aes", k, {"term": name, "grade": "5", "count": count,
                                                        "evidence": [[x.start_char, x.end_char]]}, len(arms) == 1)
                done.update({id(t)} | {id(x) for x, _c, _k in listed})
                continue
            # the causes: AE terms in the first bracket after the death term ("(...)" or "[...]")
            opening = _OPENING.search(text, t.end_char, sent.end_char)
            opened = opening.start() if opening else -1
            closed = marks.closing(text, opened + 1, sent.end_char) if opening else None
            closed = -1 if closed is None else closed
            named = [x for x in terms if x.label_ == "AE_TERM" and x.id_ != "death"
                     and opened < x.start_char and x.end_char <= closed] if closed > 0 else []
            inner = text[opened + 1:closed] if closed > 0 else ""
            top = marks.top_level_text(inner)
            if named and self.bracket_counts.search(top):
                named = []  # "(n = 2)", "(1.0%)": numbers, not causes (but "(hepatitis, day 38)" is one)
            cause = self.death_cause_after.match(text, t.end_char, sent.end_char)
            first = self._cause_at(cause, causes, text) if not named and cause else None
            if first is not None:
                # "Two treatment-related deaths, due to hepatic failure, ...", "one death in arm A, from X"
                named = [first]
                opened = cause.end() - 1
            # (not an arm named after the clause's ";": "...; none died with B")
            clause_end = next(marks.top_level(text, ";", t.end_char, sent.end_char), sent.end_char)
            after = [k for p, k in refs if t.end_char < p < clause_end]
            arm = _next_else_last(after, [k for p, k in refs if p < t.start_char])
            single = len(arms) == 1
            ev = [[m.start(), t.end_char]]
            # "Grade 5 TEAEs were reported in 7 and 3 patients; two deaths in the A arm (X and Y, one
            # each) were considered drug-related": deaths not named as an event, after grade 5 events
            # were counted, are a part of those (their causes are kept, not a second total)
            part = isinstance(t, _Mention) and t.id_ == "death" and t not in graded and any(
                g.end_char <= t.start_char and parse_grade(g.text) == "5" for g in sent.of("AE_GRADE"))
            if total is not None and (total > 1 or not named) and not part:
                pct = parse_number(m.group(2)) if m.group(2) else None
                share_after = _OPENS_SHARE.match(text, t.end_char) if pct is None else None
                if share_after:  # "Two deaths (0.6%) ..."
                    pct = parse_number(share_after.group(1))
                item = {"term": "any adverse event", "grade": "5", "count": int(total), "evidence": ev}
                if pct is not None:
                    item["percent"] = as_int_or_float(pct)
                self._place(res, "arm_aes", arm, item, single)
                if not named and arm is not None:
                    self._elliptic_deaths(sent, arm, t.end_char, refs, clause_end, res, single)
            prev_end = opened + 1
            counts = []
            for x in named:
                # "(one hepatic failure, one gastrointestinal haemorrhage)": the count before each
                word = self.death_cause_count.match(text, prev_end, x.start_char)
                after_n = self.death_cause_n_after.match(text, x.end_char, closed)  # "[hepatitis (n = 1) and ...]"
                prev_end = after_n.end() if after_n else x.end_char
                each = self.death_cause_each.search(top) if not word and not after_n else None
                counts.append(parse_number(word.group(1)) if word else _cause_count(after_n)[0] if after_n else (
                    parse_number(each.group(1)) if each else total if len(named) == 1 else None))
            for x, count in zip(named, _one_each_for_the_rest(total, counts)):
                for name in self._ae_terms(x, text):
                    item = {"term": name, "grade": "5", "evidence": [[x.start_char, x.end_char]]}
                    if count is not None:
                        item["count"] = int(count)
                    self._place(res, "arm_aes", arm, item, single)
            done.add(id(t))
            if t in graded:
                done.add(id(graded[t]))  # the generic term is read here, with its cause
            done.update(id(x) for x in named)
        return done

    def _elliptic_deaths(self, sent: Sentence, arm: int, start: int, refs, clause_end: int, res: dict,
                         single: bool) -> None:
        """"There were two treatment-related deaths in the A arm and one in the B arm", "... and
        none with B": the other arm's deaths, their noun left out, right after the first arm's
        (its first reference between ``start`` and the clause's end)."""
        text = sent.doc_text
        first = min((p for p, k in refs if k == arm and start < p < clause_end), default=None)
        if first is None:
            return
        for m in _ELLIPTIC_DEATH_COUNT.finditer(text, first, clause_end):
            other = next((k for p, k in refs if p == m.end() and k != arm), None)
            count = parse_number(m.group(1).lower())  # ("none": 0)
            if other is None or count is None or not float(count).is_integer():
                continue
            item = {"term": "any adverse event", "grade": "5", "count": int(count), "evidence": [[m.start(1), m.end()]]}
            if m.group(2):
                item["percent"] = as_int_or_float(parse_number(m.group(2)))
            self._place(res, "arm_aes", other, item, single)
            return

    @staticmethod
    def _in_breakdown(terms: list, lead: int, t, values: list, sent: Sentence) -> bool:
        """"grade 3 TRAEs in 5 (16.7%; hypertension, n = 2; rash, n = 1)": a term in the bracket
        that opens after the generic term's number, with no other term between, breaks that count down."""
        opened = marks.open_before(sent.doc_text, sent.start_char, t.start_char)
        head_end = terms[lead].end_char
        return opened is not None and opened > head_end \
            and any(head_end <= v["pos"] < t.start_char for v in values) \
            and not any(head_end <= x.start_char < opened for x in terms if x is not terms[lead])

    def _all_of_grade(self, term, grades, hi: int, text: str) -> Optional[str]:
        """"RCCEP was the most frequent event (66/122, 54.1%; all grade 1-2)": the grade that every
        case of the event had, written in the bracket of its numbers, or after them in its clause
        ("Immune-related AEs were reported in 5 pts (9.8%), all grade 1-2")."""
        opened = _BRACKET_AFTER.match(text, term.end_char, hi)
        if opened is not None:
            close = marks.closing(text, opened.end(), hi)
            for g in grades:
                if opened.end() <= g.start_char and (close is None or g.end_char <= close) \
                        and self.all_of_grade.search(text, opened.end(), g.start_char):
                    return parse_grade(g.text)
        if any(0 <= term.start_char - g.end_char <= 3 for g in grades):
            return None  # "Grade >=3 AEs occurred in 3 (4.2%), all of grade 3": the term keeps its own grade
        for g in grades:
            if term.end_char <= g.start_char < hi and ";" not in text[term.end_char:g.start_char] \
                    and self.all_of_grade.search(text, term.end_char, g.start_char):
                return parse_grade(g.text)
        return None

    def _counts_before(self, sent: Sentence, terms: list, vals_of: list, values: list, claimed: set) -> None:
        """Counts with no share written before events that have no numbers: "Three patients had grade
        3 hepatitis, 2 had grade 3 colitis, and 1 each had grade 3 rash and grade 4 ascites"."""
        doc_text = sent.doc_text
        each: Optional[dict] = None  # the count of "1 each had ...", for the events listed after it
        for k, t in enumerate(terms):
            lo = terms[k - 1].end_char if k else sent.start_char
            if vals_of[k] or t.label_ != "AE_TERM":
                each = None
                continue
            m = self.ae_count_before.search(doc_text[lo:t.start_char])  # "^": where the stretch starts
            if m is not None and any(lo + m.start(1) <= v["pos"] < t.start_char and id(v) in claimed for v in values):
                m = None  # its number was read already
            if m is not None:
                n = parse_number(m.group(1))
                if n is not None:
                    vals_of[k] = [_count_item(_Offsets(lo + m.start(1), lo + m.end(1)), int(n))]
                    each = vals_of[k][0] if m.group(2) else None
                    continue
            if each is not None and self.ae_each_continues.match(doc_text, lo, t.start_char):
                vals_of[k] = [dict(each)]  # "1 each had A, B and C": one for every event listed
            else:
                each = None

    def _counts_each(self, terms: list, vals_of: list, doc_text: str) -> None:
        """"fatigue and thrombocytopenia (1 each [2.9%])", "(n = 1 each)", "in one patient each": the
        count written once after a list of events is every listed event's."""
        for k in range(len(terms) - 1, 0, -1):
            vals = vals_of[k]
            if not vals or terms[k].label_ != "AE_TERM":
                continue
            last = max(v["span"].end_char for v in vals)
            if not self.ae_count_each.search(doc_text, terms[k].end_char, min(len(doc_text), last + 12)):
                continue
            j = k - 1
            while j >= 0 and not vals_of[j] and terms[j].label_ == "AE_TERM" \
                    and self.ae_each_joiner.fullmatch(doc_text, terms[j].end_char, terms[j + 1].start_char):
                vals_of[j] = [dict(v) for v in vals]
                j -= 1

    def _own_clause_after(self, text: str, start: int, term: Span, sent: Sentence) -> bool:
        """Whether ``term`` is the subject of a clause of its own after a ";" written since ``start``
        (a grade's end), its verb saying it happened: "Grade 3/4 AEs were ...; classic
        radiation-induced liver disease occurred in 2 patients" (the grade is not the later event's)."""
        semi = text.rfind(";", start, term.start_char)
        if semi < 0 or marks.open_before(text, sent.start_char, semi) is not None:
            return False
        return self.own_event_verb.match(text, term.end_char, sent.end_char) is not None

    def _adverse_events(self, sent: Sentence, arms, refs, values, res, inherited_grade: Optional[str] = None,
                        inherited_pair: Optional[tuple[str, str]] = None) -> set:
        """AE terms with their grade and the numbers written beside them.

        A grade written before the list applies to every term after it until another grade; a
        grade right after a term ("hepatic toxicity grade >=3") to that term. Numbers come right
        after a term ("diarrhea (n = 7 [22%] vs n = 5 [16%])", "in 3 (17%) patients"), from a
        "respectively" list, or before it ("35% of patients had ..."). A graded list with no
        numbers ("DLTs included grade 3 fatigue ...") still records (term, grade). Returns the
        ids of the numbers read as adverse events (the rest may be outcomes).
        """
        single = len(arms) == 1
        doc_text = sent.doc_text
        defined = self._inline_definition(sent)
        if defined is None and self.definition.search(sent.text):
            return set()
        # "Hepatic toxicity, defined as an increase in Child-Pugh score of 2 or more points, occurred
        # in 6 patients": the defined event's numbers; the words of its definition are no event
        def_lo, def_hi = defined or (0, 0)
        values = [v for v in values if not def_lo <= v["pos"] < def_hi]
        terms = _without_bracketed_definition([t for t in sent.of("AE_TERM") if not def_lo <= t.start_char < def_hi],
                                              values, doc_text, sent.end_char)
        for g in sent.of("ENDPOINT"):
            if g.id_ == "AE" and not any(t.start_char <= g.start_char < t.end_char for t in terms) \
                    and not self.population_after.match(doc_text, g.end_char) \
                    and not self.ae_as_reason.search(doc_text, max(sent.start_char, g.start_char - 60), g.start_char) \
                    and not (self.ae_most_common.search(doc_text, max(sent.start_char, g.start_char - 50), g.start_char)
                             and self._term_right_before(sent, terms, g)):
                # not "the safety population", nor "stopped permanently for toxicity in 7 (17.1%)", nor
                # "leukopenia was the most frequent toxicity (18 [25.0%])": leukopenia's number
                terms.append(g)
        terms.sort(key=lambda x: x.start_char)
        # "adverse events (AEs) occurred in 38 (40.9%) and 35 (38.5%)": a short form in brackets
        # right after its term is that term, not a second event
        terms = [t for k, t in enumerate(terms)
                 if not (k + 1 < len(terms) and _bracketed_after(doc_text, t.end_char, terms[k + 1].start_char, terms[k + 1].end_char))]
        causes = self._deaths(sent, terms, arms, refs, res)
        terms = [t for t in terms if id(t) not in causes]
        # (the grade every case had is no definition: "Hypothyroidism, all grade 1-2, was reported in 9")
        grades = [g for g in sent.of("AE_GRADE") if not def_lo <= g.start_char < def_hi
                  or self.all_of_grade.search(doc_text, def_lo, g.start_char)]
        none = self.ae_none.search(sent.text)
        if none:
            n0, n1 = sent.start_char + none.start(), sent.start_char + none.end()
            in_none = [g for g in grades if n0 <= g.start_char < n1]
            grade = parse_grade(in_none[0].text) if in_none else None
            if self.ae_none_deaths.search(none.group()) and not self.ae_none_any_event.search(none.group()):
                grade = "5"  # "no treatment-related deaths"
            item = {"term": "any adverse event", "grade": grade, "count": 0, "evidence": [[n0, n1]]}
            every = self.every_arm_after.search(doc_text, n0, min(sent.end_char, n1 + 40)) is not None
            none_arms = self._arms_of_absent(arms, refs, n1, every)
            for arm in none_arms:
                self._place(res, "arm_aes", arm, dict(item), single)
                if none.group(1):
                    self._place(res, "arm_aes", arm, dict(item, grade="5"), single)
            for t in terms:  # "No radiation-induced liver disease or treatment-related death was observed"
                if t.label_ == "AE_TERM" and t.id_ != "death" and n0 <= t.start_char < n1:
                    for name in self._ae_terms(t, doc_text):
                        for arm in none_arms:
                            self._place(res, "arm_aes", arm, {"term": name, "grade": grade if grade != "5" else None,
                                                              "count": 0, "evidence": [_ev(t)]}, single)
            if not any(t.start_char >= n1 for t in sent.of("AE_TERM")):
                if not any(t.end_char <= n0 for t in terms):
                    return set()
                # "Grade 3-4 TRAEs occurred in 23 (44.2%), ...; there were no grade 5 TRAEs": the
                # events before the clause are read without it
                terms = [t for t in terms if t.end_char <= n0]
                grades = [g for g in grades if g.end_char <= n0]
        terms = self._not_observed(sent, terms, grades, arms, refs, res)
        # grade of each term
        grade_of = []
        # a grade right after a specific term is that term's; after a generic header
        # ("Toxicities of grades 3-4 were ...") it is the whole list's
        # ("grade 4 thrombocytopenia; grade 3 fatigue": a grade written right before a term is not
        # the previous term's)
        leads = {g.start_char for g in grades if any(0 <= x.start_char - g.end_char <= 3 for x in terms)}

        def right_after(g, t) -> bool:
            """"hepatic toxicity grade >=3", "complications (Clavien-Dindo grade >=III)": a grade written
            right after the term (or after the name of its scale), not leading the next term and with
            no "and"/"or"/";" between."""
            return 0 <= g.start_char - t.end_char and (
                g.start_char - t.end_char < 6 or self.grade_scale_between.fullmatch(doc_text, t.end_char, g.start_char)
                or _qualified_grade_bracket(doc_text, t.end_char, g)) \
                and g.start_char not in leads and not _AND_OR_SEMI.search(doc_text, t.end_char, g.start_char)

        post = {g.start_char for g in grades for t in terms if t.label_ == "AE_TERM" and right_after(g, t)}
        # a grade inside a term's bracketed numbers ("hypertension (35.8%; grade 3, 9.4%)") does not
        # reach past the bracket; a bracketed qualifier ("serious (grade >=3) adverse events") does
        bracketed = set()
        for g in grades:
            opened = marks.open_before(doc_text, sent.start_char, g.start_char)
            if opened is not None and any(opened < v["pos"] < g.start_char for v in values):
                bracketed.add(g.start_char)
        generic = [x for x in terms if x.label_ == "ENDPOINT"]

        def coordinated(g, t) -> bool:
            """"Grade >=3 adverse events occurred in 15 (37%), and hepatic encephalopathy in 4": the
            grade is the generic term's, which has its own numbers; a list of the commonest
            events ("..., most commonly neutropenia") still takes it."""
            return any(g.end_char <= x.start_char and x.end_char <= t.start_char
                       and any(x.end_char <= v["pos"] < t.start_char for v in values)
                       and not self.ae_list_cue.search(doc_text[x.end_char:t.start_char])
                       for x in generic) and not self.ae_named_most_common.match(doc_text, t.end_char)

        for k, t in enumerate(terms):
            grade = inherited_grade
            for g in grades:
                if t.label_ == "AE_TERM" and coordinated(g, t):
                    continue
                closed = g.start_char in bracketed and re.search(r"[)\]]", doc_text[g.end_char:t.start_char])
                if t.start_char - g.end_char > 15 and self._serious(t, doc_text):
                    continue  # "serious" is not a grade: only one written with it counts ("grade 3 SAEs")
                if g.end_char <= t.start_char and g.start_char not in post and not closed \
                        and not self._other_arms_clause(doc_text, g.end_char, t.start_char, refs) \
                        and not self._own_clause_after(doc_text, g.end_char, t, sent):
                    grade = parse_grade(g.text)  # the latest grade written before the term
            nxt_start = terms[k + 1].start_char if k + 1 < len(terms) else sent.end_char
            for g in grades:
                if g.start_char < nxt_start and right_after(g, t):
                    grade = parse_grade(g.text)
            if self.own_scale_after.match(doc_text, t.end_char):
                grade = None  # "liver failure (ISGLS grade B)": graded on a scale of its own
            all_of = self._all_of_grade(t, grades, nxt_start, doc_text)
            grade_of.append(all_of if all_of is not None else grade)
        for k, t in enumerate(terms):
            # "Immune-mediated adverse events of any grade occurred in 92, most commonly hypothyroidism
            # (42) and hepatitis (14)": the events listed after a graded generic term take its grade
            if t.label_ != "AE_TERM" or grade_of[k] is not None or t.id_ in self.ae_generic_terms:
                continue
            lead = next((j for j in range(k - 1, -1, -1)
                         if terms[j].label_ == "ENDPOINT" or terms[j].id_ in self.ae_generic_terms), None)
            if lead is not None and grade_of[lead] is not None \
                    and not self._own_clause_after(doc_text, terms[lead].end_char, t, sent) and (
                    self.ae_list_cue.search(doc_text[terms[lead].end_char:t.start_char])
                    or self._in_breakdown(terms, lead, t, values, sent)):
                grade_of[k] = grade_of[lead]
                continue
            # "Hypertension (45.8% vs 42.4%) and hypothyroidism (16.1% vs 4.2%) were the most frequent
            # AEs of any grade": a generic term closing the list gives its grade to the events before it
            tail = next((j for j in range(k + 1, len(terms))
                         if terms[j].label_ == "ENDPOINT" or terms[j].id_ in self.ae_generic_terms), None)
            if tail is not None and grade_of[tail] is not None and self.ae_list_closing.search(
                    doc_text[marks.after_brackets(doc_text, terms[tail - 1].end_char, terms[tail].start_char):terms[tail].start_char]):
                grade_of[k] = grade_of[tail]
        # numbers of each term
        claimed: set[int] = set()
        vals_of: list[list[dict]] = [[] for _ in terms]
        resp = self.respectively.search(sent.text)
        if resp:
            rpos = sent.start_char + resp.start()
            listed = [v for v in values if v["pos"] < rpos]
            if listed:
                first_val = listed[0]["pos"]
                run = [k for k, t in enumerate(terms) if t.end_char <= first_val]
                tail = [v for v in listed if v["pos"] >= first_val]
                m = len(arms)
                if run and len(tail) == len(run):
                    for k, v in zip(run, tail):
                        vals_of[k] = [v]
                        claimed.add(id(v))
                elif run and m >= 2 and len(tail) == m * len(run) and all(
                        _VERSUS_GAP.fullmatch(doc_text, tail[i]["span"].end_char, tail[i + 1]["pos"])
                        for i in range(len(tail) - 1) if (i + 1) % m):
                    # "fever, pain and nausea occurred in 29 (46.8%) vs 41 (66.1%), 18 (29.0%) vs 30
                    # (48.4%), and 11 (17.7%) vs 19 (30.6%), respectively": each term's arms' numbers
                    for i, k in enumerate(run):
                        vals_of[k] = tail[i * m:(i + 1) * m]
                        claimed.update(id(v) for v in vals_of[k])
                else:
                    # "hypertension (12%), hyponatraemia (6%) ..., compared with 4%, 1% and 5%,
                    # respectively, with placebo": each term's own number, then the other arm's
                    run = [k for k, t in enumerate(terms) if t.end_char <= rpos and t.label_ == "AE_TERM"]
                    n = len(run)
                    if n >= 2 and len(listed) == 2 * n and self._interleaved(run, terms, listed[:n]) \
                            and listed[n]["pos"] > terms[run[-1]].end_char:
                        for i, k in enumerate(run):
                            vals_of[k] = [listed[i], listed[n + i]]
                            claimed.update((id(listed[i]), id(listed[n + i])))
        elif len(terms) >= 2:
            for k, v in self._paired_list(terms, values, doc_text, refs):
                vals_of[k] = [v]
                claimed.add(id(v))
        value_grades: dict = {}  # id(value) -> the grade written right before it
        heads_later: list[dict] = []  # numbers that open a second list: its head term's
        compared_of: dict[int, re.Match] = {}  # term index -> "was more frequent in A than in B [" after it
        bracket_end_of: dict[int, int] = {}  # term index -> the end of the bracket it is in, before the next term
        for k, t in enumerate(terms):
            if vals_of[k]:
                continue
            hi = terms[k + 1].start_char if k + 1 < len(terms) else sent.end_char
            # "(fatigue and thrombocytopenia, 1 each [2.9%]) and in 9 patients (26.5%) after TACE": an
            # event inside a bracket has the numbers inside it
            opened = marks.open_before(doc_text, sent.start_char, t.start_char) if "(" in doc_text[sent.start_char:t.start_char] else None
            shut = marks.closing(doc_text, opened + 1, sent.end_char) if opened is not None else None
            if shut is not None and any(t.end_char <= v["pos"] < shut for v in values) \
                    and not any(x.id_ == "death" for x in terms[:k]):
                # (not a bracket with no number of its own: "adverse events (TEAEs) occurred in 221"; not
                # a bracket of the causes of deaths, whose later numbers are the deaths' (_death_causes))
                bracket_end_of[k] = shut
                hi = min(hi, shut)
            after_next = terms[k + 2].start_char if k + 2 < len(terms) else sent.end_char
            reach = 90 if t.label_ == "ENDPOINT" or t.id_ in self.ae_generic_terms else 45
            graded = self._graded_values(t, hi, grades, values, doc_text)
            value_grades.update(graded)
            # a bracketed qualifier with no number or a grade right after the term ("Major complications
            # (grade III or higher) occurred in ...", "Complications of any Clavien-Dindo grade
            # occurred in ...") is not a distance or a clause break
            qualifier = _QUALIFIER.match(doc_text, t.end_char, hi)
            t_end = qualifier.end() if qualifier and not any(t.end_char <= v["pos"] < qualifier.end() for v in values) \
                else t.end_char
            t_end = next((g.end_char for g in grades if 0 <= g.start_char - t_end <= 1), t_end)
            if defined is not None and t.end_char == def_lo:
                t_end = def_hi  # "X, defined as ..., occurred in 6": the definition is no distance
            # "X was more frequent in the A group than in the B group [a% vs b%]": the numbers after the arms
            compared = self.compared_rate_gap.match(doc_text, t_end, hi)
            if compared is not None:
                compared_of[k] = compared
            close = [v for v in values if t.end_char <= v["pos"] < hi and id(v) not in claimed
                     and (len(doc_text[t_end:v["pos"]]) < reach or id(v) in graded
                          or (compared is not None and compared.end() == v["pos"])
                          # "haemorrhage requiring transfusion or intervention in two (1.7%)": a longer
                          # qualifier with no bracket or clause break before the number
                          or (len(ungraded := _GRADE_BRACKET.sub(" ", doc_text[t_end:v["pos"]])) < 60
                              and not _CLAUSE_BREAK.search(ungraded)))
                     and not (k + 1 < len(terms) and v["kind"] == "count" and
                              re.fullmatch(r"[\s\w()<>=.-]{0,35}", doc_text[v["span"].end_char:hi])
                              and not self.event_count_bracket.fullmatch(doc_text, t.end_char, v["pos"])
                              # "deaths occurred in two patients (hepatitis and bleeding, one each)": the
                              # bracket opened right after the count breaks it down
                              and not _OPENS_BRACKET.fullmatch(doc_text, v["span"].end_char, hi)
                              # "diarrhoea occurred in 3 patients and rash in 2": the next term has its own
                              and not (terms[k + 1].label_ == "AE_TERM" and (
                                  self.ae_bare_count.match(doc_text, terms[k + 1].end_char, after_next)
                                  or any(w["kind"] == "count" and terms[k + 1].end_char <= w["pos"] < after_next
                                         for w in values))))
                     # "hepatitis (14 [4.1%]); 17 (5.0%) had a grade 3 or 4 immune-mediated event": after a
                     # ";", a number that opens a clause of its own ("12 patients (15.8%) stopped ...") is
                     # not this term's
                     and not ((semi := doc_text.rfind(";", t_end, v["pos"])) >= 0
                              and marks.open_before(doc_text, t_end, semi) is None
                              and self.ae_value_before.search(doc_text[v["span"].end_char:hi] + " "))
                     and not self.died_after_value.match(doc_text, v["span"].end_char, sent.end_char)]
            # the other arm's number joined to the last one: "in 23 (9.3%) patients after resection
            # and in 3 (1.8%) after RFA"
            i = 0
            while i < len(close):
                cur = close[i]
                nxt = next((v for v in values if v["pos"] > cur["span"].end_char), None)
                if nxt is not None and nxt["pos"] < hi and id(nxt) not in claimed and all(nxt is not c for c in close) \
                        and _share_unit(nxt) == _share_unit(cur) and self.next_arm_gap.fullmatch(doc_text[cur["span"].end_char:nxt["pos"]]) \
                        and not self.same_arm_after.match(doc_text, nxt["span"].end_char) \
                        and not self.died_after_value.match(doc_text, nxt["span"].end_char, sent.end_char):
                    close.insert(i + 1, nxt)
                i += 1
            # "..., namely A (n = 2) and B (n = 1), and in four (2.6%) in the RFA group, namely C ...":
            # a later number that opens a list of its own is the list head's, not this term's
            cut = next((i for i in range(1, len(close))
                        if self.ae_list_next_head.fullmatch(doc_text, close[i - 1]["span"].end_char, close[i]["pos"])
                        and self._list_opened(doc_text, close[i]["span"].end_char, hi)), None)
            if cut is not None:
                heads_later.extend(close[cut:])
                close = close[:cut]
            zero = self.zero_versus.fullmatch(doc_text, t.end_char, close[0]["pos"]) if close else None
            if zero:  # "hand-foot syndrome (0 vs 15 [11.5%])": the first arm's zero
                close.insert(0, _count_item(_Offsets(zero.start(1), zero.end(1)), 0))
            last_zero = self.versus_zero.match(doc_text, close[-1]["span"].end_char, hi) if close else None
            if last_zero:  # "erythrodysesthesia (7 [4.2%] v 0)": the other arm's zero
                zero_at = _Offsets(last_zero.start(1), last_zero.end(1))
                if close[-1]["unit"] == "%" and close[-1].get("count") is None:
                    # "hand-foot skin reaction (24.0% vs. 0)": a share of none, as the other is a share
                    close.append(_zero_share(zero_at))
                else:
                    close.append(_count_item(zero_at, 0))
            bare = self.ae_bare_count.match(doc_text, t.end_char, hi) if t.label_ == "AE_TERM" else None
            if bare and (not close or close[0]["pos"] > bare.end() + 5) and not (
                    close and close[0].get("count") == parse_number(bare.group(1))):
                # "liver abscess in 3 and biloma in 2" (not "in 3 (17%) patients": read with its share)
                close = [_count_item(_Offsets(bare.start(1), bare.end(1)), int(parse_number(bare.group(1))))]
            if close:
                vals_of[k] = close
                claimed.update(id(v) for v in close if not isinstance(v["span"], _Offsets))
        for v in heads_later:
            # the head: the last term before whose numbers a list opened
            head = next((j for j in range(len(terms) - 1, -1, -1) if vals_of[j] and vals_of[j][-1]["pos"] < v["pos"]
                         and j + 1 < len(terms) and terms[j + 1].start_char < v["pos"]
                         and self._list_opened(doc_text, vals_of[j][-1]["span"].end_char, terms[j + 1].start_char)), None)
            if head is not None:
                vals_of[head].append(v)
            else:
                claimed.discard(id(v))
        for k, t in enumerate(terms):
            if vals_of[k]:
                continue
            lo = terms[k - 1].end_char if k else sent.start_char
            before = [v for v in values if lo <= v["pos"] < t.start_char and id(v) not in claimed
                      and self.ae_value_before.search(doc_text[v["span"].end_char:t.start_char] + " ")
                      or (lo <= v["pos"] < t.start_char and id(v) not in claimed and
                          _COUNT_HAD_EVENT.match(doc_text[v["span"].end_char:t.start_char]))]
            if not before:
                before = [v for v in values if lo <= v["pos"] < t.start_char and id(v) not in claimed
                          and v["kind"] == "count" and re.fullmatch(r"[\s\w()<>=.-]{0,35}", doc_text[v["span"].end_char:t.start_char])]
            if before:
                vals_of[k] = before[-1:]
                claimed.add(id(before[-1]))
        self._counts_before(sent, terms, vals_of, values, claimed)
        cause_bracket = self._death_causes(sent, terms, vals_of, grade_of)
        self._counts_each(terms, vals_of, doc_text)
        list_arm = self._list_arms(terms, vals_of, refs, doc_text, sent.end_char) \
            if not single and self.ae_list_opener.search(sent.text) else {}
        if not single and len(refs) >= 2:
            list_arm = self._trailing_group_lists(terms, vals_of, refs, doc_text, sent) \
                | self._group_clause_lists(terms, refs, doc_text, sent.end_char) | list_arm
        pair = self._grade_pair(grades, terms, vals_of, doc_text) or inherited_pair
        one_arm = len({a for _p, a in refs}) == 1
        # "hypertension (69.2%; grade >=3, 26.9%), decreased appetite (55.8%), ...": a bracket whose
        # second number a grade introduces makes the numbers of the list with no grade any grade
        outer_any = any(len(vs) >= 2 and vs[0] is not None and vs[1] is not None and grade_of[k] is None
                        and id(vs[0]) not in value_grades and id(vs[1]) in value_grades
                        and marks.open_before(doc_text, terms[k].end_char, vs[0]["pos"]) is not None
                        for k, vs in enumerate(vals_of) if terms[k].label_ == "AE_TERM")
        n_arms = len(arms)
        for k, t in enumerate(terms):
            close = vals_of[k]
            grade = grade_of[k]
            if pair and n_arms > 1 and len(close) == 2 * n_arms - 1 and None not in close:
                # the last arm's second number of a pair, past the reach of the event's numbers
                nxt = next((v for v in values if v["pos"] > close[-1]["pos"]), None)
                until = terms[k + 1].start_char if k + 1 < len(terms) else sent.end_char
                if nxt is not None and nxt["pos"] < until and not isinstance(close[-1]["span"], _Offsets) \
                        and _NEXT_OF_PAIR.fullmatch(doc_text, close[-1]["span"].end_char, nxt["pos"]):
                    close = close + [nxt]
            pairs_in_turn = self._pairs_in_turn(close, pair, doc_text) \
                if pair and n_arms > 1 and len(close) == 2 * n_arms else {}
            # one arm's two numbers, one after the other, under the pair: "(any grade; grade 3) ... (29 [61.7%]; 9 [19.1%])"
            one_arms_pair = self._pairs_in_turn(close, pair, doc_text) \
                if pair and (n_arms == 1 or one_arm) and len(close) == 2 else {}
            if t.label_ == "ENDPOINT":
                if not close:
                    continue
                names = ["serious adverse event" if self._serious(t, doc_text) else "any adverse event"]
            elif t.id_ == "death":  # "treatment-related deaths occurred in two (1.0%) and one (0.5%)"
                names, grade = ["any adverse event"], "5"
                if not close:
                    continue
            else:
                names = self._ae_terms(t, doc_text)
            if not close:
                if grade is None or self.ae_rule.search(doc_text, sent.start_char, t.start_char):
                    continue  # (not "reduced after grade 3 neuropathy": a dose-modification rule)
                close = [None]
            if single:
                arm_of = [0] * len(close)
            elif k in cause_bracket:  # a cause of the deaths of the arm named before its bracket
                before = [a for p, a in refs if p < cause_bracket[k]]
                arm_of = [before[-1] if before else None] * len(close)
            elif len(close) == 1 and close[0] is not None and isinstance(close[0]["span"], _Offsets):
                # a bare count in a list ("in 3 SBRT patients, namely X in 1 and Y in 2"): the arm
                # named right after it, else the last one named before the term
                end = close[0]["span"].end_char
                after_refs = [a for p, a in refs if end <= p <= end + 25
                              and self.ref_right_after.fullmatch(doc_text[end:p])]
                arm_of = [_next_else_last(after_refs, [a for p, a in refs if p < t.start_char])]
            elif k in list_arm and len(close) == 1:  # a member of a list opened after an arm's number
                arm_of = [list_arm[k]]
            elif close == [None]:
                arm_of = [_next_else_last([a for p, a in refs if p > t.end_char], [a for p, a in refs if p < t.start_char])]
            elif n_arms > 1 and len(close) > 1 and None not in close and one_arm \
                    and (len({value_grades.get(id(v), grade) for v in close}) == len(close) or one_arms_pair):
                # "irAEs of any grade occurred in 38 of 99 A-treated patients (38.4%) and were grade 3
                # or 4 in 7 (7.1%)": the one arm named, its numbers at two grades (not one per arm)
                arm_of = [refs[0][1]] * len(close)
            elif pairs_in_turn and not any(close[0]["pos"] < p < close[-1]["pos"] for p, _ in refs):
                # "hypertension, 141 (44.3%) / 45 (14.2%) vs 132 (41.4%) / 42 (13.2%)" under "any grade /
                # grade >=3": each arm's pair in turn, the arms in the order named
                named = self._naming_order(sent, [(p, a) for p, a in refs if p < t.start_char or p > close[-1]["pos"]])
                arm_of = [a for a in (named if len(named) == n_arms else self._order(arms)) for _ in (0, 1)]
            elif len(close) == n_arms and n_arms > 1 and not any(
                    close[0]["pos"] < p < close[-1]["pos"] for p, _ in refs):
                # arms named before the term or after its numbers, not in a later term's bracket
                # ("hypertension (17.8%, 9.9% and 5.0%), HFSR (4.3% in the A group and ...)")
                nxt = terms[k + 1].start_char if k + 1 < len(terms) else sent.end_char
                own = [(p, a) for p, a in refs if p < t.start_char or close[-1]["pos"] < p < nxt]
                named = self._naming_order(sent, own)
                arm_of = named if len(named) == n_arms else self._order(arms)
            else:
                # not an arm named inside a later event's bracket ("hand-foot skin reaction [28 (12.4%)]
                # and increased AST [20 (8.8%); placebo, 6 (5.3%)]": placebo is AST's)
                nxt = terms[k + 1].start_char if k + 1 < len(terms) else sent.end_char
                own = [(p, a) for p, a in refs if (p < nxt or marks.open_before(doc_text, nxt, p) is None)
                       and not _in_earlier_terms_bracket(doc_text, sent.start_char, p, t, terms)
                       and p < bracket_end_of.get(k, len(doc_text))]  # (not an arm named after its bracket)
                arm_of = self._assign_arms(close, own, arms, sent, bool(resp))
                if all(a is None for a in arm_of):
                    after_refs = [a for p, a in refs if p > t.end_char] if len(close) == 1 else []
                    arm_of = [_next_else_last(after_refs, [a for p, a in refs if p < t.start_char])] * len(close)
            compared = compared_of.get(k)
            if compared is not None and close and close[0] is not None and compared.end() == close[0]["pos"]:
                # those numbers in the order the arms were named
                in_gap = list(dict.fromkeys(a for p, a in refs if compared.start() <= p < compared.end()))
                if len(in_gap) == len(close):
                    arm_of = in_gap
            if not refs and self._sent_topic is not None and self._topic is not None and self._topic[2]:
                # the safety paragraph's arm ("Safety was evaluated in 326 patients who received A ...")
                arm_of = [self._sent_topic if a is None else a for a in arm_of]
            by_depth = (self._grades_by_depth(t, close, pair, doc_text) if pair else {}) or one_arms_pair
            for v, arm in zip(close, arm_of):
                if pair and v is not None and v["unit"] is None and v.get("total") is not None \
                        and not isinstance(v["span"], _Offsets) and "/" in v["span"].text:
                    # "(any grade/grade >=3) ...: hypertension, 43/16 vs. 7/1": a count in each grade
                    for name in names:
                        for grade_i, n in zip(pair, (v["count"], v["total"])):
                            self._place(res, "arm_aes", arm, {"term": name, "grade": grade_i, "count": n,
                                                              "evidence": [_ev(t), _ev(v["span"])]}, single)
                    continue
                # (the pair's grades, written before the numbers, are no one number's)
                direct = None if v is None else (pairs_in_turn.get(id(v)) or value_grades.get(id(v))
                                                 or _grade_before_value(t, v, grades, values) or by_depth.get(id(v)))
                if v is not None and v["value"] is None and v.get("count") is None and not (direct or grade):
                    continue  # "TRAEs reported in >=10% of pts are listed below": a bound, no event's share
                for name in names:
                    item = {"term": name, "grade": direct or grade or ("any" if outer_any and v is not None
                                                                          and t.label_ == "AE_TERM" else None)}
                    ev = [_ev(t)]
                    if v is not None:
                        if v.get("count") is not None:
                            item["count"] = v["count"]
                            if v.get("total") is not None:
                                item["_total"] = v["total"]  # "5 of 30 patients": whose denominator (linker)
                        if v["unit"] == "%":
                            item["percent"] = as_int_or_float(v["value"])
                        ev.append(_ev(v["span"]))
                    item["evidence"] = ev
                    self._place(res, "arm_aes", arm, item, single)
        no_patient = self.ae_none_patient.search(sent.text)
        if no_patient:
            p0 = sent.start_char + no_patient.start()
            for k, t in enumerate(terms):
                if t.label_ == "AE_TERM" and t.start_char >= sent.start_char + no_patient.end() and not vals_of[k]:
                    ref = [a for p, a in refs if p0 <= p < t.start_char]
                    arm = 0 if single else (ref[-1] if ref else None)
                    for name in self._ae_terms(t, doc_text):
                        self._place(res, "arm_aes", arm, {"term": name, "grade": grade_of[k], "count": 0,
                                                          "evidence": [_ev(t)]}, single)
        none_in = self.none_in_arm.search(sent.text)
        if none_in and not single:
            ref = next((a for p, a in refs if p >= sent.start_char + none_in.end()), None)
            if ref is not None:
                for k, t in enumerate(terms):
                    # not the causes in a bracket: "deaths occurred in three (1%) (hepatic failure in two,
                    # ...) and none in the placebo group"
                    if vals_of[k] and t.label_ == "AE_TERM" and t.start_char < sent.start_char + none_in.start() \
                            and marks.open_before(doc_text, sent.start_char, t.start_char) is None:
                        # "deaths occurred in three (1%) ... and in none in the placebo group"
                        names, grade = (["any adverse event"], "5") if t.id_ == "death" else \
                            (self._ae_terms(t, doc_text), grade_of[k])
                        for name in names:
                            self._place(res, "arm_aes", ref, {"term": name, "grade": grade, "count": 0,
                                                              "evidence": [_ev(t)]}, single)
        m = self.fatal.search(sent.text)
        if m and terms:
            n = parse_number(m.group(1))
            k = max(i for i, t in enumerate(terms) if t.start_char < sent.start_char + m.start())
            for name in self._ae_terms(terms[k], doc_text):
                arm = 0 if single else None
                self._place(res, "arm_aes", arm, {"term": name, "grade": "5", "count": int(n),
                                                  "evidence": [[sent.start_char + m.start(), sent.start_char + m.end()]]}, single)
        return {id(v) for vs in vals_of for v in vs if v is not None}

    def _paired_list(self, terms: list, values: list[dict], text: str, refs) -> list[tuple[int, dict]]:
        """(term index, value) of a list of events that a verb and a list of as many numbers follow,
        one each in order, with no "respectively" ("grade 3-4 neutropenia and thrombocytopenia
        occurred in 7.8% (5/64) and 9.4% (6/64)"); empty unless the whole pattern holds and no arm
        is named among the numbers (then they would be the arms')."""
        terms_joiner, values_joiner, verb_gap = self.paired
        for a in range(len(terms) - 1):
            b = a
            while b + 1 < len(terms) and terms[b + 1].label_ == "AE_TERM" \
                    and terms_joiner.fullmatch(text, terms[b].end_char, terms[b + 1].start_char):
                b += 1
            if b == a or terms[a].label_ != "AE_TERM":
                continue
            verb = verb_gap.match(text, terms[b].end_char)
            if verb is None:
                continue
            n = b - a + 1
            listed = [v for v in values if v["pos"] >= verb.end()][:n]
            if len(listed) != n or listed[0]["pos"] != verb.end() \
                    or any(not values_joiner.fullmatch(text, x["span"].end_char, y["pos"]) for x, y in zip(listed, listed[1:])) \
                    or any(listed[0]["pos"] <= p <= listed[-1]["pos"] for p, _ in refs):
                continue
            return list(zip(range(a, b + 1), listed))
        return []

    def _death_causes(self, sent: Sentence, terms: list, vals_of: list, grade_of: list) -> dict[int, int]:
        """"Deaths occurred in four (1%) patients in the A group (hepatic failure [n=2], ...,
        haemorrhage [n=1]) and two (<1%) in the B group (sepsis)": the causes in the bracket after
        the deaths, and in a bracket after each later count of deaths, are grade 5, and the
        numbers after a bracket are the deaths' (the other arm's), not the last cause's. A cause
        takes the count written after it ("hepatic failure, n=2"), the count of "one each", or,
        alone in its bracket, the count of deaths before it. Returns the opening bracket of each
        cause, by term index."""
        text = sent.doc_text
        out: dict[int, int] = {}
        for kd, death in enumerate(terms):
            if death.id_ != "death" or not vals_of[kd]:
                continue
            pairs = marks.ranges(text[death.end_char:sent.end_char], death.end_char)
            last_end = None  # the close of the last cause bracket
            for o, c in sorted(pairs):
                if marks.open_before(text, death.end_char, o) is not None:
                    continue  # only brackets at the top level
                inside = [k for k, t in enumerate(terms) if o < t.start_char and t.end_char <= c and t.id_ != "death"]
                if not inside:
                    continue
                counted = [v for v in vals_of[kd] if v["pos"] < o]
                if last_end is not None and not (counted and counted[-1]["pos"] > last_end
                                                 and not any(counted[-1]["pos"] < t.start_char < o for t in terms)):
                    break  # a later bracket is a cause bracket only right after a count of deaths
                last_end = c
                top = marks.top_level_text(text[o + 1:c])
                each = self.death_cause_each.search(top)
                missing = []
                for k in inside:
                    out[k] = o
                    if grade_of[k] is None:
                        grade_of[k] = "5"
                    later = [v for v in vals_of[k] if v["pos"] > c]
                    if later:
                        vals_of[k] = [v for v in vals_of[k] if v["pos"] <= c]
                        vals_of[kd] = vals_of[kd] + later
                    if vals_of[k]:
                        continue
                    n_after = self.death_cause_n_after.match(text, terms[k].end_char, c)
                    if n_after:
                        n, at = _cause_count(n_after)  # "hepatic failure [n=2]", "hepatic failure in two"
                        n = int(n)
                    elif each:
                        n, at = int(parse_number(each.group(1))), (terms[k].start_char, terms[k].end_char)
                    elif len(inside) == 1 and counted and counted[-1].get("count") is not None:
                        n, at = counted[-1]["count"], (terms[k].start_char, terms[k].end_char)
                    else:
                        missing.append(k)
                        continue
                    vals_of[k] = [_count_item(_Offsets(*at), n)]
                given = [None if k in missing else vals_of[k][0].get("count") for k in inside]
                if missing and counted and all(n is not None for k, n in zip(inside, given) if k not in missing):
                    for k, n in zip(inside, _one_each_for_the_rest(counted[-1].get("count"), given)):
                        if k in missing and n is not None:
                            vals_of[k] = [_count_item(_Offsets(terms[k].start_char, terms[k].end_char), n)]
        return out

    @staticmethod
    def _term_right_before(sent: Sentence, terms: list, at) -> bool:
        """Whether a term comes before ``at`` with no number written between them."""
        last = max((t.end_char for t in terms if t.end_char <= at.start_char), default=None)
        return last is not None and not any(last <= e.start_char < at.start_char for e in sent.of("RESULT"))

    def _graded_values(self, term, hi: int, grades, values, text: str) -> dict:
        """The grade of each number of a term that a grade written right before it introduces,
        and of its "vs" partners: "hand-foot skin reaction of any grade in 31 (48%) vs 43 (67%),
        and of grade 3 in 4 (6%) vs 11 (17%)". By id of the value."""
        out: dict = {}
        prev = None
        for v in values:
            if not term.end_char <= v["pos"] < hi:
                continue
            grade = _grade_before_value(term, v, grades, values)
            if grade is not None:
                out[id(v)] = grade
            elif prev is not None and id(prev) in out and self.pair_gap.fullmatch(text[prev["span"].end_char:v["pos"]]):
                out[id(v)] = out[id(prev)]
            prev = v
        return out

    def _continuation(self, sent: Sentence, later: list):
        """"HR vs SOR was 0.68 (95% CI 0.45-1.03) for SUR200 and 0.52 (95% CI 0.34-0.79) for
        SUR300": the match of a second value of the same measure after a ratio's CI (and p)."""
        if not later or later[0].label_ not in ("CI", "P_VALUE"):
            return None
        end = later[0].end_char
        if len(later) > 1 and later[1].label_ == "P_VALUE" and not sent.doc_text[end:later[1].start_char].strip(" ;,)]"):
            end = later[1].end_char  # "[95% CI 0.61-0.85], p<0.0001"
        # "... for A and 0.52 (95% CI ...) for B", "...; B vs C 0.74 [0.62-0.88]", "... and for B vs C 0.89 (...)",
        # "HRs were 0.61 (0.52-0.72; p<0.0001) and 0.93 (0.79-1.10; ...)"
        return self.ratio_continued.match(sent.doc_text, end, sent.end_char) or \
            self.ratio_continued_pair.match(sent.doc_text, end, sent.end_char) or \
            self.ratio_continued_and.match(sent.doc_text, end, sent.end_char)

    def _continued_ratio(self, sent: Sentence, m, later: list, first: dict, res, used_p: set, depth: int = 0) -> None:
        """The next value of a continued ratio, with its own CI and p ("0.58 (...) for arm B, 0.79
        (...) for arm C and 0.47 (...) for arm D": each in turn)."""
        item = {"endpoint": first["endpoint"], "measure": first["measure"],
                "value": as_int_or_float(parse_number(m.group(1))), "evidence": [[m.start(1), m.end(1)]]}
        bare = self.value_bare_ci.match(sent.doc_text, m.end(1))
        if bare:  # "... and 0.79 (0.58-1.07; P = .13) in group B"
            lo, hi = parse_number(bare.group(1)), parse_number(bare.group(2))
            if lo is not None and hi is not None and lo <= item["value"] <= hi:
                item["ci_low"], item["ci_high"] = as_int_or_float(lo), as_int_or_float(hi)
                item["evidence"].append([bare.start(1), bare.end(2)])
        rest = [x for x in later if x.start_char >= m.end()]
        for nxt in rest[:2]:
            if nxt.label_ == "CI" and "ci_low" not in item:
                lo, hi = parse_ci(nxt.text)
                item["ci_low"], item["ci_high"] = as_int_or_float(lo), as_int_or_float(hi)
                item["evidence"].append(_ev(nxt))
            elif nxt.label_ == "P_VALUE" and "p" not in item:
                item["p"] = parse_p(nxt.text)
                item["evidence"].append(_ev(nxt))
                used_p.add(nxt.start_char)
            else:
                break
        res["comparisons"].append(item)
        nxt_cont = self._continuation(sent, rest)
        if nxt_cont is not None and depth < 4:
            self._continued_ratio(sent, nxt_cont, later, first, res, used_p, depth + 1)

    def _ratio_endpoint(self, sent: Sentence, ratio, measure: Optional[str], ae_sentence: bool = False) -> Optional[str]:
        """The endpoint a ratio is about: the one it names by its event ("hazard ratio for recurrence
        or death": RFS), or inside its own words ("HR for PFS was 0.59", "The hazard ratio for recurrence, assessed in the
        analysis of time to recurrence, was 0.70"), else the last written before it; in a sentence of
        adverse events, a ratio after an event named later than any endpoint compares that event's
        rate ("grade 3 bleeding in 5 vs 14 (relative risk, 0.36; ...)"): `AE`, as its p alone would be."""
        code = next((c for rx, c in self.ratio_events if rx.search(ratio.text)), None)
        default = code[0] if isinstance(code, list) else None  # "for recurrence or death": RFS, unless DFS is named
        if code is None:  # "HR for PFS was 0.59"
            # (not the ratio's own abbreviation, ``measure``: "RR" of "RR 0.49" is a relative risk, not a response rate)
            inner = [x for x in sent.span.doc.spans.get(SPANS_KEY, []) if x.label_ == "ENDPOINT"
                     and ratio.start_char <= x.start_char and x.end_char <= ratio.end_char and x.id_ not in ("MTD", "DLT")
                     and x.text.upper() != measure]
            # the last endpoint named, as written: "progression-free survival", not the "survival" inside it
            whole = [x for x in inner if not any(y is not x and y.start_char <= x.start_char and x.end_char <= y.end_char
                                                 and len(y) > len(x) for y in inner)]
            code = max(whole, key=lambda x: x.start_char).id_ if whole else None
        if code is None:
            before = [x for x in sent.of("ENDPOINT") if x.end_char <= ratio.start_char + 3 and x.id_ not in ("MTD", "DLT")]
            terms = [t for t in sent.of("AE_TERM") if t.end_char <= ratio.start_char] if ae_sentence else []
            if terms and (not before or terms[-1].start_char > before[-1].start_char):
                return "AE"
            code = before[-1].id_ if before else None
        if code is None:  # "The relative risk of recurrence ... was 0.61"
            code = next((c for rx, c in self.ratio_events_fallback if rx.search(ratio.text)), None)
        if isinstance(code, list):  # "HR for progression": PFS's in a trial of PFS, TTP's in one of TTP
            named = {x.id_ for x in sent.span.doc.spans.get(SPANS_KEY, []) if x.label_ == "ENDPOINT"}
            found = [c for c in code if c in named]
            code = found[0] if len(found) == 1 else default
        return code

    def _comparisons(self, sent: Sentence, res, ae_sentence: bool, heading: Optional[str] = None,
                     until: Optional[int] = None) -> None:
        """Ratios with their CI and p, and p-values of their own; ``heading``: the endpoint of the
        heading above a line that names none. A p-value line, then a ratio line, under one heading
        are one comparison. ``until``: where the sentence's subgroup clauses begin (read up to it)."""
        # ", and in patients with baseline AFP >= 400 ng/mL the PFS HR was 0.48": the ratios and p-values
        # of a subgroup's clause written after the main result are not comparisons of the arms
        clause = self.subgroup_clause.search(sent.doc_text, sent.start_char, sent.end_char) \
            if any(sign in sent.text for sign in _SIGN_CHARS) else None
        if clause is not None:
            until = clause.start() + 1 if until is None else min(until, clause.start() + 1)
        ents = sent.ents if until is None else [e for e in sent.ents if e.start_char < until]
        first_new = len(res["comparisons"])
        skipped = self._p_not_kept(sent)
        used_p = set(skipped)
        last_code = None
        for k, e in enumerate(ents):
            if e.label_ != "RATIO":
                continue
            measure, value = parse_ratio(e.text)
            if self.design_assumption.search(sent.doc_text, max(sent.start_char, e.start_char - 80), e.start_char):
                continue  # "90% power to detect a hazard ratio of 0.65": the design, not a result
            for nxt in ents[k + 1:k + 4]:
                if nxt.label_ in ("RATIO", "RESULT"):
                    break
                if nxt.label_ == "P_VALUE" and nxt.start_char not in used_p:
                    used_p.add(nxt.start_char)  # this ratio's p, even if the ratio is not kept
                    break
            # a later ratio of the sentence that names no endpoint is about the one before it: "the HR
            # for death was 0.71 (...) with A, while A and B did not differ (HR 0.90, ...)"
            code = self._ratio_endpoint(sent, e, measure, ae_sentence) or last_code or heading
            if code is None or not_recorded(code):
                continue
            last_code = code
            item = {"endpoint": code, "measure": measure, "value": as_int_or_float(value)}
            ev = [_ev(e)]
            cont = self._continuation(sent, ents[k + 1:])
            for nxt in ents[k + 1:k + 4]:
                if nxt.label_ == "RATIO" or nxt.label_ == "RESULT" or (cont and nxt.start_char >= cont.start()):
                    break
                if nxt.label_ == "CI" and "ci_low" not in item:
                    lo, hi = parse_ci(nxt.text)
                    item["ci_low"], item["ci_high"] = as_int_or_float(lo), as_int_or_float(hi)
                    ev.append(_ev(nxt))
                elif nxt.label_ == "P_VALUE" and "p" not in item and nxt.start_char not in skipped:
                    item["p"] = parse_p(nxt.text)
                    ev.append(_ev(nxt))
            if "ci_low" not in item:
                after = sent.doc_text[e.end_char:e.end_char + 30]
                m = _BARE_CI_BRACKET.match(after)
                if not (m and re.search(r"CI\)", e.text)):
                    m = _BARE_CI_COMMA.match(after)
                if not m:
                    # "HR 0·69 [0·52–0·91]": a bare range right after a ratio that it brackets
                    m = self.ratio_bare_ci.match(after) or self.value_bare_ci.match(after)  # or "(0·43-0·78; P < ·001)"
                    if m and not parse_number(m.group(1)) <= value <= parse_number(m.group(2)):
                        m = None
                if m:
                    item["ci_low"], item["ci_high"] = as_int_or_float(parse_number(m.group(1))), as_int_or_float(parse_number(m.group(2)))
            item["evidence"] = ev
            res["comparisons"].append(item)
            if cont:
                self._continued_ratio(sent, cont, ents[k + 1:], item, res, used_p)
        respective = self._respective_p(sent, [e for e in ents if e.label_ == "P_VALUE" and e.start_char not in used_p])
        for e in ents:
            if e.label_ != "P_VALUE" or e.start_char in used_p:
                continue
            ep = respective.get(e.start_char) or self._endpoint_for(sent, e.start_char)
            terms = [t for t in sent.of("AE_TERM") if t.end_char <= e.start_char]
            code = None
            if ae_sentence and terms and (ep is None or terms[-1].start_char > ep.start_char):
                code = "AE"
            elif ep is not None:
                code = ep.id_
            elif not terms:
                code = heading
            if code is None or not_recorded(code):
                continue
            res["comparisons"].append({"endpoint": code, "measure": None, "p": parse_p(e.text), "evidence": [_ev(e)]})
        if heading is None:
            return
        item = self._heading_item
        ci = next((e for e in ents if e.label_ == "CI"), None)
        if ci is not None and not any(e.label_ == "RATIO" for e in ents) and item is not None \
                and item["endpoint"] == heading and "value" in item and item.get("ci_low") is None:
            # "Hazard Ratio (HR): 0.74" then "Confidence Interval (2-Sided) 95%: 0.60 to 0.90"
            low, high = parse_ci(ci.text)
            item["ci_low"], item["ci_high"] = as_int_or_float(low), as_int_or_float(high)
            item["evidence"].append(_ev(ci))
        # "P-Value: 0.006 | Method: Log Rank" then "Hazard Ratio (HR): 0.62 | 95% CI: 0.44 to 0.87" (or
        # both on one line): one comparison
        start = first_new - 1 if first_new > 0 and res["comparisons"][first_new - 1] is self._heading_item \
            and self._heading_item["endpoint"] == heading else first_new
        block = [c for c in res["comparisons"][start:] if c["endpoint"] == heading]
        p_only = [c for c in block if "value" not in c and "p" in c]
        ratios = [c for c in block if "value" in c and "p" not in c]
        if len(p_only) == 1 and len(ratios) == 1 and len(block) == 2:
            ratios[0]["p"] = p_only[0]["p"]
            ratios[0]["evidence"] = p_only[0]["evidence"] + ratios[0]["evidence"]
            res["comparisons"].remove(p_only[0])
        self._heading_item = next((c for c in reversed(res["comparisons"][start:]) if c["endpoint"] == heading),
                                  self._heading_item)
