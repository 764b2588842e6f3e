"""Regimen statements: the treatment mentions in a stretch of text with their doses, schedules,
routes and radiation doses attached.

Attachment rules (in one sentence range):
* a detail directly before a treatment, with only brackets, "of", "a", "dose" between ("35 mg/m2
  oxaliplatin", "a daily dose of 800 mg of sorafenib", "oral lenvatinib") goes forward;
* otherwise a detail goes to the nearest treatment before it ("sorafenib (400 mg twice daily)");
* each dose opens a component, so "400 mg ... followed by 800 mg" or "12 mg/day ... or 8 mg/day"
  give one component per level; schedules go to the dose they follow;
* a "days" schedule inside brackets applies to every drug in those brackets, a cycle length
  ("28-day cycles") to every drug of the sentence, and an interval written after drugs that have
  days ("days 1-3 ... every 4 weeks") is their cycle length, not a frequency; after a drug given on
  one day of the cycle ("on day 1 every 3 weeks") it is both.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from spacy.tokens import Span

from .cues import compile_cues
from .docview import TREATMENT_LABELS, Sentence, component_of
from .marks import closing, open_before
from .marks import ranges as bracket_pairs
from .normalize import (DAILY_CODES, INTERVAL_DAYS, as_int_or_float, parse_cycle_days, parse_days,
                        parse_dose, parse_frequency, parse_on_off, parse_radiation)
from .resources import grammar, load_json

DETAIL_LABELS = ("DOSE", "SCHEDULE", "ROUTE", "RADIATION_DOSE")


@lru_cache(maxsize=1)
def attachment_cues() -> dict:
    """The attachment cues of regimen statements (``patterns/regimen.json``), compiled like the
    linker's (case-insensitive regexes, word lists as sets)."""
    cues = compile_cues(load_json("regimen.json"))
    cues["daily_oral_stems"] = tuple(cues["daily_oral_stems"])  # for str.endswith
    return cues


_RESTATED = grammar("regimen", "restated")  # "IBI305, a bevacizumab biosimilar": one drug named twice
_OTHER_UNIT_DOSE = grammar("regimen", "other_unit_dose")  # "1.85 GBq (" 50 mCi ")"
_OTHER_UNIT_DOSE_CLOSE = grammar("regimen", "other_unit_dose_close")
_VOLUME = grammar("regimen", "volume")  # "emulsified in lipiodol 5-15 mL": a volume is the vehicle's own dose
_ALTERNATIVE_GAP = grammar("regimen", "alternative_gap")  # "QD or BID", "q2w/q3w"
_PHASE_GAP = grammar("regimen", "phase_gap")  # "weekly for four doses, then every 4 weeks"
_ALTERNATIVE_DOSE_GAP = grammar("regimen", "alternative_dose_gap")  # "40 Gy (tumours <=3 cm) or 35 Gy"
_BARE_ALTERNATIVE_DOSE = grammar("regimen", "bare_alternative_dose")  # "12 or 8 mg": 12 mg, or 8 mg

DETAIL_FIELDS = ("dose", "dose_max", "unit", "frequency", "days", "cycle_days", "route",
                 "technique", "dose_per_fraction", "fractions")


def has_details(c: dict) -> bool:
    return any(c.get(k) is not None for k in DETAIL_FIELDS if k != "technique")


def _evidence(span: Span) -> list[int]:
    return [span.start_char, span.end_char]


def _beside_an_event(sent: Sentence, span: Span) -> bool:
    """"(immune-mediated hepatitis, day 38)": a day inside a bracket that names an adverse event
    is when the event happened, not a schedule."""
    opened = open_before(sent.doc_text, sent.start_char, span.start_char)
    if opened is None:
        return False
    return any(opened < t.start_char < span.start_char for t in sent.of("AE_TERM"))


def gap_without(text: str, start: int, end: int, details) -> str:
    """``text[start:end]`` with the details written inside it blanked out: what stands between two
    mentions once their own doses and schedules are set aside ("camrelizumab 200 mg, sintilimab")."""
    gap = text[start:end]
    for d in details:
        if start <= d.start_char and d.end_char <= end:
            gap = gap.replace(d.text, " ")
    return gap


def _in_other_unit(text: str, dose: Span, before: Span) -> bool:
    """Whether ``dose`` restates, in another unit and in a bracket, the dose ``before`` it, the
    entity right before it ("1.85 GBq (50 mCi)")."""
    return before.label_ == "DOSE" and _unit_word(before.text) != _unit_word(dose.text) \
        and _OTHER_UNIT_DOSE.match(text, before.end_char, dose.start_char) is not None \
        and _OTHER_UNIT_DOSE_CLOSE.match(text, dose.end_char) is not None


def _unit_word(dose_text: str) -> str:
    """The letters of a dose's unit ("GBq" of "1.85 GBq")."""
    return "".join(ch for ch in dose_text if ch.isalpha()).lower()


def in_composition(text: str, span: Span, composition: re.Pattern) -> bool:
    """Whether ``span`` is inside a bracket that lists what a product contains ("BCAA granules
    (L-isoleucine 952 mg, L-leucine 1,904 mg ... per sachet)"): an ingredient, not a treatment."""
    lo = max(0, span.start_char - 120)
    opened = open_before(text, lo, span.start_char) if "(" in text[lo:span.start_char] else None
    close = closing(text, opened + 1, min(len(text), span.end_char + 160)) if opened is not None else None
    return close is not None and composition.search(text[opened + 1:close]) is not None


_PLACEBO_OF_BEFORE = grammar("regimen", "placebo_of_before")


def imitated(span: Span, text: str) -> bool:
    """Whether a treatment is named as what a placebo imitates ("placebo matching tislelizumab")."""
    return _PLACEBO_OF_BEFORE.search(text, max(0, span.start_char - 40), span.start_char) is not None


def modified_doses(sent: Sentence, ents) -> list[Span]:
    """The doses of ``ents`` a drug is reduced to ("dose reduction to 8 mg/d, 4 mg/d ..."), not
    planned doses (nor is the schedule written with them: "reduced to 400 mg once daily"), and the
    doses of a part ("0.2 mg of each peptide")."""
    text, cues = sent.doc_text, attachment_cues()
    if cues["dose_change_sentence"].match(text, sent.start_char, sent.end_char):
        return [e for e in ents if e.label_ == "DOSE"]  # "Dose reductions were permitted for A (to 20 mg ...)"
    return [e for e in ents if e.label_ == "DOSE"
            and (cues["modified_dose"].search(text, max(sent.start_char, e.start_char - 90), e.start_char)
                 or cues["part_dose_after"].match(text, e.end_char))]


def planned(details: list[Span], modified: list[Span]) -> list[Span]:
    """``details`` without the ``modified`` doses and the schedules written right after them."""
    return [e for e in details if e not in modified and not (e.label_ == "SCHEDULE" and any(
        0 <= e.start_char - d.end_char <= 2 for d in modified))]


def statement(sent: Sentence, start: int, end: int, expand: Callable, keep: Callable[[Span, str], bool]) -> list[dict]:
    """Components (with details and evidence) for the treatment mentions in [start, end)."""
    text = sent.doc_text
    cues = attachment_cues()
    ents = [e for e in sent.ents if start <= e.start_char and e.end_char <= end]
    mentions = [e for e in ents if e.label_ in TREATMENT_LABELS and keep(e, text) and not (
        e.label_ == "DRUG" and e.id_ in cues["placebo_vehicles"]
        and cues["placebo_bracket"].search(text, max(sent.start_char, e.start_char - 40), e.start_char))]
    modified = modified_doses(sent, ents)
    # nor the dose of a treatment that is not given, written right after it ("placebo matched to
    # cabozantinib 60 mg": cabozantinib's dose, not the placebo's)
    imitations = [e for e in ents if e.label_ in TREATMENT_LABELS and e not in mentions and imitated(e, text)]
    not_given = [e for e in ents if e.label_ == "DOSE" and any(0 <= e.start_char - t.end_char <= 1 for t in imitations)]
    # nor an ingredient's dose in a bracket that lists what a product contains ("BCAA granules
    # (L-isoleucine 952 mg, L-leucine 1,904 mg ... per sachet)")
    modified += [e for e in ents if e.label_ == "DOSE" and e not in modified
                 and in_composition(text, e, cues["composition_bracket"])]
    # nor the volume a drug is diluted in ("200 mg diluted in 250 mL of 5% glucose"; not "dissolved in
    # 10 mL of lipiodol", a drug of its own)
    not_given += [e for e in ents if e.label_ == "DOSE"
                  and cues["diluent_before"].search(text, max(0, e.start_char - 40), e.start_char)
                  and not any(m.label_ == "DRUG" and 0 <= m.start_char - e.end_char <= 12 for m in mentions)]
    # nor a dose restated in another unit in a bracket ("1.85 GBq (50 mCi)")
    not_given += [e for k, e in enumerate(ents) if k and e.label_ == "DOSE" and _in_other_unit(text, e, ents[k - 1])]
    details = [e for e in planned(ents, modified) if e.label_ in DETAIL_LABELS and e not in not_given
               and not (e.label_ == "SCHEDULE" and _beside_an_event(sent, e))
               and not (e.label_ == "SCHEDULE" and e.id_ == "days"
                        and cues["start_day_before"].search(text, max(0, e.start_char - 30), e.start_char))
               and not (e.label_ == "RADIATION_DOSE" and _dosimetry(text, e))]
    # "the median administered activity was 2.4 GBq": what the patients received on average, the dose
    # only where no absorbed dose was prescribed (prefer_activity)
    observed = {(e.start_char, e.end_char) for e in details if e.label_ == "DOSE" and _dosimetry(text, e)}
    assigned: dict[int, list[Span]] = {i: [] for i in range(len(mentions))}
    drug_idx = [i for i, m in enumerate(mentions) if m.label_ == "DRUG"]
    # radioembolization carries its own dose ("a target absorbed dose of 120 Gy", "2.1 GBq") and
    # schedule ("in a single session") when no drug or radiotherapy is written beside it
    sirt = [i for i, m in enumerate(mentions) if m.label_ == "PROCEDURE" and m.id_ in cues["dosed_procedures"]]
    targets: set[tuple[int, int]] = set()  # radioembolization doses written as a bound: planning targets
    in_order = _bracket_doses_in_order(sent, mentions, drug_idx, details, cues["list_joiner"]) \
        | _slashed_doses_in_order(sent, mentions, drug_idx, details)
    for d in details:
        if d.start_char in in_order:
            for k in in_order[d.start_char]:
                assigned[k].append(d)
            continue
        if d.label_ == "RADIATION_DOSE":
            rad = [i for i, m in enumerate(mentions) if m.label_ == "RADIATION"]
            if not rad and sirt and cues["bound_before"].search(text, max(sent.start_char, d.start_char - 15), d.start_char):
                targets.add((d.start_char, d.end_char))  # "planned to deliver >=120 Gy to the tumour"
            if rad and sirt:
                # "SIRT ... at a target dose of 120-150 Gy, or SBRT of 40 Gy in 5 fractions": with both
                # written, a dose goes to the treatment named last before it
                before = [i for i in rad + sirt if mentions[i].end_char <= d.start_char]
                if before:
                    assigned[max(before, key=lambda i: mentions[i].start_char)].append(d)
                    continue
            rad = rad or sirt
            if rad:
                assigned[min(rad, key=lambda i: abs(mentions[i].start_char - d.start_char))].append(d)
            continue
        if d.label_ == "SCHEDULE":
            # "a single session of TACE ..., with an emulsion of epirubicin": the procedure's schedule
            proc = next((i for i, m in enumerate(mentions) if m.label_ == "PROCEDURE" and m.start_char >= d.end_char), None)
            if proc is not None and cues["session_of"].fullmatch(text, d.end_char, mentions[proc].start_char) \
                    and not any(d.end_char <= mentions[i].start_char < mentions[proc].start_char for i in drug_idx):
                assigned[proc].append(d)
                continue
            last = next((m for m in reversed(mentions) if m.end_char <= d.start_char), None)
            if d.id_ == "once" and last is not None and last.label_ == "PROCEDURE" and \
                    cues["procedure_schedule_gap"].fullmatch(text, last.end_char, d.start_char):
                continue  # "TACE was performed once, with epirubicin ...": the procedure's (_procedure_schedule)
        # doses, schedules and routes belong to drugs
        nxt = next((i for i in drug_idx if mentions[i].start_char >= d.end_char), None)
        prv = next((i for i in reversed(drug_idx) if mentions[i].end_char <= d.start_char), None)
        target = None
        # "oxaliplatin 85 mg/m2, leucovorin 400 mg/m2": a dose right after a drug is that drug's
        # (or after a comma, "oxaliplatin, 130 mg/m2, leucovorin, 400 mg/m2", unless the next drug follows
        # the dose at once: "sorafenib, 240 mg toripalimab")
        adjacent = prv is not None and (cues["adjacent_gap"].fullmatch(text, mentions[prv].end_char, d.start_char) or (
            cues["adjacent_comma_gap"].fullmatch(text, mentions[prv].end_char, d.start_char)
            and not (nxt is not None and cues["dose_before_drug"].fullmatch(text, d.end_char, mentions[nxt].start_char))))
        # "sorafenib 400 mg orally twice daily, pembrolizumab 200 mg ...": a route or schedule written right
        # after a drug's own details is that drug's, not the next one's after a comma
        tight = prv is not None and d.label_ != "DOSE" and cues["detail_chain_gap"].fullmatch(
            gap_without(text, mentions[prv].end_char, d.start_char, details)) is not None \
            and any(mentions[prv].end_char <= e.start_char and e.end_char <= d.start_char for e in details)
        if nxt is not None and not (adjacent and d.label_ == "DOSE") and not tight:
            if cues["forward_gap"].match(gap_without(text, d.end_char, mentions[nxt].start_char, details)):
                target = nxt
        if target is None and prv is None and nxt is not None and d.label_ == "SCHEDULE" and any(
                m.label_ != "DRUG" and m.end_char <= d.start_char for m in mentions):
            # "TACE was repeated every 6 weeks, with lenvatinib 8 mg once daily": a schedule after a
            # procedure and before any drug is the procedure's, not the next drug's
            continue
        if target is None:
            target = prv if prv is not None else nxt
            # "miriplatin suspended in Lipiodol (20 mg/mL) was infused up to 120 mg/body": a dose
            # after a vehicle is the drug's carried in it
            if target is prv and prv is not None and d.label_ == "DOSE" and prv in drug_idx[1:] \
                    and not _VOLUME.search(d.text) \
                    and cues["vehicle_before"].search(text, max(sent.start_char, mentions[prv].start_char - 25),
                                                      mentions[prv].start_char):
                carried = drug_idx[drug_idx.index(prv) - 1]
                if not cues["clause_break"].search(text, mentions[carried].end_char, mentions[prv].start_char):
                    target = carried
            elif target is prv and prv is not None and d.label_ != "DOSE" and prv in drug_idx[1:] \
                    and cues["vehicle_before"].search(text, max(sent.start_char, mentions[prv].start_char - 25),
                                                      mentions[prv].start_char) \
                    and (opened := open_before(text, sent.start_char, mentions[prv].start_char)) is not None \
                    and closing(text, opened + 1, d.start_char) is not None \
                    and mentions[drug_idx[drug_idx.index(prv) - 1]].end_char <= opened:
                # "glypimotide 1 mg (..., emulsified in Montanide ISA 51) was injected subcutaneously
                # weekly": after the bracket, the schedule is the drug's the vehicle carries
                target = drug_idx[drug_idx.index(prv) - 1]
        if target is not None and target == nxt and d.label_ == "DOSE" and cues["vehicle_before"].search(
                text, max(d.end_char, mentions[nxt].start_char - 25), mentions[nxt].start_char):
            # "50 mg/m2 per session, emulsified with Lipiodol": a vehicle takes no dose written before
            # it (the drug it carries is named before it, or on the line above)
            if prv is None:
                continue
            target = prv
        if target is None and sirt and d.label_ in ("DOSE", "SCHEDULE"):
            target = min(sirt, key=lambda i: abs(mentions[i].start_char - d.start_char))
        if target is not None:
            assigned[target].append(d)
            if cues["for_all_before"].search(text, max(0, d.start_char - 70), d.start_char) or (
                    d.label_ != "DOSE" and cues["for_all_clause_before"].search(text, max(0, d.start_char - 110), d.start_char)):
                # "A 1200 mg and B 15 mg/kg, both intravenously on day 1": every drug written before
                for k in drug_idx:
                    if k != target and mentions[k].end_char <= d.start_char:
                        assigned[k].append(d)
            elif target is prv and prv is not None and mentions[prv].label_ == "DRUG" \
                    and cues["alternatives_given"].fullmatch(gap_without(text, mentions[prv].end_char, d.start_char, details)):
                # "sintilimab, camrelizumab or tislelizumab was administered intravenously at 200 mg
                # every 3 weeks": every drug of the alternatives' list
                _to_list_before(d, prv, drug_idx, mentions, assigned, text, cues["alternatives_joiner"])
            elif d.label_ != "DOSE" and target is prv and prv is not None \
                    and cues["plural_given"].fullmatch(text, mentions[prv].end_char, d.start_char):
                # "Sorafenib and capecitabine were taken orally": every drug of the subject's list
                _to_list_before(d, prv, drug_idx, mentions, assigned, text, cues["list_joiner"])
            elif d.label_ != "DOSE" and target is prv and prv is not None \
                    and (opened := open_before(text, sent.start_char, mentions[prv].start_char)) is not None \
                    and (close := closing(text, opened + 1, d.start_char)) is not None \
                    and cues["bracket_list_given"].fullmatch(text, close, d.start_char):
                # "FOLFOX (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and fluorouracil 400 mg/m2) was
                # infused through the hepatic artery": every drug of the bracket that is the subject
                for k in drug_idx:
                    if k != target and opened < mentions[k].start_char < close:
                        assigned[k].append(d)
                # "HAIC of FOLFOX (oxaliplatin ..., leucovorin ...) every 3 weeks": the procedure the
                # bracketed drugs are given by, named right before it, is on that schedule too
                before = [i for i, m in enumerate(mentions) if m.end_char <= opened]
                if d.label_ == "SCHEDULE" and before and mentions[before[-1]].label_ == "DRUG" and len(before) >= 2 \
                        and mentions[before[-2]].label_ == "PROCEDURE" \
                        and cues["procedure_of_drugs"].fullmatch(text, mentions[before[-2]].end_char, mentions[before[-1]].start_char) \
                        and not text[mentions[before[-1]].end_char:opened].strip():
                    assigned[before[-2]].append(d)
    components: list[dict] = []
    per_mention: list[list[dict]] = []
    for i, m in enumerate(mentions):
        comps = []
        for base in component_of(m, expand):
            comps.extend(_split_by_dose(base, m, sorted(assigned[i], key=lambda s: s.start_char), text))
        per_mention.append(comps)
        components.extend(comps)
    for c in components:
        if c.get("unit") == "Gy" and any(tuple(e) in targets for e in c.get("evidence", ())):
            c["_target"] = targets
        if any(tuple(e) in observed for e in c.get("evidence", ())):
            c["_observed"] = True
    _spread_bracket_days(sent, mentions, per_mention, details)
    _spread_after_contents(sent, mentions, per_mention, details, cues["given_after_contents"])
    _procedure_schedule(sent, mentions, per_mention, details, cues["procedure_schedule_gap"])
    _emulsion_route(sent, mentions, per_mention, details, cues["emulsion_of"], cues["emulsion_end"])
    components = _procedures_of_routes(mentions, per_mention, assigned, components)
    _spread_trailing_schedule(mentions, per_mention, assigned, text, cues["combination_joiner"],
                              cues["daily_oral_stems"])
    _spread_plural_predicate(sent, mentions, per_mention, details, cues)
    _spread_colon_list(sent, mentions, per_mention, details, cues["list_schedule_gap"], cues["list_schedule_comma_gap"],
                       cues["list_schedule_comma_lead"])
    _spread_lead_schedule(sent, mentions, per_mention, details)
    _spread_cycles(sent, mentions, per_mention, [e for e in sent.ents if e.label_ == "SCHEDULE"], cues["cycle_not_across"],
                   cues["held_after"])
    return components


def _to_list_before(detail: Span, last: int, drug_idx: list[int], mentions: list[Span], assigned: list[list],
                    text: str, joiner: re.Pattern) -> None:
    """Give ``detail`` (already the ``last`` mention's) to every drug of the list that ends with that
    mention, its members joined by ``joiner`` ("A, B and C", "A, B or C")."""
    at = drug_idx.index(last)
    while at > 0 and joiner.fullmatch(text, mentions[drug_idx[at - 1]].end_char, mentions[drug_idx[at]].start_char):
        at -= 1
        assigned[drug_idx[at]].append(detail)


def _bracket_doses_in_order(sent: Sentence, mentions: list[Span], drug_idx: list[int], details: list[Span],
                            joiner: re.Pattern) -> dict[int, list[int]]:
    """"the same atezolizumab and bevacizumab infusions (1,200 mg and 15 mg/kg IV every 3 weeks)": a
    list of drugs, then a bracket that gives as many doses, one per drug in their order, and routes
    and schedules for all of them. {detail's start: the mentions it belongs to}."""
    out: dict[int, list[int]] = {}
    if len(drug_idx) < 2 or sum(1 for d in details if d.label_ == "DOSE") < 2 or "(" not in sent.text:
        return out
    text = sent.doc_text
    for lo, hi in bracket_pairs(sent.text, sent.start_char):
        inside = [d for d in details if lo < d.start_char and d.end_char <= hi]
        doses = [d for d in inside if d.label_ == "DOSE"]
        if len(doses) < 2 or any(lo < m.start_char < hi for m in mentions):
            continue
        before = [i for i in drug_idx if mentions[i].end_char <= lo]
        if not before or lo - mentions[before[-1]].end_char > 60 \
                or any(mentions[before[-1]].end_char <= m.start_char < lo for m in mentions) \
                or any(ch in text[mentions[before[-1]].end_char:lo] for ch in ";.:"):
            continue
        chain = [before[-1]]
        while len(chain) < len(before) and joiner.fullmatch(
                text, mentions[before[-len(chain) - 1]].end_char, mentions[chain[0]].start_char):
            chain.insert(0, before[-len(chain) - 1])
        if len(chain) != len(doses):
            continue
        for k, d in zip(chain, doses):
            out[d.start_char] = [k]
        for d in inside:
            if d.label_ != "DOSE":
                out[d.start_char] = chain
    return out


_SLASH = grammar("regimen", "slash_joiner")  # "glecaprevir/pibrentasvir 300 mg/120 mg"


def _slashed_doses_in_order(sent: Sentence, mentions: list[Span], drug_idx: list[int],
                            details: list[Span]) -> dict[int, list[int]]:
    """"glecaprevir/pibrentasvir 300 mg/120 mg orally once daily": drugs written with a slash (a
    combined tablet), then as many doses written with a slash, one per drug in their order; the
    route and schedule after the doses are every drug's. {detail's start: the mentions it belongs to}."""
    out: dict[int, list[int]] = {}
    if len(drug_idx) < 2 or "/" not in sent.text:
        return out
    text = sent.doc_text
    k = 0
    while k < len(drug_idx):
        chain = [drug_idx[k]]
        while k + 1 < len(drug_idx) and drug_idx[k + 1] == chain[-1] + 1 and \
                _SLASH.fullmatch(text, mentions[chain[-1]].end_char, mentions[drug_idx[k + 1]].start_char):
            k += 1
            chain.append(drug_idx[k])
        k += 1
        if len(chain) < 2:
            continue
        after = [d for d in details if d.start_char >= mentions[chain[-1]].end_char]
        doses = after[:len(chain)]
        if len(doses) != len(chain) or any(d.label_ != "DOSE" for d in doses) \
                or not text[mentions[chain[-1]].end_char:doses[0].start_char].isspace() \
                or not all(_SLASH.fullmatch(text, a.end_char, b.start_char) for a, b in zip(doses, doses[1:])):
            continue
        for m, d in zip(chain, doses):
            out[d.start_char] = [m]
        nxt = next((m.start_char for m in mentions if m.start_char >= doses[-1].end_char), sent.end_char)
        for d in after[len(chain):]:
            if d.start_char < nxt and d.label_ != "DOSE":
                out[d.start_char] = chain
    return out


def orphan_radiation(sent: Sentence, start: int, end: int, keep: Callable[[Span, str], bool]) -> list[Span]:
    """Radiation doses in [start, end) with no radiotherapy mention there to carry them
    ("13 patients received 30-54 Gy on the primary tumour")."""
    ents = [e for e in sent.ents if start <= e.start_char and e.end_char <= end]
    if any(e.label_ == "RADIATION" and keep(e, sent.doc_text) for e in ents):
        return []
    return [e for e in ents if e.label_ == "RADIATION_DOSE" and not _dosimetry(sent.doc_text, e)]


def _dosimetry(text: str, dose: Span) -> bool:
    """"The mean liver dose was 12.8 Gy", "median delivered activity was 2.4 GBq": a dose an organ
    or the patients received (``dosimetry_before``), not a prescription."""
    return attachment_cues()["dosimetry_before"].search(text, max(0, dose.start_char - 70), dose.start_char) is not None


def _alternative_fractionation(text: str, span: Span) -> bool:
    cues = attachment_cues()
    # "... or 40 Gy/5 fr", "... or, for tumours near the bowel, 40 Gy in 5 fractions"
    return bool(cues["alternative_fractionation_before"].search(text, max(0, span.start_char - 80), span.start_char)
                or cues["alternative_fractionation_after"].match(text, span.end_char, span.end_char + 60))


def _split_by_dose(base: dict, mention: Span, spans: list[Span], text: str) -> list[dict]:
    comps = [dict(base, evidence=[_evidence(mention)])]
    current = comps[0]
    seen_dose = False
    prev_schedule: Optional[Span] = None
    prev_dose: Optional[Span] = None  # the last radiation dose
    timed: set[int] = set()  # the components given an interval of their own, coded or not ("every 12 weeks")
    for d in spans:
        if d.label_ == "DOSE":
            dose = parse_dose(d.text)
            if dose is None:
                continue
            bare = _BARE_ALTERNATIVE_DOSE.search(text, max(0, d.start_char - 12), d.start_char) \
                if dose.dose_max is None else None
            # "12 or 8 mg once daily": first a component at 12 mg, then one at 8 mg
            doses = ([(float(bare.group(1)), None, [bare.start(1), bare.end(1)])] if bare is not None else []) + [
                (dose.dose, dose.dose_max, _evidence(d))]
            for value, value_max, evidence in doses:
                if seen_dose:
                    current = dict(base, evidence=[_evidence(mention)])
                    comps.append(current)
                seen_dose = True
                current.update(dose=as_int_or_float(value), dose_max=as_int_or_float(value_max), unit=dose.unit)
                current["evidence"].append(evidence)
            if dose.per_day:
                current["frequency"] = "QD"
        elif d.label_ == "SCHEDULE":
            freq = parse_frequency(d.text) if d.id_ not in ("days", "on_off", "cycle") else None
            if freq and current.get("frequency") not in (None, freq) and prev_schedule is not None \
                    and _ALTERNATIVE_GAP.fullmatch(text, prev_schedule.end_char, d.start_char):
                # "400 mg QD or BID": one component per alternative schedule
                current = {k: v for k, v in current.items() if k not in ("frequency", "evidence")}
                current["evidence"] = [_evidence(mention)]
                comps.append(current)
            elif freq and current.get("frequency") not in (None, freq) and prev_schedule is not None \
                    and _PHASE_GAP.fullmatch(text, prev_schedule.end_char, d.start_char):
                # "weekly for four priming doses (days 1, 8, 15 and 22), then every 4 weeks": a later
                # phase at the same dose, a component of its own
                current = {k: v for k, v in current.items() if k not in ("frequency", "days", "cycle_days", "evidence")}
                current["evidence"] = [_evidence(mention)]
                comps.append(current)
            _apply_schedule(current, d)
            prev_schedule = d
            if d.id_ not in ("days", "on_off", "cycle"):
                timed.add(id(current))
        elif d.label_ == "ROUTE":
            current["route"] = d.id_
            current["evidence"].append(_evidence(d))
        elif d.label_ == "RADIATION_DOSE":
            rd = parse_radiation(d.text)
            if rd is not None and rd.dose is None and rd.fractions is not None:
                # "40 Gy (tumours <=3 cm) or 35 Gy (tumours >3 cm) in five fractions": every dose's;
                # "45 Gy in 3 fractions (15 Gy x 3)": the dose of each of the prescription's fractions
                for c in comps:
                    if c.get("fractions") is None or (rd.dose_per_fraction is not None and c.get("fractions") == rd.fractions
                                                      and c.get("dose_per_fraction") is None):
                        apply_radiation(c, d, text)
                continue
            if rd is not None and rd.fractions is not None and current.get("fractions") is not None \
                    and rd.dose is not None and rd.dose != current.get("dose") and _alternative_fractionation(text, d):
                # "45 Gy in 3 fractions ...; nodules near the bowel received 40 Gy/5 fr instead": one
                # component per alternative fractionation
                current = dict(base, evidence=[_evidence(mention)])
                comps.append(current)
            elif rd is not None and rd.dose is not None and current.get("dose") is not None and rd.dose != current["dose"] \
                    and prev_dose is not None and _ALTERNATIVE_DOSE_GAP.fullmatch(text, prev_dose.end_char, d.start_char):
                # "40 Gy (tumours <=3 cm) or 35 Gy (tumours >3 cm)": alternative doses, one component each
                current = dict(base, evidence=[_evidence(mention)])
                comps.append(current)
            apply_radiation(current, d, text)
            prev_dose = d
    if len(comps) > 1:
        # "12 mg for body weight >=60 kg; 8 mg for <60 kg, orally once a day": a schedule or route
        # written once serves every dose of the drug that has none of its own
        # (not to a dose with an interval of its own that has no code: "22.5 mg every 12 weeks, or 7.5 mg every 4 weeks")
        for key in ("frequency", "route"):
            shared = next((c[key] for c in reversed(comps) if c.get(key) is not None), None)
            for c in comps:
                if c.get(key) is None and shared is not None and not (key == "frequency" and id(c) in timed):
                    c[key] = shared
    return comps


def doses_of(base: dict, mention: Span, details: list[Span], text: str) -> list[dict]:
    """The components of one drug given the doses and schedules ``details`` (in text order): one
    per dose, each with the schedule written after it ("80 mg/day on days 1-7, 120 mg/day on days
    8-14")."""
    return _split_by_dose(base, mention, sorted(details, key=lambda s: s.start_char), text)


def redosed(drug: dict, spans: list[Span], text: str) -> list[dict]:
    """The drug of another regimen at the dose and schedule of ``spans`` ("toripalimab 3 mg/kg
    q2w or 240 mg q3w": the second arm's toripalimab); its route carries over unless written."""
    base = {k: drug[k] for k in ("kind", "name")}
    comps = _split_by_dose(base, spans[0], spans, text)
    for c in comps:
        c["evidence"] = c["evidence"][1:]  # the first detail stands in for the mention
        if c.get("route") is None and drug.get("route") is not None:
            c["route"] = drug["route"]
    return comps


def apply_shared_detail(comp: dict, span: Span, procedures: bool = False) -> None:
    """A schedule or route written once for several regimens ("..., each taken orally once
    daily") completes a drug (with ``procedures``, also a procedure's schedule) that has none
    of its own."""
    if comp["kind"] != "drug" and not (procedures and comp["kind"] == "procedure" and span.label_ == "SCHEDULE"):
        return
    if span.label_ == "ROUTE" and comp.get("route") is None:
        comp["route"] = span.id_
        comp.setdefault("evidence", []).append(_evidence(span))
    elif span.label_ == "SCHEDULE":
        _apply_schedule(comp, span)


def _apply_schedule(comp: dict, span: Span) -> None:
    text = span.text
    if span.id_ == "days":
        comp["days"] = parse_days(text)
    elif span.id_ == "on_off":
        days, cycle = parse_on_off(text)
        if days:
            comp["days"], comp["cycle_days"] = days, cycle
    elif span.id_ == "cycle":
        comp["cycle_days"] = parse_cycle_days(text)
    else:
        freq = parse_frequency(text)
        if freq is None:
            return
        if freq in INTERVAL_DAYS and comp.get("days"):
            if comp.get("cycle_days") in (None, INTERVAL_DAYS[freq]) and comp.get("frequency") is None \
                    and comp["days"].isdigit():
                # "on day 1 every 3 weeks", "on day 1 of each 21-day cycle (Q3W)": given one day a
                # cycle, so the interval is also how often
                comp["frequency"] = freq
            comp.setdefault("cycle_days", INTERVAL_DAYS[freq])
        elif freq in INTERVAL_DAYS and comp.get("frequency") in DAILY_CODES:
            return
        elif comp.get("frequency") is None:
            comp["frequency"] = freq
            comp.setdefault("_consumed", set()).add(span.start_char)
    comp.setdefault("evidence", []).append(_evidence(span))


_FRACTION_WORD = grammar("regimen", "fraction_word")
_PRESCRIPTION_BREAK = grammar("regimen", "prescription_break")


def apply_radiation(comp: dict, span: Span, text: str) -> None:
    before = text[max(0, span.start_char - 30):span.start_char].lower()
    after = text[span.end_char:span.end_char + 15].lower()
    if "median" in before[-12:]:
        return
    cues = attachment_cues()
    if cues["equivalent_dose_before"].search(text, max(0, span.start_char - 30), span.start_char):
        return  # "(BED10: 72-100 Gy)": the prescription's biological equivalent, not a prescription
    near = _PRESCRIPTION_BREAK.split(before[-25:])[-1]  # not "(8 Gy per fraction) or 54 Gy"
    # "a dose per fraction of 8 Gy", not "hypofractionated PBT (66 GyE in 10 fractions)"
    per_fraction = _FRACTION_WORD.search(near) is not None or cues["per_fraction_before"].search(before) is not None \
        or cues["per_fraction_after"].match(after) is not None
    rd = parse_radiation(span.text, per_fraction=per_fraction)
    if rd is None:
        return
    if rd.dose is not None and comp.get("dose") is None:
        comp.update(dose=as_int_or_float(rd.dose), dose_max=as_int_or_float(rd.dose_max), unit="Gy")
    if rd.dose_per_fraction is not None and comp.get("dose_per_fraction") is None:
        comp["dose_per_fraction"] = as_int_or_float(rd.dose_per_fraction)
    if rd.fractions is not None and comp.get("fractions") is None:
        comp["fractions"] = rd.fractions
    comp.setdefault("evidence", []).append(_evidence(span))


def _spread_trailing_schedule(mentions, per_mention, assigned, text: str, joiner, daily_oral: tuple) -> None:
    """"atezolizumab 1200 mg IV + bevacizumab 15 mg/kg IV D1 q3w": an interval schedule (or days
    of a cycle) written once after the last dosed drug of a combination is also the schedule of
    the dosed drugs joined to it that have none of their own. Daily codes stay with their drug."""
    for j in range(len(mentions) - 1, 0, -1):
        trailing = [d for d in assigned[j] if d.label_ == "SCHEDULE" and d.start_char > mentions[j].end_char
                    and (d.id_ == "days" or parse_frequency(d.text) in INTERVAL_DAYS)]
        if not trailing or mentions[j].label_ != "DRUG":
            continue
        i, head = j - 1, j  # head: the mention the joiner before it is read up to
        while i >= 0 and mentions[i].label_ == "DRUG":
            own = assigned[i]
            if not own and mentions[i].id_ == mentions[head].id_ and _RESTATED.fullmatch(
                    text, mentions[i].end_char, mentions[head].start_char):
                head, i = i, i - 1  # "IBI305, a bevacizumab biosimilar (15 mg/kg)": one drug named twice
                continue
            # days of its own do not keep a drug from the interval written last ("gemcitabine ... on
            # day 1 and oxaliplatin ... on day 2, every 2 weeks"); a frequency of its own does
            kinds = {SCHEDULE_FIELD.get(d.id_, "frequency") for d in own if d.label_ == "SCHEDULE"}
            # (an undosed drug shares it only with an undosed one: "A IV over 30-60 minutes and B IV over
            # 30-90 minutes on day 1", a registry's arm)
            if (not any(d.label_ == "DOSE" for d in own) and any(d.label_ == "DOSE" for d in assigned[j])) or "frequency" in kinds \
                    or mentions[i].id_.endswith(daily_oral) or any(d.label_ == "ROUTE" and d.id_ == "oral" for d in own):
                break
            last_end = max([mentions[i].end_char] + [d.end_char for d in own])
            if not joiner.fullmatch(text, last_end, mentions[head].start_char):
                break
            # "durvalumab (1120 mg) plus bevacizumab (15 mg/kg) intravenously every 3 weeks": the
            # route written with the schedule is shared too (an oral one stays with its drug)
            routes = [d for d in assigned[j] if d.label_ == "ROUTE" and d.id_ != "oral"
                      and d.start_char > mentions[j].end_char]
            for comp in per_mention[i]:
                for d in trailing:
                    if SCHEDULE_FIELD.get(d.id_, "frequency") not in kinds:
                        _apply_schedule(comp, d)
                for d in routes[:1]:
                    apply_shared_detail(comp, d)
            head, i = i, i - 1


def _spread_plural_predicate(sent: Sentence, mentions, per_mention, details, cues: dict) -> None:
    """"oxaliplatin, 130 mg/m2, leucovorin, 400 mg/m2, and fluorouracil, 400 mg/m2 as a bolus ..., were
    infused through the hepatic artery every 3 weeks": the route and the interval after a plural giving
    verb whose subject is a list of drugs are every listed drug's that has none of its own."""
    text = sent.doc_text
    for verb in cues["plural_predicate"].finditer(text, sent.start_char, sent.end_char):
        before = [i for i, m in enumerate(mentions) if m.end_char <= verb.start()]
        if len(before) < 2 or mentions[before[-1]].label_ != "DRUG" \
                or cues["predicate_tail_stop"].search(text, mentions[before[-1]].end_char, verb.start()):
            continue
        listed = [before[-1]]
        for i in reversed(before[:-1]):
            if mentions[i].label_ != "DRUG" or not cues["dosed_list_joiner"].fullmatch(
                    gap_without(text, mentions[i].end_char, mentions[listed[-1]].start_char, details)):
                break
            listed.append(i)
        if len(listed) < 2:
            continue
        stop = cues["predicate_tail_stop"].search(text, verb.end(), sent.end_char)
        end = stop.start() if stop else sent.end_char
        end = min([end] + [m.start_char for m in mentions if m.start_char >= verb.end()])
        after = [d for d in details if verb.end() <= d.start_char and d.end_char <= end]
        routes = [d for d in after if d.label_ == "ROUTE"][:1]
        schedules = [d for d in after if d.label_ == "SCHEDULE" and parse_frequency(d.text) in INTERVAL_DAYS][:1]
        for d in routes:
            _give_route(per_mention, listed, d)
        for i in listed:
            daily_oral = mentions[i].id_.endswith(cues["daily_oral_stems"])
            for comp in per_mention[i]:
                for d in schedules:
                    if comp.get("frequency") is None and not daily_oral:
                        _apply_schedule(comp, d)


def _spread_after_contents(sent: Sentence, mentions, per_mention, details, given_after) -> None:
    """"HAIC-FOLFOX (oxaliplatin 85 mg/m2, leucovorin ... and fluorouracil ...) was given every 3
    weeks": a schedule written right after a bracket listing a procedure's drugs is the
    procedure's and every drug's in the bracket that has none."""
    text = sent.doc_text
    for d in details:
        if d.label_ != "SCHEDULE" or d.id_ in ("days", "on_off", "cycle"):
            continue
        for lo, hi in bracket_pairs(sent.text, sent.start_char):
            if hi >= d.start_char or not given_after.fullmatch(text, hi + 1, d.start_char):
                continue
            # the procedure written right before the bracket, alone or joined to its regimen ("HAIC-FOLFOX (")
            procedure = [i for i, m in enumerate(mentions) if m.label_ == "PROCEDURE" and m.end_char <= lo
                         and re.fullmatch(r"\s*(?:[-+/]\s*[A-Za-z][\w-]*\s*)?", text[m.end_char:lo])]
            inside = [i for i, m in enumerate(mentions) if m.label_ == "DRUG" and lo < m.start_char and m.end_char <= hi]
            if not procedure or len(inside) < 2:
                continue
            _give_schedule(per_mention, procedure + inside, d)
            break


def _give_schedule(per_mention, indices: list[int], schedule: Span) -> None:
    """A procedure's schedule given to it and to its drugs (the mentions at ``indices``): each
    component without a schedule of its own takes it."""
    for i in indices:
        for comp in per_mention[i]:
            if comp.get("frequency") is None and comp.get("days") is None:
                if comp["kind"] == "procedure":
                    apply_shared_detail(comp, schedule, procedures=True)
                else:
                    _apply_schedule(comp, schedule)


def _procedure_schedule(sent: Sentence, mentions, per_mention, details, gap) -> None:
    """"HAIC-FOLFOX was repeated every 3 weeks", "Each HAIC session, repeated every 3 weeks": an
    interval written right after a procedure (alone or joined to its regimen) is the procedure's,
    and the joined regimen's drugs' when they have no schedule of their own."""
    text = sent.doc_text
    for d in details:
        if d.label_ != "SCHEDULE" or d.id_ in ("days", "on_off", "cycle") or \
                parse_frequency(d.text) not in INTERVAL_DAYS and d.id_ != "once":
            continue
        before = [i for i, m in enumerate(mentions) if m.end_char <= d.start_char]
        proc = next((i for i in reversed(before) if mentions[i].label_ == "PROCEDURE"), None)
        if proc is None:
            continue
        joined = [i for i in before if i > proc and mentions[i].label_ == "DRUG"
                  and re.fullmatch(r"\s*[-+/]\s*", text[mentions[i - 1].end_char:mentions[i].start_char])]
        if len(joined) + proc + 1 != len(before):  # another treatment stands between
            continue
        if gap.fullmatch(text, mentions[before[-1]].end_char, d.start_char):
            _give_schedule(per_mention, [proc] + joined, d)


def _procedures_of_routes(mentions: list[Span], per_mention: list[list[dict]], assigned: dict[int, list[Span]],
                          components: list[dict]) -> list[dict]:
    """"donafenib plus hepatic arterial infusion of FOLFOX": a route phrase that names a procedure
    (``procedure_of_route``) is also that procedure, placed before the first drug it routes, unless
    the statement names the procedure itself."""
    named = {m.id_ for m in mentions if m.label_ == "PROCEDURE"}
    out = list(components)
    for name, words in _route_procedures().items():
        if name in named:
            continue
        routed = next(((i, d) for i in sorted(assigned) for d in assigned[i]
                       if d.label_ == "ROUTE" and d.end_char <= mentions[i].start_char and words.match(d.text)
                       and per_mention[i]), None)
        if routed is None:
            continue
        i, route = routed
        at = next(k for k, c in enumerate(out) if c is per_mention[i][0])
        out.insert(at, {"kind": "procedure", "name": name, "evidence": [_evidence(route)]})
    return out


@lru_cache(maxsize=1)
def _route_procedures() -> dict[str, re.Pattern]:
    return {name: re.compile(words, re.I) for name, words in attachment_cues()["procedure_of_route"].items()}


def _emulsion_route(sent: Sentence, mentions, per_mention, details, emulsion, emulsion_end) -> None:
    """"an emulsion of epirubicin 50 mg/m2 and lipiodol 5-10 ml was injected into the proper hepatic
    artery": a route written after an emulsion's drugs, in its clause, is every one's in it (not one
    written after the list has ended: "..., followed by gelatin sponge, and received ondansetron 8 mg
    intravenously")."""
    text = sent.doc_text
    for m in emulsion.finditer(text, sent.start_char, sent.end_char):
        for d in details:
            if d.label_ != "ROUTE" or d.start_char < m.end() or ";" in text[m.end():d.start_char]:
                continue
            if emulsion_end.search(text, m.end(), d.start_char):
                break
            _give_route(per_mention, [i for i, mention in enumerate(mentions)
                                      if mention.label_ == "DRUG" and m.end() <= mention.start_char < d.start_char], d)
            break


SCHEDULE_FIELD = {"days": "days", "cycle": "cycle_days", "on_off": "days"}  # by SCHEDULE id; others: frequency


def _spread_colon_list(sent: Sentence, mentions, per_mention, details, gap, comma_gap, comma_lead) -> None:
    """"all drugs are infused through the hepatic arterial catheter: A 85 mg/m2 over 2 h, B 400
    mg/m2 and C 400 mg/m2 as a bolus ...; every 3 weeks (day 1 of each 21-day cycle)": a schedule
    after the ';' that closes a colon list of drugs (or after ", repeated"), and a route written
    before the colon, are every listed drug's that has none of its own."""
    text = sent.doc_text
    if ":" not in sent.text:
        return
    schedules = [d for d in details if d.label_ == "SCHEDULE"]
    if not schedules:
        _spread_route_over_list(sent, mentions, per_mention, details)
        return
    for mark, closes in ((";", gap), (",", comma_gap)):  # a comma closes the list only before "repeated"
        semi = text.rfind(mark, sent.start_char, schedules[-1].start_char)
        colon = text.rfind(":", sent.start_char, semi) if semi >= 0 else -1
        after = [d for d in schedules if d.start_char > semi]
        if colon >= 0 and after and closes.fullmatch(text, semi + 1, after[0].start_char):
            break
        # (or before a bare interval, in a list said to hold every agent: "all agents were infused: ..., every 3 weeks")
        if mark == "," and colon >= 0 and after and not text[semi + 1:after[0].start_char].strip() \
                and parse_frequency(after[0].text) in INTERVAL_DAYS \
                and comma_lead.search(text, max(sent.start_char, colon - 80), colon):
            break
    else:
        # (no schedule closes the list: its drugs' own schedules are theirs; the route before the colon is every one's)
        _spread_route_over_list(sent, mentions, per_mention, details)
        return
    inside = [i for i, m in enumerate(mentions) if m.label_ == "DRUG" and colon < m.start_char < semi]
    if len(inside) < 2:
        return
    clause = max(text.rfind(";", sent.start_char, colon), text.rfind(".", sent.start_char, colon), sent.start_char)
    routes = [d for d in details if d.label_ == "ROUTE" and clause <= d.start_char < colon]
    for i in inside:
        for comp in per_mention[i]:
            for d in after:
                if comp.get(SCHEDULE_FIELD.get(d.id_, "frequency")) is None:
                    _apply_schedule(comp, d)
    for d in routes[:1]:
        _give_route(per_mention, inside, d)


def _spread_lead_schedule(sent: Sentence, mentions, per_mention, details) -> None:
    """"PIAF was given every 3 weeks for up to six cycles: cisplatin ... on days 1-4; doxorubicin
    ... on day 1": a schedule in the clause that opens a colon list and names no treatment is
    every listed drug's that has none of its own (the first took it already, as the next detail)."""
    text = sent.doc_text
    colon = text.find(":", sent.start_char, sent.end_char)
    if colon < 0 or any(m.start_char < colon for m in mentions):
        return
    lead = [d for d in details if d.label_ == "SCHEDULE" and d.start_char < colon]
    inside = [i for i, m in enumerate(mentions) if m.label_ == "DRUG"]
    if not lead or len(inside) < 2:
        return
    for i in inside:
        for comp in per_mention[i]:
            for d in lead:
                if comp.get(SCHEDULE_FIELD.get(d.id_, "frequency")) is None:
                    _apply_schedule(comp, d)


def _spread_route_over_list(sent: Sentence, mentions, per_mention, details) -> None:
    """"The following were infused through the hepatic artery catheter: A 130 mg/m2 over 2 h, B 400
    mg/m2 and C 400 mg/m2 as a bolus": a route written before a colon is every listed drug's that
    has none of its own."""
    text = sent.doc_text
    colon = text.find(":", sent.start_char, sent.end_char)
    clause = max(text.rfind(";", sent.start_char, colon), text.rfind(".", sent.start_char, colon), sent.start_char)
    route = next((d for d in details if d.label_ == "ROUTE" and clause <= d.start_char < colon), None)
    end = text.find(";", colon, sent.end_char)
    inside = [i for i, m in enumerate(mentions) if m.label_ == "DRUG" and colon < m.start_char < (end if end >= 0 else sent.end_char)]
    if route is None or len(inside) < 2 or any(m.label_ == "DRUG" and clause <= m.start_char < colon for m in mentions):
        return  # (not "A was given orally: ...": a route of a drug written before the colon is its own)
    _give_route(per_mention, inside, route)


def _give_route(per_mention, indices: list[int], route: Span) -> None:
    """A route written once for a list of drugs (the mentions at ``indices``): each drug component
    without a route of its own takes it."""
    for i in indices:
        for comp in per_mention[i]:
            apply_shared_detail(comp, route)


_JOINED_NEXT = grammar("regimen", "joined_next")


def _spread_bracket_days(sent: Sentence, mentions, per_mention, details) -> None:
    brackets = bracket_pairs(sent.text, sent.start_char)
    for d in details:
        if d.label_ != "SCHEDULE" or d.id_ != "days":
            continue
        inside = [b for b in brackets if b[0] < d.start_char and d.end_char <= b[1]]
        if not inside:
            continue
        lo, hi = min(inside, key=lambda b: b[1] - b[0])
        if any(lo < m.start_char <= hi and _JOINED_NEXT.fullmatch(sent.doc_text, d.end_char, m.start_char) for m in mentions):
            continue  # "(oxaliplatin 85 mg/m² d1 + leucovorin ...)": the days of the drug before, the next drug's after
        days = parse_days(d.text)
        for m, comps in zip(mentions, per_mention):
            if lo < m.start_char and m.end_char <= hi and m.label_ == "DRUG":
                for c in comps:
                    if c.get("days") is None:
                        c["days"] = days
                        c["evidence"].append(_evidence(d))


def _spread_cycles(sent: Sentence, mentions, per_mention, details, not_across, held_after) -> None:
    cycles = [d for d in details if d.label_ == "SCHEDULE" and d.id_ == "cycle"]
    intervals = [d for d in details if d.label_ == "SCHEDULE" and d.id_ == "every"]
    text = sent.doc_text
    # a bare mention ("the A plus B group received ...") of a drug written again with details takes
    # nothing: the detailed statement says how it is given ("a single priming dose of B")
    detailed = {c["name"] for comps in per_mention for c in comps if has_details(c)}
    for d in cycles:
        n = parse_cycle_days(d.text)
        for m, comps in zip(mentions, per_mention):
            if m.start_char >= d.end_char and (not_across.search(text, d.end_char, m.start_char)
                                               or held_after.match(text, m.end_char)):
                continue
            comps = [c for c in comps if has_details(c) or c["name"] not in detailed]
            if m.start_char >= d.end_char and any(o.end_char <= d.start_char for o in mentions):
                # "A on day 1 of each 21-day cycle plus B 12 mg orally once daily": B's own daily schedule
                comps = [c for c in comps if c.get("frequency") not in DAILY_CODES]
            later = any(m.end_char <= o.start_char and o.end_char <= d.start_char for o in mentions)
            for c in comps:
                if c["kind"] == "drug" and c.get("cycle_days") is None and n and c.get("frequency") != "once" and not (
                        later and c.get("frequency") in INTERVAL_DAYS and not c.get("days")):
                    # (not "A 200 mg every 3 weeks plus B ... on days 1-14 of each 21-day cycle": A has
                    # an interval of its own, and the cycle is written with B; not a single dose's)
                    c["cycle_days"] = n
    consumed = {p for comps in per_mention for c in comps for p in c.get("_consumed", ())}
    for d in intervals:
        freq = parse_frequency(d.text)
        if freq not in INTERVAL_DAYS or d.start_char in consumed:
            continue
        for comps in per_mention:
            for c in comps:
                if c["kind"] == "drug" and c.get("days") and c.get("cycle_days") is None:
                    c["cycle_days"] = INTERVAL_DAYS[freq]


def conflicting(a: dict, b: dict) -> bool:
    """Whether two statements of a component give one detail different values."""
    return any(a.get(k) is not None and b.get(k) is not None and a[k] != b[k] for k in DETAIL_FIELDS)


def merge_components(components: list[dict]) -> list[dict]:
    """Merge statements of the same component: same kind and name and no conflicting field
    (fills missing fields); bare mentions are dropped when a detailed one exists."""
    out: list[dict] = []
    for c in components:
        c = {k: v for k, v in c.items() if k != "_consumed"}
        target = None
        for o in out:
            if o["kind"] != c["kind"] or o["name"] != c["name"]:
                continue
            if not conflicting(o, c):
                target = o
                break
        if target is None:
            out.append({k: v for k, v in c.items()})
        else:
            for k in DETAIL_FIELDS:
                if target.get(k) is None and c.get(k) is not None:
                    target[k] = c[k]
            target.setdefault("evidence", []).extend(c.get("evidence", []))
    detailed = {(c["kind"], c["name"]) for c in out if has_details(c)}
    return [c for c in out if has_details(c) or (c["kind"], c["name"]) not in detailed
            or c["kind"] == "radiation" and c.get("technique")]


def prefer_activity(components: list[dict]) -> list[dict]:
    """Radioembolization given with an administered activity ("the mean administered activity was
    1.52 GBq") has that as its dose: an absorbed dose written as a planning bound ("to deliver
    >=120 Gy to the tumour") is then a target, and its component merges into the activity's.
    Without an activity the bound is the dose the record has ("a tumour-absorbed dose >=205 Gy").
    An activity the patients received on average ("median delivered activity 2.4 GBq") gives way to
    an absorbed dose prescribed ("prescribed perfused-lobe dose 150 Gy")."""
    prescribed = {c["name"] for c in components if c.get("unit") == "Gy" and c.get("dose") is not None
                  and not c.get("_target") and not c.get("_observed")}
    components = [c for c in components if not (c.get("_observed") and c["name"] in prescribed)]
    with_activity = {c["name"] for c in components if c.get("unit") == "GBq"}
    if not any(c.get("_target") and c["name"] in with_activity for c in components):
        return components
    out = []
    for c in components:
        if c.get("_target") and c["name"] in with_activity:
            c = {k: v for k, v in c.items() if k not in ("dose", "dose_max", "unit", "_target")} | {
                "evidence": [e for e in c.get("evidence", ()) if tuple(e) not in c["_target"]]}
        out.append(c)
    return merge_components(out)


def _interval_over_days(component: dict) -> None:
    """An interval read before the days it repeats ("PIAF was given every 3 weeks: cisplatin ... on
    days 1-4") is the days' cycle, as when written after them (``_apply_schedule``): a drug given on
    several days of the period has the cycle only; one given on one day has both."""
    freq, days = component.get("frequency"), component.get("days")
    if freq not in INTERVAL_DAYS or not days or component.get("cycle_days") is not None:
        return
    listed = [int(d) for d in days.split(",")] if re.fullmatch(r"\d+(?:,\d+)+", days) else []
    if listed and all(b - a == INTERVAL_DAYS[freq] for a, b in zip(listed, listed[1:])):
        return  # "weekly on days 1, 8, 15 and 22": each administration of the interval, no cycle
    component["cycle_days"] = INTERVAL_DAYS[freq]
    if not days.isdigit():
        component["frequency"] = None


def clean(component: dict) -> dict:
    """Contract field order, no nulls except where meaningful; evidence kept."""
    out = {"kind": component["kind"], "name": component["name"]}
    component.pop("_consumed", None)
    _interval_over_days(component)
    for k in DETAIL_FIELDS:
        if component.get(k) is not None:
            out[k] = component[k]
    if component.get("timing"):
        out["timing"] = component["timing"]
    ev = component.get("evidence") or []
    out["evidence"] = sorted({tuple(e) for e in ev})
    out["evidence"] = [list(e) for e in out["evidence"]]
    return out



