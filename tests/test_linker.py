"""The linker on small texts of my own (not from the seeds or the dev corpus)."""
import re

import pytest

from conftest import ROOT, comparisons, per_arm  # noqa: F401


def record(nlp, text):
    return nlp(text)._.trial_record


def regimen(arm):
    return {(c["name"], c.get("dose"), c.get("unit"), c.get("frequency")) for c in arm["regimen"]}


def test_linker_randomisation_sentence_gives_arms_with_doses(nlp):
    r = record(nlp, "Methods: In this phase III trial, 300 patients were randomly assigned (1:1) to receive "
                    "regorafenib 160 mg once daily plus TACE or TACE alone (n = 150).")
    assert [regimen(a) for a in r["arms"]] == [
        {("regorafenib", 160, "mg", "QD"), ("TACE", None, None, None)}, {("TACE", None, None, None)}]
    assert r["arms"][1]["n"] == 150
    assert r["phase"] == "III" and r["randomized"] is True and r["enrollment"]["actual"] == 300


def test_linker_stratification_before_the_arms_is_not_a_prior_therapy(nlp):
    # "stratified by previous first-line agent, to X": the comma and "to" resume the assignment
    r = record(nlp, "Patients were randomly assigned (2:1), stratified by previous first-line agent, to "
                    "regorafenib 160 mg or matching placebo, both given orally once daily on days 1-21 of each "
                    "28-day cycle.")
    assert [regimen(a) for a in r["arms"]] == [{("regorafenib", 160, "mg", "QD")}, {("placebo", None, None, "QD")}]
    assert r["arms"][1]["regimen"][0]["days"] == "1-21"
    # a prior therapy is still one
    r = record(nlp, "Patients previously treated with sorafenib were randomly assigned to regorafenib or placebo.")
    assert [regimen(a) for a in r["arms"]] == [{("regorafenib", None, None, None)}, {("placebo", None, None, None)}]


def test_linker_each_given_with_a_shared_drug_joins_every_arm(nlp):
    # the details between the last alternative and ", each given with" are every alternative's
    r = record(nlp, "Patients were randomly assigned (1:1) to nivolumab 240 mg or matching placebo intravenously "
                    "every 3 weeks, each given with oral lenvatinib 12 mg (bodyweight >=60 kg) or 8 mg (bodyweight "
                    "<60 kg) once daily.")
    lenvatinib = {("lenvatinib", 12, "mg", "QD"), ("lenvatinib", 8, "mg", "QD")}
    assert [regimen(a) for a in r["arms"]] == [{("nivolumab", 240, "mg", "Q3W")} | lenvatinib,
                                              {("placebo", None, None, "Q3W")} | lenvatinib]
    assert [c["route"] for c in r["arms"][0]["regimen"]] == ["iv", "oral", "oral"]


def test_linker_a_drug_joined_after_an_each_clause_joins_every_arm(nlp):
    # ", each given ... every 4 weeks, plus oral C": the clause's details are every alternative's, C every arm's
    r = record(nlp, "Eligible patients were randomised 2:1 to tislelizumab 200 mg or matching placebo, each given "
                    "intravenously every 3 weeks, plus oral sorafenib 400 mg twice daily.")
    sorafenib = ("sorafenib", 400, "mg", "BID")
    assert [regimen(a) for a in r["arms"]] == [{("tislelizumab", 200, "mg", "Q3W"), sorafenib},
                                              {("placebo", None, None, "Q3W"), sorafenib}]
    assert [[c["route"] for c in a["regimen"]] for a in r["arms"]] == [["iv", "oral"], ["iv", "oral"]]
    # a drug inside the clause's bracket is no partner of every arm
    r = record(nlp, "Patients were randomised to tislelizumab 200 mg or placebo, each given intravenously every 3 "
                    "weeks (placebo, plus oral sorafenib, in the second cohort only).")
    assert "sorafenib" not in {c["name"] for c in r["arms"][0]["regimen"]}


def test_linker_causes_of_death_in_a_bracket_are_grade_5_of_the_arm_before(nlp):
    r = record(nlp, "Patients were randomly assigned to cabozantinib or placebo. Treatment-related deaths occurred "
                    "in four (1%) patients in the cabozantinib group (hepatic failure [n=2], pneumonitis [n=1], and "
                    "gastrointestinal haemorrhage [n=1]) and two (<1%) patients in the placebo group.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 4), ("hepatic failure", "5", 2), ("pneumonitis", "5", 1),
         ("gastrointestinal hemorrhage", "5", 1)],
        [("any adverse event", "5", 2)]]


def test_linker_the_x_arm_is_the_arm_named_x_when_every_arm_has_x(nlp):
    r = record(nlp, "Patients were randomized to TACE plus HAIC or TACE alone. In the TACE arm, grade 3-4 "
                    "hyperbilirubinemia occurred in 5.8%. In the TACE plus HAIC arm, grade 3-4 neutropenia "
                    "occurred in 6.6%.")
    assert per_arm(r, "adverse_events", "term", "percent") == [[("neutropenia", 6.6)], [("hyperbilirubinemia", 5.8)]]


def test_linker_a_clause_about_two_named_arms_gives_both_their_drugs(nlp):
    r = record(nlp, "Patients were randomized 1:1:1 to TACE-HAIC, HAIC, or TACE. In the HAIC and TACE-HAIC arms, "
                    "oxaliplatin 85 mg/m2 and leucovorin 400 mg/m2 were infused via the hepatic artery every 3 weeks; "
                    "in the TACE-HAIC arm, TACE with epirubicin (30 mg) was performed before each HAIC session.")
    oxali = ("oxaliplatin", 85, "mg/m2", "Q3W")
    assert [oxali in regimen(a) for a in r["arms"]] == [True, True, False]
    assert [("epirubicin", 30, "mg", None) in regimen(a) for a in r["arms"]] == [True, False, False]


def test_linker_a_median_not_reached_heads_a_list_of_medians(nlp):
    r = record(nlp, "Patients were randomized to TACE-HAIC, HAIC, or TACE. Median OS was not reached (95% CI "
                    "25.3-NE) with TACE-HAIC, 23.1 months (95% CI 18.7-27.5) with HAIC and 15.2 months with TACE.")
    assert per_arm(r, "outcomes", "endpoint", "value", "unit", "ci_low") == [
        [("OS", None, None, 25.3)], [("OS", 23.1, "months", 18.7)], [("OS", 15.2, "months", None)]]
    assert r["outcomes"] == []


@pytest.mark.parametrize("written", [
    "Progression-free survival was longer with regorafenib (median, 6.1 v 3.2 months; 95% CI, 5.0 to 7.3 and 2.8 to 4.1; "
    "HR 0.52).",
    "Median PFS was 6.1 vs 3.2 months (95% CIs 5.0-7.3 vs 2.8-4.1; P < .001).",
    "Median PFS was 6.1 and 3.2 months (95% CI, 5.0–7.3, and 2.8–4.1, respectively).",
])
def test_linker_a_list_of_cis_after_a_list_of_medians_gives_each_median_its_own(nlp, written):
    r = record(nlp, "Patients were randomly assigned to regorafenib 160 mg once daily or placebo. " + written)
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("PFS", 6.1, 5.0, 7.3)], [("PFS", 3.2, 2.8, 4.1)]]


def test_linker_ranges_that_do_not_bracket_their_medians_are_no_cis_of_theirs(nlp):
    r = record(nlp, "Patients were randomly assigned to regorafenib 160 mg once daily or placebo. Median PFS was "
                    "6.1 vs 3.2 months (95% CI 5.0-7.3 and 4.0-5.1).")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low") == [[("PFS", 6.1, None)], [("PFS", 3.2, None)]]


def test_linker_a_preprints_latex_ties_and_maths_dollars_are_read_as_spaces(nlp):
    r = record(nlp, "In this randomised phase~2 trial, patients were assigned to SBRT followed by durvalumab or to "
                    "durvalumab alone. Median PFS was 8.9~months (95\\% CI 6.1--11.7) versus 4.6~months "
                    "(HR~0.56; 95\\% CI 0.34--0.92; $p=0.021$). Grade~$\\geq$3 adverse events occurred in 16 (37.2\\%) "
                    "versus 12 (27.9\\%) patients.")
    assert r["phase"] == "II"
    assert comparisons(r, "endpoint", "value", "ci_low", "p") == [("PFS", 0.56, 0.34, "0.021")]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", ">=3", 16)], [("any adverse event", ">=3", 12)]]


def test_linker_a_historical_or_expected_rate_of_the_sample_size_is_no_result(nlp):
    r = record(nlp, "Patients received lenvatinib 12 mg once daily. Based on a historical ORR of 40% with HAIC alone "
                    "and an expected ORR of 62%, 38 patients were required. The ORR was 67.5% (27/40).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("ORR", 67.5, 27)]]


def test_linker_a_dropout_allowance_and_the_powered_sample_size_are_no_results(nlp):
    r = record(nlp, "Patients received sorafenib 400 mg twice daily. Assuming a historical DCR of 30% and a target "
                    "DCR of 50% (one-sided alpha 0.05, power 90%), 52 patients were needed; allowing for a 10% "
                    "drop-out rate, 58 were enrolled. The DCR was 55.2% (32 / 58).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("DCR", 55.2, 32, 58)]]
    r = record(nlp, "Patients received TACE. On the basis of an expected 3-year RFS of 45% versus 62%, the planned "
                    "sample size was 228 participants. The 3-year RFS rate was 66.4%.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 66.4)]]
    # the allowance alone, outside a calculation, is no result either
    r = record(nlp, "Patients received sorafenib 400 mg twice daily. The DCR was 41% after a 12% attrition rate.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("DCR", 41)]]


def test_linker_a_grade_bracket_after_a_qualified_event_is_the_events(nlp):
    r = record(nlp, "Patients received lenvatinib 12 mg once daily. Abdominal pain during arterial infusion "
                    "(grade 1-2) occurred in 22 patients (55.0%). Rash after the first dose [any grade] was seen in 9 "
                    "patients (22.5%).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("abdominal pain", "1-2", 22, 55.0), ("rash", "any", 9, 22.5)]]


def test_linker_the_combination_group_and_its_arterial_drugs(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib plus HAIC (n=60) or lenvatinib alone (n=61). "
                    "In the combination group, a catheter was placed in the common hepatic artery at each cycle. "
                    "Oxaliplatin 130 mg/m2 and raltitrexed 3 mg/m2 were infused through the hepatic arterial "
                    "catheter. In both groups, lenvatinib 8 mg was taken orally once daily (in the combination "
                    "group starting 3 days after the first HAIC). The most common grade 3-4 events with the "
                    "combination were neutropenia (eight [13%]); with lenvatinib alone, they were hypertension "
                    "(six [10%]).")
    assert per_arm(r, "regimen", "name", "dose", "route") == [
        [("lenvatinib", 8, "oral"), ("HAIC", None, None), ("oxaliplatin", 130, "intra-arterial"),
         ("raltitrexed", 3, "intra-arterial")],
        [("lenvatinib", 8, "oral")]]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("neutropenia", "3-4", 8)], [("hypertension", "3-4", 6)]]


def test_linker_a_two_digit_code_named_as_a_biosimilar_is_its_drug(nlp):
    r = record(nlp, "Tislelizumab plus the bevacizumab biosimilar ZB12 versus sorafenib. Patients were randomly "
                    "assigned to tislelizumab 200 mg plus ZB12 15 mg/kg every 3 weeks or to sorafenib 400 mg twice daily.")
    assert per_arm(r, "regimen", "name", "dose", "unit") == [
        [("tislelizumab", 200, "mg"), ("bevacizumab", 15, "mg/kg")], [("sorafenib", 400, "mg")]]
    # and joined to its partner by a hyphen, it names that arm: "120 to tislelizumab-ZB12"
    r = record(nlp, "Tislelizumab plus the bevacizumab biosimilar ZB12 versus sorafenib. In total, 180 patients were "
                    "randomized (120 to tislelizumab-ZB12 and 60 to sorafenib).")
    assert [a["n"] for a in r["arms"]] == [120, 60]


def test_linker_an_assignment_resumed_after_the_treatment_patients_were_unsuited_for(nlp):
    r = record(nlp, "We randomly assigned 80 patients with up to three nodules, each 3 cm or less, who had declined or "
                    "were unsuitable for hepatic resection to percutaneous acetic acid injection (PAI; n = 41) or "
                    "microwave ablation (n = 39).")
    assert per_arm(r, "regimen", "name") == [[("PAI",)], [("MWA",)]]
    assert [a["n"] for a in r["arms"]] == [41, 39]


def test_linker_no_prophylaxis_is_a_control_arm_and_its_events_are_the_texts(nlp):
    r = record(nlp, "Patients were randomly assigned to tenofovir 300 mg orally once daily or to no antiviral "
                    "prophylaxis with monthly HBV DNA monitoring. In both groups TACE was performed. HBV reactivation "
                    "occurred in 3 (3.4%) and 17 (19.3%) patients, and hepatitis flares in 2 (2.3%) and 9 (10.2%).")
    assert [a["label"] for a in r["arms"]][1] == "no antiviral prophylaxis"
    assert per_arm(r, "regimen", "name") == [[("tenofovir",), ("TACE",)], [("TACE",)]]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("hbv reactivation", 3), ("hepatitis flare", 2)], [("hbv reactivation", 17), ("hepatitis flare", 9)]]


def test_linker_a_phase1_starting_dose_written_without_its_drug_is_the_drug_before(nlp):
    r = record(nlp, "This open-label phase I/II study enrolled adults with HCC and renal impairment. Cabozantinib was "
                    "taken orally once daily. Phase I (3+3 design) enrolled patients at a reduced starting dose of 20 "
                    "mg, with planned escalation to 40 mg and 60 mg. Phase II treated all cohorts at the recommended "
                    "phase II dose (RP2D). Thirty-six patients were enrolled (phase I, n = 12; phase II, n = 24). The "
                    "MTD, and the RP2D, was 40 mg once daily. In the 24 phase II patients, the ORR was 12.5% (3/24).")
    assert per_arm(r, "regimen", "name", "dose", "frequency") == [[("cabozantinib", 20, "QD")],
                                                                  [("cabozantinib", 40, "QD")]]
    assert [a["n"] for a in r["arms"]] == [12, 24]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[], [("ORR", 12.5, 3)]]


def test_linker_a_treatment_in_a_trials_name_is_not_given(nlp):
    r = record(nlp, "A randomized phase II trial of lenvatinib plus TACE versus lenvatinib alone (LAUNCH-TACE trial). "
                    "Patients received lenvatinib 12 mg once daily.")
    assert per_arm(r, "regimen", "name") == [[("lenvatinib",), ("TACE",)], [("lenvatinib",)]]


def test_linker_a_median_in_both_groups_is_each_arms_and_a_biomarker_subset_is_none(nlp):
    r = record(nlp, "Patients were randomized to regorafenib 160 mg once daily or placebo. Median PFS was 3.1 months in "
                    "both groups (HR, 0.97; P = .81), and the 12-week PFS rate was 31.2% vs 29.5%. In the exploratory "
                    "biomarker analysis, patients receiving regorafenib whose plasma VEGF fell (n = 40) had longer "
                    "median OS than the others (13.4 vs 8.8 months).")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("PFS", "median", 3.1), ("PFS", "rate", 31.2)], [("PFS", "median", 3.1), ("PFS", "rate", 29.5)]]


def test_linker_a_single_arm_study_calling_for_a_randomised_setting_is_not_randomised(nlp):
    r = record(nlp, "In this phase 2 study, patients received proton beam therapy of 66 GyE in 10 fractions. The 2-year "
                    "local control rate was 94.0%. These results support its evaluation against radiofrequency ablation "
                    "in a randomized setting.")
    assert r["randomized"] is False


def test_linker_a_relative_risk_written_rr_is_not_a_response_rate(nlp):
    r = record(nlp, "Patients were randomly assigned to dexamethasone 10 mg or to placebo. Fever occurred in 15/80 "
                    "(18.8%) vs 31/80 (38.8%) patients (RR 0.48, 95% CI 0.28-0.82; P = 0.005).")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "p") == [("AE", "RR", 0.48, 0.28, "0.005")]


def test_linker_a_route_after_an_emulsions_list_has_ended_is_not_the_emulsions(nlp):
    r = record(nlp, "Patients were randomly assigned to dexamethasone 10 mg or to placebo. All patients underwent TACE "
                    "with an emulsion of epirubicin 30-50 mg and lipiodol 5-15 mL followed by gelatin sponge particles, "
                    "and received ondansetron 8 mg intravenously before the procedure.")
    assert per_arm(r, "regimen", "name", "route")[1] == [
        ("placebo", None), ("TACE", None), ("epirubicin", None), ("lipiodol", None), ("ondansetron", "iv")]


def test_linker_rates_with_their_fractions_in_arm_order_and_an_uncoded_measure_after(nlp):
    r = record(nlp, "Patients were randomized to TACE-HAIC (n = 105), HAIC (n = 106), or TACE (n = 104). ORR was "
                    "67.6% (71/105), 50.0% (53/106) and 33.7% (35/104) (P < 0.001), and conversion to resection "
                    "was achieved in 24 (22.9%), 14 (13.2%) and 5 (4.8%) patients.")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [
        [("ORR", 67.6, 71, 105)], [("ORR", 50, 53, 106)], [("ORR", 33.7, 35, 104)]]
    assert r["outcomes"] == []
    # the size list names the TACE arm by its treatment, though the TACE-HAIC arm has TACE too
    r = record(nlp, "Patients were randomized to HAIC plus TACE with epirubicin or TACE with epirubicin. Of 200 "
                    "patients randomized (HAIC, n = 99; TACE, n = 101), 190 were treated.")
    assert [a["n"] for a in r["arms"]] == [99, 101]


def test_linker_an_alternative_dose_of_the_same_drug_is_another_arm(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to intravenous nivolumab at 3 mg/kg q2w (arm A) or "
                    "240 mg q3w (arm B). PFS (HR for arm B vs arm A, 1.08; 95% CI 0.71-1.65; P = 0.71) was similar.")
    assert [regimen(a) for a in r["arms"]] == [{("nivolumab", 3, "mg/kg", "Q2W")}, {("nivolumab", 240, "mg", "Q3W")}]
    assert [c["route"] for a in r["arms"] for c in a["regimen"]] == ["iv", "iv"]
    comp = r["comparisons"][0]
    assert (comp["endpoint"], comp["value"], comp["ci_low"], comp["p"]) == ("PFS", 1.08, 0.71, "0.71")
    # doses by body weight stay one arm
    r = record(nlp, "Patients were randomly assigned to lenvatinib 12 mg (bodyweight >=60 kg) or 8 mg "
                    "(bodyweight <60 kg) once daily or sorafenib 400 mg twice daily.")
    assert [len(a["regimen"]) for a in r["arms"]] == [2, 1]


def test_linker_arm_named_by_its_modifier_and_an_or_to_alternative(nlp):
    r = record(nlp, "Patients were randomly assigned to neoadjuvant nivolumab 240 mg every 2 weeks for three "
                    "doses, followed by hepatectomy 2 weeks after the last dose, or to upfront hepatectomy. Of 80 "
                    "patients, 40 were assigned to the neoadjuvant group and 40 to the upfront surgery group. Grade "
                    "3-4 adverse events occurred in six (15.0%) patients in the neoadjuvant group.")
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [{"nivolumab", "resection"}, {"resection"}]
    assert r["arms"][1]["label"] == "upfront hepatectomy"
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("any adverse event", "3-4", 6)], []]


def test_linker_a_clause_about_the_combination_arm_is_not_what_the_procedure_consists_of(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1 to TACE plus lenvatinib (TACE-L) or TACE alone. TACE was "
                    "identical in both arms: an emulsion of epirubicin 30 mg/m2 and Lipiodol was delivered. In the "
                    "TACE-L arm, lenvatinib was taken orally at 8 mg once daily, starting 1 to 3 days after TACE. "
                    "Assuming a median OS of 16 months with TACE alone and an HR of 0.70, 248 deaths would give "
                    "80% power.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lenvatinib", "lipiodol"], ["TACE", "epirubicin", "lipiodol"]]
    assert r["comparisons"] == [] and r["outcomes"] == []
    assert all(a["outcomes"] == [] for a in r["arms"])


def test_linker_registry_arm_lines_with_their_numbered_descriptions(nlp):
    r = record(nlp, "Study phase: 2\nInterventions:\nGroup A (experimental): TACE\n1. Conventional TACE on demand.\n"
                    "Group B (control): HAIC\n1. Catheter placed in the hepatic artery.\n2. Each 21-day cycle: "
                    "oxaliplatin 85 mg/m2 over 2 h, then fluorouracil 400 mg/m2 bolus.\n\nOutcomes:\n"
                    "Outcome: Overall survival; Type: Primary indicator\n")
    assert r["phase"] == "II"
    assert [[(c["name"], c.get("dose"), c.get("cycle_days")) for c in a["regimen"]] for a in r["arms"]] == [
        [("TACE", None, None)], [("HAIC", None, None), ("oxaliplatin", 85, 21), ("fluorouracil", 400, 21)]]


def test_linker_no_grade_5_events_in_either_arm_and_an_exclusion_with_a_distance(nlp):
    r = record(nlp, "Patients were randomized to SBRT or TACE. Patients with a lesion within 2 cm of the bowel were "
                    "excluded. Of 112 patients screened, 90 were randomized. There was no grade 5 toxicity in either arm.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 0)], [("any adverse event", "5", 0)]]
    assert r["adverse_events"] == []
    assert r["enrollment"]["actual"] == 90


def test_linker_a_treatment_written_as_an_arms_label_names_that_arm(nlp):
    r = record(nlp, "Patients were randomized 1:1:1 to TACE-HAIC, HAIC, or TACE. In the HAIC and TACE-HAIC arms, "
                    "oxaliplatin 85 mg/m2 was infused via the hepatic artery; TACE used epirubicin 30 mg in the TACE-HAIC "
                    "and TACE arms. Median OS was 25.0 months with TACE-HAIC, 23.1 months with HAIC and 15.2 months "
                    "with TACE.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 25)], [("OS", 23.1)], [("OS", 15.2)]]


def test_linker_a_zero_after_versus_is_the_other_arms(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo. The most common grade 3 events were "
                    "hypertension (38 [22.6%] v 3 [1.8%]) and diarrhoea (7 [4.2%] vs 0).")
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("hypertension", 38), ("diarrhea", 7)], [("hypertension", 3), ("diarrhea", 0)]]


def test_linker_news_prose_roles_serious_and_fatal_events(nlp):
    r = record(nlp, "Patients were randomized to durvalumab plus lenvatinib or lenvatinib alone. Median overall "
                    "survival, the trial's primary endpoint, was 19.6 months versus 15.8 months. The objective "
                    "response rate, another key secondary endpoint, was 31.4% versus 20.7%. Serious treatment-related "
                    "side effects were reported in 15.2% and 9.8%, respectively, and fatal treatment-related events in "
                    "1.6% and 0.5%. The most common side effect with the combination was high blood pressure (44.0%).")
    assert r["endpoints"][:2] == [{"name": "OS", "role": "primary"}, {"name": "ORR", "role": "secondary"}]
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("serious adverse event", None, 15.2), ("any adverse event", "5", 1.6), ("hypertension", None, 44)],
        [("serious adverse event", None, 9.8), ("any adverse event", "5", 0.5)]]


def test_linker_planned_enrolment_in_prose_and_a_required_number_is_not_the_enrolment(nlp):
    assert record(nlp, "A Simon design required 46 evaluable patients; 46 evaluable patients were required, and the "
                       "planned enrolment was 48.")["enrollment"] == {"actual": None, "planned": 48}
    assert record(nlp, "The target sample size was 330 patients.")["enrollment"]["planned"] == 330
    assert record(nlp, "Original Estimated Enrollment: 170 | Actual Enrollment: 164")["enrollment"] == {
        "actual": 164, "planned": 170}


def test_linker_a_sentence_naming_an_arm_twice_does_not_set_the_order_of_later_numbers(nlp):
    r = record(nlp, "Patients were randomised 2:1 to regorafenib or placebo. In the placebo arm, 46 patients crossed "
                    "over to regorafenib, and subsequent therapy was given to 31.3% of regorafenib and 44.1% of placebo "
                    "patients. Grade >=3 adverse events occurred in 183/302 (60.6%) vs 56/151 (37.1%) treated patients.")
    assert per_arm(r, "adverse_events", "term", "count") == [[("any adverse event", 183)], [("any adverse event", 56)]]


def test_linker_arms_listed_with_their_counts(nlp):
    r = record(nlp, "In total, 156 patients were randomly assigned: 52 to oral sorafenib 400 mg twice daily alone (SOR), "
                    "51 to the same sorafenib regimen combined with radiotherapy (SOR-RT) and 53 to TACE followed by "
                    "radiotherapy (TACE-RT).")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["sorafenib"], ["radiotherapy", "sorafenib"], ["TACE", "radiotherapy"]]
    assert [a["n"] for a in r["arms"]] == [52, 51, 53]
    assert r["arms"][1]["label"].startswith("the same sorafenib regimen")


def test_linker_two_sided_p_boundaries_information_fraction_and_landmarks_per_clause(nlp):
    r = record(nlp, "Patients were randomized to tislelizumab or surveillance. At cutoff, 238 events had been recorded "
                    "(information fraction 50%). Tislelizumab improved RFS (HR 0.71, 95% CI 0.56-0.90; one-sided "
                    "p=0.002, two-sided p=0.004), crossing the prespecified efficacy boundary (two-sided p=0.0128). "
                    "RFS at 12 months: 78% vs 65%; RFS at 24 months: 63% vs 51%.")
    assert comparisons(r, "endpoint", "value", "p") == [("RFS", 0.71, "0.004")]
    assert r["outcomes"] == []
    assert per_arm(r, "outcomes", "timepoint_months", "value") == [[(12, 78), (24, 63)], [(12, 65), (24, 51)]]


def test_linker_assigned_weeks_after_a_procedure_to_a_drug_or_to_surveillance(nlp):
    r = record(nlp, "Adults were randomly assigned (1:1) 4-12 weeks after the procedure to tislelizumab 200 mg "
                    "intravenously every 3 weeks or to active surveillance with imaging every 12 weeks.")
    assert [regimen(a) for a in r["arms"]] == [{("tislelizumab", 200, "mg", "Q3W")}, set()]
    assert r["arms"][1]["label"] == "active surveillance"


def test_linker_markdown_registry_page_headings_phase_and_estimated_enrolment(nlp):
    r = record(nlp, "## Study Design\n\n- Phase: Phase 2 / Phase 3\n- Estimated Enrollment: 212 participants\n\n"
                    "## Outcome Measures\n\n**Primary Outcome Measures**\n\n1. Progression-free survival (PFS) "
                    "[Time Frame: Up to 24 months]\n\n**Secondary Outcome Measures**\n\n1. Overall survival (OS) "
                    "[Time Frame: Up to 36 months]\n")
    assert r["phase"] == "II/III"
    assert r["enrollment"] == {"actual": None, "planned": 212}
    assert r["endpoints"] == [{"name": "PFS", "role": "primary"}, {"name": "OS", "role": "secondary"}]


def test_linker_hyphenated_short_form_and_japanese_flat_doses(nlp):
    r = record(nlp, "We examined whether lenvatinib (LEN) given before cTACE helps. Patients were randomly assigned 1:1 "
                    "to LEN-TACE or TACE alone. In the LEN-TACE group, LEN was administered p.o., q.d., at 12 mg/body "
                    "(body weight >=60 kg) or 8 mg/body (body weight <60 kg).")
    assert [regimen(a) for a in r["arms"]] == [
        {("lenvatinib", 12, "mg", "QD"), ("lenvatinib", 8, "mg", "QD"), ("TACE", None, None, None)},
        {("TACE", None, None, None)}]


def test_linker_the_most_common_were_takes_the_grade_and_reduced_doses_are_not_planned(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib 12 mg/d or sorafenib 400 mg twice daily. Stepwise dose "
                    "reduction of lenvatinib (to 8 mg/d and 4 mg/d) was allowed. Grade >= 3 adverse events occurred in "
                    "93 patients (54.7%) with lenvatinib and 63 (37.5%) with sorafenib. The most common were "
                    "hypertension (35 [20.6%] v 30 [17.9%]).")
    assert [regimen(a) for a in r["arms"]] == [{("lenvatinib", 12, "mg", "QD")}, {("sorafenib", 400, "mg", "BID")}]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", ">=3", 93), ("hypertension", ">=3", 35)],
        [("any adverse event", ">=3", 63), ("hypertension", ">=3", 30)]]


def test_linker_immune_mediated_events_keep_their_words_and_the_list_takes_their_grade(nlp):
    r = record(nlp, "Patients were randomized to tislelizumab or placebo. Immune-mediated adverse events of any grade "
                    "occurred in 92 (27.1%) tislelizumab-treated patients, most commonly hypothyroidism (42 [12.4%]) "
                    "and hepatitis (14 [4.1%]).")
    assert per_arm(r, "adverse_events", "term", "grade", "count")[0] == [
        ("immune-mediated adverse event", "any", 92), ("hypothyroidism", "any", 42), ("hepatitis", "any", 14)]


def test_linker_patients_alive_at_a_landmark_and_the_control_arm(nlp):
    r = record(nlp, "Patients were randomized to durvalumab plus lenvatinib or lenvatinib alone. At three years, 30.7% "
                    "of patients in the combination arm were alive, versus 20.2% in the control arm.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("OS", 36, 30.7)], [("OS", 36, 20.2)]]


def test_linker_deaths_with_their_cause_after_due_to(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo. Two treatment-related deaths, due to hepatic "
                    "failure, occurred with sorafenib.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 2), ("hepatic failure", "5", 2)], []]


@pytest.mark.parametrize("written, counts", [
    ("There were three treatment-related deaths in the donafenib group and one in the sorafenib group.", (3, 1)),
    ("Two treatment-related deaths occurred with donafenib, compared with none with sorafenib.", (2, 0)),
])
def test_linker_the_other_arms_deaths_written_without_their_noun(nlp, written, counts):
    r = record(nlp, f"Patients were randomized to donafenib or sorafenib. {written}")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", counts[0])], [("any adverse event", "5", counts[1])]]


def test_linker_an_events_counts_in_each_arm_are_not_the_arms_sizes(nlp):
    r = record(nlp, "Patients were randomized to donafenib or sorafenib. Grade 3 hypertension occurred in 10 patients "
                    "in the donafenib group and 5 in the sorafenib group.")
    assert [a["n"] for a in r["arms"]] == [None, None]
    assert per_arm(r, "adverse_events", "term", "count") == [[("hypertension", 10)], [("hypertension", 5)]]


def test_linker_the_other_arms_count_with_a_share_below_one_percent(nlp):
    r = record(nlp, "Patients were randomized to donafenib or sorafenib. Grade 3 proteinuria occurred in 12 (6%) "
                    "patients in the donafenib group and 1 (<1%) in the sorafenib group.")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("proteinuria", "3", 12, 6)], [("proteinuria", "3", 1, None)]]


def test_linker_a_counted_death_with_its_cause_is_a_grade_5_event(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or sorafenib. One death, from immune-mediated "
                    "hepatitis, was attributed to nivolumab. There was one death in the sorafenib arm, due to "
                    "gastrointestinal bleeding.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("immune-mediated hepatitis", "5", 1)], [("gastrointestinal bleeding", "5", 1)]]


def test_linker_a_death_from_any_cause_is_not_an_adverse_event(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or sorafenib. Overall survival was the time to death from "
                    "any cause. Two deaths from disease progression occurred with sorafenib.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[], []]


def test_linker_a_landmark_opening_the_sentence_written_week_first(nlp):
    r = record(nlp, "Patients received sorafenib 400 mg twice daily. At week 16, disease control was seen in 17 of 40 "
                    "patients (42.5%). At 6 months, the PFS rate was 30%.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("DCR", 3.7, 42.5), ("PFS", 6, 30)]]


def test_linker_a_landmark_opening_the_sentence_with_after(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus radiotherapy (TACE-RT group) or TACE alone (TACE "
                    "group). After 3 years, the overall survival rate was 45.1% in the TACE-RT group and 30.2% in the "
                    "TACE group.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("OS", 36, 45.1)], [("OS", 36, 30.2)]]


@pytest.mark.parametrize("sentence", [
    "After 2 years, about 4 in 10 people (42.3%) in the TACE-RT group were alive, compared with about 3 in 10 "
    "(30.2%) in the TACE group.",
    "Nearly one in three patients (42.3%) in the TACE-RT group and one in four (30.2%) in the TACE group were alive "
    "at 2 years.",
])
def test_linker_a_lay_frequency_before_a_share_is_not_its_count(nlp, sentence):
    r = record(nlp, "Patients were randomly assigned to TACE plus radiotherapy (TACE-RT group) or TACE alone (TACE "
                    "group). " + sentence)
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value", "count") == [
        [("OS", 24, 42.3, None)], [("OS", 24, 30.2, None)]]


def test_linker_a_version_number_before_a_share_is_not_its_count(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib. The objective response rate was "
                    "higher with lenvatinib by RECIST 1.1 (24.6% vs. 12.8%; P=0.012).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("ORR", 24.6, None)], [("ORR", 12.8, None)]]


@pytest.mark.parametrize("dose_sentence, doses", [
    ("The dose was 12 mg for patients weighing 60 kg or more and 8 mg for those under 60 kg.", [12, 8]),
    ("The starting dose depended on body weight: 12 mg (at least 60 kg) or 8 mg (under 60 kg).", [12, 8]),
    ("Its daily dose was 12 mg.", [12]),
    ("The dose was reduced to 8 mg in 20 patients.", [None]),
])
def test_linker_a_sentence_opening_on_the_dose_doses_the_drug_of_the_sentence_before(nlp, dose_sentence, doses):
    r = record(nlp, "Patients were randomly assigned to TACE plus lenvatinib or TACE alone. Lenvatinib was taken "
                    "orally once daily. " + dose_sentence)
    assert [(c["name"], c.get("dose"), c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("TACE", None, None)] + [("lenvatinib", d, "QD") for d in doses]
    assert [c["name"] for c in r["arms"][1]["regimen"]] == ["TACE"]


@pytest.mark.parametrize("shared", [
    "each combined with oral lenvatinib 12 mg/day (body weight >=60 kg) or 8 mg/day (<60 kg)",
    "both in combination with oral lenvatinib 12 mg/day (body weight >=60 kg) or 8 mg/day (<60 kg)",
])
def test_linker_a_drug_each_alternative_is_combined_with(nlp, shared):
    r = record(nlp, "Patients were randomly assigned 1:1 to tislelizumab 200 mg or matching placebo IV every 3 weeks, "
                    + shared + ".")
    assert [[(c["name"], c.get("dose"), c.get("frequency"), c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("tislelizumab", 200, "Q3W", "iv"), ("lenvatinib", 12, "QD", "oral"), ("lenvatinib", 8, "QD", "oral")],
        [("placebo", None, "Q3W", "iv"), ("lenvatinib", 12, "QD", "oral"), ("lenvatinib", 8, "QD", "oral")]]


def test_linker_a_drug_added_after_a_comma_to_a_drug_or_placebo(nlp):
    r = record(nlp, "Patients were randomly assigned to pembrolizumab or placebo, plus lenvatinib.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["lenvatinib", "pembrolizumab"], ["lenvatinib", "placebo"]]


@pytest.mark.parametrize("p_text", ["one-sided p = 0.0031 (two-sided p = 0.0062)", "one-sided p = 0.0031 (two-sided 0.0062)",
                                    "one-sided p = 0.0031, two-sided p = 0.0062"])
def test_linker_the_two_sided_p_written_after_the_one_sided(nlp, p_text):
    r = record(nlp, "Patients were randomly assigned to tislelizumab or placebo. Median OS was 22.4 vs 18.9 months; "
                    f"HR 0.79 (95% CI 0.66-0.95); {p_text}.")
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.79, "0.0062")]


@pytest.mark.parametrize("sentence", ["Enrolment: 812 screened, 684 randomised at 143 sites in 17 countries.",
                                      "Enrolment: 812 screened, 684 randomised.",
                                      "In all, 812 pts were screened and 684 randomized (343 and 341)."])
def test_linker_a_count_randomised_without_a_verb(nlp, sentence):
    r = record(nlp, "Patients were randomly assigned to tislelizumab or placebo. " + sentence)
    assert r["enrollment"]["actual"] == 684


@pytest.mark.parametrize("sentence", ["The absolute OS gain is 3.5 months.", "This is an OS benefit of 3.5 months."])
def test_linker_a_gain_between_the_arms_is_not_a_median(nlp, sentence):
    r = record(nlp, "Patients were randomly assigned to tislelizumab or placebo. Median OS was 22.4 vs 18.9 months. "
                    + sentence)
    assert per_arm(r, "outcomes", "value") == [[(22.4,)], [(18.9,)]]
    assert r["outcomes"] == []


def test_linker_radiation_delivered_in_fractions_of_a_written_size(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus SBRT or TACE alone. SBRT (40 Gy delivered in five "
                    "8-Gy fractions) was started 3 weeks after TACE.")
    assert [(c["name"], c.get("dose"), c.get("dose_per_fraction"), c.get("fractions")) for c in r["arms"][0]["regimen"]] == [
        ("TACE", None, None, None), ("radiotherapy", 40, 8, 5)]


def test_linker_an_event_more_frequent_than_its_sentences_graded_total_is_not_of_that_grade(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus SBRT or TACE alone. Grade >=3 toxicities were recorded "
                    "in 10 (16.9%) and 7 (11.9%) patients, respectively; post-embolisation syndrome was the commonest "
                    "event (41 [69.5%] vs 39 [66.1%]).")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", ">=3", 16.9), ("post-embolization syndrome", None, 69.5)],
        [("any adverse event", ">=3", 11.9), ("post-embolization syndrome", None, 66.1)]]


def test_linker_a_run_in_toxicity_heading_grades_its_paragraphs_events_but_not_its_deaths(nlp):
    r = record(nlp, "Patients were randomly assigned to cisplatin plus doxorubicin or doxorubicin alone.\n\n"
                    "Toxicity (treated patients, n = 56 and 55; WHO grade 3/4). Leucopenia occurred in 35 (62.5%) "
                    "versus 20 (36.4%) patients and mucositis in 8 (14.3%) versus 3 (5.5%). Treatment-related deaths "
                    "occurred in five (8.9%) versus one (1.8%) patients.\n\n"
                    "Quality of life. Nausea was reported by 20 (35.7%) versus 12 (21.8%) patients.")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("leukopenia", "3-4", 62.5), ("mucositis", "3-4", 14.3), ("any adverse event", "5", 8.9), ("nausea", None, 35.7)],
        [("leukopenia", "3-4", 36.4), ("mucositis", "3-4", 5.5), ("any adverse event", "5", 1.8), ("nausea", None, 21.8)]]


def test_linker_a_procedure_named_as_when_a_drug_starts_is_given_and_so_is_the_alternative_after_it(nlp):
    r = record(nlp, "Patients were randomized 1:1 to receive velzatolimab 1,120 mg intravenously every three weeks, "
                    "starting 7 to 21 days after the first TACE session, or matching placebos plus TACE.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "velzatolimab"], ["TACE", "placebo"]]


def test_linker_an_interval_written_before_the_days_it_repeats_is_their_cycle(nlp):
    r = record(nlp, "In this single-arm study, PIAF was given every 3 weeks for up to six cycles: cisplatin 20 mg/m2 IV "
                    "on days 1-4; doxorubicin 40 mg/m2 IV bolus on day 1. Nivolumab 240 mg was given intravenously "
                    "every 2 weeks on days 1, 15 and 29.")
    assert [(c["name"], c.get("frequency"), c.get("days"), c.get("cycle_days")) for c in r["arms"][0]["regimen"]] == [
        ("cisplatin", None, "1-4", 21), ("doxorubicin", "Q3W", "1", 21), ("nivolumab", "Q2W", "1,15,29", None)]


def test_linker_a_later_assignment_opens_the_arms_after_randomised_naming_the_design(nlp):
    r = record(nlp, "In this open-label, multicentre, randomised trial at nine centres, patients scheduled for "
                    "conventional TACE, Child-Pugh class A or B, were randomly assigned (1:1) to sorafenib 400 mg "
                    "twice daily or placebo.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["sorafenib"], ["placebo"]]


def test_linker_a_products_ingredients_in_its_bracket_are_not_given(nlp):
    r = record(nlp, "Patients were randomly assigned to BCAA granules (L-isoleucine 952 mg, L-leucine 1,904 mg and "
                    "L-valine 1,144 mg per sachet) orally three times daily or to usual diet alone.")
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["branched-chain amino acids"]


def test_linker_a_surveillance_arm_with_a_trailing_clause_shared_by_both_groups(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1 to penpulimab 200 mg intravenously once every 3 weeks or to "
                    "active surveillance, with imaging every 12 weeks in both groups.")
    assert [(a["label"], [c["name"] for c in a["regimen"]]) for a in r["arms"]] == [
        ("penpulimab 200 mg intravenously once every 3 weeks", ["penpulimab"]), ("active surveillance", [])]
    r = record(nlp, "Patients were randomly assigned to sorafenib or placebo, with TACE performed in both groups.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "sorafenib"], ["TACE", "placebo"]]


def test_linker_a_clause_before_the_both_groups_clause_is_not_shared(nlp):
    r = record(nlp, "Patients were randomly assigned to pembrolizumab plus regorafenib or regorafenib alone. "
                    "Pembrolizumab 200 mg was infused every 3 weeks (day 1 of each 21-day cycle); regorafenib was "
                    "taken orally at 120 mg once daily in both groups.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["pembrolizumab", "regorafenib"], ["regorafenib"]]
    assert r["arms"][1]["regimen"][0]["dose"] == 120
    # a treatment no arm had yet, written in the clause before, is still everyone's
    r = record(nlp, "Patients were randomly assigned to durvalumab or durvalumab plus tremelimumab. Hepatectomy "
                    "followed 4 weeks later; after surgery, patients in both groups received durvalumab every 4 weeks.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["durvalumab", "resection"], ["durvalumab", "resection", "tremelimumab"]]


def test_linker_a_bare_number_before_a_dose_is_an_alternative_dose(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib (12 or 8 mg once daily, by body weight) or "
                    "sorafenib 400 mg twice daily.")
    assert [(c["dose"], c["unit"], c["frequency"]) for c in r["arms"][0]["regimen"]] == [(12, "mg", "QD"), (8, "mg", "QD")]
    # the last of a list of dose levels is not
    r = record(nlp, "Patients received anlotinib 8, 10 or 12 mg orally once daily plus atezolizumab 1200 mg every 3 weeks.")
    assert 10 not in [c.get("dose") for a in r["arms"] for c in a["regimen"]]


def test_linker_an_arm_named_by_its_modifier_before_a_route(nlp):
    r = record(nlp, "Patients were randomly assigned to continuous oral sorafenib 400 mg twice daily or to intermittent "
                    "oral sorafenib 400 mg twice daily on days 1-5 of each week. The 6-month PFS rate was 52.0% in the "
                    "intermittent arm and 47.5% in the continuous arm.")
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[47.5], [52.0]]


def test_linker_a_subgroup_by_weight_or_age_is_left_out(nlp):
    for opening in ("Among patients weighing <60 kg", "In patients aged 65 years or older"):
        r = record(nlp, f"Patients were randomly assigned to sorafenib or placebo. {opening}, the 6-month PFS rate was "
                        "63.0% with sorafenib and 52.4% with placebo.")
        assert [a["outcomes"] for a in r["arms"]] == [[], []] and r["outcomes"] == []


def test_linker_an_arm_of_a_dosing_way_is_named_with_dosing(nlp):
    r = record(nlp, "Patients were randomly assigned to continuous sorafenib 400 mg twice daily or to intermittent "
                    "sorafenib 400 mg twice daily on days 1-5 of each week. Grade 3 or higher hypertension occurred in "
                    "11% with continuous dosing.")
    assert [[e["percent"] for e in a["adverse_events"]] for a in r["arms"]] == [[11], []]


def test_linker_arms_named_with_a_comma_in_a_legend_line(nlp):
    r = record(nlp, "Patients were randomised 1:1 to Arm A or Arm B.\n\n"
                    "Arm A, lenvatinib + TACE (n = 40); Arm B, TACE alone (n = 41).\n\n"
                    "Median PFS was 10.2 months in Arm A and 6.1 months in Arm B. The PFS benefit was consistent in "
                    "pts with Vp4 thrombus (HR 0.47; 95% CI 0.24-0.92).")
    assert [a["label"] for a in r["arms"]] == ["Arm A: lenvatinib + TACE (n = 40)", "Arm B: TACE alone (n = 41)"]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[10.2], [6.1]]
    assert r["comparisons"] == []


def test_linker_lines_under_one_line_arms_are_every_arms(nlp):
    r = record(nlp, "Study design\n"
                    "Arm A: cTACE + sorafenib 400 mg p.o. b.i.d.\n"
                    "Arm B: cTACE + placebo p.o. b.i.d.\n"
                    "Stratification: BCLC stage\n"
                    "• cTACE: epirubicin 30-50 mg/m2 emulsified in lipiodol 5-20 mL, repeated on demand\n"
                    "• Sorafenib/placebo started 3-7 days after the first TACE\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol", "sorafenib"], ["TACE", "epirubicin", "lipiodol", "placebo"]]


def test_linker_radiation_in_sessions_counts_its_fractions(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE followed by SBRT or TACE alone. In the SBRT group, patients "
                    "received 40 Gy in five sessions.")
    rt = next(c for c in r["arms"][0]["regimen"] if c["kind"] == "radiation")
    assert (rt["dose"], rt["fractions"]) == (40, 5)


def test_linker_a_safety_paragraph_about_one_arm_gives_it_its_events(nlp):
    r = record(nlp, "Patients were randomly assigned to durvalumab plus bevacizumab or sorafenib. Safety was evaluated "
                    "in 310 patients who received at least one dose of durvalumab with bevacizumab. Serious adverse "
                    "reactions occurred in 33% of patients. Fatal adverse reactions occurred in 2.9% of patients.")
    assert [[(e["term"], e["grade"], e["percent"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("serious adverse event", None, 33), ("any adverse event", "5", 2.9)], []]
    assert r["adverse_events"] == []


def test_linker_matching_placebos_stand_for_every_drug(nlp):
    r = record(nlp, "Patients were randomly assigned to atezolizumab 1200 mg every 3 weeks plus bevacizumab 15 mg/kg, "
                    "or matching placebos.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["atezolizumab", "bevacizumab"], ["placebo"]]
    # one placebo stands for the last drug only
    r = record(nlp, "Patients were randomly assigned to sorafenib plus erlotinib or placebo.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["erlotinib", "sorafenib"], ["placebo", "sorafenib"]]


def test_linker_an_arm_line_after_a_registry_field_name(nlp):
    r = record(nlp, "Intervention/exposure:\n"
                    "Arm B (intervention): SBRT 40 Gy in 5 fractions, then durvalumab 1500 mg IV every 4 weeks.\n\n"
                    "Comparator / control treatment: Arm A (control): durvalumab 1500 mg IV every 4 weeks alone.\n")
    assert [(a["label"][:5], sorted(c["name"] for c in a["regimen"])) for a in r["arms"]] == [
        ("Arm B", ["durvalumab", "radiotherapy"]), ("Arm A", ["durvalumab"])]


def test_linker_a_route_before_a_colon_list_without_a_closing_schedule(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX or sorafenib. In the HAIC group, all agents were "
                    "infused through the hepatic artery: oxaliplatin 85 mg/m2 over 2 h, leucovorin 400 mg/m2 over 2 h, "
                    "fluorouracil 400 mg/m2 as a bolus, and then fluorouracil 2400 mg/m2 over 46 h, every 3 weeks.")
    assert {(c["name"], c.get("route")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"} == {
        ("oxaliplatin", "intra-arterial"), ("leucovorin", "intra-arterial"), ("fluorouracil", "intra-arterial")}


def test_linker_dose_levels_of_the_drug_before_and_an_expansion_at_the_rp2d(nlp):
    r = record(nlp, "In this phase I study, patients received cabozantinib orally once daily. Dose escalation followed "
                    "a 3 + 3 design through four dose levels (20, 40, 60 and 80 mg), and an expansion cohort was then "
                    "treated at the recommended phase 2 dose (RP2D). The MTD was 60 mg once daily. Because of late "
                    "toxicity, the RP2D was set at 40 mg once daily.")
    assert [(a["label"].split(":")[0], [(c["name"], c.get("dose")) for c in a["regimen"]]) for a in r["arms"]] == [
        ("phase I", [("cabozantinib", 20)]), ("expansion", [("cabozantinib", 40)])]
    # an expansion not said to be at the RP2D takes the MTD, as declared first
    r = record(nlp, "In this phase I study, patients received cabozantinib orally once daily. Dose escalation followed "
                    "a 3 + 3 design through four dose levels (20, 40, 60 and 80 mg), and an expansion cohort followed. "
                    "The MTD was 60 mg once daily. Because of late toxicity, the RP2D was set at 40 mg once daily.")
    assert [c.get("dose") for c in r["arms"][-1]["regimen"]] == [60]


def test_linker_enrolment_written_in_the_active_voice_after_screening(nlp):
    for sentence, n in (("We screened 391 and randomized 248, so 124 per arm.", 248),
                        ("The team screened 420 patients and enrolled 300.", 300)):
        r = record(nlp, f"Patients were randomly assigned to SBRT plus sorafenib or sorafenib alone. {sentence}")
        assert r["enrollment"]["actual"] == n


def test_linker_a_registrys_outcome_fields_with_their_type_fields_below(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus apatinib or TACE alone.\n\n"
                    "Outcomes:\n"
                    "Outcome: Progression-free survival\n"
                    "Type: Primary indicator\n"
                    "Measure time point of outcome: Every 6-8 weeks\n"
                    "Outcome: Overall survival\n"
                    "Type: Seco\n"
                    "Measure time point of outcome: Every 3 months\n")
    assert r["endpoints"] == [{"name": "PFS", "role": "primary"}, {"name": "OS", "role": "secondary"}]


def test_linker_either_with_an_added_drug_or_alone(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib 8 mg once daily, either combined with a single "
                    "dose of ipilimumab 1 mg/kg (intravenous, day 1 only; LEN+IPI) or alone (LEN). In total, 90 "
                    "patients were randomised (46 LEN+IPI, 44 LEN).")
    assert [sorted(a.get("regimen") and c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["ipilimumab", "lenvatinib"], ["lenvatinib"]]
    assert [a["n"] for a in r["arms"]] == [46, 44]
    assert [c.get("dose") for c in r["arms"][1]["regimen"]] == [8]


def test_linker_two_named_groups_described_in_one_sentence_one_on_the_basis_of_the_other(nlp):
    r = record(nlp, "Eighty patients were randomly divided into a study group and a control group, with 40 cases in each group. "
                    "The control group was treated with TACE, while the study group was given apatinib 250 mg once "
                    "daily on the basis of the control group.")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["TACE", "apatinib"], 40), (["TACE"], 40)]


def test_linker_groups_named_with_an_indefinite_article_take_their_sentences(nlp):
    r = record(nlp, "The patients were divided into a thymalfasin group (n=74) and a control group (n=90). Patients "
                    "in the thymalfasin group were given thymalfasin 1.6 mg subcutaneously twice a week; patients in "
                    "the control group received routine follow-up only. The 2-year RFS rate was 67.6% in the "
                    "thymalfasin group and 52.2% in the control group.")
    assert [(a["label"], a["n"], [c["name"] for c in a["regimen"]]) for a in r["arms"]] == [
        ("thymalfasin group", 74, ["thymalfasin"]), ("control group", 90, [])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 67.6)], [("RFS", 52.2)]]


def test_linker_a_decoction_taken_by_a_named_group_is_its_drug(nlp):
    r = record(nlp, "Methods Eighty patients were randomly divided into an observation group and a control group, 40 "
                    "cases in each group. The control group received MWA alone, and the observation group took "
                    "Yiqi Huayu Decoction orally on the basis of the control group. Conclusion Yiqi Huayu Decoction "
                    "combined with MWA is safe. One dose a day, decocted in water, 200 mL twice daily.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["MWA", "yiqi huayu decoction"], ["MWA"]]


def test_linker_a_backbone_with_one_drug_with_another_or_alone(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1:1 to durvalumab 1500 mg plus bevacizumab 15 mg/kg with "
                    "the anti-NKG2A antibody monalizumab 750 mg (cohort 1), with the anti-CD73 antibody oleclumab "
                    "3000 mg (cohort 2), or alone (cohort 3). All drugs were given intravenously every 3 weeks (on "
                    "day 1 of each 21-day cycle). ORR was 31.0% in cohort 1, 24.2% in cohort 2 and 18.5% in "
                    "cohort 3.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["bevacizumab", "durvalumab", "monalizumab"], ["bevacizumab", "durvalumab", "oleclumab"],
        ["bevacizumab", "durvalumab"]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 31.0)], [("ORR", 24.2)], [("ORR", 18.5)]]
    assert {(c["frequency"], c["days"], c["cycle_days"], c["route"]) for a in r["arms"] for c in a["regimen"]} == {
        ("Q3W", "1", 21, "iv")}


def test_linker_a_combination_either_with_an_added_drug_or_alone(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib 400 mg twice daily plus TACE, either with "
                    "nivolumab 240 mg every 2 weeks (group A) or alone (group B).")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "nivolumab", "sorafenib"], ["TACE", "sorafenib"]]


def test_linker_details_for_the_arms_with_a_treatment_and_an_arm_right_after_its_value(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib alone (SOR), sorafenib plus TACE (SOR-TACE), or "
                    "sorafenib plus TACE and radiotherapy (SOR-TACE-RT). In the two TACE groups, TACE was done with "
                    "idarubicin 10 mg in both groups. PFS was longest in the SOR-TACE-RT group: median 9.1 months "
                    "(7.0-11.2) versus 6.3 months (5.1-7.5) with SOR-TACE and 3.2 months (2.5-3.9) with SOR alone.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["sorafenib"], ["TACE", "idarubicin", "sorafenib"], ["TACE", "idarubicin", "radiotherapy", "sorafenib"]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 3.2)], [("PFS", 6.3)], [("PFS", 9.1)]]


def test_linker_doses_by_body_weight_written_with_the_weight_in_brackets(nlp):
    r = record(nlp, "Patients were randomized to sorafenib 400 mg twice daily or to lenvatinib 12 mg (body weight "
                    ">=60 kg) or 8 mg (<60 kg) orally once daily.")
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("sorafenib", 400)], [("lenvatinib", 12), ("lenvatinib", 8)]]


def test_linker_nejm_style_doses_in_brackets_sharing_a_trailing_route_and_schedule(nlp):
    r = record(nlp, "Patients were randomly assigned to receive atezolizumab (1200 mg) plus bevacizumab (15 mg per "
                    "kilogram of body weight) intravenously every 3 weeks or sorafenib (400 mg orally twice daily). "
                    "An objective response occurred in 89 of 326 patients (27.3%) in the atezolizumab-bevacizumab "
                    "group and in 19 of 159 (11.9%) in the sorafenib group, with complete responses in 18 of 326 "
                    "(5.5%) and 1 of 159 (0.6%). Grade 3 or 4 adverse events occurred in 56.5% of the 329 treated patients "
                    "in the atezolizumab-bevacizumab group and in 55.1% of the 156 treated patients in the "
                    "sorafenib group.")
    assert [[(c["name"], c.get("dose"), c.get("unit"), c.get("frequency"), c.get("route")) for c in a["regimen"]]
            for a in r["arms"]] == [
        [("atezolizumab", 1200, "mg", "Q3W", "iv"), ("bevacizumab", 15, "mg/kg", "Q3W", "iv")],
        [("sorafenib", 400, "mg", "BID", "oral")]]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("ORR", 27.3, 89), ("CR", 5.5, 18)], [("ORR", 11.9, 19), ("CR", 0.6, 1)]]
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", "3-4", 56.5)], [("any adverse event", "3-4", 55.1)]]


def test_linker_fatal_events_counted_before_each_arm(nlp):
    r = record(nlp, "Patients were randomized to regorafenib or placebo. One regorafenib-treated patient and three "
                    "placebo-treated patients had fatal treatment-related adverse events.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 1)], [("any adverse event", "5", 3)]]


def test_linker_events_before_a_no_grade_5_clause_and_most_often(nlp):
    r = record(nlp, "Patients received lenvatinib 8 mg once daily. Grade 3-4 TRAEs occurred in 12 pts (30.0%), most "
                    "often hypertension (12.5%) and proteinuria (7.5%); there were no grade 5 TRAEs.")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [[
        ("any adverse event", "5", 0, None), ("any adverse event", "3-4", 12, 30),
        ("hypertension", "3-4", None, 12.5), ("proteinuria", "3-4", None, 7.5)]]


def test_linker_non_native_wording_tilde_ranges_and_landmark_pairs(nlp):
    r = record(nlp, "Eligible patients were aged 18~75 years. Patients were randomly allocated (1:1) into TACE-apatinib "
                    "group (n=60) and TACE group (n=60). All patients received TACE with lipiodol (5~20ml). In the "
                    "TACE-apatinib group, apatinib was given orally 500 mg once a day; when grade 3 toxicity occured, "
                    "apatinib was interrupted and then resumed at 250 mg. The median PFS of TACE-apatinib group was "
                    "9.2 months, significantly longer than 5.1 months(95%CI: 4.0-6.2) of TACE group (HR=0.52, 95%CI "
                    "0.35~0.77). The 1-year and 2-year OS rate were 80.0% vs. 65.0% and 45.0% vs. 30.0%, respectively. "
                    "ORR in TACE-apatinib group was 55.0%(33/60) compared with 35.0%(21/60) in TACE group.")
    assert [(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [("age", ">=", 18), ("age", "<=", 75)]
    assert [[(c["name"], c.get("dose"), c.get("dose_max")) for c in a["regimen"]] for a in r["arms"]] == [
        [("TACE", None, None), ("apatinib", 500, None), ("lipiodol", 5, 20)], [("TACE", None, None), ("lipiodol", 5, 20)]]
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("PFS", None, 9.2), ("OS", 12, 80), ("OS", 24, 45), ("ORR", None, 55)],
        [("PFS", None, 5.1), ("OS", 12, 65), ("OS", 24, 30), ("ORR", None, 35)]]
    assert comparisons(r, "value", "ci_low", "ci_high") == [(0.52, 0.35, 0.77)]


def test_linker_a_list_of_values_then_the_arms_named_after_it(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib alone (SOR), sorafenib plus TACE (SOR-TACE), or "
                    "sorafenib plus TACE and radiotherapy (SOR-TACE-RT). Grade 3 or 4 diarrhoea occurred in 10 (12%) "
                    "patients given SOR alone versus 8 (9%) and 6 (7%) in the SOR-TACE and SOR-TACE-RT groups.")
    assert per_arm(r, "adverse_events", "term", "count") == [[("diarrhea", 10)], [("diarrhea", 8)], [("diarrhea", 6)]]


def test_linker_a_grade_5_event_with_its_cause_and_day_in_a_bracket_on_a_broken_line(nlp):
    r = record(nlp, "Patients were randomized to nivolumab (NIVO) or sorafenib (SOR).\n\nSerious TRAEs occurred in "
                    "11 (18.0%) and 5 (8.2%)\n  patients, respectively. One grade 5 TRAE (immune-mediated hepatitis,\n"
                    "  day 38) occurred in the NIVO arm.\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("serious adverse event", None, 11), ("immune-mediated hepatitis", "5", 1)],
        [("serious adverse event", None, 5)]]
    assert [c.get("days") for a in r["arms"] for c in a["regimen"]] == [None, None]


def test_linker_arms_the_arm_sentence_cannot_tell_apart_come_from_the_title(nlp):
    r = record(nlp, "Sorafenib combined with TACE versus TACE alone for intermediate HCC: a randomized trial\n\n"
                    "Patients were randomly assigned to the TACE-S group or the TACE group. In both groups, TACE was "
                    "performed with epirubicin 40 mg.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "sorafenib"], ["TACE", "epirubicin"]]


def test_linker_a_study_protocol_abstract(nlp):
    r = record(nlp, "Neoadjuvant sintilimab versus upfront hepatectomy for resectable HCC: study protocol for a "
                    "randomised phase II trial\n\nIntroduction Recurrence after resection is common.\n"
                    "Methods and analysis Adults aged 18-75 years with Child-Pugh class A are eligible. Participants "
                    "will be randomly assigned, stratified by planned operation (hepatectomy vs transplantation), to "
                    "neoadjuvant therapy or to upfront surgery. In the neoadjuvant arm, sintilimab 200 mg is given "
                    "intravenously every 3 weeks for two cycles. The primary endpoint is recurrence-free survival. "
                    "Assuming a 2-year RFS of 50% with surgery alone and 65% with neoadjuvant therapy (HR 0.62), a "
                    "two-sided alpha of 0.05 and 80% power, 200 patients will be enrolled.\n"
                    "Ethics and dissemination Results will be published.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["sintilimab"], ["resection"]]
    assert r["arms"][0]["regimen"][0]["dose"] == 200
    assert r["enrollment"] == {"actual": None, "planned": 200}
    assert r["endpoints"] == [{"name": "RFS", "role": "primary"}]
    assert r["comparisons"] == [] and all(a["outcomes"] == [] for a in r["arms"])
    assert [(c["parameter"], c["value"]) for c in r["eligibility"]] == [("age", 18), ("age", 75), ("child_pugh_class", "A")]


def test_linker_landmarks_in_words_and_a_consistency_statement_is_a_subgroup(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib. Twelve-month OS rates were 66.3% and 53.9%, "
                    "respectively. The OS benefit was consistent irrespective of HBV DNA status (detectable: HR 0.62; "
                    "undetectable: HR 0.69).")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("OS", 12, 66.3)], [("OS", 12, 53.9)]]
    assert r["comparisons"] == []


def test_linker_pairwise_ratios_of_three_arms_written_arm_vs_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to group A (n=100), group B (n=100), or group C (n=100). Median OS "
                    "was 14.0, 13.0 and 11.0 months, respectively; HR for A vs C 0.78 (95% CI 0.64-0.95; p=0.006) and "
                    "for B vs C 0.89 (0.74-1.07; p=0.21). Median PFS was 6.9, 5.6 and 3.8 months, respectively (HR A "
                    "vs C 0.62 [0.52-0.74], p<0.0001; B vs C 0.74 [0.62-0.88], p=0.0007).")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("OS", 0.78, 0.64, 0.95, "0.006"), ("OS", 0.89, 0.74, 1.07, "0.21"),
        ("PFS", 0.62, 0.52, 0.74, "<0.0001"), ("PFS", 0.74, 0.62, 0.88, "0.0007")]


def test_linker_bulleted_results_landmark_of_two_endpoints_one_sided_p_after_and_maturity(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or placebo.\n"
                    "• Median RFS: 33.8 vs 24.6 months (HR 0.76; 95% CI 0.62-0.93; two-sided P = .008, one-sided "
                    "P = .004)\n"
                    "• Median OS: not reached vs 52.7 months; OS data immature at 21% maturity\n"
                    "• Immune-mediated AEs of any grade: 81 (24.3%) vs 26 (7.8%)\n")
    assert comparisons(r, "endpoint", "p") == [("RFS", "0.008")]
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("RFS", None, 33.8), ("OS", None, None)], [("RFS", None, 24.6), ("OS", None, 52.7)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("immune-mediated adverse event", "any", 81)], [("immune-mediated adverse event", "any", 26)]]


def test_linker_one_landmark_for_two_endpoints(nlp):
    r = record(nlp, "Patients received SBRT followed by sintilimab 200 mg every 3 weeks. The 1-year PFS and OS rates "
                    "were 43.6% (95% CI, 29.8-63.8) and 74.4% (95% CI, 61.2-90.4), respectively.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value", "ci_low") == [
        [("PFS", 12, 43.6, 29.8), ("OS", 12, 74.4, 61.2)]]


def test_linker_landmark_list_after_an_earlier_mention_of_the_same_endpoint(nlp):
    # the landmark belongs to the "PFS" of the list, not to the "median PFS" of the clause before
    r = record(nlp, "Patients received SBRT followed by sintilimab 200 mg every 3 weeks. Median PFS was 9.1 months "
                    "(95% CI, 6.4-11.8); the 2-year PFS and OS rates were 31.0% and 62.5%, respectively.")
    assert per_arm(r, "outcomes", "endpoint", "stat", "timepoint_months", "value") == [
        [("PFS", "median", None, 9.1), ("PFS", "rate", 24, 31.0), ("OS", "rate", 24, 62.5)]]


def test_linker_event_counts_in_a_bracket_after_the_grade(nlp):
    r = record(nlp, "Patients received sintilimab 200 mg every 3 weeks. Immune-related adverse events of grade 3 "
                    "or higher occurred in 5 (11.9%): hepatitis (grade 3, n = 3), pneumonitis (grade 3, n = 1) "
                    "and colitis (grade 4; n = 1).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("immune-related adverse event", ">=3", 5), ("hepatitis", "3", 3), ("pneumonitis", "3", 1),
         ("colitis", "4", 1)]]


def test_linker_deaths_listed_after_a_colon_with_their_arms(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib alone (SOR), sorafenib plus TACE (SOR-TACE), or "
                    "sorafenib plus TACE and radiotherapy (SOR-TACE-RT). There were three treatment-related deaths: "
                    "hepatic failure in one patient in the SOR-TACE group, and hepatic failure and sepsis in one "
                    "patient each in the SOR-TACE-RT group.")
    assert [(e["term"], e["grade"], e["count"]) for e in r["adverse_events"]] == [("any adverse event", "5", 3)]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [], [("hepatic failure", "5", 1)], [("hepatic failure", "5", 1), ("sepsis", "5", 1)]]


def test_linker_enrolled_adults_with_criteria_and_a_role_written_also_a_secondary_endpoint(nlp):
    r = record(nlp, "This phase I trial enrolled adults with advanced HCC, Child-Pugh class A liver function and an "
                    "ECOG performance status of 0 or 1. Patients received lenvatinib 8 mg once daily. The primary "
                    "endpoint was safety. Objective response, also a secondary endpoint, was assessed by mRECIST.")
    assert [(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [
        ("child_pugh_class", "=", "A"), ("ecog", "<=", 1)]
    assert {"name": "ORR", "role": "secondary"} in r["endpoints"]


@pytest.mark.parametrize("sentence", ["A sample size of 130 patients was planned.",
                                      "A total of 130 patients were planned."])
def test_linker_planned_enrolment_written_in_prose(nlp, sentence):
    r = record(nlp, "Patients were randomized to HAIC or sorafenib. " + sentence)
    assert r["enrollment"]["planned"] == 130


@pytest.mark.parametrize("sentence", ["A total of 144 patients were randomised, 72 to each group.",
                                      "We enrolled 72 patients in each arm."])
def test_linker_the_same_size_for_each_arm(nlp, sentence):
    r = record(nlp, "Patients were randomized to proton beam therapy or radiofrequency ablation. " + sentence)
    assert [a["n"] for a in r["arms"]] == [72, 72]


def test_linker_no_named_event_in_either_arm_is_each_arm_s_zero(nlp):
    r = record(nlp, "Patients were randomized to SBRT or TACE. No radiation-induced liver disease or "
                    "treatment-related deaths occurred in either arm.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 0), ("radiation-induced liver disease", None, 0)],
        [("any adverse event", "5", 0), ("radiation-induced liver disease", None, 0)]]


def test_linker_landmarks_written_with_a_letter(nlp):
    r = record(nlp, "Patients were randomized to HAIC or sorafenib. 1-y OS 58.1% vs 33.0%; 6-m PFS 40% vs 20%.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("OS", 12, 58.1), ("PFS", 6, 40)], [("OS", 12, 33), ("PFS", 6, 20)]]


def test_linker_a_paragraph_about_one_arm(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo. In the sorafenib group, the ORR was 28.1% "
                    "(9/32). Median PFS was 6.9 months, and the 6-month PFS rate was 56.3%. Median OS was not "
                    "reached.\n\nMedian PFS was 5.0 vs 3.0 months.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("ORR", None, 28.1), ("PFS", None, 6.9), ("PFS", 6, 56.3), ("OS", None, None), ("PFS", None, 5)],
        [("PFS", None, 3)]]
    assert r["outcomes"] == []


def test_linker_placebo_replaces_the_active_drug(nlp):
    r = record(nlp, "Patients were randomized to TACE plus brivanib 800 mg daily or placebo.")
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [{"TACE", "brivanib"}, {"TACE", "placebo"}]


def test_linker_parallel_results_and_hazard_ratio(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or sorafenib. Median overall survival was 16.4 months "
                    "with nivolumab and 14.7 months with sorafenib (hazard ratio 0.85; 95% CI 0.72-1.02; p=0.075).")
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("OS", 16.4)]
    assert [(o["endpoint"], o["value"]) for o in r["arms"][1]["outcomes"]] == [("OS", 14.7)]
    comp = r["comparisons"][0]
    assert (comp["endpoint"], comp["measure"], comp["value"], comp["ci_low"], comp["ci_high"], comp["p"]) == \
        ("OS", "HR", 0.85, 0.72, 1.02, "0.075")
    assert all(len(c["evidence"]) >= 1 for c in r["comparisons"])


def test_linker_single_arm_results_belong_to_the_arm(nlp):
    r = record(nlp, "This single-arm phase II study enrolled 45 patients who received lenvatinib 12 mg/day. "
                    "The objective response rate was 28.9% (13/45) and the median progression-free survival "
                    "was 7.4 months (95% CI 5.5-9.2).")
    assert r["randomized"] is False and len(r["arms"]) == 1
    arm = r["arms"][0]
    assert regimen(arm) == {("lenvatinib", 12, "mg", "QD")}
    outs = {(o["endpoint"], o["stat"], o["value"], o.get("count"), o.get("total"), o.get("ci_low")) for o in arm["outcomes"]}
    assert outs == {("ORR", "rate", 28.9, 13, 45, None), ("PFS", "median", 7.4, None, None, 5.5)}


def test_linker_respectively_and_landmark_rates(nlp):
    r = record(nlp, "Forty patients received sorafenib 400 mg twice daily. The 1-year overall survival and "
                    "progression-free survival were 55% and 30%, respectively.")
    outs = {(o["endpoint"], o.get("timepoint_months"), o["value"]) for o in r["arms"][0]["outcomes"]}
    assert outs == {("OS", 12, 55), ("PFS", 12, 30)}


def test_linker_adverse_events_with_grades(nlp):
    r = record(nlp, "Thirty patients were treated with sorafenib 400 mg BID. Grade 3 or 4 adverse events "
                    "included hand-foot syndrome (20%), diarrhoea (10%) and nausea/vomiting (3%).")
    aes = {(a["term"], a["grade"], a.get("percent")) for a in r["arms"][0]["adverse_events"]}
    assert aes == {("hand-foot skin reaction", "3-4", 20), ("diarrhea", "3-4", 10),
                   ("nausea", "3-4", 3), ("vomiting", "3-4", 3)}


def test_linker_background_numbers_left_out(nlp):
    r = record(nlp, "Previous studies have shown a response rate of 50% with radiotherapy. "
                    "In this study, 20 patients received sorafenib 400 mg twice daily.")
    assert r["arms"][0]["outcomes"] == [] and r["outcomes"] == []


def test_linker_identifiers(nlp):
    r = record(nlp, "J Hepatol. 2020. doi: 10.1016/J.JHEP.2020.01.001. PMID: 12345678 PMCID: PMC7654321 "
                    "Trial registration: NCT01234567.")
    assert r["ids"] == {"nct": ["NCT01234567"], "pmid": "12345678", "pmcid": "PMC7654321",
                        "doi": "10.1016/j.jhep.2020.01.001"}


def test_linker_registry_eligibility(nlp):
    text = ("Inclusion Criteria\n  • Age ≥ 18 years\n  • ECOG performance status 0 or 1\n"
            "  • Child-Pugh class A\n  • Platelet count ≥ 75 x 10^9/L\n  • Total bilirubin ≤ 2 mg/dL\n"
            "  • AST or ALT < 5 x ULN\n  • Albumin ≥ 28 g/L\n")
    crit = {(c["parameter"], c["operator"], c["value"], c["unit"]) for c in record(nlp, text)["eligibility"]}
    assert crit == {("age", ">=", 18, "years"), ("ecog", "<=", 1, None), ("child_pugh_class", "=", "A", None),
                    ("platelets", ">=", 75, "x10^9/L"), ("bilirubin", "<=", 2, "mg/dL"),
                    ("ast", "<", 5, "xULN"), ("alt", "<", 5, "xULN"), ("albumin", ">=", 2.8, "g/dL")}


def test_linker_endpoint_roles(nlp):
    r = record(nlp, "The primary endpoint was overall survival. Secondary endpoints included time to "
                    "progression and safety.")
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}, {"name": "TTP", "role": "secondary"},
                              {"name": "AE", "role": "secondary"}]


def test_linker_registry_arm_groups(nlp):
    text = ("Arm Groups\nExperimental: Drug X plus TACE\nTACE on demand; apatinib 250 mg orally once daily.\n"
            "Active Comparator: TACE alone\nTACE on demand.\n\nPrimary Outcome Measures\nOverall survival\n")
    r = record(nlp, text)
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [{"TACE", "apatinib"}, {"TACE"}]
    drug = next(c for c in r["arms"][0]["regimen"] if c["name"] == "apatinib")
    assert (drug["dose"], drug["frequency"], drug["route"]) == (250, "QD", "oral")
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}]


def test_linker_on_off_schedule_and_both(nlp):
    r = record(nlp, "Thirty patients received regorafenib 120 mg once daily for 21 days followed by 7 days off, "
                    "with nivolumab 240 mg and ipilimumab 1 mg/kg, both intravenously.")
    comps = {c["name"]: c for c in r["arms"][0]["regimen"]}
    assert (comps["regorafenib"]["days"], comps["regorafenib"]["cycle_days"]) == ("1-21", 28)
    assert comps["nivolumab"]["route"] == comps["ipilimumab"]["route"] == "iv"


def test_linker_landmark_grid_and_group_sizes(nlp):
    r = record(nlp, "Patients were randomly assigned to SBRT or RFA (SBRT, n = 40; RFA, n = 41). "
                    "The 1- and 3-year local control rates were 97% and 90% with SBRT versus 88% and 79% with RFA.")
    assert [a["n"] for a in r["arms"]] == [40, 41]
    rates = [{(o["timepoint_months"], o["value"]) for o in a["outcomes"]} for a in r["arms"]]
    assert rates == [{(12, 97), (36, 90)}, {(12, 88), (36, 79)}]


def test_linker_counts_written_of_total(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib. An objective response occurred in 40 (24%) "
                    "of 167 patients versus 15 (9%) of 166.")
    got = per_arm(r, "outcomes", "endpoint", "value", "count", "total")
    assert got == [[("ORR", 24, 40, 167)], [("ORR", 9, 15, 166)]]


def test_linker_role_written_after_endpoints(nlp):
    r = record(nlp, "Overall survival was the primary endpoint. Disease control and safety were secondary endpoints.")
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}, {"name": "DCR", "role": "secondary"},
                              {"name": "AE", "role": "secondary"}]


def test_linker_entry_criteria_in_a_methods_sentence(nlp):
    r = record(nlp, "Adults aged 20 to 79 years with Child-Pugh A or B7 liver function and an ECOG performance "
                    "status of 0 or 1 were randomly assigned to TACE plus sorafenib or TACE alone.")
    crit = {(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]}
    assert crit == {("age", ">=", 20), ("age", "<=", 79), ("child_pugh_score", "<=", 7), ("ecog", "<=", 1)}


def test_linker_no_toxicity_in_one_arm(nlp):
    r = record(nlp, "Patients were randomized to SBRT or TACE. No grade 3 or higher toxicity occurred after SBRT.")
    assert r["arms"][0]["adverse_events"] == [
        {"term": "any adverse event", "grade": ">=3", "count": 0, "evidence": r["arms"][0]["adverse_events"][0]["evidence"]}]


def test_linker_outcomes_and_adverse_events_in_one_sentence(nlp):
    r = record(nlp, "Forty patients received sorafenib 400 mg twice daily. The 1-year survival rate was 61.0%; "
                    "grade 3 fatigue occurred in 5 patients (12.5%).")
    arm = r["arms"][0]
    assert [(o["endpoint"], o["timepoint_months"], o["value"]) for o in arm["outcomes"]] == [("OS", 12, 61)]
    assert [(a["term"], a["grade"], a["count"], a["percent"]) for a in arm["adverse_events"]] == [("fatigue", "3", 5, 12.5)]


def test_linker_hard_wrapped_pubmed_text_after_affiliations(nlp):
    text = ("1. Some J. 2021;3:1-9.\n\nA randomized trial of drug A versus drug B.\n\nAuthor information:\n"
            "(1)Department of Oncology, Some Hospital, Some City.\n\n"
            "In this randomized trial, patients were assigned to sorafenib 400 mg twice daily or placebo.\n"
            "The median overall survival was 10.7 months with sorafenib and 7.9 months with\nplacebo.\n")
    r = record(nlp, text)
    assert [o["value"] for a in r["arms"] for o in a["outcomes"]] == [10.7, 7.9]


def test_linker_shared_treatment_stops_at_the_randomisation(nlp):
    r = record(nlp, "Every patient underwent DEB-TACE with epirubicin 50 mg, and all patients received DEB-TACE before "
                    "they were randomised (1:1) to apatinib 250 mg once daily or matching placebo. Median PFS was "
                    "9.2 months with apatinib and 6.1 months with placebo.")
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [
        {"apatinib", "DEB-TACE", "epirubicin"}, {"placebo", "DEB-TACE", "epirubicin"}]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 9.2)], [("PFS", 6.1)]]


def test_linker_counts_of_totals_joined_by_and_follow_the_arm_order(nlp):
    r = record(nlp, "In this phase 3 trial, 300 patients were randomly assigned to camrelizumab plus apatinib (n=150) "
                    "or sorafenib (n=150). An objective response was seen in 41 (27.3%) of 150 and 9 (6.0%) of 150 "
                    "patients.")
    got = per_arm(r, "outcomes", "endpoint", "value", "count", "total")
    assert got == [[("ORR", 27.3, 41, 150)], [("ORR", 6.0, 9, 150)]]
    assert r["outcomes"] == []


def test_linker_grade_written_before_a_number(nlp):
    r = record(nlp, "In this single-arm phase 2 study, 40 patients received durvalumab 1500 mg every 4 weeks. "
                    "Adverse events occurred in 36 patients (90.0%) and were grade 3 or 4 in 12 (30.0%). "
                    "Grade 3 pneumonitis developed in 2 patients (5.0%).")
    aes = [(a["term"], a["grade"], a.get("count"), a.get("percent")) for a in r["arms"][0]["adverse_events"]]
    assert ("any adverse event", None, 36, 90.0) in aes
    assert ("any adverse event", "3-4", 12, 30.0) in aes
    assert ("pneumonitis", "3", 2, 5.0) in aes


def test_linker_drugs_of_a_procedure_description_join_its_arms(nlp):
    r = record(nlp, "Patients were randomised to donafenib 200 mg twice daily plus HAIC or donafenib alone. "
                    "HAIC consisted of oxaliplatin 130 mg/m2 and raltitrexed 3 mg/m2, both infused via the hepatic "
                    "artery every 3 weeks.")
    first, second = r["arms"]
    got = {(c["name"], c.get("dose"), c.get("route"), c.get("frequency")) for c in first["regimen"]}
    assert ("oxaliplatin", 130, "intra-arterial", "Q3W") in got
    assert ("raltitrexed", 3, "intra-arterial", "Q3W") in got
    assert {c["name"] for c in second["regimen"]} == {"donafenib"}


def test_regimen_dose_list_after_each_drug(nlp):
    r = record(nlp, "In this single-arm study, patients received gemcitabine 1000 mg/m2, oxaliplatin 100 mg/m2 and "
                    "camrelizumab 200 mg.")
    assert {(c["name"], c.get("dose")) for c in r["arms"][0]["regimen"]} == {
        ("gemcitabine", 1000), ("oxaliplatin", 100), ("camrelizumab", 200)}


def test_linker_each_clause_applies_to_every_alternative(nlp):
    r = record(nlp, "In this phase II trial, patients were randomized 1:1:1 to sorafenib 400 mg, sorafenib 200 mg, or "
                    "placebo, each given orally twice daily. Median PFS was 5.1, 4.6 and 2.8 months, respectively.")
    assert [a["label"] for a in r["arms"]] == ["sorafenib 400 mg", "sorafenib 200 mg", "placebo"]
    assert [(c["name"], c.get("dose"), c.get("route"), c.get("frequency")) for a in r["arms"] for c in a["regimen"]] == [
        ("sorafenib", 400, "oral", "BID"), ("sorafenib", 200, "oral", "BID"), ("placebo", None, "oral", "BID")]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[5.1], [4.6], [2.8]]


def test_linker_no_phase1_arm_in_a_phase2_text_about_a_starting_dose(nlp):
    r = record(nlp, "The best starting dose of lenvatinib at 12 mg is unknown. In this randomized phase II trial, "
                    "patients were assigned to lenvatinib 8 mg or lenvatinib 12 mg once daily.")
    assert [a["label"] for a in r["arms"]] == ["lenvatinib 8 mg", "lenvatinib 12 mg once daily"]


def test_linker_grade_inside_a_terms_brackets_stays_there(nlp):
    r = record(nlp, "In this single-arm phase II study, patients received apatinib 250 mg once daily. Adverse events "
                    "of any grade were fatigue (40.0%; grade 3, 5.0%), hypertension (35.0%) and proteinuria (20.0%). "
                    "Serious (grade >=3) adverse events occurred in 30.0% of patients, including rash (4.0%).")
    aes = [(a["term"], a["grade"], a.get("percent")) for a in r["arms"][0]["adverse_events"]]
    assert ("fatigue", "any", 40.0) in aes and ("fatigue", "3", 5.0) in aes
    assert ("hypertension", "any", 35.0) in aes and ("proteinuria", "any", 20.0) in aes
    assert ("rash", ">=3", 4.0) in aes


def test_linker_immune_related_adverse_events_keep_their_name(nlp):
    r = record(nlp, "In this single-arm phase II study, patients received tislelizumab 200 mg every 3 weeks. "
                    "Grade >=3 immune-related adverse events occurred in 4 patients (8.0%).")
    assert ("immune-related adverse event", ">=3", 4, 8.0) in [
        (a["term"], a["grade"], a.get("count"), a.get("percent")) for a in r["arms"][0]["adverse_events"]]


def test_linker_for_procedure_sentence_and_regimen_schedule(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to HAIC or TACE using a web-based system, stratified by "
                    "centre. For HAIC, a catheter was placed in the hepatic artery, and oxaliplatin 85 mg/m2 and "
                    "raltitrexed 3 mg/m2 were delivered through the hepatic arterial catheter; this regimen was "
                    "repeated every 3 weeks.")
    assert [a["label"] for a in r["arms"]] == ["HAIC", "TACE"]
    got = {(c["name"], c.get("dose"), c.get("route"), c.get("frequency")) for c in r["arms"][0]["regimen"]}
    assert {("oxaliplatin", 85, "intra-arterial", "Q3W"), ("raltitrexed", 3, "intra-arterial", "Q3W")} <= got
    assert {c["name"] for c in r["arms"][1]["regimen"]} == {"TACE"}


def test_linker_bare_counts_after_adverse_event_terms(nlp):
    r = record(nlp, "Patients were randomized to SBRT or RFA. Grade 3 toxicity occurred in 4 SBRT patients, namely "
                    "gastroduodenal ulcer in 3 and radiation pneumonitis in 1, and in 6 RFA patients (4.4%): biloma "
                    "in 4 and liver abscess in 2.")
    sbrt, rfa = ([(a["term"], a["grade"], a.get("count")) for a in arm["adverse_events"]] for arm in r["arms"])
    assert ("gastroduodenal ulcer", "3", 3) in sbrt and ("radiation pneumonitis", "3", 1) in sbrt
    assert ("biloma", "3", 4) in rfa and ("liver abscess", "3", 2) in rfa


def test_linker_count_with_a_share_is_not_a_bare_count(nlp):
    r = record(nlp, "In this single-arm study, patients received sorafenib 400 mg twice daily with radiotherapy. "
                    "Toxicities of grade 3-4 were diarrhea in 2 (11%) patients and fatigue in 1 (6%) patient.")
    aes = [(a["term"], a["grade"], a.get("count"), a.get("percent")) for a in r["arms"][0]["adverse_events"]]
    assert ("diarrhea", "3-4", 2, 11) in aes and ("fatigue", "3-4", 1, 6) in aes


def test_linker_role_written_after_the_endpoints_of_its_clause(nlp):
    r = record(nlp, "Patients were randomized to SBRT or RFA. Local control was the primary endpoint; overall "
                    "survival and toxicity were secondary endpoints.")
    assert {(e["name"], e["role"]) for e in r["endpoints"]} == {("LC", "primary"), ("OS", "secondary"), ("AE", "secondary")}


def test_linker_an_earlier_study_in_which_is_left_out(nlp):
    r = record(nlp, "In this phase 3 trial, patients were randomized to regorafenib or placebo. Median OS was 10.6 "
                    "versus 7.8 months. The result follows the smaller phase 2 RESOLVE study, in which regorafenib "
                    "produced an objective response rate of 11% in 36 patients.")
    assert all(o["endpoint"] != "ORR" for a in r["arms"] for o in a["outcomes"])
    assert all(o["endpoint"] != "ORR" for o in r["outcomes"])


def test_linker_with_or_without_in_a_randomisation_sentence(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to sorafenib 400 mg twice daily with or without "
                    "camrelizumab 200 mg intravenously every 2 weeks.")
    assert [{(c["name"], c.get("dose"), c.get("route"), c.get("frequency")) for c in a["regimen"]} for a in r["arms"]] == [
        {("sorafenib", 400, None, "BID"), ("camrelizumab", 200, "iv", "Q2W")}, {("sorafenib", 400, None, "BID")}]


@pytest.mark.parametrize("text, actual", [
    # a performance status score is no enrolment
    (("Adults with a performance status of 0 or 1 were randomly assigned 1:1 to TACE plus apatinib or TACE alone. "
      "Between 2019 and 2021, 96 patients were randomized."), 96),
    # numbers written in words with hundreds
    (("Patients were randomly assigned to sintilimab or placebo. Six hundred sixty-eight patients underwent "
      "randomization; 336 were assigned to the sintilimab group and 332 to the placebo group."), 668),
    # a poster's count right before "randomized" and a bracket
    (("Patients were randomized 1:1 to lenvatinib or sorafenib.\n"
      "• Jan 2021–Mar 2023: 120 pts screened, 90 randomized (lenvatinib n=45; sorafenib n=45)\n"), 90),
    # the count after "Of N screened," with the randomised patients' characteristics bracketed before
    # the verb; a count of patients with an event, its share after it, is no enrolment
    (("The trial enrolled patients at 5 centres. Of 140 patients screened, 102 (median [IQR] age, 61 [55-70] "
      "years; 80 [78%] men) were randomized to SBRT or TACE. Grade 3 or higher toxic effects were observed "
      "in 6 patients (5.9%)."), 102)])
def test_linker_the_number_randomised_is_the_enrolment(nlp, text, actual):
    assert record(nlp, text)["enrollment"]["actual"] == actual


def test_linker_alone_names_the_arm_with_least_besides(nlp):
    r = record(nlp, "Patients were randomized to TACE plus sorafenib (TACE-S) or TACE alone. TACE was performed with "
                    "doxorubicin 50 mg in both groups. Median TTP was 11.2 months with TACE-S and 6.8 months with "
                    "TACE alone.")
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[11.2], [6.8]]


def test_linker_serious_adverse_events_take_no_distant_grade(nlp):
    r = record(nlp, "Patients were randomized to HAIC or TACE. Grade 3-4 adverse events occurred in 15 (19.2%) and "
                    "24 (30.8%) patients; serious adverse events were reported in 9 (11.5%) and 17 (21.8%) patients, "
                    "respectively.")
    assert [(a["term"], a["grade"], a.get("count")) for a in r["arms"][0]["adverse_events"]] == [
        ("any adverse event", "3-4", 15), ("serious adverse event", None, 9)]


def test_linker_site_written_before_a_general_adverse_event(nlp):
    r = record(nlp, "In this single-arm study, patients received lenvatinib 8 mg once daily. Grade 3 adverse events "
                    "were intraperitoneal hemorrhage in 2 patients (4%) and fatal hemorrhage in 1 (2%).")
    terms = [(a["term"], a.get("count")) for a in r["arms"][0]["adverse_events"]]
    assert ("intraperitoneal hemorrhage", 2) in terms
    assert all(t != "fatal hemorrhage" for t, _ in terms)


def test_linker_second_graded_pair_of_one_term(nlp):
    r = record(nlp, "Patients were randomly assigned to donafenib or sorafenib (64 per group). Hand-foot skin reaction "
                    "of any grade occurred in 31 (48.4%) vs 43 (67.2%), and of grade 3 in 4 (6.3%) vs 11 (17.2%).")
    don, sor = ([(a["term"], a["grade"], a.get("count")) for a in arm["adverse_events"]] for arm in r["arms"])
    assert ("hand-foot skin reaction", "any", 31) in don and ("hand-foot skin reaction", "3", 4) in don
    assert ("hand-foot skin reaction", "any", 43) in sor and ("hand-foot skin reaction", "3", 11) in sor
    assert [a["n"] for a in r["arms"]] == [64, 64]


def test_eligibility_across_a_soft_line_break(nlp):
    lines = ["AB  - BACKGROUND: Sorafenib is the reference first-line therapy for advanced liver",
             "      cancer. METHODS: In this open-label phase 2 trial at 14 centres, patients aged",
             "      18-75 years with unresectable hepatocellular carcinoma and Child-Pugh class A",
             "      were randomly assigned (1:1) to donafenib 200 mg twice daily or sorafenib 400",
             "      mg twice daily. The primary endpoint was time to progression of the disease."]
    r = record(nlp, "\n".join(lines))
    ages = sorted((c["operator"], c["value"]) for c in r["eligibility"] if c["parameter"] == "age")
    assert ages == [("<=", 75), (">=", 18)]


def test_linker_response_breakdown_per_arm(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or sorafenib. ORR was 35.7% (CR n=5, PR n=40) vs 12.9% "
                    "(CR n=1, PR n=15); p<.001.")
    got = per_arm(r, "outcomes", "endpoint", "value", "count")
    assert got == [[("ORR", 35.7, None), ("CR", None, 5), ("PR", None, 40)],
                   [("ORR", 12.9, None), ("CR", None, 1), ("PR", None, 15)]]
    assert comparisons(r, "endpoint", "p") == [("ORR", "<0.001")]


def test_linker_dose_escalation_and_expansion_arms(nlp):
    r = record(nlp, "This phase Ib/II study enrolled patients with advanced HCC. In phase Ib, apatinib was escalated "
                    "from a starting dose of 250 mg once daily (dose level 1) to 500 mg once daily (dose level 2), "
                    "combined with camrelizumab 200 mg every 2 weeks, using a 3+3 design. Overall, 40 patients "
                    "were enrolled: 10 in phase Ib and 30 in phase II. Apatinib 500 mg once daily plus camrelizumab "
                    "200 mg every 2 weeks was declared the RP2D. Two of the 10 phase Ib patients had a partial "
                    "response. In phase II, the ORR was 30.0% (9/30).")
    arms = [(a["n"], {(c["name"], c.get("dose")) for c in a["regimen"]}) for a in r["arms"]]
    assert arms == [(10, {("apatinib", 250), ("camrelizumab", 200)}), (30, {("apatinib", 500), ("camrelizumab", 200)})]
    assert [(o["endpoint"], o.get("value"), o.get("count")) for o in r["arms"][1]["outcomes"]] == [("ORR", 30.0, 9)]


def test_linker_the_mtd_written_as_a_dose_before_any_drug(nlp):
    r = record(nlp, "In this phase I study, dose escalation followed a 3+3 design through three levels of "
                    "sunitinib taken orally: 25 mg once daily, 37.5 mg once daily and 50 mg once daily, with "
                    "nivolumab 240 mg every 2 weeks. An expansion cohort was treated at the RP2D. The MTD was 37.5 "
                    "mg once daily, which was selected as the RP2D with nivolumab 240 mg every 2 weeks.")
    arms = [{(c["name"], c.get("dose")) for c in a["regimen"]} for a in r["arms"]]
    assert arms == [{("sunitinib", 25), ("nivolumab", 240)}, {("sunitinib", 37.5), ("nivolumab", 240)}]


def test_linker_dose_limiting_toxicities_of_the_escalation_part(nlp):
    r = record(nlp, "In this phase I study, dose escalation followed a 3+3 design through three levels of "
                    "sunitinib taken orally: 25 mg once daily, 37.5 mg once daily and 50 mg once daily, with "
                    "nivolumab 240 mg every 2 weeks. An expansion cohort was treated at the RP2D. No DLT occurred "
                    "at 25 mg (0/3). At 37.5 mg, one of six DLT-evaluable patients had a DLT; DLTs occurred in 2 of "
                    "4 patients at 50 mg. The MTD was 37.5 mg once daily, which was selected as the RP2D with "
                    "nivolumab 240 mg every 2 weeks.")
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [
        [("DLT", 0, 3), ("DLT", 1, 6), ("DLT", 2, 4)], []]
    r = record(nlp, "Patients received lenvatinib in a 3+3 dose escalation. Of the 18 DLT-evaluable patients, 3 had "
                    "a DLT. Dose-limiting toxicities were defined as grade 4 events in 2 of 3 organ systems.")
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [[("DLT", 3, 18)]]


def test_linker_fraction_before_a_share_and_follow_up_left_out(nlp):
    r = record(nlp, "In this single-arm phase II study, patients received lenvatinib 8 mg once daily. In the "
                    "expansion cohort (n = 40; median follow-up, 11.6 months), complete responses were seen in "
                    "2/40 (5.0%). A randomised phase III trial is being planned.")
    outs = [(o["endpoint"], o["stat"], o.get("value"), o.get("count"), o.get("total")) for o in r["arms"][0]["outcomes"]]
    assert outs == [("CR", "rate", 5.0, 2, 40)]
    assert r["randomized"] is False


def test_linker_hyphenated_arm_references(nlp):
    r = record(nlp, "Patients were randomized to TACE plus apatinib or TACE alone. Grade >=3 adverse events occurred "
                    "in 20 (33.3%) apatinib-treated and 9 (15.0%) TACE-alone patients.")
    assert per_arm(r, "adverse_events", "grade", "count") == [
        [(">=3", 20)], [(">=3", 9)]]


def test_linker_grade_of_a_generic_term_stays_with_it(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib. Grade 3 or higher adverse events occurred "
                    "in 15 (36.6%) and 10 (30.3%) patients, and hepatic encephalopathy in 4 (9.8%) and 2 (6.1%), "
                    "respectively. Grade 3-4 events occurred in 20 (48.8%) and 12 (36.4%), most commonly "
                    "hypertension (7 [17.1%] vs 2 [6.1%]).")
    len_arm = [(a["term"], a["grade"], a.get("count")) for a in r["arms"][0]["adverse_events"]]
    assert ("hepatic encephalopathy", None, 4) in len_arm
    assert ("hypertension", "3-4", 7) in len_arm


def test_linker_counts_in_words_of_a_qualified_total(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib. Objective response was observed in eleven "
                    "of the forty-one lenvatinib-treated patients (26.8%) and in three of the thirty-three "
                    "sorafenib-treated patients (9.1%).")
    got = per_arm(r, "outcomes", "endpoint", "value", "count", "total")
    assert got == [[("ORR", 26.8, 11, 41)], [("ORR", 9.1, 3, 33)]]


def test_linker_serious_adverse_events_with_numbers_further_away(nlp):
    r = record(nlp, "In this single-arm phase II study, patients received durvalumab 1500 mg every 4 weeks. Serious "
                    "treatment-related AEs occurred with durvalumab in the whole safety population (12.5%; 20/160).")
    assert ("serious adverse event", None, 20, 12.5) in [
        (a["term"], a["grade"], a.get("count"), a.get("percent")) for a in r["arms"][0]["adverse_events"]]


def test_linker_zero_counts_for_the_other_arm_and_clause_bound_refs(nlp):
    r = record(nlp, "Patients were randomized to Y90 alone (Group A) or Y90 plus sorafenib (Group B). In the sorafenib "
                    "group, there were 4/8 biliary complications (p = 0.03) and 3/8 acute rejections (p = 0.08); "
                    "there were none in the Y90-only group.")
    a, b = ([(x["term"], x.get("count")) for x in arm["adverse_events"]] for arm in r["arms"])
    assert ("acute rejection", 3) in b and ("biliary complication", 4) in b
    assert ("acute rejection", 0) in a and ("biliary complication", 0) in a


def test_linker_registry_outcome_descriptions_stay_in_their_section(nlp):
    text = ("Outcome Measures\n\nPrimary Outcome Measures\nProgression-free survival (PFS)\nDescription: Time from "
            "randomization to progression or death.\nTime Frame: Up to 24 months\n\nSecondary Outcome Measures\n"
            "Overall survival (OS)\nDescription: Time from randomization to death.\nTime Frame: Up to 36 months\n\n"
            "Objective response rate (ORR)\nDescription: Proportion of participants with complete response (CR) or "
            "partial response (PR).\nTime Frame: Up to 24 months\n")
    r = record(nlp, text)
    assert r["endpoints"] == [{"name": "PFS", "role": "primary"}, {"name": "OS", "role": "secondary"},
                              {"name": "ORR", "role": "secondary"}]


def test_linker_role_in_an_apposition(nlp):
    r = record(nlp, "Patients were randomized to camrelizumab plus rivoceranib or sorafenib. Overall survival, the "
                    "primary end point, reached a median of 22.1 months. Progression-free survival, a key secondary "
                    "end point, was 5.6 versus 3.7 months.")
    assert {(e["name"], e["role"]) for e in r["endpoints"]} == {("OS", "primary"), ("PFS", "secondary")}


def test_linker_drugs_of_an_unnamed_procedure_course(nlp):
    r = record(nlp, "Patients were randomly allocated to HAIC or sorafenib. Each FP course (days 1-5, every 4 weeks) "
                    "consisted of cisplatin 50 mg on day 1 and 5-fluorouracil 1500 mg on days 1-5. Sorafenib was "
                    "started at 400 mg twice daily.")
    haic, sora = ({(c["name"], c.get("dose")) for c in a["regimen"]} for a in r["arms"])
    assert {("HAIC", None), ("cisplatin", 50), ("fluorouracil", 1500)} <= haic
    assert sora == {("sorafenib", 400)}


def test_linker_landmark_grid_keeps_the_medians_arms(nlp):
    r = record(nlp, "Patients underwent resection or RFA. The 3-year and 5-year RFS rates were 55.4% and 40.8% in "
                    "the resection group versus 41.6% and 28.9% in the RFA group, and median RFS was 44.2 months "
                    "versus 28.7 months. Major complications occurred in 23 (9.3%) patients after resection and in "
                    "3 (1.8%) after RFA.")
    medians = [[o["value"] for o in a["outcomes"] if o["stat"] == "median"] for a in r["arms"]]
    assert medians == [[44.2], [28.7]]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("major complication", 23)], [("major complication", 3)]]


def test_linker_arm_named_in_a_size_list(nlp):
    r = record(nlp, "Patients were randomly allocated to HAIC or sorafenib. A total of 102 patients were randomized "
                    "(New FP, n = 50; sorafenib, n = 52). The MST was 15.2 months in the New FP group and 9.8 months "
                    "in the sorafenib group.")
    assert [a["n"] for a in r["arms"]] == [50, 52]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[15.2], [9.8]]


@pytest.mark.parametrize("text", [
    # numbers after the names of regimens outside an enrolment sentence
    "Patients were randomly assigned to apatinib 750 mg once daily with or without HAIC. The doses given were "
    "(HAIC-apatinib 96, apatinib 97).",
    # a count of procedures in a bracket
    "Patients were randomly assigned to sorafenib plus TACE or sorafenib alone. Patients in the combination arm "
    "underwent repeated procedures (median, 2 TACE sessions).",
])
def test_linker_numbers_beside_a_regimen_that_count_no_patients_are_no_arm_sizes(nlp, text):
    assert [a["n"] for a in record(nlp, text)["arms"]] == [None, None]


def test_linker_groups_numbered_in_roman_listed_with_and(nlp):
    # "Group I (...), Group II (...) and Group III (...)": three arms; "Group III" is no "Group II"
    r = record(nlp, "In total, 90 patients were randomly divided into three groups: Group I (cTACE + apatinib, n = 30), "
                    "Group II (cTACE alone, n = 31) and Group III (apatinib alone, n = 29). Grade 3 hypertension "
                    "occurred in 5 (16.7%) patients in Group I and 4 (13.8%) patients in Group III.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "apatinib"], ["TACE"], ["apatinib"]]
    assert [a["n"] for a in r["arms"]] == [30, 31, 29]
    assert per_arm(r, "adverse_events", "term", "count") == [[("hypertension", 5)], [], [("hypertension", 4)]]


def test_linker_alternatives_separated_by_semicolons_up_to_a_last_or(nlp):
    r = record(nlp, "After resection, patients were randomised to adjuvant HAIC with oxaliplatin (85 mg/m2; two "
                    "sessions); adjuvant sorafenib, 400 mg twice daily; or observation alone.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["HAIC", "oxaliplatin"], ["sorafenib"], []]
    # a ';' that no '; or' follows still ends the randomisation clause
    r = record(nlp, "Patients were randomised to sorafenib or placebo; 12 patients received radiotherapy before entry.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["sorafenib"], ["placebo"]]


def test_linker_contents_of_a_treatment_timed_after_the_operation(nlp):
    # "4 to 6 weeks after surgery (epirubicin ...)": the bracket is the TACE's, not a prior therapy's
    r = record(nlp, "Patients were randomized to adjuvant TACE 3 to 5 weeks after hepatectomy (idarubicin, 10 mg, "
                    "with 5 mL of lipiodol) or to surveillance.")
    assert {(c["name"], c.get("dose")) for c in r["arms"][0]["regimen"]} >= {("idarubicin", 10), ("lipiodol", 5)}


def test_linker_endpoint_roles_after_a_criteria_line_without_a_heading_of_their_own(nlp):
    r = record(nlp, "Patients were randomly assigned to donafenib or sorafenib.\n"
                    "Key inclusion criteria: age 18-75 years; Child-Pugh class A; ECOG PS 0-1.\n"
                    "The primary endpoint was overall survival; secondary endpoints were progression-free survival "
                    "and safety.")
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}, {"name": "PFS", "role": "secondary"},
                              {"name": "AE", "role": "secondary"}]
    assert {(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"] if c["kind"] == "inclusion"} >= {
        ("child_pugh_class", "=", "A"), ("ecog", "<=", 1)}


def test_linker_a_pivotal_evidence_heading_ends_the_background(nlp):
    r = record(nlp, "Background\nHAIC delivers chemotherapy into the hepatic artery. Earlier series reported response "
                    "rates of 30% to 45%.\n\nPivotal evidence: the ORCA-2 trial\nORCA-2 was a randomised phase III "
                    "trial. A total of 310 patients were randomly assigned to HAIC plus sorafenib or sorafenib alone. "
                    "Median OS was 13.4 versus 8.9 months (HR 0.61, 95% CI 0.47-0.79).")
    assert r["randomized"] is True and r["phase"] == "III" and r["enrollment"]["actual"] == 310
    assert comparisons(r, "endpoint", "value") == [("OS", 0.61)]


@pytest.mark.parametrize("written, months", [("PFS6", 6), ("PFS-12", 12)])
def test_linker_a_landmark_glued_to_progression_free_survival(nlp, written, months):
    r = record(nlp, f"Patients were randomized to cabozantinib or placebo. The {written} rate was 31.0% (13/42) with "
                    "cabozantinib and 9.5% (4/42) with placebo. PFS2 was longer with cabozantinib.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("PFS", months, 31.0)], [("PFS", months, 9.5)]]


def test_linker_coded_arms_in_a_semicolon_list_keep_no_joiner_and_take_listed_medians(nlp):
    r = record(nlp, "Patients were randomised 1:1:1:1 to: arm A, sorafenib 400 mg twice daily; arm B, lenvatinib 12 mg "
                    "once daily; arm C, regorafenib 160 mg once daily; or arm D, donafenib 200 mg twice daily. Median PFS "
                    "was 3.1 (95% CI 2.4-3.9), 5.8 (95% CI 4.6-7.0), 2.7 (95% CI 2.0-3.5), and 4.9 (95% CI 3.9-6.0) "
                    "months in arms A, B, C, and D, respectively.")
    assert [a["label"] for a in r["arms"]] == ["arm A: sorafenib 400 mg twice daily", "arm B: lenvatinib 12 mg once daily",
                                              "arm C: regorafenib 160 mg once daily", "arm D: donafenib 200 mg twice daily"]
    assert per_arm(r, "outcomes", "value", "ci_low") == [[(3.1, 2.4)], [(5.8, 4.6)], [(2.7, 2.0)], [(4.9, 3.9)]]


@pytest.mark.parametrize("endpoint, median", [("PFS", "Median progression-free survival"), ("TTP", "Median time to progression")])
def test_linker_a_ratio_for_progression_is_the_progression_endpoint_the_trial_reports(nlp, endpoint, median):
    r = record(nlp, f"Patients were randomized to apatinib or placebo. {median} was 4.4 versus 2.1 months. Compared "
                    "with placebo, the HR for progression was 0.47 (95% CI 0.33-0.66).")
    assert comparisons(r, "endpoint", "value") == [(endpoint, 0.47)]
    # a trial reporting both leaves it unread rather than guess
    r = record(nlp, "Patients were randomized to apatinib or placebo. Median PFS was 4.4 versus 2.1 months and median "
                    "TTP 4.9 versus 2.3 months. Compared with placebo, the HR for progression was 0.47 (95% CI 0.33-0.66).")
    assert [c["endpoint"] for c in r["comparisons"]] == []


def test_linker_a_subgroup_clause_after_a_semicolon_leaves_the_main_result(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib. Median OS was 12.8 months (95% CI 10.9-14.7) "
                    "vs. 7.9 months (95% CI 6.4-9.4) (HR 0.55; 95% CI 0.42-0.71; p<0.001); in the Vp4 subgroup, median "
                    "OS was 10.2 vs. 5.1 months (HR 0.47).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 12.8)], [("OS", 7.9)]]
    assert comparisons(r, "endpoint", "value") == [("OS", 0.55)]
    # a subgroup named in the first clause makes the whole sentence a subgroup's
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib. In the Vp4 subgroup, median OS was 10.2 vs. "
                    "5.1 months (HR 0.47); median PFS was 5.0 vs. 2.9 months.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[], []] and r["comparisons"] == []


@pytest.mark.parametrize("said", ["Allocation was not randomised.", "Patients were enrolled without randomization."])
def test_linker_a_study_said_not_randomised_is_not(nlp, said):
    assert record(nlp, f"Patients received cabozantinib 40 mg daily. {said}")["randomized"] is False
    # a randomised part keeps the study randomised
    r = record(nlp, f"Patients were randomized to cabozantinib or sorafenib. {said[:-1]} in the extension cohort.")
    assert r["randomized"] is True


def test_linker_the_intervention_arm_is_the_one_that_is_not_the_control(nlp):
    r = record(nlp, "Patients were randomised to durvalumab plus TACE or TACE alone. Grade 3 or higher proteinuria "
                    "occurred in 7 people (3.5%) in the intervention arm.")
    assert per_arm(r, "adverse_events", "term", "count") == [[("proteinuria", 7)], []]
    # with no arm known as the control there is no intervention arm either
    r = record(nlp, "Patients were randomised to durvalumab or sorafenib. Grade 3 or higher proteinuria occurred in 7 "
                    "people (3.5%) in the intervention arm.")
    assert per_arm(r, "adverse_events", "term", "count") == [[], []]


def test_linker_enrolment_not_blocked_by_an_exclusion_criterion(nlp):
    r = record(nlp, "Adults with Child-Pugh A liver function were eligible; patients with varices were excluded. "
                    "Patients were randomised to lenvatinib or placebo. 188 patients were randomised at 21 centres.")
    assert r["enrollment"]["actual"] == 188
    r2 = record(nlp, "In this single-arm study, 31 patients were treated with sorafenib. Among them, 13 patients who "
                     "received radiotherapy on the bone were excluded.")
    assert r2["enrollment"]["actual"] is None


def test_linker_non_randomised_and_a_trial_it_warrants(nlp):
    r = record(nlp, "This open-label, non-randomised phase II study enrolled 40 patients who received cTACE plus "
                    "donafenib 200 mg twice daily. There were no treatment-related deaths. cTACE plus donafenib "
                    "warrants a randomized trial.")
    assert r["randomized"] is False
    assert ("any adverse event", "5", 0) in [(a["term"], a["grade"], a.get("count"))
                                             for a in r["arms"][0]["adverse_events"]]


def test_linker_lancet_style_adverse_event_pairs(nlp):
    r = record(nlp, "Patients were assigned (2:1) to receive oral apatinib 750 mg once daily or matching placebo, in "
                    "28-day treatment cycles. The most common grade 3 or 4 adverse events were hypertension (74 [28%] "
                    "of 261 in the apatinib group vs three [2%] of 131 in the placebo group), hand-foot syndrome "
                    "(46 [18%] vs none), and decreased platelet count (34 [13%] vs one [<1%]).")
    apa, pla = ([(a["term"], a.get("count"), a.get("percent")) for a in arm["adverse_events"]] for arm in r["arms"])
    assert apa == [("hypertension", 74, 28), ("hand-foot skin reaction", 46, 18), ("thrombocytopenia", 34, 13)]
    assert pla == [("hypertension", 3, 2), ("hand-foot skin reaction", 0, None), ("thrombocytopenia", 1, None)]
    assert [a["label"] for a in r["arms"]] == ["oral apatinib 750 mg once daily", "matching placebo"]
    assert [c.get("cycle_days") for a in r["arms"] for c in a["regimen"]] == [28, 28]


def test_linker_event_counts_in_brackets_and_no_grade_5_events(nlp):
    r = record(nlp, "In this single-arm phase II trial, patients received SBRT (30-50 Gy in 5 fractions) followed by "
                    "sintilimab 200 mg IV q3w. Grade >=3 treatment-related adverse events occurred in 8 patients "
                    "(22.2%), including elevated ALT (n=3), thrombocytopenia (n=2) and radiation pneumonitis (n=1). "
                    "No grade 5 events occurred.")
    aes = [(a["term"], a["grade"], a.get("count")) for a in r["arms"][0]["adverse_events"]]
    assert aes == [("any adverse event", ">=3", 8), ("alanine aminotransferase increased", ">=3", 3),
                   ("thrombocytopenia", ">=3", 2), ("radiation pneumonitis", ">=3", 1), ("any adverse event", "5", 0)]


def test_regimen_weight_based_doses_share_a_schedule(nlp):
    r = record(nlp, "Patients were randomized 1:1 to lenvatinib (12 mg for body weight >=60 kg; 8 mg for <60 kg, "
                    "orally once a day) plus TACE or TACE alone.")
    assert per_arm(r, "regimen", "name", "dose", "frequency", "route")[0] == [
        ("lenvatinib", 12, "QD", "oral"), ("lenvatinib", 8, "QD", "oral"), ("TACE", None, None, None)]


def test_linker_objective_sentence_arms_abbreviated_medians_and_group_sizes(nlp):
    r = record(nlp, "Objective: To compare the efficacy of TACE combined with camrelizumab (TACE-C) versus TACE alone "
                    "in unresectable hepatocellular carcinoma. Methods: A total of 96 patients were enrolled, "
                    "including 48 in the TACE-C group and 48 in the TACE group. Results: The mOS was 24.6 vs. 16.5 "
                    "months (P=0.002) and the mPFS was 13.5 vs. 8.7 months (P<0.001).")
    assert [a["label"] for a in r["arms"]] == ["TACE combined with camrelizumab (TACE-C)", "TACE alone"]
    assert [a["n"] for a in r["arms"]] == [48, 48]
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("OS", 24.6), ("PFS", 13.5)], [("OS", 16.5), ("PFS", 8.7)]]


def test_linker_median_not_reached_written_nr(nlp):
    r = record(nlp, "In this single-arm phase 2 study, 45 pts received atezolizumab 1200 mg plus bevacizumab 15 mg/kg "
                    "IV Q3W. mPFS was 11.3 mo (95% CI 8.5-14.0); mOS NR. The 12-month OS rate was 80% (95% CI 65-NR).")
    outs = [(o["endpoint"], o["stat"], o["value"]) for o in r["arms"][0]["outcomes"]]
    assert ("PFS", "median", 11.3) in outs and ("OS", "median", None) in outs


def test_linker_unnamed_arm_order_and_sibling_details(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to sorafenib 400 mg twice daily alone or sorafenib plus HAIC. "
                    "Median overall survival was 13.4 months with sorafenib plus HAIC and 7.1 months with sorafenib "
                    "alone. Objective response was 40.9% vs 2.5%.")
    alone, combo = r["arms"]
    assert [(c["name"], c.get("dose"), c.get("frequency")) for c in combo["regimen"]][0] == ("sorafenib", 400, "BID")
    assert [o["value"] for o in combo["outcomes"]] == [13.4, 40.9]
    assert [o["value"] for o in alone["outcomes"]] == [7.1, 2.5]


def test_linker_three_arm_lists(nlp):
    r = record(nlp, "Pts were randomized 1:1:1 to durvalumab 1500 mg Q4W + bevacizumab 15 mg/kg Q3W + TACE "
                    "(D+B+TACE), durvalumab + TACE (D+TACE), or placebo + TACE. mPFS was 15.0, 10.0 and 8.2 mo, "
                    "respectively (D+B+TACE vs placebo+TACE: HR 0.77, 95% CI 0.61-0.98; P=.032). ORR was 43.6%, "
                    "41.0% and 29.6%.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("PFS", 15.0), ("ORR", 43.6)], [("PFS", 10.0), ("ORR", 41.0)], [("PFS", 8.2), ("ORR", 29.6)]]


def test_linker_arm_letter_written_before_its_bracketed_regimen(nlp):
    r = record(nlp, "Patients were randomly assigned to Arm A (TACE plus donafenib 200 mg twice daily) or Arm B (TACE "
                    "alone). The objective response rate was 68.8% in Arm A and 43.8% in Arm B (P = 0.04).")
    assert [a["label"] for a in r["arms"]] == ["Arm A (TACE plus donafenib 200 mg twice daily)", "Arm B (TACE alone)"]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[68.8], [43.8]]


def test_linker_schedule_before_procedure_contents_is_shared(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or lenvatinib 8 mg once daily. Each HAIC "
                    "course, given every 4 weeks, consisted of oxaliplatin 100 mg/m2 and raltitrexed 3 mg/m2, "
                    "both infused through a catheter placed in the hepatic artery.")
    haic = {(c["name"], c.get("dose"), c.get("frequency"), c.get("route")) for c in r["arms"][0]["regimen"]}
    assert haic == {("HAIC", None, "Q4W", None), ("oxaliplatin", 100, "Q4W", "intra-arterial"),
                    ("raltitrexed", 3, "Q4W", "intra-arterial")}


def test_linker_comparator_named_first_goes_last_in_the_arm_order(nlp):
    r = record(nlp, "Patients were randomized 1:1:1 to donafenib 200 mg QD (D200), donafenib 300 mg QD (D300) "
                    "or sorafenib 400 mg BID. For PFS, the HR versus sorafenib was 0.70 (95% CI 0.50-0.98) for D200 and "
                    "0.61 (95% CI 0.43-0.86; p = 0.004) for D300. Median OS was 12.0 vs 15.5 vs 10.1 months.")
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[12.0], [15.5], [10.1]]
    assert [(c["value"], c.get("ci_low"), c.get("ci_high"), c.get("p")) for c in r["comparisons"]
            if c["measure"] == "HR"] == [(0.7, 0.5, 0.98, None), (0.61, 0.43, 0.86, "0.004")]


def test_linker_bare_bracketed_range_after_a_ratio_is_its_ci(nlp):
    r = record(nlp, "Patients were randomly assigned to apatinib or placebo. Overall survival was longer with "
                    "apatinib (HR 0·71 [0·54–0·94]). Time to progression: HR 0·60 (0·45–0·81).")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high") == [
        ("OS", 0.71, 0.54, 0.94), ("TTP", 0.6, 0.45, 0.81)]


@pytest.mark.parametrize("written", ["HR: 0.72 [0.60, 0.87]", "HR 0.72 (CI 95% 0.60-0.87)", "HR 0.72 (95%-CI 0.60-0.87)"])
def test_linker_ratio_ci_written_forms(nlp, written):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib. Overall survival was longer "
                    f"with lenvatinib ({written}; P value, 0.03).")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("OS", 0.72, 0.6, 0.87, "0.03")]


def test_linker_each_group_included_n(nlp):
    r = record(nlp, "A total of 120 adults were enrolled and randomly assigned to TACE or TACE plus sorafenib "
                    "400 mg twice daily. Each group included sixty patients.")
    assert [a["n"] for a in r["arms"]] == [60, 60]
    assert r["enrollment"]["actual"] == 120


def test_linker_news_prose_survival_and_roles(nlp):
    r = record(nlp, "The trial had two primary endpoints, overall survival and progression-free survival. "
                    "Patients were randomized to camrelizumab or sorafenib. Patients on camrelizumab lived a "
                    "median of 20.1 months, compared with 14.9 months for those on sorafenib. The field has "
                    "moved quickly since the REFLECT trial, in which lenvatinib produced a median overall "
                    "survival of 13.6 months versus 12.3 months with sorafenib.")
    assert r["endpoints"][:2] == [{"name": "OS", "role": "primary"}, {"name": "PFS", "role": "primary"}]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[20.1], [14.9]]


def test_linker_no_treatment_control_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to atezolizumab 1200 mg every 3 weeks (n=20) or to "
                    "observation (n=21). Grade 3 adverse events occurred in 8 (40%) of 20 patients who received "
                    "atezolizumab and in 2 (10%) of 21 patients under observation. The 12-month RFS was 80·0% "
                    "(70·1–88·2) versus 61·0% (50·2–70·9).")
    assert [(a["n"], len(a["regimen"])) for a in r["arms"]] == [(20, 1), (21, 0)]
    assert r["arms"][1]["label"] == "observation"
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "3", 8)], [("any adverse event", "3", 2)]]
    assert per_arm(r, "outcomes", "value", "ci_low", "ci_high") == [
        [(80.0, 70.1, 88.2)], [(61.0, 50.2, 70.9)]]


def test_linker_treatment_related_deaths_and_their_causes(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib. Three (2%) treatment-related "
                    "deaths occurred in the lenvatinib group (two hepatic failure, one pneumonia). One "
                    "treatment-related death (sepsis) occurred with sorafenib.")
    aes = [{(e["term"], e["grade"], e.get("count")) for e in a["adverse_events"]} for a in r["arms"]]
    assert aes == [{("any adverse event", "5", 3), ("hepatic failure", "5", 2), ("pneumonia", "5", 1)},
                   {("sepsis", "5", 1)}]


def test_linker_values_joined_by_versus_across_bracketed_cis(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib plus TACE or TACE alone. Median PFS was 11.2 "
                    "months with lenvatinib plus TACE versus 6.8 months with TACE alone. Median OS was 26.4 "
                    "months (95% CI, 22.7 to 30.5) versus 20.1 months (95% CI, 17.3 to 23.8).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("PFS", 11.2), ("OS", 26.4)], [("PFS", 6.8), ("OS", 20.1)]]


def test_linker_phase1_2_parts_share_how_a_drug_is_given(nlp):
    r = record(nlp, "This open-label, single-arm phase I/II study enrolled 40 patients. In phase I, regorafenib "
                    "was given orally once daily on days 1-21 of each 28-day cycle at three dose levels (80 mg, "
                    "120 mg, 160 mg) following a 3+3 design, in combination with nivolumab 240 mg intravenously "
                    "every 2 weeks. In phase II, patients were treated at the RP2D. The RP2D was regorafenib "
                    "120 mg plus nivolumab 240 mg. DLTs were grade 3 rash and grade 4 neutropenia. The results "
                    "are encouraging, warranting a randomized trial.")
    assert r["randomized"] is False
    parts = [{(c["name"], c.get("dose"), c.get("frequency"), c.get("days"), c.get("route")) for c in a["regimen"]}
             for a in r["arms"]]
    assert parts == [{("regorafenib", 80, "QD", "1-21", "oral"), ("nivolumab", 240, "Q2W", None, "iv")},
                     {("regorafenib", 120, "QD", "1-21", "oral"), ("nivolumab", 240, "Q2W", None, "iv")}]
    assert {(e["term"], e["grade"]) for e in r["arms"][0]["adverse_events"]} == {("rash", "3"), ("neutropenia", "4")}


def test_linker_radioembolization_dose_and_counts_of_totals(nlp):
    r = record(nlp, "Patients were randomly assigned to radioembolization with Y-90 resin microspheres, delivered "
                    "in a single session with a target dose of 100 Gy, or to sorafenib 400 mg twice daily. The "
                    "ORR was 30.0% (30 of 100) in the radioembolization arm and 5.0% (5 of 100) in the sorafenib "
                    "arm. Grade 3 or higher adverse events occurred in 20 patients (20.0%) after radioembolization and in "
                    "40 patients (40.0%) receiving sorafenib. Gastric ulceration developed in two patients (2.0%) "
                    "and radioembolization-induced liver disease in one patient (1.0%) in the radioembolization arm.")
    sirt = r["arms"][0]["regimen"][0]
    assert (sirt["name"], sirt["dose"], sirt["unit"], sirt["frequency"]) == ("SIRT", 100, "Gy", "once")
    assert per_arm(r, "outcomes", "count", "total") == [[(30, 100)], [(5, 100)]]
    assert {(e["term"], e["count"], e["percent"]) for e in r["arms"][0]["adverse_events"]} == {
        ("any adverse event", 20, 20.0), ("gastric ulceration", 2, 2.0),
        ("radioembolization-induced liver disease", 1, 1.0)}
    assert [(e["term"], e["count"]) for e in r["arms"][1]["adverse_events"]] == [("any adverse event", 40)]


def test_linker_other_arms_numbers_after_a_term_list(nlp):
    r = record(nlp, "Patients were randomly assigned to cabozantinib or placebo. The most common grade 3 or worse "
                    "adverse events with cabozantinib were hypertension (15%), fatigue (9%), and diarrhoea (8%), "
                    "compared with 2%, 3%, and 1%, respectively, with placebo. Treatment-related deaths occurred "
                    "in two patients (1%) in the cabozantinib group and in none in the placebo group. Hand-foot "
                    "syndrome (grade 3) was reported in 0 vs 4 [2%].")
    aes = [{(e["term"], e["grade"], e.get("count"), e.get("percent")) for e in a["adverse_events"]} for a in r["arms"]]
    assert {("hypertension", ">=3", None, 15), ("fatigue", ">=3", None, 9), ("diarrhea", ">=3", None, 8),
            ("any adverse event", "5", 2, 1)} <= aes[0]
    assert {("hypertension", ">=3", None, 2), ("fatigue", ">=3", None, 3), ("diarrhea", ">=3", None, 1),
            ("any adverse event", "5", 0, None)} <= aes[1]


def test_linker_zero_before_versus_and_none_observed(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib. Grade 3/4 adverse events included "
                    "hand-foot syndrome (0 vs 15 [11.5%]). The ORR was 40.0% (20/50; 95% CI 26.4-54.8) with "
                    "HAIC. No radiation-induced liver disease or treatment-related death was observed.")
    assert [[(e["term"], e["count"]) for e in a["adverse_events"] if e["term"] == "hand-foot skin reaction"]
            for a in r["arms"]] == [[("hand-foot skin reaction", 0)], [("hand-foot skin reaction", 15)]]
    orr = r["arms"][0]["outcomes"][0]
    assert (orr["count"], orr["total"], orr["ci_low"], orr["ci_high"]) == (20, 50, 26.4, 54.8)
    study = {(e["term"], e["grade"], e["count"]) for e in r["adverse_events"]}
    assert study == {("any adverse event", "5", 0), ("radiation-induced liver disease", None, 0)}


def test_linker_title_with_or_without_gives_both_arms(nlp):
    r = record(nlp, "Lenvatinib with or without TACE for unresectable hepatocellular carcinoma: a randomised "
                    "trial\n\nMedian OS was 15.1 months with lenvatinib plus TACE and 10.2 months with "
                    "lenvatinib alone.")
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [{"lenvatinib", "TACE"}, {"lenvatinib"}]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[15.1], [10.2]]


def test_linker_dose_escalation_only_study_is_one_arm_at_the_starting_level(nlp):
    r = record(nlp, "This phase I study used a 3+3 design to escalate lenvatinib through four dose levels (4, 8, "
                    "12 and 16 mg), given orally once daily in 28-day cycles. Twenty patients were enrolled. The "
                    "MTD was 12 mg and was chosen as the recommended phase 2 dose. DLTs were grade 4 "
                    "thrombocytopenia; grade 3 fatigue.")
    assert len(r["arms"]) == 1
    (c,) = r["arms"][0]["regimen"]
    assert (c["name"], c["dose"], c.get("dose_max"), c["frequency"], c["cycle_days"]) == ("lenvatinib", 4, None, "QD", 28)
    assert {(e["term"], e["grade"]) for e in r["arms"][0]["adverse_events"]} == {("thrombocytopenia", "4"), ("fatigue", "3")}


def test_linker_poster_arm_lines_and_terse_safety_bullets(nlp):
    r = record(nlp, "Study design\n- Randomised 1:1\n- Arm A: camrelizumab 200 mg IV q2w + apatinib 250 mg PO QD\n"
                    "- Arm B: sorafenib 400 mg PO BID\n- Primary endpoint: OS\n- Secondary endpoints: PFS, ORR\n\n"
                    "Results\n- 120 pts randomised: Arm A n=60, Arm B n=60\n- mDoR: 9.1 vs 6.0 mo\n"
                    "- G≥3 TRAEs: 40% vs 35%\n- G≥3 irAEs (Arm A): 5%\n- TRAEs leading to discontinuation: 8% vs 6%\n")
    assert [(a["n"], {(c["name"], c.get("dose"), c.get("frequency"), c.get("route")) for c in a["regimen"]})
            for a in r["arms"]] == [
        (60, {("camrelizumab", 200, "Q2W", "iv"), ("apatinib", 250, "QD", "oral")}),
        (60, {("sorafenib", 400, "BID", "oral")})]
    assert r["endpoints"][:3] == [{"name": "OS", "role": "primary"}, {"name": "PFS", "role": "secondary"},
                                  {"name": "ORR", "role": "secondary"}]
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("DOR", 9.1)]
    assert [(e["term"], e["grade"], e["percent"]) for e in r["arms"][0]["adverse_events"]] == [
        ("any adverse event", ">=3", 40), ("immune-related adverse event", ">=3", 5),
        ("adverse event leading to discontinuation", None, 8)]
    assert [(e["term"], e["percent"]) for e in r["arms"][1]["adverse_events"]] == [
        ("any adverse event", 35), ("adverse event leading to discontinuation", 6)]


def test_linker_described_control_arm_and_group_statements(nlp):
    r = record(nlp, "Adults who had received a liver transplant for HCC were randomly assigned to everolimus-based "
                    "immunosuppression or standard calcineurin-inhibitor immunosuppression. In the everolimus group, "
                    "everolimus was started at 1 mg orally twice daily with reduced-exposure tacrolimus; the control "
                    "group continued tacrolimus. Of 300 patients, 150 were assigned to the everolimus group and 150 to "
                    "the control group. Recurrence-free survival at 1, 3, and 5 years was 90%, 75%, and 65% in the "
                    "everolimus group and 85%, 70%, and 60% in the control group.")
    assert [(a["n"], {(c["name"], c.get("dose")) for c in a["regimen"]}) for a in r["arms"]] == [
        (150, {("everolimus", 1), ("tacrolimus", None)}), (150, {("tacrolimus", None)})]
    assert per_arm(r, "outcomes", "timepoint_months", "value") == [
        [(12, 90), (36, 75), (60, 65)], [(12, 85), (36, 70), (60, 60)]]


def test_abbreviation_of_a_protein_named_after_a_drug_is_not_the_drug(nlp):
    doc = nlp("Mammalian target of rapamycin (mTOR) inhibitors are antiproliferative. mTOR signalling matters.")
    assert [e.text for e in doc.ents if e.label_ == "DRUG"] == ["rapamycin"]


def test_linker_group_clause_with_interval_schedule_and_sizes_by_arm_name(nlp):
    r = record(nlp, "Patients were randomly assigned to adjuvant HAIC or routine follow-up. In the HAIC group, "
                    "oxaliplatin 85 mg/m2 and raltitrexed 3 mg/m2 over 2 hours were infused through the hepatic "
                    "artery; two cycles were given at 4-week intervals. Of 200 patients, 101 were allocated to HAIC "
                    "and 99 to routine follow-up.")
    assert [a["n"] for a in r["arms"]] == [101, 99]
    drugs = {(c["name"], c.get("frequency"), c.get("route")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"}
    assert drugs == {("oxaliplatin", "Q4W", "intra-arterial"), ("raltitrexed", "Q4W", "intra-arterial")}
    assert r["arms"][1]["regimen"] == []


def test_linker_named_regimen_alias_priming_dose_and_ratio_with_comparator(nlp):
    r = record(nlp, "We randomly assigned patients, in a 1:1 ratio, to a single priming dose of tremelimumab "
                    "(300 mg) plus durvalumab (1500 mg every 4 weeks) (the TD regimen) or sorafenib (400 mg "
                    "twice daily). A total of 400 patients underwent randomization: 201 were assigned to the "
                    "TD group and 199 to the sorafenib group. The hazard ratio for death with TD as "
                    "compared with sorafenib was 0.78 (96% CI, 0.65 to 0.93; P = 0.004).")
    td = r["arms"][0]
    assert td["n"] == 201 and r["arms"][1]["n"] == 199
    assert {(c["name"], c.get("frequency")) for c in td["regimen"]} == {("tremelimumab", "once"), ("durvalumab", "Q4W")}
    (hr,) = [c for c in r["comparisons"] if c["measure"] == "HR"]
    assert (hr["endpoint"], hr["value"], hr["ci_low"], hr["ci_high"], hr["p"]) == ("OS", 0.78, 0.65, 0.93, "0.004")


def test_linker_chinese_registry_groups_roles_and_total_sample_size(nlp):
    r = record(nlp, "Registration number: ChiCTR2400012345\nStudy phase: 2\n\n"
                    "Experimental group: HAIC-FOLFOX every 3 weeks plus donafenib 200 mg orally twice daily.\n"
                    "Control group: donafenib 200 mg orally twice daily.\n\n"
                    "Group: Experimental group; Sample size: 30; Intervention: HAIC-FOLFOX + donafenib\n"
                    "Group: Control group; Sample size: 30; Intervention: donafenib\nTotal sample size: 60\n\n"
                    "Outcome: Overall survival; Type: Primary indicator\n"
                    "Outcome: Objective response rate; Type: Secondary indicator\n")
    assert r["enrollment"]["planned"] == 60
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}, {"name": "ORR", "role": "secondary"}]
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [
        {"HAIC", "oxaliplatin", "leucovorin", "fluorouracil", "donafenib"}, {"donafenib"}]


def test_linker_ae_sentence_without_arm_goes_on_about_the_previous_ones_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE-camrelizumab or TACE alone; 146 received "
                    "TACE-camrelizumab and 266 received TACE alone. Adverse events in the TACE-camrelizumab group "
                    "included fatigue (20.0%). Grade 3 events occurred in 9 patients: thrombocytopenia (n = 3).")
    assert [a["n"] for a in r["arms"]] == [146, 266]
    assert {(e["term"], e.get("count"), e.get("percent")) for e in r["arms"][0]["adverse_events"]} == {
        ("fatigue", None, 20.0), ("thrombocytopenia", 3, None)}
    assert r["arms"][1]["adverse_events"] == [] and r["adverse_events"] == []


def test_linker_heavily_abbreviated_conference_abstract(nlp):
    r = record(nlp, "Lenvatinib + pembrolizumab in CP-B HCC: a single-arm ph II trial\n\n"
                    "Methods: Key eligibility: age >=18 y; ECOG PS 0-1. Tx: lenva 8 mg PO QD + pembro 200 mg IV "
                    "q3w. 1° EP: ORR per RECIST 1.1; 2° EPs: PFS, OS. Results: 40 pts enrolled. ORR 25.0% (10/40). "
                    "Any-gr TRAEs 80.0% (32/40); gr >=3 TRAEs 30.0% (12/40).")
    assert r["phase"] == "II"
    assert r["endpoints"][:3] == [{"name": "ORR", "role": "primary"}, {"name": "PFS", "role": "secondary"},
                                  {"name": "OS", "role": "secondary"}]
    assert {(c["name"], c.get("dose"), c.get("frequency"), c.get("route")) for c in r["arms"][0]["regimen"]} == {
        ("lenvatinib", 8, "QD", "oral"), ("pembrolizumab", 200, "Q3W", "iv")}
    assert [(e["grade"], e["count"]) for e in r["arms"][0]["adverse_events"]] == [("any", 32), (">=3", 12)]


def test_linker_complications_and_interleaved_landmarks(nlp):
    r = record(nlp, "Patients were randomised to RFA or resection. RFS at 3 years was 55.0% with RFA versus 64.0% "
                    "with resection, and at 5 years 38.0% versus 47.0%. Major complications occurred in 3 (2.6%) "
                    "patients treated with RFA and in 14 (12.3%) patients who underwent resection. A bile leak was "
                    "recorded in one (0.9%) and seven (6.1%) patients, and haemorrhage requiring transfusion or "
                    "intervention in two (1.7%) and five (4.4%), respectively.")
    assert per_arm(r, "outcomes", "timepoint_months", "value") == [
        [(36, 55.0), (60, 38.0)], [(36, 64.0), (60, 47.0)]]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("major complication", 3), ("bile leak", 1), ("hemorrhage", 2)],
        [("major complication", 14), ("bile leak", 7), ("hemorrhage", 5)]]


def test_linker_arm_named_before_its_regimen_with_a_comma(nlp):
    r = record(nlp, "Adults were randomised 1:1 to arm A, regorafenib 160 mg orally once daily on days 1-21 of each "
                    "28-day cycle, or arm B, regorafenib 120 mg orally once daily. Median PFS was 3.7 months in arm "
                    "A and 4.4 months in arm B.")
    assert [a["n"] for a in r["arms"]] == [None, None]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[3.7], [4.4]]


def test_linker_roles_without_the_word_endpoint_and_toxicity_as_a_reason(nlp):
    r = record(nlp, "Adults were randomised to arm A, sorafenib 400 mg twice daily, or arm B, sorafenib 200 mg "
                    "twice daily. The primary endpoint was progression-free survival; overall survival and safety "
                    "were secondary. Sorafenib was stopped permanently for toxicity in 7 (17.1%) and 4 (10.0%). "
                    "Grade >=3 hand-foot skin reaction affected 10 of 41 patients (24.4%) in arm A versus 4 of 40 "
                    "(10.0%) in arm B.")
    assert r["endpoints"][:2] == [{"name": "PFS", "role": "primary"}, {"name": "OS", "role": "secondary"}]
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("hand-foot skin reaction", 10, 24.4)], [("hand-foot skin reaction", 4, 10.0)]]


def test_linker_group_sizes_with_a_bracketed_count_between(nlp):
    r = record(nlp, "Patients were randomly allocated to the miriplatin group (miriplatin 20-120 mg suspended in "
                    "lipiodol) or the epirubicin group (epirubicin 10-60 mg with lipiodol). A total of 104 patients "
                    "were enrolled: 53 patients (96 lesions) in the miriplatin group and 51 patients (91 lesions) "
                    "in the epirubicin group.")
    assert [(a["n"], a["regimen"][0]["name"], a["regimen"][0]["dose"], a["regimen"][0]["dose_max"]) for a in r["arms"]] == [
        (53, "miriplatin", 20, 120), (51, "epirubicin", 10, 60)]


def test_linker_doses_by_body_weight_are_one_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib 8 mg or 12 mg once daily according to body "
                    "weight, or sorafenib 400 mg twice daily.")
    assert [sorted(regimen(a)) for a in r["arms"]] == [
        [("lenvatinib", 8, "mg", "QD"), ("lenvatinib", 12, "mg", "QD")], [("sorafenib", 400, "mg", "BID")]]


def test_linker_radiation_dose_in_a_later_sentence_completes_the_arm(nlp):
    r = record(nlp, "Patients were randomized 1:1 to TACE-RT or sorafenib. External-beam RT started within 3 weeks "
                    "after the first TACE, to a total dose of 45 Gy in 18 fractions of 2.5 Gy.")
    rt = [c for c in r["arms"][0]["regimen"] if c["kind"] == "radiation"]
    assert [(c["technique"], c["dose"], c["unit"], c["fractions"], c["dose_per_fraction"]) for c in rt] == [
        ("EBRT", 45, "Gy", 18, 2.5)]
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["TACE", "radiotherapy"], ["sorafenib"]]


def test_linker_registry_arm_lines_with_a_role_in_brackets(nlp):
    r = record(nlp, "Number of treatment arms in the trial: 2\n"
                    "Arm A (experimental): DEB-TACE with doxorubicin 50-75 mg plus atezolizumab 1200 mg IV Q3W\n"
                    "Arm B (control): DEB-TACE with doxorubicin 50-75 mg alone.\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["DEB-TACE", "atezolizumab", "doxorubicin"], ["DEB-TACE", "doxorubicin"]]


@pytest.mark.parametrize("sentence,count,percent", [
    ("TRAEs led to discontinuation in 6 pts (12.5%).", 6, 12.5),
    ("Discontinuation due to adverse events occurred in 12 patients (10%).", 12, 10),
    ("Adverse events led to discontinuation of study treatment in 9 patients (7.5%).", 9, 7.5),
])
def test_linker_discontinuation_for_adverse_events_written_as_a_clause(nlp, sentence, count, percent):
    r = record(nlp, f"Patients received sorafenib 400 mg twice daily. {sentence}")
    assert [(a["term"], a["grade"], a["count"], a["percent"]) for a in r["arms"][0]["adverse_events"]] == [
        ("adverse event leading to discontinuation", None, count, percent)]


def test_linker_fatal_events_for_each_arm_keep_the_grade(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib. Treatment-related adverse events "
                    "were fatal in 11 (2.2%) patients given lenvatinib and four (0.8%) given sorafenib.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 11)], [("any adverse event", "5", 4)]]


@pytest.mark.parametrize("text,expected", [
    pytest.param("Patients were randomly assigned to HAIC or TACE. Grade 3-4 adverse events occurred in 21 (31.8%) "
                 "HAIC patients and 30 (46.9%) TACE patients. In the HAIC group these were neutropenia (8; 12.1%) "
                 "and diarrhoea (2; 3.0%); in the TACE group, neutropenia (1; 1.6%) and diarrhoea (6; 9.4%).",
                 [[("any adverse event", "3-4", 21), ("neutropenia", "3-4", 8), ("diarrhea", "3-4", 2)],
                  [("any adverse event", "3-4", 30), ("neutropenia", "3-4", 1), ("diarrhea", "3-4", 6)]],
                 id="listed in the sentence after"),
    pytest.param("Patients were randomly assigned to HAIC or cTACE. Grade 3-4 adverse events occurred in 20 patients "
                 "(27.0%) receiving HAIC and 37 (51.4%) receiving cTACE (p = 0.003), most notably elevated alanine "
                 "aminotransferase (7 [9.5%] vs 24 [33.3%]) and thrombocytopenia (6 [8.1%] vs 2 [2.8%]).",
                 [[("any adverse event", "3-4", 20), ("alanine aminotransferase increased", "3-4", 7), ("thrombocytopenia", "3-4", 6)],
                  [("any adverse event", "3-4", 37), ("alanine aminotransferase increased", "3-4", 24), ("thrombocytopenia", "3-4", 2)]],
                 id="listed 'most notably' after"),
])
def test_linker_ae_list_after_a_graded_total_inherits_its_grade(nlp, text, expected):
    r = record(nlp, text)
    assert per_arm(r, "adverse_events", "term", "grade", "count") == expected


def test_linker_ae_terms_need_a_cue_or_a_continuation(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or TACE. In the HAIC group, patients with hypertension "
                    "(8; 12.1%) had larger tumours.")
    assert [arm["adverse_events"] for arm in r["arms"]] == [[], []]


def test_linker_bare_square_bracketed_ci_after_a_median(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib. Median time to progression was "
                    "8.1 months [7.4-9.2] vs 3.9 months [3.7-5.4] (HR 0.61, 0.52-0.71).")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("TTP", 8.1, 7.4, 9.2)], [("TTP", 3.9, 3.7, 5.4)]]


@pytest.mark.parametrize("phrase,code", [
    ("reduced the risk of disease recurrence or death by 29% versus placebo", "RFS"),
    ("cut the risk of death by 29% versus placebo", "OS"),
    ("lowered the risk of progression or death by 29% compared with placebo", "PFS"),
])
def test_linker_risk_reduction_names_the_endpoint_and_is_not_a_rate(nlp, phrase, code):
    r = record(nlp, "Patients were randomised 1:1 to vorpalimab or placebo. Vorpalimab "
                    f"{phrase} (hazard ratio [HR], 0.71; 95% confidence interval [CI], 0.56-0.90; two-sided p = 0.004).")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        (code, 0.71, 0.56, 0.9, "0.004")]
    assert [a["outcomes"] for a in r["arms"]] == [[], []]


def test_context_a_previous_trial_is_another_study(nlp):
    r = record(nlp, "Patients were randomised 1:1 to vorpalimab or placebo. A previous phase III trial of adjuvant "
                    "sorafenib failed to improve RFS (median 33.3 vs 33.7 months; HR 0.94).")
    assert r["comparisons"] == [] and [a["outcomes"] for a in r["arms"]] == [[], []]


def test_context_the_earlier_named_trial_is_another_study(nlp):
    r = record(nlp, "Patients were randomised 1:1 to tremelimumab plus durvalumab or lenvatinib. The earlier Phase III "
                    "HIMALAYA trial compared the same regimen with sorafenib and reported a 22% reduction in the risk "
                    "of death (HR 0.78).")
    assert r["comparisons"] == []


def test_linker_three_arms_with_semicolons_inside_the_brackets(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1:1) to TACE alone (n = 54), TACE plus lenvatinib (TACE-L; "
                    "n = 54) or TACE plus lenvatinib and durvalumab (TACE-LD; n = 54).")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE"], ["TACE", "lenvatinib"], ["TACE", "durvalumab", "lenvatinib"]]
    assert [a["n"] for a in r["arms"]] == [54, 54, 54]


@pytest.mark.parametrize("sentence,shared", [
    ("atezolizumab 1200 mg IV + bevacizumab 15 mg/kg IV D1 q3w", True),
    ("nivolumab 1 mg/kg plus ipilimumab 3 mg/kg Q3W", True),
    ("sorafenib 400 mg plus pembrolizumab 200 mg q3w", False),       # a kinase inhibitor is daily
    ("oxaliplatin 85 mg/m2 orally plus nivolumab 240 mg q2w", False),  # its own route says oral
])
def test_linker_interval_written_after_a_dosed_combination(nlp, sentence, shared):
    r = record(nlp, f"All patients received {sentence}.")
    first, last = r["arms"][0]["regimen"][0], r["arms"][0]["regimen"][-1]
    schedule = lambda c: (c.get("frequency"), c.get("days"), c.get("cycle_days"))  # noqa: E731
    assert schedule(last) != (None, None, None) and first["dose"] is not None
    assert (schedule(first) == schedule(last)) is shared


def test_sections_an_inline_bullet_heading_covers_its_bullet_only(tagger):
    text = ("METHODS\n• Single-arm phase II\n• Key eligibility: Child-Pugh score ≤ 7; ECOG 0–1\n"
            "• Treatment: sorafenib 400 mg twice daily\n\nRESULTS\n• ORR 20%\n")
    doc = tagger(text)
    assert [(name, text[a:b].strip()[:20]) for a, b, name in doc._.section_regions] == [
        ("methods", "METHODS\n• Single-arm"), ("inclusion", "Key eligibility: Chi"),
        ("methods", "• Treatment: sorafen"), ("results", "RESULTS\n• ORR 20%")]


def test_sections_a_bullet_heading_covers_its_indented_sub_bullets_only(tagger):
    text = ("METHODS\n• Single-arm phase II\n• Key eligibility\n  – Age ≥18 y\n  – ECOG PS 0–1\n"
            "• Treatment\n  – Sorafenib 400 mg PO BID\n\nRESULTS\n• ORR 20%\n")
    doc = tagger(text)
    assert [(name, text[a:b].strip()[:20]) for a, b, name in doc._.section_regions] == [
        ("methods", "METHODS\n• Single-arm"), ("inclusion", "Key eligibility\n  – "),
        ("methods", "• Treatment\n  – Sora"), ("results", "RESULTS\n• ORR 20%")]


def test_linker_all_patients_is_not_a_dose_for_all_drugs(nlp):
    r = record(nlp, "All patients received nivolumab 1 mg/kg plus ipilimumab 3 mg/kg.")
    assert [(c["name"], c["dose"]) for c in r["arms"][0]["regimen"]] == [("nivolumab", 1), ("ipilimumab", 3)]


def test_linker_three_named_groups_listed_with_commas(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1:1) to group A (HAIC plus sorafenib), group B (HAIC alone) "
                    "or group C (sorafenib alone).")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["HAIC", "sorafenib"], ["HAIC"], ["sorafenib"]]


def test_linker_continued_ratios_with_bare_ranges_and_plural_hrs(nlp):
    r = record(nlp, "Patients were randomly assigned to group A (HAIC plus sorafenib), group B (HAIC alone) or group C "
                    "(sorafenib alone). Compared with group C, the hazard ratio (HR) for death was 0.64 (95% CI "
                    "0.47-0.88; P = .005) in group A and 0.79 (0.58-1.07; P = .13) in group B. Median PFS favoured "
                    "HAIC, with HRs versus group C of 0.58 (0.43-0.78; P < .001) for group A and 0.71 (0.53-0.96; "
                    "P = .024) for group B.")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("OS", 0.64, 0.47, 0.88, "0.005"), ("OS", 0.79, 0.58, 1.07, "0.13"),
        ("PFS", 0.58, 0.43, 0.78, "<0.001"), ("PFS", 0.71, 0.53, 0.96, "0.024")]


@pytest.mark.parametrize("sentence,expected", [
    ("Median overall survival was 19.2 (95% CI 17.0-23.7) vs 13.4 months (11.4-16.9).",
     [("OS", 19.2, 17, 23.7), ("OS", 13.4, 11.4, 16.9)]),
    ("Median PFS was 7.1 (95% CI 6.2-8.0) and 4.2 (3.5-4.9) months, respectively.",
     [("PFS", 7.1, 6.2, 8), ("PFS", 4.2, 3.5, 4.9)]),
])
def test_linker_median_written_before_its_ci_with_the_unit_later(nlp, sentence, expected):
    r = record(nlp, f"Patients were randomly assigned to lenvatinib or sorafenib. {sentence}")
    assert [(o["endpoint"], o["value"], o["ci_low"], o["ci_high"]) for a in r["arms"] for o in a["outcomes"]] == expected
    assert all(o["unit"] == "months" for a in r["arms"] for o in a["outcomes"])


def test_linker_baseline_age_before_its_range_is_not_an_outcome(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib. The median age was 55 (49-62) years.")
    assert [a["outcomes"] for a in r["arms"]] == [[], []] and r["outcomes"] == []


def test_linker_screened_then_randomized_and_hyphenated_group_aliases(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib plus TACE (LEN-TACE group) or TACE alone (TACE group). "
                    "Between 2019 and 2021, 138 patients were screened and 123 were randomized (LEN-TACE group, n=62; "
                    "TACE group, n=61).")
    assert r["enrollment"]["actual"] == 123
    assert [a["n"] for a in r["arms"]] == [62, 61]


@pytest.mark.parametrize("phrase", ["Pathological complete response", "A major pathological response", "pCR"])
def test_linker_pathological_response_is_not_cr_and_keeps_its_numbers(nlp, phrase):
    r = record(nlp, f"All patients received tislelizumab. {phrase} was seen in 3 patients (16.7%) and the ORR was 33%.")
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("ORR", 33)]
    assert [e["name"] for e in r["endpoints"]] == ["ORR"]


@pytest.mark.parametrize("sentence,grade", [
    ("Grade 3 events occurred in 12 patients (20%).", "3"),
    ("Grade 3 or higher events were seen in 12 (20.0%) patients.", ">=3"),
    ("Grade 3-4 treatment-related events occurred in 12 patients (20%).", "3-4"),
])
def test_linker_events_after_a_grade_are_adverse_events(nlp, sentence, grade):
    r = record(nlp, f"All patients received pembrolizumab. {sentence}")
    assert [(a["term"], a["grade"], a["count"], a["percent"]) for a in r["arms"][0]["adverse_events"]] == [
        ("any adverse event", grade, 12, 20)]


def test_linker_progression_events_are_not_adverse_events(nlp):
    r = record(nlp, "All patients received pembrolizumab. After 120 events of progression (40%), PFS was analysed.")
    assert r["arms"][0]["adverse_events"] == []


@pytest.mark.parametrize("written,codes", [("400 mg QD or BID", ["QD", "BID"]), ("200 mg q2w or q3w", ["Q2W", "Q3W"]),
                                           ("400 mg twice daily", ["BID"])])
def test_linker_alternative_schedules_are_one_component_each(nlp, written, codes):
    r = record(nlp, f"All patients received sorafenib {written}.")
    assert [(c["dose"], c["frequency"]) for c in r["arms"][0]["regimen"]] == [(int(written.split()[0]), c) for c in codes]


def test_linker_registry_arm_lines_with_a_role_after_a_dash_and_start_verb(nlp):
    r = record(nlp, "Target Number of Participant : 124\n\nArm 1 - Experimental : RFA + adjuvant nivolumab\n"
                    "Arm 2 - No Intervention : RFA alone\n\nIntervention Description : Patients with complete "
                    "ablation 4 weeks after RFA start nivolumab 480 mg intravenously every 4 weeks.\n\n"
                    "Primary Outcome(s)\n  1. Recurrence-free survival ; Timepoint : 2 years\n"
                    "Secondary Outcome(s)\n  1. Overall survival ; Timepoint : 3 years\n")
    assert [sorted(regimen(a)) for a in r["arms"]] == [
        [("RFA", None, None, None), ("nivolumab", 480, "mg", "Q4W")], [("RFA", None, None, None)]]
    assert r["enrollment"]["planned"] == 124
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("RFS", "primary"), ("OS", "secondary")]


@pytest.mark.parametrize("sentence,arms", [
    ("a randomised phase III trial comparing cTACE followed by SBRT with cTACE alone.", [["TACE", "radiotherapy"], ["TACE"]]),
    ("a randomized trial comparing lenvatinib versus sorafenib.", [["lenvatinib"], ["sorafenib"]]),
])
def test_linker_comparing_a_with_b(nlp, sentence, arms):
    r = record(nlp, f"We report {sentence}")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == arms


def test_linker_crossover_is_not_a_treatment_of_the_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to fruquintinib or placebo. Patients in the placebo group who "
                    "crossed over to fruquintinib after progression were analysed separately.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["fruquintinib"], ["placebo"]]


def test_order_by_totals_when_denominators_match_arm_sizes():
    from hcc_nlp.arms import Arm
    from hcc_nlp.results import _order_by_totals
    arms = [Arm(label="A", components=[], n=304), Arm(label="B", components=[], n=152)]
    assert _order_by_totals([{"total": 151}, {"total": 302}], arms, [0, 1]) == [1, 0]
    assert _order_by_totals([{"total": 302}, {"total": 151}], arms, [0, 1]) == [0, 1]
    assert _order_by_totals([{"total": 200}, {"total": 200}], arms, [0, 1]) == [0, 1]


def test_linker_unnamed_values_do_not_follow_a_comparison_order(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE alone (arm A), TACE plus RT (arm B) or TACE plus sorafenib "
                    "(arm C). Compared with arm A, the HR for death was 0.58 (95% CI 0.36-0.93) for arm B and 0.79 "
                    "(95% CI 0.50-1.25) for arm C. ORRs were 22.0%, 41.5% and 26.8%, respectively.")
    assert [[o["value"] for o in a["outcomes"] if o["endpoint"] == "ORR"] for a in r["arms"]] == [[22], [41.5], [26.8]]


def test_linker_ratio_continued_over_a_list_of_arms_and_letter_arm_ends_sentence(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE alone (arm A), TACE plus RT (arm B), TACE plus sorafenib "
                    "(arm C) or all three (arm D). Compared with arm A, the HR for death was 0.58 (95% CI, 0.36 to "
                    "0.93; P = .024) for arm B, 0.79 (95% CI, 0.50 to 1.25; P = .31) for arm C and 0.47 (95% CI, "
                    "0.29 to 0.76; P = .002) for arm D. ORR was higher in arm D.")
    assert comparisons(r, "value", "ci_low", "ci_high", "p") == [
        (0.58, 0.36, 0.93, "0.024"), (0.79, 0.5, 1.25, "0.31"), (0.47, 0.29, 0.76, "0.002")]


@pytest.mark.parametrize("line,expected", [
    ("• 12-wk PFS rate: 83.3%", [("PFS", 2.8, 83.3, None)]),
    ("• ORR: 44.4% (16/36); CR 2 (5.6%), PR 14 (38.9%)", [("ORR", None, 44.4, 16), ("CR", None, 5.6, 2), ("PR", None, 38.9, 14)]),
    ("• Simon two-stage design (H0 ORR 30%, H1 ORR 50%; power 80%)", []),
])
def test_linker_poster_bullets(nlp, line, expected):
    r = record(nlp, f"All patients received sorafenib 400 mg twice daily.\n{line}\n")
    assert [(o["endpoint"], o.get("timepoint_months"), o["value"], o.get("count")) for o in r["arms"][0]["outcomes"]] == expected


def test_linker_schedule_after_a_procedure_content_bracket(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX or sorafenib. HAIC-FOLFOX (oxaliplatin 85 mg/m2, "
                    "leucovorin 400 mg/m2 and fluorouracil 400 mg/m2) was given every 3 weeks.")
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("HAIC", "Q3W"), ("oxaliplatin", "Q3W"), ("leucovorin", "Q3W"), ("fluorouracil", "Q3W")]


@pytest.mark.parametrize("sentence", [
    "In the HAIC group, HAIC-FOLFOX was repeated every 3 weeks for up to six cycles.",
    "Each HAIC-FOLFOX session, repeated every 3 weeks, lasted two days.",
    "Patients in the HAIC group receive HAIC-FOLFOX q3w.",
])
def test_linker_an_interval_right_after_a_procedure_is_its_and_its_regimens(nlp, sentence):
    r = record(nlp, f"Patients were randomly assigned to HAIC-FOLFOX or sorafenib. {sentence}")
    haic = r["arms"][0]["regimen"]
    assert [(c["name"], c.get("frequency")) for c in haic] == [
        ("HAIC", "Q3W"), ("oxaliplatin", "Q3W"), ("leucovorin", "Q3W"), ("fluorouracil", "Q3W")]


def test_linker_an_interval_restating_a_one_day_cycle_is_the_frequency_too(nlp):
    r = record(nlp, "Patients received atezolizumab 1200 mg IV on day 1 of each 21-day cycle (Q3W), or cisplatin "
                    "60 mg/m2 on days 1-3 of each 28-day cycle, every 4 weeks.")
    assert [(c["name"], c.get("days"), c.get("cycle_days"), c.get("frequency")) for a in r["arms"]
            for c in a["regimen"]] == [("atezolizumab", "1", 21, "Q3W"), ("cisplatin", "1-3", 28, None)]


@pytest.mark.parametrize("schedule", ["on day 1 every 3 weeks", "on day 1, every three weeks", "on day 1 q3w"])
def test_linker_an_interval_after_one_day_of_a_cycle_is_the_frequency_and_the_cycle(nlp, schedule):
    r = record(nlp, f"In this single-arm phase 2 trial, patients received tislelizumab 200 mg intravenously {schedule}.")
    assert [(c["name"], c.get("days"), c.get("cycle_days"), c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("tislelizumab", "1", 21, "Q3W")]


def test_linker_an_interval_after_several_days_of_a_cycle_is_only_the_cycle(nlp):
    r = record(nlp, "In this single-arm phase 2 trial, patients received capecitabine 1000 mg/m2 on days 1-14 "
                    "every 3 weeks.")
    assert [(c["name"], c.get("days"), c.get("cycle_days"), c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("capecitabine", "1-14", 21, None)]


def test_linker_a_standard_3_plus_3_design_does_not_make_the_drug_escalated_a_prior_therapy(nlp):
    r = record(nlp, "This phase I study enrolled 12 patients. Dose escalation followed a standard 3+3 design across "
                    "three dose levels of lenvatinib given orally once daily (DL1 8 mg, DL2 12 mg, DL3 16 mg), "
                    "combined with tislelizumab 200 mg intravenously every 3 weeks.")
    assert [(c["name"], c.get("dose"), c.get("route"), c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("lenvatinib", 8, "oral", "QD"), ("tislelizumab", 200, "iv", "Q3W")]


def test_linker_an_interval_after_a_procedure_and_another_drug_is_not_the_procedures(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus nivolumab or TACE alone. Patients underwent TACE "
                    "plus nivolumab 3 mg/kg every 2 weeks.")
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"]] == [("TACE", None), ("nivolumab", "Q2W")]


def test_context_a_separate_study_is_another_study_and_its_registration_is_not_this_trials(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo (NCT01234567). A separate phase III study, "
                    "ALPHA-2 (NCT07654321), is testing sorafenib as adjuvant therapy after ablation.")
    assert r["ids"]["nct"] == ["NCT01234567"]


def test_context_another_studys_registration_written_first_is_not_this_trials(nlp):
    r = record(nlp, "Background\nXB-12 is a LAG-3 antibody. In the first-in-human dose-escalation study (NCT04917432), "
                    "no DLTs occurred up to 1200 mg.\n\nMethods\nThis phase II study (NCT05206955) enrolled patients "
                    "with unresectable HCC.")
    assert r["ids"]["nct"] == ["NCT05206955"]


def test_linker_lists_of_events_after_each_arms_number_and_grades_before_the_numbers(nlp):
    r = record(nlp, "Patients were randomized to MWA or RFA. Complications of any Clavien-Dindo grade occurred in 20 "
                    "of 150 participants (13.3%) after MWA and 24 of 150 (16.0%) after RFA; most were grade I-II "
                    "(17 [11.3%] vs 20 [13.3%]). Major complications (grade III or higher) occurred in three "
                    "participants (2.0%) in the MWA group, namely pleural effusion requiring drainage (grade IIIa, "
                    "n = 2) and liver abscess (grade IIIa, n = 1), and in four (2.7%) in the RFA group, namely "
                    "biloma (grade IIIa, n = 3) and intraperitoneal hemorrhage (grade IIIb, n = 1).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("complication", "any", 20, 13.3), ("complication", "1-2", 17, 11.3), ("major complication", ">=3", 3, 2.0),
         ("pleural effusion", "3", 2, None), ("liver abscess", "3", 1, None)],
        [("complication", "any", 24, 16.0), ("complication", "1-2", 20, 13.3), ("major complication", ">=3", 4, 2.7),
         ("biloma", "3", 3, None), ("intraperitoneal hemorrhage", "3", 1, None)]]


def test_linker_corresponding_rates_of_a_second_endpoint_follow_the_arm_order(nlp):
    r = record(nlp, "Patients were randomized to MWA or RFA. The 1-, 3-, and 5-year OS rates were 98%, 88%, and 76% in "
                    "the MWA group and 97%, 86%, and 74% in the RFA group (P = .58); corresponding RFS rates were "
                    "86%, 55%, and 38% and 84%, 52%, and 35%. A total of 300 participants (mean age, 58.6 years "
                    "± 10.2 [SD]) were randomized. Local tumor progression occurred in 3%.")
    rfs = [[(o["timepoint_months"], o["value"]) for o in a["outcomes"] if o["endpoint"] == "RFS"] for a in r["arms"]]
    assert rfs == [[(12, 86), (36, 55), (60, 38)], [(12, 84), (36, 52), (60, 35)]]
    assert "SD" not in {e["name"] for e in r["endpoints"]} and "TTR" in {e["name"] for e in r["endpoints"]}
    assert not any(o["unit"] == "years" for a in r["arms"] for o in a["outcomes"])


def test_linker_site_words_and_related_kept_before_a_complication(nlp):
    r = record(nlp, "All patients received HAIC. Port-related complications occurred in 4 patients (8.0%), and "
                    "Gastrointestinal bleeding in 2 (4.0%).")
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("port-related complication", 4), ("gastrointestinal bleeding", 2)]]


def test_linker_toxicity_before_surgery_and_a_failure_graded_on_its_own_scale(nlp):
    r = record(nlp, "Patients were randomly assigned to preoperative SBRT followed by hepatectomy or to hepatectomy alone. "
                    "SBRT was well tolerated: grade 1-2 nausea occurred in 7 (21.9%) and grade 3 ALT increase in 2 "
                    "(6.3%), all resolving before surgery. Clavien-Dindo grade III or higher complications occurred "
                    "in 3 (10.0%) and 3 (9.7%); post-hepatectomy liver failure (ISGLS grade B) occurred in 2 (6.7%) "
                    "and 2 (6.5%), respectively.")
    aes = per_arm(r, "adverse_events", "term", "grade", "count")
    assert aes[0][:2] == [("nausea", "1-2", 7), ("alanine aminotransferase increased", "3", 2)]
    assert ("post-hepatectomy liver failure", None, 2) in aes[0] and ("post-hepatectomy liver failure", None, 2) in aes[1]
    assert not any(term == "nausea" for term, _, _ in aes[1])


def test_linker_roles_past_a_bracket_with_a_semicolon_but_not_inside_a_definition(nlp):
    r = record(nlp, "Patients received lenvatinib 12 mg once daily. The primary endpoint was the disease control rate "
                    "(DCR; complete or partial response or stable disease) at 12 weeks. Secondary endpoints were "
                    "pathological complete response (pCR; no viable tumour cells), overall survival (OS) and "
                    "safety. 64 patients (32 per arm) were required.")
    roles = {e["name"]: e["role"] for e in r["endpoints"]}
    assert roles["DCR"] == "primary" and roles["OS"] == "secondary" and roles.get("SD") is None
    assert r["enrollment"]["planned"] == 64


def test_linker_phase1b_levels_without_a_part_word_and_an_mtd_dose_without_a_drug(nlp):
    r = record(nlp, "Methods: This open-label phase 1b study enrolled patients with advanced HCC. Zolbetamig was "
                    "given at 0.5, 2, 5 and 12 mg/kg Q3W with bevacizumab 15 mg/kg Q3W, both IV on day 1 of each "
                    "21-day cycle. Results: 52 patients were enrolled (escalation, n = 16; expansion, n = 36). "
                    "The MTD was 5 mg/kg, which was declared the RP2D. In escalation, ORR was 12.5% (2/16). In "
                    "expansion, ORR was 30.6% (11/36), including 3 CRs (8.3%).")
    assert [(a["n"], [(c["name"], c.get("dose"), c.get("unit")) for c in a["regimen"]]) for a in r["arms"]] == [
        (16, [("zolbetamig", 0.5, "mg/kg"), ("bevacizumab", 15, "mg/kg")]),
        (36, [("zolbetamig", 5, "mg/kg"), ("bevacizumab", 15, "mg/kg")])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 12.5)], [("ORR", 30.6), ("CR", 8.3)]]


def test_linker_placebo_schedule_values_with_totals_and_a_grade_pair_header(nlp):
    r = record(nlp, "Patients were randomly assigned (2:1) to lorvatinib 200 mg or matching placebo, taken orally twice "
                    "a day in continuous 28-day cycles. The planned enrolment was approximately 450 patients. An "
                    "objective response was seen in 24 (9%) of 260 patients versus two (2%) of 130. The most common "
                    "adverse events (lorvatinib vs placebo, any grade [grade 3 or higher]) were hypertension (30% vs "
                    "8% [11% vs 1%]) and diarrhoea (25% vs 10% [3% vs 0%]). Treatment-related deaths occurred in two "
                    "(1%) patients in the lorvatinib group (hepatic failure in one, sepsis in one) and none in the "
                    "placebo group.")
    assert [(c["name"], c.get("frequency"), c.get("route")) for a in r["arms"] for c in a["regimen"]] == [
        ("lorvatinib", "BID", "oral"), ("placebo", "BID", "oral")]
    assert r["enrollment"]["planned"] == 450
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [[("ORR", 24, 260)], [("ORR", 2, 130)]]
    aes = per_arm(r, "adverse_events", "term", "grade", "percent")
    assert aes[0][:4] == [("hypertension", "any", 30), ("hypertension", ">=3", 11), ("diarrhea", "any", 25),
                          ("diarrhea", ">=3", 3)]
    assert ("hepatic failure", "5", None) in aes[0] and not any(term == "hepatic failure" for term, _, _ in aes[1])


def test_linker_enrolment_and_sizes_with_bracketed_counts_and_a_distance_excluded(nlp):
    r = record(nlp, "Participants were randomly assigned (1:1) to MWA or RFA. Tumors located within 5 mm of the main "
                    "bile duct were excluded. A total of 280 participants (mean age, 60 years; 210 men) with 330 "
                    "HCCs were randomized: 141 (170 tumors) to MWA and 139 (160 tumors) to RFA.")
    assert r["enrollment"]["actual"] == 280 and [a["n"] for a in r["arms"]] == [141, 139]
    r = record(nlp, "RESULTS 170 patients underwent randomization: 86 were assigned to radioembolization and 84 to "
                    "chemoembolization.")
    assert r["enrollment"]["actual"] == 170 and [a["n"] for a in r["arms"]] == [86, 84]


def test_context_a_trial_named_once_is_another_study_and_the_trial_is_this_one(nlp):
    text = ("Orvex Announces Positive Phase 3 NOVA-HCC Results\n\nPatients were randomized 1:1 to orvelimab plus "
            "lenvatinib or lenvatinib alone (NCT05000001). In the trial, the combination reduced the risk of death by "
            "25% (HR 0.75; 95% CI 0.62-0.90; p=0.002) compared with lenvatinib. In the Phase 2 ARCTURUS-2 study "
            "(NCT04000002), orvelimab plus lenvatinib produced an objective response rate of 38% in 60 patients. "
            "Lenvatinib achieved a median overall survival of 13.6 months in its registration trial. To be eligible, "
            "patients had to be 18 years or older.")
    r = record(nlp, text)
    assert comparisons(r, "endpoint", "value") == [("OS", 0.75)]
    assert r["ids"]["nct"] == ["NCT05000001"]
    assert [a["outcomes"] for a in r["arms"]] == [[], []]
    assert [(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [("age", ">=", 18)]


def test_context_an_approval_based_on_another_named_trial_is_another_study(nlp):
    text = ("Patients were randomized 1:1 to orvelimab plus TACE or placebo plus TACE. Median PFS was 9.9 months "
            "with orvelimab plus TACE versus 6.2 months with placebo plus TACE (HR 0.66; 95% CI 0.52-0.84).\n\n"
            "About orvelimab\nIn 2024, regulators in Japan cleared orvelimab for gastric cancer based on the ORCA-7 trial, "
            "in which orvelimab "
            "plus chemotherapy improved median PFS to 6.8 months versus 4.1 months with chemotherapy alone (HR 0.51). "
            "In the NOVA-2 study, in which orvelimab was given with paclitaxel, the ORR was 31%.")
    r = record(nlp, text)
    assert comparisons(r, "endpoint", "value") == [("PFS", 0.66)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 9.9)], [("PFS", 6.2)]]


def test_linker_schedule_after_a_colon_list_and_a_target_sample_size(nlp):
    text = ("Intervention group: Hepatectomy followed by adjuvant HAIC. Sample size: 150\n"
            "Starting 4 weeks after hepatectomy, all drugs are infused through the hepatic arterial catheter: "
            "oxaliplatin 85 mg/m2 over 2 h, leucovorin 200 mg/m2 over 1 h, and fluorouracil 2400 mg/m2 over 46 h; "
            "every 2 weeks (day 1 of each 14-day cycle), for 4 cycles.\n"
            "Control group: Hepatectomy alone. Sample size: 150\n"
            "Target sample size: 300\n")
    r = record(nlp, text)
    drugs = [(c["name"], c.get("frequency"), c.get("days"), c.get("cycle_days"), c.get("route"))
             for c in r["arms"][0]["regimen"] if c["kind"] == "drug"]
    assert drugs == [("oxaliplatin", "Q2W", "1", 14, "intra-arterial"), ("leucovorin", "Q2W", "1", 14, "intra-arterial"),
                     ("fluorouracil", "Q2W", "1", 14, "intra-arterial")]
    assert r["enrollment"]["planned"] == 300


def test_linker_a_dose_after_a_vehicle_and_a_group_named_before_group(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to TACE with miriplatin (MPT group) or epirubicin (EPI "
                    "group). In the MPT group, miriplatin suspended in Lipiodol (20 mg/mL) was infused up to 100 "
                    "mg/body; in the EPI group, epirubicin 10-50 mg/body was emulsified with Lipiodol.")
    assert [[(c["name"], c.get("dose"), c.get("dose_max")) for c in a["regimen"] if c["kind"] == "drug"]
            for a in r["arms"]] == [[("miriplatin", 100, None), ("lipiodol", None, None)],
                                    [("epirubicin", 10, 50), ("lipiodol", None, None)]]


def test_linker_plus_after_a_toxicity_clause_and_a_shared_sentence_with_a_group_clause(nlp):
    r = record(nlp, "Pts received lenvatinib 8 mg orally once daily, increased to 12 mg from week 5 in pts without "
                    "grade 2 or higher toxicity, plus camrelizumab 200 mg IV every 3 weeks.")
    assert {c["name"] for c in r["arms"][0]["regimen"]} == {"lenvatinib", "camrelizumab"}
    r = record(nlp, "Patients were randomly assigned to TACE followed by SBRT or TACE alone. All patients underwent "
                    "TACE with epirubicin 50 mg emulsified in Lipiodol; in the combination arm, SBRT of 45 Gy in "
                    "five fractions was delivered 4 weeks after TACE.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol", "radiotherapy"], ["TACE", "epirubicin", "lipiodol"]]
    rt = next(c for c in r["arms"][0]["regimen"] if c["kind"] == "radiation")
    assert (rt["dose"], rt["fractions"]) == (45, 5)


def test_linker_paired_counts_under_an_any_grade_slash_grade_header(nlp):
    r = record(nlp, "Patients were randomized to sorafenib plus TACE or TACE alone. Adverse events (any grade/grade "
                    "≥3) in the sorafenib plus TACE vs. TACE alone groups were as follows: hypertension, 40/12 vs. "
                    "6/1; and ALT increased, 17/8 vs. 19/7.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "any", 40), ("hypertension", ">=3", 12), ("alanine aminotransferase increased", "any", 17),
         ("alanine aminotransferase increased", ">=3", 8)],
        [("hypertension", "any", 6), ("hypertension", ">=3", 1), ("alanine aminotransferase increased", "any", 19),
         ("alanine aminotransferase increased", ">=3", 7)]]


def test_linker_three_arms_with_weight_doses_sizes_respectively_and_values_in_order(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1:1) to zorvatinib 100 mg once daily (Z100 group), zorvatinib "
                    "200 mg once daily (Z200 group), or lenvatinib 12 mg/day for bodyweight of 60 kg or more or 8 "
                    "mg/day for bodyweight of less than 60 kg (lenvatinib group), all taken orally. 120 were randomly "
                    "assigned to the Z100, Z200, and lenvatinib groups (n = 40, 39 and 41, respectively). An "
                    "objective response was recorded in 10 (25%; 95% CI 13–41) of 40 patients in the Z100 group, 15 "
                    "(38%; 23–55) of 39 in the Z200 group, and 12 (29%; 16–45) of 41 in the lenvatinib group. "
                    "Any-grade hypertension occurred in 14 (35%), 20 (51%), and 23 (56%) patients. Treatment-related "
                    "adverse events led to dose reduction in eight (20%), 17 (44%), and 21 (51%) patients.")
    assert [len(a["regimen"]) for a in r["arms"]] == [1, 1, 2] and [a["n"] for a in r["arms"]] == [40, 39, 41]
    assert per_arm(r, "outcomes", "endpoint", "count", "total", "ci_low") == [
        [("ORR", 10, 40, 13)], [("ORR", 15, 39, 23)], [("ORR", 12, 41, 16)]]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("hypertension", 14), ("adverse event leading to dose reduction", 8)],
        [("hypertension", 20), ("adverse event leading to dose reduction", 17)],
        [("hypertension", 23), ("adverse event leading to dose reduction", 21)]]
    assert r["adverse_events"] == []


def test_linker_events_leading_to_a_dose_change_are_terms_and_a_second_change_may_be_elliptical(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or lenvatinib. Adverse events led to dose reduction in "
                    "12 (30%) and 4 (10%) patients, and to permanent discontinuation in three (8%) and one (3%), "
                    "respectively. TRAE leading to dose interruption: 9 (23%) vs 2 (5%).")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("adverse event leading to dose reduction", 12, 30), ("adverse event leading to discontinuation", 3, 8),
         ("adverse event leading to dose interruption", 9, 23)],
        [("adverse event leading to dose reduction", 4, 10), ("adverse event leading to discontinuation", 1, 3),
         ("adverse event leading to dose interruption", 2, 5)]]


def test_linker_values_with_totals_joined_by_commas_are_one_per_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to durvalumab plus lenvatinib (n=1,377), durvalumab plus "
                    "tremelimumab (n=378), or sorafenib (n=376). An objective response was recorded in 98 (26.0%) of "
                    "1,377, 76 (20.1%) of 378, and 23 (6.1%) of 376 patients.")
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [
        [("ORR", 98, 1377)], [("ORR", 76, 378)], [("ORR", 23, 376)]]


@pytest.mark.parametrize("written", ["Deaths due to treatment-related adverse events", "Adverse events leading to death",
                                     "Fatal TRAEs"])
def test_linker_deaths_due_to_adverse_events_are_grade_5(nlp, written):
    r = record(nlp, f"Patients were randomly assigned to sorafenib or lenvatinib. {written} occurred in seven (2%) and "
                    "three (1%) patients, respectively.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 7)], [("any adverse event", "5", 3)]]


def test_linker_ratios_listed_after_a_plural_head_or_after_each_pair(nlp):
    r = record(nlp, "Patients were randomly assigned to durvalumab plus lenvatinib, durvalumab plus tremelimumab, or "
                    "sorafenib. Median PFS was 8.1, 5.4 and 4.1 months; HRs versus sorafenib were 0.61 (0.52-0.72; "
                    "p<0.0001) and 0.93 (0.79-1.10; p=0.41). Median OS was 19.6, 17.2 and 13.9 months (durvalumab "
                    "plus lenvatinib vs sorafenib: hazard ratio [HR] 0.72 [95% CI 0.61-0.85], p<0.0001; durvalumab "
                    "plus tremelimumab vs sorafenib: 0.84 [0.71-0.99], p=0.037).")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("PFS", 0.61, 0.52, 0.72, "<0.0001"), ("PFS", 0.93, 0.79, 1.1, "0.41"),
        ("OS", 0.72, 0.61, 0.85, "<0.0001"), ("OS", 0.84, 0.71, 0.99, "0.037")]


def test_linker_an_allocation_ratio_is_not_a_size_and_sizes_may_follow_the_arms_names(nlp):
    r = record(nlp, "Patients were randomized 1 : 1 to adjuvant TACE or to hepatectomy alone. In all, 234 patients were "
                    "randomized (adjuvant TACE 116, hepatectomy alone 118).")
    assert [a["n"] for a in r["arms"]] == [116, 118]


def test_linker_bare_intervals_written_with_to_and_an_open_upper_bound(nlp):
    r = record(nlp, "Patients were randomized to adjuvant TACE or to hepatectomy alone. Median RFS was 41.3 (95% CI "
                    "29.8 to 56.0) months with adjuvant TACE and 22.4 (16.1 to 30.9) months with hepatectomy alone. "
                    "Median OS was 70.2 (55.0 to not estimable) months in the TACE group and 61.7 (48.3-NE) months in "
                    "the hepatectomy group.")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("RFS", 41.3, 29.8, 56), ("OS", 70.2, 55, None)], [("RFS", 22.4, 16.1, 30.9), ("OS", 61.7, 48.3, None)]]


def test_linker_what_a_procedure_was_performed_with_after_a_colon(nlp):
    r = record(nlp, "Patients were randomized 1:1 to adjuvant TACE or to hepatectomy alone. A single session of adjuvant "
                    "TACE was performed 4-6 weeks after surgery: an emulsion of epirubicin 50 mg/m2 and lipiodol 5-10 ml "
                    "was injected into the proper hepatic artery.")
    assert [(c["name"], c.get("dose"), c.get("dose_max"), c.get("route")) for c in r["arms"][0]["regimen"]] == [
        ("TACE", None, None, None), ("epirubicin", 50, None, "intra-arterial"), ("lipiodol", 5, 10, "intra-arterial")]
    assert [c["name"] for c in r["arms"][1]["regimen"]] == ["resection"]


def test_linker_a_grade_before_one_arms_events_stops_at_a_clause_naming_the_other_arm(nlp):
    r = record(nlp, "Patients were randomized to PBT or RFA. Complications after PBT were grade 2 radiation pneumonitis "
                    "(n = 2, 2.9%) and rib fracture (n = 1, 1.4%); after RFA they included liver abscess (n = 2, 2.9%) "
                    "and biloma (n = 1, 1.4%).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("radiation pneumonitis", "2", 2), ("rib fracture", "2", 1)],
        [("liver abscess", None, 2), ("biloma", None, 1)]]


def test_linker_a_lone_v_between_results_is_versus(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX or sorafenib (Vp4 v other). Median PFS was 7.0 "
                    "months (95% CI, 5.6 to 8.4) v 3.8 months (95% CI, 2.9 to 4.7), and the DCR was 76.6% (49/64) v "
                    "45.5% (30/66).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("PFS", 7, None), ("DCR", 76.6, 49)], [("PFS", 3.8, None), ("DCR", 45.5, 30)]]


def test_linker_terse_poster_forms(nlp):
    r = record(nlp, "Single-arm ph 2 study. Pts received donafenib (a deuterated sorafenib derivative) 200 mg PO BID "
                    "D1-14 + sintilimab 200 mg IV D1 (21-d cycles); planned N = 55. Safety: no G5 TRAEs. Most common "
                    "TRAEs: AST incr 13 (25.0%), PLT count decr 11 (21.2%).")
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["donafenib", "sintilimab"]
    assert [c.get("cycle_days") for c in r["arms"][0]["regimen"]] == [21, 21]
    assert r["enrollment"]["planned"] == 55
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[
        ("any adverse event", "5", 0), ("aspartate aminotransferase increased", None, 13),
        ("thrombocytopenia", None, 11)]]


def test_linker_a_conditional_no_toxicity_is_not_a_zero_count(nlp):
    r = record(nlp, "Patients received apatinib 250 mg once daily. If no grade >=2 toxicity had occurred after 2 weeks, "
                    "the dose was escalated. No treatment-related deaths were observed.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("any adverse event", "5", 0)]]


def test_linker_a_dose_escalated_to_in_a_later_sentence_is_a_level_of_its_own(nlp):
    r = record(nlp, "Patients were randomized to TACE plus apatinib or TACE alone. In the TACE-A arm, apatinib was "
                    "taken orally at 250 mg once daily. If no grade >=2 toxicity occurred after 2 weeks, the dose was "
                    "escalated to 500 mg qd. For grade 3-4 toxicity, the dose was reduced to 250 mg every other day.")
    assert per_arm(r, "regimen", "name", "dose", "frequency", "route")[0] == [
        ("TACE", None, None, None), ("apatinib", 250, "QD", "oral"), ("apatinib", 500, "QD", "oral")]
    assert [c["name"] for c in r["arms"][1]["regimen"]] == ["TACE"]


def test_linker_drugs_followed_by_after_a_time_phrase_are_given_at_the_other_arms_doses(nlp):
    r = record(nlp, "Patients were randomized to Arm A or Arm B.\nArm A (control): atezolizumab 1200 mg plus bevacizumab "
                    "15 mg/kg every 3 weeks.\nArm B (experimental): SBRT 40 Gy in 5 fractions, followed 7-14 days after "
                    "the last fraction by atezolizumab and bevacizumab at the same doses.\n")
    assert [(c["name"], c.get("dose")) for c in r["arms"][1]["regimen"]] == [
        ("radiotherapy", 40), ("atezolizumab", 1200), ("bevacizumab", 15)]


def test_linker_an_emulsion_in_the_sentence_after_a_procedure_is_its_contents_in_every_arm(nlp):
    r = record(nlp, "Patients were randomized to TACE plus apatinib or TACE alone. In both arms, conventional TACE was "
                    "performed via the femoral approach. After angiography, an emulsion of epirubicin (30-50 mg) and "
                    "lipiodol (5-20 mL) was injected into the feeding arteries.")
    assert [[(c["name"], c.get("dose"), c.get("dose_max")) for c in a["regimen"] if c["name"] != "apatinib"]
            for a in r["arms"]] == [[("TACE", None, None), ("epirubicin", 30, 50), ("lipiodol", 5, 20)]] * 2


def test_linker_reduced_doses_and_their_schedules_are_not_planned(nlp):
    r = record(nlp, "Patients received sorafenib 400 mg orally twice daily plus HAIC-FOLFOX every 3 weeks. Oxaliplatin "
                    "was reduced to 65 mg/m2 and fluorouracil to 300 mg/m2 (bolus) and 1,800 mg/m2 (infusion). "
                    "Sorafenib was reduced to 400 mg once daily.")
    got = [(c["name"], c.get("dose"), c.get("frequency")) for c in r["arms"][0]["regimen"]]
    assert ("sorafenib", 400, "BID") in got and not [g for g in got if g[1] in (65, 300, 1800) or g[2] == "QD"]


def test_linker_we_planned_to_enroll_is_the_planned_size_and_the_per_arm_split_not_the_arms(nlp):
    r = record(nlp, "With 80% power, 104 deaths were required; we planned to enroll 126 patients (63 per arm). In all, "
                    "130 patients were randomly assigned to HAIC-FOLFOX (n = 64) or sorafenib (n = 66).")
    assert (r["enrollment"], [a["n"] for a in r["arms"]]) == ({"actual": 130, "planned": 126}, [64, 66])


def test_linker_what_a_procedure_was_performed_with_after_a_time_phrase(nlp):
    r = record(nlp, "Patients were randomly assigned to adjuvant TACE or to no adjuvant therapy. Adjuvant TACE was "
                    "performed 4 to 6 weeks after hepatectomy with an emulsion of epirubicin 40 mg/m2 and lipiodol 8 mL.")
    assert [(c["name"], c.get("dose"), c.get("unit")) for c in r["arms"][0]["regimen"]] == [
        ("TACE", None, None), ("epirubicin", 40, "mg/m2"), ("lipiodol", 8, "mL")]


def test_linker_a_future_randomisation_is_the_planned_enrolment_only(nlp):
    r = record(nlp, "Brief Summary: Approximately 400 participants will be randomly assigned 1:1 to atezolizumab or "
                    "placebo.\n\nEstimated Enrollment: 400 participants\n")
    assert r["enrollment"] == {"actual": None, "planned": 400}


def test_linker_a_back_up_radiation_prescription_is_a_second_component(nlp):
    r = record(nlp, "In this single-arm phase 2 trial, SBRT was given as 45 Gy/5 fractions (9 Gy per fraction). When "
                    "normal-liver constraints could not be met, the prescription was reduced to 40 Gy in 5 fractions "
                    "of 8 Gy.")
    assert [(c.get("dose"), c.get("dose_per_fraction"), c.get("fractions")) for c in r["arms"][0]["regimen"]] == [
        (45, 9, 5), (40, 8, 5)]


@pytest.mark.parametrize("text", [
    # the prescription in a clause about one arm, then the dose it may be reduced to (randomised)
    "Patients were randomised to TACE followed by SBRT or to TACE alone. In the TACE-SBRT arm, plans prescribed 40 Gy "
    "in 5 fractions (8 Gy \u00d7 5), delivered every other day. If the constraints could not be met, the prescription "
    "was reduced to 30 Gy in 5 fractions (6 Gy \u00d7 5).",
    # a later clause's de-escalated prescription, with its fractionation in brackets
    "Patients were randomised to SBRT followed by sintilimab or to SBRT alone. SBRT will deliver 40 Gy in 5 fractions of "
    "8 Gy; in patients with Child-Pugh B7 liver function, the dose will be de-escalated to 30 Gy in 5 fractions (6 Gy per "
    "fraction)."])
def test_linker_a_reduced_prescription_of_a_randomised_arm_is_its_second_component(nlp, text):
    r = record(nlp, text)
    rad = [(c.get("dose"), c.get("dose_per_fraction"), c.get("fractions")) for c in r["arms"][0]["regimen"]
           if c["kind"] == "radiation"]
    assert rad == [(40, 8, 5), (30, 6, 5)]


def test_linker_a_plain_language_summary_with_group_lines_and_shares_out_of_100(nlp):
    text = ("What treatments did participants get?\n"
            "• Group 1 - sorafenib plus TACE (150 people).\n"
            "• Group 2 - sorafenib alone (148 people).\n\n"
            "What side effects did participants have?\n"
            "• Any side effect: 140 of 150 people (93 out of 100) in Group 1 and 130 of 148 people (88 out of 100) "
            "in Group 2.\n")
    r = record(nlp, text)
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "sorafenib"], ["sorafenib"]]
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("any adverse event", 140, 93)], [("any adverse event", 130, 88)]]


@pytest.mark.parametrize("noun", ["participants", "subjects", "patients"])
def test_linker_an_arms_size_in_brackets_after_its_name_in_a_later_sentence(nlp, noun):
    r = record(nlp, "Patients with unresectable hepatocellular carcinoma were randomly assigned 2:1 to lenvatinib 12 mg "
                    f"once daily or sorafenib 400 mg twice daily. Baseline characteristics of the lenvatinib arm (82 "
                    f"{noun}) and the sorafenib arm (41 {noun}) were balanced.")
    assert [a["n"] for a in r["arms"]] == [82, 41]


def test_linker_a_hyphenated_group_name_and_the_value_after_an_arms_value(nlp):
    r = record(nlp, "Patients were randomized to TACE plus sintilimab (TACE-S group) or TACE alone (TACE group). The "
                    "objective response rate was 62.5% (40/64) with TACE-S and 45.3% (29/64) with TACE alone.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 62.5)], [("ORR", 45.3)]]
    r = record(nlp, "Patients were randomized to TACE combined with lenvatinib (TACE-L group) or TACE monotherapy "
                    "(TACE group). All patients received epirubicin and lipiodol with TACE. Grade 3/4 adverse events "
                    "were recorded in 46.4% of TACE-L patients and 29.8% of TACE patients.")
    assert per_arm(r, "adverse_events", "percent") == [[(46.4,)], [(29.8,)]]


@pytest.mark.parametrize("sentence, name, cue, after_cue", [
    ("Of 315 patients, 157 were allocated to HAIC and 158 to routine follow-up.", "routine follow-up", "size_to", None),
    ("Of 315 patients, 157 were allocated to HAIC and 158 to routine follow-up.", "haic", "size_to", None),
    ("Of 315 patients, 157 were allocated to HAIC-FOLFOX and 158 to sorafenib.", "haic", "size_to", None),  # none
    ("Of 315 patients, 157 were allocated to HAIC-FOLFOX and 158 to sorafenib.", "haic-folfox", "size_to", None),
    ("Patients (62 NIVO+TREM, 61 NIVO) were treated.", "nivo", "size_in_list", "size_in_list_end"),
    ("Patients (62 NIVO+TREM, 61 NIVO) were treated.", "nivo+trem", "size_in_list", "size_in_list_end"),
    ("234 patients were randomized (adjuvant TACE 116, hepatectomy alone 118).", "hepatectomy alone", "name_in_list", "size_after_name"),
    ("234 patients were randomized (adjuvant TACE 116, hepatectomy alone 118).", "tace", "name_in_list", "size_after_name"),
])
def test_size_beside_a_name_equals_the_pattern_written_around_it(nlp, sentence, name, cue, after_cue):
    from hcc_nlp.linker import _size_beside
    cues = nlp.get_pipe("hcc_linker")._c
    after = cues[after_cue].pattern if after_cue else r"(?![\w-])"
    whole = re.compile(cues[cue].pattern + re.escape(name) + after, re.I).search(sentence)
    got = _size_beside(sentence, name, cues[cue].pattern, after)
    assert (got and got.group(1)) == (whole and whole.group(1))


def test_size_beside_a_name_absent_or_without_a_size(nlp):
    from hcc_nlp.linker import _size_beside
    size_to = nlp.get_pipe("hcc_linker")._c["size_to"].pattern
    assert _size_beside("157 were allocated to HAIC-FOLFOX.", "haic", size_to) is None
    assert _size_beside("Patients were allocated to HAIC.", "haic", size_to) is None
    assert _size_beside("157 were allocated to HAIC.", "haic", size_to).group(1) == "157"


@pytest.mark.parametrize("sentence, sizes", [
    ("Of 300 patients, 148 were randomly assigned to sorafenib and 152 to placebo.", [148, 152]),
    ("One hundred and fifty were randomly assigned to sorafenib and 150 to placebo.", [150, 150]),
    ("Twenty-two patients were randomly allocated to sorafenib, and 23 to placebo.", [22, 23]),
])
def test_linker_arm_sizes_before_a_randomly_assigned_arm(nlp, sentence, sizes):
    r = record(nlp, "Patients with HCC were randomized to sorafenib or placebo. " + sentence
               + " Median OS was 10.7 months with sorafenib and 7.9 months with placebo.")
    assert [a["n"] for a in r["arms"]] == sizes


def test_a_spelled_number_is_no_arm_size_without_a_verb(nlp):
    size_to = nlp.get_pipe("hcc_linker")._c["size_to"]
    assert size_to.search("cycles went from one to sorafenib") is None
    assert size_to.search("Forty were assigned to sorafenib").group(1) == "Forty"


def test_linker_arms_of_one_radiotherapy_at_two_prescriptions(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to SBRT 40 Gy in 5 fractions (8 Gy per fraction; "
                    "BED10 72 Gy) or 27.5 Gy in 5 fractions (5.5 Gy per fraction; BED10 42.6 Gy). Two-year "
                    "local control was 91.4% with 40 Gy and 84.7% with 27.5 Gy. RILD, all of the nonclassic "
                    "type, developed in 8 of 62 patients (12.9%) after 40 Gy and 3 of 61 (4.9%) after 27.5 Gy.")
    assert per_arm(r, "regimen", "name", "technique", "dose", "dose_per_fraction", "fractions") == [
        [("radiotherapy", "SBRT", 40, 8, 5)], [("radiotherapy", "SBRT", 27.5, 5.5, 5)]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("LC", 91.4)], [("LC", 84.7)]]
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("radiation-induced liver disease", 8, 12.9)], [("radiation-induced liver disease", 3, 4.9)]]


def test_linker_a_hazard_ratio_in_lesions_over_a_size_is_a_subgroups(nlp):
    r = record(nlp, "Patients were randomly assigned to SBRT 45 Gy in 3 fractions or 50 Gy in 5 fractions. "
                    "The HR for local failure was 0.91 (95% CI 0.54-1.53). In an exploratory analysis, lesions "
                    ">40 mm had lower local control with 3 fractions (HR for local failure, 1.84; 95% CI, 0.52-6.49).")
    assert [(c["endpoint"], c["value"]) for c in r["comparisons"] if c.get("value")] == [("LC", 0.91)]


def test_linker_arms_named_with_a_comma_in_a_list_and_the_drug_written_before_it(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1:1 to one of three oral lenvatinib strategies given in "
                    "28-day cycles: arm A, 12 mg once daily; arm B, 8 mg once daily; or arm C, 4 mg once daily "
                    "for 2 weeks and then 8 mg once daily. Median PFS was 5.1 months in arm A, 4.8 months in arm "
                    "B and 4.0 months in arm C.")
    assert [a["label"].split(":")[0] for a in r["arms"]] == ["arm A", "arm B", "arm C"]
    assert per_arm(r, "regimen", "dose", "route", "cycle_days") == [
        [(12, "oral", 28)], [(8, "oral", 28)], [(4, "oral", 28), (8, "oral", 28)]]
    assert per_arm(r, "outcomes", "value") == [[(5.1,)], [(4.8,)], [(4.0,)]]
    r = record(nlp, "Patients were randomized to arm A, sorafenib 400 mg twice daily plus FOLFOX4; arm B, "
                    "sorafenib 400 mg twice daily alone; or arm C, FOLFOX4 alone.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["fluorouracil", "leucovorin", "oxaliplatin", "sorafenib"], ["sorafenib"],
        ["fluorouracil", "leucovorin", "oxaliplatin"]]


def test_linker_arms_named_as_sequences_with_their_sizes_before_them(nlp):
    r = record(nlp, "In all, 200 patients were randomly assigned: 101 to sequence AB (sorafenib first line, "
                    "regorafenib on progression) and 99 to sequence BA (regorafenib first line, sorafenib on "
                    "progression). Median OS was 20.1 months for sequence AB and 17.9 months for sequence BA.")
    assert [(a["label"].split(" (")[0], a["n"]) for a in r["arms"]] == [("sequence AB", 101), ("sequence BA", 99)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 20.1)], [("OS", 17.9)]]


def test_linker_a_review_entry_of_experimental_and_control_lines_with_sizes_and_notes(nlp):
    r = record(nlp, "Methods\nStudy design: open-label randomised controlled trial\n\nParticipants\nMean age (SD): "
                    "61.2 (9.8) years\n\nInterventions\nExperimental (n = 60): TACE plus lenvatinib 8 mg orally "
                    "once daily\nControl (n = 58): TACE alone, repeated on demand\n\nOutcomes\nPrimary outcome: "
                    "overall survival\nSecondary outcomes: time to progression; adverse events\n\nNotes\nOutcome "
                    "data from the publication: median OS 22.4 months (TACE plus lenvatinib) versus 17.0 months "
                    "(TACE alone), HR 0.70, 95% CI 0.50 to 0.98\n")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["TACE", "lenvatinib"], 60), (["TACE"], 58)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 22.4)], [("OS", 17.0)]]
    assert comparisons(r, "endpoint", "value") == [("OS", 0.7)]
    assert "SD" not in {e["name"] for e in r["endpoints"]}


def test_linker_arm_lines_with_an_arrow(nlp):
    r = record(nlp, "Design: open-label, randomized 1:1, N=400.\nArm A -> lenvatinib 12 mg PO QD\nArm B -> sorafenib "
                    "400 mg PO BID\nmOS 14.1 vs 12.0 mo, HR .80 (.66-.97)")
    assert per_arm(r, "regimen", "name", "dose", "frequency") == [[("lenvatinib", 12, "QD")], [("sorafenib", 400, "BID")]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 14.1)], [("OS", 12.0)]]


def test_linker_named_group_lines_with_sizes_in_people_and_a_placebo_that_looks_like_the_drug(nlp):
    r = record(nlp, "This was a randomised, double-blind study.\n- Combination group (345 people): tislelizumab 200 mg "
                    "into a vein every 3 weeks plus lenvatinib 12 mg by mouth once a day.\n- Lenvatinib-only group "
                    "(343 people): a placebo drip, which looked the same as tislelizumab, plus lenvatinib 12 mg by "
                    "mouth once a day.\n\nPeople in the combination group lived for a median of 20.4 months, compared "
                    "with 16.8 months in the lenvatinib-only group.")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["lenvatinib", "tislelizumab"], 345), (["lenvatinib", "placebo"], 343)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 20.4)], [("OS", 16.8)]]


def test_linker_an_arm_line_wrapped_onto_indented_lines(nlp):
    r = record(nlp, "Study type: Interventional\nIntervention Description\n  - TACE-RT group: conventional TACE with "
                    "doxorubicin 30-60 mg (adjusted to tumour\n    size), then external-beam radiotherapy: 45 Gy in 25 "
                    "fractions (1.8 Gy per\n    fraction).\n  - Sorafenib group: sorafenib 400 mg orally twice daily "
                    "until\n    progression.\nNumber of Arms 2\n")
    assert per_arm(r, "regimen", "name", "dose") == [
        [("TACE", None), ("doxorubicin", 30), ("radiotherapy", 45)], [("sorafenib", 400)]]


def test_linker_adverse_event_lines_under_a_heading_line_take_its_grade(nlp):
    r = record(nlp, "Patients were randomised to lenvatinib or sorafenib.\n\nGrade 3-4 adverse events:\n"
                    "Hypertension: 23.0% vs 14.3%\nDiarrhea: 4.2% vs 4.4%\n\n"
                    "Most common side effects of any severity (lenvatinib vs sorafenib)\n"
                    "High blood pressure (hypertension): 201 (42.2%) vs 144 (30.3%)\n")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("hypertension", "3-4", 23.0), ("diarrhea", "3-4", 4.2), ("hypertension", "any", 42.2)],
        [("hypertension", "3-4", 14.3), ("diarrhea", "3-4", 4.4), ("hypertension", "any", 30.3)]]


def test_linker_a_plain_language_summary_its_goals_joiners_and_smaller_group(nlp):
    r = record(nlp, "In total, 1,012 people were checked to see if they could take part, and 688 people joined the "
                    "study. A computer put each person by chance into the combination group (tislelizumab plus "
                    "lenvatinib) or the lenvatinib-only group (placebo plus lenvatinib). The main (primary) goal was "
                    "to find out how long people lived (overall survival). Secondary goals included progression-free "
                    "survival. Overall survival: hazard ratio 0.79 (95% CI 0.66-0.95). In a smaller group of people "
                    "whose cancer was linked to hepatitis B, the hazard ratio for overall survival was 0.70.")
    assert r["enrollment"]["actual"] == 688
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("PFS", "secondary")]
    assert [c["value"] for c in r["comparisons"]] == [0.79]


def test_linker_adverse_events_leading_to_treatment_discontinuation_keep_the_texts_words(nlp):
    r = record(nlp, "Patients were randomised to tislelizumab or placebo. Adverse events leading to treatment "
                    "discontinuation occurred in 30 (9.1%) and 8 (2.4%) patients, respectively; adverse events "
                    "leading to discontinuation of lenvatinib occurred in 12 (3.6%) and 5 (1.5%).")
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("adverse event leading to treatment discontinuation", 30), ("adverse event leading to discontinuation", 12)],
        [("adverse event leading to treatment discontinuation", 8), ("adverse event leading to discontinuation", 5)]]


def test_linker_an_endpoints_events_in_a_sentence_are_no_rate(nlp):
    r = record(nlp, "Patients were randomized to tislelizumab or placebo. RFS events had occurred in 127 (38.0%) "
                    "patients in the tislelizumab arm and 158 (47.3%) in the placebo arm; the 2-year RFS rate was "
                    "62.1% and 51.0%. Median RFS was 33.2 months with tislelizumab and 24.9 months with placebo.")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("RFS", "rate", 62.1), ("RFS", "median", 33.2)], [("RFS", "rate", 51.0), ("RFS", "median", 24.9)]]


def test_linker_a_single_arm_trial_with_an_external_control_cohort(nlp):
    r = record(nlp, "Methods: In this single-arm phase 2 trial, patients received camrelizumab 200 mg intravenously "
                    "every 3 weeks plus TACE. The historical control cohort comprised patients treated with TACE "
                    "alone at the same centres, matched 1:2 on tumour burden.\nResults: 40 patients were enrolled; "
                    "80 matched controls formed the comparison. Median PFS was 9.1 months in the trial cohort "
                    "versus 5.2 months among matched controls (HR 0.55; 95% CI 0.36-0.84). Grade 3-4 adverse "
                    "events occurred in 12 patients (30.0%).")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["TACE", "camrelizumab"], 40), (["TACE"], 80)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 9.1)], [("PFS", 5.2)]]
    assert per_arm(r, "adverse_events", "term", "percent") == [[("any adverse event", 30.0)], []]
    assert r["randomized"] is False


def test_in_order_arm_codes():
    from hcc_nlp.arms import _in_order
    assert _in_order(["A", "B", "C"]) and _in_order(["1", "2"]) and _in_order(["a", "b"])
    assert not _in_order(["B", "C"]) and not _in_order(["A", "C"])


def test_linker_a_count_written_n_equals_count_over_total(nlp):
    r = record(nlp, "In this single-arm phase 2 study, 43 patients received cabozantinib 40 mg once daily. "
                    "The disease control rate was 76.7% (n = 33/43; 95% CI 61.4-88.2) and the objective "
                    "response rate was 20.9% (n = 9/43).")
    rates = {(o["endpoint"], o["value"], o.get("count"), o.get("total"), o.get("ci_low"))
             for o in r["arms"][0]["outcomes"]}
    assert rates == {("DCR", 76.7, 33, 43, 61.4), ("ORR", 20.9, 9, 43, None)}


@pytest.mark.parametrize("where", ["in the TACE and TACE-L groups, respectively", "in the TACE, and TACE-L arms, respectively"])
def test_linker_arm_names_listed_before_a_plural_group_noun(nlp, where):
    r = record(nlp, "Patients were randomly assigned to TACE plus lenvatinib (TACE-L group) or TACE alone (TACE group). "
                    f"The median overall survival was 14.1 months and 20.3 months {where}.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 20.3)], [("OS", 14.1)]]


def test_linker_a_procedure_whose_listed_drugs_were_all_given_at_one_interval(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC plus sintilimab or HAIC alone. HAIC consisted of "
                    "oxaliplatin 130 mg/m2 and raltitrexed 3 mg/m2, all infused through a microcatheter in the "
                    "common hepatic artery, every 3 weeks for up to six sessions.")
    haic_alone = r["arms"][1]["regimen"]
    assert {(c["name"], c.get("frequency"), c.get("route")) for c in haic_alone} == {
        ("HAIC", "Q3W", None), ("oxaliplatin", "Q3W", "intra-arterial"), ("raltitrexed", "Q3W", "intra-arterial")}


def test_linker_a_combination_dose_is_not_shared_by_a_distant_both(nlp):
    r = record(nlp, "The recommended dose of the combination is sorafenib 200 mg twice daily on days 1-28 plus "
                    "bevacizumab 2.5 mg/kg on days 1 and 15 of a 28-day cycle.")
    doses = {(c["name"], c.get("dose")) for c in r["arms"][0]["regimen"]}
    assert doses == {("sorafenib", 200), ("bevacizumab", 2.5)}


def test_linker_registry_interventions_listed_after_the_arm_groups_are_no_arm_s(nlp):
    r = record(nlp, "Arms and Interventions\nExperimental: Camrelizumab + Apatinib\n"
                    "  Camrelizumab 200 mg intravenously every 2 weeks plus apatinib 250 mg orally once daily.\n"
                    "Active Comparator: Sorafenib\n  Sorafenib 400 mg orally twice daily.\n"
                    "Drug: Camrelizumab   Other Names: SHR-1210\nDrug: Apatinib   Other Names: YN968D1\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["apatinib", "camrelizumab"], ["sorafenib"]]


def test_linker_registry_intervention_lines_under_an_arm_are_its_own(nlp):
    r = record(nlp, "Arms and Interventions\nExperimental: Donafenib\nDrug: Donafenib 200 mg orally twice daily\n"
                    "Active Comparator: Sorafenib\nDrug: Sorafenib 400 mg orally twice daily\n")
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("donafenib", 200)], [("sorafenib", 400)]]


@pytest.mark.parametrize("sentence", [
    "The primary endpoint was RFS. Key secondary endpoint was OS; other secondary endpoints were time to "
    "recurrence and safety.",
    "The primary end point is RFS; the key secondary end point is OS; other secondary end points include time to "
    "recurrence and safety.",
])
def test_linker_a_second_role_cue_after_a_semicolon(nlp, sentence):
    r = record(nlp, sentence)
    assert r["endpoints"] == [{"name": "RFS", "role": "primary"}, {"name": "OS", "role": "secondary"},
                              {"name": "TTR", "role": "secondary"}, {"name": "AE", "role": "secondary"}]


def test_linker_alternative_fractionations_and_doses_per_fraction_written_with_times(nlp):
    r = record(nlp, "Patients were randomised to SBRT or RFA. SBRT delivered 45 Gy in 3 fractions (15 Gy × 3) on "
                    "alternate days; nodules within 2 cm of the bowel received 40 Gy/5 fr instead (5 × 8 Gy).")
    sbrt = [(c["dose"], c.get("dose_per_fraction"), c.get("fractions")) for c in r["arms"][0]["regimen"]]
    assert sbrt == [(45, 15, 3), (40, 8, 5)]


def test_linker_risk_of_local_progression_is_local_control(nlp):
    r = record(nlp, "Patients were randomised to SBRT or TACE. SBRT reduced the risk of local progression "
                    "(HR 0.24, 95% CI [0.11; 0.52], p < 0.001).")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("LC", 0.24, 0.11, 0.52, "<0.001")]


def test_linker_a_short_form_of_one_arms_treatments_names_that_arm(nlp):
    r = record(nlp, "TACE combined with donafenib versus TACE alone: a randomized study\n\n"
                    "We compared TACE combined with donafenib (TACE-D) with TACE alone. Patients were randomly "
                    "assigned (1:1) into TACE-D group or TACE group. The mOS was 21.4 months in TACE-D group and "
                    "15.8 months in TACE group.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 21.4)], [("OS", 15.8)]]


def test_linker_short_forms_of_nested_regimens_name_the_closest_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib alone (LEN), lenvatinib plus TACE (LEN-TACE) or "
                    "lenvatinib plus TACE and radiotherapy (LEN-TACE-RT). Grade 3 or 4 hypertension occurred in 12 "
                    "(14%) patients given LEN alone versus 13 (15%) and 11 (13%) in the LEN-TACE and LEN-TACE-RT groups.")
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("hypertension", 12)], [("hypertension", 13)], [("hypertension", 11)]]


def test_linker_each_count_before_its_own_bracketed_percent(nlp):
    r = record(nlp, "Patients were randomised to SBRT, TACE or RFA. Grade 3 or higher adverse events occurred in "
                    "4/71 (5.6%), 15/69 (21.7%) and 6/70 (8.6%) patients in the SBRT, TACE and RFA arms.")
    assert per_arm(r, "adverse_events", "count", "percent") == [[(4, 5.6)], [(15, 21.7)], [(6, 8.6)]]


def test_linker_a_labelled_sample_size_calculation_and_a_planned_total_with_a_clause(nlp):
    r = record(nlp, "Patients will be randomly assigned to SIRT followed by atezolizumab plus bevacizumab or to "
                    "atezolizumab plus bevacizumab alone. Phase III part: assuming a median OS of 15.0 months in the "
                    "control arm and an HR of 0.70 (median 21.4 months), 247 deaths give 80% power at a two-sided "
                    "alpha of 0.05. A total of 330 patients (165 per arm), including those of the phase II part, "
                    "will be randomised.")
    assert r["enrollment"] == {"planned": 330, "actual": None}
    assert [a["n"] for a in r["arms"]] == [None, None]
    assert r["comparisons"] == [] and all(a["outcomes"] == [] for a in r["arms"])


def test_linker_designed_to_randomize_is_the_planned_enrolment(nlp):
    r = record(nlp, "The study was designed to randomize 120 participants in a 1:1 ratio to toripalimab plus "
                    "lenvatinib or lenvatinib. Enrollment: 123 (Actual)")
    assert r["enrollment"] == {"planned": 120, "actual": 123}


PARTS_BY_CODE = (
    "Study design. This open-label, non-randomized phase 1 study followed a 3+3 design in Part A (dose escalation); "
    "Part B (expansion) enrolled patients at the recommended phase 2 dose (RP2D).\n"
    "Treatment. Treatment was given in 21-day cycles: XB-101 (velafertinib) orally once daily on d1-14, and "
    "durvalumab 1,500 mg i.v. q3w on d1. XB-101 dose levels were 100 mg (DL1), 200 mg (DL2), 300 mg (DL3) and "
    "400 mg (DL4).\n"
    "Results. In all, 40 pts were enrolled: 16 in Part A and 24 in Part B. 400 mg exceeded the MTD, and 300 mg "
    "once daily was declared the MTD and the RP2D. In Part B, the ORR was 25.0% (6/24).")


def test_linker_escalation_and_expansion_parts_named_by_code(nlp):
    r = record(nlp, PARTS_BY_CODE)
    assert [a["n"] for a in r["arms"]] == [16, 24]
    assert [[(c["name"], c.get("dose"), c.get("frequency")) for c in a["regimen"]] for a in r["arms"]] == [
        [("velafertinib", 100, "QD"), ("durvalumab", 1500, "Q3W")],
        [("velafertinib", 300, "QD"), ("durvalumab", 1500, "Q3W")]]
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[], [("ORR", 25, 6, 24)]]


def test_linker_a_benefit_observed_in_both_strata_is_a_subgroup_result(nlp):
    r = record(nlp, "Patients were randomized to camrelizumab or placebo. RFS was longer with camrelizumab "
                    "(HR 0.66, 95% CI 0.50-0.87; p=0.003). The RFS benefit was observed after both resection "
                    "(HR 0.62) and ablation (HR 0.69).")
    assert comparisons(r, "endpoint", "value") == [("RFS", 0.66)]


@pytest.mark.parametrize("landmarks", ["1-, 2-year", "1- and 2-year", "1-, and 2-year"])
def test_linker_landmarks_listed_with_a_comma(nlp, landmarks):
    r = record(nlp, "Patients were randomized to sorafenib (A group) or placebo (B group). "
                    f"The {landmarks} OS rates of the A group and B group were 83.3%, 43.8% and 68.8%, 29.2%, respectively.")
    assert per_arm(r, "outcomes", "timepoint_months", "value") == [[(12, 83.3), (24, 43.8)], [(12, 68.8), (24, 29.2)]]


def test_linker_a_decimal_before_a_landmark_is_no_landmark_list(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo. OS was longer (HR 0.5, 2-year OS 40% vs 25%).")
    assert per_arm(r, "outcomes", "timepoint_months", "value") == [[(24, 40)], [(24, 25)]]


def test_linker_a_lower_case_po_is_the_oral_route(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus donafenib or TACE alone. In the TACE plus donafenib "
                    "group, donafenib 200mg, bid, po was started 3 days after TACE.")
    drug = next(c for c in r["arms"][0]["regimen"] if c["name"] == "donafenib")
    assert (drug["dose"], drug["frequency"], drug["route"]) == (200, "BID", "oral")


@pytest.mark.parametrize("sentence, expected", [
    ("Hepatic failure occurred in 12 patients in the SIRT group and in 7 patients in the STRIDE group.",
     [[("hepatic failure", None, 12)], [("hepatic failure", None, 7)]]),
    ("Treatment-related deaths occurred in one patient in the SIRT group and in two patients in the STRIDE group.",
     [[("any adverse event", "5", 1)], [("any adverse event", "5", 2)]]),
])
def test_linker_adverse_event_counts_written_without_a_share(nlp, sentence, expected):
    r = record(nlp, "Patients were randomly assigned to SIRT or STRIDE. " + sentence)
    assert per_arm(r, "adverse_events", "term", "grade", "count") == expected


def test_linker_a_number_of_patients_beside_shares_is_not_a_bare_count(nlp):
    r = record(nlp, "Patients were randomly assigned to SIRT or STRIDE. Ascites occurred in 12 patients (15%) in "
                    "the SIRT group and in 7 patients (9%) in the STRIDE group.")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [[("ascites", 12, 15)], [("ascites", 7, 9)]]


def test_linker_an_item_that_repeats_part_of_another_is_dropped(nlp):
    # the rate is written twice, once with its count: one outcome, with the count
    r = record(nlp, "In this single-arm phase II trial, 40 patients received lenvatinib 8 mg once daily. "
                    "The objective response rate was 30.0% (12 of 40 patients; 30.0%).")
    orr = [o for o in r["arms"][0]["outcomes"] if o["endpoint"] == "ORR"]
    assert [(o["value"], o["count"], o["total"]) for o in orr] == [(30.0, 12, 40)]


def test_dedupe_keeps_an_outcome_without_numbers_and_items_about_other_things():
    from hcc_nlp.linker import _dedupe
    reached = {"endpoint": "OS", "stat": "median", "timepoint_months": None, "value": None, "unit": None}
    later = {"endpoint": "OS", "stat": "median", "timepoint_months": None, "value": 20.1, "unit": "months"}
    assert _dedupe([reached, later]) == [reached, later]  # "not reached" at an earlier cut is a fact
    bare = {"term": "hypertension", "grade": ">=3", "percent": 18.8, "evidence": "a"}
    full = {"term": "hypertension", "grade": ">=3", "count": 6, "percent": 18.8, "evidence": "b"}
    other_grade = {"term": "hypertension", "grade": "any", "count": 6, "percent": 18.8}
    assert _dedupe([bare, full, other_grade]) == [full, other_grade]
    assert _dedupe([full, dict(full)]) == [full]


THREE_ARMS = ("Patients were randomly assigned to nivolumab plus lenvatinib (n = 120), nivolumab plus "
              "bevacizumab (n = 118), or sorafenib (n = 121). ")


def test_linker_power_calculation_is_a_plan_and_its_numbers_are_not_results(nlp):
    r = record(nlp, THREE_ARMS + "We estimated that an enrollment of approximately 360 patients (120 per group) "
                    "would provide the trial 85% power to detect a hazard ratio of 0.70, assuming a median "
                    "overall survival of 12.0 months with sorafenib.")
    assert r["enrollment"]["planned"] == 360
    assert [a["n"] for a in r["arms"]] == [120, 118, 121]
    assert all(not a["outcomes"] for a in r["arms"]) and not r["comparisons"]


def test_linker_deaths_written_as_events_leading_to_death_are_grade_5(nlp):
    r = record(nlp, THREE_ARMS + "Treatment-related adverse events led to death in 3 (2.5%), 2 (1.7%), and 1 (0.8%) "
                    "patients, respectively.")
    assert [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("any adverse event", "5", 3)], [("any adverse event", "5", 2)], [("any adverse event", "5", 1)]]


def test_linker_second_ratio_after_with_an_arm(nlp):
    r = record(nlp, THREE_ARMS + "The hazard ratio for death was 0.71 (95% CI, 0.55 to 0.91; P=0.007) with "
                    "nivolumab-lenvatinib and 0.84 (95% CI, 0.66 to 1.07; P=0.16) with nivolumab-bevacizumab.")
    assert comparisons(r, "value", "ci_low", "ci_high", "p") == [
        (0.71, 0.55, 0.91, "0.007"), (0.84, 0.66, 1.07, "0.16")]


def test_linker_term_lists_each_with_its_own_arms(nlp):
    # a bracket with one number per arm follows the trial's order, not the arms a later bracket names
    r = record(nlp, THREE_ARMS + "The most common grade 3 or 4 events were hypertension (12.5%, 8.5%, and 4.1%), "
                    "diarrhea (3.3% in the nivolumab-lenvatinib group and 6.6% in the sorafenib group), and "
                    "proteinuria (5.0% and 2.5% in the nivolumab-lenvatinib and nivolumab-bevacizumab groups).")
    got = [sorted((e["term"], e["percent"]) for e in a["adverse_events"]) for a in r["arms"]]
    assert got == [[("diarrhea", 3.3), ("hypertension", 12.5), ("proteinuria", 5.0)],
                   [("hypertension", 8.5), ("proteinuria", 2.5)],
                   [("diarrhea", 6.6), ("hypertension", 4.1)]]


def test_linker_arm_lines_with_doses_only_take_the_lead_drug_and_heading_short_forms(nlp):
    r = record(nlp, "Methods\n- A randomized phase II trial of a dose-escalation strategy\n"
                    "- Patients were randomized to one of two oral cabozantinib dosing schedules:\n"
                    "  * Arm A - step-up (SU): 20 mg/day in week 1, then 40 mg/day\n"
                    "  * Arm B - fixed dose (FD): 60 mg once daily\n"
                    "Results\n- 80 patients were randomized: SU n = 41, FD n = 39\n"
                    "- Median PFS was 5.1 months with SU and 4.4 months with FD.\n")
    assert [a["n"] for a in r["arms"]] == [41, 39]  # no phase I arm: the text is phase II
    assert [[(c["name"], c["dose"], c["frequency"], c["route"]) for c in a["regimen"]] for a in r["arms"]] == [
        [("cabozantinib", 20, "QD", "oral"), ("cabozantinib", 40, "QD", "oral")],
        [("cabozantinib", 60, "QD", "oral")]]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[5.1], [4.4]]


def test_linker_news_the_combination_or_a_drug_alone(nlp):
    r = record(nlp, "Patients were randomly assigned to the combination or to sorafenib alone, 120 in each group. "
                    "Everyone took sorafenib by mouth at 400 mg twice a day. Those in the combination arm also "
                    "received radiotherapy. The investigators had planned to recruit 230. Overall survival was "
                    "14.1 months with the combination versus 10.2 months with sorafenib alone, a 35% reduction in "
                    "the risk of death (HR, 0.65; 95% CI, 0.50-0.85).")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["radiotherapy", "sorafenib"], 120), (["sorafenib"], 120)]
    assert all((c["dose"], c["frequency"]) == (400, "BID") for a in r["arms"] for c in a["regimen"] if c["name"] == "sorafenib")
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[14.1], [10.2]]  # not the 35%
    assert r["enrollment"]["planned"] == 230


def test_linker_schedule_after_a_comma_and_repeated_closes_a_colon_list(nlp):
    r = record(nlp, "Patients received HAIC of the FOLFOX regimen through a catheter in the hepatic artery: "
                    "oxaliplatin 130 mg/m2, leucovorin 200 mg/m2 and fluorouracil 1,200 mg/m2 over 23 hours, "
                    "repeated every three weeks.")
    drugs = {c["name"]: (c["frequency"], c["route"]) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"}
    assert drugs == {"oxaliplatin": ("Q3W", "intra-arterial"), "leucovorin": ("Q3W", "intra-arterial"),
                     "fluorouracil": ("Q3W", "intra-arterial")}


def test_linker_registry_randomization_label_with_a_non_randomized_value(nlp):
    r = record(nlp, "Study design\nBasic design\tSingle arm\nRandomization\tNon-randomized\nRandomization unit\t\n"
                    "Intervention\nInterventions/Control_1\tLenvatinib 8 mg orally once daily.\n")
    assert r["randomized"] is False


def test_linker_registry_group_blocks_and_indicator_roles(nlp):
    r = record(nlp, "Interventions:\nGroup: HAIC-S group\nSample size: 40\nIntervention: HAIC + sorafenib\n\n"
                    "Group: S group\nSample size: 38\nIntervention: sorafenib\n\nOutcomes:\n"
                    "Outcome: Overall survival | Type: Primary indicator | Measure method: follow-up\n"
                    "Outcome: Objective response rate | Type: Secondary indicator | Measure method: mRECIST\n")
    # a group's "Sample size" is its target, a plan: no arm's size
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["HAIC", "sorafenib"], None), (["sorafenib"], None)]
    assert {(e["name"], e["role"]) for e in r["endpoints"]} == {("OS", "primary"), ("ORR", "secondary")}


def test_linker_title_after_a_citation_line_names_the_arms(nlp):
    # a journal citation ("J Hepatol. 2024 Mar;...") takes the first sentences: the title is the first
    # line that names a treatment; a matched cohort's "N patients were included in each group" is each arm's
    # size, not the enrolment, which the retrospective review gives
    text = ("J Clin Oncol. 2024 Mar;42(8):901-912. doi: 10.1200/JCO.23.01234. Epub 2024 Jan 5.\n\n"
            "Radioembolization combined with durvalumab plus tremelimumab versus durvalumab plus tremelimumab "
            "alone for hepatocellular carcinoma: a matched cohort study\n\n"
            "Methods: We retrospectively reviewed 240 patients treated at four centres. "
            "Results: After matching, 61 patients were included in each group. Median OS was 17.2 months in the "
            "radioembolization group versus 11.0 months in the durvalumab plus tremelimumab alone group. "
            "The 1-year in-field control rate of the irradiated lesions was 84.0%. "
            "The OS benefit was most pronounced in patients with portal vein invasion (HR, 0.45; 95% CI, 0.22-0.91).")
    r = record(nlp, text)
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["SIRT", "durvalumab", "tremelimumab"], ["durvalumab", "tremelimumab"]]
    assert [a["n"] for a in r["arms"]] == [61, 61] and r["enrollment"]["actual"] == 240
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("OS", 17.2), ("LC", 84.0)]
    assert r["comparisons"] == []


def test_linker_a_cycle_inside_the_first_alternative_is_not_the_next_ones(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to oral donafenib 200 mg twice daily on days 1-21 of "
                    "each 28-day cycle or lenvatinib 8 mg once daily.")
    assert [(c["name"], c.get("days"), c.get("cycle_days")) for a in r["arms"] for c in a["regimen"]] == [
        ("donafenib", "1-21", 28), ("lenvatinib", None, None)]
    # written after the last alternative, it is every alternative's
    r = record(nlp, "Patients were randomly assigned (1:1) to donafenib 200 mg twice daily or lenvatinib 8 mg once "
                    "daily in 28-day cycles.")
    assert [c.get("cycle_days") for a in r["arms"] for c in a["regimen"]] == [28, 28]


def test_linker_a_short_form_defined_beside_the_arms_numbers_adds_no_study_event(nlp):
    r = record(nlp, "Patients were randomly assigned to donafenib or sorafenib. The most common adverse events of any "
                    "grade were palmar-plantar erythrodysaesthesia (PPE; 50.2% vs 67.1%) and diarrhoea (30.1% vs 28.0%).")
    assert [(e["term"], e["percent"]) for a in r["arms"] for e in a["adverse_events"]] == [
        ("hand-foot skin reaction", 50.2), ("diarrhea", 30.1), ("hand-foot skin reaction", 67.1), ("diarrhea", 28.0)]
    assert r["adverse_events"] == []


def test_linker_dose_levels_coded_dl_with_dlt_fractions_and_pooled_results(nlp):
    # "at 40 mg (DL1), 80 mg (DL2) or 120 mg (DL3)": the drug given at several levels is the one
    # escalated, at its first; "in 0/3 pts at DL1, 1/6 at DL2 and 1/4 at DL3" are DLT rates, each a
    # count of its total; graded causes with ", n = 1" are events; results "across all dose levels"
    # and a count over every patient are the study's
    text = ("This phase Ib study used a 3+3 design. Cabozantinib was given orally once daily at 20 mg (DL1), "
            "40 mg (DL2) or 60 mg (DL3), with atezolizumab 1200 mg IV Q3W. An expansion cohort was then treated at "
            "the RP2D. Primary objectives were safety and the MTD/RP2D. Results: 37 pts were treated (escalation, "
            "n = 13; expansion, n = 24). DLTs occurred in 0/3 pts at DL1, 1/6 at DL2 (G3 diarrhea, n = 1) and 1/4 "
            "at DL3 (G4 lipase increased, n = 1). The RP2D was cabozantinib 40 mg QD + atezolizumab 1200 mg Q3W. "
            "In the expansion cohort, ORR was 25.0% (6/24). Across all dose levels and the expansion, ORR was "
            "21.6% (8/37). Any-grade TRAEs occurred in 35/37 pts (95%).")
    r = record(nlp, text)
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("cabozantinib", 20), ("atezolizumab", 1200)], [("cabozantinib", 40), ("atezolizumab", 1200)]]
    assert {"name": "MTD", "role": "primary"} in r["endpoints"]
    escalation, expansion = r["arms"]
    assert [(o["endpoint"], o["count"], o["total"]) for o in escalation["outcomes"]] == [
        ("DLT", 0, 3), ("DLT", 1, 6), ("DLT", 1, 4)]
    assert [(e["term"], e["grade"], e["count"]) for e in escalation["adverse_events"]] == [
        ("diarrhea", "3", 1), ("lipase increased", "4", 1)]
    assert [(o["endpoint"], o["value"]) for o in expansion["outcomes"]] == [("ORR", 25.0)]
    assert [(o["endpoint"], o["value"], o["count"], o["total"]) for o in r["outcomes"]] == [("ORR", 21.6, 8, 37)]
    assert [(e["term"], e["grade"], e["count"], e["percent"]) for e in r["adverse_events"]] == [
        ("any adverse event", "any", 35, 95)]


def test_linker_a_biosimilar_code_name_is_its_inn(nlp):
    r = record(nlp, "Patients were randomly assigned to sintilimab 200 mg plus IBI305 7.5 mg/kg or sorafenib.")
    assert [(c["name"], c.get("dose")) for c in r["arms"][0]["regimen"]] == [("sintilimab", 200), ("bevacizumab", 7.5)]


def test_linker_both_given_before_an_arm_with_no_treatment(nlp):
    # ", both given ..." closes the second alternative when the third is untreated (surveillance)
    r = record(nlp, "Patients were randomly assigned (1:1:1) to atezolizumab 1200 mg plus bevacizumab 15 mg/kg, or "
                    "atezolizumab 1200 mg alone, both given intravenously every 3 weeks for up to 12 months, or to "
                    "active surveillance.")
    assert [[(c["name"], c.get("frequency"), c.get("route")) for c in a["regimen"]] for a in r["arms"][:2]] == [
        [("atezolizumab", "Q3W", "iv"), ("bevacizumab", "Q3W", "iv")], [("atezolizumab", "Q3W", "iv")]]


def test_linker_a_drug_class_in_an_arm_stands_for_the_drugs_listed_for_it(nlp):
    # the class separates the arms; the list after "a PD-1 inhibitor (" gives its drugs, and the
    # route and schedule written after the list are every listed drug's
    r = record(nlp, "We randomly assigned patients to HAIC plus sorafenib plus anti-PD-1 antibodies or to HAIC plus "
                    "sorafenib. Sorafenib was given at 400 mg twice daily. The anti-PD-1 antibody (nivolumab 240 mg "
                    "or pembrolizumab 200 mg) was infused intravenously every 3 weeks.")
    assert [regimen(a) for a in r["arms"]] == [
        {("HAIC", None, None, None), ("sorafenib", 400, "mg", "BID"), ("nivolumab", 240, "mg", "Q3W"),
         ("pembrolizumab", 200, "mg", "Q3W")},
        {("HAIC", None, None, None), ("sorafenib", 400, "mg", "BID")}]
    assert {c.get("route") for c in r["arms"][0]["regimen"] if c["name"].endswith("mab")} == {"iv"}


def test_linker_a_drug_class_without_a_list_is_no_component(nlp):
    # "such as" with one example is not a list; the class never reaches the record
    r = record(nlp, "Patients were randomized to lenvatinib with or without an immune checkpoint inhibitor. "
                    "ICIs such as nivolumab have been approved in other tumours.")
    assert [regimen(a) for a in r["arms"]] == [{("lenvatinib", None, None, None)}, {("lenvatinib", None, None, None)}]
    assert not any(c["name"].startswith("class:") for a in r["arms"] for c in a["regimen"])


def test_linker_a_class_whose_drugs_the_arm_names_only_completes_them(nlp):
    # the group sentence names the drugs; the list after "including" adds no others to that arm
    r = record(nlp, "Patients were randomly assigned to TACE plus PD-1 inhibitors or TACE alone. In the TACE plus "
                    "PD-1 inhibitor group, patients received camrelizumab 200 mg. PD-1 inhibitors, including "
                    "camrelizumab and sintilimab, were given every 3 weeks.")
    assert [regimen(a) for a in r["arms"]] == [{("TACE", None, None, None), ("camrelizumab", 200, "mg", "Q3W")},
                                              {("TACE", None, None, None)}]


def test_linker_a_sentence_ending_in_an_arms_short_form_ends_there(nlp):
    # "... with TACE-S. Based on": the landmark years of one sentence are not the next one's
    r = record(nlp, "We compared TACE plus sorafenib (TACE-S) with TACE plus apatinib (TACE-A). The 1- and 2-year OS "
                    "rates were 70.3% and 40.0% with TACE-S versus 80.1% and 55.2% with TACE-A. Based on mRECIST, ORR was "
                    "50.2% vs 42.4% (P = 0.01).")
    orr = [(o["value"], o.get("timepoint_months")) for a in r["arms"] for o in a["outcomes"] if o["endpoint"] == "ORR"]
    assert orr == [(50.2, None), (42.4, None)]
    os_rates = [[(o["timepoint_months"], o["value"]) for o in a["outcomes"] if o["endpoint"] == "OS"] for a in r["arms"]]
    assert os_rates == [[(12, 70.3), (24, 40.0)], [(12, 80.1), (24, 55.2)]]


def test_linker_a_generic_term_closing_a_list_gives_the_events_its_grade(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo. Rash (25.0% vs 12.5%) and diarrhea (20.0% vs "
                    "5.0%) were the most common adverse events of any grade. Fatigue (10%) and hypertension (8%) "
                    "occurred in the sorafenib arm.")
    assert [(e["term"], e["grade"], e["percent"]) for e in r["arms"][0]["adverse_events"]][:2] == [
        ("rash", "any", 25.0), ("diarrhea", "any", 20.0)]
    assert [(e["term"], e["grade"]) for e in r["arms"][1]["adverse_events"]] == [("rash", "any"), ("diarrhea", "any")]
    # a list not closed by a graded generic term keeps no grade
    assert ("fatigue", None) in [(e["term"], e["grade"]) for e in r["arms"][0]["adverse_events"]]


def test_linker_sizes_after_propensity_matching_replace_those_before(nlp):
    # the reading of sets T and U: the results (and their totals) are the matched cohorts'
    text = ("Patients were randomized to sorafenib or TACE. Of 300 patients, 120 received sorafenib and 180 "
            "received TACE. After propensity score matching, 95 pairs were generated (n = 95 in each group).")
    assert [a["n"] for a in record(nlp, text)["arms"]] == [95, 95]
    assert [a["n"] for a in record(nlp, text.replace("95 pairs were generated (n = 95 in each group)",
                                                     "95 pairs were matched"))["arms"]] == [95, 95]
    # without matching, the first sizes stand
    assert [a["n"] for a in record(nlp, text.replace("After propensity score matching, 95 pairs were generated ",
                                                     "In total, 40 responded "))["arms"]] == [120, 180]


def test_linker_a_sentence_counting_against_one_arms_size_is_that_arms(nlp):
    text = ("Patients were randomly assigned 2:1 to neoadjuvant durvalumab followed by resection (n = 40) or to "
            "resection alone (n = 20). Grade 3 immune-related adverse events occurred in 6 of 40 patients (15%), "
            "hepatitis in four (10%) and rash in two. Grade 3 bleeding occurred in 3 of 60 patients (5%).")
    r = record(nlp, text)
    assert per_arm(r, "adverse_events", "term", "grade", "count")[0] == [
        ("immune-related adverse event", "3", 6), ("hepatitis", "3", 4), ("rash", "3", 2)]
    assert r["arms"][1]["adverse_events"] == []
    # a count against the whole enrolment stays the study's
    assert [(e["term"], e.get("count")) for e in r["adverse_events"]] == [("bleeding", 3)]


def test_linker_an_arm_associated_with_longer_survival_is_the_main_comparison(nlp):
    r = record(nlp, "We compared TACE combined with a TKI and a PD-1 inhibitor (TACE-TKI-PD-1) against TACE plus a TKI "
                    "(TACE-TKI). TACE-TKI-PD-1 was associated with longer median OS (22.6 months vs 16.8 months; HR "
                    "0.58, 95% CI 0.41-0.82; P = 0.002). AFP >400 ng/mL was associated with shorter OS (HR 1.71). On "
                    "multivariable Cox analysis, TACE-TKI-PD-1 remained independently associated with longer OS (HR "
                    "0.61). In patients within the Milan criteria, TACE-TKI-PD-1 was associated with longer OS (HR 0.50).")
    assert len(r["arms"]) == 2
    assert comparisons(r, "measure", "value") == [("HR", 0.58)]
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[22.6], [16.8]]


@pytest.mark.parametrize("listing", [
    "were randomised 1:1 to oral lenvatinib - Cohort A: 8 mg once daily; Cohort B: 12 mg once daily, 21 days on/7 days off.",
    "were randomly assigned to two cohorts: cohort A, lenvatinib 8 mg orally once daily; cohort B, lenvatinib 12 mg "
    "orally once daily, 21 days on/7 days off.",
])
def test_linker_arms_listed_inline_by_name_with_sizes_after_their_codes(nlp, listing):
    r = record(nlp, f"Adults with advanced HCC {listing} Sixty patients were randomised (A, n = 30; B, n = 30). The ORR "
                    "was 20.0% (6/30) in Cohort A and 26.7% (8/30) in Cohort B.")
    assert [(a["n"], [(c["name"], c.get("dose"), c.get("route"), c.get("days"), c.get("cycle_days"))
                      for c in a["regimen"]], [o["value"] for o in a["outcomes"]]) for a in r["arms"]] == [
        (30, [("lenvatinib", 8, "oral", None, None)], [20]),
        (30, [("lenvatinib", 12, "oral", "1-21", 28)], [26.7])]


def test_linker_in_cohort_a_comma_is_no_inline_list_of_arms(nlp):
    r = record(nlp, "Patients were randomised to sorafenib or lenvatinib. In cohort A, sorafenib was given; in cohort B, "
                    "lenvatinib was given.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["sorafenib"], ["lenvatinib"]]


def test_linker_investigators_choice_of_two_drugs_is_one_arm(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks, or "
                    "investigator's choice of lenvatinib (8 mg or 12 mg orally once daily) or sorafenib (400 mg orally "
                    "twice daily).")
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("nivolumab", 1), ("ipilimumab", 3)], [("lenvatinib", 8), ("lenvatinib", 12), ("sorafenib", 400)]]


def test_linker_alternatives_without_a_size_belong_to_the_next_sized_arm(nlp):
    r = record(nlp, "In total, 420 patients were randomly assigned to tislelizumab plus bevacizumab (n=211) or lenvatinib "
                    "or sorafenib (n=209).")
    assert [(a["n"], [c["name"] for c in a["regimen"]]) for a in r["arms"]] == [
        (211, ["tislelizumab", "bevacizumab"]), (209, ["lenvatinib", "sorafenib"])]


def test_linker_another_studys_result_near_the_title_gives_no_arm(nlp):
    r = record(nlp, "Atezolizumab Plus Bevacizumab in Child-Pugh B Hepatocellular Carcinoma: A Phase 2 Trial\n\n"
                    "Patients with Child-Pugh B disease were excluded from pivotal trials.1-3 The combination improved "
                    "overall survival compared with sorafenib in Child-Pugh A disease,1 but its safety is unknown. We "
                    "conducted a single-arm phase 2 trial in which 30 patients received atezolizumab 1200 mg plus "
                    "bevacizumab 15 mg/kg every 3 weeks.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["atezolizumab", "bevacizumab"]]


def test_context_an_earlier_cohort_is_another_study(nlp):
    r = record(nlp, "Patients were randomly assigned to nivolumab plus ipilimumab or sorafenib. In an earlier phase 1/2 "
                    "cohort, nivolumab plus ipilimumab achieved objective responses in 32% (16 of 50).")
    assert [o for a in r["arms"] for o in a["outcomes"]] == [] and r["outcomes"] == []


def _single_arm(nlp, sentence):
    return record(nlp, "In this single-arm phase 2 trial, 40 patients received durvalumab 1500 mg every 4 weeks. " + sentence)


def test_results_counts_written_before_events_with_each_spread_over_the_list(nlp):
    r = _single_arm(nlp, "Three patients had grade 3 hepatitis, 2 had grade 3 colitis, and 1 each had grade 3 rash, grade 3 "
                         "ascites, and grade 4 hepatic encephalopathy.")
    assert [(x["term"], x["grade"], x["count"]) for x in r["arms"][0]["adverse_events"]] == [
        ("hepatitis", "3", 3), ("colitis", "3", 2), ("rash", "3", 1), ("ascites", "3", 1),
        ("hepatic encephalopathy", "4", 1)]


def test_results_deaths_judged_treatment_related_with_causes_in_square_brackets(nlp):
    r = _single_arm(nlp, "Two deaths were considered treatment related [hepatitis (n = 1) and hepatic failure (n = 1)].")
    assert [(x["term"], x["grade"], x["count"]) for x in r["arms"][0]["adverse_events"]] == [
        ("any adverse event", "5", 2), ("hepatitis", "5", 1), ("hepatic failure", "5", 1)]


@pytest.mark.parametrize("sentence,count", [
    ("Nine of 40 patients had a confirmed objective response (ORR, 22.5%; 95% CI, 10.8%-38.5%).", 9),
    ("9 of 40 patients achieved an objective response (ORR, 30.0%).", None),  # 9/40 is not 30%
])
def test_results_count_of_total_before_an_endpoint_named_in_the_share_bracket(nlp, sentence, count):
    orr = _single_arm(nlp, sentence)["arms"][0]["outcomes"][0]
    assert (orr["endpoint"], orr.get("count"), orr.get("total")) == ("ORR", count, 40 if count else None)


def test_results_median_not_reached_keeps_the_lower_bound_of_its_open_interval(nlp):
    r = _single_arm(nlp, "Median DOR was not reached (95% CI, 9.8 months to not estimable).")
    dor = r["arms"][0]["outcomes"][0]
    assert (dor["endpoint"], dor["value"], dor["ci_low"], dor["ci_high"]) == ("DOR", None, 9.8, None)


def test_linker_an_arm_named_by_a_combinations_short_form_holds_all_its_drugs(nlp):
    r = record(nlp, "We compared atezolizumab plus bevacizumab (Ate/Bev) with lenvatinib in routine practice. Of 412 "
                    "patients, 236 received Ate/Bev and 176 received lenvatinib. Atezolizumab 1,200 mg plus bevacizumab "
                    "15 mg/kg was given intravenously every 3 weeks. Lenvatinib was taken orally once daily at a "
                    "starting dose of 12 mg.")
    assert r["enrollment"]["actual"] == 412
    assert [(a["n"], sorted((c["name"], c.get("dose")) for c in a["regimen"])) for a in r["arms"]] == [
        (236, [("atezolizumab", 1200), ("bevacizumab", 15)]), (176, [("lenvatinib", 12)])]


def test_linker_a_split_that_does_not_add_up_gives_no_enrolment(nlp):
    r = record(nlp, "Of 412 patients, 236 received sorafenib and 150 received lenvatinib.")
    assert r["enrollment"]["actual"] is None


def test_endpoints_complications_take_the_role_written_before_them(nlp):
    r = record(nlp, "Patients were randomised to TACE-RFA or RFA alone. The primary endpoint was RFS. Secondary "
                    "endpoints were overall survival (OS) and complications.")
    assert r["endpoints"] == [{"name": "RFS", "role": "primary"}, {"name": "OS", "role": "secondary"},
                              {"name": "AE", "role": "secondary"}]


def test_endpoints_local_tumour_progression_is_a_recurrence_rate(nlp):
    r = record(nlp, "Patients were randomised to MWA or RFA. The primary end point was local tumour progression (LTP). "
                    "The 3-year LTP rates were 5.8% and 8.4% in the MWA and RFA groups, respectively.")
    assert r["endpoints"] == [{"name": "TTR", "role": "primary"}]
    assert [[(o["endpoint"], o["timepoint_months"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [
        [("TTR", 36, 5.8)], [("TTR", 36, 8.4)]]


@pytest.mark.parametrize("name", ["HCC recurrence", "tumour recurrence", "tumor recurrence"])
def test_endpoints_recurrence_named_bare_in_a_list_is_a_recurrence_rate(nlp, name):
    r = record(nlp, "Methods: Patients were randomized to everolimus or tacrolimus. The primary endpoint was "
                    f"disease-free survival; secondary endpoints were overall survival, {name} and renal function.")
    assert r["endpoints"] == [{"name": "DFS", "role": "primary"}, {"name": "OS", "role": "secondary"},
                              {"name": "TTR", "role": "secondary"}]
    # a longer name of another endpoint still wins
    r = record(nlp, "The primary endpoint was the risk of tumour recurrence or death.")
    assert r["endpoints"] == [{"name": "RFS", "role": "primary"}]


def test_arms_a_clause_after_the_arms_semicolon_gives_the_shared_drugs_doses(nlp):
    r = record(nlp, "Methods: Patients were randomly assigned (1:1) to camrelizumab (200 mg intravenously every 2 weeks) "
                    "plus apatinib (arm A) or apatinib alone (arm B); apatinib was given orally once daily at 250 mg "
                    "for patients weighing 50 kg or more and 125 mg for those under 50 kg.")
    assert [[(c["name"], c["dose"], c["frequency"], c["route"]) for c in a["regimen"]] for a in r["arms"]] == [
        [("camrelizumab", 200, "Q2W", "iv"), ("apatinib", 250, "QD", "oral"), ("apatinib", 125, "QD", "oral")],
        [("apatinib", 250, "QD", "oral"), ("apatinib", 125, "QD", "oral")]]


@pytest.mark.parametrize("seeds", ["iodine-125 seed implantation", "125I seed implantation", "I-125 seeds"])
def test_arms_iodine_seed_implantation_is_radiotherapy_and_names_its_arm(nlp, seeds):
    r = record(nlp, f"Methods: Patients were randomly assigned to TACE plus {seeds} or TACE alone. In the seed "
                    "group, the matched peripheral dose was 90-110 Gy.")
    assert [[(c["kind"], c["name"], c.get("dose"), c.get("dose_max")) for c in a["regimen"]] for a in r["arms"]] == [
        [("procedure", "TACE", None, None), ("radiation", "radiotherapy", 90, 110)], [("procedure", "TACE", None, None)]]


def test_arms_listed_as_a_lettered_enumeration_each_with_its_own_schedule(nlp):
    r = record(nlp, "Methods: Patients were randomly assigned 1:1:1 to: (A) regorafenib 160 mg orally once daily on days "
                    "1-21 of 28-day cycles; (B) goserelin 10.8 mg subcutaneously every 12 weeks, or 3.6 mg every 4 weeks "
                    "in patients under 50 kg, plus anastrozole 1 mg orally daily; or (C) regorafenib, goserelin and "
                    "anastrozole together at the same doses.\n"
                    "Results: Median PFS was 3.9 months, 2.1 months and 5.6 months, respectively; the HR for PFS was "
                    "0.52 for arm C versus arm B and 0.80 for arm C versus arm A. Objective responses occurred in 2 of "
                    "20 patients in arm A (10.0%), none of 19 in arm B (0%) and 4 of 20 in arm C (20.0%).")
    assert [a["label"].split(":")[0] for a in r["arms"]] == ["Arm A", "Arm B", "Arm C"]
    regimen = [[(c["name"], c["dose"], c.get("frequency"), c.get("cycle_days")) for c in a["regimen"]] for a in r["arms"]]
    assert regimen[0] == [("regorafenib", 160, "QD", 28)]
    # an interval without a code ("every 12 weeks") is the dose's own, and the cycle of arm A stays there
    assert regimen[1] == [("goserelin", 10.8, None, None), ("goserelin", 3.6, "Q4W", None), ("anastrozole", 1, "QD", None)]
    # "respectively" follows the arms' order, not the order of the later clause's comparison
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [
        [("PFS", 3.9, None, None), ("ORR", 10, 2, 20)], [("PFS", 2.1, None, None), ("ORR", 0, 0, 19)],
        [("PFS", 5.6, None, None), ("ORR", 20, 4, 20)]]


def test_linker_a_registry_record_with_its_own_field_labels_and_an_outcomes_table(nlp):
    r = record(nlp, "TRIAL DESCRIPTION\n"
                    "Brief summary describing the background and objectives of the trial\n"
                    "                           A pilot study (NCT01234567) of metformin with TACE reported a median\n"
                    "                           time to progression of 11.2 months.\n"
                    "Anticipated target sample size (number of participants)   120\n\n"
                    "INTERVENTIONS\n"
                    "Patients are randomised to TACE plus metformin or TACE plus placebo.\n\n"
                    "ELIGIBILITY CRITERIA\n"
                    "Inclusion criteria         1. ECOG performance status 0-1\n"
                    "Exclusion criteria         1. Creatinine clearance < 45 ml/min\n"
                    "Minimum age                18 Year(s)\n\n"
                    "ETHICS APPROVAL\n"
                    "Name of committee: Research Ethics Committee, Tanta University\n\n"
                    "OUTCOMES\n"
                    "Type of outcome | Outcome | Timepoint(s)\n"
                    "Primary Outcome | Objective response rate by mRECIST | 3 months\n"
                    "Secondary Outcome | Overall survival | 24 months\n\n"
                    "SECONDARY IDs\n"
                    "Secondary identifier: NCT07654321 | Issuing authority: ClinicalTrials.gov\n")
    assert r["ids"]["nct"] == ["NCT07654321"]  # not the background's pilot study
    assert r["enrollment"]["planned"] == 120
    assert r["endpoints"] == [{"name": "ORR", "role": "primary"}, {"name": "OS", "role": "secondary"}]
    assert r["outcomes"] == [] and all(a["outcomes"] == [] for a in r["arms"])  # "24 months" is a time frame
    assert [(c["kind"], c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [
        ("inclusion", "ecog", "<=", 1), ("exclusion", "creatinine_clearance", "<", 45), ("inclusion", "age", ">=", 18)]


@pytest.mark.parametrize("written, term", [("postembolization syndrome", "postembolization syndrome"),
                                           ("post-embolisation syndrome", "post-embolization syndrome")])
def test_adverse_events_post_embolization_syndrome_keeps_the_texts_own_term_in_us_spelling(nlp, written, term):
    r = record(nlp, f"Patients were randomized to dexamethasone or placebo to prevent {written} (PES) after TACE. PES "
                    "occurred in 19 of 70 patients (27.1%) with dexamethasone and 41 of 70 (58.6%) with placebo.")
    assert per_arm(r, "adverse_events", "term", "count") == [[(term, 19)], [(term, 41)]]


def test_a_digests_items_about_other_cancers_are_other_studies(nlp):
    r = record(nlp, "GI WEEKLY\n"
                    "----------\n"
                    "1. PANCREAS | A CD40 agonist misses\n"
                    "----------\n"
                    "Adding ZX-101 to gemcitabine did not extend survival in the phase 3 trial (NCT01111111). Median OS "
                    "was 10.9 vs 9.4 months (HR 0.84). Paper: https://doi.org/10.1000/other.2025.1\n"
                    "----------\n"
                    "2. LIVER | Doublet extends survival in HCC\n"
                    "----------\n"
                    "In this phase 3 trial (NCT02222222), 514 patients with hepatocellular carcinoma were randomly "
                    "assigned to tislelizumab plus lenvatinib or lenvatinib alone. Median OS was 22.1 vs 17.0 months "
                    "(HR 0.77). Abstract: https://doi.org/10.1000/own.2025.2\n"
                    "----------\n")
    assert r["ids"]["nct"] == ["NCT02222222"] and r["ids"]["doi"] == "10.1000/own.2025.2"
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 22.1)], [("OS", 17)]]
    assert comparisons(r, "endpoint", "value") == [("OS", 0.77)]


def test_arms_adjuvant_cytokine_induced_killer_cells_are_the_arms_drug(nlp):
    r = record(nlp, "Methods: Patients were randomized to resection plus CIK cell immunotherapy (CIK group) or resection "
                    "alone (control group). The CIK group received 12 intravenous infusions of cytokine-induced killer "
                    "cells.")
    assert [[(c["kind"], c["name"], c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("procedure", "resection", None), ("drug", "cytokine-induced killer cells", "iv")], [("procedure", "resection", None)]]


def test_adverse_events_cytokine_release_syndrome_and_its_grades(nlp):
    r = record(nlp, "Twenty patients received a single infusion of GPC3 CAR-T cells. Cytokine release syndrome (CRS) "
                    "occurred in 16 of 20 patients (80.0%): grade 1-2 in 14 (70.0%) and grade 3 in 2 (10.0%).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [[
        ("cytokine release syndrome", "any", 16, 80), ("cytokine release syndrome", "1-2", 14, 70),
        ("cytokine release syndrome", "3", 2, 10)]]


def test_linker_protocol_sizes_are_planned_not_enrolled(nlp):
    r = record(nlp, "A total of 196 patients with recurrent HCC (1-3 lesions, each 5 cm or smaller) after resection will "
                    "be randomised 1:1 to SBRT or repeat TACE. Allowing for dropout, 98 patients per arm (196 in "
                    "total) will be enrolled.")
    assert r["enrollment"] == {"actual": None, "planned": 196}
    assert [a["n"] for a in r["arms"]] == [None, None]


def test_linker_a_total_randomised_to_two_arms_is_neither_arms_size(nlp):
    r = record(nlp, "A total of 196 patients were randomised to SBRT or TACE.")
    assert r["enrollment"]["actual"] == 196 and [a["n"] for a in r["arms"]] == [None, None]


def test_linker_radiation_doses_right_after_the_sentence_naming_the_radiotherapy(nlp):
    r = record(nlp, "Patients were randomised to SBRT or TACE.\n\nSBRT will be planned on four-dimensional CT. The "
                    "prescription depends on tumour size: lesions of 3 cm or less will receive 45 Gy in 3 fractions "
                    "(15 Gy per fraction) and larger lesions 50 Gy in 5 fractions; the dose may be reduced to 40 Gy "
                    "in 5 fractions.")
    assert [(c["dose"], c.get("dose_per_fraction"), c.get("fractions")) for c in r["arms"][0]["regimen"]] == [
        (45, 15, 3), (50, None, 5)]


def test_linker_one_arms_count_with_the_next_arms_is_no_enrolment(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or placebo. 154 patients were randomized to sorafenib and 153 "
                    "to placebo.")
    assert r["enrollment"]["actual"] is None and [a["n"] for a in r["arms"]] == [154, 153]


def test_linker_planned_size_after_a_dropout_adjustment(nlp):
    r = record(nlp, "Assuming an ORR of 45%, 52 patients were required; considering 10% drop-out, 58 patients were planned.")
    assert r["enrollment"] == {"actual": None, "planned": 58}


def test_results_counts_of_a_total_and_a_denominator_at_the_clause_head(nlp):
    r = _single_arm(nlp, "Of the 38 patients evaluable for response, 3 (7.9%) achieved complete response and 12 (31.6%) "
                         "partial response. The most common events were nausea (18/40, 45.0%) and pruritus (16/40, 40.0%; "
                         "all grade 1-2).")
    arm = r["arms"][0]
    assert [(o["endpoint"], o["count"], o["total"]) for o in arm["outcomes"]] == [("CR", 3, 38), ("PR", 12, 38)]
    assert [(x["term"], x["grade"], x["count"], x["percent"]) for x in arm["adverse_events"]] == [
        ("nausea", None, 18, 45), ("pruritus", "1-2", 16, 40)]


def test_results_responses_lasted_is_a_duration_and_their_registration_trials_other_studies(nlp):
    r = record(nlp, "Patients were randomized to atezolizumab or sorafenib. The objective response rate was 24.5% vs "
                    "5.1%, and responses lasted a median of 18.2 months vs 9.7 months. Approved regimens reduced the "
                    "risk of death vs sorafenib by roughly 20% to 40% in their registration trials.")
    assert [[(o["endpoint"], o["stat"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [
        [("ORR", "rate", 24.5), ("DOR", "median", 18.2)], [("ORR", "rate", 5.1), ("DOR", "median", 9.7)]]


@pytest.mark.parametrize("listing", ["(180 HAIC-SOR; 176 sorafenib)", "(180 HAIC-SOR; 176 sorafenib alone)",
                                     "(180 HAIC-SOR and 176 sorafenib)",
                                     # the size after the name
                                     "(HAIC-SOR group, 180; sorafenib group, 176)", "(HAIC-SOR 180, sorafenib 176)",
                                     "(HAIC-SOR arm, n = 180; sorafenib alone, n = 176)"])
def test_linker_a_size_listed_beside_the_name_of_one_arms_whole_regimen(nlp, listing):
    r = record(nlp, "Patients were randomly assigned to sorafenib plus HAIC (HAIC-SOR) or sorafenib alone. In all, 356 "
                    f"patients were randomised {listing}.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["HAIC", "sorafenib"], ["sorafenib"]]
    assert [a["n"] for a in r["arms"]] == [180, 176]


def test_linker_procedure_contents_end_at_a_clause_about_one_arm(nlp):
    r = record(nlp, "We compared TACE combined with sorafenib (TACE-S) with TACE alone. Conventional TACE was performed "
                    "with an emulsion of doxorubicin and lipiodol; in the TACE-S group, sorafenib 400 mg twice daily was "
                    "started 3 days after TACE.")
    names = [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]]
    assert names == [["TACE", "doxorubicin", "lipiodol", "sorafenib"], ["TACE", "doxorubicin", "lipiodol"]]


@pytest.mark.parametrize("opening", ["Before matching, median OS was 30.1 vs 12.2 months (P < .001).",
                                     "In the unmatched cohort, median OS was 30.1 vs 12.2 months (P < .001).",
                                     "In patients with baseline AFP of 1000 ng/mL or more, median OS was 30.1 vs 12.2 "
                                     "months (HR 0.40; P < .001)."])
def test_results_of_another_population_are_left_out(nlp, opening):
    r = record(nlp, "This study compared TACE combined with sorafenib (TACE-S) with TACE alone. After PSM, 80 pairs "
                    f"were generated. {opening} In the matched cohort, median OS was 20.5 months in the TACE-S group and "
                    "15.0 months in the TACE group (HR 0.70; P = .03).")
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[20.5], [15]]
    assert comparisons(r, "value", "p") == [(0.7, "0.03")]


def test_results_an_arm_named_inside_a_later_events_bracket_is_that_events(nlp):
    r = record(nlp, "Patients were randomised to cabozantinib or placebo. The most common grade 3 AEs with cabozantinib "
                    "were diarrhoea [12 (6.0%)], fatigue [10 (5.0%)] and hypertension [16 (8.0%); placebo, 3 (3.0%)].")
    assert [[(x["term"], x["count"]) for x in a["adverse_events"]] for a in r["arms"]] == [
        [("diarrhea", 12), ("fatigue", 10), ("hypertension", 16)], [("hypertension", 3)]]


def test_results_the_share_bracket_of_a_count_keeps_its_semicolon(nlp):
    r = record(nlp, "Patients were randomised to cabozantinib or placebo. An objective response was recorded in 9 (18%; "
                    "95% CI 9-31) of 50 patients in the cabozantinib group and 2 (4%; 0-14) of 50 in the placebo group.")
    assert [[(o["endpoint"], o["value"], o["count"]) for o in a["outcomes"]] for a in r["arms"]] == [
        [("ORR", 18, 9)], [("ORR", 4, 2)]]


def test_results_death_causes_with_counts_after_them_and_in_each_arms_bracket(nlp):
    r = record(nlp, "Patients were randomised to cabozantinib or placebo. Treatment-related deaths occurred in three (2%) "
                    "patients in the cabozantinib group (sepsis, n=2; hepatic failure, n=1) and one (1%) patient in the "
                    "placebo group (pneumonitis).")
    assert [sorted((x["term"], x["grade"], x.get("count")) for x in a["adverse_events"]) for a in r["arms"]] == [
        [("any adverse event", "5", 3), ("hepatic failure", "5", 1), ("sepsis", "5", 2)],
        [("any adverse event", "5", 1), ("pneumonitis", "5", 1)]]


def test_results_counted_deaths_with_causes_one_each_after_grade_5_events_are_a_part(nlp):
    r = record(nlp, "Patients were randomised to cabozantinib or placebo. Grade 5 AEs were reported in 6 (3.0%) and 2 "
                    "(2.0%) patients; two deaths in the cabozantinib arm (sepsis and hepatic failure, one each) were "
                    "considered drug-related.")
    assert [sorted((x["term"], x["grade"], x.get("count")) for x in a["adverse_events"]) for a in r["arms"]] == [
        [("any adverse event", "5", 6), ("hepatic failure", "5", 1), ("sepsis", "5", 1)],
        [("any adverse event", "5", 2)]]
    alone = record(nlp, "Patients were randomised to cabozantinib or placebo. Two deaths in the cabozantinib arm (sepsis "
                        "and hepatic failure, one each) were considered drug-related.")
    assert sorted((x["term"], x.get("count")) for x in alone["arms"][0]["adverse_events"]) == [
        ("any adverse event", 2), ("hepatic failure", 1), ("sepsis", 1)]


def test_regimen_a_cycle_written_with_a_later_drug_is_not_that_of_one_with_its_own_interval(nlp):
    r = record(nlp, "Patients received tislelizumab 200 mg intravenously every 3 weeks plus apatinib 250 mg orally once "
                    "daily on days 1-14 of each 21-day cycle.")
    comps = {c["name"]: (c["frequency"], c.get("days"), c.get("cycle_days")) for c in r["arms"][0]["regimen"]}
    assert comps == {"tislelizumab": ("Q3W", None, None), "apatinib": ("QD", "1-14", 21)}


def test_eligibility_a_sentence_of_entry_requirements_after_an_opening_clause(nlp):
    r = record(nlp, "In this open-label, randomized trial at six centers, patients age 20 to 70 years with Child-Pugh "
                    "class A liver function and an ECOG performance status of 0 or 1 were randomly assigned to HAIC or "
                    "sorafenib.")
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("age", ">=", 20), ("age", "<=", 70), ("child_pugh_class", "=", "A"), ("ecog", "<=", 1)]


def test_linker_later_members_of_a_list_of_subsequent_therapies_are_not_given(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib. After progression, 31 patients (24.0%) in the "
                    "HAIC arm and 40 (30.3%) in the sorafenib arm received subsequent systemic therapy, most often "
                    "regorafenib, tislelizumab or camrelizumab.")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["HAIC"], None), (["sorafenib"], None)]


def test_linker_an_arm_size_as_patients_in_the_arms_bracket(nlp):
    r = record(nlp, "Patients were randomly assigned to receive atezolizumab plus bevacizumab every 3 weeks (201 "
                    "patients) or lenvatinib (99 patients).")
    assert [a["n"] for a in r["arms"]] == [201, 99]


def test_regimen_an_interval_of_every_drug_in_a_procedures_bracket_is_the_procedures(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and "
                    "fluorouracil 400 mg/m2 bolus, all repeated every 3 weeks) or sorafenib 400 mg twice daily.")
    assert {c["name"]: c.get("frequency") for c in r["arms"][0]["regimen"]} == {
        "HAIC": "Q3W", "oxaliplatin": "Q3W", "leucovorin": "Q3W", "fluorouracil": "Q3W"}


def test_results_alive_and_recurrence_free_is_an_rfs_rate(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or placebo. At 24 months, 61.2% of patients treated with "
                    "nivolumab were alive and recurrence-free compared with 50.4% of patients in the placebo arm. At 12 "
                    "months, 80.1% and 78.3% were alive and progression-free.")
    assert [[(o["endpoint"], o["timepoint_months"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [
        [("RFS", 24, 61.2), ("PFS", 12, 80.1)], [("RFS", 24, 50.4), ("PFS", 12, 78.3)]]


def test_regimen_a_single_dose_written_before_priming_dose_of_a_drug_is_that_drugs(nlp):
    r = record(nlp, "Patients received tislelizumab 200 mg every 3 weeks plus a single 75 mg priming dose of "
                    "tremelimumab.")
    assert regimen(r["arms"][0]) == {("tislelizumab", 200, "mg", "Q3W"), ("tremelimumab", 75, "mg", "once")}


def test_linker_placebo_sized_as_its_own_arm_replaces_the_whole_combination(nlp):
    sized = record(nlp, "Patients were randomized to durvalumab plus tremelimumab (n=210) or placebo (n=205).")
    assert [sorted(c["name"] for c in a["regimen"]) for a in sized["arms"]] == [
        ["durvalumab", "tremelimumab"], ["placebo"]]
    add_on = record(nlp, "Patients were randomized to sorafenib plus erlotinib or placebo.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in add_on["arms"]] == [
        ["erlotinib", "sorafenib"], ["placebo", "sorafenib"]]


def test_results_and_none_in_the_other_arm_is_a_zero_count(nlp):
    r = record(nlp, "Patients were randomised to durvalumab or placebo. Grade 5 TRAEs occurred in 3 patients (0.9%) in "
                    "the durvalumab arm and none in the placebo arm.")
    assert [[(x["term"], x["grade"], x["count"], x.get("percent")) for x in a["adverse_events"]] for a in r["arms"]] == [
        [("any adverse event", "5", 3, 0.9)], [("any adverse event", "5", 0, None)]]


def test_regimen_radioembolization_activity_is_the_dose_and_a_bound_absorbed_dose_a_target(nlp):
    both = record(nlp, "Patients were randomised to SIRT or sorafenib 400 mg twice daily. SIRT was given as a single "
                       "session, planned to deliver >=150 Gy to the tumour while limiting the normal liver to <=40 Gy. "
                       "Of the patients allocated to SIRT, 90 were treated; the mean administered activity was 1.8 GBq.")
    assert [(c["name"], c.get("dose"), c.get("unit"), c.get("frequency")) for c in both["arms"][0]["regimen"]] == [
        ("SIRT", 1.8, "GBq", "once")]
    bound = record(nlp, "Patients underwent radioembolization with glass microspheres planned to deliver a tumour-"
                        "absorbed dose >=205 Gy, followed by durvalumab 1500 mg every 4 weeks.")
    assert ("SIRT", 205, "Gy") in [(c["name"], c.get("dose"), c.get("unit")) for c in bound["arms"][0]["regimen"]]


def test_regimen_alternative_radiation_doses_by_tumour_size_share_the_fractions_after_them(nlp):
    r = record(nlp, "Patients were randomly assigned to SBRT or RFA. SBRT was prescribed as 45 Gy (tumours <=3 cm) or "
                    "40 Gy (tumours >3 cm) in five fractions.")
    assert [(c["dose"], c.get("fractions")) for c in r["arms"][0]["regimen"]] == [(45, 5), (40, 5)]


@pytest.mark.parametrize("criterion,expected", [
    ("had one or two recurrent nodules after hepatectomy, each 3 cm or smaller", ("<=", 3)),
    ("had a single tumor with a diameter >= 7 cm", (">=", 7)),
])
def test_eligibility_tumour_size_written_after_each_or_with_a_diameter(nlp, criterion, expected):
    r = record(nlp, f"Eligible patients were aged 18 years or older and {criterion}.")
    assert [(e["operator"], e["value"]) for e in r["eligibility"] if e["parameter"] == "tumor_size"] == [expected]


def test_eligibility_a_registrys_ages_eligible_after_the_exclusions_is_an_inclusion(nlp):
    r = record(nlp, "Inclusion Criteria:\n- ECOG performance status 0-1.\nExclusion Criteria:\n- Prior liver "
                    "transplantation.\n\nAges Eligible for Study: 20 Years to 70 Years (Adult, Older Adult)\n"
                    "Sexes Eligible for Study: All\n")
    assert [(e["kind"], e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("inclusion", "ecog", "<=", 1), ("inclusion", "age", ">=", 20), ("inclusion", "age", "<=", 70)]


def test_linker_a_pmid_and_doi_in_a_registrys_publications_are_not_the_documents(nlp):
    text = ("ClinicalTrials.gov ID: NCT01234567\nBrief Summary: Patients will be randomized to SBRT or TACE.\n\n"
            "Publications\nDoe J, et al. A cited trial. Lancet Oncol. 2021;22:1-10. doi: 10.1016/S1470-2045(21)00001-1. "
            "PMID: 33000001\n")
    assert record(nlp, text)["ids"] == {"nct": ["NCT01234567"], "pmid": None, "pmcid": None, "doi": None}
    cited = "J Hepatol. 2024;80:1-9. doi: 10.1016/j.jhep.2024.01.001. PMID: 38000001\n\n" + text
    assert record(nlp, cited)["ids"]["pmid"] == "38000001"


def test_linker_the_regimen_the_expansion_cohort_received_and_a_dlt_rates_share(nlp):
    r = record(nlp, "We evaluated ZX-101, an anti-CD73 monoclonal antibody, with durvalumab. In this phase Ib study, "
                    "dose escalation followed a 3+3 design: ZX-101 was given IV q3w at 3, 6 or "
                    "12 mg/kg combined with durvalumab 1,500 mg IV q4w. The RP2D was then evaluated in a dose-expansion "
                    "cohort. DLTs occurred in 2 of 12 escalation patients (16.7%). The MTD was 6 mg/kg. In the "
                    "expansion cohort, all 20 patients received ZX-101 6 mg/kg IV q3w plus durvalumab 1,500 mg IV q4w. "
                    "ZX-101 plus durvalumab was tolerable, with an RP2D of 6 mg/kg.")
    assert [regimen(a) for a in r["arms"]] == [{("zx-101", 3, "mg/kg", "Q3W"), ("durvalumab", 1500, "mg", "Q4W")},
                                              {("zx-101", 6, "mg/kg", "Q3W"), ("durvalumab", 1500, "mg", "Q4W")}]
    assert [(o["endpoint"], o["count"], o["total"], o["value"]) for o in r["arms"][0]["outcomes"]] == [
        ("DLT", 2, 12, 16.7)]


def test_results_more_frequent_in_patients_with_is_a_subgroup(nlp):
    r = record(nlp, "In this single-arm phase 2 trial, 40 patients received durvalumab 1500 mg every 4 weeks. The "
                    "objective response rate was 20%. Responses were more frequent in patients with PD-L1-positive "
                    "tumors (45%) than in those with PD-L1-negative tumors (10%).")
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("ORR", 20)]


def test_results_counts_in_cases_and_lists_after_each_groups_name(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or TACE. The common adverse events in the HAIC group were "
                    "abdominal pain (20 cases), nausea (17 cases) and thrombocytopenia (12 cases), and those in the TACE "
                    "group were fever (35 cases) and abdominal pain (28 cases).")
    assert [[(x["term"], x["count"]) for x in a["adverse_events"]] for a in r["arms"]] == [
        [("abdominal pain", 20), ("nausea", 17), ("thrombocytopenia", 12)], [("fever", 35), ("abdominal pain", 28)]]


def test_linker_after_progression_therapies_and_counts_and_a_split_inside_one_arm(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to the HAIC group or the TACE group. A total of 100 patients "
                    "were randomized, 50 in each group. In the HAIC group, FOLFOX4 or mFOLFOX7 was infused through the "
                    "hepatic artery (FOLFOX4, n=28; mFOLFOX7, n=22). Within the HAIC group, median OS did not differ "
                    "between FOLFOX4 and mFOLFOX7 (20.1 vs. 19.5 months, P=0.70). After progression, 18 patients in the "
                    "TACE group received HAIC and 9 received sorafenib.")
    assert [(sorted({c["name"] for c in a["regimen"]}), a["n"]) for a in r["arms"]] == [
        (["HAIC", "fluorouracil", "leucovorin", "oxaliplatin"], 50), (["TACE"], 50)]
    assert [a["outcomes"] for a in r["arms"]] == [[], []] and r["comparisons"] == []


def test_results_time_to_response_is_no_endpoint_and_a_contrast_of_patients_with_a_subgroup(nlp):
    r = _single_arm(nlp, "The ORR was 40%. Median time to response was 1.9 months and median duration of response 8.3 "
                         "months. ORR was 61.9% (13/21) in patients with RDI >=80% versus 48.4% (15/31) in those with "
                         "RDI <80%.")
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("ORR", 40), ("DOR", 8.3)]


def test_linker_a_title_comparing_after_hepatectomy_vs_hepatectomy_alone(nlp):
    r = record(nlp, "Adjuvant Transarterial Chemoembolization After Hepatectomy vs Hepatectomy Alone for Hepatocellular "
                    "Carcinoma: A Randomized Clinical Trial\n\nPatients in the TACE group received a single session of "
                    "TACE 4 weeks after hepatectomy, with an emulsion of epirubicin (40 mg) and lipiodol (5 mL).")
    assert [sorted({c["name"] for c in a["regimen"]}) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol"], ["resection"]]
    assert {c["name"]: c.get("frequency") for c in r["arms"][0]["regimen"]} == {
        "TACE": "once", "epirubicin": None, "lipiodol": None}


def test_results_recurrence_occurred_in_is_a_recurrence_rate(nlp):
    r = record(nlp, "Patients were randomized to adjuvant TACE or hepatectomy alone. Recurrence occurred in 60 of 120 "
                    "patients (50.0%) in the TACE group and 78 of 120 (65.0%) in the control group (P = .02).")
    assert [[(o["endpoint"], o["count"], o["total"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [
        [("TTR", 60, 120, 50)], [("TTR", 78, 120, 65)]]


def test_results_before_weighting_is_kept_before_matching_is_not(nlp):
    weighted = record(nlp, "This study compared liver resection (LR) with TACE. Before weighting, the median OS was 50.1 "
                           "months in the LR group and 30.2 months in the TACE group. After IPTW, the median OS was 48.0 "
                           "vs. 32.5 months. The survival benefit of LR was consistent in patients beyond the up-to-seven "
                           "criteria (HR, 0.60; 95% CI, 0.45-0.80).")
    assert [[o["value"] for o in a["outcomes"]] for a in weighted["arms"]] == [[50.1, 48], [30.2, 32.5]]
    assert weighted["comparisons"] == []


def test_linker_arm_sizes_as_patients_in_brackets_after_each_arm(nlp):
    r = record(nlp, "Nivolumab plus Cabozantinib versus Sorafenib in HCC\n\nIn the trial, 500 patients were randomly "
                    "assigned 1:1 to the combination (250 patients) or to sorafenib (250 patients). In a prespecified "
                    "analysis of patients enrolled in Asia, the OS hazard ratio was 0.79 (95% CI, 0.61-1.02).")
    assert [a["n"] for a in r["arms"]] == [250, 250] and r["comparisons"] == []


def test_regimen_a_pharmacokinetic_measures_day_is_no_schedule(nlp):
    r = record(nlp, "Patients received donafenib 200 mg orally twice daily on days 1-28 of each 28-day cycle.\n\n"
                    "7. Secondary: Cmax of donafenib on Cycle 1 Day 1 [Time Frame: Predose to 24 hours postdose]\n")
    assert [(c["name"], c.get("days"), c.get("cycle_days")) for c in r["arms"][0]["regimen"]] == [
        ("donafenib", "1-28", 28)]


def test_regimen_an_eudract_products_dosage_details_under_its_name(nlp):
    block = ("Investigational medicinal product name\tDurvalumab\nOther name\tImfinzi\n"
             "Routes of administration\tIntravenous use\nDosage and administration details:\n"
             "1500 mg i.v. q4w (day 1 of each 28-day cycle)\n")
    r = record(nlp, "Durvalumab plus SBRT versus durvalumab alone for HCC: a randomised phase 2 trial\n\n"
                    "Arm title\tDurva + SBRT\nArm description:\nDurvalumab plus SBRT.\nArm type\tExperimental\n"
                    + block + "\nArm title\tDurva\nArm description:\nDurvalumab alone.\nArm type\tActive comparator\n"
                    + block)
    assert [[(c["name"], c.get("dose"), c.get("unit"), c.get("frequency"), c.get("route"))
             for c in a["regimen"] if c["name"] == "durvalumab"] for a in r["arms"]] == [
        [("durvalumab", 1500, "mg", "Q4W", "iv")]] * 2


@pytest.mark.parametrize("interval", ["Confidence interval 95 %, 2-sided\n    lower limit\t0.57\n    upper limit\t0.96\n",
                                      "Confidence interval\nlevel\t95 %\nsides\t2-sided\nlower limit\t0.57\nupper limit\t0.96\n"])
def test_comparisons_an_eudract_statistical_analysis_written_over_lines(nlp, interval):
    r = record(nlp, "Patients were randomised to lenvatinib or sorafenib.\n\nPrimary: Overall survival\n"
                    "Statistical analysis title\tOS comparison\nP-value\t= 0.021\nMethod\tLogrank\n"
                    "Parameter estimate\tHazard ratio (HR)\nPoint estimate\t0.74\n" + interval)
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["comparisons"]] == [
        {"endpoint": "OS", "measure": "HR", "value": 0.74, "ci_low": 0.57, "ci_high": 0.96, "p": "0.021"}]


def test_linker_an_eudract_worldwide_total_number_of_subjects_is_the_enrolment(nlp):
    r = record(nlp, "Population of trial subjects\nWorldwide total number of subjects\t120\n\n"
                    "Patients were randomised to lenvatinib or sorafenib.\n"
                    "Number of subjects in period 1\tLenvatinib\tSorafenib\nStarted\t60\t60\n")
    assert r["enrollment"]["actual"] == 120


@pytest.mark.parametrize("sentence, expected", [
    ("The objective response rate was 20% (8 of 40), including 1 complete response and 7 partial responses.",
     [("ORR", 20, 8, 40), ("CR", None, 1, 40), ("PR", None, 7, 40)]),
    ("Eight of 40 patients responded (ORR, 20%), with 1 complete and 7 partial responses.",
     [("ORR", 20, 8, 40), ("CR", None, 1, 40), ("PR", None, 7, 40)]),
    ("The ORR was 20% (1 CR, 7 PRs); 18 patients had stable disease and 9 had progressive disease.",
     [("ORR", 20, None, None), ("CR", None, 1, None), ("PR", None, 7, None), ("SD", None, 18, None),
      ("PD", None, 9, None)]),
    ("One patient had a complete remission and seven had a partial remission.",
     [("CR", None, 1, None), ("PR", None, 7, None)]),
    ("1 complete response (2.5%) and 7 partial responses (17.5%) were seen.",
     [("CR", 2.5, 1, None), ("PR", 17.5, 7, None)]),
])
def test_results_counts_written_before_response_categories(nlp, sentence, expected):
    r = _single_arm(nlp, sentence)
    assert [(o["endpoint"], o.get("value"), o.get("count"), o.get("total")) for o in r["arms"][0]["outcomes"]] == expected


@pytest.mark.parametrize("sentence", ["Per RECIST 1.1 partial response was the best response.",
                                      "No grade 3 partial response criteria were met at week 8 PR assessment."])
def test_results_a_version_or_grade_before_a_response_category_is_no_count(nlp, sentence):
    assert _single_arm(nlp, sentence)["arms"][0]["outcomes"] == []


def test_results_a_share_with_its_own_verb_after_and_belongs_to_the_category_after_it(nlp):
    r = _single_arm(nlp, "Three patients (7.5%) achieved CR and 5 (12.5%) achieved PR.")
    assert [(o["endpoint"], o["value"], o["count"]) for o in r["arms"][0]["outcomes"]] == [("CR", 7.5, 3), ("PR", 12.5, 5)]


def test_results_patients_responded_is_a_response_rate(nlp):
    r = _single_arm(nlp, "Overall, 6 of 38 evaluable patients (15.8%) responded.")
    assert [(o["endpoint"], o["value"], o["count"], o["total"]) for o in r["arms"][0]["outcomes"]] == [("ORR", 15.8, 6, 38)]


_THREE = "Patients were randomly assigned (1:1:1) to durvalumab plus tremelimumab, durvalumab plus bevacizumab, or sorafenib. "


def test_results_a_pair_of_values_goes_to_the_two_arms_named_in_its_clause(nlp):
    r = record(nlp, _THREE + "Overall survival was longer with durvalumab plus tremelimumab than with sorafenib (median "
                             "16.4 months [95% CI 14.2-19.6] vs 13.8 months [12.3-16.1]; HR 0.78), whereas durvalumab "
                             "plus bevacizumab did not improve it (median 14.9 months [12.8-17.0]; HR 0.90).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 16.4)], [("OS", 14.9)], [("OS", 13.8)]]


def test_results_serious_treatment_related_events_without_adverse(nlp):
    r = record(nlp, _THREE + "Serious treatment-related events were reported in 20 (10.0%), 25 (12.5%) and 15 (7.5%) patients.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("serious adverse event", None, 20)], [("serious adverse event", None, 25)], [("serious adverse event", None, 15)]]


def test_regimen_a_single_priming_dose_takes_no_cycle_of_the_drug_given_with_it(nlp):
    r = record(nlp, _THREE + "Patients in the durvalumab plus tremelimumab group received a single priming dose of "
                             "tremelimumab 300 mg intravenously, and durvalumab 1500 mg intravenously every 4 weeks (day 1 "
                             "of each 28-day cycle).")
    arm = {c["name"]: c for c in r["arms"][0]["regimen"]}
    assert (arm["tremelimumab"]["frequency"], arm["tremelimumab"].get("cycle_days")) == ("once", None)
    assert (arm["durvalumab"]["frequency"], arm["durvalumab"]["cycle_days"]) == ("Q4W", 28)


def test_a_sample_size_paragraph_that_assumes_another_trials_results_gives_none(nlp):
    r = record(nlp, _THREE + "The trial is registered with ClinicalTrials.gov, NCT09876543.\n\nWe assumed a median "
                             "overall survival of 12.3 months with sorafenib, as in SHARP-2 (NCT01234567), and a hazard "
                             "ratio (HR) of 0.75; the planned sample size was 900 patients (300 per group).")
    assert r["ids"]["nct"] == ["NCT09876543"]
    assert r["comparisons"] == [] and all(a["outcomes"] == [] for a in r["arms"])
    assert r["enrollment"]["planned"] == 900


def test_regimen_a_placebos_vehicle_is_no_component_and_a_cycle_is_not_a_daily_drugs(nlp):
    r = record(nlp, "Patients were randomly assigned to atezolizumab plus lenvatinib or placebo plus lenvatinib. "
                    "Placebo (0.9% sodium chloride) IV on Day 1 of each 21-day cycle plus lenvatinib 8 mg orally once daily.")
    assert [(c["name"], c.get("frequency"), c.get("days"), c.get("cycle_days"), c.get("route"))
            for c in r["arms"][1]["regimen"]] == [("placebo", None, "1", 21, "iv"), ("lenvatinib", "QD", None, None, "oral")]


def test_results_one_letter_arm_names_and_a_comparison_label_after_the_values(nlp):
    r = record(nlp, "Patients were randomised 1:1:1 to oral donafenib 200 mg once daily (D200) or 300 mg once daily "
                    "(D300), or sorafenib 400 mg twice daily (S). In all, 150 patients were randomised (D200, n = 50; "
                    "D300, n = 49; S, n = 51). ORR was 12.0% (6/50) with D200, 20.4% (10/49) with D300 and 3.9% (2/51) "
                    "with S. Median PFS was 4.1 mo (95% CI 3.0-5.2), 5.9 mo (4.4-7.0) and 3.8 mo (2.9-4.6) (D300 vs S: "
                    "HR 0.66, 95% CI 0.44-0.99; D200 vs S: HR 0.90, 95% CI 0.60-1.35).")
    assert [a["n"] for a in r["arms"]] == [50, 49, 51]
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("ORR", 12), ("PFS", 4.1)], [("ORR", 20.4), ("PFS", 5.9)], [("ORR", 3.9), ("PFS", 3.8)]]


@pytest.mark.parametrize("sentence", [
    "A sample size of 120 patients (40 per arm) was planned to detect an ORR of 30% vs 10% with 80% power.",
    "The trial was designed, with a one-sided alpha of 0.05 and 80% power, to detect an improvement in the 6-month "
    "PFS rate from 20% to 40%.",
    "In pts with FGF19 IHC 3+ tumours, the PFS HR for D300 vs S was 0.45 (95% CI 0.22-0.91).",
])
def test_results_design_assumptions_and_biomarker_subgroups_give_nothing(nlp, sentence):
    r = record(nlp, "Patients were randomised 1:1:1 to donafenib 200 mg once daily (D200), donafenib 300 mg once "
                    "daily (D300) or sorafenib 400 mg twice daily (S). " + sentence)
    assert r["comparisons"] == [] and r["outcomes"] == [] and all(a["outcomes"] == [] for a in r["arms"])


def test_design_randomised_trials_that_are_awaited_do_not_make_a_single_arm_trial_randomised(nlp):
    r = record(nlp, "In this single-arm phase II trial, 40 patients received regorafenib 160 mg once daily. These "
                    "findings support regorafenib while randomised comparisons are awaited.")
    assert r["randomized"] is False



_LETTER = ("Cabozantinib after atezolizumab-bevacizumab: the single-arm phase II CABO-AB trial\n\n"
           "To the Editor:\nAll approved second-line agents were studied after sorafenib: in CELESTIAL, "
           "cabozantinib prolonged overall survival compared with placebo (median 10.2 vs. 8.0 months; hazard "
           "ratio 0.76). We report CABO-AB, a single-arm phase II trial in which 40 patients received "
           "cabozantinib 60 mg orally once daily.\n\n")


def test_context_another_trial_named_bare_after_in(nlp):
    r = record(nlp, _LETTER)
    assert r["comparisons"] == [] and r["arms"][0]["outcomes"] == []


def test_tables_a_single_arms_table_without_a_header_takes_its_captions_size(nlp):
    r = record(nlp, _LETTER + "Table. Efficacy (RECIST 1.1; N = 40)\n"
                              "Best overall response, n (%)\n"
                              "  Complete response                 1 (2.5)\n"
                              "  Partial response                  5 (12.5)\n"
                              "Median PFS, months (95% CI)         4.6 (3.5-5.9)\n")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value", "count", "total") == [
        [("CR", "rate", 2.5, 1, 40), ("PR", "rate", 12.5, 5, 40), ("PFS", "median", 4.6, None, None)]]


def test_results_a_grades_count_after_in_and_raised_as_elevated(nlp):
    r = record(nlp, _LETTER + "The most frequent events were hand-foot skin reaction (18 patients, 45.0%; grade 3 in 4, "
                              "10.0%) and raised AST (8, 20.0%).")
    # the bracket's second number is grade 3: its first, and the list's others, are any grade
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("hand-foot skin reaction", "any", 18, 45), ("hand-foot skin reaction", "3", 4, 10),
         ("aspartate aminotransferase increased", "any", 8, 20)]]


_CTRI = ("Study Design\tRandomized, Parallel Group, Active Controlled Trial\n"
         "Intervention / Comparator Agent\nType\tName\tDetails\n"
         "Intervention\tTACE plus lenvatinib\tConventional TACE with epirubicin 40 mg emulsified in lipiodol 5-10 mL, "
         "then lenvatinib 8 mg orally once daily.\n"
         "Comparator Agent\tLenvatinib\tTab. Lenvatinib 8 mg orally once daily until progression.\n"
         "Inclusion Criteria\nAge From\t20.00 Year(s)\nAge To\t70.00 Year(s)\nGender\tBoth\n"
         "Target Sample Size\tTotal Sample Size=\"80\"\nSample Size from India=\"80\"\n"
         "Final Enrollment numbers achieved (Total)= \"76\"\n"
         "Brief Summary\tThis trial will compare TACE plus lenvatinib with lenvatinib alone.\n")


def test_registry_ctri_arm_rows_enrolment_fields_and_age_limits(nlp):
    r = record(nlp, _CTRI)
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lenvatinib", "lipiodol"], ["lenvatinib"]]
    doses = {c["name"]: (c.get("dose"), c.get("dose_max"), c.get("unit")) for c in r["arms"][0]["regimen"]}
    assert doses["epirubicin"] == (40, None, "mg") and doses["lipiodol"] == (5, 10, "mL")
    assert r["enrollment"] == {"actual": 76, "planned": 80}
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [("age", ">=", 20), ("age", "<=", 70)]


def test_results_events_listed_in_a_graded_counts_bracket_take_its_grade(nlp):
    r = _single_arm(nlp, "Grade 3 TRAEs occurred in 6 (15.0%; diarrhea, n = 3; fatigue, n = 2; rash, n = 1).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "3", 6), ("diarrhea", "3", 3), ("fatigue", "3", 2), ("rash", "3", 1)]]


def test_results_had_recurred_is_a_recurrence_rate_without_a_later_clauses_landmark(nlp):
    r = _single_arm(nlp, "At a median follow-up of 20.1 months, 9 of the 36 resected patients (25.0%) had recurred; "
                         "the 2-year RFS rate was 70.2%.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("TTR", None, 25), ("RFS", 24, 70.2)]]


def test_regimen_common_short_names_and_both_closed_in_a_bracket(nlp):
    r = record(nlp, "Atezolizumab plus bevacizumab versus lenvatinib: a real-world study\n\n"
                    "Patients started Atez/Bev (atezolizumab 1,200 mg plus bevacizumab 15 mg/kg, both administered "
                    "intravenously every 3 weeks) or LEN (12 mg/day) as first-line therapy.")
    assert [regimen(a) for a in r["arms"]] == [
        {("atezolizumab", 1200, "mg", "Q3W"), ("bevacizumab", 15, "mg/kg", "Q3W")}, {("lenvatinib", 12, "mg", "QD")}]


def test_eligibility_platelets_per_thousand_microlitres(nlp):
    r = record(nlp, "Eligibility criteria included a platelet count of at least 60 × 10³/μL.")
    assert [(e["parameter"], e["operator"], e["value"], e["unit"]) for e in r["eligibility"]] == [
        ("platelets", ">=", 60000, "/mm3")]


def test_regimen_a_second_prescription_in_a_later_clause_of_the_same_sentence(nlp):
    r = record(nlp, "Patients were randomized 1:1 to SBRT or RFA. SBRT was delivered at 45 Gy in 3 fractions; tumours "
                    "adjacent to the bowel received 40 Gy in 5 fractions of 8 Gy (BED10 72 Gy).")
    assert [(c["name"], c.get("dose"), c.get("fractions"), c.get("dose_per_fraction"), c.get("technique"))
            for c in r["arms"][0]["regimen"]] == [("radiotherapy", 45, 3, None, "SBRT"), ("radiotherapy", 40, 5, 8, "SBRT")]


def test_results_not_reached_between_two_medians_of_a_list(nlp):
    r = record(nlp, _THREE + "OS data were immature (median 16.1 mo, NR and 13.4 mo).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 16.1)], [("OS", None)], [("OS", 13.4)]]


def test_results_an_events_count_per_grade_in_its_bracket(nlp):
    r = _single_arm(nlp, "The most frequent adverse events were rash (30.0%) and proteinuria (45.0%; grade 1/2/3: 8/6/4).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("rash", None, None, 30), ("proteinuria", None, None, 45), ("proteinuria", "1", 8, None),
         ("proteinuria", "2", 6, None), ("proteinuria", "3", 4, None)]]


def test_arms_a_randomisation_ratio_before_to_assigns_the_treatment_after_an_eligibility_clause(nlp):
    r = record(nlp, "The trial randomised patients with unresectable HCC and no prior systemic therapy 1:1 to oral "
                    "lenvatinib 12 mg/day with or without toripalimab 240 mg intravenously every 3 weeks.")
    assert [regimen(a) for a in r["arms"]] == [{("lenvatinib", 12, "mg", "QD"), ("toripalimab", 240, "mg", "Q3W")},
                                              {("lenvatinib", 12, "mg", "QD")}]



def test_linker_a_treatment_deep_in_a_stratification_factor_is_no_arm(nlp):
    r = record(nlp, "Patients were randomly assigned (2:1) via an interactive web response system, stratified by "
                    "previous first-line therapy (lenvatinib vs atezolizumab plus bevacizumab), extrahepatic spread "
                    "(yes vs no), and AFP (<400 vs ≥400 ng/mL), to receive cabozantinib 60 mg or matching placebo "
                    "once daily. Median OS was 10.2 months versus 8.0 months (HR 0.76; p=0.005).")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["cabozantinib"], ["placebo"]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 10.2)], [("OS", 8)]]


@pytest.mark.parametrize("text", [
    ("Patients were randomly assigned to cabozantinib or placebo. Median OS was 10.2 months versus 8.0 months (HR 0.62, "
     "95% CI 0.47-0.82; p=0.005). The survival benefit was consistent in the 140 patients previously treated with "
     "atezolizumab plus bevacizumab (HR 0.55, 0.38-0.80)."),
    ("Patients were randomly assigned to HAIC or TACE. Median OS was 22.1 versus 15.3 months (HR 0.62, 95% CI 0.47-0.82). "
     "In an exploratory analysis restricted to tumours larger than 10 cm, the OS advantage persisted (HR 0.55, 95% CI "
     "0.38-0.80).")])
def test_comparisons_a_population_within_the_trial_is_a_subgroup(nlp, text):
    # "consistent in the 140 patients previously treated with ...", "an analysis restricted to ..."
    assert [(c["endpoint"], c["value"]) for c in record(nlp, text)["comparisons"]] == [("OS", 0.62)]


@pytest.mark.parametrize("opening", [
    "In patients with Vp3-4 portal vein invasion,", "In pts with baseline AFP ≥400 ng/mL,",
    "In the 41 patients whose tumours exceeded 10 cm,", "In patients within the Milan criteria,"])
def test_results_a_sentence_opening_on_patients_with_a_feature_is_a_subgroup(nlp, opening):
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib. Median OS was 14.2 versus 9.8 months (HR 0.58, "
                    f"95% CI 0.41-0.80). {opening} median OS was 11.0 versus 6.1 months (HR 0.49, 95% CI 0.30-0.77).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 14.2)], [("OS", 9.8)]]
    assert comparisons(r, "endpoint", "value") == [("OS", 0.58)]


def test_results_a_sentence_opening_on_the_trials_whole_population_is_its_result(nlp):
    # "In patients with HCC and ..." names the disease: the trial's population, not a part of it
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib. In patients with HCC and portal vein invasion, "
                    "median OS was 14.2 versus 9.8 months (HR 0.58, 95% CI 0.41-0.80).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 14.2)], [("OS", 9.8)]]


def test_results_the_one_arm_named_before_a_pair_of_numbers_is_the_first_of_them(nlp):
    # the arms were defined control first; "Lenvatinib prolonged ..." makes its number the first
    r = record(nlp, "Patients were randomly assigned to sorafenib 400 mg twice daily or lenvatinib 12 mg once daily. "
                    "Lenvatinib prolonged overall survival (median 13.2 vs 10.9 months; HR 0.81, 95% CI 0.66-0.98).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 10.9)], [("OS", 13.2)]]


def test_linker_a_table_field_named_other_is_no_registry_arm_and_patient_characteristics_give_no_regimen(nlp):
    r = record(nlp, "Methods\nPatients took vorolanib 200 mg orally once daily in 28-day cycles.\n\nPatient Characteristics\n"
                    "Age: median 61 years\nOther: Child-Pugh score 5, 20; score 6, 9. Prior therapy: sorafenib, 18; "
                    "lenvatinib, 11\n")
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [[("vorolanib", 200)]]


def test_results_a_rate_after_an_endpoint_and_its_bracketed_abbreviation_is_that_endpoints(nlp):
    # "partial response in 5 (objective response rate [ORR] 14.3%, 5/35)": the share is the ORR; "no
    # complete responses" takes the clause head's total
    r = record(nlp, "Patients took vorolanib 200 mg once daily. Among the 35 evaluable patients, best response was partial "
                    "response in 5 (objective response rate [ORR] 14.3%, 5/35); no complete responses were seen.")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("CR", 0, 0, 35), ("ORR", 14.3, 5, 35)]]


def test_linker_arms_of_one_procedure_told_apart_by_a_one_word_name(nlp):
    # "to B-TACE (n = 48) or cTACE (n = 48) at 5 institutions ...": the names stop at the sizes and
    # name the arms in the results; a result counted over lesions is left out
    r = record(nlp, "Purpose: To compare balloon-occluded transarterial chemoembolization (B-TACE) and conventional "
                    "transarterial chemoembolization (cTACE) for HCC.\nMaterials and Methods: In this multicenter trial, 96 "
                    "patients were randomly assigned 1:1 to B-TACE (n = 48) or cTACE (n = 48) at 5 institutions between May "
                    "2020 and June 2023.\nResults: The CR rate was 43.8% (21/48) with B-TACE and "
                    "25.0% (12/48) with cTACE (P = .04). Per-lesion CR was achieved in 97 of 142 lesions (68.3%) and 61 "
                    "of 131 lesions (46.6%) (P < .001).")
    assert [a["label"] for a in r["arms"]] == ["B-TACE (n = 48)", "cTACE (n = 48)"]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("CR", 43.8)], [("CR", 25)]]
    assert r["outcomes"] == [] and [c["p"] for c in r["comparisons"]] == ["0.04"]


def test_results_a_biomarker_population_is_a_subgroup_and_a_term_named_the_commonest_graded_event_takes_its_numbers(nlp):
    r = record(nlp, "Patients were randomly assigned to vorolanib 200 mg or placebo once daily. Median OS was 9.6 versus 7.8 "
                    "months (HR 0.79, 95% CI 0.63-0.99). In the MET-high population, median OS was 11.2 versus 6.9 months "
                    "(HR 0.58, 95% CI 0.40-0.84). Peripheral oedema was the most frequent grade ≥3 AE (7.9% versus 0.7%).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 9.6)], [("OS", 7.8)]]
    assert [c["value"] for c in r["comparisons"]] == [0.79]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("peripheral edema", ">=3", None, 7.9)], [("peripheral edema", ">=3", None, 0.7)]]


def test_results_the_pooled_or_weighted_population_is_the_whole_trials(nlp):
    r = record(nlp, "Patients were randomly assigned to vorolanib 200 mg or placebo once daily. In the pooled population, "
                    "median OS was 10.2 versus 7.9 months (HR 0.70, 95% CI 0.60-0.82).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 10.2)], [("OS", 7.9)]]


def test_regimen_doses_per_m2_and_per_kg_written_as_negative_powers(nlp):
    r = record(nlp, "Patients received oxaliplatin 85 mg m⁻² through the hepatic artery plus bevacizumab 7.5 mg kg⁻¹ "
                    "intravenously every 3 weeks.")
    assert per_arm(r, "regimen", "name", "dose", "unit") == [[("oxaliplatin", 85, "mg/m2"), ("bevacizumab", 7.5, "mg/kg")]]


def test_linker_a_registry_both_arms_line_and_arm_lines_that_describe_rather_than_name(nlp):
    text = ("Outcome measures\nPrimary outcome\nProgression-free survival by central review.\n\nSecondary outcome\n"
            "- Overall survival\n- Objective response rate\n- Time to progression\n\n"
            "Intervention\nBoth arms: SIRT with resin yttrium-90 microspheres.\n"
            "Experimental arm: in addition, durvalumab 1500 mg as a 60-minute intravenous infusion every 4 weeks, "
            "starting 14 days after SIRT, for up to 12 months.\nControl arm: SIRT alone, followed by surveillance.\n")
    r = record(nlp, text)
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [
        ("PFS", "primary"), ("OS", "secondary"), ("ORR", "secondary"), ("TTP", "secondary")]
    assert [a["label"] for a in r["arms"]] == ["Experimental arm", "SIRT alone, followed by surveillance."]
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["SIRT", "durvalumab"], ["SIRT"]]


def test_linker_endpoint_headings_inside_one_bullet_end_with_it_and_all_via_the_artery_shares_the_interval(nlp):
    # "• Primary endpoint: OS. Secondary endpoints: ..." is one bullet: what follows the list is not an
    # outcome section (its results are read); "..., all via the hepatic artery, q3w" is every drug's
    text = ("Pivotal trial: a randomised phase III trial comparing HAIC-FOLFOX with TACE.\n"
            "\u2022 HAIC-FOLFOX arm: oxaliplatin 130 mg/m\u00b2, leucovorin 400 mg/m\u00b2 and fluorouracil 400 mg/m\u00b2 "
            "bolus, all via the hepatic artery, q3w.\n\u2022 TACE arm: epirubicin 50 mg/m\u00b2 with lipiodol.\n"
            "\u2022 Primary endpoint: overall survival (OS). Secondary endpoints: progression-free survival and safety.\n"
            "\u2022 Median follow-up 28.4 months.\n\n"
            "Overall grade 3-4 adverse events: 61 (38.9%) with HAIC-FOLFOX vs 96 (61.5%) with TACE.\n")
    r = record(nlp, text)
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"] == [
        ("oxaliplatin", "Q3W"), ("leucovorin", "Q3W"), ("fluorouracil", "Q3W")]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "3-4", 61)], [("any adverse event", "3-4", 96)]]


def test_linker_three_groups_named_after_a_short_form_with_credible_intervals_and_a_ratio_after_its_endpoint(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib alone (group A), lenvatinib plus transarterial "
                    "chemoembolisation (TACE; group B), or lenvatinib plus hepatic arterial infusion chemotherapy (HAIC; "
                    "group C). 156 patients were randomly assigned (44 to group A, 31 to group B, and 81 to group C). "
                    "Median progression-free survival was 6\u00b72 months in group A, 7\u00b70 months in group B, and "
                    "10\u00b74 months in group C. For group C versus group A the hazard ratio (HR) was 0\u00b754 (95% "
                    "credible interval [CrI] 0\u00b736\u20130\u00b779). An objective response was recorded in 10 "
                    "(22\u00b77%; 95% CrI 12\u00b73\u201336\u00b76) of 44, 11 (35\u00b75%) of 31, and 43 (53\u00b71%) of "
                    "81 patients, respectively. In an exploratory subgroup of patients with Vp3 thrombus, median PFS was "
                    "9.1 vs. 5.0 mo. (HR 0.41; 95% CI, 0.20-0.84).")
    assert [a["n"] for a in r["arms"]] == [44, 31, 81]
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low") == [
        [("PFS", 6.2, None), ("ORR", 22.7, 12.3)], [("PFS", 7, None), ("ORR", 35.5, None)], [("PFS", 10.4, None), ("ORR", 53.1, None)]]
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high") == [("PFS", 0.54, 0.36, 0.79)]


def test_linker_strata_as_arms_with_wiley_numbered_headings_and_a_heading_line_naming_a_stratum(nlp):
    text = ("Procedure: In this non-randomized phase II study, patients with resected HCC (stratum R) received "
            "cisplatin plus doxorubicin; patients with unresectable HCC (stratum U) received cisplatin plus doxorubicin "
            "plus sorafenib.\nKEYWORDS\nchildren, cisplatin, sorafenib\n\n1 | INTRODUCTION\nPaediatric HCC is rare.\n"
            "2 | METHODS\nIn both strata, cisplatin 80 mg/m\u00b2 was given on day 1 every 21 days. In stratum U, sorafenib "
            "200 mg/m\u00b2 was taken orally twice daily.\n3 | RESULTS\nIn stratum R, 3-year event-free survival was "
            "75.0% and 3-year overall survival 85.0%.\n3.2 | Stratum U\nMedian OS was 16.3 months (95% CI 11.0-24.9).\n")
    r = record(nlp, text)
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("cisplatin", 80), ("doxorubicin", None)], [("cisplatin", 80), ("doxorubicin", None), ("sorafenib", 200)]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 85)], [("OS", 16.3)]]


def test_linker_a_clause_about_one_arm_without_a_comma_after_its_name(nlp):
    r = record(nlp, "Patients were randomised to LEN-HAIC or LEN-TACE. In the LEN-HAIC arm a microcatheter was placed in "
                    "the hepatic artery, and oxaliplatin 85 mg/m\u00b2 and leucovorin 400 mg/m\u00b2 were infused every 3 "
                    "weeks. In the HAIC group the median time to progression was 9.6 mo, and in the TACE group it was 5.0 mo.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [
        ["lenvatinib", "HAIC", "oxaliplatin", "leucovorin"], ["lenvatinib", "TACE"]]


def test_linker_a_registry_interventions_dose_line_naming_another_drug_afterwards_is_the_headings(nlp):
    text = ("Arms and Interventions\n  Experimental: TACE + lenvatinib + tislelizumab\n    Interventions: Procedure: TACE; "
            "Drug: Lenvatinib; Drug: Tislelizumab\n  Active Comparator: TACE + lenvatinib\n    Interventions: Procedure: "
            "TACE; Drug: Lenvatinib\n\nInterventions\n  Drug: Lenvatinib\n    12 mg orally once daily.\n"
            "  Drug: Tislelizumab\n    200 mg intravenously every 3 weeks, beginning on the same day as lenvatinib.\n")
    r = record(nlp, text)
    doses = [{c["name"]: (c.get("dose"), c.get("frequency")) for c in a["regimen"] if c["kind"] == "drug"} for a in r["arms"]]
    assert doses == [{"lenvatinib": (12, "QD"), "tislelizumab": (200, "Q3W")}, {"lenvatinib": (12, "QD")}]


def test_linker_a_page_of_two_stories_reads_the_liver_cancer_one(nlp):
    # a lone dash line, then a heading about another cancer: the rest is another study (its drugs,
    # numbers and registration), and the first story's trial is the document's
    text = ("CONGRESS DAILY | Day 2\n\nSBRT before atezolizumab-bevacizumab extends survival in HCC\n\n"
            "In SABER-9 (NCT05481736), investigators randomly assigned 312 patients (156 per arm) to SBRT followed by "
            "atezolizumab plus bevacizumab, or to atezolizumab plus bevacizumab alone. Median OS was 22.1 versus 16.4 "
            "months (HR 0.72; 95% CI 0.55-0.94).\n\n\u2014\n\nBiliary tract cancer: toripalimab added to chemotherapy\n\n"
            "In the same session, the KESTREL-7 trial (NCT05066243) of toripalimab plus gemcitabine and cisplatin "
            "reported a median OS of 14.6 months versus 12.1 months with placebo.\n")
    r = record(nlp, text)
    assert r["ids"]["nct"] == ["NCT05481736"]
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["atezolizumab", "bevacizumab", "radiotherapy"], ["atezolizumab", "bevacizumab"]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 22.1)], [("OS", 16.4)]]


def test_linker_latin_american_english_ic_95_two_times_per_day_and_a_group_named_with_a_plus(nlp):
    r = record(nlp, "The patients were allocated randomly (1:1) for DEB-TACE plus sorafenib (DEB-TACE+S group) or DEB-TACE "
                    "alone (DEB-TACE group). The sorafenib was administered via oral in the dose of 400 mg two times per day. "
                    "The median TTP was 9.8 months (IC 95%: 7.1-12.5) in the DEB-TACE+S group versus 6.1 months (IC 95%: "
                    "4.4-7.8) in the DEB-TACE group (HR: 0.55; IC 95%: 0.31-0.96; p = 0.032). In the DEB-TACE+S group, the "
                    "hand-foot skin reaction was the more common adverse event (14/31; 45.2%).")
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"] if c["name"] == "sorafenib"] == [("sorafenib", "BID")]
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("TTP", 9.8, 7.1, 12.5)], [("TTP", 6.1, 4.4, 7.8)]]
    assert comparisons(r, "value", "ci_low", "ci_high") == [(0.55, 0.31, 0.96)]
    assert per_arm(r, "adverse_events", "term", "percent") == [[("hand-foot skin reaction", 45.2)], []]


def test_linker_a_consent_forms_question_headings(nlp):
    # the NCI consent template's headings: who can take part (criteria), the study groups (arms), the
    # risks seen in earlier studies (no results of this one)
    text = ("Why is this study being done?\nThe purpose of this study is to compare the usual treatment alone to "
            "radiation therapy plus the usual treatment.\n\n"
            "Who can take part in this study?\nYou may be able to take part if you:\n\u2022 are 18 years of age or older\n"
            "\u2022 have a platelet count of at least 60,000 per microliter\n\n"
            "What are the study groups?\nThis study has two study groups.\nGroup 1 (usual treatment):\n\u2022 Atezolizumab "
            "1,200 mg, given through a vein (IV), once every 3 weeks\nGroup 2 (SBRT plus usual treatment):\n\u2022 SBRT to your "
            "liver tumors, then the same atezolizumab as Group 1\n\n"
            "What possible risks can I expect from taking part in this study?\nIn a large earlier study, high blood pressure "
            "happened in about 30 out of 100 people (30%).\n")
    r = record(nlp, text)
    assert [(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [("age", ">=", 18), ("platelets", ">=", 60000)]
    assert all(not a["adverse_events"] for a in r["arms"]) and r["adverse_events"] == []


@pytest.mark.parametrize("field,phase", [("Phase:\tIII", "III"), ("Phase: Phase 2, Phase 3", "II/III")])
def test_linker_a_registry_phase_field_before_the_phases_its_help_text_names(nlp, field, phase):
    text = ("Clinical Trials Database: Protocol Information\n\n"
            "The database lists selected information about phase I, II and III clinical trials of drugs.\n\n"
            "Protocol number:\tCVP-0001\nDrug name(s):\tOPDIVO\n" + field + "\nStudy status:\tClosed\n\n"
            "Phase - the phase of the trial (I, II, III or Phase IV).\n")
    assert record(nlp, text)["phase"] == phase


def test_linker_a_preprints_latex_source(nlp):
    r = record(nlp, "Eligible patients were aged 18--75 years with Child--Pugh score $\\leq$7 and platelet count $\\geq 60 "
                    "\\times 10^{9}$/L. Patients were randomised 1:1 to SBRT plus camrelizumab 200~mg every 2 weeks or "
                    "camrelizumab alone. Median PFS was 9.8 months (95\\% CI 7.2--12.4) versus 5.6 months (4.1--7.1) "
                    "(HR 0.52, 95\\% CI 0.32--0.84; $P=0.007$).")
    assert [(c["parameter"], c["operator"], c["value"], c["unit"]) for c in r["eligibility"]] == [
        ("age", ">=", 18, "years"), ("age", "<=", 75, "years"), ("child_pugh_score", "<=", 7, None),
        ("platelets", ">=", 60, "x10^9/L")]
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [[("PFS", 9.8, 7.2, 12.4)], [("PFS", 5.6, 4.1, 7.1)]]
    assert comparisons(r, "value", "ci_low", "ci_high", "p") == [(0.52, 0.32, 0.84, "0.007")]


def test_linker_groups_named_only_when_the_patients_are_divided_get_their_treatments_from_later_sentences(nlp):
    r = record(nlp, "A total of 96 patients were randomly divided into the observation group and the control group, with "
                    "48 patients in each group. Both groups underwent conventional TACE with epirubicin 40 mg and lipiodol. "
                    "Patients in the observation group started oral apatinib 250 mg once a day after the first TACE. The "
                    "ORR of the observation group was 62.5% (30/48), higher than that of the control group (41.7%, 20/48).")
    assert [(a["label"], a["n"]) for a in r["arms"]] == [("observation group", 48), ("control group", 48)]
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol", "apatinib"], ["TACE", "epirubicin", "lipiodol"]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 62.5)], [("ORR", 41.7)]]


def test_context_earlier_series_that_reported_are_background(nlp):
    r = record(nlp, "HAIC is widely used in Asia for large tumours, and earlier single-centre phase II series reported "
                    "objective responses in 35% to 60% of patients, but randomised data are lacking. We randomly "
                    "assigned patients to HAIC or sorafenib. The ORR was 31% with HAIC and 4% with sorafenib.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 31)], [("ORR", 4)]]


def test_regimen_sirt_and_sbrt_alternatives_each_take_the_dose_written_after_them(nlp):
    r = record(nlp, "In this single-arm trial, patients received SIRT with yttrium-90 resin microspheres at a target "
                    "dose of 100-120 Gy to the perfused volume, or SBRT of 45 Gy in 3 fractions of 15 Gy.")
    assert [(c["name"], c.get("dose"), c.get("dose_max"), c.get("fractions")) for c in r["arms"][0]["regimen"]] == [
        ("SIRT", 100, 120, None), ("radiotherapy", 45, None, 3)]


@pytest.mark.parametrize("text", [
    "Patients received tremelimumab 300 mg intravenously as a single dose plus durvalumab 1500 mg every 4 weeks.",
    "Patients received a single dose of tremelimumab 300 mg plus durvalumab 1500 mg every 4 weeks."])
def test_regimen_a_single_dose_is_given_once_and_takes_no_later_schedule(nlp, text):
    r = record(nlp, text)
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("tremelimumab", "once"), ("durvalumab", "Q4W")]


def test_linker_registry_intervention_lines_dose_a_drug_given_by_hepatic_arterial_infusion(nlp):
    r = record(nlp, "Arms and Interventions\nExperimental: HAIC-FOLFOX + Sintilimab\n"
                    "HAIC-FOLFOX every 3 weeks with sintilimab. | Procedure: HAIC; Drug: Oxaliplatin; Drug: Sintilimab\n"
                    "Active Comparator: Sintilimab\nSintilimab alone. | Drug: Sintilimab\n\nInterventions\n"
                    "Drug: Oxaliplatin\n130 mg/m² by hepatic arterial infusion over 3 hours on day 1, every 3 weeks.\n"
                    "Drug: Sintilimab\n200 mg intravenously every 3 weeks.\n")
    oxali = next(c for c in r["arms"][0]["regimen"] if c["name"] == "oxaliplatin")
    assert (oxali["dose"], oxali["unit"], oxali["frequency"], oxali["days"], oxali["route"]) == (
        130, "mg/m2", "Q3W", "1", "intra-arterial")


def test_linker_patients_who_were_to_be_enrolled_after_a_power_assumption_are_the_planned_size(nlp):
    r = record(nlp, "In this single-arm phase II study, patients received lenvatinib 12 mg once daily. Assuming a "
                    "6-month PFS rate of 50% under the null hypothesis and 70% under the alternative (one-sided "
                    "alpha 0.05, power 80%), 38 patients were to be enrolled. In total, 41 patients were enrolled.")
    assert r["enrollment"] == {"actual": 41, "planned": 38}


def test_results_of_parts_named_by_cohort_letters_go_to_the_escalation_and_expansion_arms(nlp):
    r = record(nlp, "We report the dose-escalation (Cohort 1) and expansion (Cohort 2) parts of a phase 1b/2 study of "
                    "fisogatinib. In Cohort 1, fisogatinib was escalated through 150, 300 and 450 mg once daily (3+3). "
                    "The MTD was 300 mg once daily, declared the RP2D; Cohort 2 enrolled patients at the RP2D.\n\n"
                    "Results: 60 pts were enrolled: 20 in Cohort 1 and 40 in Cohort 2.\n\n"
                    "Cohort 1: the ORR was 10.0% (2/20).\n\n"
                    "Cohort 2 (fisogatinib 300 mg once daily): the ORR was 25.0% (10/40). Median PFS was 5.6 months.")
    assert [(a["label"].split(":")[0], a["n"], [(o["endpoint"], o["value"]) for o in a["outcomes"]])
            for a in r["arms"]] == [("phase I", 20, [("ORR", 10)]), ("expansion", 40, [("ORR", 25), ("PFS", 5.6)])]


def test_linker_the_partner_of_a_drug_escalated_through_levels_is_in_both_parts(nlp):
    r = record(nlp, "This open-label phase 1b/2 study enrolled patients with advanced HCC. Fisogatinib was taken orally "
                    "once daily with tislelizumab 200 mg IV Q3W. In the dose-escalation part, fisogatinib was escalated "
                    "through 100, 200 and 300 mg (3+3 design). The MTD was 200 mg, declared the RP2D; the expansion "
                    "cohort enrolled 30 patients at the RP2D. In the expansion cohort, the ORR was 30%.")
    assert [[(c["name"], c.get("dose"), c.get("frequency")) for c in a["regimen"]] for a in r["arms"]] == [
        [("fisogatinib", 100, "QD"), ("tislelizumab", 200, "Q3W")], [("fisogatinib", 200, "QD"), ("tislelizumab", 200, "Q3W")]]


@pytest.mark.parametrize("sentence, expected", [
    ("Immune-related AEs were reported in 6 pts (12.0%), all grade 1-2.", ("immune-related adverse event", "1-2", 6)),
    ("Grade 3 or higher AEs occurred in 3 of 50 (6.0%), all of grade 3.", ("any adverse event", ">=3", 3))])
def test_results_all_grade_after_an_events_numbers_is_its_grade_unless_it_has_its_own(nlp, sentence, expected):
    r = record(nlp, "Patients received lenvatinib 12 mg once daily.\n" + sentence)
    assert [(e["term"], e["grade"], e["count"]) for e in r["arms"][0]["adverse_events"]] == [expected]


def test_results_dlts_written_as_a_fraction_and_the_events_listed_with_them(nlp):
    r = record(nlp, "In this phase I study, fisogatinib was escalated through 100, 200 and 300 mg once daily (3+3). "
                    "2/12 (16.7%) DLT-evaluable pts had DLTs, both at 300 mg (grade 3 fatigue and grade 4 "
                    "thrombocytopenia; one pt each). At 200 mg, 1/6 patients had a DLT (grade 3 rash).")
    arm = r["arms"][0]
    assert [(o["count"], o["total"], o["value"]) for o in arm["outcomes"] if o["endpoint"] == "DLT"] == [
        (2, 12, 16.7), (1, 6, None)]
    assert sorted((e["term"], e["grade"], e.get("count")) for e in arm["adverse_events"]) == [
        ("fatigue", "3", 1), ("rash", "3", 1), ("thrombocytopenia", "4", 1)]


def test_results_a_second_response_rate_by_another_criterion_after_a_category(nlp):
    r = record(nlp, "In this single-arm phase II study, patients received SIRT followed by durvalumab 1500 mg every 4 "
                    "weeks. ORR was 45.0% (18/40) by mRECIST, with complete response in 6 patients (15.0%), and 30.0% "
                    "(12/40) by RECIST 1.1.")
    assert [(o["endpoint"], o["value"], o.get("count")) for o in r["arms"][0]["outcomes"]] == [
        ("ORR", 45, 18), ("CR", 15, 6), ("ORR", 30, 12)]


def test_results_a_reporting_bound_gives_no_event_and_a_benefit_maintained_in_pts_with_is_a_subgroup(nlp):
    r = record(nlp, "Patients were randomised to regorafenib plus nivolumab or regorafenib. Median PFS was 8.1 vs 5.2 mo "
                    "(HR 0.60; 95% CI 0.40-0.90). The PFS benefit was maintained in pts with extrahepatic spread (HR "
                    "0.52; 95% CI 0.30-0.91). Treatment-related AEs reported in ≥10% of pts in either arm are listed below.")
    assert comparisons(r, "endpoint", "value") == [("PFS", 0.6)]
    assert r["adverse_events"] == [] and [a["adverse_events"] for a in r["arms"]] == [[], []]


@pytest.mark.parametrize("sentence, expected", [
    (("Recurrence or death had been reported in 97 patients in the sintilimab group and in 128 in the placebo group "
      "(hazard ratio for recurrence or death, 0.72; 95% CI, 0.56 to 0.93; P=0.01)."), ("RFS", 0.72, "0.01")),
    ("The hazard ratio for recurrence, assessed in the analysis of time to recurrence, was 0.70 (95% CI, 0.53 to 0.92).",
     ("TTR", 0.7, None)),
    ("Over the whole follow-up, the hazard ratio for local progression was 0.46 (95% CI, 0.21 to 1.03; P = .06).",
     ("LC", 0.46, "0.06"))])
def test_comparisons_the_endpoint_a_ratio_names_by_its_event_or_inside_it(nlp, sentence, expected):
    r = record(nlp, "Patients were randomly assigned to sintilimab or placebo.\n" + sentence)
    assert comparisons(r, "endpoint", "value", "p") == [expected]


def test_comparisons_a_ratio_assumed_with_decimal_medians_before_it_is_the_design(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib.\n• Sample size: assumed mPFS 6.0 vs 10.0 mos "
                    "(HR 0.60), 80% power, 1-sided α 0.10 → 96 pts\n")
    assert r["comparisons"] == []


def test_results_the_other_arms_count_of_the_n_patients_who_received_it(nlp):
    r = record(nlp, "Patients were randomly assigned to sintilimab or placebo.\nGrade 3 or 4 adverse events occurred in 61 "
                    "of the 300 patients (20.3%) who received sintilimab and in 30 of the 298 patients (10.1%) who "
                    "received placebo.\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", "3-4", 61, 20.3)], [("any adverse event", "3-4", 30, 10.1)]]


def test_results_an_abbreviated_event_takes_the_usual_spelling_of_its_term(nlp):
    r = record(nlp, "Patients received TACE.\nPost-embolisation syndrome (PES) occurred in 12 patients (20%); grade 3 PES "
                    "in 2 (3%).\n")
    assert per_arm(r, "adverse_events", "term", "grade", "count")[0] == [
        ("post-embolization syndrome", None, 12), ("post-embolization syndrome", "3", 2)]


TWO_DOSES = ("A total of 300 patients were randomised: 100 to cabozantinib 60 mg once daily, 101 to cabozantinib "
             "40 mg once daily and 99 to placebo once daily. ")


def test_results_arms_given_one_drug_at_two_doses_are_named_by_their_dose(nlp):
    r = record(nlp, TWO_DOSES + "Median OS was 10.4 months (95% CI 9.1-12.0) in the cabozantinib 60 mg group, 9.6 "
                    "months (8.2-11.3) in the cabozantinib 40 mg group and 7.9 months (6.8-9.0) in the placebo group. "
                    "Grade 3 diarrhoea occurred in 12% of patients receiving 60 mg, 7% of those receiving 40 mg and 1% "
                    "of those receiving placebo. Grade 3 fatigue was more frequent with the higher dose (14% vs 9% with "
                    "40 mg and 3% with placebo).")
    assert [a["n"] for a in r["arms"]] == [100, 101, 99]
    assert [[o["value"] for o in a["outcomes"] if o["endpoint"] == "OS"] for a in r["arms"]] == [[10.4], [9.6], [7.9]]
    assert [{e["term"]: e["percent"] for e in a["adverse_events"]} for a in r["arms"]] == [
        {"diarrhea": 12, "fatigue": 14}, {"diarrhea": 7, "fatigue": 9}, {"diarrhea": 1, "fatigue": 3}]


def test_arms_doses_that_name_arms_exclude_a_drug_escalated_over_a_range():
    # an escalation part's levels ("5-20 mg/kg") are no arm's name: "10 mg/kg" is one of them too
    from hcc_nlp.arms import Arm, arm_of_dose, dose_levels
    arms = [Arm("escalation", [{"name": "kx-9", "dose": 5, "dose_max": 20, "unit": "mg/kg"}]),
            Arm("expansion", [{"name": "kx-9", "dose": 10, "unit": "mg/kg"}])]
    assert dose_levels(arms) == {}
    assert arm_of_dose(arms, "kx-9", "10 mg/kg") is None
    arms[0].components[0].pop("dose_max")
    assert dose_levels(arms) == {"kx-9": {(5, "mg/kg"): 0, (10, "mg/kg"): 1}}
    assert arm_of_dose(arms, "kx-9", "10 mg/kg") == 1 and arm_of_dose(arms, "kx-9", "20 mg/kg") is None
    arms[1].tag = "mtd"  # an expansion at the MTD: its dose is a level of the escalation too
    assert dose_levels(arms) == {}


def test_results_a_count_of_none_after_the_other_arms_shares(nlp):
    r = record(nlp, TWO_DOSES + "Grade 3 or 4 hypertension occurred in 30 (30.0%), 21 (20.8%) and 2 (2.0%) "
                    "patients in the 60 mg, 40 mg and placebo groups, respectively; grade 3 or 4 rash in 9 (9.0%), "
                    "5 (5.0%) and 0 patients.")
    assert [[(e["term"], e["count"]) for e in a["adverse_events"] if e["term"] == "rash"] for a in r["arms"]] == [
        [("rash", 9)], [("rash", 5)], [("rash", 0)]]


def test_comparisons_a_ratio_continued_after_a_dosed_arm_and_a_later_ratio_without_endpoint(nlp):
    r = record(nlp, TWO_DOSES + "Compared with placebo, the hazard ratio for death was 0.70 (95% CI 0.55-0.89; "
                    "p = 0.003) with cabozantinib 60 mg and 0.81 (95% CI 0.64-1.02; p = 0.07) with cabozantinib 40 mg, "
                    "while the two doses did not differ (HR 0.88, 95% CI 0.69-1.12; p = 0.30). Median PFS was 5.2, "
                    "4.1 and 1.9 months (Fig. 2); the HRs versus placebo were 0.45 (95% CI 0.35-0.58; p < 0.001) and "
                    "0.57 (95% CI 0.44-0.73; p < 0.001).")
    assert comparisons(r, "endpoint", "value", "ci_low", "p") == [
        ("OS", 0.7, 0.55, "0.003"), ("OS", 0.81, 0.64, "0.07"), ("OS", 0.88, 0.69, "0.30"),
        ("PFS", 0.45, 0.35, "<0.001"), ("PFS", 0.57, 0.44, "<0.001")]


def test_context_a_poster_bkgd_heading_is_background(nlp):
    r = record(nlp, "Bkgd: sorafenib is SoC; pts with PVTT were excluded from SHARP, where ORR was approx. 2%; data are few.\n"
                    "Methods: Patients received lenvatinib 12 mg once daily.\n"
                    "Results: 40 pts enrolled. ORR 25.0% (10/40).\n")
    assert [(o["endpoint"], o["value"]) for a in r["arms"] for o in a["outcomes"]] == [("ORR", 25)]


def test_endpoints_a_role_reaches_over_a_list_whose_items_a_semicolon_parts(nlp):
    r = record(nlp, "The primary endpoint is overall survival. Secondary endpoints are progression-free survival per "
                    "RECIST 1.1; objective response rate and disease control rate; duration of response; time to "
                    "progression; and quality of life. Exploratory endpoints include circulating biomarkers.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [
        ("OS", "primary"), ("PFS", "secondary"), ("ORR", "secondary"), ("DCR", "secondary"), ("DOR", "secondary"),
        ("TTP", "secondary"), ("QOL", "secondary")]
    # a clause of its own after the ";" is outside the role
    r = record(nlp, "The primary endpoint was overall survival; progression-free survival was also assessed.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("PFS", None)]


def test_endpoints_a_labels_major_and_additional_efficacy_outcome_measures(nlp):
    r = record(nlp, "The major efficacy outcome measure was overall survival (OS). Additional efficacy outcome measures "
                    "were objective response rate (ORR) and duration of response (DOR) per RECIST v1.1.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("ORR", "secondary"), ("DOR", "secondary")]


def test_arms_a_count_before_a_choice_of_two_drugs_sizes_one_arm(nlp):
    r = record(nlp, "A total of 600 patients were randomized: 300 to durvalumab and 300 to lenvatinib or sorafenib.")
    assert [(sorted(c["name"] for c in a["regimen"]), a["n"]) for a in r["arms"]] == [
        (["durvalumab"], 300), (["lenvatinib", "sorafenib"], 300)]


def test_results_an_event_that_was_the_most_frequent_toxicity_takes_the_numbers_after_it(nlp):
    r = record(nlp, "Patients were randomly assigned to SBRT (n = 40) or RFA (n = 40). Grade 1-2 fatigue was the most "
                    "frequent toxicity after SBRT (12 [30.0%]).")
    assert [[(e["term"], e["grade"], e["count"], e["percent"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("fatigue", "1-2", 12, 30)], []]


def test_results_hepatitis_b_as_an_aetiology_is_no_event(nlp):
    r = record(nlp, "Patients received sorafenib 400 mg twice daily. Overall, 58% had hepatitis B–related disease and "
                    "21% had hepatitis C-associated cirrhosis. Grade 3 hepatitis occurred in 4%.")
    assert [(e["term"], e["percent"]) for a in r["arms"] for e in a["adverse_events"]] == [("hepatitis", 4)]


def test_design_a_total_bracketed_after_a_per_group_size_and_a_size_that_gives_power(nlp):
    r = record(nlp, "Assuming a 3-year OS of 50% vs 70% (two-sided alpha 0.05, power 80%), 88 patients per group (176 in "
                    "total) were needed.")
    assert r["enrollment"] == {"actual": None, "planned": 176}
    r = record(nlp, "Methods: Patients received lenvatinib 12 mg once daily plus TACE. Assuming an ORR of 40%, 44 patients "
                    "gave 80% power to detect an ORR of 60%; 48 patients were to be enrolled.\nResults: 48 pts were "
                    "enrolled. ORR was 62.5% (30/48).")
    assert r["enrollment"] == {"actual": 48, "planned": 48} and r["arms"][0]["n"] == 48


def test_linker_conversion_to_resection_and_time_to_untreatable_progression_are_outcomes_not_given(nlp):
    r = record(nlp, "Methods: Patients received lenvatinib 8 mg once daily plus on-demand TACE. Secondary endpoints were "
                    "conversion to curative resection or ablation, time to untreatable progression (TTUP), PFS and OS.\n"
                    "Results: Median PFS was 11.2 months and median TTUP was 20.5 months.")
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["lenvatinib", "TACE"]
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("PFS", "secondary"), ("OS", "secondary")]
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("PFS", 11.2)]


def test_results_a_dose_modification_rule_reports_no_event(nlp):
    r = record(nlp, "Patients received bevacizumab 15 mg/kg every 3 weeks. Bevacizumab is withheld for grade 3 "
                    "hypertension or proteinuria and is not reduced. For grade 2 persistent neuropathy, the dose is reduced "
                    "to 10 mg/kg. Grade 3 hypertension occurred in 12% of patients.")
    assert [(e["term"], e["grade"], e["percent"]) for a in r["arms"] for e in a["adverse_events"]] == [("hypertension", "3", 12)]


def test_results_counted_deaths_the_investigators_considered_related_to_treatment(nlp):
    r = record(nlp, "Patients were randomly assigned to sintilimab (n = 300) or placebo (n = 300).\n\nThree deaths (1.0%) "
                    "in the sintilimab group were considered by the investigators to be related to treatment.")
    assert [[(e["term"], e["grade"], e["count"], e.get("percent")) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("any adverse event", "5", 3, 1)], []]


def test_context_a_treatment_that_remains_the_mainstay_and_early_studies_are_background(nlp):
    r = record(nlp, "Resection remains the mainstay of curative treatment, but recurrence develops in up to 70% of "
                    "patients. Early studies of nivolumab reported major responses in 20-30% of patients.\n\n"
                    "Methods: In this single-arm phase 2 trial, patients received camrelizumab 200 mg every 2 weeks "
                    "before resection.\nResults: Of 30 patients, the ORR was 16.7% (5/30).")
    assert [(o["endpoint"], o["value"]) for a in r["arms"] for o in a["outcomes"]] == [("ORR", 16.7)]
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["camrelizumab"]


def test_regimen_the_drugs_of_a_procedures_emulsion_or_description_join_every_arm_with_it(nlp):
    names = lambda r: [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]]  # noqa: E731
    r = record(nlp, "Patients were randomly assigned to TACE plus durvalumab or TACE alone.\nPatients underwent a median of "
                    "3 TACE sessions in both groups; every session used an emulsion of doxorubicin and Lipiodol.")
    assert names(r) == [["TACE", "doxorubicin", "durvalumab", "lipiodol"], ["TACE", "doxorubicin", "lipiodol"]]
    r = record(nlp, "Arms\nExperimental: Drug X + TACE\n  Participants receive tislelizumab IV Q3W with on-demand TACE.\n"
                    "Placebo Comparator: Placebo + TACE\n  Participants receive placebo IV Q3W with on-demand TACE.\n\n"
                    "Interventions\nProcedure: TACE. Conventional TACE with epirubicin 30-60 mg emulsified in ethiodized "
                    "oil; repeated on demand.\n")
    assert names(r) == [["TACE", "epirubicin", "lipiodol", "tislelizumab"], ["TACE", "epirubicin", "lipiodol", "placebo"]]
    # one arm's TACE drug: not every arm's
    r = record(nlp, "Patients were randomly assigned to TACE with cisplatin (CDDP-TACE) or TACE with epirubicin "
                    "(EPI-TACE).\nConventional TACE with cisplatin 65 mg/m2 and lipiodol was repeated on demand.")
    assert names(r) == [["TACE", "cisplatin"], ["TACE", "epirubicin"]]


def test_results_a_landmark_opening_the_sentence_is_every_rates_in_it(nlp):
    r = record(nlp, "Patients were randomly assigned to DEB-TACE (n=80) or cTACE (n=80).\nAt 6 months, the objective response "
                    "rate was 60.0% (48/80) with DEB-TACE vs 52.5% (42/80) with cTACE (p=0.34), with complete response in "
                    "25.0% (20/80) vs 20.0% (16/80) and disease control in 87.5% vs 82.5%. Median OS was 25.1 vs 24.0 months.")
    assert per_arm(r, "outcomes", "endpoint", "value", "timepoint_months")[0] == [
        ("ORR", 60, 6), ("CR", 25, 6), ("DCR", 87.5, 6), ("OS", 25.1, None)]


def test_design_a_lay_summarys_people_who_joined_and_were_put_in_each_group(nlp):
    r = record(nlp, "Who took part?\nThe researchers planned to include 120 people, and 116 people joined.\n\n"
                    "What treatments did people have?\nPatients were randomly assigned to SBRT or TACE. 58 people were "
                    "put in each group.\n"
                    "In some earlier reports, the tumour grew back in about 4 out of every 10 people.")
    assert r["enrollment"] == {"actual": 116, "planned": 120}
    assert [a["n"] for a in r["arms"]] == [58, 58]


def test_design_a_planned_size_in_words_is_the_plan_and_its_per_arm_half_no_arm_size(nlp):
    r = record(nlp, "Eighty participants were planned (40 per arm).\nPatients were randomly assigned to sintilimab plus "
                    "donafenib or donafenib.")
    assert r["enrollment"]["planned"] == 80 and [a["n"] for a in r["arms"]] == [None, None]
    # a first stage's size is not the plan
    r = record(nlp, "In a two-stage design, twelve patients were to be enrolled in stage 1, and 30 in total; allowing for "
                    "dropout, 34 patients were planned. Patients received durvalumab 1500 mg every 4 weeks.")
    assert r["enrollment"]["planned"] == 34


def test_results_one_named_arms_numbers_at_two_grades_are_that_arms(nlp):
    r = record(nlp, "Patients were randomly assigned to adjuvant camrelizumab (n = 120) or active surveillance (n = 120).\n"
                    "Immune-related adverse events of any grade occurred in 40 of 118 camrelizumab-treated patients "
                    "(33.9%) and were grade 3 or 4 in 8 (6.8%).")
    assert [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("immune-related adverse event", "any", 40), ("immune-related adverse event", "3-4", 8)], []]


def test_results_after_a_semicolon_a_number_the_next_events_clause_opens_on_is_that_events(nlp):
    r = record(nlp, "Patients were randomly assigned to adjuvant tislelizumab (n = 300) or active surveillance (n = 300).\n"
                    "Immune-mediated adverse events of any grade occurred in 80 (26.7%) tislelizumab-treated patients, most "
                    "commonly hypothyroidism (40 [13.3%]) and hepatitis (12 [4.0%]); 15 (5.0%) had a grade 3 or 4 "
                    "immune-mediated event.")
    assert [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("immune-mediated adverse event", "any", 80), ("hypothyroidism", "any", 40), ("hepatitis", "any", 12),
         ("immune-mediated adverse event", "3-4", 15)], []]


def test_results_events_during_neoadjuvant_therapy_are_the_neoadjuvant_arms(nlp):
    r = record(nlp, "Patients were randomly assigned to neoadjuvant camrelizumab plus apatinib followed by hepatectomy "
                    "(n = 60) or upfront hepatectomy (n = 60).\nGrade 3-4 treatment-related adverse events during "
                    "neoadjuvant therapy occurred in nine (15.0%) patients, most commonly hypertension (n=4; 6.7%).")
    assert [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("any adverse event", "3-4", 9), ("hypertension", "3-4", 4)], []]


def test_results_a_bracket_whose_second_number_a_grade_introduces_makes_the_lists_numbers_any_grade(nlp):
    r = record(nlp, "Patients received lenvatinib 8 mg once daily.\nThe most frequent treatment-related adverse events were "
                    "hypertension (64.0%; grade ≥3, 22.0%), fatigue (50.0%) and proteinuria (40.0%).")
    assert [(e["term"], e["grade"], e["percent"]) for e in r["arms"][0]["adverse_events"]] == [
        ("hypertension", "any", 64), ("hypertension", ">=3", 22), ("fatigue", "any", 50), ("proteinuria", "any", 40)]


_GROUPS_DIVIDED = ("Methods: 88 patients were randomly divided into the MWA group (n = 45) and the RFA group (n = 43) "
                   "by a random number table.\n")


def test_results_landmark_rates_of_each_arm_joined_by_and_with_no_arm_named(nlp):
    # "the 1-, 3-year rates were a, b and c, d, respectively": a comma joins one arm's landmarks, "and" the arms
    r = record(nlp, _GROUPS_DIVIDED + "Results: The median RFS were 30.2 and 22.8 months, and the 1-, 3-year RFS "
                    "rates were 90.1%, 48.2% and 84.0%, 35.7%, respectively.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("RFS", None, 30.2), ("RFS", 12, 90.1), ("RFS", 36, 48.2)],
        [("RFS", None, 22.8), ("RFS", 12, 84), ("RFS", 36, 35.7)]]


def test_results_counts_of_cases_with_the_group_after_them(nlp):
    # "N cases (x%) of X group": "cases" counts patients; "adverse reactions" are adverse events
    r = record(nlp, _GROUPS_DIVIDED + "Grade ≥3 adverse reactions occurred in 2 cases ( 4.4% ) of MWA group and "
                    "7 cases ( 16.3% ) of RFA group. Grade 1-2 abdominal pain occurred in 12 cases (26.7%) in the MWA "
                    "group and 20 cases (46.5%) in the RFA group.")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", ">=3", 2, 4.4), ("abdominal pain", "1-2", 12, 26.7)],
        [("any adverse event", ">=3", 7, 16.3), ("abdominal pain", "1-2", 20, 46.5)]]


def test_linker_a_group_that_received_a_procedure_with_drugs_without_the(nlp):
    # "Re-TACE group received conventional TACE, with X": that group's drugs, written without "the"
    r = record(nlp, "Patients were randomly divided into SBRT group ( n = 40 ) and re-TACE group ( n = 41 ).\n"
                    "SBRT group received 45 Gy in 5 fractions (BED10: 85.5 Gy). Re-TACE group received conventional "
                    "TACE, with epirubicin 20-40 mg mixed with lipiodol 5-10 ml.")
    assert [[(c["name"], c.get("dose"), c.get("dose_max"), c.get("dose_per_fraction")) for c in a["regimen"]]
            for a in r["arms"]] == [
        [("radiotherapy", 45, None, None)],
        [("TACE", None, None, None), ("epirubicin", 20, 40, None), ("lipiodol", 5, 10, None)]]


def test_results_an_arm_named_in_an_earlier_events_bracket_is_not_the_next_events(nlp):
    r = record(nlp, "Patients were randomised to TACE plus apatinib (n = 60) or TACE alone (n = 60).\n"
                    "The most frequent grade ≥3 adverse events with the combination were hypertension (15.0%, 9/60), "
                    "AST increased (8.3%, 5/60; vs 5.0%, 3/60 with TACE alone) and proteinuria (6.7%, 4/60).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", ">=3", 9), ("aspartate aminotransferase increased", ">=3", 5), ("proteinuria", ">=3", 4)],
        [("aspartate aminotransferase increased", ">=3", 3)]]


@pytest.mark.parametrize("text, planned, actual", [
    ("The trial was designed to enroll approximately 450 patients and completed enrollment with 466 patients "
     "randomized 1:1 at 97 sites.", 450, 466),
    ("F.4 Planned number of subjects to be included\nF.4.1 In the member state: 40\n"
     "F.4.2.2 In the whole clinical trial: 310\n", 310, None),
])
def test_linker_planned_enrolment_about_a_number_and_a_register_field(nlp, text, planned, actual):
    r = record(nlp, "Patients were randomised to atezolizumab or sorafenib.\n" + text)
    assert r["enrollment"] == {"actual": actual, "planned": planned}


def test_results_causes_of_death_named_in_words_the_text_writes(nlp):
    # "myasthenia gravis" is no plural; "oesophageal varices haemorrhage" is its own term (US spelling)
    r = record(nlp, "Patients were randomised to adjuvant nivolumab (n = 200) or placebo (n = 200).\n"
                    "Two deaths in the nivolumab group (one myasthenia gravis, one oesophageal varices haemorrhage) "
                    "were considered treatment-related.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 2), ("myasthenia gravis", "5", 1), ("esophageal varices hemorrhage", "5", 1)], []]


def test_linker_both_given_with_a_bracketed_abbreviation_before_the_schedule(nlp):
    # "both administered by intravenous (IV) infusion once every three weeks": the bracket does not end "both"
    r = record(nlp, "Patients were randomised to nivolumab 240 mg plus ipilimumab 1 mg/kg, both administered by "
                    "intravenous (IV) infusion once every three weeks (Q3W), or to sorafenib 400 mg twice daily.")
    assert [regimen(a) for a in r["arms"]] == [
        {("nivolumab", 240, "mg", "Q3W"), ("ipilimumab", 1, "mg/kg", "Q3W")}, {("sorafenib", 400, "mg", "BID")}]


def test_linker_radiological_response_is_the_objective_response_endpoint(nlp):
    r = record(nlp, "Patients were randomised to SIRT or sorafenib. The primary endpoint was overall survival. Secondary "
                    "endpoints included progression-free survival, radiological response (RECIST 1.1) and safety.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [
        ("OS", "primary"), ("PFS", "secondary"), ("ORR", "secondary"), ("AE", "secondary")]


def test_linker_named_expansion_cohorts_are_arms_and_all_parts_share_a_regimen(nlp):
    r = record(nlp, "Methods: In this phase Ib/II study, donafenib was taken orally twice daily and tislelizumab 200 mg "
                    "was infused every 3 weeks in all parts of the study. In phase Ib, donafenib was escalated through "
                    "two dose levels (100 mg and 200 mg) in a 3+3 design. Phase II consisted of two expansion cohorts "
                    "treated at the RP2D: Cohort 1 (treatment-naive) and Cohort 2 (after one prior line).\n"
                    "Results: Donafenib 200 mg twice daily plus tislelizumab 200 mg every 3 weeks was declared the RP2D. "
                    "In Cohort 1, the ORR was 30.0% (9/30); in Cohort 2, the ORR was 16.0% (4/25).")
    assert [a["label"].split(" (")[0] for a in r["arms"]][1:] == ["Cohort 1", "Cohort 2"]
    assert [sorted((c["name"], c.get("dose"), c.get("frequency")) for c in a["regimen"]) for a in r["arms"]] == [
        [("donafenib", 100, "BID"), ("tislelizumab", 200, "Q3W")],
        [("donafenib", 200, "BID"), ("tislelizumab", 200, "Q3W")], [("donafenib", 200, "BID"), ("tislelizumab", 200, "Q3W")]]
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [[], [("ORR", 9, 30)], [("ORR", 4, 25)]]


def test_linker_cohorts_named_in_brackets_each_with_what_it_received(nlp):
    # "patients with a score of 7 (cohort 1) received A; ... (cohort 2) received B": an arm per clause, and
    # the score before the bracket is no cohort size
    r = record(nlp, "Methods: Patients with a Child-Pugh score of 7 (cohort 1) received nivolumab 240 mg every 2 weeks; "
                    "patients with a score of 8 or 9 (cohort 2) received nivolumab 480 mg every 4 weeks.\n"
                    "Results: 50 patients were enrolled: 30 in cohort 1 and 20 in cohort 2. The ORR was 20.0% (6/30) in "
                    "cohort 1 and 10.0% (2/20) in cohort 2.")
    assert [(a["label"].split(":")[0], a["n"]) for a in r["arms"]] == [("cohort 1", 30), ("cohort 2", 20)]
    assert [regimen(a) for a in r["arms"]] == [{("nivolumab", 240, "mg", "Q2W")}, {("nivolumab", 480, "mg", "Q4W")}]
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [[("ORR", 6, 30)], [("ORR", 2, 20)]]


def test_results_a_list_led_by_the_overall_number_gives_it_to_the_study(nlp):
    r = record(nlp, "Methods: Patients with a Child-Pugh score of 7 (cohort 1) received nivolumab 240 mg every 2 weeks; "
                    "patients with a score of 8 or 9 (cohort 2) received nivolumab 480 mg every 4 weeks.\n"
                    "Results: The ORR was 16.0% (8/50) overall, 20.0% (6/30) in cohort 1 and 10.0% (2/20) in cohort 2; "
                    "the corresponding DCRs were 50.0%, 60.0% and 35.0%. Median OS was 9.1 months, 11.2 months and "
                    "6.0 months, respectively.")
    assert [(o["endpoint"], o["value"]) for o in r["outcomes"]] == [("ORR", 16), ("DCR", 50), ("OS", 9.1)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [
        [("ORR", 20), ("DCR", 60), ("OS", 11.2)], [("ORR", 10), ("DCR", 35), ("OS", 6)]]


@pytest.mark.parametrize("sentence", [
    "After our single-arm phase II study reported an objective response rate of 38.5% with HAIC, we compared the two.",
    "The benefit agrees with a pooled analysis of REACH and REACH-2 (OS HR 0.69; 95% CI 0.57-0.84).",
])
def test_context_our_earlier_study_and_a_pooled_analysis_of_named_trials_are_other_studies(nlp, sentence):
    r = record(nlp, "Patients were randomised to HAIC (n = 100) or TACE (n = 100). " + sentence)
    assert r["comparisons"] == [] and [a["outcomes"] for a in r["arms"]] == [[], []] and r["outcomes"] == []


def test_linker_phase1_parts_are_arms_at_their_starting_levels_and_take_their_own_dlts(nlp):
    r = record(nlp, "Methods: In this phase I study, part A escalated tegavivint monotherapy through 50, 100 and 200 mg "
                    "once daily; part B combined tegavivint at 100 or 200 mg with atezolizumab 1200 mg every 3 weeks; "
                    "and part C expanded the recommended phase II dose (RP2D) of the combination.\n"
                    "Results: Forty patients were enrolled: 12 in part A, 8 in part B and 20 in part C. In part A, DLTs "
                    "occurred in 1 of 6 patients at 200 mg. In part B, DLTs occurred in 2 of 6 patients at 200 mg; "
                    "tegavivint 100 mg plus atezolizumab 1200 mg every 3 weeks was declared the RP2D. Across the 28 "
                    "patients who received the combination, grade 3 or higher adverse events occurred in 9 (32.1%).")
    assert [(a["label"].split(":")[0].lower(), a["n"]) for a in r["arms"]] == [("part a", 12), ("part b", 8), ("part c", 20)]
    assert [sorted((c["name"], c.get("dose")) for c in a["regimen"]) for a in r["arms"]] == [
        [("tegavivint", 50)], [("atezolizumab", 1200), ("tegavivint", 100)], [("atezolizumab", 1200), ("tegavivint", 100)]]
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [[("DLT", 1, 6)], [("DLT", 2, 6)], []]
    assert [(e["term"], e["grade"], e["count"]) for e in r["adverse_events"]] == [("any adverse event", ">=3", 9)]


@pytest.mark.parametrize("verb", ["were treated", "received study treatment"])
def test_linker_sizes_listed_after_patients_were_treated(nlp, verb):
    r = record(nlp, "Patients were randomised to donafenib (Arm A) or sorafenib (Arm B).\n"
                    f"Forty-one patients {verb}: 21 in arm A and 20 in arm B.")
    assert [a["n"] for a in r["arms"]] == [21, 20]


def test_linker_a_drug_described_as_oral_takes_that_route(nlp):
    """"X, an oral fluoropyrimidine" (in the background) says how X is given; a drug described
    by nothing keeps no route."""
    r = record(nlp, "Background: Capecitabine, an oral fluoropyrimidine, has shown activity in HCC. "
                    "Methods: We randomly assigned 60 patients to sorafenib (400 mg twice daily) or "
                    "capecitabine (1,000 mg/m2 twice daily on days 1-14).")
    routes = {c["name"]: c.get("route") for a in r["arms"] for c in a["regimen"]}
    assert routes == {"sorafenib": None, "capecitabine": "oral"}


def test_linker_a_description_before_the_drug_names_only_that_drug(nlp):
    r = record(nlp, "Background: The oral fluoropyrimidine capecitabine and oxaliplatin have shown "
                    "activity in HCC. Methods: Patients were randomly assigned to capecitabine 1000 mg/m2 "
                    "twice daily plus oxaliplatin 130 mg/m2 every 3 weeks, or to best supportive care.")
    routes = {c["name"]: c.get("route") for a in r["arms"] for c in a["regimen"]}
    assert routes == {"capecitabine": "oral", "oxaliplatin": None}


def test_linker_a_landmark_rate_abbreviated_with_its_landmark(nlp):
    """"6m-PFSR" is the PFS rate at 6 months."""
    r = record(nlp, "The primary endpoint was the 6-month PFS rate (6m-PFSR). Patients were randomized to "
                    "sorafenib 400 mg bid or lenvatinib 12 mg qd. The 6m-PFSR was 41.2% (95% CI 27.6-54.2) "
                    "with sorafenib and 28.4% (95% CI 16.8-41.1) with lenvatinib.")
    got = [[(o["endpoint"], o["stat"], o.get("timepoint_months"), o["value"], o.get("ci_low")) for o in a["outcomes"]]
           for a in r["arms"]]
    assert got == [[("PFS", "rate", 6, 41.2, 27.6)], [("PFS", "rate", 6, 28.4, 16.8)]]


def test_linker_an_endpoint_reported_but_never_declared_is_listed(nlp):
    r = record(nlp, "We compared TACE plus lenvatinib with lenvatinib alone; the primary endpoint was OS. "
                    "TACE plus lenvatinib was associated with a higher complete response rate "
                    "(18.8% [18/96] vs 6.3% [6/96]; P = .012).")
    assert {e["name"]: e["role"] for e in r["endpoints"]} == {"OS": "primary", "CR": None}


def test_linker_an_affiliations_block_names_no_treatment(nlp):
    """PubMed's "Affiliations" list ("Department of Hepatobiliary Surgery") is metadata, not a procedure."""
    r = record(nlp, "Camrelizumab plus apatinib in advanced HCC: a single-arm phase 2 trial\n\n"
                    "Li Wang 1, Hui Chen 2\n\nAffiliations\n"
                    "1 Department of Hepatobiliary Surgery, First Hospital, Wuhan, China.\n"
                    "2 Department of Interventional Radiology, Second Hospital, Wuhan, China.\n\n"
                    "Abstract\n\nMethods: Patients received camrelizumab 200 mg every 2 weeks and apatinib 250 mg "
                    "once daily. Results: Forty patients were enrolled; the ORR was 30.0%.")
    assert [c["name"] for a in r["arms"] for c in a["regimen"]] == ["camrelizumab", "apatinib"]


def test_linker_what_a_group_received_after_crossing_over_is_not_its_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to radiofrequency ablation or hepatic resection. "
                    "Four patients in the ablation group crossed over to surgery; in the resection group, two "
                    "patients received radiofrequency ablation instead.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["RFA"], ["resection"]]


def test_linker_arms_that_differ_only_in_fractionation(nlp):
    """"randomised 1:1 to 40 Gy in 5 fractions or 54 Gy in 6 fractions": two arms of the one SBRT the
    text names, not one arm (the ratio's "1" is no dose); each is also "the 5-fraction arm"."""
    r = record(nlp, "Stereotactic body radiotherapy (SBRT) for small HCC: a randomised phase 2 trial. "
                    "Patients were randomised 1:1 to 40 Gy in 5 fractions (8 Gy per fraction) or 54 Gy in "
                    "6 fractions (9 Gy per fraction). Two-year local control was 88.0% in the five-fraction "
                    "arm and 93.5% in the 6-fraction arm.")
    got = [[(c["technique"], c["dose"], c["dose_per_fraction"], c["fractions"]) for c in a["regimen"]]
           for a in r["arms"]]
    assert got == [[("SBRT", 40, 8, 5)], [("SBRT", 54, 9, 6)]]
    assert [[(o["endpoint"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [[("LC", 88.0)], [("LC", 93.5)]]
    assert r["arms"][0]["label"].startswith("40 Gy in 5 fractions")


def test_linker_an_event_not_observed_in_either_arm_is_a_zero_count_in_each(nlp):
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE. Radiation pneumonitis was not observed in "
                    "either arm. One patient in the TACE arm died of liver abscess.")
    got = [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]]
    assert got == [[("radiation pneumonitis", None, 0)], [("radiation pneumonitis", None, 0), ("liver abscess", "5", 1)]]


def test_linker_a_criteria_name_in_a_bracket_is_no_event_and_no_distance(nlp):
    """"(Common Terminology Criteria for Adverse Events v5.0)" between an event and its numbers."""
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE. Grade 3 or higher hepatic toxicity "
                    "(Common Terminology Criteria for Adverse Events version 5.0) occurred in 2 (4.0%) and "
                    "5 (10.2%) patients, respectively. An increase in Child-Pugh score of 2 or more points "
                    "occurred in 3 (6.0%) and 6 (12.2%) patients, respectively.")
    got = [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]]
    assert got == [[("hepatotoxicity", ">=3", 2), ("child-pugh score increase", None, 3)],
                   [("hepatotoxicity", ">=3", 5), ("child-pugh score increase", None, 6)]]


def test_linker_treatment_against_surveillance_names_both_groups(nlp):
    """Against an arm given nothing, "the adjuvant group" is the treated arm, "the observation group"
    the other, and events named for no arm are the treated arm's; an IQR is no result."""
    r = record(nlp, "Patients were randomly assigned to sorafenib 400 mg twice daily for 1 year or to "
                    "observation. Of 200 patients, 101 were assigned to adjuvant therapy and 99 to observation. "
                    "At a median follow-up of 30.1 months (IQR, 22.4-38.0 months), median RFS was 25.3 months in "
                    "the adjuvant group and 17.9 months in the observation group. Hand-foot skin reaction "
                    "occurred in 40 patients (39.6%).")
    assert [a["n"] for a in r["arms"]] == [101, 99]
    assert [[(o["endpoint"], o["value"]) for o in a["outcomes"]] for a in r["arms"]] == [[("RFS", 25.3)], [("RFS", 17.9)]]
    assert [[(e["term"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [[("hand-foot skin reaction", 40)], []]
    assert r["adverse_events"] == []


def test_linker_a_planned_number_per_arm_is_not_the_planned_enrolment(nlp):
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE. Assuming a 2-year local control of 90%, "
                    "50 patients per arm were required. In all, 100 patients were randomised.")
    assert r["enrollment"]["planned"] is None
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE. Assuming a 2-year local control of 90%, "
                    "a total of 100 patients (50 per arm) were required.")
    assert r["enrollment"]["planned"] == 100


def test_linker_a_benefit_apparent_in_a_subgroup_is_not_the_trials_result(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib or placebo. RFS was longer with sorafenib "
                    "(HR, 0.60; 95% CI, 0.42-0.85). The RFS benefit was apparent in patients with microvascular "
                    "invasion (HR, 0.45; 95% CI, 0.28-0.72) but not in those without it (HR, 0.91; 95% CI, 0.50-1.66).")
    assert comparisons(r, "endpoint", "value") == [("RFS", 0.6)]
    r = record(nlp, "Patients were randomly assigned to sorafenib or placebo. OS was longer with sorafenib (hazard "
                    "ratio for death, 0.70; 95% CI, 0.55 to 0.89). The survival benefit was less evident in patients "
                    "with nonviral disease (hazard ratio for death, 0.92; 95% CI, 0.60 to 1.41).")
    assert comparisons(r, "endpoint", "value") == [("OS", 0.7)]


def test_linker_slides_arm_lines_under_eligibility_endpoint_roles_and_fatal_events(nlp):
    """Slides pasted as text: the arm lines of a design slide under its "Key eligibility" bullets,
    roles on the next slide, "Planned enrolment: N = 120", and an event "leading to death" is grade 5."""
    r = record(nlp, "Study design\nKey eligibility\n• Child-Pugh A\n• ECOG PS 0-1\n\nN = 118 → R 1:1 →\n"
                    "  Arm A: drug sorafenib 400 mg PO BID + TACE (n=59)\n  Arm B: TACE alone (n=59)\n\n---\n\n"
                    "Endpoints\n• Primary endpoint: OS\n• Secondary endpoints: PFS, ORR\n"
                    "• Planned enrolment: N = 120\n\n---\n\nSafety\n"
                    "TRAE leading to death in 1 (1.7%) with Arm A and 0 with Arm B\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "sorafenib"], ["TACE"]]
    assert [a["n"] for a in r["arms"]] == [59, 59]
    assert {e["name"]: e["role"] for e in r["endpoints"]} == {"OS": "primary", "PFS": "secondary", "ORR": "secondary", "AE": None}
    assert r["enrollment"]["planned"] == 120
    assert [(e["term"], e["grade"], e["count"]) for e in r["arms"][0]["adverse_events"]] == [("any adverse event", "5", 1)]


def test_linker_a_group_named_by_its_short_form_without_the_article(nlp):
    """Non-native English: "In TACE-S group, TACE was performed with: epirubicin 40 mg ...", the arm
    named by the short form the text defined; "phase Ⅲ" in a Unicode numeral; "no ... death happened"."""
    r = record(nlp, "TACE combined with sorafenib versus sorafenib for HCC: a randomized phase \u2162 trial. "
                    "We compared TACE combined with sorafenib (TACE-S) versus sorafenib alone (S). Patients were "
                    "randomly assigned into TACE-S group or S group. Patients in both groups received sorafenib "
                    "400 mg orally twice a day. In TACE-S group, TACE was performed additionally: epirubicin "
                    "40 mg and lipiodol 10 mL, repeated every 6 weeks. No treatment-related death happened in "
                    "both groups.")
    assert r["phase"] == "III"
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol", "sorafenib"], ["sorafenib"]]
    assert [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("any adverse event", "5", 0)], [("any adverse event", "5", 0)]]


def test_linker_one_arm_named_then_both_arms_numbers_with_their_fractions(nlp):
    """"more frequent in the A group [45.7% (43/94) vs 21.5% (20/93)]": the number after "vs" is the
    other arm's, past the first one's fraction; a share of events ("accounted for") is no result."""
    r = record(nlp, "Patients were randomly assigned to TACE plus sorafenib (TACE-S group) or sorafenib alone "
                    "(S group). Grade 1-2 nausea was more frequent in TACE-S group [45.7% (43/94) vs 21.5% "
                    "(20/93)]. Recurrence occurred in 30 (31.9%) and 41 (44.1%) patients, respectively; "
                    "intrahepatic recurrence accounted for 25 (83.3%) and 35 (85.4%) of them.")
    assert [[(e["term"], e["grade"], e["count"], e["percent"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("nausea", "1-2", 43, 45.7)], [("nausea", "1-2", 20, 21.5)]]
    assert [sorted(o["value"] for o in a["outcomes"]) for a in r["arms"]] == [[31.9], [44.1]]
    assert r["outcomes"] == []


def test_linker_the_corresponding_rates_take_the_landmarks_of_the_sentence_before(nlp):
    r = record(nlp, "Patients were randomly assigned to radiofrequency ablation (RFA) or hepatic resection (HR). "
                    "The 1-, 3-, and 5-year OS rates were 95.0%, 80.2%, and 65.1% after RFA and 96.3%, 83.0%, "
                    "and 70.4% after HR. The corresponding RFS rates were 81.0%, 50.5%, and 37.9% versus 85.2%, "
                    "61.1%, and 45.0%.")
    got = [[(o["timepoint_months"], o["value"]) for o in a["outcomes"] if o["endpoint"] == "RFS"] for a in r["arms"]]
    assert got == [[(12, 81.0), (36, 50.5), (60, 37.9)], [(12, 85.2), (36, 61.1), (60, 45.0)]]


def test_linker_lines_under_a_subgroup_heading_are_subgroup_results(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus lenvatinib or TACE alone.\n\n---\n\n"
                    "Progression-free survival\n• mPFS 14.0 vs 9.8 mo; HR 0.60 (95% CI 0.45-0.80); p<0.001\n\n---\n\n"
                    "PFS subgroups\n• BCLC B: HR 0.52 | BCLC C: HR 0.74\n\n---\n\n"
                    "Safety\n• Grade ≥3 TRAEs 40% vs 25%\n")
    assert [(c["endpoint"], c["value"]) for c in r["comparisons"] if c["value"] is not None] == [("PFS", 0.6)]


def test_linker_both_arms_received_and_an_event_defined_in_a_clause(nlp):
    """"Both arms received TACE with epirubicin ...": every arm's; "Liver toxicity, defined as ...,
    occurred in 4 patients": the defined event's numbers, the definition's words no event."""
    r = record(nlp, "Patients were randomly assigned to TACE followed by radiotherapy (TACE-RT) or TACE alone. "
                    "Both arms received conventional TACE with epirubicin 40 mg emulsified in lipiodol. Liver "
                    "toxicity, defined as an increase in Child-Pugh score of 2 points or more within 3 months, "
                    "occurred in 4 patients (8.0%) in the TACE-RT arm and 3 (6.1%) in the TACE arm.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol", "radiotherapy"], ["TACE", "epirubicin", "lipiodol"]]
    assert [[(e["term"], e["count"], e["percent"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("hepatotoxicity", 4, 8.0)], [("hepatotoxicity", 3, 6.1)]]


def test_linker_a_respectively_list_of_two_of_three_arms_follows_the_sentence_before(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib plus TACE, sorafenib alone, or active "
                    "surveillance. Adverse events occurred in 60 of 100 patients who received sorafenib plus TACE "
                    "and in 45 of 98 who received sorafenib alone. Serious adverse events were reported in 12 (12%) "
                    "and 7 (7%) patients, respectively.")
    got = [[(e["term"], e["count"]) for e in a["adverse_events"] if e["term"] == "serious adverse event"]
           for a in r["arms"]]
    assert got == [[("serious adverse event", 12)], [("serious adverse event", 7)], []]


def test_context_an_errata_statement_of_the_wrong_numbers_is_left_out(nlp):
    # a correction notice says which numbers were wrong; the corrected summary after it gives the values
    r = record(nlp, "Correction. In the Summary, the median OS in the placebo group should have read 8.1 months, not "
                    "7.2 months, and the HR should have read 0.70 (95% CI 0.55-0.89), not 0.66 (0.52-0.84).\n\n"
                    "Patients were randomly assigned to ordelimab 200 mg every 3 weeks (n = 120) or placebo (n = 60). "
                    "Median OS was 11.4 months with ordelimab and 8.1 months with placebo (HR 0.70, 95% CI 0.55-0.89).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 11.4)], [("OS", 8.1)]]
    assert comparisons(r, "value", "ci_low") == [(0.70, 0.55)]


def test_ids_a_doi_ends_at_a_dash_running_into_the_next_word(nlp):
    r = record(nlp, "Correction to: https://doi.org/10.1016/S1234-5678(24)00012-3\u2014In this Article, a table was corrected.")
    assert r["ids"]["doi"] == "10.1016/s1234-5678(24)00012-3"


def test_linker_a_count_in_words_of_a_total_beside_a_rate(nlp):
    r = record(nlp, "Patients were randomly assigned to ordelimab (n = 120) or sorafenib (n = 60). The objective response "
                    "rate was 20.0% (24 of 120) versus 5.0% (three of 60).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("ORR", 20, 24, 120)], [("ORR", 5, 3, 60)]]


def test_linker_a_laboratory_limit_before_were_enrolled_is_not_the_enrolment(nlp):
    r = record(nlp, "Patients with an INR of \u22641.5 were enrolled and randomly assigned to MWA or RFA. In total, "
                    "212 patients were randomized to MWA (n = 106) or RFA (n = 106).")
    assert r["enrollment"]["actual"] == 212


def test_linker_a_threshold_rate_of_the_design_is_not_a_result(nlp):
    r = record(nlp, "This single-arm phase 2 trial gave lenvatinib 12 mg once daily. The threshold ORR was set at 40%, and "
                    "the expected ORR at 60%. The ORR was 55.0% (22/40).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 55)]]


@pytest.mark.parametrize("phrase", ["TACE-refractory disease", "sorafenib-intolerant disease", "TACE-naive tumours"])
def test_linker_a_treatment_the_disease_withstood_is_not_given(nlp, phrase):
    r = record(nlp, "This was a single-arm phase II study. Patients were eligible if they had (1) age 20-79 years and (2) "
                    f"Child-Pugh class A liver function with {phrase}. Patients received lenvatinib 12 mg once daily.")
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["lenvatinib"]


def test_linker_a_time_written_as_a_mean_is_a_mean(nlp):
    r = record(nlp, "Patients were randomly assigned to oral huaier granule 20 g three times daily (n = 200) or no "
                    "further treatment (n = 100). The huaier group had a longer mean RFS than the control group (75.9 "
                    "vs 68.6 weeks); median OS was 40.2 vs 36.1 months.")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("RFS", "mean", 75.9), ("OS", "median", 40.2)], [("RFS", "mean", 68.6), ("OS", "median", 36.1)]]
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["huaier"]


def test_linker_the_triplet_arm_is_the_arm_of_three_components(nlp):
    r = record(nlp, "Patients were randomly assigned to TACE plus nivolumab and lenvatinib (n = 120) or TACE plus "
                    "placebo (n = 118). Median PFS was 16.3 months in the triplet arm vs 9.7 months in the "
                    "TACE-plus-placebo arm (HR 0.61). The ORR in the triplet arm was 71.0%.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 16.3), ("ORR", 71)], [("PFS", 9.7)]]


def test_linker_a_rate_then_an_arm_name_then_another_endpoint(nlp):
    # "53.1% with TACE plus placebo": "with" names an arm, not the endpoint written after it
    r = record(nlp, "Patients were randomly assigned to TACE plus nivolumab (n = 120) or TACE plus placebo (n = 118). "
                    "The ORR was 71.0% with TACE plus nivolumab vs 53.1% with TACE plus placebo, and complete responses "
                    "were seen in 21.6% and 12.1% of patients, respectively.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 71), ("CR", 21.6)], [("ORR", 53.1), ("CR", 12.1)]]


@pytest.mark.parametrize("background", [
    "In the Japanese TACTIX trial, adding sorafenib lengthened PFS from 13.5 to 25.2 months (HR 0.59).",
    "More recently, EMERALDO-1 reported a median PFS of 15.0 months vs 8.2 months (HR 0.77).",
    "He noted that the UK TACEX-2 trial found no PFS gain with sorafenib (HR 0.99).",
])
def test_context_another_trial_named_in_news_prose(nlp, background):
    # (a trial named in the opening, up to the first blank line, is the document's own)
    r = record(nlp, "TACE plus nivolumab in intermediate-stage HCC\n\n"
                    "Patients were randomly assigned to TACE plus nivolumab (n = 120) or TACE plus placebo (n = 118). "
                    + background + " Median PFS was 16.3 months with TACE plus nivolumab vs 9.7 months with TACE plus "
                    "placebo (HR 0.61).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 16.3)], [("PFS", 9.7)]]
    assert [c["value"] for c in r["comparisons"]] == [0.61]


def test_linker_enrolment_verb_after_a_bracketed_aside(nlp):
    r = record(nlp, "In the double-blind study, 480 patients with unresectable HCC confined to the liver (Barcelona "
                    "Clinic Liver Cancer stage B, or stage A not eligible for curative treatment) were randomly assigned "
                    "to TACE plus nivolumab (n = 241) or TACE plus placebo (n = 239).")
    assert r["enrollment"]["actual"] == 480


def test_linker_a_single_arm_label_names_no_drug_class(nlp):
    r = record(nlp, "We report the first-in-human study of QX-4417 given alone and with an anti-PD-1 antibody. Patients "
                    "received oral QX-4417 200 mg once daily plus pembrolizumab 200 mg IV Q3W.")
    assert r["arms"][0]["label"] == "qx-4417 plus pembrolizumab"


def test_linker_one_treatment_given_two_ways_is_two_arms(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to SIRT with glass microspheres planned with personalised "
                    "dosimetry (target dose of at least 205 Gy to the index lesion) or with standard dosimetry (120 Gy "
                    "to the perfused lobe). The ORR was 60.0% (24 of 40) in the personalised dosimetry group versus "
                    "35.0% (14 of 40) in the standard dosimetry group.")
    assert [(a["label"], [(c["name"], c.get("dose")) for c in a["regimen"]]) for a in r["arms"]] == [
        ("personalised dosimetry", [("SIRT", 205)]), ("standard dosimetry", [("SIRT", 120)])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 60)], [("ORR", 35)]]


def test_linker_parts_of_a_phase_1_written_a_sentence_each(nlp):
    r = record(nlp, "This open-label phase I study had three parts. In part 1A, adults with HCC refractory to or intolerant "
                    "of standard therapy received oral QX-4417 at 40, 80, 160 and 240 mg once daily in 28-day cycles. In "
                    "part 1B (dose expansion), patients received QX-4417 at the recommended phase II dose (RP2D). In part "
                    "2, QX-4417 (80 mg, then 160 mg once daily) was combined with pembrolizumab 200 mg IV Q3W.\n"
                    "Results: In part 1A, DLTs occurred in 1 of 6 patients at 160 mg and in 2 of 4 patients at 240 mg; "
                    "the MTD and RP2D were 160 mg once "
                    "daily. In part 1B, the ORR was 20.0% (6/30). In part 2, the ORR was 27.8% (5/18).")
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("qx-4417", 40)], [("qx-4417", 160)], [("qx-4417", 80), ("pembrolizumab", 200)]]
    assert per_arm(r, "outcomes", "endpoint", "count", "total")[1:] == [[("ORR", 6, 30)], [("ORR", 5, 18)]]


def test_linker_a_share_named_as_a_threshold_is_not_a_result(nlp):
    r = record(nlp, "This single-arm phase 2 trial gave lenvatinib 12 mg once daily. The ORR was 59.6% (31/52; 90% CI "
                    "47.6-70.8), and the lower limit exceeded the 40% threshold.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 59.6)]]


def test_linker_groups_named_in_clauses_of_one_sentence(nlp):
    r = record(nlp, "Patients were randomly divided into two equal groups: Group I (40 patients) underwent cTACE with "
                    "doxorubicin 50 mg emulsified with 5-15 ml Lipiodol, and Group II (40 patients) underwent DEB-TACE "
                    "with beads loaded with doxorubicin 75 mg. Complete response was achieved in 12 patients (30%) of "
                    "group I versus 15 patients (37.5%) of group II.")
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("TACE", None), ("doxorubicin", 50), ("lipiodol", 5)], [("DEB-TACE", None), ("doxorubicin", 75)]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("CR", 30)], [("CR", 37.5)]]


def test_linker_an_arm_named_by_a_code_in_capitals_is_also_the_code(nlp):
    r = record(nlp, "Patients were randomised 1:1 to HAIC every 3 weeks plus lenvatinib 8 mg once daily plus toripalimab "
                    "240 mg every 3 weeks (HLT arm) or HAIC every 3 weeks plus lenvatinib at the same dose (HL arm). In "
                    "total, 112 patients were randomised (HLT, n=57; HL, n=55). The ORR was 67.9% in HLT and 46.4% in HL.")
    assert [a["n"] for a in r["arms"]] == [57, 55]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 67.9)], [("ORR", 46.4)]]


def test_linker_deaths_written_after_a_share_are_no_survival_rate(nlp):
    r = record(nlp, "Patients were randomly assigned to sintilimab 200 mg every 3 weeks (n = 312) or placebo (n = 308). "
                    "Overall survival data were immature (52 [17%] vs 66 [21%] deaths; HR 0.78 [0.54-1.12]). The 2-year "
                    "OS rate was 88% vs 84%.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 88)], [("OS", 84)]]


def test_linker_treatment_related_deaths_with_a_bounded_share_and_their_causes(nlp):
    r = record(nlp, "Patients were randomly assigned to sintilimab 200 mg every 3 weeks (n = 312) or placebo (n = 308). "
                    "Two (<1%) treatment-related deaths occurred in the sintilimab group (one immune-mediated hepatitis "
                    "and one myocarditis).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", "5", 2, None), ("immune-mediated hepatitis", "5", 1, None), ("myocarditis", "5", 1, None)], []]


def test_context_a_research_in_context_panel_is_background(nlp):
    r = record(nlp, "Patients were randomly assigned to sintilimab 200 mg every 3 weeks (n = 312) or placebo (n = 308). "
                    "Median RFS was 35.1 vs 24.1 months (HR 0.67).\n\nResearch in context\n\nEvidence before this study\n"
                    "A phase 2 trial of sintilimab reported a median RFS of 27.7 months versus 15.5 months (HR 0.53).\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 35.1)], [("RFS", 24.1)]]
    assert [c["value"] for c in r["comparisons"]] == [0.67]


def test_linker_an_objective_line_comparing_arms_in_patients_with_is_no_subgroup_heading(nlp):
    r = record(nlp, "Objective: This work aimed to compare cTACE versus DEB-TACE in patients with unresectable HCC.\n"
                    "Methods: Patients were randomly divided into two groups: Group I (40 patients) underwent cTACE with "
                    "doxorubicin 50 mg, and Group II (40 patients) underwent DEB-TACE with doxorubicin 75 mg.\n"
                    "Results: The objective response was 26/40 (65%) versus 31/40 (77.5%) (P = 0.217).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("ORR", 65, 26, 40)], [("ORR", 77.5, 31, 40)]]


def test_linker_an_event_noticed_in_patients_and_a_landmark_after_the_procedure(nlp):
    r = record(nlp, "Patients were randomly divided into two groups: Group I (40 patients) underwent cTACE with "
                    "doxorubicin 50 mg, and Group II (40 patients) underwent DEB-TACE with doxorubicin 75 mg. One month "
                    "after the procedure, complete response was achieved in 12 patients (30%) of group I versus 15 "
                    "patients (37.5%) of group II. Post-embolization syndrome was noticed in 29 patients (72.5%) of "
                    "group I versus 18 patients (45%) of group II.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("CR", 1, 30)], [("CR", 1, 37.5)]]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("post-embolization syndrome", 29)], [("post-embolization syndrome", 18)]]


@pytest.mark.parametrize("written,control", [
    ("to sintilimab 200 mg plus bevacizumab 15 mg/kg, both given intravenously every three weeks, or to matching "
     "placebo", ["placebo"]),
    ("to sintilimab 200 mg plus bevacizumab 15 mg/kg every three weeks or placebo", ["sintilimab", "placebo"]),
])
def test_linker_placebo_after_or_to_is_an_arm_of_its_own(nlp, written, control):
    # "A plus B or placebo" is A plus placebo (placebo stands for the last drug); "..., or to placebo" is placebo alone
    r = record(nlp, f"Patients were randomized 1:1 {written}.")
    assert [c["name"] for c in r["arms"][1]["regimen"]] == control


@pytest.mark.parametrize("heading", ["Related news", "Related"])
def test_ids_a_registry_number_in_a_related_news_teaser_is_not_the_documents(nlp, heading):
    r = record(nlp, "SHIELD (NCT05078422) randomized patients to sintilimab or placebo. RFS was longer (HR 0.68).\n\n"
                    f"{heading}\nFebruary 26, 2024 - Phase 2 trial of X plus sintilimab shows ORR of 21% "
                    "(NCT04843721)\n")
    assert r["ids"]["nct"] == ["NCT05078422"]
    assert r["outcomes"] == [] and all(a["outcomes"] == [] for a in r["arms"])


def test_sections_a_spanish_abstract_before_the_english_one_is_read_once(nlp):
    r = record(nlp, "Resumen\n\nMétodos: Se aleatorizaron pacientes a HAIC-FOLFOX (5-fluorouracilo 2.400 mg/m²) o a sorafenib "
                    "400 mg dos veces al día.\nResultados: La mediana de SG fue de 14,2 frente a 8,6 meses.\n\nAbstract\n\n"
                    "Methods: Patients were randomised to HAIC-FOLFOX (fluorouracil 2400 mg/m2) or sorafenib 400 mg twice "
                    "daily.\nResults: Median OS was 14.2 vs 8.6 months.\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 14.2)], [("OS", 8.6)]]
    assert [c.get("dose") for c in r["arms"][0]["regimen"] if c["name"] == "fluorouracil"] == [2400]


def test_context_a_conclusion_supporting_a_randomised_trial_is_no_design(nlp):
    r = record(nlp, "In this single-arm phase 2 study, patients received TACE followed by SBRT 40 Gy in 5 fractions. The "
                    "2-year local control rate was 89.7%. Conclusions: SBRT after TACE was effective, supporting a "
                    "randomized comparison with TACE alone.")
    assert r["randomized"] is False


def test_linker_response_parts_defining_a_rate_are_no_endpoints(nlp):
    # the parts of a rate's definition in its bracket are how it is read; reported parts are results
    r = record(nlp, "Secondary Outcome(s)\nObjective response rate (complete response + partial response) per "
                    "mRECIST; Timepoint: every 8 weeks\nDisease control rate (CR, PR or SD); Timepoint: 1 year\n")
    assert r["endpoints"] == [{"name": "ORR", "role": "secondary"}, {"name": "DCR", "role": "secondary"}]
    r = record(nlp, "The objective response rate (CR 4%, PR 21%) was 25%.")
    assert [e["name"] for e in r["endpoints"]] == ["ORR", "CR", "PR"]


def test_linker_who_ictrp_intervention_lines_are_arm_groups(nlp):
    text = ("Intervention(s)\n"
            "Drug : Experimental group (TACE + sorafenib): Sorafenib 400 mg orally twice daily from day 3 "
            "after TACE. TACE with epirubicin 40 mg and lipiodol 10 mL, repeated on demand.\n"
            "Procedure/Surgery : Control group (TACE alone): TACE with epirubicin 40 mg and lipiodol 10 mL, "
            "repeated on demand.\n\nPrimary Outcome(s)\nTime to progression\n")
    r = record(nlp, text)
    assert [a["label"] for a in r["arms"]] == ["Experimental group (TACE + sorafenib)", "Control group (TACE alone)"]
    assert [regimen(a) for a in r["arms"]] == [
        {("sorafenib", 400, "mg", "BID"), ("TACE", None, None, None), ("epirubicin", 40, "mg", None),
         ("lipiodol", 10, "mL", None)},
        {("TACE", None, None, None), ("epirubicin", 40, "mg", None), ("lipiodol", 10, "mL", None)}]


def test_linker_short_form_in_brackets_is_the_same_event_not_a_second(nlp):
    r = record(nlp, "Patients were randomised to HAIC-FOLFOX (n = 93) or sorafenib (n = 91). Grade 3-4 adverse "
                    "events (AEs) occurred in 38 (40.9%) and 35 (38.5%) patients, respectively. One "
                    "treatment-related death (upper gastrointestinal hemorrhage) occurred in the sorafenib arm.")
    got = per_arm(r, "adverse_events", "term", "grade", "count", "percent")
    assert got == [[("any adverse event", "3-4", 38, 40.9)],
                   [("any adverse event", "3-4", 35, 38.5), ("upper gastrointestinal hemorrhage", "5", 1, None)]]


def test_linker_china_drug_registry_product_blocks_and_enrolment(nlp):
    # a product's name over its strength and its usage lines; the strength is no dose
    text = ("Study title: A randomized phase III trial comparing benmelstobart in combination with anlotinib versus "
            "sorafenib in advanced hepatocellular carcinoma\n\nExclusion criteria\n1. Prior anti-PD-1 therapy.\n\n"
            "Control drug:\nNo. 1\nName: Sorafenib Tosylate Tablets\nDosage form: Tablet\nSpecification: 0.2 g\n"
            "Usage and dosage: Oral, 0.4 g each time, twice a day, continuous administration\n\n"
            "Target enrolment: Domestic: 510 ; International: not applicable ; Whole trial: 510\n"
            "Actual enrolment: Domestic: 512 ; Whole trial: 512\n")
    r = record(nlp, text)
    assert [regimen(a) for a in r["arms"]] == [{("benmelstobart", None, None, None), ("anlotinib", None, None, None)},
                                               {("sorafenib", 0.4, "g", "BID")}]
    assert r["enrollment"] == {"actual": 512, "planned": 510}


def test_linker_elided_size_and_no_response_in_either_group(nlp):
    r = record(nlp, "Patients were randomly allocated to either tamoxifen 20 mg twice a day or identical placebo tablets "
                    "twice a day. In all, 120 patients were entered: 62 received tamoxifen and 58 placebo. No objective "
                    "tumor response (complete or partial) was observed in either group.")
    assert [a["n"] for a in r["arms"]] == [62, 58]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("ORR", 0, 0)], [("ORR", 0, 0)]]


def test_linker_formulation_short_form_dummy_infusion_and_same_session_procedure(nlp):
    # "LTLD" is the drug of its long form; a drug infused minutes before RFA is given with it
    r = record(nlp, "Lyso-thermosensitive liposomal doxorubicin (LTLD) releases its drug in heated tissue. Patients "
                    "were randomly assigned to LTLD 50 mg/m2 given as a single 30-minute intravenous infusion starting "
                    "15 minutes before RFA, or to RFA plus a dummy infusion.")
    assert [regimen(a) for a in r["arms"]] == [{("doxorubicin", 50, "mg/m2", "once"), ("RFA", None, None, None)},
                                               {("RFA", None, None, None), ("placebo", None, None, None)}]
    assert r["arms"][0]["regimen"][0]["route"] == "iv"


def test_linker_a_treatment_weeks_after_another_is_not_the_arms(nlp):
    # weeks after a transplant is the setting, not the same session
    r = record(nlp, "Patients were randomised to sirolimus introduced 4-6 weeks after transplantation or to "
                    "tacrolimus alone.")
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [{"sirolimus"}, {"tacrolimus"}]


def test_linker_value_in_brackets_after_an_arm_is_that_arms(nlp):
    r = record(nlp, "Patients were randomised to tislelizumab or sorafenib. The ORR was higher with tislelizumab "
                    "(22.4%) than with sorafenib (13.1%). Grade 3 or higher adverse events were less common with "
                    "tislelizumab (21.5%) than with sorafenib (53.1%).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 22.4)], [("ORR", 13.1)]]
    assert per_arm(r, "adverse_events", "grade", "percent") == [[(">=3", 21.5)], [(">=3", 53.1)]]


def test_linker_one_sided_p_with_its_purpose_before_the_two_sided(nlp):
    r = record(nlp, "Patients were randomised to sunitinib or sorafenib. Median OS was 7.9 months with sunitinib and "
                    "10.2 months with sorafenib (HR, 1.29; 95% CI, 1.10 to 1.51; one-sided P = .999 for "
                    "noninferiority; two-sided P = .0016 for superiority of sorafenib).")
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 1.29, "0.0016")]


def test_linker_at_the_same_dose_takes_a_weight_based_pair(nlp):
    text = ("Patients were randomly assigned to toripalimab 240 mg intravenously every 3 weeks plus lenvatinib "
            "(12 mg for bodyweight ≥60 kg or 8 mg for bodyweight <60 kg, orally once daily) or to lenvatinib alone{}.")
    r = record(nlp, text.format(" at the same dose"))
    assert regimen(r["arms"][1]) == {("lenvatinib", 12, "mg", "QD"), ("lenvatinib", 8, "mg", "QD")}
    r = record(nlp, text.format(""))  # the text does not say which dose the control arm took
    assert regimen(r["arms"][1]) == {("lenvatinib", None, None, None)}


def test_linker_hot_flushes_and_deep_venous_thrombosis_keep_the_texts_terms(nlp):
    r = record(nlp, "Patients were randomised to tamoxifen or placebo. Hot flushes occurred in 5 patients (8%) in the "
                    "tamoxifen group, and deep venous thrombosis in 1 patient (2%) in the tamoxifen group.")
    assert per_arm(r, "adverse_events", "term", "count") == [[("hot flush", 5), ("deep venous thrombosis", 1)], []]


@pytest.mark.parametrize("intervention, sizes", [
    # the size closes each arm's regimen, after its doses, schedule, duration and an aside
    ("Drugs: Nivolumab, 240 mg intravenously every 2 weeks for up to 24 cycles (roughly 1 yr) (n = 210), "
     "or matching placebo intravenously every 2 weeks (n = 207).", [210, 207]),
    # a subgroup's size after an arm's name is not the arm's
    ("In the nivolumab arm, those who had portal vein invasion (n = 40) did worse.", [None, None]),
    # a size after both arms' names is neither arm's
    ("Nivolumab or placebo, each every 2 weeks (n = 417).", [None, None]),
])
def test_linker_a_size_closing_an_arms_regimen_is_that_arms(nlp, intervention, sizes):
    r = record(nlp, "Participants were randomised to nivolumab or placebo. " + intervention)
    assert [a["n"] for a in r["arms"]] == sizes


def test_linker_a_size_closing_a_combinations_regimen_is_that_arms(nlp):
    r = record(nlp, "Participants were randomised to nivolumab plus ipilimumab or placebo. Nivolumab 240 mg plus "
                    "ipilimumab 1 mg/kg every 3 weeks (n = 150) or placebo (n = 75).")
    assert [a["n"] for a in r["arms"]] == [150, 75]


def test_linker_a_route_before_either_is_every_alternatives(nlp):
    r = record(nlp, "Patients were randomised to receive, by mouth, either megestrol 160 mg once a day or matching "
                    "placebo once a day.")
    assert [[(c["name"], c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("megestrol", "oral")], [("placebo", "oral")]]


def test_linker_a_route_after_the_first_alternative_is_not_every_arms(nlp):
    r = record(nlp, "Patients were randomised to oral sorafenib or TACE.")
    assert [[(c["name"], c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("sorafenib", "oral")], [("TACE", None)]]


@pytest.mark.parametrize("sentence", [
    "One patient given megestrol developed pulmonary embolism.",
    "One patient on megestrol developed pulmonary embolism.",
    "One patient in the megestrol group developed pulmonary embolism.",
])
def test_linker_a_count_of_patients_named_by_their_arm_before_an_event(nlp, sentence):
    r = record(nlp, "Patients were randomised to megestrol or placebo. " + sentence)
    assert per_arm(r, "adverse_events", "term", "count") == [[("pulmonary embolism", 1)], []]


@pytest.mark.parametrize("sentence, size", [
    ("Three patients receiving megestrol developed pulmonary embolism.", None),  # some of the arm
    ("Forty patients receiving megestrol were analysed.", 40),
    ("Forty patients were treated with megestrol and had a median survival of 5 months.", 40),
])
def test_linker_patients_receiving_a_treatment_then_an_event_are_not_the_arms_size(nlp, sentence, size):
    r = record(nlp, "Patients were randomised to megestrol or placebo. " + sentence)
    assert [a["n"] for a in r["arms"]] == [size, None]


def test_linker_a_patients_field_of_an_evidence_summary_gives_the_enrolment(nlp):
    r = record(nlp, "Design: Randomised placebo-controlled trial.\nPatients: 412 patients who were 18 years of age "
                    "or older and had undergone resection.\nIntervention: Megestrol or placebo.")
    assert r["enrollment"] == {"actual": 412, "planned": None}


def test_linker_labelled_arms_listed_with_semicolons_are_each_an_arm(nlp):
    r = record(nlp, "Patients were randomised 1:1:1 to arm A, lenvatinib 12 mg once daily plus TACE; arm B, lenvatinib "
                    "12 mg once daily plus HAIC; or arm C, lenvatinib 12 mg once daily alone.")
    assert [sorted(a["name"] for a in arm["regimen"]) for arm in r["arms"]] == [
        ["TACE", "lenvatinib"], ["HAIC", "lenvatinib"], ["lenvatinib"]]


@pytest.mark.parametrize("sentence, endpoint", [
    ("The HR for PFS was 0.61 (95% CI, 0.42-0.88; P = .008).", "PFS"),
    ("The hazard ratio for overall survival was 0.61 (95% CI 0.42-0.88).", "OS"),
    ("The HR for TTP was 0.61 (95% CI 0.42-0.88).", "TTP"),
])
def test_linker_a_ratio_naming_its_endpoint_after_for(nlp, sentence, endpoint):
    r = record(nlp, "Patients were randomised to lenvatinib or placebo. " + sentence)
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high") == [
        (endpoint, "HR", 0.61, 0.42, 0.88)]


def test_linker_a_second_ratio_after_a_first_for_two_arms_versus_a_third(nlp):
    r = record(nlp, "Patients were randomised to arm A, lenvatinib plus TACE; arm B, lenvatinib plus HAIC; or arm C, "
                    "lenvatinib alone. Median PFS was longer; HR 0.66 (95% CI, 0.47-0.93; P = .02) for A vs C and 0.80 "
                    "(95% CI, 0.57-1.12; P = .19) for B vs C.")
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high", "p") == [
        ("PFS", 0.66, 0.47, 0.93, "0.02"), ("PFS", 0.8, 0.57, 1.12, "0.19")]


@pytest.mark.parametrize("opening", [
    "In a post hoc analysis of patients with portal vein invasion,",
    "In an exploratory analysis of patients whose tumours exceeded 10 cm,",
])
def test_linker_a_post_hoc_analysis_of_some_patients_is_a_subgroups(nlp, opening):
    r = record(nlp, "Patients were randomised to lenvatinib or placebo. " + opening + " the HR for PFS was 0.48 "
                    "(95% CI, 0.25-0.91).")
    assert r["comparisons"] == []


def test_linker_a_route_after_drugs_that_were_taken_is_each_drugs(nlp):
    r = record(nlp, "Patients were randomised to apatinib 250 mg once daily plus capecitabine 1000 mg twice daily or "
                    "apatinib 250 mg once daily alone. Apatinib and capecitabine were taken orally.")
    assert [[(c["name"], c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("apatinib", "oral"), ("capecitabine", "oral")], [("apatinib", "oral")]]


def test_linker_an_interval_after_a_doublet_with_days_is_each_drugs(nlp):
    r = record(nlp, "Patients were randomised to sorafenib plus chemotherapy (gemcitabine 1000 mg/m2 on day 1 and "
                    "oxaliplatin 85 mg/m2 on day 2, every 2 weeks) or sorafenib alone.")
    chemo = {c["name"]: (c.get("frequency"), c.get("days")) for c in r["arms"][0]["regimen"]}
    assert (chemo["gemcitabine"], chemo["oxaliplatin"]) == (("Q2W", "1"), ("Q2W", "2"))


@pytest.mark.parametrize("sentence", [
    "Grade 3-4 neutropenia occurred in the lenvatinib group (14 [23.3%]) and the placebo group (3 [5.0%]).",
    "Grade 3-4 neutropenia occurred in arm A (14, 23.3%) and arm B (3, 5.0%).",
])
def test_linker_event_counts_in_brackets_after_each_arms_name(nlp, sentence):
    r = record(nlp, "Patients were randomised to arm A, lenvatinib; or arm B, placebo. " + sentence)
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("neutropenia", 14, 23.3)], [("neutropenia", 3, 5)]]


def test_linker_a_schedule_after_all_drugs_administered_and_repeated_is_each_drugs(nlp):
    r = record(nlp, "Patients were randomised to lenvatinib plus HAIC or lenvatinib alone. HAIC consisted of oxaliplatin "
                    "85 mg/m2 over 2 h, leucovorin 400 mg/m2 over 2 h and fluorouracil 400 mg/m2 as a bolus, all "
                    "administered through a port in the hepatic artery and repeated every 3 weeks.")
    freq = {c["name"]: c.get("frequency") for c in r["arms"][0]["regimen"]}
    assert (freq["oxaliplatin"], freq["leucovorin"], freq["fluorouracil"]) == ("Q3W", "Q3W", "Q3W")


def test_linker_a_placebo_matching_a_drug_does_not_give_the_drug(nlp):
    r = record(nlp, "Patients were randomised to TACE plus nivolumab or TACE plus placebo. Participants in the control "
                    "arm receive placebo matching nivolumab intravenously every 2 weeks.")
    assert [[(c["name"], c.get("frequency"), c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("TACE", None, None), ("nivolumab", None, None)], [("TACE", None, None), ("placebo", "Q2W", "iv")]]


def test_linker_a_table_cell_describing_a_procedure_with_its_drug_gives_the_drug(nlp):
    r = record(nlp, "Patients were randomised to DEB-TACE plus apatinib or DEB-TACE alone.\n"
                    "Arm | Description\n"
                    "DEB-TACE alone | Selective DEB-TACE with microspheres loaded with idarubicin 10 to 15 mg per "
                    "session (cumulative maximum 60 mg), repeated on demand.\n")
    assert [sorted((c["name"], c.get("dose"), c.get("dose_max")) for c in a["regimen"] if c["kind"] == "drug")
            for a in r["arms"]] == [[("apatinib", None, None), ("idarubicin", 10, 15)], [("idarubicin", 10, 15)]]


def test_context_a_registry_description_keeps_the_design_and_leaves_out_other_results(nlp):
    r = record(nlp, "Brief Summary\nThis randomized, double-blind, placebo-controlled, multicenter phase 3 study will "
                    "evaluate TACE plus nivolumab versus TACE plus placebo.\n"
                    "Detailed Description\nIn the CheckMate 459 trial, nivolumab gave a median overall survival of "
                    "16.4 months. In both arms, TACE is performed with idarubicin 10 mg emulsified with lipiodol.\n")
    assert r["outcomes"] == [] and [o for a in r["arms"] for o in a["outcomes"]] == []
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "idarubicin", "lipiodol", "nivolumab"], ["TACE", "idarubicin", "lipiodol", "placebo"]]


def test_context_a_background_paragraph_does_not_reach_into_the_section_before_it(nlp):
    r = record(nlp, "Patients were randomised to TACE plus nivolumab or TACE alone.\n\n"
                    "Secondary Outcome\nOverall survival | 3-monthly\nDisease control rate | Same as above\n"
                    "Brief Summary   TACE is the standard of care for intermediate HCC. In earlier studies, "
                    "sorafenib plus TACE was reported to prolong survival.\n")
    assert [e["name"] for e in r["endpoints"]] == ["OS", "DCR"]


def test_linker_a_study_report_synopsis_fields_give_enrolment_and_criteria(nlp):
    r = record(nlp, "Methodology: Patients were randomised 2:1 to regorafenib or matching placebo.\n"
                    "Number of patients (planned and analysed): Planned: 300. Randomised: 306 (regorafenib 204, "
                    "placebo 102).\n"
                    "Diagnosis and main criteria for inclusion: Adults ≥ 18 years with HCC; ECOG performance status 0-1.\n"
                    "Test product, dose and mode of administration, batch number: Regorafenib 160 mg orally once "
                    "daily.\n")
    assert r["enrollment"] == {"actual": 306, "planned": 300}
    assert [(e["kind"], e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("inclusion", "age", ">=", 18), ("inclusion", "ecog", "<=", 1)]
    assert [(c["name"], c.get("dose"), c.get("frequency")) for c in r["arms"][0]["regimen"]] == [("regorafenib", 160, "QD")]


@pytest.mark.parametrize("fields", [
    "Exclusion criteria\nPregnancy\nAge\nFrom 18 years old to 75 years old\nGender\nBoth\n",
    "Inclusion criteria: BCLC stage B\nAge: from 18 to 75 years\n",
])
def test_eligibility_a_registry_age_field_is_the_ages_admitted(nlp, fields):
    r = record(nlp, "Patients were randomised to metformin or placebo.\n\n" + fields)
    assert [(e["kind"], e["parameter"], e["operator"], e["value"]) for e in r["eligibility"] if e["parameter"] == "age"] == [
        ("inclusion", "age", ">=", 18), ("inclusion", "age", "<=", 75)]


def test_linker_a_population_counted_in_its_own_bracket_is_a_subgroup(nlp):
    r = record(nlp, "Patients were randomised to regorafenib or placebo. Median OS was 10.6 months. In patients "
                    "pretreated with lenvatinib (n = 120) the OS HR was 0.71.")
    assert r["comparisons"] == []


def test_linker_terse_conference_notation(nlp):
    r = record(nlp, "Randomized ph3 of nivo vs sorafenib in 1L uHCC. Design: N=600 pts randomized 1:1 (n=300 each arm).\n"
                    "mPFS 5.9 vs 4.1 mo, HR .66 (.53-.82) p<.001\n"
                    "HFSR any grade 3.5% vs 45.0%\n")
    assert (r["phase"], r["enrollment"]["actual"], [a["n"] for a in r["arms"]]) == ("III", 600, [300, 300])
    assert comparisons(r, "endpoint", "value", "ci_low", "ci_high") == [("PFS", 0.66, 0.53, 0.82)]
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("hand-foot skin reaction", "any", 3.5)], [("hand-foot skin reaction", "any", 45)]]


def test_linker_a_review_entrys_number_randomised_is_the_enrolment_and_a_revised_size_no_plan(nlp):
    r = record(nlp, "Methods\nRandomised clinical trial (2 groups: TACE plus apatinib versus TACE alone)\n"
                    "Participants\nNumber randomised: 120\nPost-randomisation dropouts: 6\nRevised sample size: 114\n")
    assert r["enrollment"] == {"actual": 120, "planned": None}


def test_linker_deaths_listed_after_a_comma_each_with_its_cause_and_arm(nlp):
    r = record(nlp, "Patients were randomised to arm A, lenvatinib; or arm B, placebo. Two treatment-related deaths "
                    "occurred, one from hepatic failure (arm A) and one from upper gastrointestinal bleeding (arm B).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hepatic failure", "5", 1)], [("upper gastrointestinal bleeding", "5", 1)]]


def test_context_a_reviews_pooled_figures_and_the_trials_they_pool_are_not_the_entrys(nlp):
    r = record(nlp, "Overall survival\nThree trials (Ito 2012; Park 2016; Sato 2018) reported overall survival. The "
                    "pooled hazard ratio favoured TACE plus apatinib (HR 0.81, 95% CI 0.70 to 0.94; I² = 35%). In Ito "
                    "2012, median overall survival was 20.1 months versus 16.2 months (HR 0.85, 95% CI 0.66 to 1.09).\n\n"
                    "Methods\nRandomised clinical trial (2 groups: TACE plus apatinib versus TACE alone)\n")
    assert r["comparisons"] == [] and [o for a in r["arms"] for o in a["outcomes"]] == []


def test_linker_randomised_sizes_by_drug_name_win_over_the_safety_set(nlp):
    # the placebo arm's label is "matching placebo": its own drug names it in the list
    r = record(nlp, "Patients were randomised 2:1 to velotinib or matching placebo.\n\nNumber of patients: Randomised: "
                    "351 (velotinib 234, placebo 117); safety set: 348 (velotinib 232, placebo 116).")
    assert [(a["label"], a["n"]) for a in r["arms"]] == [("velotinib", 234), ("matching placebo", 117)]


def test_linker_a_dose_with_a_thousands_comma_is_no_size_after_a_drug_name(nlp):
    # "fluorouracil 2,400 mg/m2": not a size of 2 read before its comma
    r = record(nlp, "In total, 210 patients were randomly assigned to HAIC (oxaliplatin 85 mg/m2, then fluorouracil "
                    "2,400 mg/m2 over 46 hours, every 2 weeks) or sorafenib 400 mg twice daily.")
    assert [a["n"] for a in r["arms"]] == [None, None]


@pytest.mark.parametrize("written", ["conventional TACE as in group 1", "TACE performed as described for group 1",
                                     "TACE identical to that in group 1"])
def test_linker_a_procedure_written_as_another_arms_has_its_drugs(nlp, written):
    r = record(nlp, "Interventions\nGroup 1 (n = 60): conventional TACE (epirubicin 40 mg emulsified in 10 mL of "
                    f"Lipiodol) plus apatinib 500 mg once daily.\nGroup 2 (n = 61): {written}, repeated on demand.\n")
    assert [sorted((c["name"], c.get("dose")) for c in a["regimen"]) for a in r["arms"]] == [
        [("TACE", None), ("apatinib", 500), ("epirubicin", 40), ("lipiodol", 10)],
        [("TACE", None), ("epirubicin", 40), ("lipiodol", 10)]]


def test_linker_a_procedure_without_a_reference_to_another_arm_keeps_its_own_drugs(nlp):
    r = record(nlp, "Interventions\nGroup 1 (n = 60): conventional TACE (epirubicin 40 mg emulsified in 10 mL of "
                    "Lipiodol) plus apatinib 500 mg once daily.\nGroup 2 (n = 61): TACE with cisplatin 50 mg, "
                    "as in routine practice.\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "apatinib", "epirubicin", "lipiodol"], ["TACE", "cisplatin"]]


def test_linker_arms_named_with_the_first_numbers_then_respectively_is_endpoint_major(nlp):
    r = record(nlp, "Patients were randomly assigned to ordelimab plus sorafenib (n=80) or sorafenib alone (n=79).\n\n"
                    "Adverse events of any grade occurred in 72 (90.0%) patients in the combination group and 63 (79.7%) "
                    "in the sorafenib group, and events of grade 3 or worse in 30 (37.5%) and 21 (26.6%), respectively.")
    assert per_arm(r, "adverse_events", "grade", "count") == [[("any", 72), (">=3", 30)], [("any", 63), (">=3", 21)]]


def test_linker_two_endpoints_per_arm_then_respectively_stays_arm_major(nlp):
    r = record(nlp, "Patients were randomly assigned to ordelimab plus sorafenib (n=80) or sorafenib alone (n=79).\n\n"
                    "The objective response and disease control rates were 30.0% and 70.0% in the combination group and "
                    "12.7% and 55.7% in the sorafenib group, respectively.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 30), ("DCR", 70)], [("ORR", 12.7), ("DCR", 55.7)]]


@pytest.mark.parametrize("sentence", ["The ORR and DCR were 41.2% and 76.5%.", "Objective response and disease control "
                                      "rates were 41.2% and 76.5%, respectively."])
def test_linker_endpoints_listed_before_their_numbers_one_arm(nlp, sentence):
    r = record(nlp, "Patients received ordelimab plus sorafenib. " + sentence)
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 41.2), ("DCR", 76.5)]]


@pytest.mark.parametrize("sentence", [
    "The ORR and DCR were 30.0% and 70.0% in the combination group and 12.7% and 55.7% in the sorafenib group.",
    "The objective response rate and disease control rate were 30.0% and 70.0% with the combination and 12.7% and "
    "55.7% with sorafenib alone.",
    "In the sorafenib group, ORR and DCR were 12.7% and 55.7%, and in the combination group 30.0% and 70.0%.",
    "The ORR and DCR were 30.0% vs 12.7% and 70.0% vs 55.7%.",
    "Objective response and disease control rates were 30.0% and 12.7% (P = .002) and 70.0% and 55.7% (P = .04) "
    "in the combination and sorafenib groups, respectively.",
])
def test_linker_endpoints_listed_before_their_numbers_arm_by_arm_or_endpoint_by_endpoint(nlp, sentence):
    r = record(nlp, "Patients were randomly assigned to ordelimab plus sorafenib (n=80) or sorafenib alone (n=79). " + sentence)
    assert [sorted(x) for x in per_arm(r, "outcomes", "endpoint", "value")] == [
        [("DCR", 70), ("ORR", 30)], [("DCR", 55.7), ("ORR", 12.7)]]


@pytest.mark.parametrize("text", [
    "Patients received donafenib 100 mg twice daily, escalated to 200 mg twice daily. Treatment was given "
    "continuously in 28-day cycles until progression.",
    "Patients received donafenib 100 mg twice daily, escalated to 200 mg twice daily; treatment was given "
    "continuously in 28-day cycles until progression.",
])
def test_linker_a_cycle_of_the_treatment_as_a_whole_is_every_drugs(nlp, text):
    r = record(nlp, text)
    assert per_arm(r, "regimen", "name", "dose", "cycle_days") == [[("donafenib", 100, 28), ("donafenib", 200, 28)]]


def test_linker_a_cycle_written_with_a_named_drug_is_not_the_whole_treatments(nlp):
    r = record(nlp, "Patients received donafenib 100 mg twice daily plus toripalimab 240 mg every 3 weeks. "
                    "Toripalimab was given on day 1 of 21-day cycles.")
    assert per_arm(r, "regimen", "name", "cycle_days") == [[("donafenib", None), ("toripalimab", 21)]]


def test_linker_a_dose_escalated_after_some_days_to_the_standard_dose(nlp):
    r = record(nlp, "Donafenib was started at 100 mg p.o. b.i.d. In the absence of toxicity, the dose was "
                    "escalated after 14 days to the standard 200 mg p.o. b.i.d.")
    assert per_arm(r, "regimen", "name", "dose", "frequency") == [[("donafenib", 100, "BID"), ("donafenib", 200, "BID")]]


def test_linker_a_drug_given_at_every_dose_level_is_both_parts(nlp):
    r = record(nlp, "Methods: This phase I trial enrolled adults with HCC. Dose escalation followed a 3+3 design "
                    "through three levels of donafenib taken orally: 100 mg once daily, 200 mg once daily and 150 mg "
                    "b.i.d. At every level, camrelizumab 200 mg was administered as an intravenous infusion every "
                    "three weeks. An expansion cohort was then treated at the recommended phase 2 dose (RP2D).\n"
                    "Results: The RP2D was donafenib 150 mg twice daily with camrelizumab 200 mg every 3 weeks.\n")
    assert per_arm(r, "regimen", "name", "dose", "frequency", "route") == [
        [("donafenib", 100, "QD", "oral"), ("camrelizumab", 200, "Q3W", "iv")],
        [("donafenib", 150, "BID", "oral"), ("camrelizumab", 200, "Q3W", "iv")]]


def test_linker_three_arms_of_named_regimens_each_with_its_group_statement(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1:1) to FOLFOX-HAIC, TOMOX-HAIC or TACE. In the FOLFOX-HAIC "
                    "group, oxaliplatin 130 mg/m2, leucovorin 400 mg/m2 and fluorouracil 2400 mg/m2 were infused "
                    "through the hepatic artery. In the TOMOX-HAIC group, raltitrexed 3 mg/m2 and oxaliplatin "
                    "100 mg/m2 were infused into the hepatic artery. The median number of HAIC cycles was 4 in both "
                    "HAIC groups, and the median number of TACE sessions was 2.")
    assert [sorted((c["name"], c.get("dose")) for c in a["regimen"]) for a in r["arms"]] == [
        [("HAIC", None), ("fluorouracil", 2400), ("leucovorin", 400), ("oxaliplatin", 130)],
        [("HAIC", None), ("oxaliplatin", 100), ("raltitrexed", 3)],
        [("TACE", None)]]


def test_linker_a_later_clause_of_a_shared_statement_keeps_one_arms_drug_to_that_arm(nlp):
    r = record(nlp, "Patients were randomized 1:1 to camrelizumab 200 mg IV every 3 weeks plus HAIC or HAIC alone. "
                    "In both arms, HAIC consisted of FOLFOX (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and "
                    "fluorouracil 2400 mg/m2) every 3 weeks; camrelizumab was continued as maintenance for 2 years.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["HAIC", "camrelizumab", "fluorouracil", "leucovorin", "oxaliplatin"],
        ["HAIC", "fluorouracil", "leucovorin", "oxaliplatin"]]


def test_linker_one_arm_grade_pair_read_in_turn(nlp):
    r = record(nlp, "Patients received donafenib 200 mg twice daily. The most frequent AEs (any grade; grade 3) were "
                    "hypertension (29 [61.7%]; 9 [19.1%]) and fatigue (21 [44.7%]; 2 [4.3%]).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "any", 29), ("hypertension", "3", 9), ("fatigue", "any", 21), ("fatigue", "3", 2)]]


def test_linker_an_event_of_no_stated_grade_beside_its_any_grade_row_is_one_event(nlp):
    rec = record(nlp, "Patients were randomised to sorafenib plus radiotherapy (n = 45) or sorafenib alone (n = 44).\n\n"
                      "Table 3. Adverse events.\n"
                      "                        Sorafenib + RT (n = 45)     Sorafenib (n = 44)\n"
                      "                        Any grade    Grade 3-4      Any grade    Grade 3-4\n"
                      "Fatigue                 15 (33.3)    2 (4.4)        12 (27.3)    1 (2.3)\n"
                      "Radiation-induced liver disease   2 (4.4)   1 (2.2)   -   -\n\n"
                      "Radiation-induced liver disease occurred in two patients in the sorafenib plus radiotherapy arm.\n")
    rild = [(e["grade"], e.get("count")) for e in rec["arms"][0]["adverse_events"]
            if e["term"] == "radiation-induced liver disease"]
    assert sorted(rild) == [("3-4", 1), ("any", 2)]


@pytest.mark.parametrize("text,roles", [
    ("The secondary endpoints objective response rate (ORR) and disease control rate (DCR) were 26.1% and 76.1%.",
     {"ORR": "secondary", "DCR": "secondary"}),
    ("The primary endpoint progression-free survival was longer with TACE plus lenvatinib.", {"PFS": "primary"}),
    ("Secondary endpoint data for ORR were immature at the cut-off.", {"ORR": None}),
])
def test_linker_a_role_before_its_endpoints_in_apposition(nlp, text, roles):
    assert {e["name"]: e["role"] for e in record(nlp, text)["endpoints"]} == roles


def test_linker_p_values_of_a_respectively_list_follow_the_endpoints_in_order(nlp):
    rec = record(nlp, "Patients were randomised to sorafenib plus radiotherapy (n = 46) or sorafenib alone (n = 46). "
                      "ORR and DCR were 26.1% vs 6.5% (P = .012) and 76.1% vs 52.2% (P = .017), respectively.")
    assert sorted((c["endpoint"], c["p"]) for c in rec["comparisons"]) == [("DCR", "0.017"), ("ORR", "0.012")]


def test_linker_randomised_count_after_the_screened_count_and_a_clause(nlp):
    rec = record(nlp, "Between 2017 and 2021, 131 patients were screened at six centres for this open-label, randomised "
                      "phase 2 trial, and 92 were randomly assigned to sorafenib plus radiotherapy (n = 46) or sorafenib "
                      "alone (n = 46).")
    assert rec["enrollment"]["actual"] == 92


LAY_TRIAL_PAGE = """Adding Radiation to Atezolizumab and Bevacizumab for Liver Cancer (EXAMPLE-1)

Status: Recruiting
ClinicalTrials.gov ID: NCT09990001

About this study

Atezolizumab plus bevacizumab is a standard first treatment. In the large study that led to its approval, people lived a median of 19.2 months.

How the study works

This is a randomized study. A computer will put you by chance into one of two groups.

Group 1 - Standard treatment
- Atezolizumab 1,200 mg and bevacizumab 15 mg/kg (15 mg for every kilogram you weigh). Both drugs are given through a drip into a vein (IV infusion) every 3 weeks.
- You keep getting the drugs for up to 2 years.

Group 2 - Standard treatment plus SBRT
- The same atezolizumab and bevacizumab infusions as Group 1 (1,200 mg and 15 mg/kg IV every 3 weeks).
- Plus SBRT to the tumor: 5 treatments of 7 Gy each (35 Gy in total), given every other weekday.

Who can join

You may be able to join if you:
- are expected to live at least 12 weeks
- have platelets of at least 75,000 per microliter

You may not be able to join if you:
- have an INR above 1.7

Study size: about 186 people at 22 hospitals.

Related trials
- Lenvatinib With or Without TACE for Liver Cancer | Phase 2 | NCT09990002 | Recruiting
"""


def test_linker_a_trial_finder_page_in_plain_language(nlp):
    rec = record(nlp, LAY_TRIAL_PAGE)
    assert rec["ids"]["nct"] == ["NCT09990001"]  # not a related trial's
    assert rec["enrollment"]["planned"] == 186
    assert rec["outcomes"] == [] and all(not arm["outcomes"] for arm in rec["arms"])  # 19.2: the approval study's
    regimens = [sorted((c["name"], c.get("dose"), c.get("unit"), c.get("route"), c.get("frequency"),
                        c.get("dose_per_fraction"), c.get("fractions")) for c in arm["regimen"]) for arm in rec["arms"]]
    both = [("atezolizumab", 1200, "mg", "iv", "Q3W", None, None), ("bevacizumab", 15, "mg/kg", "iv", "Q3W", None, None)]
    assert regimens == [both, sorted(both + [("radiotherapy", 35, "Gy", None, None, 7, 5)])]
    assert sorted((e["kind"], e["parameter"], e["operator"], e["value"], e.get("unit")) for e in rec["eligibility"]) == [
        ("exclusion", "inr", ">", 1.7, None), ("inclusion", "life_expectancy", ">=", 12, "weeks"),
        ("inclusion", "platelets", ">=", 75000, "/mm3")]


def test_linker_the_mtd_written_with_the_escalated_drug_gives_the_expansion_its_dose(nlp):
    rec = record(nlp, "This open-label phase I study comprised a 3+3 dose-escalation part and a dose-expansion cohort. "
                      "Patients received oral QX-5102 once daily at 100, 150, 200 or 250 mg plus toripalimab 240 mg "
                      "intravenously every 3 weeks. Between 2022 and 2024, 39 patients were enrolled: 15 in dose "
                      "escalation and 24 in the expansion cohort. The MTD and RP2D of QX-5102 was 200 mg once daily, "
                      "which was used in the expansion cohort.")
    doses = [[(c["name"], c.get("dose")) for c in arm["regimen"]] for arm in rec["arms"]]
    assert doses == [[("qx-5102", 100), ("toripalimab", 240)], [("qx-5102", 200), ("toripalimab", 240)]]
    assert [arm["n"] for arm in rec["arms"]] == [15, 24]


def test_linker_alternative_doses_share_the_route_and_schedule_written_after_the_last(nlp):
    rec = record(nlp, "Patients were randomised 1:1 to cabozantinib 40 mg or 60 mg orally once daily in 28-day cycles.")
    assert [[(c["dose"], c.get("route"), c.get("frequency"), c.get("cycle_days")) for c in arm["regimen"]]
            for arm in rec["arms"]] == [[(40, "oral", "QD", 28)], [(60, "oral", "QD", 28)]]
    rec = record(nlp, "Patients were randomised to toripalimab 3 mg/kg q2w (arm A) or 240 mg q3w (arm B).")
    assert [arm["regimen"][0].get("frequency") for arm in rec["arms"]] == ["Q2W", "Q3W"]


def test_linker_a_ratio_of_an_event_rate_compares_adverse_events(nlp):
    rec = record(nlp, "Patients were randomised to drug A or drug B. Median OS was 14.1 vs 12.9 months (HR 0.91; "
                      "95% CI 0.74-1.12). Grade 3 or worse diarrhoea occurred in 8 (4.0%) vs 21 (10.5%) patients "
                      "(risk ratio 0.38; 95% CI 0.17-0.84; p = 0.01).")
    assert comparisons(rec, "endpoint", "measure", "value", "ci_low", "ci_high", "p") \
        == [("OS", "HR", 0.91, 0.74, 1.12, None), ("AE", "RR", 0.38, 0.17, 0.84, "0.01")]


def test_linker_a_drug_code_restated_by_name_shares_the_schedule_written_after_it(nlp):
    rec = record(nlp, "Patients were randomly assigned to receive toripalimab (240 mg) plus IBI305, the bevacizumab "
                      "biosimilar (7.5 mg per kilogram), intravenously every 3 weeks, or to undergo observation.")
    assert [(c["name"], c["dose"], c.get("frequency"), c.get("route")) for c in rec["arms"][0]["regimen"]] == [
        ("toripalimab", 240, "Q3W", "iv"), ("bevacizumab", 7.5, "Q3W", "iv")]


def test_linker_event_counts_and_the_share_of_planned_events_are_not_rates(nlp):
    rec = record(nlp, "Patients were randomised to drug A or observation. The interim analysis was planned when about "
                      "70% of the 280 planned events had occurred. Overall survival was immature, with 52 deaths "
                      "(8.1% of patients); the hazard ratio for death was 0.90 (95% CI, 0.52 to 1.55).")
    assert rec["outcomes"] == [] and all(a["outcomes"] == [] for a in rec["arms"])
    assert comparisons(rec, "endpoint", "value") == [("OS", 0.9)]


@pytest.mark.parametrize("deaths", [
    "Three patients (1.2%) in the combination arm died of treatment-related adverse events",
    "In the combination arm, 3 patients died from treatment-related adverse events",
    "Three patients (1.2%) died of TRAEs in the combination arm",
])
def test_linker_patients_who_died_of_generic_events_are_grade_5_events(nlp, deaths):
    rec = record(nlp, "Patients were randomly assigned to apatinib plus TACE or TACE alone. "
                      f"{deaths}; no treatment-related deaths occurred with TACE alone.")
    assert per_arm(rec, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 3)], [("any adverse event", "5", 0)]]


def test_linker_the_triplet_is_the_arm_of_most_components_when_a_procedure_brings_its_drugs(nlp):
    rec = record(nlp, "Patients were randomly assigned to camrelizumab plus apatinib plus TACE or TACE alone. "
                      "TACE was done with an emulsion of doxorubicin 40 mg and lipiodol 10 mL in both arms. "
                      "Median PFS was 11.2 months with the triplet and 6.4 months with TACE alone.")
    assert per_arm(rec, "outcomes", "endpoint", "value") == [[("PFS", 11.2)], [("PFS", 6.4)]]


def test_linker_a_list_whose_denominators_are_the_arms_sizes_follows_them(nlp):
    rec = record(nlp, "Patients were randomly assigned to durvalumab plus lenvatinib (n = 240), durvalumab (n = 120) or "
                      "lenvatinib (n = 238). PFS was longer with durvalumab plus lenvatinib than with lenvatinib, and "
                      "durvalumab had the shortest PFS. Responses occurred in 70 (29.2%) of 240, 18 (15.0%) of 120 and "
                      "52 (21.8%) of 238 patients, respectively. Serious adverse events occurred in 31 (12.9%), 9 (7.5%) "
                      "and 25 (10.5%) patients.")
    assert per_arm(rec, "outcomes", "endpoint", "count") == [[("ORR", 70)], [("ORR", 18)], [("ORR", 52)]]
    assert per_arm(rec, "adverse_events", "term", "count") == [
        [("serious adverse event", 31)], [("serious adverse event", 9)], [("serious adverse event", 25)]]


def test_linker_each_arms_count_after_a_comma_and_its_own_denominator(nlp):
    rec = record(nlp, "Patients were randomly assigned to apatinib plus camrelizumab, camrelizumab alone or apatinib "
                      "alone. Grade 3-4 adverse events occurred in 60 (40.0%) of 150 patients who received the "
                      "combination, 21 (14.1%) of 149 who received camrelizumab alone, and 45 (30.4%) of 148 who "
                      "received apatinib alone.")
    assert per_arm(rec, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "3-4", 60)], [("any adverse event", "3-4", 21)], [("any adverse event", "3-4", 45)]]


def test_linker_landmark_rates_of_one_named_arm_and_a_corresponding_clause(nlp):
    rec = record(nlp, "Patients were randomised to radiofrequency ablation (RFA) or hepatectomy. In the RFA group, the "
                      "1-, 2- and 4-year OS rates were 95.0%, 85.1% and 70.3%, and the corresponding DFS rates were "
                      "80.2%, 61.0% and 45.5%. In the hepatectomy group, the 1-, 2- and 4-year OS rates were 96.1%, "
                      "88.0% and 74.9%, with DFS rates of 85.3%, 66.2% and 50.0%.")
    assert per_arm(rec, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("OS", 12, 95), ("OS", 24, 85.1), ("OS", 48, 70.3), ("DFS", 12, 80.2), ("DFS", 24, 61), ("DFS", 48, 45.5)],
        [("OS", 12, 96.1), ("OS", 24, 88), ("OS", 48, 74.9), ("DFS", 12, 85.3), ("DFS", 24, 66.2), ("DFS", 48, 50)]]


def test_linker_a_corresponding_clause_after_a_bracket_keeps_the_landmarks_and_arms(nlp):
    rec = record(nlp, "Patients were randomised to RFA or hepatectomy. The 1- and 3-year RFS rates were 88.0% and 60.1% "
                      "after RFA versus 90.2% and 64.4% after hepatectomy (HR 1.15; 95% CI 0.80-1.66), and the "
                      "corresponding OS rates were 97.0% and 85.2% versus 98.1% and 86.0%.")
    assert per_arm(rec, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("RFS", 12, 88), ("RFS", 36, 60.1), ("OS", 12, 97), ("OS", 36, 85.2)],
        [("RFS", 12, 90.2), ("RFS", 36, 64.4), ("OS", 12, 98.1), ("OS", 36, 86)]]


def test_context_figures_of_retrospective_cohorts_are_background(nlp):
    rec = record(nlp, "Whether ablation can replace resection is debated; in retrospective cohorts, 5-year survival has "
                      "ranged from 50% to 70%. We randomised patients to RFA or hepatectomy. The 5-year OS rate was "
                      "71.0% after RFA and 73.2% after hepatectomy.")
    assert rec["outcomes"] == []
    assert per_arm(rec, "outcomes", "endpoint", "value") == [[("OS", 71)], [("OS", 73.2)]]


def test_linker_a_procedures_drugs_listed_after_a_colon_and_a_drug_held_on_its_days(nlp):
    rec = record(nlp, "Patients were randomly assigned to oral lenvatinib 8 mg once daily alone or combined with HAIC. "
                      "HAIC was delivered through a port implanted in the hepatic artery in 3-week cycles: oxaliplatin "
                      "85 mg/m2 on day 1 and raltitrexed 3 mg/m2 on day 1; lenvatinib was withheld on HAIC days.")
    assert [[(c["name"], c.get("dose"), c.get("days"), c.get("cycle_days")) for c in a["regimen"]]
            for a in rec["arms"]] == [
        [("lenvatinib", 8, None, None)],
        [("lenvatinib", 8, None, None), ("HAIC", None, None, 21), ("oxaliplatin", 85, "1", 21),
         ("raltitrexed", 3, "1", 21)]]


def test_linker_a_registry_interventions_lines_complete_each_arms_drug_at_its_dose(nlp):
    rec = record(nlp, "ClinicalTrials.gov ID NCT07654321\n\nArms and Interventions\n"
                      "Experimental: Durvalumab + tremelimumab\n"
                      "Durvalumab 1500 mg plus tremelimumab 300 mg intravenously, then durvalumab every 4 weeks.\n"
                      "Drug: Durvalumab\n1500 mg IV on Day 1 of each 28-day cycle\n"
                      "Active Comparator: Durvalumab\nDurvalumab 1500 mg intravenously every 4 weeks.\n"
                      "Drug: Durvalumab\n1500 mg IV on Day 1 of each 28-day cycle\n\n"
                      "Eligibility Criteria\nExclusion Criteria:\n- Participation in the feasibility study (NCT01234567)\n"
                      "- Largest intrahepatic tumour > 80 mm\n")
    assert [[(c["name"], c.get("days"), c.get("cycle_days")) for c in a["regimen"] if c["name"] == "durvalumab"]
            for a in rec["arms"]] == [[("durvalumab", "1", 28)], [("durvalumab", "1", 28)]]
    assert rec["ids"]["nct"] == ["NCT07654321"]  # not the other study's named in a criterion
    assert [(c["kind"], c["parameter"], c["operator"], c["value"], c["unit"]) for c in rec["eligibility"]] == [
        ("exclusion", "tumor_size", ">", 8, "cm")]


@pytest.mark.parametrize("deaths", [
    "Treatment-related deaths occurred in three (1%) patients in the sintilimab group (hepatic failure [n=2] and "
    "pneumonitis)",
    "Three treatment-related deaths occurred in the sintilimab group (hepatic failure [n=2] and pneumonitis)",
])
def test_linker_the_causes_of_deaths_left_uncounted_are_one_each_when_the_total_says_so(nlp, deaths):
    rec = record(nlp, f"Patients were randomly assigned to sintilimab plus apatinib or sorafenib. {deaths}.")
    assert per_arm(rec, "adverse_events", "term", "grade", "count")[0][1:] == [
        ("hepatic failure", "5", 2), ("pneumonitis", "5", 1)]


def test_linker_the_route_and_schedule_after_a_placebo_alternative_are_the_drugs_too(nlp):
    rec = record(nlp, "Patients were randomly assigned 2:1 to olaratumab 15 mg/kg or placebo intravenously every "
                      "3 weeks, each with best supportive care.")
    assert [[(c["name"], c.get("dose"), c.get("route"), c.get("frequency")) for c in a["regimen"]] for a in rec["arms"]] \
        == [[("olaratumab", 15, "iv", "Q3W")], [("placebo", None, "iv", "Q3W")]]


def test_linker_a_stratification_closed_in_a_bracket_before_the_arms_does_not_hide_them(nlp):
    rec = record(nlp, "Patients were randomly assigned (1:1) through an interactive web system (permuted blocks; "
                      "stratified by tumour burden and AFP) to TACE plus apatinib or TACE alone.")
    assert [[c["name"] for c in a["regimen"]] for a in rec["arms"]] == [["TACE", "apatinib"], ["TACE"]]


def test_linker_two_events_and_two_numbers_pair_in_order_without_respectively(nlp):
    rec = record(nlp, "Patients were randomly assigned to HAIC or TACE. In the HAIC group, grade 3-4 anaemia and "
                      "leukopenia occurred in 6.3% (4/64) and 10.9% (7/64) of patients.")
    assert per_arm(rec, "adverse_events", "term", "grade", "count", "percent") == [
        [("anemia", "3-4", 4, 6.3), ("leukopenia", "3-4", 7, 10.9)], []]


def test_linker_an_event_more_frequent_in_one_arm_than_the_other_takes_their_order(nlp):
    rec = record(nlp, "Patients were randomly assigned to HAIC or TACE. Grade 3-4 fever was more frequent in the TACE "
                      "group than in the HAIC group [21.9% (14/64) vs 6.3% (4/64), P=0.01].")
    assert per_arm(rec, "adverse_events", "term", "count") == [[("fever", 4)], [("fever", 14)]]


def test_linker_an_alternative_dose_of_a_combination_redoses_the_drug_in_its_unit(nlp):
    rec = record(nlp, "Participants were assigned 1:1 to nivolumab, 240 mg, plus ramucirumab, 8 mg/kg (low-dose arm) "
                      "or 12 mg/kg (high-dose arm), both drugs given intravenously every 2 weeks.")
    assert [[(c["name"], c["dose"], c["unit"], c.get("frequency"), c.get("route")) for c in arm["regimen"]]
            for arm in rec["arms"]] == [
        [("nivolumab", 240, "mg", "Q2W", "iv"), ("ramucirumab", 8, "mg/kg", "Q2W", "iv")],
        [("nivolumab", 240, "mg", "Q2W", "iv"), ("ramucirumab", 12, "mg/kg", "Q2W", "iv")]]


@pytest.mark.parametrize("events", [
    "hypertension (13.1%), proteinuria (4.7%) and increased AST (4.0%) with the combination, and hypertension "
    "(15.2%) and hand-foot skin reaction (12.4%) in the control arm",
    "hypertension (13.1%), proteinuria (4.7%) and increased AST (4.0%) with the combination; hypertension "
    "(15.2%) and hand-foot skin reaction (12.4%) in the control arm",
])
def test_linker_an_arm_named_at_the_end_of_a_clause_owns_its_events(nlp, events):
    rec = record(nlp, "Patients were randomised to tislelizumab plus bevacizumab or investigator's choice of sorafenib "
                      f"or lenvatinib. The most common grade 3-4 TRAEs were {events}.")
    assert rec["adverse_events"] == []
    assert per_arm(rec, "adverse_events", "term", "percent") == [
        [("hypertension", 13.1), ("proteinuria", 4.7), ("aspartate aminotransferase increased", 4)],
        [("hypertension", 15.2), ("hand-foot skin reaction", 12.4)]]


def test_linker_arms_named_within_a_clause_do_not_close_it(nlp):
    rec = record(nlp, "Patients were randomly assigned to group A (sorafenib), group B (lenvatinib) or group C (placebo). "
                      "Fatal hepatic failure occurred in three patients in group A, two in group B, and two in group C.")
    counts = per_arm(rec, "adverse_events", "term", "count")
    assert counts[0] == [("hepatic failure", 3)] and ("hepatic failure", 3) not in counts[1]


def test_linker_a_headline_repeating_an_arm_result_is_not_a_study_result(nlp):
    rec = record(nlp, "- Median overall survival of 20.4 months\n\n"
                      "Patients were randomised to XR-301 plus bevacizumab or sorafenib. Median OS was 20.4 months "
                      "with XR-301 plus bevacizumab versus 15.8 months with sorafenib.")
    assert rec["outcomes"] == []
    assert per_arm(rec, "outcomes", "endpoint", "value") == [[("OS", 20.4)], [("OS", 15.8)]]


@pytest.mark.parametrize("text", [
    "Department of Hepatobiliary Surgery, the Second Hospital, Changsha, China.\n\n"
    "Forty patients received HAIC-FOLFOX plus lenvatinib.",
    "Forty patients received HAIC-FOLFOX plus lenvatinib. Eight patients (20.0%) were successfully downstaged "
    "and received R0 resection.",
])
def test_linker_an_affiliation_or_a_surgery_after_downstaging_is_no_component(nlp, text):
    assert [[c["name"] for c in arm["regimen"]] for arm in record(nlp, text)["arms"]] == \
        [["HAIC", "oxaliplatin", "leucovorin", "fluorouracil", "lenvatinib"]]


def test_linker_after_matching_n_patients_remained_in_each_group(nlp):
    rec = record(nlp, "We retrospectively compared SBRT with repeat TACE. A total of 229 patients were included (SBRT, "
                      "n = 71; repeat TACE, n = 158). After matching, 64 patients remained in each group.")
    assert [arm["n"] for arm in rec["arms"]] == [64, 64]


def test_linker_a_power_assumption_for_each_arm_is_no_result(nlp):
    rec = record(nlp, "Patients were randomised to resection or RFA. The 5-year OS was 70.1% after resection and 66.3% "
                      "after RFA. The trial was powered for superiority assuming a 5-year OS of 75% after resection and "
                      "60% after RFA, so it cannot establish non-inferiority.")
    assert per_arm(rec, "outcomes", "endpoint", "value") == [[("OS", 70.1)], [("OS", 66.3)]]


def test_linker_response_types_in_a_registry_measure_description_are_no_endpoints(nlp):
    rec = record(nlp, "Secondary Outcome Measures\nObjective response rate (ORR)  Proportion of participants with complete "
                      "response or partial response per RECIST 1.1  Every 9 weeks\n")
    assert rec["endpoints"] == [{"name": "ORR", "role": "secondary"}]


@pytest.mark.parametrize("text,endpoints", [
    ("Propensity score matching was used to balance tumour size, alpha-fetoprotein and time to recurrence. "
     "The primary endpoint was local control.", [{"name": "LC", "role": "primary"}]),
    ("Randomisation was stratified by AFP, and the primary endpoint was overall survival.",
     [{"name": "OS", "role": "primary"}]),
])
def test_linker_a_matching_covariate_is_no_endpoint(nlp, text, endpoints):
    assert record(nlp, text)["endpoints"] == endpoints


def test_linker_active_surveillance_arm_is_also_the_surveillance_group(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1:1) to sorafenib plus bevacizumab (n=120), sorafenib alone "
                    "(n=118), or active surveillance (n=121). Median RFS was not reached in the combination group and "
                    "was 20.4 months (15.2-25.9) in the surveillance group. The 12-month RFS was 84.0% with sorafenib "
                    "plus bevacizumab and 70.2% with surveillance.")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("RFS", "median", None), ("RFS", "rate", 84)], [], [("RFS", "median", 20.4), ("RFS", "rate", 70.2)]]


def test_linker_hazard_ratio_written_before_the_arms_it_compares(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib plus TACE (n=150) or lenvatinib (n=150). "
                    "The HR for death with the combination versus lenvatinib was 0.68 (95% CI 0.50-0.92). "
                    "The hazard ratio for progression-free survival for lenvatinib plus TACE vs lenvatinib alone was "
                    "0.55 (95% CI, 0.41-0.73; P < .001).")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("OS", "HR", 0.68, 0.5, 0.92, None), ("PFS", "HR", 0.55, 0.41, 0.73, "<0.001")]


def test_linker_time_from_randomisation_is_no_randomisation_sentence(nlp):
    """"The time from randomisation to surgery was 40 days versus 14 days in the control arm" compares
    durations, not treatments: the arms are the assigned ones."""
    r = record(nlp, "Patients were randomly assigned to neoadjuvant sorafenib followed by hepatectomy or to upfront "
                    "hepatectomy. The median time from randomisation to surgery was 40 days versus 14 days in the "
                    "control arm. RFS was measured from randomization.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["resection", "sorafenib"], ["resection"]]


@pytest.mark.parametrize("scale", ["Clavien-Dindo grade >=III", "Clavien grade 3 or higher", "CTCAE v5.0 grade ≥3"])
def test_linker_a_grade_written_after_the_name_of_its_scale(nlp, scale):
    r = record(nlp, "Patients were randomly assigned to sorafenib or resection. Major complications "
                    f"({scale}) occurred in 4 of 31 (12.9%) patients in the resection arm.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[], [("major complication", ">=3", 4)]]


def test_linker_an_old_abstracts_wording_of_doses_means_and_p_values(nlp):
    r = record(nlp, "Forty patients were randomized to receive lanreotide (n = 20) or placebo (n = 20). Lanreotide "
                    "was given subcutaneously at 120 micrograms daily. The median survival was 30 weeks in the "
                    "lanreotide group and 16 weeks in the placebo group (p less than 0.01), and the mean survival was "
                    "8.1 +/- 4.9 months versus 4.4 +/- 3.0 months. No complete or partial responses were observed in "
                    "either group. In the lanreotide group gallstones occurred in 3 patients and abdominal cramps "
                    "in 2. A sudden death occurred in 1 patient in the lanreotide group.")
    drug = r["arms"][0]["regimen"][0]
    assert (drug["name"], drug["dose"], drug["unit"]) == ("lanreotide", 120, "mcg")
    assert comparisons(r, "endpoint", "p") == [("OS", "<0.01")]
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("OS", "median", 30), ("OS", "mean", 8.1), ("ORR", "rate", 0)],
        [("OS", "median", 16), ("OS", "mean", 4.4), ("ORR", "rate", 0)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("gallstone", None, 3), ("abdominal cramp", None, 2), ("sudden death", "5", 1)], []]


def test_linker_a_short_form_made_of_the_long_forms_letters_names_the_combination(nlp):
    # "AB" stands inside "atezolizumAB" but is no word of it: it is the combination's short form
    r = record(nlp, "Atezolizumab plus bevacizumab versus lenvatinib: a cohort study\n\nBackground: Atezolizumab plus "
                    "bevacizumab (AB) and lenvatinib (LEN) are first-line options. Results: Overall, 700 patients were "
                    "included (AB n = 400; LEN n = 300). Median OS was 19.0 months with AB and 15.2 months with LEN.")
    assert [a["n"] for a in r["arms"]] == [400, 300]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 19)], [("OS", 15.2)]]


def test_linker_a_benefit_seen_in_named_subgroups_gives_no_comparison(nlp):
    r = record(nlp, "Patients received sorafenib or lenvatinib. Median OS was 14.0 vs 12.1 months (HR 0.80, 95% CI "
                    "0.66-0.97). The OS advantage of sorafenib was seen in Child-Pugh A (HR 0.71, 95% CI 0.55-0.90) "
                    "but not in Child-Pugh B (HR 1.10, 0.70-1.72).")
    assert comparisons(r, "endpoint", "value") == [("OS", 0.8)]


def test_linker_an_arms_code_inside_a_count_names_the_arm_of_its_share(nlp):
    r = record(nlp, "Patients were randomly assigned to proton beam therapy (PBT) or radiofrequency ablation (RFA). "
                    "Adverse events of any grade occurred in 50 PBT patients (73.5%) and 61 RFA patients (88.4%); "
                    "grade 3 events occurred in four RFA-treated patients (5.8%).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", "any", 50, 73.5)], [("any adverse event", "any", 61, 88.4), ("any adverse event", "3", 4, 5.8)]]


def test_linker_an_alternative_fractionation_for_some_tumours_is_a_second_component(nlp):
    r = record(nlp, "Patients were randomly assigned to proton beam therapy (PBT) or radiofrequency ablation (RFA). "
                    "PBT was delivered as 66 Gy (RBE) in 10 fractions or, for tumors within 2 cm of the hepatic "
                    "hilum, 72.6 Gy (RBE) in 22 fractions.")
    assert [(c["dose"], c["fractions"]) for c in r["arms"][0]["regimen"]] == [(66, 10), (72.6, 22)]


def test_linker_haic_drugs_listed_after_a_route_take_it_and_the_sessions_interval(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX or TACE. For HAIC, the following were infused "
                    "through the hepatic artery catheter: oxaliplatin 85 mg/m2 over 2 h, leucovorin 400 mg/m2 over 1 h "
                    "and fluorouracil 400 mg/m2 as a bolus. HAIC was repeated every 3 weeks, as in our earlier study "
                    "[9], which reported an objective response rate of 38.5%. Oxaliplatin was reduced by 25% after "
                    "grade 3 neuropathy or thrombocytopenia.")
    drugs = [(c["name"], c.get("route"), c.get("frequency")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"]
    assert drugs == [("oxaliplatin", "intra-arterial", "Q3W"), ("leucovorin", "intra-arterial", "Q3W"),
                     ("fluorouracil", "intra-arterial", "Q3W")]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[], []]
    assert per_arm(r, "adverse_events", "term", "grade") == [[], []]


def test_linker_pairs_of_numbers_joined_by_and_are_one_pair_per_arm_each(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX (n = 150) or TACE (n = 150). Objective responses "
                    "were more frequent with HAIC (44.0% vs 18.0%), and 10 (6.7%) versus 2 (1.3%) had a complete "
                    "response.")
    assert per_arm(r, "outcomes", "value") == [[(44,), (6.7,)], [(18,), (1.3,)]]


def test_linker_deaths_broken_down_in_a_bracket_after_their_count(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib (n = 100) or placebo (n = 100). Treatment-related "
                    "deaths occurred in two patients (hepatitis and bleeding, one each).")
    assert [(e["term"], e["grade"], e["count"]) for e in r["adverse_events"]] == [
        ("any adverse event", "5", 2), ("hepatitis", "5", 1), ("bleeding", "5", 1)]


def test_linker_a_second_arms_count_that_leaves_out_its_noun(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib (n = 100) or placebo (n = 100). Deaths considered "
                    "treatment-related occurred in three patients in the sorafenib group and two in the placebo group. "
                    "Hepatic failure occurred in 12 patients in the sorafenib group and 7 in the placebo group.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 3), ("hepatic failure", None, 12)],
        [("any adverse event", "5", 2), ("hepatic failure", None, 7)]]


def test_linker_patients_assessed_for_eligibility_are_not_the_enrolment(nlp):
    r = record(nlp, "Patients were randomly assigned to DEB-TACE or conventional TACE. Between 2019 and 2021, 140 "
                    "patients were assessed for eligibility and 101 were randomised.")
    assert r["enrollment"]["actual"] == 101


def test_linker_an_anzctr_record_numbers_its_outcomes_and_gives_a_maximum_age(nlp):
    r = record(nlp, "Intervention/exposure\nStereotactic body radiation therapy, 40 Gy in 5 fractions; at least 700 cc "
                    "of uninvolved liver receives less than 15 Gy.\n"
                    "Comparator / control treatment\nConventional TACE with doxorubicin 50 mg/m2 (capped at 75 mg per "
                    "session).\n"
                    "Primary outcome [1]\nOverall survival.\nTimepoint [1]\n3 years.\n"
                    "Secondary outcome [1]\nProgression-free survival.\nTimepoint [1]\n2 years.\n"
                    "Key inclusion criteria\n1. Child-Pugh class A.\nMinimum age\n18 Years\nMaximum age\n70 Years\n")
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}, {"name": "PFS", "role": "secondary"}]
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"] if e["parameter"] == "age"] == [
        ("age", ">=", 18), ("age", "<=", 70)]
    doses = sorted((c["name"], c.get("dose")) for a in r["arms"] for c in a["regimen"] if c.get("dose") is not None)
    assert doses == [("doxorubicin", 50), ("radiotherapy", 40)]


def test_linker_a_bracket_of_doses_after_the_procedure_is_its_contents(nlp):
    r = record(nlp, "Adjuvant hepatic arterial infusion chemotherapy with FOLFOX versus routine follow-up: a randomised "
                    "trial\n\nPatients were randomly assigned (1:1) to adjuvant HAIC or to routine active surveillance. "
                    "HAIC-FOLFOX (oxaliplatin 85 mg/m2 over 2 h, leucovorin 400 mg/m2 over 2 h, and fluorouracil "
                    "400 mg/m2 as a bolus, all infused through a catheter placed in the proper hepatic artery) was "
                    "given every 4 weeks for two cycles.")
    assert [(c["name"], c.get("dose"), c.get("route")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"] == [
        ("oxaliplatin", 85, "intra-arterial"), ("leucovorin", 400, "intra-arterial"), ("fluorouracil", 400, "intra-arterial")]


def test_linker_sizes_of_two_arms_of_one_procedure_named_by_their_codes(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1 to laparoscopic hepatectomy (LH) or open hepatectomy (OH). "
                    "In total, 186 patients were randomised: 94 to LH and 92 to OH.")
    assert [a["n"] for a in r["arms"]] == [94, 92]


def test_linker_a_hyphenated_dose_of_a_single_priming_dose(nlp):
    r = record(nlp, "Patients received DEB-TACE plus tremelimumab and durvalumab. Within 2 weeks they received a single "
                    "300-mg priming dose of tremelimumab plus durvalumab 1,500 mg, both given intravenously.")
    treme = next(c for c in r["arms"][0]["regimen"] if c["name"] == "tremelimumab")
    assert (treme["dose"], treme["unit"], treme["frequency"], treme["route"]) == (300, "mg", "once", "iv")


def test_linker_medians_whose_ci_sits_in_brackets_of_its_own_listed_before_the_unit(nlp):
    r = record(nlp, "Patients were randomized to cabozantinib 40 mg, cabozantinib 60 mg, or matching placebo. Median "
                    "PFS was 4.6 (95% CI [3.5, 5.5]), 5.1 (95% CI [4.0, 6.2]), and 1.8 months (95% CI [1.7, 2.2]) in "
                    "the 40-mg, 60-mg, and placebo arms, respectively.")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low", "ci_high") == [
        [("PFS", 4.6, 3.5, 5.5)], [("PFS", 5.1, 4, 6.2)], [("PFS", 1.8, 1.7, 2.2)]]


def test_linker_a_retrospective_study_names_its_groups_after_what_patients_received(nlp):
    r = record(nlp, "We retrospectively reviewed consecutive patients who received TACE plus lenvatinib and a PD-1 "
                    "inhibitor (TACE-L-P group) or TACE plus lenvatinib (TACE-L group) at two centers. In the TACE-L-P "
                    "group, sintilimab or camrelizumab was administered intravenously at 200 mg every 3 weeks. "
                    "The most frequent grade 3-4 TRAEs in the TACE-L-P group were hypertension (6, 7.9%); in the "
                    "TACE-L group they were hypertension (5, 6.6%).")
    assert len(r["arms"]) == 2
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "3-4", 6)], [("hypertension", "3-4", 5)]]


def test_linker_drugs_given_one_or_another_share_the_details_written_after_the_last(nlp):
    r = record(nlp, "Patients received TACE plus lenvatinib and a PD-1 inhibitor. Sintilimab, camrelizumab or "
                    "tislelizumab was administered intravenously at 200 mg every 3 weeks.")
    assert [(c["name"], c.get("dose"), c.get("frequency"), c.get("route")) for c in r["arms"][0]["regimen"]
            if c["name"] in ("sintilimab", "camrelizumab", "tislelizumab")] == [
        ("sintilimab", 200, "Q3W", "iv"), ("camrelizumab", 200, "Q3W", "iv"), ("tislelizumab", 200, "Q3W", "iv")]


def test_linker_a_hepatology_approach_and_results_section_is_the_studys_own(nlp):
    # Hepatology's headings: the background section ends where "Approach and Results" begins
    r = record(nlp, "Background and Aims: Earlier cohorts suggested a benefit of antiviral therapy.\n\n"
                    "Approach and Results: Patients were randomly assigned to oral entecavir 0.5 mg once daily "
                    "(n = 90) or no antiviral therapy (n = 88). The primary end point was recurrence-free survival "
                    "(RFS). Median RFS was 41.2 and 30.5 months, respectively (HR, 0.74; 95% CI, "
                    "0.55-0.99; P = .04).\n\nConclusions: Entecavir prolonged RFS.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("RFS", "primary")]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 41.2)], [("RFS", 30.5)]]
    assert comparisons(r, "endpoint", "value", "p") == [("RFS", 0.74, "0.04")]


@pytest.mark.parametrize("written, name", [
    ("tenofovir disoproxil fumarate (TDF) 300 mg", "tenofovir disoproxil"),
    ("TDF 300 mg", "tenofovir disoproxil"),
    ("Viread 300 mg", "tenofovir disoproxil"),
    ("tenofovir alafenamide 25 mg", "tenofovir alafenamide"),
])
def test_linker_tenofovir_salts_are_named_by_their_inn(nlp, written, name):
    r = record(nlp, f"Patients were randomised to {written} once daily or entecavir 0.5 mg once daily.")
    assert [c["name"] for c in r["arms"][0]["regimen"]] == [name]
    assert [c["name"] for c in r["arms"][1]["regimen"]] == ["entecavir"]


@pytest.mark.parametrize("sentence", [
    "Intrahepatic recurrence was diagnosed in 41 (45.6%) and 52 (59.1%) patients.",
    "Tumour recurrence was observed in 41 (45.6%) and 52 (59.1%) patients, respectively.",
    "Recurrence developed in 41 (45.6%) and 52 (59.1%) patients.",
])
def test_linker_counts_of_patients_with_recurrence_are_recurrence_rates(nlp, sentence):
    r = record(nlp, "Patients were randomised to sorafenib 400 mg twice daily (n = 90) or placebo (n = 88). " + sentence)
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("TTR", 45.6, 41)], [("TTR", 59.1, 52)]]


def test_linker_a_proprietary_product_named_by_its_dosage_form_is_a_drug(nlp):
    r = record(nlp, "Jinlong Capsule (JLC) is a preparation approved for liver cancer. Patients were randomly "
                    "assigned to oral JLC capsules 1.0 g three times daily (n = 120) or no adjuvant treatment "
                    "(n = 118). The 2-year RFS rate was 58.3% with JLC and 47.5% in the control group.")
    assert [(c["name"], c["dose"], c["unit"], c["frequency"]) for c in r["arms"][0]["regimen"]] == [
        ("jinlong capsule", 1, "g", "TID")]
    assert r["arms"][0]["n"] == 120 and r["arms"][1]["n"] == 118


def test_linker_a_dosage_form_without_any_dose_names_no_product(nlp):
    # "Contrast injection" and "Saline Injection" in a text that doses no granule, capsule or injection
    r = record(nlp, "Contrast injection was given before each scan. Patients were randomised to sorafenib 400 mg "
                    "twice daily or placebo; Saline Injection was the placebo's vehicle.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["sorafenib"], ["placebo"]]


def test_ids_a_citation_export_is_its_first_record_and_a_pubmed_url_gives_the_pmid(nlp):
    text = ("TY  - JOUR\n"
            "TI  - Toripalimab plus HAIC versus HAIC alone: a randomised phase 2 trial\n"
            "AB  - Patients were randomly assigned to toripalimab plus HAIC or HAIC alone (NCT04812345). "
            "The ORR was 46.2% versus 27.0%.\n"
            "UR  - https://pubmed.ncbi.nlm.nih.gov/38652291/\n"
            "ER  - \n\n"
            "TY  - CONF\n"
            "TI  - Lenvatinib with or without HAIC\n"
            "AB  - In this phase 3 trial (NCT04203147), patients were randomised to lenvatinib plus HAIC or "
            "lenvatinib. The ORR was 48.0% versus 19.4%.\n"
            "ER  - \n")
    r = record(nlp, text)
    assert (r["ids"]["nct"], r["ids"]["pmid"]) == (["NCT04812345"], "38652291")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 46.2)], [("ORR", 27)]]


def test_linker_the_pmid_on_a_line_of_its_own_is_the_records_not_a_comments(nlp):
    r = record(nlp, "Patients were randomised to sorafenib 400 mg twice daily or placebo.\n\nComment in\n"
                    "  A second look at adjuvant therapy. Lee A. Hepatol Int. 2024;18:10-12. PMID: 38111111.\n\n"
                    "PMID: 37222222\nDOI: 10.1000/xyz.2023.1")
    assert r["ids"]["pmid"] == "37222222"


@pytest.mark.parametrize("sentence", [
    "No drug-related grade 3 or worse events occurred.",
    "No grade ≥3 events were reported.",
    "No study-drug-related grade 3 or higher events were observed.",
])
def test_linker_no_events_of_a_grade_is_a_count_of_zero(nlp, sentence):
    r = record(nlp, "Patients were randomised to oral sorafenib 400 mg twice daily (n = 60) or no treatment "
                    "(n = 60). Adverse events were mild. " + sentence)
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("any adverse event", ">=3", 0)], []]


@pytest.mark.parametrize("bound", [">=2%", "at least 2%", "≥2%"])
def test_linker_a_reporting_threshold_is_not_a_share(nlp, bound):
    r = record(nlp, "Patients were randomised to sorafenib 400 mg twice daily (n = 60) or placebo (n = 60). "
                    f"In the sorafenib arm, serious adverse events in {bound} of patients included ascites (2.9%) "
                    "and pneumonia (2.5%).")
    assert per_arm(r, "adverse_events", "term", "percent") == [[("ascites", 2.9), ("pneumonia", 2.5)], []]


@pytest.mark.parametrize("sentence, term, percent", [
    ("Permanent discontinuation of sorafenib due to an adverse reaction occurred in 14% of patients.",
     "adverse event leading to discontinuation", 14),
    ("Dosage interruptions due to an adverse reaction occurred in 48% of patients.",
     "adverse event leading to dose interruption", 48),
    ("Dose reductions of study drug due to an adverse event occurred in 31% of patients.",
     "adverse event leading to dose reduction", 31),
])
def test_linker_label_wording_of_treatment_changes_for_adverse_reactions(nlp, sentence, term, percent):
    r = record(nlp, "Patients were randomised to sorafenib 400 mg twice daily (n = 60) or placebo (n = 60). "
                    "In the sorafenib arm: " + sentence)
    assert per_arm(r, "adverse_events", "term", "percent") == [[(term, percent)], []]


def test_linker_the_number_randomised_wins_over_a_safety_populations_size(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib 12 mg orally once daily or sorafenib 400 mg orally "
                    "twice daily.\nSafety population: lenvatinib (N=409), sorafenib (N=405).\n"
                    "A total of 822 patients were randomized: 412 to lenvatinib and 410 to sorafenib.")
    assert [a["n"] for a in r["arms"]] == [412, 410]


SUMMARY_BOX = (
    "Q: Walk us through the design.\n"
    "A: We randomized patients one-to-one to tislelizumab plus sorafenib or to sorafenib alone.\n"
    "Q: What did the trial show?\n"
    "A: Survival was about seventeen months with the combination. Grade 3 or higher events were a little "
    "under 60% with the combination versus about 45% with sorafenib.\n\n"
    "AT A GLANCE\n"
    "Design: randomized, open-label, phase 3; 400 patients randomized 1:1\n"
    "Arms: tislelizumab 200 mg IV q3w + sorafenib (n = 200) vs sorafenib (n = 200)\n"
    "Key eligibility: Child-Pugh A; ECOG PS 0-1; no prior systemic therapy\n"
    "Median OS: 16.9 mo (95% CI, 14.8-19.0) vs 13.1 mo (95% CI, 11.6-14.9); HR 0.76 (95% CI, 0.61-0.94)\n"
    "Grade ≥3 TRAEs: 57.5% vs 45.5%\n"
    "Median follow-up: 20.1 months\n"
)


def test_linker_a_summary_boxs_eligibility_field_heads_its_line_only(nlp):
    r = record(nlp, SUMMARY_BOX)
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 16.9)], [("OS", 13.1)]]
    assert comparisons(r, "endpoint", "value") == [("OS", 0.76)]
    assert ("child_pugh_class", "=", "A") in {(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]}


def test_linker_a_result_said_roughly_gives_way_to_the_exact_one(nlp):
    r = record(nlp, SUMMARY_BOX)
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", ">=3", 57.5)], [("any adverse event", ">=3", 45.5)]]


def test_linker_a_result_said_roughly_and_nowhere_exactly_is_kept(nlp):
    r = record(nlp, "Patients were randomised to sorafenib 400 mg twice daily (n = 60) or placebo (n = 60). Grade 3 "
                    "or higher adverse events occurred in about 40% with sorafenib versus about 20% with placebo.")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", ">=3", 40)], [("any adverse event", ">=3", 20)]]


def test_linker_we_planned_for_is_the_planned_size_and_sizes_in_each_arm_after_it_are_actual(nlp):
    r = record(nlp, "Patients were randomized to sintilimab plus lenvatinib or lenvatinib alone. We planned for 500 "
                    "patients and actually randomized 520, 260 in each arm.")
    assert r["enrollment"]["planned"] == 500
    assert [a["n"] for a in r["arms"]] == [260, 260]


def test_linker_ways_of_giving_one_treatment_written_before_it_are_arms(nlp):
    r = record(nlp, "Patients were randomly assigned (1:1) to voxel-based dosimetry (VBD; at least 250 Gy to the "
                    "tumour) or standard dosimetry (STD; 120 ± 20 Gy to the perfused lobe), both delivered with Y-90 "
                    "glass microspheres. ORR was 68.0% with VBD and 40.0% with STD.")
    assert [(a["label"], [(c["name"], c["dose"], c["unit"]) for c in a["regimen"]]) for a in r["arms"]] == [
        ("voxel-based dosimetry", [("SIRT", 250, "Gy")]), ("standard dosimetry", [("SIRT", 120, "Gy")])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 68)], [("ORR", 40)]]


def test_linker_a_control_named_by_what_it_lacks_takes_the_treatment_given_later(nlp):
    r = record(nlp, "Recipients were randomized intraoperatively 1:1 to everolimus-based or mTOR inhibitor-free "
                    "immunosuppression. The control group received tacrolimus with mycophenolate mofetil 1 g twice "
                    "daily. Tumour recurred in 15 (12.1%) versus 24 (19.5%) patients.")
    assert [[(c["name"], c.get("dose"), c.get("frequency")) for c in a["regimen"]] for a in r["arms"]] == [
        [("everolimus", None, None)], [("tacrolimus", None, None), ("mycophenolate mofetil", 1, "BID")]]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("TTR", 12.1, 15)], [("TTR", 19.5, 24)]]


def test_linker_a_jrct_records_purpose_is_background_and_its_age_fields_are_inclusion(nlp):
    r = record(nlp, "Purpose of the study: In an earlier study of sorafenib plus TACE, progression-free survival was "
                    "25.2 months versus 13.5 months with TACE alone.\n\n"
                    "Intervention(s): Arm A: lenvatinib 12 mg once daily plus TACE. Arm B: TACE alone.\n\n"
                    "Key inclusion criteria:\n1) Child-Pugh class A\n2) AST and ALT <= 5 times the institutional "
                    "upper limit of normal\n\nKey exclusion criteria:\n1) Prior systemic therapy\n\n"
                    "Age minimum: >= 20age old\nAge maximum: <= 85age old\nGender: Both\n")
    assert all(not a["outcomes"] for a in r["arms"]) and r["outcomes"] == []  # the earlier study's medians
    assert {(e["kind"], e["parameter"], e["operator"], e["value"], e.get("unit")) for e in r["eligibility"]} >= {
        ("inclusion", "age", ">=", 20, "years"), ("inclusion", "age", "<=", 85, "years"),
        ("inclusion", "ast", "<=", 5, "xULN"), ("inclusion", "alt", "<=", 5, "xULN")}
    assert not any(e["kind"] == "exclusion" and e["parameter"] == "age" for e in r["eligibility"])


def test_linker_a_simon_designs_null_and_alternative_rates_and_first_stage_are_not_results(nlp):
    r = record(nlp, "Patients received lenvatinib 8 mg once daily plus nivolumab 240 mg every 2 weeks. The study used "
                    "a Simon two-stage design (null ORR 10%, alternative 30%): at least 2 responses among the first 15 "
                    "patients were required to proceed to 35. The ORR was 31.4% (11/35).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 31.4)]]
    assert r["enrollment"]["planned"] != 15


def test_linker_translational_relevance_is_background(nlp):
    r = record(nlp, "Translational Relevance\nEarlier FGFR4 inhibitors produced response rates of 7% to 17%.\n\n"
                    "Results: Patients received fisogatinib 600 mg once daily. The ORR was 24.0% (12/50).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 24)]]
    assert r["outcomes"] == []



@pytest.mark.parametrize("sentence", [
    "Grade 3 events were hyperbilirubinaemia (2 patients) and ascites (one patient).",
    "Grade 3 events occurred in 6 (10.0%) patients: hyperbilirubinaemia (2 patients) and ascites (one patient).",
])
def test_linker_a_count_of_patients_in_brackets_after_an_event_is_its_count(nlp, sentence):
    r = record(nlp, "Patients received sorafenib 400 mg twice daily (n = 60). " + sentence)
    got = {(t, g, c) for t, g, c in per_arm(r, "adverse_events", "term", "grade", "count")[0]}
    assert {("hyperbilirubinemia", "3", 2), ("ascites", "3", 1)} <= got


@pytest.mark.parametrize("sentence", [
    "The most frequent was grade 3 hyperbilirubinaemia (two patients in each group).",
    "Grade 3 hyperbilirubinaemia occurred in two patients in each group.",
])
def test_linker_an_events_count_in_each_group_is_every_arms(nlp, sentence):
    r = record(nlp, "Patients were randomised to sorafenib 400 mg twice daily (n = 60) or placebo (n = 60). " + sentence)
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hyperbilirubinemia", "3", 2)], [("hyperbilirubinemia", "3", 2)]]
    assert r["adverse_events"] == []


def test_linker_one_drug_given_two_ways_with_each_ways_doses_in_its_bracket(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1 to oral lenvatinib given either by a step-up strategy (SU arm: "
                    "4 mg/day on days 1-14 and 8 mg/day on days 15-28) or at the standard dose (SD arm: 8 mg/day on "
                    "days 1-28). In all, 80 patients were randomized (SU arm, n = 41; SD arm, n = 39).")
    assert [(a["n"], [(c["name"], c["dose"], c.get("days")) for c in a["regimen"]]) for a in r["arms"]] == [
        (41, [("lenvatinib", 4, "1-14"), ("lenvatinib", 8, "15-28")]), (39, [("lenvatinib", 8, "1-28")])]


def test_linker_after_which_orders_an_arms_own_treatments(nlp):
    r = record(nlp, "Recipients were randomized 1:1 to everolimus-based or mTOR inhibitor-free immunosuppression. In "
                    "the everolimus group, tacrolimus was given for 4 weeks, after which oral everolimus was started "
                    "at 1 mg twice daily.")
    assert [(c["name"], c.get("dose"), c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("everolimus", 1, "BID"), ("tacrolimus", None, None)]


def test_linker_a_run_in_expansion_label_opens_a_paragraph_about_that_part(nlp):
    r = record(nlp, "This phase Ib/II study escalated lenvatinib (80, 120 and 160 mg once daily) with pembrolizumab "
                    "200 mg every 3 weeks, followed by an expansion at the RP2D. Fifty-six patients were enrolled "
                    "(escalation, n = 16; expansion, n = 40).\n\n"
                    "Expansion: median follow-up was 13.1 months. Median OS had not been reached.\n")
    assert [[(o["endpoint"], o["stat"], o.get("value")) for o in a["outcomes"]] for a in r["arms"]] == [
        [], [("OS", "median", None)]]
    assert r["outcomes"] == []


def test_linker_arm_lines_after_an_em_dash_with_a_drug_the_arm_does_not_get(nlp):
    r = record(nlp, "Treatment arms\n\n"
                    "Arm A — CAM + APA\n"
                    "- Camrelizumab 200 mg IV every 2 weeks\n"
                    "- Apatinib 250 mg orally once daily\n\n"
                    "Arm B — APA alone: apatinib as in Arm A (no camrelizumab).\n\n"
                    "Results: median PFS was 7.9 months in Arm A and 4.6 months in Arm B.\n")
    assert [(a["label"], [(c["name"], c.get("dose")) for c in a["regimen"]]) for a in r["arms"]] == [
        ("Arm A: CAM + APA", [("camrelizumab", 200), ("apatinib", 250)]),
        ("Arm B: apatinib as in Arm A (no camrelizumab).", [("apatinib", 250)])]


def test_linker_a_per_arm_figure_of_the_sample_size_calculation_is_no_arm_size(nlp):
    r = record(nlp, "Patients were randomly assigned to lenvatinib or sorafenib.\n"
                    "Sample size: assuming a median OS of 10 vs 14 months, 80% power and two-sided alpha 0.05, "
                    "120 per arm.\n")
    assert [a["n"] for a in r["arms"]] == [None, None]


def test_linker_results_under_a_sensitivity_analyses_heading_or_an_available_therapy_heading_are_left_out(nlp):
    r = record(nlp, "4.2 Available Therapy\n"
                    "Sorafenib reduced the risk of death versus placebo (HR 0.69; 95% CI: 0.55, 0.87).\n\n"
                    "5.1 Trial Design\n"
                    "Patients were randomized to tavolimab plus sorafenib or placebo plus sorafenib. Overall survival "
                    "was longer with tavolimab plus sorafenib (HR 0.80; 95% CI: 0.66, 0.97; p = 0.021).\n\n"
                    "5.3 Sensitivity and Exploratory Analyses\n"
                    "The unstratified HR was 0.83 (95% CI: 0.69, 1.00). By investigator assessment, median PFS was "
                    "6.1 versus 4.9 months (HR 0.77; 95% CI: 0.64, 0.93).\n")
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.8, "0.021")]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[], []]


def test_linker_a_uk_registry_pages_fields_and_its_basic_results_summary(nlp):
    r = record(nlp, "Intervention\n"
                    "Participants are randomised 1:1 to:\n"
                    "Arm A - SBRT: 45 Gy in 5 fractions on alternate days.\n"
                    "Arm B - conventional TACE (cTACE): injection of epirubicin 50 mg emulsified in Lipiodol.\n\n"
                    "Participant inclusion criteria\n"
                    "1. Up to 3 lesions, each no greater than 70 mm in maximum diameter\n\n"
                    "Target number of participants\n140\n\n"
                    "Total final enrolment\n102\n\n"
                    "Sponsor information\nA University Hospital\n\n"
                    "Basic results summary (added 01/02/2024)\n"
                    "- Complete response of the treated lesion at 6 months: 30/51 (58.8%) vs 20/51 (39.2%), p=0.04\n"
                    "- Post-embolisation syndrome occurred in 25 cTACE participants (49.0%).\n")
    assert r["enrollment"] == {"actual": 102, "planned": 140}
    assert [[(c["name"], c.get("dose")) for c in a["regimen"]] for a in r["arms"]] == [
        [("radiotherapy", 45)], [("TACE", None), ("epirubicin", 50), ("lipiodol", None)]]
    assert [(e["kind"], e["parameter"], e["operator"], e["value"], e["unit"]) for e in r["eligibility"]] == [
        ("inclusion", "tumor_size", "<=", 7, "cm")]
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [[("CR", 58.8, 30)], [("CR", 39.2, 20)]]
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [[], [("post-embolization syndrome", 25, 49)]]


def test_linker_a_single_median_after_a_non_inferiority_statement_is_the_subject_arms(nlp):
    # the bracket follows the comparator's name, but the one median in it is the subject's
    r = record(nlp, "Patients were randomly assigned to sorafenib 400 mg twice daily or lenvatinib 12 mg once daily. "
                    "Lenvatinib was non-inferior to sorafenib for overall survival (median 13.6 months [12.1-14.9]; "
                    "HR 0.92, 95% CI 0.79-1.06). Progression-free survival was longer with lenvatinib than with "
                    "sorafenib (7.4 vs 3.7 months).")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low") == [
        [("PFS", 3.7, None)], [("OS", 13.6, 12.1), ("PFS", 7.4, None)]]


def test_linker_the_size_of_the_x_alone_group_when_every_arm_has_x(nlp):
    # both arms' TACE carries its drugs, so only "-alone" tells the groups apart
    r = record(nlp, "Patients were randomly assigned (1:1) to TACE plus apatinib (apatinib group) or TACE alone. "
                    "TACE consisted of epirubicin 30-60 mg emulsified with 5-15 mL lipiodol. Of 290 patients "
                    "randomly assigned (146 to the apatinib group and 144 to the TACE-alone group), all were treated.")
    assert [a["n"] for a in r["arms"]] == [146, 144]


def test_linker_groups_described_one_sentence_each_with_on_this_basis(nlp):
    # the English of many Chinese-journal abstracts: named groups, "on this basis", "mg/time", means with SD
    r = record(nlp, "Methods A total of 80 cases of patients with primary liver cancer (Child-Pugh grade A or B, "
                    "expected survival time >=3 months) admitted to our hospital were selected and randomly divided "
                    "into the study group and the control group, with 40 cases in each group. The "
                    "control group was given TACE: the emulsion consisted of epirubicin 50 mg and iodized oil 10 mL. "
                    "The study group was given sorafenib on this basis, 400 mg/time, twice a day, taken orally; 4 weeks "
                    "was one course of treatment.\n"
                    "Results There was no significant difference in baseline data (P>0.05); the control group "
                    "included 21 males and 19 females, aged 40-72 years, with an average age of (57.3+/-6.8) years. "
                    "The total effective rate (CR+PR) of the study group was 55.00% (22/40), higher than "
                    "35.00% (14/40) of the control group (P<0.05). The TTP of the study group was (8.61+/-2.04) months, "
                    "which was longer than (6.12+/-1.87) months of the control group (P<0.05).\n"
                    "[References]\n[1] LI Y. Sorafenib 200 mg/d after TACE: 60 cases[J]. J Hepatol Chin, 2019.\n")
    assert [a["label"].split(" (")[0] for a in r["arms"]] == ["study group", "control group"]
    assert [a["n"] for a in r["arms"]] == [40, 40]
    assert [sorted((c["name"], c.get("dose"), c.get("frequency"), c.get("cycle_days")) for c in a["regimen"])
            for a in r["arms"]] == [
        [("TACE", None, None, None), ("epirubicin", 50, None, None), ("lipiodol", 10, None, None),
         ("sorafenib", 400, "BID", 28)],
        [("TACE", None, None, None), ("epirubicin", 50, None, None), ("lipiodol", 10, None, None)]]
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("ORR", "rate", 55.0), ("TTP", "mean", 8.61)], [("ORR", "rate", 35.0), ("TTP", "mean", 6.12)]]
    assert [e["name"] for e in r["endpoints"]] == ["ORR", "TTP"]
    assert [(e["parameter"], e["value"]) for e in r["eligibility"]] == [
        ("child_pugh_class", "A,B"), ("life_expectancy", 3)]


def test_linker_what_some_patients_of_a_group_received_after_progression_is_not_its_regimen(nlp):
    r = record(nlp, "Patients were assigned to TACE plus lenvatinib (TACE-L group) or TACE alone (TACE group). The "
                    "median number of sessions was 2 in the TACE-L group and 3 in the TACE group; after progression, "
                    "41 patients in the TACE group received sorafenib.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "lenvatinib"], ["TACE"]]


def test_linker_a_patient_facing_trial_page_in_plain_english(nlp):
    r = record(nlp, "A trial of sorafenib with or without radiotherapy for liver cancer\n\n"
                    "The main aim of the trial is to find out if radiotherapy as well as sorafenib helps people live "
                    "longer. The team also want to find out how long people live without their cancer getting worse "
                    "and how many people's cancer shrinks.\n\n"
                    "Who can enter\nYou may be able to join this trial if all of the following apply. You:\n"
                    "- are well enough to look after yourself (performance status 0 or 1)\n"
                    "- are at least 18 years old\n\n"
                    "Who can't take part\nYou cannot join this trial if any of these apply. You:\n"
                    "- have a tumour that is bigger than 12 cm across\n\n"
                    "Trial design\nThe team need 120 people to take part. People are put into 1 of 2 groups by a "
                    "computer.\n- Group 1 have sorafenib\n- Group 2 have radiotherapy and then sorafenib\n\n"
                    "You take sorafenib as tablets twice a day. Each cycle lasts 3 weeks. You see the doctor every "
                    "2 weeks for the first 2 cycles of sorafenib.\n")
    assert r["enrollment"]["planned"] == 120
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("PFS", None), ("ORR", None)]
    assert [(e["kind"], e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("inclusion", "ecog", "<=", 1), ("inclusion", "age", ">=", 18), ("exclusion", "tumor_size", ">", 12)]
    sorafenib = [[(c.get("frequency"), c.get("cycle_days")) for c in a["regimen"] if c["name"] == "sorafenib"]
                 for a in r["arms"]]
    assert sorafenib == [[("BID", 21)], [("BID", 21)]]


def test_linker_a_single_arm_dosed_in_an_approach_and_results_section(nlp):
    # Hepatology's "Approach and results" holds the methods: its dosing sentence states the regimen
    r = record(nlp, "Background and aims: Neoadjuvant therapy may lower recurrence.\n"
                    "Approach and results: In this single-arm phase 2 trial, patients received nivolumab 240 mg IV "
                    "every 2 weeks for three doses before hepatectomy. Of 25 patients, 22 underwent resection; the "
                    "median PFS was 14.1 months.\n"
                    "Conclusions: Neoadjuvant nivolumab is feasible.")
    assert per_arm(r, "regimen", "name", "dose", "frequency", "route")[0] == [
        ("nivolumab", 240, "Q2W", "iv")]


@pytest.mark.parametrize("closing", ["These results support randomized evaluation of the combination.",
                                     "Randomized trials of the combination against sorafenib are warranted.",
                                     "A larger randomised trial is needed."])
def test_linker_a_randomised_trial_the_text_calls_for_does_not_make_this_one_randomised(nlp, closing):
    r = record(nlp, "In this open-label phase II study, 40 patients received lenvatinib 8 mg once daily plus "
                    "pembrolizumab 200 mg every 3 weeks. The ORR was 35%. " + closing)
    assert r["randomized"] is False


def test_linker_an_eudract_event_with_its_occurrences_row_and_numbered_secondary_end_points(nlp):
    r = record(nlp, "A.3 Full title of the trial\tA randomised phase III trial of donafenib versus sorafenib in "
                    "advanced hepatocellular carcinoma\n"
                    "E.5.1 Primary end point(s)\tOverall survival\n"
                    "E.5.2 Secondary end point(s)\t1. Time to progression; 2. Safety: adverse events graded with "
                    "CTCAE v5.0; 3. Quality of life (EQ-5D)\n\n"
                    "Adverse events information\n"
                    "Non-serious adverse events\tDonafenib\tSorafenib\n"
                    "Total subjects affected by non-serious adverse events\n"
                    "subjects affected / exposed\t30 / 60 (50.00%)\t45 / 61 (73.77%)\n"
                    "Fatigue\n"
                    "subjects affected / exposed\t12 / 60 (20.00%)\t20 / 61 (32.79%)\n"
                    "occurrences (all)\t14\t25\n"
                    "Hypertension\n"
                    "subjects affected / exposed\t3 / 60 (5.00%)\t18 / 61 (29.51%)\n"
                    "occurrences (all)\t3\t19\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [
        ("OS", "primary"), ("TTP", "secondary"), ("AE", "secondary"), ("QOL", "secondary")]
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("non-serious adverse event", 30), ("fatigue", 12), ("hypertension", 3)],
        [("non-serious adverse event", 45), ("fatigue", 20), ("hypertension", 18)]]


def test_linker_an_estimated_survival_is_a_result_and_an_expected_survival_threshold_a_criterion(nlp):
    r = record(nlp, "Patients (Child-Pugh A, expected survival time >=3 months) were randomly assigned to sorafenib "
                    "400 mg twice daily or lenvatinib 12 mg once daily. The estimated survival was 45.6% versus 33.8% "
                    "at 24 months with lenvatinib and sorafenib, respectively.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("OS", 24, 33.8)], [("OS", 24, 45.6)]]
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]][-1] == ("life_expectancy", ">=", 3)


def test_linker_a_registry_arm_blocks_target_is_the_arms_plan_not_the_trials(nlp):
    """CRIS writes each arm's planned size in its block ("Arm 1" / "Arm Label" / "Target Number of
    Participant 40"); the trial's target comes later in its own field, the actual count in another."""
    r = record(nlp, "Number of Arms              2\nArm 1\n  Arm Label                       Drug X\n"
                    "  Target Number of Participant    40\n  Arm Type                        Experimental\n"
                    "Arm 2\n  Arm Label                       Placebo\n  Target Number of Participant    40\n\n"
                    "Recruitment Status\nTarget Number of Participant  80\nActual Number of Participant  72\n")
    assert r["enrollment"] == {"planned": 80, "actual": 72}


@pytest.mark.parametrize("sentence,endpoint,measure", [
    ("The relative risk of recurrence in IFN-treated patients compared with controls was 0.58 (95% confidence "
     "interval, 0.38-0.89; P = .012).", "TTR", "RR"),
    ("The relative risk of death was 0.58 (95% confidence interval, 0.38-0.89; P = .012).", "OS", "RR"),
    ("Recurrence-free survival was longer with IFN (hazard ratio for recurrence 0.58; 95% CI, 0.38-0.89; "
     "P = .012).", "RFS", "HR"),
])
def test_linker_a_ratio_of_an_event_compares_that_events_endpoint(nlp, sentence, endpoint, measure):
    r = record(nlp, "Patients were randomly assigned to interferon alfa-2b 3 MU three times a week (IFN group, "
                    "n = 70) or no further treatment (control group, n = 71). " + sentence)
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        (endpoint, measure, 0.58, 0.38, 0.89, "0.012")]


def test_linker_a_count_with_its_share_of_the_arm_and_a_clause_of_its_own_after_a_semicolon(nlp):
    """"41 (58.6%) of the 70 patients": the total after the share; "grade 3 or 4 neutropenia in 6
    (8.6%); 11 patients (15.7%) stopped early": the count after ";" opens its own clause."""
    r = record(nlp, "Patients were randomly assigned to interferon alfa-2b 3 MU three times a week (IFN group, "
                    "n = 70) or no further treatment (control group, n = 71). Recurrence was observed in 41 "
                    "(58.6%) of the 70 patients in the IFN group. Grade 3 or 4 neutropenia occurred in 6 "
                    "(8.6%); 11 patients (15.7%) stopped interferon early.")
    ifn, control = r["arms"]
    assert [(o["endpoint"], o["count"], o["total"], o["value"]) for o in ifn["outcomes"]] == [("TTR", 41, 70, 58.6)]
    assert [(e["term"], e["grade"], e["count"]) for e in ifn["adverse_events"]] == [("neutropenia", "3-4", 6)]
    assert control["adverse_events"] == []


def test_linker_a_lettered_list_of_four_arms_and_each_procedures_own_contents(nlp):
    """"to (A) cTACE alone, (B) cTACE plus X, (C) DEB-TACE alone or (D) DEB-TACE plus X": four arms,
    named "arm A" to "arm D"; "cTACE used epirubicin ...; DEB-TACE used ... doxorubicin ...": each
    procedure's drugs are its own arms'."""
    r = record(nlp, "Patients were randomly assigned 1:1:1:1 to (A) cTACE alone, (B) cTACE plus lenvatinib, (C) "
                    "DEB-TACE alone or (D) DEB-TACE plus lenvatinib. cTACE used epirubicin 40 mg emulsified in "
                    "10 mL Lipiodol; DEB-TACE used microspheres loaded with doxorubicin 60 mg. Grade 3 hypertension "
                    "occurred in 12.5% of arm B and 10.0% of arm D.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "epirubicin", "lipiodol"], ["TACE", "epirubicin", "lenvatinib", "lipiodol"],
        ["DEB-TACE", "doxorubicin"], ["DEB-TACE", "doxorubicin", "lenvatinib"]]
    assert [[e["percent"] for e in a["adverse_events"]] for a in r["arms"]] == [[], [12.5], [], [10.0]]


def test_linker_a_peptide_vaccine_given_weekly_then_every_four_weeks_at_one_dose(nlp):
    """A -motide INN is a drug; "1 mg (0.2 mg of each peptide, emulsified in an adjuvant)" is one dose
    of 1 mg, and the route and schedule after the vehicle's bracket are the vaccine's; "weekly for
    four doses (days 1, 8, 15 and 22), then every 4 weeks": a component per phase."""
    r = record(nlp, "Patients were randomly assigned to selumotide alone or active surveillance. Selumotide 2 mg "
                    "(0.4 mg of each peptide, emulsified in Montanide ISA 51 VG) was injected subcutaneously weekly "
                    "for four priming doses (days 1, 8, 15 and 22), then every 4 weeks up to week 48.")
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["arms"][0]["regimen"]] == [
        {"kind": "drug", "name": "selumotide", "dose": 2, "unit": "mg", "frequency": "QW", "days": "1,8,15,22",
         "route": "sc"},
        {"kind": "drug", "name": "selumotide", "dose": 2, "unit": "mg", "frequency": "Q4W", "route": "sc"}]


def test_linker_vaccine_trial_results_immune_responses_and_a_second_ratio_of_a_three_arm_trial(nlp):
    """An ELISpot response is no tumour response, responders against non-responders no comparison of
    arms; "0.54 (...) for A plus B and 0.79 (...) for A alone": the second arm's ratio too."""
    r = record(nlp, "Patients were randomly assigned to selumotide alone, selumotide plus durvalumab, or active "
                    "surveillance. Compared with surveillance, the HR for recurrence or death was 0.54 (95% CI 0.33 "
                    "to 0.88; p=0.013) for selumotide plus durvalumab and 0.79 (95% CI 0.50 to 1.25; p=0.31) for "
                    "selumotide alone. ELISpot responses developed in 29 of 46 (63.0%) and 36 of 47 (76.6%) "
                    "vaccinated patients; ELISpot responders had longer RFS than non-responders (HR 0.41, 95% CI "
                    "0.20 to 0.84). Injection-site reactions occurred in 36 (78.3%) patients receiving selumotide "
                    "and 38 (80.9%) receiving selumotide plus durvalumab, all grade 1-2.")
    assert comparisons(r, "endpoint", "value", "ci_low", "p") == [
        ("RFS", 0.54, 0.33, "0.013"), ("RFS", 0.79, 0.5, "0.31")]
    assert all(o["endpoint"] != "ORR" for a in r["arms"] for o in a["outcomes"])
    assert [[(e["term"], e["grade"], e["count"]) for e in a["adverse_events"]] for a in r["arms"]] == [
        [("injection-site reaction", "1-2", 36)], [("injection-site reaction", "1-2", 38)], []]


def test_linker_a_first_arms_count_before_a_long_arm_description_is_no_enrolment(nlp):
    """"One hundred and fifty were randomly assigned to A (..., in which ..., ...), and 150 to B": the
    first count is an arm's, however long its description; the enrolment is the 300 enrolled."""
    r = record(nlp, "The trial enrolled 300 patients at 11 hospitals. One hundred and fifty were randomly assigned "
                    "to percutaneous microwave ablation (MWA), in which a thin antenna guided by ultrasound heats "
                    "and destroys the tumour, and 150 to laparoscopic liver resection (LLR).")
    assert r["enrollment"]["actual"] == 300


def test_linker_toxic_effects_graded_are_adverse_events_of_each_arm(nlp):
    # the house style of some journals writes "toxic effects" for toxicity
    r = record(nlp, "Patients were randomized to SBRT (n = 50) or TACE (n = 52). Grade 3 or higher toxic effects "
                    "occurred in 5 patients (10.0%) after SBRT and 15 patients (28.8%) after TACE (P = .02).")
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("any adverse event", ">=3", 5, 10.0)], [("any adverse event", ">=3", 15, 28.8)]]
    assert comparisons(r, "endpoint", "p") == [("AE", "0.02")]


def test_linker_a_single_arms_infusion_interval_and_an_earlier_trials_number_and_design(nlp):
    # the drugs infused through HAIC take its interval in a single-arm study too, and a drug with a
    # schedule of its own after the procedure's keeps its own; the number and the
    # randomisation of "our earlier randomised trial" are that trial's; a two-stage design's rates are
    # assumptions; a target enrolment said in prose is the planned size
    r = record(nlp, "This single-arm phase 2 trial was approved by the ethics committee of each centre and "
                    "registered at ClinicalTrials.gov (NCT01234567). FOLFOX (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 "
                    "and fluorouracil 400 mg/m2) was infused through the hepatic artery as in our earlier randomised trial "
                    "(NCT07654321). HAIC was repeated every 3 weeks, with lenvatinib 8 mg once daily. Using Simon's "
                    "two-stage design, an ORR of 20% was considered uninteresting and 40% promising (one-sided "
                    "alpha 0.05, power 80%); 40 patients were needed, and target enrolment was set at 44 to allow "
                    "for dropout. The ORR was 41.5%.")
    assert r["ids"]["nct"] == ["NCT01234567"]
    assert (r["randomized"], r["enrollment"]["planned"]) == (False, 44)
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"]] == [
        ("oxaliplatin", "Q3W"), ("leucovorin", "Q3W"), ("fluorouracil", "Q3W"), ("HAIC", "Q3W"), ("lenvatinib", "QD")]
    assert [(o["endpoint"], o["value"]) for o in r["arms"][0]["outcomes"]] == [("ORR", 41.5)]


def test_linker_a_code_named_by_what_its_arm_received_and_counts_before_coded_shares(nlp):
    # "RT-S" is defined only by what its patients received; "45 RT-S patients (46.4%)" and "12 S
    # patients (12.1%)" are each the share of the arm named in the count ("S" inside "RT-S" is no
    # reference to the S arm)
    r = record(nlp, "Patients were randomised to radiotherapy plus sorafenib or to sorafenib alone (S). Patients "
                    "allocated to the RT-S arm received intensity-modulated radiotherapy; sorafenib 400 mg twice "
                    "daily was given in both arms. In all, 196 were randomised: 97 to RT-S and 99 to sorafenib. "
                    "An objective response was achieved in 45 RT-S patients (46.4%) and 12 S patients (12.1%). "
                    "Median OS was 15.2 months with RT-S.")
    assert r["arms"][0]["n"] == 97
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("ORR", 46.4, 45), ("OS", 15.2, None)], [("ORR", 12.1, 12)]]


def test_linker_a_treatment_named_group_that_received_more_without_another_is_not_renamed(nlp):
    r = record(nlp, "Patients were randomised to TACE plus RFA or RFA alone. Patients in the RFA group underwent the "
                    "same ablation without prior TACE. Median RFS was 20.1 months in the TACE plus RFA group and "
                    "15.2 months in the RFA group.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 20.1)], [("RFS", 15.2)]]


def test_linker_lettered_groups_named_by_what_their_patients_received(nlp):
    # arms from the title; "group A" and "group B" named only by what their patients received, the
    # first also given a hepatectomy its title arm does not list
    r = record(nlp, "Neoadjuvant Lenvatinib Plus Sintilimab vs Upfront Hepatectomy for Resectable Hepatocellular "
                    "Carcinoma: A Randomized Clinical Trial\n\nMETHODS\nPatients were randomized 1:1 to group A or "
                    "group B. Patients in group A received 3 cycles of lenvatinib (8 mg/d orally) plus sintilimab "
                    "(200 mg every 3 weeks), followed by hepatectomy. Patients in group B underwent hepatectomy "
                    "within 3 weeks.\n\nRESULTS\nMedian RFS was 11.9 months in group B and 19.4 months in group A.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 19.4)], [("RFS", 11.9)]]


def test_linker_lettered_groups_named_by_short_forms_of_their_treatments(nlp):
    # arms from the title; "Arm A (TACE-R-C)" and "Arm B (TACE-C)" name them by their treatments'
    # starts, each part a different treatment (so "TACE-R-C" is not the arm without R), and the
    # results use the letters
    r = record(nlp, "TACE plus regorafenib and camrelizumab versus TACE plus camrelizumab for intermediate "
                    "hepatocellular carcinoma: a randomised trial\n\nMethods: Patients were randomly allocated to "
                    "Arm A (TACE-R-C) or Arm B (TACE-C). In Arm A, regorafenib 80 mg once daily was added.\n\n"
                    "Results: 120 patients were randomised: 61 to Arm A and 59 to Arm B. Median PFS was 9.9 months "
                    "in Arm B and 12.5 months in Arm A.")
    assert [a["n"] for a in r["arms"]] == [61, 59]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 12.5)], [("PFS", 9.9)]]
    assert regimen(r["arms"][0]) >= {("regorafenib", 80, "mg", "QD")}


def test_linker_a_one_part_short_form_two_arms_fit_names_no_arm(nlp):
    # "Arm A (SOR)" fits both arms (each has sorafenib): no letter is given to either
    r = record(nlp, "Patients were randomised to sorafenib plus HAIC or sorafenib alone. Arm A (SOR) and Arm B "
                    "(SOR) were stratified by centre. Median OS was 11.2 months in Arm A.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[], []]


def test_linker_a_clause_about_a_lettered_arm_gives_it_its_treatments(nlp):
    r = record(nlp, "Patients were randomly assigned to sorafenib plus HAIC (Arm 1) or sorafenib alone (Arm 2). "
                    "In Arm 1, 50 mg/m2 cisplatin (day 1) and fluorouracil 1 g/m2 d1,8 were infused into the "
                    "hepatic artery.")
    one = {c["name"]: c for c in r["arms"][0]["regimen"]}
    assert (one["cisplatin"]["dose"], one["cisplatin"]["route"], one["fluorouracil"]["days"]) == (50, "intra-arterial", "1,8")
    assert {c["name"] for c in r["arms"][1]["regimen"]} == {"sorafenib"}


@pytest.mark.parametrize("written", ["800 mg per day (400 mg b.i.d.)", "400 mg twice daily (800 mg/day)",
                                     "400 mg twice daily (i.e., 800 mg daily)"])
def test_linker_a_dose_written_two_ways_is_one_component(nlp, written):
    r = record(nlp, f"Patients received sorafenib orally at {written} until progression.")
    assert regimen(r["arms"][0]) == {("sorafenib", 400, "mg", "BID")}


def test_linker_two_doses_a_day_offered_as_alternatives_stay_two(nlp):
    r = record(nlp, "Patients received sorafenib 400 mg twice daily or 800 mg once daily until progression.")
    assert regimen(r["arms"][0]) == {("sorafenib", 400, "mg", "BID"), ("sorafenib", 800, "mg", "QD")}


def test_linker_a_per_cycle_total_restated_in_a_bracket_is_no_second_dose(nlp):
    r = record(nlp, "Patients received gemcitabine 1 g/m2 on days 1 and 8 of 21-day cycles (i.e., gemcitabine "
                    "2 g/m2 per cycle).")
    assert regimen(r["arms"][0]) == {("gemcitabine", 1, "g/m2", None)}


def test_linker_a_death_after_a_graded_total_is_not_its_second_value(nlp):
    # "and one patient (1.0%) died of X": a grade 5 X, not a second number of the grade 3-4 events
    r = record(nlp, "Patients received sorafenib 400 mg twice daily. Grade 3-4 adverse events occurred in 21 "
                    "(21.4%) patients, and one patient (1.0%) died of hepatic failure.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "3-4", 21), ("hepatic failure", "5", 1)]]


def test_linker_not_reached_with_its_abbreviation_heads_a_pair_of_medians(nlp):
    # "(NR; 95% CI ...)": the abbreviation is no second median, and the bracket's ";" ends no clause
    r = record(nlp, "Patients were randomly assigned to lenvatinib plus TACE or lenvatinib alone. Median PFS was "
                    "9.1 months with lenvatinib plus TACE and 5.2 months with lenvatinib alone. Median OS was not "
                    "reached (NR; 95% CI 17.2-NR) vs 14.4 mo (95% CI 11.0-17.9).")
    assert per_arm(r, "outcomes", "endpoint", "value", "ci_low") == [
        [("PFS", 9.1, None), ("OS", None, 17.2)], [("PFS", 5.2, None), ("OS", 14.4, 11.0)]]


def test_linker_registry_outcome_type_field_gives_the_role(nlp):
    r = record(nlp, "Interventions:\nGroup: RFA group\nIntervention: Radiofrequency ablation\n\nGroup: LR group\n"
                    "Intervention: Liver resection\n\nOutcomes:\nOutcome: Overall survival\nOutcome type: Primary "
                    "indicator\n\nOutcome: Recurrence-free survival\nOutcome type: Secondary indicator\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("RFS", "secondary")]


def test_linker_expansion_at_the_dose_the_mtd_was_not_a_level_of_the_methods(nlp):
    # the methods list the levels and say the expansion was "treated at the RP2D"; the results say
    # which dose that was, and a paragraph opening on the patients treated at it is about that arm
    r = record(nlp, "Methods: In this phase I/II study, patients received XR-101 orally at 50, 100, 200 or 300 "
                    "mg/day in 21-day cycles; the phase II expansion cohort was treated at the recommended phase 2 "
                    "dose (RP2D).\nResults: Thirty patients were enrolled. The MTD and RP2D was 200 mg once daily. "
                    "Among the 20 patients treated at the RP2D, the ORR was 15.0% (3/20). Median PFS was 3.9 months.")
    expansion = next(a for a in r["arms"] if a["label"].startswith("expansion"))
    assert [(c["dose"], c["frequency"]) for c in expansion["regimen"]] == [(200, "QD")]
    assert [(o["endpoint"], o["value"]) for o in expansion["outcomes"]] == [("ORR", 15.0), ("PFS", 3.9)]


def test_linker_an_arm_named_after_versus_is_the_comparator_not_the_values_arm(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib or sorafenib. Lenvatinib achieved a median OS of 16.9 "
                    "months versus sorafenib (HR 0.92).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 16.9)], []]


def test_linker_a_day_counted_from_an_event_is_no_day_of_a_cycle(nlp):
    r = record(nlp, "Patients received lenvatinib 8 mg once daily, and TACE with epirubicin 50 mg was performed on "
                    "day 2 after the first dose of lenvatinib.")
    assert {c["name"]: c.get("days") for c in r["arms"][0]["regimen"]} == {
        "lenvatinib": None, "TACE": None, "epirubicin": None}


def test_linker_response_categories_listed_in_a_rate_definition_are_no_endpoints(nlp):
    r = record(nlp, "Secondary Outcome Measures:\nDisease control rate (DCR) | Proportion of participants with CR, PR "
                    "or stable disease. | Up to 24 months\n")
    assert r["endpoints"] == [{"name": "DCR", "role": "secondary"}]


def test_linker_toxicity_in_a_stopping_rule_is_no_adverse_event(nlp):
    r = record(nlp, "Tislelizumab 200 mg is given every three weeks until disease progression, unacceptable "
                    "toxicity or a maximum of 2 years.")
    assert r["arms"][0]["adverse_events"] == []


@pytest.mark.parametrize("second", ["With donafenib it was 5.4 months (HR 0.82; 95% CI 0.70-0.95).",
                                    "The corresponding figure with donafenib was 5.4 months (HR 0.82; 95% CI 0.70-0.95)."])
def test_linker_a_sentence_referring_back_takes_the_endpoint_before(nlp, second):
    r = record(nlp, "Patients were randomized to donafenib or sorafenib. Median PFS with sorafenib was 3.6 months. "
                    + second)
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 5.4)], [("PFS", 3.6)]]
    assert comparisons(r, "endpoint", "value") == [("PFS", 0.82)]


def test_linker_it_was_without_a_number_after_it_refers_to_no_endpoint(nlp):
    r = record(nlp, "Patients were randomized to donafenib or sorafenib. The median OS was 12.1 months with "
                    "donafenib. It was well tolerated, with 10.3% discontinuing.")
    assert r["outcomes"] == [] and per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 12.1)], []]


@pytest.mark.parametrize("hypothesis", ["; the null hypothesis of a median PFS of 3 months was tested against 5 months.",
                                        ", with a null hypothesis of a 6-month PFS rate of 40% and an alternative of 60%."])
def test_linker_the_primary_endpoint_before_the_statistical_hypotheses_is_read(nlp, hypothesis):
    r = record(nlp, "The primary endpoint was progression-free survival" + hypothesis + " Secondary endpoints were OS "
                    "and safety.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("PFS", "primary"), ("OS", "secondary"), ("AE", "secondary")]
    assert r["outcomes"] == [] and r["arms"][0]["outcomes"] == []


def test_linker_a_regimen_all_the_patients_also_received_is_every_arms(nlp):
    r = record(nlp, "Patients were randomly assigned to receive propranolol 20 mg orally twice a day or matching "
                    "placebo; all the patients also received atezolizumab (1200 mg) plus bevacizumab (15 mg per "
                    "kilogram) intravenously every 3 weeks.")
    assert [regimen(a) for a in r["arms"]] == [
        {("propranolol", 20, "mg", "BID"), ("atezolizumab", 1200, "mg", "Q3W"), ("bevacizumab", 15, "mg/kg", "Q3W")},
        {("placebo", None, None, None), ("atezolizumab", 1200, "mg", "Q3W"), ("bevacizumab", 15, "mg/kg", "Q3W")}]


def test_linker_poster_bullets_wrapped_without_indent(nlp):
    # a poster copied from a PDF: each bullet wraps onto lines without indent; an arm's bullet gives
    # the treatment its heading names, a criteria bullet ends at the next bullet, and a background
    # bullet or a stratification factor is no criterion
    r = record(nlp, "BACKGROUND\n• TACE response falls for tumors larger than 7 cm.\n\nMETHODS\n"
                    "• Randomized (1:1); stratification by tumor size (≤10 vs >10 cm).\n"
                    "• Key eligibility: unresectable HCC with largest tumor ≥7 cm; no macro-\n"
                    "vascular invasion; Child-Pugh A.\n"
                    "• HAIC arm: oxaliplatin 130 mg/m² and leucovorin 400 mg/m², then 5-FU 2,400 mg/m² over 46 h,\n"
                    "all infused through a catheter in the hepatic artery; repeated every 21 days.\n"
                    "• TACE arm: epirubicin 50 mg emulsified with\nlipiodol; repeated on demand.\n"
                    "• Primary endpoint: OS. Secondary endpoints: PFS and ORR.\n")
    assert [{c["name"] for c in a["regimen"]} for a in r["arms"]] == [
        {"HAIC", "oxaliplatin", "leucovorin", "fluorouracil"}, {"TACE", "epirubicin", "lipiodol"}]
    assert {c["name"]: (c.get("frequency"), c.get("route")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"} == {
        "oxaliplatin": ("Q3W", "intra-arterial"), "leucovorin": ("Q3W", "intra-arterial"),
        "fluorouracil": ("Q3W", "intra-arterial")}
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"] if e["parameter"] == "tumor_size"] == [
        ("tumor_size", ">=", 7)]
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("PFS", "secondary"), ("ORR", "secondary")]


def test_linker_alive_and_recurrence_free_written_open_is_rfs(nlp):
    r = record(nlp, "Patients were randomized to sintilimab or placebo. At 24 months, 70.9% of the sintilimab group "
                    "and 54.6% of the placebo group remained alive and recurrence free.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("RFS", 24, 70.9)], [("RFS", 24, 54.6)]]


def test_linker_an_endpoint_that_served_as_the_primary_is_primary(nlp):
    r = record(nlp, "RFS per independent review served as the primary endpoint.")
    assert r["endpoints"] == [{"name": "RFS", "role": "primary"}]


@pytest.mark.parametrize("change", ["meaning the risk for recurrence or death was reduced by 32%",
                                    "a 32% reduction in the risk of recurrence or death"])
def test_linker_a_relative_change_of_risk_is_no_rate(nlp, change):
    r = record(nlp, "Patients were randomized to sintilimab or placebo. Median RFS was 30.1 months with sintilimab vs. "
                    f"25.8 months with placebo (HR 0.68; 95% CI, 0.53-0.87), {change}.")
    assert r["outcomes"] == []
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [[("RFS", "median", 30.1)], [("RFS", "median", 25.8)]]


def test_linker_local_tumour_progression_free_survival_is_local_control(nlp):
    r = record(nlp, "Patients were randomly assigned to MWA or RFA. The primary endpoint was local tumour "
                    "progression-free survival (LTPFS). The 3-year LTPFS rates were 90.2% after MWA and 86.4% after RFA.")
    assert r["endpoints"] == [{"name": "LC", "role": "primary"}]
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("LC", 36, 90.2)], [("LC", 36, 86.4)]]


def test_linker_a_related_articles_list_is_read_to_its_end(nlp):
    # the list's items are other papers' titles and figures, each a line of prose
    r = record(nlp, "Patients were randomly assigned to MWA or RFA. The 3-year local control rates were 90.2% after "
                    "MWA and 86.4% after RFA.\n\nRelated articles\n\nNo-touch bipolar radiofrequency ablation versus "
                    "monopolar ablation for small hepatocellular carcinoma in a randomised trial\nCardiovasc Intervent "
                    "Radiol | 2022 | 3-year local control 95.1% vs 87.8%\n\nStereotactic radiotherapy versus "
                    "radiofrequency ablation for recurrent small hepatocellular carcinoma: a randomised trial\n"
                    "Radiother Oncol | 2023 | 2-year local control 92.7% vs 85.2%\n")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("LC", 90.2)], [("LC", 86.4)]]
    assert r["outcomes"] == []


def test_linker_the_grade_every_case_had_set_off_by_commas_grades_the_event(nlp):
    r = record(nlp, "Patients received lenvatinib. Hypothyroidism, all grade 1-2, was reported in 9 (14.1%) patients. "
                    "Rash, mostly grade 1, was reported in 5 (7.8%) patients.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("hypothyroidism", "1-2", 9), ("rash", None, 5)]]


def test_linker_a_reply_after_a_letter_is_other_authors_study(nlp):
    r = record(nlp, "To the Editor: We report a single-arm phase 2 trial (NCT01234567) of radioembolization as a single "
                    "treatment in 40 patients with a solitary tumour, whose results add to those of earlier cohorts. "
                    "The objective response rate was 80.0% (32/40), and there were no grade 4/5 events.\n\n"
                    "In Reply We thank the correspondents. In the randomized LEGATO trial (NCT07654321), the "
                    "objective response rate was 65.0%.\n")
    assert r["ids"]["nct"] == ["NCT01234567"] and r["randomized"] is False
    assert r["arms"][0]["regimen"][0]["frequency"] == "once"
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("ORR", 80, 32, 40)]]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("any adverse event", "4-5", 0)]]
    # a reply with no letter before it is the document
    r = record(nlp, "Reply\n\nIn Reply We thank Dr Mendes. In our single-arm trial (NCT01234567), the objective "
                    "response rate with radioembolization was 80.0% (32/40).")
    assert r["ids"]["nct"] == ["NCT01234567"]


def test_linker_results_of_a_study_cited_by_its_first_author_are_another_studys(nlp):
    r = record(nlp, "Patients received sorafenib 400 mg twice daily in this single-arm trial. Lindqvist et al,1 who "
                    "treated 140 patients, reported a 3-year overall survival of 81.4%. In our trial the median OS "
                    "was 14.1 months.")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [[("OS", "median", 14.1)]]


def test_linker_a_year_after_a_month_is_no_count_of_patients(nlp):
    r = record(nlp, "Patients treated from March 2021 to September 2022 were enrolled if they met the criteria. "
                    "In total, 58 patients received donafenib 0.2 g twice daily.")
    assert r["enrollment"]["actual"] != 2022 and r["arms"][0].get("n") != 2022


def test_linker_values_after_the_endpoint_each_in_its_patients(nlp):
    r = record(nlp, "This single-arm trial treated 58 patients with donafenib 0.2 g twice daily. Best tumour response: "
                    "CR in 8 (13.8%), PR in 31 (53.4%) and SD in 13 (22.4%) patients.")
    assert per_arm(r, "outcomes", "endpoint", "count", "value")[0] == [("CR", 8, 13.8), ("PR", 31, 53.4), ("SD", 13, 22.4)]


def test_linker_a_subgroup_compared_with_those_without_is_no_result(nlp):
    r = record(nlp, "This single-arm trial treated 58 patients with donafenib 0.2 g twice daily. The median PFS was "
                    "10.6 months. The median PFS of patients with AFP response was longer than that of patients "
                    "without AFP response (13.2 vs 7.9 months, P<0.05).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 10.6)]]
    assert r["comparisons"] == []


def test_linker_the_size_to_enrol_after_the_size_required(nlp):
    r = record(nlp, "Patients were randomized to A or B. 80 patients were required, and 88 were to be enrolled to "
                    "allow for 10% dropout. Between 2019 and 2021, 86 were randomized.")
    assert r["enrollment"]["planned"] == 88
    r = record(nlp, "91 patients per group (182 in total) were needed. Between 2013 and 2017, 189 were randomized.")
    assert r["enrollment"]["planned"] == 182


def test_linker_placebo_matched_to_a_drug_and_its_dose(nlp):
    r = record(nlp, "Patients were randomized 2:1 to cabozantinib 60 mg once daily or placebo matched to cabozantinib "
                    "60 mg, once daily.")
    assert [regimen(a) for a in r["arms"]] == [{("cabozantinib", 60, "mg", "QD")}, {("placebo", None, None, "QD")}]


def test_linker_registry_arms_whose_cycles_repeat_in_the_next_sentence(nlp):
    r = record(nlp, "This phase II trial compares atezolizumab and bevacizumab versus lenvatinib.\n\n"
                    "ARM I: Patients receive atezolizumab IV over 30-60 minutes and bevacizumab IV over 30-90 minutes "
                    "on day 1. Cycles repeat every 21 days in the absence of disease progression.\n\n"
                    "ARM II: Patients receive lenvatinib PO QD on days 1-28. Cycles repeat every 28 days in the "
                    "absence of disease progression.\n")
    assert [[(c["name"], c.get("days"), c.get("cycle_days"), c.get("frequency")) for c in a["regimen"]] for a in r["arms"]] == [
        [("atezolizumab", "1", 21, None), ("bevacizumab", "1", 21, None)], [("lenvatinib", "1-28", 28, "QD")]]


def test_linker_days_in_a_named_regimens_bracket_after_one_drugs_dose(nlp):
    r = record(nlp, "This single-arm trial enrolled 50 patients. Patients received FOLFOX (oxaliplatin 85 mg/m² d1 + "
                    "leucovorin 400 mg/m² + 5-FU 400 mg/m² bolus), repeated every 3 weeks.")
    assert [(c["name"], c.get("days")) for c in r["arms"][0]["regimen"]] == [
        ("oxaliplatin", "1"), ("leucovorin", None), ("fluorouracil", None)]
    r = record(nlp, "This single-arm trial enrolled 50 patients. Patients received GEMOX (gemcitabine 1000 mg/m² and "
                    "oxaliplatin 100 mg/m², days 1 and 15) every 4 weeks.")
    assert [(c["name"], c.get("days")) for c in r["arms"][0]["regimen"]] == [("gemcitabine", "1,15"), ("oxaliplatin", "1,15")]


def test_linker_an_event_less_frequent_with_one_arm_than_the_other(nlp):
    r = record(nlp, "Patients were randomized to DEB-TACE (n = 107) or conventional TACE (cTACE; n = 105). "
                    "Post-embolisation syndrome was less frequent after DEB-TACE (26 patients, 24.3%) than after "
                    "cTACE (43 patients, 41.0%). Fever occurred with DEB-TACE (10 patients, 9.3%) and with cTACE "
                    "(12 patients, 11.4%). Grade 3-4 hypertension occurred in 4 (3.7%) patients in each group.")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("post-embolization syndrome", 26, 24.3), ("fever", 10, 9.3), ("hypertension", 4, 3.7)],
        [("post-embolization syndrome", 43, 41), ("fever", 12, 11.4), ("hypertension", 4, 3.7)]]


@pytest.mark.parametrize("text,expected", [
    # EudraCT's block on tab-separated lines, its CI on one line; a note gives the two-sided p
    ("Subjects were randomized to cabozantinib or placebo.\n\n"
     "End point title\tOverall survival\n"
     "Statistical analysis title\tOS: cabozantinib vs placebo\n"
     "P-value\t= 0.0012 [1]\n"
     "Method\tLogrank\n"
     "Parameter type\tHazard ratio (HR)\n"
     "Point estimate\t0.74\n"
     "Confidence interval\tlevel 95 %\tsides 2-sided\tlower limit 0.61\tupper limit 0.9\n"
     "Notes:\n"
     "[1] - One-sided p-value. The corresponding two-sided p-value is 0.0024.\n",
     {"endpoint": "OS", "measure": "HR", "value": 0.74, "ci_low": 0.61, "ci_high": 0.9, "p": "0.0024"}),
    # ClinicalTrials.gov's estimation lines with colons; a comment restates the p one-sided
    ("Participants were randomized to donafenib plus TACE or TACE alone.\n\n"
     "1. Primary Outcome\nTitle: Overall Survival\n"
     "Statistical Analysis 1\n"
     "P-Value: 0.009\n"
     "Comments: Two-sided; the corresponding one-sided p-value was 0.0045.\n"
     "Method: Log Rank\n"
     "Method of Estimation: Hazard Ratio (HR)\n"
     "Estimated Value: 0.71\n"
     "95% Confidence Interval (2-Sided): 0.55 to 0.92\n",
     {"endpoint": "OS", "measure": "HR", "value": 0.71, "ci_low": 0.55, "ci_high": 0.92, "p": "0.009"}),
])
def test_linker_registry_statistical_analysis_blocks(nlp, text, expected):
    r = record(nlp, text)
    assert [{k: v for k, v in c.items() if k != "evidence"} for c in r["comparisons"]] == [expected]


def test_linker_a_pooled_count_of_both_arms_is_the_studys(nlp):
    r = record(nlp, "Patients were randomized to nivolumab every 2 weeks (arm A), nivolumab every 4 weeks (arm B) or "
                    "TACE alone (arm C). ORR was 62.5%, 58.1%, and 40.0%, respectively; with both nivolumab arms "
                    "pooled (n = 63), 38 patients (60.3%) responded.")
    assert [(o["endpoint"], o["value"]) for o in r["outcomes"]] == [("ORR", 60.3)]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 62.5)], [("ORR", 58.1)], [("ORR", 40)]]


def test_linker_dose_per_fraction_written_gy_per_fr_and_follow_up_without_a_hyphen(nlp):
    r = record(nlp, "This single-arm trial enrolled 31 patients. IMRT was given to the tumour thrombus, total dose "
                    "45 Gy/15 fr (3.0 Gy/fr, 5 fr per week). With median follow up of 18.4 months, median OS was "
                    "15.3 months.")
    rt = r["arms"][0]["regimen"][0]
    assert (rt["dose"], rt["dose_per_fraction"], rt["fractions"]) == (45, 3, 15)
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 15.3)]]


def test_linker_a_registrys_objectives_name_the_roles_and_no_events(nlp):
    r = record(nlp, "Patients were randomized to atezolizumab or lenvatinib.\n\nPRIMARY OBJECTIVES:\nI. To compare "
                    "overall survival (OS) between the two arms.\n\nSECONDARY OBJECTIVES:\nI. To compare progression-free "
                    "survival (PFS).\nII. To evaluate safety, including the rate of grade >= 3 bleeding events.\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]][:2] == [("OS", "primary"), ("PFS", "secondary")]
    assert r["adverse_events"] == [] and all(a["adverse_events"] == [] for a in r["arms"])


def test_linker_pubmeds_similar_articles_are_other_papers(nlp):
    r = record(nlp, "This single-arm phase 2 trial treated 58 patients with donafenib plus TACE. The ORR was 67.2% "
                    "(39/58).\n\nSimilar articles\nLenvatinib plus TACE versus TACE alone for intermediate-stage "
                    "hepatocellular carcinoma: a propensity score-matched analysis.\nChen R, et al. Front Oncol. 2022.\n")
    assert [c["name"] for a in r["arms"] for c in a["regimen"]] == ["donafenib", "TACE"]


def test_linker_an_event_confined_to_one_arm_and_a_phase_to_be_tested_later(nlp):
    r = record(nlp, "Patients were randomized to TACE plus three-dimensional conformal RT (TACE-RT; n = 45) or sorafenib "
                    "400 mg twice daily (n = 45). Grade 3 gastroduodenal ulcer was observed in 2 TACE-RT patients "
                    "(4.4%), whereas grade ≥3 hand-foot skin reaction was confined to the sorafenib arm (6 patients, "
                    "13.3%). The planned sample of 90 participants was calculated for the primary end point. The "
                    "survival difference should be tested in a larger phase 3 trial.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("gastroduodenal ulcer", "3", 2)], [("hand-foot skin reaction", ">=3", 6)]]
    assert [c.get("technique") for c in r["arms"][0]["regimen"] if c["kind"] == "radiation"] == ["3D-CRT"]
    assert r["phase"] is None and r["enrollment"]["planned"] == 90


def test_linker_alternatives_at_the_investigators_choice_are_one_arm(nlp):
    for tail in ["or to lenvatinib or sorafenib (investigator's choice)", "or to lenvatinib or sorafenib chosen by the "
                 "investigator before randomization", "or to lenvatinib or sorafenib, at the investigator's discretion"]:
        r = record(nlp, f"Patients were randomized 1:1 to tremelimumab 300 mg as a single priming dose plus durvalumab "
                        f"1,500 mg every 4 weeks {tail}.")
        assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
            ["durvalumab", "tremelimumab"], ["lenvatinib", "sorafenib"]], tail


def test_linker_the_part_of_a_whole_is_the_studys_enrolment_and_trials_are_no_patients(nlp):
    r = record(nlp, "Results: Of 752 patients randomized globally, 89 were enrolled at 27 sites in Japan (D+T, n = 46; "
                    "L/S, n = 43).")
    assert r["enrollment"]["actual"] == 89
    r = record(nlp, "Two randomized, double-blind, placebo-controlled phase 3 trials showed that regorafenib prolongs "
                    "survival. Altogether, 1,001 patients were included (regorafenib, n = 666; placebo, n = 335).")
    assert r["enrollment"]["actual"] == 1001


def test_linker_shares_compared_then_their_counts_in_a_bracket(nlp):
    r = record(nlp, "Patients were randomized to sorafenib (n = 110) or placebo (n = 109). ORR (RECIST 1.1): 27.3% vs "
                    "11.9% (30/110 vs 13/109; p = 0.004).")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("ORR", 27.3, 30, 110)], [("ORR", 11.9, 13, 109)]]
    assert r["outcomes"] == []


def test_linker_an_event_in_its_own_clause_after_a_semicolon_takes_no_grade(nlp):
    r = record(nlp, "Patients were randomized to sorafenib (n = 110) or placebo (n = 109). Grade 3/4 AEs were reported "
                    "in 56.5% and 55.1% of patients; classic radiation-induced liver disease occurred in 2 patients (1.9%) "
                    "in the sorafenib arm.")
    assert per_arm(r, "adverse_events", "term", "grade", "percent")[0] == [
        ("any adverse event", "3-4", 56.5), ("radiation-induced liver disease", None, 1.9)]


def test_linker_a_wikipedia_article_on_a_drug_reads_the_trial_it_describes(nlp):
    r = record(nlp, "Apatinib\nFrom Wikipedia, the free encyclopedia\n\n"
                    "Apatinib is an oral tyrosine kinase inhibitor of VEGFR-2.[1]\n\n"
                    "Clinical trials[edit]\nGastric cancer[edit]\nIn the pivotal phase III trial in gastric cancer, 267 "
                    "patients were randomised 2:1 to apatinib or placebo; median overall survival was 6.5 versus 4.7 "
                    "months.[2]\n\nHepatocellular carcinoma[edit]\nIn the second-line AHELP trial (NCT02329860), apatinib "
                    "750 mg daily prolonged median overall survival compared with placebo (8.7 vs 6.8 months).[3] In the "
                    "open-label phase III PVTT-1 trial (NCT05103488), 219 patients were randomly assigned to apatinib "
                    "500 mg once daily plus radiotherapy (n = 110) or to apatinib 750 mg/day (n = 109).[4] Median overall "
                    "survival was 15.8 versus 10.9 months.[4] The authors noted that the dose had been chosen on the basis "
                    "of an earlier, separate phase I study in which 750 mg produced dose-limiting toxicity.\n\n"
                    "References[edit]\n3. Qin S, et al. (2021). \"Apatinib as second-line therapy (AHELP)\". Lancet.\n")
    assert r["ids"]["nct"] == ["NCT05103488"] and r["enrollment"]["actual"] == 219
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 15.8)], [("OS", 10.9)]]


def test_linker_chictr_outcomes_with_their_type_on_the_same_line(nlp):
    r = record(nlp, "Registration number:\tChiCTR2300072415\nObjectives of Study:\tTo compare OS. In our earlier phase 2 "
                    "study, HAIC plus lenvatinib gave a median OS of 17.8 months.\n\nOutcomes:\n"
                    "Outcome:\tOverall survival\tType:\tPrimary indicator\n"
                    "Outcome:\tObjective response rate\tType:\tSecondary indicator\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("ORR", "secondary")]
    assert r["outcomes"] == [] and all(a["outcomes"] == [] for a in r["arms"])


def test_linker_an_erratum_before_its_article_takes_the_articles_ids_and_values(nlp):
    r = record(nlp, "Published Erratum\n\nHepatol Int. 2025;19:312. doi: 10.1007/s12072-024-99990-1.\n\nCorrection to: "
                    "SBRT before atezolizumab plus bevacizumab: a randomized phase 2 trial\n\nPMID: 39700001 DOI: "
                    "10.1007/s12072-024-99990-1\n\nAbstract\nThe hazard ratio for overall survival should read 0.56 (95% "
                    "CI 0.33-0.95; P = 0.031) instead of 0.65 (95% CI 0.38-1.10; P = 0.11).\n\n------\n\n"
                    "SBRT before atezolizumab plus bevacizumab: a randomized phase 2 trial\n\nPMID: 39400001 DOI: "
                    "10.1007/s12072-024-99901-0\n\nAbstract\nPatients were randomized to SBRT plus atezolizumab or "
                    "atezolizumab alone. The hazard ratio for overall survival was 0.56 (95% CI 0.33-0.95; P = 0.031).\n")
    assert (r["ids"]["pmid"], r["ids"]["doi"]) == ("39400001", "10.1007/s12072-024-99901-0")
    assert comparisons(r, "value", "p") == [(0.56, "0.031")]


def test_linker_a_trial_named_bare_with_the_documents_only_registration_is_this_one(nlp):
    r = record(nlp, "FDA approves X for HCC\n\nEfficacy was evaluated in TALISMAN-301 (NCT05718264), a randomized trial "
                    "that enrolled 794 patients. Patients were randomized (1:1) to tislelizumab 200 mg or placebo "
                    "intravenously every 3 weeks, each in combination with lenvatinib 12 mg orally once daily (for "
                    "patients with a body weight of 60 kg or more) or 8 mg orally once daily (for patients under 60 kg). "
                    "The discussant noted that IMbrave050, which tested atezolizumab plus bevacizumab, reported an RFS "
                    "hazard ratio of 0.72.")
    assert r["enrollment"]["actual"] == 794 and r["comparisons"] == []
    assert [sorted((c["name"], c.get("dose")) for c in a["regimen"]) for a in r["arms"]] == [
        [("lenvatinib", 8), ("lenvatinib", 12), ("tislelizumab", 200)], [("lenvatinib", 8), ("lenvatinib", 12), ("placebo", None)]]


def test_linker_a_bracket_of_the_total_daily_dose_restates_the_dose(nlp):
    r = record(nlp, "Patients were randomized to famitinib 25 mg once daily or sorafenib 400 mg orally twice daily "
                    "(total daily dose 800 mg) in 28-day cycles.")
    assert [regimen(a) for a in r["arms"]] == [{("famitinib", 25, "mg", "QD")}, {("sorafenib", 400, "mg", "BID")}]


def test_linker_an_arm_at_the_same_dose_as_another(nlp):
    r = record(nlp, "Of 911 patients screened, 683 were randomly assigned 1:1 to tislelizumab 200 mg intravenously every "
                    "3 weeks plus lenvatinib (12 mg/d for body weight >= 60 kg or 8 mg/d for body weight < 60 kg; "
                    "n = 342) or lenvatinib alone at the same weight-based dose (n = 341).")
    assert [sorted((c["name"], c.get("dose")) for c in a["regimen"]) for a in r["arms"]] == [
        [("lenvatinib", 8), ("lenvatinib", 12), ("tislelizumab", 200)], [("lenvatinib", 8), ("lenvatinib", 12)]]


def test_linker_a_registry_comparator_described_after_a_colon_and_its_enrolment(nlp):
    r = record(nlp, "Patients were randomized to SIRT or conventional TACE.\n\nComparator / control treatment\n"
                    "Conventional TACE: doxorubicin 50 mg/m2 (maximum 100 mg) emulsified with 5-15 mL Lipiodol.\n\n"
                    "- Planned number of patients: 45\n\nThe trial completed recruitment in January 2025 with 46 "
                    "patients.\n\nKey inclusion criteria\n5. Serum bilirubin < 34 micromol/L.\n")
    assert [(c["name"], c.get("dose")) for c in r["arms"][1]["regimen"]] == [("TACE", None), ("doxorubicin", 50), ("lipiodol", 5)]
    assert r["enrollment"] == {"actual": 46, "planned": 45}
    assert [(c["parameter"], c["value"], c["unit"]) for c in r["eligibility"]] == [("bilirubin", 34, "umol/L")]


def test_linker_the_upper_grade_of_a_range_is_no_count(nlp):
    r = record(nlp, "Patients were randomized to toripalimab plus lenvatinib, lenvatinib alone, or sorafenib. Hypertension "
                    "was the most frequent grade 3-4 TRAE (19.1%, 20.2%, and 12.6%).")
    assert all(x.get("count") is None for a in r["arms"] for x in a["adverse_events"])
    assert [x["percent"] for a in r["arms"] for x in a["adverse_events"]] == [19.1, 20.2, 12.6]


@pytest.mark.parametrize("clause", ["with neutropenia the most frequent grade 3-4 TRAE (21.5% and 11.0%)",
                                    "with neutropenia being the most common (21.5% and 11.0%)",
                                    "and neutropenia was the most frequent (21.5% and 11.0%)"])
def test_linker_the_commonest_of_graded_events_named_after_them_takes_their_grade_and_numbers(nlp, clause):
    r = record(nlp, "Patients were randomly assigned to regorafenib or placebo. Grade 3-4 TRAEs occurred in 52.0% and "
                    f"30.5% of treated patients, {clause}.")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", "3-4", 52.0), ("neutropenia", "3-4", 21.5)],
        [("any adverse event", "3-4", 30.5), ("neutropenia", "3-4", 11.0)]]


@pytest.mark.parametrize("versus", ["v", "v.", "vs", "versus"])
def test_linker_hazard_ratios_against_a_common_comparator_after_v(nlp, versus):
    r = record(nlp, "Patients were randomly assigned to cabozantinib plus nivolumab, cabozantinib alone, or sorafenib. "
                    "Median TTP was 8.1, 6.2, and 4.0 months, respectively "
                    f"(HR {versus} sorafenib, 0.48 [95% CI, 0.37 to 0.61] and 0.66 [95% CI, 0.52 to 0.84]).")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high") == [
        ("TTP", "HR", 0.48, 0.37, 0.61), ("TTP", "HR", 0.66, 0.52, 0.84)]


@pytest.mark.parametrize("sentence", [
    "The dual primary end points, overall survival and time to progression per mRECIST 1.1, have been reported previously.",
    "The primary endpoints (overall survival and time to progression) have already been published."])
def test_linker_the_trials_own_endpoints_reported_before_keep_their_role(nlp, sentence):
    r = record(nlp, sentence + " Health-related quality of life was a secondary endpoint.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("TTP", "primary"), ("QOL", "secondary")]


def test_linker_endpoints_of_earlier_studies_are_not_the_trials(nlp):
    r = record(nlp, "Previous studies have reported overall survival of about 10 months with sorafenib. "
                    "The primary endpoint of this trial was progression-free survival.")
    assert r["endpoints"] == [{"name": "PFS", "role": "primary"}]


@pytest.mark.parametrize("sentence, role", [("The primary endpoint (overall survival) was met.", "primary"),
                                            ("Secondary end points [time to progression] were also assessed.", "secondary")])
def test_linker_a_role_with_its_endpoint_in_brackets(nlp, sentence, role):
    r = record(nlp, sentence)
    assert r["endpoints"][0]["role"] == role


def test_linker_a_slides_randomisation_diagram_names_its_arms_and_a_rule_line_ends_a_block(nlp):
    r = record(nlp, "Study Design\n"
                    "   ->  R 2:1  ->   Arm A: SBRT + sintilimab (n = 60)\n"
                    "                   Arm B: sintilimab (n = 30)\n"
                    "Primary Endpoint: PFS\n"
                    "-----------------------------\n"
                    "Treatment\n"
                    "Arm A\n"
                    "• SBRT 40 Gy in 5 fractions, then sintilimab\n"
                    "-----------------------------\n"
                    "Patient Disposition\n"
                    "Arm A: 60 → treated 58\n"
                    "Arm B: 30 → treated 30\n")
    assert [(a["label"], a["n"], sorted(c["name"] for c in a["regimen"])) for a in r["arms"]] == [
        ("Arm A: SBRT + sintilimab (n = 60)", 60, ["radiotherapy", "sintilimab"]),
        ("Arm B: sintilimab (n = 30)", 30, ["sintilimab"])]


@pytest.mark.parametrize("line", ["Randomised: n = 312", "Randomized (n = 312)", "• Randomized: N = 312"])
def test_linker_a_disposition_line_gives_the_number_randomised(nlp, line):
    r = record(nlp, f"Patient disposition\nScreened: n = 420\n{line}\n")
    assert r["enrollment"]["actual"] == 312


@pytest.mark.parametrize("vehicle", ["emulsified with Lipiodol", "suspended in lipiodol"])
def test_linker_a_vehicle_takes_no_dose_written_before_it(nlp, vehicle):
    r = record(nlp, f"Patients underwent TACE with epirubicin. Dosage: 40 mg/m2 per session, {vehicle}.")
    assert {c["name"]: c.get("dose") for c in r["arms"][0]["regimen"]} == {"TACE": None, "epirubicin": None, "lipiodol": None}


def test_linker_a_protocols_methods_design_section_is_read(nlp):
    r = record(nlp, "Background: Earlier studies reported a median OS of 8 months with sorafenib.\n"
                    "Methods/design: Patients aged 18 to 70 years with Child-Pugh class A will be randomised to "
                    "sorafenib or sorafenib plus radiotherapy. The primary endpoint is overall survival. "
                    "Secondary endpoints are time to progression and safety.\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("OS", "primary"), ("TTP", "secondary"), ("AE", "secondary")]
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("age", ">=", 18), ("age", "<=", 70), ("child_pugh_class", "=", "A")]


def test_linker_a_patients_page_who_can_take_part_treatments_and_size(nlp):
    r = record(nlp, "Study at a glance\nHow many people will take part: About 240\n\n"
                    "Who can take part?\nYou may be able to join this study if you:\n"
                    "• are 18 years old or over\n• have a liver that works well (Child-Pugh class A)\n"
                    "You cannot join this study if you:\n• have a platelet count of less than 50,000 per microlitre\n\n"
                    "What happens in the study?\nA computer puts you into one of two groups by chance.\n\n"
                    "Study treatments\nGroup 1: durvalumab + tremelimumab\n"
                    "• Durvalumab 1,500 mg, given every 4 weeks as a drip into a vein.\n"
                    "Group 2: lenvatinib\n• Lenvatinib 8 mg tablets by mouth once a day.\n")
    assert r["enrollment"]["planned"] == 240
    assert [(e["kind"], e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("inclusion", "age", ">=", 18), ("inclusion", "child_pugh_class", "=", "A"),
        ("exclusion", "platelets", "<", 50000)]
    assert [{c["name"]: (c.get("dose"), c.get("route")) for c in a["regimen"]} for a in r["arms"]] == [
        {"durvalumab": (1500, "iv"), "tremelimumab": (None, None)}, {"lenvatinib": (8, "oral")}]


def test_linker_a_ctri_record_with_pipes_arm_rows_sections_and_age_limits(nlp):
    r = record(nlp, "Intervention / Comparator Agent | Type | Name | Details\n"
                    " | Intervention | Apatinib plus TACE | Apatinib 250 mg orally once daily. TACE with epirubicin 30-50 mg "
                    "per session, repeated on demand.\n"
                    " | Comparator Agent | TACE alone | TACE with epirubicin 30-50 mg per session, repeated on demand.\n"
                    "Inclusion Criteria | Inclusion Criteria\n | Age From | 20.00 Year(s)\n | Age To | 70.00 Year(s)\n"
                    " | Details | 1. ECOG performance status 0-1\n2. Child-Turcotte-Pugh score of 7 or less\n"
                    "Primary Outcome | Outcome | TimePoints\n | Time to progression | Every 8 weeks, up to 24 months\n"
                    "Secondary Outcome | Outcome | TimePoints\n | Overall survival | Up to 36 months\n")
    assert [(a["label"], sorted(c["name"] for c in a["regimen"])) for a in r["arms"]] == [
        ("Apatinib plus TACE", ["TACE", "apatinib", "epirubicin"]), ("TACE alone", ["TACE", "epirubicin"])]
    assert [(e["parameter"], e["operator"], e["value"]) for e in r["eligibility"]] == [
        ("age", ">=", 20), ("age", "<=", 70), ("ecog", "<=", 1), ("child_pugh_score", "<=", 7)]
    assert r["endpoints"] == [{"name": "TTP", "role": "primary"}, {"name": "OS", "role": "secondary"}]
    assert all(a["outcomes"] == [] for a in r["arms"])


def test_linker_a_line_ending_on_a_word_no_sentence_ends_on_goes_on(nlp):
    r = record(nlp, "Patients were randomly assigned to cabozantinib (cabozantinib group) or placebo (placebo group).\n"
                    "An objective response was observed in\n"
                    "25 (12.1%) of 206 patients in the cabozantinib group and 2 (1.9%) of 104 in the placebo group, and "
                    "the median duration of response was 8.3 months versus 5.5 months.\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "total", "value") == [
        [("ORR", 25, 206, 12.1), ("DOR", None, None, 8.3)], [("ORR", 2, 104, 1.9), ("DOR", None, None, 5.5)]]


def test_linker_a_word_that_is_also_a_brand_name_in_lower_case_is_no_drug(nlp):
    r = record(nlp, "Patients received SBRT 40 Gy in 5 fractions; the dose was reduced when luminal constraints were not met.")
    assert [c["name"] for c in r["arms"][0]["regimen"]] == ["radiotherapy"]


def test_linker_a_word_naming_each_arm_before_its_treatment_splits_the_list(nlp):
    # "4 to 6 weeks after surgery" before the list: the list's later members are given as its first is
    r = record(nlp, "Patients were randomized 1:1:1 at 4 to 6 weeks after surgery to adjuvant TACE, adjuvant HAIC, "
                    "or hepatectomy alone (105 per arm).")
    assert [sorted(a_["name"] for a_ in a["regimen"]) for a in r["arms"]] == [["TACE"], ["HAIC"], ["resection"]]


def test_linker_a_procedure_performed_once_keeps_its_schedule_from_its_drugs(nlp):
    r = record(nlp, "Patients were randomized to HAIC or TACE. TACE was performed once, with epirubicin 30 mg/m2 "
                    "emulsified in 5 mL of lipiodol. For HAIC, oxaliplatin 85 mg/m2 and leucovorin 200 mg/m2 were "
                    "all infused through a catheter placed in the proper hepatic artery every 3 weeks.")
    assert [regimen(a) for a in r["arms"]] == [
        {("HAIC", None, None, "Q3W"), ("oxaliplatin", 85, "mg/m2", "Q3W"), ("leucovorin", 200, "mg/m2", "Q3W")},
        {("TACE", None, None, "once"), ("epirubicin", 30, "mg/m2", None), ("lipiodol", 5, "mL", None)}]


def test_linker_summary_background_data_is_background(nlp):
    # (Annals of Surgery's heading): its figures are other patients'
    r = record(nlp, "Objective: To compare adjuvant TACE with hepatectomy alone.\nSummary Background Data: MVI predicts "
                    "early recurrence, with 5-year recurrence rates exceeding 70% after hepatectomy alone.\nMethods: "
                    "Patients were randomized to adjuvant TACE or hepatectomy alone.")
    assert len(r["arms"]) == 2 and all(not a["outcomes"] for a in r["arms"])


def test_linker_a_patients_page_with_typographic_apostrophes_and_an_equal_chance_of_either_group(nlp):
    r = record(nlp, "A trial comparing SBRT with TACE for liver cancer that can\u2019t be removed with surgery\n\n"
                    "Who can\u2019t take part\nYou can\u2019t join this trial if any of these apply. You:\n"
                    "  \u2022 have a low number of platelets in your blood (less than 50 x 10\u2079 per litre)\n\n"
                    "Trial design\nIt is a randomised trial. You have an equal chance of being in either group:\n"
                    "  \u2022 group A have SBRT\n  \u2022 group B have TACE\n")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["radiotherapy"], ["TACE"]]
    assert [(c["kind"], c["parameter"], c["operator"], c["value"], c["unit"]) for c in r["eligibility"]] == [
        ("exclusion", "platelets", "<", 50, "x10^9/L")]


def test_linker_the_triplet_is_the_other_arm_plus_what_it_also_received(nlp):
    r = record(nlp, "The trial randomly assigned 278 patients at 14 centers to the triplet (n = 139) or to lenvatinib "
                    "plus sintilimab (n = 139). In the triplet arm, patients also received HAIC. In the triplet arm, "
                    "nine patients were downstaged enough to undergo conversion hepatectomy. Grade 3 hypertension "
                    "occurred in 10 patients in the triplet arm and 5 patients in the control arm.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["HAIC", "lenvatinib", "sintilimab"], ["lenvatinib", "sintilimab"]]
    assert [a["n"] for a in r["arms"]] == [139, 139]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("hypertension", "3", 10)], [("hypertension", "3", 5)]]


def test_linker_values_paired_by_compared_with_follow_the_arms_order(nlp):
    r = record(nlp, "Patients were randomised to tislelizumab plus lenvatinib or placebo plus lenvatinib. Tislelizumab "
                    "plus lenvatinib improved overall survival compared with placebo plus lenvatinib (median 22.6 "
                    "months compared with 18.9 months; HR 0.81, 95% CI 0.68 to 0.96).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 22.6)], [("OS", 18.9)]]


def test_linker_exploratory_endpoints_have_no_role(nlp):
    r = record(nlp, "Patients were randomised to A or B.\nPrimary endpoints: PFS and OS.\nSecondary endpoints: ORR.\n"
                    "Exploratory endpoints: DOR, DCR and quality of life.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [
        ("PFS", "primary"), ("OS", "primary"), ("ORR", "secondary"), ("DOR", None), ("DCR", None), ("QOL", None)]
    r = record(nlp, "Patients were randomised to A or B. The primary endpoint was OS; secondary endpoints were PFS "
                    "and ORR; exploratory endpoints included DCR.")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [
        ("OS", "primary"), ("PFS", "secondary"), ("ORR", "secondary"), ("DCR", None)]


def test_linker_a_hazard_ratio_row_with_a_99_percent_interval(nlp):
    r = record(nlp, "Patients were randomised to Arm A (nivolumab plus cabozantinib) or Arm B (sorafenib).\n"
                    "Table 2. Efficacy results\n\tArm A (N = 424)\tArm B (N = 212)\nPFS per BICR\n"
                    "  Median, months (95% CI)\t7.4 (6.3, 8.5)\t4.2 (3.0, 5.6)\n"
                    "  Stratified HR (99% CI)\t0.64 (0.49, 0.83)\n  Stratified log-rank p-value\t< 0.0001\n")
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("PFS", "HR", 0.64, 0.49, 0.83, "<0.0001")]


def test_linker_the_doses_of_a_dose_reduction_sentence_and_prose_after_a_punctuated_arm_list(nlp):
    r = record(nlp, "Participants were randomised to one of three open-label arms:\nArm A: nivolumab 240 mg IV every 2 "
                    "weeks plus cabozantinib 40 mg orally once daily;\nArm B: sorafenib 400 mg orally twice daily;\n"
                    "Arm C: cabozantinib 60 mg orally once daily.\nNivolumab could be given for up to 2 years. Dose "
                    "reductions were permitted for cabozantinib (to 20 mg QD in Arm A; to 40 mg and then 20 mg QD in "
                    "Arm C) and sorafenib (to 400 mg QD), but not for nivolumab.")
    assert [regimen(a) for a in r["arms"]] == [
        {("nivolumab", 240, "mg", "Q2W"), ("cabozantinib", 40, "mg", "QD")}, {("sorafenib", 400, "mg", "BID")},
        {("cabozantinib", 60, "mg", "QD")}]


def test_linker_prose_after_a_punctuated_arm_list_with_arm_names_in_a_later_table(nlp):
    r = record(nlp, "Patients were randomised to one of three arms:\nArm A: durvalumab 1500 mg IV every 4 weeks plus "
                    "lenvatinib 12 mg orally once daily;\nArm B: lenvatinib 12 mg orally once daily;\n"
                    "Arm C: durvalumab 1500 mg IV every 4 weeks.\nLenvatinib could be interrupted for toxicity, "
                    "and durvalumab (in Arm C) was given for up to 2 years.\n\nTable 2. Efficacy\n"
                    "\tArm C: durvalumab (N = 100)\tArm B: lenvatinib (N = 101)\n"
                    "ORR, n (%)\t14 (14.0)\t20 (19.8)\n")
    assert [regimen(a) for a in r["arms"]] == [
        {("durvalumab", 1500, "mg", "Q4W"), ("lenvatinib", 12, "mg", "QD")}, {("lenvatinib", 12, "mg", "QD")},
        {("durvalumab", 1500, "mg", "Q4W")}]


def test_linker_a_stopping_boundary_p_value_written_after_a_bracket_is_no_comparison(nlp):
    r = record(nlp, "Patients were randomized to drug A or sorafenib. For OS, the efficacy boundary at the interim "
                    "analysis (70% of deaths) was p < 0.0213. Median OS was 15.1 vs 12.0 months (HR 0.80, 95% CI "
                    "0.66-0.97; p = 0.021).")
    assert comparisons(r, "endpoint", "value", "p") == [("OS", 0.8, "0.021")]


def test_linker_hepatic_arterial_infusion_of_a_regimen_is_haic_and_a_drug_started_on_a_day_is_no_schedule_day(nlp):
    r = record(nlp, "Patients were randomized to lenvatinib plus hepatic arterial infusion of FOLFOX or lenvatinib "
                    "alone. Lenvatinib 8 mg was taken orally once daily, started on day 1 of the first HAIC cycle.")
    assert [sorted((c["kind"], c["name"], c.get("route")) for c in a["regimen"]) for a in r["arms"]] == [
        [("drug", "fluorouracil", "intra-arterial"), ("drug", "lenvatinib", "oral"), ("drug", "leucovorin", "intra-arterial"),
         ("drug", "oxaliplatin", "intra-arterial"), ("procedure", "HAIC", None)], [("drug", "lenvatinib", "oral")]]
    assert [c.get("days") for a in r["arms"] for c in a["regimen"] if c["name"] == "lenvatinib"] == [None, None]


def test_linker_lay_bullets_with_a_count_first_a_second_sentence_of_details_and_placebo_on_the_same_schedule(nlp):
    r = record(nlp, "A large phase 3 study called CEDAR, published this month, suggests that may change.\n\n"
                    "People were randomly assigned to one of two groups:\n\n"
                    "• 251 people received durvalumab, an immunotherapy drug. It was given at 1,500 mg as an infusion "
                    "into a vein every four weeks.\n"
                    "• 250 people received a placebo (a dummy infusion) on the same schedule.\n\n"
                    "Serious side effects (grade 3 or higher) occurred in 14.0% of people on durvalumab and 6.4% on "
                    "placebo.")
    assert r["phase"] == "III"
    assert [(a["n"], regimen(a)) for a in r["arms"]] == [
        (251, {("durvalumab", 1500, "mg", "Q4W")}), (250, {("placebo", None, None, "Q4W")})]
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("any adverse event", ">=3", 14.0)], [("any adverse event", ">=3", 6.4)]]


def test_linker_title_arms_end_at_the_subtitle_and_a_subgroup_opening_among_patients_with(nlp):
    r = record(nlp, "Stereotactic Radiotherapy Combined With Durvalumab Versus Durvalumab Alone for Hepatocellular "
                    "Carcinoma: The LIVER-RT Randomized Phase 2 Trial\n\nResults\nMedian PFS was 7.9 months in the "
                    "combination arm versus 4.6 months in the durvalumab arm (HR, 0.61; 95% CI, 0.40-0.93). Among "
                    "patients with macrovascular invasion, the HR for PFS was 0.52 (95% CI, 0.28-0.97). Among patients "
                    "with measurable disease, the ORR was 31% versus 12% (P = .02). The mean liver dose was 11.4 Gy.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["durvalumab", "radiotherapy"], ["durvalumab"]]
    assert comparisons(r, "endpoint", "value", "p") == [("PFS", 0.61, None), ("ORR", None, "0.02")]
    assert [c.get("dose") for c in r["arms"][0]["regimen"]] == [None, None]


def test_linker_patients_in_arms_a_and_b_also_received_a_procedure_of_a_bracketed_regimen_on_one_schedule(nlp):
    r = record(nlp, "Pts were randomised to donafenib + HAIC + camrelizumab (arm A), donafenib + HAIC (arm B) or "
                    "donafenib alone (arm C). Pts in arms A and B also received HAIC of GEMOX (gemcitabine 1000 mg/m² "
                    "and oxaliplatin 85 mg/m², both infused via the hepatic artery) every 2 weeks; pts in arm A also "
                    "received camrelizumab 200 mg IV Q2W. A phase III trial of arm A versus donafenib (NCT09999999) "
                    "is under way.\n\nClinical trial identification\nNCT08888888.")
    assert [sorted((c["name"], c.get("frequency")) for c in a["regimen"]) for a in r["arms"]] == [
        [("HAIC", "Q2W"), ("camrelizumab", "Q2W"), ("donafenib", None), ("gemcitabine", "Q2W"), ("oxaliplatin", "Q2W")],
        [("HAIC", "Q2W"), ("donafenib", None), ("gemcitabine", "Q2W"), ("oxaliplatin", "Q2W")],
        [("donafenib", None)]]
    assert r["ids"]["nct"] == ["NCT08888888"]


def test_linker_events_listed_in_a_bracket_defining_the_event_before_it_are_not_events(nlp):
    r = record(nlp, "Patients were randomized to sorafenib or lenvatinib. Hepatic decompensation (new or worsening "
                    "ascites, hepatic encephalopathy, or variceal bleeding) occurred in 11 (16.2%) patients receiving "
                    "sorafenib and 14 (20.6%) receiving lenvatinib. Stomach pain (abdominal pain) occurred in 6 (8.8%) "
                    "and 2 (2.9%).")
    assert per_arm(r, "adverse_events", "term", "count") == [
        [("hepatic decompensation", 11), ("abdominal pain", 6)], [("hepatic decompensation", 14), ("abdominal pain", 2)]]


def test_linker_single_arm_trial_with_prior_combinations_in_a_bracket_and_another_randomized_study(nlp):
    r = record(nlp, "Regorafenib plus durvalumab after immunotherapy\nHana Kim, Lee Park\n\nIn this single-arm phase II "
                    "trial, patients whose disease had progressed radiologically on first-line therapy "
                    "(atezolizumab–bevacizumab or durvalumab–tremelimumab) were eligible. Patients treated within the "
                    "randomized ALPHA-2 study were also eligible. Treatment consisted of durvalumab 1,500 mg every 4 "
                    "weeks plus regorafenib 80 mg once daily.")
    assert r["randomized"] is False
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["durvalumab", "regorafenib"]]


def test_linker_ctri_outcome_tables_laid_out_with_tabs_and_its_exclusion_label_without_a_space(nlp):
    r = record(nlp, "Public Title of Study\tSorafenib with or without TACE\n"
                    "Inclusion Criteria\tAge From\t18.00 Year(s)\n"
                    "ExclusionCriteria\tDetails\t1. Largest lesion > 10 cm in diameter\n"
                    "Primary Outcome\tOutcome\tTimePoints\n\tOverall survival\tEvery 3 months\n"
                    "Secondary Outcome\tOutcome\tTimePoints\n\tObjective response rate by mRECIST\tWeek 8\n")
    assert r["endpoints"] == [{"name": "OS", "role": "primary"}, {"name": "ORR", "role": "secondary"}]
    assert [(c["kind"], c["parameter"], c["value"]) for c in r["eligibility"] if c["parameter"] == "tumor_size"] == [
        ("exclusion", "tumor_size", 10)]


def test_linker_an_arm_named_by_its_drugs_class(nlp):
    r = record(nlp, "Patients were randomized to nivolumab plus ipilimumab or to lenvatinib or sorafenib (investigator's "
                    "choice). In the TKI arm, hypertension occurred in 30 patients (9.4%). In the ICI group, "
                    "hepatitis occurred in 12 patients (3.6%).")
    assert per_arm(r, "adverse_events", "term", "count") == [[("hepatitis", 12)], [("hypertension", 30)]]


def test_linker_the_grade_of_the_commonest_events_goes_on_to_a_sentence_about_the_other_arm(nlp):
    r = record(nlp, "Patients were randomized to nivolumab plus ipilimumab or to lenvatinib. The most common any-grade "
                    "TRAEs with nivolumab plus ipilimumab were pruritus (27.4%) and rash (22.3%). In the lenvatinib "
                    "arm, the most frequent were hypertension (36.8%) and diarrhea (29.0%).")
    assert per_arm(r, "adverse_events", "term", "grade", "percent") == [
        [("pruritus", "any", 27.4), ("rash", "any", 22.3)], [("hypertension", "any", 36.8), ("diarrhea", "any", 29.0)]]


def test_linker_an_exploratory_analysis_of_patients_with_a_biomarker_is_a_subgroup(nlp):
    r = record(nlp, "Patients were randomized to nivolumab or sorafenib. Median OS was 16.4 versus 14.7 months "
                    "(HR 0.85; 95% CI 0.72-1.02). In an exploratory analysis, patients with PD-L1 expression of at "
                    "least 1% had a median OS of 28.1 months.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 16.4)], [("OS", 14.7)]]
    assert r["outcomes"] == []


def test_linker_drugs_all_infused_on_day_1_every_3_weeks_take_both(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC-FOLFOX or sorafenib. HAIC-FOLFOX consisted of oxaliplatin "
                    "130 mg/m² over 2 h, leucovorin 200 mg/m² over 2 h and fluorouracil 2,400 mg/m² over 46 h, all "
                    "infused through a catheter placed in the hepatic artery on day 1 every 3 weeks.")
    assert sorted((c["name"], c.get("days"), c.get("frequency")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug") == [
        ("fluorouracil", "1", "Q3W"), ("leucovorin", "1", "Q3W"), ("oxaliplatin", "1", "Q3W")]


@pytest.mark.parametrize("text,expected", [
    # "received A (n = ..) or B (n = ..)": each option with its own size is an arm (drug labels, registries)
    ("Patients received drugamab 10 mg/kg intravenously every 3 weeks (n=200) or placebo (n=100).",
     [({"drugamab"}, 200), ({"placebo"}, 100)]),
    ("Patients were treated with lenvatinib 12 mg daily (n = 88), or sorafenib 400 mg twice daily (n = 90).",
     [({"lenvatinib"}, 88), ({"sorafenib"}, 90)]),
    # treatment received before the trial is no arm
    ("Prior therapy: patients had received sorafenib (n=50) or lenvatinib (n=30). All received drugamab 10 mg/kg.",
     [({"drugamab"}, None)]),
])
def test_linker_options_received_each_with_its_size_are_arms(nlp, text, expected):
    r = record(nlp, text)
    assert [({c["name"] for c in a["regimen"]}, a["n"]) for a in r["arms"]] == expected


def test_linker_a_drug_at_two_doses_each_combined_with_another(nlp):
    # "A 4 mg or 5 mg ..., each combined with B": the second alternative is A re-dosed, and B (with its
    # own schedule) joins both; "enrolled sequentially to" assigns as "assigned to" does
    r = record(nlp, "In this non-randomised phase Ib study, patients were enrolled sequentially to drugatinib 4 mg "
                    "or 6 mg orally once daily, each combined with drugamab 1200 mg intravenously every 3 weeks. "
                    "The ORR was 25.0% (5/20) at 4 mg and 30.0% (6/20) at 6 mg.")
    assert [regimen(a) for a in r["arms"]] == [
        {("drugatinib", 4, "mg", "QD"), ("drugamab", 1200, "mg", "Q3W")},
        {("drugatinib", 6, "mg", "QD"), ("drugamab", 1200, "mg", "Q3W")}]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("ORR", 25)], [("ORR", 30)]]


def test_linker_a_registry_results_summary_after_its_address_fields_is_results(nlp):
    # German registry fields after the criteria ("Addresses", "Sources of Monetary or Material Support",
    # "Trial Publications, Results and other Documents") end the exclusion criteria: the summary of
    # results under them is read
    r = record(nlp, "Interventions, Observational Groups\n"
                    "Arm 1:\tDrugamab 1500 mg intravenously every 4 weeks after microwave ablation.\n"
                    "Arm 2:\tMicrowave ablation alone.\n\n"
                    "Exclusion Criteria\n– Prior systemic therapy\n– Child-Pugh class B or C\n\n"
                    "Addresses\nPrimary Sponsor:\tUniversity Hospital\n\n"
                    "Sources of Monetary or Material Support\nInstitutional budget\n\n"
                    "Trial Publications, Results and other Documents\n"
                    "Basic reporting / Summary of results (2025-09-15):\n"
                    "The 24-month RFS rate was 60.5 % with drugamab and 45.0 % with microwave ablation alone; "
                    "HR 0.66 (95 % CI 0.40-1.09); p = 0.10.\n")
    assert comparisons(r, "endpoint", "value", "p") == [("RFS", 0.66, "0.10")]
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("RFS", 24, 60.5)], [("RFS", 24, 45)]]


def test_linker_groups_named_in_brackets_after_what_they_received(nlp):
    # "X alone (Cohort A) or combined with Y (Cohort B)": each cohort's name is the arm given that
    r = record(nlp, "Drugamab plus bevacizumab with or without SBRT for HCC with portal vein invasion\n\n"
                    "Methods: We evaluated drugamab + bevacizumab alone (Cohort A) or combined with SBRT (Cohort B).\n"
                    "Results: The ORR was 20.0% (5/25) in Cohort A and 40.0% (10/25) in Cohort B.\n")
    by_names = {frozenset(c["name"] for c in a["regimen"]): [(o["endpoint"], o["value"]) for o in a["outcomes"]]
                for a in r["arms"]}
    assert by_names == {frozenset({"drugamab", "bevacizumab"}): [("ORR", 20)],
                        frozenset({"drugamab", "bevacizumab", "radiotherapy"}): [("ORR", 40)]}


def test_linker_a_patient_page_lists_who_may_join_and_what_is_measured(nlp):
    # a patient page: "You cannot join this trial if ... You:" over bullets gives exclusions; a line
    # announcing "these secondary endpoints:" gives its bullets their role; "plans to recruit 90 people"
    r = record(nlp, "You may be able to join this trial if all of the following apply. You:\n"
                    "•  are 18 or older\n"
                    "•  have a platelet count of at least 75,000 per microlitre\n\n"
                    "You cannot join this trial if any of these apply. You:\n"
                    "•  have a tumour that is bigger than 10 cm across\n\n"
                    "What are the researchers looking at?\n"
                    "The main aim of the trial (its primary endpoint) is progression-free survival.\n"
                    "They will also look at these secondary endpoints:\n"
                    "•  how long people live (overall survival)\n"
                    "•  quality of life\n\n"
                    "The team plans to recruit 90 people at 8 hospitals.\n")
    assert [(c["kind"], c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [
        ("inclusion", "age", ">=", 18), ("inclusion", "platelets", ">=", 75000), ("exclusion", "tumor_size", ">", 10)]
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("PFS", "primary"), ("OS", "secondary"), ("QOL", "secondary")]
    assert r["enrollment"] == {"actual": None, "planned": 90}


def test_linker_a_lay_summary_of_the_main_figures(nlp):
    # "Alive at two years: a% vs b%" is the OS rate at 24 months; "Tumour shrinkage (objective response):"
    # glosses a label with the endpoint, whose figures follow; "(90 of 260 people)" counts the share
    r = record(nlp, "Patients were randomly assigned to drugamab plus lenvatinib or lenvatinib plus placebo.\n"
                    "The main figures\n"
                    "Alive at two years:  44% vs 35%\n"
                    "Tumour shrinkage (objective response):  34.6% (90 of 260 people) vs 21.2% (55 of 259 people), p < 0.001\n")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value", "count", "total") == [
        [("OS", 24, 44, None, None), ("ORR", None, 34.6, 90, 260)],
        [("OS", 24, 35, None, None), ("ORR", None, 21.2, 55, 259)]]


def test_linker_respectively_before_a_clause_naming_the_arms_the_other_way(nlp):
    # "a and b months, respectively (P = .61); 12 patients in the B arm received A after progression":
    # the later clause's arms do not reorder the list; the order before the sentence stands
    r = record(nlp, "Patients were randomized to proton beam therapy (PBT) or TACE.\n"
                    "Median OS was 38.4 and 34.7 months, respectively (P = .61); 12 patients (26.1%) in the TACE arm "
                    "received PBT after progression.\n")
    assert [[o["value"] for o in a["outcomes"] if o["stat"] == "median"] for a in r["arms"]] == [[38.4], [34.7]]


def test_linker_both_groups_received_shared_doses_as_in_another_trial(nlp):
    # "Patients in both arms received A 1200 mg followed by B 15 mg/kg, each by intravenous infusion every
    # 3 weeks, as in IMbrave150 [4]": "both arms" quantifies the patients, not the drugs (B's dose is not A's
    # too); "each by ..." gives the route and schedule to both drugs; a trial the dosing follows ("as in")
    # does not make the sentence another study's
    r = record(nlp, "Patients were randomly assigned (1:1) to TACE plus atezolizumab-bevacizumab or "
                    "atezolizumab-bevacizumab alone.\n"
                    "Patients in both arms received atezolizumab 1200 mg followed by bevacizumab 15 mg/kg, each by "
                    "intravenous infusion every 3 weeks, as in IMbrave150 [4].\n")
    expected = {("atezolizumab", 1200, "mg", "Q3W"), ("bevacizumab", 15, "mg/kg", "Q3W")}
    assert [regimen(a) - {("TACE", None, None, None)} for a in r["arms"]] == [expected, expected]
    assert {c["route"] for a in r["arms"] for c in a["regimen"] if c["kind"] == "drug"} == {"iv"}


def test_linker_a_port_implanted_subcutaneously_gives_no_route(nlp):
    # "each infused into the hepatic artery through a subcutaneously implanted port": both drugs are
    # intra-arterial; the port's place under the skin is no route
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib 400 mg twice daily. HAIC consisted of "
                    "cisplatin 60 mg/m2 on day 2 and fluorouracil 500 mg/m2 on days 1-3, each infused into the hepatic "
                    "artery through a subcutaneously implanted port, repeated every 4 weeks.")
    routes = {c["name"]: c.get("route") for c in r["arms"][0]["regimen"] if c["kind"] == "drug"}
    assert routes == {"cisplatin": "intra-arterial", "fluorouracil": "intra-arterial"}


def test_linker_a_biomarker_stratum_is_a_subgroup_and_criteria_run_past_a_bracketed_semicolon(nlp):
    # "In the FGF19-high stratum (n=41), ...": a stratum named by a biomarker level is a subgroup; "adults
    # with ... (IHC; >=1+ staining ...), Child-Pugh class A ... were randomized": the ";" inside the
    # bracket does not end the criteria's reach
    r = record(nlp, "In this randomized phase 2 trial, adults with advanced HCC and FGF19 overexpression by "
                    "immunohistochemistry (IHC; >=1+ staining in >=1% of tumor cells), Child-Pugh class A and ECOG "
                    "performance status 0-1 were randomized 2:1 to drugatinib plus toripalimab or to sorafenib. "
                    "Median PFS was 7.4 vs 3.7 months (HR 0.52; 95% CI 0.32-0.84). In the FGF19-high stratum (n=41), "
                    "median PFS was 9.8 vs 2.8 months (HR 0.31; 95% CI 0.14-0.68).")
    assert [(c["parameter"], c["value"]) for c in r["eligibility"]] == [("child_pugh_class", "A"), ("ecog", 1)]
    assert [c["value"] for c in r["comparisons"]] == [0.52]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 7.4)], [("PFS", 3.7)]]


def test_linker_spelled_counts_in_a_pair_and_a_second_arms_count_of_its_total(nlp):
    # "complete responses in nine (3.3%) and one (0.4%) patient": a pair, one per arm; "in 171 of 270
    # (63.3%) treated patients in the A arm and 116 of 265 (43.8%) in the B arm": the second arm's too
    r = record(nlp, "Patients were randomly assigned to drugamab-apatinib or sorafenib.\n"
                    "Confirmed ORR was 27.9% (76 of 272) versus 5.9% (16 of 270), including complete responses in "
                    "nine (3.3%) and one (0.4%) patient.\n"
                    "Grade 3 or 4 treatment-related adverse events occurred in 171 of 270 (63.3%) treated patients "
                    "in the drugamab-apatinib arm and 116 of 265 (43.8%) in the sorafenib arm.\n")
    assert per_arm(r, "outcomes", "endpoint", "value", "count") == [
        [("ORR", 27.9, 76), ("CR", 3.3, 9)], [("ORR", 5.9, 16), ("CR", 0.4, 1)]]
    assert per_arm(r, "adverse_events", "grade", "count", "percent") == [[("3-4", 171, 63.3)], [("3-4", 116, 43.8)]]


def test_linker_a_liver_function_test_is_no_drug_and_a_surgical_scale_no_ctcae_grade(nlp):
    # "an indocyanine green retention rate at 15 minutes below 10%": a liver function test, not a drug of
    # the arm; "post-hepatectomy liver failure of ISGLS grade B/C": its own scale, no CTCAE grade
    r = record(nlp, "Patients with Child-Pugh class A liver function and an indocyanine green retention rate at "
                    "15 minutes below 10% were randomly assigned (1:1) to sorafenib followed by hepatectomy or to "
                    "hepatectomy alone. Clavien-Dindo grade >= III complications occurred in 7 (9.2%) and 6 (7.5%) "
                    "patients, and post-hepatectomy liver failure of ISGLS grade B/C in 4 (5.3%) and 3 (3.8%), "
                    "respectively.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["resection", "sorafenib"], ["resection"]]
    assert {(e["term"], e["grade"]) for a in r["arms"] for e in a["adverse_events"]
            if e["term"] == "post-hepatectomy liver failure"} == {("post-hepatectomy liver failure", None)}


def test_linker_a_patient_page_splits_people_into_groups_in_a_middle_dot_list(nlp):
    # "People were split into 2 groups:" over "· 336 people had A and B" / "· 165 people had C": an arm per
    # item (the middle dot marks a list item, as a bullet does); "501 people ... took part" is the enrolment
    r = record(nlp, "This was a phase 3, randomised trial. 501 people with liver cancer that could not be removed "
                    "with surgery took part.\n\n"
                    "People were split into 2 groups:\n"
                    "· 336 people had atezolizumab and bevacizumab\n"
                    "· 165 people had sorafenib, which was the standard treatment at the time\n")
    assert [({c["name"] for c in a["regimen"]}, a["n"]) for a in r["arms"]] == [
        ({"atezolizumab", "bevacizumab"}, 336), ({"sorafenib"}, 165)]
    assert r["enrollment"]["actual"] == 501


def test_linker_the_triplet_is_not_a_doublet_with_its_placebo(nlp):
    # "TACE plus A and a B-matched placebo" is a doublet: "the triplet" is the arm with A and B
    r = record(nlp, "Patients were randomly assigned 1:1:1 to TACE plus drugamab and lenvatinib (n = 221), TACE plus "
                    "drugamab and a lenvatinib-matched placebo (n = 222), or TACE plus dual placebos (n = 220). "
                    "Median PFS was 15.4 months with the triplet vs 8.3 months with TACE plus placebo (HR, 0.66; "
                    "95% CI, 0.53-0.82).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 15.4)], [], [("PFS", 8.3)]]


def test_linker_an_indirect_comparison_is_not_this_trials_comparison(nlp):
    r = record(nlp, "Patients were randomly assigned to drugamab plus bevacizumab or sorafenib. Median OS was 16.1 vs "
                    "13.2 months (HR 0.73; 95% CI 0.59-0.90). A matching-adjusted indirect comparison estimated an OS "
                    "hazard ratio of 0.81 (95% CI 0.62-1.05) against lenvatinib.")
    assert comparisons(r, "endpoint", "value") == [("OS", 0.73)]


def test_linker_a_registry_age_field_under_the_exclusions_admits_and_a_hepatic_arterial_infusion_route(nlp):
    # "Age minimum  >= 18age old" after the exclusion criteria is still the ages the record admits;
    # "oxaliplatin 85 mg/m2 by hepatic arterial infusion" is given intra-arterially
    r = record(nlp, "Intervention\tHAIC with oxaliplatin 85 mg/m2 by hepatic arterial infusion over 2 hours on day 1, "
                    "every 3 weeks.\n\n"
                    "Key exclusion criteria\n1) Prior systemic therapy\n2) Child-Pugh class B or C\n"
                    "Age minimum\t>= 18age old\nAge maximum\tNo limit\n")
    assert [(c["kind"], c["parameter"], c["operator"], c["value"]) for c in r["eligibility"] if c["parameter"] == "age"] == [
        ("inclusion", "age", ">=", 18)]
    assert {c["name"]: c.get("route") for a in r["arms"] for c in a["regimen"] if c["kind"] == "drug"} == {
        "oxaliplatin": "intra-arterial"}


def test_linker_a_landmark_counted_from_the_start_of_treatment_opens_the_sentence(nlp):
    # "One year after starting treatment, 71% of patients were alive": the OS rate at 12 months
    r = record(nlp, "In this single-arm phase 2 trial, 48 patients received SBRT followed by drugamab. "
                    "One year after starting treatment, 71% of patients were alive.")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("OS", 12, 71)]]


def test_linker_a_trial_named_beside_the_documents_registration_is_its_own(nlp):
    # "Study LT-301 (TALENT-HCC): ... (NCT05734219)": TALENT-HCC is the document's trial, so "In TALENT-HCC,
    # adverse events were reported in ..." reports its results
    r = record(nlp, "2.5.2 Main study\n\n"
                    "Overview of the submitted clinical data and of the earlier dossiers, with the company's own "
                    "summaries of the pharmacology, the assessor's comments on the methods and the list of questions.\n\n"
                    "Study LT-301 (TALENT-HCC): A randomised, open-label, phase 3 study of drugamab in combination with "
                    "lenvatinib versus lenvatinib alone in unresectable hepatocellular carcinoma (NCT05734219)\n\n"
                    "Patients were randomised 1:1 to drugamab plus lenvatinib (Arm A) or lenvatinib (Arm B).\n\n"
                    "In TALENT-HCC, grade ≥ 3 adverse events were reported in 164 (63.1%) patients in Arm A and "
                    "139 (53.9%) in Arm B.")
    assert per_arm(r, "adverse_events", "grade", "count") == [[(">=3", 164)], [(">=3", 139)]]


def test_linker_criteria_a_hard_wrap_put_at_a_lines_start_head_only_their_sentence(nlp):
    # a PDF's wrapped paragraph: "Inclusion criteria:" opens a line, but the paragraph goes on with the
    # methods after the criteria's sentence (the arms, the endpoints)
    r = record(nlp, "Methods  This was a prospective, single-center, randomized controlled study of one hundred\n"
                    "patients who were divided into the observation group and the control group by random numbers.\n"
                    "Inclusion criteria: aged 18-75 years; Child-Pugh class A; ECOG PS 0-1; one measurable lesion. The\n"
                    "control group received TACE alone, and the observation group received TACE plus oral drugatinib\n"
                    "12 mg/d. The primary endpoint was progression-free survival; the secondary endpoint was OS.\n")
    assert [(e["name"], e["role"]) for e in r["endpoints"]] == [("PFS", "primary"), ("OS", "secondary")]
    assert sorted(c["parameter"] for c in r["eligibility"]) == ["age", "age", "child_pugh_class", "ecog"]


def test_linker_the_same_procedure_is_the_other_arms_with_its_drugs(nlp):
    # "The observation group received the same TACE, and ...": TACE with the epirubicin and lipiodol the
    # control group's TACE was written with
    r = record(nlp, "Patients were randomly divided into the observation group and the control group. The control "
                    "group received conventional TACE (epirubicin 30-50 mg mixed with lipiodol 5-20 mL). The "
                    "observation group received the same TACE, and oral drugatinib 8 mg/d.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "drugatinib", "epirubicin", "lipiodol"], ["TACE", "epirubicin", "lipiodol"]]


def test_linker_an_adverse_events_zero_after_a_share_is_a_share(nlp):
    # "hand-foot skin reaction (24.0% vs. 0)": the other arm's share is 0%, not a count
    r = record(nlp, "Patients were randomly assigned to TACE plus drugatinib or TACE alone. The incidences of "
                    "hypertension (36.0% vs. 4.0%) and hand-foot skin reaction (24.0% vs. 0) were higher with drugatinib.")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("hypertension", None, 36), ("hand-foot skin reaction", None, 24)],
        [("hypertension", None, 4), ("hand-foot skin reaction", None, 0)]]


def test_linker_counts_written_before_their_shares_after_versus(nlp):
    # "(8/62, 12.9% vs 1/31, 3.2%)": each share's count is the fraction before it, not the one after "vs"
    r = record(nlp, "Patients were randomly assigned 2:1 to drugatinib plus HAIC or drugatinib alone. Grade 3-4 "
                    "events were thrombocytopenia (8/62, 12.9% vs 1/31, 3.2%) and diarrhoea (2/62, 3.2% vs 0/31, 0%).")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("thrombocytopenia", 8, 12.9), ("diarrhea", 2, 3.2)], [("thrombocytopenia", 1, 3.2), ("diarrhea", 0, 0)]]


def test_linker_a_range_closed_in_its_bracket_does_not_hide_the_next_value(nlp):
    # "9.4 months (range 2.3-19.8+) versus 5.1 months": the second median is a result, not within the range
    r = record(nlp, "Patients were randomly assigned to drugatinib plus HAIC or drugatinib alone. Among responders, "
                    "median duration of response was 9.4 months (range 2.3-19.8+) versus 5.1 months (range 2.0-8.8).")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("DOR", 9.4)], [("DOR", 5.1)]]


def test_linker_in_field_pfs_is_ifpfs(nlp):
    r = record(nlp, "In this single-arm trial, 45 patients received SBRT followed by drugamab. The 1-year in-field "
                    "PFS rate was 91.0% (95% CI, 77.4%-96.5%).")
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("IFPFS", 12, 91)]]


def test_linker_a_radioactive_dose_restated_in_another_unit_is_one_dose(nlp):
    # "a single dose of 1.85 GBq (50 mCi) 131I-lipiodol": the activity in GBq (the mCi restate it), given once
    r = record(nlp, "Patients were randomly assigned to a single dose of 1.85 GBq (50 mCi) 131I-lipiodol injected "
                    "into the hepatic artery, or to no further treatment (control group).")
    assert [[(c["name"], c.get("dose"), c.get("unit"), c.get("frequency"), c.get("route")) for c in a["regimen"]]
            for a in r["arms"]] == [[("iodine-131 lipiodol", 1.85, "GBq", "once", "intra-arterial")], []]


def test_linker_what_cells_are_grown_with_is_no_treatment(nlp):
    # "expanded ex vivo with interleukin 2 and an anti-CD3 antibody": reagents of the cell product
    r = record(nlp, "Patients were randomly assigned (1:1) to the immunotherapy group or to a control group that "
                    "received no adjuvant treatment. CIK cells were expanded ex vivo for 14 days with interleukin 2 "
                    "and muromonab. The immunotherapy group received 12 intravenous infusions of CIK cells.")
    assert [(a["label"], sorted(c["name"] for c in a["regimen"])) for a in r["arms"]] == [
        ("immunotherapy group", ["cytokine-induced killer cells"]), ("control group", [])]


@pytest.mark.parametrize("words,name", [
    ("high-intensity focused ultrasound (HIFU)", "HIFU"), ("histotripsy", "histotripsy"),
    ("percutaneous cryoablation", "cryoablation"), ("irreversible electroporation", "IRE"),
    ("laser ablation", "laser ablation")])
def test_linker_local_ablations_beyond_the_contracts_list_are_procedures(nlp, words, name):
    r = record(nlp, f"In this single-arm trial, 40 patients with HCC up to 3 cm underwent {words} in a single session.")
    assert [[(c["kind"], c["name"]) for c in a["regimen"]] for a in r["arms"]] == [[("procedure", name)]]


@pytest.mark.parametrize("words", [
    "Grade 3 events were fatigue and thrombocytopenia (n = 1 each).",
    "Grade 3 fatigue and thrombocytopenia occurred in one patient each.",
    "Grade 3 events occurred in 2 patients (fatigue and thrombocytopenia, 1 each [2.9%])."])
def test_linker_a_count_each_after_a_list_of_events_is_every_events(nlp, words):
    r = record(nlp, f"In this single-arm trial, 34 patients received SBRT. {words}")
    assert [x for x in per_arm(r, "adverse_events", "term", "count") if x][0][-2:] == [
        ("fatigue", 1), ("thrombocytopenia", 1)]


def test_linker_events_in_a_bracket_after_one_arms_count_are_that_arms(nlp):
    # "... in 2 patients after A (fatigue and thrombocytopenia, 1 each [2.9%]) and in 9 patients after B":
    # the bracket's events and numbers are A's; B's count is not the last event's
    r = record(nlp, "Patients were randomly assigned to SBRT or TACE. Grade 3 or higher adverse events occurred in "
                    "2 patients (5.9%) after SBRT (fatigue and thrombocytopenia, 1 each [2.9%]) and in 9 patients "
                    "(26.5%) after TACE.")
    assert per_arm(r, "adverse_events", "term", "count", "percent")[0] == [
        ("any adverse event", 2, 5.9), ("fatigue", 1, 2.9), ("thrombocytopenia", 1, 2.9)]
    assert ("fatigue", 1, 2.9) not in per_arm(r, "adverse_events", "term", "count", "percent")[1]


def test_linker_exclusion_criteria_listed_after_their_verb_are_all_exclusions(nlp):
    # "Key exclusion criteria were A; B; a lesion greater than 10 cm": every clause of the list
    r = record(nlp, "Patients were randomly assigned to drugatinib plus TACE or TACE alone. Key exclusion criteria "
                    "were previous systemic therapy; main portal trunk invasion; a largest lesion greater than 10 cm "
                    "in diameter; and total bilirubin above 3 mg/dL.")
    assert [(c["kind"], c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]] == [
        ("exclusion", "tumor_size", ">", 10), ("exclusion", "bilirubin", ">", 3)]


def test_linker_a_sentence_of_assumptions_gives_no_result(nlp):
    # "We assumed a median PFS of 7.0 months with A and 10.5 months with B (HR 0.67)": the design's
    r = record(nlp, "Patients were randomly assigned to drugatinib plus TACE or TACE alone. We assumed a median "
                    "progression-free survival of 7.0 months with TACE alone and 10.5 months with drugatinib plus "
                    "TACE (hazard ratio [HR] 0.67). With a two-sided alpha of 0.05 and 90% power, 263 events were "
                    "required.")
    assert r["comparisons"] == [] and per_arm(r, "outcomes", "endpoint") == [[], []]


def test_linker_a_two_stage_designs_thresholds_and_first_stage_are_no_results(nlp):
    r = record(nlp, "In this single-arm phase 2 trial, patients received SBRT followed by drugamab. An ORR of 20% "
                    "or lower (p0) was considered not promising and an ORR of 40% or higher (p1) worth further study. "
                    "With a one-sided alpha of 0.05 and 80% power, 13 evaluable patients were to be enrolled in stage "
                    "1. The probability of early termination under p0 was 74.7%. Of 52 patients screened, 45 were "
                    "enrolled. Best responses were complete response in 3 patients (7.0%) and partial response in 16 "
                    "(37.2%).")
    assert r["enrollment"]["actual"] == 45
    assert per_arm(r, "outcomes", "endpoint", "count", "value") == [[("CR", 3, 7), ("PR", 16, 37.2)]]


def test_linker_other_trials_figures_in_a_discussion_are_no_results(nlp):
    # "In that trial, ..." after naming another trial; "the rates of about 20% reported for X"
    r = record(nlp, "Patients were randomly assigned to drugamab plus cabozantinib or sorafenib. The contrast with "
                    "COSMIC-312 deserves comment. In that trial, cabozantinib plus atezolizumab prolonged "
                    "progression-free survival (median 6.8 vs 4.2 months). Our response rate lies between the roughly "
                    "30% reported for atezolizumab plus bevacizumab and the rates of about 20% reported for "
                    "single-agent immunotherapy.")
    assert per_arm(r, "outcomes", "endpoint") == [[], []] and r["outcomes"] == []


def test_linker_a_group_said_to_have_had_later_therapy_is_not_given_the_trial_drug(nlp):
    # "Because the placebo group received subsequent therapies more often, ... may underestimate the effect
    # of drugatinib": no drugatinib in the placebo arm
    r = record(nlp, "Patients were randomly assigned to drugatinib 5 mg once daily or matching placebo. Because the "
                    "placebo group received subsequent therapies more often, the difference in overall survival may "
                    "underestimate the effect of drugatinib.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["drugatinib"], ["placebo"]]


def test_linker_shares_of_subsets_defined_by_a_threshold_are_a_subgroups(nlp):
    r = record(nlp, "In this single-arm phase 2 trial, 60 patients received drugamab. ORR was 40.0% (12/30) in "
                    "patients with a PD-L1 combined positive score >= 1 and 23.3% (7/30) in those with a score < 1.")
    assert per_arm(r, "outcomes", "endpoint") == [[]]


def test_linker_a_paragraph_opening_on_a_phase_of_the_study_goes_on_about_it(nlp):
    # "In phase II, the confirmed ORR was ... . Median PFS was ...": the expansion's results; "Across all
    # 36 response-evaluable patients" pools the parts again
    r = record(nlp, "In this phase I/II study, patients received drugamab at 1, 3 or 10 mg/kg every 3 weeks in "
                    "dose escalation (phase I); phase II enrolled patients with HCC who received drugamab at the "
                    "recommended phase II dose of 10 mg/kg every 3 weeks. In phase II (median follow-up, 13.6 "
                    "months), the confirmed ORR was 31.7% (19/60). Median PFS was 7.0 months (95% CI, 5.5 to 9.6). "
                    "Across all 72 response-evaluable patients, the ORR was 29.2% (21/72).")
    assert [(o["endpoint"], o["value"]) for o in r["outcomes"]] == [("ORR", 29.2)]
    assert ("PFS", 7) in [x for arm in per_arm(r, "outcomes", "endpoint", "value") for x in arm]


@pytest.mark.parametrize("sentence,expected", [
    ("At week 24, the least-squares mean change from baseline in GHS/QoL was −2·1 points (95% CI −3·8 to −0·4) "
     "with drugamab and −6·9 points (−8·8 to −5·0) with sorafenib (difference 4·8 points, 2·3 to 7·3; p=0·0002).",
     [[("QOL", "mean", 5.5, -2.1, -3.8, -0.4)], [("QOL", "mean", 5.5, -6.9, -8.8, -5)]]),
    ("Mean on-treatment QLQ-C30 global health status scores were 64.8 ± 16.2 versus 58.1 ± 18.7 (P = 0.078).",
     [[("QOL", "mean", None, 64.8, None, None)], [("QOL", "mean", None, 58.1, None, None)]]),
    # the baseline scores describe who was enrolled
    ("Mean baseline global health status scores were similar (71.8 vs 72.5).", [[], []])])
def test_linker_mean_quality_of_life_scores_are_each_arms(nlp, sentence, expected):
    r = record(nlp, f"Patients were randomly assigned to drugamab or sorafenib. {sentence}")
    assert per_arm(r, "outcomes", "endpoint", "stat", "timepoint_months", "value", "ci_low", "ci_high") == expected


def test_linker_dietary_counselling_is_a_control_arm_and_a_daily_total_after_ie_is_no_second_dose(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1 to BCAA granules (4.15 g three times daily after meals, i.e. "
                    "12.45 g/day, taken orally) for 48 weeks, or to dietary counseling alone (control). In both groups, "
                    "TACE was performed with an epirubicin-Lipiodol emulsion.")
    assert [[(c["name"], c.get("dose"), c.get("frequency")) for c in a["regimen"]] for a in r["arms"]] == [
        [("branched-chain amino acids", 4.15, "TID"), ("TACE", None, None), ("epirubicin", None, None), ("lipiodol", None, None)],
        [("TACE", None, None), ("epirubicin", None, None), ("lipiodol", None, None)]]


def test_linker_a_result_said_of_both_groups_is_each_arms(nlp):
    r = record(nlp, "Patients were randomly assigned to octreotide or placebo. Median time to progression was 12 weeks "
                    "in both groups (P = .71).")
    assert per_arm(r, "outcomes", "endpoint", "value", "unit") == [[("TTP", 12, "weeks")], [("TTP", 12, "weeks")]]


def test_linker_treatments_before_plus_either_are_every_arms(nlp):
    r = record(nlp, "One hundred six patients were randomly assigned (1:1) to doxorubicin 60 mg/m2 intravenously every "
                    "21 days plus either drugatinib 400 mg orally twice daily (n = 53) or matching placebo (n = 53).")
    assert [sorted((c["name"], c.get("dose")) for c in a["regimen"]) for a in r["arms"]] == [
        [("doxorubicin", 60), ("drugatinib", 400)], [("doxorubicin", 60), ("placebo", None)]]


def test_linker_intolerance_in_the_eligibility_before_the_assignment_is_no_dose_change(nlp):
    # "who could not tolerate it, were randomly assigned to X 7.5 mg": the planned dose, not a reduced one
    r = record(nlp, "Adults whose disease progressed during or after sorafenib, or who could not tolerate it, were "
                    "randomly assigned 2:1 to everolimus 7.5 mg once daily or matching placebo once daily.")
    assert [(c["name"], c.get("dose")) for c in r["arms"][0]["regimen"]] == [("everolimus", 7.5)]


def test_linker_the_procedure_patients_were_scheduled_for_is_no_arm(nlp):
    # "randomly assigned patients scheduled for cTACE ... to dexamethasone 12 mg or placebo": two arms
    r = record(nlp, "This double-blind trial randomly assigned patients scheduled for cTACE, in a 1:1 ratio, to "
                    "dexamethasone 12 mg or placebo (0.9% saline), each given as an intravenous infusion.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["dexamethasone"], ["placebo"]]


def test_linker_in_none_of_n_is_a_share_of_none(nlp):
    r = record(nlp, "Patients were randomly assigned to octreotide or placebo. An objective response was recorded in 2 "
                    "of 58 assessable octreotide-treated patients (3%) and in none of 60 assessable placebo recipients.")
    assert per_arm(r, "outcomes", "endpoint", "value", "count", "total") == [[("ORR", 3, 2, 58)], [("ORR", 0, 0, 60)]]


def test_linker_a_time_after_a_comparison_sign_in_a_bracket_is_no_median(nlp):
    # "fewer late (>2 years) recurrences": the time bounds a category
    r = record(nlp, "Patients were randomly assigned to tenofovir alafenamide or entecavir. The difference in "
                    "recurrence-free survival was driven by fewer late (>2 years) recurrences.")
    assert r["outcomes"] == [] and per_arm(r, "outcomes", "endpoint") == [[], []]


def test_linker_causes_of_death_counted_in_words_after_each(nlp):
    # "(hepatic failure in two, gastrointestinal haemorrhage in one and ...)": each cause's count
    r = record(nlp, "Patients were randomly assigned to drugamab plus cabozantinib or sorafenib. The four "
                    "treatment-related deaths in the combination group (hepatic failure in two, gastrointestinal "
                    "haemorrhage in one and immune-mediated hepatitis in one) underline the need for careful selection.")
    assert per_arm(r, "adverse_events", "term", "grade", "count")[0] == [
        ("any adverse event", "5", 4), ("hepatic failure", "5", 2), ("gastrointestinal hemorrhage", "5", 1),
        ("immune-mediated hepatitis", "5", 1)]


def test_linker_a_subgroups_clause_after_the_main_result_adds_no_comparison(nlp):
    r = record(nlp, "Patients were randomly assigned to drugavac plus nivolumab or nivolumab. Median PFS was 9.1 versus "
                    "5.6 months (HR 0.62, 95% CI 0.38 to 1.01), and in patients with baseline AFP >=400 ng/mL the PFS "
                    "HR was 0.48 (95% CI 0.22 to 1.04; p = 0.06).")
    assert comparisons(r, "endpoint", "value", "p") == [("PFS", 0.62, None)]


def test_linker_with_or_without_named_in_brackets_gives_both_arms_and_their_names(nlp):
    r = record(nlp, "Patients were randomized 1:1 to sorafenib 400 mg orally twice a day with (combination group) or "
                    "without (sorafenib-alone group) three-dimensional conformal radiotherapy. Median OS was 12.1 "
                    "months in the combination group and 8.2 months in the sorafenib-alone group.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["radiotherapy", "sorafenib"], ["sorafenib"]]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 12.1)], [("OS", 8.2)]]


@pytest.mark.parametrize("verb", ["was seen", "was detected", "occurred", "occured", "were occured"])
def test_linker_an_event_seen_in_counts_per_arm(nlp, verb):
    # "seen in", "detected in" and the common misspelling "occured" report events as "occurred" does
    r = record(nlp, "Methods: Patients were randomized to Group I (TACE plus sorafenib 400 mg twice daily) or Group II "
                    f"(TACE alone). Results: Hypertension {verb} in 20 patients (58.8%) in Group I and 3 patients "
                    "(9.1%) in Group II.")
    assert per_arm(r, "adverse_events", "term", "count", "percent") == [
        [("hypertension", 20, 58.8)], [("hypertension", 3, 9.1)]]


def test_linker_events_named_in_an_entry_criterion_are_no_adverse_events(nlp):
    methods = ("Methods: In this single-arm phase II study, patients received nivolumab 240 mg every 2 weeks. "
               "Patients with grade >= 2 hepatic encephalopathy or ascites requiring paracentesis were excluded. ")
    assert record(nlp, methods)["arms"][0]["adverse_events"] == []
    # the same events reported with their shares are events, wherever the sentence stands
    r = record(nlp, methods + "Grade >= 2 hepatic encephalopathy occurred in 3 patients (5.9%).")
    assert per_arm(r, "adverse_events", "term", "grade", "count")[0] == [
        ("hepatic encephalopathy", ">=2", 3)]


def test_linker_rf_ablation_is_radiofrequency_ablation(nlp):
    r = record(nlp, "Patients were randomly assigned by sealed envelopes to RF ablation or PEI.")
    assert [regimen(a) for a in r["arms"]] == [{("RFA", None, None, None)}, {("PEI", None, None, None)}]


def test_linker_two_arms_of_one_procedure_keep_the_modifier_that_tells_them_apart(nlp):
    # "to laparoscopic hepatectomy or open hepatectomy": both are resections; the labels say which is which,
    # and ", with identical perioperative care" is every arm's, not part of the last label
    r = record(nlp, "Patients were randomized 1:1 to laparoscopic hepatectomy or open hepatectomy, with identical "
                    "perioperative care. Complications occurred in 24 (23.8%) in the laparoscopic group and 41 "
                    "(39.8%) in the open group.")
    assert [a["label"] for a in r["arms"]] == ["laparoscopic hepatectomy", "open hepatectomy"]
    assert per_arm(r, "adverse_events", "count") == [[(24,)], [(41,)]]
    # a shared dosing clause still belongs to its arm
    r = record(nlp, "Patients were randomly assigned to toripalimab 240 mg every 3 weeks plus lenvatinib 8 mg once "
                    "daily or to lenvatinib monotherapy, with the same dosing.")
    assert r["arms"][1]["label"] == "lenvatinib monotherapy, with the same dosing"


def test_linker_a_second_endpoints_clause_after_a_comma_keeps_its_own_landmarks(nlp):
    text = ("Patients were randomized 1:1 to sorafenib or placebo. The 3-year and 5-year OS were 81.2% and 70.3% in "
            "the sorafenib group vs 79.6% and 68.9% in the placebo group (HR, 0.94; 95% CI, 0.59-1.50), and "
            "1-year and 2-year RFS were 55.4% and 44.6% vs 52.1% and 41.7%.")
    r = record(nlp, text)
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [
        [("OS", 36, 81.2), ("OS", 60, 70.3), ("RFS", 12, 55.4), ("RFS", 24, 44.6)],
        [("OS", 36, 79.6), ("OS", 60, 68.9), ("RFS", 12, 52.1), ("RFS", 24, 41.7)]]
    # two landmarks of one endpoint closed by one "respectively" stay one clause
    r = record(nlp, "Patients were randomized 1:1 to sorafenib or placebo. The 12-month OS rates were 44.6% and 31.2%, "
                    "and the 24-month OS rates 21.6% and 9.8%, respectively.")
    assert per_arm(r, "outcomes", "timepoint_months", "value") == [[(12, 44.6), (24, 21.6)], [(12, 31.2), (24, 9.8)]]


@pytest.mark.parametrize("sentence", ["All study drugs were given as intravenous infusions until progression.",
                                      "Both agents were administered intravenously."])
def test_linker_a_route_stated_for_every_study_drug_is_each_drugs(nlp, sentence):
    r = record(nlp, "Patients were randomly assigned to durvalumab 1,500 mg Q4W or tremelimumab 75 mg Q4W plus "
                    "durvalumab 1,500 mg Q4W. " + sentence)
    assert [[c.get("route") for c in a["regimen"]] for a in r["arms"]] == [["iv"], ["iv", "iv"]]


def test_linker_a_procedures_agents_infused_into_the_artery_give_no_other_arm_a_route(nlp):
    r = record(nlp, "Patients were randomly assigned to HAIC or sorafenib 400 mg twice daily. For HAIC, oxaliplatin "
                    "85 mg/m2 was given every 3 weeks; all agents were infused into the hepatic artery.")
    assert r["arms"][1]["regimen"][0].get("route") is None


def test_linker_a_bracket_breaking_down_a_count_gives_each_event_its_count(nlp):
    # "3 patients (11.1%) (gastroduodenal ulcer, n = 1; ALT increase, n = 2)": each term, a comma, its count
    r = record(nlp, "In this single-arm study, patients received SBRT. Results: Grade >=3 toxicity occurred in 3 patients "
                    "(11.1%) (gastroduodenal ulcer, n = 1; alanine aminotransferase increase, n = 2).")
    assert per_arm(r, "adverse_events", "term", "grade", "count")[0] == [
        ("any adverse event", ">=3", 3), ("gastroduodenal ulcer", ">=3", 1), ("alanine aminotransferase increased", ">=3", 2)]
    # the causes of deaths in a bracket are not events of this kind
    r = record(nlp, "In this single-arm study, patients received SBRT. Results: Two patients died during treatment "
                    "(hepatic failure, n = 1; sepsis, n = 1).")
    assert all(e.get("count") != 1 or e["grade"] == "5" for e in r["arms"][0]["adverse_events"] + r["adverse_events"])


def test_linker_cohorts_enrolled_one_after_the_other_and_not_randomised_are_no_randomised_study(nlp):
    r = record(nlp, "Cohort A received tremelimumab 1 mg/kg plus tislelizumab 200 mg Q3W; cohort B received a single "
                    "priming dose of tremelimumab 300 mg plus tislelizumab 200 mg Q3W. Cohorts were enrolled "
                    "sequentially and not randomized.")
    assert r["randomized"] is False


def test_linker_a_markdown_pages_bold_labels_for_exclusions_and_the_target_sample(nlp):
    r = record(nlp, "# Trial summary\n\n- **Type:** randomised (1:1) trial of TACE plus MWA or MWA alone\n"
                    "- **Target sample:** 150 patients (75 per arm)\n"
                    "- **Eligible:** solitary HCC; Child-Pugh A\n"
                    "- **Excluded:** total bilirubin > 51 µmol/L; macrovascular invasion\n")
    assert r["enrollment"]["planned"] == 150
    assert [(c["kind"], c["parameter"]) for c in r["eligibility"]] == [
        ("inclusion", "child_pugh_class"), ("exclusion", "bilirubin")]


def test_linker_the_number_of_a_confirmatory_trial_said_to_be_ongoing_is_not_the_documents(nlp):
    r = record(nlp, "In this randomized phase 3 trial (NCT04047069), patients were randomized to SBRT or RFA. "
                    "A confirmatory trial in treatment-naive patients (NCT05532345) is ongoing.")
    assert r["ids"]["nct"] == ["NCT04047069"]


def test_linker_a_benefit_said_to_be_larger_in_patients_with_a_trait_is_a_subgroups(nlp):
    r = record(nlp, "Patients were randomized to toripalimab or sorafenib. Median OS was 15.2 vs 14.0 months (HR 0.86, "
                    "95% CI 0.72-1.02). The survival advantage appeared larger in patients with hepatitis B (HR 0.79, "
                    "95% CI 0.63-0.99).")
    assert comparisons(r, "endpoint", "value") == [("OS", 0.86)]


def test_linker_numbers_of_a_clause_naming_no_endpoint_are_not_a_later_clauses_endpoints(nlp):
    text = ("Patients were randomized to lenvatinib plus TACE (LEN-TACE) or lenvatinib alone (LEN). Twenty-six "
            "patients (15.3%) in the LEN-TACE group and 4 (2.4%) in the LEN group underwent conversion hepatectomy; "
            "median OS had not been reached among patients who underwent resection.")
    r = record(nlp, text)
    assert all(o.get("value") not in (15.3, 2.4) for a in r["arms"] for o in a["outcomes"])
    # the clause that names its event before the number keeps the later clause's endpoint of that event
    r = record(nlp, "Patients were randomized to donafenib or placebo. Recurrence was recorded in 59 (36.0%) of 164 "
                    "patients given donafenib and 44 (53.7%) of 82 given placebo; median time to recurrence was 33.1 "
                    "months versus 19.0 months.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("TTR", 36.0), ("TTR", 33.1)], [("TTR", 53.7), ("TTR", 19.0)]]


def test_linker_a_dose_set_off_by_commas_is_the_drug_before_it(nlp):
    # the house style "drug, dose, plus drug, dose": each dose is the drug's written before it
    r = record(nlp, "In this single-arm trial, oxaliplatin, 85 mg/m2, leucovorin, 400 mg/m2, and fluorouracil, "
                    "2400 mg/m2, were given by HAIC.")
    assert regimen(r["arms"][0]) == {("oxaliplatin", 85, "mg/m2", None), ("leucovorin", 400, "mg/m2", None),
                                     ("fluorouracil", 2400, "mg/m2", None), ("HAIC", None, None, None)}
    # a dose written before its drug keeps going forward
    r = record(nlp, "In this single-arm trial, patients received sorafenib, 240 mg toripalimab and TACE.")
    assert ("toripalimab", 240, "mg", None) in regimen(r["arms"][0])


def test_linker_a_group_named_reduced_does_not_make_the_next_arms_doses_reductions(nlp):
    # "(reduced-intensity group), or A 1200 mg plus B 15 mg/kg": the second arm's doses are planned doses
    r = record(nlp, "Patients were randomized 1:1 to atezolizumab 1200 mg plus bevacizumab 7.5 mg/kg (reduced-intensity "
                    "group) or atezolizumab 1200 mg plus bevacizumab 15 mg/kg (standard group).")
    assert [regimen(a) for a in r["arms"]] == [
        {("atezolizumab", 1200, "mg", None), ("bevacizumab", 7.5, "mg/kg", None)},
        {("atezolizumab", 1200, "mg", None), ("bevacizumab", 15, "mg/kg", None)}]
    # a reduction is still one
    r = record(nlp, "In this single-arm trial, sorafenib 400 mg twice daily was given; the dose was reduced to 200 mg "
                    "twice daily for grade 3 events.")
    assert regimen(r["arms"][0]) == {("sorafenib", 400, "mg", "BID")}


def test_linker_the_route_and_interval_after_a_dosed_list_as_subject_are_every_drugs(nlp):
    r = record(nlp, "In this single-arm trial, oxaliplatin 130 mg/m2 over 2 h, leucovorin 400 mg/m2 and fluorouracil "
                    "400 mg/m2 as a bolus followed by 2400 mg/m2 as a continuous infusion, were infused through the "
                    "hepatic artery every 3 weeks.")
    assert per_arm(r, "regimen", "name", "dose", "frequency", "route")[0] == [
        ("oxaliplatin", 130, "Q3W", "intra-arterial"), ("leucovorin", 400, "Q3W", "intra-arterial"),
        ("fluorouracil", 400, "Q3W", "intra-arterial"), ("fluorouracil", 2400, "Q3W", "intra-arterial")]
    # the clause after the verb ends at "and": what follows is another drug's
    r = record(nlp, "In this single-arm trial, oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 were infused through the "
                    "hepatic artery, and sorafenib 400 mg was taken orally twice daily.")
    assert per_arm(r, "regimen", "name", "route")[0] == [
        ("oxaliplatin", "intra-arterial"), ("leucovorin", "intra-arterial"), ("sorafenib", "oral")]


def test_linker_an_interval_stated_for_every_study_drug_is_each_drugs(nlp):
    r = record(nlp, "Patients were randomly assigned to atezolizumab 1200 mg plus bevacizumab 7.5 mg/kg or atezolizumab "
                    "1200 mg plus bevacizumab 15 mg/kg; in both groups, both drugs were given intravenously every 3 weeks.")
    assert per_arm(r, "regimen", "route", "frequency") == [
        [("iv", "Q3W"), ("iv", "Q3W")], [("iv", "Q3W"), ("iv", "Q3W")]]


def test_linker_a_routine_surveillance_arm_and_a_treatment_named_as_the_time_of_assignment(nlp):
    # "4 to 6 weeks after R0 hepatectomy" says when patients were assigned; surveillance is an arm without components
    r = record(nlp, "Patients were randomly assigned (1:1) 4 to 6 weeks after R0 hepatectomy to adjuvant HAIC or to "
                    "routine surveillance (control).")
    assert [(a["label"], [c["name"] for c in a["regimen"]]) for a in r["arms"]] == [
        ("adjuvant HAIC", ["HAIC"]), ("routine surveillance", [])]


@pytest.mark.parametrize("sentence", ["HBV-DNA-positive patients in both groups received entecavir 0.5 mg daily.",
                                      "Patients with hepatitis B virus infection received entecavir 0.5 mg once daily "
                                      "in both groups.",
                                      "Antiviral therapy for hepatitis B (entecavir) is continued in both arms."])
def test_linker_a_drug_for_the_patients_of_a_condition_in_every_arm_is_background(nlp, sentence):
    r = record(nlp, "Patients were randomly assigned to TACE or TACE plus sorafenib 400 mg twice daily. " + sentence)
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["TACE"], ["TACE", "sorafenib"]]
    # the patients of a condition assigned to the drugs: the arms
    r = record(nlp, "Patients with HBV-related HCC were randomized to tenofovir 300 mg daily or entecavir 0.5 mg daily.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["tenofovir"], ["entecavir"]]


def test_ids_an_ovid_records_unique_identifier_is_its_pmid_not_a_comments(nlp):
    r = record(nlp, "<1>\nUnique Identifier\n  9912345\nComments\n  Comment in: J Clin Oncol. 1999;17:1-2; PMID: 9912399\n"
                    "Abstract\n  Patients were randomly assigned to tamoxifen or placebo.")
    assert r["ids"]["pmid"] == "9912345"


def test_drugs_an_ester_the_inn_leaves_out_is_not_the_drugs_name(nlp):
    doc = nlp("Patients received megestrol acetate 160 mg daily or medroxyprogesterone acetate 500 mg.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [
        ("megestrol acetate", "megestrol"), ("medroxyprogesterone acetate", "medroxyprogesterone")]


def test_linker_an_intervention_s_field_opens_the_interventions_not_more_criteria(nlp):
    r = record(nlp, "Key inclusion criteria\n1) Age 20 years or older\n2) ECOG PS 0-1\nKey exclusion criteria\n1) Prior "
                    "systemic therapy\nAge minimum\t20age old\nGender\tBoth\n\nIntervention(s)\nLenvatinib (Lenvima) is taken "
                    "orally at 12 mg/day for body weight ≥60 kg, from the day after the first hepatic arterial infusion.\n\n"
                    "Primary Outcome\nObjective response rate")
    assert per_arm(r, "regimen", "name", "dose", "frequency", "route")[0] == [
        ("lenvatinib", 12, "QD", "oral")]


def test_linker_options_each_with_a_count_of_patients_are_the_arms(nlp):
    r = record(nlp, "About the study\n• Trial: a phase 3 randomised trial\n• Treatments: percutaneous microwave ablation "
                    "(161 patients) or laparoscopic or open liver resection (163 patients), allocated at random\n"
                    "• Primary endpoint: recurrence-free survival at three years")
    assert [([c["name"] for c in a["regimen"]], a["n"]) for a in r["arms"]] == [(["MWA"], 161), (["resection"], 163)]


def test_terms_alive_and_free_of_cancer_recurrence_is_recurrence_free_survival(nlp):
    doc = nlp("At three years, 68.2% of patients were alive and free of cancer recurrence.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "ENDPOINT"] == [
        ("were alive and free of cancer recurrence", "RFS")]


def test_linker_a_journal_clubs_intervention_and_control_fields_are_the_arms(nlp):
    r = record(nlp, "Methods\nDesign: Randomized (1:1), open-label phase 3 trial.\nIntervention: SBRT, 45 Gy in 3 fractions "
                    "(15 Gy per fraction); lesions within 2 cm of the bowel received 40 Gy in 5 fractions (8 Gy per "
                    "fraction).\nControl: Percutaneous ultrasound-guided RFA.\nOutcomes: Primary outcome was local "
                    "control.\n\nResults\n150 patients were randomly assigned (SBRT, n = 76; RFA, n = 74).")
    assert per_arm(r, "regimen", "name", "dose", "fractions") == [
        [("radiotherapy", 45, 3), ("radiotherapy", 40, 5)], [("RFA", None, None)]]
    assert [a["n"] for a in r["arms"]] == [76, 74]
    # an "Intervention:" line with no control line after it names no arm of its own
    r = record(nlp, "Intervention: Drug: sorafenib\nIn this single-arm trial, patients received sorafenib 400 mg twice daily.")
    assert len(r["arms"]) == 1


def test_context_another_trial_that_reported_and_an_ongoing_trial_that_should_inform(nlp):
    r = record(nlp, "SBRT for small recurrent HCC: a single-arm phase 2 trial\n\nMethods: In this single-arm trial, 40 "
                    "patients received SBRT.\nResults: The 2-year local control rate was 92.1%.\n\nComment: A Korean "
                    "trial of proton beam therapy versus RFA reported 2-year local control of 94.8% vs 83.9%, and a large "
                    "retrospective comparison found 83.8% after SBRT. The ongoing RAPTOR-LIVER trial (NCT05433870) "
                    "should inform the choice.")
    assert per_arm(r, "outcomes", "endpoint", "value")[0] == [("LC", 92.1)]
    assert r["ids"]["nct"] == []


def test_linker_any_grade_3_or_higher_is_grade_3_or_higher_not_any_grade(nlp):
    r = record(nlp, "In this single-arm trial, patients received SBRT. Results: Any grade ≥3 adverse event occurred in "
                    "5 (6.6%); adverse events of any grade occurred in 20 (30%).")
    assert per_arm(r, "adverse_events", "grade", "count")[0] == [(">=3", 5), ("any", 20)]


def test_linker_a_time_set_off_by_commas_in_the_assignment_is_no_arm(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1:1 to receive, 4 to 6 weeks after surgery, 1850 MBq (50 mCi) of "
                    "131I-lipiodol as a single injection into the proper hepatic artery; cisplatin 65 mg/m2 infused into "
                    "the hepatic artery every 4 weeks; or no adjuvant treatment (control).")
    assert per_arm(r, "regimen", "name", "dose", "unit") == [
        [("iodine-131 lipiodol", 1.85, "GBq")], [("cisplatin", 65, "mg/m2")], []]


def test_linker_an_arm_named_by_its_place_in_a_sequence_is_written_with_a_space_too(nlp):
    r = record(nlp, "Patients were randomized 1:1 to sorafenib followed at progression by nivolumab (sorafenib-first) or to "
                    "nivolumab followed at progression by sorafenib (nivolumab-first). Results: Median OS was 14.6 months "
                    "with sorafenib first and 17.9 months with nivolumab first.")
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("OS", 14.6)], [("OS", 17.9)]]


def test_linker_a_dosed_list_set_off_by_dashes_before_a_participle_shares_its_route_and_interval(nlp):
    r = record(nlp, "In this single-arm trial, HAIC consisted of FOLFOX — oxaliplatin 85 mg/m2, leucovorin 200 mg/m2, and "
                    "fluorouracil 2400 mg/m2 over 46 hours — infused into the proper hepatic artery, every 3 weeks.")
    assert [(c["name"], c.get("frequency"), c.get("route")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"] == [
        ("oxaliplatin", "Q3W", "intra-arterial"), ("leucovorin", "Q3W", "intra-arterial"),
        ("fluorouracil", "Q3W", "intra-arterial")]


def test_linker_an_interval_after_the_last_comma_of_a_list_of_every_agent_is_every_agents(nlp):
    r = record(nlp, "In this single-arm trial, all agents were infused through the hepatic artery: oxaliplatin 85 mg/m2 over "
                    "2 h, leucovorin 400 mg/m2 over 2 h, and then fluorouracil 2,400 mg/m2 over 46 h, every 3 weeks.")
    assert [(c["name"], c.get("frequency")) for c in r["arms"][0]["regimen"] if c["kind"] == "drug"] == [
        ("oxaliplatin", "Q3W"), ("leucovorin", "Q3W"), ("fluorouracil", "Q3W")]
    # a list not said to hold every agent: the interval after its last comma stays with the last drug
    r = record(nlp, "In this single-arm trial, patients received: sorafenib 400 mg orally twice daily, pembrolizumab 200 mg "
                    "intravenously, every 3 weeks.")
    assert per_arm(r, "regimen", "name", "frequency")[0] == [("sorafenib", "BID"), ("pembrolizumab", "Q3W")]


@pytest.mark.parametrize("text", ["sorafenib 400 mg orally twice daily, pembrolizumab 200 mg intravenously every 3 weeks",
                                  "sorafenib 400 mg p.o. twice daily, 4 weeks on/2 weeks off, pembrolizumab 200 mg every 3 weeks"])
def test_linker_a_route_or_schedule_right_after_a_drugs_own_details_is_that_drugs(nlp, text):
    # not the next drug's after a comma
    r = record(nlp, "In this single-arm trial, patients received " + text + ".")
    comps = r["arms"][0]["regimen"]
    assert [(c["name"], c.get("frequency"), c.get("route")) for c in comps][0][:3] == ("sorafenib", "BID", "oral")
    assert comps[1].get("frequency") == "Q3W" and comps[1].get("days") is None


def test_linker_a_chictr_records_main_and_additional_indicators_are_primary_and_secondary(nlp):
    text = ("Study design: Parallel\nOutcomes:\nOutcome:\tProgression-free survival\nType:\tMain indicator\n"
            "Outcome:\tOverall survival\nType:\tAdditional indicator\n")
    assert [(e["name"], e["role"]) for e in record(nlp, text)["endpoints"]] == [("PFS", "primary"), ("OS", "secondary")]
    # beside "Secondary indicator", an "Additional indicator" is neither
    text = ("Outcomes:\nOutcome:\tProgression-free survival\nType:\tPrimary indicator\nOutcome:\tOverall survival\n"
            "Type:\tSecondary indicator\nOutcome:\tQuality of life\nType:\tAdditional indicator\n")
    assert [(e["name"], e["role"]) for e in record(nlp, text)["endpoints"]] == [
        ("PFS", "primary"), ("OS", "secondary"), ("QOL", None)]


def test_linker_a_short_form_joined_with_spaced_signs_names_its_arm(nlp):
    r = record(nlp, "Patients were randomized 2:1 to camrelizumab plus donafenib (C + D) or donafenib alone (D). Results: "
                    "186 were randomized (C + D, n = 124; D, n = 62). Median PFS was 7.6 months with C + D versus 4.1 "
                    "months with D.")
    assert [(a["n"], [o["value"] for o in a["outcomes"]]) for a in r["arms"]] == [(124, [7.6]), (62, [4.1])]


def test_linker_events_regardless_of_attribution_are_no_subgroup(nlp):
    r = record(nlp, "Patients were randomly assigned to durvalumab plus bevacizumab or lenvatinib. Results: Grade 3/4 TRAEs "
                    "occurred in 95 (30%) versus 151 (48%); grade ≥3 adverse events regardless of attribution were reported "
                    "in 158 (50%) versus 182 (58%).")
    assert [sorted((e["grade"], e["count"]) for e in a["adverse_events"]) for a in r["arms"]] == [
        [("3-4", 95), (">=3", 158)], [("3-4", 151), (">=3", 182)]]
    # a benefit regardless of a patient's trait is still a subgroup's
    r = record(nlp, "Patients were randomly assigned to A plus bevacizumab or lenvatinib. Results: The benefit held regardless "
                    "of PD-L1 status (HR 0.70 vs 0.75) and the ORR was 30% in both PD-L1 groups.")
    assert [a["outcomes"] for a in r["arms"]] == [[], []]


def test_linker_a_hazard_ratio_for_recurrence_or_death_is_dfs_in_a_trial_of_dfs(nlp):
    text = ("Patients were randomly assigned to adjuvant TACE or no adjuvant treatment. The primary end point was {}. "
            "Results: The hazard ratio for recurrence or death was 0.56 (95% CI, 0.34-0.92; P = 0.022).")
    assert [c["endpoint"] for c in record(nlp, text.format("disease-free survival (DFS)"))["comparisons"]] == ["DFS"]
    assert [c["endpoint"] for c in record(nlp, text.format("recurrence-free survival"))["comparisons"]] == ["RFS"]
    assert [c["endpoint"] for c in record(nlp, text.format("overall survival"))["comparisons"]] == ["RFS"]


def test_linker_arms_named_only_after_a_semicolon_do_not_order_a_pair_before_it(nlp):
    r = record(nlp, "Patients were randomized 1:1 to TACE plus radiotherapy or sorafenib. Results: Median OS was 40.2 weeks "
                    "vs 31.5 weeks (HR, 0.80; P = .20); 9 patients in the sorafenib group crossed over to TACE plus "
                    "radiotherapy after progression.")
    assert [[o["value"] for o in a["outcomes"] if o["stat"] == "median"] for a in r["arms"]] == [[40.2], [31.5]]
    # an arm named in the pair's own clause still orders it
    r = record(nlp, "Patients were randomized 1:1 to TACE plus radiotherapy or sorafenib. Results: With sorafenib, "
                    "median OS was 31.5 weeks vs 40.2 weeks; 9 patients crossed over.")
    assert [[o["value"] for o in a["outcomes"] if o["stat"] == "median"] for a in r["arms"]] == [[40.2], [31.5]]


@pytest.mark.parametrize("findings,labels", [
    ("median PFS was 30.1 weeks with TACE plus radiotherapy vs 12.0 weeks with sorafenib, and the objective "
     "response rate was 30% vs 4%.", ["TACE plus radiotherapy", "sorafenib"]),
    ("the 5-year OS rate was 52.3% with adjuvant TACE vs 41.0% with hepatectomy alone, and 10-year overall "
     "survival was 30.2% vs 20.1%.", ["adjuvant TACE", "hepatectomy alone"]),
    ("median OS was 20.4 months with SBRT plus sintilimab vs 12.2 months with sintilimab alone (hazard ratio "
     "[HR], 0.60; P = .01).", ["SBRT plus sintilimab", "sintilimab alone"]),
])
def test_linker_an_arm_named_in_a_result_sentence_is_labelled_by_its_treatment(nlp, findings, labels):
    r = record(nlp, f"Findings: In this randomized clinical trial, {findings}")
    assert [a["label"] for a in r["arms"]] == labels


PHASE1_METHODS = ("Methods: This open-label, non-randomized phase I study enrolled adults with advanced HCC. Dose escalation "
                  "(3+3 design) evaluated zolvatinib 100, 150, and 200 mg orally twice daily with durvalumab 1,500 mg IV "
                  "every 4 weeks; the expansion cohort was treated at the recommended phase II dose (RP2D). ")


def test_linker_dose_levels_before_the_mtd_clause_are_not_the_expansion_arms(nlp):
    r = record(nlp, PHASE1_METHODS + "Results: DLTs occurred in 0 of 3 patients at 100 mg, 1 of 6 at 150 mg, and 2 of 4 at "
                                     "200 mg; the MTD and RP2D was zolvatinib 150 mg twice daily.")
    expansion = r["arms"][-1]
    assert sorted((c["name"], c.get("dose")) for c in expansion["regimen"]) == [("durvalumab", 1500), ("zolvatinib", 150)]


def test_linker_an_expansion_heading_line_gives_its_paragraph_to_the_expansion_arm(nlp):
    r = record(nlp, PHASE1_METHODS + "Results: The MTD and RP2D was zolvatinib 150 mg twice daily.\n\nExpansion cohort\n"
                                     "Twenty patients were treated. The ORR was 25.0% (5/20). Median PFS was 4.2 months "
                                     "(95% CI, 2.9-6.0).\n")
    assert [sorted((o["endpoint"], o["value"]) for o in a["outcomes"]) for a in r["arms"]][-1] == [("ORR", 25.0), ("PFS", 4.2)]
    assert r["outcomes"] == []


def test_linker_an_event_table_captioned_with_one_arm_is_that_arms(nlp):
    r = record(nlp, PHASE1_METHODS + "Results: The MTD and RP2D was zolvatinib 150 mg twice daily.\n\n"
                                     "Table 3. TRAEs, expansion cohort (N = 20), n (%)\n"
                                     "Adverse event\tAny grade\tGrade 3\n"
                                     "Diarrhea\t11 (55.0)\t2 (10.0)\n"
                                     "Fatigue\t6 (30.0)\t—\n")
    events = sorted((e["term"], e["grade"], e["count"]) for e in r["arms"][-1]["adverse_events"])
    assert events == [("diarrhea", "3", 2), ("diarrhea", "any", 11), ("fatigue", "any", 6)]
    assert r["adverse_events"] == []


# two arms named by codes, each adding a drug to the backbone both receive
_CODED_ADD_ON_ARMS = ("Methods: Patients were randomized 1:1 to arm TL or arm TP. Both arms received TACE every 6 weeks; "
                      "arm TL added lenvatinib 8 mg orally once daily and arm TP added pembrolizumab 200 mg intravenously "
                      "every 3 weeks.")


def test_linker_arms_named_by_a_code_that_each_add_a_drug_to_a_shared_backbone(nlp):
    r = record(nlp, _CODED_ADD_ON_ARMS)
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["TACE", "lenvatinib"], ["TACE", "pembrolizumab"]]


def test_linker_a_header_row_opening_on_a_tab_then_a_pipe_has_an_empty_label_cell(nlp):
    r = record(nlp, _CODED_ADD_ON_ARMS + "\n\nResults\n\t| Arm TL (n = 40)\t| Arm TP (n = 41)\nORR, n (%)\t| 18 (45.0)\t| 12 (29.3)\n")
    assert per_arm(r, "outcomes", "endpoint", "count", "total") == [[("ORR", 18, 40)], [("ORR", 12, 41)]]


OLD_REGISTRY_RESULTS = (
    "Reporting Groups\n"
    "\tDescription\n"
    "Sorafenib + TACE\tSorafenib 400 mg orally twice daily plus TACE every 8 weeks\n"
    "Placebo + TACE\tMatching placebo orally twice daily plus TACE every 8 weeks\n"
    "\n"
    "  Outcome Measures\n"
    "\n"
    "1.  Primary:  Progression-Free Survival   [ Time Frame: 3 years ]\n"
    "Measured Values\n"
    "\tSorafenib + TACE\tPlacebo + TACE\n"
    "Number of Participants Analyzed [units: participants]\t101\t99\n"
    "Progression-Free Survival [units: months] Median (95% Confidence Interval)\t9.1 (7.7 to 10.4)\t6.0 (5.1 to 7.2)\n"
    "Statistical Analysis 1\n"
    "Method\tLog Rank\tP Value\t0.004\tHazard Ratio (HR)\t0.66\t95% Confidence Interval\t0.49 to 0.88\n")


def test_linker_an_older_registry_results_page_gives_arms_and_a_one_line_analysis(nlp):
    from hcc_nlp.layout import repaired
    r = record(nlp, repaired(OLD_REGISTRY_RESULTS))
    assert [(a["label"], sorted(c["name"] for c in a["regimen"])) for a in r["arms"]] == [
        ("Sorafenib + TACE", ["TACE", "sorafenib"]), ("Placebo + TACE", ["TACE", "placebo"])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("PFS", 9.1)], [("PFS", 6.0)]]
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("PFS", "HR", 0.66, 0.49, 0.88, "0.004")]


def test_linker_an_investigators_choice_with_a_bracket_before_its_list_is_one_arm(nlp):
    r = record(nlp, "Patients were randomly assigned 1:1 to nivolumab 240 mg intravenously every 2 weeks plus cabozantinib "
                    "40 mg orally once daily, or to investigator's choice (declared before randomization) of sorafenib 400 mg "
                    "orally twice daily or lenvatinib 8 mg orally once daily.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["cabozantinib", "nivolumab"], ["lenvatinib", "sorafenib"]]


def test_linker_grade_pair_declared_before_each_arms_list_sentence(nlp):
    # the columns are named once ("any grade / grade >=3") and each arm's list follows as "Arm: ..."
    r = record(nlp, "Patients were randomly assigned to nivolumab 240 mg every 2 weeks plus regorafenib 80 mg once daily "
                    "(combination group) or regorafenib 160 mg once daily alone (regorafenib group). "
                    "The commonest adverse events, given as any grade, n (%) / grade 3 or worse, n (%), were as follows. "
                    "Combination group: rash 18 (36.0%) / 4 (8.0%); diarrhoea 11 (22.0%) / 2 (4.0%). "
                    "Regorafenib group: rash 9 (18.0%) / 1 (2.0%).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("rash", "any", 18), ("rash", ">=3", 4), ("diarrhea", "any", 11), ("diarrhea", ">=3", 2)],
        [("rash", "any", 9), ("rash", ">=3", 1)]]


def test_linker_an_arm_lead_after_an_unannounced_sentence_lists_no_events(nlp):
    # "Label: ..." lists events only after a sentence that announced a list
    r = record(nlp, "Patients were randomly assigned to nivolumab 240 mg every 2 weeks plus regorafenib 80 mg once daily "
                    "(combination group) or regorafenib 160 mg once daily alone (regorafenib group). "
                    "Adverse events were mostly mild. Conclusion: rash 18 (36.0%) is an example here.")
    assert per_arm(r, "adverse_events", "term") == [[], []]


def test_linker_fatal_teaes_with_each_arms_causes_in_brackets(nlp):
    r = record(nlp, "Patients were randomly assigned to nivolumab 240 mg every 2 weeks plus regorafenib 80 mg once daily "
                    "(combination group) or regorafenib 160 mg once daily alone (regorafenib group), 50 to each group. "
                    "Fatal TEAEs occurred in 2 (4.0%) patients in the combination group (sepsis and pneumonitis, one each) "
                    "and in 1 (2.0%) patient in the regorafenib group (hepatic failure).")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("any adverse event", "5", 2), ("sepsis", "5", 1), ("pneumonitis", "5", 1)],
        [("any adverse event", "5", 1), ("hepatic failure", "5", 1)]]


def test_linker_each_followed_by_a_shared_operation_joins_every_arm(nlp):
    r = record(nlp, "Patients were randomly assigned to portal vein embolisation or to radiation lobectomy with "
                    "yttrium-90 glass microspheres (prescribed dose 150 Gy), each followed by hepatectomy once the "
                    "remnant had grown (reassessed 4 weeks after PVE). Median delivered activity in the radiation "
                    "lobectomy arm was 2.1 GBq.")
    assert [a["label"] for a in r["arms"]][0] == "portal vein embolisation"
    assert [[(c["name"], c.get("dose"), c.get("unit")) for c in a["regimen"]] for a in r["arms"]] == [
        [("PVE", None, None), ("resection", None, None)],
        [("SIRT", 150, "Gy"), ("resection", None, None)]]


def test_linker_each_combined_with_a_procedure_keeps_its_bracketed_drugs(nlp):
    r = record(nlp, "Patients were randomised to oral donafenib 200 mg twice daily or matching placebo, each combined "
                    "with TACE (epirubicin 40 mg/m2 emulsified with lipiodol) and then gelatin sponge.")
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [
        ["TACE", "donafenib", "epirubicin", "lipiodol"], ["TACE", "epirubicin", "lipiodol", "placebo"]]


def test_linker_embolic_glue_is_no_drug(nlp):
    r = record(nlp, "Patients were randomised to portal vein embolization with n-butyl cyanoacrylate or to "
                    "radioembolization.")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["PVE"], ["SIRT"]]


def test_linker_events_listed_then_each_arms_pair_respectively(nlp):
    r = record(nlp, "Patients were randomised to glycyrrhizin or no hepatoprotective drug (control). Any-grade fever, "
                    "abdominal pain and nausea occurred in 29 (46.8%) vs 41 (66.1%), 18 (29.0%) vs 30 (48.4%), and "
                    "11 (17.7%) vs 19 (30.6%) patients, respectively.")
    assert [a["label"] for a in r["arms"]] == ["glycyrrhizin", "no hepatoprotective drug"]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("fever", "any", 29), ("abdominal pain", "any", 18), ("nausea", "any", 11)],
        [("fever", "any", 41), ("abdominal pain", "any", 30), ("nausea", "any", 19)]]


def test_linker_an_appositive_between_an_event_and_its_numbers(nlp):
    r = record(nlp, "Patients were randomised to glycyrrhizin or control. Grade 1-2 hypokalaemia, an expected effect of "
                    "the drug, occurred in 4 (6.5%) vs 1 (1.6%) patients.")
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [[("hypokalemia", "1-2", 4)], [("hypokalemia", "1-2", 1)]]


def test_linker_a_diluents_volume_is_no_dose_but_lipiodols_is(nlp):
    r = record(nlp, "Patients were randomised to TACE with epirubicin 50 mg dissolved in 10 mL of lipiodol, or to "
                    "magnesium isoglycyrrhizinate 200 mg diluted in 250 mL of 5% glucose given intravenously.")
    assert [[(c["name"], c.get("dose"), c.get("unit")) for c in a["regimen"]] for a in r["arms"]] == [
        [("TACE", None, None), ("epirubicin", 50, "mg"), ("lipiodol", 10, "mL")],
        [("magnesium isoglycyrrhizinate", 200, "mg")]]


def test_linker_one_regimen_started_at_two_times_is_two_arms(nlp):
    r = record(nlp, "Patients were randomly assigned to start sofosbuvir/velpatasvir 400 mg/100 mg orally once daily for "
                    "12 weeks either immediately (early arm) or after a 12-week deferral (late arm), 60 per arm. The "
                    "1-year cumulative incidence of recurrence was 20.5% in the early arm and 24.0% in the late arm.")
    assert [a["n"] for a in r["arms"]] == [60, 60]
    assert [[(c["name"], c.get("dose"), c.get("frequency"), c.get("route")) for c in a["regimen"]] for a in r["arms"]] == [
        [("sofosbuvir", 400, "QD", "oral"), ("velpatasvir", 100, "QD", "oral")]] * 2
    assert per_arm(r, "outcomes", "endpoint", "timepoint_months", "value") == [[("TTR", 12, 20.5)], [("TTR", 12, 24)]]


def test_linker_not_reached_closes_the_endpoints_before_later_numbers(nlp):
    r = record(nlp, "Patients were randomised to sorafenib or lenvatinib. Median RFS was not reached in either arm, "
                    "and 2-year OS was 94.4% vs. 93.0% (p = 0.71).")
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("RFS", "median", None), ("OS", "rate", 94.4)], [("RFS", "median", None), ("OS", "rate", 93)]]


def test_linker_antiviral_background_with_decimal_doses_is_no_arms(nlp):
    r = record(nlp, "Patients were randomized to adjuvant TACE or to routine surveillance (control). Patients with "
                    "hepatitis B virus infection in both groups continued antiviral therapy (entecavir 0.5 mg daily or "
                    "tenofovir disoproxil fumarate 300 mg daily).")
    assert [[c["name"] for c in a["regimen"]] for a in r["arms"]] == [["TACE"], []]


def test_linker_an_extraction_forms_shorthand_roles_criteria_and_enrolment(nlp):
    text = ("METHODS\n   Design: Ph II RCT, open-label, 1:1\n   N randomised = 64  (A 32 / B 32)\n\n"
            "PARTICIPANTS\n   Incl. (as reported): age >=20 y; ECOG 0-1; plt >=50,000/uL\n\n"
            "INTERVENTION: TACE then SBRT 40 Gy / 5 fx.\nCOMPARATOR: TACE alone.\n\n"
            "OUTCOMES REPORTED:\n   1°: LC of target lesion(s) @ 2 y\n   2°: OS, PFS, ORR\n")
    r = record(nlp, text)
    assert r["enrollment"]["actual"] == 64
    assert sorted((e["name"], e["role"]) for e in r["endpoints"]) == [
        ("LC", "primary"), ("ORR", "secondary"), ("OS", "secondary"), ("PFS", "secondary")]
    assert sorted((c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]) == [
        ("age", ">=", 20), ("ecog", "<=", 1), ("platelets", ">=", 50000)]


def test_linker_title_arms_with_hyphenated_exposure_words_and_a_glossary_block(nlp):
    text = ("Sirolimus with Reduced-Exposure Tacrolimus versus Standard-Exposure Tacrolimus after Liver "
            "Transplantation for Hepatocellular Carcinoma: A Randomized Trial\n\n"
            "Abbreviations\nSRL = sirolimus\nrTAC = reduced-exposure tacrolimus\nsTAC = standard-exposure tacrolimus\n\n"
            "Methods: Adults were randomized 1:1 a month after transplantation. In the SRL+rTAC arm, sirolimus was "
            "started at 2 mg orally once daily.\n"
            "Results: 120 patients were randomized: 61 to SRL+rTAC and 59 to sTAC. Three-year RFS was 80.1% with "
            "SRL+rTAC and 70.2% with sTAC.\n")
    r = record(nlp, text)
    assert [(a["n"], sorted(c["name"] for c in a["regimen"])) for a in r["arms"]] == [
        (61, ["sirolimus", "tacrolimus"]), (59, ["tacrolimus"])]
    assert per_arm(r, "outcomes", "endpoint", "value") == [[("RFS", 80.1)], [("RFS", 70.2)]]


def test_linker_a_time_with_decimals_before_after_is_a_finding_and_a_defined_short_form_opens_a_label(nlp):
    text = ("Objective: To compare anatomical resection (AR) with nonanatomical resection (NAR) for solitary HCC.\n"
            "Methods: Patients were randomly assigned 1:1 to AR (segmentectomy with demarcation by indocyanine "
            "green fluorescence) or NAR (limited resection with a margin of at least 5 mm).\n"
            "Results: 200 patients were randomized: 101 to AR and 99 to NAR. Median RFS was 41.7 months after AR "
            "versus 30.2 months after NAR (HR, 0.76; 95% CI, 0.57-0.98; P = 0.04). Recurrence was assessed "
            "3 months after surgery.\n")
    r = record(nlp, text)
    assert [(a["n"], [c["name"] for c in a["regimen"]]) for a in r["arms"]] == [
        (101, ["resection"]), (99, ["resection"])]
    assert per_arm(r, "outcomes", "endpoint", "stat", "value") == [
        [("RFS", "median", 41.7)], [("RFS", "median", 30.2)]]


def test_linker_a_single_intravenous_dose_and_a_surgical_trials_events(nlp):
    text = ("Key Points\nFindings  Postoperative complications occurred in 18.5% of patients given "
            "dexamethasone vs 31.0% of those given placebo.\n\n"
            "Interventions  Patients were randomized 1:1 to a single intravenous dose of dexamethasone, 20 mg, "
            "or matching placebo before hepatectomy.\n"
            "Main Outcomes and Measures  The primary outcome was the incidence of postoperative complications "
            "within 30 days. Secondary outcomes were total bilirubin level on postoperative day 3 and RFS.\n"
            "Results  Clavien-Dindo grade III or higher complications occurred in 4 (4.3%) vs 8 (8.7%) patients, "
            "and PHLF grade B or C in 2 (2.2%) vs 7 (7.6%). Hyperglycemia requiring insulin occurred more often "
            "with dexamethasone (9 [9.8%] vs 3 [3.3%]; P = .07). Mean total bilirubin level on day 3 was 20.1 vs "
            "27.5 umol/L with placebo. In a post hoc analysis of patients with clamping longer than 60 minutes, "
            "the complication rate was 17.0% vs 41.2%.\n")
    r = record(nlp, text)
    assert [(c["name"], c.get("dose"), c.get("route"), c.get("frequency"), c.get("days"))
            for c in r["arms"][0]["regimen"]] == [("dexamethasone", 20, "iv", "once", None)]
    assert [c.get("days") for c in r["arms"][1]["regimen"]] == [None]
    assert ("AE", "primary") in [(e["name"], e["role"]) for e in r["endpoints"]]
    assert per_arm(r, "adverse_events", "term", "grade", "count", "percent") == [
        [("postoperative complication", None, None, 18.5), ("complication", ">=3", 4, 4.3),
         ("post-hepatectomy liver failure", None, 2, 2.2), ("hyperglycemia", None, 9, 9.8)],
        [("postoperative complication", None, None, 31.0), ("complication", ">=3", 8, 8.7),
         ("post-hepatectomy liver failure", None, 7, 7.6), ("hyperglycemia", None, 3, 3.3)]]


def test_linker_events_that_define_another_endpoint_give_no_safety_role(nlp):
    text = ("Patients were randomly assigned to BCAA granules three times daily or to diet alone. The primary "
            "endpoint was event-free survival (EFS), with events defined as recurrence, ascites requiring "
            "treatment or death. Secondary endpoints included OS and safety.\n")
    r = record(nlp, text)
    assert ("AE", "secondary") in [(e["name"], e["role"]) for e in r["endpoints"]]
    assert ("AE", "primary") not in [(e["name"], e["role"]) for e in r["endpoints"]]


def test_linker_a_class_defined_later_an_arm_sentence_in_conclusions_and_a_subgroup_benefit(nlp):
    text = ("Interventions  Patients were randomized 1:1 to radiotherapy plus TKI (RT-TKI) or TKI alone. The TKI, "
            "chosen by the investigator, was oral sorafenib, 400 mg twice daily, or oral lenvatinib, 8 mg/d. "
            "Radiotherapy was SBRT, 35 Gy in 5 fractions.\n"
            "Results  132 patients were randomized: 67 to RT-TKI and 65 to TKI alone. Median PFS was 7.1 months "
            "with RT-TKI vs 4.0 months with TKI alone (HR, 0.52; 95% CI, 0.35-0.77; P < .001). The PFS benefit "
            "was also seen in patients with main portal trunk involvement (HR, 0.45; 95% CI, 0.23-0.86).\n"
            "Conclusions and Relevance  In this randomized clinical trial, adding SBRT or IMRT to sorafenib or "
            "lenvatinib improved progression-free survival.\n")
    r = record(nlp, text)
    assert [(a["n"], sorted((c["name"], c.get("route")) for c in a["regimen"])) for a in r["arms"]] == [
        (67, [("lenvatinib", "oral"), ("radiotherapy", None), ("sorafenib", "oral")]),
        (65, [("lenvatinib", "oral"), ("sorafenib", "oral")])]
    assert comparisons(r, "endpoint", "value") == [("PFS", 0.52)]


def test_linker_each_arms_grade_pair_in_turn_and_a_ratio_in_a_table_row(nlp):
    text = ("Patients were randomised 1:1 to tislelizumab plus lenvatinib or lenvatinib alone.\n"
            "Endpoint | Tislelizumab + lenvatinib (n = 300) | Lenvatinib (n = 300)\n"
            "Median OS, months (95% CI) | 20.1 (18.0-22.4) | 16.9 (15.0-18.8)\n"
            "   OS hazard ratio | 0.79 (95% CI 0.65-0.96); p = 0.02\n\n"
            "Hypertension of any grade / grade ≥ 3 occurred in 130 (43.3%) / 40 (13.3%) vs 120 (40.0%) / "
            "38 (12.7%), and rash in 50 (16.7%) / 3 (1.0%) vs 21 (7.0%) / 1 (0.3%).\n")
    r = record(nlp, text)
    assert comparisons(r, "endpoint", "measure", "value", "ci_low", "ci_high", "p") == [
        ("OS", "HR", 0.79, 0.65, 0.96, "0.02")]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", "any", 130), ("hypertension", ">=3", 40), ("rash", "any", 50), ("rash", ">=3", 3)],
        [("hypertension", "any", 120), ("hypertension", ">=3", 38), ("rash", "any", 21), ("rash", ">=3", 1)]]


def test_linker_an_imaging_agent_is_no_treatment(nlp):
    text = ("Patients were randomly assigned to SIRT, planned with technetium-99m macroaggregated albumin "
            "SPECT/CT, or to sorafenib 400 mg twice daily.\n")
    r = record(nlp, text)
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["SIRT"], ["sorafenib"]]


def test_linker_an_appraisal_cards_headings_roles_in_brackets_and_grade_3_plus(nlp):
    text = ("Design: randomised 1:1, double-blind. 500 patients were randomised (drug n = 250; placebo n = 250).\n\n"
            "Intervention\nSintilimab 200 mg by intravenous infusion every 3 weeks for up to 17 cycles.\n\n"
            "Comparator\nPlacebo IV every 3 weeks, up to 17 cycles.\n\n"
            "Results\n• RFS (primary endpoint; investigator): 30.1 vs 22.0 mo, HR 0.72 (95% CI 0.58-0.90)\n"
            "• OS (secondary): not reached in either arm\n\n"
            "GRADE 3+ TOXICITY (n = 248 vs 249)\n• Hypertension: 6 (2.4%) vs 2 (0.8%)\n\n"
            "ELIGIBLE HERE IF\n☐ Age ≥ 18 years\n☐ ECOG 0–1\n\nNOT ELIGIBLE IF\n☒ Platelets < 75,000/µL\n")
    r = record(nlp, text)
    assert [sorted(c["name"] for c in a["regimen"]) for a in r["arms"]] == [["sintilimab"], ["placebo"]]
    assert [(e["name"], e["role"]) for e in r["endpoints"]][:2] == [("RFS", "primary"), ("OS", "secondary")]
    assert per_arm(r, "adverse_events", "term", "grade", "count") == [
        [("hypertension", ">=3", 6)], [("hypertension", ">=3", 2)]]
    assert sorted((c["kind"], c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]) == [
        ("exclusion", "platelets", "<", 75000), ("inclusion", "age", ">=", 18), ("inclusion", "ecog", "<=", 1)]
