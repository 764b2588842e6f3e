"""Tagging tables with phrasings of my own, beyond the seeds'."""
import pytest

from conftest import ents


@pytest.mark.parametrize("text,expected", [
    ("Patients received sorafenib 400 mg twice daily.", ["400 mg"]),
    ("Lenvatinib 12 mg/day was given orally.", ["12 mg/day"]),
    ("Oxaliplatin 85 mg/m² was infused.", ["85 mg/m²"]),
    ("Bevacizumab 5 mg/kg every 2 weeks.", ["5 mg/kg"]),
    ("Capecitabine (1,000 mg/m2 twice daily) was given.", ["1,000 mg/m2"]),
    ("Cisplatin 50 mg was mixed with lipiodol.", ["50 mg"]),
    ("The dose of sorafenib was 400-800 mg per day.", ["400-800 mg"]),
    ("Atezolizumab 1200 mg Q3W plus bevacizumab 15 mg/kg.", ["1200 mg", "15 mg/kg"]),
    ("We gave 200mg of the drug.", ["200mg"]),
    ("Tegafur/uracil 125 mg/m(2) twice daily.", ["125 mg/m(2)"]),
    ("Hemoglobin ≥ 9 g/dL was required.", []),
    # a dose with its own unit before "and" and one per kilogram after it are two drugs' doses
    ("the same infusions (1,200 mg and 15 mg/kg IV every 3 weeks)", ["1,200 mg", "15 mg/kg"]),
    ("given at 200 and 400 mg", ["200 and 400 mg"]),
    ("between 200 mg and 400 mg daily", ["200 mg and 400 mg"]),
    ("octreotide 250 micrograms twice daily", ["250 micrograms"]),
    ("a single 300-mg priming dose of tremelimumab", ["300-mg"]),
    ("given at 400-800 mg daily", ["400-800 mg"]),
])
def test_numbers_dose(tagger, text, expected):
    assert ents(tagger(text), "DOSE") == expected


@pytest.mark.parametrize("text,expected", [
    ("sorafenib 400 mg twice daily", ["twice daily"]),
    ("sorafenib 400 mg BID", ["BID"]),
    ("sorafenib 400 mg b.i.d.", ["b.i.d."]),
    ("atezolizumab 1200 mg q3w", ["q3w"]),
    ("bevacizumab every other week", ["every other week"]),
    ("given on days 1-28", ["days 1-28"]),
    ("on day 1 and 15 of each cycle", ["day 1 and 15"]),
    ("repeated in 28-day cycles", ["28-day cycles"]),
    ("nivolumab every 2 weeks", ["every 2 weeks"]),
    ("lenvatinib once daily", ["once daily"]),
    ("administered weekly", ["weekly"]),
    ("days 1, 8, and 15 of a 21-day cycle", ["days 1, 8, and 15", "21-day cycle"]),
    # the day a treatment starts or stops on is no day of its cycle; a range from it is
    ("given concurrently from day 1", []),
    ("continued until day 28", []),
    ("from day 1 to day 14", ["day 1 to day 14"]),
    ("160 mg once daily for 3 weeks of each 4-week cycle", ["once daily", "for 3 weeks of each 4-week cycle"]),
    # two ranges of days; a day named again in a list; a window a treatment starts in is no day of its cycle
    ("250 mg/m2/day on days 1 to 7 and 15 to 21", ["days 1 to 7 and 15 to 21"]),
    ("given on Day 1 and Day 15 of each 28-day cycle", ["Day 1 and Day 15", "28-day cycle"]),
    ("radiotherapy starting between Day 5 and Day 14 of Cycle 1", []),
    # a registry's cycle sentence (one span, not also an interval); a day written with a D right after a dose
    ("Cycles repeat every 21 days in the absence of disease progression", ["Cycles repeat every 21 days"]),
    ("oxaliplatin 85 mg/m² d1 + leucovorin 400 mg/m²", ["d1"]),
    ("vitamin D3 and D2 levels", []),
])
def test_numbers_schedule(tagger, text, expected):
    assert ents(tagger(text), "SCHEDULE") == expected


@pytest.mark.parametrize("text,expected", [
    ("A total dose of 50 Gy was delivered.", ["50 Gy"]),
    ("doses ranged from 40 Gy to 60 Gy", ["40 Gy to 60 Gy"]),
    ("a total dose of 40 to 60Gy", ["40 to 60Gy"]),
    ("received 30-54 Gy of radiotherapy", ["30-54 Gy"]),
    ("SBRT of 45 Gy in 3 fractions", ["45 Gy in 3 fractions"]),
    ("60 Gy/15 fractions", ["60 Gy/15 fractions"]),
    ("a fraction dose of 2Gy", ["2Gy"]),
    ("total dose 45 Gy/15 fr (3.0 Gy/fr, 5 fr per week)", ["45 Gy/15 fr", "3.0 Gy"]),
    ("5000 cGy in 25 fractions", ["5000 cGy in 25 fractions"]),
    ("54 Gy in 3 fx", ["54 Gy in 3 fx"]),
    ("1.8 Gy per fraction", ["1.8 Gy"]),
    ("received 40 Gy/5 fr instead", ["40 Gy/5 fr"]),
    ("66 GyE/10 fx", ["66 GyE/10 fx"]),
    ("40 Gy from the linac", ["40 Gy"]),
    # a course cut short is a dose given, not a prescription
    ("5 treatments of 7 Gy each (35 Gy in total), every other weekday", ["5 treatments of 7 Gy each (35 Gy in total)"]),
    ("SBRT 7 Gy x 5 fractions", ["7 Gy x 5 fractions"]),
    ("two patients stopped after 24 Gy and 30 Gy", []),
    ("radiotherapy was interrupted at 36 Gy in one patient", []),
    ("45 Gy in 15 fractions; one patient stopped after", ["45 Gy in 15 fractions"]),
])
def test_numbers_radiation_dose(tagger, text, expected):
    assert ents(tagger(text), "RADIATION_DOSE") == expected


@pytest.mark.parametrize("text,label,expected", [
    ("The median OS was 10.5 months.", "RESULT", ["10.5 months"]),
    ("ORR was 24% (12/50).", "RESULT", ["24%", "12/50"]),
    ("responses were seen in 12/50.", "RESULT", ["12/50"]),
    # spaced around the slash, alone in its bracket; not a spaced ratio in running text
    ("ORR was 24% (12 / 50).", "RESULT", ["24%", "12 / 50"]),
    ("doses of 10 / 20 mg were compared", "RESULT", []),
    ("alive in 74 out of 100 people", "RESULT", ["74"]),
    ("a response rate of 41% [n = 13]", "RESULT", ["41%", "n = 13"]),
    ("a control rate of 76.7% (n = 33/43; 95% CI 61.4-88.2)", "RESULT", ["76.7%", "n = 33/43"]),
    ("median TTP of 169 days", "RESULT", ["169 days"]),
    # every value of a list whose unit follows the last one's bracketed CI
    ("was 4.1 (95% CI 3.2-5.0), 7.3 (95% CI 5.9-8.8), 5.2 (95% CI 4.0-6.1), and 6.6 (95% CI 5.1-7.9) months",
     "RESULT", ["4.1", "7.3", "5.2", "6.6"]),
    ("1-year survival 60.2%", "RESULT", ["60.2%"]),
    ("survival was 12·3 months", "RESULT", ["12·3 months"]),
    ("imaging every 3 months", "RESULT", []),
    ("one month after radiotherapy", "RESULT", []),
    ("median survival 8.0 months (95% CI 6.1-9.9)", "CI", ["95% CI 6.1-9.9"]),
    ("local control was 92.1% (95% CI [83.2; 96.4]) after SBRT", "CI", ["95% CI [83.2; 96.4"]),
    ("(95% confidence interval [CI], 0.63 to 0.92)", "CI", ["95% confidence interval [CI], 0.63 to 0.92"]),
    ("(hazard ratio [HR] = 0.28; 95% CI: 0.15, 0.53; P < .001)", "RATIO", ["hazard ratio [HR] = 0.28"]),
    ("(hazard ratio for disease recurrence or death, 0.64; 96% CI, 0.47 to 0.88)", "RATIO",
     ["hazard ratio for disease recurrence or death, 0.64"]),
    ("(HR for local failure, 40 Gy vs 27.5 Gy, 0.58; 95% CI 0.22-1.52)", "RATIO",
     ["HR for local failure, 40 Gy vs 27.5 Gy, 0.58"]),
    ("the HR for local failure was 0.58 (95% CI 0.22-1.52)", "RATIO", ["HR for local failure was 0.58"]),
    ("HR for death, 8 mg/kg vs 4 mg/kg, 0.81", "RATIO", ["HR for death, 8 mg/kg vs 4 mg/kg, 0.81"]),
    # the arm the ratio is of, after "with" ("hazard ratio for death with nolatrexed, 1.27")
    ("(hazard ratio for death with nolatrexed, 1.27; 95% CI, 1.02 to 1.58)", "RATIO",
     ["hazard ratio for death with nolatrexed, 1.27"]),
    ("Oct 19\n4/9 OS (primary): mOS 19.2 vs 15.1 mo\n12/40 patients responded", "RESULT",
     ["19.2 vs 15.1 mo", "12/40"]),
    ("(HR 0.67; 90% CI 0.53–0.85; p = 0.003)", "P_VALUE", ["p = 0.003"]),
    ("Statistical Analysis: P-Value: 0.006 | Method: Log Rank", "P_VALUE", ["P-Value: 0.006"]),
    ("P-value of <0.0001 for the difference", "P_VALUE", ["P-value of <0.0001"]),
    ("grade 3/4 neutropenia", "AE_GRADE", ["grade 3/4"]),
    ("immune-mediated hepatitis (G3) in 2 patients", "AE_GRADE", ["G3"]),
    ("colitis (G3-4, n = 2)", "AE_GRADE", ["G3-4"]),
    ("poorly differentiated G3 tumours", "AE_GRADE", []),
    ("hepatotoxicity grade ≥3", "AE_GRADE", ["grade ≥3"]),
    ("rash in 4 (8%), all grade 1-2", "AE_GRADE", ["grade 1-2"]),
    ("TRAEs, any G: 95.9% vs. 91.8%; G3+ TRAEs: 44.9% vs. 34.7%", "AE_GRADE", ["any G", "G3+"]),
    ("AEs of any grade in 90%", "AE_GRADE", ["of any grade"]),
    ("side effects of any severity in 90%", "AE_GRADE", ["of any severity"]),
    ("major complications (Clavien-Dindo grade III or higher)", "AE_GRADE", ["grade III or higher"]),
    ("complications of any Clavien-Dindo grade", "AE_GRADE", ["of any Clavien-Dindo grade"]),
    ("post-hepatectomy liver failure (ISGLS grade B)", "AE_GRADE", []),
    ("mean age, 58.6 years ± 10.2 [SD]; median OS 14.2 months", "RESULT", ["14.2 months"]),
    ("Sixty-two patients were enrolled.", "SAMPLE_SIZE", ["Sixty-two patients"]),
    ("randomised to A (n=80) or B (n=76)", "SAMPLE_SIZE", ["n=80", "n=76"]),
    ("Thirty patients were randomly assigned (15 per cohort).", "SAMPLE_SIZE", ["Thirty patients", "15 per cohort"]),
    ("assigned to the A group or the B group (52 patients each).", "SAMPLE_SIZE", ["52 patients each"]),
    ("a Phase 1b/2 study", "PHASE", ["Phase 1b/2"]),
    ("registered as NCT01234567.", "TRIAL_ID", ["NCT01234567"]),
    ("recurrence in 62 of 116 (53.4 per cent)", "RESULT", ["53.4 per cent"]),
    ("a rate of 41 percent", "RESULT", ["41 percent"]),
    ("RFS 41.3 (95 per cent c.i. 29.8 to 56.0) months", "CI", ["95 per cent c.i. 29.8 to 56.0"]),
    ("rates at 1, 3 and 5 years were 80.1, 52.6 and 41.2% versus 70.0 and 38.1 per cent", "RESULT",
     ["80.1", "52.6", "41.2%", "70.0", "38.1 per cent"]),
    ("hypertension (5, 8.3%) and diarrhea (4, 6.7%)", "RESULT", ["8.3%", "6.7%"]),
    ("ORR 25.0% in cohort 1 and 12.5% in cohort 2", "RESULT", ["25.0%", "12.5%"]),
    ("PFS 6.1 months in arm 2 and 4.3 months in arm 1", "RESULT", ["6.1 months", "4.3 months"]),
    # a mean with its standard deviation: the mean is the result, the spread is not
    ("mean survival 9.4 +/- 4.8 months versus 5.0 ± 2.9 months (p less than 0.05)", "RESULT", ["9.4", "5.0"]),
    ("mean survival 9.4 +/- 4.8 months versus 5.0 ± 2.9 months (p less than 0.05)", "P_VALUE", ["p less than 0.05"]),
    # a bound, not a median: "beyond 20 months", "exceeding 2 years"
    ("median overall survival beyond 20 months", "RESULT", []),
    ("survival exceeding 24 months in a quarter", "RESULT", []),
])
def test_numbers_results_and_statistics(tagger, text, label, expected):
    assert ents(tagger(text), label) == expected


@pytest.mark.parametrize("text,label,norm", [
    ("Nexavar was given.", "DRUG", "sorafenib"),
    ("BAY 43-9006 was given.", "DRUG", "sorafenib"),
    ("5-FU was infused.", "DRUG", "fluorouracil"),
    ("folinic acid was added", "DRUG", "leucovorin"),
    ("with Lipiodol", "DRUG", "lipiodol"),
    ("TACE with iodized oil", "DRUG", "lipiodol"),
    ("FOLFOX4 chemotherapy", "DRUG", "FOLFOX4"),
    ("FOLFOX-based chemotherapy", "DRUG", "FOLFOX"),
    ("transarterial chemoembolization was done", "PROCEDURE", "TACE"),
    ("catheter displacement occurred in two", "AE_TERM", "catheter dislocation"),
    ("one asymptomatic rib fracture occurred", "AE_TERM", "rib fracture"),
    ("Most common TRAEs: AST incr 13 (25.0%)", "AE_TERM", "aspartate aminotransferase increased"),
    ("radioembolization was performed", "PROCEDURE", "SIRT"),
    ("stereotactic body radiotherapy", "RADIATION", "SBRT"),
    ("the objective response rate", "ENDPOINT", "ORR"),
    ("time to progression", "ENDPOINT", "TTP"),
    ("hand-foot syndrome occurred", "AE_TERM", "hand-foot skin reaction"),
    ("G3+ TRAEs: HTN 12.2% vs. 4.1%", "AE_TERM", "hypertension"),
    ("G3+ TRAEs: ALT ↑ 10.2% vs. 6.1%", "AE_TERM", "alanine aminotransferase increased"),
])
def test_terms_normalise(tagger, text, label, norm):
    doc = tagger(text)
    assert [(e.label_, e.id_) for e in doc.ents if e.label_ == label] == [(label, norm)]


def test_abbreviation_short_form_tagged_like_long_form(tagger):
    doc = tagger("Patients received hepatic arterial infusion chemotherapy (HAIC). HAIC was repeated.")
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [
        ("hepatic arterial infusion chemotherapy", "PROCEDURE", "HAIC"),
        ("HAIC", "PROCEDURE", "HAIC"), ("HAIC", "PROCEDURE", "HAIC")]
    assert doc._.abbreviations[0]["short"] == "HAIC"


def test_abbreviation_defined_in_text_only(tagger):
    doc = tagger("The in-field tumour control (IFTC) was good. IFTC was 80%.")
    assert doc._.abbreviations[0]["long"].lower().endswith("tumour control")


def test_context_marks_background_and_other_studies(tagger):
    doc = tagger("Previous studies had showed that RT could receive response rate of 50% to 60%. "
                 "In this phase II trial, the response rate was 40%.")
    results = [(e.text, e._.context) for e in doc.ents if e.label_ == "RESULT"]
    assert results == [("50%", "background"), ("60%", "background"), ("40%", None)]


def test_context_this_trials_earlier_report_is_background_but_its_design_sentence_is_not(tagger):
    doc = tagger("The initial report of the present trial showed a median RFS of 27.0 months. We previously reported "
                 "the primary analysis of TASTE, a phase III trial. In this 5-year analysis, median RFS was 41.3 months.")
    results = [(e.text, e._.context) for e in doc.ents if e.label_ in ("RESULT", "PHASE")]
    assert results == [("27.0 months", "background"), ("phase III", None), ("41.3 months", None)]


def test_context_that_trial_and_epidemiology_in_the_present_tense_are_not_this_studys(tagger):
    doc = tagger("In this phase 3 trial, median OS was 24.1 months. The findings contrast with APEX-L, an earlier "
                 "phase 3 study. That trial missed its OS endpoint (HR 0.86; P = .07). The five-year relative "
                 "survival is about 20%.")
    results = [(e.text, e._.context) for e in doc.ents if e.label_ in ("RESULT", "RATIO")]
    assert results == [("24.1 months", None), ("HR 0.86", "other_study"), ("20%", "background")]


def test_sections_found(tagger):
    doc = tagger("Background: HCC is common.\nMethods: Patients were randomized.\nResults: OS was 10 months.")
    assert [s[2] for s in doc._.section_regions] == ["background", "methods", "results"]


def test_word_alternation_is_a_prefix_tree_of_the_words():
    import re

    from hcc_nlp.numbers import word_alternation
    words = ["four", "fourteen", "forty", "one", "ten", "hundred"]
    regex = word_alternation(words)
    assert regex == "(?:fo(?:rty|ur(?:teen)?)|hundred|one|ten)"
    assert all(re.fullmatch(regex, w) for w in words)
    assert not any(re.fullmatch(regex, w) for w in ("fou", "fort", "on", "teen", "fourteens"))
    # the longer word is taken when both fit
    assert re.match(regex, "fourteen patients").group() == "fourteen"


@pytest.mark.parametrize("text,expected", [
    ("Fourteen patients were enrolled.", ["Fourteen patients"]),
    ("Thirty-five participants were treated.", ["Thirty-five participants"]),
    ("A total of 120 patients were enrolled.", ["120 patients"]),
    ("Nearly one in three patients was alive; 1 in 5 patients responded.", []),  # a proportion, not a count
    ("Toxicity occurred in 40 patients.", ["40 patients"]),
])
def test_number_words_in_sample_sizes(tagger, text, expected):
    assert ents(tagger(text), "SAMPLE_SIZE") == expected


def test_terms_do_not_run_across_a_line_break_before_a_capital(tagger):
    doc = tagger("Secondary Outcome Measures\nOverall survival\nTime Frame: Up to 36 months\n")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "ENDPOINT"] == [("Overall survival", "OS")]
    wrapped = tagger("The most frequent dose-limiting\ntoxicities were fatigue and rash.")
    assert [e.text for e in wrapped.ents if e.label_ == "ENDPOINT"] == ["dose-limiting\ntoxicities"]


def test_context_events_that_could_be_relieved_are_reported_but_a_benefit_that_could_be_is_hypothetical(tagger):
    doc = tagger("The most common adverse events were rash (20%) and diarrhea (15%), which could be relieved by "
                 "symptomatic treatment. The combination could be effective in up to 40% of patients.")
    results = [(e.text, e._.context) for e in doc.ents if e.label_ == "RESULT"]
    assert results == [("20%", None), ("15%", None), ("40%", "hypothetical")]


def test_context_a_cohort_of_a_named_trial_is_another_study(tagger):
    doc = tagger("Durvalumab in Child-Pugh B\n\nThis phase II study tested durvalumab. In the Child-Pugh B cohort of "
                 "CheckMate 040, nivolumab produced a response rate of 12%. The response rate was 18.0%.")
    results = [(e.text, e._.context) for e in doc.ents if e.label_ == "RESULT"]
    assert results == [("12%", "other_study"), ("18.0%", None)]


def test_context_numbers_in_a_purpose_section_and_our_earlier_study_are_background(tagger):
    doc = tagger("PURPOSE\nSorafenib gives a median overall survival of 6.1 months in this setting. In our single-arm "
                 "phase II study, HAIC achieved a response rate of 38.2%. We therefore compared HAIC with sorafenib.\n\n"
                 "RESULTS\nIn our phase III study, the response rate was 30.1%.")
    results = [(e.text, e._.context) for e in doc.ents if e.label_ == "RESULT"]
    assert results == [("6.1 months", "background"), ("38.2%", "background"), ("30.1%", None)]
    assert [e.text for e in doc.ents if e.label_ in ("DRUG", "PROCEDURE") and e._.context is None][-2:] == [
        "HAIC", "sorafenib"]


@pytest.mark.parametrize("text, phase", [("a randomized ph3 trial", "III"), ("a Ph 2 study", "II"), ("a Ph1b/2 study", "I/II")])
def test_phase_written_as_ph_and_a_digit(nlp, text, phase):
    from hcc_nlp.normalize import parse_phase
    assert [parse_phase(e.text) for e in nlp(text).ents if e.label_ == "PHASE"] == [phase]


def test_any_grade_before_a_share_is_no_grade_number(nlp):
    doc = nlp("Rash any grade 4.5% vs 12.0%; hypertension any grade 3 in 5%.")
    assert [e.text for e in doc.ents if e.label_ == "AE_GRADE"] == ["any grade", "grade 3"]


@pytest.mark.parametrize("text,expected", [
    ("tremelimumab (300 mg, single priming dose) plus durvalumab", ["single priming dose"]),
    ("tremelimumab 300 mg, single dose, then durvalumab", ["single dose"]),
    ("a single loading dose of 300 mg", ["a single loading dose"]),
    ("a single dose of radiation", []),  # not a drug's schedule
    ("patients with single dose-limiting toxicities", []),
])
def test_numbers_a_single_dose_without_its_article_is_given_once(tagger, text, expected):
    doc = tagger(text)
    assert [e.text for e in doc.ents if e.label_ == "SCHEDULE" and e.id_ == "once"] == expected


def test_a_days_list_stops_before_a_number_with_a_dose_unit(nlp):
    doc = nlp("regorafenib 80 mg/day on days 1-7, 120 mg/day on days 8-14, and 160 mg/day on days 15-21")
    days = [s.text for s in doc.spans["hcc"] if s.label_ == "SCHEDULE" and s.id_ == "days"]
    doses = [s.text for s in doc.spans["hcc"] if s.label_ == "DOSE"]
    assert days == ["days 1-7", "days 8-14", "days 15-21"]
    assert doses == ["80 mg/day", "120 mg/day", "160 mg/day"]


@pytest.mark.parametrize("text,expected", [
    # a number ending a drug's name does not open a list of times
    ("survival was 9.1 months with ADI-PEG 20 and 8.8 months with placebo",
     ["9.1 months", "8.8 months"]),
    ("medians of 5.2 months on SHR 1210 and 4.1 months on the comparator",
     ["5.2 months", "4.1 months"]),
    # a list that does not start in a name stays one span
    ("rates were 6 and 12 months", ["6 and 12 months"]),
])
def test_a_time_list_does_not_start_inside_a_drug_name(nlp, text, expected):
    doc = nlp(text)
    assert [s.text for s in doc.spans["hcc"] if s.label_ == "RESULT" and s.id_ == "time"] == expected


@pytest.mark.parametrize("text,expected", [
    ("a fatal bleed on day 71, judged related to sorafenib", []),  # a lone day past any cycle's length
    ("regorafenib on day 50, 57 and 64 of the extension", ["day 50, 57 and 64"]),  # a list of days stays
    ("capecitabine on days 1-14 and cisplatin on day 1", ["days 1-14", "day 1"]),
    ("a second dose on day 42", ["day 42"]),
])
def test_numbers_a_lone_day_past_a_cycle_is_no_schedule(nlp, text, expected):
    doc = nlp(text)
    assert [s.text for s in doc.spans["hcc"] if s.label_ == "SCHEDULE" and s.id_ == "days"] == expected
