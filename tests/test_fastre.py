"""hcc_nlp.fastre: anchored scanning must give exactly what ``re`` gives."""
import json
from functools import partial
import re

import pytest

from hcc_nlp import fastre
from hcc_nlp.numbers import compile_patterns
from hcc_nlp.resources import load_json

TEXT = (
    "Patients (n = 120) received sorafenib 400 mg twice daily or lenvatinib 12 mg once daily "
    "every 4 weeks; fourteen Patients had grade 3-4 events, 2 died of bleeding. HR 0.66 "
    "(95% CI, 0.52-0.84; P<.001). Median OS was 13.6 vs 12.3 months. NCT01761266, "
    "NCT 01761266. Grade ≥3 AEs: 57% vs 49%. A \u212aelvin-sign \u212aIT word and a long \u017fs. "
    "Seventy-two PATIENTS were randomized; .5 mg/kg q3w."
)


@pytest.mark.parametrize("pattern,flags,expected", [
    (r"\bgrades?|died", re.I, "[DGdg]"),
    (r"\bNCT\s?\d{8}\b", 0, "[N]"),
    (r"(?<![\w.·])(?:\d+|[.·]\d+)\s*%", 0, r"[\.·\d]"),
    (r"(?i)\bkit\b", 0, "[Kk\u212a]"),
    (r"(?:the\s+)?first", re.I, "[FTft]"),
    (r"µg|≥", re.I, "[µΜμ≥]"),
])
def test_first_class(pattern, flags, expected):
    assert fastre.first_class(pattern, flags) == expected


@pytest.mark.parametrize("pattern", [
    r"a?",            # can match the empty string
    r"\w+",           # starts with any word character
    r"[^a]b",         # a negated class
    r".x",            # any character
    r"(?:x|\s)y",     # can start at a space
    r"(a)\1",         # a backreference: re refuses it inside the anchoring lookbehind
])
def test_patterns_without_a_useful_anchor_stay_plain(pattern):
    compiled = fastre.compile(pattern)
    assert isinstance(compiled, re.Pattern)
    assert compiled.pattern == pattern


def _same(plain: re.Pattern, fast, text: str) -> None:
    spans = lambda it: [(m.span(), m.groups()) for m in it]  # noqa: E731
    assert spans(fast.finditer(text)) == spans(plain.finditer(text))
    for pos, end in ((0, len(text)), (5, 60), (37, 200), (100, len(text))):
        a, b = plain.search(text, pos, end), fast.search(text, pos, end)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        assert spans(fast.finditer(text, pos, end)) == spans(plain.finditer(text, pos, end))


@pytest.mark.parametrize("pattern,flags", [
    (r"\bgrades?\s*(\d)(?:\s*-\s*(\d))?|\bdied\b", re.I),
    (r"(?<![\w.·])(\d+(?:\.\d+)?)\s*(mg(?:/kg)?)", 0),
    (r"(?i)\b(?:fourteen|seventy(?:-two)?)\s+patients\b", 0),
    (r"\bkit\b|\bkelvin", re.I),
    (r"\blong\s+\w+", re.I),
    (r"\bNCT\s?\d{8}\b", 0),
    (r"(?<=\()\d+%", 0),
    (r"q\d+w|\btwice\s+daily|once\s+daily", 0),
    (r"(?m)^[A-Z]\w+", 0),
])
def test_scanning_equals_re(pattern, flags):
    plain = re.compile(pattern, flags)
    fast = fastre.compile(pattern, flags)
    assert isinstance(fast, fastre.ScanRegex)
    _same(plain, fast, TEXT)
    _same(plain, fast, TEXT.lower())
    _same(plain, fast, "")


def test_every_numeric_pattern_scans_like_re():
    for label, pid, fast, group, _ in compile_patterns(load_json("numbers.json")):
        plain = fast.plain if isinstance(fast, fastre.ScanRegex) else fast
        _same(plain, fast, TEXT)


def test_scan_regex_keeps_the_plain_methods():
    fast = fastre.compile(r"\b(\d+)\s*mg", re.I)
    assert fast.pattern == r"\b(\d+)\s*mg"
    assert fast.flags & re.I
    assert fast.match("400 MG").group(1) == "400"
    assert fast.sub("<dose>", "given 400 mg daily") == "given <dose> daily"
    assert fast.split("a 1 mg b") == ["a ", "1", " b"]
    assert fast.findall("1 mg, 2 mg") == ["1", "2"]


def test_non_ascii_case_partners_table_is_complete():
    """Re-derive the table from re itself: every non-ASCII character matching an ASCII letter."""
    everything = "".join(map(chr, range(0x80, 0x110000)))
    found: dict[str, str] = {}
    for m in re.finditer(r"[a-z]", everything, re.I):
        letter = next(x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, m.group(), re.I))
        found[letter] = found.get(letter, "") + m.group()
    assert {k: "".join(sorted(v)) for k, v in found.items()} == \
        {k: "".join(sorted(v)) for k, v in fastre.NON_ASCII_CASE_PARTNERS.items()}


def test_cue_files_compile():
    from hcc_nlp.cues import compile_cues
    cues = compile_cues(json.loads(json.dumps(load_json("linker.json"))))
    anchored = [k for k, v in cues.items() if isinstance(v, fastre.ScanRegex)]
    assert len(anchored) >= len(cues) // 2


def test_cue_word_lists_become_sets_and_tables_dicts():
    from hcc_nlp.cues import compile_cues
    cues = compile_cues({"_comment": "x", "_case_sensitive": ["label"], "label": r"\bArm\s+[A-Z]\b",
                         "heads": ["hemorrhage", "pain"], "verbs": {"3": "randomi"}})
    assert cues["heads"] == frozenset({"hemorrhage", "pain"})
    assert cues["label"].search("to Arm A (TACE)") and not cues["label"].search("to arm a")
    assert cues["verbs"] == {"3": "randomi"} and "_comment" not in cues


@pytest.mark.parametrize("pattern,flags,words", [
    (r"\bsubgroups?\b|\bmultivariat\w*", re.I, {"subgroup", "multivariat"}),
    (r"\b(?:\d+|one|two)\s+patients\b", 0, {"patients"}),
    (r"\bphase\s*(?:I|1)[ab]?\b(?!I)|\bdose[- ]escalation\b", re.I, {"phase", "escalation"}),
    (r"(?:was|were)\s+(?:randomi[sz]ed|assigned)", re.I, {"randomi", "assigned"}),  # the longer words win
    (r"ab(?=cdef)", 0, None),          # a lookahead's words are not required (it may look past endpos)
    (r"x{0,3}\d+|yyy", 0, None),       # one branch has no word
    (r"\bGRADE\b", 0, {"grade"}),
])
def test_required_words(pattern, flags, words):
    found = fastre.required_words(pattern, flags)
    assert (set(found) if found else None) == words


@pytest.mark.parametrize("pattern,flags", [
    (r"\bsubgroups?\b|\bmultivariat\w*", re.I),
    (r"\bkitten\b|\bkelvin", 0),        # TEXT holds the Kelvin sign and the long s: those texts skip the check
    (r"\blong\s+\w+", 0),
    (r"\bpatients\b", 0),
    (r"\bmedian\s+OS\b", re.I),
])
def test_word_check_never_changes_results(pattern, flags):
    plain, fast = re.compile(pattern, flags), fastre.compile(pattern, flags)
    assert isinstance(fast, fastre.ScanRegex) and fast.words
    for text in (TEXT, TEXT.lower(), TEXT.encode("ascii", "ignore").decode(), "", "no words here – at all ≥"):
        _same(plain, fast, text)
        assert fast.findall(text) == plain.findall(text)


def test_lowered_text_cache_is_bounded_and_never_stale():
    fast = fastre.compile(r"\bmedian\s+OS\b", re.I)
    texts = [f"Sentence {k}: the median OS was {k} months." for k in range(3 * fastre._LOWERED_MAX)]
    for text in texts + texts[:3]:
        assert fast.search(text).group() == "median OS"
        assert fast.search(text.replace("median", "mean")) is None
    assert len(fastre._LOWERED) <= fastre._LOWERED_MAX
    # a window without the word is skipped, one holding it is searched, in the same cached text
    text = texts[0]
    assert fast.search(text, 0, text.index("median")) is None
    assert fast.search(text, text.index("median")).group() == "median OS"
    # a text whose lower-cased form is longer (the dotted capital I) is searched as it is
    assert fastre._lowered("İ median OS") is None
    assert fast.search("İ median OS").group() == "median OS"


def test_is_word_char_is_re_word_class():
    every = "".join(map(chr, range(0x110000)))
    by_re = set(re.findall(r"\w", every))
    assert by_re == {ch for ch in every if fastre.is_word_char(ch)}


def _regex_spans(pattern: str, text: str, flags: int = 0) -> list:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("text, word", [
    ("TACE plus lenvatinib vs TACE-alone and (TACE) or TACEs", "TACE"),
    ("the lenvatinib-TACE group and the LENVATINIB-tace arm", "lenvatinib-tace"),
    ("aaaa-aa aa", "aa"),  # overlapping occurrences: a rejected one consumes nothing
    ("Arm A \u212aRAS and kras", "kras"),  # the Kelvin sign matches "k" case-insensitively
    ("Gruppe Ä und gruppe ä", "gruppe ä"),  # a non-ASCII word
    ("", "x"),
])
def test_literal_spans_equal_the_regex_with_lookarounds(text, word):
    expected = _regex_spans(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, re.I)
    got = list(fastre.literal_spans(text, word, partial(fastre.standalone, text), ignore_case=True))
    assert got == expected
    case_sensitive = _regex_spans(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)
    assert list(fastre.literal_spans(text, word, partial(fastre.standalone, text))) == case_sensitive


def test_literal_spans_of_tace_in_an_arm_list():
    text = "TACE-HAIC (n = 40) vs TACE (n = 41)"
    assert list(fastre.literal_spans(text, "tace", partial(fastre.standalone, text), ignore_case=True)) == [(22, 26)]


@pytest.mark.parametrize("pattern,branches", [
    (r"a|[|]|(b|c)|\|d", ["a", "[|]", "(b|c)", r"\|d"]),
    (r"[]|]x|y", ["[]|]x", "y"]),          # "]" first in a class is a literal
    (r"[^]|]x|(?:y|z)", ["[^]|]x", "(?:y|z)"]),
    (r"no alternation", ["no alternation"]),
])
def test_top_level_branches(pattern, branches):
    assert fastre.top_level_branches(pattern) == branches


UNION_TEXT = TEXT + " That trial, as in REFLECT, differed. In a previous study, 30% responded."


@pytest.mark.parametrize("pattern,flags", [
    # one alternative starts anywhere (\W*), one has no word of 3 letters: the whole has no fast path
    (r"(?:^\W*That\s+(?:trial|study)\b)|(?:\bas\s+in\s+([A-Z]+)\b)|(?:\bprevious\s+stud(?:y|ies)\b)", re.I),
    (r"^\W*Patients|\bas\s+in\b|(\d+)\s*%", 0),
    (r"(?i)^\s*that|\bin\s+a\b|[0-9]+\s*mg", 0),
    (r"^x|\by?", 0),                       # an alternative matching the empty string
])
def test_union_of_alternatives_equals_re(pattern, flags):
    plain = re.compile(pattern, flags)
    fast = fastre.compile(pattern, flags)
    assert isinstance(fast, fastre.UnionRegex)
    for text in (UNION_TEXT, UNION_TEXT.lower(), "That study was small; as in X.", "", "x y"):
        _same(plain, fast, text)
        assert fast.findall(text) == plain.findall(text)


def test_union_is_refused_where_an_alternative_cannot_stand_alone():
    assert isinstance(fastre.compile(r"(\w)\w*\1|\bx\w*"), re.Pattern)   # a group reference
    assert isinstance(fastre.compile(r"(?x) \w+ | \d"), re.Pattern)        # verbose mode


def test_context_cue_lists_are_searched_as_unions():
    """A cue list joined into one alternation (other studies' cues) keeps a fast path through its
    alternatives, though none holds for the whole."""
    from hcc_nlp.context import ContextTagger
    tagger = ContextTagger()
    other = tagger._regex["other_study"]
    assert isinstance(other, fastre.UnionRegex)
    assert other.search("That trial enrolled 602 patients.") is not None
    assert tagger.classify("As in IMbrave150, responses were durable.", None) == "other_study"


# a cue list of worded alternatives whose first characters cover most letters: an anchor finds
# candidates almost everywhere, so each alternative is searched only where its words occur
GATED = "|".join(f"(?:{p})" for p in [
    r"\bprevious(?:ly)?\s+stud(?:y|ies)\b", r"\bhas\s+been\s+(?:shown|approved)\b", r"\bmeta-?analys[ie]s\b",
    r"\bliterature\b", r"\bstandard\s+of\s+care\b", r"\bconfers?\s+limited\b", r"\bkit\s+word\b",
    r"\bdismal\s+prognosis\b", r"\bonly\s+approved\b", r"\bwidely\s+used\b", r"\d+\s*%\s+responded",
    r"\bin\s+(?:a|an)\s+earlier\s+(?:trial|study)\b", r"\bregistration\s+trial\b",
    r"\b\d+\s?x\s?\d+\b",  # no word of three letters: searched everywhere
])
GATED_TEXT = (
    "In an earlier trial, 30% responded. Sorafenib has been approved; the standard of care is dismal. "
    "A meta-analysis and the literature agree. The \u212aIT word was widely used. Only approved drugs. "
    "Previously studies were few; previously study X. 12 % responded in a registration trial, 2 x 3."
)


def test_long_worded_cue_list_is_gated_and_equals_re():
    plain = re.compile(GATED, re.I)
    fast = fastre.compile(GATED, re.I)
    assert isinstance(fast, fastre.GatedUnion)
    for text in (GATED_TEXT, GATED_TEXT.lower(), GATED_TEXT.replace("\u212a", "K"), TEXT, "", "x"):
        _same(plain, fast, text)
        assert fast.findall(text) == plain.findall(text)
    # no alternative's word in the text: no search at all
    assert fast.search("Median OS was 13.6 months.") is None


def test_gating_skips_alternatives_whose_words_are_outside_the_window():
    fast = fastre.compile(GATED, re.I)
    text = "The literature is thin. Median OS 13.6 months."
    assert fast.search(text).group() == "literature"
    assert fast.search(text, 10) is None and fast.search(text, 0, 12) is None


def test_context_background_cues_are_gated():
    from hcc_nlp.context import ContextTagger
    tagger = ContextTagger()
    assert isinstance(tagger._regex["background"], fastre.GatedUnion)
    assert tagger.classify("Previous studies have shown a benefit of TACE.", None) == "background"
    assert tagger.classify("Median OS was 13.6 months in the TACE group.", None) is None
