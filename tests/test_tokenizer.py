import pytest
import spacy

from hcc_nlp.tokenizer import customize_tokenizer


@pytest.fixture(scope="module")
def tok():
    nlp = spacy.blank("en")
    nlp.tokenizer = customize_tokenizer(nlp)
    return nlp


@pytest.mark.parametrize("text,expected", [
    ("400mg", ["400", "mg"]),
    ("(9.42+/-2.16)", ["(", "9.42", "+", "/-2.16", ")"]),  # a mean and its spread
    ("58.5±7.9", ["58.5", "±", "7.9"]),
    ("6m-PFSR", ["6m", "-", "PFSR"]),  # a landmark glued to its endpoint
    ("12mo-OS", ["12mo", "-", "OS"]),
    ("5-FU", ["5-FU"]),
    ("Progression-Free Survivalᶜ", ["Progression-Free", "Survival", "ᶜ"]),  # a table note's superscript letter
    ("(95% CI)ᵃ", ["(", "95", "%", "CI", ")", "ᵃ"]),
    ("(NCT05518274).¹", ["(", "NCT05518274", ")", ".", "¹"]),  # a superscript reference after the stop
    ("excluded.¹,²", ["excluded", ".", "¹,²"]),
    ("75×10⁹/L", ["75×10⁹/L"]),  # a power stays
    ("2Gy", ["2", "Gy"]),
    ("35 mg/m2", ["35", "mg/m2"]),
    ("mg/m²", ["mg/m²"]),
    ("1.25 mg/kg", ["1.25", "mg/kg"]),
    ("5-fluorouracil", ["5-fluorouracil"]),
    ("0.28;", ["0.28", ";"]),
    ("[HR] = 0.28", ["[", "HR", "]", "=", "0.28"]),
    ("(95% CI: 0.15, 0.53)", ["(", "95", "%", "CI", ":", "0.15", ",", "0.53", ")"]),
    ("P < .001", ["P", "<", ".001"]),
    ("≥2", ["≥", "2"]),
    ("grade ≤3", ["grade", "≤", "3"]),
    ("3/4", ["3/4"]),
    ("4/7", ["4/7"]),
    ("days 1-28", ["days", "1-28"]),
    ("10^9/L", ["10^9/L"]),
    ("NCT00867321.", ["NCT00867321", "."]),
    ("b.i.d.", ["b.i.d."]),
    ("size <3 cm", ["size", "<", "3", "cm"]),
    ("lipiodol 5 mL.", ["lipiodol", "5", "mL", "."]),
    ("MTD/RP2D", ["MTD", "/", "RP2D"]),
    ("OS/PFS", ["OS", "/", "PFS"]),
    ("ALT 40 IU/L", ["ALT", "40", "IU/L"]),
    ("Q2W/Q3W", ["Q2W/Q3W"]),
    ("ordelimab-QX2201", ["ordelimab", "-", "QX2201"]),  # a drug and a code joined by a hyphen
    ("sorafenib-HAIC", ["sorafenib", "-", "HAIC"]),  # a drug and a procedure
    ("nivolumab-PD-1", ["nivolumab-PD-1"]),
    ("epirubicin–Lipiodol emulsion", ["epirubicin", "-", "Lipiodol", "emulsion"]),  # a cytotoxic and its oil
    ("doxorubicin-eluting beads", ["doxorubicin-eluting", "beads"]),
    ("survival†", ["survival", "†"]),  # a footnote mark after a row name
    ("‡OS§", ["‡", "OS", "§"]),
])
def test_tokenizer_keeps_and_splits(tok, text, expected):
    assert [t.text for t in tok(text)] == expected


def test_tokenizer_remembers_its_text_and_pickles(tok):
    import pickle

    from hcc_nlp.extensions import doc_text, doc_words
    text = "Sorafenib 400mg b.i.d.\n\nHR 0.28 (95% CI, 0.15-0.53)"
    doc = tok(text)
    assert doc_text(doc) is text  # read from the tokenizer, not rebuilt from the tokens
    assert doc_words(doc) == [t.text for t in doc]
    again = pickle.loads(pickle.dumps(tok.tokenizer))
    assert type(again) is type(tok.tokenizer)
    assert [t.text for t in again(text)] == [t.text for t in doc]


def test_doc_text_of_a_doc_made_elsewhere():
    from hcc_nlp.extensions import doc_text
    doc = spacy.blank("en")("Lenvatinib 12 mg once daily.")
    assert doc_text(doc) == "Lenvatinib 12 mg once daily."


@pytest.mark.parametrize("text,expected", [
    ("lenvatinib-treated", ["lenvatinib", "-", "treated"]),
    ("TACE-alone", ["TACE", "-", "alone"]),
    ("sorafenib-based", ["sorafenib", "-", "based"]),
    ("hand-foot", ["hand-foot"]),
    ("treatment-related", ["treatment-related"]),
    ("atezolizumab-plus-bevacizumab", ["atezolizumab", "-", "plus", "-", "bevacizumab"]),
    ("TACE-with-lenvatinib", ["TACE", "-", "with", "-", "lenvatinib"]),
    ("add-on", ["add-on"]),
    ("durvalumab-bevacizumab", ["durvalumab", "-", "bevacizumab"]),
    ("serplulimab-HLX04", ["serplulimab", "-", "HLX04"]),  # a drug and a code of two digits
    ("everolimus-sorafenib", ["everolimus", "-", "sorafenib"]),  # an mTOR inhibitor's "-limus"
    ("sorafenib-sirolimus", ["sorafenib", "-", "sirolimus"]),
    ("sorafenib-JS01", ["sorafenib", "-", "JS01"]),
    ("sorafenib-induced", ["sorafenib-induced"]),
    ("donafenib-related", ["donafenib", "-", "related"]),
    ("atezolizumab-related", ["atezolizumab", "-", "related"]),
])
def test_tokenizer_treatment_before_a_hyphenated_qualifier(tok, text, expected):
    assert [t.text for t in tok(text)] == expected


def test_tokenizer_splits_two_joined_abbreviations_but_keeps_term_abbreviations(nlp):
    words = [t.text for t in nlp.make_doc("HAIC-FOLFOX, LEN-TACE, DEB-TACE, HAIC-FO, PD-L1 and SHR-1210")]
    assert words == ["HAIC", "-", "FOLFOX", ",", "LEN", "-", "TACE", ",", "DEB-TACE", ",", "HAIC-FO", ",",
                     "PD-L1", "and", "SHR-1210"]


def test_full_width_text_is_read_as_ascii_with_offsets_kept(nlp):
    text = "中文：median PFS was 10.6 months（95％CI：8.2–13.0）　（HR＝0.58，95％CI：0.37–0.91）"
    doc = nlp.make_doc(text)
    assert len(doc.text) == len(text)
    assert "months(95%CI:8.2" in doc.text and "(HR=0.58,95%CI" in doc.text


def test_non_breaking_hyphen_and_minus_sign_are_read_as_a_hyphen(nlp):
    text = "the 2\u2011year OS rate was 95.7% (difference \u22120.9)"
    doc = nlp(text)
    assert len(doc.text) == len(text) and "2-year" in doc.text and "-0.9" in doc.text
    outcome = doc._.trial_record["arms"][0]["outcomes"][0]
    assert (outcome["endpoint"], outcome["timepoint_months"], outcome["value"]) == ("OS", 24, 95.7)


def test_en_dash_between_letters_joins_names_and_between_digits_stays_a_range(nlp):
    text = "median OS 21.4 months (95% CI, 18.9\u201324.0) with durvalumab\u2013bevacizumab in Child\u2013Pugh A"
    doc = nlp.make_doc(text)
    assert len(doc.text) == len(text)
    assert "18.9\u201324.0" in doc.text and "durvalumab-bevacizumab" in doc.text and "Child-Pugh" in doc.text
    r = nlp("Patients were randomly assigned to durvalumab plus bevacizumab (n = 80) or sorafenib (n = 80). "
            "Median OS was 19.1 months with durvalumab\u2013bevacizumab and 13.9 months with sorafenib.")._.trial_record
    assert [[o["value"] for o in a["outcomes"]] for a in r["arms"]] == [[19.1], [13.9]]


@pytest.mark.parametrize("text,expected", [
    ("(TACE)plus", ["(", "TACE", ")", "plus"]),
    ("n=48;TACE", ["n", "=", "48", ";", "TACE"]),
    ("HR=0.58,95%CI", ["HR", "=", "0.58", ",", "95%CI"]),
    ("1,250 mg", ["1,250", "mg"]),
    ("with TACE-L. Based", ["with", "TACE-L", ".", "Based"]),  # a short form ending in a capital ends a sentence
    ("group A. The", ["group", "A.", "The"]),
])
def test_tokenizer_punctuation_without_spaces(tok, text, expected):
    assert [t.text for t in tok(text)] == expected


def test_line_break_tags_and_markdown_bold_are_white_space_with_offsets_kept(nlp):
    text = ("| **Experimental: SBRT + Atezolizumab + Bevacizumab**<br>SBRT followed by atezolizumab plus bevacizumab. | "
            "**Drug: Atezolizumab**<br/>1200 mg IV on Day 1 of each 21-day cycle.<br />Other Names: Tecentriq<BR>"
            "**Drug: Bevacizumab**<br>15 mg/kg IV on Day 1 of each 21-day cycle. |\n")
    doc = nlp(text)
    assert len(doc.text) == len(text) and "<br" not in doc.text.lower() and "**" not in doc.text
    assert doc.text[text.index("1200"):text.index("1200") + 7] == "1200 mg"
    # a drug's line ends at the tag: "Bevacizumab**<br>" does not take the dose of the line before
    doses = {(c["name"], c.get("dose")) for a in doc._.trial_record["arms"] for c in a["regimen"]}
    assert ("bevacizumab", 1200) not in doses


@pytest.mark.parametrize("written,read", [("≧60 kg", "≥60 kg"), ("≦1.5 mg/dL", "≤1.5 mg/dL"),
                                          ("⩾ 3", "≥ 3"), ("⩽ 40 mm", "≤ 40 mm")])
def test_bounds_over_a_double_line_or_slanted_are_the_usual_signs(written, read):
    from hcc_nlp.tokenizer import fold_full_width
    assert fold_full_width(written) == read


def test_a_japanese_registrys_bounds_give_grades_and_thresholds(nlp):
    r = nlp("In this single-arm study, patients received lenvatinib. Results: grade ≧3 adverse events occurred in 23 "
            "(60.5%).")._.trial_record
    assert [(e["term"], e["grade"], e["count"]) for e in r["arms"][0]["adverse_events"]] == [
        ("any adverse event", ">=3", 23)]
