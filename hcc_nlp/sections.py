"""Section detection for abstracts (Background/Methods/Results...) and registry pages."""

import re
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions, fastre  # noqa: F401
from .extensions import doc_text  # noqa: E402  (importing extensions registers Doc._.section_regions)
from .marks import BLANK_LINE, BULLET_MARKS, LIST_ITEM, bullet_wrap_end, indent_of, indented_end, line_end, lines_after
from .resources import grammar, load_json
from .serialization import JsonRulesMixin


def _heading_regex(table: dict[str, list[str]]) -> tuple[re.Pattern, dict[str, str]]:
    lookup: dict[str, str] = {}
    for section, headings in table.items():
        if section.startswith("_"):
            continue
        for h in headings:
            for form in (h, h.upper(), h.title(), h[:1].upper() + h[1:].lower()):  # + "Primary outcome measure"
                lookup.setdefault(form, section)
                lookup.setdefault(form.replace("'", "\u2019"), section)  # "Who can’t take part" (a typographic apostrophe)
    alternatives = "|".join(re.escape(h) for h in sorted(lookup, key=len, reverse=True))
    # "Objective Response Rate | ..." is a measure, not the Objective section; nor is "(p < 0.001). Objective"
    # over "response was seen in ...": a line that goes on in lower case is a wrapped line, not a heading's
    measure_words = "|".join(re.escape(w) for w in table.get("_measure_words", [])) or "(?!)"
    # "Primary Outcome | Outcome | TimePoints" (CTRI, with pipes or tabs): a heading whose line goes on in columns
    pipe_columns = "|".join(re.escape(w) for w in table.get("_pipe_columns", [])) or "(?!)"
    regex = re.compile(
        r"(?:^|(?<=\n)|(?<=[.!?:]\s)|(?<=[.!?]\s\s))[ \t•]*(?:#{1,4}[ \t]+|\*\*|__|\[)?(?P<code>(?:[A-Z]|\d{1,2})(?:\.\d{1,2})+\.?[ \t]+|\d{1,2}(?:\.\d{1,2})*[ \t]+\|[ \t]+"
        r"|\d{1,2}[ \t]+)?"  # "2.1 Patients", Wiley's "2.1 | Patients", "2 Results" (on its line: ``find``)
        r"(?P<heading>" + alternatives + r")(?:[ \t]*\[(?:\d{1,2}|edit)\]|\])?\??[ \t]*(?:\*\*|__)?[ \t]*"  # "Primary outcome [1]" (ANZCTR), "[References]", "References[edit]" (Wikipedia), "Who can take part?" (a patients' page)
        r"(?::|\s*\n(?![ \t]*[a-z])|[ \t]*\|(?=[ \t]*(?:(?:" + pipe_columns + r")\b|\s*\n))|(?<=\t)(?=(?:" + pipe_columns + r")\b)"
        r"|(?=[ \t]+[A-Z0-9(\u2460-\u2473])(?![ \t]+(?:" + measure_words + r")\b)"  # (①-⑳: "Inclusion criteria ① ...")
        r"|(?<=\])(?=[A-Z]))",  # "[Methods]The clinical data ..." (a Chinese journal's 【Methods】, its text run on)
    )
    return regex, lookup


_BULLET_BEFORE = re.compile(rf"(?:^|\n)[ \t]*[{BULLET_MARKS}][ \t]*$")
_NEXT_BULLET = re.compile(rf"\n[ \t]*[{BULLET_MARKS}][ \t]")

# a blank line (and an "Abstract" line), then a line of eight or more words that is not a bullet or
# an affiliation
_PROSE_AFTER_BLANK = grammar("sections", "prose_after_blank")
_BARE_NUMBER = re.compile(r"\d{1,2}[ \t]+")  # a heading's number with no dot ("2 Results")
_LINE_ENDS = re.compile(r"[ \t]*\n")
_COUNT_AFTER = grammar("sections", "count_after")  # "Citations: 4": a count after the heading's word
_OTHERS_LIST_HEADING = grammar("sections", "others_list_heading")  # "Related articles": other papers' titles


_LETTER_WORDS = 30  # a paragraph this long is prose, not a title or a banner
_INLINE_ITEM_BEFORE = re.compile(r"[;,]\s*\d{1,2}[.)]\s+$")  # "...(RECIST 1.1); 3. " before a word
_INLINE_LIST_SECTIONS = {"inclusion", "exclusion"}
_OUTCOME_SECTIONS = {"primary_outcomes", "secondary_outcomes"}
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
_WRAPPED_LINE = 60  # characters: a line this long before a heading is a wrapped paragraph's, not a field's
_FIELD_LINE = grammar("sections", "field_line")  # "Median OS (BICR): 17.4 mo ...": a box's "Label: value" line
# where a heading may start (the heading regex's leading assertions): after a line break or a
# sentence end's space(s)
_HEADING_START = re.compile(r"\n|[.!?:]\s(?:(?<=[.!?]\s)\s)?")


def _wrapped_item_end(text: str, start: int, end: int) -> Optional[int]:
    """The end of the bullet item a heading at ``start`` is in, when the item wraps onto lines without
    indent (a poster copied from a PDF: "• Key eligibility: ...; no macro-" over "vascular invasion
    ...") and the next line after them opens a bullet of the item's level; None otherwise."""
    own_end = text.find("\n", end)
    wrapped = bullet_wrap_end(text, start, own_end, len(text)) if own_end >= 0 else own_end
    if wrapped <= own_end or not _NEXT_BULLET.match(text, wrapped):
        return None  # (no bullet item, or one on a single line)
    line_start = text.rfind("\n", 0, start) + 1
    return wrapped if indent_of(text[wrapped + 1:wrapped + 81]) <= indent_of(text[line_start:start]) else None


def _letter_before(text: str, start: int) -> bool:
    """Whether a paragraph of prose (a letter's) comes before ``start``."""
    return any(len(p.split()) >= _LETTER_WORDS for p in BLANK_LINE.split(text[:start]))


def _part_end(text: str, name: str, start: int, end: int, stop: int) -> Optional[int]:
    """Where a section that heads only a part of the text ends (the text after it goes on with the
    section it is in), or None when it runs to the next heading. ``start``/``end``: its heading's."""
    eol = text.find("\n", end, stop)  # the heading line's end within the section, or -1
    item_end = line_end(text, end)  # (the bullet's line may hold the next heading: "• Primary endpoint: OS. Secondary endpoints: ...")
    # (a heading on a line of its own, its line break taken with it, heads the bullets under it)
    if item_end > end and text[end - 1:end] != "\n" and _NEXT_BULLET.match(text, item_end) and (
            _BULLET_BEFORE.search(text, 0, start) or (name in _OUTCOME_SECTIONS and text[end:item_end].strip())):
        # "• Key eligibility: ..." as one bullet among others: the section is that bullet; the next
        # bullet goes on with the section the list is in. "Primary endpoint: PFS (mRECIST, BICR)"
        # over "• mPFS 15.2 mo ...": a slide's title, its bullets results
        return min(item_end, stop)
    wrapped = _wrapped_item_end(text, start, end)
    if wrapped is not None:
        return min(wrapped, stop)  # (a heading later in the item heads the rest: "• Primary endpoint: OS. Secondary ...")
    nested = _nested_end(text, start, eol, stop) if eol > end and _BULLET_BEFORE.search(text, 0, start) else None
    if nested is not None:
        # "• Key eligibility" over indented sub-bullets ("  – Age ≥18 y"): the section is the bullet
        # and its sub-bullets; the next bullet of its level goes on with the enclosing one
        return nested
    if name in _OUTCOME_SECTIONS and text[text.rfind("\n", 0, start) + 1:start].strip():
        # "... (BICR, RECIST 1.1). Secondary endpoints: ORR, DoR and safety. Sample size ...": an
        # outcomes heading inside a paragraph heads the rest of that paragraph only
        blank = BLANK_LINE.search(text, end, stop)
        return blank.start() if blank else None
    if name not in _INLINE_LIST_SECTIONS:
        return None
    listed = _bullet_list_end(text, end, end - 1 if text[end - 1:end] == "\n" else eol, stop)
    if listed is not None:
        return listed
    if eol > end and text[end:eol].strip() and _FIELD_LINE.match(text, eol + 1) \
            and _FIELD_LINE.match(text, text.rfind("\n", 0, start - 1) + 1):
        # "Key eligibility: Child-Pugh A; ECOG PS 0-1" in a box of "Label: value" lines ("Arms: ..."
        # above, "Median OS: 17.4 mo ..." below): the field is its line
        return eol
    opens_line = not text[text.rfind("\n", 0, start) + 1:start].strip()
    if opens_line and eol > end and text[end:eol].strip() and BLANK_LINE.match(text, eol):
        # "Key elig: uHCC, Child-Pugh A, ECOG 0-1" as a paragraph's last line: the field is its line
        return eol
    if not opens_line or _wrapped_prose_line(text, start, end, eol):
        # "Methods: ... Key eligibility: age >=18 y; ECOG 0-1. Pts received ...": a heading inside a
        # paragraph (also one that a hard line wrap put at a line's start) heads that sentence only;
        # the paragraph goes on with its section
        inline_end = _SENTENCE_END.search(text, end, stop)
        if inline_end:
            return inline_end.start() + 1
        if stop < len(text) and "\n" not in text[end:stop]:
            return stop  # "Inclusion criteria: ...; (5) no prior therapy. Exclusion criteria: ...": up to the next heading
    return None


def _wrapped_prose_line(text: str, start: int, end: int, eol: int) -> bool:
    """Whether the line a heading at ``start`` opens is a line of a hard-wrapped paragraph of prose:
    the line before it is a long one of the same paragraph ending a sentence, and the paragraph goes
    on after the heading's line ("... by the random number table method." over "Inclusion criteria:
    aged 18-75 years; ...; at least one measurable lesion. The control group" over "received ...")."""
    if eol < 0 or not text[end:eol].strip() or "\t" in text[end:eol]:
        return False  # (a heading on a line of its own; a registry's "E.3 Principal inclusion criteria<tab>1. Age ...")
    before_end = text.rfind("\n", 0, start)
    if before_end < 0:
        return False
    before = text[text.rfind("\n", 0, before_end) + 1:before_end].rstrip()
    after_end = text.find("\n", eol + 1)
    after = text[eol + 1:after_end if after_end >= 0 else len(text)]
    return len(before) >= _WRAPPED_LINE and before.endswith(".") and len(after.strip()) >= _WRAPPED_LINE // 2 \
        and not LIST_ITEM.match(after)


def _bullet_list_end(text: str, end: int, line_end: int, stop: int) -> Optional[int]:
    """Where the bullets under a heading on a line of its own end ("Key eligibility" over "• Child-Pugh
    A" / "• ECOG PS 0-1", then "R 1:1:1 (N = 621)" on a slide): at the first line after them that is
    neither a bullet nor a wrapped bullet's words (which go on in lower case); None when the heading
    has words after it, no bullet follows, or the bullets run to the next heading."""
    if line_end < end - 1 or text[end:line_end].strip() or not _NEXT_BULLET.match(text, line_end):
        return None
    for pos, nxt in lines_after(text, line_end, stop):
        line = text[pos + 1:nxt].strip()
        if line and not _NEXT_BULLET.match(text, pos) and not line[0].islower():
            return pos
    return None


def _nested_end(text: str, start: int, line_end: int, stop: int) -> Optional[int]:
    """Where the sub-bullets indented under the bullet heading at ``start`` end, or None when none
    follow or they run to the next heading anyway."""
    pos = indented_end(text, start, line_end, stop)
    return pos if line_end < pos < stop else None


class SectionTagger(JsonRulesMixin):
    """Sets ``doc._.section_regions``: ``[start_char, end_char, section]`` for every heading found,
    and ``title`` for the text before the first heading (when it starts the document)."""

    def __init__(self, headings: Optional[dict[str, list[str]]] = None):
        self.headings = headings if headings is not None else load_json("sections.json")
        self.regex, self.lookup = _heading_regex(self.headings)
        self.fields_within = {k: {h.lower() for h in v} for k, v in self.headings.get("_fields_within", {}).items()}
        self.results_under_label = re.compile(self.headings.get("_results_under_label", "(?!)"), re.I)
        self.section_break = re.compile(self.headings.get("_section_break", "(?!)"))
        self.later_record = re.compile(self.headings.get("_later_record", "(?!)"))
        self.table_caption = fastre.compile(self.headings.get("_table_caption", "(?!)"))  # (skips a text without "table")

    def headings_in(self, text: str) -> Iterator[re.Match]:
        """The heading regex's ``finditer``, tried only where a heading may start: its leading
        assertions hold at position 0, after a line break and after a sentence end's one or two
        spaces, so the other positions (most of a text) are never tried."""
        starts = {0}
        for m in _HEADING_START.finditer(text):
            starts.add(m.end())
            if m.end() - m.start() == 3:
                starts.add(m.end() - 1)
        end = 0
        for p in sorted(starts):
            if p >= end:
                m = self.regex.match(text, p)
                if m:
                    end = m.end()
                    yield m

    def find(self, text: str) -> list[list]:
        hits: list[tuple[int, int, str]] = []
        for m in self.headings_in(text):
            if hits and m.group("heading").lower() in self.fields_within.get(hits[-1][2], ()):
                continue  # "Description:" of a registry outcome measure, not a section
            if _INLINE_ITEM_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "...; 3. Safety: adverse events graded ...; 4. Quality of life": an item of a list
            name = self.lookup[m.group("heading")]
            if m.group("code") and _BARE_NUMBER.fullmatch(m.group("code")) and (
                    name in ("references", "ignore") or not _LINE_ENDS.match(text, m.end("heading"))):
                # a number without a dot heads a line's heading alone ("2 Results"), not "5 References" in a
                # page's table of contents ("1 Medical uses" / "2 Clinical trials" / ...)
                continue
            if name == "references" and _COUNT_AFTER.match(text, m.end()):
                continue  # "Citations:  4      Downloads:  236": a page's count, not its references
            if name == "reply":
                name = "references" if _letter_before(text, m.start()) else "front"
            if hits and hits[-1][2] == "results" and name in ("primary_outcomes", "secondary_outcomes") \
                    and self.results_under_label.match(text, m.end()):
                continue  # "Secondary outcomes: the disease control rate was 50.0%" under the results
            # the section starts at its field code when there is one ("E.3 Principal inclusion criteria")
            start = m.start("code") if m.group("code") else m.start("heading")
            if text[start - 1:start] == "[":
                start -= 1  # "[Methods]": from its bracket, the line's first character
            hits.append((start, m.end(), name))
        regions: list[list] = []
        first = hits[0][0] if hits else len(text)
        regions.append([0, first, "front"])
        enclosing = "front"
        breaks = [m.start() for m in self.section_break.finditer(text)]
        for k, (start, _end, name) in enumerate(hits):
            if k and any(hits[k - 1][0] < b < start for b in breaks):
                enclosing = "front"  # a slide or page break ended the section the list was in
            stop = hits[k + 1][0] if k + 1 < len(hits) else len(text)
            part_end = _part_end(text, name, start, _end, stop)
            if part_end is not None:  # the heading heads a part only; the rest goes on with the enclosing section
                regions.append([start, part_end, name])
                regions.append([part_end, stop, enclosing])
                continue
            enclosing = name
            if name == "ignore" and not _OTHERS_LIST_HEADING.match(text, start):
                prose = _PROSE_AFTER_BLANK.search(text, _end, stop)
                if prose:  # metadata (affiliations, MeSH) ends where a paragraph of prose begins
                    regions.append([start, prose.start(1), name])
                    regions.append([prose.start(1), stop, "front"])
                    continue
            regions.append([start, stop, name])
        regions = self._broken([r for r in regions if r[1] > r[0]], breaks)
        # a table's caption ends a background box ("CONTEXT ... Relevance")
        regions = self._broken(regions, [m.start() for m in self.table_caption.finditer(text)], only="background")
        later = self.later_record.search(text) if "ER  -" in text else None
        if later is not None:  # an export's later records: other papers, as references are
            regions = [[a, min(b, later.end()), name] for a, b, name in regions if a < later.end()]
            regions.append([later.end(), len(text), "references"])
        return regions

    @staticmethod
    def _broken(regions: list[list], breaks: list[int], only: Optional[str] = None) -> list[list]:
        """The regions cut at section breaks (a rule line, a form feed): after one, no section.
        With ``only``, only the regions of that section are cut."""
        if not breaks:
            return regions
        out: list[list] = []
        for start, stop, name in regions:
            cut = next((b for b in breaks if start < b < stop), None) if name != "front" and only in (None, name) else None
            if cut is None:
                out.append([start, stop, name])
            else:
                out += [[start, cut, name], [cut, stop, "front"]]
        return out

    def __call__(self, doc: Doc) -> Doc:
        doc._.section_regions = self.find(doc_text(doc))
        return doc

    def rules(self) -> dict:
        return self.headings

    def set_rules(self, data: dict) -> None:
        self.__init__(headings=data)


@Language.factory("hcc_sections", assigns=["doc._.section_regions"], default_config={})
def make_sections(nlp: Language, name: str) -> SectionTagger:
    return SectionTagger()
