"""Pure normalisers from matched text to the record contract's values. No spaCy here."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional

from .resources import grammar, load_json

NUMBER_WORDS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.·]\d+)?|[.·]\d+"
NUM_RE = re.compile(_NUM)


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def parse_number(text: str) -> Optional[float]:
    """'1,000' -> 1000, '13·6' -> 13.6, '.001' -> 0.001, 'Forty' -> 40, 'twenty-two' -> 22,
    'Six hundred sixty-eight' -> 668."""
    t = text.strip().replace("·", ".")
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?", t)
    if m and t:
        return float(t.replace(",", ""))
    words = re.split(r"[\s-]+", t.lower())
    if len(words) > 2 and words[1] == "hundred" and words[2] == "and":
        del words[2]  # "two hundred and five"
    if words and all(w in NUMBER_WORDS for w in words):
        total = 0
        for w in words:
            v = NUMBER_WORDS[w]
            total = total * v if v == 100 and total else total + v
        return float(total)
    return None


def leading_number(text: str) -> Optional[float]:
    """The number a phrase opens with: '42 evaluable patients' -> 42, 'Six hundred sixty-eight
    patients' -> 668, 'Forty patients' -> 40; None when it opens with none."""
    words = text.split()
    for k in range(min(len(words), 5), 0, -1):  # the longest run of words that reads as one number
        n = parse_number(" ".join(words[:k]))
        if n is not None:
            return n
    return None


def as_int_or_float(value: Optional[float]):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def numbers_in(text: str) -> list[float]:
    return [parse_number(m.group()) for m in NUM_RE.finditer(text)]


# ---- doses -----------------------------------------------------------------------------------

_UNITS = load_json("units.json")
UNIT_MAP: dict[str, str] = _UNITS["codes"]  # a written unit (lower case) -> the contract's unit code
_CONTRACT_UNITS = frozenset(_UNITS["contract_units"])
_TO_GBQ: dict[str, float] = _UNITS["activity_in_gbq"]  # an activity's other units, in GBq (the contract's unit)


@dataclass
class Dose:
    dose: float
    dose_max: Optional[float]
    unit: Optional[str]
    per_day: bool = False


_PER_WORDS = grammar("normalize", "per_words")
_NEGATIVE_POWER = grammar("normalize", "negative_power")  # a unit per m² or kg written as a power
_FRACTIONS_OF = grammar("normalize", "fractions_of")  # "5 fractions of 7 Gy", "five treatments of 7 Gy each"
_GY_TIMES = grammar("normalize", "gy_times")  # "7 Gy x 5 fractions"
_SIZED_FRACTIONS = grammar("normalize", "sized_fractions")  # "in five 8-Gy fractions"
_FRACTIONS_COUNT = grammar("normalize", "fractions_count")  # "60 Gy in 15 fractions", "in 5 sessions"
DEATH_WORDS = grammar("normalize", "death_words")  # "fatal", "deaths", "died": a grade 5 event
_TOTAL_OF = grammar("normalize", "total_of")  # "(35 Gy in total)", "for a total of 35 Gy"
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3}(?!\d))")


def parse_dose(text: str) -> Optional[Dose]:
    """'400 mg' / '1.25 mg/kg' / '35 mg/m2' / '12 mg/day' / '400-800 mg' / '1,000 mg/m²' / '250
    micrograms'; '12 mg/body' (Japanese usage: a flat dose) is mg. A unit the contract has no code
    for ('3 MU', '5000 IU', '3 million units') gives the dose without a unit; an activity in MBq or mCi is
    given in GBq."""
    t = text.replace("²", "2").replace("m(2)", "m2").replace("m^2", "m2")
    t = _SPACED_THOUSANDS.sub("", t)  # "1 000 mg/m2"
    t = _PER_WORDS.sub(lambda m: "/kg" if m.group(1) else "/m2", t)  # "15 mg per kilogram of body weight"
    t = _NEGATIVE_POWER.sub(lambda m: "/kg" if m.group(1) else "/m2", t)  # "85 mg m⁻²", "7.5 mg kg⁻¹"
    m = re.search(r"(microgram|milligram|gram|mg|g|mcg|µg|μg|ug|mL|ml|GBq|MBq|mCi|MIU|MU|IU|U|units)s?\s*(?:/\s*(m2|kg|day|d|week|dose|time|body))?"
                  r"(?:\s*/\s*(day|d))?\s*$", t)
    if not m:
        return None
    nums = numbers_in(t[:m.start()])
    if not nums:
        return None
    base = UNIT_MAP.get(m.group(1).lower())
    per = m.group(2)
    per_day = per in ("day", "d") or m.group(3) in ("day", "d")
    unit = base
    if per in ("m2", "kg") and base in ("mg", "g"):
        unit = f"{base}/{per}"
    if unit not in _CONTRACT_UNITS:
        unit = None
    dose_max = nums[1] if len(nums) > 1 else None
    factor = _TO_GBQ.get(m.group(1).lower()) if per is None else None
    if factor is not None:  # an activity in another unit: "1850 MBq" is 1.85 GBq, "50 mCi" 1.85 GBq
        return Dose(dose=round(nums[0] * factor, 4), dose_max=round(dose_max * factor, 4) if dose_max is not None else None,
                    unit="GBq", per_day=per_day)
    return Dose(dose=nums[0], dose_max=dose_max, unit=unit, per_day=per_day)


# ---- schedules -------------------------------------------------------------------------------

def _interval(weeks: str, days: str) -> str:
    """The interval wordings "at 3-week intervals", "intervals of 3 weeks" (and "21-day
    intervals" when ``days`` is given) as one alternation."""
    out = rf"\b(?:{weeks})[\s-]weeks?\s+intervals?\b|\bintervals?\s+of\s+(?:{weeks})\s+weeks\b"
    return out + (rf"|\b{days}[\s-]days?\s+intervals?\b" if days else "")


def _frequency_regexes(spec: dict) -> list[tuple[re.Pattern, str]]:
    """(regex, code) per code of ``patterns/frequencies.json``, in the file's order."""
    def expand(alternative: str) -> str:
        m = re.fullmatch(r"\{INTERVAL:([^;}]*);([^}]*)\}", alternative)
        return _interval(m.group(1), m.group(2)) if m else alternative
    return [(re.compile("|".join(expand(a) for a in entry["alternatives"]), re.I), entry["code"])
            for entry in spec["codes"]]


_FREQ_RES = _frequency_regexes(load_json("frequencies.json"))
DAILY_CODES = {"QD", "BID", "TID"}
INTERVAL_DAYS = {"QW": 7, "Q2W": 14, "Q3W": 21, "Q4W": 28, "Q6W": 42}


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def parse_frequency(text: str) -> Optional[str]:
    """'twice daily' -> BID, 'q3w' -> Q3W, 'every other week' -> Q2W, 'once' -> once."""
    text = " ".join(text.split())
    for regex, code in _FREQ_RES:
        if regex.search(text):
            return code
    return None


def parse_days(text: str) -> Optional[str]:
    """'days 1-28' -> '1-28'; 'day 1 and 15' -> '1,15'; 'day 1–day 14' -> '1-14'; 'days 1, 8, and 15' -> '1,8,15';
    'D1-14' -> '1-14'."""
    t = re.sub(r"(?i)\bdays?\b|\b[Dd](?=\d)", " ", text)
    t = re.sub(r"\s*(?:–|—|to|through)\s*", "-", t)
    t = re.sub(r"\s*-\s*", "-", t)
    items = []
    for part in re.split(r"\s*(?:,|&|\band\b)\s*", t):
        part = part.strip()
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if m:
            items.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None))
    if not items:
        return None
    items.sort()
    return ",".join(f"{a}-{b}" if b is not None else f"{a}" for a, b in items)


_NUMBER_UNIT = re.compile(r"(\d+|[a-z]+)[-\s](day|week|d|wk)s?\b", re.I)  # "28-day", "three weeks", "21 d"


def parse_cycle_days(text: str) -> Optional[int]:
    """The days of a cycle a SCHEDULE span of cycle words gives (``patterns/numbers.json``'s cycle
    pattern says which wordings are one): its first number with a unit of days or weeks. '28-day
    cycle' -> 28, 'each 4-week cycle' -> 28, 'cycles of 21 days' -> 21, 'each cycle lasts 4 weeks'
    -> 28, '4 weeks was one course of treatment' -> 28, 'every 4 weeks' -> 28."""
    for m in _NUMBER_UNIT.finditer(text):
        n = parse_number(m.group(1))
        if n is not None:
            return int(n * (7 if m.group(2).lower() in ("week", "wk") else 1))  # "21-d cycles", "3-wk cycles"
    return None


def share_printed(count: float, total: Optional[float], percent: Optional[float]) -> bool:
    """Whether ``count`` of ``total``, rounded as ``percent`` is printed, is that percent
    ("9 (14.5)" of 62; "3 (5.2%)" of 58): ``total`` is the count's denominator."""
    if not total or percent is None:
        return False
    decimals = len(str(percent).partition(".")[2]) if isinstance(percent, float) and not percent.is_integer() else 0
    return abs(count * 100 / total - percent) <= 0.5 * 10 ** -decimals + 1e-9


def parse_on_off(text: str) -> tuple[Optional[str], Optional[int]]:
    """'for the first 3 weeks of each 4-week cycle', 'for 3 weeks of every 4-week cycle' -> ('1-21', 28);
    '14 days followed by 7 days
    off' -> ('1-14', 21); '28 days followed by a week of rest' -> ('1-28', 35); '2 weeks on, 1 week off';
    '21 days on/7 days off' -> ('1-21', 28)."""
    t = " ".join(text.lower().split())
    days_of = lambda n, unit: int(n * (7 if unit.startswith("week") else 1))  # noqa: E731
    word = r"(\d+|[a-z]+)"
    m = re.search(r"(?:first\s+|\bfor\s+|^)" + word + r"\s+(weeks?|days?)\s+of\s+(?:each|every|a|the)\s+" + word + r"[-\s](weeks?|days?)", t)
    if m:
        on, cycle = parse_number(m.group(1)), parse_number(m.group(3))
        if on is None or cycle is None:
            return None, None
        return f"1-{days_of(on, m.group(2))}", days_of(cycle, m.group(4))
    m = re.search(word + r"\s+(?:consecutive\s+)?(days?|weeks?)\s+(?:followed\s+by|then|and)\s+(?:an?\s+)?" + r"(\d+|[a-z]+)?[-\s]?(days?|weeks?)", t) or \
        re.search(word + r"\s+(weeks?|days?)\s+on\W+(?:and\s+)?" + word + r"\s+(weeks?|days?)\s+off", t)
    if m:
        on = parse_number(m.group(1))
        off = parse_number(m.group(3)) if m.group(3) and m.group(3) not in ("a", "an") else 1
        if on is None or off is None:
            return None, None
        on_days = days_of(on, m.group(2))
        return f"1-{on_days}", on_days + days_of(off, m.group(4))
    return None, None


# ---- radiation --------------------------------------------------------------------------------

@dataclass
class RadiationDose:
    dose: Optional[float]
    dose_max: Optional[float]
    dose_per_fraction: Optional[float]
    fractions: Optional[int]


_TOLERANCE = grammar("normalize", "radiation_tolerance")  # "120 ± 20 Gy": 120 Gy


def parse_radiation(text: str, per_fraction: bool = False) -> Optional[RadiationDose]:
    """'40 Gy to 60 Gy' -> 40..60; '60 Gy in 15 fractions' -> 60, 15 fx, 4 Gy/fx; '2Gy' with
    ``per_fraction`` -> 2 Gy per fraction."""
    t = _TOLERANCE.sub("", text.replace("·", "."))  # "120 ± 20 Gy": 120 Gy
    each = _FRACTIONS_OF.match(t) or _GY_TIMES.match(t)
    if each is not None:
        # "5 fractions of 7 Gy each (35 Gy in total)", "7 Gy x 5": the fractions and their dose (and
        # the total only when it is written)
        count, per = (each.group(1), each.group(2)) if each.re is _FRACTIONS_OF else (each.group(2), each.group(1))
        n = parse_number(count)
        total = _TOTAL_OF.search(t, each.end())
        if n is not None and n == int(n):
            dose = parse_number(total.group(1)) if total else None
            # "5 fractions of 8-10 Gy": a range per fraction is no one dose per fraction
            ranged = each.re is _FRACTIONS_OF and each.group(3) is not None
            return RadiationDose(dose, None, None if ranged else parse_number(per), int(n))
    sized = _SIZED_FRACTIONS.search(t)
    n = parse_number(sized.group(1)) if sized else None
    if n is not None and n == int(n):  # "40 Gy in five 8-Gy fractions": the total (when written), count and size
        before = numbers_in(t[:sized.start()])
        return RadiationDose(before[0] if before else None, None, parse_number(sized.group(2)), int(n))
    fx = _FRACTIONS_COUNT.search(t)
    if fx and parse_number(fx.group(1)) is None:
        fx = None  # "in daily fractions" without a count
    core = t[:fx.start()] if fx else t
    cgy = bool(re.search(r"cGy", core))
    nums = numbers_in(core)
    if not nums:
        # "in five fractions" after alternative total doses: the fractions alone
        return RadiationDose(None, None, None, int(parse_number(fx.group(1)))) if fx and not core.strip() else None
    if cgy:
        nums = [n / 100 for n in nums]
    fractions = int(parse_number(fx.group(1))) if fx else None  # "in 5 fractions", "in five fractions"
    if per_fraction:  # ("8-10 Gy per fraction": a range is no one dose per fraction)
        return RadiationDose(None, None, nums[0] if len(nums) == 1 else None, fractions)
    dose, dose_max = nums[0], (nums[1] if len(nums) > 1 else None)
    # the dose per fraction is not computed: the record keeps what the text states
    return RadiationDose(dose, dose_max, None, fractions)


# ---- statistics -------------------------------------------------------------------------------

_LESS_THAN = grammar("normalize", "less_than")
_GREATER_THAN = grammar("normalize", "greater_than")


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def parse_p(text: str) -> Optional[str]:
    """'P < .001' -> '<0.001', 'p=0.072' -> '0.072', 'P < 0.016' -> '<0.016', 'p>0.05' -> '>0.05',
    'p less than 0.01' -> '<0.01'."""
    t = text.replace("&lt;", "<").replace("&gt;", ">").replace("·", ".")
    t = _GREATER_THAN.sub(">", _LESS_THAN.sub("<", t))
    t = t.replace("≤", "<").replace("≥", ">")
    m = re.search(r"([<>])?\s*=?\s*(\d*\.?\d+)(?:\s*[x×]\s*10\s*[-−]\s*(\d+))?\s*$", t)
    if not m:
        return None
    op = m.group(1) or ""
    num = m.group(2)
    if m.group(3):
        num = f"{float(num) * 10 ** -int(m.group(3)):.10f}".rstrip("0")
    if num.startswith("."):
        num = "0" + num
    return f"{op}{num}"


_CI_LEVEL = grammar("normalize", "ci_level")
_SIDED = grammar("normalize", "sided")


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def parse_ci(text: str) -> tuple[Optional[float], Optional[float]]:
    """'95% CI: 0.15, 0.53' -> (0.15, 0.53); 'CI 95% 0.15-0.53' -> (0.15, 0.53);
    '95% CI 4.4 - not estimable' -> (4.4, None)."""
    t = text.replace("·", ".")
    t = _CI_LEVEL.sub("", t)  # the level: '95% CI', 'CI 95%', '95%-CI'
    t = _SIDED.sub("", t)  # '95% Confidence Interval (2-Sided): 0.41 to 0.93'
    nums = [m.group() for m in NUM_RE.finditer(t)]
    values = [parse_number(n) for n in nums]
    low = values[0] if values else None
    high = values[1] if len(values) > 1 else None
    return low, high


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def parse_ratio(text: str) -> tuple[Optional[str], Optional[float]]:
    """'hazard ratio [HR] = 0.28' -> ('HR', 0.28); 'odds ratio 1.5' -> ('OR', 1.5)."""
    low = text.lower()
    measure = "HR"
    if "odds" in low or re.search(r"\bOR\b", text):
        measure = "OR"
    elif "risk" in low or re.search(r"\bRR\b", text):
        measure = "RR"
    nums = NUM_RE.findall(text)
    return measure, parse_number(nums[-1]) if nums else None


# every grade at once: the AE_GRADE pattern's own words (``numbers.json`` fragment ANY_GRADE), or "any G"
_ANY_GRADE = re.compile(r"\b(?:" + load_json("numbers.json")["fragments"]["ANY_GRADE"] + r")\b|\bany\s+G\b", re.I)


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def parse_grade(text: str) -> Optional[str]:
    """'grade 3' -> '3'; 'Grade 3 or 4', 'grade 3/4', 'grades 3-4', 'III-IV grade' -> '3-4';
    '≥ grade 2', 'grade ≥3', 'grade 3 or higher', 'G3+' -> '>=2' / '>=3'; 'any G', 'of any severity' -> 'any'."""
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
    if DEATH_WORDS.search(text):
        return "5"
    if _ANY_GRADE.search(text):
        return "any"
    t = re.sub(r"\bG(?=[1-5])", "grade ", text.replace(">/=", "≥"))
    values = []
    for tok in re.findall(r"\b(IV|V|I{1,3}|[1-5])(?:(?<=[IV])[ab])?\b", t):  # Clavien-Dindo "IIIa" is III
        values.append(roman.get(tok, None) or int(tok))
    if not values:
        return None
    at_least = bool(re.search(r"[≥>]|at least|or (?:higher|greater|above|more|worse)|\d\s*\+", t, re.I))
    if at_least:
        return "any" if values[0] == 1 else f">={values[0]}"  # "grade >=1" is every grade
    if len(values) >= 2 and values[1] != values[0]:
        low, high = min(values[:2]), max(values[:2])
        # "Grades 1–4" (a drug label's laboratory table, where no value is fatal) and "grades 1-5" are every grade
        return "any" if low == 1 and high >= 4 else f"{low}-{high}"
    return str(values[0])


_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "i": "I", "ii": "II", "iii": "III", "iv": "IV"}


_UNICODE_ROMAN = {0x2160: "I", 0x2161: "II", 0x2162: "III", 0x2163: "IV"}


def parse_phase(text: str) -> Optional[str]:
    """'Phase 2' -> 'II'; 'phase I/II' -> 'I/II'; 'Phase 1b/2' -> 'I/II'; 'phase IIa' -> 'II'."""
    text = text.translate(_UNICODE_ROMAN)  # "phase Ⅲ"
    parts = re.findall(r"(IV|I{1,3}|[1-4])[ab]?", re.sub(r"(?i)\bphase\b|^\s*ph\.?|:", " ", text), re.I)
    parts = [_ROMAN.get(p.lower(), p.upper()) for p in parts]
    if not parts:
        return None
    if len(parts) >= 2 and parts[0] != parts[1]:
        value = f"{parts[0]}/{parts[1]}"
    else:
        value = parts[0]
    return value if value in ("I", "I/II", "II", "II/III", "III", "IV") else parts[0]


_UNIT_WORDS = {"yr": "year", "yrs": "year", "y": "year", "wk": "week", "wks": "week", "m": "month"}


def months_from(amount: float, unit: str) -> float:
    """Landmark time in months: weeks and days as days / 30.4375, one decimal."""
    unit = _UNIT_WORDS.get(unit.lower(), unit.lower())
    if unit.startswith("year"):
        return amount * 12
    if unit.startswith("mo"):
        return amount
    if unit.startswith("week"):
        return round(amount * 7 / 30.4375, 1)
    if unit.startswith("day"):
        return round(amount / 30.4375, 1)
    return amount


def landmark_months(amount: str, unit: str) -> Optional[float]:
    """A landmark written as an amount and a unit ("2"/"two", "year"; "16", "week") in months,
    or None when the amount is not a number."""
    n = parse_number(amount)
    return None if n is None else months_from(int(n) if n.is_integer() else n, unit)


def timepoint_parts(m: re.Match) -> tuple[str, str]:
    """(amount, unit) of a landmark matched by a cue whose groups that matched are one amount
    and one unit, in either order: "2-year", "at 2 years", "at week 16". A landmark glued to its
    endpoint without a unit ("PFS6", "PFS-12": the progression-free rate at 6 or 12 months) counts months."""
    groups = [g for g in m.groups() if g]
    amount = next(g for g in groups if parse_number(g) is not None)
    return amount, next((g for g in groups if g is not amount), "month")


@lru_cache(maxsize=8192)  # pure; the same strings recur across sentences and documents
def time_unit(text: str) -> Optional[str]:
    m = re.search(r"(month|mo\b|week|wk|day|year)", text, re.I)
    if not m:
        return None
    return {"mo": "months", "wk": "weeks"}.get(m.group(1).lower(), m.group(1).lower() + "s")
