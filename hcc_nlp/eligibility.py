"""Eligibility thresholds from registry criteria and from sentences worded as entry
requirements. Parameters, operators and units come from ``patterns/eligibility.json``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import fastre
from .marks import BULLET_ITEM, BULLET_MARKS, open_before
from .normalize import as_int_or_float, parse_number
from .resources import grammar, load_json

# a value; thousands may be grouped by spaces ("100 000/µL")
_NUM = r"(\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,])|\d+(?:[.,·]\d+)?)"
_CLAUSE_END = re.compile(rf"\n\s*(?:\n|[{BULLET_MARKS}]\s|\d{{1,2}}[.)]\s)|;|\.\s|,\s+(?!with\s+(?:an?\s+)?score\b)(?=[A-Za-z]{{3}})")  # ("class A or B, with a score <=7": one clause)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])|$")  # a sentence end the splitter missed, or the text's end
_CLAUSE_SPLIT = re.compile(r";|\.\s+(?=[A-Z])|$")
# "Exclusion criteria were: ...", "Key exclusion criteria were A; B; C", "were excluded if they had A; had B"
_LIST_AFTER_CUE = grammar("eligibility", "list_after_cue")
_TRAILING_BREAK = re.compile(r"\s*\n\s*$")
_GROUPING = re.compile(r"[ \u2009\u202f]")
_DIGITS = re.compile(r"\d+")
# "Platelets >= 60.000/µl" (German registries): a point before three digits, per microlitre, groups thousands
_POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
_PER_MICROLITRE = grammar("eligibility", "per_microlitre")


@lru_cache(maxsize=1)
def _spec() -> dict:
    spec = load_json("eligibility.json")
    for meta in spec["parameters"].values():
        meta["_own_units"] = tuple((re.compile(r"^\s*(?:" + p + r")", re.I), unit, factor, digits)
                                   for p, unit, factor, digits in meta.get("own_units", ()))
    spec["_params"] = [(k, fastre.compile(v["name"], re.I), v) for k, v in spec["parameters"].items()]
    spec["_suffix_ops"] = [(re.compile(p, re.I), op) for p, op in spec["suffix_operators"]]
    spec["_units"] = [(re.compile(r"^\s*(?:" + p + r")", re.I), unit, factor) for p, unit, factor in spec["units"]]
    spec["_cue"] = fastre.compile(spec["criteria_cue"], re.I)
    spec["_cue_opening"] = re.compile(spec["criteria_cue_opening"], re.I)
    spec["_baseline_description"] = re.compile(spec["baseline_description"], re.I)
    spec["_op_values"] = [(re.compile(r"(?:^|\s|\b)(?:" + p + r")\s*" + _NUM, re.I), op) for p, op in spec["operators"]]
    spec["_bullet"] = fastre.compile(spec["bullet_operator"], re.I)
    spec["_bullet_baseline"] = re.compile(spec["bullet_baseline"], re.I)
    spec["_not_criteria"] = fastre.compile(spec["not_criteria"], re.I)
    spec["_exclusion_cue"] = re.compile(spec["exclusion_cue"], re.I)
    spec["_read"] = {name: re.compile(regex.replace("{NUM}", _NUM)) for name, regex in spec["value_readers"].items()}
    return spec


def is_bullet_criterion(text: str) -> bool:
    """A bulleted line holding a threshold ("• Age \\>= 18", "• Zubrod performance status 0-1")
    in registry criteria without a heading."""
    if not BULLET_ITEM.match(text) or _spec()["_bullet_baseline"].match(BULLET_ITEM.sub("", text, count=1)):
        return False
    if _spec()["_bullet"].search(text):
        return True
    follows = _spec()["_read"]["value_follows"]
    return any(m and follows.match(text, m.end()) for _, regex, _meta in _spec()["_params"] for m in [regex.search(text)])


def exclusion_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a prose sentence (split at ';' and at a sentence end the splitter missed)
    that state exclusions, as (start, end) offsets into ``text``."""
    exclusion_cue = _spec()["_exclusion_cue"]
    out, start, list_end = [], 0, -1
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.group() == ";" and open_before(text, start, m.start()) is not None:
            continue  # "(Cheng type I-III; thrombus in the superior mesenteric vein was excluded)": a bracket's ';'
        cue = exclusion_cue.search(text, start, m.start())
        while cue is not None and open_before(text, start, cue.start()) is not None:
            # an exclusion said inside a bracket is the bracket's, not the clause's
            cue = exclusion_cue.search(text, cue.end(), m.start())
        if cue or start < list_end:
            out.append((start, m.start()))
        if cue and _LIST_AFTER_CUE.match(text, cue.end(), m.start()):
            # "Exclusion criteria were: (1) ...; (2) ...", "Key exclusion criteria were A; B; ...": the list
            # after the colon or the verb, to the sentence end; "excluded if they had A; had B; or had
            # C": the clauses after go on with the list
            list_end = _SENTENCE_END.search(text, cue.end()).start()
        start = m.end()
    return out


def is_criteria_sentence(text: str, in_results: bool = False) -> bool:
    """True when a prose sentence states entry criteria; not one of a Results section that
    describes the patients enrolled ("31 males and 17 females, aged 41-73 years")."""
    spec = _spec()
    if in_results and spec["_baseline_description"].search(text):
        return False
    return bool(spec["_cue"].search(text) or spec["_cue_opening"].match(text))


def _unit(text: Optional[str], default: Optional[str], own: tuple = ()) -> tuple[Optional[str], float, Optional[int]]:
    """The canonical unit of a written one, the factor to it and the decimals to round to (None:
    as computed); a parameter's ``own`` units come first ("haemoglobin 5.6 mmol/L")."""
    if text is None:
        return default, 1.0, None
    for regex, unit, factor, digits in own:
        if regex.match(text):
            return unit, factor, digits
    for regex, unit, factor in _spec()["_units"]:
        if regex.match(text):
            return unit, factor, None
    return default, 1.0, None


def _criterion(kind, param, op, value, unit, evidence) -> dict:
    return {"kind": kind, "parameter": param, "operator": op, "value": value, "unit": unit, "evidence": evidence}


def parse_criteria(text: str, kind: str, offset: int = 0) -> list[dict]:
    """All thresholds in one criterion line or sentence."""
    spec = _spec()
    hits = []
    # stratification factors are not thresholds: "(factors: tumour size <= 5 vs > 5 cm, ...)"
    skip = [(m.start(), m.end()) for m in spec["_not_criteria"].finditer(text)]
    for name, regex, meta in spec["_params"]:
        for m in regex.finditer(text):
            if any(h[1] <= m.start() < h[2] for h in hits) or any(a <= m.start() < b for a, b in skip):
                continue
            short = _SHORT_FORM_AFTER.match(text, m.end())  # "Aspartate aminotransferase (AST)": one name
            hits.append((name, m.start(), short.end() if short else m.end(), meta))
    hits.sort(key=lambda h: h[1])
    out: list[dict] = []
    pending: list[tuple] = []  # (name, start, unit) of parameters joined by "or"/"and" waiting for a shared value
    for k, (name, start, end, meta) in enumerate(hits):
        stop = hits[k + 1][1] if k + 1 < len(hits) else len(text)
        seg = text[end:stop]
        # the value runs to the end of the clause; a soft line break (hard-wrapped text) is not one
        seg = _CLAUSE_END.split(seg)[0]
        seg = _TRAILING_BREAK.sub("", seg)
        negated = spec["_read"]["negated_name"].search(text[start:end]) or _NO_BEFORE.search(text, max(0, start - 20), start)
        if meta.get("bare_operator") and spec["_read"]["upper_bound_before"].search(text, max(0, start - 12), start):
            meta = dict(meta, bare_operator="<=")  # a registry's "Maximum age: 70 Years"
        found = _read(seg, meta, negated=bool(negated))
        if not found and spec["_read"]["joined_names"].fullmatch(seg):
            pending.append((name, start, meta["unit"]))
            continue
        kinds = spec["unit_kinds"]
        for op, value, unit_text, *other in found:
            unit, factor, digits = _unit(unit_text, meta["unit"], meta.get("_own_units", ()))
            if unit in kinds and meta["unit"] in kinds and kinds[unit] != kinds[meta["unit"]]:
                continue  # "aged 18 and over with a single cancer up to 8 cm across": no age of 8 cm
            if unit in spec["unwritten_units"]:
                unit = None  # "prothrombin activity >= 50%"
            if isinstance(value, float):
                value = as_int_or_float(round(value * factor, 6 if digits is None else digits))
            # "AST, ALT <= 5 x ULN": names joined before one value share it, when measured alike (not
            # "HCC of ... in maximum diameter, Child-Pugh score <= 7")
            shared = [(p, s) for p, s, u in pending if u == meta["unit"]]
            for pname, pstart in shared + [(other[0] if other else name, start)]:
                out.append(_criterion(kind, pname, op, value, unit, [[offset + pstart, offset + end + len(seg)]]))
        pending = []
    return out


_SHORT_FORM_AFTER = grammar("eligibility", "short_form_after")  # "Aspartate aminotransferase (AST)"


def _clause(tail: str, limit: int) -> str:
    """The words right after a value, up to a comma or semicolon: "5 cm, or 2 or more tumours" does
    not make "> 5 cm" an "or more"."""
    return re.split(r"[,;]", tail[:limit], maxsplit=1)[0]


_NO_BEFORE = grammar("eligibility", "no_before")  # "no lesion larger than 10 cm", "no single lesion ..."
_NEGATE = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}
_REVERSED = {"<=": ">=", "≤": ">=", ">=": "<=", "≥": "<=", "<": ">", ">": "<"}  # "20 <= age" is "age >= 20"


def _read(seg: str, meta: dict, negated: bool = False) -> list[tuple]:
    if negated:  # "no lesion may be greater than 10 cm"
        return [(_NEGATE.get(op, op), v, u, *rest) for op, v, u, *rest in _read(seg, meta)]
    seg = " ".join(seg.split())  # a hard-wrapped value: "aged 20 years or\n      older"
    spec = _spec()
    reader = spec["_read"]
    read = meta["read"]
    if read == "class":
        m = reader["class_a_or_b_score"].match(seg)
        if m:  # "Child-Pugh A or B7", "A5 to B7", "≤ B7", "B7 or better": every score up to 7
            return [("<=", int(next(g for g in m.groups() if g)), None, "child_pugh_score")]
        m = reader["class_with_scores"].match(seg)
        if m:  # "Child-Pugh B7 or B8": the class and its scores
            scores = [x for x in m.group(2, 3) if x]
            score = ("in", ",".join(scores), None, "child_pugh_score") if len(scores) > 1 \
                else ("=", int(scores[0]), None, "child_pugh_score")
            return [("=", m.group(1), None), score]
        m = reader["class_letters"].match(seg)
        if not m:
            return []
        classes = ("in", f"{m.group(1)},{m.group(2)}", None) if m.group(2) else ("=", m.group(1), None)
        score = reader["class_then_score"].match(seg, m.end())
        if not score:
            return [classes]
        # "class B with a score of 7", "A or B (score ≤7)", "class B (score 7 or 8)": the classes and the score
        if score.group(3):
            return [classes, ("in", f"{score.group(2)},{score.group(3)}", None, "child_pugh_score")]
        # "class A or B with a score of 7 or lower"
        return [classes, ("<=" if score.group(1) or score.group(4) else "=", int(score.group(2)), None, "child_pugh_score")]
    if read == "ecog":
        ge = reader["ecog_at_least"].match(seg)
        if ge:  # "ECOG PS ≥2" (an exclusion)
            return [(">=", int(ge.group(1)), None)]
        m = reader["ecog_values"].match(seg)
        if not m:
            return []
        if m.group(2) is None and any(regex.match(seg[m.end(1):].lstrip()) and code == ">=" for regex, code in spec["_suffix_ops"]):
            return [(">=", int(m.group(1)), None)]  # "2 or more"
        hi = m.group(2) or m.group(1)
        if m.group(2) is None and reader["ecog_upper_bound_sign"].match(seg) is None:
            return [("<=", int(hi), None)] if reader["ecog_zero"].match(seg) is None else [("=", 0, None)]
        return [("<=", int(hi), None)]
    m = reader["value_then_operator"].fullmatch(seg)
    if m:  # "20 years-old <=": 20 <= the value
        op = _REVERSED[m.group(m.lastindex)]
        return [(op, parse_number(_GROUPING.sub("", m.group(1)).replace(",", "")), None)]
    if meta.get("listed_values"):
        m = reader["value_pair"].match(seg)
        if m and meta.get("lowest") is not None and int(m.group(1)) == meta["lowest"]:
            return [("<=", int(m.group(2)), None)]  # "score 5 or 6": up to 6, as "5 to 6" reads
        if m:  # "a Child-Pugh score of 7 or 8", "of 7, 8 or 9"
            return [("in", ",".join(_DIGITS.findall(seg, m.start(1), m.end())), None)]
    results = []
    # range "18-75 years", "from 18 to 75"
    m = reader["range"].match(seg)  # "18-75 years", "18 Years to 75 Years"
    if m and not reader["range_after_sign"].match(seg):
        unit_text = m.group(3)
        low, high = parse_number(_GROUPING.sub("", m.group(1))), parse_number(_GROUPING.sub("", m.group(2)))
        if meta.get("lowest") is not None and low == meta["lowest"]:
            return [("<=", high, unit_text)]  # "a Child-Pugh score of 5 to 7": 5 is the lowest score there is
        return [(">=", low, unit_text), ("<=", high, unit_text)]
    for part in reader["threshold_split"].split(seg):
        op = None
        # the first operator written ("... >10 cm in diameter, or tumour volume ≥50%": >10)
        found_ops = [(m, code) for regex, code in spec["_op_values"] if (m := regex.search(part))]
        pm, code = min(found_ops, key=lambda x: x[0].start()) if found_ops else (None, None)
        if pm:
            # "=" where a registry lost the symbol: the parameter's own direction ("bilirubin =2.0": <=)
            op = (meta.get("equals_operator") or meta.get("bare_operator", code)) \
                if code == ">=" and pm.group().strip().startswith("=") else code
        if pm is not None and pm.start() > 0 and (first := reader["bare_value"].match(part)) and first.start(1) < pm.start() \
                and any(regex.search(_clause(first.group(2), 40)) for regex, _ in spec["_suffix_ops"]):
            pm = None  # "aged 20 years or older with ... ≤3 cm": the number written first, with its own operator
        if pm is None:
            pm = reader["bare_value"].match(part)
            if not pm:
                continue
            tail = part[pm.end(1):]
            op = next((code for regex, code in spec["_suffix_ops"] if regex.search(_clause(tail, 40))), None)
            if op is None:
                op = meta.get("bare_operator")
            if op is None:
                continue
            value = parse_number(_GROUPING.sub("", pm.group(1)).replace(",", ""))
            results.append((op, value, tail))
            continue
        value = parse_number(_GROUPING.sub("", pm.group(pm.lastindex)).replace(",", ""))
        tail = part[pm.end():]
        if _POINT_GROUPED.fullmatch(pm.group(pm.lastindex)) and _PER_MICROLITRE.match(tail):
            value = parse_number(pm.group(pm.lastindex).replace(".", ""))  # "60.000/µl": a continental thousands point
        negated = reader["negated_cap"].search(part, 0, pm.start() + 5)
        if negated and op == ">":
            op = "<="
        suffix = next((code for regex, code in spec["_suffix_ops"] if regex.search(_clause(tail, 25))), None)
        results.append((suffix or op, value, tail))
    return results
