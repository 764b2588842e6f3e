"""A ClinicalTrials.gov record downloaded as JSON (the registry's API v2: ``protocolSection`` and
``resultsSection``) read as the text of the registry's own record page, the layout the rest of the
pipeline reads: "ClinicalTrials.gov ID: NCT...", "Phase: Phase 2", "Arms and Interventions",
"Eligibility Criteria", results tables with a column per group ("Unit of Measure: months <TAB> 9.8
(7.4 to 12.6) <TAB> 6.9 (5.3 to 8.2)"), statistical analyses and adverse events as "n/N" (the
record gives no share, so none is written). The words of the enumerations and headings are in
``patterns/layout.json`` ("registry_json")."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Optional

from .resources import load_json


_JSON_OPENING = re.compile(r"\s*\{")  # (a match at the start: no copy of the text)


@lru_cache(maxsize=1)
def _words() -> dict:
    return load_json("layout.json")["registry_json"]


def as_text(text: str) -> str:
    """The record's text when ``text`` is a ClinicalTrials.gov JSON record, else ``text`` as it is."""
    if not _JSON_OPENING.match(text) or '"protocolSection"' not in text:
        return text
    try:
        record = json.loads(text)
    except ValueError:
        return text  # not JSON after all: read as the text it is
    if not isinstance(record, dict) or not isinstance(record.get("protocolSection"), dict):
        return text
    try:
        lines = _protocol(record["protocolSection"])
        results = record.get("resultsSection")
        if isinstance(results, dict):
            lines += _results(results)
    except (AttributeError, TypeError):
        return text  # a module of another shape than the registry's ("armGroups": null): not its record
    return "\n".join(lines).strip() + "\n"


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _word(kind: str, code: Any) -> str:
    """The words the record page writes for an enumerated code ("RANDOMIZED" is "Randomized")."""
    code = str(code)
    return _words()["codes"].get(kind, {}).get(code, code.replace("_", " ").capitalize())


def _protocol(p: dict) -> list[str]:
    w = _words()["labels"]
    ident = p.get("identificationModule", {})
    lines = [ident.get("officialTitle") or ident.get("briefTitle") or "", ""]
    if ident.get("officialTitle") and ident.get("briefTitle"):
        lines += [f"{w['brief_title']}: {ident['briefTitle']}"]
    if ident.get("nctId"):
        lines += [f"{w['nct_id']}: {ident['nctId']}"]
    other = [_get(ident, "orgStudyIdInfo", "id")] + [s.get("id") for s in ident.get("secondaryIdInfos", []) if isinstance(s, dict)]
    if any(other):
        lines += [f"{w['other_ids']}: {' · '.join(str(x) for x in other if x)}"]
    sponsor = _get(p, "sponsorCollaboratorsModule", "leadSponsor", "name")
    if sponsor:
        lines += [f"{w['sponsor']}: {sponsor}"]
    status = _get(p, "statusModule", "overallStatus")
    if status:
        lines += [f"{w['status']}: {_word('status', status)}"]
    why = _get(p, "statusModule", "whyStopped")
    if why:
        lines += [f"{w['why_stopped']}: {why}"]
    for key, label in (("briefSummary", "brief_summary"), ("detailedDescription", "detailed_description")):
        body = _get(p, "descriptionModule", key)
        if body:
            lines += ["", w[label], body]
    lines += [""] + _design(p.get("designModule", {}))
    lines += [""] + _arms(p.get("armsInterventionsModule", {}))
    lines += [""] + _planned_outcomes(p.get("outcomesModule", {}))
    lines += [""] + _eligibility(p.get("eligibilityModule", {}))
    return lines


def _design(d: dict) -> list[str]:
    w = _words()["labels"]
    out = []
    if d.get("studyType"):
        out.append(f"{w['study_type']}: {_word('study_type', d['studyType'])}")
    phases = d.get("phases") or []
    if phases:
        out.append(f"{w['phase']}: {' / '.join(_word('phase', x) for x in phases)}")
    count, kind = _get(d, "enrollmentInfo", "count"), _get(d, "enrollmentInfo", "type")
    if count is not None:
        out.append(f"{w['enrollment']} ({_word('enrollment', kind or 'ESTIMATED')}): {count}")
    info = d.get("designInfo", {})
    for key, label, kind in (("allocation", "allocation", "allocation"),
                             ("interventionModel", "intervention_model", "model")):
        if info.get(key):
            out.append(f"{w[label]}: {_word(kind, info[key])}")
    masking = _get(info, "maskingInfo", "masking")
    if masking:
        out.append(f"{w['masking']}: {_word('masking', masking)}")
    return out


def _arms(a: dict) -> list[str]:
    w = _words()["labels"]
    out = [w["arms"]]
    for g in a.get("armGroups", []):
        out.append(f"{_word('arm_type', g.get('type', 'OTHER'))}: {g.get('label', '')}")
        if g.get("description"):
            out.append(f"  {g['description']}")
        names = g.get("interventionNames") or []
        if names:
            out.append(f"  {w['interventions_of_arm']}: {', '.join(names)}")
    for i in a.get("interventions", []):
        out.append(f"{_word('intervention_type', i.get('type', 'OTHER'))}: {i.get('name', '')}")
        if i.get("description"):
            out.append(f"  {i['description']}")
        if i.get("otherNames"):
            out.append(f"  {w['other_names']}: {', '.join(i['otherNames'])}")
    return out


def _planned_outcomes(o: dict) -> list[str]:
    w = _words()["labels"]
    out = []
    for key, label in (("primaryOutcomes", "primary_outcomes"), ("secondaryOutcomes", "secondary_outcomes"),
                       ("otherOutcomes", "other_outcomes")):
        rows = o.get(key) or []
        if not rows:
            continue
        out += [w[label], w["outcome_columns"]]
        for r in rows:
            out.append("\t".join(r.get(k, "") or "" for k in ("measure", "description", "timeFrame")).rstrip("\t"))
    return out


def _eligibility(e: dict) -> list[str]:
    w = _words()["labels"]
    out = [w["eligibility"]]
    lo, hi = e.get("minimumAge"), e.get("maximumAge")
    if lo or hi:
        out.append(f"{w['ages']}: {lo or ''}{' to ' + hi if hi else ' and older' if lo else ''}")
    if e.get("eligibilityCriteria"):
        out.append(e["eligibilityCriteria"])
    return out


def _results(r: dict) -> list[str]:
    lines = [""] + _flow(r.get("participantFlowModule", {}))
    lines += [""] + _outcome_results(r.get("outcomeMeasuresModule", {}).get("outcomeMeasures", []))
    lines += [""] + _adverse_events(r.get("adverseEventsModule", {}))
    return lines


def _flow(f: dict) -> list[str]:
    groups = f.get("groups") or []
    if not groups:
        return []
    ids = [g.get("id") for g in groups]
    out = [_words()["labels"]["participant_flow"], "\t" + "\t".join(g.get("title", "") for g in groups)]
    for period in f.get("periods", []):
        for m in period.get("milestones", []):
            by_group = {x.get("groupId"): x.get("numSubjects", "") for x in m.get("achievements", [])}
            out.append(_word("milestone", m.get("type", "")) + "\t" + "\t".join(str(by_group.get(i, "")) for i in ids))
    return out


def _cell(m: dict) -> str:
    """A measurement as the page writes it: "9.8 (7.4 to 12.6)", "54.2 (8.1)", "21"."""
    value = str(m.get("value", ""))
    lo, hi, spread = m.get("lowerLimit"), m.get("upperLimit"), m.get("spread")
    if lo is not None or hi is not None:
        value += f" ({lo if lo is not None else 'NA'} to {hi if hi is not None else 'NA'})"
    elif spread is not None:
        value += f" ({spread})"
    return value


def _outcome_results(measures: list) -> list[str]:
    w = _words()["labels"]
    out = [w["outcome_measures"]] if measures else []
    # a group's title by its id, from any measure that lists its groups (a record may list them once)
    titles = {g.get("id"): g.get("title", "") for m in measures for g in m.get("groups") or []}
    for k, m in enumerate(measures, 1):
        ids = _group_ids(m)
        out.append(f"{k}. {_word('outcome_type', m.get('type', 'OTHER'))}: {m.get('title', '')}")
        if m.get("timeFrame"):
            out.append(f"{w['time_frame']}: {m['timeFrame']}")
        if m.get("populationDescription"):
            out.append(f"{w['population']}: {m['populationDescription']}")
        if ids and all(i in titles for i in ids):
            out.append("\t" + "\t".join(titles[i] for i in ids))
        for denom in (m.get("denoms") or [])[:1]:
            counts = {c.get("groupId"): c.get("value", "") for c in denom.get("counts", [])}
            out.append(w["analysed"] + "\t" + "\t".join(str(counts.get(i, "")) for i in ids))
        param = m.get("paramType", "")
        measure = _word("param", param)
        if m.get("dispersionType"):
            measure += f" ({m['dispersionType']})"
        out.append(f"{w['measure_type']}: {measure}")
        unit = f"{w['unit']}: {m.get('unitOfMeasure', '')}"
        notes = []
        for cls in m.get("classes", []):
            for cat in cls.get("categories", []):
                cells = {x.get("groupId"): x for x in cat.get("measurements", [])}
                row = []
                for i in ids:
                    x = cells.get(i, {})
                    row.append(_cell(x))
                    if x.get("comment"):
                        notes.append(x["comment"])
                label = cls.get("title") or cat.get("title") or unit
                out.append(label + "\t" + "\t".join(row))
        out += [f"  {note}" for note in notes]
        for n, a in enumerate(m.get("analyses", []), 1):
            out += _analysis(n, a)
        out.append("")
    return out


def _group_ids(m: dict) -> list:
    """The ids of a measure's groups in their order: its groups, else those its denominators or
    measurements name."""
    ids = [g.get("id") for g in m.get("groups") or []]
    if not ids:
        for denom in m.get("denoms") or []:
            ids += [c.get("groupId") for c in denom.get("counts", []) if c.get("groupId") not in ids]
        for cls in m.get("classes", []):
            for cat in cls.get("categories", []):
                ids += [x.get("groupId") for x in cat.get("measurements", []) if x.get("groupId") not in ids]
    return ids


def _analysis(n: int, a: dict) -> list[str]:
    w = _words()["labels"]
    out = [f"{w['analysis']} {n}"]
    method = f"  {w['method']}: {a['statisticalMethod']}" if a.get("statisticalMethod") else "  "
    if a.get("pValue"):
        method += f"\t{w['p_value']}: {a['pValue']}"
    out.append(method)
    if a.get("paramType") and a.get("paramValue"):
        line = f"  {a['paramType']}: {a['paramValue']}"
        if a.get("ciLowerLimit") or a.get("ciUpperLimit"):
            line += f"\t{a.get('ciPctValue', '95')}% CI: {a.get('ciLowerLimit', 'NA')} to {a.get('ciUpperLimit', 'NA')}"
        out.append(line)
    return out


def _share(affected: Any, at_risk: Any) -> Optional[str]:
    """"11/48": an event's count of those at risk (the page's share is not in the record: not written)."""
    if affected is None or at_risk is None:
        return None
    return f"{affected}/{at_risk}"


def _adverse_events(ae: dict) -> list[str]:
    w = _words()["labels"]
    groups = ae.get("eventGroups") or []
    if not groups:
        return []
    ids = [g.get("id") for g in groups]
    out = [w["adverse_events"]]
    if ae.get("timeFrame"):
        out.append(f"{w['time_frame']}: {ae['timeFrame']}")
    header = "\t" + "\t".join(g.get("title", "") for g in groups)
    for key, label, events in (("deaths", "all_cause_mortality", []),
                               ("serious", "serious_events", ae.get("seriousEvents") or [])):
        cells = [_share(g.get(f"{key}NumAffected"), g.get(f"{key}NumAtRisk")) for g in groups]
        if any(cells) or events:
            out += [w[label] + header, w["total"] + "\t" + "\t".join(c or "" for c in cells)]
        out += _event_rows(events, ids)
    others = ae.get("otherEvents") or []
    if others:
        threshold = ae.get("frequencyThreshold")
        out.append(w["other_events"] + (f" — {w['threshold']}: {threshold}%" if threshold else "") + header)
        out += _event_rows(others, ids)
    return out


def _event_rows(events: list, ids: list) -> list[str]:
    out = []
    for e in events:
        stats = {s.get("groupId"): _share(s.get("numAffected"), s.get("numAtRisk")) for s in e.get("stats", [])}
        out.append(f"  {e.get('term', '')}\t" + "\t".join(stats.get(i) or "" for i in ids))
    return out
