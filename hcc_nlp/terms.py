"""Term ruler: procedures, radiotherapy, routes, endpoints and adverse-event terms.

Reads spaCy SpanRuler pattern lines (``patterns/terms.jsonl``: ``{"label", "pattern", "id"}``):
a string pattern is a phrase matched case-insensitively, a token pattern of ``ORTH`` entries is
matched as written (abbreviations such as OS, PR, RT), ``LOWER`` entries case-insensitively.
Matching is a dictionary lookup over token n-grams that steps over whitespace tokens, so a term
broken by a line break in hard-wrapped PubMed text ("Dose-limiting\\ntoxicities") still matches
(but not across a line break before a capital: "Overall survival\\nTime Frame: ...");
it is several times faster than spaCy's Matcher with optional whitespace tokens.
A phrase with a "*" word ("discontinuation of * due to an adverse reaction") matches one to
three words there. ``span.id_`` is the normalised value: an endpoint code, a procedure name, an AE term.
"""
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import SPANS_KEY, add_spans, doc_words
from .resources import load_jsonl
from .serialization import JsonRulesMixin


_MAX_GAP = 3  # the words a "*" of a phrase stands for: one to three
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014", "-----")  # dashes written for a hyphen: "palmar–plantar"


def _lower(word: str) -> str:
    return word.lower() if word.isascii() else word.lower().translate(_DASHES)


class TermRuler(JsonRulesMixin):
    rules_file = "patterns.json"

    def __init__(self, nlp: Language, name: str = "hcc_terms", spans_key: str = SPANS_KEY,
                 patterns: Optional[list[dict]] = None):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.set_rules(patterns if patterns is not None else load_jsonl("terms.jsonl"))

    def rules(self) -> list[dict]:
        return self.patterns

    def set_rules(self, patterns: list[dict]) -> None:
        self.patterns = list(patterns)
        self.lower: dict[tuple, tuple[str, str]] = {}
        self.exact: dict[tuple, tuple[str, str]] = {}
        self.gapped: dict[str, list[tuple[tuple, tuple, tuple[str, str]]]] = {}
        for p in self.patterns:
            value = (p["label"], p.get("id") or "")
            pattern = p["pattern"]
            if isinstance(pattern, str):
                key = tuple(_lower(t.text) for t in self.nlp.make_doc(pattern) if not t.is_space)
                if "*" in key:  # "discontinuation of * due to an adverse reaction": one to three words at "*"
                    gap = key.index("*")
                    self.gapped.setdefault(key[0], []).append((key[:gap], key[gap + 1:], value))
                    continue
                self.lower.setdefault(key, value)
            else:
                toks = [t for t in pattern if not t.get("IS_SPACE")]
                if all("ORTH" in t for t in toks):
                    self.exact.setdefault(tuple(t["ORTH"] for t in toks), value)
                else:
                    self.lower.setdefault(tuple(_lower(str(t.get("LOWER", t.get("ORTH", "")))) for t in toks), value)
        keys = list(self.lower) + list(self.exact)
        self.max_len = max((len(k) for k in keys), default=1)
        self.lower_prefixes = {k[:m] for k in self.lower for m in range(1, len(k) + 1)}
        self.exact_prefixes = {k[:m] for k in self.exact for m in range(1, len(k) + 1)}
        self.lower_first = {k[0] for k in self.lower if k}
        self.exact_first = {k[0] for k in self.exact if k}

    def add_patterns(self, patterns: list[dict]) -> None:
        self.set_rules(self.patterns + list(patterns))

    def __call__(self, doc: Doc) -> Doc:
        words = doc_words(doc)
        lows = [_lower(w) for w in words]
        content = [i for i, w in enumerate(words) if not w.isspace()]  # token indices, whitespace skipped
        lower, exact = self.lower, self.exact
        lower_prefixes, exact_prefixes = self.lower_prefixes, self.exact_prefixes
        lower_first, exact_first = self.lower_first, self.exact_first
        gapped = self.gapped
        spans = []
        n = len(content)
        for a, i in enumerate(content):
            if lows[i] in gapped:
                hit = self._gapped_at(a, content, lows)
                if hit is not None:
                    spans.append(Span(doc, i, hit[0], label=hit[1][0], span_id=hit[1][1]))
                    continue
            if lows[i] not in lower_first and words[i] not in exact_first:
                continue  # most words begin no term
            # extend while the words so far begin some term; keep the longest complete term
            # (an exact-case term wins over a lower-case one of the same length)
            best = None
            exact_key: tuple = ()
            lower_key: tuple = ()
            for b in range(a, min(n, a + self.max_len)):
                word = words[content[b]]
                if b > a and content[b] - 1 > content[b - 1] and word[:1].isupper() \
                        and "\n" in words[content[b] - 1]:
                    break  # a line break before a capital ends the line's term ("survival\nTime Frame")
                if exact_key is not None:
                    exact_key += (word,)
                    if exact_key in exact_prefixes:
                        hit = exact.get(exact_key)
                        if hit:
                            best = (content[b] + 1, hit)
                    else:
                        exact_key = None
                if lower_key is not None:
                    lower_key += (lows[content[b]],)
                    if lower_key in lower_prefixes:
                        hit = lower.get(lower_key)
                        if hit and not (best and best[0] == content[b] + 1):
                            best = (content[b] + 1, hit)
                    else:
                        lower_key = None
                if exact_key is None and lower_key is None:
                    break
            if best:
                end, (label, norm) = best
                spans.append(Span(doc, i, end, label=label, span_id=norm))
        add_spans(doc, self.spans_key, spans)
        return doc

    def _gapped_at(self, a: int, content: list[int], lows: list[str]) -> Optional[tuple[int, tuple[str, str]]]:
        """(end token, (label, id)) of the longest gapped term starting at content token ``a``
        ("Permanent discontinuation of ZELKYRA due to an adverse reaction"), or None."""
        n = len(content)
        best = None

        def words_at(b: int, words: tuple) -> bool:
            return b + len(words) <= n and all(lows[content[b + k]] == w for k, w in enumerate(words))

        for before, after, value in self.gapped[lows[content[a]]]:
            if not words_at(a, before):
                continue
            for gap in range(1, _MAX_GAP + 1):
                b = a + len(before) + gap
                if words_at(b, after):
                    end = content[b + len(after) - 1] + 1
                    if best is None or end > best[0]:
                        best = (end, value)
                    break
        return best


@Language.factory(
    "hcc_terms",
    assigns=["doc.spans"],
    default_config={"spans_key": SPANS_KEY},
)
def make_term_ruler(nlp: Language, name: str, spans_key: str) -> TermRuler:
    return TermRuler(nlp, name, spans_key=spans_key)
