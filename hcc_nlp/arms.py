"""Treatment arms: from a randomisation sentence, a "versus" title, group sentences, a phase I
part, or (failing all) the single arm of everything the study gives."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, NamedTuple, Optional

from spacy.tokens import Span

from . import marks
from .docview import (CLASS_PREFIX, ELIGIBILITY_SECTIONS, TREATMENT_LABELS, DocView, Sentence, component_of, is_class,
                      treatment_runs)
from .normalize import (INTERVAL_DAYS, NUMBER_WORDS, as_int_or_float, leading_number, parse_cycle_days, parse_dose, parse_frequency,
                        parse_number)
from .regimen import (DETAIL_FIELDS, SCHEDULE_FIELD, apply_radiation, apply_shared_detail, attachment_cues, conflicting, doses_of,
                      gap_without, has_details, in_composition, merge_components, modified_doses, orphan_radiation,
                      imitated, planned, redosed, statement)
from .resources import grammar

_N_EQ = re.compile(r"(?<![A-Za-z])[nN]\s*=\s*(\d[\d,]*)")
_N_PATIENTS = grammar("arms", "n_patients")  # "... every 3 weeks (336 patients)"
_N_LEADING = grammar("arms", "n_leading")  # "• 334 people received tislelizumab ..."
_GROUP_LETTERS = re.compile(r"\b(?:[A-Z]|\d{1,2})\b")  # "A and B" of "arms A and B"
_ARM_NAME_START = grammar("arms", "arm_name_start")
_ARM_NAME_ONLY = grammar("arms", "arm_name_only")
_ALIAS = grammar("arms", "alias")  # "SBRT group (n = 49)"
_GROUP_NAME = grammar("arms", "group_name")  # "group B", "arm 2"
_GROUP_LIST_END = grammar("arms", "group_list_end")  # "In the HAIC and TACE-HAIC arms, ..."
_LETTERED_ITEM = grammar("arms", "lettered_item")  # "(B) cTACE plus lenvatinib": an item of a lettered list
_MAY_BE = grammar("arms", "may_be")  # "the dose may (then) be reduced to ..."
_OTHER_TYPE = grammar("arms", "other_type")  # a registry's "Other:" intervention type
_SIZE_BRACKET_END = re.compile(r"\s*\([^()]*\)$")  # "cTACE (n = 48)": the size closing an arm's label
_LONG_LABEL = 80  # a registry arm line longer than this is a description, not a name


_COUNT_TO = grammar("arms", "count_to")
_WORD = re.compile(r"\S*")
_GROUP_LIST_SEP = grammar("arms", "group_list_sep")
_LIST_ITEM_BEFORE = grammar("arms", "list_item_before")  # "; or arm C, ..."
_DRUG_CLAUSE_VERB = grammar("arms", "drug_clause_verb")  # "; lenvatinib was given orally once daily at 12 mg"


def _size_written(segment: str) -> Optional[int]:
    """The arm size "(n=80)" of a segment; several sizes in one segment are resolved by name later."""
    sizes = _N_EQ.findall(segment) or _N_PATIENTS.findall(segment)
    return int(sizes[0].replace(",", "")) if len(sizes) == 1 else None


_SEQUENCE_NAME = grammar("arms", "sequence_name")  # "sorafenib-first", "tace-alone": a treatment and its place


def _bracketed_timing(sent: Sentence, interval: Span) -> list[Span]:
    """The days and cycle schedules in a bracket right after an interval ("Q3W (day 1 of each
    21-day cycle)")."""
    bracket = marks.bracket_after(sent.doc_text, interval.end_char, sent.end_char)
    if bracket is None:
        return []
    return [d for d in sent.of("SCHEDULE") if d.id_ in SCHEDULE_FIELD and bracket[0] <= d.start_char
            and d.end_char <= bracket[1]]


def _connective(m: re.Match) -> str:
    """The joining word of an "either with" match ("with", "plus", "combined with"), without the
    comma and "either" around it."""
    words = m.group().lower().replace(",", " ").split()
    return " ".join(w for w in words if w != "either")


def _aliases(segment: str) -> set:
    """Names an arm is written with: "(Arm C)", "Group B", "(LEN-TACE)", "(TACE-L; n = 54)"; a
    coded or hyphenated group name also alone ("(Q150 group)" is also "Q150": "the Q150 and Q250
    groups"; "(TACE-R group)" is also "TACE-R")."""
    written = []
    for m in _ALIAS.finditer(segment):
        first, *rest = re.split(r"[,;]", next(g for g in m.groups() if g))
        written.append(first.strip())
        # "(TACE; group B)": the group's name after the short form is a name of the arm too
        written += [part.strip() for part in rest if _GROUP_NAME.fullmatch(part.strip())]
    # "(HLT arm)" is also "HLT": "randomised (HLT, n=56; HL, n=56)" (a code in capitals; not "control")
    codes = {m.group(1).lower() for name in written if (m := _CAPITALS_GROUP.fullmatch(name))}
    names = _with_coded({name.lower() for name in written})
    # "(sorafenib-first)" is also written "with sorafenib first"
    spaced = {m.group(1) + " " + m.group(2) for name in names if (m := _SEQUENCE_NAME.fullmatch(name))}
    return names | codes | spaced


def _with_coded(names: set) -> set:
    """The names and, for a coded or hyphenated group name, the code alone ("q150 group": "q150")."""
    return names | {m.group(1) for name in names if (m := _CODED_GROUP.fullmatch(name))}


def _block_end(text: str, start: int, heads: list[re.Match], j: int) -> int:
    """Where the block that the ``j``-th of ``heads`` opens (its text from ``start``) ends: at a
    blank line, a rule line or the next head."""
    nxt = heads[j + 1].start() if j + 1 < len(heads) else len(text)
    blank = marks.BLOCK_BREAK.search(text, start, nxt)
    return blank.start() if blank else nxt


def _punctuated_list_end(text: str, previous_head_end: int, head_end: int, end: int) -> bool:
    """Whether the line of the head ending at ``head_end`` (the line ends at ``end``) closes with a full
    stop a list whose items end with ";" (the line of the head before it does)."""
    line_end = text.find("\n", previous_head_end)
    return 0 <= line_end <= head_end and text[previous_head_end:line_end].rstrip().endswith(";") \
        and text[head_end:end].rstrip().endswith(".")


_DETAIL_LABELS = ("DOSE", "SCHEDULE", "ROUTE")
_GIVEN_HOW = ("ROUTE", "SCHEDULE")  # how a drug is given, whatever its dose


def _radiation_components(base: dict, doses: list[Span], text: str) -> list[dict]:
    """One component of ``base``'s radiotherapy per prescription in ``doses`` (a dose with no total
    is the fractionation of the prescription before it: "(15 Gy per fraction)")."""
    out: list[dict] = []
    equivalent = attachment_cues()["equivalent_dose_before"]
    for d in doses:
        if equivalent.search(text, max(0, d.start_char - 30), d.start_char):
            continue  # "(5 x 8 Gy, BED10 72 Gy)"
        comp = {"kind": base["kind"], "name": base["name"], "technique": base.get("technique"), "evidence": []}
        apply_radiation(comp, d, text)
        if comp.get("dose") is None and out:
            apply_radiation(out[-1], d, text)
        elif has_details(comp):
            out.append(comp)
    return out


_WORD_OF_NUMBER = {v: k for k, v in NUMBER_WORDS.items() if 0 < v <= 20}
_GROUP_NOUNS = ("group", "arm", "cohort")  # "the neoadjuvant group", "the 3-fraction arm"


def _prescription_aliases(arms: list["Arm"]) -> None:
    """Arms told apart by their radiotherapy prescription are also named by it ("with 3 fractions",
    "the 5-fraction arm", "the 45-Gy group"): the ``prescription_aliases`` of regimen.json, for
    each of fractions and total dose whose value differs between every two such arms."""
    rad = [[c for c in a.components if c["kind"] == "radiation"] for a in arms]
    if len(arms) < 2 or any(len(r) != 1 for r in rad):
        return
    templates = attachment_cues()["prescription_aliases"]
    for key, slot in (("fractions", "{fractions}"), ("dose", "{dose}")):
        values = [r[0].get(key) for r in rad]
        if None in values or len(set(values)) < len(values):
            continue
        for arm, value in zip(arms, values):
            written = [f"{value:g}"] + ([_WORD_OF_NUMBER[value]] if key == "fractions" and value in _WORD_OF_NUMBER else [])
            arm.aliases |= {t.replace(slot, w) for t in templates if slot in t for w in written}


class _Candidate(NamedTuple):
    """A sentence's arms and how they rank: more arms; an assignment word ("randomly assigned")
    over options that only each give a size; more details; written out one by one; earlier."""
    count: int
    assigned: bool
    detail: int
    explicit: int
    order: int  # minus the sentence's index
    arms: list


def _code_aliases(arms: list["Arm"]) -> None:
    """Arms of the same treatments told apart only by a one-word name ("to B-TACE (n = 48) or cTACE
    (n = 48)") are named by it in the results ("43.8% with B-TACE and 25.0% with cTACE")."""
    if len(arms) < 2 or len({frozenset(a.names) for a in arms}) > 1:
        return
    codes = [_SIZE_BRACKET_END.sub("", a.label or "") for a in arms]
    if all(code and not any(ch.isspace() for ch in code) and len(code) <= 20 for code in codes) \
            and len({code.lower() for code in codes}) == len(codes):
        for arm, code in zip(arms, codes):
            arm.aliases.add(code.lower())


def _details_between(ents, start: int, end: int, labels: tuple = _DETAIL_LABELS) -> list[Span]:
    """The doses, schedules and routes (or ``labels``) written in [start, end) (for a drug named elsewhere)."""
    return [e for e in ents if e.label_ in labels and start <= e.start_char and e.end_char <= end]


def _semicolon_clauses(sent: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence between its ";" outside brackets."""
    cuts = [sent.start_char + i + 1 for i in marks.top_level(sent.text, ";", 0, len(sent.text))]
    bounds = [sent.start_char, *cuts, sent.end_char]
    return list(zip(bounds, bounds[1:]))


def _replacing(components: list[dict], old: dict, new: list[dict]) -> list[dict]:
    """Copies of an arm's ``components`` with ``old`` replaced by ``new`` in its place (the arm
    before at another dose: "A 1200 mg plus B 7.5 mg/kg or 15 mg/kg")."""
    at = components.index(old)
    return [dict(c) for c in components[:at]] + new + [dict(c) for c in components[at + 1:]]


_PLAIN_OR = grammar("arms", "plain_or")  # "A or B": not "or to", which opens another arm


def _in_order(codes: list[str]) -> bool:
    """Arm codes that run in order from the first: "A", "B", "C" or "1", "2"."""
    first = "1" if codes and codes[0][:1].isdigit() else "A"
    return [c.upper() for c in codes] == [chr(ord(first) + k) for k in range(len(codes))]


def _distinctly_named(arms: list["Arm"]) -> bool:
    """Arms read from named clauses each with a name of its own ("cohort 1", "cohort 2")."""
    return len({next(iter(a.aliases)) for a in arms}) == len(arms)


_LABEL_JOINER_TAIL = grammar("arms", "label_joiner_tail")


def _clause_label(text: str) -> str:
    """An arm's clause as its label: one line, without the punctuation and the "; or" that joins
    the next alternative ("regorafenib 160 mg once daily; or" before "arm D, ...")."""
    return _LABEL_JOINER_TAIL.sub("", " ".join(text.split()).strip(" ,;.")).strip(" ,;.")


def _named_clause_arm(name: str, text: str, start: int, end: int, comps: list[dict], tag: Optional[str] = None) -> Arm:
    """The arm a clause names ("cohort 1", "Part B") with the regimen written in text[start:end]."""
    name = " ".join(name.split())
    return Arm(label=f"{name}: {_clause_label(text[start:end])}", components=merge_components(comps),
               tag=tag, aliases={name.lower()}, text=text[start:end], start_char=start)


def _column_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of a table row's text[start:end], split at tabs (or at
    "|" when it has none), blanks trimmed."""
    sep = "\t" if "\t" in text[start:end] else "|"
    cells, pos = [], start
    while pos <= end:
        nxt = text.find(sep, pos, end)
        stop = end if nxt < 0 else nxt
        a, b = pos, stop
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        if a < b:
            cells.append((a, b))
        pos = stop + 1
    return cells


_VERSUS = grammar("arms", "versus")
_ALTERNATIVES = grammar("arms", "alternatives")
_CAPITALS_GROUP = grammar("arms", "capitals_group")  # "HLT arm"
_CODED_GROUP = grammar("arms", "coded_group")  # "Q150", "TACE-R"


_BRACKET_SHORT_NAME = grammar("arms", "bracket_short_name")  # "(PDA; ...)", "(ESC arm: ...)"


def chosen_arms(arms: list["Arm"], choice_arm: re.Pattern) -> list[bool]:
    """Whether each arm is given an investigator's choice of treatments (``choice_arm`` on its label)."""
    return [choice_arm.search(a.label or "") is not None for a in arms]


def treatment_counts(arms: list["Arm"], chosen: list[bool]) -> list[tuple[int, int]]:
    """(number of treatments, index) of each arm, fewest first: a placebo is no treatment ("TACE plus A
    and placebo" is a doublet), and an arm given an investigator's choice of A or B (``chosen``, as
    :func:`chosen_arms` gives it) has one."""
    return sorted((1 if chosen[k] else len(a.names - {"placebo"}), k) for k, a in enumerate(arms))


def combination_index(counts: list[tuple[int, int]]) -> Optional[int]:
    """The arm "the combination" names: the one with more treatments than any other (``counts`` as
    :func:`treatment_counts` gives them), or None."""
    return counts[-1][1] if len(counts) >= 2 and counts[-1][0] > counts[-2][0] else None


def _with_group_nouns(name: str) -> set:
    """An arm's name and the name with a group noun: "pda", "pda group", "pda arm", "pda cohort"."""
    return {name} | {f"{name} {noun}" for noun in _GROUP_NOUNS}


@dataclass
class Arm:
    label: str
    components: list[dict]
    n: Optional[int] = None
    aliases: set = field(default_factory=set)
    tag: Optional[str] = None          # "mtd" / "phase1" / "external_control" / None
    escalated: Optional[str] = None    # the drug a phase I part escalates through dose levels
    text: str = ""
    start_char: int = 0                # where ``text`` starts in the document

    @property
    def names(self) -> set:
        return {c["name"] for c in self.components}


def dose_levels(arms: list["Arm"]) -> dict:
    """drug -> {(dose, unit): arm index}, for arms told apart by the dose of a drug they share (two
    doses of one drug, in one unit): a dose that only one arm gives names that arm."""
    doses: dict = {}
    escalated = set()  # not a drug given over a range of doses ("5-20 mg/kg" in a dose escalation)
    for k, arm in enumerate(arms):
        if arm.escalated:
            escalated.add(arm.escalated)
        for c in arm.components:
            if c.get("dose") is not None:
                doses.setdefault(c["name"], {}).setdefault((c["dose"], c.get("unit")), set()).add(k)
                if c.get("dose_max") is not None or arm.tag is not None:
                    escalated.add(c["name"])
    out: dict = {}
    for name, by in doses.items():
        if name in escalated:
            continue
        unique = {key: next(iter(ks)) for key, ks in by.items() if len(ks) == 1}
        if len(unique) >= 2 and len({unit for _, unit in unique}) == 1:
            out[name] = unique
    return out


def arm_of_dose(arms: list["Arm"], name: str, dose_text: str) -> Optional[int]:
    """The arm a drug's written dose names when arms give the drug at different doses
    ("apatinib 750 mg" of the 750 mg and 500 mg arms), else None."""
    d = parse_dose(dose_text)
    by = dose_levels(arms).get(name)
    return by.get((d.dose, d.unit)) if by and d is not None and d.dose_max is None else None


def resolve_arm(names: set, arms: list["Arm"], alone: bool = False) -> Optional[int]:
    """The arm a set of treatment names refers to: the arm with exactly those treatments, else
    the only arm that has them all, else the only one with a treatment no other arm has ("the
    HAIC group"); with ``alone`` ("TACE alone"), the arm with the least besides them."""
    exact = [k for k, a in enumerate(arms) if a.names == names]
    if len(exact) == 1:
        return exact[0]
    containing = [k for k, a in enumerate(arms) if names <= a.names]
    if alone:
        # "TACE alone" when both arms' TACE carries its drugs: the arm with the least besides
        sizes = sorted((len(arms[k].names), k) for k in containing)
        return sizes[0][1] if len(sizes) >= 2 and not exact and sizes[0][0] < sizes[1][0] else None
    if len(containing) == 1:
        return containing[0]
    distinctive = [k for k in containing if any(sum(1 for a in arms if n in a.names) == 1 for n in names)]
    return distinctive[0] if len(distinctive) == 1 else None


_PLACEBO_SHORT = grammar("text_tables", "placebo_short")  # "PBO+LEN"


def arm_of_short_parts(parts: list[str], arms: list["Arm"], taken: set = frozenset(), fewest: bool = True) -> Optional[int]:
    """The arm a short form's lower-cased parts name ("a", "b", "tace" of "A+B+TACE"; "tace", "t",
    "l" of "TACE-T-L"): each part is a different component's initial, its name or (three letters
    or more) the start of its name; of several arms not ``taken`` that fit, the one with the fewest
    components (with ``fewest``; else none), or None when two fit equally."""
    parts = ["placebo" if _PLACEBO_SHORT.fullmatch(p) else p for p in parts]

    def names_part(p: str, n: str) -> bool:
        return n == p or ((len(p) == 1 or len(p) >= 3) and n.startswith(p))

    def assign(i: int, names: list[str]) -> bool:  # parts[i:] each to one of the names left
        return i == len(parts) or any(names_part(parts[i], n) and assign(i + 1, names[:j] + names[j + 1:])
                                      for j, n in enumerate(names))

    def fits(arm) -> bool:
        return assign(0, [c["name"].lower() for c in arm.components])

    fitting = sorted((len(a.components), k) for k, a in enumerate(arms) if k not in taken and fits(a))
    if not fitting or (len(fitting) > 1 and (not fewest or fitting[0][0] == fitting[1][0])):
        return None
    return fitting[0][1]


def share_sibling_details(arms: list["Arm"], same_dose: re.Pattern) -> None:
    """"sorafenib 400 mg twice daily alone or sorafenib plus HAIC": a drug written without dose or
    schedule in one arm takes them from the same drug in another arm, when only one version is
    written, or when the versions are one arm's and the arm says it takes them ("lenvatinib 12 mg or
    8 mg by bodyweight plus A, or lenvatinib alone at the same dose": both doses)."""
    for arm in arms:
        shared = []
        for comp in arm.components:
            if comp["kind"] != "drug" or comp["name"] == "placebo" or has_details(comp) \
                    or any(c["name"] == comp["name"] and has_details(c) for c in arm.components):
                shared.append(comp)  # (the arm writes this drug's details itself)
                continue
            owned = [(other, c) for other in arms if other is not arm for c in other.components
                     if c["name"] == comp["name"] and has_details(c)]
            versions = {tuple(c.get(k) for k in DETAIL_FIELDS) for _other, c in owned}
            if len(versions) == 1:
                shared.append(_with_details(comp, owned[0][1]))
            elif len(versions) > 1 and len({id(other) for other, _c in owned}) == 1 and same_dose.search(arm.label):
                shared.extend(_with_details(comp, c) for _other, c in owned)
            else:
                shared.append(comp)
        arm.components = shared
        _placebo_on_the_same_schedule(arm, arms, same_dose)


_SCHEDULE_FIELDS = ("frequency", "days", "cycle_days", "route")  # how a drug is given, whatever its dose


def _placebo_on_the_same_schedule(arm: "Arm", arms: list["Arm"], same_dose: re.Pattern) -> None:
    """"334 received a placebo infusion on the same schedule": an arm's placebo written with no
    schedule, whose arm says it keeps the same one, takes the schedule the other arms' drugs share."""
    placebos = [c for c in arm.components if c["name"] == "placebo" and c.get("frequency") is None]
    if len(placebos) != 1 or not same_dose.search(arm.label):
        return
    schedules = {tuple(c.get(k) for k in _SCHEDULE_FIELDS) for other in arms if other is not arm
                 for c in other.components if c["kind"] == "drug" and c["name"] != "placebo" and c.get("frequency")}
    if len(schedules) == 1:
        placebos[0].update(zip(_SCHEDULE_FIELDS, schedules.pop()))


def share_procedure_interval(arms: list["Arm"], procedures: frozenset) -> None:
    """"HAIC was repeated every 3 weeks": the interval of an infusion procedure (``procedures``) is
    also that of every drug the arm infuses through it (route intra-arterial) that has no frequency
    of its own."""
    for arm in arms:
        interval = next((c["frequency"] for c in arm.components if c["kind"] == "procedure"
                         and c["name"] in procedures and c.get("frequency") in INTERVAL_DAYS), None)
        if interval is None:
            continue
        for comp in arm.components:
            if comp["kind"] == "drug" and comp.get("route") == "intra-arterial" and comp.get("frequency") is None:
                comp["frequency"] = interval


_DOSES_A_DAY = {"BID": 2, "TID": 3}  # administrations a day of a frequency code
_TO_OPENING = grammar("arms", "to_opening")  # "to the triplet (n = 139) or to": an alternative opened by "to"
_DETAIL_FIRST_GAP = grammar("arms", "detail_first_gap")  # "1.85 GBq (50 mCi) " before the drug
_RESTATED_GAP = grammar("arms", "restated_gap")  # "400 mg twice daily (" 800 mg/day)
_RESTATING_BRACKET = grammar("arms", "restating_bracket")  # "(i.e., fluorouracil 2 g/m2 per cycle)"


def drop_restated_doses(arms: list["Arm"], text: str) -> None:
    """One regimen written two ways is one component. "400 mg twice daily (800 mg/day)", "800 mg
    per day (400 mg b.i.d.)": the dose each administration gives is kept, and the daily total in
    the bracket (or before it) is dropped, when it is the dose times the doses a day. "1 g/m2 d1,8
    ... (i.e., 2 g/m2 per cycle)": a drug's dose in a bracket that restates ("i.e.", "that is") is
    dropped when the arm has the drug at another dose."""
    for arm in arms:
        dosed = [c for c in arm.components if c["kind"] == "drug" and c.get("dose") is not None]
        # (its own evidence: the details it shares with the drug's other component are outside the bracket)
        restated = [c for c in dosed if _restated(text, c, {tuple(e) for o in dosed if o is not c and o["name"] == c["name"]
                                                             for e in o.get("evidence", ())})]
        drop = [c for c in restated if any(o["name"] == c["name"] and all(o is not r for r in restated) for o in dosed)]
        for daily in arm.components:
            if daily["kind"] != "drug" or daily.get("frequency") != "QD" or daily.get("dose") is None:
                continue
            for split in arm.components:
                times = _DOSES_A_DAY.get(split.get("frequency") or "")
                if split is daily or split["name"] != daily["name"] or times is None or split.get("unit") != daily.get("unit") \
                        or split.get("dose") is None or abs(split["dose"] * times - daily["dose"]) > 1e-9:
                    continue
                own = {tuple(e) for e in daily.get("evidence", [])}
                other = {tuple(e) for e in split.get("evidence", [])}
                if _bracket_follows(text, own - other, other - own) or _bracket_follows(text, other - own, own - other):
                    drop.append(daily)
                    break
        if drop:
            arm.components = [c for c in arm.components if all(c is not d for d in drop)]


def _restated(text: str, comp: dict, shared: frozenset = frozenset()) -> bool:
    """Whether a component's dose (or, when no span of its evidence writes the dose, all its
    evidence but the ``shared`` spans) lies in a bracket that restates ("(i.e., ...)", "(total
    daily dose 800 mg)")."""
    spans = [e for e in comp.get("evidence") or [] if tuple(e) not in shared]
    dose = comp.get("dose")
    written = [e for e in spans if dose is not None and leading_number(text[e[0]:e[1]]) == dose]
    spans = written or spans
    if not spans:
        return False
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    opened = marks.open_before(text, max(0, lo - 200), lo)
    if opened is None or not _RESTATING_BRACKET.match(text, opened):
        return False
    closed = marks.closing(text, opened + 1, len(text))
    return closed is not None and hi <= closed


def _bracket_follows(text: str, first: set, second: set) -> bool:
    """Whether the spans ``second`` open in a bracket right after the last of ``first`` before them."""
    if not first or not second:
        return False
    start = min(a for a, _ in second)
    before = [b for _, b in first if b <= start]
    return bool(before) and _RESTATED_GAP.fullmatch(text, max(before), start) is not None


def _with_details(comp: dict, donor: dict) -> dict:
    """``comp`` with the details it lacks taken from ``donor``."""
    comp = dict(comp, evidence=list(comp.get("evidence", [])) + donor.get("evidence", [])[1:])
    for key in DETAIL_FIELDS:
        if donor.get(key) is not None and comp.get(key) is None:
            comp[key] = donor[key]
    return comp


def _in_every_target(comps: list[dict], clause_start: int, clause_end: int, arms: list["Arm"],
                     targets: list["Arm"]) -> list[dict]:
    """The components a statement gives every target arm: not one first named in another clause than
    the cue's (before ``clause_start`` or after ``clause_end``) that only some arms have ("In both arms,
    HAIC consisted of FOLFOX ...; toripalimab was continued as maintenance": toripalimab is the one arm's
    that has it; "A 200 mg every 3 weeks; B once daily in both groups": A is the one arm's)."""
    owned = {c["name"] for arm in arms for c in arm.components}
    return [c for c in comps if not c.get("evidence") or clause_start <= c["evidence"][0][0] < clause_end
            or c["name"] not in owned or all(c["name"] in arm.names for arm in targets)]


def _clause_end(sent: Sentence, start: int) -> int:
    """Where the randomisation clause starting at ``start`` ends: the sentence end, or a ';' outside
    brackets that does not go on with another alternative ("...; 146 received A and ...", not "; or
    B", "; arm B, ...")."""
    text = sent.doc_text
    semis = list(marks.top_level(text, ";", start, sent.end_char))
    opening = [k for k, i in enumerate(semis) if _NEXT_ALTERNATIVE.match(text, i + 1, sent.end_char)]
    # "to A (...); B (...); or C": the ';'s before the one that opens the last alternative separate
    # alternatives too
    return next((i for i in semis[opening[-1] if opening else 0:]
                 if not _NEXT_ALTERNATIVE.match(text, i + 1, sent.end_char)), sent.end_char)


# what a clause's patients did not receive follows ("the same ablation without prior TACE")
_NOT_GIVEN = grammar("arms", "not_given")
# after a ';' in a randomisation clause, another alternative: "; or B", "; arm B, B 400 mg ..."
_NEXT_ALTERNATIVE = grammar("arms", "next_alternative")


def _at_first_level(comp: dict, levels: re.Match) -> dict:
    """``comp`` at the first of the dose levels a ``level_list`` match lists ("through 2.5, 5, 10 and
    20 mg/kg": 2.5 mg/kg)."""
    return dict(comp, dose=as_int_or_float(float(levels.group(1))), dose_max=None,
                unit=levels.group(2).replace("²", "2"))


def _add_components(arm: "Arm", comps: list[dict]) -> None:
    """Complete an arm with components written elsewhere: new treatments, and known ones that
    come with details."""
    extra = [dict(c) for c in comps if c["name"] not in arm.names or has_details(c)]
    if extra:
        arm.components = merge_components(arm.components + extra)


def _share_schedule(escalation: "Arm", expansion: "Arm") -> None:
    """The parts of a phase I/II study differ in dose, not in how a drug is given: a route or
    schedule written for a drug in one part completes the same drug in the other."""
    for a, b in ((escalation, expansion), (expansion, escalation)):
        for comp in b.components:
            donor = next((c for c in a.components if c["name"] == comp["name"]), None)
            if donor is None:
                continue
            for key in _SCHEDULE_FIELDS:
                if comp.get(key) is None and donor.get(key) is not None:
                    comp[key] = donor[key]


def _complete(arms: list["Arm"], details: list[Span], names: Optional[set] = None) -> None:
    """Every drug of ``arms`` (of ``names``, when given) takes the routes and schedules of ``details``
    it has none of its own of."""
    for arm in arms:
        for comp in arm.components:
            if names is None or comp["name"] in names:
                for d in details:
                    apply_shared_detail(comp, d)


def _same_dose(a: dict, b: dict) -> bool:
    return (a.get("dose"), a.get("dose_max"), a.get("unit")) == (b.get("dose"), b.get("dose_max"), b.get("unit"))


def _one_of_its_doses(comp: dict, c: dict, statement: list[dict]) -> bool:
    """Whether ``c``, in a statement that gives its drug at other doses too ("X 40 mg or 60 mg orally
    once daily"), is ``comp``'s drug at ``comp``'s dose with nothing that conflicts."""
    return comp.get("dose") is not None and _same_dose(c, comp) and not conflicting(comp, c) \
        and any(o["name"] == c["name"] and o.get("dose") is not None and not _same_dose(o, c) for o in statement)


def _indistinct(arms: list[Arm]) -> bool:
    """Two or more arms read with the same treatments and details: the reading failed to tell them apart."""
    def key(arm: Arm) -> tuple:
        return tuple(sorted(repr((c["name"], c.get("dose"), c.get("unit"), c.get("frequency"))) for c in arm.components))
    return len(arms) >= 2 and len({key(a) for a in arms}) == 1


def _escalated_dose_named(comps: list[dict], phase1: Arm) -> list[dict]:
    """"The MTD was 150 mg twice daily, ... with tislelizumab 200 mg Q3W": a dose written before
    any drug, that the statement gave to the next drug although it has a dose of its own, is the
    dose of the one phase I drug the sentence does not name (the escalated one)."""
    missing = phase1.names - {c["name"] for c in comps}
    if len(missing) != 1:
        return comps
    out = []
    for c in comps:
        ev = c.get("evidence") or []
        own_dose = [x for x in comps if x is not c and x["name"] == c["name"] and x.get("dose") is not None]
        if len(ev) >= 2 and ev[1][0] < ev[0][0] and c.get("dose") is not None and own_dose:
            c = dict(c, name=next(iter(missing)), evidence=ev[1:])
        out.append(c)
    return out


def _components_label(comps: list[dict]) -> str:
    """An arm's label made of its components' names ("lenvatinib plus TACE"), without the
    placeholders of drug classes (which no record shows)."""
    return " plus ".join(dict.fromkeys(c["name"] for c in comps if not c["name"].startswith(CLASS_PREFIX)))


class ArmBuilder:
    def __init__(self, cues: dict, expand: Callable):
        """``cues``: the compiled cue regexes (``cues.compile_cues``)."""
        self.expand = expand
        self.arm_sentence = cues["arm_sentence"]
        self.bracketed_group = cues["bracketed_group"]  # "... alone (Cohort A) or combined with Y (Cohort B)"
        self.bracketed_group_alone = cues["bracketed_group_alone"]
        self.arm_sentence_received = cues["arm_sentence_received"]  # "received A (n=300) or B (n=150)"
        self.split = cues["arm_split"]
        self.weight_dose = cues["weight_dose_alternative"]  # "8 mg or 12 mg according to body weight": one arm
        self.add_on = cues["add_on"]
        self.alone = cues["alone"]
        self.title_split = cues["title_split"]
        self.with_or_without = cues["with_or_without"]
        self.shared_subset = cues["shared_subset"]  # "in the two TACE groups"
        self.either_with, self.or_alone = cues["either_with"], cues["or_alone"]  # "A, either with B or alone"
        self.route_before_either = cues["route_before_either"]  # "to receive, by mouth, either A or B"
        self.comparing, self.comparing_joiner = cues["comparing"], cues["comparing_joiner"]  # "comparing A with B"
        self.not_given = cues["not_given"]
        self.had_received = cues["had_received"]  # a treatment received before the study
        self.listed_after_treatment = cues["listed_after_treatment"]
        self.redose_start = cues["redose_start"]  # "or [at] 240 mg q3w": an alternative dose of the same drug
        self.each_with = cues["each_with"]  # ", each given with C": C joins every arm
        self.each_then_partner = cues["each_then_partner"]  # "..., each given every 4 weeks, plus oral C"
        self.giving_verb = cues["giving_verb"]  # "randomized to", "received", "start": what comes before is not about the treatment
        self.phase1 = cues["phase1"]
        self.phase1_part = cues["phase1_arm"]
        self.mtd = cues["mtd"]
        self.mtd_declared_after = cues["mtd_declared_after"]  # "240 mg ... was declared the MTD"
        self.mtd_dose_before = cues["mtd_dose_before"]  # "The MTD and RP2D was" 240 mg
        self.expansion_at_rp2d = cues["expansion_at_rp2d"]  # "an expansion cohort was then treated at the RP2D"
        self.rp2d_before_dose = cues["rp2d_before_dose"]  # "the RP2D was set at" 200 mg
        self.part_defined = cues["part_defined"]  # "Part A (dose escalation)": the code of a part
        self.part_defined_after = cues["part_defined_after"]
        self.group_clause = cues["group_clause"]
        self.shared = cues["shared_regimen"]
        self.procedure_content = cues["procedure_content"]
        self.procedure_with = cues["procedure_with"]  # "Conventional TACE with epirubicin ...": a description
        self.phase_of_care = cues["phase_of_care"]  # "neoadjuvant": "neoadjuvant therapy" names the arm too
        self.dosing_schedule = cues["dosing_schedule"]  # "intermittent": "intermittent dosing" names the arm too
        self.size_list = cues["size_list"]
        self.regimen_content = cues["regimen_content"]
        self.ratio_to = cues["ratio_to"]  # "1:1 to oral X": assigned
        self.assigned_to = cues["assigned_to"]  # the "to" of "assigned ... to X" right before the treatment
        self.bracket_after_name = cues["bracket_after_name"]  # "HAIC-FOLFOX (": a procedure's own bracket
        self.pk_measure = cues["pk_measure"]  # "Cmax", "AUC", "trough concentration": a pharmacokinetic measure
        self.phase1_label = cues["phase1_label"]  # an arm labelled "Phase 1: ...", "Part A (dose escalation)"
        self.versus_clause = cues["versus_clause"]
        self.after_progression = cues["after_progression"]  # a sentence opening "After progression, ..."
        self.expansion_given = cues["expansion_given"]  # "In the expansion cohort, all 24 patients received"
        self.listed_before = cues["listed_before"]  # "lenvatinib, regorafenib or ": list members before a mention
        self.arm_clause = cues["arm_clause"]  # "; in the TACE-L group, ...": a clause about one arm
        self.names_an_arm = cues["names_an_arm"]  # "TACE-L arm", "HAIC group": a treatment naming an arm
        self.label_head = cues["label_head"]  # "to", "either" before a regimen: not part of its label
        self.arm_modifier = cues["arm_modifier"]  # "neoadjuvant" before an arm's first treatment names the arm
        self.arm_modifier_lead = cues["arm_modifier_lead"]
        self.label_tail = cues["label_tail"]  # randomisation details after a regimen, not part of its label
        self.procedure_topic = (cues["procedure_topic_before"], cues["procedure_topic_after"])
        self.registry_arm = cues["registry_arm"]
        self.titled_arm_field = cues["titled_arm_field"]
        self.registry_intervention = cues["registry_intervention"]
        self.same_dose = cues["same_dose"]
        self.product_strength = cues["product_strength"]
        self.results_groups = cues["results_groups"]  # "Arm/Group Title | A | B" over "Arm/Group Description | ... | ..."
        self.results_group_rows = cues["results_group_rows"]  # "Arm/Group Title | Arm/Group Description", a row per group
        self.total_column = cues["table_total_header"]  # "Total" after the arms' columns: the arms pooled
        self.arm_line = cues["arm_line"]  # "- Arm A: toripalimab 240 mg IV q3w + lenvatinib ..."
        self.result_compared = cues["result_compared"]  # "X improved OS compared with Y" near the title
        self.comparison_sentence = cues["comparison_sentence"]  # "to compare A versus B": arms when the title has none
        self.choice_of = cues["choice_of"]  # "investigator's choice of A or B": one arm
        self.choice_after = cues["choice_after"]  # "A or B (investigator's choice)": one arm
        self.arm_enumerated = cues["arm_enumerated"]  # "to: (A) X 40 mg daily; (B) Y ...; or (C) X and Y"
        self.arm_inline = cues["arm_inline"]  # "Cohort A: 80 mg once daily; Cohort B: 120 mg ..." in one sentence
        self.expansion_part = cues["expansion_part"]
        self.starting_dose_before = cues["starting_dose_before"]  # "a reduced starting dose of" 4 mg
        self.level_list = cues["dose_level_run"]  # "2.5, 5, 10 and 20 mg/kg": levels in one unit
        self.part_clause = cues["part_clause"]  # "Part A escalated ...", "part B combined ...": a part's clause
        self.cohort_clause = cues["cohort_clause"]  # "(cohort 1) received": a clause giving a cohort's regimen
        self.cohort_name = cues["expansion_cohort_name"]  # "Cohort A (no prior systemic therapy)"
        self.cohorts_listed = cues["expansion_cohorts_listed"]  # "two expansion cohorts": the sentence lists them
        self.phase1_study, self.phase1_levels = cues["phase1_study"], cues["phase1_levels"]
        self.escalation_study, self.later_phase = cues["escalation_study"], cues["later_phase"]
        self.combination_first = cues["combination_first"]
        self.group_block = cues["group_block"]
        self.group_block_intervention = cues["group_block_intervention"]
        self.each_clause = cues["each_clause"]  # ", each taken orally once daily" after alternatives
        self.arm_label_before = cues["arm_label_before"]  # "Arm A (" before a regimen
        self.no_treatment = cues["no_treatment_arm"]  # "or to active surveillance": a control arm with no component
        self.no_treatment_modifier = cues["no_treatment_modifier"]  # "active" surveillance is also "surveillance"
        self.infusion_procedures = frozenset(cues["infusion_procedures"])  # "HAIC was repeated every 3 weeks": its drugs' too
        self.described_control = cues["described_control"]  # "or mTOR inhibitor-free standard immunosuppression"
        self.named_arm_received = cues["named_arm_received"]  # "Patients allocated to the RT-S arm received IMRT"
        self.coded_group = cues["coded_group"]  # "Arm A (TACE-T-L)"
        self.group_statement = cues["group_statement"]  # "In the sirolimus group, ...", "the control group continued ..."
        self.group_statement_subset = cues["group_statement_subset"]  # "after progression, 41 patients in"
        self.protocol_deviation = cues["protocol_deviation"]  # "... crossed over to resection and 2 in the HR group received RFA"
        self.dose_levels = cues["dose_level_list"]  # "(50, 100, 200 and 300 mg)"
        self.affiliation_before = cues["affiliation_before"]  # "Department of Hepatobiliary Surgery"
        self.later_therapy = cues["later_therapy_before"]  # "downstaged and received R0 resection"
        self.drugs_together = cues["drugs_together"]  # "Both drugs were given intravenously every 3 weeks"
        self.dose_sentence = cues["dose_sentence"]  # "The dose was 12 mg for patients weighing 60 kg or more and ..."
        self.backup_dose = cues["backup_radiation_dose"]  # "the prescription was reduced to 35 Gy ..."
        self.external_control = cues["external_control"]  # "The external control cohort comprised patients treated with X"
        self.external_control_size = cues["external_control_size"]  # "108 matched controls"
        self.external_control_aliases = cues["external_control_aliases"]
        self.trial_cohort_aliases = cues["trial_cohort_aliases"]
        self.combination_ref = cues["combination_ref"]  # "the combination group": the arm with the most treatments
        self.choice_arm = cues["choice_arm"]  # "investigator's choice of sorafenib or lenvatinib": one treatment
        self.given_clause = cues["given_clause_split"]  # where the words about a mention's own clause begin
        self.stratified_before = cues["stratified_before"]
        self.escalated_to = cues["escalated_to"]  # "the dose was escalated to": a level the drug is raised to
        self.followed_by = cues["followed_by"]  # "followed ... by X": X is given, whatever "after" stands between
        self.design_adjective = cues["design_adjective"]  # "randomised trial": the design named, not an assignment
        # a treatment named as a time, not given ("assigned 4 to 6 weeks after R0 hepatectomy to", ", 4 to 6
        # weeks after surgery,"): (text before it, text after it, how far back the first looks)
        self.timing_phrases = ((cues["timing_reference_before"], cues["timing_reference_after"], 40),
                               (cues["timing_aside_before"], cues["timing_aside_after"], 50))
        self.timing_aside_phrase = cues["timing_aside"]
        self.background_recipients = cues["background_recipients"]  # "HBV-DNA-positive patients ... received entecavir"
        self.assigned_after_unsuited = cues["assigned_after_unsuited"]  # "... unsuitable for resection to X"
        self.trial_name_before, self.trial_name_after = cues["trial_name_before"], cues["trial_name_after"]
        self.timed_after = cues["timed_after"]  # "starting 7-21 days after the first TACE session[, or placebo]"
        regimen_cues = attachment_cues()
        self.composition_bracket = regimen_cues["composition_bracket"]  # "(L-leucine 1,904 mg ... per sachet)"
        self.procedure_routes = regimen_cues["procedure_routes"]  # "by hepatic arterial infusion": a route
        # "capecitabine, an oral fluoropyrimidine", "the oral multikinase inhibitor sorafenib"
        self.described_route = (regimen_cues["described_route_after"], regimen_cues["described_route_before"])
        self.all_drugs_route = regimen_cues["all_drugs_route"]  # "All study drugs were given as intravenous infusions"
        self.all_drugs_interval_gap = regimen_cues["all_drugs_interval_gap"]  # "... intravenously" "every 3 weeks"
        self.daily_oral_stems = regimen_cues["daily_oral_stems"]
        self.emulsion_of = regimen_cues["emulsion_of"]  # "an emulsion of epirubicin and lipiodol" (regimen.json)
        self.kin_after = cues["kin_after"]  # "a sorafenib derivative", "a sorafenib analogue": another drug
        self.procedure_opening = cues["procedure_opening"]  # "Super-selective " before "DEB-TACE with ..."
        self.procedure_as_in_arm = cues["procedure_as_in_arm"]  # "conventional TACE as in group 1"
        self.procedure_same_before = cues["procedure_same_before"]  # "received the same TACE"
        self.either_after_shared = cues["either_after_shared"]  # "doxorubicin ... plus either A or B"
        self.reagent_before = cues["reagent_before"]  # "expanded ex vivo with interleukin 2"
        self.treatment_cycle = cues["treatment_cycle"]  # "Treatment was given in 28-day cycles"
        self.not_given_after = cues["not_given_after"]  # "TACE-refractory", "sorafenib-naive"
        self.part_opening = cues["part_opening"]  # "In part 1B (dose expansion), ...": a sentence about one part
        self.whole_alternative = cues["whole_alternative"]  # "or to placebo": an arm of its own
        self.placebo_for_every_drug = cues["placebo_for_every_drug"]  # "A plus B, or matching placebos"
        self.named_group_clause = cues["named_group_clause"]  # "Group I (40 patients) underwent ...": one group's clause
        self.divided_groups = cues["divided_groups"]  # "randomly divided into the combination group and the TACE group"
        self.group_sentence = cues["group_sentence"]  # "The control group was given TACE: ..."
        self.on_this_basis = cues["on_this_basis"]  # "... was given apatinib on this basis": and the group before's
        self.group_clause_joint = cues["group_clause_joint"]  # "..., and the observation group was given ..."
        self.mtd_is = cues["mtd_is"]  # "the MTD and RP2D were " before a dose with no drug named
        # "(planned) with personalised dosimetry (...) or with standard dosimetry (...)": ways of giving one treatment
        self.modifier_alternatives = cues["modifier_alternatives"]
        self.timing_alternatives = cues["timing_alternatives"]  # "either immediately (...) or after a 24-week deferral (...)"
        self.shared_after_alternatives = cues["shared_after_alternatives"]  # ", both delivered with"
        self.dosed_procedures = cues["dosed_procedures"]  # procedures whose prescription is a radiation dose
        self.members_after = cues["class_members_after"]  # "a PD-1 inhibitor (camrelizumab, ...)": the drugs a class stands for
        self.member_gap = cues["class_member_gap"]

    # -- mentions -------------------------------------------------------------------------
    def given(self, span: Span, text: str) -> bool:
        """A treatment mention that is not a prior/excluded therapy ("unfit for TACE")."""
        if self.kin_after.match(text, span.end_char):
            return False  # "donafenib (a deuterated sorafenib derivative)": named to describe another drug
        if imitated(span, text):
            return False  # "placebo matching tislelizumab": the drug the placebo imitates
        if self.not_given_after.match(text, span.end_char):
            return False  # "TACE-refractory disease", "sorafenib-intolerant": a therapy before the study
        if self.trial_name_after.match(text, span.end_char) and \
                self.trial_name_before.search(text, max(0, span.start_char - 12), span.start_char):
            return False  # "(SOFIA-HAIC trial)": the trial's name
        for before_cue, after_cue, reach in self.timing_phrases:
            if after_cue.match(text, span.end_char) and before_cue.search(text, max(0, span.start_char - reach), span.start_char):
                # "randomly assigned 4 to 6 weeks after R0 hepatectomy to adjuvant HAIC", "to receive, 4 to 6
                # weeks after surgery, 1850 MBq of 131I-lipiodol": when, not what
                return False
        if self.background_recipients.search(text, max(text.rfind(". ", 0, span.start_char) + 1, span.start_char - 200),
                                             span.start_char):
            return False  # "HBV-DNA-positive patients in both groups received entecavir": background, not an arm's
        if in_composition(text, span, self.composition_bracket):
            return False  # "BCAA granules (L-isoleucine 952 mg, L-leucine 1,904 mg ... per sachet)": ingredients
        opening = max(text.rfind(". ", max(0, span.start_char - 250), span.start_char),
                      text.rfind("\n", max(0, span.start_char - 250), span.start_char))
        if opening >= 0 and self.after_progression.match(text, opening + 1, span.start_char):
            return False  # "After progression, 21 patients in the TACE group received HAIC": a later therapy
        if self.affiliation_before.search(text, max(0, span.start_char - 80), span.start_char):
            return False  # "Department of Hepatobiliary Surgery": an author's affiliation
        if self.later_therapy.search(text, max(0, span.start_char - 80), span.start_char):
            return False  # "8 patients were downstaged and received R0 resection": what the regimen led to
        if self.reagent_before.search(text, max(0, span.start_char - 100), span.start_char):
            return False  # "CIK cells ... expanded ex vivo with interleukin 2": what the product is made with
        before = text[max(0, span.start_char - 80):span.start_char]
        before = self.given_clause.split(before)[-1]
        if "," in before:  # (not the "after" of a time set off by commas: "to receive, 4 to 6 weeks after surgery, A")
            before = self.timing_aside_phrase.sub(",", before)
        # "TACE After Hepatectomy vs Hepatectomy Alone": a comparison starts the mention's clause (not
        # a "vs" inside brackets: "stratified by operation (resection vs transplantation)")
        versus = [m for m in self.versus_clause.finditer(before) if marks.open_before(before, 0, m.start()) is None]
        if versus:
            before = before[versus[-1].end():]
        if self.had_received.search(before):
            return False  # "adults who had received a liver transplant ... were randomly assigned"
        listed = self._listed_after(span, text)
        if listed is not None and self.given(listed, text):
            return True  # "randomized 4 to 6 weeks after surgery to adjuvant TACE, adjuvant HAIC, or ...": as the one before
        # a cue before the verb that assigns the treatment is about something else
        if self.followed_by.search(text, max(0, span.start_char - 120), span.start_char):
            return True  # "SBRT ..., followed 7-14 days after the last fraction by atezolizumab"
        timed = self.timed_after.search(text, max(0, span.start_char - 120), span.start_char)
        if timed:
            # "X, starting 7 to 21 days after the first TACE session, or placebo plus TACE"; not a time in
            # a bracket ("donafenib was taken twice daily (in the combination group starting 3-7 days after
            # the first HAIC)"): an aside on when, which gives nothing
            opened = marks.open_before(text, max(0, timed.start() - 40), span.start_char)
            return opened is None or opened >= timed.start()
        parts = self.giving_verb.split(before)
        if len(parts) > 1 and self.assigned_to.search(parts[-1]):
            return True  # "randomly assigned (1:1) 4-12 weeks after the procedure to tislelizumab"
        if self.ratio_to.search(before):
            return True  # "... randomised patients with no prior systemic therapy 1:1 to oral lenvatinib"
        if self.not_given.search(parts[-1]) and self.not_given.search(self._clause_before(text, span.start_char)):
            # (not "randomly assigned 60 patients who were unsuitable for resection to A or B": assigned to A)
            return self.assigned_after_unsuited.search(text, max(0, span.start_char - 350), span.start_char) is not None
        wide = text[max(0, span.start_char - 200):span.start_char]
        # "stratified by previous therapy (sorafenib vs atezolizumab plus bevacizumab)" (the clause splits
        # are made only for a window that holds the word: every mention passes here)
        # (not one closed in a bracket before the mention: "randomly assigned (1:1) by a web-based system
        # (block size of four; stratified by tumour burden) to TACE plus donafenib")
        if "stratif" in wide.lower() and self.stratified_before.search(
                self._after_giving_verb(marks.without_closed_brackets(wide))):
            return False
        # "subsequent systemic therapy, most often lenvatinib or camrelizumab": a later member of a
        # list is what its first member is
        if not parts[-1].rstrip().endswith((",", " or", " and", "/", "-")):
            return True  # (the list's separators, checked before the list regex: most mentions have none)
        listed = self.listed_before.search(parts[-1])
        if not listed:
            return True
        at = span.start_char - (len(parts[-1]) - listed.start())
        prior = self._after_giving_verb(text[max(0, at - 60):at])
        return not (self.not_given.search(prior) and self.not_given.search(self._clause_before(text, at)))

    def _listed_after(self, span: Span, text: str) -> Optional[Span]:
        """The treatment mention right before ``span`` in one list with it ("A, B, or C"), or None."""
        m = self.listed_after_treatment.search(text, max(0, span.start_char - 40), span.start_char)
        if m is None:
            return None
        return next((e for e in span.doc.ents if e.end_char == m.start() and e.label_ in TREATMENT_LABELS), None)

    def _after_giving_verb(self, window: str) -> str:
        """The words of the window's last clause after its last giving verb."""
        return self.giving_verb.split(self.given_clause.split(window)[-1])[-1]

    def _clause_before(self, text: str, pos: int) -> str:
        """The words of the clause up to ``pos`` after its last giving verb, without the brackets it
        closes ("randomly assigned (permuted blocks; stratified by AFP) to": not a stratification's)."""
        return self._after_giving_verb(marks.without_closed_brackets(text[max(0, pos - 160):pos])[-60:])

    def _segments(self, text: str, offset: int, starts: frozenset = frozenset()) -> list[tuple[int, int]]:
        """Split at depth-0 'or' / 'versus', and at list commas before a treatment ("A (n=1), B
        (n=2), or C"); a comma inside one regimen ("..., both Q3W, followed by ...") stays."""
        cuts = []
        depth_at = marks.depths(text)

        def treatment_word(pos: int) -> bool:
            """Whether a treatment starts in the word at ``pos``."""
            return any(offset + pos <= s < offset + _WORD.match(text, pos).end() for s in starts)

        for m in self.split.finditer(text):
            if depth_at[m.start()] != 0 or self.weight_dose.match(text, m.end()):
                continue
            if "," in m.group() and not re.search(r"\b(?:or|versus|vs)\b", m.group()) \
                    and not _COUNT_TO.match(text, m.end()):  # "52 to A, 51 to B and 53 to C": each count opens an arm
                rest = re.match(r"\s*(?:to\s+|and\s+)?", text[m.end():])
                at = m.end() + rest.end()
                lead = self.arm_modifier_lead.match(text, at)
                # "A, B or C": a comma before a treatment, or before a named arm ("group B (...)"), or
                # before a word a treatment ends ("FOLFOX-HAIC, RALOX-HAIC or TACE"), or before the word
                # naming the arm that comes first ("to adjuvant TACE, adjuvant HAIC, or ...")
                if not treatment_word(at) and not _ARM_NAME_START.match(text, at) \
                        and not (lead and treatment_word(lead.end())):
                    continue
                if _ARM_NAME_ONLY.fullmatch(text, cuts[-1][1] if cuts else 0, m.start()):
                    continue  # "arm A, regorafenib 160 mg ...": the comma follows the arm's name
            cuts.append((m.start(), m.end()))
        choice = self.choice_of.search(text)
        if choice is not None and depth_at[choice.start()] == 0:
            # "..., or investigator's choice of lenvatinib (...) or sorafenib (...)": one arm of alternatives
            cuts = [(a, b) for a, b in cuts if a < choice.start() or _VERSUS.search(text, a, b)]
        chosen = next((m for m in self.choice_after.finditer(text) if depth_at[m.start()] == 0), None) if cuts else None
        if chosen is not None:
            # "... or to lenvatinib or sorafenib (investigator's choice)": the plain "or"s right before it
            # join one arm's alternatives (not an "or to", which opens an arm)
            before = [k for k, (_a, b) in enumerate(cuts) if b <= chosen.start()]
            joined = set()
            for k in reversed(before):
                a, b = cuts[k]
                plain = _PLAIN_OR.match(text, a)
                if plain is None or plain.end() != b:
                    break
                joined.add(k)
            if len(joined) < len(before):  # (an arm before the choice remains)
                cuts = [cut for k, cut in enumerate(cuts) if k not in joined]
        bounds = [0] + [x for cut in cuts for x in cut] + [len(text)]
        sized = [_size_written(text[bounds[2 * k]:bounds[2 * k + 1]]) is not None for k in range(len(cuts) + 1)]
        if sized[0] and sized[-1] and sum(sized) >= 2 and not all(sized):
            # "to A (n=335) or lenvatinib or sorafenib (n=333)": the sizes mark the arms; an alternative
            # without one belongs to the next
            cuts = [cut for k, cut in enumerate(cuts) if sized[k] or _VERSUS.search(text, *cut)]
        bounds = [0] + [x for cut in cuts for x in cut] + [len(text)]
        counted = [_COUNT_TO.match(text[bounds[2 * k]:bounds[2 * k + 1]].lstrip()) is not None for k in range(len(cuts) + 1)]
        if any(counted) and not all(counted):
            # "300 to A and 300 to B or C": "or" after a counted alternative, before one with no count
            # of its own, joins the choice of one arm
            cuts = [cut for k, cut in enumerate(cuts)
                    if counted[k + 1] or not counted[k] or not re.fullmatch(r"\s*,?\s*or\s+", text[cut[0]:cut[1]])]
        out, prev = [], 0
        for a, b in cuts:
            out.append((offset + prev, offset + a))
            prev = b
        out.append((offset + prev, offset + len(text)))
        return out

    def alternatives(self, sent: Sentence, start_char: int, end_char: int,
                     keep: Optional[Callable] = None, radiation: Optional[dict] = None) -> list[Arm]:
        """The arms of the alternatives in [start_char, end_char); with ``radiation``, an alternative
        that names no treatment but gives radiation doses is that radiotherapy at those doses."""
        doc_text = sent.doc_text
        arms: list[Arm] = []
        starts = frozenset(e.start_char for e in sent.ents if e.label_ in TREATMENT_LABELS)
        redosed_at: list[int] = []  # the arms that are the one before at another dose
        copied: dict[int, set] = {}  # of those, the drugs taken over unchanged from the arm before
        for a, b in self._segments(doc_text[start_char:end_char], start_char, starts):
            comps = statement(sent, a, b, self.expand, keep or self.given)
            seg = doc_text[a:b]
            each = self.each_clause.search(doc_text, a, b) if comps and arms else None
            if each is not None and not any(a <= x <= each.start() for x in starts):
                # "to A 4 mg or 5 mg orally once daily, each combined with B": the alternative before the
                # shared clause is A re-dosed (B joins every arm below), not a dose of B
                redone = self._same_drug_redosed(sent, a, each.start(), arms[-1])
                if redone:
                    comps = redone + statement(sent, each.start(), b, self.expand, keep or self.given)
                    redosed_at.append(len(arms))
                    copied[len(arms)] = {c["name"] for c in redone if any(c == p for p in arms[-1].components)}
            if not comps and arms:
                comps = self._same_drug_redosed(sent, a, b, arms[-1]) or self._same_radiation_redosed(sent, a, b, arms[-1])
                if comps:
                    redosed_at.append(len(arms))
                    copied[len(arms)] = {c["name"] for c in comps if any(c == p for p in arms[-1].components)}
            if not comps and radiation is not None:
                comps = _radiation_components(
                    radiation, [e for e in sent.ents if e.label_ == "RADIATION_DOSE" and a <= e.start_char < b], doc_text)
            if not comps:
                control = self.no_treatment.match(seg) if arms else None
                described = self.described_control.match(seg) if arms and not control else None
                if control or described:
                    # "X or to active surveillance": an arm with no treatment component; "X or standard
                    # immunosuppression": the control arm, its treatment written elsewhere
                    name = " ".join(control.group(1).split()) if control else \
                        self.label_tail.sub("", " ".join(seg.split())).strip(" ,;:.")
                    aliases = {name.lower(), self.no_treatment_modifier.sub("", name).lower()} if control \
                        else {name.lower(), "control"}
                    arms.append(Arm(label=name, components=[], n=_size_written(seg), text=seg, start_char=a,
                                    aliases=aliases))
                continue
            label = self.label_tail.sub("", " ".join(seg.split())).strip(" ,;:.•·")
            label = self.label_head.sub("", label) or label  # not "to upfront hepatectomy", "51 to ..."
            aliases = _aliases(seg)
            lettered = _LETTERED_ITEM.match(label)
            if lettered:  # "(B) cTACE plus lenvatinib": arm B
                aliases |= {f"arm {lettered.group(1).lower()}", f"group {lettered.group(1).lower()}"}
            first = next((e for e in sent.ents if e.label_ in TREATMENT_LABELS and a <= e.start_char < b), None)
            lo = a if arms else max(sent.start_char, a - 30)  # the first arm's name may precede its segment
            modifier = self.arm_modifier.search(doc_text, lo, first.start_char) if first is not None else None
            if modifier:  # "to neoadjuvant atezolizumab ...": "the neoadjuvant group"
                aliases |= self._names_of_group(modifier.group(1).lower())
                if modifier.start(1) < a:  # "to laparoscopic hepatectomy or open ...": the label keeps its modifier
                    label = f"{modifier.group(1)} {label}"
            counted = _COUNT_TO.match(seg.lstrip())
            n = _size_written(seg) if not counted else int(counted.group().split()[0].replace(",", ""))
            arm = Arm(label=label, components=comps, n=n, text=seg, start_char=a, aliases=aliases)
            if self.mtd.search(seg):
                arm.tag = "mtd"
            prev = arms[-1] if arms else None
            only_placebo = all(c["name"] == "placebo" for c in comps)
            if prev is not None and self.add_on.match(seg) and not self.alone.search(seg):
                # "A or with B": the previous regimen plus B
                arm.components = [dict(c) for c in prev.components
                                  if c["name"] not in {x["name"] for x in comps}] + comps
            elif prev is not None and only_placebo and len(prev.components) > 1 and (prev.n is None or n is None) \
                    and not self.whole_alternative.match(seg):
                # "sorafenib plus erlotinib or placebo": placebo stands for the last drug (not "A plus B
                # (n=504) or placebo (n=502)": a size closing each alternative makes each a whole arm; not
                # "to A plus B, ..., or to matching placebo": the preposition repeated opens a whole arm)
                drugs = [c for c in prev.components if c["kind"] == "drug"]
                replaced = {drugs[-1]["name"]} if drugs else set()
                if self.placebo_for_every_drug.search(seg):  # "A plus B, or matching placebos": for both
                    replaced = {c["name"] for c in drugs}
                arm.components = [dict(c) for c in prev.components if c["name"] not in replaced] + comps
            arms.append(arm)
        self._share_redosed_details(sent, arms, redosed_at)
        self._spread_each_clause(sent, arms)
        self._share_placebo_details(sent, arms)
        self._share_before_either(arms)
        for k in sorted(copied):  # a drug taken over unchanged takes the details its original got since
            before = {c["name"]: c for c in arms[k - 1].components}
            arms[k].components = [dict(before[c["name"]]) if c["name"] in copied[k] and c["name"] in before else c
                                  for c in arms[k].components]
        _prescription_aliases(arms)
        _code_aliases(arms)
        return arms

    def _share_redosed_details(self, sent: Sentence, arms: list[Arm], redosed_at: list[int]) -> None:
        """"cabozantinib 40 mg or 60 mg orally once daily": the route and schedule written after the
        last of a drug's alternative doses are those of the doses before it (that have none), up to a
        clause shared by every arm (", each combined with B every 4 weeks")."""
        last = len(arms) - 1
        if not redosed_at or redosed_at[-1] != last:
            return
        first = last
        while first in redosed_at:
            first -= 1
        each = self.each_clause.search(arms[last].text)
        start = arms[last].start_char
        end = start + (each.start() if each else len(arms[last].text))
        dose_end = max((e.end_char for e in sent.ents if e.label_ == "DOSE" and start <= e.start_char < end), default=None)
        if dose_end is None:
            return
        details = _details_between(sent.ents, dose_end, end, _GIVEN_HOW)
        _complete(arms[first:last], details, {arms[last].components[0]["name"]})

    def _share_before_either(self, arms: list[Arm]) -> None:
        """"to doxorubicin 60 mg/m2 every 21 days plus either sorafenib 400 mg twice daily (n = 53) or
        matching placebo (n = 53)": the treatments written before "plus either" are every arm's."""
        if len(arms) < 2:
            return
        either = self.either_after_shared.search(arms[0].text)
        if either is None:
            return
        cut = arms[0].start_char + either.start()
        shared = [c for c in arms[0].components if c.get("evidence") and min(a for a, _ in c["evidence"]) < cut]
        if not shared or len(shared) == len(arms[0].components):
            return
        for arm in arms[1:]:
            _add_components(arm, [dict(c) for c in shared if c["name"] not in arm.names])

    @staticmethod
    def _share_placebo_details(sent: Sentence, arms: list[Arm]) -> None:
        """"to ramucirumab 8 mg/kg or placebo intravenously every 2 weeks": the route and schedule
        written after a last alternative that is placebo alone (matching the drug) are the other
        alternatives' drugs' too, where they have none of their own."""
        if len(arms) < 2 or not arms[-1].components or any(c["name"] != "placebo" for c in arms[-1].components):
            return
        last = arms[-1]
        start, end = last.start_char, last.start_char + len(last.text)
        details = _details_between(sent.ents, start, end, _GIVEN_HOW)
        _complete(arms[:-1], details)

    def _same_drug_redosed(self, sent: Sentence, start: int, end: int, prev: Arm) -> list[dict]:
        """"toripalimab at 3 mg/kg q2w (arm A) or 240 mg q3w (arm B)": an alternative that starts
        with a dose and names no treatment is the previous arm at that dose. Of a combination
        ("A 1200 mg plus B 7.5 mg/kg (group 1) or 15 mg/kg (group 2)") the drug re-dosed is the last
        one dosed in the same unit; the rest of the regimen is the previous arm's."""
        dosed = [c for c in prev.components if c["kind"] == "drug" and c.get("dose") is not None]
        if not dosed or (len(prev.components) > 1 and len(dosed) < 2):
            return []
        details = _details_between(sent.ents, start, end)
        doses = [e for e in details if e.label_ == "DOSE"]
        if not doses or not self.redose_start.fullmatch(sent.doc_text, start, doses[0].start_char):
            return []
        if len(prev.components) == 1:
            return redosed(dosed[0], details, sent.doc_text)
        for drug in reversed(dosed):
            comps = redosed(drug, details, sent.doc_text)
            if comps and all(c.get("unit") == drug.get("unit") for c in comps):
                return _replacing(prev.components, drug, comps)
        return []

    def _same_radiation_redosed(self, sent: Sentence, start: int, end: int, prev: Arm) -> list[dict]:
        """"to SBRT 40 Gy in 5 fractions or 27.5 Gy in 5 fractions": an alternative that starts with a
        radiation dose and names no treatment is the previous arm with its one radiotherapy at that
        prescription."""
        radiation = [c for c in prev.components if c["kind"] == "radiation"]
        doses = [e for e in sent.ents if e.label_ == "RADIATION_DOSE" and start <= e.start_char < end]
        if len(radiation) != 1 or not doses or not self.redose_start.fullmatch(sent.doc_text, start, doses[0].start_char):
            return []
        comps = _radiation_components(radiation[0], doses, sent.doc_text)
        return _replacing(prev.components, radiation[0], comps) if comps else []

    def _spread_each_clause(self, sent: Sentence, arms: list[Arm]) -> None:
        """"A 40 mg, A 60 mg, or placebo, each taken orally once daily": the trailing clause's
        route and schedule belong to every alternative, and not to the last one's label."""
        if len(arms) < 2:
            return
        # the clause closes the last alternative, or one before an arm with no treatment ("A, or B,
        # both given intravenously every 3 weeks, or active surveillance")
        k, m = next(((k, m) for k in range(len(arms) - 1, 0, -1) if (m := self.each_clause.search(arms[k].text))),
                    (None, None))
        if k is None or any(a.components for a in arms[k + 1:]):
            return
        last = arms[k]
        begin, end = last.start_char + m.start(), last.start_char + len(last.text)
        added = [e for e in sent.ents if e.label_ in TREATMENT_LABELS and begin <= e.start_char and e.end_char <= end]
        shared: list[dict] = []
        with_clause = bool(added) and self.each_with.match(sent.doc_text, last.start_char + m.end()) is not None
        if with_clause:
            # "A or B intravenously every 3 weeks, each given with oral C once daily": C (with its own
            # details) joins every arm; the details between B and the clause are A's too. (Only the
            # treatments the clause names: not "each followed by hepatectomy (reassessed 6 weeks after PVE)")
            run_end = marks.after_brackets(sent.doc_text, treatment_runs(added, sent.doc_text)[0][-1].end_char, end)
            added = [e for e in added if e.end_char <= run_end]  # (with what its bracket holds: "TACE (epirubicin ...)")
            names = {c["name"] for e in added for c in component_of(e, self.expand)}
            shared = [c for c in last.components if c["name"] in names]
            own = [e.end_char for e in sent.ents if e.label_ in TREATMENT_LABELS and last.start_char <= e.start_char < begin]
            begin, end = max(own, default=last.start_char), begin
        elif added:
            # "A or placebo, each given intravenously every 4 weeks, plus oral C": the clause's details are
            # every alternative's, and C, joined after it, every arm's
            partner = self.each_then_partner.search(sent.doc_text, last.start_char + m.end(), end)
            if partner is not None and marks.open_before(sent.doc_text, last.start_char, partner.start()) is None:
                names = {c["name"] for e in added if e.start_char >= partner.end() for c in component_of(e, self.expand)}
                shared = [c for c in last.components if c["name"] in names]
                end = partner.start()
        details = _details_between(sent.ents, begin, end, _GIVEN_HOW)
        if not details and not with_clause:
            return
        _complete(arms[:k], details)
        for arm in arms[:k]:
            arm.components += [dict(c) for c in shared if c["name"] not in arm.names]
        label = " ".join(last.text[:m.start()].split()).strip(" ,;:.•·")
        last.label = (self.label_head.sub("", label) or label) or last.label
    # -- strategies -----------------------------------------------------------------------
    def from_arm_sentences(self, view: DocView) -> tuple[list[Arm], list[list[Arm]], set]:
        """The arms of the randomisation sentence with most arms (then most details), the other
        candidates' arms, and the index of the sentence used."""
        candidates = []
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            m = self.arm_sentence.search(sent.text)
            weak = m is None
            # options each given with its size ("(n=300)", "(161 patients)"), when no assignment word comes
            # before a treatment ("Treatments: A (161 patients) or B (163 patients), allocated at random")
            if ("=" in sent.text or "patients)" in sent.text) and (weak or not any(
                    e.label_ in TREATMENT_LABELS and e.start_char >= sent.start_char + m.end() for e in sent.ents)):
                received = self.arm_sentence_received.search(sent.text)
                if received is not None:
                    m, weak = received, True
            if not m:
                continue
            # "In this randomised trial, patients scheduled for TACE, Child-Pugh A or B, ... were
            # randomly assigned to X or Y": the last assignment cue with a treatment after it opens the arms
            adjective = self.design_adjective.match(sent.text, m.start())
            later = list(self.arm_sentence.finditer(sent.text, m.end())) if adjective else []
            for x in reversed(later):
                if any(e.label_ in TREATMENT_LABELS and e.start_char >= sent.start_char + x.end() for e in sent.ents):
                    m, adjective = x, None
                    break
            if adjective is not None and sent.section == "conclusion":
                continue  # "In this randomized clinical trial, adding SBRT or IMRT to sorafenib ... improved ...": a finding
            cue_end = sent.start_char + m.end()
            first = next((e for e in sent.ents if e.label_ in TREATMENT_LABELS and e.start_char >= cue_end and self.given(e, sent.doc_text)), None)
            if first is None:
                if sent.text.rstrip().endswith(":"):
                    arms = self._bulleted(view, sent)
                    if len(arms) >= 2:
                        candidates.append(_Candidate(len(arms), not weak, 0, 1, -sent.index, arms))
                arms = self._fractionation_arms(view, sent, cue_end)
                if len(arms) >= 2:
                    detail = sum(1 for a in arms for c in a.components if has_details(c))
                    candidates.append(_Candidate(len(arms), not weak, detail, 1, -sent.index, arms))
                continue
            start = first.start_char
            for e in reversed([e for e in sent.ents if cue_end <= e.start_char and e.end_char <= first.start_char]):
                # "oral sorafenib", "a single priming dose of tremelimumab", "1.85 GBq (50 mCi)
                # 131I-lipiodol": the details written first
                if e.label_ not in ("ROUTE", "DOSE", "SCHEDULE") or not _DETAIL_FIRST_GAP.fullmatch(sent.doc_text, e.end_char, start):
                    break
                start = e.start_char
            label = self.arm_label_before.search(sent.doc_text, cue_end, start)
            if label:  # "to Arm A (TACE plus donafenib ...)": the arm's name belongs to it
                start = label.start()
            # arms written out one by one outrank "A with or without B" (often a title's shorthand)
            arms, explicit = self.with_or_without_arms(sent, start), 0
            if not arms:
                arms, explicit = self.alternatives(sent, start, _clause_end(sent, start)), 1
            combination = self._combination_first(sent.doc_text, cue_end, start) if len(arms) == 1 else None
            if combination and (combination.group("count") or self.alone.search(arms[0].text)):
                # "to the combination or to donafenib alone", "to the triplet (n = 139) or to A plus B":
                # the combination is that treatment and what its arm is said to receive besides ("the
                # combination arm also received HAIC", "In the triplet arm, patients also received HAIC")
                name = " ".join((combination.group("name") or combination.group("count")).lower().split())
                arms.insert(0, Arm(label=f"the {name}", components=[dict(c) for c in arms[0].components],
                                   start_char=cue_end, n=_size_written(sent.doc_text[cue_end:start]),
                                   aliases={name, f"the {name}", f"{name} arm", f"{name} group"}))
            if len(arms) < 2:
                arms = self.comparing_arms(sent, start) or arms
            if len(arms) == 1:
                arms = self.modifier_arms(sent, arms[0], start) or self.modifier_arms(sent, arms[0], cue_end, before=start) or arms
            if len(arms) >= 2:
                self._route_before_alternatives(sent, arms, cue_end, first.start_char)
                detail = sum(1 for a in arms for c in a.components if has_details(c))
                candidates.append(_Candidate(len(arms), not weak, detail, explicit, -sent.index, arms))
        if not candidates:
            return [], [], set()
        candidates.sort(key=lambda c: c[:5], reverse=True)  # every field but the arms ranks
        best = candidates[0]
        # (a weak candidate's sizes are those treated, not those randomised: no sizes for the arms)
        return best.arms, [c.arms for c in candidates[1:] if c.assigned], {-best.order}

    def _combination_first(self, text: str, cue_end: int, start: int) -> Optional[re.Match]:
        """"assigned to the combination or to A", "assigned 278 patients at 14 centers to the triplet
        (n = 139) or to A plus B": the first alternative named only as the combination, right before
        the first treatment (after the cue, or after "to")."""
        m = self.combination_first.search(text, cue_end, start)
        if m is not None and m.start() > cue_end and not _TO_OPENING.match(text, m.start(), m.end()):
            return None
        return m

    def _route_before_alternatives(self, sent: Sentence, arms: list[Arm], cue_end: int, first: int) -> None:
        """"randomly allocated to receive, by mouth, either A 20 mg twice a day or identical placebo":
        a route before "either" is every alternative's drugs' that have none of their own."""
        route = next((e for e in sent.ents if e.label_ == "ROUTE" and cue_end <= e.start_char and e.end_char <= first
                      and self.route_before_either.match(sent.doc_text[e.end_char:first])), None)
        if route is not None:
            for arm in arms:
                for comp in arm.components:
                    apply_shared_detail(comp, route)

    def modifier_arms(self, sent: Sentence, arm: Arm, start: int, before: Optional[int] = None) -> list[Arm]:
        """"randomly assigned to SIRT planned with personalised dosimetry (target dose >=205 Gy ...)
        or with standard dosimetry (120 Gy ...)": one treatment given two ways, an arm each, named
        by the way ("the personalised dosimetry group"); a radiation dose in an alternative's
        bracket is its arm's. With ``before`` (the treatment's start), the ways are written before the
        treatment they share: "to personalised dosimetry (...) or standard dosimetry (...), both
        delivered with Y-90 glass microspheres"."""
        end = before if before is not None else _clause_end(sent, start)
        m = self.modifier_alternatives.search(sent.doc_text, start, end) or \
            (self.timing_alternatives.search(sent.doc_text, start, end) if before is None else None)
        if m is None or any(e.label_ in TREATMENT_LABELS and m.start() <= e.start_char < m.end() for e in sent.ents):
            return []
        if before is not None and not self.shared_after_alternatives.fullmatch(sent.doc_text, m.end(), before):
            return []
        out = []
        for name_group, bracket_group in ((1, 2), (3, 4)):
            name = " ".join(m.group(name_group).split())
            comps = [dict(c, evidence=list(c.get("evidence", []))) for c in arm.components]
            lo, hi = m.span(bracket_group) if m.group(bracket_group) else (-1, -1)
            dose = next((e for e in sent.ents if e.label_ == "RADIATION_DOSE" and lo <= e.start_char < hi), None)
            takes = [c for c in comps if c["kind"] == "radiation" or c["name"] in self.dosed_procedures]
            if dose is not None and len({c["name"] for c in takes}) == 1:  # (its mentions not merged yet)
                for comp in takes:
                    for key in ("dose", "dose_max", "unit", "dose_per_fraction", "fractions"):
                        comp.pop(key, None)
                apply_radiation(takes[-1], dose, sent.doc_text)
            comps = self._drug_doses_in_bracket(sent, comps, lo, hi, m.start())
            aliases = _with_group_nouns(name.lower())
            short = _BRACKET_SHORT_NAME.match(m.group(bracket_group) or "")
            if short:  # "(PDA; at least 205 Gy ...)": the way's short name names the arm too ("with PDA")
                aliases |= _with_group_nouns(short.group(1).lower())
            out.append(Arm(label=name, components=comps, start_char=m.start(name_group), aliases=aliases))
        return out

    @staticmethod
    def _drug_doses_in_bracket(sent: Sentence, comps: list[dict], lo: int, hi: int, ways_start: int) -> list[dict]:
        """One drug given two ways, each way's doses in its bracket ("regorafenib given either by a
        dose-escalation strategy (ESC arm: 80 mg/day on days 1-7, 120 mg/day on days 8-14 ...) or
        at the standard dose (STD arm: 160 mg/day on days 1-21 ...)"): the drug's components are
        the bracket's doses, one per dose; otherwise the components as they are."""
        details = [e for e in sent.ents if e.label_ in ("DOSE", "SCHEDULE") and lo <= e.start_char < hi]
        drugs = [c for c in comps if c["kind"] == "drug"]
        if not any(e.label_ == "DOSE" for e in details) or len({c["name"] for c in drugs}) != 1:
            return comps
        name = drugs[0]["name"]
        mention = next((e for e in reversed(sent.ents) if e.label_ == "DRUG" and e.id_ == name
                        and e.end_char <= ways_start), None)
        if mention is None:
            return comps
        base = {k: v for k, v in drugs[0].items() if k in ("kind", "name", "route")}
        return [c for c in comps if c["kind"] != "drug"] + doses_of(base, mention, details, sent.doc_text)

    def _fractionation_arms(self, view: DocView, sent: Sentence, cue_end: int) -> list[Arm]:
        """"randomly assigned to 45 Gy in 3 fractions or 50 Gy in 5 fractions": arms that differ only
        in the prescription, the radiotherapy named elsewhere. They are arms of the one radiotherapy
        the document gives (none when it names two kinds, or none)."""
        first = next((e for e in sent.ents if e.label_ == "RADIATION_DOSE" and e.start_char >= cue_end), None)
        if first is None:
            return []
        named = self._one_radiotherapy(view.own_sentences(), view.text)
        if named is None:
            return []
        return self.alternatives(sent, first.start_char, _clause_end(sent, first.start_char), radiation=named)

    def comparing_arms(self, sent: Sentence, start: int) -> list[Arm]:
        """"a randomised trial comparing A followed by B with A alone": the arms A plus B, and A.
        The split is the first "with", "to" or "versus" outside brackets that a treatment follows."""
        text = sent.doc_text
        if not self.comparing.search(text, max(sent.start_char, start - 25), start):
            return []
        end = _clause_end(sent, start)
        starts = sorted(e.start_char for e in sent.ents if e.label_ in TREATMENT_LABELS and start < e.start_char < end)
        depth = marks.depths(text[start:end])
        for j in self.comparing_joiner.finditer(text, start, end):
            if depth[j.start() - start] != 0 or not any(j.end() <= p <= j.end() + 4 for p in starts):
                continue
            left = self.alternatives(sent, start, j.start())
            right = self.alternatives(sent, j.end(), end)
            if len(left) == 1 and right and {c["name"] for c in right[0].components} != left[0].names:
                return left + right
        return []

    def with_or_without_arms(self, sent: Sentence, start: int) -> list[Arm]:
        """"randomly assigned to A with or without B", "to A, either with B (A+B) or alone (A)":
        the arms A plus B, and A; "to A with B (arm A), with C (arm B), or alone (arm C)": A plus B,
        A plus C, and A."""
        text = sent.doc_text
        wow = self.with_or_without.search(text, start, sent.end_char)
        if wow:
            splits, added_end, alone_at = [wow], sent.end_char, None
        else:
            alone_at = self.or_alone.search(text, start, sent.end_char)
            splits = self._either_with(sent, start, alone_at.start()) if alone_at else []
            if not splits:
                return []
            added_end = alone_at.start()
        left = self.alternatives(sent, start, splits[0].start())
        if len(left) != 1:
            return []
        base = left[0]
        arms = []
        for split, end in zip(splits, [m.start() for m in splits[1:]] + [added_end]):
            right = self.alternatives(sent, split.end(), end, keep=lambda span, text: True)
            if not right:
                return []
            added = right[0]
            at = split.start() if arms else start  # (the first arm's text takes the backbone's)
            arms.append(Arm(label=f"{base.label} plus {added.label}", components=base.components + added.components,
                            text=text[at:added.start_char + len(added.text)], start_char=at,
                            aliases=_aliases(text[added.start_char:end]) if alone_at else set()))
        alone = Arm(label=base.label, components=[dict(c) for c in base.components],
                    text=base.text, start_char=base.start_char)
        if alone_at:  # "or alone (NIVO)": the name written after it
            alone.aliases = _aliases(text[alone_at.start():_clause_end(sent, alone_at.start())])
        if wow and wow.groupdict().get("with_name"):  # "with (combination group) or without (sorafenib-alone group)"
            arms[0].aliases |= _aliases(f"({wow.group('with_name')})")
            if wow.group("without_name"):
                alone.aliases |= _aliases(f"({wow.group('without_name')})")
        return arms + [alone]

    def _either_with(self, sent: Sentence, start: int, end: int) -> list[re.Match]:
        """The "with" of "A, either with B ... or alone" (the first one at bracket depth 0 after A's
        first treatment that is the same word as the last one before "or alone", so that "A plus B,
        either with C or alone" adds C to A plus B), and each later one of that word ("A with B (arm
        A), with C (arm B), or alone (arm C)")."""
        text = sent.doc_text
        first = next((e for e in sent.ents if e.label_ in TREATMENT_LABELS and start <= e.start_char < end), None)
        if first is None:
            return []
        depth = marks.depths(text[start:end])
        found = [m for m in self.either_with.finditer(text, first.end_char, end)
                 if depth[m.start() - start] == 0 and any(
                     e.label_ in TREATMENT_LABELS and m.end() <= e.start_char < end for e in sent.ents)]
        if not found:
            return []
        word = _connective(found[-1])
        return [m for m in found if _connective(m) == word]

    def _bulleted(self, view: DocView, sent: Sentence) -> list[Arm]:
        """"... will receive either:" followed by a bulleted list of regimens; a sentence after an
        item's first on its line gives the details of the item's one drug ("• 334 people received X,
        an immunotherapy. It was given at 200 mg intravenously every three weeks")."""
        arms: list[Arm] = []
        text = view.text
        item_end = -1
        for nxt in view.sentences[sent.index + 1:]:
            if marks.LIST_ITEM.match(nxt.text):
                found = self.alternatives(nxt, nxt.start_char, nxt.end_char)
                count = _N_LEADING.match(nxt.text)
                if len(found) == 1 and found[0].n is None and count is not None:
                    found[0].n = int(count.group(1).replace(",", ""))  # "• 334 people received ..."
                arms.extend(found)
                item_end = marks.line_end(text, nxt.start_char)
                continue
            if not arms or nxt.start_char >= item_end:
                break
            drugs = [c for c in arms[-1].components if c["kind"] == "drug"]
            details = [e for e in nxt.ents if e.label_ in ("DOSE", "SCHEDULE", "ROUTE")]
            if len(drugs) == 1 and not has_details(drugs[0]) and details \
                    and not any(e.label_ in TREATMENT_LABELS for e in nxt.ents):
                at = arms[-1].components.index(drugs[0])
                arms[-1].components[at:at + 1] = redosed(drugs[0], details, text)
        return arms

    def from_title(self, view: DocView) -> list[Arm]:
        # the first lines that name a treatment: a citation line ("Hepatol Int. 2025 Apr;...") is not the title
        sources = [s for s in view.sentences if s.span.start_char < 600 and s.section in ("front", None)
                   and any(e.label_ in TREATMENT_LABELS for e in s.ents)][:3]
        # after the title, a sentence reporting another study's result compares no arms of this one
        sources = sources[:1] + [s for s in sources[1:] if not self.result_compared.search(s.text)]
        sources += [s for s in view.own_sentences() if s.section in ("objective", "summary", "background")
                    and self.comparison_sentence.search(s.text)]
        for sent in sources:
            text = sent.text
            first = next((e for e in sent.ents if e.label_ in TREATMENT_LABELS), None)
            arms = self.comparing_arms(sent, first.start_char) if first is not None else []
            if len(arms) >= 2:  # "We compared TACE plus lenvatinib plus PD-1 inhibitors (TACE-L-P) with TACE-L ..."
                return arms
            wow = self.with_or_without.search(text)
            if wow:
                # "Lenvatinib with or without TACE for ...": from the first treatment before it
                s0 = next((e.start_char for e in sent.ents if e.label_ in TREATMENT_LABELS
                           and e.start_char < sent.start_char + wow.start()), None)
                arms = self.with_or_without_arms(sent, s0) if s0 is not None else []
                if arms:
                    return arms
            m = self.title_split.search(text)
            if m:
                # the left regimen starts at its first treatment ("To compare the efficacy of TACE ...")
                s0 = next((e.start_char for e in sent.ents if e.label_ in TREATMENT_LABELS
                           and e.start_char < sent.start_char + m.start()), sent.start_char)
                left = self.alternatives(sent, s0, sent.start_char + m.start())
                # (up to the subtitle: "... for Hepatocellular Carcinoma: The PORTAL-RT Randomized Trial")
                colon = text.find(": ", m.end())
                right = self.alternatives(sent, sent.start_char + m.end(),
                                          sent.start_char + colon if colon >= 0 else sent.end_char)
                if left and right:
                    return [left[-1], right[0]]
        return []

    def from_registry(self, view: DocView) -> list[Arm]:
        """Registry arm groups: "Experimental: X" / "Active Comparator: Y" lines and the
        description lines under each, up to the next arm line or blank line."""
        heads = list(self.registry_arm.finditer(view.text))
        arms = []
        for k, m in enumerate(heads):
            end = _block_end(view.text, m.end(), heads, k)
            if m.group("titled"):  # (an EU CTR arm's products, listed under it, are the arm's)
                end = self._titled_arm_end(view.text, m.end(), end)
            else:
                end = self._interventions_after(view.text, m, end)
            if m.group("row"):  # a row of an arms table ("Comparator Agent<tab>Name<tab>Details"): its line
                line_end = view.text.find("\n", m.end())
                end = min(end, line_end if line_end >= 0 else len(view.text))
            comps = self._statements_between(view, m.end(), end)
            orphans = []
            for sent in view.sentences:
                if sent.start_char < end and sent.end_char > m.end():
                    orphans += [e for e in sent.of("RADIATION_DOSE") if m.end() <= e.start_char < end]
            comps = merge_components(comps)
            rad = [c for c in comps if c["kind"] == "radiation"]
            for d in orphans:
                if rad and rad[0].get("dose") is None:
                    apply_radiation(rad[0], d, view.text)
            if comps:
                if m.group("named") and m.group("named").endswith(")"):
                    label = " ".join(m.group("named").split())  # "Drug : Experimental group (TACE + L): ..."
                else:
                    label = view.text[m.end():view.text.find("\n", m.end())].split("|")[0].strip()
                    if _OTHER_TYPE.match(m.group()) and (len(label) > _LONG_LABEL or ";" in label):
                        continue  # "Other: Child-Pugh score 5, 26; ... Prior therapy: sorafenib, 21": a table's field, not an arm type
                    if len(label) > _LONG_LABEL:  # "Experimental arm: in addition, durvalumab 1500 mg as a 60-minute ...": a description
                        label = " ".join(m.group().strip(" \t:|").split())
                # a group named by a code ("Experimental: T300+D") is written so in the results' columns
                start = view.text.find(label, m.end())
                coded = start >= 0 and not any(e.label_ in TREATMENT_LABELS and start <= e.start_char < start + len(label)
                                               for e in view.doc.ents)
                arms.append(Arm(label=label, components=comps, text=view.text[m.end():end],
                                n=_size_written(m.group("size")) if m.group("size") else None,  # "Control (n = 80):"
                                aliases=_with_coded({label.lower()}) if coded else set()))
        return arms

    def from_results_groups(self, view: DocView) -> list[Arm]:
        """A registry results page without its protocol's arm groups: the arms its "Arm/Group
        Title" row names, each given the regimen written in its column of the "Arm/Group
        Description" row below."""
        m = self.results_groups.search(view.text)
        if m is not None:
            titles = _column_cells(view.text, m.start("titles"), m.end("titles"))
            while titles and self.total_column.fullmatch(view.text, *titles[-1]):
                titles.pop()  # "Total": the arms pooled
            descriptions = _column_cells(view.text, m.start("descs"), m.end("descs"))
        else:  # the groups as rows: "Cabozantinib 40 mg | Participants received ..."
            m = self.results_group_rows.search(view.text)
            if m is None:
                return []
            titles, descriptions = [], []
            pos = m.start("rows")
            for line in view.text[m.start("rows"):m.end("rows")].splitlines(keepends=True):
                cells = _column_cells(view.text, pos, pos + len(line.rstrip("\n")))
                pos += len(line)
                if len(cells) == 2:
                    titles.append(cells[0])
                    descriptions.append(cells[1])
        if len(titles) < 2 or len(descriptions) != len(titles):
            return []
        arms = []
        for (a, b), (c, d) in zip(titles, descriptions):
            comps = merge_components(self._statements_between(view, c, d))
            if not comps:
                return []
            arms.append(Arm(label=view.text[a:b], components=comps, text=view.text[c:d], start_char=c))
        return arms

    def _titled_arm_end(self, text: str, start: int, end: int) -> int:
        """Where an EU CTR arm ("Arm title<TAB>X") ends: at the first tabbed line under it that is
        none of an arm's fields ("Number of subjects in period 1<TAB>..."), else at ``end``."""
        pos = text.find("\n", start)
        while 0 <= pos < end:
            nxt = text.find("\n", pos + 1)
            line_end = end if nxt < 0 else min(nxt, end)
            if "\t" in text[pos + 1:line_end] and not self.titled_arm_field.match(text, pos + 1):
                return pos
            pos = nxt
        return end

    def _interventions_after(self, text: str, head: re.Match, end: int) -> int:
        """Where an arm group's description ends: before a registry's list of interventions written
        at the arm line's indent ("Drug: Toripalimab   Other Names: ...") after description lines
        of its own. An intervention line indented under the arm, or right under it, is the arm's."""
        line_end = text.find("\n", head.end())
        if line_end < 0 or line_end >= end:
            return end
        indent = marks.indent_of(head.group())
        found = self.registry_intervention.search(text, line_end + 1, end)
        while found is not None:
            if marks.indent_of(found.group()) <= indent and text[line_end + 1:found.start()].strip():
                return found.start()
            found = self.registry_intervention.search(text, found.end(), end)
        return end

    def _statements_between(self, view: DocView, start: int, end: int, skip_eligibility: bool = False) -> list[dict]:
        """The components written in [start, end) of the document, across sentence breaks."""
        comps = []
        for sent in view.sentences:
            a, b = max(sent.start_char, start), min(sent.end_char, end)
            if a < b and not (skip_eligibility and sent.section in ELIGIBILITY_SECTIONS):
                comps.extend(statement(sent, a, b, self.expand, self.given))
        return comps

    def from_arm_lines(self, view: DocView) -> list[Arm]:
        """Lines that each name an arm and give its regimen ("- Arm A: toripalimab 240 mg IV q3w +
        lenvatinib 12 mg PO QD", "Group 2: sorafenib 400 mg b.i.d."), as posters and slides write
        them: one arm per line, named for later references ("Arm A n=86")."""
        arms = []
        text = view.text
        lines = list(self.arm_line.finditer(text))
        lead = self._lead_drug(view, lines[0].start()) if len(lines) >= 2 else None
        shared_lines: Optional[tuple[int, int]] = None
        for j, m in enumerate(lines):
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            # with the lines it is wrapped onto: "  - TACE-RT group: TACE with doxorubicin 30-60 mg (adjusted to" over
            # "    size) ... 45 Gy in 25 fractions ..."
            nxt = lines[j + 1].start() if j + 1 < len(lines) else len(text)
            wrapped = marks.indented_end(text, m.start(), end, nxt)
            # "• HAIC-FO arm: oxaliplatin ... (2 h)," over "5-FU 400 mg/m² bolus, ..." copied from a poster
            # without indent: the lines up to the next bullet
            end = wrapped if wrapped > end else marks.bullet_wrap_end(text, m.start(), end, nxt)
            word = m.group(1).split()[0]
            if any(cell.lstrip().startswith(word) for cell in text[m.end():end].split("\t")[1:]):
                continue  # "Arm A: TACE + T + D<tab>Arm B: TACE + T + PBO": a table's header, not an arm's line
            # (an arm's own line is read even under an eligibility heading: a slide's "Key eligibility"
            # bullets over "Arm A: TACE + LEN 12 mg ...")
            comps = self._statements_between(view, m.end(), end)
            if not comps and m.end() > m.end(1) + 1:
                # "Arm A - SBRT: 40-50 Gy in 5 fractions ...": the treatment named in the line's heading
                comps = self._statements_between(view, m.end(1), end)
            if not comps and lead is not None:
                # "randomized to one of two oral regorafenib dosing strategies:" over "Arm B: 160 mg
                # once daily ...": a line with doses and no treatment gives the lead's one drug
                details = _details_between((e for sent in view.sentences for e in sent.ents), m.end(), end)
                if any(e.label_ == "DOSE" for e in details):
                    comps = redosed(lead, details, text)
            # the lines under it, up to a blank line or the next arm, describe the arm too (registry
            # interventions: "Group B (control): FOLFOX-HAIC" then "1. ...", "2. oxaliplatin 85 mg/m2 ...")
            block_end = _block_end(text, m.end(), lines, j)
            next_line_head = j + 1 < len(lines) and text.rfind("\n", 0, lines[j + 1].start()) == end
            if j and not next_line_head and _punctuated_list_end(text, lines[j - 1].end(), m.end(), end):
                block_end = end  # "Arm B: ...;" then "Arm C: ... .": the list ends; prose follows
            if j and j + 1 == len(lines) and block_end > end and all(
                    text.rfind("\n", 0, lines[i + 1].start()) == text.find("\n", lines[i].end()) for i in range(j)):
                # "Arm A: cTACE + X" / "Arm B: cTACE + placebo" one line each, then "• cTACE: epirubicin ...":
                # the lines under the last arm's are every arm's
                shared_lines = (end, block_end)
                block_end = end
            if comps and block_end > end:
                more = self._statements_between(view, end, block_end, skip_eligibility=True)
                names = {c["name"] for c in comps}
                comps += [c for c in more if c["name"] in names or c["kind"] == "drug"]
            elif block_end > end:
                # "Group 1 - Standard treatment" over "- Atezolizumab 1,200 mg and bevacizumab 15 mg/kg
                # ...": a line that only names its arm is given by the lines under it
                comps = self._statements_between(view, end, block_end, skip_eligibility=True)
            if comps:
                # "TACE arm: epirubicin 50 mg ... emulsified with lipiodol": the treatment its heading names
                named = {c["name"] for c in comps}
                comps = [c for c in self._statements_between(view, m.start(1), m.end(1)) if c["name"] not in named] + comps
                name = " ".join(m.group(1).split())
                # "Arm A - escalation (ESC): ...": the short form in the line's heading names the arm too
                colon = text.find(":", m.start(1), min(end, m.start(1) + 60))
                heading = _aliases(text[m.start(1):colon]) if colon > 0 else set()
                arms.append(Arm(label=f"{name}: {' '.join(text[m.end():end].split())}", components=merge_components(comps),
                                n=_size_written(text[m.end(1):end]),  # "Arm A (n = 86): ...", "Arm A: ... (n = 86)"
                                text=text[m.end():end], start_char=m.end(), aliases={name.lower()} | heading))
        if len(arms) >= 2 and shared_lines is not None:
            more = self._statements_between(view, *shared_lines, skip_eligibility=True)
            owned = {c["name"] for arm in arms for c in arm.components}
            for arm in arms:  # (a drug some arms have is theirs: "Donafenib/placebo started ...")
                _add_components(arm, [c for c in more if c["name"] in arm.names
                                      or c["kind"] == "drug" and c["name"] not in owned])
        return arms if len(arms) >= 2 else []

    def from_arm_list(self, view: DocView) -> list[Arm]:
        """Arms listed inline in one sentence, each named and followed by its regimen ("randomised to
        oral X - Cohort A: 80 mg once daily; Cohort B: 120 mg once daily", "two groups: group 1,
        TACE plus sorafenib; group 2, TACE alone"). A part with doses and no treatment gives the
        one drug written before the list. An enumeration "to: (A) X; (B) Y; or (C) Z" names arms A,
        B and C."""
        text = view.text
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            # (an item named with a comma opens the sentence, "Arm A, X (n = 48); Arm B, Y (n = 47)" under a
            # table, or follows the list's opening or separator)
            heads = [m for m in self.arm_inline.finditer(text, sent.start_char, sent.end_char)
                     if m.group(2) is None or not text[sent.start_char:m.start()].strip()
                     or _LIST_ITEM_BEFORE.search(text, max(sent.start_char, m.start() - 20), m.start())]
            names = [" ".join(m.group(1).split()) for m in heads]
            if any(m.group(2) for m in heads) and not _in_order([name.split()[-1] for name in names]):
                heads = []  # "arm B, ...; or arm C, ..." without arm A: not the list of arms
            if len(heads) < 2:
                heads = list(self.arm_enumerated.finditer(text, sent.start_char, sent.end_char))
                letters = "".join(m.group(1) for m in heads)
                if len(heads) < 2 or letters != ("ABCDEFGH", "12345678")[letters[0].isdigit()][:len(heads)]:
                    continue  # (the items in order from the first: not a list of criteria's "(2) ...; (3) ...")
                names = [f"Arm {letter}" for letter in letters]
            opened = marks.open_before(text, sent.start_char, heads[0].start())
            last_end = sent.end_char
            if opened is not None:
                close = marks.closing(text, opened + 1, sent.end_char)
                last_end = close if close is not None else last_end
            lead_comps = merge_components(statement(sent, sent.start_char, heads[0].start(), self.expand, self.given))
            lead = lead_comps[0] if len({c["name"] for c in lead_comps}) == 1 else None
            arms = []
            for j, m in enumerate(heads):
                end = heads[j + 1].start() if j + 1 < len(heads) else last_end
                cell_end = text.find("|", m.end(), end)  # a table header's cell: "Arm B: Y (n=63) | HR (95% CI)"
                end = end if cell_end < 0 else cell_end
                comps = statement(sent, m.end(), end, self.expand, self.given)
                if not comps and lead is not None:
                    details = _details_between(sent.ents, m.end(), end)
                    if any(e.label_ == "DOSE" for e in details):
                        comps = redosed(lead, details, text)
                if not comps:
                    break
                name = names[j]
                part = _clause_label(text[m.end():end])
                arms.append(Arm(label=f"{name}: {part}", components=merge_components(comps), text=text[m.end():end],
                                start_char=m.end(), aliases={name.lower()}))
            else:
                if lead is not None:  # "oral X given in 28-day cycles: arm A, 60 mg daily; ...": each arm's X
                    _complete(arms, _details_between(sent.ents, sent.start_char, heads[0].start(), _GIVEN_HOW),
                              {lead["name"]})
                return arms
        return []

    def from_cohort_clauses(self, view: DocView) -> list[Arm]:
        """Clauses of one sentence that each name a cohort in brackets and say what it received
        ("patients with a Child-Pugh score of 7 (cohort 1) received A ...; patients with a score of 8
        or 9 (cohort 2) received B alone"): an arm per clause, named for later references."""
        text = view.text
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or sent.text.count(";") < 1:
                continue
            arms = []
            for lo, hi in _semicolon_clauses(sent):
                m = self.cohort_clause.search(text, lo, hi)
                comps = statement(sent, m.end(), hi, self.expand, self.given) if m else []
                if comps:
                    arms.append(_named_clause_arm(m.group(1), text, m.end(), hi, comps))
            if len(arms) >= 2 and _distinctly_named(arms):
                return arms
        return []

    def from_group_clauses(self, view: DocView) -> list[Arm]:
        """Clauses of one sentence that each open on a group's name and say what it received, with no
        "or" between them ("Group I (40 patients) underwent cTACE with doxorubicin 50 mg ..., and Group
        II (40 patients) underwent DEB-TACE ..."): an arm per clause, named for later references."""
        text = view.text
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            heads = list(self.named_group_clause.finditer(text, sent.start_char, sent.end_char))
            if len(heads) < 2:
                continue
            arms = []
            for j, m in enumerate(heads):
                end = heads[j + 1].start() if j + 1 < len(heads) else sent.end_char
                comps = statement(sent, m.end(), end, self.expand, self.given)
                if not comps:
                    break
                arms.append(_named_clause_arm(m.group(1), text, m.end(), end, comps))
            if len(arms) == len(heads) and _distinctly_named(arms):
                return arms
        return []

    def from_group_sentences(self, view: DocView) -> list[Arm]:
        """Sentences that each open on a named group and say what it received ("The control group was
        given TACE: the emulsion consisted of ..." / "The observation group was given apatinib on this
        basis, 500 mg once a day"): an arm per group, "on this basis" adding what the group before it
        received; the arms in the order of a sentence before them that names them all, else in
        their own."""
        arms: list[Arm] = []
        names: list[str] = []  # each arm's group name, lower-cased (its one alias)
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or sent.section in ("results", "conclusion"):
                continue
            # "The control group was treated with TACE, and the observation group was given donafenib on
            # the basis of the control group": a clause per group
            clauses = [(0, self.group_sentence.match(sent.text))] + [
                (j.end(), self.group_sentence.match(sent.text[j.end():]))
                for j in self.group_clause_joint.finditer(sent.text)]
            clauses = [(at, m) for at, m in clauses if m is not None]
            for (at, m), nxt in zip(clauses, [at for at, _ in clauses[1:]] + [len(sent.text)]):
                name = " ".join(m.group(1).split())
                if name.lower() in names:
                    continue
                start, end = sent.start_char + at + m.end(), sent.start_char + nxt
                comps = statement(sent, start, end, self.expand, self.given)
                if not comps:
                    continue
                if arms and self.on_this_basis.search(sent.text, at + m.end(), nxt):
                    own = {c["name"] for c in comps}
                    comps = [dict(c) for c in arms[-1].components if c["name"] not in own] + comps
                comps = merge_components(comps)
                names.append(name.lower())
                arms.append(Arm(label=f"{name} ({_components_label(comps)})", components=comps, aliases={name.lower()},
                                text=view.text[start:end], start_char=start))
        if len(arms) < 2:
            return []
        # the order of a sentence before them that names every group ("randomly divided into the
        # observation group and the control group"), else the order they are described in
        for sent in view.own_sentences():
            if sent.start_char >= arms[0].start_char:
                break
            low = sent.text.lower()
            if all(name in low for name in names):
                return [arm for _, arm in sorted(zip((low.find(name) for name in names), arms), key=lambda x: x[0])]
        return arms

    def from_divided_groups(self, view: DocView) -> list[Arm]:
        """"Patients were randomly divided into the combination group and the TACE group": an arm per
        group named, with no treatments yet; the sentences about both groups ("Both groups underwent
        TACE ...") and about each ("Patients in the combination group started donafenib ...") give them."""
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            m = self.divided_groups.search(sent.text)
            if m is None:
                continue
            names = [" ".join(m.group(g).split()) for g in ("a", "b")]
            if names[0].lower() == names[1].lower():
                return []
            return [Arm(label=f"{name} group", components=[], aliases={f"{name.lower()} group"},
                        start_char=sent.start_char + m.start(g)) for name, g in zip(names, ("a", "b"))]
        return []

    def from_group_blocks(self, view: DocView) -> list[Arm]:
        """A registry's groups as blocks ("Group: TACE-LT group" / "Sample size: 48" /
        "Intervention: TACE + lenvatinib + tislelizumab"), each up to a blank line or the next group."""
        text = view.text
        heads = list(self.group_block.finditer(text))
        arms = []
        for j, m in enumerate(heads):
            end = _block_end(text, m.end(), heads, j)
            given = self.group_block_intervention.search(text, m.end(), end)
            if given is None:
                continue
            line_end = text.find("\n", given.end(), end)
            comps = self._statements_between(view, given.end(), end if line_end < 0 else line_end)
            if not comps:
                continue
            # (its "Sample size: 48" is the group's target, a plan: no arm's size, like "(98 per arm)")
            name = m.group(1)
            arms.append(Arm(label=name, components=merge_components(comps), start_char=given.end(),
                            text=text[given.end():end], aliases=_with_coded({name.lower()})))
        return arms if len(arms) >= 2 else []

    def _lead_drug(self, view: DocView, start: int) -> Optional[dict]:
        """The one drug (with its route) named in the sentence that leads into a list of arm lines
        starting at ``start``, or None when it names none or several."""
        lead = next((s for s in reversed(view.sentences) if s.start_char < start), None)
        if lead is None or view.text[lead.start_char:start].count("\n") > 2:
            return None
        names = {c["name"] for e in lead.of("DRUG") for c in component_of(e, self.expand)}
        if len(names) != 1:
            return None
        route = next((e.id_ for e in lead.of("ROUTE")), None)
        return {"kind": "drug", "name": names.pop(), "route": route}

    def from_groups(self, view: DocView) -> list[Arm]:
        """"Fifty patients were treated with HAIC, and 60 patients were treated with sorafenib";
        "13 patients received 30-54 Gy ... (primary group) and 5 patients received 30-58.4 Gy ..."."""
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            clauses = list(self.group_clause.finditer(sent.text))
            if len(clauses) < 2:
                continue
            s0 = sent.start_char
            arms = []
            for k, m in enumerate(clauses):
                n = parse_number(m.group(1))
                if n is None:
                    break
                a = s0 + m.end()
                b = s0 + clauses[k + 1].start() if k + 1 < len(clauses) else sent.end_char
                comps = statement(sent, a, b, self.expand, self.given)
                orphans = orphan_radiation(sent, a, b, self.given)
                if not comps and orphans:
                    comps = [{"kind": "radiation", "name": "radiotherapy", "technique": None, "evidence": []}]
                    for d in orphans:
                        apply_radiation(comps[0], d, view.text)
                if not comps:
                    break
                seg = view.text[a:b]
                arms.append(Arm(label=" ".join(seg.split()).strip(" ,;:."), components=comps, n=int(n),
                                text=seg, aliases=_aliases(seg)))
            else:
                if len(arms) >= 2:
                    names = [a.names for a in arms]
                    if all(x == names[0] for x in names):
                        # groups that differ by dose or site share the study's common regimen
                        common = self.single_arm(view).components
                        for arm in arms:
                            arm.components = merge_components(
                                arm.components + [dict(c) for c in common if c["name"] not in arm.names])
                    return arms
        return []

    def single_arm(self, view: DocView) -> Arm:
        comps, orphans = [], []
        # an abstract whose results section holds its methods too ("Approach and results: ... Patients
        # received X 300 mg ..."): its dosing sentences there state the regimen
        methods = any(s.section == "methods" for s in view.own_sentences())
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or sent.section == "conclusion" or (
                    sent.section == "results" and (methods or not sent.of("DOSE", "RADIATION_DOSE"))):
                continue
            if self.result_compared.search(sent.text) or self.pk_measure.search(sent.text):
                continue  # "X improved OS compared with sorafenib in ...": a result; "Cmax of X on Day 1": a measure
            comps.extend(statement(sent, sent.start_char, sent.end_char, self.expand, self.given))
            orphans.extend((d, sent.end_char) for d in orphan_radiation(sent, sent.start_char, sent.end_char, self.given))
        merged = merge_components(comps)
        rad = [c for c in merged if c["kind"] == "radiation"]
        until = -1  # the end of the sentence a back-up prescription was written in
        for d, sent_end in orphans if rad else ():
            if d.start_char >= until:
                current = rad[0]
            if rad[0].get("dose") is not None and self._reduced_to(view.text, d.start_char):
                # "When constraints could not be met, the prescription was reduced to 35 Gy in 5
                # fractions": a back-up prescription is a second radiation component
                current = {"kind": "radiation", "name": "radiotherapy", "technique": rad[0].get("technique"), "evidence": []}
                merged.append(current)
                until = sent_end
            apply_radiation(current, d, view.text)
        label = _components_label(merged)
        return Arm(label=label, components=merged)

    def external_control_arm(self, view: DocView, single: Arm) -> Optional[Arm]:
        """A single-arm trial's external or historical control cohort, when the text says what it
        was treated with ("The external control cohort comprised patients treated with HAIC-FOLFOX
        alone"): an arm of the trial arm's components that the treatment names (their doses are
        the trial's: "In both cohorts, HAIC-FOLFOX consisted of ..."), sized by "108 matched
        controls"."""
        for sent in view.own_sentences():
            m = self.external_control.search(sent.text)
            if m is None:
                continue
            a, b = sent.start_char + m.start("given"), sent.start_char + m.end("given")
            names = {c["name"] for c in statement(sent, a, b, self.expand, self.given)}
            comps = [dict(c) for c in single.components if c["name"] in names]
            if not comps or len(comps) == len(single.components):
                return None  # no treatment of the trial's, or all of it: no comparison of regimens
            size = self.external_control_size.search(view.text)
            label = " ".join(m.group("given").split())
            return Arm(label=label, components=comps, n=int(size.group(1).replace(",", "")) if size else None,
                       aliases=set(self.external_control_aliases), tag="external_control")
        return None

    def from_escalation_and_expansion(self, view: DocView, phase1: Arm) -> list[Arm]:
        """A non-randomised phase I/II study: the dose-escalation part (``phase1``, at its starting
        dose) and the expansion (phase II) part at the dose declared as MTD or RP2D ("cabozantinib
        60 mg daily plus durvalumab 1500 mg every 4 weeks was declared the RP2D")."""
        if not any(self.expansion_part.search(s.text) for s in view.own_sentences()):
            return []
        mentioned = None  # the first regimen of a sentence that mentions the MTD without saying it
        for sent in view.own_sentences():
            # the dose declared ("... was declared the RP2D"), or the regimen the expansion part was
            # given ("In the expansion cohort, all 24 patients received X 10 mg/kg ... plus Y ...")
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            declared, given = self.mtd.search(sent.text), self.expansion_given.search(sent.text)
            if not (declared or given):
                continue
            a, b = sent.start_char, sent.end_char
            if not given:
                # a declaration reads its own clause ("DLTs occurred in 0 of 3 patients at 160 mg, ... and 2 of
                # 4 at 300 mg; the MTD and RP2D was X 220 mg": the dose levels before it are the escalation's)
                at = sent.start_char + declared.start()
                a, b = next((lo, hi) for lo, hi in _semicolon_clauses(sent) if lo <= at < hi)
            comps = _escalated_dose_named(statement(sent, a, b, self.expand, self.given), phase1)
            if len({c["name"] for c in comps}) >= len(phase1.names) and any(has_details(c) for c in comps) \
                    and {c["name"] for c in comps} >= phase1.names:
                label = "expansion: " + _components_label(comps)
                expansion = Arm(label=label, components=merge_components(comps), tag="mtd")
                found = [phase1, *(self._named_cohorts(view, expansion) or [expansion])]
                if given or self._declared_dose(sent) is not None:
                    return found
                mentioned = mentioned or found
        # ("pts received X at 40, 80, 160 or 320 mg/day; the expansion cohort was treated at the RP2D"
        # gives no dose of the expansion's: "The MTD and RP2D was 240 mg" does)
        return self._expansion_at_mtd_dose(view, phase1, declared_only=mentioned is not None) or mentioned or []

    def _declared_dose(self, sent: Sentence) -> Optional[Span]:
        """The dose a sentence says the MTD or RP2D was ("240 mg ... was declared the MTD", "The MTD
        and RP2D was 240 mg once daily"), or None."""
        return next((e for e in sent.ents if e.label_ == "DOSE" and (
            self.mtd_declared_after.match(sent.doc_text, e.end_char, sent.end_char)
            or self.mtd_dose_before.search(sent.doc_text, sent.start_char, e.start_char))), None)

    def escalation_parts(self, view: DocView) -> list[Arm]:
        """A phase I study written as parts, one clause each ("Part A escalated X through 2.5, 5, 10
        and 20 mg/kg ...; part B combined X at 5 or 10 mg/kg with Y ...; and part C expanded the RP2D
        of the combination"): an arm per part at its starting level; a part that only expands the
        recommended dose takes the regimen declared the RP2D (or MTD)."""
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or len(self.part_clause.findall(sent.text)) < 2:
                continue
            text = sent.doc_text
            arms: list[Arm] = []
            for lo, hi in _semicolon_clauses(sent):
                m = self.part_clause.search(text, lo, hi)
                if m is None:
                    continue
                comps = self._part_regimen(sent, m.end(1), hi)
                tag = "phase1" if not arms else None
                if not comps and self.mtd.search(text, m.end(), hi):
                    comps, tag = self._declared_regimen(view), "mtd"
                if not comps:
                    return []
                arms.append(_named_clause_arm(m.group(1), text, m.end(1), hi, comps, tag))
            if len(arms) >= 2 and _distinctly_named(arms):
                return arms
        return []

    def _part_regimen(self, sent: Sentence, start: int, end: int) -> list[dict]:
        """The regimen a part's words give, at its starting level: the first of the dose levels
        listed ("through 2.5, 5, 10 and 20 mg/kg", "at 5 or 10 mg/kg")."""
        text = sent.doc_text
        comps = statement(sent, start, end, self.expand, self.given)
        levels = self.level_list.search(text, start, end)
        drug = next((e.id_ for e in reversed(sent.ents) if e.label_ == "DRUG" and levels is not None
                     and start <= e.start_char and e.end_char <= levels.start()), None)
        leveled = next((c for c in comps if c["name"] == drug), None)
        if leveled is not None:
            comps = [c for c in comps if c["name"] != drug] + [_at_first_level(leveled, levels)]
        return comps

    def from_part_sentences(self, view: DocView) -> list[Arm]:
        """A study whose parts are written a sentence each ("In part 1A, adults ... received X at 50,
        100, 200 and 300 mg once daily ... In part 1B (dose expansion), patients ... received X at
        the RP2D ... In part 2, X was combined with Y 200 mg IV Q3W"): an arm per part, at its
        starting level; a part given "the RP2D" (or MTD) takes the regimen declared so, if any."""
        arms: list[Arm] = []
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or sent.section in ("results", "conclusion"):
                continue
            m = self.part_opening.match(sent.text)
            if m is None:
                continue
            name = " ".join(m.group(1).split())
            if any(name.lower() in a.aliases for a in arms):
                continue
            start = sent.start_char + m.end()
            comps, seen = [], set()
            for c in self._part_regimen(sent, start, sent.end_char):
                if c["name"] not in seen:  # "X (100 mg, then 200 mg once daily)": its starting level
                    seen.add(c["name"])
                    comps.append(c)
            tag = None
            if self.mtd.search(sent.text, m.end()) and not any(c.get("dose") is not None for c in comps):
                declared = self._declared_regimen(view)
                if declared:
                    comps, tag = declared, "mtd"
                elif len(comps) == 1 and self._apply_declared_dose(view, comps[0]):
                    tag = "mtd"  # "the MTD and RP2D were 200 mg once daily": the part's one drug at that dose
            if not comps:
                return []
            arms.append(_named_clause_arm(name, sent.doc_text, start, sent.end_char, comps, tag))
        return arms if len(arms) >= 2 else []

    def _apply_declared_dose(self, view: DocView, comp: dict) -> bool:
        """Give ``comp`` the dose (and schedule) a sentence declares the MTD or RP2D to be, with no
        drug named ("the MTD and RP2D were 200 mg once daily"); False when no sentence does."""
        for sent in view.own_sentences():
            m = self.mtd_is.search(sent.text)
            if m is None:
                continue
            at = sent.start_char + m.end()
            dose = next((e for e in sent.of("DOSE") if 0 <= e.start_char - at <= 2), None)
            parsed = parse_dose(dose.text) if dose is not None else None
            if parsed is None:
                continue
            comp.update(dose=as_int_or_float(parsed.dose), dose_max=as_int_or_float(parsed.dose_max), unit=parsed.unit)
            comp.setdefault("evidence", []).append([dose.start_char, dose.end_char])
            for sched in sent.of("SCHEDULE"):
                if 0 <= sched.start_char - dose.end_char <= 3 and comp.get("frequency") is None:
                    apply_shared_detail(comp, sched)
            return True
        return False

    def _declared_regimen(self, view: DocView) -> list[dict]:
        """The regimen of the clause declaring the MTD or RP2D ("...; X 10 mg/kg every 2 weeks plus Y
        was declared the RP2D"), or none."""
        for sent in view.own_sentences():
            declared = self.mtd_declared_after.search(sent.text)
            if declared and self.mtd.search(sent.text, declared.start()):
                at = sent.start_char + declared.start()
                start = next(lo for lo, hi in _semicolon_clauses(sent) if lo <= at < hi)
                comps = statement(sent, start, sent.start_char + declared.end(), self.expand, self.given)
                if any(has_details(c) for c in comps):
                    return [dict(c) for c in comps]
        return []

    def _named_cohorts(self, view: DocView, expansion: Arm) -> list[Arm]:
        """"Phase II consisted of two expansion cohorts treated at the RP2D: Cohort A (no prior
        systemic therapy) and Cohort B (...)": one arm per named cohort, each the expansion's
        regimen; none when no sentence about the expansion names two or more."""
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or not self.expansion_part.search(sent.text):
                continue
            named = list({m.group(1).lower(): m for m in self.cohort_name.finditer(sent.text)}.values())
            if len(named) >= 2 and self.cohorts_listed.search(sent.text):
                return [Arm(label=m.group().strip(), components=[dict(c) for c in expansion.components], tag="mtd",
                            aliases={" ".join(m.group(1).lower().split())}) for m in named]
        return []

    def _expansion_at_mtd_dose(self, view: DocView, phase1: Arm, declared_only: bool = False) -> list[Arm]:
        """"The MTD was 3 mg/kg, which was declared the RP2D": a dose written with no drug, or with
        the escalated drug alone, is the escalated drug's; the expansion part is the phase I regimen
        at that dose; a dose the text says the MTD was comes first (with ``declared_only``, the only
        one read)."""
        if phase1.escalated is None:
            return []
        # (a dose declared the RP2D comes first for an expansion treated at the RP2D, not at the MTD)
        at_rp2d = any(self.expansion_at_rp2d.search(s.text) for s in view.own_sentences())
        candidates = []  # (declared, not the RP2D, sentence order, dose span): a dose the text says the MTD was comes first
        for i, sent in enumerate(view.own_sentences()):
            if sent.section in ELIGIBILITY_SECTIONS or not self.mtd.search(sent.text) \
                    or any(e.label_ in TREATMENT_LABELS and e.id_ != phase1.escalated for e in sent.ents):
                continue  # ("The MTD of X was 200 mg once daily": the escalated drug may be named)
            doses = [e for e in sent.ents if e.label_ == "DOSE"]
            declared = self._declared_dose(sent)
            if declared is None and declared_only:
                continue
            dose_span = declared or (doses[0] if doses else None)
            dose = parse_dose(dose_span.text) if dose_span is not None else None
            if dose is not None and dose.unit is not None:
                rp2d = at_rp2d and declared is not None and bool(
                    self.rp2d_before_dose.search(sent.doc_text, sent.start_char, dose_span.start_char))
                candidates.append((declared is None, not rp2d, i, dose_span, dose))
        # ("the expansion cohort was treated at the RP2D" in the methods names no dose of its own, and
        # its sentence's first dose is an escalation level: "The MTD and RP2D was 240 mg" is the dose)
        if not candidates:
            return []
        _undeclared, _not_rp2d, _i, dose_span, dose = min(candidates, key=lambda c: c[:3])
        comps = [dict(c) for c in phase1.components]
        for c in comps:
            if c["name"] == phase1.escalated:
                c.update(dose=as_int_or_float(dose.dose), dose_max=None, unit=dose.unit,
                         evidence=(c.get("evidence") or [])[:1] + [[dose_span.start_char, dose_span.end_char]])
        label = "expansion: " + _components_label(comps)
        return [phase1, Arm(label=label, components=comps, tag="mtd")]

    def phase1_arm(self, view: DocView) -> Optional[Arm]:
        """The starting dose level of a phase I or dose-escalation part, in a study that has one
        (a phase II text on "the optimal starting dose" has none): from the first sentence naming
        the part or its dose levels that gives a dose, else the first that gives other details."""
        own = view.own_sentences()
        if not any(self.phase1_study.search(s.text) for s in own) and not (
                any(self.escalation_study.search(s.text) for s in own)
                and not any(self.later_phase.search(s.text) for s in own)):
            return None
        fallback = None
        before: Optional[Sentence] = None
        for sent in own:
            prev, before = before, sent
            # "escalated through three dose levels ..."; "Velnatamig was given at 0.3, 1, 3 and 10 mg/kg
            # Q2W with ..."; "ZN-4021 dose levels were 80 mg (DL1), 160 mg (DL2), ...": a list of dose
            # levels in the methods of a phase I study
            levels = self.phase1_levels.search(sent.text) is not None
            listed = levels and len(sent.of("DOSE")) >= 3
            if not ((self.phase1_part.search(sent.text) and levels) or (
                    sent.section not in ("results", "conclusion") and (self.dose_levels.search(sent.text) or listed))):
                continue
            comps = statement(sent, sent.start_char, sent.end_char, self.expand, self.given)
            before_levels = not comps and levels
            if before_levels:
                comps = self._levels_of_drug_before(view, prev, sent)
            if not comps or not any(has_details(c) for c in comps):
                continue
            first: dict = {}
            levels_of: dict = {}
            for c in comps:  # dose levels listed in order: the first is the starting level
                first.setdefault(c["name"], c)
                levels_of.setdefault(c["name"], set()).add((c.get("dose"), c.get("unit")))
            comps = list(first.values())
            escalated = comps[0]["name"] if before_levels else self._starting_level(sent, comps)
            dosed = [c["name"] for c in comps if c.get("dose") is not None]
            if escalated is None and listed:
                # the drug given at several of the levels listed ("at 80 mg (DL1), 120 mg (DL2) or 160 mg
                # (DL3), with Y 480 mg"), else the one drug dosed
                several = [name for name, doses in levels_of.items() if len(doses) >= 2]
                escalated = several[0] if len(several) == 1 else dosed[0] if len(dosed) == 1 else None
            if escalated is not None and len(first) == 1:
                comps += self._given_with(own, escalated)
            label = "phase I: " + _components_label(comps)
            arm = Arm(label=label, components=merge_components(comps), tag="phase1", escalated=escalated)
            if dosed:
                return arm
            fallback = fallback or arm
        return fallback

    def _levels_of_drug_before(self, view: DocView, prev: Optional[Sentence], sent: Sentence) -> list[dict]:
        """"Patients received X orally once daily. Dose escalation followed a 3 + 3 design through five
        dose levels (50, 100, 200, 300 and 400 mg)": dose levels written with no treatment are those of
        the one drug the sentence before (in its paragraph) gives, at the first level listed."""
        if prev is None or marks.BLANK_LINE.search(view.text, prev.start_char, sent.start_char):
            return []
        drugs = merge_components([c for c in statement(prev, prev.start_char, prev.end_char, self.expand, self.given)
                                  if c["kind"] == "drug"])
        listed = self.level_list.search(sent.doc_text, sent.start_char, sent.end_char)
        if len({c["name"] for c in drugs}) != 1:
            return []
        if listed is not None:
            return [_at_first_level(drugs[0], listed)]
        # "at a reduced starting dose of 4 mg, with planned escalation to 8 mg and 12 mg": the dose named the start
        start = next((e for e in sent.of("DOSE") if self.starting_dose_before.search(
            sent.doc_text, max(sent.start_char, e.start_char - 40), e.start_char)), None)
        parsed = parse_dose(start.text) if start is not None else None
        if parsed is None:
            return []
        return [dict(drugs[0], dose=as_int_or_float(parsed.dose), dose_max=as_int_or_float(parsed.dose_max),
                     unit=parsed.unit, evidence=drugs[0].get("evidence", []) + [[start.start_char, start.end_char]])]

    def _given_with(self, own: list[Sentence], drug: str) -> list[dict]:
        """The other treatments of the first sentence that gives ``drug`` with others ("XB-101
        orally once daily on d1-14, and durvalumab 1,500 mg i.v. q3w"): a dose-level list names
        only the drug escalated."""
        for sent in own:
            if sent.section in ELIGIBILITY_SECTIONS or sent.section in ("results", "conclusion"):
                continue
            comps = statement(sent, sent.start_char, sent.end_char, self.expand, self.given)
            if any(c["name"] == drug for c in comps) and any(c["name"] != drug for c in comps):
                return [c for c in comps if c["name"] != drug]
        return []

    def _starting_level(self, sent: Sentence, comps: list[dict]) -> Optional[str]:
        """"escalated through four dose levels (50, 100, 200 and 300 mg)": the first level of a
        list written with one unit is the starting dose of the drug written before it, the
        escalated drug, whose name is returned."""
        m = self.dose_levels.search(sent.text)
        if not m:
            return None
        at = sent.start_char + m.start()
        drug = next((e.id_ for e in reversed(sent.ents) if e.label_ == "DRUG" and e.end_char <= at), None)
        unit = m.group(2).replace("²", "2")
        for c in comps:
            if c["name"] == drug:
                c.update(dose=as_int_or_float(float(m.group(1))), dose_max=None, unit=unit)
                return drug
        return None

    # -- details ---------------------------------------------------------------------------
    def statements(self, view: DocView, exclude: set, arm_sentences: frozenset = frozenset()) -> list[tuple[Optional[str], list[dict]]]:
        """(tag, components with details) of each sentence that states doses or schedules, but
        those in ``exclude``; of the ``arm_sentences`` among them, the clauses about one drug after
        the arms (:meth:`_drug_clauses`)."""
        out = []
        prev: Optional[Sentence] = None
        for sent in view.own_sentences():
            before, prev = prev, sent
            if sent.index in arm_sentences and sent.section not in ELIGIBILITY_SECTIONS:
                comps = self._drug_clauses(sent)
                if comps:
                    out.append((None, comps))
            if sent.index in exclude or sent.section in ELIGIBILITY_SECTIONS:
                continue
            if not any(e.label_ in ("DOSE", "RADIATION_DOSE", "SCHEDULE", "ROUTE") for e in sent.ents):
                continue
            if self.pk_measure.search(sent.text):
                continue  # "Cmax of X on Cycle 1 Day 1": when a level was measured, not a schedule
            tag = "mtd" if self.mtd.search(sent.text) else ("phase1" if self.phase1.search(sent.text) else None)
            tail = self._later_radiation_clause(sent)
            comps = statement(sent, sent.start_char, tail or sent.end_char, self.expand, self.given)
            if not any(c["kind"] == "radiation" for c in comps):
                comps += self._radiation_of_sentence_before(view, sent, before)
            elif tail is not None:
                comps += self._radiation_of_later_clause(view, sent, tail, comps)
            if not any(c["kind"] == "drug" for c in comps):
                # "Drug: Toripalimab" over "240 mg intravenously on Day 1 of each 21-day cycle": a
                # registry intervention's description lines give its doses without naming it; a
                # procedure named there is the drug's way in ("Drug: Oxaliplatin" over "85 mg/m2 by
                # hepatic arterial infusion over 2 hours on day 1")
                named = self._intervention_heading(view, sent)
                if named is not None and self.product_strength.match(sent.text):
                    comps = []  # "Specification: 0.2 g": the tablet's strength, not the dose given
                elif named is not None and (not comps or named["kind"] == "drug"):
                    details = _details_between(sent.ents, sent.start_char, sent.end_char)
                    details = planned(details, modified_doses(sent, details))  # not "reductions to 40 mg"
                    routes = {self.procedure_routes[c["name"]] for c in comps if c["name"] in self.procedure_routes}
                    comps = redosed(named, details, view.text) if details else []
                    for comp in comps:
                        if comp.get("route") is None and len(routes) == 1:
                            comp["route"] = next(iter(routes))
                        comp["_intervention"] = True  # completes an arm's drug given at its dose
            elif self._heading_drug_dosed_first(sent):
                # "Drug: Tislelizumab" over "200 mg intravenously every 3 weeks ..., beginning on the same
                # day as lenvatinib": the doses written before the other drug's name are the heading's
                named = self._intervention_heading(view, sent)
                if named is not None and named["kind"] == "drug" and named["name"] not in {c["name"] for c in comps}:
                    first = min(e.start_char for e in sent.ents if e.label_ in TREATMENT_LABELS)
                    written = _details_between(sent.ents, sent.start_char, first)
                    details = planned(written, modified_doses(sent, written))
                    comps = redosed(named, details, view.text) if details else comps
                    for comp in comps:
                        comp["_intervention"] = True
            out.append((tag, [c for c in comps if has_details(c)]))
        return out

    @staticmethod
    def _heading_drug_dosed_first(sent: Sentence) -> bool:
        """A sentence that opens on a dose, before any treatment's name ("200 mg intravenously ..., from
        the day lenvatinib starts"): a registry intervention's description line."""
        first_dose = next((e.start_char for e in sent.ents if e.label_ == "DOSE"), None)
        first_treatment = next((e.start_char for e in sent.ents if e.label_ in TREATMENT_LABELS), None)
        return first_dose is not None and first_treatment is not None and first_dose < first_treatment \
            and not sent.doc_text[sent.start_char:first_dose].strip()

    def _drug_clauses(self, sent: Sentence) -> list[dict]:
        """The components with details of the clauses after a ";" of a sentence that sets out the
        arms, each opening on a treatment the sentence then says was given ("... to X plus
        lenvatinib (arm A) or lenvatinib alone (arm B); lenvatinib was given orally once daily at
        12 mg for patients weighing >=60 kg and 8 mg for those <60 kg")."""
        out = []
        for start, end in _semicolon_clauses(sent)[1:]:
            text = sent.doc_text[start:end]
            lead = start + len(text) - len(text.lstrip())
            opening = next((e for e in sent.ents if e.start_char == lead and e.label_ in TREATMENT_LABELS), None)
            if opening is None or not _DRUG_CLAUSE_VERB.match(sent.doc_text, opening.end_char, end):
                continue
            out += [c for c in statement(sent, start, end, self.expand, self.given) if has_details(c)]
        return out

    def _radiation_of_sentence_before(self, view: DocView, sent: Sentence, before: Optional[Sentence]) -> list[dict]:
        """"SBRT will be planned on 4D-CT. The prescription depends on tumour size: lesions <=3 cm will
        receive 45 Gy in 3 fractions and lesions >3 cm 50 Gy in 5 fractions": radiation doses with no
        radiotherapy named beside them, right after a sentence of the same paragraph naming one, are
        its (one component per fractionation; not a dose it may be reduced to)."""
        doses = [d for d in orphan_radiation(sent, sent.start_char, sent.end_char, self.given) if not self._optional_reduction(view.text, d)]
        if not doses or before is None or marks.BLANK_LINE.search(view.text, before.end_char - 1, sent.start_char):
            return []
        named = self._one_radiotherapy([before], view.text)
        return _radiation_components(named, doses, view.text) if named else []

    def _one_radiotherapy(self, sents: list[Sentence], text: str) -> Optional[dict]:
        """The one radiotherapy the sentences give (by name and technique), or None for none or two."""
        named = {(c["name"], c.get("technique")): c for sent in sents for e in sent.of("RADIATION")
                 if self.given(e, text) for c in component_of(e, self.expand)}
        return next(iter(named.values())) if len(named) == 1 else None

    @staticmethod
    def _later_radiation_clause(sent: Sentence) -> Optional[int]:
        """Where the last clause of a sentence starts when it gives radiation doses and names no
        radiotherapy while the clauses before name one ("PBT was delivered at 66 Gy in 10 fractions;
        tumours within 2 cm of the bowel received 60 Gy in 20 fractions"), else None."""
        if ";" not in sent.text:
            return None
        semis = [i for i, depth in enumerate(marks.depths(sent.text)) if depth == 0 and sent.text[i] == ";"]
        if not semis:
            return None
        tail = sent.start_char + semis[-1] + 1
        rad = [e for e in sent.ents if e.label_ == "RADIATION"]
        if not rad or any(e.start_char >= tail for e in rad) \
                or not any(e.label_ == "RADIATION_DOSE" and e.start_char >= tail for e in sent.ents):
            return None
        return tail

    def _radiation_of_later_clause(self, view: DocView, sent: Sentence, tail: int, comps: list[dict]) -> list[dict]:
        """The doses of a sentence's last clause (``_later_radiation_clause``): a second prescription
        of the one radiotherapy named before (one component each; not a dose it may be reduced to)."""
        rad = [c for c in comps if c["kind"] == "radiation"]
        if len(rad) != 1:
            return []
        doses = [d for d in orphan_radiation(sent, tail, sent.end_char, self.given) if not self._optional_reduction(view.text, d)]
        return _radiation_components(rad[0], doses, view.text)

    def _optional_reduction(self, text: str, dose: Span) -> bool:
        """"the dose may be reduced to 40 Gy": a reduction the protocol allows, no prescription of its
        own ("the prescription was reduced to 35 Gy in 5 fractions" is one: a second component)."""
        return self._reduced_to(text, dose.start_char) and _MAY_BE.search(text, max(0, dose.start_char - 40), dose.start_char) is not None

    def _reduced_to(self, text: str, pos: int) -> bool:
        """Whether the radiation dose at ``pos`` is one a prescription was reduced to ("the prescription
        was reduced to 35 Gy ...")."""
        return self.backup_dose.search(text, max(0, pos - 40), pos) is not None

    def _intervention_heading(self, view: DocView, sent: Sentence) -> Optional[dict]:
        """The one treatment of the registry intervention line ("Drug: Toripalimab") that ``sent``
        stands under, with only its other description lines between (no blank line), or None."""
        text = view.text
        pos = text.rfind("\n", 0, sent.start_char) + 1
        for _ in range(4):  # (EudraCT: the product's name, other name, route, "Dosage and administration details:")
            if pos == 0:
                return None
            start = text.rfind("\n", 0, pos - 1) + 1
            if not text[start:pos - 1].strip():
                return None
            head = self.registry_intervention.match(text, start)
            if head is not None:
                names = {c["name"]: c for s in view.sentences if s.start_char < pos - 1 and s.end_char > head.end()
                         for e in s.ents if e.label_ in TREATMENT_LABELS and head.end() <= e.start_char < pos - 1
                         for c in component_of(e, self.expand)}
                return next(iter(names.values())) if len(names) == 1 else None
            pos = start
        return None

    def fill_details(self, arms: list[Arm], statements) -> None:
        if not any(a.tag == "phase1" for a in arms):
            # "taken orally at a starting dose of 12 mg" in a study with no dose-escalation part
            statements = [(None if tag == "phase1" else tag, comps) for tag, comps in statements]
        for arm in arms:
            new = []
            for comp in arm.components:
                if has_details(comp) and comp.get("dose") is None and comp["name"] != "placebo":
                    # a drug given a schedule but no dose ("HAIC-FOLFOX every 3 weeks") takes the doses
                    # stated for it elsewhere with no conflicting field (a registry's "Drug: Oxaliplatin"
                    # over "85 mg/m2 ... on day 1, every 3 weeks"), one component per dose
                    dosed = [c for tag, comps in statements if tag is None for c in comps
                             if c["name"] == comp["name"] and c["kind"] == comp["kind"] and c.get("dose") is not None
                             and not conflicting(comp, c)]
                    if dosed:
                        new.extend(merge_components([dict(c, **{k: v for k, v in comp.items()
                                                                 if k in DETAIL_FIELDS and v is not None and c.get(k) is None})
                                                     for c in dosed]))
                        continue
                if has_details(comp):
                    # a schedule or route stated once for the drug ("Treatment was given in 21-day
                    # cycles: X orally once daily on days 1-21") completes it when nothing conflicts
                    # (or, in a statement of the drug's alternative doses, stated at the same dose: the
                    # title's "X 40 mg versus 60 mg once daily", the methods' "X 40 mg or 60 mg orally
                    # once daily in 28-day cycles"; a registry's "Drug: X" over "1200 mg IV on Day 1 of each
                    # 21-day cycle" at the arm's own dose)
                    extra = [{k: v for k, v in c.items() if k != "_intervention"}
                             for tag, comps in statements if tag is None for c in comps
                             if c["name"] == comp["name"] and (c.get("dose") is None or _one_of_its_doses(comp, c, comps)
                                                               or (c.get("_intervention") and _same_dose(comp, c)))]
                    merged = merge_components([comp] + extra)
                    new.extend(merged[:1] if merged else [comp])
                    continue
                found = [dict(c) for tag, comps in statements if tag == arm.tag for c in comps
                         if c["name"] == comp["name"] and c["kind"] == comp["kind"]]
                if not found and arm.tag is not None:  # a part's drug given the same in every part
                    found = [dict(c) for tag, comps in statements if tag is None for c in comps
                             if c["name"] == comp["name"] and c["kind"] == comp["kind"] and has_details(c)]
                new.extend(merge_components(found) if found else [comp])
            arm.components = merge_components(new)

    def add_group_statements(self, view: DocView, arms: list[Arm]) -> None:
        """"In the sirolimus group, sirolimus was introduced ... with tacrolimus tapered ...";
        "the control group continued tacrolimus-based immunosuppression": the treatments of a
        clause about one named group are that arm's (new drugs included)."""
        if len(arms) < 2:
            return
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or self.protocol_deviation.search(sent.text):
                continue
            for m in self.group_statement.finditer(sent.text):
                group = 1 if m.group(1) else 2 if m.group(2) else 3
                clause = sent.text.rfind(";", 0, m.start(group)) + 1
                if self.group_statement_subset.search(sent.text, clause, m.start(group)):
                    continue  # "after progression, 41 patients in the TACE group received sorafenib"
                if group == 3:
                    # "Pts in arms A and B also received HAIC of FOLFOX (...)": each arm named by its
                    # letter, to the clause's end ("; pts in arm A also received X")
                    noun, _, letters = m.group(3).partition(" ")
                    named = [next((a for a in arms if f"{noun[:-1].lower()} {x.lower()}" in a.aliases), None)
                             for x in _GROUP_LETTERS.findall(letters)]
                    semicolon = sent.text.find(";", m.end())
                    end = sent.start_char + semicolon if semicolon >= 0 else sent.end_char
                else:
                    named = self._groups_named(sent, m, group, arms)
                    # to the next clause about another group ("; the control group continued ...")
                    nxt = self.group_statement.search(sent.text, m.end())
                    end = sent.start_char + nxt.start() if nxt else sent.end_char
                if any(arm is None for arm in named) or len({id(a) for a in named}) != len(named):
                    continue
                comps = statement(sent, sent.start_char + m.end(), end, self.expand, self.given)
                for arm in named:
                    _add_components(arm, [dict(c) for c in comps])
                if len(named) == 1 and not any(c["kind"] == "radiation" for c in comps):
                    self._group_radiation_doses(view, sent, sent.start_char + m.end(), end, named[0])

    def _group_radiation_doses(self, view: DocView, sent: Sentence, start: int, end: int, arm: Arm) -> None:
        """"In the TACE-SBRT arm, plans prescribed 40 Gy in 5 fractions (8 Gy x 5)": doses in a clause
        about one arm, with no radiotherapy named beside them, are its one radiotherapy's (not a dose
        it may be reduced to)."""
        rad = [c for c in arm.components if c["kind"] == "radiation"]
        doses = [d for d in orphan_radiation(sent, start, end, self.given) if not self._reduced_to(view.text, d.start_char)]
        if len(rad) != 1 or not doses:
            return
        if rad[0].get("dose") is None and rad[0].get("dose_per_fraction") is None:
            for d in doses:
                apply_radiation(rad[0], d, view.text)
        elif any(self._reduced_to(view.text, a) for a, _ in rad[0].get("evidence", [])):
            # the arm's radiotherapy so far holds only the dose it may be reduced to: this clause's is
            # the main prescription, written first
            main = _radiation_components(rad[0], doses, view.text)
            if main:
                arm.components.insert(arm.components.index(rad[0]), main[0])

    def _groups_named(self, sent: Sentence, m: re.Match, group: int, arms: list[Arm]) -> list[Optional[Arm]]:
        """The arms a group statement's name refers to: one, or each of a list ("In the HAIC and
        TACE-HAIC arms, ...")."""
        g0 = sent.start_char + m.start(group)
        if _GROUP_LIST_END.search(m.group()):
            parts, pos = [], 0
            for sep in _GROUP_LIST_SEP.finditer(m.group(group)):
                parts.append((pos, sep.start()))
                pos = sep.end()
            parts.append((pos, len(m.group(group))))
        else:
            parts = [(0, len(m.group(group)))]
        return [self.arm_named(sent, g0 + a, g0 + b, m.group(group)[a:b], arms, with_noun=True) for a, b in parts]

    def _one_group_sentences(self, view: DocView, arms: list[Arm]) -> set[int]:
        """The sentences that open on a clause about one named arm ("In the RALOX-HAIC group, ...")
        and name no other group after it."""
        out = set()
        if len(arms) < 2:
            return out
        for sent in view.own_sentences():
            m = self.group_statement.match(sent.text)
            if m is None or not m.group(1) or self.group_statement.search(sent.text, m.end()):
                continue
            if self.arm_named(sent, sent.start_char + m.start(1), sent.start_char + m.end(1), m.group(1), arms,
                              with_noun=True) is not None:
                out.add(sent.index)
        return out

    def arm_named(self, sent: Sentence, start: int, end: int, name: str, arms: list[Arm],
                  with_noun: bool = False) -> Optional[Arm]:
        """The arm a group name written at [start, end) refers to ("the TD group", "the sorafenib
        group"): the arm with that alias, else the one its treatments resolve to. ``with_noun``:
        the name was written before "group" ("In the MPT group," for the alias "mpt group")."""
        key = name.strip().lower()
        nouns = _GROUP_NOUNS if with_noun else ()
        target = [a for a in arms if key in a.aliases or any(f"{key} {noun}" in a.aliases for noun in nouns)]
        if not target and self.combination_ref.fullmatch(key):
            k = combination_index(treatment_counts(arms, chosen_arms(arms, self.choice_arm)))  # "In the combination group, ..."
            target = [arms[k]] if k is not None else []
        if not target:
            names = {c["name"] for e in sent.ents if start <= e.start_char and e.end_char <= end
                     and e.label_ in TREATMENT_LABELS for c in component_of(e, self.expand)}
            k = resolve_arm(names, arms) if names else None
            if k is None and names:  # "the TACE(-alone) group" when every arm has TACE: the arm with least besides
                k = resolve_arm(names, arms, alone=True)
            target = [arms[k]] if k is not None else []
        return target[0] if len(target) == 1 else None

    def add_shared(self, view: DocView, arms: list[Arm]) -> None:
        """"In both groups, TACE was performed with epirubicin (30-50 mg) and lipiodol": the
        components of such a sentence belong to every arm."""
        for sent in view.own_sentences():
            shared = self.shared.search(sent.text)
            subset = self.shared_subset.search(sent.text)
            names = set()
            if subset:  # "In the two TACE groups, ...": the arms with TACE
                a, b = sent.start_char + subset.start(1), sent.start_char + subset.end(1)
                names = {c["name"] for e in sent.ents if a <= e.start_char and e.end_char <= b
                         and e.label_ in TREATMENT_LABELS for c in component_of(e, self.expand)}
            if not shared and not names:
                continue
            targets = [arm for arm in arms if names <= arm.names] if names else arms
            # "All patients received DEB-TACE ... and were randomised to X or placebo": what
            # follows the randomisation is not shared
            split = self.arm_sentence.search(sent.text, (shared or subset).end())
            end = sent.start_char + split.start() if split else sent.end_char
            # "...; in the combination arm, SBRT ... was delivered": a clause about one group is not shared
            group = self.group_statement.search(sent.text, (shared or subset).end())
            if group and sent.start_char + group.start() < end:
                end = sent.start_char + group.start()
            # "In both arms, HAIC consisted of FOLFOX ...; toripalimab was continued as maintenance": a
            # later clause's treatment that only some arms have is theirs, not shared
            cue_end = sent.start_char + (shared or subset).end()
            clause_end = next(marks.top_level(sent.doc_text, ";", cue_end, end), end)
            cue_start = (shared or subset).start()
            # "A was given every 3 weeks; B was given once daily in both groups": nor is an earlier clause's
            clause_start = max([sent.start_char] + list(marks.top_level(
                sent.doc_text, ";", sent.start_char, sent.start_char + cue_start)))
            start = sent.start_char
            assigned = self.arm_sentence.search(sent.text, 0, cue_start)
            if assigned:
                # "randomly assigned to X or to active surveillance, with imaging every 12 weeks in both
                # groups": only the clause of the cue is shared, not the arms before it
                cut = max(sent.text.rfind(";", assigned.end(), cue_start), sent.text.rfind(",", assigned.end(), cue_start))
                if cut < 0:
                    continue
                start = sent.start_char + cut + 1
            comps = _in_every_target(statement(sent, start, end, self.expand, self.given), clause_start, clause_end,
                                     arms, targets)
            if names:  # "... in both HAIC groups, and the median number of TACE sessions ...": not the other arms' TACE
                others = {c["name"] for arm in arms if arm not in targets for c in arm.components}
                comps = [c for c in comps if c["name"] not in others or any(c["name"] in arm.names for arm in targets)]
            for arm in targets:
                _add_components(arm, comps)

    def add_treatment_cycle(self, view: DocView, arms: list[Arm]) -> None:
        """"Treatment was given continuously in 28-day cycles until progression": a sentence (or a
        clause after a ";") about the treatment as a whole, naming no treatment, gives its cycle to
        every drug that has none."""
        text = view.text
        before: Optional[Sentence] = None
        for sent in view.own_sentences():
            prev, before = before, sent
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            # the sentence, or a clause of it after a ";" ("...every 3 weeks; treatment was given in 21-day cycles")
            semis = list(marks.top_level(text, ";", sent.start_char, sent.end_char))
            for lo, hi in zip([sent.start_char] + [i + 1 for i in semis], semis + [sent.end_char]):
                if not self.treatment_cycle.match(text, lo, hi) or \
                        any(e.label_ in TREATMENT_LABELS and lo <= e.start_char < hi for e in sent.ents):
                    continue
                cycles = {parse_cycle_days(e.text) for e in sent.of("SCHEDULE")
                          if e.id_ == "cycle" and lo <= e.start_char < hi} - {None}
                if len(cycles) != 1:
                    continue
                for arm in self._arms_of_sentence_before(view, prev, sent, arms):
                    for comp in arm.components:
                        if comp["kind"] == "drug" and comp.get("cycle_days") is None:
                            comp["cycle_days"] = next(iter(cycles))

    def _arms_of_sentence_before(self, view: DocView, prev: Optional[Sentence], sent: Sentence, arms: list[Arm]) -> list[Arm]:
        """The arms given the drugs the sentence before ``sent`` (in its paragraph) names, or all the
        arms: after an arm's description ("ARM II: Patients receive lenvatinib PO QD on days 1-28.
        Cycles repeat every 28 days"), a sentence about the treatment is that arm's."""
        if prev is None or marks.BLANK_LINE.search(view.text, prev.start_char, sent.start_char):
            return arms
        named = {c["name"] for e in prev.of("DRUG") if self.given(e, view.text) for c in component_of(e, self.expand)}
        return [arm for arm in arms if named & {c["name"] for c in arm.components}] or arms

    def _about_drugs_before(self, view: DocView, cue: re.Pattern) -> Iterator[tuple[Sentence, dict]]:
        """Each sentence that ``cue`` finds and that names no treatment, with the drugs the sentence
        right before it (in the same paragraph) gives, name -> mention: a sentence about those drugs
        ("Both drugs were given into a vein ...", "The dose was 12 mg ...")."""
        sents = view.sentences
        for before, sent in zip(sents, sents[1:]):
            if sent.section in ELIGIBILITY_SECTIONS or sent.context is not None or not cue.search(sent.text) \
                    or any(e.label_ in TREATMENT_LABELS for e in sent.ents) \
                    or marks.BLANK_LINE.search(view.text, before.start_char, sent.start_char):
                continue
            yield sent, {c["name"]: e for e in before.of("DRUG") if self.given(e, view.text)
                         for c in component_of(e, self.expand)}

    def add_drugs_together(self, view: DocView, arms: list[Arm]) -> None:
        """"... atezolizumab 1,200 mg and bevacizumab 15 mg/kg. Both drugs are given into a vein
        every 3 weeks": a sentence naming no treatment that speaks of the drugs of the sentence
        before it together gives them its routes and schedules (where they have none), in every
        arm that has them."""
        for sent, drugs in self._about_drugs_before(view, self.drugs_together):
            details = [e for e in sent.ents if e.label_ in _GIVEN_HOW]
            if details and len(drugs) >= 2:
                _complete(arms, details, set(drugs))

    def add_dose_sentence(self, view: DocView, arms: list[Arm]) -> None:
        """"Lenvatinib was taken once daily. The dose was 12 mg for patients weighing 60 kg or more
        and 8 mg for those under 60 kg": a sentence opening on the dose that names no treatment
        gives its doses (one component each) to the one drug the sentence before gave, in every arm
        where that drug has no dose."""
        for sent, mentions in self._about_drugs_before(view, self.dose_sentence):
            details = [e for e in sent.ents if e.label_ in _DETAIL_LABELS]
            if not any(e.label_ == "DOSE" for e in details) or len(mentions) != 1:
                continue
            (name, mention), = mentions.items()
            for arm in arms:
                at = next((i for i, c in enumerate(arm.components) if c["name"] == name), None)
                if at is None or any(c["name"] == name and c.get("dose") is not None for c in arm.components):
                    continue
                base = {key: v for key, v in arm.components[at].items() if key != "evidence"}
                dosed = doses_of(base, mention, details, view.text)
                for c in dosed:  # the evidence of the statement, then the dose sentence's
                    c["evidence"] = arm.components[at]["evidence"] + c["evidence"][1:]
                rest = [c for c in arm.components if c["name"] != name]
                arm.components = rest[:at] + dosed + rest[at:]

    def add_described_routes(self, view: DocView, arms: list[Arm]) -> None:
        """A drug the text describes by its way in ("capecitabine, an oral fluoropyrimidine", "the
        oral multikinase inhibitor sorafenib") takes that route in every arm whose statements gave it
        none. Two descriptions that disagree give none. A sentence giving every study drug one
        systemic route ("All study drugs were given as intravenous infusions") gives it to every drug
        the descriptions leave without one."""
        after, before = self.described_route
        text = view.text
        routes: dict = {}
        every: set = set()  # the routes of sentences about every study drug
        intervals: dict = {}  # {route: the interval schedules written right after it in such a sentence}
        timings: dict = {}  # {route: the days and cycles in a bracket right after such an interval}
        for sent in view.sentences:  # a description holds in a background sentence too
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            for r in sent.of("ROUTE"):
                # (not an intra-arterial one: "... all agents were infused into the hepatic artery" is a
                # procedure's drugs')
                if r.id_ != "intra-arterial" and self.all_drugs_route.search(
                        text, max(sent.start_char, r.start_char - 90), r.start_char):
                    every.add(r.id_)
                    # "both drugs were given intravenously every 3 weeks": the interval too
                    found_intervals = [
                        d for d in sent.of("SCHEDULE") if parse_frequency(d.text) in INTERVAL_DAYS
                        and self.all_drugs_interval_gap.fullmatch(text, r.end_char, d.start_char)]
                    intervals.setdefault(r.id_, []).extend(found_intervals)
                    for d in found_intervals[:1]:  # "... intravenously Q3W (day 1 of each 21-day cycle)"
                        timings.setdefault(r.id_, []).extend(_bracketed_timing(sent, d))
            drugs = sent.of("DRUG")
            for k, drug in enumerate(drugs):
                found = after.match(text, drug.end_char, sent.end_char)
                if found is None:
                    start = drugs[k - 1].end_char if k else sent.start_char
                    found = before.search(text, max(start, drug.start_char - 80), drug.start_char)
                # the route word's own ROUTE mention gives the normalised route
                route = found and next((r.id_ for r in sent.of("ROUTE") if r.start_char == found.start(1)), None)
                if route:
                    routes.setdefault(drug.id_, set()).add(route)
        for arm in arms:
            for comp in arm.components:
                found_routes = routes.get(comp["name"]) or (every if len(every) == 1 else None)
                if comp["kind"] == "drug" and comp.get("route") is None and found_routes and len(found_routes) == 1:
                    comp["route"] = next(iter(found_routes))
                shared = intervals.get(comp.get("route")) if len(every) == 1 else None
                if comp["kind"] == "drug" and shared and len({d.text for d in shared}) == 1 \
                        and comp.get("frequency") is None and not comp["name"].endswith(self.daily_oral_stems):
                    apply_shared_detail(comp, shared[0])
                    for d in timings.get(comp["route"], []):
                        if comp.get(SCHEDULE_FIELD[d.id_]) is None:
                            apply_shared_detail(comp, d)

    def add_procedure_contents(self, view: DocView, arms: list[Arm]) -> None:
        """"HAIC comprised oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and fluorouracil ..." or
        "For HAIC, ... oxaliplatin 85 mg/m2 ... were delivered": the drugs of a sentence that says
        what a procedure consists of belong to every arm that has the procedure."""
        text = view.text
        before, after = self.procedure_topic
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            procs = sent.of("PROCEDURE")
            read = False  # whether a procedure's contents were read in the sentence
            read_from: Optional[int] = None  # where the next procedure's own contents clause starts
            for k, proc in enumerate(procs):
                if read_from is not None and proc.start_char < read_from:
                    continue
                if self.names_an_arm.match(text, proc.end_char, sent.end_char):
                    continue  # "In the TACE-L arm, lenvatinib ...": an arm, not what TACE consists of
                topic = before.fullmatch(text, sent.start_char, proc.start_char) and \
                    after.match(text, proc.end_char, sent.end_char)
                lead = topic or self.procedure_content.match(text, proc.end_char, sent.end_char)
                loose = not lead  # a looser lead: its drugs are only news no arm has yet
                if loose:  # "... TACE sessions ...; every session used an emulsion of epirubicin and Lipiodol"
                    lead = self.emulsion_of.search(text, proc.end_char, sent.end_char)
                if not lead and self.procedure_opening.fullmatch(
                        text, max(sent.start_char, text.rfind("|", sent.start_char, proc.start_char) + 1), proc.start_char):
                    # a description (or a table cell) that opens on the procedure: "TACE with epirubicin
                    # 30-60 mg ...", "Conventional TACE with ...", "| Super-selective DEB-TACE with ..."
                    lead = self.procedure_with.match(text, proc.end_char, sent.end_char)
                    # "HAIC-FOLFOX (oxaliplatin 85 mg/m2, ...)": a bracket of doses right after the
                    # procedure is what it consists of, whatever the arms already name
                    loose = lead is None or "(" not in lead.group()
                if not lead:
                    continue
                if not any(e.label_ == "DRUG" and e.start_char > proc.end_char for e in sent.ents):
                    continue
                # "Each HAIC session, repeated every 3 weeks, consisted of ...": a schedule written
                # before the contents is the procedure's and every drug's in it
                shared = [e for e in sent.ents if e.label_ == "SCHEDULE"
                          and proc.end_char <= e.start_char and e.end_char <= lead.end()]
                # "...; in the TACE-L group, oral lenvatinib ...": a clause about one arm ends the contents
                other = self.arm_clause.search(text, lead.end(), sent.end_char)
                end = other.start() if other else sent.end_char
                # "cTACE used epirubicin ... ; DEB-TACE used ... doxorubicin ...": another procedure's
                # own contents end this one's
                nxt = next((p for p in procs[k + 1:] if lead.end() <= p.start_char < end and p.id_ != proc.id_
                            and self.procedure_content.match(text, p.end_char, sent.end_char)), None)
                if nxt is not None:
                    end = max(marks.top_level(text, ";", lead.end(), nxt.start_char), default=nxt.start_char)
                # "...; toripalimab was continued as maintenance": not the procedure's
                clause_end = next(marks.top_level(text, ";", lead.end(), end), end)
                comps = _in_every_target([c for c in statement(sent, lead.end() if shared else proc.end_char, end,
                                                               self.expand, self.given) if c["kind"] == "drug"],
                                         0, clause_end, arms, [a for a in arms if proc.id_ in a.names])
                for c in comps:
                    if c.get("evidence") and c["evidence"][0][0] >= clause_end:
                        continue  # "...; lenvatinib was withheld on HAIC days": a later clause's drug
                    for s in shared:
                        if s.id_ != "once":  # "TACE was performed once, with epirubicin ...": the procedure's only
                            apply_shared_detail(c, s)
                if not shared:
                    shared = self._contents_interval(sent, lead.end(), comps)
                if loose and any({c["name"] for c in comps} & arm.names for arm in arms):
                    break  # "CDDP-TACE with cisplatin ...": one arm's procedure, not every arm's
                for arm in arms:
                    if proc.id_ in arm.names:
                        for own in arm.components:
                            if own["name"] == proc.id_ and own.get("frequency") is None:
                                for s in shared:
                                    apply_shared_detail(own, s, procedures=True)
                        _add_components(arm, comps)
                read = True
                if nxt is None:
                    break
                read_from = nxt.start_char
            if not read:
                # a sentence naming no procedure: a course's drugs ("Each course consisted of ..."), else drugs
                # given by the route a procedure delivers ("... were infused through the hepatic arterial catheter")
                course = self.regimen_content.search(sent.text)
                if course:
                    self._unnamed_procedure_content(sent, arms, sent.start_char + course.end())
                else:
                    self._routed_procedure_content(sent, arms)
        self._emulsion_after_procedure(view, arms)

    def add_bracket_session_interval(self, view: DocView, arms: list[Arm]) -> None:
        """"HAIC-FOLFOX (oxaliplatin 85 mg/m2, leucovorin ... and fluorouracil ..., all repeated
        every 3 weeks)": an interval every drug in the bracket written right after a procedure's
        name is given at is the procedure's session interval too (as for contents in a sentence)."""
        text = view.text
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS or "(" not in sent.text:
                continue
            for proc in sent.of("PROCEDURE"):
                bracket = self.bracket_after_name.match(text, proc.end_char, sent.end_char)
                close = marks.closing(text, bracket.end(), sent.end_char) if bracket else None
                if close is None:
                    continue
                comps = [c for c in statement(sent, bracket.end(), close, self.expand, self.given) if c["kind"] == "drug"]
                shared = self._contents_interval(sent, bracket.end(), comps, close)
                for arm in arms:
                    if not shared or proc.id_ not in arm.names or not {c["name"] for c in comps} <= arm.names:
                        continue
                    for own in arm.components:
                        if own["name"] == proc.id_ and own.get("frequency") is None:
                            apply_shared_detail(own, shared[0], procedures=True)

    def add_procedure_as_in_arm(self, view: DocView, arms: list[Arm]) -> None:
        """"Group 2: TACE alone (n = 81): conventional TACE as in group 1": a procedure written as
        another arm's has the drugs that arm gives inside it, those written in the bracket after the
        other arm's mention of the procedure ("conventional TACE (doxorubicin 50 mg emulsified in
        5 to 15 mL of Lipiodol ...)")."""
        text = view.text
        for arm in arms:
            for proc in (c for c in arm.components if c["kind"] == "procedure"):
                donor = self._arm_written_after(proc, arm, arms, text)
                if donor is None:
                    continue
                given = set()
                for _start, end in next((c.get("evidence", []) for c in donor.components if c["name"] == proc["name"]), []):
                    close = marks.after_brackets(text, end, donor.start_char + len(donor.text))
                    given |= {c["name"] for c in donor.components if c["kind"] == "drug"
                              and c.get("evidence") and end < c["evidence"][0][0] < close}
                _add_components(arm, [dict(c) for c in donor.components if c["name"] in given - arm.names])

    def _arm_written_after(self, proc: dict, arm: Arm, arms: list[Arm], text: str) -> Optional[Arm]:
        """The other arm named right after a mention of ``proc`` in ``arm``'s own text ("TACE as in
        group 1"), or, for "the same TACE", the one other arm with the procedure; None otherwise."""
        for start, end in proc.get("evidence", []):
            if not arm.start_char <= end <= arm.start_char + len(arm.text):
                continue
            m = self.procedure_as_in_arm.match(text, end)
            donor = next((other for other in arms if other is not arm and m.group(1).lower() in other.aliases), None) \
                if m else None
            if donor is None and self.procedure_same_before.search(text, max(0, start - 30), start):
                others = [other for other in arms if other is not arm and proc["name"] in other.names]
                donor = others[0] if len(others) == 1 else None
            if donor is not None:
                return donor
        return None

    @staticmethod
    def _contents_interval(sent: Sentence, start: int, comps: list[dict], end: Optional[int] = None) -> list[Span]:
        """"HAIC-FOLFOX consisted of oxaliplatin ..., leucovorin ... and fluorouracil ..., all
        delivered ..., every 3 weeks": an interval every listed drug was given at is the
        procedure's session interval too (its schedule span, or none)."""
        freqs = {c.get("frequency") for c in comps}
        if len(comps) < 2 or len(freqs) != 1 or next(iter(freqs)) not in INTERVAL_DAYS:
            return []
        freq = next(iter(freqs))
        end = sent.end_char if end is None else end
        return [e for e in sent.ents if e.label_ == "SCHEDULE" and start <= e.start_char and e.end_char <= end
                and parse_frequency(e.text) == freq][-1:]

    def _emulsion_after_procedure(self, view: DocView, arms: list[Arm]) -> None:
        """"In both arms, conventional TACE was performed ... . After angiography, an emulsion of
        epirubicin (30-50 mg) and lipiodol (5-20 mL) was injected ...": the drugs of an emulsion
        written in the sentence after a procedure, naming none, belong to every arm with it."""
        sentences = view.own_sentences()
        for i, sent in enumerate(sentences):
            if not i or sent.of("PROCEDURE") or sent.section in ELIGIBILITY_SECTIONS:
                continue
            m = self.emulsion_of.search(sent.text)
            if not m:
                continue
            procs = sentences[i - 1].of("PROCEDURE")
            if not procs or sentences[i - 1].index != sent.index - 1:
                continue
            comps = [c for c in statement(sent, sent.start_char + m.end(), sent.end_char, self.expand, self.given)
                     if c["kind"] == "drug"]
            names = {c["name"] for c in comps}
            for arm in arms:
                if comps and procs[-1].id_ in arm.names and not names & arm.names:
                    _add_components(arm, [dict(c) for c in comps])

    def add_escalated_doses(self, view: DocView, arms: list[Arm]) -> None:
        """"Apatinib was taken at 250 mg once daily. ... the dose was escalated to 500 mg qd": a
        level that the drug last named in the two sentences before is raised to, written without
        the drug's name, is a component of its own (one per level, as the contract reads
        escalation) in each arm that has the drug at another dose."""
        sentences = view.own_sentences()
        for i, sent in enumerate(sentences):
            if sent.section in ELIGIBILITY_SECTIONS or not i or sent.of("DRUG"):
                continue
            dose = next((d for d in sent.of("DOSE") if any(m.end() == d.start_char for m in
                                                          self.escalated_to.finditer(sent.doc_text, sent.start_char, d.start_char))), None)
            if dose is None:
                continue
            drugs = [e for s in sentences[max(0, i - 2):i] for e in s.of("DRUG")]
            if not drugs:
                continue
            name = component_of(drugs[-1], self.expand)[0]["name"]
            level = parse_dose(dose.text)
            if level is None:
                continue
            schedule = next((x for x in sent.of("SCHEDULE") if 0 <= x.start_char - dose.end_char <= 3), None)
            for arm in arms:
                base = next((c for c in arm.components if c["name"] == name and c.get("dose") is not None), None)
                if base is None or base.get("dose") == level.dose:
                    continue
                comp = {k: v for k, v in base.items() if k in ("kind", "name", "route", "days", "cycle_days")}
                comp.update(dose=as_int_or_float(level.dose), dose_max=as_int_or_float(level.dose_max), unit=level.unit,
                            frequency=parse_frequency(schedule.text) if schedule is not None else base.get("frequency"),
                            evidence=[[dose.start_char, dose.end_char]])
                arm.components.append(comp)

    def names_of_parts(self, view: DocView, arms: list[Arm]) -> None:
        """"Part A (dose escalation) ...; Part B (expansion) ..." or "the dose-escalation (Cohort A)
        and expansion (Cohort B) parts": "Part A" names the escalation arm and "Part B" the expansion
        arm, for sizes and results written by code."""
        for m in self.part_defined.finditer(view.text):
            tag = "phase1" if m.group(2) else "mtd"
            for arm in arms:
                if arm.tag == tag:
                    arm.aliases.add(" ".join(m.group(1).lower().split()))
        for m in self.part_defined_after.finditer(view.text):  # "the dose-escalation (Cohort A) and expansion (Cohort B) parts"
            tag = "phase1" if m.group(1) else "mtd"
            for arm in arms:
                if arm.tag == tag:
                    arm.aliases.add(" ".join(m.group(3).lower().split()))

    def _combination_forms(self, view: DocView) -> list[tuple[str, list[dict]]]:
        """(short form, components) of each short form defined for two or more treatments
        ("atezolizumab plus bevacizumab (Ate/Bev)"), not for alternatives ("SBRT or RFA")."""
        out = []
        for defined in view.doc._.abbreviations:
            short = defined["short"]
            if len(short) < 2 or _ALTERNATIVES.search(defined["long"]) or re.search(
                    r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", defined["long"], re.I):
                continue  # (a word of the long form is no short form of it; "AB" inside "atezolizumab" is)
            comps = {c["name"]: c for sent in view.sentences if sent.start_char < defined["end"] and sent.end_char > defined["start"]
                     for e in sent.ents if e.label_ in TREATMENT_LABELS
                     and defined["start"] <= e.start_char and e.end_char <= defined["end"] - len(short)
                     for c in [dict(c, evidence=[[e.start_char, e.end_char]]) for c in component_of(e, self.expand)]}
            if len(comps) >= 2:
                out.append((short, list(comps.values())))
        return out

    @staticmethod
    def combinations_from_short_forms(arms: list[Arm], forms: list[tuple[str, list[dict]]]) -> None:
        """"236 received Ate/Bev": an arm named by a combination's short form (``forms``: see
        ``_combination_forms``) holds all its treatments, not only the one a part of the short form
        is tagged as ("Bev")."""
        for short, comps in forms:
            names = {c["name"] for c in comps}
            word = re.compile(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])")
            for arm in arms:
                if arm.names and arm.names < names and arm.text and word.search(arm.text):
                    arm.components = arm.components + [dict(c) for c in comps if c["name"] not in arm.names]

    @staticmethod
    def names_from_abbreviations(arms: list[Arm], forms: list[tuple[str, list[dict]]]) -> None:
        """"TACE combined with donafenib (TACE-D)": a short form defined for two or more treatments
        (``forms``) names the arm with all of them that adds the fewest others ("in TACE-D group",
        "the TACE-D arm"); not "SBRT or RFA (SBRT, n = 40; ...)"."""
        for short, comps in forms:
            short = short.lower()
            names = {c["name"] for c in comps}
            named = sorted((len(a.names - names), k) for k, a in enumerate(arms) if names <= a.names)
            if named and (len(named) == 1 or named[0][0] < named[1][0]):
                # the arm that adds least to them: "LEN-TACE" is lenvatinib plus TACE, not LEN-TACE-RT
                arms[named[0][1]].aliases |= _with_group_nouns(short)

    @staticmethod
    def names_from_defined_labels(view: DocView, arms: list[Arm]) -> None:
        """"sTAC = standard-exposure tacrolimus" with an arm labelled "Standard-Exposure Tacrolimus" (its
        title's words): the short form names that arm ("59 to sTAC"), though its treatment is every arm's;
        so does a defined short form the label opens with ("to AR (segmentectomy or sectionectomy ...)",
        "anatomical resection (AR)" defined before; "L/S chosen by the investigator ..."), unless it is the
        short form of a treatment the arms are given ("TACE group")."""
        labels = [(" ".join(a.label.lower().split()) + " ", k) for k, a in enumerate(arms) if a.label]
        for defined in view.doc._.abbreviations:
            long = " ".join(defined["long"].lower().split()) + " "
            short = defined["short"].lower()
            opened = [k for label, k in labels if label.startswith(short + " ") and arms[k].label.startswith(defined["short"])]
            if opened and any(e.label_ in TREATMENT_LABELS and e.start_char == defined["start"]
                              and e.end_char == defined["start"] + len(defined["long"]) for e in view.doc.ents):
                opened = []  # a treatment's own short form, whose long form is a treatment: "TACE group" (other arms get TACE too)
            named = opened or [k for label, k in labels if label.startswith(long)]  # (the title's "... after Liver Transplantation")
            # (a long form of two words or more, and a short form no arm goes by or has in its label yet, but the
            # label it opens: not "APA" of "apatinib ... (APA)" beside "(CAM+APA)")
            if len(named) == 1 and len(short) >= 2 and long.count(" ") >= 2 and not any(
                    short in a.aliases or (k not in opened and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", a.label.lower()))
                    for k, a in enumerate(arms)):
                arms[named[0]].aliases |= _with_group_nouns(short)

    def names_from_coded_groups(self, view: DocView, arms: list[Arm]) -> None:
        """"to Arm A (TACE-T-L) or Arm B (TACE-L)": a group's letter with a short form whose parts
        are the initials or starts of one arm's treatments (:func:`arm_of_short_parts`) names that
        arm, by its letter and its short form; a short form of one part ("Arm B (SOR)") must fit
        one arm only, and every pair a sentence writes must name a different arm, or none is read."""
        if len(arms) < 2:
            return
        for sent in view.own_sentences():
            found = []
            for m in self.coded_group.finditer(sent.text):
                letter, code = m.group("letter"), m.group("code")
                parts = [p.lower() for p in re.split(r"[-+/]", code)]
                found.append((arm_of_short_parts(parts, arms, fewest=len(parts) > 1), letter.lower(), code.lower()))
            if not found or any(k is None for k, _, _ in found) or len({k for k, _, _ in found}) != len(found):
                continue
            for k, letter, code in found:
                arms[k].aliases |= {f"{noun} {letter}" for noun in _GROUP_NOUNS} | _with_group_nouns(code)

    def names_from_bracketed_groups(self, view: DocView, arms: list[Arm]) -> None:
        """"toripalimab + bevacizumab alone (Cohort A) or combined with IMRT to PVTT (Cohort B)": a
        group's name in brackets after what it received names the one arm given that ("alone": given
        only that; else the one arm given all of it), when each name in the sentence finds its own arm
        and no arm has the name yet."""
        if len(arms) < 2 or self.bracketed_group.search(view.text) is None:
            return
        for sent in view.own_sentences():
            found, prev = [], sent.start_char
            for m in self.bracketed_group.finditer(sent.doc_text, sent.start_char, sent.end_char):
                names = {c["name"] for e in sent.ents if prev <= e.start_char and e.end_char <= m.start()
                         and e.label_ in TREATMENT_LABELS for c in component_of(e, self.expand)}
                alone = self.bracketed_group_alone.search(sent.doc_text, prev, m.start()) is not None
                fits = [k for k, arm in enumerate(arms) if names and (arm.names == names if alone else names <= arm.names)]
                found.append((fits[0] if len(fits) == 1 else None, f"{m.group('noun').lower()} {m.group('id').lower()}"))
                prev = m.end()
            if len(found) < 2 or any(k is None for k, _ in found) or len({k for k, _ in found}) != len(found) \
                    or any(name in arm.aliases for _, name in found for arm in arms):
                continue
            for k, name in found:
                arms[k].aliases.add(name)

    def _names_of_group(self, word: str) -> set:
        """What an arm called by ``word`` is written as: "the neoadjuvant group" (arm, cohort), and for
        a phase of care also "neoadjuvant therapy" (treatment): "events during neoadjuvant therapy"; for a way
        of dosing "continuous dosing"."""
        names = {f"{word} {noun}" for noun in _GROUP_NOUNS}
        if word in self.dosing_schedule:  # "with continuous dosing"
            names |= {f"{word} dosing", f"{word} schedule", f"{word} administration"}
        return names | {f"{word} therapy", f"{word} treatment"} if word in self.phase_of_care else names

    def names_against_no_treatment(self, view: DocView, arms: list[Arm]) -> None:
        """A treatment arm against an arm with none ("adjuvant X or active surveillance") is "the
        adjuvant group" or "the treatment group" (a phase of care the text writes with a group noun),
        and the other "the surveillance group" or "the control group"."""
        untreated = [a for a in arms if not a.components]
        if len(arms) != 2 or len(untreated) != 1:
            return
        treated = next(a for a in arms if a.components)
        name = untreated[0].label.lower()
        heads = {name, name.split()[-1], "control"}
        untreated[0].aliases |= {f"{h} {n}" for h in heads for n in _GROUP_NOUNS} | {name}
        words = [w for w in sorted(self.phase_of_care)
                 if re.search(rf"\b{re.escape(w)}\s+(?:group|arm|cohort|therapy|treatment)\b", view.text, re.I)]
        for word in words + ["treatment", "intervention"]:
            treated.aliases |= self._names_of_group(word)

    def names_from_what_they_received(self, view: DocView, arms: list[Arm]) -> None:
        """"Patients allocated to the RT-S arm received intensity-modulated radiotherapy", "Patients in
        group B underwent hepatectomy": a short name with a group noun that names no arm yet is the
        name of the arm given most of what the clause says its patients received (an alias for later
        references: "97 to RT-S", "with RT-S", "in group B")."""
        if len(arms) < 2:
            return
        for sent in view.own_sentences():
            m = self.named_arm_received.search(sent.text)
            if not m:
                continue
            which = "code" if m.group("code") else "lettered"
            code = re.sub(r"\s+", " ", m.group(which)).lower()
            a, b = sent.start_char + m.start(which), sent.start_char + m.end(which)
            if any(code in arm.aliases for arm in arms) or any(
                    e.label_ in TREATMENT_LABELS and e.start_char < b and a < e.end_char for e in sent.ents):
                continue  # (not "the RFA group": a treatment's name, read as one)
            lo = sent.start_char + m.end()
            end = _clause_end(sent, lo)
            cut = _NOT_GIVEN.search(sent.doc_text, lo, end)  # "... the same ablation without prior TACE"
            end = cut.start() if cut else end
            names = {c["name"] for e in sent.ents if lo <= e.start_char and e.end_char <= end
                     and e.label_ in TREATMENT_LABELS for c in component_of(e, self.expand)}
            # the arm with most of them ("group A received camrelizumab plus apatinib, followed by
            # hepatectomy": the camrelizumab arm, whichever arm also has the hepatectomy)
            shared = sorted(((len(names & arm.names), k) for k, arm in enumerate(arms)), reverse=True)
            if shared[0][0] and shared[0][0] > shared[1][0]:
                arms[shared[0][1]].aliases |= _with_group_nouns(code) if which == "code" else {code}

    def names_from_size_lists(self, view: DocView, arms: list[Arm]) -> None:
        """"randomized (New FP, n = 50; sorafenib, n = 52)": a name that is not one of the arms'
        treatments is the other arm's name (an alias for later references), with its size."""
        if len(arms) != 2:
            return
        for sent in view.own_sentences():
            m = self.size_list.search(sent.text)
            if not m:
                continue
            group = self.group_statement.search(sent.text, 0, m.start())
            g = (1 if group.group(1) else 2) if group else 0
            if group and self.arm_named(sent, sent.start_char + group.start(g), sent.start_char + group.end(g),
                                        group.group(g), arms, with_noun=True) is not None:
                continue  # "In the HAIC group, FOLFOX4 or mFOLFOX7 was infused (FOLFOX4, n=31; mFOLFOX7, n=27)": inside one arm
            found = []
            for name_group, n_group in ((1, 2), (3, 4)):
                a, b = sent.start_char + m.start(name_group), sent.start_char + m.end(name_group)
                names = {c["name"] for e in sent.ents if a <= e.start_char and e.end_char <= b
                         and e.label_ in TREATMENT_LABELS for c in component_of(e, self.expand)}
                own = [k for k, arm in enumerate(arms) if names and names <= arm.names]
                found.append((m.group(name_group).strip(), int(m.group(n_group).replace(",", "")), own))
            known = [f for f in found if len(f[2]) == 1]
            unknown = [f for f in found if not f[2]]
            if len(known) == 1 and len(unknown) == 1:
                other = 1 - known[0][2][0]
                name, n, _ = unknown[0]
                arms[other].aliases.add(name.lower())
                arms[other].n = arms[other].n or n
                arms[known[0][2][0]].n = arms[known[0][2][0]].n or known[0][1]
            return

    def _unnamed_procedure_content(self, sent: Sentence, arms: list[Arm], start: int) -> None:
        """"Each New FP course (...) consisted of cisplatin 50 mg ... and 5-fluorouracil": drugs of a
        course that names no procedure (from ``start``, after "consisted of") go to the one arm built on
        a procedure that has none of them."""
        comps = [c for c in statement(sent, start, sent.end_char, self.expand, self.given) if c["kind"] == "drug"]
        names = {c["name"] for c in comps}
        if not comps:
            return
        hosts = [a for a in arms if any(c["kind"] == "procedure" for c in a.components) and not names & a.names]
        if len(hosts) == 1:
            hosts[0].components = merge_components(hosts[0].components + [dict(c) for c in comps])

    def _routed_procedure_content(self, sent: Sentence, arms: list[Arm]) -> None:
        """"Oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and fluorouracil ... were infused through the
        hepatic arterial catheter": drugs no arm has yet, all given by the route a procedure delivers
        (``procedure_routes``: HAIC, intra-arterial), in a sentence naming no procedure, are the
        contents of that procedure in every arm that has it."""
        if not any(e.label_ == "ROUTE" for e in sent.ents):
            return
        comps = [c for c in statement(sent, sent.start_char, sent.end_char, self.expand, self.given) if c["kind"] == "drug"]
        if not comps or any(c["name"] in a.names for c in comps for a in arms):
            return
        for proc, route in self.procedure_routes.items():
            hosts = [a for a in arms if proc in a.names]
            if hosts and len(hosts) < len(arms) and all(c.get("route") == route for c in comps):
                for arm in hosts:
                    _add_components(arm, [dict(c) for c in comps])
                return

    def class_members(self, view: DocView) -> dict[str, list[dict]]:
        """The drugs the text lists for each drug class ("a PD-1 inhibitor (camrelizumab 200 mg,
        sintilimab 200 mg, or toripalimab 240 mg) was given intravenously every 3 weeks"), with
        their doses; what is written after the list (route, schedule) is every listed drug's. The
        first list of a class is kept."""
        out: dict[str, list[dict]] = {}
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            text = sent.doc_text
            for cls in sent.of("DRUG_CLASS"):
                name = CLASS_PREFIX + cls.id_
                opener = self.members_after.match(text, cls.end_char, sent.end_char)
                if name in out or not opener or not self.given(cls, text):
                    continue
                bracket = opener.group().rstrip().endswith("(")
                close = marks.closing(text, opener.end(), sent.end_char) if bracket else None
                stop = close if close is not None else _clause_end(sent, opener.end())
                drugs = [e for e in sent.ents if e.label_ == "DRUG" and opener.end() <= e.start_char and e.end_char <= stop]
                details = [e for e in sent.ents if e.label_ in ("DOSE", "SCHEDULE", "ROUTE") and opener.end() <= e.start_char < stop]
                if not drugs or len(gap_without(text, opener.end(), drugs[0].start_char, details).strip()) > 2:
                    continue  # ("was oral sorafenib": the route before the first drug is no gap)
                members = [drugs[0]]
                for prev, nxt in zip(drugs, drugs[1:]):
                    if not self.member_gap.fullmatch(gap_without(text, prev.end_char, nxt.start_char, details)):
                        break
                    members.append(nxt)
                if len(members) < 2 and not bracket:
                    continue  # "ICIs such as nivolumab were approved": one example is not a list
                names = {c["name"] for m in members for c in component_of(m, self.expand)}
                end = _clause_end(sent, stop)
                comps = [c for c in statement(sent, opener.end(), end, self.expand, self.given) if c["name"] in names]
                after = members[-1].end_char if close is None else close + 1
                trailing = [e for e in sent.ents if e.label_ in ("ROUTE", "SCHEDULE") and after <= e.start_char < end
                            and not any(t.label_ in TREATMENT_LABELS and after <= t.start_char < e.start_char for t in sent.ents)]
                for comp in comps:
                    for d in trailing:
                        if [d.start_char, d.end_char] not in comp.get("evidence", []):
                            apply_shared_detail(comp, d)
                out[name] = merge_components(comps)
        return out

    def resolve_classes(self, view: DocView, arms: list[Arm]) -> None:
        """A drug class named as an arm's treatment ("TACE plus lenvatinib plus PD-1 inhibitors")
        separates that arm from the others while they are built; it then stands for the drugs the
        text lists for the class (or, when the arm names some of them already, completes their
        details). The class itself is no component of the record (the contract names drugs)."""
        if not any(is_class(c) for arm in arms for c in arm.components):
            return
        listed = self.class_members(view)
        for arm in arms:
            classes = [c["name"] for c in arm.components if is_class(c)]
            if not classes:
                continue
            comps = [c for c in arm.components if not is_class(c)]
            for name in classes:
                members = listed.get(name, [])
                given = {c["name"] for c in comps}
                if given & {m["name"] for m in members}:
                    # the arm names its drugs elsewhere ("In the TACE-L-P group, ..."): the list
                    # completes their details only
                    members = [m for m in members if m["name"] in given]
                comps += [dict(m, evidence=list(m.get("evidence", []))) for m in members]
            arm.components = merge_components(comps)

    def build(self, view: DocView) -> list[Arm]:
        arms = self._build(view)
        self.resolve_classes(view, arms)
        self.add_described_routes(view, arms)
        self.add_drugs_together(view, arms)
        self.add_dose_sentence(view, arms)
        self.add_treatment_cycle(view, arms)
        share_procedure_interval(arms, self.infusion_procedures)  # (a single arm's too)
        self.names_from_what_they_received(view, arms)
        drop_restated_doses(arms, view.text)
        return arms

    def _finish_parts(self, view: DocView, arms: list[Arm]) -> list[Arm]:
        """The arms of a study's parts with the details written elsewhere, what every part is given
        ("In all parts of the study, A was taken ... and B 200 mg ...") and the parts' names."""
        self.fill_details(arms, self.statements(view, exclude=set()))
        self.add_shared(view, arms)
        # a route or schedule the details gave one part's drug completes the other part's too
        for escalation in (a for a in arms if a.tag == "phase1"):
            for expansion in (a for a in arms if a.tag == "mtd"):
                _share_schedule(escalation, expansion)
        self.names_of_parts(view, arms)
        return arms

    def _build(self, view: DocView) -> list[Arm]:
        arms = self.from_registry(view) or self.from_results_groups(view) or self.from_arm_lines(view)
        listed = [] if arms else self.from_arm_list(view)
        arms = arms or listed or self.from_group_blocks(view) or self.from_cohort_clauses(view) or self.from_group_clauses(view)
        # the sentence that lists the arms gives each its own part, not details every arm with the drug takes
        secondary, used = [], {s.index for a in listed[:1] for s in view.sentences if s.start_char <= a.start_char < s.end_char}
        if not arms:
            arms, secondary, used = self.from_arm_sentences(view)
        if not arms:
            arms = self.from_group_sentences(view) or self.from_divided_groups(view)
        if not arms:
            parts = self.from_part_sentences(view)
            if parts:
                return self._finish_parts(view, parts)
        if not arms:
            arms = self.from_groups(view)
        if len(arms) < 2 or _indistinct(arms):
            # "to the TACE-L group or the TACE group" read as two TACE arms, or one arm read from the
            # sentences about one group ("In the EVR+rTAC arm, everolimus ..."): the title's arms, if it has two
            titled = self.from_title(view)
            arms = titled if titled and (not arms or len(titled) >= 2) and not _indistinct(titled) else arms
        if not arms:
            phase1 = self.phase1_arm(view)
            if phase1 is None:
                arms = [self.single_arm(view)]
                self.add_escalated_doses(view, arms)
                control = self.external_control_arm(view, arms[0])
                if control is not None:
                    arms[0].aliases |= self.trial_cohort_aliases
                    arms.append(control)
                return arms
            arms = self.escalation_parts(view) or self.from_escalation_and_expansion(view, phase1)
            if arms:
                return self._finish_parts(view, arms)
            phase1.tag = None  # a dose-escalation study without an expansion part: its starting level
            return [phase1]
        phase1 = self.phase1_arm(view)
        if phase1 is not None and not any(a.tag == "phase1" or self.phase1_label.match(a.label) for a in arms):
            arms.insert(0, phase1)  # (not beside a registry's own phase 1 groups: "Experimental: Phase 1: X 80 mg")
        forms = self._combination_forms(view)
        self.combinations_from_short_forms(arms, forms)
        self.names_from_abbreviations(arms, forms)  # before group statements: "In HAIC-LT group, ..."
        self.names_from_defined_labels(view, arms)
        self.names_from_coded_groups(view, arms)  # before group statements: "In Arm A, ..."
        self.names_from_bracketed_groups(view, arms)
        # "In the FOLFOX-HAIC group, oxaliplatin 130 mg/m2 ...": a sentence about one named arm is that
        # arm's (add_group_statements), not a detail every arm with the drug takes
        self.fill_details(arms, self.statements(view, exclude=used | self._one_group_sentences(view, arms),
                                                arm_sentences=frozenset(used)))
        self.add_shared(view, arms)
        self.add_procedure_contents(view, arms)
        self.add_procedure_as_in_arm(view, arms)
        self.add_bracket_session_interval(view, arms)
        self.add_group_statements(view, arms)
        share_sibling_details(arms, self.same_dose)
        self.add_escalated_doses(view, arms)
        self.names_from_size_lists(view, arms)
        self.names_against_no_treatment(view, arms)
        for alt_arms in secondary:
            for other in alt_arms:
                same = [a for a in arms if a.names == other.names]
                # (not when two arms give the same treatments: "94 to LH and 92 to OH", both resection)
                if len(same) == 1 and same[0].n is None and other.n is not None:
                    same[0].n = other.n
        return arms
