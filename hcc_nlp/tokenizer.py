"""A tokenizer for trial prose: spaCy's English rules plus what dosing and statistics text needs.

Split: ``400mg`` -> ``400 mg``, ``2Gy`` -> ``2 Gy``, ``0.28;`` -> ``0.28 ;``, ``≥2`` -> ``≥ 2``,
``(95%`` -> ``( 95 %``. Kept whole: ``mg/m2``, ``mg/m²``, ``mg/kg``, ``5-fluorouracil``,
``3/4``, ``1-28``, ``10^9/L``, ``NCT00867321``, ``.001``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import spacy
from spacy.lang.en import English
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .extensions import remember_text
from .marks import FULL_WIDTH_FORMS
from .resources import load_json, load_jsonl

# units that may be glued to a number ("400mg", "2Gy", "10cm")
_UNIT = (
    r"(?:mg/m2|mg/m²|mg/m\(2\)|g/m2|g/m²|mg/kg|mg/day|mg/d|mcg|µg|μg|ug|mg|g/dl|g/dL|g/L|mg/dL|mg/dl"
    r"|GBq|MBq|mCi|cGy|Gy|mL|ml|cm|mm|kg|g|IU|U/L|/mm3|/µL|/uL"
    r"|months?|weeks?|days?|years?|yrs?|hours?|h|fractions?|fx|Fx|%)"
)

NOTE_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"  # superscript letters marking a table's notes
NOTE_MARKS = "†‡§¶‖"  # a footnote's marks, tokens of their own: "Progression-free survival†", "†By mRECIST"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # reference numbers kept in superscript ("... (NCT05518274).³")
_EXTRA_PREFIXES = [r"[<>]/=", r"[≥≤≧≦><=±~]", r"\u2265", r"\u2264", r"•", r"‣", r"⁃", r"·(?=\D)", f"[{NOTE_MARKS}]"]
_EXTRA_SUFFIXES = [
    r"(?<=[0-9])" + _UNIT,
    r"(?<=[0-9])[;,:]",
    r"(?<=[0-9][A-Za-z])\.", r"(?<=[0-9][A-Za-z]{2})\.",  # "every 3 weeks (Q3W.)": "Q3W" "."
    r"(?<=[mdµμu]L)\.",  # "lipiodol 5 mL." at a sentence end
    r"(?<=\w-[A-Z])\.",  # "... with TACE-L. Based on": an arm's short form ends the sentence (not an initial)
    r"[≥≤≧≦]",
    f"[{NOTE_MARKS}]",
    f"(?<=[A-Za-z)])[{NOTE_LETTERS}]",  # "Progression-Free Survivalᶜ", "p-valueᵇ": a note's superscript letter
    # "... (NCT05518274).³", "... were excluded.¹,²": superscript reference numbers after punctuation
    # (not "10⁹" or "mm³": a power)
    rf"(?<=[.,;:)\]])[{SUPERSCRIPT_DIGITS}]{{1,3}}(?:[,⁻–-][{SUPERSCRIPT_DIGITS}]{{1,3}})*",
]
_EXTRA_INFIXES = [
    r"(?<=[0-9A-Za-z])[≥≤≧≦<>=](?=[0-9A-Za-z.])",
    r"(?<=[a-z])/(?=[A-Z])",
    r"(?<=[0-9])(?=(?:mg|Gy|cGy|GBq|mL|cm|mm)\b)",
]


def _keep_hyphen_words(infixes: list[str]) -> list[str]:
    """spaCy splits letter-hyphen-letter and digit-hyphen-letter; trial text wants
    ``5-fluorouracil``, ``hand-foot`` and ``progression-free`` whole."""
    dropped = ("(?:-|–|—", "[:<>=/]", r"[+\-\*^]")
    return [p for p in infixes if not any(d in p for d in dropped)]


@lru_cache(maxsize=1)
def _hyphenated_term_abbreviations() -> tuple[str, ...]:
    """Term abbreviations written with a hyphen (``patterns/terms.jsonl`` single-token patterns),
    read once per process however many tokenizers are made."""
    return tuple(row["pattern"][0]["ORTH"] for row in load_jsonl("terms.jsonl")
                 if isinstance(row.get("pattern"), list) and len(row["pattern"]) == 1
                 and "-" in row["pattern"][0].get("ORTH", ""))


# full-width forms (East Asian typesetting: "（95％CI：8.2–13.0）", "P＝0.017") and the ideographic
# space, brackets and ratio colon, each folded to the one ASCII character it stands for: the text
# keeps its length, so every offset into the folded text is an offset into the original
_FULL_WIDTH = dict(FULL_WIDTH_FORMS)
# the hyphen, the non-breaking hyphen ("2\u2011year") and the minus sign are a hyphen-minus to every rule
_FULL_WIDTH.update({0x2010: "-", 0x2011: "-", 0x2212: "-"})
# the bounds written over a double line (Japanese typography: "≧60 kg", "≦1.5 mg/dL") and the slanted
# ones of typeset mathematics are the usual signs
_FULL_WIDTH.update({0x2267: "≥", 0x2266: "≤", 0x2A7E: "≥", 0x2A7D: "≤"})


# an investigational drug's code name ("LY01008", "HLX04"), which a drug's name may be hyphenated to
_CODE_NAME = load_json("drug_overrides.json")["code_names"]["code"]


# an en dash between two letters joins two names as a hyphen does ("toripalimab–lenvatinib",
# "Child–Pugh", "palmar–plantar"); between digits it is a range, and it is kept
_EN_DASH_JOIN = re.compile(r"(?<=[A-Za-z])\u2013(?=[A-Za-z])")


# a web page's line-break tag and Markdown bold (tables copied from a registry's HTML: "| **Drug: X**<br>1200 mg
# IV ... |"): a line break and spaces, of the same length
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def _unmark(text: str) -> str:
    if "<" in text:
        text = _LINE_BREAK_TAG.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    return text.replace("**", "  ") if "**" in text else text


def fold_full_width(text: str) -> str:
    """``text`` with full-width characters, hyphens, the minus sign and an en dash between letters
    as ASCII, and line-break tags and Markdown bold as white space, one character for one."""
    text = _unmark(text)
    if text.isascii():
        return text
    text = text.translate(_FULL_WIDTH)
    return _EN_DASH_JOIN.sub("-", text) if "\u2013" in text else text


class TrialTokenizer(Tokenizer):
    """spaCy's Tokenizer that also remembers the text it was given, so components read it
    without rebuilding it from the tokens (spaCy's tokenization is lossless: ``doc.text == text``).
    Full-width characters, hyphens and the minus sign are read as their ASCII forms
    (``fold_full_width``; same length, so evidence offsets hold for the original text)."""

    def __call__(self, text: str) -> Doc:
        text = fold_full_width(text)
        doc = super().__call__(text)
        remember_text(doc, text)
        return doc

    def __reduce__(self):
        reduced = super().__reduce__()
        return (type(self),) + tuple(reduced[1:])


def customize_tokenizer(nlp: spacy.language.Language) -> Tokenizer:
    defaults = English.Defaults
    prefixes = list(defaults.prefixes) + _EXTRA_PREFIXES
    suffixes = _EXTRA_SUFFIXES + list(defaults.suffixes)
    infixes = _keep_hyphen_words(list(defaults.infixes)) + [
        # each rule starts with the character it splits at, so most positions fail on one comparison
        r"[:<>=](?<=[A-Za-z][:<>=])(?=[A-Za-z0-9])",
        r"[:=~～](?<=[0-9][:=~～])(?=[0-9])",  # "1:1", "18~75"
        r"\+(?<=[0-9]\+)(?=(?:/-)?[0-9])|±(?<=[0-9]±)(?=[0-9])",  # a mean and its spread: "9.42+/-2.16", "58.5±7.9"
        r"[(\[](?<=[0-9]%[(\[])(?=[0-9])",  # "60.3%(44/73)"
        # a comma or semicolon before a word, and text set without spaces after (folded full-width)
        # punctuation: "(TACE)plus", "n=48;TACE", "13.0)in"
        r"[,;](?:(?<=[a-z]{2}[,;])|(?<=[0-9%)][,;]))(?=[A-Za-z])",
        r"\)(?<=[A-Za-z0-9%.]\))(?=[A-Za-z]{2})",
        # reference numbers flattened from superscript after a word: "treatment.1-3", "disease,1", "reported.4,5"
        r"[.,](?<=[a-z]{3}[.,])(?=\d{1,3}(?:[-–,]\d{1,3})*$)",
        r",(?:(?<=\.\d,)|(?<=\.\d\d,))(?=\d)",  # "HR=0.58,95%CI": no thousands after a decimal point
        r"\((?<=[A-Za-z)]\()(?=[A-Za-z0-9])",
        r"\+(?<=[A-Za-z0-9]\+)(?=[A-Za-z])",
        r"/(?<=[A-Za-z]{4}/)(?=[A-Za-z]{4})",
        r"/(?<=[A-Z0-9][A-Z]/)(?=[A-Z]{2})",  # "MTD/RP2D", "OS/PFS", "CR/PR" (not "IU/L", "Q3W/Q4W")
        r"/(?<=Gy/|yE/|E\)/)(?=\d|fr\b|fx\b|fractions?\b)",  # "40 Gy/5 fr", "66 GyE/10 fx", "60 Gy(RBE)/10 fractions"; "3 Gy/fr"
        r"/(?<=mg/)(?=\d)",  # two drugs' doses of a combined tablet: "glecaprevir/pibrentasvir 300 mg/120 mg"
        r"-(?:(?<=[0-9][my]-)|(?<=[0-9]mo-))(?=[A-Z]{2})",  # a landmark glued to its endpoint: "6m-PFSR", "1y-OS"
        r"-(?<=nib-|mab-)(?=related\b)",  # "donafenib-related adverse events": the drug's (not "treatment-related")
        # a cytotoxic hyphenated to the oil it is emulsified in: "epirubicin-Lipiodol emulsion", "doxorubicin-lipiodol"
        r"-(?:(?<=rubicin-)|(?<=platin-)|(?<=mycin-))(?=[Ll]ipiodol\b|LIPIODOL\b)",
        # hyphens: "lenvatinib-treated", "TACE-alone" (the treatment stands on its own); "durvalumab-plus-
        # tremelimumab arm" (a regimen hyphenated into one word); "durvalumab-bevacizumab" (two drugs by
        # their INN stems; "tislelizumab-LY01008", "lenvatinib-TACE": a drug and a code or a procedure);
        # (an mTOR inhibitor's "-limus" too: "everolimus-sorafenib"); "HAIC-FOLFOX", "LEN-TACE", "TACE-RT"
        # (not "III-IV", "SIRIUS-LT"); "TACE-camrelizumab"
        r"-(?:(?<=\w{3}-)(?=(?:treated|based|containing|alone|only|exposed|pretreated|naive|naïve|refractory)\b"
        r"|(?:plus|with|and)-\w{3})"
        r"|(?<=\w{3}-plus-|\w{3}-with-)(?=\w{3})|(?<=\w{3}-and-)(?=\w{3})"
        r"|(?<=[a-z]{4}mab-|[a-z]{4}nib-|[a-z]{4}mig-|[a-z]{4}mus-)(?=[a-z]{3,}(?:mab|nib|mig|mus|platin|rubicin|taxel|citabine)\b"
        # "tislelizumab-LY01008", "serplulimab-HLX04" (a code name as drug_overrides.json writes it), "lenvatinib-TACE"
        rf"|{_CODE_NAME}\b|[A-Z]{{3,}}\b)"
        r"|(?<=[A-Z]{2}-)(?=[A-Z]{3,}\b)|(?<=[A-Z]{3}-)(?=RT\b|[a-z]{5,}\b))",
    ] + _EXTRA_INFIXES[:2]
    # drop emoticon exceptions such as "<3" and ":)" (they swallow "size <3 cm")
    rules = {k: v for k, v in defaults.tokenizer_exceptions.items() if any(c.isalpha() for c in k)}
    for abbr in load_json("period_abbreviations.json")["one_token"]:  # "b.i.d.", "c.i."
        rules[abbr] = [{"ORTH": abbr}]
    for orth in _hyphenated_term_abbreviations():  # "DEB-TACE", "IF-PFS" stay one token
        rules[orth] = [{"ORTH": orth}]
    return TrialTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@spacy.registry.tokenizers("hcc_nlp.tokenizer.v1")
def create_tokenizer() -> Callable[[spacy.language.Language], Tokenizer]:
    return customize_tokenizer
