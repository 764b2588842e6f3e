import pytest
from conftest import per_arm

from hcc_nlp.errors import InputError
from hcc_nlp.io import iter_inputs, read_document
from hcc_nlp.records import record_for


def test_io_too_large_file_named(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 2048)
    with pytest.raises(InputError, match=r"big\.txt: larger than the 0 MB limit"):
        read_document(big, max_mb=0)


def test_io_reads_utf8_with_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffSorafenib 400 mg".encode("utf-8"))
    assert read_document(p) == "Sorafenib 400 mg"


def test_io_folders_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    for name in ("b/2.txt", "a/1.txt", "a/skip.pdf", "a/3.json", "b/4.xml"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])] == [
        "a/1.txt", "a/3.json", "b/2.txt", "b/4.xml"]


def test_io_a_json_file_that_is_no_registry_record_is_named(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text('{"title": "my screening notes"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E010\] .*notes\.json: a JSON file that is not a ClinicalTrials"):
        read_document(path)
    path.write_text('{"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}}}', encoding="utf-8")
    assert "ClinicalTrials.gov ID: NCT01234567" in read_document(path)


def _read(tmp_path, text: str) -> str:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return read_document(p)


@pytest.mark.parametrize("written,read", [
    ("platelets &ge;75&nbsp;&times;&nbsp;10<sup>9</sup>/L", "platelets ≥75 × 10^9/L"),
    ("HR 0.51 (95% CI 0.32&ndash;0.79)<sup>a</sup>; P &lt; .001", "HR 0.51 (95% CI 0.32–0.79); P < .001"),
    ("Wang<sup>1</sup>, Lin<sup>2,3</sup>", "Wang, Lin"),
    ("40&#160;Gy in 5 fractions<br/>Sorafenib &#8805;400 mg", "40 Gy in 5 fractions\nSorafenib ≥400 mg"),
    ("<i>in vitro</i> &amp; <b>in vivo</b>", "in vitro & in vivo"),
])
def test_io_a_scraped_pages_markup_is_read_as_its_characters(tmp_path, written, read):
    assert _read(tmp_path, written) == read


@pytest.mark.parametrize("text", ["P<0.05 & HR>1", "R&D costs; age <18 years", "age <18 or >75 years"])
def test_io_text_without_markup_is_left_as_it_is(tmp_path, text):
    assert _read(tmp_path, text) == text


def test_io_a_preprints_margin_line_numbers_are_dropped(tmp_path):
    body = ["Methods: Patients with an ECOG performance status of 0 or 1",
            "were randomly assigned (1:1) to nivolumab 240 mg every 2 weeks", "or to sorafenib.", "",
            "This article is a preprint and has not been peer-reviewed.", "",
            "Results: 120 patients were enrolled;", "median OS was 14.1 months", "versus 11.2 months",
            "(HR 0.71).", "Grade 3 events occurred", "in 12 patients."]
    numbered = [f"{k} {line}" if line and not line.startswith("This") else line
                for k, line in zip(range(117, 130), body)]
    assert _read(tmp_path, "\n".join(numbered)) == "\n".join(body)


@pytest.mark.parametrize("text", [
    # a table's rows and a numbered list keep their leading numbers: they do not run on by one
    "\n".join(f"{n} patients had grade {g} events" for n, g in
              [(12, 1), (9, 2), (4, 3), (2, 4), (30, 1), (11, 2), (5, 3), (1, 4), (7, 5)]),
    "\n".join(f"{k} Inclusion criterion number {k}" for k in range(1, 6)),  # too few lines for a margin
])
def test_io_leading_numbers_that_are_no_margin_are_kept(tmp_path, text):
    assert _read(tmp_path, text) == text


@pytest.mark.parametrize("written,read", [
    # a word broken by the layout is joined on its first line, with what follows it
    ("were randomly assigned to pa-\ntients with HCC", "were randomly assigned to patients\nwith HCC"),
    ("Patients were ex-\ncluded. Then", "Patients were excluded.\nThen"),
    ("secondary endpoints were pro-\ngression-free survival and", "secondary endpoints were progression-free\nsurvival and"),
    # a compound keeps its hyphen: its words, capitals or digits, or the text's own spelling elsewhere
    ("median progression-\nfree survival", "median progression-free\nsurvival"),
    ("a randomized non-\ninferiority trial", "a randomized non-inferiority\ntrial"),
    ("assigned to HAIC-\nFO or TACE", "assigned to HAIC-FO\nor TACE"),
    ("the 12-\nmonth rate", "the 12-month\nrate"),
    ("a follow-up visit; a median follow-\nup of", "a follow-up visit; a median follow-up\nof"),
    ("the base-\nline and the baseline scans", "the baseline\nand the baseline scans"),
    ("sorafenib plus external-\nbeam radiotherapy", "sorafenib plus external-beam\nradiotherapy"),
    # two words joined by an en dash keep it; a range of numbers is left as it is
    ("including hand–\nfoot skin reaction", "including hand–foot\nskin reaction"),
    ("in 12–\n18 months", "in 12–\n18 months"),
])
def test_io_words_broken_at_a_lines_end_are_joined(tmp_path, written, read):
    assert _read(tmp_path, written) == read


@pytest.mark.parametrize("written,read", [
    ("hot \ufb02ushes did not differ signi\ufb01cantly", "hot flushes did not differ significantly"),
    ("(P = 0 .52, log-rank test). The 1 -year survival rates", "(P = 0.52, log-rank test). The 1-year survival rates"),
    ("not suitable for chemoemb0lization; 0kuda stage III", "not suitable for chemoembolization; Okuda stage III"),
    # a zero between digits or in a code stays
    ("NCT01234567, LY01008 10 mg, 20 0.5-mg tablets", "NCT01234567, LY01008 10 mg, 20 0.5-mg tablets"),
])
def test_io_ligatures_and_ocr_slips_are_read_as_their_letters(tmp_path, written, read):
    assert _read(tmp_path, written) == read


def test_io_a_text_written_with_decimal_commas_is_read_with_points(tmp_path):
    text = ("Median PFS was 7,9 months (95 %-CI 6,1–9,8) vs. 4,6 months (HR 0,61; p = 0,004). "
            "Capecitabine 1.250 mg/m2 twice daily; RECIST 1.1.")
    assert _read(tmp_path, text) == (
        "Median PFS was 7.9 months (95 %-CI 6.1–9.8) vs. 4.6 months (HR 0.61; p = 0.004). "
        "Capecitabine 1250 mg/m2 twice daily; RECIST 1.1.")


@pytest.mark.parametrize("text", [
    # decimal points: the commas separate thousands and list items
    "Of 1,250 patients, 402 were randomised; HR 0.61 (0.45-0.83), p = 0.002, and 0.74 (0.55-0.99).",
    # too few decimals to tell
    "On days 1,8 and 15; 1,000 mg; HR 0,61.",
    # citation marks glued to words are no decimals
    "sorafenib12,13 and lenvatinib14,15 and regorafenib16,17 were approved.",
])
def test_io_a_text_with_decimal_points_or_few_decimals_keeps_its_commas(tmp_path, text):
    assert _read(tmp_path, text) == text


def test_io_a_pubmed_xml_record_is_read_as_its_text_with_its_ids(tmp_path):
    xml = ('<?xml version="1.0" ?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>\n'
           '  <PMID Version="1">31234567</PMID>\n'
           '  <Article><ArticleTitle>Apatinib versus placebo.</ArticleTitle>\n'
           '  <Abstract><AbstractText Label="METHODS" NlmCategory="METHODS">Patients received oxaliplatin '
           '85 mg/m<sup>2</sup> &amp; platelets &#x2265;75 &#xD7; 10<sup>9</sup>/L.</AbstractText></Abstract>\n'
           '  <AuthorList><Author><LastName>Sorafenib</LastName></Author></AuthorList></Article>\n'
           '  <MeshHeadingList><MeshHeading><DescriptorName>Sorafenib</DescriptorName></MeshHeading></MeshHeadingList>\n'
           '</MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pmc">PMC7654321</ArticleId>'
           '<ArticleId IdType="doi">10.1000/xyz.123</ArticleId></ArticleIdList></PubmedData></PubmedArticle>'
           '</PubmedArticleSet>\n')
    assert _read(tmp_path, xml) == (
        "PMID: 31234567\nApatinib versus placebo.\n"
        "METHODS: Patients received oxaliplatin 85 mg/m2 & platelets ≥75 × 10^9/L.\n"
        "PMCID: PMC7654321\ndoi: 10.1000/xyz.123\n")


def test_io_a_jats_article_is_read_with_its_ids_and_its_tables_cells(tmp_path):
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<article><front><article-meta>\n'
           '<article-id pub-id-type="pmid">39876543</article-id>\n<article-id pub-id-type="doi">10.1000/j.x.2025.01</article-id>\n'
           '<contrib-group><contrib><name><surname>Lenvatinib</surname></name></contrib></contrib-group>\n'
           '</article-meta></front><body><table-wrap><table>\n'
           '<tr><th/><th>TACE (n=40)</th><th>TAE (n=41)</th></tr>\n'
           '<tr><td>ORR, n (%)</td><td>18 (45.0)</td><td>11 (26.8)</td></tr>\n'
           '</table></table-wrap></body></article>\n')
    assert _read(tmp_path, xml) == (
        "PMID: 39876543\ndoi: 10.1000/j.x.2025.01\nTACE (n=40)\t TAE (n=41)\nORR, n (%)\t 18 (45.0)\t 11 (26.8)\n")


def test_io_a_bibtex_entry_is_read_with_its_escapes_and_ids(tmp_path):
    bib = ("@article{key_2025,\n\ttitle = {{TACE} plus {MWA} for 3{--}5 cm {HCC}},\n"
           "\turl = {https://doi.org/10.1000/radiol.2025},\n\tdoi = {10.1000/radiol.2025},\n"
           "\tabstract = {Platelets of at least 50 {\\texttimes} 10\\textsuperscript{9}/L; age 58 {\\textpm} 9 years.},\n"
           "\tpmid = {40123456},\n}\n")
    assert _read(tmp_path, bib) == (
        "@article{key_2025,\n\ttitle = {TACE plus MWA for 3–5 cm HCC},\n\turl = {https://doi.org/10.1000/radiol.2025},\n"
        "doi: 10.1000/radiol.2025\n\tabstract = {Platelets of at least 50 × 10^9/L; age 58 ± 9 years.},\n"
        "PMID: 40123456\n}\n")


def test_io_a_doi_ends_before_the_brace_or_comma_that_closes_its_field(nlp):
    r = nlp("url = {https://doi.org/10.1000/radiol.2025},\n")._.trial_record
    assert r["ids"]["doi"] == "10.1000/radiol.2025"
    r = nlp('"k1","Title",2024,"10.1016/j.jhep.2024.03.027,38593904"\n')._.trial_record
    assert r["ids"]["doi"] == "10.1016/j.jhep.2024.03.027"


def test_io_a_square_metre_in_a_superscript_keeps_its_power(tmp_path):
    assert _read(tmp_path, "cisplatin 60 mg/m<sup>2</sup> on day 1<sup>a</sup>") == "cisplatin 60 mg/m2 on day 1"


def test_io_a_table_row_label_wrapped_onto_the_next_line_is_joined(tmp_path):
    table = ("                   Arm A (n = 45)   Arm B (n = 44)\n"
             "Fatigue            15 (33.3)        12 (27.3)\n"
             "Palmar-plantar\n"
             "  erythrodysaesthesia   24 (53.3)   23 (52.3)\n"
             "Nausea             11 (24.4)        5 (11.4)\n")
    assert _read(tmp_path, table).splitlines()[2] == "Palmar-plantar erythrodysaesthesia   24 (53.3)   23 (52.3)"


def test_io_a_table_with_each_cell_on_a_line_of_its_own_is_read_as_tab_rows(tmp_path):
    table = ("Efficacy summary\n"
             "Group 1 (n = 90)\nGroup 2 (n = 88)\n"
             "Median OS, mo (95% CI)\n17.2 (14.0-20.1)\n12.9 (10.8-15.0)\n"
             "18-mo OS rate, %\n48.1\n37.5\n"
             "ORR, n/N (%)\n30/90 (33.3)\n—\n"
             "Median follow-up: 21.0 months\n")
    assert _read(tmp_path, table).splitlines() == [
        "Efficacy summary",
        "\tGroup 1 (n = 90)\tGroup 2 (n = 88)",
        "Median OS, mo (95% CI)\t17.2 (14.0-20.1)\t12.9 (10.8-15.0)",
        "18-mo OS rate, %\t48.1\t37.5",  # (a label opening on a number is no value)
        "ORR, n/N (%)\t30/90 (33.3)\t—",
        "Median follow-up: 21.0 months"]


def test_io_a_row_label_wrapped_after_its_values_is_joined(tmp_path):
    table = ("                     Arm A (n=120)        Arm B (n=118)\n"
             "Any adverse event    101 (84%)            88 (75%)\n"
             "Alanine amino-        30 (25%)            21 (18%)\n"
             "transferase increased\n"
             "Serious adverse       22 (18%)            14 (12%)\n"
             "event*\n"
             "Data are n (%). *Irrespective of attribution.\n")
    lines = _read(tmp_path, table).splitlines()
    assert lines[2] == "Alanine aminotransferase increased        30 (25%)            21 (18%)"
    assert lines[3] == "Serious adverse event*       22 (18%)            14 (12%)"
    assert lines[4] == "Data are n (%). *Irrespective of attribution."


def test_io_a_table_header_wrapped_onto_two_lines_is_joined(tmp_path):
    table = ("Table 3: Adverse events\n"
             "                  Cabozantinib plus     Cabozantinib       Best\n"
             "                  atezolizumab (n=90)   (n=88)             supportive care (n=45)\n"
             "Fatigue           30 (33%)              25 (28%)           6 (13%)\n")
    assert _read(tmp_path, table).splitlines()[1] == (
        "                  Cabozantinib plus atezolizumab (n=90)   Cabozantinib (n=88)   Best supportive care (n=45)")


def test_io_a_table_downloaded_as_csv_is_read_as_a_pipe_table(tmp_path):
    csv_text = ('Supplementary Table S1. Adverse events\n'
                '"Event","Arm A n (%)","Arm B n (%)"\n'
                '"Rash, any grade","9 (14.1)",3\n'
                '"A footnote, with a comma ""quoted"" inside","",""\n')
    assert _read(tmp_path, csv_text).splitlines() == [
        "Supplementary Table S1. Adverse events", "Event | Arm A n (%) | Arm B n (%)",
        "Rash, any grade | 9 (14.1) | 3", 'A footnote, with a comma "quoted" inside']


@pytest.mark.parametrize("text", ['He said "no", then left.\n', '"Yes", she wrote, "it was".\n', "a,b,c\n1,2,3\n"])
def test_io_prose_with_quotes_and_unquoted_commas_is_no_csv_table(tmp_path, text):
    assert _read(tmp_path, text) == text


def test_io_a_page_written_in_markdown_is_read_as_its_text(tmp_path):
    page = ("# PILOT-7: sorafenib with or without SBRT\n\n"
            "> Randomised **phase II** trial · [NCT01234567](https://clinicaltrials.gov/study/NCT01234567)\n\n"
            "## Results\n\n"
            "| Endpoint | Arm A (n=40) | Arm B (n=41) |\n"
            "|:---|---:|---:|\n"
            "| Median OS, mo | 14.1 | 10.2 |\n\n"
            "---\n"
            "*Draft:* see the [design](#design) section and `protocol.pdf`.\n")
    assert _read(tmp_path, page).splitlines() == [
        "PILOT-7: sorafenib with or without SBRT", "",
        "Randomised phase II trial · NCT01234567 (https://clinicaltrials.gov/study/NCT01234567)", "",
        "Results", "",
        "| Endpoint | Arm A (n=40) | Arm B (n=41) |",
        "| Median OS, mo | 14.1 | 10.2 |", "", "",
        "Draft: see the design section and protocol.pdf."]


@pytest.mark.parametrize("text", ["# of patients with grade 3 events: 12\n", "Patients **were** randomised.\n",
                                  "HR 0.71* (95% CI 0.52-0.96)*\n"])
def test_io_a_lone_markdown_sign_leaves_the_text_as_it_is(tmp_path, text):
    assert _read(tmp_path, text) == text


@pytest.mark.parametrize("text", [
    pytest.param("Fatigue            15 (33.3)        12 (27.3)\n"
                 "Safety\n"
                 "  most events were mild, and 3 patients stopped\n", id="heading over indented prose: no wrapped label"),
    # a header's cells are short and stand over a row of values; two lines of column prose do not
    pytest.param("Patients were treated in          the second column goes on\n"
                 "with a long line of prose         and so does this one here\n"
                 "Fatigue           30 (33%)              25 (28%)\n", id="prose in columns: no wrapped header"),
    pytest.param("Exclusion criteria         1. Use of any biguanide within the previous 6 months, or\n"
                 "                           insulin-requiring diabetes\n"
                 "                           2. Creatinine clearance < 45 ml/min\n",
                 id="a field's text laid out after its label: no wrapped label"),
    pytest.param("Doses by week\nWeek 1\nWeek 2\nLoading\n400\n800\n\nAfter that, the dose stays.\n",
                 id="one row group of values one per line: no table"),
])
def test_io_lines_laid_out_in_columns_that_are_no_table_are_left_as_they_are(tmp_path, text):
    assert _read(tmp_path, text) == text


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_io_windows_and_old_mac_line_ends_are_read_as_newlines(tmp_path, line_end):
    p = tmp_path / "crlf.txt"
    p.write_bytes(line_end.join(["Arm A: sorafenib", "", "Grade 3 events", "Rash  4 (5%)"]).encode("utf-8"))
    assert read_document(p) == "Arm A: sorafenib\n\nGrade 3 events\nRash  4 (5%)"


def test_io_a_windows_saved_text_gives_the_record_of_the_same_text_saved_on_linux(tmp_path, nlp):
    lines = ["Methods", "Patients were randomised to lenvatinib 12 mg once daily (n=60) or sorafenib 400 mg",
             "twice daily (n=58).", "", "Results", "Outcome\tLenvatinib\tSorafenib", "ORR\t24 (40.0%)\t7 (12.1%)",
             "Median OS was 13.6 versus 12.3 months (HR 0.81; 95% CI 0.62-1.06; p=0.12)."]
    unix, windows = tmp_path / "unix.txt", tmp_path / "windows.txt"
    unix.write_bytes("\n".join(lines).encode("utf-8"))
    windows.write_bytes("\r\n".join(lines).encode("utf-8"))
    on_linux = record_for(nlp, read_document(unix), "doc")
    assert record_for(nlp, read_document(windows), "doc") == on_linux
    assert per_arm(on_linux, "outcomes", "endpoint", "value", "count") == [
        [("ORR", 40, 24), ("OS", 13.6, None)], [("ORR", 12.1, 7), ("OS", 12.3, None)]]


@pytest.mark.parametrize("written,read", [
    ("sora\u00adfenib 400\u00a0mg twice daily", "sorafenib 400 mg twice daily"),
    ("median OS\u200b was 13.6\u202fmonths", "median OS was 13.6 months"),
    ("\u2060platelets \u2265\u200975\u00a0\u00d7\u00a010\u2079/L", "platelets \u2265 75 \u00d7 10\u2079/L"),
])
def test_io_invisible_characters_are_dropped_and_special_spaces_read_as_spaces(tmp_path, written, read):
    assert _read(tmp_path, written) == read


def test_io_a_soft_hyphen_or_no_break_space_leaves_the_record_as_it_is(tmp_path, nlp):
    text = ("Patients were randomised to lenvatinib 12 mg once daily (n=60) or sorafenib 400 mg twice daily (n=58). "
            "Progression-free survival was longer with lenvatinib (median, 7.4 v 3.7 months; 95% CI, 6.9 to 8.8 and "
            "3.6 to 4.6; HR 0.66).")
    typed = text.replace("lenvatinib 12", "lenva\u00adtinib 12").replace(" months", "\u00a0months")
    assert record_for(nlp, _read(tmp_path, typed), "doc") == record_for(nlp, _read(tmp_path, text), "doc")
    assert per_arm(record_for(nlp, _read(tmp_path, typed), "doc"), "outcomes", "endpoint", "value", "ci_low") == [
        [("PFS", 7.4, 6.9)], [("PFS", 3.7, 3.6)]]


@pytest.mark.parametrize("written,read", [
    ("oxaliplatin ８５ mg/m²，leucovorin ４００ mg/m²（day 1）；ORR ６７.５％（２７/４０）",
     "oxaliplatin 85 mg/m², leucovorin 400 mg/m² (day 1); ORR 67.5% (27/40)"),
    ("a single-arm，phase Ⅱ study：ages 18～75 years", "a single-arm, phase II study: ages 18~75 years"),
    ("【Abstract】\u3000Objective", "[Abstract] Objective"),
])
def test_io_full_width_forms_are_read_as_ascii(tmp_path, written, read):
    assert _read(tmp_path, written) == read


def test_io_a_line_in_chinese_keeps_its_full_width_forms(tmp_path):
    chinese = "联合组中位PFS为11.3个月（95%CI：9.1～13.5个月），TACE组为7.2个月。"
    assert _read(tmp_path, chinese + "\nMedian PFS was 11.3 months（95% CI：9.1～13.5）.") == \
        chinese + "\nMedian PFS was 11.3 months (95% CI: 9.1~13.5)."


@pytest.mark.parametrize("written,read", [
    (r"\textbf{Results:} \textit{n}~=~43 per arm", "Results: n~=~43 per arm"),
    (r"as reported before \cite{llovet2008}. \section{Methods}", "as reported before. Methods"),
])
def test_io_latex_styling_commands_are_read_as_their_text(tmp_path, written, read):
    assert _read(tmp_path, written) == read


def test_io_a_unicode_hyphen_broken_at_a_lines_end_is_joined_as_a_hyphen(tmp_path):
    # a journal PDF sets U+2010 for the hyphen: "re\u2010" over "spectively" is one word, as with "-"
    text = "Fever was recorded in 29 (46.8%) vs 41 (66.1%) patients, re\u2010\nspectively; the post\u2010embolisation rate fell."
    assert _read(tmp_path, text) == "Fever was recorded in 29 (46.8%) vs 41 (66.1%) patients, respectively;\nthe post-embolisation rate fell."
