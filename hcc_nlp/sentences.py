"""Sentence boundaries for abstracts, hard-wrapped PubMed text and registry pages."""

import re
from typing import Optional

from spacy.attrs import IDX, IS_PUNCT, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text, doc_words
from .marks import BULLET_MARKS, line_end
from .resources import grammar, load_json
from .tokenizer import SUPERSCRIPT_DIGITS

# a word before a letter that the letter names, so that a full stop after the letter ends a sentence ("in arm
# C. ORRs were", "had hepatitis B. At a median follow-up", "Child-Pugh B. Median OS") and is no initial
_NAMED_BY_LETTER = {"arm", "arms", "group", "groups", "cohort", "cohorts", "class", "stage", "grade", "part", "type",
                    "hepatitis", "pugh", "child-pugh"}
_PERIOD_ABBREVIATIONS = load_json("period_abbreviations.json")
_ABBREV_END = frozenset(_PERIOD_ABBREVIATIONS["not_sentence_end"])  # "et al.", "Fig."
_DOSING_END = frozenset(_PERIOD_ABBREVIATIONS["dosing_end"])  # "... 400 mg b.i.d. Patients ..."
_CLAUSE_OPENERS = frozenset(_PERIOD_ABBREVIATIONS["clause_openers"])  # "..., and the corresponding OS rates ..."
_BULLET = re.compile(rf"^(?:[{BULLET_MARKS}]|\d{{1,2}}[.)]|[a-z][.)])$")  # a token that is a list mark
_BULLET_ITEM = re.compile(rf"[{BULLET_MARKS}]\s+\w")  # a line that is a bulleted item ("• TRAEs ...", not "-----")


# reference numbers flattened from superscript ("1-3", "4,5") or kept in it ("³", "¹,²", "⁴⁻⁶")
_CITATION = re.compile(rf"[\d{SUPERSCRIPT_DIGITS}]{{1,3}}(?:[-–,⁻][\d{SUPERSCRIPT_DIGITS}]{{1,3}})*")
_CITATION_JOINERS = {",", "-", "–", "⁻"}
# a full stop with bracketed reference numbers after it, as one token up to the last "]": "arm.[5", "reported.[12][13"
_STOP_THEN_CITATION = re.compile(r"[.!?](?:\[\d{1,3}(?:[,–-]\d{1,3})*\])*\[\d{1,3}(?:[,–-]\d{1,3})*$")
_LINE = re.compile(r"^.*$", re.M)  # each line, the empty ones too
_DIGITS = re.compile(r"\d+")
_MAX_WRAP = 120  # the widest a hard-wrapped text is wrapped at (a PDF's text layer runs to ~110 columns)
_BRACKET_GOES_ON = grammar("sentences", "bracket_goes_on")  # "(TheraSphere) were infused" under its line
_DANGLING_WORD = grammar("sentences", "dangling_word")  # "... was recorded in" over "53 (23.3%) of 227"
_PAGE_MARK = grammar("sentences", "page_mark")  # "... Page 4 of 12": a page's running line
_CONTINUED_LINE = 30  # a line at least this long that ends mid-sentence goes on on a line starting in lower case


def _citation_end(words: list, cols: list, i: int) -> Optional[int]:
    """The token after the reference numbers glued to a full stop at token ``i`` ("1-3", "4,5"), when
    a space and a capitalised word follow them, else None."""
    j = i
    while j < len(words) and not cols[j][1] and (words[j].isdigit() or words[j] in _CITATION_JOINERS):
        j += 1  # no space after: still the reference numbers
    if j >= len(words) or j + 1 >= len(words) or not _CITATION.fullmatch("".join(words[i:j + 1])):
        return None
    return j + 1 if words[j + 1][:1].isupper() else None


class SentenceSegmenter:
    """Rule-based sentence splitter. A new sentence starts:

    * after ``.``/``!``/``?`` when the next word starts with a capital, digit or bracket, or is
      an abbreviation with a lower-case prefix ("cTACE", "mRECIST");
    * after a blank line;
    * after a single line break, unless the text is hard-wrapped at a fixed width (PubMed
      format, PDF-extracted columns); there only when the line before is short (a heading or table
      cell, under ``short_line`` characters and 15 short of the width), ends in punctuation, is a
      table row (cells between ``|`` or tabs, or runs of spaces), or the next line is a bullet.
    """

    def __init__(self, short_line: int = 60):
        self.short_line = short_line

    @staticmethod
    def wrap_width(text: str) -> int:
        """The width PubMed-style or PDF-extracted text is wrapped at (most long prose lines end
        within a few characters of the same column), or 0 when it is not hard-wrapped."""
        # prose lines only: a table row or a running page header ("216      Journal (2024) 9:214-223")
        # is laid out with runs of spaces and may be longer than the text's width
        lengths = sorted(len(line.rstrip()) for line in text.splitlines()
                         if len(line.strip()) > 40 and "   " not in line.strip() and line.count("|") < 2 and "\t" not in line)
        if len(lengths) < 4:
            return 0
        top = lengths[(len(lengths) - 1) * 9 // 10]  # the width: a line or two longer than the rest is no wrap
        near = sum(1 for n in lengths if top - n <= 12)
        over = sum(1 for n in lengths if n > top + 5)  # a wrapped text has no prose line past its width
        return top if near / len(lengths) >= 0.6 and over <= len(lengths) // 10 and top <= _MAX_WRAP else 0

    @staticmethod
    def page_breaks(text: str) -> list[tuple[int, int]]:
        """(start, end) of each page break inside a sentence of PDF-extracted text: blank lines and
        the running header or footer lines of a page ("1 3", "216   Journal (2024) 9:214-223")
        between a line that ends mid-sentence and one going on in lower case. A running line is
        one that recurs (page numbers aside), holds only numbers or names its page ("Page 4 of 12")."""
        if "\n\n" not in text:
            return []
        lines = list(_LINE.finditer(text))
        keys = [_DIGITS.sub("#", " ".join(m.group().split())).strip("# ") for m in lines]
        counts: dict[str, int] = {}
        for key in keys:
            if key:
                counts[key] = counts.get(key, 0) + 1
        running = [bool(m.group().strip()) and (not keys[k] or counts[keys[k]] >= 2 or bool(_PAGE_MARK.search(m.group())))
                   and len(m.group()) < 120 for k, m in enumerate(lines)]
        out = []
        k = 0
        while k < len(lines):
            if not running[k]:
                k += 1
                continue
            a = k
            while a > 0 and not lines[a - 1].group().strip():
                a -= 1  # the blank lines before the block
            b = k
            while b + 1 < len(lines) and (running[b + 1] or not lines[b + 1].group().strip()):
                b += 1
            before = lines[a - 1].group().rstrip() if a > 0 else ""
            after = lines[b + 1].group().lstrip() if b + 1 < len(lines) else ""
            if a < k and before and before[-1] not in ".:!?|" and after[:1].islower():
                out.append((lines[a].start(), lines[b + 1].start() + (len(lines[b + 1].group()) - len(after))))
            k = b + 1
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        breaks = self.page_breaks(text)
        width = self.wrap_width(text)
        wrapped = width > 0
        n = len(doc)
        words = doc_words(doc)
        cols = doc.to_array([IDX, SPACY, IS_PUNCT]).tolist() if n else []
        starts = [0] if n else []
        line_start = 0
        # a line well short of the width ends a paragraph or is a heading (narrow columns are short too)
        short_line = min(self.short_line, width - 15) if wrapped else self.short_line

        def line_break_starts(line: str, word: str, at: int) -> bool:
            indent = text[text.rfind("\n", 0, at) + 1:at]
            if len(indent) >= 2 and not indent.strip() and _BULLET_ITEM.match(line) \
                    and line[-1:] not in ".:!?" and not _BULLET.match(word):
                return False  # a bullet's item wrapped onto an indented line: "• ... ALT ↑ 10.2%;\n  HFSR 6.1% ..."
            if (word[:1].islower() or (word == "(" and _BRACKET_GOES_ON.match(text, at))) \
                    and len(line) >= _CONTINUED_LINE and line[-1:] not in ".:!?;|" \
                    and line.count("|") < 2 and "\t" not in line and "   " not in line and not _BULLET.match(word) \
                    and text.count("|", at, line_end(text, at)) < 2:  # (nor over a table's header: "n (%) | A | B")
                return False  # a line of prose broken mid-sentence: "... occurred in 11 (18.0%)\n  patients, ..."
                # (not a table's row of a label and one value cell over "p-value<tab>0.0025")
                # (also in wrapped text, where a word hyphenated at the line's end left it short)
            if len(line) >= _CONTINUED_LINE and line[-1:].isalpha() and _DANGLING_WORD.search(line, len(line) - 12) \
                    and not _BULLET.match(word) \
                    and line.count("|") < 2 and "\t" not in line and "   " not in line:
                return False  # "An objective response was recorded in" over "53 (23.3%) of 227 patients ..."
            if wrapped and line.count("(") > line.count(")") and line[-1:] not in ".!?" and not _BULLET.match(word) \
                    and "\t" not in line:
                return False  # a bracket the line opened and left open: "(HR 0.64, 95% CI 0.49-0.83;" over "p=0.0009)"
            if wrapped and line[:1].islower() and line[-1:] not in ".:!?;|" and "   " not in line and "\t" not in line \
                    and line.count("|") < 2 and not _BULLET.match(word):
                return False  # a wrapped line of prose left short by a word joined from the next ("grade 3 fever ... Grade >=3")
            if not wrapped or len(line) < short_line or line[-1:] in ".:!?|" or bool(_BULLET.match(word)) \
                    or line.count("|") >= 2 or line.count("\t") >= 2 or "   " in line.strip():
                return True
            # a line laid out in columns after a wrapped caption ("Table 3 Complications according to
            # the Clavien-Dindo classification" over "      TACE-RFA (n = 48)   RFA (n = 48)   p")
            eol = text.find("\n", at, at + 400)
            return "   " in text[at:eol if eol >= 0 else at + 400].strip()



        for i in range(1, n):
            word, prev = words[i], words[i - 1]
            prev_idx, prev_ws, prev_punct = cols[i - 1]
            if i >= 2 and words[i - 2] in (".", "!", "?") and prev.isspace() and "\n" not in prev \
                    and not (i >= 3 and not cols[i - 3][1] and words[i - 3] + "." in _ABBREV_END):
                # "... or TACE alone.  Between March ...": spaces after the full stop are a token of their own
                prev = words[i - 2]
                prev_idx, prev_ws, prev_punct = cols[i - 2]
            idx = cols[i][0]
            start = False
            if "\n" in prev and prev.isspace():
                if "\n\n" in prev.replace(" ", "").replace("\t", "") or prev.count("\n") > 1:
                    start = True
                else:
                    start = line_break_starts(text[line_start:prev_idx].strip(), word, idx)
                line_start = prev_idx + len(prev)
            elif prev == "." and not prev_ws and word[:1].isdigit() and (cited := _citation_end(words, cols, i)) is not None:
                # "... first-line treatment.1-3 The STRIDE regimen": reference numbers set after the
                # full stop stay with their sentence; the next one starts after them
                starts.append(cited)
            elif prev == "]" and prev_ws and i >= 2 and _STOP_THEN_CITATION.search(words[i - 2]) and word[:1].isupper():
                start = True  # "... in the combination arm.[5] The authors noted": a wiki's reference after the stop
            elif prev == "." and i >= 2 and not cols[i - 2][1] and words[i - 2] + "." in _ABBREV_END:
                pass  # "(Fig. 2B)": the tokenizer parts "Fig" from its full stop
            elif prev in _DOSING_END:
                start = word[:1].isupper() and word[1:].islower() and word.isalpha()  # not "i.v. Q3W"
            elif prev in (".", "!", "?") or (prev.endswith(".") and len(prev) > 1 and prev not in _ABBREV_END
                                             and (prev_punct or "/" in prev or (i >= 2 and words[i - 2] == "/")
                                                  or (len(prev) == 2 and i >= 2 and words[i - 2].lower() in _NAMED_BY_LETTER))):
                # a full stop, also one glued to a unit ("... 51 µmol/L. Patients") or to a letter naming
                # an arm, a class or a stage ("... in arm C. ORRs were")
                first = word[:1]
                start = (first.isupper() or first.isdigit() or first in "([•‣⁃≥≤<>\"'“"
                         or word[1:2].isupper())  # "cTACE", "mRECIST" begin a sentence too
            elif word.lower() == "the" and i + 1 < n and words[i + 1].lower() in _CLAUSE_OPENERS and (
                    prev == ";" or (prev.lower() == "and" and i >= 2 and words[i - 2] in (",", ")", "]"))):
                # "..., and the corresponding OS rates were a, b and c versus d, e and f": a clause read as
                # a sentence of its own, with the landmarks and arms of the one before
                start = True
            if not start and prev_ws and "\n" in text[prev_idx + len(prev):idx]:
                # line break carried as trailing whitespace of the previous token
                start = line_break_starts(text[line_start:prev_idx + len(prev)].strip(), word, idx)
                line_start = idx
            if start and breaks and any(a <= idx <= b for a, b in breaks):
                start = False  # "... was performed via the" [page footer and header] "femoral approach"
            if start:
                starts.append(i)
        # set only the starts: the other tokens stay "missing", which doc.sents reads as "not a start"
        for i in starts:
            doc[i].is_sent_start = True
        if len(starts) == 1 and n > 1:
            doc[1].is_sent_start = False  # spaCy ignores a start on token 0: mark the doc as segmented
        elif n == 1:
            doc[0].is_sent_start = True
        return doc


@Language.factory(
    "hcc_sentences",
    assigns=["token.is_sent_start"],
    default_config={"short_line": 60},
)
def make_sentences(nlp: Language, name: str, short_line: int) -> SentenceSegmenter:
    return SentenceSegmenter(short_line=short_line)
