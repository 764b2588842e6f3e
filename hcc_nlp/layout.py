"""A text as read from a file (:func:`hcc_nlp.io.read_document`): a web page's markup read as
its characters, and a text copied from a PDF page put back together: ligatures and OCR slips
read as their letters, the margin's line numbers dropped and words broken at a line's end joined
(the words of compounds are in ``patterns/layout.json``). Running headers and footers inside a
sentence are the sentence splitter's (:meth:`SentenceSegmenter.page_breaks`)."""
from __future__ import annotations

import csv
import html
import re
from functools import lru_cache, partial

from . import fastre, registry_json
from .marks import FULL_WIDTH_FORMS
from .resources import load_json

_LINE_NUMBER = re.compile(r"^([ \t]*)(\d{1,5})[ \t]+(?=\S)")
_MIN_NUMBERED_LINES = 8  # a margin numbers most lines of a page, not a few
_NUMBERED_SHARE = 0.6  # of the non-blank lines (banners and headings between pages have none)
_CONSECUTIVE_SHARE = 0.8  # of the steps from one numbered line to the next that add one

# a word broken at a line's end: its first piece, the hyphen, the line break and its second piece
# (and the rest of the written word after the second piece, "-free," in "pro-" over "gression-free,")
_BROKEN_WORD = re.compile(r"(?<![\w-])((?:[A-Za-z0-9]+-)*[A-Za-z0-9]+)-\n([ \t]*)([A-Za-z0-9]+)(\S*)[ \t]?")

# two words joined by an en dash broken at a line's end ("hand–" over "foot skin reaction"), as _BROKEN_WORD
_BROKEN_AT_EN_DASH = re.compile(r"(?<![\w–-])([A-Za-z]+)–\n([ \t]*)([a-z]+)(\S*)[ \t]?")

# a table row: a label, a column gap and a value ("Diarrhoea        18 (40.0)    2 (4.4)")
_TABLE_ROW = re.compile(r"\S {3,}(?:\d|-\s|NR\b|NE\b)")
# a row label alone on its line: words and no column gap, not a sentence's end or a heading's colon
_LABEL_ONLY = re.compile(r"[ \t]*[A-Za-z][\w/(),'-]*(?: [\w/(),'-]+){0,5}")
# the wrapped label's second line: indented, in lower case, then a column gap before the values
_LABEL_GOES_ON = re.compile(r"[ \t]+(?=[a-z][\w/(),'-]*(?: [\w/(),'-]+){0,4} {3,}(?:\d|-\s|NR\b|NE\b))")
# a row's label that wrapped after the values: "Alanine amino-   40 (18%)   7 (3%)" over "transferase
# increased", "Serious adverse   55 (25%)" over "event*": the row's label, and the words of the next line
_ROW_LABEL = re.compile(r"[ \t]*\S(?:\S| (?! ))*(?= {2,}(?:\d|NR\b|NE\b))")
_LABEL_TAIL = re.compile(r"[ \t]*([a-z][\w/(),'-]*(?: [\w/(),'-]+){0,3}[*†‡§¶]*)[ \t]*")

# a cell of a line laid out in columns: words one space apart
_CELL = re.compile(r"\S+(?: \S+)*")


def _replacements(items: list) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r["regex"]), r["as"]) for r in items]


def _rewritten(text: str, replacements: list[tuple[re.Pattern, str]]) -> str:
    """``text`` with each (regex, replacement) of ``replacements`` applied in turn."""
    for regex, replacement in replacements:
        text = regex.sub(replacement, text)
    return text


@lru_cache(maxsize=1)
def _rules() -> dict:
    """``patterns/layout.json`` with its regexes compiled: the words that open and close a compound,
    the slips' (regex, replacement), the decimal-comma rules, the web markup's and the XML reading's."""
    rules = load_json("layout.json")
    xml = {k: re.compile(v, re.S) for k, v in rules["xml"].items() if isinstance(v, str)}
    xml["elements"] = _replacements(rules["xml"]["elements"])
    headers = rules["table_headers"]
    return {"compound_first": frozenset(rules["compound_first"]), "compound_second": frozenset(rules["compound_second"]),
            "header_size": re.compile(headers["size"]), "header_grade": re.compile(headers["grade"]),
            "header_max_cell": headers["max_cell"], "csv_row": re.compile(rules["csv_row"], re.M),
            "prose_run": re.compile(rules["prose_run"]),
            "repairs": _replacements(rules["repairs"]), "xml": xml,
            "markup": {k: re.compile(v) for k, v in rules["markup"].items()},
            "cell_lines": {"value": re.compile(rules["cell_lines"]["value"]), "header": re.compile(rules["cell_lines"]["header"]),
                           "max_label": rules["cell_lines"]["max_label"]},
            "full_width": {"signal": re.compile(rules["full_width"]["signal"]),
                           "rewrites": _replacements(rules["full_width"]["rewrites"]),
                           "characters": {**FULL_WIDTH_FORMS, **str.maketrans(rules["full_width"]["characters"])},
                           "ideograph": re.compile(rules["full_width"]["ideograph"]),
                           "max_ideograph_share": rules["full_width"]["max_ideograph_share"]},
            "latex": {"signal": re.compile(rules["latex"]["signal"]), "rewrites": _replacements(rules["latex"]["rewrites"])},
            "markdown": {"signals": [re.compile(s) for s in rules["markdown"]["signals"]],
                         "min_signals": rules["markdown"]["min_signals"],
                         "rewrites": _replacements(rules["markdown"]["rewrites"])},
            "decimal_commas": {k: re.compile(v) if isinstance(v, str) else v for k, v in rules["decimal_commas"].items()}}


def repaired(text: str) -> str:
    """The text as read: Windows and old Mac line ends read as newlines, its markup and a PDF page's
    layout undone, a registry's JSON record as its record page, and decimal commas read as points (each
    step leaves a text without them as it is)."""
    return with_decimal_points(joined_table_headers(joined_table_labels(joined_cell_lines(joined_broken_words(
        without_line_numbers(without_slips(csv_rows_as_cells(without_markdown(without_latex(without_markup(
            with_ascii_forms(with_newlines(registry_json.as_text(text))))))))))))))


def with_newlines(text: str) -> str:
    """A text saved on Windows ("\\r\\n") or an old Mac ("\\r") with its line ends as "\\n", the only line
    end the rules read (a paragraph break is a blank line, a table row a line)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def with_decimal_points(text: str) -> str:
    """A text that writes its decimals with commas, as European journals do ("HR 0,58; 95 %-CI
    0,37-0,91", "5-FU 2.400 mg/m2"), read with decimal points and without thousands points. A text
    that writes most of its decimals with points, or few decimals at all, is returned as it is
    ("1,000 patients" and "p = 0.05, 0.12" keep their commas)."""
    rules = _rules()["decimal_commas"]
    commas = len(rules["comma_decimal"].findall(text))
    if commas < rules["min_comma_decimals"] or commas <= rules["comma_share"] * len(rules["point_decimal"].findall(text)):
        return text
    return rules["comma"].sub(".", rules["thousands"].sub(r"\1\2", text))


def with_ascii_forms(text: str) -> str:
    """A text typeset in a Chinese or Japanese journal read with ASCII digits, letters and punctuation
    (``patterns/layout.json`` "full_width"): "oxaliplatin ８５ mg/m²，leucovorin" is "oxaliplatin 85
    mg/m², leucovorin", "phase Ⅱ" is "phase II"."""
    if text.isascii():
        return text
    rules = _rules()["full_width"]
    if not rules["signal"].search(text):
        return text
    return "\n".join(_ascii_line(line, rules) for line in text.split("\n"))


def _ascii_line(line: str, rules: dict) -> str:
    """A line with ASCII forms, unless it is written in Chinese, Japanese or Korean (the paper's
    other abstract) or has no full-width form."""
    if line.isascii() or not rules["signal"].search(line) \
            or len(rules["ideograph"].findall(line)) > rules["max_ideograph_share"] * len(line):
        return line
    return _rewritten(line, rules["rewrites"]).translate(rules["characters"])


def without_latex(text: str) -> str:
    """A preprint's LaTeX source read as its text (``patterns/layout.json`` "latex"): "\\textit{n}~=~43"
    is "n~=~43", "\\textbf{Results:}" is "Results:", a citation is dropped."""
    if "\\" not in text:
        return text
    rules = _rules()["latex"]
    if not rules["signal"].search(text):
        return text
    return _rewritten(text, rules["rewrites"])


def without_markdown(text: str) -> str:
    """A page written in Markdown read as its text: table rules and horizontal rules dropped, heading,
    quote, bold, italic and code marks removed, a link as its text and its address in brackets. A
    text with fewer than two of Markdown's signals is returned as it is (a lone "**" or "# " is not
    Markdown)."""
    rules = _rules()["markdown"]
    if "*" not in text and "#" not in text and "[" not in text and "|" not in text:
        return text
    if sum(1 for signal in rules["signals"] if signal.search(text)) < rules["min_signals"]:
        return text
    return _rewritten(text, rules["rewrites"])


def without_markup(text: str) -> str:
    """A text scraped from a web page with its HTML left in: entities as the characters they stand
    for ("&ge;" is "≥", "&nbsp;" a space), a power written in a superscript as "^" ("10<sup>9</sup>/L"
    is "10^9/L"), a footnote's superscript mark dropped, line-break tags as line breaks and other
    inline tags removed. A text without entities or tags is returned as it is (evidence offsets
    refer to the text as read, as they do after a byte-order mark is dropped)."""
    if "&" not in text and "<" not in text:
        return text
    rules = _rules()
    xml = rules["xml"]["detect"].match(text) is not None
    markup = rules["markup"]
    if not xml and not any(markup[k].search(text) for k in ("entity", "inline_tag", "break")):
        return text
    text = markup["unit_power"].sub(r"\1", text)
    text = markup["power"].sub(r"^\1", text)
    text = markup["mark"].sub("", text)
    if xml:
        text = xml_as_text(text)
    text = markup["break"].sub("\n", text)
    text = markup["inline_tag"].sub("", text)
    return html.unescape(text).replace("\u00a0", " ")


def xml_as_text(text: str) -> str:
    """A PubMed XML record read as the text it holds (``patterns/layout.json`` "xml"): MeSH, author and
    keyword lists dropped, the ids as "PMID: 38412907", "PMCID: ...", "doi: ...", each labelled
    AbstractText as its section ("METHODS: ..."), the other tags a space. Another text is returned
    as it is; superscripts and entities are :func:`without_markup`'s, which calls this."""
    rules = _rules()["xml"]
    if not rules["detect"].match(text):
        return text
    text = _rewritten(rules["dropped"].sub("", text), rules["elements"])
    text = rules["tag"].sub(" ", text)
    return rules["blank_lines"].sub("\n", text).strip() + "\n"


def csv_rows_as_cells(text: str) -> str:
    """A table downloaded as CSV and pasted into the text ('"Hypertension","38 (59.4)","14 (21.9)"')
    read as a pipe table ("Hypertension | 38 (59.4) | 14 (21.9)"), the layout the table reader
    knows: each line of quoted cells (``patterns/layout.json`` "csv_row") is split as CSV, its
    empty cells at the end dropped ("a footnote","","" is the footnote's words). Other lines, and
    a text without a quoted cell before a comma, are left as they are."""
    if '",' not in text:
        return text

    def as_cells(m: re.Match) -> str:
        cells = next(csv.reader([m.group()], skipinitialspace=True))
        while cells and not cells[-1].strip():
            cells.pop()
        return " | ".join(cell.rstrip() for cell in cells)

    return _rules()["csv_row"].sub(as_cells, text)


def without_slips(text: str) -> str:
    """The text with the slips of a PDF's text layer or of OCR read as what they stand for
    (``patterns/layout.json`` "repairs"): "ﬂushes" is "flushes", "P = 0 .52" is "P = 0.52",
    "chemoemb0lization" is "chemoembolization"."""
    return _rewritten(text, _rules()["repairs"])


def without_line_numbers(text: str) -> str:
    """A manuscript or preprint copied from its PDF with the margin's line numbers at the start
    of each line ("42 performance status of 0 or 1 were randomly assigned (1:1) to ..."): the
    numbers dropped. They are dropped only when most non-blank lines start with one and they run
    on by one from line to line, so a table's or a list's leading numbers are left as they are."""
    lines = text.split("\n")
    if len(lines) < _MIN_NUMBERED_LINES:
        return text
    filled = [i for i, line in enumerate(lines) if line.strip()]
    numbered = [(i, m) for i in filled for m in (_LINE_NUMBER.match(lines[i]),) if m]
    if len(numbered) < _MIN_NUMBERED_LINES or len(numbered) < _NUMBERED_SHARE * len(filled):
        return text
    seq = [int(m.group(2)) for _, m in numbered]
    if sum(b == a + 1 for a, b in zip(seq, seq[1:])) < _CONSECUTIVE_SHARE * (len(seq) - 1):
        return text
    for i, m in numbered:
        lines[i] = m.group(1) + lines[i][m.end():]
    return "\n".join(lines)


def joined_table_labels(text: str) -> str:
    """A table laid out in space-aligned columns whose row label wrapped onto the next line, as a
    PDF's text layer gives it ("Hand-foot skin" over "  reaction      24 (53.3)    23 (52.3)"):
    the label joined on one line ("Hand-foot skin reaction      24 (53.3) ..."). Only a line of
    words with no column gap, between a table row above and a row below that goes on in lower case
    and holds the values, is joined."""
    if "\n " not in text and "\n\t" not in text and "   " not in text:
        return text
    lines = text.split("\n")
    low = text.lower()
    prose = _rules()["prose_run"]  # a field's prose after its label, not a row's values
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if 0 < k < len(lines) - 1 and _TABLE_ROW.search(lines[k - 1]) and _LABEL_ONLY.fullmatch(line) \
                and (go_on := _LABEL_GOES_ON.match(lines[k + 1])) is not None:
            out.append(line.rstrip() + " " + lines[k + 1][go_on.end():])
            k += 2
            continue
        if k < len(lines) - 1 and _TABLE_ROW.search(line) and (label := _ROW_LABEL.match(line)) is not None \
                and not prose.search(line, label.end()) and (tail := _LABEL_TAIL.fullmatch(lines[k + 1])) is not None \
                and (k + 2 == len(lines) or not lines[k + 2][:1].islower()):
            head, words = label.group(), tail.group(1)
            if head.endswith("-") and head[-2:-1].isalpha():
                left = re.search(r"[A-Za-z0-9]+$", head[:-1]).group()
                right = re.match(r"[A-Za-z0-9]+", words).group()
                joined = head[:-1] + ("-" if _hyphen_kept(left, right, low) else "") + words
            else:
                joined = head + " " + words
            out.append(joined + line[label.end():])
            k += 2
            continue
        out.append(line)
        k += 1
    return "\n".join(out)


def joined_cell_lines(text: str) -> str:
    """A table copied with each cell on a line of its own (a slide's or a web page's table pasted as
    text: "Arm A" / "Arm B" over "mPFS, mo (95% CI)" / "14.9 (12.6-17.3)" / "8.3 (7.0-9.6)") read as
    tab-separated rows ("\tArm A\tArm B" over "mPFS, mo (95% CI)\t14.9 (12.6-17.3)\t8.3 (7.0-9.6)"):
    a run of row groups, each a label line and one value line per column (two or more columns, two
    such rows at least), or a label line and one value across the columns ("Hazard ratio (95% CI)"
    over "0.72 (0.58, 0.89)"), or a line naming the rows below ("Overall Survival"), under as many
    header lines as columns. The rules are ``patterns/layout.json`` "cell_lines"."""
    if text.count("\n") < 8:
        return text
    rules = _rules()
    value, header, max_label = (rules["cell_lines"][k] for k in ("value", "header", "max_label"))
    sized = rules["header_size"]  # "ZELVORA (N=302)": a column's size in its header cell
    lines = text.split("\n")
    n = len(lines)
    is_value = [bool(line.strip()) and value.fullmatch(line) is not None for line in lines]

    def group_width(k: int) -> int:
        """The number of value lines after a label line at ``k`` (0 when it is no label)."""
        if is_value[k] or not lines[k].strip() or len(lines[k].strip()) > max_label:
            return 0
        j = k + 1
        while j < n and is_value[j]:
            j += 1
        return j - k - 1

    def heads_at(start: int, width: int) -> bool:
        return start >= 0 and all(lines[i].strip() and not is_value[i] and header.fullmatch(lines[i])
                                  for i in range(start, start + width))

    out: list[str] = []
    k = 0
    while k < n:
        width = group_width(k) if not is_value[k] else 0
        if width >= 2 and k >= width:
            # the rows: label lines with a value per column, or one value across them ("Hazard ratio
            # (95% CI)" / "0.72 (0.58, 0.89)"), and lines naming the rows below ("Overall Survival")
            groups, j = [], k
            while j < n:
                size = group_width(j)
                if size == 0 and j + 1 < n and group_width(j + 1) in (1, width) and lines[j].strip():
                    groups.append((j, 0))
                    j += 1
                elif size in (1, width):
                    groups.append((j, size))
                    j += size + 1
                else:
                    break
            while groups and groups[-1][1] == 0:
                groups.pop()
            j = groups[-1][0] + groups[-1][1] + 1
            # the header right above the first row, or above the line naming the rows ("Overall
            # Survival" under "ZELVORA (N=302)" / "Placebo (N=151)")
            top = k - width
            if k > width and heads_at(k - width - 1, width) and not group_width(k - 1) \
                    and all(sized.search(lines[i]) for i in range(k - width - 1, k - 1)) \
                    and not all(sized.search(lines[i]) for i in range(k - width, k)):
                top = k - width - 1
            full = sum(1 for _g, size in groups if size == width)
            if full >= 2 and heads_at(top, width) and len(out) >= k - top:
                del out[len(out) - (k - top):]
                out.append("\t" + "\t".join(lines[i].strip() for i in range(top, top + width)))
                out.extend(lines[i] for i in range(top + width, k))  # the line naming the rows, if any
                # (a value across the columns stands in the first, the others left empty: "<tab><tab>")
                out.extend("\t".join(line.strip() for line in lines[g:g + size + 1]) + ("\t" * (width - size) if size else "")
                           for g, size in groups)
                k = j
                continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a line laid out in columns (words two or more spaces apart)."""
    return [m.span() for m in _CELL.finditer(line)]


def joined_table_headers(text: str) -> str:
    """A table header that a PDF's narrow columns wrapped onto two lines ("Sugemalimab plus
    Sugemalimab        Active" over "bevacizumab (n=222)   (n=221)   surveillance (n=218)") read
    as one line, each cell of the second line joined to the cell above it ("Sugemalimab plus
    bevacizumab (n=222)   Sugemalimab (n=221)   Active surveillance (n=218)"). The second line gives
    the groups' sizes, or every cell of the first opens with a capital, so two lines of prose laid
    out in columns stay as they are. The rules are ``patterns/layout.json`` "table_headers"."""
    if "   " not in text:
        return text
    rules = _rules()
    size, grade, widest = rules["header_size"], rules["header_grade"], rules["header_max_cell"]
    lines = text.split("\n")

    def heads(line: str, sizes: bool) -> list[tuple[int, int]]:
        """The cells of a line of short header cells without numbers (but a group's size), else []."""
        cells = _cells(line)
        if len(cells) < 2 or grade.fullmatch(line) is not None or any(b - a > widest for a, b in cells):
            return []
        bare = size.sub("", line) if sizes else line
        return [] if any(ch.isdigit() for ch in bare) or bare.rstrip().endswith((".", ":", ",")) else cells

    def grades_only(line: str) -> bool:
        pos = 0
        while pos < len(line.rstrip()):
            m = grade.match(line, pos)
            if m is None or m.end() == pos:
                return False
            pos = m.end()
        return pos > 0

    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 2 < len(lines) and (top := heads(line, False)) and (bottom := heads(lines[k + 1], True)) and (
                size.search(lines[k + 1]) or all(line[a].isupper() for a, _ in top)):  # not two lines of prose
            under: dict[int, tuple[int, int]] = {}
            for b in bottom:  # each bottom cell under exactly one top cell, each top cell over one at most
                over = [i for i, t in enumerate(top) if b[0] < t[1] + 1 and t[0] < b[1] + 1 or abs(b[0] - t[0]) <= 2]
                if len(over) != 1 or over[0] in under:
                    break
                under[over[0]] = b
            else:
                after = lines[k + 3] if grades_only(lines[k + 2]) and k + 3 < len(lines) else lines[k + 2]
                if _TABLE_ROW.search(after):
                    indent = line[:top[0][0]]
                    below = lines[k + 1]
                    out.append(indent + "   ".join(
                        line[a:b] + (" " + below[under[i][0]:under[i][1]] if i in under else "")
                        for i, (a, b) in enumerate(top)))
                    k += 2
                    continue
        out.append(line)
        k += 1
    return "\n".join(out)


def joined_broken_words(text: str) -> str:
    """Words hyphenated at a line's end ("pa-" over "tients were ...") joined on the first line
    ("patients" over "were ..."). The hyphen stays when the text writes the word with it
    elsewhere, when a piece is not lower-case ("HAIC-" over "FO"), or when the pieces are words
    of a compound ("progression-" over "free", "non-" over "inferiority") and the text does not
    write the word without it elsewhere. Words joined by an en dash at a line's end ("hand–" over
    "foot skin reaction") are joined with it: an en dash is no hyphenation."""
    if "–\n" in text:
        text = _BROKEN_AT_EN_DASH.sub("\\1–\\3\\4\n\\2", text)
    if "-\n" not in text:
        return text
    low = text.lower()

    def join(m: re.Match) -> str:
        left, indent, right, rest = m.groups()
        return f"{left}{'-' if _hyphen_kept(left, right, low) else ''}{right}{rest}\n{indent}"

    return _BROKEN_WORD.sub(join, text)


def _hyphen_kept(left: str, right: str, low: str) -> bool:
    """Whether a word broken at a line's end after ``left`` and a hyphen keeps the hyphen when joined
    to ``right``, in a text whose lower-cased whole is ``low`` (see :func:`joined_broken_words`)."""
    def written(word: str) -> bool:  # the word elsewhere in the text, whole
        return next(fastre.literal_spans(low, word, partial(fastre.standalone, low)), None) is not None

    rules = _rules()
    if written(f"{left}-{right}".lower()):
        return True
    if written(f"{left}{right}".lower()):
        return False
    if not (left[-1].islower() and right[0].islower()):
        return True
    return right.lower() in rules["compound_second"] or left.lower().rsplit("-", 1)[-1] in rules["compound_first"]
