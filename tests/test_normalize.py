import pytest

from hcc_nlp.normalize import (parse_ci, parse_cycle_days, parse_days, parse_dose, parse_frequency,
                               parse_grade, parse_number, parse_on_off, parse_p, parse_phase, parse_radiation,
                               parse_ratio, months_from, landmark_months)


@pytest.mark.parametrize("text,dose,dose_max,unit,per_day", [
    ("400 mg", 400, None, "mg", False),
    ("400mg", 400, None, "mg", False),
    ("1.25 mg/kg", 1.25, None, "mg/kg", False),
    ("35 mg/m2", 35, None, "mg/m2", False),
    ("85 mg/m²", 85, None, "mg/m2", False),
    ("125 mg/m(2)", 125, None, "mg/m2", False),
    ("1,000 mg/m2", 1000, None, "mg/m2", False),
    ("1 000 mg/m2", 1000, None, "mg/m2", False),
    ("1\u202f250 mg", 1250, None, "mg", False),
    ("12 mg/day", 12, None, "mg", True),
    ("400-800 mg", 400, 800, "mg", False),
    ("1 g/m2", 1, None, "g/m2", False),
    ("150 mcg", 150, None, "mcg", False),
    ("2.5 mg / kg", 2.5, None, "mg/kg", False),
    ("15 mg per kilogram of body weight", 15, None, "mg/kg", False),
    ("15 milligrams per kilo", 15, None, "mg/kg", False),  # spoken
    ("85 mg per square meter of body-surface area", 85, None, "mg/m2", False),
    ("85 mg m⁻²", 85, None, "mg/m2", False),  # a journal's negative powers
    ("7.5 mg kg⁻¹", 7.5, None, "mg/kg", False),
    ("2,400 mg m-2", 2400, None, "mg/m2", False),
    ("15 mg for every kilogram you weigh", 15, None, "mg/kg", False),
    ("250 micrograms", 250, None, "mcg", False),
    ("400 milligrams", 400, None, "mg", False),
    ("500 mg/time", 500, None, "mg", False),  # per administration (Chinese-journal English)
    ("3 MU", 3, None, None, False),  # million units: a unit the contract has no code for
    ("5 MIU/m2", 5, None, None, False),
])
def test_parse_dose(text, dose, dose_max, unit, per_day):
    d = parse_dose(text)
    assert (d.dose, d.dose_max, d.unit, d.per_day) == (dose, dose_max, unit, per_day)


@pytest.mark.parametrize("text,code", [
    ("twice daily", "BID"), ("twice-daily", "BID"), ("BID", "BID"), ("b.i.d.", "BID"), ("bid", "BID"),
    ("once daily", "QD"), ("daily", "QD"), ("once a day", "QD"), ("QD", "QD"), ("three times daily", "TID"),
    ("weekly", "QW"), ("every week", "QW"), ("every other week", "Q2W"), ("biweekly", "Q2W"),
    ("every 2 weeks", "Q2W"), ("q3w", "Q3W"), ("Q3W", "Q3W"), ("every three weeks", "Q3W"),
    ("every 4 weeks", "Q4W"), ("q4w", "Q4W"), ("every 6 weeks", "Q6W"), ("single dose", "once"),
    # abbreviations and British forms
    ("b.d.", "BID"), ("bd", "BID"), ("2x daily", "BID"), ("2 × daily", "BID"), ("q12h", "BID"),
    ("every 12 hours", "BID"), ("q8h", "TID"), ("t.d.s.", "TID"), ("o.d.", "QD"), ("od", "QD"),
    ("q24h", "QD"), ("q.3.w.", "Q3W"), ("q 3 weeks", "Q3W"), ("q3 wks", "Q3W"), ("Q2Wk", "Q2W"),
    ("every 3 wk", "Q3W"), ("every 7 days", "QW"), ("at 3-week intervals", "Q3W"),
    ("intervals of 4 weeks", "Q4W"), ("14-day intervals", "Q2W"),
    # 'N-weekly' is every N weeks; 'bi-weekly' every 2; 'twice weekly' has no code in the contract
    ("3-weekly", "Q3W"), ("three-weekly", "Q3W"), ("2-weekly", "Q2W"), ("bi-weekly", "Q2W"),
    ("twice weekly", None), ("twice a week", None), ("once weekly", "QW"), ("every 6 hours", None),
])
def test_parse_frequency(text, code):
    assert parse_frequency(text) == code


@pytest.mark.parametrize("text,days", [
    ("days 1-28", "1-28"), ("day 1 and 15", "1,15"), ("days 1 and 15", "1,15"), ("days 1-3", "1-3"),
    ("day 1–day 14", "1-14"), ("days 1, 8, and 15", "1,8,15"), ("days 15 and 1", "1,15"),
    ("days 1 to 14", "1-14"), ("day 1", "1"), ("days 1-5 and 8-12", "1-5,8-12"),
])
def test_parse_days(text, days):
    assert parse_days(text) == days


@pytest.mark.parametrize("text,cycle", [
    ("28-day cycle", 28), ("28-day cycles", 28), ("4-week cycle", 28), ("21-day cycles", 21),
    ("cycles of 21 days", 21), ("3-week cycle", 21), ("every 4 weeks", 28), ("every 3 weeks", 21),
    ("14 day cycle", 14), ("six-week cycle", 42), ("4 weeks was one course of treatment", 28),
    ("28 days as a cycle", 28), ("each cycle lasts 4 weeks", 28), ("a cycle of three weeks", 21), ("3 weeks were regarded as one treatment cycle", 21),
    ("28-day", 28),  # a cycle span cut short by token alignment ("28-day cycles.(1)")
])
def test_parse_cycle_days(text, cycle):
    assert parse_cycle_days(text) == cycle


@pytest.mark.parametrize("text,per_fraction,expected", [
    ("50 Gy", False, (50, None, None, None)),
    ("40 Gy to 60 Gy", False, (40, 60, None, None)),
    ("40 to 60Gy", False, (40, 60, None, None)),
    ("30-54 Gy", False, (30, 54, None, None)),
    ("30-58.4 Gy", False, (30, 58.4, None, None)),
    ("60 Gy in 15 fractions", False, (60, None, None, 15)),
    ("45 Gy/15 fractions", False, (45, None, None, 15)),
    ("2Gy", True, (None, None, 2, None)),
    ("5000 cGy", False, (50, None, None, None)),
    ("54 Gy in 3 fx", False, (54, None, None, 3)),
    ("1.8 Gy", True, (None, None, 1.8, None)),
    ("40 Gy in five fractions", False, (40, None, None, 5)),
    ("50 Gy in twenty-five fractions", False, (50, None, None, 25)),
    ("60 Gy in daily fractions", False, (60, None, None, None)),
    ("in five fractions", False, (None, None, None, 5)),
    ("over 3 fractions", False, (None, None, None, 3)),
    ("50 Gy over 10 fractions", False, (50, None, None, 10)),
    ("40 Gy in five sessions", False, (40, None, None, 5)),
    ("30 Gy in 5 treatments", False, (30, None, None, 5)),
    # the fractions and the dose of each; the total only when written
    ("5 fractions of 7 Gy each", False, (None, None, 7, 5)),
    ("five treatments of 8 Gy (40 Gy in total)", False, (40, None, 8, 5)),
    ("7 Gy x 5 fractions", False, (None, None, 7, 5)),
    ("15 Gy × 3", False, (None, None, 15, 3)),
    ("3 sessions of 15 Gy, for a total of 45 Gy", False, (45, None, 15, 3)),
    ("40 Gy in five 8-Gy fractions", False, (40, None, 8, 5)),
    ("in 5 8 Gy fractions", False, (None, None, 8, 5)),
    # a range per fraction is no one dose per fraction; the fractions stay
    ("5 fractions of 8-10 Gy", False, (None, None, None, 5)),
    ("8-10 Gy", True, (None, None, None, None)),
])
def test_parse_radiation(text, per_fraction, expected):
    r = parse_radiation(text, per_fraction=per_fraction)
    assert (r.dose, r.dose_max, r.dose_per_fraction, r.fractions) == expected


@pytest.mark.parametrize("text,p", [
    ("P < .001", "<0.001"), ("p=0.072", "0.072"), ("p = 0.290", "0.290"), ("P<0.016", "<0.016"),
    ("p > 0.05", ">0.05"), ("P = .04", "0.04"), ("p &lt; 0.001", "<0.001"), ("P ≤ 0.05", "<0.05"),
    ("p-value = 0.03", "0.03"), ("P=0.005", "0.005"), ("p-value 0.02", "0.02"), ("P value, 0.02", "0.02"),
    ("P value of .047", "0.047"), ("p less than 0.01", "<0.01"), ("P greater than 0.05", ">0.05"),
])
def test_parse_p(text, p):
    assert parse_p(text) == p


@pytest.mark.parametrize("text,ci", [
    ("95% CI: 0.15, 0.53", (0.15, 0.53)), ("95% CI 0.79-1.06", (0.79, 1.06)),
    ("95% CI 4.4 - not estimable", (4.4, None)), ("95% confidence interval [CI], 0.63 to 0.92", (0.63, 0.92)),
    ("95% CI 12·1-14·9", (12.1, 14.9)), ("90% CI 0.69–1.21", (0.69, 1.21)),
    ("95% C.I., 1.9-5.5", (1.9, 5.5)), ("95 % confidence interval 1.174–4.74", (1.174, 4.74)),
    ("95% CI: 0.4-16.3", (0.4, 16.3)), ("95% confidence intervals, 1.200-2.096", (1.2, 2.096)),
    ("CI 95% 0.60-0.87", (0.6, 0.87)), ("CI (95%) 0.60-0.87", (0.6, 0.87)), ("95%-CI 0.60-0.87", (0.6, 0.87)),
    ("95% CI 10%-20%", (10, 20)), ("95% Confidence Interval (2-Sided): 0.41 to 0.93", (0.41, 0.93)),
    ("Confidence Interval (2-Sided) 95%: 0.63 to 0.92", (0.63, 0.92)),
])
def test_parse_ci(text, ci):
    assert parse_ci(text) == ci


@pytest.mark.parametrize("text,expected", [
    ("hazard ratio [HR] = 0.28", ("HR", 0.28)), ("HR 0.797", ("HR", 0.797)), ("HR = 0.26", ("HR", 0.26)),
    ("hazard ratio 0·92", ("HR", 0.92)), ("odds ratio, 1.52", ("OR", 1.52)), ("RR 0.8", ("RR", 0.8)),
    ("hazard ratio for death, 0.76", ("HR", 0.76)), ("hazard ratio for local progression, 0.41", ("HR", 0.41)),
])
def test_parse_ratio(text, expected):
    assert parse_ratio(text) == expected


@pytest.mark.parametrize("text,grade", [
    ("grade 3", "3"), ("Grade 3 or 4", "3-4"), ("grade 3/4", "3-4"), ("grades 3-4", "3-4"),
    ("III-IV grade", "3-4"), ("≥ grade 2", ">=2"), ("grade ≥3", ">=3"), ("grade 3 or higher", ">=3"),
    ("Grade 4", "4"), ("grade III", "3"), ("any-grade", "any"), ("of all grades", "any"),
    ("grade IIIa", "3"), ("grade IIIb", "3"), ("grade IVa", "4"), ("grade I-II", "1-2"),
    ("of any Clavien-Dindo grade", "any"), ("G3+", ">=3"), ("any G", "any"), ("G1–2", "1-2"),
    # every grade written as a range or a bound from 1: a drug label's "Grades 1–4 (%)"
    ("Grades 1–4 (%)", "any"), ("grades 1-5", "any"), ("grade ≥1", "any"), ("grade 1-3", "1-3"), ("grades 2-4", "2-4"),
])
def test_parse_grade(text, grade):
    assert parse_grade(text) == grade


@pytest.mark.parametrize("text,phase", [
    ("Phase 2", "II"), ("phase II", "II"), ("Phase I/II", "I/II"), ("phase 1/2", "I/II"),
    ("Phase 3", "III"), ("phase IIa", "II"), ("Phase 1b/2", "I/II"), ("phase II/III", "II/III"),
    ("Phase 2 / Phase 3", "II/III"), ("phase: 2", "II"), ("Ph. II", "II"),
    ("phase \u2162", "III"), ("phase \u2160/\u2161", "I/II"),
])
def test_parse_phase(text, phase):
    assert parse_phase(text) == phase


@pytest.mark.parametrize("text,value", [
    ("Forty", 40), ("twenty-two", 22), ("Six hundred sixty-eight", 668), ("two hundred and five", 205),
    ("1,492", 1492), ("13·6", 13.6), (".001", 0.001), ("Seven", 7),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,days,cycle", [
    ("for the first 3 weeks of each 4-week cycle", "1-21", 28),
    ("for 14 days followed by 7 days off", "1-14", 21),
    ("28 days followed by a week of rest", "1-28", 35),
    ("2 weeks on, 1 week off", "1-14", 21),
    ("21 days on/7 days off", "1-21", 28),
    ("14 days on and 7 days off", "1-14", 21),
    ("21 consecutive days followed by 7 days of rest", "1-21", 28),
    ("for the first 14 days of each 21-day cycle", "1-14", 21),
    ("for 3 weeks of each 4-week cycle", "1-21", 28),
    ("21 days of every 28-day cycle", "1-21", 28),
])
def test_parse_on_off(text, days, cycle):
    assert parse_on_off(text) == (days, cycle)


def test_parse_grade_fatal_and_any():
    assert parse_grade("fatal") == "5"
    assert parse_grade("of any grade") == "any"
    assert parse_grade("of any severity") == "any"


def test_landmark_months_reads_digits_and_number_words():
    assert landmark_months("16", "week") == 3.7
    assert landmark_months("two", "year") == 24
    assert landmark_months("several", "year") is None
    assert landmark_months("Twelve", "month") == 12
    assert landmark_months("twenty-four", "month") == 24


def test_months_from_converts_weeks_and_days():
    assert months_from(12, "weeks") == 2.8
    assert months_from(2, "years") == 24
    assert months_from(90, "days") == 3.0


@pytest.mark.parametrize("written,term", [
    ("Leucopenia", "leukopenia"), ("haemoperitoneum", "hemoperitoneum"), ("Hyperkalaemia", "hyperkalemia"),
    ("oesophageal varices bleeding", "esophageal varices bleeding"), ("Tumour lysis syndromes", "tumor lysis syndrome"),
    ("peripheral oedema", "peripheral edema"), ("chemotherapy-induced nausea", "chemotherapy-induced nausea"),
    ("Hot flushes", "hot flush"), ("skin rashes", "skin rash"), ("liver abscesses", "liver abscess"),
    ("headaches", "headache"),
])
def test_own_ae_term_is_lower_case_singular_us_spelling(written, term):
    from hcc_nlp.results import own_term
    assert own_term(written) == term


@pytest.mark.parametrize("text,value", [("42 evaluable patients", 42), ("Six hundred sixty-eight patients", 668),
                                        ("Forty-one patients", 41), ("patients", None)])
def test_leading_number(text, value):
    from hcc_nlp.normalize import leading_number
    assert leading_number(text) == value


def test_timepoint_parts_of_a_landmark_glued_to_its_endpoint_counts_months():
    import re
    from hcc_nlp.normalize import timepoint_parts
    assert timepoint_parts(re.match(r"(\d+)-(year|month)", "2-year")) == ("2", "year")
    assert timepoint_parts(re.match(r"PFS-?(\d+)", "PFS-12")) == ("12", "month")


@pytest.mark.parametrize("text,dose,unit", [("1850 MBq", 1.85, "GBq"), ("50 mCi", 1.85, "GBq"), ("2000 MBq", 2.0, "GBq"),
                                            ("1.85 GBq", 1.85, "GBq")])
def test_parse_dose_an_activity_in_another_unit_is_given_in_gbq(text, dose, unit):
    parsed = parse_dose(text)
    assert (parsed.dose, parsed.unit) == (dose, unit)
