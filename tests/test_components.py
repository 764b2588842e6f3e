import json
import re

import pytest
import spacy

import hcc_nlp
from conftest import ROOT
from hcc_nlp import PIPELINE

SENTENCE = ("Patients were randomly assigned to sorafenib 400 mg twice daily or placebo. "
            "Median overall survival was 10.7 months (95% CI 9.4-13.3) vs 7.9 months (HR 0.69; P < .001).")


@pytest.mark.parametrize("name", [n for n in PIPELINE])
def test_component_loads_by_name_in_blank_pipeline(name):
    nlp = spacy.blank("en")
    for dep in PIPELINE[:PIPELINE.index(name)]:
        nlp.add_pipe(dep)
    nlp.add_pipe(name)
    doc = nlp(SENTENCE)
    assert len(doc) > 10
    if name == "hcc_drugs":
        assert {(s.text, s.id_) for s in doc.spans["hcc"]} >= {("sorafenib", "sorafenib"), ("placebo", "placebo")}
    if name == "hcc_linker":
        assert {c["name"] for a in doc._.trial_record["arms"] for c in a["regimen"]} == {"sorafenib", "placebo"}


@pytest.mark.parametrize("path", sorted((ROOT / "patterns").glob("*.json")), ids=lambda p: p.name)
def test_pattern_files_name_each_key_once(path):
    # json keeps the last of two equal keys: a rule written twice would silently lose its first form
    def unique(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
        return dict(pairs)
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)


def test_component_entry_points_registered():
    from importlib.metadata import entry_points
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPELINE) <= names


def test_component_bad_config_rejected():
    nlp = spacy.blank("en")
    with pytest.raises(Exception):
        nlp.add_pipe("hcc_drugs", config={"max_tokens": "many"})


def test_pipeline_round_trips_through_disk(tmp_path, nlp):
    before = nlp(SENTENCE)
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    after = loaded(SENTENCE)
    assert [(e.start_char, e.end_char, e.label_, e.id_) for e in before.ents] == \
           [(e.start_char, e.end_char, e.label_, e.id_) for e in after.ents]
    assert before._.trial_record == after._.trial_record


def test_component_rules_survive_to_bytes():
    nlp = spacy.blank("en")
    numbers = nlp.add_pipe("hcc_numbers")
    data = numbers.to_bytes()
    other = spacy.blank("en").add_pipe("hcc_numbers")
    other.from_bytes(data)
    assert other.rules() == numbers.rules()


def test_pipe_n_process_2_same_output(nlp):
    texts = [SENTENCE, "Sorafenib 400 mg BID was combined with TACE. Median TTP was 5.4 months."] * 2
    one = [d._.trial_record for d in nlp.pipe(texts)]
    two = [d._.trial_record for d in nlp.pipe(texts, n_process=2)]
    assert one == two


def test_components_built_from_config_match_load(nlp):
    from_cfg = hcc_nlp.from_config()
    assert from_cfg.pipe_names == nlp.pipe_names
    assert from_cfg(SENTENCE)._.trial_record == nlp(SENTENCE)._.trial_record


def test_load_uses_blank_english_with_hcc_tokenizer():
    nlp = hcc_nlp.load()
    assert nlp.lang == "en"
    assert [t.text for t in nlp.make_doc("400mg")] == ["400", "mg"]


def test_sentences_hard_wrapped_line_ending_in_a_semicolon_continues(nlp):
    lines = ["Median time to progression was 11.2 months with the combination and 6.8 months with",
             "TACE alone (hazard ratio 0.56, 95% confidence interval 0.37 to 0.84, p = 0.005;",
             "the difference was significant in every subgroup and the benefit held across the strata",
             "of the randomisation and after adjustment for the baseline factors in the Cox model.",
             "Objective responses were seen in 38 patients and 29 patients of the two arms of the trial."]
    doc = nlp("\n".join(lines))
    assert len(list(doc.sents)) == 2


def test_sentences_hard_wrapped_short_line_with_an_open_bracket_continues(nlp):
    # a line short of the width is a heading or a cell, unless it leaves a bracket open
    lines = ["Recurrence-free survival was significantly longer with the",
             "combination of the two antibodies than with active surveillance",
             "(hazard ratio 0.64, 95% CI 0.49-0.83;",
             "p=0.0009), crossing the prespecified efficacy boundary of the",
             "interim analysis. Median RFS was not reached in the combination",
             "group and was 22.1 months in the surveillance group overall."]
    doc = nlp("\n".join(lines))
    assert [" ".join(s.text.split())[:40] for s in doc.sents] == [
        "Recurrence-free survival was significant", "Median RFS was not reached in the combin"]


def test_sentences_pdf_column_with_a_running_header_is_hard_wrapped(nlp):
    lines = ["Median recurrence-free survival was 30.1 months in the combined",
             "group and 18.2 months in the ablation group (p = 0.02). The 1-, 2- and",
             "3-year RFS rates were 84.0%, 61.5% and 44.0% vs 71.2%, 40.8% and",
             "26.9%, respectively, and the difference held in every subgroup of",
             "",
             "                                                                    1 3",
             "212                                  Journal of Liver Intervention and Oncology (2025) 7:201-214",
             "",
             "the randomisation strata and after adjustment for tumour size."]
    doc = nlp("\n".join(lines))
    sents = [" ".join(s.text.split()) for s in doc.sents]
    assert "The 1-, 2- and 3-year RFS rates were 84.0%, 61.5% and 44.0% vs 71.2%, 40.8% and 26.9%, respectively, " \
           "and the difference held in every subgroup of" in sents


def test_sentences_narrow_columns_are_hard_wrapped_at_their_own_width(nlp):
    lines = ["Patients were randomly assigned to tislelizumab",
             "plus bevacizumab or to lenvatinib. The primary",
             "end point was overall survival; secondary end",
             "points were progression-free survival, the",
             "objective response rate and safety. Overall",
             "Survival was analysed in all randomised patients."]
    doc = nlp("\n".join(lines))
    assert [" ".join(s.text.split()) for s in doc.sents] == [
        "Patients were randomly assigned to tislelizumab plus bevacizumab or to lenvatinib.",
        "The primary end point was overall survival; secondary end points were progression-free survival, the "
        "objective response rate and safety.",
        "Overall Survival was analysed in all randomised patients."]


def test_sentences_a_text_wrapped_at_over_a_hundred_columns_is_hard_wrapped(nlp):
    lines = ["In this randomised, open-label, phase 2 trial at 14 hospitals, adults aged 18 years or older with unresectable",
             "hepatocellular carcinoma, Child-Pugh class A liver function and an Eastern Cooperative Oncology Group performance status of",
             "0-1 were randomly assigned (1:1) to donafenib plus sintilimab or donafenib alone, stratified by macrovascular invasion",
             "and extrahepatic spread. The primary endpoint was progression-free survival assessed by blinded independent review,",
             "and the key secondary endpoint was overall survival in the intention-to-treat population of all randomised patients."]
    doc = nlp("\n".join(lines))
    assert [s.text.split()[0] for s in doc.sents] == ["In", "The"]
    r = doc._.trial_record
    assert {(c["parameter"], c["operator"], c["value"]) for c in r["eligibility"]} == {
        ("age", ">=", 18), ("child_pugh_class", "=", "A"), ("ecog", "<=", 1)}


def test_sentences_start_at_a_lower_case_prefixed_abbreviation(nlp):
    doc = nlp("There were no treatment-related deaths. cTACE plus donafenib warrants a randomized trial.")
    assert [s.text for s in doc.sents] == ["There were no treatment-related deaths.",
                                           "cTACE plus donafenib warrants a randomized trial."]


def test_sentences_end_after_a_unit_with_a_period(nlp):
    doc = nlp("Serum bilirubin was at most 51 µmol/L. Patients with ascites were excluded.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("text", ["In all, 64% of patients had hepatitis B. At a median follow-up of 20 months, 40 had died.",
                                  "Eight patients were Child-Pugh B. Median OS was 9.1 months.",
                                  "Outcomes were worse in cohort B. ORR was 12%."])
def test_sentences_end_after_a_letter_named_by_the_word_before(nlp, text):
    assert len(list(nlp(text).sents)) == 2


@pytest.mark.parametrize("text", ["Median PFS was longer with the higher dose (Fig. 2B); the HR was 0.61.",
                                  "Survival was similar (Figs. 3 and 4) across subgroups.",
                                  "ORR was approx. 30% in that population."])
def test_sentences_go_on_after_an_abbreviation_the_tokenizer_parts_from_its_full_stop(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_sentences_end_at_a_full_stop_followed_by_two_spaces(nlp):
    doc = nlp("Patients were assigned to TACE plus apatinib or TACE alone.  Between 2019 and 2021, 240 were "
              "randomised (see Fig.  2).  Median PFS was 9.1 months.")
    assert [s.text.strip() for s in doc.sents] == [
        "Patients were assigned to TACE plus apatinib or TACE alone.",
        "Between 2019 and 2021, 240 were randomised (see Fig.  2).", "Median PFS was 9.1 months."]


def test_sentences_a_bullet_wrapped_onto_an_indented_line_goes_on(nlp):
    doc = nlp("• Most common G3+ TRAEs: HTN 12.2% vs. 4.1%;\n  HFSR 6.1% vs. 14.3%\n• TKI dose reduction: 36.7% vs. 30.6%\n"
              "-----------------------------\n  Any TRAE   41 (67.2)   30 (49.2)\n")
    assert [s.text.strip() for s in doc.sents][:2] == ["• Most common G3+ TRAEs: HTN 12.2% vs. 4.1%;\n  HFSR 6.1% vs. 14.3%",
                                                       "• TKI dose reduction: 36.7% vs. 30.6%"]
    assert any(s.text.strip().startswith("Any TRAE") for s in doc.sents)  # a rule line is no bullet


def test_drugs_brand_that_reads_as_prose_is_not_a_drug(nlp):
    doc = nlp("Patients were enrolled at 10 centres and treated with lenvatinib.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [("lenvatinib", "lenvatinib")]


def test_drugs_interferon_brand_and_short_forms_name_the_alfa_2b_inn(nlp):
    doc = nlp("Patients received IFN alpha-2b (Intron A) 3 MU three times a week; Intron-A was stopped in 4.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [
        ("IFN alpha-2b", "interferon alfa-2b"), ("Intron A", "interferon alfa-2b"), ("Intron-A", "interferon alfa-2b")]
    assert [e.text for e in doc.ents if e.label_ == "DOSE"] == ["3 MU"]  # million units


def test_terms_tolerability_alone_is_the_adverse_event_endpoint(nlp):
    doc = nlp("The primary end point was recurrence-free survival; overall survival and tolerability were secondary end points.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "ENDPOINT"] == [
        ("recurrence-free survival", "RFS"), ("overall survival", "OS"), ("tolerability", "AE")]


def test_drugs_code_name_given_a_dose_or_described_as_an_agent(nlp):
    doc = nlp("ABX-512 is an oral selective FGFR4 inhibitor. In KEYNOTE-240, patients received ABX-512. "
              "A second code, ZT123, was given at 40 mg daily.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [
        ("ABX-512", "abx-512"), ("ABX-512", "abx-512"), ("ZT123", "zt123")]


@pytest.mark.parametrize("text", [
    "Patients received ZN-4021 (tolafertinib) orally once daily. ZN-4021 240 mg was the recommended dose.",
    "Patients received tolafertinib (ZN-4021) orally once daily. ZN-4021 240 mg was the recommended dose.",
    "Drug name: ZN-4021 Tablets (tolafertinib). Patients received ZN-4021 240 mg once daily.",
])
def test_drugs_a_code_written_with_its_generic_name_in_brackets_is_that_drug(nlp, text):
    doc = nlp(text)
    assert [e.id_ for e in doc.ents if e.label_ == "DRUG"] == ["tolafertinib"] * 3


@pytest.mark.parametrize("text", [
    "Patients received ordelimab plus QX-2201, a bevacizumab biosimilar, every 3 weeks; QX-2201 was given at 15 mg/kg.",
    "Patients received ordelimab plus QX-2201 (a proposed biosimilar of bevacizumab); QX-2201 was given at 15 mg/kg.",
    "Patients received ordelimab plus the bevacizumab biosimilar QX-2201; QX-2201 was given at 15 mg/kg.",
])
def test_drugs_a_code_named_as_a_biosimilar_is_that_drug(nlp, text):
    doc = nlp(text)
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG" and e.text == "QX-2201"] == [("QX-2201", "bevacizumab")] * 2


def test_drugs_a_code_beside_a_biosimilar_of_another_drug_is_not_renamed(nlp):
    # the code is an agent of its own: the biosimilar named in the next clause is another product
    doc = nlp("QX-2201 is a novel PD-1 antibody; bevacizumab biosimilars were not used. QX-2201 was given at 200 mg.")
    assert {e.id_ for e in doc.ents if e.text == "QX-2201"} == {"qx-2201"}


def test_sections_a_measure_named_like_a_heading_is_not_one(nlp):
    doc = nlp("Outcome Measures\n1. Primary: Overall Survival\nObjective Response Rate | Count of Participants | 24 | 12\n")
    assert [r[2] for r in doc._.section_regions] == ["results"]


@pytest.mark.parametrize("written,code", [
    ("bd", "BID"), ("b.d.", "BID"), ("2x daily", "BID"), ("q12h", "BID"), ("od", "QD"), ("q.3.w.", "Q3W"),
    ("q 3 weeks", "Q3W"), ("every 3 wks", "Q3W"), ("3-weekly", "Q3W"), ("Q2Wk", "Q2W"), ("3 times a day", "TID"),
])
def test_schedule_variants_tagged_and_coded(nlp, written, code):
    doc = nlp(f"Patients received sorafenib 400 mg {written} until progression.")
    schedules = [e for e in doc.ents if e.label_ == "SCHEDULE"]
    assert [e.text for e in schedules] == [written]
    sorafenib = doc._.trial_record["arms"][0]["regimen"][0]
    assert (sorafenib["name"], sorafenib["dose"], sorafenib["frequency"]) == ("sorafenib", 400, code)


def test_od_bd_only_after_a_dose(nlp):
    doc = nlp("The OD of the assay was read; BD Biosciences supplied the kit.")
    assert [e for e in doc.ents if e.label_ == "SCHEDULE"] == []


@pytest.mark.parametrize("word", ["zanotinib", "Velutinib", "korvalimab", "dexorubicin", "volrustomig"])
def test_unknown_word_with_an_inn_stem_is_a_drug(tagger, word):
    doc = tagger(f"Patients received {word} 200 mg every 3 weeks.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [(word, word.lower())]


def test_short_or_plain_words_with_a_stem_ending_are_not_drugs(tagger):
    doc = tagger("The nib of the pen and the Rumab family were seen.")
    assert [e for e in doc.ents if e.label_ == "DRUG"] == []


@pytest.mark.parametrize("written,days,cycle", [
    ("D1-14 q21d", "1-14", 21), ("d1–d14, q3w", "1-14", 21), ("D1, D8 q21d", "1,8", 21), ("D1 q3w", "1", 21),
])
def test_days_written_with_a_d(nlp, written, days, cycle):
    r = nlp(f"Patients received capecitabine 1000 mg/m2 orally twice a day, {written}, for 6 cycles.")._.trial_record
    cape = r["arms"][0]["regimen"][0]
    assert (cape["name"], cape.get("days"), cape.get("cycle_days")) == ("capecitabine", days, cycle)


def test_vitamin_d3_is_not_a_day(tagger):
    doc = tagger("Vitamin D3 and D2 levels were measured.")
    assert [e for e in doc.ents if e.label_ == "SCHEDULE"] == []


def test_code_ending_in_letter_then_period_is_split(tagger):
    assert [t.text for t in tagger.make_doc("given Q3W. The RP2D.")] == ["given", "Q3W", ".", "The", "RP2D", "."]


def test_procedure_joined_to_rt_is_split_but_not_roman_numerals_or_acronyms(tagger):
    assert [t.text for t in tagger.make_doc("TACE-RT, grade III-IV, SIRIUS-LT")] == [
        "TACE", "-", "RT", ",", "grade", "III-IV", ",", "SIRIUS-LT"]


def test_sections_registry_field_codes_before_headings(tagger):
    text = ("E.3 Principal inclusion criteria:\n1. Age 18 years or older\nE.4 Principal exclusion criteria:\n"
            "1. Child-Pugh score of 7 or more\nE.5.1 Primary end point(s): Overall survival\n"
            "E.5.2 Secondary end point(s):\n1. Objective response rate\n")
    doc = tagger(text)
    regions = [(text[a:a + 5], name) for a, _b, name in doc._.section_regions]
    assert regions == [("E.3 P", "inclusion"), ("E.4 P", "exclusion"), ("E.5.1", "primary_outcomes"),
                       ("E.5.2", "secondary_outcomes")]


def test_sections_headings_in_sentence_case(tagger):
    text = ("Primary outcome measure:\nOverall survival at 2 years\n\nSecondary outcome measures:\n"
            "1. Objective response rate\n\nParticipant exclusion criteria:\n1. Serum creatinine > 1.5 x ULN\n")
    doc = tagger(text)
    assert [name for _a, _b, name in doc._.section_regions] == ["primary_outcomes", "secondary_outcomes", "exclusion"]


@pytest.mark.parametrize("text", [
    "Background: HCC is common.  Methods: We randomised 90 patients. Results: ORR was 30%.\n\nConclusion:\nGood.",
    "Title line\nBACKGROUND\nText. \nMETHODS\nMore text.\n\nRESULTS: 12 patients.\nConclusions\nEnd.",
    "Aim: to test?  Patients and methods: x.\nInclusion criteria:\n\nExclusion criteria: none.",
])
def test_sections_heading_candidates_give_what_the_regex_finds_everywhere(tagger, text):
    sections = tagger.get_pipe("hcc_sections")
    expected = [(m.start(), m.end()) for m in sections.regex.finditer(text)]
    assert [(m.start(), m.end()) for m in sections.headings_in(text)] == expected
    assert len(expected) >= 3


def section_pieces(tagger, text: str, width=None, front: bool = True) -> list:
    """(section, its region's text, or the region's first ``width`` characters) of each region of
    ``text``; without ``front``, the regions of no section are left out."""
    return [(name, text[a:b if width is None else a + width]) for a, b, name in tagger(text)._.section_regions
            if front or name != "front"]


def test_sections_an_eligibility_heading_inside_a_paragraph_heads_its_sentence_only(tagger):
    text = ("Methods: Single-arm phase 2 study. Key eligibility: age >=18 y; Child-Pugh A; ECOG PS 0-1. Pts "
            "received donafenib 200 mg BID. Primary endpoint: ORR.\n\nResults: 52 pts were enrolled.")
    assert section_pieces(tagger, text)[:3] == [
        ("methods", "Methods: Single-arm phase 2 study. "),
        ("inclusion", "Key eligibility: age >=18 y; Child-Pugh A; ECOG PS 0-1."),
        ("methods", " Pts received donafenib 200 mg BID. ")]


def test_sections_inline_eligibility_headings_one_right_after_the_other(tagger):
    text = ("Methods: 80 patients were randomised. Inclusion criteria: (1) HCC; (2) Child-Pugh A. Exclusion "
            "criteria: (1) prior therapy; (2) ascites. Patients in the study group received apatinib.")
    assert section_pieces(tagger, text) == [
        ("methods", "Methods: 80 patients were randomised. "),
        ("inclusion", "Inclusion criteria: (1) HCC; (2) Child-Pugh A. "),
        ("exclusion", "Exclusion criteria: (1) prior therapy; (2) ascites."),
        ("methods", " Patients in the study group received apatinib.")]


def test_sections_bracketed_headings_run_on_and_a_citation_count_is_no_heading(tagger):
    text = ("Received: 2021-03-22\nCitations:\t4      Downloads:\t236\n\n"
            "[Objective]To assess adjuvant therapy.\n[Methods]We randomised 80 patients.\n[Results]ORR was 30%.\n")
    assert section_pieces(tagger, text, width=10, front=False) == [
        ("objective", "[Objective"), ("methods", "[Methods]W"), ("results", "[Results]O")]


def test_sections_numbered_headings_without_a_dot_and_criteria_numbered_with_circled_digits(tagger):
    text = ("1 Data and methods\n1.1 General data Eighty patients were enrolled.\n"
            "1.2 Inclusion criteria ① HCC; ② Child-Pugh A.\n1.3 Treatment methods Both groups received TACE.\n"
            "2 Results\nORR was 60.0%.\n")
    assert section_pieces(tagger, text, width=8, front=False) == [
        ("methods", "1 Data a"), ("methods", "1.1 Gene"), ("inclusion", "1.2 Incl"), ("methods", "1.3 Trea"),
        ("results", "2 Result")]


def test_sections_a_table_of_contents_entry_is_no_references_heading(tagger):
    text = "Contents\n1 Medical uses\n2 Clinical trials\n3 References\n\nMedical uses\nApatinib is used in HCC.\n"
    doc = tagger(text)
    assert "references" not in [name for _a, _b, name in doc._.section_regions]


def test_sections_an_outcomes_heading_inside_a_paragraph_heads_the_rest_of_that_paragraph(tagger):
    text = ("09:45 - The primary endpoint is OS. Secondary endpoints: ORR and safety. Sample size assumed HR 0.75."
            "\n\n09:51 - PFS: median 8.3 vs 6.5 months.")
    assert section_pieces(tagger, text) == [
        ("front", "09:45 - The primary endpoint is OS. "),
        ("secondary_outcomes", "Secondary endpoints: ORR and safety. Sample size assumed HR 0.75."),
        ("front", "\n\n09:51 - PFS: median 8.3 vs 6.5 months.")]


def test_rule_text_reads_per_cent_and_ci_in_their_short_form_at_the_same_offsets():
    from hcc_nlp.extensions import rule_text
    written = "RFS 41.3 (95 per cent c.i. 29.8 to 56.0) months; 53.4 Per cent; percentage; 12 percent"
    assert rule_text(written).replace("\u00a0", "_") == (
        "RFS 41.3 (95 _______% __CI 29.8 to 56.0) months; 53.4 _______%; percentage; 12 ______%")
    assert len(rule_text(written)) == len(written)


def test_lower_case_ci_with_periods_does_not_end_a_sentence(tagger):
    doc = tagger("Median RFS was 41.3 (95 per cent c.i. 29.8 to 56.0) months. It was longer.")
    assert [s.text for s in doc.sents] == ["Median RFS was 41.3 (95 per cent c.i. 29.8 to 56.0) months.", "It was longer."]


@pytest.mark.parametrize("british,label,norm", [
    ("drug-eluting bead transarterial chemoembolisation", "PROCEDURE", "DEB-TACE"),
    ("diarrhoea", "AE_TERM", "diarrhea"), ("anaemia", "AE_TERM", "anemia"),
])
def test_terms_british_spellings(tagger, british, label, norm):
    doc = tagger(f"Grade 3 {british} occurred in 5 patients (10%).")
    assert [(e.label_, e.id_) for e in doc.ents if e.label_ == label] == [(label, norm)]


def test_terms_match_a_dash_written_for_a_hyphen(tagger):
    doc = tagger("Palmar\u2013plantar erythrodysaesthesia and post\u2011embolisation syndrome occurred.")
    assert [e.id_ for e in doc.ents if e.label_ == "AE_TERM"] == ["hand-foot skin reaction", "post-embolization syndrome"]


def test_terms_quality_of_life_scales_are_the_qol_endpoint(tagger):
    doc = tagger("Time to deterioration of physical functioning and of global health status was longer.")
    assert [e.id_ for e in doc.ents if e.label_ == "ENDPOINT"] == ["QOL", "QOL", "QOL"]


def test_drugs_a_class_in_apposition_to_a_named_drug_is_not_another_drug(nlp):
    doc = nlp("ORDEVA (ordelimab), an anti-PD-1 antibody, with the anti-CTLA-4 antibody tremelimumab.")
    # (the brand before its drug in brackets is that drug too)
    assert [e.id_ for e in doc.ents if e.label_ == "DRUG"] == ["ordelimab", "ordelimab", "tremelimumab"]
    doc = nlp("TACE plus lenvatinib plus an anti-PD-1 antibody.")
    assert [e.id_ for e in doc.ents if e.label_ == "DRUG"] == ["lenvatinib"]


@pytest.mark.parametrize("text,expected", [
    ("TACE plus lenvatinib plus PD-1 inhibitors (TACE-L-P)", [("PD-1 inhibitors", "PD-1 inhibitor")]),
    ("with or without programmed death-1 inhibitors", [("programmed death-1 inhibitors", "PD-1 inhibitor")]),
    ("an anti-PD-L1 monoclonal antibody or an anti-CTLA-4 antibody",
     [("anti-PD-L1 monoclonal antibody", "PD-L1 inhibitor"), ("anti-CTLA-4 antibody", "CTLA-4 inhibitor")]),
    ("immune checkpoint inhibitors (ICIs) after TKIs; later ICIs",
     [("immune checkpoint inhibitors", "immune checkpoint inhibitor"), ("ICIs", "immune checkpoint inhibitor"),
      ("TKIs", "tyrosine kinase inhibitor"), ("ICIs", "immune checkpoint inhibitor")]),
    ("PD-L1 expression and PD-1 levels", []),
])
def test_drug_classes_are_tagged_with_their_class(nlp, text, expected):
    doc = nlp(text)
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG_CLASS"] == expected


@pytest.mark.parametrize("text", [
    "LEN-TACE, (LEN), LEN; LEN-treated, anti-LEN, LENS, a/LEN, xLEN, LEN_2, LEN-",
    "-LEN -len LEN-9 9-LEN",
])
def test_a_short_form_mention_is_read_where_its_regex_reads_it(text):
    from functools import partial
    from hcc_nlp import fastre
    from hcc_nlp.abbreviations import _short_form_alone
    regex = [m.span() for m in re.finditer(r"(?<![\w/])(?<![a-z]-)LEN(?![\w])(?!-[a-z])", text)]
    assert list(fastre.literal_spans(text, "LEN", partial(_short_form_alone, text))) == regex
    assert regex  # the texts hold mentions of both kinds


def test_sections_an_outcome_label_inside_the_results_is_not_a_protocol_section(tagger):
    text = ("Assessment\nPrimary outcomes\tObjective response rate\nKey secondary outcomes\tOverall survival\n\n"
            "Results\nOutcome measures\tPrimary outcome: the ORR was 20.0% (8/40).\n"
            "Secondary outcomes: the disease control rate was 55.0% (22/40).\n")
    doc = tagger(text)
    names = [name for _a, _b, name in doc._.section_regions]
    assert list(dict.fromkeys(names)) == ["front", "primary_outcomes", "secondary_outcomes", "results"]
    assert names[-1] == "results"


def test_sections_an_endpoint_subheading_over_a_results_paragraph_is_part_of_the_results(tagger):
    text = ("RESULTS\n\nPatients\nIn all, 200 patients were randomly assigned.\n\nPrimary End Point: TTP\n"
            "For the primary end point, time to progression (from randomization to radiological progression), "
            "the median was 9.1 months in arm A and 6.0 months in arm B.\n")
    assert [name for _a, _b, name in tagger(text)._.section_regions] == ["results"]
    protocol = "Primary End Point: TTP\nTime to progression per mRECIST, assessed every 8 weeks.\n"
    assert [name for _a, _b, name in tagger("RESULTS\n" + protocol)._.section_regions][-1] == "primary_outcomes"


def test_sections_affiliations_end_at_an_abstract_line_before_prose(tagger):
    # PubMed's page: "Author information:" lines, a blank line, "Abstract", then the unheaded abstract
    text = ("Author information:\n(1)Department of Oncology, City Hospital, Springfield.\n\nAbstract\n"
            "In this phase 2 trial we assigned forty adults with liver cancer to one of two doses.\n")
    doc = tagger(text)
    regions = [(text[a:a + 9], name) for a, _b, name in doc._.section_regions]
    assert regions == [("Author in", "ignore"), ("In this p", "front")]


def test_sections_a_slide_break_ends_a_section_and_a_slide_title_heads_its_line_only(tagger):
    """Slides pasted as text: "---" between slides ends "Key eligibility"; "Primary endpoint: OS" as a
    slide's title over bullets heads that line, and its bullets are no registry outcome section."""
    text = ("Key eligibility\n• Child-Pugh A\n• ECOG PS 0-1\n\nArm A: drug X (n=60)\n\n---\n\n"
            "Endpoints\n• Primary endpoint: OS\n\n---\n\nPrimary endpoint: OS\n• mOS 14.0 vs 11.1 mo\n"
            "• HR 0.70 (95% CI 0.52-0.94)\n")
    doc = tagger(text)
    regions = [(text[a:a + 10], name) for a, _b, name in doc._.section_regions]
    assert ("Key eligib", "inclusion") in regions
    assert regions[-1] == ("\n• mOS 14.", "front")
    assert ("Primary en", "primary_outcomes") in regions
    assert all(name != "inclusion" for start, _b, name in doc._.section_regions if start >= text.index("---"))


def test_sections_a_posts_byline_ends_a_section(tagger):
    """A thread's next post ("Name @handle · 9h") ends the section a heading opened in the post before."""
    text = ("Ana Ruiz, MD @aruiz_liver\nTrial thread 1/4\n\nAna Ruiz, MD @aruiz_liver · 9h\n"
            "Context: doublets are standard first line. 2/4\n\nAna Ruiz, MD @aruiz_liver · 9h\n"
            "mOS 21.6 vs 17.8 mo 3/4\n")
    doc = tagger(text)
    at = text.index("mOS")
    assert [name for a, b, name in doc._.section_regions if a <= at < b] in ([], ["front"])
    assert any(name == "background" for _a, _b, name in doc._.section_regions)


def test_sentences_superscript_references_after_a_full_stop_stay_with_their_sentence(nlp):
    doc = nlp("Earlier trials were negative (hazard ratio, 0.84).³ In our trial, survival was longer.¹,² "
              "Toxicity was mild.")
    assert [s.text for s in doc.sents] == ["Earlier trials were negative (hazard ratio, 0.84).³",
                                           "In our trial, survival was longer.¹,²", "Toxicity was mild."]


def test_sentences_reference_numbers_after_a_full_stop_stay_with_their_sentence(nlp):
    doc = nlp("Such patients were excluded from the pivotal trials.1-3 Retrospective series reported poor "
              "survival.4,5 We conducted a phase 2 trial.")
    assert [s.text for s in doc.sents] == ["Such patients were excluded from the pivotal trials.1-3",
                                           "Retrospective series reported poor survival.4,5",
                                           "We conducted a phase 2 trial."]


def test_tokenizer_splits_reference_numbers_from_the_word_before_them(nlp):
    assert [t.text for t in nlp.make_doc("in Child-Pugh A disease,1 but at 1,500 mg")] == [
        "in", "Child-Pugh", "A", "disease", ",", "1", "but", "at", "1,500", "mg"]


def test_sentences_go_on_across_a_pdf_page_break_with_running_header_lines(nlp):
    text = ("Introduction\n\nPatients in the combined group underwent conventional TACE through the\n\n"
            "                                                     12\n"
            "Journal of Liver Intervention (2025) 7:10-20\n\n"
            "femoral artery before ablation.\n\n"
            "Results of the first cohort were reported before and\n\n"
            "                                                     13\n"
            "Journal of Liver Intervention (2025) 7:10-20\n\n"
            "Table 1 Baseline characteristics\n")
    sents = [" ".join(s.text.split()) for s in nlp(text).sents]
    assert ("Patients in the combined group underwent conventional TACE through the 12 Journal of Liver "
            "Intervention (2025) 7:10-20 femoral artery before ablation.") in sents
    assert "Table 1 Baseline characteristics" in sents  # a capitalised line after a page break starts anew


@pytest.mark.parametrize("text", [
    "Patients received tislelizumab plus a single priming dose of ZX-4471.",
    "We added the investigational anti-CTLA-4 antibody ZX-4471 to tislelizumab.",
])
def test_drugs_a_code_name_after_a_class_noun_or_a_dose_of_is_a_drug(nlp, text):
    assert sorted(e.id_ for e in nlp(text).ents if e.label_ == "DRUG") == ["tislelizumab", "zx-4471"]


def test_drugs_a_code_name_given_a_list_of_dose_levels_is_a_drug(nlp):
    doc = nlp("Patients received QX-4417 at 40, 80, 160 and 240 mg once daily.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [("QX-4417", "qx-4417")]


@pytest.mark.parametrize("text,label", [
    ("Adults with HCC refractory to or intolerant of standard therapy received lenvatinib 8 mg daily.", None),
    ("Patients who had progressed on standard treatment were enrolled and received lenvatinib 8 mg daily.", None),
    ("Sorafenib was the standard therapy for advanced HCC for a decade.", "background"),
])
def test_context_standard_therapy_the_patients_failed_is_not_background(nlp, text, label):
    doc = nlp(text)
    assert [r[2] for r in doc._.context_regions] == ([label] if label else [])


def test_abbreviations_a_glossary_line_defines_short_forms_before_it(nlp):
    doc = nlp("Patients received HAIC-F plus L (8 mg po qd) and T (240 mg iv q3w).\n\n"
              "Abbreviations: HAIC-F, hepatic arterial infusion chemotherapy with FOLFOX; L, lenvatinib; "
              "mo, months; T, toripalimab.")
    tagged = [(e.text, e.id_) for e in doc.ents if e.start_char < 70 and e.label_ in ("DRUG", "PROCEDURE")]
    assert tagged == [("HAIC-F", "HAIC"), ("L", "lenvatinib"), ("T", "toripalimab")]


def test_abbreviations_no_glossary_no_single_letter_drugs(nlp):
    doc = nlp("Patients received L (8 mg po qd) and T (240 mg iv q3w); platelets were 100 x 10^9/L.")
    assert [e.text for e in doc.ents if e.label_ == "DRUG"] == []


@pytest.mark.parametrize("written,generic", [
    ("tremelimumab-actl", "tremelimumab"), ("toripalimab-tpzi", "toripalimab"), ("tislelizumab-jsgr", "tislelizumab"),
])
def test_drugs_a_us_biologics_four_letter_suffix_is_the_drug(nlp, written, generic):
    doc = nlp(f"Patients received {written} 200 mg every 3 weeks.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [(written, generic)]


def test_drugs_a_brand_in_capitals_before_its_drug_is_that_drug_everywhere(nlp):
    doc = nlp("QAMZYRA (camrelizumab-hrii) and ZIVORA (sorafenib) were approved. Patients who received QAMZYRA "
              "lived longer than those given ZIVORA. TACE (epirubicin) and HAIC (mFOLFOX6) are procedures.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [
        ("QAMZYRA", "camrelizumab"), ("camrelizumab-hrii", "camrelizumab"), ("ZIVORA", "sorafenib"),
        ("sorafenib", "sorafenib"), ("QAMZYRA", "camrelizumab"), ("ZIVORA", "sorafenib"), ("epirubicin", "epirubicin"),
        ("mFOLFOX6", "MFOLFOX6")]


def test_drugs_a_dictionary_entry_under_a_code_is_named_by_its_inn(nlp):
    # the source dictionary files benmelstobart under its code; the contract names drugs by INN
    doc = nlp("Patients received benmelstobart 1200 mg every 3 weeks plus anlotinib.")
    assert [e.id_ for e in doc.ents if e.label_ == "DRUG"] == ["benmelstobart", "anlotinib"]


def test_drugs_rules_saved_without_the_bracket_and_suffix_rules_read_the_shipped_ones():
    # a DrugTagger saved by a version before "name_bracket" and "fda_suffix" were data still reads both
    nlp = hcc_nlp.load(linker=False)  # its own copy: the rules are changed below
    drugs = nlp.get_pipe("hcc_drugs")
    rules = drugs.rules()
    for key in ("name_bracket", "fda_suffix"):
        del rules["code_names"][key]
    drugs.set_rules(rules)
    doc = nlp("Drug name: ZN-4021 Tablets (tolafertinib). Patients received ZN-4021 240 mg and tremelimumab-actl.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [
        ("ZN-4021", "tolafertinib"), ("tolafertinib", "tolafertinib"), ("ZN-4021", "tolafertinib"),
        ("tremelimumab-actl", "tremelimumab")]


def test_grammar_rules_compile_with_their_flags_inline():
    from hcc_nlp.resources import grammar, load_json
    rules = load_json("grammar.json")
    names = [(module, name) for module, items in rules.items() if isinstance(items, dict)
             for name in items if not name.startswith("_")]
    plain = [(module, name) for module, name in names if "{{" not in rules[module][name]]
    assert len(plain) > 30 and all(grammar(module, name).pattern == rules[module][name] for module, name in plain)
    assert grammar("arms", "versus").search("TACE VERSUS TAE").group() == "VERSUS"  # "(?i)" inline
    assert grammar("results", "not_plural").search("ascites") and not grammar("results", "not_plural").search("rashes")


def test_grammar_fragments_stand_for_the_modules_other_rules():
    from hcc_nlp.resources import grammar, load_json
    rules = load_json("grammar.json")["results"]
    count_before = grammar("results", "count_before")
    assert "{{" not in count_before.pattern and rules["count_noun"] in count_before.pattern
    assert count_before.search("grade 3 rash in 12 participants (").group(1) == "12"
    assert count_before.search("four SIRT-treated patients (").group(1, "code") == ("four", " SIRT-treated")
    of_before = grammar("results", "count_of_before").search("in 1 of 13 subjects in arm A (")
    assert of_before.groups() == ("1", "13")
    assert grammar("results", "count_in_brackets").search("(22 pts, ").group(1) == "22"
    assert grammar("results", "grade_count_in").search("(22, 47.8%; grade 3 in 6 cases, ").group(1) == "6"


@pytest.mark.parametrize("text,expected", [
    ("Donafenib was given at 200 mg b.i.d. Patients were randomized to A or B.",
     ["Donafenib was given at 200 mg b.i.d.", "Patients were randomized to A or B."]),
    ("Capecitabine 500 mg p.o. b.i.d. Lenvatinib was not allowed.",
     ["Capecitabine 500 mg p.o. b.i.d.", "Lenvatinib was not allowed."]),
    ("Atezolizumab 1200 mg i.v. Q3W was combined with bevacizumab.",
     ["Atezolizumab 1200 mg i.v. Q3W was combined with bevacizumab."]),
    ("Sorafenib 400 mg b.i.d. (BID) was continued.", ["Sorafenib 400 mg b.i.d. (BID) was continued."]),
])
def test_sentences_end_after_a_dosing_abbreviation_before_a_capitalised_word(nlp, text, expected):
    assert [s.text for s in nlp(text).sents] == expected


@pytest.mark.parametrize("text,label", [
    ("The control-arm result is in line with the 2.8-month median time to progression reported for sorafenib "
     "by Lee and colleagues [4] and with other series [17,18].", "other_study"),
    ("A median time to progression of 2.8 months was reported for sorafenib in Asian patients [4].", "other_study"),
    ("Radiation-induced liver disease occurred in two patients, as previously described for doses above 40 Gy [21].", None),
])
def test_context_a_result_reported_for_a_cited_study_is_another_studys(nlp, text, label):
    assert [r[2] for r in nlp(text)._.context_regions] == ([label] if label else [])


@pytest.mark.parametrize("later, expected", [
    # a short code, and our own series
    ("In LEAP-002, lenvatinib plus pembrolizumab gave a median OS of 21.2 months.\n\n"
     "Our institutional series of sorafenib had a grade 3 rate of 31% (n = 142).",
     [("In LEAP-", "other_study"), ("Our inst", "other_study")]),
    # a spaced code and a mixed-case name with its number (not a threshold with its unit)
    ("In RTOG 1112, SBRT followed by sorafenib improved median OS from 12.3 to 15.8 months.\n\n"
     "This compares with atezolizumab-bevacizumab in IMbrave150 (median OS 19.2 vs 13.4 months).\n\n"
     "In AFP 400 ng/mL or higher disease, median OS was 10.2 months.",
     [("In RTOG ", "other_study"), ("This com", "other_study")]),
])
def test_context_trials_named_by_their_codes_and_our_own_series_are_other_studies(nlp, later, expected):
    text = "ARGO-3 randomised 400 patients to X or sorafenib; median OS was 14.0 versus 11.0 months.\n\n" + later
    doc = nlp(text)
    assert [(text[a:b][:8], label) for a, b, label in doc._.context_regions] == expected


def test_sections_a_heading_with_its_words_on_a_paragraphs_last_line_heads_that_line(tagger):
    text = ("2/9 Design: open-label, N=612.\nKey elig: no prior systemic therapy, Child-Pugh A, ECOG 0-1.\n\n"
            "3/9 OS: median 19.2 vs 15.1 mo.\n")
    regions = [(text[a:b], name) for a, b, name in tagger(text)._.section_regions]
    assert regions[-2:] == [("Key elig: no prior systemic therapy, Child-Pugh A, ECOG 0-1.", "inclusion"),
                            ("\n\n3/9 OS: median 19.2 vs 15.1 mo.\n", "front")]


def test_context_a_pooled_analysis_with_another_trial_is_another_study(nlp):
    text = ("Methods: ZENITH-2 was a randomised phase 3 trial of X against placebo.\nDiscussion: In a prespecified "
            "pooled analysis of individual patient data from ZENITH-2 and the global ZENITH-1 trial, median overall "
            "survival was 8.4 versus 6.0 months.")
    doc = nlp(text)
    assert [(label, "pooled" in text[a:b]) for a, b, label in doc._.context_regions] == [("other_study", True)]


def test_context_a_trial_named_in_a_title_under_a_journal_banner_is_this_one(nlp):
    text = ("JHEP Reports, Volume 7, June 2025 | doi: 10.1016/j.jhepr.2025.101392\n\nX in advanced HCC: pooled analysis of the phase 3 ALPHA-19A and "
            "ALPHA-19B trials\n\nMethods: Both trials enrolled adults with advanced HCC after sorafenib (in ALPHA-19A) "
            "or lenvatinib (in ALPHA-19B).")
    doc = nlp(text)
    assert doc._.context_regions == []


def test_sentences_a_wrapped_line_left_short_by_a_hyphenated_word_goes_on(nlp):
    text = ("Between March 2017 and October 2021, 131 patients were screened at\n"
            "six centres for this open-label, randomised phase 2 trial, and 92 were\n"
            "randomly assigned to sorafenib plus external-\n"
            "beam radiotherapy (n = 46) or sorafenib alone (n = 46) (Fig. 1).\n"
            "One patient in the combination arm and two in the sorafenib arm with-\n"
            "drew consent before receiving any study treatment, leaving 45 and 44\n"
            "patients, respectively, in the safety population.\n")
    from hcc_nlp.layout import repaired
    sents = [s.text.split()[0] for s in nlp(repaired(text)).sents]
    assert sents == ["Between", "One"]


@pytest.mark.parametrize("text,label", [
    ("More than 2,300 patients have received X across 15 trials, including the phase 2 study XR-203, in which it "
     "produced an ORR of 27.5% in second-line HCC.", "other_study"),
    ("The combination showed a high response rate and it is worthy of further study in randomized trial.", "hypothetical"),
])
def test_context_another_study_of_the_drug_and_a_trial_worth_doing(nlp, text, label):
    assert [r[2] for r in nlp(text)._.context_regions] == [label]


@pytest.mark.parametrize("text,label", [
    # named once, with the document's only registration number: this study
    ("BARCELONA - Chemoembolization plus STRIDE shrank tumours.\n\nIn the TRIDENT-B study (NCT05512378), 33 of "
     "52 patients (63.5%) had an objective response.", None),
    # named once, and the document registers another trial: another study
    ("This trial is registered as NCT01234567.\n\nIn the TRIDENT-B study (NCT05512378), 33 of 52 patients (63.5%) "
     "had an objective response.", "other_study"),
])
def test_context_a_trial_named_with_the_documents_only_registration_is_this_study(nlp, text, label):
    regions = [r[2] for r in nlp(text)._.context_regions]
    assert regions == ([label] if label else [])


def test_terms_an_aminotransferase_elevation_is_the_contracts_increase(tagger):
    doc = tagger("Grade 3-4 alanine aminotransferase elevation and aspartate aminotransferase elevations were rare.")
    assert [e.id_ for e in doc.ents if e.label_ == "AE_TERM"] == [
        "alanine aminotransferase increased", "aspartate aminotransferase increased"]


def test_terms_total_bilirubin_increased_is_one_term_written_as_the_text_has_it(nlp):
    r = nlp("Patients took vorolanib 200 mg once daily. Grade 3-4 total bilirubin increased occurred in 2 (4.2%).")._.trial_record
    assert [(e["term"], e["grade"], e["count"]) for e in r["arms"][0]["adverse_events"]] == [("total bilirubin increased", "3-4", 2)]


def test_sections_a_registry_summary_result_is_results_and_its_outcome_labels_are_results_too(tagger):
    """A registry's "Summary Result" field under its "Results" block: the "Primary outcome:" and
    "Secondary outcomes:" labels in it head results ("median PFS, 6.0 months"), not outcome measures."""
    text = ("Primary Outcome(s)\n  1. Outcome: 1-year survival rate\n\nSummary Result\n"
            "  Eighty patients were randomized. Primary outcome: the 1-year survival rate was 61.0% vs 45.0%.\n"
            "  Secondary outcomes: median PFS, 6.0 months (95% CI, 4.1-7.9) vs 3.9 months.\n")
    doc = tagger(text)
    names = [name for _a, _b, name in doc._.section_regions]
    assert names == ["primary_outcomes", "results"]


def test_sections_a_description_field_inside_the_criteria_is_no_section_of_its_own(tagger):
    text = ("Inclusion Criteria\n  Gender   Both\n  Description\n    1) Child-Pugh class A\n"
            "Exclusion Criteria\n  Description\n    1) Prior radiotherapy\n")
    doc = tagger(text)
    assert [name for _a, _b, name in doc._.section_regions] == ["inclusion", "exclusion"]


@pytest.mark.parametrize("text,label", [
    ("Retrospective series of TACE with radiotherapy have described response rates of 40% to 60%.", "background"),
    ("Earlier cohorts have described a median survival of 10 months.", "background"),
])
def test_context_what_other_series_have_described_is_background(nlp, text, label):
    assert [r[2] for r in nlp(text)._.context_regions] == [label]


@pytest.mark.parametrize("text", [
    "The protocol was approved by the ethics committee of each centre and registered at ClinicalTrials.gov.",
    "The study was approved by the institutional review boards of all participating hospitals.",
    "The trial was approved by the national regulatory authority.",
])
def test_context_an_ethics_approval_is_no_background_claim(nlp, text):
    # (unlike "Sorafenib was approved for advanced HCC in 2007")
    assert nlp(text)._.context_regions == []
    assert [r[2] for r in nlp("Sorafenib was approved for advanced HCC in 2007.")._.context_regions] == ["background"]


def test_terms_the_centers_for_disease_control_are_no_disease_control_rate(nlp):
    doc = nlp("Funded by the Korea Disease Control and Prevention Agency. The disease control rate was 80%.")
    assert [(e.text, e.id_) for e in doc.spans["hcc"] if e.label_ == "ENDPOINT" and e.id_ == "DCR"] == [
        ("disease control rate", "DCR")]


@pytest.mark.parametrize("text,expected", [
    ("In the SIRT group, yttrium-90 glass microspheres delivered through the lobar artery\n"
     "(TheraSphere) were infused to a target dose of 120 Gy.",
     ["In the SIRT group, yttrium-90 glass microspheres delivered through the lobar artery\n(TheraSphere) were "
      "infused to a target dose of 120 Gy."]),
    ("Patients were assessed every eight weeks by the investigators\n(1) Child-Pugh class A",
     ["Patients were assessed every eight weeks by the investigators\n", "(1) Child-Pugh class A"]),
])
def test_sentences_a_line_opening_on_a_bracket_that_goes_on_continues_the_line_above(nlp, text, expected):
    assert [s.text for s in nlp(text).sents] == expected


def test_sentences_a_page_mark_line_between_the_halves_of_a_sentence_is_page_furniture(nlp):
    text = ("Median overall survival was 14.2 months in the SIRT group (HR 0.81, 95% CI 0.62-1.05;\n\n"
            "Adeyemi et al. Liver Trials (2025) 4:77 Page 5 of 11\n\n"
            "p = 0.11; Fig. 2).\n")
    assert len(list(nlp(text).sents)) == 1


def test_sections_a_clinical_trial_design_heading_ends_the_introduction(tagger):
    text = ("Introduction\nSorafenib was the standard.\n\nClinical Trial Design\n"
            "Patients received drug X 200 mg every 3 weeks.\n")
    doc = tagger(text)
    assert [name for _a, _b, name in doc._.section_regions] == ["background", "methods"]


def test_entities_adverse_event_lines_under_a_heading_line_up_to_a_blank_line(nlp):
    text = "Grade 3-4 adverse events:\n" + "Rash: 2.0% vs 1.0%\n" * 3000 + "\nRash: 5% of the cohort\n"
    doc = nlp(text)
    terms = [e.start_char for e in doc.ents if e.label_ == "AE_TERM"]
    assert len(terms) == 3000 and terms[-1] < text.index("\n\n")  # a list of any length; not past the blank line



def test_sections_a_table_caption_ends_a_background_box_but_not_the_results(tagger):
    box = ("RESULTS\nMedian OS was 9.1 months.\n\nCONTEXT\nKey Objective\nCan this be given?\nRelevance\n"
           "It may be.\n\n")
    table = "TABLE 1. Adverse Events\nAdverse Event\tAny Grade\tGrade 3/4\nFatigue\t14 (27.5)\t2 (3.9)\n"
    doc = tagger(box + table)
    names = [(name, doc.text[a:b][:8]) for a, b, name in doc._.section_regions]
    assert names[-1] == ("front", "TABLE 1.")
    assert ("background", "CONTEXT\n") in names
    # a table inside the results stays in them
    doc = tagger("RESULTS\nMedian OS was 9.1 months.\n\n" + table)
    assert [name for _a, _b, name in doc._.section_regions] == ["results"]


def test_drugs_urea_as_a_cream_is_a_drug_but_urea_as_a_lab_value_is_not(nlp):
    doc = nlp("Patients were randomly assigned to 10% urea cream three times daily or placebo cream. "
              "Blood urea nitrogen was measured weekly.")
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "DRUG"] == [("urea cream", "urea"), ("placebo", "placebo")]


def test_sections_a_heading_word_over_a_line_going_on_in_lower_case_is_no_heading(nlp):
    text = ("Results: Peak ALT on day 3 was 84 vs 149 U/L (p < 0.001). Objective\n"
            "response was seen in 36/62 (58.1%) vs 34/62 (54.8%) patients.\n")
    assert [r[2] for r in nlp(text)._.section_regions] == ["results"]


def test_sentences_a_wrapped_line_starting_in_lower_case_and_left_short_goes_on(nlp):
    text = ("Between 2020 and 2024, 124 patients were randomly assigned and fever, pain and nausea were recorded in\n"
            "29 (46.8%) vs 41 (66.1%), 18 (29.0%) vs 30 (48.4%) and 11 (17.7%) vs 19 (30.6%), respectively;\n"
            "grade 3 fever occurred in 1 (1.6%) vs 5 (8.1%). Grade >=3\n"
            "ALT elevation developed in 4 (6.5%) vs 13 (21.0%) patients in the two arms of the trial (p = 0.02).\n"
            "Median hospital stay was 6 vs 8 days in the two arms of the trial, which was a significant difference.\n")
    assert [s.text.split()[0] for s in nlp(text).sents] == ["Between", "Grade", "Median"]
