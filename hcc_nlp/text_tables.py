"""Results written as text tables, read cell by cell.

A row is a line of cells separated by ``|`` or tabs ("Median PFS, mo (95% CI) | 6.1 (4.9-7.4) |
10.3 (8.6-12.0)"). A header row names the arms in its last cells ("Outcome | TACE (n = 54) |
TACE-L (n = 54)"); it holds for the rows after it, across the blank lines and captions between
blocks, until the next header (ClinicalTrials.gov pages name the arms once, in the participant
flow, and repeat only the values). A body row gives its label first (an endpoint, an adverse
event, or "Any"), then optional measure cells ("Median (95% CI)", "Count of Participants"),
then one value per arm column: "6.1 (4.9-7.4)", "8.6 (6.9 to 10.4) months", "NR (24.3-NE)",
"20 (37.0)", "21/63 (33.33%)", "22.6".

The cell shapes, the label words and the time-to-event endpoints are in ``patterns/linker.json``
(keys ``table_*``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace
from typing import Callable, Optional

from spacy.tokens import Span

from . import marks
from .arms import arm_of_short_parts, resolve_arm
from .docview import RESPONSE_CATEGORIES, TREATMENT_LABELS, DocView, Sentence, component_of, not_recorded
from .extensions import SPANS_KEY
from .normalize import (as_int_or_float, landmark_months, parse_grade, parse_number, parse_p, parse_ratio,
                        share_printed, time_unit, timepoint_parts)
from .resources import grammar
from .tokenizer import NOTE_LETTERS, NOTE_MARKS

_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|\t")
_SPACE_RUN = re.compile(r" {3,}")
_TWO_SPACES = re.compile(r" {2,}")
_REGISTRY_TWO_SPACE_ROW = grammar("text_tables", "registry_two_space_row")  # "Abdominal pain  2/40 (5.00%)  2"
# "value (CI)" cells one or two spaces apart: the first with a footnote's mark ("17.9 (14.2 to NA) [1]
# 13.1 (10.6 to 15.8)"), or squeezed by narrow columns ("93 (42%)  196 (89%)  54 (24%)")
_VALUE = re.compile(r"\d[\d.,]*\s*\([^()]*\)(?:\s*\[\d{1,2}\])?")
_SQUEEZED_VALUES = re.compile(rf"\s*{_VALUE.pattern}(?: {{1,2}}{_VALUE.pattern})+\s*")
# "label     0.76 (0.63, 0.92)", "HR (95% CI); P     0.52 (0.36-0.75); P < .001"
_LONE_VALUE = re.compile(r"\S {3,}(?:[<>≤≥=]\s*)?(?:\.?\d|NR\b|NE\b)[^ ]*(?: \S+){0,3}(?:\s+[Pp]\s*[<>≤≥=]\s*[\d.]+)?$")
# "label  2 (3.6)" at a cell's end; "...erythrodysaesthesia syndrome 21/62 (33.87%)" (a count of its total) after one space
# "TRAEs leading to discontinuation, n (%) 2 (4.8)": after a label ending in its measure, one space
_SQUEEZED_VALUE = re.compile(r"(?<=\S)  (?=(?:\d|NR\b|NE\b)[^ ]*(?: [^ ]+)?\s*$)|(?<=[A-Za-z)]) (?=\d+/\d+\s*\(\d+(?:\.\d+)?%?\)\s*$)"
                             r"|(?<=\(%\)) (?=\d+\s*\(\d+(?:\.\d+)?%?\)\s*$)")
_LABEL_COLON = re.compile(r"(?<=[^\d\s]):\s+(?=(?:[<>≤≥]\s*)?\d[\d.,]*(?:\s*/\s*\d[\d,]*)?\s*(?:[(\[]|%|$|\s*\S{0,20}$))")
# "Label: 47 (56.6%)", "Label: 8/265 (3.02%)"
_PLACEHOLDER = re.compile(r"9{4,}(?:\.9+)?")  # EudraCT writes "99999" for a bound it could not estimate
_MARKS = "*" + NOTE_MARKS + NOTE_LETTERS  # a note's marks ("0.0174ᵇ")
_TRAILING_REMARK = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_NOTE_MARK = re.compile(f"[{_MARKS}]+")  # "P = .0040*" over "*One-sided; two-sided P = .0080"
_FOOTNOTE = re.compile(rf"\s*(?:\[(?:\d{{1,2}}|[a-z])\]|[{_MARKS}]+)$")  # "17.4 (13.8 to NA) [1]", "NA (22.0 to NA)[a]": a note's mark
# a registry's header: "Arm/Group Title: A | B", "Groups (in column order): A | B | C"
_IN_ORDER = grammar("text_tables", "in_order")  # the header's columns are the arms, in their order
_HEADER_COLON = grammar("text_tables", "header_colon")  # "Arm/Group Title:", "Groups (in column order):"
# "10.2 (9.0 to 11.6) | 7.6 (...)", "-- | 11.2 (7.9 to NA [a])": a cell of a row of values only
_VALUE_PART = grammar("text_tables", "value_part")
_TRAILING_P = grammar("text_tables", "trailing_p_cell")  # "ORR  47 (41.2%)  11 (9.6%)  p < 0.001"
_TWO_COLUMN_VALUE = grammar("text_tables", "two_column_value")
# a line that ends like a sentence after a clause ("Best overall response of complete (CR) or partial
# response (PR), investigator assessed."): a measure's description under its heading, not a heading
_DESCRIPTION = re.compile(r",[^,]{3,}\.\s*$")
_TIME_FRAME = grammar("text_tables", "time_frame")  # a registry measure's time frame after its title
_NUMBERED_CAPTION = grammar("text_tables", "numbered_caption")  # "Table 6 Grade >= 3 TRAEs ..."
_LINE_PREFIX = grammar("text_tables", "line_prefix")  # "1.", a bullet, "Table 23." before a heading on its line
_SIZE_IN_CELL = re.compile(r"[(\[]\s*[nN]\s*=\s*\d[\d,]*\s*[)\]]")  # "(n=307)" in a header cell
# "P+A (n = 352)": a group's name closed by its size, in a header flattened with single spaces
_SIZED_CELL = re.compile(r"[^\s()\[][^()\[\]]{0,40}?\s*" + _SIZE_IN_CELL.pattern)
_RESULT_IN_NAME = grammar("text_tables", "result_in_name")
# a value cell at a row's end: "19.6 (17.4–22.0)", "100/352 (28.4)", "14.3", "NR", "—"
_TAIL_VALUE = r"(?:(?:[<>≤≥]\s*)?\d[\d.,·]*(?:/\d[\d,]*)?%?(?:\s*\([^()]*\))?|NR|NE|NA|—|–|-)"


@lru_cache(maxsize=8)
def _tail_values(n: int) -> re.Pattern:
    return re.compile(r"(.*?\S)" + (r"\s+(" + _TAIL_VALUE + ")") * n)


def _tail_value_cells(sent: Sentence, n: int) -> Optional[list[Cell]]:
    """A row flattened with single spaces: its label and its last ``n`` value cells ("Median OS, mo
    (95% CI) 19.6 (17.4–22.0) 16.1 (14.3–18.0) 14.2 (12.6–15.9)"), or None."""
    text = sent.text.rstrip()
    m = _tail_values(n).fullmatch(text) if "\n" not in text else None
    if m is None or not re.search(r"[A-Za-z]", m.group(1)):
        return None
    return [Cell(sent.start_char + m.start(i), sent.start_char + m.end(i), m.group(i)) for i in range(1, n + 2)]


_INITIALS_SIZE = grammar("text_tables", "initials_size")  # "ZIM+LEN N=397": the header's size after the short forms
_UNGRADED = grammar("text_tables", "ungraded")  # a seriousness, not a grade (RECORDS.md)
_BLANK_LABEL = 8  # spaces of indent that stand for an empty label cell
_SUB_ROW_MARK = re.compile(r"[-–•·‣▪]\s")  # a label marked as one row of the row above ("- Hypertension")
# a column gap anywhere in a text: a single arm's text with none has no table to read
_COLUMN_GAP = re.compile(r"\t|\||\S {2,}\S")
# or a header flattened with single spaces whose last cells are criteria or grades
_SPACED_TAIL_HINT = grammar("text_tables", "spaced_tail_hint")


@dataclass
class Cell:
    start: int
    end: int
    text: str


def _without_tail(cell: Cell, tail: re.Pattern) -> Cell:
    """The cell without what ``tail`` finds at its end after its value."""
    m = tail.search(cell.text)
    if m is None or m.start() == 0:
        return cell
    return Cell(cell.start, cell.start + m.start(), cell.text[:m.start()])


def _without_note_mark(cell: Cell) -> Cell:
    """The cell without a footnote's mark after its value ("17.4 (13.8 to NA) [1]", "0.21*")."""
    return _without_tail(cell, _FOOTNOTE)


def _without_remark(cell: Cell) -> Cell:
    """The cell without a bracketed remark after its value ("0.0381 (not significant at α = 0.01)")."""
    return _without_tail(cell, _TRAILING_REMARK)


def _halves(first: dict, second: dict) -> bool:
    """Whether two rows' comparisons of one endpoint are one comparison's halves: a ratio without
    its p-value and a p-value alone, in either order."""
    ratio, p_only = (first, second) if "value" in first else (second, first)
    return first["endpoint"] == second["endpoint"] and "value" in ratio and "p" not in ratio \
        and "value" not in p_only and "p" in p_only


def _put_ci(item: dict, m: re.Match, cell: Cell) -> None:
    """Give ``item`` the interval of a "95% CI" row's cell (``m``: the ci_only_cell match)."""
    item["ci_low"], item["ci_high"] = (as_int_or_float(parse_number(g)) for g in m.group(1, 2))
    item["evidence"].append([cell.start, cell.end])


def _ae_term_spans(view: DocView) -> list[Span]:
    """Every AE term span, kept or not by the entity filter (a table row has no AE cue words)."""
    return [x for x in view.doc.spans.get(SPANS_KEY, []) if x.label_ == "AE_TERM"]


def row_cells(sent: Sentence) -> Optional[list[Cell]]:
    """The cells of a sentence that is one table row (two or more separators on one line), empty
    cells included: a header cell spanning two columns is followed by an empty one."""
    text, _, rest = sent.text.partition("\n")
    text = text.rstrip("\r ")  # a trailing tab is an empty cell; the next line's indent is not
    if rest.strip():
        return None
    # the line's indent belongs to the sentence before: "      Drug A      Drug B" starts with an empty cell
    line_start = sent.doc_text.rfind("\n", 0, sent.start_char) + 1
    indent = sent.doc_text[line_start:sent.start_char]
    wide_indent = len(indent) >= _BLANK_LABEL and not indent.strip(" \t")
    # "\tA (n=338)\tB (n=336)": a line opening on a tab opens on an empty label cell
    lead_tabs = indent.count("\t") if not indent.strip(" \t") else 0
    origin = sent.start_char
    # a row of values only: "10.2 (9.0 to 11.6) | 7.6 (...)", or two values one tab apart under "Unit of
    # Measure: months" ("6.2 (4.6 to 8.1)<tab>4.1 (3.5 to 5.6)")
    split = "|" if "|" in text and "\t" not in text and not text.lstrip().startswith("|") else \
        "\t" if text.count("\t") == 1 and "|" not in text else None
    values_only = split is not None and all(_VALUE_PART.fullmatch(part) for part in text.split(split))
    if text.count("|") >= 2 or text.count("\t") + lead_tabs >= 2 or values_only or (
            text.count("|") == 1 and (_LABEL_COLON.search(text, 0, text.index("|")) or _HEADER_COLON.search(text)
                                      or _two_column_row(text))) or (
            split == "\t" and _two_column_row(text.replace("\t", "|"))):  # "  Stratified HR (99% CI)<tab>0.77 (0.56, 1.06)"
        separator = _SEPARATOR  # "Participants Analyzed: 83 | 81": a label, then one value per arm
    elif _REGISTRY_TWO_SPACE_ROW.fullmatch(text.strip()) and not _SPACE_RUN.search(text.strip()):
        separator = _TWO_SPACES  # a registry's event row copied from the web page: "Abdominal pain  2/40 (5.00%)  2"
    elif len(_SPACE_RUN.findall(text.lstrip(" "))) + wide_indent >= 2 or _LONE_VALUE.search(text.lstrip(" ")) \
            or _values_last(text):
        # a table laid out with spaces (drug labels): "  Median OS ...     19.6 (17.1, 22.4)     15.9 ...",
        # "  Hazard ratio (95% CI)          0.76 (0.63, 0.92)"
        separator = _SPACE_RUN
        if wide_indent:
            text, origin = indent + text, line_start  # a wide indent is an empty label column
    else:
        return None
    spans, pos = [], 0
    for m in separator.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if text.lstrip().startswith("|") and not ((wide_indent or lead_tabs) and not text.rstrip().endswith("|")):
        # "| a | b |": the edges are not cells (but "          | A | B" and "<tab>| A<tab>| B" open on an empty label)
        spans = spans[1:]
    if text.rstrip().endswith("|"):
        spans = spans[:-1]
    if separator is _SEPARATOR and lead_tabs and "|" not in text:
        spans[0:0] = [(0, 0)] * lead_tabs
    if separator is _SEPARATOR and spans:
        # registry results: "Median (95% CI), months: 11.3 (9.0 to 13.8) | 7.0 (5.6 to 8.9)"
        a, b = spans[0]
        colon = _LABEL_COLON.search(text, a, b) or _HEADER_COLON.search(text, a, b)
        if values_only:
            spans[0:0] = [(a, a)]  # values under a measure line: an empty label
        elif colon:
            spans[0:1] = [(a, colon.start()), (colon.end(), b)]
    if separator is _SEPARATOR and len(spans) >= 3:
        # "ORR | 67 (41.4) | 15 (9.3)     P < .001": a p-value typed after the last column, with no
        # separator of its own, is a cell of its own
        a, b = spans[-1]
        gap = _SPACE_RUN.search(text, a, b)
        while gap is not None and not _TRAILING_P.fullmatch(text, gap.end(), b):
            gap = _SPACE_RUN.search(text, gap.end(), b)
        if gap is not None and text[a:gap.start()].strip():
            spans[-1:] = [(a, gap.start()), (gap.end(), b)]
    if separator is _SPACE_RUN and spans:
        # a long label squeezes the gap to its first value to two spaces: "Pneumonitis, any grade, n (%)  2 (3.6)"
        a, b = spans[0]
        squeezed = _SQUEEZED_VALUE.search(text, a, b)
        if squeezed:
            spans[0:1] = [(a, squeezed.start()), (squeezed.end(), b)]
        # a wide value squeezes the gap to the next column to one or two spaces: "16.8 (14.2-19.3) 0.61
        # (0.46-0.80)", "93 (42%)  196 (89%)  54 (24%)"
        joined = []
        for a, b in spans:
            if _SQUEEZED_VALUES.fullmatch(text, a, b):
                joined.extend(m.span() for m in _VALUE.finditer(text, a, b))
            else:
                joined.append((a, b))
        spans = joined
    out = []
    for a, b in spans:
        raw = text[a:b]
        lead = len(raw) - len(raw.lstrip())
        value = raw.strip()
        out.append(Cell(origin + a + lead, origin + a + lead + len(value), value))
    return out if sum(1 for c in out if c.text) >= 2 else None


def _two_column_row(text: str) -> bool:
    """"Complete response | 35 (67.3)": a label, one separator, a value (a two-column table)."""
    label, _, value = text.partition("|")
    return bool(label.strip()) and any(ch.isalpha() for ch in label) and _TWO_COLUMN_VALUE.fullmatch(value) is not None


def _values_last(text: str) -> bool:
    """"Median (95% CI), months     17.9 (14.2 to NA) [1]  13.1 (10.6 to 15.8)", "Any adverse event
    141 (94%)  63 (42%)  130 (88%)": one wide gap, then value cells that a footnote's mark or narrow
    columns squeezed together."""
    runs = list(_SPACE_RUN.finditer(text.strip(" ")))
    return len(runs) == 1 and _SQUEEZED_VALUES.fullmatch(text.strip(" "), runs[0].end()) is not None


def is_table_row(sent: Sentence) -> bool:
    """A table row with a number in a cell after its label ("Complete response, n (%) | 12 (3.6) | 3 (0.9)")."""
    cells = row_cells(sent)
    return cells is not None and any(any(ch.isdigit() for ch in c.text) for c in cells[1:])


@dataclass
class Layout:
    """What a header row says of the columns below it."""
    arm_of: dict          # column index -> arm index
    width: int            # cells in the header row
    grade_of: dict        # column index -> grade of a sub-header ("Any grade", "Grade ≥3")
    totals: dict          # column index -> participants analysed
    ratio_heads: dict = field(default_factory=dict)  # column index -> header text of each "HR (95% CI)" after the arms
    p_col: Optional[int] = None       # "p", "P value"
    parent: Optional[tuple] = None    # (indent, grade, terms) of the last AE row not indented under another
    serious: bool = False             # under a caption about serious adverse events: "Total" is their count
    baseline: bool = False            # under a caption about baseline characteristics: no results
    total_col: Optional[int] = None   # "Total" after the arms: the arms pooled, not read
    header_n: dict = field(default_factory=dict)  # column index -> "(n = 62)" written in the arm's header cell
    counts: bool = False  # under "Units: subjects": a plain number is a count of participants
    spaced_once: Optional[int] = None  # a header of sized cells one space apart: its rows' value count
    shares: frozenset = frozenset()  # columns whose header cell says "(%)" alone: a plain number is a share
    slash: Optional[tuple] = None  # (grade, grade) of cells "187 (47.3) / 95 (24.1)" under "All Grades / Grade 3-4"
    before: Optional["Layout"] = None  # of a baseline table: the layout open above it, back in force after it
    lead: int = 0  # empty cells that open every row (a tab indenting the rows of a table without a header)

    @property
    def ratio_col(self) -> Optional[int]:
        """The ratio column the p-value goes with: the last, when several ("Unadjusted HR | Adjusted HR | p")."""
        return max(self.ratio_heads) if self.ratio_heads else None

    def value_cells(self, cells: list[Cell]) -> list[tuple[int, Cell]]:
        """(column index, cell) of each value cell of a body row, by the header's columns; a row
        with fewer cells is read from the right when each arm has one column; a p-value in a cell
        after the header's last column is no arm's."""
        if self.trailing_p(cells) is not None:
            cells = cells[:-1]
        if len(cells) == self.width:
            return [(i, cells[i]) for i in sorted(self.arm_of)]
        cols = sorted(self.arm_of)
        if cols[-1] < len(cells) < self.width and not any(c.text for c in cells[cols[-1] + 1:]):
            return [(i, cells[i]) for i in cols]  # "CR | 12 (18.8) | 5 (7.9) | |": ratio and p cells left empty
        extra = self.width - 1 - cols[-1]
        if extra == 0 and len(set(self.arm_of.values())) == len(cols) and len(cells) >= len(cols) + 1:
            return list(zip(cols, cells[-len(cols):]))
        if len(cells) == len(cols) + 1 and cols == list(range(1, len(cols) + 1)) and len(set(self.arm_of.values())) == len(cols):
            return list(zip(cols, cells[1:]))  # a row without the "Total", "p" or "HR" cells after the arms
        return []

    def trailing_p(self, cells: list[Cell]) -> Optional[Cell]:
        """A p-value in a cell of its own after the header's last column, where the header has no
        column for it ("ORR  47 (41.2%)  11 (9.6%)  p < 0.001"), or None."""
        if len(cells) == self.width + 1 and self.p_col is None and _TRAILING_P.fullmatch(cells[-1].text):
            return cells[-1]
        return None

    def split_arm_columns(self, n_sub: int) -> None:
        """A header laid out with spaces has one cell per arm even when a sub-header splits each
        arm into columns ("NIVO (n = 61)" over "Any grade   Grade 3-4"): give each arm its share of
        ``n_sub`` columns when nothing follows the arms. A header laid out with tabs gives an arm its
        cell and an empty one, but the last arm's empty cell is lost at the line's end (A, empty, B,
        empty, C over six grade columns): it too gets its share."""
        cols = sorted(self.arm_of)
        arms = list(dict.fromkeys(self.arm_of[i] for i in cols))
        if len(cols) >= n_sub or n_sub % len(arms) or self.ratio_col is not None or self.p_col is not None \
                or cols[-1] != self.width - 1:
            return
        per = n_sub // len(arms)
        first = cols[0]
        self.arm_of = {first + j: arms[j // per] for j in range(n_sub)}
        self.width = first + n_sub
        if self.spaced_once is not None:
            self.spaced_once = n_sub  # the rows under a header flattened with single spaces: a value per column

    def extra_cell(self, cells: list[Cell], col: Optional[int]) -> Optional[Cell]:
        return cells[col] if col is not None and len(cells) == self.width and cells[col].text else None


def _share_printed(item: dict, n: Optional[int]) -> bool:
    """Whether ``n`` is the denominator of the item's count: its share, rounded as the percent is printed."""
    return item.get("unit") == "%" and share_printed(item["count"], n, item.get("value"))


def _endpoint_in(sent: Sentence, start: int, end: int) -> Optional[str]:
    """The first recorded endpoint code written in [start, end) of a row or line (not the generic
    AE, which a table of events names by its terms)."""
    return next((e.id_ for e in sent.of("ENDPOINT") if start <= e.start_char < end
                 and e.id_ not in ("AE", "SD+PD") and not not_recorded(e.id_)), None)


def is_heading_line(sent: Sentence) -> bool:
    """A short line of its own (after an optional "1." or bullet) that reports nothing (no value,
    ratio, CI or p): a heading."""
    text = sent.text.strip()
    frame = _TIME_FRAME.search(sent.text)  # "[Time Frame: Up to approximately 24 months]": no result
    frame_span = (sent.start_char + frame.start(), sent.start_char + frame.end()) if frame else (-1, -1)
    if len(text) >= 150 or "\n" in text or any(e.label_ in ("RESULT", "RATIO", "CI", "P_VALUE")
                                                and not frame_span[0] <= e.start_char < frame_span[1] for e in sent.ents):
        return False
    doc_text = sent.doc_text
    line_start = doc_text.rfind("\n", 0, sent.start_char) + 1
    line_end = doc_text.find("\n", sent.start_char)
    line_end = len(doc_text) if line_end < 0 else line_end
    return _LINE_PREFIX.fullmatch(doc_text, line_start, sent.start_char) is not None \
        and not doc_text[sent.start_char + len(sent.text.rstrip()):line_end].strip()


def is_subgroup_heading(sent: Sentence, cue: re.Pattern) -> bool:
    """A heading line about subgroups or sensitivity analyses (``cue``: "PFS Subgroups (Arm A vs
    Arm C)", "Sensitivity analyses"), not a one-line sentence ("Objective: To compare A versus B in
    patients with ...")."""
    return len(sent.text.strip()) < 80 and not sent.text.rstrip().endswith(".") \
        and cue.search(sent.text) is not None and is_heading_line(sent)


def heading_endpoints(sent: Sentence) -> Optional[list]:
    """The recorded endpoints a heading line names ("2. Secondary: Overall Survival (OS)"), or
    None when the sentence is not a heading line naming one."""
    if not is_heading_line(sent) or _DESCRIPTION.search(sent.text):
        return None
    return [e for e in sent.of("ENDPOINT") if not not_recorded(e.id_)] or None


def _heading_reading(sent: Sentence, named: list) -> tuple[Optional[str], object]:
    """(endpoint, grade) of a heading line naming endpoints: the endpoint it names, and for a
    heading about adverse events ("Number of Participants With Grade >=3 TEAEs") the grade it
    gives (None when it has none); the grade is False for a heading about anything else."""
    code = _endpoint_in(sent, sent.start_char, sent.end_char)
    if code is None and any(e.id_ == "AE" for e in named):
        grades = sent.of("AE_GRADE")
        return None, parse_grade(grades[-1].text) if grades else None
    return code, False


def _graded_counts(m: re.Match, grades: tuple, groups: tuple) -> list[tuple[Optional[str], dict]]:
    """(grade, count and share) of each grade of a match that gives a count (share) per grade
    ("23 (47.9) / 3 (6.3)" under "any grade / G3/4"): ``groups`` are its (count, share) groups; a
    count written without its share ("/ 0") has none."""
    out = []
    for grade, (count, share) in zip(grades, groups):
        item = {"count": int(m.group(count))}
        if m.group(share):
            item["percent"] = as_int_or_float(parse_number(m.group(share)))
        out.append((grade, item))
    return out


def _arm_by_initials(text: str, arms, taken: set) -> Optional[int]:
    """The arm a header written in initials or short forms names ("A+B" for atezolizumab plus
    bevacizumab, "A+B+TACE", "ZIM+LEN N=397", "PBO+LEN" for placebo plus lenvatinib): see
    :func:`~hcc_nlp.arms.arm_of_short_parts`. A single short form ("L" in "T+L | L") names an arm
    only once another column has named its own."""
    parts = [p.lower() for p in re.split(r"\s*[+/]\s*", _INITIALS_SIZE.sub("", text).strip())]
    if len(parts) < (1 if taken else 2) or not all(re.fullmatch(r"[a-z][\w-]*", p) for p in parts):
        return None
    names = {c["name"].lower() for arm in arms for c in arm.components}
    # "Don + HAIC | Don": a name's first letters (three or more) are a short form too
    if not any(len(p) == 1 or (len(p) <= 4 and text.isupper()) or any(len(p) < len(n) and n.startswith(p) for n in names)
               for p in parts):
        return None
    return arm_of_short_parts(parts, arms, taken)


class TableReader:
    """Outcomes and adverse events of the text tables of a document, by arm."""

    def __init__(self, cues: dict, ae_terms: Callable[[Span, str], list[str]], expand: Callable,
                 own_term: Callable[[str], str] = str.lower):
        """``cues``: the compiled linker cues; the ``table_*`` ones are kept here under their
        names without the prefix (``table_median_ci`` -> ``self.c.median_ci``). ``ae_terms``
        names the events of an AE term span; ``own_term`` names an event from its words."""
        self.c = SimpleNamespace(**{k[len("table_"):]: v for k, v in cues.items() if k.startswith("table_")})
        # a single arm's header flattened with single spaces: its label, then three or two criteria or grades
        cell = f"((?:{self.c.criterion_cell.pattern})|(?:{self.c.grade_cell.pattern}))"
        flags = self.c.grade_cell.flags | self.c.criterion_cell.flags
        self._tail_headers = [(n, re.compile(r"(.*?\S)" + (r"\s+" + cell) * n, flags)) for n in (3, 2)]
        self.ae_terms = ae_terms
        self.own_term = own_term
        self.expand = expand

    def read(self, view: DocView, arms, arm_refs: Callable) -> tuple[list, set]:
        """``[(arm index, "outcome"/"ae"/"comparison"/"size"/"analysed", item)]`` (a comparison's arm
        is None; a size is an int; "analysed" is a registry's first number analysed, a fallback
        size) and the indexes of the sentences read as rows."""
        out: list = []
        consumed: set = set()
        if not arms or (len(arms) == 1 and not _COLUMN_GAP.search(view.text) and not _SPACED_TAIL_HINT.search(view.text)):
            return out, consumed
        if len(arms) >= 2:
            out, consumed = self._arm_row_tables(view, arms, arm_refs)
        layout: Optional[Layout] = None
        ae_grade: Optional[str] = None
        is_ae_table = False
        caption: Optional[Sentence] = None
        ae_candidates: Optional[list[Span]] = None
        section: Optional[str] = None  # the endpoint of the latest line naming one without values
        row_after_section = False  # a row naming an endpoint came after the line that set ``section``
        heading_ae = False  # under a heading about adverse events: its grade (None when it has none)
        last_comparison: Optional[dict] = None
        subgroup_end: Optional[int] = None  # where the last heading line about subgroups ended
        marked: dict[str, dict] = {}  # a note's mark after a comparison's p-value ("P = .0040*") -> that comparison
        section_tp: Optional[re.Match] = None  # the landmark of the heading line naming ``section``
        above: Optional[str] = None  # the endpoint of the last row naming one
        title: Optional[str] = None  # the endpoint of a heading line before a table's header
        title_end = 0  # where that heading line ended
        title_tp = None  # the landmark that heading names ("Local control of PVTT at 12 months")
        title_ae = False  # or, for a heading about adverse events, its grade (None when it has none)
        analysed_seen = False
        layout_end = 0  # where the last table row ended
        last_items: list = []  # what the last body row gave
        slash: Optional[tuple] = None  # (grade, grade) of "shown as any grade / G3/4, n (%):" over its rows
        last_by_column: dict = {}  # column -> comparison of the last row of ratios, one per arm's column
        block: Optional[str] = None  # under a registry's "Serious Adverse Events" line, or another block's
        registry: Optional[dict] = None  # under an EudraCT event table's header: the event of its rows
        for sent in view.own_sentences():
            if sent.index in consumed:
                continue
            if registry is not None and marks.BLANK_LINE.search(view.text, registry["end"], sent.start_char):
                registry = None  # the table ends at a blank line
            if registry is not None:
                if ae_candidates is None:
                    ae_candidates = _ae_term_spans(view)
                items = self._registry_lines(sent, layout, registry, ae_candidates)
                if items is not None:
                    out.extend(items)
                    consumed.add(sent.index)
                    continue
                registry = None  # not EudraCT's rows after all: the table is read as any other
            cells = row_cells(sent)
            if cells is not None and layout is not None and layout.lead and len(cells) > layout.lead \
                    and not any(c.text for c in cells[:layout.lead]):
                cells = cells[layout.lead:]  # the tab that indents the rows of a table read from its caption
            if cells is not None and subgroup_end is not None \
                    and not marks.BLANK_LINE.search(view.text, subgroup_end - 1, sent.start_char):
                consumed.add(sent.index)  # "PFS Subgroups" over "HBV: HR 0.58 (...) | Non-viral: HR 0.71 (...)"
                continue
            subgroup_end = None
            if cells is not None and layout is not None and self.c.arm_description_row.match(cells[0].text):
                consumed.add(sent.index)  # "Arm/Group Description | A 12 mg p.o. ... | B 400 mg ...": no header
                continue
            if cells is None and layout is not None:
                cells = self._grade_cells(sent)  # "Any grade  Grade 3–4  Any grade Grade 3–4" squeezed under the arms
            if len(arms) >= 2 and (cells is None or cells[0].text):
                cells = self._unlabelled_header(sent, arms, arm_refs) or cells
            if cells is None and len(arms) >= 2:
                # a table flattened with single spaces: "A (n = 352) B (n = 349) C (n = 350)" over
                # "Median OS, mo (95% CI) 19.6 (17.4–22.0) 16.1 (14.3–18.0) 14.2 (12.6–15.9)"
                cells = self._sized_header_cells(sent) if layout is None or layout.spaced_once is None \
                    else _tail_value_cells(sent, layout.spaced_once)
            elif cells is None and len(arms) == 1:
                # a single arm's table flattened with single spaces: "Response RECIST v1.1 mRECIST" or
                # "Event Any grade, n (%) Grade 3–4, n (%)" over "CR, n (%) 2 (4.2) 9 (18.8)"
                cells = self._spaced_tail_header(sent) or (
                    _tail_value_cells(sent, layout.spaced_once) if layout is not None and layout.spaced_once else None)
            if cells is None and slash is not None:
                row = self.c.slash_row.fullmatch(sent.text.rstrip())
                if row is not None:
                    ae_candidates = ae_candidates if ae_candidates is not None else _ae_term_spans(view)
                    out.extend(self._slash_row(sent, row, slash, ae_candidates, len(arms)))
                    consumed.add(sent.index)
                    continue
                slash = None
            # "Comments  One-sided p-value; the corresponding two-sided p-value is 0.0036": the two-sided
            # one (the comment's line may hold several sentences: "One-sided p-value from ... test. The
            # corresponding two-sided p-value is 0.012."); a note under the table ("*One-sided; two-sided
            # P = .0080") is the comparison's whose p-value carries its mark
            line_start = view.text.rfind("\n", 0, sent.start_char) + 1
            note = _NOTE_MARK.match(view.text, line_start) if marked else None
            commented = marked.get(note.group()) if note is not None else last_comparison
            if cells is None and commented is not None and "p" in commented \
                    and (two_sided := self.c.two_sided_comment.search(view.text, line_start, sent.end_char)) is not None \
                    and two_sided.start(1) >= sent.start_char:
                commented["p"] = parse_p(two_sided.group(1))
                commented["evidence"].append([two_sided.start(1), two_sided.end(1)])
                consumed.add(sent.index)
                continue
            if cells is None and layout is not None and not layout.baseline \
                    and not marks.BLANK_LINE.search(view.text, layout_end, sent.start_char) \
                    and (grade_line := self._grade_line(sent)) is not None:
                # "Grade 3/4 TRAEs in ≥ 3% of patients" between a table's rows: the grade of the rows
                # below (or a new table's caption, whose header takes the grade again)
                ae_grade, is_ae_table = grade_line, True
                consumed.add(sent.index)
            if cells is None and layout is not None and not layout.baseline:
                # a registry's event table: "Serious Adverse Events" heads the rows whose "Total" is the
                # serious events' count; "All-Cause Mortality" and "Other (Not Including Serious) Adverse
                # Events" head totals that are not events of a term
                if self.c.serious_caption.search(sent.text):
                    block = "serious"
                elif self.c.not_serious_block.search(sent.text):
                    block = "other"
            if cells is None and layout is not None and self.c.units_count.fullmatch(sent.text):
                layout.counts = True  # "Units: subjects" over "Any grade TEAE | 60 | 59"
            if cells is None:
                grades = self.c.slash_grades.search(sent.text.rstrip())
                if grades is not None:
                    slash = (parse_grade(grades.group(1)), parse_grade(grades.group(2)))
                    if layout is not None:  # "Most common TEAEs, all grades / grade 3-4" inside the table
                        layout.slash = slash
                caption = sent
                if is_subgroup_heading(sent, self.c.subgroup_heading):
                    subgroup_end = sent.end_char
                if layout is not None and layout.baseline and is_heading_line(sent) \
                        and not self.c.baseline_caption.search(sent.text):
                    # "Outcome Measures" after the baseline table: results again, in the columns of the
                    # table above it when there was one (the baseline's "Total" column is gone)
                    layout.baseline = False
                    layout = layout.before or layout
                named = heading_endpoints(sent) if not self.c.registry_field.match(sent.text) else None
                if named:
                    code, about_ae = _heading_reading(sent, named)
                    if layout is None or marks.BLANK_LINE.search(view.text, layout_end, sent.start_char):
                        # "Title: Overall Survival (OS)" before the registry's "Arm/Group Title: A | B" header
                        title, title_ae, title_end = code, about_ae, sent.end_char
                        title_tp = self._heading_landmark(sent)
                    if layout is not None:
                        # "Overall Survival", "1. Primary: Progression-free Survival (PFS) per RECIST v1.1" on a
                        # line of its own: the endpoint of the rows below; a heading about adverse events ends
                        # the last endpoint's rows and gives its grade to theirs
                        section, heading_ae, row_after_section = code, about_ae, False
                        section_tp = self._heading_landmark(sent)
                elif title is not None and is_heading_line(sent) and marks.BLANK_LINE.search(view.text, title_end - 1, sent.start_char):
                    # "Slide 9: PFS" ... then "Slide 10: Tumor response" over a table: a new heading that
                    # names no endpoint ends the last one's
                    title, title_ae = None, False
                if not named and layout is not None and self.c.outcome_title.match(sent.text):
                    # "Title: Percentage of Participants Alive at 12 Months": a new measure that names no
                    # endpoint; the rows below are not the last measure's
                    section, heading_ae, section_tp = None, False, None
                continue
            if len(arms) >= 2:
                header = self._header(sent, cells, arms, arm_refs)
                if header is None and layout is None:  # grades alone, no arm's table open above: a pooled table
                    header = self._grade_header(cells, pooled=True)
            else:
                header = self._grade_header(cells) or self._criterion_header(cells, caption) or self._affected_header(cells)
            if header is not None:
                if not _SPACE_RUN.search(sent.text) and "\t" not in sent.text and "|" not in sent.text \
                        and not _REGISTRY_TWO_SPACE_ROW.fullmatch(sent.text.strip()):
                    header.spaced_once = len(header.arm_of)  # its rows are read from their tail, a value per column
                above_table = layout if layout is not None and not layout.baseline else None
                layout, section, last_comparison, heading_ae, above = header, title, None, title_ae, None
                row_after_section = False
                layout.shares = frozenset(i for i in layout.arm_of if self.c.share_head.search(cells[i].text))
                layout.slash = slash
                # a header that opens on a registry's block name ("Serious Adverse Events | A | B") starts
                # that block; one with no label under the block's own line ("Other (Not Including Serious)
                # Adverse Events" over "| A | B") goes on with it
                block = "serious" if self.c.serious_caption.search(cells[0].text) else \
                    "other" if self.c.not_serious_block.search(cells[0].text) else \
                    block if not cells[0].text else None
                # EudraCT's event tables: "Serious adverse events | A | B", "Non-serious adverse events | A | B"
                registry = {"names": None, "label": None, "end": sent.start_char + len(sent.text.rstrip())} \
                    if "\t" in sent.text and (self.c.serious_caption.search(cells[0].text)
                                              or self.c.not_serious_block.search(cells[0].text)) else None
                section_tp = title_tp if title is not None else None  # an "End point title" over the header
                title, title_ae, title_tp = None, False, None
                gap = view.text[caption.start_char + len(caption.text.rstrip()):sent.start_char] if caption is not None else ""
                if caption is not None and marks.BLANK_LINE.search(gap) \
                        and not (_NUMBERED_CAPTION.match(caption.text) and gap.count("\n") <= 2):
                    caption = None  # a caption is the line right above the table (or a numbered one a blank line above)
                if caption is not None and self.c.share_caption.search(caption.text.rstrip()):
                    layout.shares = frozenset(layout.arm_of)  # "Most common TEAEs, %" over the header
                if caption is not None and all(k is None for k in layout.arm_of.values()):
                    # grades over the columns under a caption naming one arm ("Table 3. TRAEs, expansion
                    # cohort (N = 30), n (%)"): that arm's table, not the study's
                    named = {k for _, k in arm_refs(caption, arms)}
                    if len(named) == 1:
                        layout.arm_of = dict.fromkeys(layout.arm_of, named.pop())
                is_ae_table = bool(self.c.ae_caption.search((caption.text if caption is not None else "") + " " + sent.text))
                layout.serious = caption is not None and bool(self.c.serious_caption.search(caption.text))
                layout.baseline = caption is not None and bool(self.c.baseline_caption.search(caption.text))
                layout.before = above_table if layout.baseline else None
                first = min(layout.arm_of)
                grades = (caption.of("AE_GRADE") if caption is not None else []) + \
                    [g for g in sent.of("AE_GRADE") if g.start_char < cells[first].start]
                ae_grade = parse_grade(grades[-1].text) if grades else None
                consumed.add(sent.index)
                continue
            if layout is None and len(arms) == 1 and len(cells) == 2 and cells[0].text and caption is not None \
                    and not self.c.baseline_caption.search(caption.text):
                # a single arm's table has no header naming it: "  Partial response      5 (10.9)" under
                # "Table. Efficacy outcomes (...; N = 46)"; its size, when the caption gives one, is the total
                block_start = view.text.rfind("\n\n", 0, sent.start_char) + 1  # the table's title line and the rows'
                size = self.c.caption_n.search(view.text, block_start, sent.start_char)
                layout = Layout(arm_of={1: 0}, width=2, grade_of={}, totals={},
                                header_n={1: int(size.group(1).replace(",", ""))} if size else {})
            if layout is None and len(arms) >= 2 and caption is not None and not self.c.baseline_caption.search(caption.text):
                # "Toxicity, SBRT vs cTACE, n (%):" over "  Classic RILD | 1 (1.7) | —": no header row, the
                # caption names the arms of the columns in their order
                layout = self._caption_layout(cells, caption, arms, arm_refs)
                if layout is not None:
                    cells = cells[layout.lead:]
                    is_ae_table = bool(self.c.ae_caption.search(caption.text))
                    grades = caption.of("AE_GRADE")
                    ae_grade = parse_grade(grades[-1].text) if grades else None
            if layout is None:
                continue
            if block is not None and self.c.block_total.fullmatch(cells[0].text):
                # "Total | 118/330 (35.76%) | 96/331 (29.00%)" under "Serious Adverse Events"; not the
                # deaths' or the other events' total
                if block == "serious":
                    out.extend(self._ae_items(cells[0], layout.value_cells(cells), layout, ["serious adverse event"],
                                              None, grade_columns=False))
                consumed.add(sent.index)
                continue
            filled = [c for c in cells if c.text]
            if self._grade_sub_header(sent, cells, filled, layout):
                is_ae_table = True
                consumed.add(sent.index)
                continue
            if filled and not cells[0].text and all(self.c.n_cell.fullmatch(c.text) for c in filled):
                # "n = 42 | n = 42" under the arms' names: each column's size, the denominator of its counts
                for i, c in layout.value_cells(cells):
                    layout.header_n[i] = int(self.c.n_cell.fullmatch(c.text).group(1).replace(",", ""))
                consumed.add(sent.index)
                continue
            if self.c.analysed.search(cells[0].text):
                # "Overall Number of Participants Analyzed | 63 | 61": the denominators of the counts below
                sizes = self.c.size_label.fullmatch(cells[0].text) is not None
                for i, c in layout.value_cells(cells):
                    m = self.c.number.fullmatch(c.text)
                    layout.totals[i] = int(parse_number(m.group(1))) if m and not m.group(2) else None
                    if sizes and layout.totals[i] is not None:
                        out.append((layout.arm_of[i], "size", layout.totals[i]))  # "n | 56 | 54": the arms' sizes
                    elif layout.totals[i] is not None and not analysed_seen:
                        # a registry's first "Participants Analyzed": the arms' sizes when nothing else gives them
                        out.append((layout.arm_of[i], "analysed", layout.totals[i]))
                analysed_seen = True
                consumed.add(sent.index)
                continue
            if layout.baseline:  # "HBV infection, n (%) | 52 (81.3%) | ...": who was enrolled, not what happened
                consumed.add(sent.index)
                continue
            if ae_candidates is None:
                ae_candidates = _ae_term_spans(view)
            if cells[0].text and len(cells) == len(layout.arm_of) == layout.width - 1 \
                    and all(_VALUE_PART.fullmatch(c.text) for c in cells):
                # "6.2 (4.6 to 8.1) | 4.1 (3.5 to 5.6)" under "Unit of Measure: months": a row of values
                # with no label cell, one per arm
                cells = [Cell(cells[0].start, cells[0].start, "")] + cells
            if not cells[0].text and caption is not None and heading_endpoints(caption) is None \
                    and not self.c.population_field.match(caption.text):
                # "Median (95% Confidence Interval) Unit of Measure: months" over "10.2 (9.0 to 11.6) | 7.6 (...)"
                line = caption.text.strip()
                start = caption.start_char + len(caption.text) - len(caption.text.lstrip())
                cells = [Cell(start, start + len(line), line)] + cells[1:]
            if self.c.unevaluable_row.match(cells[0].text):
                consumed.add(sent.index)  # "NE | 2 (3.8) | 3 (5.9)": the patients no response was assessed in
                continue
            if self._comparison_ci_row(cells, last_comparison):
                consumed.add(sent.index)  # "Hazard Ratio (HR) | 0.81" then "95% Confidence Interval | 0.49 to 1.34"
                continue
            if self._ci_row(cells, layout, last_items):  # "  95% CI | 14.2-36.7 | 5.8-24.2" under its rate
                consumed.add(sent.index)
                continue
            by_column = self._ratio_columns(sent, cells, layout, section or above, last_by_column)
            if by_column is not None:
                # "HR vs lenvatinib (95% CI) | 0.76 (0.64-0.90) | 0.88 (0.75-1.04) | .." then "p value |
                # 0.0018 | 0.13 | ..": each experimental arm's ratio against the reference in its column
                last_by_column = by_column
                out.extend((None, "comparison", x) for x in by_column.values())  # (a p-value row: none new)
                consumed.add(sent.index)
                layout_end = sent.start_char + len(sent.text.rstrip())
                continue
            last_by_column = {}
            items = self._row(sent, cells, layout, is_ae_table, ae_grade, ae_candidates, section, heading_ae, section_tp)
            last_items = items
            labelled = self._labelled_ratios(sent, cells, layout)
            if labelled:
                items.extend((None, "comparison", x) for x in labelled)
                item = last_comparison = None
            else:
                # (the endpoint of the row above, when it came after the heading: "Median PFS (BICR), mo |
                # 8.3 | 6.2" over "  HR (95% CI) | 0.69 (0.58-0.82)")
                item = self._comparison_row(sent, cells, layout, None if row_after_section else section, above)
            if item is not None and last_comparison is not None and _halves(last_comparison, item):
                # "Hazard ratio (95% CI) | 0.76 (0.63, 0.92)" then "p-value | 0.0047", or "P-Value | 0.41"
                # then "Hazard Ratio (HR) | 0.81": one comparison
                last_comparison.update({k: v for k, v in item.items() if k != "evidence" and v is not None})
                last_comparison["evidence"] += item["evidence"]
                consumed.add(sent.index)
            elif item is not None:
                if "value" in item and self.c.ratio_row.search(cells[0].text):
                    items = []  # a row of the ratio its label names: its cells are no arm's outcomes
                items.extend((None, "comparison", x) for x in self._other_ratios(sent, cells, layout, item["endpoint"]))
                items.append((None, "comparison", item))
                last_comparison = item
                mark = _NOTE_MARK.match(view.text, item["evidence"][-1][1]) if "p" in item else None
                if mark is not None:
                    marked[mark.group()] = item
            layout_end = sent.start_char + len(sent.text.rstrip())
            if items:
                out.extend(items)
                consumed.add(sent.index)
            row_code = _endpoint_in(sent, cells[0].start, cells[0].end)
            if row_code is not None:
                above = row_code  # "Median PFS ... | 3.8 | 2.9" then "  HR (95% CI); P | 0.78 ...; 0.20"
                # (not a response category under the response rate: "CR, n (%)" rows over its "p-value")
                row_after_section = section is not None and row_code != section and row_code not in RESPONSE_CATEGORIES
        return out, consumed

    def _arm_row_tables(self, view: DocView, arms, arm_refs: Callable) -> tuple[list, set]:
        """Tables whose rows are the arms and whose columns are endpoints or events ("Group | n | CR |
        PR | SD | PD | ORR | DCR" over "Observation group | 46 | 6 (13.04) | 22 (47.83) | ..."), as
        many journals print them: each arm row's cells, a size column's number its size and the
        denominator of its counts; rows of test statistics or p-values under them are read as
        nothing. Returns the items and the indexes of the sentences read."""
        out: list = []
        consumed: set = set()
        sents = view.own_sentences()
        caption: Optional[Sentence] = None
        ae_candidates: Optional[list[Span]] = None
        i = 0
        while i < len(sents):
            sent = sents[i]
            i += 1
            cells = row_cells(sent)
            if cells is None:
                caption = sent
                continue
            if not self.c.arm_rows_head.fullmatch(cells[0].text) or arm_refs(sent, arms):
                continue
            if ae_candidates is None:
                ae_candidates = _ae_term_spans(view)
            columns = self._arm_row_columns(sent, cells, ae_candidates)
            if columns is None:
                continue
            context = caption.text if caption is not None and not marks.BLANK_LINE.search(
                view.text, caption.start_char + len(caption.text.rstrip()), sent.start_char) else ""
            grades = caption.of("AE_GRADE") if context else []
            grade = parse_grade(grades[-1].text) if grades else None
            rows: list = []
            while i < len(sents):
                row = row_cells(sents[i])
                if row is None or len(row) < 2:
                    break
                label = row[0]
                if self.c.p_row.match(label.text) or self.c.statistic_row.fullmatch(label.text):
                    rows.append((sents[i], row, None))  # "χ2 value | ... | 4.348", "P value | ... | 0.037"
                    i += 1
                    continue
                named = {k for pos, k in arm_refs(sents[i], arms) if label.start <= pos < label.end}
                if len(named) != 1:
                    break
                rows.append((sents[i], row, named.pop()))
                i += 1
            if sum(k is not None for _s, _r, k in rows) < 2:
                continue
            consumed.add(sent.index)
            for row_sent, row, k in rows:
                consumed.add(row_sent.index)
                if k is not None:
                    out.extend(self._arm_row_items(row, k, columns, cells, context, grade))
        return out, consumed

    def _arm_row_columns(self, sent: Sentence, cells: list[Cell], ae_candidates: list[Span]) -> Optional[dict]:
        """What each column of an arm-rows header holds: ("size",), ("outcome", code) or ("ae",
        names), by its index; None unless two or more name an endpoint or an event."""
        columns: dict = {}
        for j, cell in enumerate(cells[1:], start=1):
            if not cell.text:
                continue
            if self.c.arm_rows_size.fullmatch(cell.text):
                columns[j] = ("size",)
                continue
            code = _endpoint_in(sent, cell.start, cell.end)
            spans = [x for x in ae_candidates if cell.start <= x.start_char and x.end_char <= cell.end]
            if code is not None and not spans:
                columns[j] = ("outcome", code)
            elif spans:
                longest = max(spans, key=lambda x: x.end_char - x.start_char)
                columns[j] = ("ae", self.ae_terms(longest, sent.doc_text))
        if sum(kind[0] != "size" for kind in columns.values()) < 2:
            return None
        return columns

    def _arm_row_items(self, row: list[Cell], k: int, columns: dict, head: list[Cell], context: str,
                       grade: Optional[str]) -> list:
        """One arm row's outcomes and events, by its header's columns."""
        out: list = []
        size = next((int(row[j].text.replace(",", "")) for j, kind in columns.items()
                     if kind[0] == "size" and j < len(row) and row[j].text.replace(",", "").isdigit()), None)
        if size is not None:
            out.append((k, "size", size))
        label = row[0]
        counted = any(self.c.count_percent.fullmatch(c.text) for c in row[1:])
        for j, kind in columns.items():
            if kind[0] == "size" or j >= len(row) or not row[j].text:
                continue
            cell = row[j]
            evidence = [[label.start, label.end], [head[j].start, head[j].end], [cell.start, cell.end]]
            if kind[0] == "outcome":
                item = self._outcome_cell(cell, kind[1], f"{context} {head[j].text}", None,
                                          counted=counted and cell.text.strip() == "0")
                if item is None:
                    continue
                if "count" in item and "total" not in item and _share_printed(item, size):
                    item["total"] = size  # "46 | 6 (13.04)": 6 of the row's 46
                out.append((k, "outcome", dict(item, evidence=evidence)))
            else:
                item = self._ae_cell(cell)
                if item is not None:
                    out.extend((k, "ae", dict(item, term=name, grade=grade, evidence=evidence)) for name in kind[1])
        return out

    def _registry_lines(self, sent: Sentence, layout: Layout, registry: dict, ae_candidates: list[Span]) -> Optional[list]:
        """The events of an EudraCT table's lines in a sentence (a term's line and its first row
        may be one sentence), or None when a line is not one of its rows. A line without a tab
        names the event of the rows under it (a system organ class line before it names none
        the terms know, or is overridden): "Total subjects affected by serious adverse events"
        or a term ("Hepatic failure"). "subjects affected / exposed | 3 / 61 (4.92%)" gives its
        count and share; "deaths causally related to treatment / all | 1 / 2" its deaths (all of
        them) at grade 5; "number of deaths resulting from adverse events | 2" the arms' deaths
        from any adverse event. "number of deaths (all causes)" gives none."""
        out: list = []
        pos = sent.start_char
        for line in sent.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not line.strip():
                continue
            lo, hi = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
            if _COLUMN_GAP.search(line.strip()) is None:
                total = self.c.registry_total.fullmatch(line)
                if total is not None:
                    names = ["non-serious adverse event" if total.group(1) else "serious adverse event"]
                else:
                    # the line is the event's name: a term it opens with names it ("Platelet count
                    # decreased", "Palmar-plantar erythrodysaesthesia syndrome"); words before the term
                    # qualify it, and the line's own words name it ("Oesophageal varices haemorrhage")
                    spans = [x for x in ae_candidates if lo <= x.start_char and x.end_char <= hi]
                    longest = max(spans, key=lambda x: x.end_char - x.start_char) if spans else None
                    names = None if longest is None else self.ae_terms(longest, sent.doc_text) \
                        if longest.start_char == lo else [self.own_term(line)]
                registry["names"], registry["label"] = names, [lo, hi]
                registry["end"] = hi
                continue
            cells, at = [], start
            for part in line.split("\t"):
                cells.append(Cell(at, at + len(part), part.strip()))
                at += len(part) + 1
            label = cells[0].text
            if len(cells) < 2:
                return None  # a gap of spaces: not EudraCT's tab-separated rows
            if self.c.registry_other_row.fullmatch(label):
                registry["end"] = hi
                continue
            affected = self.c.registry_affected.fullmatch(label) is not None
            deaths = self.c.registry_deaths_all.fullmatch(label) is not None
            ae_deaths = self.c.registry_ae_deaths.fullmatch(label) is not None
            if not (affected or deaths or ae_deaths):
                return None
            registry["end"] = hi
            names = ["any adverse event"] if ae_deaths else registry["names"]
            if not names:
                continue
            evidence_label = [cells[0].start, cells[0].end] if ae_deaths or registry["label"] is None else registry["label"]
            grade = "5" if deaths or ae_deaths else None
            for i, cell in layout.value_cells(cells):
                item = self._registry_cell(cell.text, ae_deaths, deaths)
                if item is None:
                    continue
                out.extend((layout.arm_of[i], "ae", dict(item, term=name, grade=grade,
                                                         evidence=[evidence_label, [cell.start, cell.end]]))
                           for name in names)
        return out

    def _registry_cell(self, text: str, ae_deaths: bool, deaths: bool) -> Optional[dict]:
        """An EudraCT cell: the arm's deaths from adverse events ("2"), an event's deaths, all of
        them ("1 / 2": 2), or its subjects affected and their share ("3 / 61 (4.92%)")."""
        if ae_deaths:
            m = self.c.number.fullmatch(text)
            return {"count": int(parse_number(m.group(1)))} if m and not m.group(2) else None
        m = self.c.registry_pair.fullmatch(text)
        if m is None:
            return None
        if deaths:
            return {"count": int(m.group(2))}
        item = {"count": int(m.group(1))}
        if m.group(3):
            item["percent"] = as_int_or_float(parse_number(m.group(3)))
        return item

    def _ci_row(self, cells: list[Cell], layout: Layout, last_items: list) -> bool:
        """A row labelled only "95% CI" under an outcome row: each arm's interval goes to that arm's
        outcome in the row above when it has none."""
        if not self.c.ci_only_label.fullmatch(cells[0].text):
            return False
        outcomes = [item for _, kind, item in last_items if kind == "outcome"]
        values = layout.value_cells(cells)
        if len(outcomes) == len(values):  # one outcome per column above: "A | B | A | B" under two criteria
            by_column = {i: item for (i, _), item in zip(values, outcomes) if "ci_low" not in item}
        else:
            above = {k: item for k, kind, item in last_items if kind == "outcome" and "ci_low" not in item}
            by_column = {i: above[layout.arm_of[i]] for i, _ in values if layout.arm_of[i] in above}
        found = []
        for i, cell in values:
            m = self.c.ci_only_cell.fullmatch(cell.text)
            if m is None or i not in by_column:
                return False
            found.append((by_column[i], m, cell))
        for item, m, cell in found:
            _put_ci(item, m, cell)
        return bool(found)

    def _grade_line(self, sent: Sentence) -> Optional[str]:
        """The grade of a short line of its own about adverse events that reports nothing ("Grade
        3/4 TRAEs in ≥ 3% of patients"), or None; not a heading line naming the events ("6. Secondary:
        Number of Participants With Grade >=3 Treatment-related Adverse Events"), read as a heading."""
        line = sent.text.strip()
        if len(line) >= 100 or "\n" in line or line.endswith(".") or "(" in line:
            return None
        grades = sent.of("AE_GRADE")
        if not grades or not self.c.ae_caption.search(line) or heading_endpoints(sent) is not None:
            return None
        return parse_grade(grades[-1].text)

    def _comparison_ci_row(self, cells: list[Cell], last: Optional[dict]) -> bool:
        """A row labelled only "95% CI" with one interval, under a ratio's row that gave none: the
        ratio's interval."""
        filled = [c for c in cells[1:] if c.text]
        if last is None or "value" not in last or "ci_low" in last or len(filled) != 1 \
                or not self.c.ci_only_label.fullmatch(cells[0].text):
            return False
        m = self.c.ci_only_cell.fullmatch(filled[0].text)
        if m is None:
            return False
        _put_ci(last, m, filled[0])
        return True

    def _ratio_and_p(self, cell: Cell) -> tuple[Cell, Optional[Cell]]:
        """"0.78 (0.53-1.14); 0.20", "0.65 / 0.002" (under "HR / P value"), "– / <0.001": a ratio and
        its p-value in one cell, as two cells."""
        ratio, sep, p = cell.text.partition(";")
        if not sep:
            ratio, sep, p = cell.text.partition(" / ")
        if not sep:
            return cell, None
        p_start = cell.start + len(ratio) + len(sep) + (len(p) - len(p.lstrip()))
        p_cell = _without_note_mark(Cell(p_start, p_start + len(p.strip()), p.strip()))  # "P = .0040*"
        if not self.c.p_cell.fullmatch(p_cell.text):
            return cell, None
        return Cell(cell.start, cell.start + len(ratio.rstrip()), ratio.strip()), p_cell

    def _comparison_row(self, sent: Sentence, cells: list[Cell], layout: Layout, section: Optional[str],
                        above: Optional[str] = None) -> Optional[dict]:
        """The comparison of a row: its "HR (95% CI)" and "p" columns, or a row of its own under
        an endpoint line or an endpoint's row (``above``): "Hazard ratio (95% CI) | 0.76 (0.63, 0.92)",
        "p-value | 0.0047", "HR (95% CI); P | 0.78 (0.53-1.14); 0.20"."""
        label = cells[0]
        code = _endpoint_in(sent, label.start, label.end)
        ratio_cell = column_ratio = layout.extra_cell(cells, layout.ratio_col)
        p_cell = layout.extra_cell(cells, layout.p_col)
        if p_cell is None:
            p_cell = layout.trailing_p(cells)  # "ORR  47 (41.2%)  11 (9.6%)  p < 0.001" under the arms alone
        measure_text = ""
        # a row of its own: its one value is the ratio (or p-value) its label names, of the label's
        # endpoint ("PFS HR, 40 vs 60 mg (95% CI); p | 1.06 (0.71-1.58); p = 0.78 | ") or of the one
        # above ("Hazard ratio (95% CI) | 0.76 (0.63, 0.92)")
        if label.text and ((code is not None and ratio_cell is None) or (code is None and (section or above) is not None)):
            # ("—": the reference arm's; "(two-sided, log-rank)": a remark on the value before it)
            filled = [c for c in cells[1:] if c.text and not self.c.reference_cell.fullmatch(c.text)
                      and not _TRAILING_REMARK.fullmatch(c.text)]
            if code is None and len(filled) == 2 and self.c.stat_test_label.fullmatch(label.text) \
                    and self.c.p_row.match(filled[0].text):
                label, filled = filled[0], filled[1:]  # "Statistical Test of Hypothesis | P-Value | 0.0018"
            if len(filled) == 1 and self.c.ratio_row.search(label.text):
                code, ratio_cell, measure_text = code or section or above, filled[0], label.text
                ratio_cell, p_cell = self._ratio_and_p(ratio_cell)
            elif code is None and len(filled) == 1 and self.c.p_row.match(label.text):
                code, p_cell = section or above, self._two_sided(label, filled[0])
                if not self.c.p_cell.fullmatch(p_cell.text):
                    p_cell = _without_remark(p_cell)  # "p-value | 0.0381 (not significant at α = 0.01)"
            elif code is not None and len(filled) == 1 and self.c.p_of_endpoint_row.fullmatch(label.text) \
                    and self.c.p_cell.fullmatch(filled[0].text):
                p_cell = self._two_sided(label, filled[0])  # "P (ORR) | .014", "ORR, P value | 0.014"
        if ratio_cell is not None and p_cell is None and ratio_cell is column_ratio:
            # "HR (95% CI); p" over "0.52 (0.32–0.84); p=0.007", or over "p=0.009" alone
            ratio_cell, p_cell = self._ratio_and_p(ratio_cell)
            if p_cell is None and self.c.p_cell.fullmatch(ratio_cell.text):
                ratio_cell, p_cell = None, ratio_cell
        if code is None or (ratio_cell is None and p_cell is None):
            return None
        item: dict = {"endpoint": code, "measure": None}
        evidence = [[label.start, label.end]]
        ratio = self._ratio(ratio_cell, measure_text or layout.ratio_heads.get(layout.ratio_col, ""), code) \
            if ratio_cell is not None else None
        if ratio is not None:
            item.update(ratio)
            evidence.append([ratio_cell.start, ratio_cell.end])
        if p_cell is not None and self.c.p_cell.fullmatch(p_cell.text):
            item["p"] = parse_p(p_cell.text)
            evidence.append([p_cell.start, p_cell.end])
        if len(item) == 2:
            return None
        item["evidence"] = evidence
        return item

    def _labelled_ratios(self, sent: Sentence, cells: list[Cell], layout: Layout) -> list[dict]:
        """The comparisons of a row's ratio cell that gives several, each after its arm's name ("Median
        PFS | ... | A: 0.42 (0.28-0.63); B: 0.58 (0.39-0.86)" under "HR vs Arm C (95% CI)"): one
        each, of the row's endpoint; else none."""
        cell = layout.extra_cell(cells, layout.ratio_col)
        code = _endpoint_in(sent, cells[0].start, cells[0].end) if cell is not None else None
        if code is None or ";" not in cell.text:
            return []
        out, pos = [], cell.start
        for part in cell.text.split(";"):
            m = self.c.labelled_ratio.fullmatch(part)
            value = Cell(pos + m.start(2), pos + m.end(2), m.group(2)) if m else None
            ratio = self._ratio(value, layout.ratio_heads[layout.ratio_col], code) if value is not None else None
            if ratio is None:
                return []
            out.append({"endpoint": code, **ratio, "evidence": [[cells[0].start, cells[0].end], [value.start, value.end]]})
            pos += len(part) + 1
        return out if len(out) >= 2 else []

    def _ratio_columns(self, sent: Sentence, cells: list[Cell], layout: Layout, code: Optional[str],
                       last: dict) -> Optional[dict]:
        """A row of ratios in the arms' columns, each against the reference arm whose cell is empty
        (".."/"—"/"Reference"/"1"): {column: comparison}; or, for a p-value row right under one, the
        same comparisons with their p-values. None when the row is not one of these."""
        if not cells[0].text:
            return None
        named = _endpoint_in(sent, cells[0].start, cells[0].end)
        if named is not None:  # "HR for OS vs S (99% CI) | 0.74 (...) | 0.91 (...) | —": the ratio of its own endpoint
            if not self.c.ratio_row.search(cells[0].text):
                return None
            code = named
        if code is None:
            return None
        values = layout.value_cells(cells)
        filled = [(i, c) for i, c in values if c.text and not self.c.reference_cell.fullmatch(c.text)]
        if len(filled) < 2:
            return None
        if self.c.ratio_row.search(cells[0].text):
            out = {}
            for i, c in filled:
                ratio = self._ratio(c, cells[0].text, code)
                if ratio is None:
                    return None
                out[i] = {"endpoint": code, **ratio, "evidence": [[cells[0].start, cells[0].end], [c.start, c.end]]}
            return out
        if last and self.c.p_row.match(cells[0].text) and all(i in last and self.c.p_cell.fullmatch(c.text) for i, c in filled):
            for i, c in filled:
                last[i]["p"] = parse_p(c.text)
                last[i]["evidence"].append([c.start, c.end])
            return {}
        return None

    def _measure(self, header: str, code: str) -> Optional[str]:
        """The ratio a column or row header names ("HR (95% CI)", "OR"); "HR/OR" is the hazard ratio
        of a time-to-event endpoint and the odds ratio of a rate; a header naming none is an HR."""
        names = [parse_ratio(m.group() + " 1")[0] for m in self.c.ratio_header.finditer(header)]
        names = list(dict.fromkeys(n for n in names if n))
        if len(names) > 1:
            return "HR" if code in self.c.time_endpoints and "HR" in names else \
                next((n for n in names if n != "HR"), names[0])
        return names[0] if names else "HR"

    def _other_ratios(self, sent: Sentence, cells: list[Cell], layout: Layout, code: Optional[str]) -> list[dict]:
        """The comparisons of a row's ratio columns before the last ("Unadjusted HR/OR (95% CI)"
        before "IPTW-adjusted HR/OR (95% CI) | P"): one each, without the p-value."""
        out = []
        if code is None:
            return out
        for col, head in layout.ratio_heads.items():
            cell = layout.extra_cell(cells, col) if col != layout.ratio_col else None
            ratio = self._ratio(cell, head, code) if cell is not None else None
            if ratio is not None:
                out.append({"endpoint": code, **ratio,
                            "evidence": [[cells[0].start, cells[0].end], [cell.start, cell.end]]})
        return out

    def _ratio(self, cell: Cell, header: str, code: str) -> Optional[dict]:
        """measure, value and CI of a ratio cell ("0.86 (0.66-1.12)") under ``header``, or None. A
        cell that names its ratio ("OR 2.63 (1.20-5.78)" under "Effect estimate (95% CI)") is that ratio."""
        text = cell.text.lstrip()
        named = self.c.ratio_header.match(text)
        if named is not None and parse_ratio(named.group() + " 1")[0]:
            header, text = named.group(), text[named.end():]
        m = self.c.ratio_cell.fullmatch(text)
        if m is None:
            return None
        out = {"measure": self._measure(header, code), "value": as_int_or_float(parse_number(m.group(1)))}
        if m.group(2):
            out["ci_low"], out["ci_high"] = (as_int_or_float(parse_number(g)) for g in m.group(2, 3))
        return out

    def _header(self, sent: Sentence, cells: list[Cell], arms, arm_refs: Callable) -> Optional[Layout]:
        """The layout of a row whose cells after the label name two or more distinct arms."""
        by_cell: dict[int, int] = {}
        for i, c in enumerate(cells[1:], start=1):
            # "T+L (n=267) | L (n=265)": a cell joining short forms names the arm of all its parts, before
            # any one of them (the "L" of "T+L" alone refers to the lenvatinib arm)
            if "+" in c.text:
                k = _arm_by_initials(c.text, arms, set())
                if k is not None:
                    by_cell[i] = k
        for pos, k in arm_refs(sent, arms):
            for i, c in enumerate(cells):
                # (not "HR vs Arm C (95% CI)": a ratio's column names its reference arm)
                if c.start <= pos < c.end and not (i and self.c.ratio_header.search(c.text)):
                    by_cell.setdefault(i, k)
        taken = set(by_cell.values())
        for i, c in enumerate(cells[1:], start=1):
            if i in by_cell or not c.text:
                continue
            # a header cell naming only the shared treatment is the arm with nothing else ("TACE (n = 54)")
            names = {comp["name"] for e in sent.ents if e.label_ in TREATMENT_LABELS and c.start <= e.start_char < c.end
                     for comp in component_of(e, self.expand)}
            k = resolve_arm(names, arms, alone=True) if names else None
            if k is not None and k not in taken:
                by_cell[i] = k
                taken.add(k)
        # "A+B+TACE | A+B": atezolizumab + bevacizumab (+ TACE); a cell that fits several arms is
        # the one left when the others are taken ("L+P | L+Placebo")
        progress = True
        while progress:
            progress = False
            for i, c in enumerate(cells[1:], start=1):
                if i not in by_cell and c.text:
                    k = _arm_by_initials(c.text, arms, taken)
                    if k is not None:
                        by_cell[i] = k
                        taken.add(k)
                        progress = True
        if any(self.c.grade_cell.search(cells[i].text) for i in by_cell):
            # "A (N = 272) All Grades % | Grades 3-4 % | B (N = 268) All Grades % | Grades 3-4 %": a cell
            # of a grade alone after an arm's graded cell is that arm's column at the grade
            for i in range(2, len(cells)):
                if i not in by_cell and i - 1 in by_cell and self.c.grade_cell.fullmatch(cells[i].text):
                    by_cell[i] = by_cell[i - 1]
        grade_of: dict[int, Optional[str]] = {}
        if len(set(by_cell.values())) != len(by_cell):
            # "SIRT (n=79) any grade | SIRT (n=79) grade ≥3 | STRIDE (n=81) any grade | ...": an arm
            # over several columns, each cell naming its grade
            graded = {i: self.c.grade_cell.search(cells[i].text) for i in by_cell}
            seq = [by_cell[i] for i in sorted(by_cell)]
            block = list(dict.fromkeys(seq))
            if all(m is not None and m.group().strip() for m in graded.values()):
                grade_of = {i: parse_grade(m.group()) for i, m in graded.items()}
                if len({(by_cell[i], grade_of[i]) for i in by_cell}) != len(by_cell):
                    return None
            elif seq != block * (len(seq) // len(block)):
                return None
            # else "A | B | A | B" under "RECIST 1.1 | mRECIST": the arms again under each column group,
            # every column read
        if len(by_cell) < len(cells) - 1 and all(k == i - 1 for i, k in by_cell.items()) and _IN_ORDER.search(sent.text) \
                and len(cells) - 1 == len(arms) and all(c.text for c in cells[1:]):
            # "Groups (in column order): Ph1 80 mg | Ph1 160 mg | ...": dose groups of one drug, named in
            # order (a dose two groups share names neither)
            by_cell, grade_of = {i: i - 1 for i in range(1, len(cells))}, {}
        if len(set(by_cell.values())) < 2:
            return None
        first, last = min(by_cell), max(by_cell)
        p_col = total_col = None
        derived = False
        ratio_heads: dict[int, str] = {}  # "Unadjusted HR (95% CI) | IPTW-adjusted HR (95% CI)": each is read
        for i in range(last + 1, len(cells)):  # "| HR (95% CI) | p |" after the arms
            if self.c.ratio_header.search(cells[i].text):
                ratio_heads[i] = cells[i].text
            elif self.c.p_header.fullmatch(cells[i].text) and p_col is None:
                p_col = i
            elif self.c.total_header.fullmatch(cells[i].text) and total_col is None:
                total_col = i  # "| A | B | Total |": the arms pooled, not read
            elif self.c.effect_header.fullmatch(cells[i].text):
                derived = True  # "| A | B | RRR (95% CI) | NNT (CI) |": an evidence summary's own figures, not read
            elif cells[i].text:
                return None
        if first == 0 or any(c.text and i not in by_cell for i, c in enumerate(cells) if first < i <= last):
            return None  # the arms fill the cells after a label cell
        arm_of, current = {}, None
        for i in range(first, last + 1 if ratio_heads or p_col or total_col or derived else len(cells)):
            current = by_cell.get(i, current)
            arm_of[i] = current  # an empty cell after an arm's cell is another column of that arm
        header_n = {i: int(m.group(1).replace(",", "")) for i in by_cell if (m := self.c.header_n.search(cells[i].text))}
        return Layout(arm_of=arm_of, width=len(cells), grade_of=grade_of, totals={}, p_col=p_col,
                      header_n=header_n, total_col=total_col, ratio_heads=ratio_heads)

    def _heading_landmark(self, sent: Sentence) -> Optional[re.Match]:
        """The landmark a heading line names ("OS Rate at 12 Months", "End point title  Local control at
        12 months"); not its registry time frame ("[Time Frame: Up to approximately 24 months]")."""
        frame = _TIME_FRAME.search(sent.text)
        return self.c.timepoint.search(sent.text, 0, frame.start() if frame else len(sent.text))

    def _caption_layout(self, cells: list[Cell], caption: Sentence, arms, arm_refs: Callable) -> Optional[Layout]:
        """The columns of a table without a header row, from the caption right above it that names the
        arms one after the other ("Toxicity, SBRT vs cTACE, n (%):"): a row of a label and one value
        per arm named, in that order, or None."""
        if not self.c.caption_versus.search(caption.text):
            return None
        order: list[int] = []
        for _, k in sorted(arm_refs(caption, arms)):
            if k not in order:
                order.append(k)
        lead = next((i for i, c in enumerate(cells) if c.text), len(cells))
        body = cells[lead:]
        if len(order) < 2 or len(body) != len(order) + 1 \
                or not all(_VALUE_PART.fullmatch(c.text) for c in body[1:]):
            return None
        return Layout(arm_of={i + 1: k for i, k in enumerate(order)}, width=len(body), grade_of={}, totals={}, lead=lead)

    def _grade_sub_header(self, sent: Sentence, cells: list[Cell], filled: list[Cell], layout: Layout) -> bool:
        """Whether the row is a grade per column under the arms ("Any grade | Grade ≥3 | Any grade |
        Grade ≥3", after the label column's own head and before a "p" column, if any); if so, the
        layout takes each column's grade."""
        # "... | Grade ≥ 3 | p *": a p-value column after the grades
        p_head = filled[-1] if len(filled) > 2 and self.c.p_header.fullmatch(_without_note_mark(filled[-1]).text) else None
        graded = filled[:-1] if p_head is not None else filled
        if len(graded) > 2 and graded[0] is cells[0] and not self.c.grade_cell.fullmatch(cells[0].text) \
                and all(self.c.grade_cell.fullmatch(c.text) for c in graded[1:]):
            graded = graded[1:]  # "TRAE, n (%) | Any grade | Grade ≥3 | ...": the label column's own head
        if not graded or not all(self.c.grade_cell.fullmatch(c.text) for c in graded):
            return False
        at = {id(c): i for i, c in enumerate(cells)}
        if "\t" in sent.text and all(at[id(c)] in layout.arm_of for c in graded):
            # tab-separated: each grade stands in its own column under its arm (the header's trailing
            # empty cells are no columns of the last arm when a p column follows)
            self._grade_columns(layout, [at[id(c)] for c in graded], graded)
            if p_head is not None and at[id(p_head)] in layout.arm_of and at[id(p_head)] > max(layout.grade_of):
                layout.p_col = at[id(p_head)]
                layout.arm_of = {i: k for i, k in layout.arm_of.items() if i < layout.p_col}
            return True
        if p_head is not None:
            return False
        layout.split_arm_columns(len(graded))
        self._grade_columns(layout, sorted(layout.arm_of)[-len(graded):], graded)
        return True

    def _grade_columns(self, layout: Layout, cols: list[int], graded: list[Cell]) -> None:
        """Each column of ``cols`` takes the grade of its cell in ``graded``; under "All Grades (%) |
        Grades 3–4 (%)" a plain number is a share (drug labels)."""
        layout.grade_of = {i: parse_grade(c.text) for i, c in zip(cols, graded)}
        layout.shares |= frozenset(i for i, c in zip(cols, graded) if self.c.share_head.search(c.text))

    def _spaced_tail_header(self, sent: Sentence) -> Optional[list[Cell]]:
        """The cells of a single arm's header flattened with single spaces whose last two or three
        cells are response criteria or grades ("Response RECIST v1.1 mRECIST", "Event Any grade, n
        (%) Grade 3–4, n (%)"); else None."""
        text = sent.text.rstrip()
        if "\n" in text or len(text) > 120:
            return None
        for n, header in self._tail_headers:
            m = header.fullmatch(text)
            if m is not None and re.search(r"[A-Za-z]", m.group(1)):
                return [Cell(sent.start_char + m.start(i), sent.start_char + m.end(i), m.group(i)) for i in range(1, n + 2)]
        return None

    @staticmethod
    def _sized_header_cells(sent: Sentence) -> Optional[list[Cell]]:
        """The cells of a header line of group names each closed by its size, one space apart ("P+A
        (n = 352) P (n = 349) S (n = 350)"), after an empty label cell; else None."""
        text = sent.text.rstrip()
        if "\n" in text or text.count("=") < 2:
            return None
        cells, pos = [Cell(sent.start_char, sent.start_char, "")], 0
        for m in _SIZED_CELL.finditer(text):
            if text[pos:m.start()].strip() or _RESULT_IN_NAME.search(m.group()):
                return None  # (not "Median OS was 19.1 months with A (n=552) versus ...": a result)
            cells.append(Cell(sent.start_char + m.start(), sent.start_char + m.end(), m.group()))
            pos = m.end()
        return cells if len(cells) >= 3 and not text[pos:].strip() else None

    def _unlabelled_header(self, sent: Sentence, arms, arm_refs: Callable) -> Optional[list[Cell]]:
        """The cells of a header row whose label column a PDF's text layer left out ("Tislelizumab plus
        bevacizumab (n=307)   Lenvatinib (n=305)"), an empty label cell first, when every cell of
        the line names its own arm; else None."""
        text = sent.text.rstrip()
        gap = _SEPARATOR if "|" in text or "\t" in text else _SPACE_RUN  # (a tab-separated header too)
        if "\n" in text or not gap.search(text) \
                or any(ch.isdigit() for ch in self.c.grade_cell.sub(" ", _SIZE_IN_CELL.sub("", text))):
            return None
        cells, pos = [Cell(sent.start_char, sent.start_char, "")], 0
        for m in [*gap.finditer(text), None]:
            end = m.start() if m is not None else len(text)
            lead = len(text[pos:end]) - len(text[pos:end].lstrip())
            cells.append(Cell(sent.start_char + pos + lead, sent.start_char + end, text[pos:end].strip()))
            pos = m.end() if m is not None else pos
        if not all(c.text for c in cells[1:]):
            return None
        layout = self._header(sent, cells, arms, arm_refs)
        if layout is None:
            return None
        columns = range(1, len(cells))
        # every cell its own arm ("A (n=307)   B (n=305)"), or every cell an arm at a grade ("A (N=409)
        # All Grades (%) | A Grades 3-4 (%) | B (N=405) All Grades (%) | B Grades 3-4 (%)")
        own = len(set(layout.arm_of.values())) == len(cells) - 1
        graded = all(i in layout.arm_of and i in layout.grade_of for i in columns) \
            and len({(layout.arm_of[i], layout.grade_of[i]) for i in columns}) == len(cells) - 1
        return cells if own or graded else None

    def _grade_cells(self, sent: Sentence) -> Optional[list[Cell]]:
        """The cells of a line of two or more grades only, however narrowly spaced ("Any grade Grade
        3–4 Any grade Grade 3–4": a PDF's sub-header squeezed under its arms), or None."""
        text = sent.text.rstrip()
        if "\n" in text:
            return None
        cells, pos = [], 0
        while pos < len(text):
            m = self.c.grade_cell.match(text, pos)
            if m is None or m.end() == pos:
                return None
            value = m.group().strip()
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            cells.append(Cell(sent.start_char + start, sent.start_char + start + len(value), value))
            pos = m.end()
        return cells if len(cells) >= 2 else None

    def _grade_header(self, cells: list[Cell], pooled: bool = False) -> Optional[Layout]:
        """A single-arm table's header with a grade over each value column ("Most frequent
        TRAEs, n (%)   Any grade   G≥3"): every column is the arm's, in its grade. With ``pooled``
        (a study of several arms, no arm named over the columns: "TRAEs in all 30 patients"), the
        study's."""
        if len(cells) < 3 or not all(c.text and self.c.grade_cell.fullmatch(c.text) for c in cells[1:]):
            return None
        cols = range(1, len(cells))
        return Layout(arm_of={i: None if pooled else 0 for i in cols}, width=len(cells),
                      grade_of={i: parse_grade(cells[i].text) for i in cols}, totals={})

    def _affected_header(self, cells: list[Cell]) -> Optional[Layout]:
        """A single arm's registry event table ("Serious Adverse Events  Affected / at Risk (%)  # Events"):
        the "Affected / at Risk" column is the arm's (the number of events is not read)."""
        if not (self.c.serious_caption.search(cells[0].text) or self.c.not_serious_block.search(cells[0].text)):
            return None
        col = next((i for i, c in enumerate(cells[1:], start=1) if self.c.affected_at_risk.search(c.text)), None)
        return Layout(arm_of={col: 0}, width=len(cells), grade_of={}, totals={}) if col is not None else None

    def _criterion_header(self, cells: list[Cell], caption: Optional[Sentence]) -> Optional[Layout]:
        """A single-arm table's header with a response criterion over each value column ("Response
        | RECIST 1.1 | mRECIST"): every column is the arm's; its size is the "(n = 52)" of the caption
        or of the header's own label cell ("Tumor response (n = 42) | mRECIST | RECIST v1.1")."""
        if len(cells) < 3 or not all(c.text and self.c.criterion_cell.fullmatch(c.text) for c in cells[1:]):
            return None
        size = (self.c.caption_n.search(caption.text) if caption is not None else None) \
            or self.c.caption_n.search(cells[0].text)
        cols = range(1, len(cells))
        return Layout(arm_of={i: 0 for i in cols}, width=len(cells), grade_of={}, totals={},
                      header_n={i: int(size.group(1).replace(",", "")) for i in cols} if size else {})

    def _row(self, sent: Sentence, cells: list[Cell], layout: Layout, is_ae_table: bool,
             ae_grade: Optional[str], ae_candidates: list[Span], section: Optional[str] = None,
             heading_ae=False, section_tp: Optional[re.Match] = None) -> list:
        """The outcomes or adverse events of a body row; a row whose label names no endpoint
        ("Median (95% CI), months") is about the endpoint of the heading line above (``section``),
        or, under a heading about adverse events ("Number of Participants With Grade >=3 TRAEs"),
        a count of any adverse event of the heading's grade (``heading_ae``)."""
        label = cells[0]
        values = layout.value_cells(cells)
        if not values or (not label.text and (heading_ae is False or section is not None)):
            return []  # (a row of values alone under a heading about adverse events: their counts)
        value_start = values[0][1].start
        measure = " ".join(c.text for c in cells[1:] if c.end <= value_start)
        code = _endpoint_in(sent, label.start, label.end)
        ae_spans = [s for s in ae_candidates if label.start <= s.start_char and s.end_char <= label.end]
        generic = code is None and not ae_spans and any(
            e.id_ == "AE" and label.start <= e.start_char < label.end for e in sent.of("ENDPOINT"))
        under_ae = code is None and not ae_spans and not generic and heading_ae is not False \
            and (not label.text or self.c.count_label.search(label.text) is not None)
        out = []
        indent = label.start - (sent.doc_text.rfind("\n", 0, label.start) + 1)
        if _SUB_ROW_MARK.match(label.text):
            indent += 4  # "| - Hypertension | 4 (6.5) |" under "| Grade >=3 TRAEs, n (%) | ...": a row of the row above
        parent = layout.parent
        grade_only = next((g for g in sent.of("AE_GRADE") if g.start_char == label.start and g.end_char == label.end), None) \
            if not ae_spans and not generic and code is None and parent is not None and indent > parent[0] else None
        if grade_only is not None:
            # "Any complication | 19 (39.6)" over "  Grade I | 12 (25.0)", "  Grade II | 5 (10.4)": the
            # event of the row above, at each grade
            return self._ae_items(label, values, layout, parent[2], parse_grade(grade_only.text), grade_columns=False)
        if ae_spans or generic or under_ae or (is_ae_table and code is None and self.c.any_label.match(label.text)):
            if ae_spans:
                longest = max(ae_spans, key=lambda s: s.end_char - s.start_char)
                names = self.ae_terms(longest, sent.doc_text)
            else:
                names = ["other adverse event" if self.c.other_label.search(label.text) and not layout.serious
                         else "serious adverse event" if self.c.serious.search(label.text) or layout.serious
                         else "any adverse event"]
            grades = [g for g in sent.of("AE_GRADE") if label.start <= g.start_char < label.end]
            if grades:
                row_grade = parse_grade(grades[-1].text)
            elif (ae_spans or generic) and self.c.any_term.match(label.text):
                row_grade = "any"  # "Any complication", "Any TEAE": the event of any grade
            elif under_ae:
                row_grade = heading_ae
            elif parent is not None and indent > parent[0] and parent[1] is not None:
                row_grade = parent[1]  # "  AST increased" under "Grade >=3 TRAE": the grade of the row above
            else:
                row_grade = ae_grade
            if parent is None or indent <= parent[0]:
                layout.parent = (indent, row_grade if grades else None, names)
            return self._ae_items(label, values, layout, names, row_grade, counts=layout.counts or under_ae,
                                  own_grade=bool(grades))
        if code is not None and self.c.events_row.search(label.text):
            return out  # "OS events, n (%) | 171 (62.4) | ...": the events counted, no rate
        tp = self.c.timepoint.search(label.text)
        if code is None and any(not_recorded(e.id_) and label.start <= e.start_char < label.end for e in sent.of("ENDPOINT")):
            return out  # "Major pathological response | 5/20 (25.0)" under "Response": not the heading's endpoint
        if code is None and section is not None and not self.c.event_count_label.search(label.text):
            code = section  # not "Number of deaths (%)": events are not an outcome
            tp = tp or section_tp  # "OS Rate at 12 Months" over "Percentage (95% CI) | 64.8 (51.5 to 75.3)"
        if code is None:
            return out
        context = label.text + " " + measure
        # "Complete response | 2 (4.3) | 0": beside counts and shares, a bare 0 is none
        counted = any(self.c.count_percent.fullmatch(c.text) or self.c.percent_count.fullmatch(c.text) for _i, c in values)
        for i, cell in values:
            item = self._outcome_cell(cell, code, context, tp, counted=counted and cell.text.strip() == "0")
            if item is None:
                continue
            if "count" in item and "total" not in item and layout.totals.get(i) is not None:
                item["total"] = layout.totals[i]
            elif "count" in item and "total" not in item and _share_printed(item, layout.header_n.get(i)):
                item["total"] = layout.header_n[i]  # "ESC (n = 62)" over "9 (14.5)": 9 of 62
            item["evidence"] = [[label.start, label.end], [cell.start, cell.end]]
            out.append((layout.arm_of[i], "outcome", item))
        return out

    def _two_sided(self, label: Cell, cell: Cell) -> Cell:
        """The two-sided p of a cell that gives both ("P value, 1-sided / 2-sided | 0.00015 / 0.0003"),
        else the cell."""
        sided = self.c.sided_p_label.search(label.text)
        pair = self.c.p_pair.fullmatch(cell.text) if sided else None
        if pair is None:
            return cell
        k = 1 if sided.group(1) else 2
        return Cell(cell.start + pair.start(k), cell.start + pair.end(k), pair.group(k))

    def _ae_items(self, label: Cell, values: list, layout: Layout, names: list[str], row_grade: Optional[str],
                  grade_columns: bool = True, counts: bool = False, own_grade: bool = False) -> list:
        """The events ``names`` of a row, one per arm's value cell, at the row's grade (or, with
        ``grade_columns``, at a grade column's, unless the column is "Any grade" and the row's label
        writes its own grade: "Grade 5 adverse event" is of grade 5 in every column); with ``counts``,
        a plain number is a count. Under a pair of grades ("All Grades / Grade 3-4"), a cell "187
        (47.3) / 95 (24.1)" gives both."""
        out = []
        share_row = bool(self.c.share_head.search(label.text))  # "Grade 3/4 TRAEs, % | 38.5 | 29.0": shares
        for i, cell in values:
            pair = self.c.slash_cell.fullmatch(cell.text) if layout.slash is not None else None
            if pair is not None:
                graded = _graded_counts(pair, layout.slash, ((1, 2), (3, 4)))
            else:
                item = self._ae_cell(cell, counts, share=share_row or i in layout.shares)
                if item is None:
                    continue
                column = layout.grade_of.get(i, row_grade) if grade_columns else row_grade
                graded = [(row_grade if own_grade and column == "any" else column, item)]
            for grade, item in graded:
                # a serious event is not graded: its count under "Any grade" is of every serious event
                out.extend((layout.arm_of[i], "ae", dict(item, term=name, grade=None if grade == "any" and _UNGRADED.match(name)
                                                         else grade, evidence=[[label.start, label.end], [cell.start, cell.end]]
                                                         if label.text else [[cell.start, cell.end]]))
                           for name in names)
        return out

    def _slash_row(self, sent: Sentence, row: re.Match, grades: tuple, ae_candidates: list[Span], n_arms: int) -> list:
        """"  diarrhoea      23 (47.9) / 3 (6.3)" under "any grade / G3/4": an event with a count
        (share) for each grade; the only arm's, or pooled over the arms of several."""
        start, end = sent.start_char + row.start(1), sent.start_char + row.end(1)
        spans = [x for x in ae_candidates if start <= x.start_char and x.end_char <= end]
        if not spans:
            return []
        names = self.ae_terms(max(spans, key=lambda x: x.end_char - x.start_char), sent.doc_text)
        arm = 0 if n_arms == 1 else None
        out = []
        groups = ((2, 3), (4, 5))
        for (grade, item), (count, share) in zip(_graded_counts(row, grades, groups), groups):
            item["evidence"] = [[start, end], [sent.start_char + row.start(count), sent.start_char + row.end(share)]]
            out.extend((arm, "ae", dict(item, term=name, grade=grade)) for name in names)
        return out

    # -- cells ------------------------------------------------------------------------------
    def value_line(self, cell: Cell, code: Optional[str], context: str) -> Optional[dict]:
        """A single arm's registry result, a line of one value read as a cell under its measure's
        fields (``context``: "Median (95% Confidence Interval) months"): the outcome of ``code``, or
        with no code (a heading about adverse events) the events' count and share; None when the
        line is no value cell."""
        if not _VALUE_PART.fullmatch(cell.text):
            return None
        return self._outcome_cell(cell, code, context, None) if code is not None else self._ae_cell(cell, counts=True)

    def _ae_cell(self, cell: Cell, counts: bool = False, share: bool = False) -> Optional[dict]:
        """The count and share a cell gives; with ``counts`` a plain number is a count, with ``share``
        (a column headed "All Grades (%)") a share."""
        cell = _without_note_mark(cell)
        m = self.c.count_percent.fullmatch(cell.text)
        if m:
            return {"count": int(m.group(1)), "percent": as_int_or_float(parse_number(m.group(3)))}
        m = self.c.percent_count.fullmatch(cell.text)
        if m:  # "46.7% (28/60)"
            return {"count": int(m.group(2)), "percent": as_int_or_float(parse_number(m.group(1)))}
        m = self.c.count_space_percent.fullmatch(cell.text)
        if m:  # a registry's "Count of Participants" cell: "44  97.8%"
            return {"count": int(m.group(1)), "percent": as_int_or_float(parse_number(m.group(2)))}
        m = self.c.count_of_total.fullmatch(cell.text)
        if m:  # "11/48": a count of those at risk, no share written
            return {"count": int(m.group(1))}
        m = self.c.number.fullmatch(cell.text)
        if m and (m.group(2) or share):
            return {"percent": as_int_or_float(parse_number(m.group(1)))}
        if m and counts and m.group(1).isdigit():
            return {"count": int(m.group(1))}  # "Units: subjects" over "Grade >= 3 TEAE | 38 | 27"
        if m and parse_number(m.group(1)) == 0:
            return {"count": 0}  # "Pruritus | 14 (23.0) | 0": none, in a count or a percent column alike
        return None

    def _outcome_cell(self, cell: Cell, code: str, context: str, tp, counted: bool = False) -> Optional[dict]:
        """The outcome a cell gives; ``counted``: the cell is a bare 0 in a row of counts and shares,
        read as a label saying "n (%)" would have it read."""
        if self.c.empty.fullmatch(cell.text):
            return None
        cell = _without_note_mark(cell)
        time_event = code in self.c.time_endpoints
        rate = counted or tp is not None or self.c.rate.search(context) or not time_event
        m = self.c.median_ci.fullmatch(cell.text)
        if m and time_event and not (tp and not self.c.median.search(context)):
            value, low, high = (parse_number(g) if g and g[0].isdigit() and not _PLACEHOLDER.fullmatch(g) else None
                                for g in m.group(1, 3, 4))
            unit = time_unit(m.group(2) or m.group(5) or context) or "months"
            item = {"endpoint": code, "stat": "median", "value": as_int_or_float(value) if value is not None else None,
                    "unit": unit}
            if low is not None:
                item["ci_low"] = as_int_or_float(low)
            if high is not None:
                item["ci_high"] = as_int_or_float(high)
            return item
        m = self.c.number.fullmatch(cell.text)
        if m and not m.group(2) and time_event and not tp and self.c.median.search(context):
            # "Median DoR, months | 14.2 | 7.8"
            return {"endpoint": code, "stat": "median", "value": as_int_or_float(parse_number(m.group(1))),
                    "unit": time_unit(context) or "months"}
        if time_event and not tp and self.c.median.search(context) and self.c.not_reached_cell.fullmatch(cell.text):
            return {"endpoint": code, "stat": "median", "value": None, "unit": None}  # "mOS, mo (95% CI) | NR | 17.9 ..."
        # a rate, at the label's landmark if it has one ("6-mo OS rate")
        item = {"endpoint": code, "stat": "rate"}
        if tp is not None:
            item["timepoint_months"] = as_int_or_float(landmark_months(*timepoint_parts(tp)))
        shares = counted or self.c.percent_unit.search(context) is not None  # "%", "percentage of participants"
        m = self.c.value_ci.fullmatch(cell.text)
        if m and time_event and tp is not None and parse_number(m.group(1)) <= 100:
            shares = True  # "OS at 2 y | 88.5 (76.1-94.6)": a time-to-event endpoint at a landmark is a share
        if m and (not time_event or tp is not None) and shares:
            # "ORR, % (95% CI) | 31 (26, 36)", "6-mo OS rate, % (95% CI) | 78.4 (65.0-87.2)": a rate with its CI
            item.update(value=as_int_or_float(parse_number(m.group(1))), unit="%",
                        ci_low=as_int_or_float(parse_number(m.group(2))), ci_high=as_int_or_float(parse_number(m.group(3))))
            return item
        if not rate:
            return None
        m = self.c.count_percent.fullmatch(cell.text)
        if m:
            item.update(value=as_int_or_float(parse_number(m.group(3))), unit="%", count=int(m.group(1)))
            if m.group(2):
                item["total"] = int(m.group(2))
            if m.group(4):  # "8 (19.0) [8.6-34.1]": the rate's CI after the count and share
                item.update(ci_low=as_int_or_float(parse_number(m.group(4))), ci_high=as_int_or_float(parse_number(m.group(5))))
            return item
        m = self.c.percent_count.fullmatch(cell.text)
        if m:  # "41.7% (25/60)": the share first
            item.update(value=as_int_or_float(parse_number(m.group(1))), unit="%", count=int(m.group(2)), total=int(m.group(3)))
            return item
        m = self.c.count_space_percent.fullmatch(cell.text)
        if m:  # "31  68.9%" under "Count of Participants"
            item.update(value=as_int_or_float(parse_number(m.group(2))), unit="%", count=int(m.group(1)))
            return item
        m = self.c.number.fullmatch(cell.text)
        if m and not m.group(2) and not shares and m.group(1).isdigit() and self.c.participant_count.search(context):
            # "Unit of Measure: Participants | 21 | 12" under "Count of Participants": counts, no share written
            item.update(value=None, unit=None, count=int(m.group(1)))
            return item
        if m and (m.group(2) or shares):
            item.update(value=as_int_or_float(parse_number(m.group(1))), unit="%")
            if not m.group(2) and item["value"] == 0 and (counted or self.c.count_and_share.search(context)):
                item["count"] = 0  # "Complete response, n (%) | 0": none
            return item
        return None
