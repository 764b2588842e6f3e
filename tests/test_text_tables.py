"""The text-table reader on small tables of my own."""
import pytest

from conftest import comparisons, per_arm


def record(nlp, text):
    return nlp(text)._.trial_record


def by_arm(r, key):
    return [[{k: v for k, v in x.items() if k != "evidence"} for x in a[key]] for a in r["arms"]]


def test_pipe_table_outcomes_by_arm_column(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Table 2. Efficacy\n"
                    "Outcome | Sorafenib (n = 40) | Lenvatinib (n = 41)\n"
                    "Median OS, mo (95% CI) | 10.2 (8.1-12.4) | 13.6 (11.0-15.9)\n"
                    "24-mo OS rate, % | 18.5 | 29.0\n"
                    "ORR, n (%) | 6 (15.0) | 12 (29.3)\n"
                    "Median PFS, mo (95% CI) | 3.7 (2.9-4.6) | NR (6.1-NE)\n")
    assert by_arm(r, "outcomes") == [
        [{"endpoint": "OS", "stat": "median", "value": 10.2, "unit": "months", "ci_low": 8.1, "ci_high": 12.4},
         {"endpoint": "OS", "stat": "rate", "timepoint_months": 24, "value": 18.5, "unit": "%"},
         {"endpoint": "ORR", "stat": "rate", "value": 15, "unit": "%", "count": 6, "total": 40},
         {"endpoint": "PFS", "stat": "median", "value": 3.7, "unit": "months", "ci_low": 2.9, "ci_high": 4.6}],
        [{"endpoint": "OS", "stat": "median", "value": 13.6, "unit": "months", "ci_low": 11, "ci_high": 15.9},
         {"endpoint": "OS", "stat": "rate", "timepoint_months": 24, "value": 29, "unit": "%"},
         {"endpoint": "ORR", "stat": "rate", "value": 29.3, "unit": "%", "count": 12, "total": 41},
         {"endpoint": "PFS", "stat": "median", "value": None, "unit": "months", "ci_low": 6.1}]]


def test_table_landmarks_written_after_the_endpoint(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Outcome | Sorafenib (n = 40) | Lenvatinib (n = 41)\n"
                    "OS rate at one year, % | 45.0 | 52.5\n"
                    "PFS rate at 6 months, % | 30.0 | 41.5\n")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("OS", 12, 45), ("PFS", 6, 30)], [("OS", 12, 52.5), ("PFS", 6, 41.5)]]


def test_space_table_grade_sub_columns_zero_cells_ci_rows_and_ratio_with_p(nlp):
    r = record(nlp, "Patients were randomly assigned to apatinib 500 mg daily, either with camrelizumab 200 mg "
                    "every 2 weeks (A+C) or alone (APA).\n\n"
                    "                          A+C (n = 40)            APA (n = 41)\n"
                    "  ORR, n/N (%)            10/40 (25.0)            5/41 (12.2)\n"
                    "    95% CI                12.7-41.2               4.1-26.2\n"
                    "  Median PFS, months      5.6 (4.1-7.0)           3.9 (2.8-4.6)\n"
                    "    HR (95% CI); P        0.66 (0.41-1.05); 0.08\n"
                    "\n"
                    "Table 3. Adverse events, n (%)\n"
                    "                   A+C (n = 40)              APA (n = 41)\n"
                    "                   Any grade   Grade 3-4     Any grade   Grade 3-4\n"
                    "  Hypertension     20 (50.0)   6 (15.0)      18 (43.9)   0\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("ORR", 25, 12.7, 41.2), ("PFS", 5.6, 4.1, 7)], [("ORR", 12.2, 4.1, 26.2), ("PFS", 3.9, 2.8, 4.6)]]
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("PFS", 0.66, 0.41, 1.05, "0.08")]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "any", 20), ("hypertension", "3-4", 6)],
        [("hypertension", "any", 18), ("hypertension", "3-4", 0)]]


def test_registry_results_text_titles_measure_lines_and_event_rows(nlp):
    r = record(nlp, "Arms and Interventions\nExperimental: Cabozantinib\n  Drug: Cabozantinib 60 mg orally once daily.\n"
                    "Placebo Comparator: Placebo\n  Drug: Placebo orally once daily.\n\n"
                    "Outcome Measure 1\nTitle: Overall Survival (OS)\nType: Primary\n"
                    "Arm/Group Title: Cabozantinib | Placebo\n"
                    "Overall Number of Participants Analyzed: 470 | 237\n"
                    "Median (95% Confidence Interval) Unit of Measure: months\n"
                    "  10.2 (9.1 to 12.0) | 8.0 (6.8 to 9.4)\n"
                    "Statistical Analysis 1\n  P-Value: 0.005\n  Hazard Ratio (HR): 0.76\n"
                    "  Confidence Interval (2-Sided) 95%: 0.63 to 0.92\n\n"
                    "Outcome Measure 2\nTitle: Number of Participants With Treatment-Emergent Adverse Events\n"
                    "Arm/Group Title: Cabozantinib | Placebo\n"
                    "Overall Number of Participants Analyzed: 467 | 237\n"
                    "Measure Type: Count of Participants Unit of Measure: Participants\n"
                    "  460 (98.5%) | 217 (91.6%)\n\n"
                    "Adverse Events\nArm/Group Title: Cabozantinib | Placebo\n"
                    "Other (Not Including Serious) Adverse Events\n"
                    "  Frequency Threshold for Reporting Other Adverse Events: 5%\n"
                    "  Diarrhoea: 254/467 (54.39%) | 45/237 (18.99%)\n")
    assert [a["n"] for a in r["arms"]] == [470, 237]
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("OS", 10.2, 9.1, 12)], [("OS", 8, 6.8, 9.4)]]
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("OS", 0.76, 0.63, 0.92, "0.005")]
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("any adverse event", 460, 98.5), ("diarrhea", 254, 54.39)],
        [("any adverse event", 217, 91.6), ("diarrhea", 45, 18.99)]]
    assert r["adverse_events"] == []


def test_registry_results_tab_copy_values_on_a_line_of_their_own_under_the_unit(nlp):
    # the web page copied with tabs: the measure and unit lines, then one line of values (one tab
    # between them), a count and its share written "13  28.9%"
    r = record(nlp, "Arms and Interventions\nExperimental: Sorafenib\n  Drug: Sorafenib 400 mg orally twice daily.\n"
                    "Placebo Comparator: Placebo\n  Drug: Placebo orally twice daily.\n\n"
                    "Outcome Measures\n1. Primary Outcome\nTitle\tOverall Survival (OS)\n"
                    "Arm/Group Title\tSorafenib\tPlacebo\n"
                    "Overall Number of Participants Analyzed\t60\t58\n"
                    "Median (95% Confidence Interval)\nUnit of Measure: months\n"
                    "11.4 (9.0 to 13.9)\t8.2 (6.1 to 10.0)\n\n"
                    "2. Secondary Outcome\nTitle\tObjective Response Rate (ORR)\n"
                    "Arm/Group Title\tSorafenib\tPlacebo\n"
                    "Overall Number of Participants Analyzed\t60\t58\n"
                    "Measure Type: Count of Participants\nUnit of Measure: Participants\n"
                    "9  15.0%\t2  3.4%\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "count", "total") == [
        [("OS", 11.4, 9, None, None), ("ORR", 15, None, 9, 60)], [("OS", 8.2, 6.1, None, None), ("ORR", 3.4, None, 2, 58)]]


def test_tab_table_with_grade_columns_under_each_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus apatinib or TACE alone.\n\n"
                    "Table 3. Adverse events, n (%)\n"
                    "Event\tTACE plus apatinib (n = 50)\t\tTACE alone (n = 50)\t\n"
                    "\tAny grade\tGrade ≥3\tAny grade\tGrade ≥3\n"
                    "Hypertension\t20 (40.0)\t5 (10.0)\t4 (8.0)\t0 (0.0)\n"
                    "Diarrhoea\t10 (20.0)\t-\t3 (6.0)\t-\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("hypertension", "any", 20, 40), ("hypertension", ">=3", 5, 10), ("diarrhea", "any", 10, 20)],
        [("hypertension", "any", 4, 8), ("hypertension", ">=3", 0, 0), ("diarrhea", "any", 3, 6)]]


def test_tab_table_an_ae_row_naming_its_grade_under_any_grade_columns_and_marked_endpoint_rows(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus apatinib or TACE alone.\n\n"
                    "Table 2. Efficacy\n"
                    "\tTACE plus apatinib (n = 50)\tTACE alone (n = 50)\n"
                    "Overall survival\n"
                    "Median, months (95% CI)\t19.6 (16.4-22.9)\t15.3 (12.1-18.5)\n"
                    "Time to progression†\n"
                    "Median, months (95% CI)\t8.9 (7.6-10.9)\t5.9 (4.8-8.2)\n"
                    "†By mRECIST.\n\n"
                    "Table 3. Adverse events, n (%)\n"
                    "Event\tTACE plus apatinib (n = 50)\t\tTACE alone (n = 50)\t\n"
                    "\tAny grade\tGrade ≥3\tAny grade\tGrade ≥3\n"
                    "Hypertension\t20 (40.0)\t5 (10.0)\t4 (8.0)\t0 (0.0)\n"
                    "Grade 5 adverse event‡\t2 (4.0)\t-\t1 (2.0)\t-\n"
                    "‡Hepatic failure.\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 19.6), ("TTP", 8.9)], [("OS", 15.3), ("TTP", 5.9)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "any", 20), ("hypertension", ">=3", 5), ("any adverse event", "5", 2)],
        [("hypertension", "any", 4), ("hypertension", ">=3", 0), ("any adverse event", "5", 1)]]


def test_registry_table_with_arms_named_once_and_participants_analysed(nlp):
    r = record(nlp, "Patients were randomly assigned to donafenib plus TACE or TACE alone.\n\n"
                    "Participant Flow | Donafenib + TACE | TACE\n"
                    "STARTED | 50 | 48\n\n"
                    "1. Primary: Objective Response Rate\n"
                    "Overall Number of Participants Analyzed | 50 | 48\n"
                    "Objective Response Rate | Count of Participants | 22 (44.0%) | 12 (25.0%)\n\n"
                    "Adverse Events | Affected / at Risk (%) | Donafenib + TACE | TACE\n"
                    "Total, serious adverse events | 8/50 (16.00%) | 5/48 (10.42%)\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [
        [("ORR", 44, 22, 50)], [("ORR", 25, 12, 48)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("serious adverse event", None, 8, 16)], [("serious adverse event", None, 5, 10.42)]]


def test_caption_grade_applies_only_to_the_table_right_below_it(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Table 3. Grade 3-4 adverse events, n (%)\n"
                    "Event | Sorafenib | Lenvatinib\n"
                    "Any | 20 (50.0) | 25 (61.0)\n\n"
                    "Grade 5 events were rare.\n\n"
                    "Event | Sorafenib | Lenvatinib\n"
                    "Fatigue | 12 (30.0) | 14 (34.1)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "3-4", 20), ("fatigue", None, 12)], [("any adverse event", "3-4", 25), ("fatigue", None, 14)]]


@pytest.mark.parametrize("line", [
    "Age, years | 61 | 59", "Male sex, n (%) | 30 (75.0) | 31 (75.6)", "Site | Paris | Lyon",
])
def test_rows_that_are_not_results_are_not_read(nlp, line):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    f"Characteristic | Sorafenib | Lenvatinib\n{line}\n")
    assert by_arm(r, "outcomes") == [[], []] and by_arm(r, "adverse_events") == [[], []]


def test_single_arm_documents_have_no_arm_columns(nlp):
    r = record(nlp, "All patients received sorafenib 400 mg twice daily.\n\nOutcome | Value\nORR, n (%) | 6 (15.0)\n")
    assert len(r["arms"]) == 1


def test_markdown_table_with_ratio_and_p_columns(nlp):
    r = record(nlp, "Patients were randomly assigned to atezolizumab plus bevacizumab or sorafenib.\n\n"
                    "| Endpoint | Atezolizumab + bevacizumab (n = 200) | Sorafenib (n = 100) | HR (95% CI) | p |\n"
                    "|---|---|---|---|---|\n"
                    "| Median OS, months (95% CI) | 19.2 (17.0–23.7) | 13.4 (11.4–16.9) | 0.66 (0.52–0.85) | <0.001 |\n"
                    "| Median DoR, months | 18.1 | 14.9 | — | — |\n")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("OS", "HR", 0.66, 0.52, 0.85, "<0.001")]
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("OS", 19.2), ("DOR", 18.1)], [("OS", 13.4), ("DOR", 14.9)]]


def test_table_laid_out_with_spaces_under_section_lines(nlp):
    r = record(nlp, "Patients were randomly assigned to atezolizumab plus bevacizumab or sorafenib.\n\n"
                    "Table 4: Efficacy Results\n"
                    "                                     Atezolizumab + bevacizumab      Sorafenib\n"
                    "Overall Survival\n"
                    "  Number of deaths (%)                 96 (29)                   86 (39)\n"
                    "  Median OS in months (95% CI)         19.2 (17.0, 23.7)         13.4 (11.4, 16.9)\n"
                    "  Hazard ratio (95% CI)                          0.66 (0.52, 0.85)\n"
                    "  p-value                                        0.0009\n"
                    "Objective Response Rate\n"
                    "  ORR, % (95% CI)                      30 (25, 35)               11 (7, 17)\n")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("OS", 0.66, 0.52, 0.85, "0.0009")]
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("OS", 19.2, 17, 23.7), ("ORR", 30, 25, 35)], [("OS", 13.4, 11.4, 16.9), ("ORR", 11, 7, 17)]]


def test_response_categories_in_table_rows_are_endpoints(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Outcome | Sorafenib (n = 40) | Lenvatinib (n = 41)\n"
                    "Complete response, n (%) | 1 (2.5) | 3 (7.3)\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("CR", None)]


def test_space_table_sizes_landmark_ci_generic_ae_row_and_indented_sub_rows(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or regorafenib.\n\n"
                    "Table 1. Outcomes by arm\n"
                    "                               Sorafenib             Regorafenib\n"
                    "n                              60                    58\n"
                    "12-mo OS rate, % (95% CI)      55.0 (41.2-66.9)      61.3 (47.5-72.6)\n"
                    "Grade >=3 TRAE, n (%)          20 (33.3)             18 (31.0)\n"
                    "  Hypertension                 6 (10.0)              4 (6.9)\n"
                    "Rash, any grade, n (%)  9 (15.0)               7 (12.1)\n")
    assert [a["n"] for a in r["arms"]] == [60, 58]
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value", "ci_low", "ci_high") == [
        [("OS", 12, 55, 41.2, 66.9)], [("OS", 12, 61.3, 47.5, 72.6)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", ">=3", 20, 33.3), ("hypertension", ">=3", 6, 10), ("rash", "any", 9, 15)],
        [("any adverse event", ">=3", 18, 31), ("hypertension", ">=3", 4, 6.9), ("rash", "any", 7, 12.1)]]


REGISTRY_RESULTS = """Arms and Interventions
Experimental: Lenvatinib + Pembrolizumab
  Lenvatinib 12 mg orally once daily and pembrolizumab 200 mg IV every 3 weeks.
Placebo Comparator: Lenvatinib + Placebo
  Lenvatinib 12 mg orally once daily and placebo IV every 3 weeks.

PARTICIPANT FLOW        L+P      L+Placebo
  STARTED               120      118

OUTCOME MEASURES
1. Primary: Overall Survival (OS)
   Time Frame: up to 40 months
   Participants Analyzed: 120 | 118
   Median (95% CI), months: 21.2 (19.0 to 23.6) | 19.0 (17.2 to NA)
   Number of deaths (%): 80 (66.7) | 85 (72.0)
   Statistical Analysis: P-Value: 0.045 | Log Rank
     Hazard Ratio (HR): 0.80 | 95% CI: 0.64 to 0.99
2. Secondary: Number of Participants With Grade >=3 Treatment-related Adverse Events
   Participants Analyzed: 119 | 118
   Count of Participants: 60 (50.4%) | 45 (38.1%)
"""


def test_registry_results_record_read_by_heading_and_arm_initials(nlp):
    r = record(nlp, REGISTRY_RESULTS)
    assert [a["n"] for a in r["arms"]] == [120, 118]
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("OS", 21.2, 19, 23.6)], [("OS", 19, 17.2, None)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", ">=3", 60, 50.4)], [("any adverse event", ">=3", 45, 38.1)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "p") == [
        ("OS", "HR", 0.8, 0.64, "0.045")]


def test_single_arm_space_table_with_a_grade_over_each_column(nlp):
    r = record(nlp, "A single-arm phase 2 study of sintilimab plus lenvatinib.\n\n"
                    "Most frequent TRAEs, n (%)        Any grade    G≥3\n"
                    "  Hypertension                      14 (36)     3 (8)\n"
                    "  Proteinuria                       9 (23)      0\n\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("hypertension", "any", 14, 36), ("hypertension", ">=3", 3, 8), ("proteinuria", "any", 9, 23),
         ("proteinuria", ">=3", 0, None)]]


@pytest.mark.parametrize("header", [
    "Adverse event | TACE (n = 50) all grades | TACE (n = 50) grade 3-4 | TACE-L (n = 52) all grades | TACE-L (n = 52) grade 3-4",
    "Event\tTACE, any grade\tTACE, G3-4\tTACE-L, any grade\tTACE-L, G3-4",
])
def test_ae_table_with_a_column_per_arm_and_grade(nlp, header):
    r = record(nlp, "Patients were randomly assigned to TACE plus lenvatinib (TACE-L) or TACE alone.\n\n"
                    "Table 3. Adverse events, n (%)\n" + header + "\n"
                    + "Hypertension | 4 (8.0) | 0 | 20 (38.5) | 6 (11.5)\n".replace(" | ", "\t" if "\t" in header else " | "))
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("hypertension", "any", 20, 38.5), ("hypertension", "3-4", 6, 11.5)],
        [("hypertension", "any", 4, 8), ("hypertension", "3-4", 0, None)]]


def test_a_header_naming_one_arm_twice_without_grades_is_no_layout(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus lenvatinib (TACE-L) or TACE alone.\n\n"
                    "Outcome | TACE (n = 50) | TACE (n = 50) | TACE-L (n = 52)\n"
                    "Hypertension | 4 (8.0) | 3 (6.0) | 20 (38.5)\n")
    assert per_arm(r, "adverse_events", "term") == [[], []]


def test_registry_outcome_sections_give_the_statistical_analysis_lines_as_comparisons(nlp):
    r = record(nlp, "Arms and Interventions\nExperimental: Regorafenib\n  Regorafenib 160 mg orally once daily.\n"
                    "Placebo Comparator: Placebo\n  Placebo orally once daily.\n\n"
                    "Outcome Measures\n\n1. Primary Outcome\nTitle: Overall Survival (OS)\n"
                    "Time Frame: Up to 36 months\n"
                    "Statistical Analysis 1\n  Comparison Groups: Regorafenib, Placebo\n  P-Value: 0.012\n"
                    "  Method: Log Rank, stratified\n  Hazard Ratio (HR): 0.77\n"
                    "  95% Confidence Interval (2-Sided): 0.63 to 0.94\n\n"
                    "2. Secondary Outcome\nTitle: Objective Response Rate (ORR)\n"
                    "Description: Percentage of participants with a complete response (CR) or partial response (PR).\n"
                    "Statistical Analysis 1\n  P-Value: 0.020\n  Odds Ratio (OR): 2.10\n"
                    "  95% Confidence Interval (2-Sided): 1.10 to 4.00\n")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("OS", "HR", 0.77, 0.63, 0.94, "0.012"), ("ORR", "OR", 2.1, 1.1, 4, "0.020")]


REGISTRY_ROWS_PAGE = (
    "Study Results\nParticipant Flow\n"
    "Arm/Group Title\tArm/Group Description\n"
    "Donafenib Low Dose\tParticipants took donafenib 100 mg orally twice daily.\n"
    "Donafenib High Dose\tParticipants took donafenib 200 mg orally twice daily.\n"
    "Sorafenib (Standard of Care)\tParticipants took sorafenib 400 mg orally twice daily.\n\n"
    "Outcome Measures\nMeasure Type: Primary\nTitle: Overall Survival (OS)\n"
    "Description: Time from randomization to death.\nTime Frame: Up to 40 months\n"
    "Arm/Group Title\tDonafenib Low Dose\tDonafenib High Dose\tSorafenib (Standard of Care)\n"
    "Overall Number of Participants Analyzed\t50\t52\t51\n"
    "Median (95% Confidence Interval)\n"
    "Unit of Measure: months\t11.0 (9.1 to 13.2)\t12.4 (10.0 to 14.9)\t10.1 (8.3 to 12.0)\n\n"
    "Statistical Analysis 1\nComparison Group Selection: Donafenib High Dose, Sorafenib (Standard of Care)\n"
    "P-Value 0.041\nMethod: Log Rank\nMethod of Estimation: Hazard Ratio (HR) 0.66\n"
    "95% Confidence Interval (2-Sided) 0.44 to 0.98\n\n"
    "Measure Type: Secondary\nTitle: Objective Response Rate (ORR)\n"
    "Arm/Group Title\tDonafenib Low Dose\tDonafenib High Dose\tSorafenib (Standard of Care)\n"
    "Overall Number of Participants Analyzed\t50\t52\t51\n"
    "Unit of Measure: Participants\t5 10.0%\t8 15.4%\t3 5.9%\n\n"
    "Adverse Events\nAll-Cause Mortality\n\tDonafenib Low Dose\tDonafenib High Dose\tSorafenib (Standard of Care)\n"
    "Total, all-cause mortality\t30/50 (60.00%)\t29/52 (55.77%)\t35/51 (68.63%)\n\n"
    "Serious Adverse Events\nTotal, serious adverse events\t9/50 (18.00%)\t12/52 (23.08%)\t10/51 (19.61%)\n\n"
    "Other (Not Including Serious) Adverse Events\nFrequency Threshold for Reporting Other Adverse Events: 5%\n"
    "\tDonafenib Low Dose\tDonafenib High Dose\tSorafenib (Standard of Care)\n"
    "Total, other adverse events\t44/50 (88.00%)\t49/52 (94.23%)\t45/51 (88.24%)\n"
    "Diarrhoea\t10/50 (20.00%)\t15/52 (28.85%)\t9/51 (17.65%)\n")


def test_registry_results_tab_with_its_groups_as_rows(nlp):
    """A results tab whose groups are rows under "Arm/Group Title | Arm/Group Description", whose
    measures are typed "Measure Type: Primary", whose analyses follow a blank line, and whose event
    blocks total their rows ("Total, other adverse events": not an event of its own)."""
    r = record(nlp, REGISTRY_ROWS_PAGE)
    assert [(a["label"], [(c["name"], c["dose"], c["frequency"]) for c in a["regimen"]]) for a in r["arms"]] == [
        ("Donafenib Low Dose", [("donafenib", 100, "BID")]), ("Donafenib High Dose", [("donafenib", 200, "BID")]),
        ("Sorafenib (Standard of Care)", [("sorafenib", 400, "BID")])]
    assert [(e["name"], e["role"]) for e in r["endpoints"]][:2] == [("OS", "primary"), ("ORR", "secondary")]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("OS", 11, None), ("ORR", 10, 5)], [("OS", 12.4, None), ("ORR", 15.4, 8)], [("OS", 10.1, None), ("ORR", 5.9, 3)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("OS", "HR", 0.66, 0.44, 0.98, "0.041")]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("serious adverse event", 9), ("diarrhea", 10)], [("serious adverse event", 12), ("diarrhea", 15)],
        [("serious adverse event", 10), ("diarrhea", 9)]]


def test_registry_field_lines_and_note_marks_in_a_results_table(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "2. Secondary Outcome\nTitle: Objective Response Rate (ORR)\n"
                    "Description: Percentage of participants with a complete response (CR) or partial response (PR).\n"
                    "                       Sorafenib     Lenvatinib\n"
                    "Count of Participants  12 (30.0%)    20 (48.8%)\n\n"
                    "3. Secondary Outcome\nTitle: Overall Survival (OS)\n"
                    "                       Sorafenib     Lenvatinib\n"
                    "Median (95% CI), months   10.2 (8.1 to 12.4)    17.4 (13.8 to NA) [1]\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("ORR", 30, 12), ("OS", 10.2, None)], [("ORR", 48.8, 20), ("OS", 17.4, None)]]


def test_registry_serious_adverse_event_table_total_and_a_definition_line(nlp):
    r = record(nlp, "Arms and Interventions\nExperimental: Regorafenib\n  Regorafenib 160 mg orally once daily.\n"
                    "Placebo Comparator: Placebo\n  Placebo orally once daily.\n\n"
                    "2. Secondary Outcome\nTitle: Objective Response Rate (ORR)\n"
                    "Description: Percentage of participants with a complete response (CR) or partial response (PR).\n\n"
                    "Serious Adverse Events\n"
                    "                          Regorafenib    Placebo\n"
                    "Total                     44/374 (11.76%)    19/193 (9.84%)\n"
                    "Ascites                    5/374 (1.34%)     2/193 (1.04%)\n\n"
                    "Other (Not Including Serious) Adverse Events\n"
                    "                          Regorafenib    Placebo\n"
                    "Total                     300/374 (80.21%)    120/193 (62.18%)\n")
    assert "CR" not in [e["name"] for e in r["endpoints"]] and "PR" not in [e["name"] for e in r["endpoints"]]
    # the other (not serious) events' total is neither all events nor an event of its own: left out
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("serious adverse event", 44), ("ascites", 5)], [("serious adverse event", 19), ("ascites", 2)]]


def test_space_table_row_whose_long_label_leaves_one_space_before_a_count_of_total(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Other (Not Including Serious) Adverse Events\n"
                    "                                          Sorafenib          Lenvatinib\n"
                    "Hypertension                               30/62 (48.39%)     26/60 (43.33%)\n"
                    "Palmar-plantar erythrodysaesthesia syndrome 21/62 (33.87%)     19/60 (31.67%)\n")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("hypertension", 30, 48.39), ("hand-foot skin reaction", 21, 33.87)],
        [("hypertension", 26, 43.33), ("hand-foot skin reaction", 19, 31.67)]]


SLASH_TABLE = ("{regimen}.\n\n"
               "Treatment-related adverse events are shown below as any grade / grade 3-4, n (%):\n\n"
               "  rash                      12 (30.0) / 2 (5.0)\n"
               "  decreased appetite         8 (20.0) / 0 (0)\n\n"
               "Median PFS was 6.1 months.")


def test_rows_of_a_count_for_each_of_two_grades_named_above_them_single_arm(nlp):
    r = record(nlp, SLASH_TABLE.format(regimen="Patients received cabozantinib 40 mg once daily"))
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [[
        ("rash", "any", 12, 30), ("rash", "3-4", 2, 5),
        ("decreased appetite", "any", 8, 20), ("decreased appetite", "3-4", 0, 0)]]


def test_rows_of_a_count_for_each_of_two_grades_pooled_over_two_arms(nlp):
    r = record(nlp, SLASH_TABLE.format(regimen="Patients were randomly assigned to cabozantinib 40 mg once daily or placebo"))
    assert [(e["term"], e["grade"], e["count"]) for e in r["adverse_events"]] == [
        ("rash", "any", 12), ("rash", "3-4", 2), ("decreased appetite", "any", 8), ("decreased appetite", "3-4", 0)]
    assert per_arm(r, "adverse_events", "term") == [[], []]


def test_header_size_is_a_total_only_when_the_printed_share_fits_it(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Outcome | Sorafenib (n = 40) | Lenvatinib (n = 41)\n"
                    "DCR, n (%) | 20 (50.0) | 25 (65.8)\n")  # 25 of 41 is 61.0%: evaluated in fewer
    dcr = [[(o["count"], o.get("total")) for o in a["outcomes"]] for a in r["arms"]]
    assert dcr == [[(20, 40)], [(25, None)]]


def test_space_table_a_value_squeezed_against_the_next_column(nlp):
    # a wide "value (CI)" leaves one space before the next column's: still two cells
    r = record(nlp, "Patients were randomly assigned to donafenib or sorafenib.\n\n"
                    "                          Donafenib (n = 80)   Sorafenib (n = 79)   HR (95% CI)\n"
                    "Median OS, mo (95% CI)    14.2 (12.0-16.3)     11.5 (10.04-13.35) 0.74 (0.55-0.99)\n")
    assert by_arm(r, "outcomes") == [
        [{"endpoint": "OS", "stat": "median", "value": 14.2, "unit": "months", "ci_low": 12.0, "ci_high": 16.3}],
        [{"endpoint": "OS", "stat": "median", "value": 11.5, "unit": "months", "ci_low": 10.04, "ci_high": 13.35}]]
    assert comparisons(r, "measure", "value", "ci_low", "ci_high") == [("HR", 0.74, 0.55, 0.99)]


def test_space_table_sizes_on_the_line_under_the_arms_count_share_and_ci_cells(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or donafenib.\n\n"
                    "Table 2\n"
                    "                              Sorafenib           Donafenib\n"
                    "                              n = 50              n = 48\n"
                    "ORR, n (%) [95% CI]           5 (10.0) [3.3-21.8]   9 (18.8) [8.9-32.6]\n"
                    "DCR, n (%)                    28 (56.0)           31 (64.6)\n"
                    "Dose reductions leading to discontinuation, n (%) 3 (6.0)     2 (4.2)\n")
    assert by_arm(r, "outcomes") == [
        [{"endpoint": "ORR", "stat": "rate", "value": 10, "unit": "%", "count": 5, "total": 50,
          "ci_low": 3.3, "ci_high": 21.8},
         {"endpoint": "DCR", "stat": "rate", "value": 56, "unit": "%", "count": 28, "total": 50}],
        [{"endpoint": "ORR", "stat": "rate", "value": 18.8, "unit": "%", "count": 9, "total": 48,
          "ci_low": 8.9, "ci_high": 32.6},
         {"endpoint": "DCR", "stat": "rate", "value": 64.6, "unit": "%", "count": 31, "total": 48}]]


def test_space_table_value_one_space_after_a_label_ending_in_its_measure(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or donafenib.\n\n"
                    "Table 3 Safety\n"
                    "                                         Sorafenib (n = 50)   Donafenib (n = 48)\n"
                    "Grade >=3 AEs, n (%)                     20 (40.0)            14 (29.2)\n"
                    "AEs leading to discontinuation, n (%) 6 (12.0)              3 (6.3)\n")
    assert [[(x["term"], x["count"], x["percent"]) for x in arm] for arm in by_arm(r, "adverse_events")] == [
        [("any adverse event", 20, 40), ("adverse event leading to discontinuation", 6, 12)],
        [("any adverse event", 14, 29.2), ("adverse event leading to discontinuation", 3, 6.3)]]


REGISTRY_POSTED_RESULTS = (
    "Arms and Interventions\n"
    "Experimental: Sintilimab + Apatinib | Drug: Sintilimab; Drug: Apatinib\n"
    "Active Comparator: Apatinib | Drug: Apatinib\n"
    "\n"
    "Drug: Sintilimab\n"
    "200 mg intravenously on Day 1 of each 21-day cycle.\n"
    "Drug: Apatinib\n"
    "250 mg orally once daily.\n"
    "\n"
    "Baseline Characteristics\n"
    "                                Sintilimab + Apatinib     Apatinib        Total\n"
    "Overall Number of Participants  50                        50              100\n"
    "HBV infection, n (%)            40 (80.0%)                41 (82.0%)      81 (81.0%)\n"
    "\n"
    "Outcome Measures\n"
    "1. Secondary Outcome: OS Rate at 12 Months\n"
    "Number of Participants Analyzed     50                     50\n"
    "Percentage (95% CI)                 60.2 (45.1 to 72.4)    48.0 (33.5 to 61.0)\n"
    "2. Secondary Outcome: Overall Survival (OS)\n"
    "Number of Participants Analyzed     50                     50\n"
    "Median (95% CI), months             16.1 (12.0 to NA) [1]  12.2 (9.8 to 14.9)\n"
    "\n"
    "Adverse Events\n"
    "Other (Not Including Serious) Adverse Events\n"
    "                                            Sintilimab + Apatinib     Apatinib\n"
    "Total, other adverse events                 45/50 (90.00%)            44/50 (88.00%)\n")


def test_registry_results_doses_under_interventions_baseline_table_landmark_headings(nlp):
    r = record(nlp, REGISTRY_POSTED_RESULTS)
    assert [[(c["name"], c.get("dose"), c.get("route"), c.get("days"), c.get("cycle_days")) for c in a["regimen"]]
            for a in r["arms"]] == [[("sintilimab", 200, "iv", "1", 21), ("apatinib", 250, "oral", None, None)],
                                    [("apatinib", 250, "oral", None, None)]]
    assert by_arm(r, "outcomes") == [
        [{"endpoint": "OS", "stat": "rate", "timepoint_months": 12, "value": 60.2, "unit": "%", "ci_low": 45.1,
          "ci_high": 72.4},
         {"endpoint": "OS", "stat": "median", "value": 16.1, "unit": "months", "ci_low": 12}],
        [{"endpoint": "OS", "stat": "rate", "timepoint_months": 12, "value": 48, "unit": "%", "ci_low": 33.5,
          "ci_high": 61},
         {"endpoint": "OS", "stat": "median", "value": 12.2, "unit": "months", "ci_low": 9.8, "ci_high": 14.9}]]
    # "Total, other adverse events" (the events under the reporting threshold and the serious ones left
    # out) is no event of its own: not recorded
    assert by_arm(r, "adverse_events") == [[], []]


def test_pipe_table_with_unadjusted_and_adjusted_ratio_columns(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "| Outcome | Sorafenib (n=120) | Lenvatinib (n=118) | Unadjusted HR/OR (95% CI) | Adjusted HR/OR (95% CI) | P |\n"
                    "|---|---|---|---|---|---|\n"
                    "| Median OS, months (95% CI) | 12.1 (10.2-14.0) | 13.9 (11.8-15.6) | 0.88 (0.70-1.10) | 0.90 (0.71-1.14) | 0.38 |\n"
                    "| ORR, n (%) | 14 (11.7) | 30 (25.4) | 0.39 (0.20-0.77) | 0.41 (0.21-0.80) | 0.009 |\n")
    assert comparisons(r, "endpoint", "measure", "value", "p") == [
        ("OS", "HR", 0.88, None), ("OS", "HR", 0.9, "0.38"), ("ORR", "OR", 0.39, None), ("ORR", "OR", 0.41, "0.009")]


def test_space_table_after_a_wrapped_caption_with_grade_sub_rows_and_a_p_column(nlp):
    lines = ["This randomized phase II trial compared microwave ablation with radiofrequency ablation in patients",
             "with early hepatocellular carcinoma, and the primary endpoint of the study was local tumour progression.",
             "Patients were randomly assigned to MWA (n = 40) or RFA (n = 40) by computer-generated blocks of four.",
             "Complications were graded with the Clavien-Dindo classification by two independent investigators.",
             "",
             "Table 2 Complications according to the Clavien-Dindo classification in the two treatment groups",
             "                             MWA (n = 40)        RFA (n = 40)   p",
             "Any complication             10 (25.0)           8 (20.0)       0.59",
             "  Grade I                    6 (15.0)            5 (12.5)",
             "  Grade IV-V                 1 (2.5)             0 (0.0)",
             "Pleural effusion             2 (5.0)             1 (2.5)"]
    r = record(nlp, "\n".join(lines) + "\n")
    assert [[(x["term"], x["grade"], x["count"]) for x in arm] for arm in by_arm(r, "adverse_events")] == [
        [("complication", "any", 10), ("complication", "1", 6), ("complication", "4-5", 1), ("pleural effusion", None, 2)],
        [("complication", "any", 8), ("complication", "1", 5), ("complication", "4-5", 0), ("pleural effusion", None, 1)]]


def test_registry_dose_groups_named_in_column_order_and_no_extra_phase_1_arm(nlp):
    r = record(nlp, "Study Type: Interventional | Phase: Phase 1/Phase 2\n\nArms and Interventions\n"
                    "Experimental: Phase 1: donafenib 100 mg -- donafenib 100 mg BID\n"
                    "Experimental: Phase 1: donafenib 200 mg -- donafenib 200 mg BID\n"
                    "Experimental: Phase 1: donafenib 300 mg -- donafenib 300 mg BID\n"
                    "Experimental: Phase 2: donafenib 200 mg (RP2D) -- donafenib at the RP2D of 200 mg BID\n\n"
                    "RESULTS\nGroups (in column order): Ph1 100 mg | Ph1 200 mg | Ph1 300 mg | Ph2 200 mg\n\n"
                    "Serious Adverse Events\n"
                    "Ascites: 0/3 (0.00%) | 1/6 (16.67%) | 0/4 (0.00%) | 2/25 (8.00%)\n")
    assert [a["label"] for a in r["arms"]] == ["Phase 1: donafenib 100 mg -- donafenib 100 mg BID",
                                              "Phase 1: donafenib 200 mg -- donafenib 200 mg BID",
                                              "Phase 1: donafenib 300 mg -- donafenib 300 mg BID",
                                              "Phase 2: donafenib 200 mg (RP2D) -- donafenib at the RP2D of 200 mg BID"]
    # 100 mg and 300 mg name their groups, 200 mg neither: the order still gives each column its group
    assert [[(x["term"], x["count"]) for x in a["adverse_events"]] for a in r["arms"]] == [
        [("ascites", 0)], [("ascites", 1)], [("ascites", 0)], [("ascites", 2)]]


def test_a_registrys_99999_bound_is_not_estimable(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Outcome | Sorafenib (n = 40) | Lenvatinib (n = 41)\n"
                    "Median OS, mo (95% CI) | 10.2 (8.1 to 99999) | 13.6 (11.0 to 15.9)\n")
    assert [[(o["value"], o.get("ci_low"), o.get("ci_high")) for o in a["outcomes"]] for a in r["arms"]] == [
        [(10.2, 8.1, None)], [(13.6, 11, 15.9)]]


def test_registry_any_teae_row_is_any_grade_and_a_measure_description_is_no_heading(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Arm/Group Title: Sorafenib | Lenvatinib\n\n"
                    "1. Primary: Objective Response Rate (ORR) [Time Frame: 24 months]\n"
                    "Best overall response of complete (CR) or partial response (PR), investigator assessed.\n"
                    "Count of Participants: 4 (10.0%) | 10 (25.0%)\n\n"
                    "2. Secondary: Number of Participants With Adverse Events [Time Frame: 24 months]\n"
                    "Any TEAE: 38 (95.0%) | 39 (97.5%)\n")
    assert [[(o["endpoint"], o["count"]) for o in a["outcomes"]] for a in r["arms"]] == [[("ORR", 4)], [("ORR", 10)]]
    assert [[(x["term"], x["grade"], x["count"]) for x in a["adverse_events"]] for a in r["arms"]] == [
        [("any adverse event", "any", 38)], [("any adverse event", "any", 39)]]


_THREE_ARMS = "Patients were randomly assigned (1:1:1) to durvalumab plus tremelimumab, durvalumab plus bevacizumab, or sorafenib.\n\n"


def test_tab_table_whose_header_opens_on_a_tab_with_ratio_and_p_rows_against_the_reference_arm(nlp):
    r = record(nlp, _THREE_ARMS + "Table 2\tEfficacy\n"
                    "\tDurvalumab + tremelimumab (n=120)\tDurvalumab + bevacizumab (n=118)\tSorafenib (n=121)\n"
                    "Progression-free survival\n"
                    "Median (95% CI), months\t5.1 (4.0-6.3)\t6.8 (5.5-7.7)\t4.2 (3.6-5.0)\n"
                    "HR vs sorafenib (95% CI)\t0.91 (0.70-1.18)\t0.72 (0.55-0.94)\t..\n"
                    "p value\t0.48\t0.016\t..\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("PFS", 5.1, 4, 6.3)], [("PFS", 6.8, 5.5, 7.7)], [("PFS", 4.2, 3.6, 5)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("PFS", "HR", 0.91, 0.7, 1.18, "0.48"), ("PFS", "HR", 0.72, 0.55, 0.94, "0.016")]


def test_tab_table_with_grade_columns_under_each_arm_header_cell(nlp):
    # the header gives each arm a cell and an empty one; the last arm's empty cell is lost at the line's end
    r = record(nlp, _THREE_ARMS + "Table 3\tTreatment-related adverse events\n"
                    "\tDurvalumab + tremelimumab (n=119)\t\tDurvalumab + bevacizumab (n=118)\t\tSorafenib (n=120)\n"
                    "\tAny grade\tGrade 3-4\tAny grade\tGrade 3-4\tAny grade\tGrade 3-4\n"
                    "Rash\t30 (25.2%)\t3 (2.5%)\t12 (10.2%)\t0\t20 (16.7%)\t2 (1.7%)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("rash", "any", 30), ("rash", "3-4", 3)], [("rash", "any", 12), ("rash", "3-4", 0)],
        [("rash", "any", 20), ("rash", "3-4", 2)]]


_REGISTRY_ARMS = ("Arms and Interventions\nExperimental: Atezolizumab + Sorafenib\nDrug: Atezolizumab\n"
                  "Active Comparator: Sorafenib\nDrug: Sorafenib\n\n")


def test_registry_statistical_analysis_rows_complete_the_comparison(nlp):
    r = record(nlp, _REGISTRY_ARMS + "Outcome Measures\n1. Primary Outcome\nTitle\tOverall Survival (OS)\n"
                    "Description\tTime from randomization to death from any cause; complete response is not required.\n"
                    "\tAtezolizumab + Sorafenib\tSorafenib\n"
                    "Overall Number of Participants Analyzed\t150\t148\n"
                    "Measure Type: Median (95% Confidence Interval)\n"
                    "Unit of Measure: months\t15.2 (13.1 to 17.4)\t12.0 (10.2 to 13.9)\n"
                    "Statistical Analysis 1\n"
                    "Statistical Test of Hypothesis\tP-Value\t0.004\n"
                    "Comments\tOne-sided p-value; the corresponding two-sided p-value is 0.008.\n"
                    "Method of Estimation\tEstimation Parameter\tHazard Ratio (HR)\n"
                    "Estimated Value\t0.71\n"
                    "Confidence Interval\t(2-Sided) 95%\n"
                    "0.56 to 0.90\n")
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["comparisons"]] == [
        {"endpoint": "OS", "measure": "HR", "value": 0.71, "ci_low": 0.56, "ci_high": 0.9, "p": "0.008"}]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 15.2)], [("OS", 12)]]


def test_registry_event_table_total_under_serious_adverse_events(nlp):
    r = record(nlp, _REGISTRY_ARMS + "Adverse Events\n"
                    "\tAtezolizumab + Sorafenib\tSorafenib\n"
                    "\tAffected / at Risk (%)\tAffected / at Risk (%)\n"
                    "All-Cause Mortality\nTotal\t80/150 (53.33%)\t90/148 (60.81%)\n"
                    "Serious Adverse Events\nTotal\t45/150 (30.00%)\t38/148 (25.68%)\n"
                    "Hepatobiliary disorders\nHepatic failure\t5/150 (3.33%)\t4/148 (2.70%)\n"
                    "Other (Not Including Serious) Adverse Events\nTotal\t140/150 (93.33%)\t139/148 (93.92%)\n"
                    "Diarrhoea\t40/150 (26.67%)\t50/148 (33.78%)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("serious adverse event", None, 45, 30), ("hepatic failure", None, 5, 3.33), ("diarrhea", None, 40, 26.67)],
        [("serious adverse event", None, 38, 25.68), ("hepatic failure", None, 4, 2.7), ("diarrhea", None, 50, 33.78)]]


_EUDRACT_ARMS = "Patients were randomised to regorafenib plus nivolumab or regorafenib.\n\n"


def test_eudract_event_tables_subjects_affected_and_deaths_rows(nlp):
    r = record(nlp, _EUDRACT_ARMS + "Adverse events\n"
                    "Serious adverse events\tRegorafenib + nivolumab\tRegorafenib\n"
                    "Total subjects affected by serious adverse events\n"
                    "subjects affected / exposed\t20 / 50 (40.00%)\t12 / 48 (25.00%)\n"
                    "number of deaths (all causes)\t30\t35\n"
                    "number of deaths resulting from adverse events\t3\t0\n"
                    "General disorders and administration site conditions\n"
                    "Oesophageal varices haemorrhage\n"
                    "subjects affected / exposed\t4 / 50 (8.00%)\t1 / 48 (2.08%)\n"
                    "deaths causally related to treatment / all\t1 / 2\t0 / 0\n"
                    "Hepatic failure\nsubjects affected / exposed\t2 / 50 (4.00%)\t3 / 48 (6.25%)\n\n"
                    "Non-serious adverse events\tRegorafenib + nivolumab\tRegorafenib\n"
                    "Total subjects affected by non-serious adverse events\n"
                    "subjects affected / exposed\t45 / 50 (90.00%)\t40 / 48 (83.33%)\n"
                    "Diarrhoea\nsubjects affected / exposed\t11 / 50 (22.00%)\t9 / 48 (18.75%)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("serious adverse event", None, 20, 40), ("any adverse event", "5", 3, None),
         ("esophageal varices hemorrhage", None, 4, 8), ("esophageal varices hemorrhage", "5", 2, None),
         ("hepatic failure", None, 2, 4), ("non-serious adverse event", None, 45, 90), ("diarrhea", None, 11, 22)],
        [("serious adverse event", None, 12, 25), ("any adverse event", "5", 0, None),
         ("esophageal varices hemorrhage", None, 1, 2.08), ("esophageal varices hemorrhage", "5", 0, None),
         ("hepatic failure", None, 3, 6.25), ("non-serious adverse event", None, 40, 83.33), ("diarrhea", None, 9, 18.75)]]


def test_eudract_reporting_threshold_is_no_event_and_units_subjects_rows_are_counts(nlp):
    r = record(nlp, _EUDRACT_ARMS + "Secondary: Number of subjects with treatment-related adverse events\n"
                    "End point values\tRegorafenib + nivolumab\tRegorafenib\n"
                    "Number of subjects analysed\t50\t48\nUnits: subjects\n"
                    "Any grade TRAE\t44\t41\nGrade ≥ 3 TRAE\t21\t17\n\n"
                    "Adverse events\nFrequency threshold for reporting non-serious adverse events: 5 %\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", "any", 44, None), ("any adverse event", ">=3", 21, None)],
        [("any adverse event", "any", 41, None), ("any adverse event", ">=3", 17, None)]]
    assert r["adverse_events"] == []


def test_space_separated_registry_event_table_is_not_read_as_eudract_rows(nlp):
    r = record(nlp, _EUDRACT_ARMS + "Serious Adverse Events      Regorafenib + nivolumab   Regorafenib\n"
                    "Total, serious adverse events     20/50 (40.00%)     12/48 (25.00%)\n"
                    "  Hepatic failure                 2/50 (4.00%)       3/48 (6.25%)\n")
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("serious adverse event", 20), ("hepatic failure", 2)], [("serious adverse event", 12), ("hepatic failure", 3)]]


def test_pipe_table_whose_header_opens_on_an_empty_label_and_a_labelled_grade_row(nlp):
    rows = ["                          | Regorafenib + nivolumab (n = 40) | Regorafenib (n = 41)",
            "TRAE, n (%)               | Any grade | Grade ≥3 | Any grade | Grade ≥3",
            "Any TRAE                  | 36 (90.0) | 14 (35.0) | 35 (85.4) | 11 (26.8)",
            "Diarrhea                  | 12 (30.0) | 2 (5.0)   | 10 (24.4) | 0"]
    r = record(nlp, "Patients were randomised to regorafenib plus nivolumab or regorafenib.\n\n" + "\n".join(rows) + "\n")
    counts = {(k, e["term"], e["grade"]): e["count"] for k, a in enumerate(r["arms"]) for e in a["adverse_events"]}
    assert counts == {(0, "any adverse event", "any"): 36, (0, "any adverse event", ">=3"): 14, (0, "diarrhea", "any"): 12,
                      (0, "diarrhea", ">=3"): 2, (1, "any adverse event", "any"): 35, (1, "any adverse event", ">=3"): 11,
                      (1, "diarrhea", "any"): 10, (1, "diarrhea", ">=3"): 0}


def test_space_table_with_a_ratio_and_p_column_whose_cells_write_p_equals(nlp):
    rows = ["                        Lenvatinib (n=49)   Sorafenib (n=49)   HR (95% CI); p",
            "mPFS, mos (95% CI)      11.3 (9.0–13.8)   6.4 (5.1–7.9)     0.52 (0.32–0.84); p=0.007",
            "ORR, n/N (%)            31/49 (63.3)      18/49 (36.7)      p=0.009"]
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib.\n\nTable 1. Efficacy\n" + "\n".join(rows) + "\n")
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["comparisons"]] == [
        {"endpoint": "PFS", "measure": "HR", "value": 0.52, "ci_low": 0.32, "ci_high": 0.84, "p": "0.007"},
        {"endpoint": "ORR", "measure": None, "p": "0.009"}]


def test_registry_number_rows_in_percentage_of_participants_counts_with_a_spaced_share_and_a_new_title(nlp):
    blocks = ["Title: Overall Survival (OS)", "\tAtezolizumab + Sorafenib\tSorafenib",
              "Overall Number of Participants Analyzed\t50\t48", "Measure Type: Median (95% Confidence Interval)",
              "Unit of Measure: months", "\t14.0 (11.2 to 17.5)\t10.1 (8.0 to 12.3)", "",
              "Title: Objective Response Rate (ORR)", "Overall Number of Participants Analyzed\t50\t48",
              "Measure Type: Number (95% Confidence Interval)", "Unit of Measure: percentage of participants",
              "\t24.0 (13.1 to 38.2)\t8.3 (2.3 to 20.0)", "",
              "Title: Disease Control Rate (DCR)", "Measure Type: Count of Participants", "Unit of Measure: Participants",
              "\t35  70.0%\t25  52.1%", "", "Title: Percentage of Participants Alive at 18 Months",
              "Measure Type: Number (95% Confidence Interval)", "Unit of Measure: percentage of participants",
              "\t40.2 (26.0 to 54.0)\t28.9 (16.5 to 42.6)"]
    r = record(nlp, _REGISTRY_ARMS + "Outcome Measures\n" + "\n".join(blocks) + "\n")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value", "count") == [
        [("OS", "median", 14, None), ("ORR", "rate", 24, None), ("DCR", "rate", 70, 35), ("OS", "rate", 40.2, None)],
        [("OS", "median", 10.1, None), ("ORR", "rate", 8.3, None), ("DCR", "rate", 52.1, 25), ("OS", "rate", 28.9, None)]]
    # the percentage of participants alive at a landmark is the OS rate there, with its CI
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "ci_low", "ci_high")[0][-1] == ("OS", 18, 26, 54)


_RESULTS_ONLY = ("Study Results\n"
                 "Arm/Group Title\tRegorafenib + Pembrolizumab\tRegorafenib\n"
                 "Arm/Group Description\tRegorafenib 80 mg orally once daily on days 1-21 plus pembrolizumab 200 mg IV "
                 "every 3 weeks.\tRegorafenib 160 mg orally once daily on days 1-21 of each 28-day cycle.\n"
                 "STARTED\t51\t50\n\n")


def test_results_page_arm_groups_take_their_column_of_the_description_row(nlp):
    # no protocol arm groups: the "Arm/Group Title" row names the arms, each description cell is its arm's
    r = record(nlp, "Regorafenib With or Without Pembrolizumab After Lenvatinib\n\n" + _RESULTS_ONLY)
    assert [a["label"] for a in r["arms"]] == ["Regorafenib + Pembrolizumab", "Regorafenib"]
    assert per_arm(r, "regimen", "name", "dose", "frequency") == [
        [("regorafenib", 80, "QD"), ("pembrolizumab", 200, "Q3W")], [("regorafenib", 160, "QD")]]


def test_results_page_estimation_parameter_without_its_prefix(nlp):
    r = record(nlp, _RESULTS_ONLY + "1. Primary Outcome\nTitle: Overall Survival (OS)\n"
                    "Arm/Group Title\tRegorafenib + Pembrolizumab\tRegorafenib\n"
                    "Overall Number of Participants Analyzed\t51\t50\n"
                    "Measure Type: Median (95% Confidence Interval)\nUnit of Measure: months\n"
                    "\t14.1 (11.0 to 17.9)\t10.6 (8.2 to 12.5)\n"
                    "Statistical Analysis 1\nP-Value\t0.021\nMethod\tLog Rank\n"
                    "Parameter\tHazard Ratio (HR)\nEstimated Value\t0.64\n"
                    "Confidence Interval\t(2-Sided) 95%  0.44 to 0.93\n")
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["comparisons"]] == [
        {"endpoint": "OS", "measure": "HR", "value": 0.64, "ci_low": 0.44, "ci_high": 0.93, "p": "0.021"}]


def test_registry_count_of_participants_cells_with_a_spaced_share(nlp):
    r = record(nlp, _RESULTS_ONLY + "2. Secondary Outcome\n"
                    "Title: Number of Participants With Treatment-Emergent Adverse Events (TEAEs)\n"
                    "Arm/Group Title\tRegorafenib + Pembrolizumab\tRegorafenib\n"
                    "Overall Number of Participants Analyzed\t51\t50\n"
                    "Measure Type: Count of Participants\nUnit of Measure: Participants\n"
                    "Any grade TEAE\t50  98.0%\t48  96.0%\n"
                    "Grade ≥3 TEAE\t29  56.9%\t22  44.0%\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", "any", 50, 98), ("any adverse event", ">=3", 29, 56.9)],
        [("any adverse event", "any", 48, 96), ("any adverse event", ">=3", 22, 44)]]


def test_arms_repeated_under_column_groups_are_each_read(nlp):
    # "A | B | A | B" under "RECIST 1.1 | mRECIST": every column is its arm's; a "95% CI" row and a "0" of
    # "n (%)" go to their own column
    r = record(nlp, "Patients were randomised to sorafenib or donafenib.\n\n"
                    "Table 2. Best overall response\n"
                    "\tRECIST 1.1\t\tmRECIST\t\n"
                    "Response\tSorafenib (n = 40)\tDonafenib (n = 41)\tSorafenib (n = 40)\tDonafenib (n = 41)\n"
                    "Complete response, n (%)\t0\t1 (2.4)\t2 (5.0)\t3 (7.3)\n"
                    "Objective response rate, n (%)\t4 (10.0)\t6 (14.6)\t9 (22.5)\t12 (29.3)\n"
                    "   95% CI\t2.8 to 23.7\t5.6 to 29.2\t10.8 to 38.5\t16.1 to 45.5\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total", "ci_low") == [
        [("CR", 0, 0, 40, None), ("CR", 5, 2, 40, None), ("ORR", 10, 4, 40, 2.8), ("ORR", 22.5, 9, 40, 10.8)],
        [("CR", 2.4, 1, 41, None), ("CR", 7.3, 3, 41, None), ("ORR", 14.6, 6, 41, 5.6), ("ORR", 29.3, 12, 41, 16.1)]]


def test_space_laid_ratio_row_with_its_p_after_a_semicolon(nlp):
    r = record(nlp, "Patients were randomised to sorafenib or donafenib.\n\n"
                    "                            Donafenib          Sorafenib\n"
                    "                            (n = 80)           (n = 81)\n"
                    "Median OS, mo (95% CI)      12.1 (10.3-14.0)   10.3 (8.5-11.9)\n"
                    "  HR (95% CI); P            0.79 (0.63-0.98); P = .03\n")
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["comparisons"]] == [
        {"endpoint": "OS", "measure": "HR", "value": 0.79, "ci_low": 0.63, "ci_high": 0.98, "p": "0.03"}]


_FOUR_GROUPS = ("Arms and Interventions\nExperimental: Cohort 1: Tivozanib 0.6 mg\nDrug: Tivozanib 0.6 mg QD\n"
                "Experimental: Cohort 2: Tivozanib 1.0 mg\nDrug: Tivozanib 1.0 mg QD\n"
                "Experimental: Cohort 3: Tivozanib 1.5 mg\nDrug: Tivozanib 1.5 mg QD\n\n"
                "RESULTS\nGroups (in column order): Cohort 1: Tivozanib 0.6 mg | Cohort 2: Tivozanib 1.0 mg | "
                "Cohort 3: Tivozanib 1.5 mg\n\nOutcome Measures\n")


def test_registry_heading_with_its_time_frame_names_the_rows_endpoint(nlp):
    # "[Time Frame: Up to approximately 24 months]" reports nothing: the line is the next measure's heading,
    # and its months are no landmark
    r = record(nlp, _FOUR_GROUPS + "1. Primary: Number of Participants With Dose-Limiting Toxicities [Time Frame: Cycle 1]\n"
                    "Overall Number of Participants Analyzed: 3 | 6 | 6\n"
                    "Count of Participants: 0 (0.0%) | 1 (16.7%) | 2 (33.3%)\n\n"
                    "2. Secondary: Objective Response Rate (ORR) [Time Frame: Up to approximately 24 months]\n"
                    "Overall Number of Participants Analyzed: 3 | 6 | 6\n"
                    "Count of Participants: 1 (33.3%) | 2 (33.3%) | 3 (50.0%)\n")
    assert [[o for o in row if o[0] == "ORR"] for row in per_arm(r, "outcomes", "endpoint", "timepoint_months", "count", "value")] == [
        [("ORR", None, 1, 33.3)], [("ORR", None, 2, 33.3)], [("ORR", None, 3, 50)]]


def test_registry_values_only_row_of_several_columns(nlp):
    # "33.3 (0.8 to 90.6) | 50.0 (...) | --": the measure line above is its label
    r = record(nlp, _FOUR_GROUPS + "1. Secondary: Progression-Free Survival (PFS) [Time Frame: Up to 24 months]\n"
                    "Measure Type: Median (95% Confidence Interval); Unit of Measure: months\n"
                    "Overall Number of Participants Analyzed: 3 | 6 | 6\n"
                    "1.9 (1.8 to NA [a]) | 3.6 (1.7 to 7.4) | --\n[a] NA: upper limit not estimable.\n")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value", "ci_low", "ci_high") == [
        [("PFS", "median", 1.9, 1.8, None)], [("PFS", "median", 3.6, 1.7, 7.4)], []]


REGISTRY_TAB = (
    "Arms and Interventions\nExperimental: Regorafenib\n  Regorafenib 160 mg orally once daily.\n"
    "Active Comparator: Sorafenib\n  Sorafenib 400 mg orally twice daily.\n\n"
    "Enrollment: 88 (Actual)\nEnrollment stopped at 88 of the planned 120 participants.\n\n"
    "Participant Flow\nArm/Group Title\tRegorafenib\tSorafenib\nSTARTED\t44\t44\n\n"
    "Outcome Measures\n1. Primary Outcome\nTitle: Progression-free Survival (PFS)\n"
    "Arm/Group Title\tRegorafenib\tSorafenib\nOverall Number of Participants Analyzed\t44\t44\n"
    "Measure Type: Median\nUnit of Measure: months\n"
    "Median (95% Confidence Interval)\t5.1 (3.9 to 6.0)\t2.9 (2.0 to 3.4)\n"
    "Statistical Analysis 1\nStatistical Test of Hypothesis\tP-Value\t0.004\n"
    "Comments\tOne-sided p-value from a stratified log-rank test. The corresponding two-sided p-value is 0.008.\n"
    "Method\tLog Rank\n\n"
    "2. Secondary Outcome\nTitle: Number of Participants With Grade 3 or Higher Adverse Events\n"
    "Overall Number of Participants Analyzed\t44\t43\nMeasure Type: Count of Participants\n"
    "Unit of Measure: Participants\t20  45.5%\t9  20.9%\n"
)


def test_registry_two_sided_p_in_a_comment_of_two_sentences(nlp):
    r = record(nlp, REGISTRY_TAB)
    assert comparisons(r, "endpoint", "p") == [("PFS", "0.008")]


def test_registry_count_row_labelled_unit_of_measure_under_an_adverse_event_title(nlp):
    r = record(nlp, REGISTRY_TAB)
    assert by_arm(r, "adverse_events") == [
        [{"term": "any adverse event", "grade": ">=3", "count": 20, "percent": 45.5}],
        [{"term": "any adverse event", "grade": ">=3", "count": 9, "percent": 20.9}]]
    assert r["enrollment"] == {"actual": 88, "planned": 120}  # "88 of the planned 120 participants"


def test_arm_lines_under_an_endpoint_heading(nlp):
    # a poster's bullets: the heading names the endpoint, each line an arm and its value with a unit
    r = record(nlp, "Patients were randomly assigned to regorafenib 160 mg once daily or placebo.\n\n"
                    "Median overall survival:\n"
                    "- Regorafenib: 10.6 months (95% CI 9.1-12.1)\n"
                    "- Placebo: 7.8 months (95% CI 6.3-8.8)\n")
    assert by_arm(r, "outcomes") == [
        [{"endpoint": "OS", "stat": "median", "value": 10.6, "unit": "months", "ci_low": 9.1, "ci_high": 12.1}],
        [{"endpoint": "OS", "stat": "median", "value": 7.8, "unit": "months", "ci_low": 6.3, "ci_high": 8.8}]]


def test_arm_lines_without_units_read_in_the_heading_context(nlp):
    # a registry's outcome measure written one arm per line: the unit and the measure are the heading's
    r = record(nlp, "Patients were randomly assigned to regorafenib 160 mg once daily or placebo.\n\n"
                    "Outcome Measure 2: Progression-free survival\n"
                    "  Measure Type: Median (95% Confidence Interval); Unit of Measure: months\n"
                    "  Regorafenib (Overall Number of Participants Analyzed: 60): 3.1 (2.8 to 4.2)\n"
                    "  Placebo (Overall Number of Participants Analyzed: 31): NA (1.4 to NA) [not estimable]\n"
                    "Time to progression (median, months):\n"
                    "- Regorafenib: 3.2 (95% CI 2.9-4.4)\n"
                    "- Placebo: 1.5 (95% CI 1.4-1.6)\n")
    assert by_arm(r, "outcomes") == [
        [{"endpoint": "PFS", "stat": "median", "value": 3.1, "unit": "months", "ci_low": 2.8, "ci_high": 4.2},
         {"endpoint": "TTP", "stat": "median", "value": 3.2, "unit": "months", "ci_low": 2.9, "ci_high": 4.4}],
        [{"endpoint": "PFS", "stat": "median", "value": None, "unit": "months", "ci_low": 1.4},
         {"endpoint": "TTP", "stat": "median", "value": 1.5, "unit": "months", "ci_low": 1.4, "ci_high": 1.6}]]
    assert [a["n"] for a in r["arms"]] == [60, 31]


def test_a_paragraph_under_an_endpoint_heading_is_not_an_arm_line(nlp):
    # a full text's section heading over prose: the heading's endpoint is not given to the numbers
    r = record(nlp, "Patients were randomly assigned to regorafenib 160 mg once daily or placebo.\n\n"
                    "Overall survival\n"
                    "At the data cutoff, 120 (63%) of the patients given regorafenib had a dose reduction.\n")
    assert by_arm(r, "outcomes") == [[], []]


@pytest.mark.parametrize("table, expected", [
    # sized in the caption
    ("Table 2. Best response (n = 40), n (%)\nResponse\tRECIST 1.1\tmRECIST\nCR\t1 (2.5)\t6 (15.0)\n"
     "PR\t11 (27.5)\t14 (35.0)\n",
     [("CR", 2.5, 1, 40), ("CR", 15, 6, 40), ("PR", 27.5, 11, 40), ("PR", 35, 14, 40)]),
    # sized in the header's own label cell
    ("Tumor response (n = 40)\tmRECIST\tRECIST v1.1\nCR, n (%)\t6 (15.0)\t1 (2.5)\n"
     "PR, n (%)\t14 (35.0)\t11 (27.5)\n",
     [("CR", 15, 6, 40), ("CR", 2.5, 1, 40), ("PR", 35, 14, 40), ("PR", 27.5, 11, 40)]),
])
def test_single_arm_table_with_a_column_per_response_criterion(nlp, table, expected):
    # (an endpoint named after a procedure, "conversion resection rate", gives no procedure)
    r = record(nlp, "In this single-arm phase 2 study, patients received lenvatinib 8 mg once daily. Secondary endpoints "
                    "were the conversion resection rate and safety.\n\n" + table)
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [expected]
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["lenvatinib"]


@pytest.mark.parametrize("p_row, p", [("P value | 0.003 | --", "0.003"), ("P value (2-sided)b | < 0.0001 | --", "<0.0001"),
                                       ("P valuec | 0.012 | --", "0.012"),
                                       ("P value, 1-sided / 2-sided | 0.00015 / 0.0003 | --", "0.0003"),
                                       ("P value (2-sided / 1-sided) | 0.0003 / 0.00015 | --", "0.0003")])
def test_pipe_table_p_value_row_under_a_ratio_row(nlp, p_row, p):
    r = record(nlp, "Patients were randomly assigned to tislelizumab or sorafenib.\n\n"
                    "Outcome | Tislelizumab (N = 428) | Sorafenib (N = 214)\n"
                    "Overall survival\n"
                    "  Median OS, months (95% CI) | 19.6 (17.1 to 22.4) | 14.2 (11.9 to 16.5)\n"
                    "  HR (95% CI)a | 0.68 (0.55 to 0.84) | Reference\n"
                    f"  {p_row}\n")
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.68, p)]


def test_single_arm_tables_flattened_with_single_spaces_under_criterion_and_grade_headers(nlp):
    r = record(nlp, "In this single-arm phase 2 study, patients received lenvatinib 8 mg once daily.\n\n"
                    "Table 2 Best overall response (efficacy population, n = 48)\n"
                    "Response RECIST v1.1 mRECIST\n"
                    "CR, n (%) 2 (4.2) 9 (18.8)\n"
                    "PR, n (%) 20 (41.7) 21 (43.8)\n\n"
                    "Table 3 Treatment-related adverse events (n = 48)\n"
                    "Event Any grade, n (%) Grade 3–4, n (%)\n"
                    "Thrombocytopenia 25 (52.1) 6 (12.5)\n"
                    "Hypertension 14 (29.2) 0 (0)\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [
        [("CR", 4.2, 2, 48), ("CR", 18.8, 9, 48), ("PR", 41.7, 20, 48), ("PR", 43.8, 21, 48)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("thrombocytopenia", "any", 25), ("thrombocytopenia", "3-4", 6), ("hypertension", "any", 14),
         ("hypertension", "3-4", 0)]]


def test_evidence_summary_table_effect_columns_are_not_read(nlp):
    # "RRR (95% CI)" and "NNT (CI)" are the summary's own figures; the arms' columns are read
    r = record(nlp, "Patients were randomized to nivolumab or placebo.\n\n"
                    "Outcome                  Nivolumab    Placebo    RRR (95% CI)       NNT (CI)\n"
                    "Grade 3 or 4 AEs         22.0%        11.5%      91% (30 to 170)    9 (6 to 18)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", "3-4", 22)], [("any adverse event", "3-4", 11.5)]]
    assert r["adverse_events"] == []


DOSE_TABLE = """Patients were randomised 1:1 to cabozantinib 40 mg or 60 mg orally once daily in 28-day cycles.

| | Cabozantinib 40 mg (n = 62) | Cabozantinib 60 mg (n = 62) |
| Median PFS, mo (95% CI) | 4.6 (3.7-5.5) | 5.1 (3.9-6.2) |
| PFS HR, 40 vs 60 mg (95% CI); p | 1.06 (0.71-1.58); p = 0.78 | |
| Grade >=3 TRAEs, n (%) | 19 (30.6) | 33 (53.2) |
| - Hypertension | 4 (6.5) | 7 (11.3) |
| - Diarrhoea | 2 (3.2) | 5 (8.1) |
"""


def test_text_tables_a_ratio_row_under_an_arm_column_is_a_comparison(nlp):
    rec = record(nlp, DOSE_TABLE)
    assert comparisons(rec, "endpoint", "value", "ci_low", "ci_high", "p") \
        == [("PFS", 1.06, 0.71, 1.58, "0.78")]
    assert per_arm(rec, "outcomes", "endpoint", "value") == [[("PFS", 4.6)], [("PFS", 5.1)]]


def test_text_tables_a_row_marked_with_a_dash_is_a_row_of_the_row_above(nlp):
    rec = record(nlp, DOSE_TABLE)
    assert per_arm(rec, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", ">=3", 19), ("hypertension", ">=3", 4), ("diarrhea", ">=3", 2)],
        [("any adverse event", ">=3", 33), ("hypertension", ">=3", 7), ("diarrhea", ">=3", 5)]]


def test_text_tables_a_bare_zero_beside_counts_and_shares_is_none(nlp):
    rec = record(nlp, "Patients were randomised to sorafenib plus radiotherapy (n = 46) or sorafenib alone (n = 46).\n\n"
                      "Table 2. Best overall response.\n"
                      "                          Sorafenib + RT      Sorafenib\n"
                      "                          (n = 46)            (n = 46)\n"
                      "Complete response         2 (4.3)             0\n"
                      "Partial response          10 (21.7)           3 (6.5)\n")
    assert per_arm(rec, "outcomes", "endpoint", "value", "count") == [
        [("CR", 4.3, 2), ("PR", 21.7, 10)], [("CR", 0, 0), ("PR", 6.5, 3)]]


def test_space_table_grade_sub_header_and_values_squeezed_by_narrow_columns(nlp):
    # a PDF's narrow columns leave one or two spaces between grade heads and between values
    r = record(nlp, "Patients were randomly assigned to sorafenib plus bevacizumab (n=150) or sorafenib alone (n=148).\n\n"
                    "Table 2: Adverse events\n"
                    "                     Sorafenib plus bevacizumab (n=150)   Sorafenib (n=148)\n"
                    "                     Any grade Grade 3–4  Any grade Grade 3–4\n"
                    "Any adverse event    141 (94%)  63 (42%)  130 (88%)  40 (27%)\n"
                    "Serious adverse event    36 (24%)    ··    25 (17%)    ··\n"
                    "Hypertension          52 (35%)   17 (11%)   30 (20%)   6 (4%)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "any", 141), ("any adverse event", "3-4", 63), ("serious adverse event", None, 36),
         ("hypertension", "any", 52), ("hypertension", "3-4", 17)],
        [("any adverse event", "any", 130), ("any adverse event", "3-4", 40), ("serious adverse event", None, 25),
         ("hypertension", "any", 30), ("hypertension", "3-4", 6)]]


def test_registry_results_columns_named_by_the_arm_groups_codes(nlp):
    # "Experimental: T300+D" names its group by a code; the results' columns are written with it
    r = record(nlp, "Arms and Interventions\n"
                    "Experimental: R1-C\n"
                    "Regorafenib 120 mg orally once daily, days 1-21 of each 28-day cycle, plus nivolumab 480 mg IV Q4W\n"
                    "Active Comparator: R1\n"
                    "Regorafenib 160 mg orally once daily, days 1-21 of each 28-day cycle\n\n"
                    "Outcome Measures\n"
                    "Title: Objective Response Rate (ORR)\n"
                    "Arm/Group Title\tR1-C\tR1\n"
                    "Overall Number of Participants Analyzed\t40\t41\n"
                    "Measure Type: Count of Participants\n"
                    "Unit of Measure: Participants\t10 25.0%\t4 9.8%\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "total", "value") == [[("ORR", 10, 40, 25)], [("ORR", 4, 41, 9.8)]]


def test_space_table_header_without_its_label_column_wrapped_onto_two_lines(nlp):
    # a PDF's text layer drops the empty label column's indent and wraps the first arm's name
    r = record(nlp, "Patients were randomly assigned to sorafenib plus bevacizumab (n=200) or lenvatinib (n=198).\n\n"
                    "Table 2: Best overall response\n"
                    "Sorafenib plus   Lenvatinib\n"
                    "bevacizumab (n=200)   (n=198)\n"
                    "Complete response   8 (4.0%)   2 (1.0%)\n"
                    "Partial response   50 (25.0%)   34 (17.2%)\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "value") == [
        [("CR", 8, 4), ("PR", 50, 25)], [("CR", 2, 1), ("PR", 34, 17.2)]]


def test_tab_table_grade_columns_under_arms_with_a_p_column_after_them(nlp):
    r = record(nlp, "Patients were randomly assigned to DEB-TACE or conventional TACE.\n\n"
                    "Table 3. Adverse events by treatment arm.\n"
                    "\tDEB-TACE (n = 40)\t\tcTACE (n = 42)\t\t\n"
                    "Event\tAny Grade\tGrade ≥ 3\tAny Grade\tGrade ≥ 3\tp *\n"
                    "Abdominal pain\t12 (30.0)\t2 (5.0)\t22 (52.4)\t4 (9.5)\t0.04\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("abdominal pain", "any", 12), ("abdominal pain", ">=3", 2)],
        [("abdominal pain", "any", 22), ("abdominal pain", ">=3", 4)]]


def test_table_flattened_with_single_spaces_under_sized_group_names(nlp):
    # an abstract's table pasted with single spaces: each group's name closed by its size, then
    # rows whose last cells are the values, one per group; a ratio row names its own endpoint
    r = record(nlp, "Patients were randomized 1:1:1 to donafenib plus sintilimab (D+S), sintilimab (S), or sorafenib "
                    "(So).\n\n"
                    "D+S (n = 200) S (n = 201) So (n = 199)\n"
                    "Median OS, mo (95% CI) 18.1 (15.9–20.2) 15.0 (13.1–17.4) 13.2 (11.8–14.9)\n"
                    "HR for OS vs So (95% CI) 0.75 (0.60–0.93) 0.90 (0.72–1.12) —\n"
                    "Confirmed ORR, n/N (%) 50/200 (25.0) 30/201 (14.9) 12/199 (6.0)\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("OS", 18.1, None), ("ORR", 25, 50)], [("OS", 15, None), ("ORR", 14.9, 30)], [("OS", 13.2, None), ("ORR", 6, 12)]]
    assert comparisons(r, "endpoint", "value", "ci_low") == [("OS", 0.75, 0.6), ("OS", 0.9, 0.72)]
    assert [a["n"] for a in r["arms"]] == [200, 201, 199]


ARM_LINES_UNDER_EVENT_HEADINGS = (
    "Arms and Interventions:\n"
    "Experimental: Camrelizumab + Apatinib\n"
    "  Drug: Camrelizumab - 200 mg IV every 2 weeks\n"
    "  Drug: Apatinib - 250 mg orally once daily\n"
    "Active Comparator: Sorafenib\n"
    "  Drug: Sorafenib - 400 mg orally twice daily\n"
    "\n"
    "RESULTS\n"
    "Outcome Measure 3: Objective response rate\n"
    "  Measure Type: Count of Participants; Unit of Measure: Participants\n"
    "  Camrelizumab + Apatinib: 16 (25.4%); Sorafenib: 4 (6.5%)\n"
    "Outcome Measure 4: Number of participants with grade ≥3 treatment-related adverse events\n"
    "  Measure Type: Count of Participants; Unit of Measure: Participants\n"
    "  Camrelizumab + Apatinib: 38 (60.3%); Sorafenib: 21 (33.9%)\n"
    "Outcome Measure 5: Number of participants with serious adverse events\n"
    "  Measure Type: Count of Participants; Unit of Measure: Participants\n"
    "  Camrelizumab + Apatinib: 14 (22.2%); Sorafenib: 9 (14.5%)\n"
    "Outcome Measure 6: Number of participants with grade 3 or higher hypertension\n"
    "  Camrelizumab + Apatinib: 24 (38.1%); Sorafenib: 8 (12.9%)\n"
)


def test_arm_lines_under_a_heading_about_adverse_events_are_its_events(nlp):
    r = record(nlp, ARM_LINES_UNDER_EVENT_HEADINGS)
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("ORR", 25.4, 16)], [("ORR", 6.5, 4)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", ">=3", 38, 60.3), ("serious adverse event", None, 14, 22.2), ("hypertension", ">=3", 24, 38.1)],
        [("any adverse event", ">=3", 21, 33.9), ("serious adverse event", None, 9, 14.5), ("hypertension", ">=3", 8, 12.9)]]


def test_footnote_letters_after_a_caret_leave_a_tables_headings_readable(nlp):
    from hcc_nlp.layout import repaired
    assert repaired("Progression-Free Survival^c\nORR^c,d 10^9/L mg/m^2") == "Progression-Free Survival\nORR 10^9/L mg/m^2"
    text = repaired(
        "Patients were randomised to lenvatinib 12 mg once daily or sorafenib 400 mg twice daily.\n\n"
        "Table 2: Efficacy Results\n"
        "                                   Lenvatinib (N=120)     Sorafenib (N=118)\n"
        "Overall Survival^a\n"
        "  Median in months (95% CI)        13.6 (11.9, 15.8)      12.3 (10.4, 13.9)\n"
        "  Hazard ratio (95% CI)^b          0.91 (0.72, 1.15)\n"
        "Progression-Free Survival^c\n"
        "  Median in months (95% CI)        7.3 (5.6, 7.5)         3.6 (3.6, 3.7)\n"
        "  Hazard ratio (95% CI)^b          0.64 (0.51, 0.80)\n")
    r = record(nlp, text)
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high") == [
        ("OS", 0.91, 0.72, 1.15), ("PFS", 0.64, 0.51, 0.8)]


def test_a_row_naming_an_uncoded_response_is_not_its_headings_endpoint(nlp):
    r = record(nlp, "Patients were randomised to nivolumab or nivolumab plus ipilimumab before resection.\n"
                    "Interpretation: Adding ipilimumab increased pathological responses.\n\n"
                    "Response\n"
                    "Table 2. Efficacy outcomes (intention-to-treat population)\n"
                    "Outcome | Nivolumab (n = 20) | Nivolumab + ipilimumab (n = 21)\n"
                    "Major pathological response, n/N (%) | 5/20 (25.0) | 8/21 (38.1)\n"
                    "Pathological complete response, n/N (%) | 2/20 (10.0) | 5/21 (23.8)\n"
                    "Objective response, RECIST 1.1, n/N (%) | 1/20 (5.0) | 3/21 (14.3)\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("ORR", 5, 1)], [("ORR", 14.3, 3)]]


def test_a_pipe_header_without_a_label_cell_of_arms_at_grades_over_share_columns(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib 12 mg orally once daily or sorafenib 400 mg orally twice "
                    "daily.\n\n"
                    "Table 3: Adverse Reactions (>=10%) in Patients with HCC\n"
                    "Lenvatinib (N=476) All Grades (%) | Lenvatinib Grades 3-4 (%) | Sorafenib (N=475) All Grades (%) "
                    "| Sorafenib Grades 3-4 (%)\n"
                    "    Hypertension    42    23    30    14\n"
                    "    Fatigue    30    4.0    27    3.6\n"
                    "    Hypothyroidism    16    0    2    0\n")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("hypertension", "any", 42), ("hypertension", "3-4", 23), ("fatigue", "any", 30), ("fatigue", "3-4", 4),
         ("hypothyroidism", "any", 16), ("hypothyroidism", "3-4", 0)],
        [("hypertension", "any", 30), ("hypertension", "3-4", 14), ("fatigue", "any", 27), ("fatigue", "3-4", 3.6),
         ("hypothyroidism", "any", 2), ("hypothyroidism", "3-4", 0)]]


def test_csv_tables_of_adverse_events_and_of_efficacy_with_an_effect_estimate_column(nlp, tmp_path):
    from hcc_nlp.io import read_document
    path = tmp_path / "doc.txt"
    path.write_text(
        "Patients were randomly assigned to donafenib plus sintilimab (arm A) or donafenib alone (arm B).\n\n"
        "Supplementary Table S3. Adverse events\n"
        '"Adverse event","Arm A any grade n (%)","Arm A grade 3-4 n (%)","Arm B any grade n (%)","Arm B grade 3-4 n (%)"\n'
        '"Hypertension","20 (40.0)","5 (10.0)","15 (30.6)","4 (8.2)"\n\n'
        "Supplementary Table S4. Efficacy\n"
        '"Endpoint","Arm A (n=50)","Arm B (n=49)","Effect estimate (95% CI)","P value"\n'
        '"Median PFS, months (95% CI)","7.1 (5.0-9.2)","4.2 (3.1-5.5)","HR 0.61 (0.40-0.93)","0.021"\n'
        '"ORR, n (%)","15 (30.0)","6 (12.2)","OR 3.07 (1.08-8.71)","0.031"\n', encoding="utf-8")
    r = record(nlp, read_document(path))
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("hypertension", "any", 20, 40), ("hypertension", "3-4", 5, 10)],
        [("hypertension", "any", 15, 30.6), ("hypertension", "3-4", 4, 8.2)]]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("PFS", 7.1, None), ("ORR", 30, 15)],
                                                                     [("PFS", 4.2, None), ("ORR", 12.2, 6)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("PFS", "HR", 0.61, 0.4, 0.93, "0.021"), ("ORR", "OR", 3.07, 1.08, 8.71, "0.031")]


def test_a_header_naming_each_arm_with_its_treatment_ends_each_arm_at_its_cell(nlp):
    r = record(nlp, "Table 2. Outcomes\n"
                    "Outcome | Arm A: nivolumab (n = 20) | Arm B: nivolumab + ipilimumab (n = 21) | HR (95% CI)\n"
                    "Median RFS, months | 19.2 | 26.4 | 0.71 (0.35-1.44)\n")
    assert [(a["label"], a["n"], [c["name"] for c in a["regimen"]]) for a in r["arms"]] == [
        ("Arm A: nivolumab (n = 20)", 20, ["nivolumab"]),
        ("Arm B: nivolumab + ipilimumab (n = 21)", 21, ["nivolumab", "ipilimumab"])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 19.2)], [("RFS", 26.4)]]


def test_a_share_written_before_its_count_and_denominator_is_read_in_a_table(nlp):
    r = record(nlp, "Patients were randomised to Arm A (sorafenib 400 mg twice daily) or Arm B (placebo).\n\n"
                    "| Endpoint | Arm A (n=52) | Arm B (n=50) |\n"
                    "| ORR, RECIST 1.1 | 23.1% (12/52) | 4.0% (2 of 50) |\n"
                    "| Grade >=3 fatigue | 9.6% (5/52) | 2.0% (1/50) |\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("ORR", 23.1, 12, 52)],
                                                                              [("ORR", 4, 2, 50)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [[("fatigue", ">=3", 5, 9.6)],
                                                                                 [("fatigue", ">=3", 1, 2)]]


def test_a_ratio_column_against_a_named_reference_arm_with_one_ratio_per_arm(nlp):
    r = record(nlp, "Patients were randomised to Arm A (nivolumab plus TACE), Arm B (TACE plus sorafenib) or "
                    "Arm C (TACE alone).\n\n"
                    "| Endpoint | Arm A (n=70) | Arm B (n=71) | Arm C (n=69) | HR vs Arm C (95% CI) |\n"
                    "| Median PFS, mo | 10.4 | 8.8 | 6.1 | A: 0.55 (0.37-0.81); B: 0.72 (0.50-1.04) |\n")
    assert [a["n"] for a in r["arms"]] == [70, 71, 69]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 10.4)], [("PFS", 8.8)], [("PFS", 6.1)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high") == [
        ("PFS", "HR", 0.55, 0.37, 0.81), ("PFS", "HR", 0.72, 0.5, 1.04)]


def test_a_briefing_tables_short_form_headers_bracketed_ci_row_and_slash_grade_cells(nlp):
    r = record(nlp, "Patients were randomized (1:1) to tavolimab 200 mg IV every 3 weeks plus sorafenib 400 mg twice "
                    "daily (TAV+SOR arm) or placebo plus sorafenib 400 mg twice daily (PBO+SOR arm).\n\n"
                    "Table 4. Efficacy\n"
                    "Endpoint                       TAV+SOR N=210        PBO+SOR N=205\n"
                    "  ORR, n (%)                   52 (24.8)            31 (15.1)\n"
                    "  (95% CI)                     (19.1, 31.2)         (10.5, 20.8)\n\n"
                    "Table 5. Adverse Events, All Grades / Grade 3-4, n (%)\n"
                    "                       TAV+SOR N=208                  PBO+SOR N=204\n"
                    "Diarrhoea              61 (29.3) / 9 (4.3)            40 (19.6) / 0\n")
    assert [a["n"] for a in r["arms"]] == [210, 205]
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "ci_low", "ci_high") == [
        [("ORR", 24.8, 52, 19.1, 31.2)], [("ORR", 15.1, 31, 10.5, 20.8)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("diarrhea", "any", 61, 29.3), ("diarrhea", "3-4", 9, 4.3)],
        [("diarrhea", "any", 40, 19.6), ("diarrhea", "3-4", 0, None)]]


def test_a_tab_table_headed_by_short_forms_one_of_a_single_letter_with_a_marked_one_sided_p(nlp):
    r = record(nlp, "Methods: Patients were randomized 1:1 to sorafenib 400 mg twice daily with or without "
                    "pembrolizumab 200 mg every 3 weeks.\n\n"
                    "Results: 300 patients were randomized (pembrolizumab + sorafenib [P+S], n = 152; "
                    "sorafenib [S], n = 148).\n\n"
                    "\tP+S (n = 152)\tS (n = 148)\n"
                    "Median OS, mo (95% CI)\t15.6 (12.9-18.3)\t11.2 (9.0-13.4)\n"
                    "   HR (95% CI); P\t0.70 (0.55-0.89); P = .004*\t\n"
                    "Median PFS, mo (95% CI)\t6.6 (5.9-8.3)\t4.2 (3.0-5.4)\n"
                    "   HR (95% CI); P\t0.60 (0.45-0.79); P < .001\t\n"
                    "ORR, %\t25.3\t10.7\n"
                    "*One-sided; two-sided P = .008.\n")
    assert [a["n"] for a in r["arms"]] == [152, 148]
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("OS", 15.6), ("PFS", 6.6), ("ORR", 25.3)], [("OS", 11.2), ("PFS", 4.2), ("ORR", 10.7)]]
    # the note under the table gives the two-sided p of the comparison its mark is on
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.7, "0.008"), ("PFS", 0.6, "<0.001")]


def test_a_slide_deck_with_cell_per_line_tables_subgroup_bullets_and_slide_breaks(nlp):
    from hcc_nlp.layout import repaired
    deck = ("[Slide 1]\nDesign\nKey eligibility\n• Child-Pugh A\n• ECOG PS 0–1\nR 1:1 (N = 300), open-label\n"
            "Arm A: sorafenib 400 mg PO BID + nivolumab 240 mg IV Q2W (n = 150)\n"
            "Arm B: sorafenib 400 mg PO BID (n = 150)\n\n"
            "[Slide 2]\nPrimary endpoint: OS\n\n"
            "[Slide 3]\nBaseline\nCharacteristic\nArm A\nArm B\nMedian age, y\n61\n63\nMale, %\n84.0\n80.7\n\n"
            "[Slide 4]\nOverall Survival (Interim, 61% maturity)\nArm A: S + N\nArm B: S\n"
            "mOS, mo (95% CI)\n16.1 (13.9–18.4)\n12.2 (10.5–14.1)\nHR (95% CI)\n0.74 (0.58–0.95)\n—\nP value\n0.018\n—\n\n"
            "[Slide 5]\nOS Subgroups\n• HBV: HR 0.69 (0.50–0.95) | HCV: HR 0.85 (0.51–1.41)\n\n"
            "[Slide 6]\nResponse (RECIST 1.1)\nArm A\nArm B\nORR, n/N (%)\n42/150 (28.0)\n18/150 (12.0)\n"
            "DCR, %\n71.3\n60.0\n")
    r = record(nlp, repaired(deck))
    assert [a["n"] for a in r["arms"]] == [150, 150] and r["enrollment"]["actual"] == 300
    assert [(e["name"], e["role"]) for e in r["endpoints"]][0] == ("OS", "primary")
    # the baseline table under "Characteristic" is no outcome; "61% maturity" does not stop the OS title
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("OS", 16.1), ("ORR", 28.0), ("DCR", 71.3)], [("OS", 12.2), ("ORR", 12.0), ("DCR", 60.0)]]
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.74, "0.018")]
    assert [(c["parameter"], c["value"]) for c in r["eligibility"]] == [("child_pugh_class", "A"), ("ecog", 1)]


def test_a_label_section_with_cell_per_line_rows_of_one_value_among_other_cancers_sections(nlp):
    from hcc_nlp.layout import repaired
    label = ("VORTALA® (corvimab-xqzt) injection, for intravenous use\n\n"
             "with docetaxel 75 mg/m2 on day 1 of each 21-day cycle. Patients received VORTALA 20 mg/kg or placebo.\n\n"
             "14.2 Hepatocellular Carcinoma\n\n"
             "The efficacy of VORTALA was evaluated in a double-blind trial. Patients were randomized (2:1) to "
             "VORTALA 8 mg/kg or placebo as an intravenous infusion every 3 weeks.\n\n"
             "Table 5: Efficacy Results\nVORTALA (N=200)\nPlacebo (N=100)\nOverall Survival\n"
             "Median in months (95% CI)\n11.0 (9.5, 12.6)\n8.1 (6.9, 9.4)\nHazard ratio (95% CI)a\n0.70 (0.54, 0.90)\n"
             "p-valueb\n0.006\nProgression-Free Survival\nMedian in months (95% CI)\n3.9 (3.1, 4.4)\n2.0 (1.6, 2.7)\n"
             "a Stratified Cox model.\nb Two-sided log-rank test.\n\n"
             "14.3 Gastric Cancer\n\nPatients were randomized (1:1) to VORTALA 15 mg/kg or placebo plus paclitaxel.\n")
    r = record(nlp, repaired(label))
    # the brand defined by a name with an INN stem and a US suffix; the other cancers' sections left out
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [[("corvimab", 8)], [("placebo", None)]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 11.0), ("PFS", 3.9)], [("OS", 8.1), ("PFS", 2.0)]]
    assert comparisons(r, "endpoint", "value", "ci_low", "p") == [("OS", 0.7, 0.54, "0.006")]


@pytest.mark.parametrize("table, field, expected", [
    # "A (N = 180) All Grades % | Grades 3–4 % | B (N = 178) All Grades % | Grades 3–4 %": a cell of a grade
    # alone is the arm before it at that grade; a header ending in a bare "%" makes its cells shares
    ("Patients were randomized to lenvatinib 12 mg orally once daily or sorafenib 400 mg orally twice daily.\n\n"
     "Table 4. Adverse reactions (>=15%)\n"
     "Adverse reaction | Lenvatinib (N = 180) All Grades % | Grades 3–4 % | Sorafenib (N = 178) All Grades % | "
     "Grades 3–4 %\nHypertension | 41 | 17 | 27 | 9\nProteinuria | 22 | 4 | 8 | 0.6\n", "percent",
     [[("hypertension", "any", 41), ("hypertension", "3-4", 17), ("proteinuria", "any", 22), ("proteinuria", "3-4", 4)],
      [("hypertension", "any", 27), ("hypertension", "3-4", 9), ("proteinuria", "any", 8), ("proteinuria", "3-4", 0.6)]]),
    # a PDF's table with single spaces: "A (n = 90) B (n = 88)" over "Any grade Grade ≥ 3 Any grade Grade ≥ 3":
    # each row's four cells are the arms' at the two grades
    ("Patients were randomly assigned to SIRT plus sorafenib or sorafenib alone.\n\n"
     "Table 2 Adverse events (safety population)\nSIRT plus sorafenib (n = 90) Sorafenib alone (n = 88)\n"
     "Any grade Grade ≥ 3 Any grade Grade ≥ 3\nFatigue 40 (44.4) 6 (6.7) 35 (39.8) 4 (4.5)\n"
     "Ascites 12 (13.3) 3 (3.3) 5 (5.7) 1 (1.1)\n", "count",
     [[("fatigue", "any", 40), ("fatigue", ">=3", 6), ("ascites", "any", 12), ("ascites", ">=3", 3)],
      [("fatigue", "any", 35), ("fatigue", ">=3", 4), ("ascites", "any", 5), ("ascites", ">=3", 1)]]),
])
def test_a_header_naming_each_arm_once_over_its_grade_columns(nlp, table, field, expected):
    assert per_arm(record(nlp, table), "adverse_events", "term", "grade", field) == expected


def test_a_row_counting_an_endpoints_events_is_no_rate_and_an_analysis_by_etiology_is_a_subgroup(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib.\n\n"
                    "Table 2. Efficacy results\n"
                    "Endpoint | Lenvatinib (N = 200) | Sorafenib (N = 200)\n"
                    "OS events, n (%) | 120 (60.0) | 140 (70.0)\n"
                    "Median OS, months (95% CI) | 14.1 (12.0–16.3) | 11.9 (10.2–13.4)\n\n"
                    "An exploratory analysis of OS by etiology gave HRs of 0.66 (95% CI 0.48-0.91) in HBV and 0.95 "
                    "(95% CI 0.70-1.29) in non-viral disease.")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [[("OS", "median", 14.1)], [("OS", "median", 11.9)]]
    assert r["comparisons"] == []


def test_a_slash_grades_line_inside_a_table_splits_the_rows_below_it(nlp):
    r = record(nlp, "Patients were randomly assigned to tislelizumab or placebo.\n\nTable 4. Adverse events\n"
                    "Event | Tislelizumab (n = 331) | Placebo (n = 330)\nAny TEAE, n (%) | 300 (90.6) | 270 (81.8)\n"
                    "Most common TEAEs, all grades / grade 3-4\n"
                    "Rash | 35 (10.6) / 2 (0.6) | 12 (3.6) / 0\n")
    assert [[(x["term"], x["grade"], x["count"]) for x in a] for a in by_arm(r, "adverse_events")] == [
        [("any adverse event", "any", 300), ("rash", "any", 35), ("rash", "3-4", 2)],
        [("any adverse event", "any", 270), ("rash", "any", 12), ("rash", "3-4", 0)]]


def test_table_rows_with_empty_ratio_and_p_cells_at_the_line_end(nlp):
    # "| |" closes a category row whose ratio and p cells are empty: its values are still the arms'
    r = record(nlp, "Patients were randomly assigned to sorafenib plus TACE (S-TACE) or sorafenib alone (SOR).\n\n"
                    "Outcome | S-TACE (n = 50) | SOR (n = 48) | OR (95% CI) | p value\n"
                    "Best overall response, n (%)\n"
                    "  Complete response | 6 (12.0) | 1 (2.1) | |\n"
                    "  Partial response | 20 (40.0) | 10 (20.8) | |\n"
                    "ORR, n (%) | 26 (52.0) | 11 (22.9) | OR 3.64 (1.52-8.74) | 0.003\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "value") == [
        [("CR", 6, 12.0), ("PR", 20, 40.0), ("ORR", 26, 52.0)], [("CR", 1, 2.1), ("PR", 10, 20.8), ("ORR", 11, 22.9)]]


def test_table_ratio_and_p_in_one_cell_split_by_a_spaced_slash(nlp):
    r = record(nlp, "Patients were randomized to HAIC or TACE.\n\n"
                    "Outcome | HAIC (n=159) | TACE (n=156) | HR / P value\n"
                    "Median OS, mo | 23.1 | 16.4 | 0.65 / 0.002\n"
                    "ORR, n (%) | 74 (46.5) | 28 (17.9) | – / <0.001\n")
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.65, "0.002"), ("ORR", None, "<0.001")]


SINGLE_ARM_RESULTS = """Brief Summary: A single-arm phase 2 study of sintilimab plus HAIC.
Arms and Interventions: Experimental: Sintilimab + HAIC

Outcome Measures

1. Primary Outcome
Title: Objective Response Rate (ORR)
Arm/Group Title: Sintilimab + HAIC
Overall Number of Participants Analyzed: 50
Measure Type: Number (95% Confidence Interval)
Unit of Measure: percentage of participants
38.0 (24.7 to 52.8)
Statistical Analysis 1
Comments: The null hypothesis was ORR of 20% or less.
P-Value: 0.002

2. Secondary Outcome
Title: Overall Survival (OS)
Overall Number of Participants Analyzed: 50
Measure Type: Median (95% Confidence Interval)
Unit of Measure: months
17.2 (13.0 to NA) [1]

3. Secondary Outcome
Title: Disease Control Rate (DCR)
Overall Number of Participants Analyzed: 50
Measure Type: Count of Participants
Unit of Measure: Participants
41 (82.0%)

Adverse Events
Serious Adverse Events  Affected / at Risk (%)  # Events
Total  11/50 (22.00%)
Gastrointestinal disorders
  Abdominal pain  3/50 (6.00%)  4

Other (Not Including Serious) Adverse Events  Affected / at Risk (%)  # Events
Frequency Threshold for Reporting Other Adverse Events: 5%
Total  45/50 (90.00%)
General disorders
  Fatigue  20/50 (40.00%)  26
"""


def test_a_single_arms_registry_results_and_event_tables(nlp):
    # one value per measure under its fields; the test against a historical rate is no comparison; the
    # event tables' rows are split at two-space gaps, the reporting threshold and the other events'
    # total are not events
    r = record(nlp, SINGLE_ARM_RESULTS)
    assert per_arm(r, "outcomes", "endpoint", "stat", "value", "ci_low", "ci_high", "count", "total") == [[
        ("ORR", "rate", 38.0, 24.7, 52.8, None, 50), ("OS", "median", 17.2, 13.0, None, None, None),
        ("DCR", "rate", 82.0, None, None, 41, 50)]]
    assert r["comparisons"] == []
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [[
        ("serious adverse event", 11, 22.0), ("abdominal pain", 3, 6.0), ("fatigue", 20, 40.0)]]


def test_two_column_table_of_a_single_arm_with_landmarks_and_a_bracketed_ci(nlp):
    # one separator per row: "label | value"; "at 2 y" is a landmark, so its value is a rate
    r = record(nlp, "This single-arm phase 2 trial gave sorafenib 400 mg twice daily. Fifty patients were treated.\n\n"
                    "Table. Outcomes (N = 50)\n"
                    "Outcome | No. (%) or % (95% CI)\n"
                    "Complete response | 10 (20.0)\n"
                    "Objective response | 30 (60.0) [95% CI, 45.2-73.6]\n"
                    "Local control at 2 y | 85.0 (70.1-93.0)\n"
                    "Median TTP, mo | 14.2 (10.1-NR)\n")
    assert by_arm(r, "outcomes") == [[
        {"endpoint": "CR", "stat": "rate", "value": 20, "unit": "%", "count": 10, "total": 50},
        {"endpoint": "ORR", "stat": "rate", "value": 60, "unit": "%", "count": 30, "ci_low": 45.2, "ci_high": 73.6, "total": 50},
        {"endpoint": "LC", "stat": "rate", "timepoint_months": 24, "value": 85, "unit": "%", "ci_low": 70.1, "ci_high": 93},
        {"endpoint": "TTP", "stat": "median", "value": 14.2, "unit": "months", "ci_low": 10.1}]]


@pytest.mark.parametrize("label", ["P (ORR)", "P value for ORR", "ORR, P value"])
def test_a_row_of_the_p_value_of_the_endpoint_its_label_names(nlp, label):
    r = record(nlp, "Patients were randomized to TACE plus sorafenib (n = 60) or TACE alone (n = 60).\n\n"
                    "Outcome | TACE plus sorafenib (n = 60) | TACE alone (n = 60)\n"
                    "Objective response, n (%) | 30 (50.0) | 18 (30.0)\n"
                    f"{label} | .024\n")
    assert comparisons(r, "endpoint", "p") == [("ORR", "0.024")]


def test_a_registry_row_of_values_under_a_heading_about_adverse_events(nlp):
    # the row has no label; the line above it says who was analysed, not what was measured
    r = record(nlp, "Participants were randomized to sorafenib or placebo.\n\n"
                    "1. Primary Outcome\n"
                    "Title: Overall Survival\n"
                    "Arm/Group Title\tSorafenib\tPlacebo\n"
                    "Overall Number of Participants Analyzed\t100\t98\n"
                    "Median (95% Confidence Interval) Unit of Measure: months\n"
                    "10.2 (8.1 to 12.0)\t7.9 (6.0 to 9.1)\n\n"
                    "2. Secondary Outcome\n"
                    "Title: Number of Participants With Grade 3 or Higher Adverse Events\n"
                    "Analysis Population Description: all participants who received study drug\n"
                    "Overall Number of Participants Analyzed\t100\t98\n"
                    "45 (45.0%)\t20 (20.4%)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", ">=3", 45, 45)], [("any adverse event", ">=3", 20, 20.4)]]


def test_a_ratio_row_under_the_endpoint_row_right_above_it(nlp):
    # the table's first endpoint set the section; a later endpoint's row is the one the HR row is under
    r = record(nlp, "Patients were randomized to tislelizumab plus lenvatinib or lenvatinib alone.\n\n"
                    "Median overall survival\n"
                    "Endpoint\tTislelizumab plus lenvatinib (n = 342)\tLenvatinib alone (n = 341)\n"
                    "Median overall survival, mo\t21.4\t17.6\n"
                    "  HR (95% CI)\t0.77 (0.64–0.92)\t\n"
                    "Median PFS, mo\t8.3\t6.2\n"
                    "  HR (95% CI)\t0.69 (0.58–0.82)\t\n")
    assert comparisons(r, "endpoint", "value") == [("OS", 0.77), ("PFS", 0.69)]


def test_space_table_a_p_value_after_the_arm_columns_is_the_rows_comparison(nlp):
    r = record(nlp, "Patients were randomised to TACE plus sorafenib (Group 1) or TACE alone (Group 2).\n\n"
                    "Best response (mRECIST)\n"
                    "                 Group 1 (n=80)   Group 2 (n=79)\n"
                    "CR               10 (12.5%)       4 (5.1%)\n"
                    "ORR              52 (65.0%)       33 (41.8%)     p = 0.004\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "value") == [[("CR", 10, 12.5), ("ORR", 52, 65.0)],
                                                                    [("CR", 4, 5.1), ("ORR", 33, 41.8)]]
    assert comparisons(r, "endpoint", "p") == [("ORR", "0.004")]


def test_eu_register_results_arms_products_and_endpoint_types(nlp):
    r = record(nlp, "Arms\nArm title\tLenvatinib + HAIC\n"
                    "Arm description:\tLenvatinib 8 mg orally once daily plus HAIC every 4 weeks.\n"
                    "Arm type\tExperimental\n"
                    "Investigational medicinal product name\tOxaliplatin\n"
                    "Routes of administration\tIntra-arterial use\n"
                    "Arm title\tLenvatinib\n"
                    "Arm description:\tLenvatinib 8 mg orally once daily.\n"
                    "Arm type\tActive comparator\n"
                    "Number of subjects in period 1\tLenvatinib + HAIC\tLenvatinib\n"
                    "Started\t60\t60\n\n"
                    "End point title\tOverall survival (OS)\n"
                    "End point type\tSecondary\n\n"
                    "End point title\tTime to progression (TTP)\n"
                    "End point description:\tTime from randomisation to progression.\n"
                    "End point type\tPrimary\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["HAIC", "lenvatinib", "oxaliplatin"], ["lenvatinib"]]
    assert r["endpoints"] == [{"name": "OS", "role": "secondary"}, {"name": "TTP", "role": "primary"}]


def test_tab_table_ratio_and_p_rows_of_one_value_under_an_endpoint_row_of_a_three_arm_trial(nlp):
    r = record(nlp, "Patients were randomised to arm A (durvalumab plus lenvatinib), arm B (lenvatinib) or arm C "
                    "(durvalumab).\n\nTable 3. Arm C vs Arm B\n\tArm C (N = 100)\tArm B (N = 101)\n"
                    "PFS, median, months (95% CI)\t5.1 (4.0, 6.2)\t4.4 (3.1, 5.5)\n"
                    "  Stratified HR (95% CI)\t0.81 (0.60, 1.09)\n"
                    "  Stratified log-rank p-value\t0.166 (not significant)\n")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("PFS", 0.81, 0.6, 1.09, "0.166")]


def test_registry_statistical_analysis_p_then_ratio_then_interval_rows_of_one_tab(nlp):
    r = record(nlp, "Arm/Group Title\tDrug A + Drug B\tDrug B\n"
                    "Overall Number of Participants Analyzed\t50\t50\n\n"
                    "Title\tOverall Survival (OS)\n"
                    "Arm/Group Title\tDrug A + Drug B\tDrug B\n"
                    "Median (95% Confidence Interval) Unit of Measure: months\t13.0 (10.1 to 16.2)\t10.4 (8.0 to 12.9)\n"
                    "Statistical Analysis 1\nP-Value\t0.27\t(two-sided, log-rank)\nHazard Ratio (HR)\t0.77\n"
                    "95% Confidence Interval\t0.48 to 1.23\n")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("OS", 0.77, 0.48, 1.23, "0.27")]


def test_pipe_table_arms_in_short_forms_under_a_lower_case_header_with_a_p_typed_after_the_last_column(nlp):
    r = record(nlp, "Patients were randomized to regorafenib plus HAIC or regorafenib alone.\n\n"
                    "Slide 7: PFS\nMedian PFS: 7.0 vs 4.1 months.\n\n"
                    "Slide 8: Tumor response\nn (%)  | Rego + HAIC (n = 80) | Rego (n = 81)\n"
                    "CR     | 5 (6.3)              | 1 (1.2)\n"
                    "NE     | 3 (3.8)              | 4 (4.9)\n"
                    "ORR    | 30 (37.5)            | 9 (11.1)     P < .001\n"
                    "Grade 3/4 TRAEs in ≥ 5% of patients\n"
                    "Hypertension | 9 (11.3) | 6 (7.4)\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "value") == [
        [("CR", 5, 6.3), ("ORR", 30, 37.5), ("PFS", None, 7.0)], [("CR", 1, 1.2), ("ORR", 9, 11.1), ("PFS", None, 4.1)]]
    assert comparisons(r, "endpoint", "p") == [("ORR", "<0.001")]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "3-4", 9)], [("hypertension", "3-4", 6)]]


def test_tab_table_a_median_not_reached_cell_under_a_short_median_label(nlp):
    r = record(nlp, "Patients were randomised to sorafenib (arm A) or lenvatinib (arm B).\n\nTable 1\n"
                    "\tArm A (n=42)\tArm B (n=41)\nmPFS, mo (95% CI)\t11.6 (8.7–14.5)\t8.3 (6.2–10.4)\n"
                    "mOS, mo (95% CI)\tNR\t17.9 (14.2–NE)\n")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("PFS", "median", 11.6), ("OS", "median", None)], [("PFS", "median", 8.3), ("OS", "median", 17.9)]]


def test_tab_table_section_lines_marked_with_a_superscript_note_letter(nlp):
    r = record(nlp, "Patients were randomised to sorafenib or lenvatinib.\n\nTable 4: Efficacy Results\n"
                    "\tLenvatinib (N=120)\tSorafenib (N=121)\nOverall Survival\n"
                    "  Median in months (95% CI)\t13.1 (11.0, 15.2)\t11.9 (10.1, 13.3)\n"
                    "  Hazard ratio (95% CI)ᵃ\t0.88 (0.66, 1.17)\nProgression-Free Survivalᵇ\n"
                    "  Median in months (95% CI)\t7.3 (5.6, 8.1)\t3.7 (3.6, 4.6)\n"
                    "  Hazard ratio (95% CI)ᵃ\t0.66 (0.50, 0.87)\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 11.9), ("PFS", 3.7)], [("OS", 13.1), ("PFS", 7.3)]]
    assert comparisons(r, "endpoint", "value") == [("OS", 0.88), ("PFS", 0.66)]


def test_eu_register_statistical_analysis_after_comparison_groups_and_a_permanent_discontinuation_row(nlp):
    r = record(nlp, "Patients were randomised 2:1 to apatinib or placebo.\n\nEnd points\n"
                    "End point title\tOverall survival\nEnd point type\tPrimary\n"
                    "End point values\tApatinib\tPlacebo\nNumber of subjects analysed\t200\t100\nUnits: months\n"
                    "    median (confidence interval 95%)\t8.7 (7.5 to 9.8)\t6.8 (5.7 to 8.0)\n"
                    "Comparison groups\tApatinib v Placebo\nP-value\t= 0.048\nMethod\tLogrank\n"
                    "Parameter estimate\tHazard ratio (HR)\nPoint estimate\t0.79\nConfidence interval\t95 %, 2-sided\n"
                    "    lower limit\t0.63\n    upper limit\t0.99\n\n"
                    "End point title\tNumber of subjects with adverse events\n"
                    "End point values\tApatinib\tPlacebo\nUnits: subjects\n"
                    "    TEAE leading to permanent discontinuation\t19\t4\n")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("OS", "HR", 0.79, 0.63, 0.99, "0.048")]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("adverse event leading to discontinuation", 19)], [("adverse event leading to discontinuation", 4)]]


def test_a_numbered_table_caption_naming_an_endpoint_gives_it_to_the_rows_and_a_subpopulation_table_is_left_out(nlp):
    text = ("Patients were randomized to tislelizumab plus lenvatinib (T+L group) or lenvatinib (L group).\n\n"
            "Table 23. Results of OS analysis (ITT population)\n\tT+L group\tL group\nN\t326\t326\n"
            "Median [95% CI] (months)\t21.3 [18.9, 24.0]\t16.8 [14.9, 18.6]\nHazard ratio [95% CI]\t0.76 [0.63, 0.92]\n\n"
            "Table 24. OS in the Japanese subpopulation\n\tT+L group\tL group\nMedian (months)\t25.4\t19.9\n\n"
            "Table 25. Best overall response, n (%)\n\tT+L group\tL group\nPartial response\t130 (39.9)\t80 (24.5)\n"
            "NE\t12 (3.7)\t15 (4.6)\n")
    r = nlp(text)._.trial_record
    assert [[(o["endpoint"], o["value"], o.get("ci_low")) for o in a["outcomes"]] for a in r["arms"]] == [
        [("OS", 21.3, 18.9), ("PR", 39.9, None)], [("OS", 16.8, 14.9), ("PR", 24.5, None)]]
    assert comparisons(r, "endpoint", "value", "ci_low") == [("OS", 0.76, 0.63)]


def test_a_markdown_table_with_an_effect_column_after_the_arms(nlp):
    # "| Endpoint | A (n=196) | B (n=196) | Effect (95% CI) | p |": the effect column is the ratio's
    text = ("Patients were randomised 1:1 to TACE plus camrelizumab and apatinib (TACE-CA) or TACE alone.\n\n"
            "| Endpoint | TACE-CA (n=196) | TACE (n=196) | Effect (95% CI) | p |\n|---|---|---|---|---|\n"
            "| mPFS | 11.5 mo (9.9-13.4) | 7.3 mo (6.1-8.5) | HR 0.62 (0.50-0.77) | <0.0001 |\n")
    r = nlp(text)._.trial_record
    assert [[(o["endpoint"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [[("PFS", 11.5)], [("PFS", 7.3)]]
    assert comparisons(r, "endpoint", "value", "p") == [("PFS", 0.62, "<0.0001")]


def test_drug_label_table_of_shares_under_grade_columns(nlp):
    # a US label's adverse-reaction table: the first arm's head spans its two columns, the last arm's
    # ends the line; the grade row under it says "(%)", so plain numbers are shares
    r = record(nlp, "Patients were randomized (2:1) to drugamab 10 mg/kg intravenously every 3 weeks (n=200) or placebo (n=100).\n\n"
                    "Table 4: Adverse Reactions (≥10%)\n"
                    "Adverse Reaction\tDrugamab (N=200)\t\tPlacebo (N=100)\n"
                    "\tAll Grades (%)\tGrades 3–4 (%)\tAll Grades (%)\tGrades 3–4 (%)\n"
                    "  Diarrhea\t31\t4.5\t12\t0\n"
                    "  Fatigue\t28\t3\t20\t1\n\n"
                    "Laboratory Abnormality\tDrugamab\t\tPlacebo\n"
                    "\tGrades 1–4 (%)\tGrades 3–4 (%)\tGrades 1–4 (%)\tGrades 3–4 (%)\n"
                    "  Increased ALT\t40\t6\t22\t2\n")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("diarrhea", "any", 31), ("diarrhea", "3-4", 4.5), ("fatigue", "any", 28), ("fatigue", "3-4", 3),
         ("alanine aminotransferase increased", "any", 40), ("alanine aminotransferase increased", "3-4", 6)],
        [("diarrhea", "any", 12), ("diarrhea", "3-4", 0), ("fatigue", "any", 20), ("fatigue", "3-4", 1),
         ("alanine aminotransferase increased", "any", 22), ("alanine aminotransferase increased", "3-4", 2)]]


def test_a_numbered_caption_a_blank_line_above_a_markdown_table_grades_its_rows(nlp):
    # Markdown needs a blank line before a table: "Table 6 Grade >= 3 TRAEs ..." still captions it
    r = record(nlp, "Patients were randomly assigned to drugamab plus bevacizumab or sorafenib.\n\n"
                    "Table 6 Grade ≥ 3 TRAEs occurring in ≥ 3% of patients in either arm, n (%)\n\n"
                    "| Event | Drugamab + bevacizumab (n = 387) | Sorafenib (n = 193) |\n"
                    "|---|---|---|\n"
                    "| Hypertension | 38 (9.8) | 14 (7.3) |\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", ">=3", 38)], [("hypertension", ">=3", 14)]]


def test_an_unnumbered_line_a_blank_line_above_a_table_is_no_caption(nlp):
    r = record(nlp, "Patients were randomly assigned to drugamab plus bevacizumab or sorafenib.\n\n"
                    "Grade 3 or higher events were uncommon.\n\n"
                    "| Event | Drugamab + bevacizumab (n = 387) | Sorafenib (n = 193) |\n"
                    "|---|---|---|\n"
                    "| Hypertension | 38 (9.8) | 14 (7.3) |\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", None, 38)], [("hypertension", None, 14)]]


def test_an_eu_results_summary_with_its_landmark_title_and_one_line_interval(nlp):
    # an EU results summary: the end point title names the landmark ("... at 12 months"), so the
    # percentages under it are rates there; the analysis block writes its interval on one line
    # ("level 95% · sides 2-sided · lower limit 0.41 · upper limit 0.91")
    r = record(nlp, "Patients were randomised to SBRT + sorafenib or sorafenib.\n\n"
                    "End point title\tLocal control at 12 months\n"
                    "End point type\tSecondary\n"
                    "\tSBRT + sorafenib\tSorafenib\n"
                    "Number of subjects analysed\t58\t54\n"
                    "Units: percentage of subjects (confidence interval 95%)\t84.2 (71.0 to 91.8)\t41.5 (27.3 to 55.1)\n\n"
                    "End point title\tProgression-free survival\n"
                    "\tSBRT + sorafenib\tSorafenib\n"
                    "Units: months, median (confidence interval 95%)\t6.4 (4.9 to 8.1)\t3.9 (3.0 to 5.2)\n\n"
                    "Statistical analysis title\tPFS - stratified analysis\n"
                    "P-value\t= 0.014\n"
                    "Method\tLogrank\n"
                    "Parameter estimate\tHazard ratio (HR)\n"
                    "Point estimate\t0.61\n"
                    "Confidence interval\tlevel 95% · sides 2-sided · lower limit 0.41 · upper limit 0.91\n")
    assert per_arm(r, "outcomes", "endpoint", "stat", "timepoint_months", "value") == [
        [("LC", "rate", 12, 84.2), ("PFS", "median", None, 6.4)], [("LC", "rate", 12, 41.5), ("PFS", "median", None, 3.9)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("PFS", "HR", 0.61, 0.41, 0.91, "0.014")]


def test_a_caption_ending_in_percent_makes_plain_numbers_shares(nlp):
    text = ("Patients were randomised to TACE plus sorafenib or TACE plus placebo.\n\n"
            "Most common adverse events (>=20% in either arm), %\n"
            "\tTACE plus sorafenib\t\tTACE plus placebo\t\n"
            "\tAny grade\tGrade >=3\tAny grade\tGrade >=3\n"
            "Hypertension\t33.7\t7.0\t11.5\t2.0\n")
    r = record(nlp, text)
    assert [[(e["term"], e["grade"], e.get("percent"), e.get("count")) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("hypertension", "any", 33.7, None), ("hypertension", ">=3", 7, None)],
        [("hypertension", "any", 11.5, None), ("hypertension", ">=3", 2, None)]]
    # "n (%)" is counts and shares, not a share alone
    r = record(nlp, text.replace("arm), %", "arm), n (%)"))
    assert all(e.get("percent") is None for a in r["arms"] for e in a["adverse_events"])


def test_a_grade_only_table_in_a_study_of_two_arms_is_the_studys(nlp):
    text = ("In this phase I study, patients received cabozantinib orally once daily. Dose escalation followed a "
            "3 + 3 design through four dose levels (20, 40, 60 and 80 mg), and an expansion cohort was then treated "
            "at the RP2D. The RP2D was set at 40 mg once daily.\n\n"
            "Table 2 Treatment-related adverse events (N = 30)\n\n"
            "Adverse event\tAny grade, n (%)\tGrade >=3, n (%)\n"
            "Diarrhoea\t21 (70.0)\t4 (13.3)\n")
    r = record(nlp, text)
    assert len(r["arms"]) == 2 and all(a["adverse_events"] == [] for a in r["arms"])
    assert sorted((e["term"], e["grade"], e["count"]) for e in r["adverse_events"]) == [
        ("diarrhea", ">=3", 4), ("diarrhea", "any", 21)]


def test_header_joining_short_forms_names_the_combination_not_its_last_drug(nlp):
    # "D+R | R": the "R" inside "D+R" is no reference to the regorafenib arm on its own
    r = record(nlp, "Regorafenib (R) is a second-line option; durvalumab (D) was added to it. Patients were randomly "
                    "assigned to durvalumab plus regorafenib or to regorafenib alone.\n\n"
                    "Table. Efficacy\n"
                    "\tD+R (n=120)\tR (n=118)\n"
                    "Median OS, mo (95% CI)\t14.2 (12.0–16.9)\t11.1 (9.3–12.8)\n"
                    "ORR, n (%)\t30 (25.0)\t12 (10.2)\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 14.2), ("ORR", 25.0)], [("OS", 11.1), ("ORR", 10.2)]]


@pytest.mark.parametrize("header", ["Any Grade, No. (%)\tGrade 3/4, No. (%)", "Any grade, n (%)\tGrade 3/4, n (%)",
                                    "Any grade (%)\tGrade 3/4 (%)"])
def test_a_single_arms_table_with_a_grade_and_its_count_label_over_each_column(nlp, header):
    text = ("In this single-arm phase II study, patients received nivolumab 240 mg every 2 weeks.\n\n"
            "TABLE 1. Treatment-Related Adverse Events (N = 51)\n"
            "Adverse Event\t" + header + "\n"
            "Diarrhea\t15 (29.4)\t2 (3.9)\n")
    r = record(nlp, text)
    assert [(e["term"], e["grade"], e["count"], e["percent"]) for e in r["arms"][0]["adverse_events"]] == [
        ("diarrhea", "any", 15, 29.4), ("diarrhea", "3-4", 2, 3.9)]


def test_a_registrys_outcomes_after_its_baseline_table_are_read_in_the_columns_above_it(nlp):
    # the baseline table's "Total" column ends with it: the outcome rows are the arms' again
    text = ("Arms: FOLFOX-HAIC versus TACE.\n\n"
            "Participant Flow\n\tFOLFOX-HAIC\tTACE\nSTARTED\t115\t116\n\n"
            "Baseline Characteristics\n\tFOLFOX-HAIC\tTACE\tTotal\n"
            "Overall Number of Baseline Participants\t115\t116\t231\nMale\t101 (87.8%)\t99 (85.3%)\t200 (86.6%)\n\n"
            "Outcome Measures\n1. Secondary Outcome: Objective Response Rate (RECIST 1.1)\n"
            "Measure Type: Count of Participants\nOverall Number of Participants Analyzed\t115\t116\n"
            "\t53  46.1%\t21  18.1%\n")
    r = record(nlp, text)
    assert per_arm(r, "outcomes", "endpoint", "count", "total", "value") == [
        [("ORR", 53, 115, 46.1)], [("ORR", 21, 116, 18.1)]]


def test_a_registrys_arm_description_row_under_its_header_is_no_header_of_its_own(nlp):
    text = ("Arms: anlotinib versus sorafenib.\n\nOutcome Measures\n1. Primary Outcome\nTitle: Overall Survival (OS)\n"
            "Time Frame: Up to 36 months\n\n"
            "Arm/Group Title\tAnlotinib\tSorafenib\n"
            "Arm/Group Description\tAnlotinib 12 mg p.o. once daily\tSorafenib 400 mg twice daily orally\n"
            "Overall Number of Participants Analyzed\t322\t320\nMedian (95% Confidence Interval)\n"
            "Unit of Measure: months\t13.6 (12.1 to 15.0)\t12.2 (10.7 to 13.9)\n")
    r = record(nlp, text)
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low") == [[("OS", 13.6, 12.1)], [("OS", 12.2, 10.7)]]


def test_a_registrys_subgroup_measure_and_lettered_note_marks(nlp):
    text = ("Arms: sorafenib versus placebo.\n\nParticipant Flow\n\tSorafenib\tPlacebo\nSTARTED\t83\t81\n\n"
            "Outcome Measures\n1. Secondary Outcome Measure: Overall Survival (OS)\n"
            "Overall Number of Participants Analyzed\t83\t81\n"
            "Median (95% CI), months\tNA (22.0 to NA)[a]\t25.3 (19.6 to NA)[b]\n"
            "[a] Median not reached at data cutoff.  [b] Upper limit not estimable.\n\n"
            "2. Secondary Outcome Measure: PFS in Participants Beyond the Up-to-seven Criteria\n"
            "Overall Number of Participants Analyzed\t37\t35\n"
            "Median (95% CI), months\t8.9 (6.4 to 11.7)\t5.2 (3.9 to 6.8)\n")
    r = record(nlp, text)
    # the lettered marks do not hide the values; the subgroup's measure is not the arms' PFS
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low") == [[("OS", None, 22)], [("OS", 25.3, 19.6)]]


def test_a_pipe_tables_effect_cell_naming_its_ratio_and_interval(nlp):
    r = record(nlp, "Patients were randomised to TACE plus MWA or MWA alone.\n\n"
                    "| Outcome | TACE + MWA (n = 76) | MWA alone (n = 76) | Effect / p |\n|---|---|---|---|\n"
                    "| Median RFS, months (95% CI) | **31.4** (24.9–37.8) | 20.7 (16.2–25.1) | HR 0.62 (95% CI 0.42–0.91); "
                    "p = 0.014 |\n")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("RFS", "HR", 0.62, 0.42, 0.91, "0.014")]
    assert per_arm(r, "outcomes", "value") == [[(31.4,)], [(20.7,)]]


def test_a_table_without_a_header_takes_its_columns_from_a_caption_naming_the_arms(nlp):
    # the caption names the arms in the columns' order; a tab indents every row
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE.\n"
                    "Results: Toxicity, TACE vs SBRT, n (%):\n"
                    "\tGI bleeding, grade 3\t1 (1.7)\t2 (3.3)\n"
                    "\tFatigue, grade 1-2\t19 (32.8)\t22 (36.7)\n"
                    "\tPostembolization syndrome, any grade\t34 (58.6)\t—\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("gastrointestinal bleeding", "3", 2), ("fatigue", "1-2", 22)],
        [("gastrointestinal bleeding", "3", 1), ("fatigue", "1-2", 19), ("postembolization syndrome", "any", 34)]]
    # a caption that does not set the arms against each other gives no columns
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE.\n"
                    "Results: Toxicity with SBRT and TACE, n (%):\n"
                    "\tFatigue, grade 1-2\t19 (32.8)\t22 (36.7)\n")
    assert [a["adverse_events"] for a in r["arms"]] == [[], []]


def test_a_tab_separated_header_without_a_label_cell_and_a_row_of_shares(nlp):
    # the header names only the arms (no label cell); a row whose label ends ", %" holds shares
    r = record(nlp, "Patients were randomised to Arm A (TACE plus sintilimab) or Arm B (TACE plus placebo).\n"
                    "Table: results\n"
                    "Arm A (n=205)\tArm B (n=207)\n"
                    "Median PFS, mo (95% CI)\t15.2 (12.7–18.4)\t8.3 (6.9–9.8)\n"
                    "Grade 3/4 TRAEs, %\t38.5\t17.2\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 15.2)], [("PFS", 8.3)]]
    assert per_arm(r, "adverse_events", "grade", "percent", "count") == [
        [("3-4", 38.5, None)], [("3-4", 17.2, None)]]


def test_a_table_whose_rows_are_the_arms_and_columns_the_endpoints_and_events(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Table 2  Tumour response and adverse reactions in the two groups [n (%)]\n"
                    "Group\tn\tCR\tPR\tORR\tDiarrhoea\tHypertension\n"
                    "Sorafenib group\t40\t1 (2.5)\t7 (17.5)\t8 (20.0)\t9 (22.5)\t6 (15.0)\n"
                    "Lenvatinib group\t41\t2 (4.9)\t15 (36.6)\t17 (41.5)\t5 (12.2)\t11 (26.8)\n"
                    "χ2 value\t\t\t\t4.471\t\t\n"
                    "P value\t\t\t\t0.034\t\t\n")
    assert [a["n"] for a in r["arms"]] == [40, 41]
    assert per_arm(r, "outcomes", "endpoint", "count", "total", "value") == [
        [("CR", 1, 40, 2.5), ("PR", 7, 40, 17.5), ("ORR", 8, 40, 20)],
        [("CR", 2, 41, 4.9), ("PR", 15, 41, 36.6), ("ORR", 17, 41, 41.5)]]
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("diarrhea", 9, 22.5), ("hypertension", 6, 15)], [("diarrhea", 5, 12.2), ("hypertension", 11, 26.8)]]


def test_a_header_naming_the_arms_is_not_read_as_arm_rows(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or lenvatinib.\n\n"
                    "Outcome | Sorafenib | Lenvatinib\n"
                    "ORR, n (%) | 8 (20.0) | 17 (41.5)\n")
    assert per_arm(r, "outcomes", "endpoint", "count") == [[("ORR", 8)], [("ORR", 17)]]
