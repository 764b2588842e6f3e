"""The eligibility reader on criteria of my own wording."""
import pytest

from hcc_nlp.eligibility import is_criteria_sentence, parse_criteria


def read(text):
    return [(c["parameter"], c["operator"], c["value"], c["unit"]) for c in parse_criteria(text, "inclusion")]


def criteria(record, *fields):
    """The (field, ...) tuple of each eligibility criterion of a record."""
    return [tuple(c[f] for f in fields) for c in record["eligibility"]]


@pytest.mark.parametrize("text,expected", [
    ("platelets ≥100 000/µL", [("platelets", ">=", 100000, "/mm3")]),
    # a registry that lost the symbols: "=" takes each test's own direction
    ("platelet count =75,000/mm3, total bilirubin =2.0 mg/dL, AST and ALT =5 x ULN, INR =1.5",
     [("platelets", ">=", 75000, "/mm3"), ("bilirubin", "<=", 2, "mg/dL"), ("ast", "<=", 5, "xULN"), ("alt", "<=", 5, "xULN"),
      ("inr", "<=", 1.5, None)]),
    ("a platelet count of at least 60,000 per cubic millimeter", [("platelets", ">=", 60000, "/mm3")]),
    ("platelet count ≥ 7.5 × 10^4/μL", [("platelets", ">=", 75000, "/mm3")]),
    # haemoglobin in mmol/L (Dutch and Nordic protocols) is a real unit, converted: x 1.611, one decimal
    ("Hb ≥ 5.6 mmol/l (≥ 9.0 g/dl)", [("hemoglobin", ">=", 9, "g/dL")]),
    ("haemoglobin at least 6 mmol/L", [("hemoglobin", ">=", 9.7, "g/dL")]),
    # a point grouping thousands before a per-microlitre unit (German registries), and the Quick value
    ("Platelets ≥ 60.000/µl", [("platelets", ">=", 60000, "/mm3")]),
    ("Quick ≥ 50 %", [("pt", ">=", 50, None)]),
    ("INR ≤ 1.5", [("inr", "<=", 1.5, None)]),
    # the score after a comma and "with": one clause with the classes
    ("Child-Pugh class A or B, with a score ≤7", [("child_pugh_class", "in", "A,B", None), ("child_pugh_score", "<=", 7, None)]),
    # a size the tumour "exceeded" or "exceeds" (past tense in a prose exclusion)
    ("patients whose largest intrahepatic tumor exceeded 10 cm", [("tumor_size", ">", 10, "cm")]),
    ("tumour diameter exceeds 5 cm", [("tumor_size", ">", 5, "cm")]),
    # a bilirubin "in mmol/L" is a mistyped umol/L (RECORDS.md), unconverted
    ("total bilirubin ≤ 30 mmol/L", [("bilirubin", "<=", 30, "umol/L")]),
    ("platelet count ≥5.0 × 10⁴/μL", [("platelets", ">=", 50000, "/mm3")]),
    ("neutrophil count >= 1.5*10^9/L", [("anc", ">=", 1.5, "x10^9/L")]),
    ("a serum total bilirubin level of 3.0 mg per deciliter or less", [("bilirubin", "<=", 3, "mg/dL")]),
    ("largest tumour diameter > 5 cm, or 2 or more tumours", [("tumor_size", ">", 5, "cm")]),
    ("at least one of: more than three nodules, a largest tumour greater than 6 cm", [("tumor_size", ">", 6, "cm")]),
    ("a solitary nodule less than 3 cm", [("tumor_size", "<", 3, "cm")]),
    ("Child-Pugh class A or B with a score of 8 or lower", [("child_pugh_class", "in", "A,B", None), ("child_pugh_score", "<=", 8, None)]),
    ("Expected survival >= 12 weeks", [("life_expectancy", ">=", 12, "weeks")]),
    # a list of scores: up to the last when it starts at the lowest, else the scores themselves
    ("a liver working well (a Child Pugh score of 5, 6 or 7)", [("child_pugh_score", "<=", 7, None)]),
    ("Child-Pugh score of 7, 8, or 9", [("child_pugh_score", "in", "7,8,9", None)]),
    # lay units
    ("a platelet count of less than 50 x 10⁹ per litre", [("platelets", "<", 50, "x10^9/L")]),
    ("bilirubin more than 40 micromoles per litre", [("bilirubin", ">", 40, "umol/L")]),
    ("The largest lesion had to measure between 20 and 80 mm.", [("tumor_size", ">=", 2, "cm"), ("tumor_size", "<=", 8, "cm")]),
    ("a single lesion measuring 2.0-8.0 cm in greatest dimension",
     [("tumor_size", ">=", 2, "cm"), ("tumor_size", "<=", 8, "cm")]),
    ("a solitary HCC of 5 cm or smaller", [("tumor_size", "<=", 5, "cm")]),
    ("Child-Pugh class A or B (score ≤7)", [("child_pugh_class", "in", "A,B", None), ("child_pugh_score", "<=", 7, None)]),
    ("stratified by tumour size (≤5 vs >5 cm) and AFP (<400 vs ≥400 ng/mL)", []),
    ("CP class B (score 7 or 8); T-bil <=3.0 mg/dL",
     [("child_pugh_class", "=", "B", None), ("child_pugh_score", "in", "7,8", None), ("bilirubin", "<=", 3, "mg/dL")]),
    ("randomised by minimisation (factors: tumour size ≤ 5 vs > 5 cm, and centre)", []),
    ("a platelet count of at least 75 × 10⁹/L", [("platelets", ">=", 75, "x10^9/L")]),
    ("Platelet count ≥ 60 x 10^9/L", [("platelets", ">=", 60, "x10^9/L")]),
    ("Total bilirubin ≤ 2 x upper limit of normal (ULN)", [("bilirubin", "<=", 2, "xULN")]),
    ("AST and ALT no higher than 5 times the upper limit of normal",
     [("ast", "<=", 5, "xULN"), ("alt", "<=", 5, "xULN")]),
    ("aged 20-80 years", [("age", ">=", 20, "years"), ("age", "<=", 80, "years")]),
    ("albumin ≥ 28 g/L", [("albumin", ">=", 2.8, "g/dL")]),
    ("platelets ≥75 × 10⁹ L⁻¹ and albumin ≥30 g L⁻¹", [("platelets", ">=", 75, "x10^9/L"), ("albumin", ">=", 3, "g/dL")]),
    ("PLT ≥ 100 × 10^9/L; ALB ≥ 30 g/L", [("platelets", ">=", 100, "x10^9/L"), ("albumin", ">=", 3, "g/dL")]),
    ("Alb > 3.2 g/dL", [("albumin", ">", 3.2, "g/dL")]),
    ("adults aged 18 and over with a single liver cancer up to 7 cm across", []),  # no age of 7 cm
    ("Child-Turcotte-Pugh score of 6 or less", [("child_pugh_score", "<=", 6, None)]),
    ("ECOG performance status 0-1", [("ecog", "<=", 1, None)]),
    ("a solitary recurrent tumor ≤3 cm", [("tumor_size", "<=", 3, "cm")]),
    ("a single tumour no larger than 5 cm", [("tumor_size", "<=", 5, "cm")]),
    ("tumor response ≥ 30%", []),
    ("Adults (≥18 y) with advanced HCC", [("age", ">=", 18, "years")]),
    ("Child-Pugh (CP) class A", [("child_pugh_class", "=", "A", None)]),
    ("patients 18 years of age or older", [("age", ">=", 18, "years")]),
    ("no lesion larger than 10 cm", [("tumor_size", "<=", 10, "cm")]),
    ("no more than ten lesions with no single lesion larger than 8 cm", [("tumor_size", "<=", 8, "cm")]),
    ("1 or 2 lesions, each 3 cm or smaller", [("tumor_size", "<=", 3, "cm")]),
    ("aged 20 years or\n      older", [("age", ">=", 20, "years")]),
    ("patients were >=18 years old", [("age", ">=", 18, "years")]),
    ("a Child-Pugh score of 5 to 7", [("child_pugh_score", "<=", 7, None)]),
    ("Child-Pugh class B with a score of 7", [("child_pugh_class", "=", "B", None), ("child_pugh_score", "=", 7, None)]),
    ("a Child-Pugh score of 6-7", [("child_pugh_score", ">=", 6, None), ("child_pugh_score", "<=", 7, None)]),
    ("participants ≥ 20 years of age", [("age", ">=", 20, "years")]),
    ("a platelet count of at least 75 000/mm³", [("platelets", ">=", 75000, "/mm3")]),
    ("aged 18~75 years", [("age", ">=", 18, "years"), ("age", "<=", 75, "years")]),
    ("Eligible patients were 18 to 75 years of age", [("age", ">=", 18, "years"), ("age", "<=", 75, "years")]),
    ("patients 18-75 years old", [("age", ">=", 18, "years"), ("age", "<=", 75, "years")]),
    ("an Eastern Cooperative Oncology Group performance status (ECOG PS) of 0-1", [("ecog", "<=", 1, None)]),
    # a registry's field forms
    ("ECOG PS score: 0-1;", [("ecog", "<=", 1, None)]),
    ("Child-Pugh liver function grade A or B (score ≤ 7);",
     [("child_pugh_class", "in", "A,B", None), ("child_pugh_score", "<=", 7, None)]),
    ("Age: 18 years (inclusive) to 75 years (inclusive)", [("age", ">=", 18, "years"), ("age", "<=", 75, "years")]),
    ("eligible if they were younger than 80 years", [("age", "<", 80, "years")]),
    ("aged 18 years or older and younger than 75 years", [("age", ">=", 18, "years"), ("age", "<", 75, "years")]),
])
def test_parse_criteria(text, expected):
    assert read(text) == expected


def test_a_protocols_future_tense_exclusion_sentence(nlp):
    r = nlp("Adults with HCC will be eligible. Patients with a platelet count <50\u00d710^9/L or total bilirubin >3 mg/dL "
            "will be excluded.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == [
        ("exclusion", "platelets", "<", 50), ("exclusion", "bilirubin", ">", 3)]


def test_criteria_sentences():
    assert is_criteria_sentence("Eligible patients had Child-Pugh A liver function.")
    assert is_criteria_sentence("Patients with measurable disease were enrolled if they were aged 18 or older.")
    assert is_criteria_sentence("Methods: Patients with unresectable HCC were randomized to A or B.")
    assert is_criteria_sentence("To enroll, patients needed Child-Pugh A liver function.")
    assert is_criteria_sentence("In this open-label trial, patients with HCC, Child-Pugh class A and an ECOG "
                                "performance status of 0 or 1 were randomly assigned to A or B.")
    assert is_criteria_sentence("Adequate organ function was required: ANC >=1,500/uL and platelets >=75,000/uL.")
    assert is_criteria_sentence("Patients had adequate haematological function (platelets >= 75 x 10^9/L).")
    assert is_criteria_sentence("Laboratory requirements were bilirubin <=2 mg/dL and platelets >=50,000/uL.")
    assert is_criteria_sentence("The largest tumour had to measure 8 cm or less.")
    assert is_criteria_sentence("We randomly assigned patients (from 14 centres) who had Child-Pugh A liver "
                                "function to A or B.")
    assert not is_criteria_sentence("Median overall survival was 12.1 months.")


def test_exclusion_clauses():
    from hcc_nlp.eligibility import exclusion_clauses
    text = "Eligible patients had ECOG 0-1 and platelets >= 75 x 10^9/L; patients with albumin <35 g/L were excluded."
    (a, b), = exclusion_clauses(text)
    assert "albumin" in text[a:b] and "ECOG" not in text[a:b]


def test_prose_exclusions_in_a_record(nlp):
    r = nlp("In this phase II trial, eligible patients had an ECOG performance status of 0 or 1; patients with "
            "serum albumin <35 g/L were excluded. Patients received donafenib 200 mg twice daily.")._.trial_record
    kinds = set(criteria(r, "parameter", "kind"))
    assert kinds == {("ecog", "inclusion"), ("albumin", "exclusion")}


def test_not_eligible_for_a_treatment_is_an_entry_criterion(nlp):
    # "were not eligible for locoregional therapy" describes who enters, not who is excluded
    r = nlp("Eligible patients had not received systemic therapy, were not eligible for locoregional therapy, and "
            "had Child-Pugh class A liver function. Patients received sorafenib.")._.trial_record
    assert criteria(r, "kind", "parameter", "value") == [("inclusion", "child_pugh_class", "A")]
    r = nlp("Patients with Child-Pugh class C were not eligible. Patients received sorafenib.")._.trial_record
    assert criteria(r, "kind", "parameter") == [("exclusion", "child_pugh_class")]


def test_prose_exclusions_listed_after_excluded_if(nlp):
    r = nlp("Eligible patients were 18 to 75 years of age. Patients were excluded if they had received previous "
            "systemic therapy; had a platelet count < 50 x 10^9/L; or had an international normalized ratio (INR) "
            "> 1.5. Patients received sorafenib.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == [
        ("inclusion", "age", ">=", 18), ("inclusion", "age", "<=", 75), ("exclusion", "platelets", "<", 50),
        ("exclusion", "inr", ">", 1.5)]


def test_registry_ages_eligible_field_and_middle_dot_thresholds(nlp):
    r = nlp("Ages Eligible for Study: 18 Years to 75 Years (Adult, Older Adult)\nInclusion Criteria:\n"
            "- Absolute neutrophil count ≥1·5 × 10⁹/L; total bilirubin ≤1·5 × ULN\n")._.trial_record
    assert criteria(r, "parameter", "operator", "value", "unit") == [
        ("age", ">=", 18, "years"), ("age", "<=", 75, "years"), ("anc", ">=", 1.5, "x10^9/L"),
        ("bilirubin", "<=", 1.5, "xULN")]


@pytest.mark.parametrize("text,expected", [
    ("The trial excluded patients with Child-Pugh class B or C cirrhosis or ECOG performance status of 2 or more.",
     [("exclusion", "child_pugh_class", "in", "B,C"), ("exclusion", "ecog", ">=", 2)]),
    ("Exclusion criteria: ECOG PS ≥2; Child-Pugh score >7.",
     [("exclusion", "ecog", ">=", 2), ("exclusion", "child_pugh_score", ">", 7)]),
])
def test_exclusions_written_with_excluded_patients_and_ecog_at_least(nlp, text, expected):
    r = nlp(text)._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == expected


def test_inline_numbered_exclusion_list_after_a_colon(nlp):
    r = nlp("Patients aged ≥18 years were eligible. Exclusion criteria were: (1) Child-Pugh score >7; (2) ECOG "
            "performance status ≥2; (3) platelets <50 ×10⁹/L.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == [
        ("inclusion", "age", ">=", 18), ("exclusion", "child_pugh_score", ">", 7), ("exclusion", "ecog", ">=", 2),
        ("exclusion", "platelets", "<", 50)]


def test_prose_patients_with_were_excluded(nlp):
    r = nlp("Patients with total bilirubin > 3 mg/dL, macrovascular invasion, or ascites were excluded.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value", "unit") == [
        ("exclusion", "bilirubin", ">", 3, "mg/dL")]
    # who other trials excluded is background
    r = nlp("Patients with Child-Pugh B liver function were excluded from the pivotal first-line trials.")._.trial_record
    assert r["eligibility"] == []


def test_prose_patients_further_required_to_have_adequate_listed_functions(nlp):
    r = nlp("Patients were further required to have a life expectancy of ≥12 weeks and adequate haematological, hepatic "
            "and renal function: platelet count ≥75 × 10⁹/l and total bilirubin ≤2 mg/dl.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value", "unit") == [
        ("inclusion", "life_expectancy", ">=", 12, "weeks"), ("inclusion", "platelets", ">=", 75, "x10^9/L"),
        ("inclusion", "bilirubin", "<=", 2, "mg/dL")]


def test_design_sentence_of_recipients_with_thresholds_names_inclusion_criteria(nlp):
    r = nlp("Methods: In this open-label trial, adult (>=18 y) recipients of a first liver graft for HCC within "
            "the Milan criteria (one nodule <=5 cm, or up to three nodules each <=3 cm), with a creatinine clearance "
            ">=50 mL/min and a platelet count >=60 x 10^9/L, were randomized to everolimus or tacrolimus.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value", "unit") == [
        ("inclusion", "age", ">=", 18, "years"), ("inclusion", "tumor_size", "<=", 5, "cm"),
        ("inclusion", "tumor_size", "<=", 3, "cm"), ("inclusion", "creatinine_clearance", ">=", 50, "mL/min"),
        ("inclusion", "platelets", ">=", 60, "x10^9/L")]


def test_prose_exclusions_with_decimal_thresholds_and_screening_is_no_criterion(nlp):
    r = nlp("Methods: Patients with total bilirubin > 3 mg/dL, serum creatinine > 2.0 mg/dL or a largest tumour "
            "diameter > 100 mm were excluded.\nResults: Of 163 patients assessed for eligibility, 140 were "
            "randomized; mean age was 63.8 years.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value", "unit") == [
        ("exclusion", "bilirubin", ">", 3, "mg/dL"), ("exclusion", "creatinine", ">", 2, "mg/dL"),
        ("exclusion", "tumor_size", ">", 10, "cm")]


def test_enrolled_adults_with_their_age_in_brackets_are_criteria(nlp):
    r = nlp("Methods: This phase 3 trial enrolled adults (>=18 years) with unresectable HCC and an ECOG performance "
            "status of 0-1. Patients received sorafenib 400 mg twice daily.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == [
        ("inclusion", "age", ">=", 18), ("inclusion", "ecog", "<=", 1)]


def test_numbered_list_under_a_criteria_line(nlp):
    r = nlp("Methods: a single-arm phase 2 study. Key inclusion criteria were:\n(1) age ≥ 18 y;\n(2) ECOG PS 0-1;\n"
            "(3) platelets ≥ 60,000/µL.\nPatients received sorafenib 400 mg twice daily.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == [
        ("inclusion", "age", ">=", 18), ("inclusion", "ecog", "<=", 1), ("inclusion", "platelets", ">=", 60000)]
    assert r["arms"][0]["regimen"][0]["frequency"] == "BID"


def test_list_numbers_split_from_their_items(nlp):
    r = nlp("Patients had to meet all of the following inclusion criteria:\n1. Age 18 years or older.\n"
            "2. ECOG performance status 0 or 1.\nExclusion criteria were:\n1. Serum albumin < 28 g/L.\n\n"
            "Patients were randomly assigned to ramucirumab or placebo.")._.trial_record
    assert criteria(r, "kind", "parameter", "operator", "value") == [
        ("inclusion", "age", ">=", 18), ("inclusion", "ecog", "<=", 1), ("exclusion", "albumin", "<", 2.8)]


def test_times_the_upper_limit_of_the_normal_range_is_xuln(nlp):
    r = nlp("Eligibility criteria: a total bilirubin level of no more than 2 times the upper limit of the normal "
            "range, and aspartate aminotransferase and alanine aminotransferase levels of no more than 5 times "
            "the upper limit of the normal range.")._.trial_record
    got = set(criteria(r, "parameter", "operator", "value", "unit"))
    assert got == {("bilirubin", "<=", 2, "xULN"), ("ast", "<=", 5, "xULN"), ("alt", "<=", 5, "xULN")}


def test_bulleted_baseline_characteristics_are_not_criteria(nlp):
    r = nlp("Key eligibility:\n- Age >=18 years\n- ECOG PS 0-1\n\nResults\n- Median age 64 years; 81% male\n"
            "- Mean platelets 142,000/uL\n")._.trial_record
    assert set(criteria(r, "parameter", "operator", "value")) == {("age", ">=", 18), ("ecog", "<=", 1)}


def test_age_between_two_bounds_in_prose(nlp):
    r = nlp("To take part, patients had to be between 20 and 80 years old.")._.trial_record
    assert set(criteria(r, "parameter", "operator", "value")) == {("age", ">=", 20), ("age", "<=", 80)}


@pytest.mark.parametrize("text", [
    "Eligible patients had a single HCC of 30-50 mm in maximum diameter, Child-Pugh score ≤ 7 and ECOG 0-1.",
    "Eligible patients had a single tumour 3 to 5 cm in diameter, a Child-Pugh score of 7 or less and ECOG 0-1.",
])
def test_eligibility_tumour_size_range_before_diameter_and_no_value_shared_across_kinds(nlp, text):
    r = nlp(text)._.trial_record
    assert [(c["parameter"], c["operator"], c["value"], c["unit"]) for c in r["eligibility"]
            if c["parameter"] in ("tumor_size", "child_pugh_score")] == [
        ("tumor_size", ">=", 3, "cm"), ("tumor_size", "<=", 5, "cm"), ("child_pugh_score", "<=", 7, None)]


def test_eligibility_further_requirements_are_criteria(nlp):
    r = nlp("Eligible patients were aged 18-70 years. Further requirements were a Child-Pugh score of 7 or less, "
            "ECOG performance status 0-1 and total bilirubin ≤3 mg/dL.")._.trial_record
    assert criteria(r, "parameter", "operator", "value")[2:] == [
        ("child_pugh_score", "<=", 7), ("ecog", "<=", 1), ("bilirubin", "<=", 3)]


@pytest.mark.parametrize("text,expected", [
    ("Eligible patients had Child-Pugh B7 or B8 liver function.",
     [("child_pugh_class", "=", "B"), ("child_pugh_score", "in", "7,8")]),
    ("Eligible patients had Child-Pugh B7 liver function.",
     [("child_pugh_class", "=", "B"), ("child_pugh_score", "=", 7)]),
    ("Eligible patients had Child-Pugh class A or B7.", [("child_pugh_score", "<=", 7)]),
    ("Eligible patients had a Child-Pugh score of A5 to B7.", [("child_pugh_score", "<=", 7)]),
    ("Eligible patients had Child-Pugh A5-B7 cirrhosis.", [("child_pugh_score", "<=", 7)]),
    ("Eligible patients had Child-Pugh B7 or better liver function.", [("child_pugh_score", "<=", 7)]),
    ("Eligible patients had a Child-Pugh score ≤ B7.", [("child_pugh_score", "<=", 7)]),
    ("Eligible patients had Child-Pugh up to B8.", [("child_pugh_score", "<=", 8)]),
])
def test_eligibility_child_pugh_class_written_with_its_scores(nlp, text, expected):
    r = nlp(text)._.trial_record
    assert criteria(r, "parameter", "operator", "value") == expected


def test_age_written_first_with_its_own_operator_and_tumours_each_at_most_a_size(nlp):
    r = nlp("Methods: Patients aged 20 years or older with HCC, at most two tumours each ≤3 cm in diameter, and "
            "Child-Pugh class A were randomly assigned to SBRT or RFA.")._.trial_record
    assert criteria(r, "parameter", "operator", "value", "unit") == [
        ("age", ">=", 20, "years"), ("tumor_size", "<=", 3, "cm"), ("child_pugh_class", "=", "A", None)]
    r = nlp("Methods: Patients aged 20 years or older with HCC up to 3 cm were randomly assigned to SBRT or RFA.")._.trial_record
    assert criteria(r, "parameter", "operator", "value")[:1] == [("age", ">=", 20)]



def test_eligibility_lesions_each_below_a_size_in_millimetres():
    got = read("1 to 3 lesions, each ≤50 mm in greatest diameter, and a Child-Pugh score ≤7")
    assert ("tumor_size", "<=", 5, "cm") in got and ("child_pugh_score", "<=", 7, None) in got


@pytest.mark.parametrize("text,expected", [
    # the scores of a class listed with "or"; from the lowest score there is, an upper bound
    ("Child-Pugh class B liver function with a score of 7 or 8", [("child_pugh_class", "=", "B", None),
                                                                  ("child_pugh_score", "in", "7,8", None)]),
    ("Child-Pugh score 5 or 6", [("child_pugh_score", "<=", 6, None)]),
    ("CP-B liver function with a score of no more than 8", [("child_pugh_class", "=", "B", None),
                                                            ("child_pugh_score", "<=", 8, None)]),
    ("Child-Pugh class B (score 7-9)", [("child_pugh_class", "=", "B", None)]),  # the class's own scores
    ("Child-Pugh classification A", [("child_pugh_class", "=", "A", None)]),
    # a name and its short form in brackets, then another joined to it: one shared value
    ("Aspartate aminotransferase (AST) and alanine aminotransferase (ALT) =< 5 x institutional ULN",
     [("ast", "<=", 5, "xULN"), ("alt", "<=", 5, "xULN")]),
    ("AST, ALT <= 5 times of upper limit of institutional normal value", [("ast", "<=", 5, "xULN"), ("alt", "<=", 5, "xULN")]),
    ("Platelets >= 60,000/mcL", [("platelets", ">=", 60000, "/mm3")]),
    # the Japanese registry's limits: the operator after the value
    ("Age-lower limit: 20 years-old <=", [("age", ">=", 20, "years")]),
    ("Age-upper limit: 85 years-old >=", [("age", "<=", 85, "years")]),
    ("a solitary hepatocellular carcinoma (HCC) 8 cm or smaller", [("tumor_size", "<=", 8, "cm")]),
    # the operator written first is the size's, not a later share's
    ("Largest intrahepatic tumour >10 cm in diameter, or tumour volume ≥50% of the liver", [("tumor_size", ">", 10, "cm")]),
])
def test_parse_criteria_scores_short_forms_and_registry_limits(text, expected):
    assert read(text) == expected


def test_a_design_sentence_of_patients_with_thresholds_who_received_a_regimen(nlp):
    r = nlp("In this single-arm phase II study, patients with advanced HCC, Child-Pugh class A, ECOG performance "
            "status 0 to 2 and platelets >=75 x 10^9/L received capecitabine and oxaliplatin.")._.trial_record
    assert criteria(r, "parameter", "operator", "value") == [
        ("child_pugh_class", "=", "A"), ("ecog", "<=", 2), ("platelets", ">=", 75)]
    # not a cohort's assignment
    r = nlp("Patients with a Child-Pugh score of 7 received tremelimumab plus durvalumab.")._.trial_record
    assert r["eligibility"] == []


def test_eligibility_lay_age_written_without_years(nlp):
    r = nlp("Who could take part?\n\nTo join, people had to be 18 or older and have a liver that works well "
            "(Child-Pugh class A).")._.trial_record
    assert criteria(r, "parameter", "operator", "value") == [("age", ">=", 18), ("child_pugh_class", "=", "A")]


def test_eligibility_aspartate_and_alanine_aminotransferase_share_their_limit(nlp):
    r = nlp("Eligibility: platelets ≥75 × 10⁹/L and aspartate and alanine aminotransferase ≤5 × the upper limit of "
            "normal.")._.trial_record
    assert criteria(r, "parameter", "operator", "value", "unit") == [
        ("platelets", ">=", 75, "x10^9/L"), ("ast", "<=", 5, "xULN"), ("alt", "<=", 5, "xULN")]


@pytest.mark.parametrize("text,expected", [
    ("a platelet count of at least 50 × 10⁹ per L", [("platelets", ">=", 50, "x10^9/L")]),
    ("platelet count ≥75×10(9)/L", [("platelets", ">=", 75, "x10^9/L")]),  # PubMed's plain text of a superscript
    ("a solitary hepatocellular carcinoma larger than 3·0 cm", [("tumor_size", ">", 3, "cm")]),
    ("a single HCC of 50 mm or less amenable to minor hepatectomy", [("tumor_size", "<=", 5, "cm")]),
    # a background statement about carcinomas in general is no criterion
    ("ablation is less reliable for hepatocellular carcinomas larger than 3 cm", []),
])
def test_eligibility_platelets_per_litre_and_the_size_of_a_single_hcc(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("sentence", ["Key laboratory and clinical requirements were Child-Pugh class A and an ECOG "
                                      "performance status of 0 or 1.",
                                      "Required laboratory values were a platelet count of 75 000/uL or greater.",
                                      "Other key criteria were a Child-Pugh score of 7 or less and an ECOG performance "
                                      "status of 0 or 1."])
def test_criteria_sentences_that_name_requirements_or_criteria(sentence):
    assert is_criteria_sentence(sentence, in_results=True)


def test_exclusion_clauses_an_exclusion_inside_a_bracket_is_the_brackets():
    from hcc_nlp.eligibility import exclusion_clauses
    text = ("Eligible patients had PVTT graded Vp1 to Vp4 (Cheng type I-III; thrombus in the superior mesenteric vein was "
            "excluded), Child-Pugh class A liver function and an ECOG performance status of 0 or 1.")
    assert exclusion_clauses(text) == []


def test_eligibility_a_share_after_an_age_is_no_age_bound():
    crits = parse_criteria("adults (>=18 years) with a future liver remnant of <40% (cirrhosis) or <30% otherwise", "inclusion")
    assert [(c["parameter"], c["operator"], c["value"], c["unit"]) for c in crits] == [("age", ">=", 18, "years")]


def test_eligibility_a_share_of_a_unitless_parameter_is_written_with_no_unit():
    crits = parse_criteria("prothrombin activity >= 60%", "inclusion")
    assert [(c["parameter"], c["operator"], c["value"], c["unit"]) for c in crits] == [("pt", ">=", 60, None)]
