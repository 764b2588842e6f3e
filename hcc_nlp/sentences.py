"""Sentence boundaries for abstracts, hard-wrapped PubMed text and registry pages."""

import re

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text

_ABBREV_END = {"vs.", "e.g.", "i.e.", "al.", "approx.", "Fig.", "no.", "No.", "b.i.d.", "p.o.", "i.v."}
_BULLET = re.compile(r"^(?:[•‣⁃\-*·▪◦]|\d{1,2}[.)]|[a-z][.)])$")


class SentenceSegmenter:
    """Rule-based sentence splitter. A new sentence starts:

    * after ``.``/``!``/``?`` when the next word starts with a capital, digit or bracket;
    * after a blank line;
    * after a single line break, unless the text is hard-wrapped at a fixed width (PubMed
      format); there only when the line before is short (a heading or table cell, under
      ``short_line`` characters), ends in punctuation, or the next line is a bullet.
    """

    def __init__(self, short_line: int = 60):
        self.short_line = short_line

    @staticmethod
    def hard_wrapped(text: str) -> bool:
        """PubMed-style text wrapped at a fixed width: most long lines end within a few
        characters of the same column."""
        lengths = [len(line.rstrip()) for line in text.splitlines() if len(line.strip()) > 40]
        if len(lengths) < 4:
            return False
        top = max(lengths)
        near = sum(1 for n in lengths if top - n <= 12)
        return near / len(lengths) >= 0.6 and top <= 100

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        wrapped = self.hard_wrapped(text)
        n = len(doc)
        starts = [0] if n else []
        line_start = 0
        tokens = list(doc)
        for i in range(1, n):
            tok = tokens[i]
            prev = tokens[i - 1]
            start = False
            if prev.is_space and "\n" in prev.text:
                if "\n\n" in prev.text.replace(" ", "").replace("\t", "") or prev.text.count("\n") > 1:
                    start = True
                else:
                    line = text[line_start:prev.idx].strip()
                    start = (
                        not wrapped
                        or len(line) < self.short_line
                        or line[-1:] in ".:;!?|"
                        or bool(_BULLET.match(tok.text))
                    )
                line_start = prev.idx + len(prev.text)
            elif prev.text in (".", "!", "?") or (prev.text.endswith(".") and len(prev.text) > 1
                                                  and prev.text not in _ABBREV_END and prev.is_punct):
                first = tok.text[:1]
                start = first.isupper() or first.isdigit() or first in "([•‣⁃≥≤<>\"'“"
            if not start and prev.whitespace_ and "\n" in text[prev.idx + len(prev.text):tok.idx]:
                # line break carried as trailing whitespace of the previous token
                line = text[line_start:prev.idx + len(prev.text)].strip()
                start = (not wrapped or len(line) < self.short_line or line[-1:] in ".:;!?|"
                         or bool(_BULLET.match(tok.text)))
                line_start = tok.idx
            if start:
                starts.append(i)
        # set only the starts: the other tokens stay "missing", which doc.sents reads as "not a start"
        for i in starts:
            tokens[i].is_sent_start = True
        if len(starts) == 1 and n > 1:
            tokens[1].is_sent_start = False  # spaCy ignores a start on token 0: mark the doc as segmented
        elif n == 1:
            tokens[0].is_sent_start = True
        return doc


@Language.factory(
    "hcc_sentences",
    assigns=["token.is_sent_start"],
    default_config={"short_line": 60},
)
def make_sentences(nlp: Language, name: str, short_line: int) -> SentenceSegmenter:
    return SentenceSegmenter(short_line=short_line)
