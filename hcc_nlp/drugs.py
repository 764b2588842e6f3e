"""Drug tagger: a dictionary lookup over token n-grams, normalising to the generic name.

The lexicon (``patterns/drugs.jsonl``, ~80k variants generated from the
drug-named-entity-recognition dictionary plus ``drug_overrides.json``) is too large for a
PhraseMatcher to build quickly, so lookups go through a dict keyed on a squashed form of the
variant (lower case, no spaces or hyphens): "BAY43-9006", "BAY 43-9006" and "bay 439006" meet.
"""

import re
from functools import partial
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions, fastre  # noqa: F401
from .extensions import SPANS_KEY, add_spans, doc_text, doc_words
from .resources import grammar, load_json, load_jsonl
from .serialization import JsonRulesMixin

_CODE_JOINERS = frozenset("_.-/")
_SQUASH = re.compile(r"[\s\-‐–_]+")


def _shipped() -> dict:
    """``patterns/drug_overrides.json`` as shipped (a fresh copy: a tagger's rules are its own): the
    rules a tagger saved by an older version lacks."""
    return load_json("drug_overrides.json")


def squash(text: str) -> str:
    return _SQUASH.sub("", text.lower())


class DrugTagger(JsonRulesMixin):
    """Adds ``DRUG`` spans (``span.id_`` = generic name, or the regimen name such as FOLFOX)."""

    def __init__(self, spans_key: str = SPANS_KEY, max_tokens: int = 5,
                 lexicon: Optional[list[dict]] = None, regimens: Optional[dict] = None):
        self.spans_key = spans_key
        self.max_tokens = max_tokens
        overrides = _shipped()
        self.set_rules({
            "lexicon": lexicon if lexicon is not None else load_jsonl("drugs.jsonl"),
            "regimens": regimens if regimens is not None else overrides["regimens"],
            "code_names": overrides["code_names"],
            "inn_stems": overrides["inn_stems"],
        })

    def rules(self) -> dict:
        return {"lexicon": self._lexicon, "regimens": self.regimens, "code_names": self._code_names,
                "inn_stems": self._inn_stems}

    def set_rules(self, data: dict) -> None:
        self._lexicon = data["lexicon"]
        self.regimens = {k.upper(): v for k, v in data["regimens"].items()}
        # rules saved by an older version lack the code-name and INN-stem rules: the shipped ones
        self._code_names = data.get("code_names") or _shipped()["code_names"]
        self._code = re.compile(self._code_names["code"] + r"(?![\w-])")  # a whole word: not "QL-2107-01"
        self._agent_after = re.compile(self._code_names["agent_after"], re.I)
        self._dose_after = re.compile(self._code_names["dose_after"])
        # "the anti-CTLA-4 antibody OBX-447", "a single priming dose of OBX-447" (rules saved before it: none)
        self._agent_before = re.compile(self._code_names["agent_before"], re.I) if self._code_names.get("agent_before") else None
        # "LY01008, a bevacizumab biosimilar" (rules saved before it: none)
        self._biosimilar = tuple(re.compile(self._code_names[k], re.I) if self._code_names.get(k) else None for k in (
            "biosimilar_code_then_drug", "biosimilar_after_drug", "biosimilar_drug_then_code"))
        self._inn_stems = data.get("inn_stems") or _shipped()["inn_stems"]
        shipped: dict = {}

        def rule(key: str, default=None):
            """A code-name rule; one that rules saved by an older version lack is the shipped one (the
            shipped file is read only then)."""
            if self._code_names.get(key):
                return self._code_names[key]
            if not shipped:
                shipped.update(_shipped()["code_names"])
            return shipped.get(key, default)

        # a code's generic name in brackets, a US biologic's suffix
        self._name_bracket, self._fda_suffix = (re.compile(rule(k)) for k in ("name_bracket", "fda_suffix"))
        # capitals before a drug in brackets that are not its brand
        self._not_brands = frozenset(w.upper() for w in rule("not_brands", []))
        self._inn_word = re.compile(self._inn_stems["pattern"])
        # "Huaier granule 20 g three times daily"
        self._product = re.compile(rule("product_form"))
        self._product_dosed = re.compile(rule("product_form_dosed"), re.I)
        self._product_not_names = frozenset(rule("product_not_names"))
        words = rule("product_form_words")
        # substring tests first (most texts name no dosage form), then the words in any case
        self._form_stems = tuple(sorted({v for w in words for v in (w, w.capitalize(), w.upper())}))
        self._form_word = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
        self.lookup = {squash(row["variant"]): row["generic"] for row in self._lexicon}
        self.first_chars = {k[:2] for k in self.lookup}
        self.short_prefixes = {k[:size] for k in self.lookup for size in range(1, min(6, len(k)) + 1)}
        self._words: dict[str, tuple[str, bool, bool, bool]] = {}

    def expand(self, generic: str) -> list[str]:
        """A regimen name expands into its drugs; a drug stands for itself."""
        return self.regimens.get(generic.upper(), [generic])

    def _word_info(self, word: str) -> tuple[str, bool, bool, bool]:
        """(squashed form, can start a drug name, cannot end one, an unknown word with an INN
        stem), memoised per word form."""
        info = self._words.get(word)
        if info is None:
            if len(self._words) > 200_000:
                self._words.clear()
            squashed = squash(word)
            has_alpha = any(c.isalpha() for c in word) and not word.isspace()
            info = self._words[word] = (squashed, has_alpha and squashed[:2] in self.first_chars,
                                        not any(c.isalnum() for c in word),
                                        squashed not in self.lookup and self._inn_word.fullmatch(word.lower()) is not None)
        return info

    def __call__(self, doc: Doc) -> Doc:
        words = doc_words(doc)
        info = [self._word_info(w) for w in words]
        spans = []
        n = len(words)
        squashed = [x[0] for x in info]
        i = 0
        while i < n:
            found = self._longest_at(i, n, info, squashed) if info[i][1] else None
            if found:
                j, generic = found
                spans.append(Span(doc, i, j, label="DRUG", span_id=generic))
                i = j
                continue
            suffixed = self._fda_suffix.fullmatch(words[i].lower()) if "-" in words[i] else None
            if suffixed is not None and (squash(suffixed.group(1)) in self.lookup or self._inn_word.fullmatch(suffixed.group(1))):
                # "tremelimumab-actl", "toripalimab-tpzi": a US biologic's four-letter suffix (after a
                # name the lexicon lacks with an INN stem too: "temsitamab-kqdr")
                stem = suffixed.group(1)
                spans.append(Span(doc, i, i + 1, label="DRUG", span_id=self.lookup.get(squash(stem), stem)))
            elif info[i][3]:  # a word the lexicon lacks, with an INN stem
                spans.append(Span(doc, i, i + 1, label="DRUG", span_id=words[i].lower()))
            i += 1
        spans.extend(self._code_name_spans(doc, spans))
        spans.extend(self._product_spans(doc, spans))
        spans.extend(_brand_spans(doc, spans, self._not_brands))
        add_spans(doc, self.spans_key, _without_appositive_classes(spans, doc_text(doc)))
        return doc

    def _longest_at(self, i: int, n: int, info: list, squashed: list[str]) -> Optional[tuple[int, str]]:
        """(end token, generic) of the longest lexicon variant starting at token ``i``, or None.
        The key grows a token at a time and stops as soon as its first six characters begin no
        variant (most words stop at the first token)."""
        stop = min(n, i + self.max_tokens)
        key, best = "", None
        for j in range(i, stop):
            key += squashed[j]
            if key[:6] not in self.short_prefixes:
                break
            if len(key) >= 3 and not info[j][2] and key in self.lookup:  # not ending on punctuation
                best = (j + 1, self.lookup[key])
        return best

    def _code_name_spans(self, doc: Doc, known: list[Span]) -> list[Span]:
        """Mentions of investigational code names ("QL-2107") that the text gives a dose or
        describes as an agent somewhere; ``span.id_`` is the code in lower case."""
        text = doc_text(doc)
        # a code starts a word ("QL-2107", not the tail of "AUC0-24" or "NCT04870983")
        # (or one joined by a hyphen to a drug before it: "serplulimab-HLX04", a combination's name)
        drug_ends = {s.end_char for s in known if s.label_ == "DRUG"}
        found = [m for m in self._code.finditer(text) if not m.start() or text[m.start() - 1] not in _CODE_JOINERS
                 and not text[m.start() - 1].isalnum() or text[m.start() - 1] == "-" and m.start() - 1 in drug_ends]
        if not found:
            return []
        drugs = {m.group() for m in found
                 if self._dose_after.match(text, m.end()) or self._agent_after.match(text, m.end())
                 or (self._agent_before is not None and self._agent_before.search(text, max(0, m.start() - 40), m.start()))}
        named = _named_codes(found, known, text, self._name_bracket)
        named.update((code, drug) for code, drug in self._biosimilar_codes(found, known, text).items() if code not in named)
        drugs |= set(named)
        taken = {(s.start_char, s.end_char) for s in known}
        out = []
        for m in found:
            if m.group() not in drugs:
                continue
            span = doc.char_span(m.start(), m.end(), label="DRUG", span_id=named.get(m.group(), m.group().lower()))
            if span is not None and (span.start_char, span.end_char) not in taken:
                out.append(span)
        return out

    def _product_spans(self, doc: Doc, known: list[Span]) -> list[Span]:
        """Products the dictionary lacks, named by capitalised words and a dosage form ("Fuzheng
        Yiliu granule", "Kanglaite injection"), in a document that doses a product of that kind
        ("granule 20 g"); ``span.id_`` is the words in lower case with the form in the singular."""
        text = doc_text(doc)
        if not any(stem in text for stem in self._form_stems):
            return []
        forms = list(self._form_word.finditer(text))
        if not any(self._product_dosed.match(text, f.start()) for f in forms):
            return []
        out = []
        found = {}
        for f in forms:  # the capitalised words before each form word
            for m in self._product.finditer(text, max(0, f.start() - 60), min(len(text), f.end() + 12)):
                if m.start(2) <= f.start() < m.end(2):
                    found[m.start()] = m
        for m in found.values():
            words = m.group(1).split()
            while words and words[0].strip("-") in self._product_not_names:
                words.pop(0)  # "Matching Placebo granules", "The Huaier granule": not a product's words
            if not words:
                continue
            start = m.end(1) - len(" ".join(words)) - 1
            if any(s.start_char < m.end() and start < s.end_char for s in known):
                continue  # a drug the lexicon knows ("Sodium Chloride Injection", "Icaritin soft capsules")
            form = m.group(2).lower().split()[-1]
            name = " ".join(w.lower() for w in words) + " " + (form[:-1] if form.endswith("s") else form)
            span = doc.char_span(start, m.end(), label="DRUG", span_id=name)
            if span is not None:
                out.append(span)
        return out

    def _biosimilar_codes(self, found: list[re.Match], known: list[Span], text: str) -> dict[str, str]:
        """Codes written as a biosimilar of a drug ("LY01008, a bevacizumab biosimilar", "IBI305 (a
        biosimilar of bevacizumab)", "the bevacizumab biosimilar IBI305"): code -> the drug's id."""
        code_then_drug, after_drug, drug_then_code = self._biosimilar
        if code_then_drug is None or "iosimilar" not in text:
            return {}
        starts = {s.start_char: s for s in known if s.label_ == "DRUG"}
        drugs = [s for s in known if s.label_ == "DRUG"]
        named: dict[str, str] = {}
        for m in found:
            gap = code_then_drug.match(text, m.end())
            drug = starts.get(gap.end()) if gap else None
            if drug is not None and ("iosimilar" in gap.group() or after_drug.match(text, drug.end_char)):
                named.setdefault(m.group(), drug.id_)
                continue
            before = next((s for s in reversed(drugs) if s.end_char <= m.start()), None)
            if before is not None and m.start() - before.end_char < 30:
                between = drug_then_code.fullmatch(text, before.end_char, m.start())
                if between is not None:
                    named.setdefault(m.group(), before.id_)
        return named


# "CAMZYRA (camrelizumab-hrii)", "Zynvelo® (velnatamig)": a brand the lexicon lacks, defined by its drug
_BRACKET_CLOSE = re.compile(r"\s*\)")
_BRAND_BEFORE = re.compile(r"(?<![\w-])([A-Z]{4,}|[A-Z][a-z]{3,}(?=\s*[®™]))\s*[®™]?\s*\(\s*$")


def _brand_spans(doc: Doc, known: list[Span], not_brands: frozenset) -> list[Span]:
    """Every standalone mention of a brand written in capitals (or with ® or ™) right before its drug
    alone in brackets: the brand is that drug. Not a procedure's or a scale's capitals ("TACE
    (doxorubicin)": ``not_brands``)."""
    text = doc_text(doc)
    if "(" not in text:
        return []
    taken = {(s.start_char, s.end_char) for s in known}
    brands: dict[str, str] = {}
    for span in known:
        if span.label_ != "DRUG" or not _BRACKET_CLOSE.match(text, span.end_char) or not span.text.islower():
            continue  # (a drug's generic name, alone: not "(mFOLFOX6)", not "(epirubicin, lipiodol)")
        m = _BRAND_BEFORE.search(text, max(0, span.start_char - 30), span.start_char)
        if m is not None and (m.start(1), m.end(1)) not in taken and m.group(1).upper() not in not_brands:
            brands.setdefault(m.group(1), span.id_)
    out = []
    for brand, drug in brands.items():
        for a, b in fastre.literal_spans(text, brand, partial(fastre.standalone, text)):
            span = doc.char_span(a, b, label="DRUG", span_id=drug)
            if span is not None and (span.start_char, span.end_char) not in taken:
                out.append(span)
    return out


_CLOSE = re.compile(r"\s*[)\];,]")
_OPEN_BEFORE = re.compile(r"\s*[(\[]\s*$")


def _named_codes(found: list[re.Match], known: list[Span], text: str, name_bracket: re.Pattern) -> dict[str, str]:
    """Codes written with a generic name in brackets, either way round ("ZN-4021 (tolafertinib)",
    "tolafertinib (ZN-4021)"): code -> the generic name's id, which every mention of the code takes."""
    starts = {s.start_char: s for s in known if s.label_ == "DRUG"}
    ends = {s.end_char: s for s in known if s.label_ == "DRUG"}
    named: dict[str, str] = {}
    for m in found:
        after = name_bracket.match(text, m.end())
        drug = starts.get(after.end()) if after else None
        if drug is not None and _CLOSE.match(text, drug.end_char):
            named.setdefault(m.group(), drug.id_)
            continue
        lo = max(0, m.start() - 8)
        opened = _OPEN_BEFORE.search(text, lo, m.start())
        before = ends.get(opened.start()) if opened else None
        if before is not None and _CLOSE.match(text, m.end()):
            named.setdefault(m.group(), before.id_)
    return named


_CLASS_NAME = grammar("drugs", "class_name")
_APPOSITION_BEFORE = grammar("drugs", "apposition_before")


def _without_appositive_classes(spans: list[Span], text: str) -> list[Span]:
    """A drug class in apposition to a named drug is a description, not another drug: "ordelimab,
    an anti-PD-1 antibody", "the anti-CTLA-4 antibody tevacitimab"."""
    named = sorted((s for s in spans if not _CLASS_NAME.match(s.id_ or "")), key=lambda s: s.start_char)
    out = []
    for span in spans:
        if _CLASS_NAME.match(span.id_ or ""):
            before = next((s for s in reversed(named) if s.end_char <= span.start_char), None)
            after = next((s for s in named if s.start_char >= span.end_char), None)
            if (before is not None and _APPOSITION_BEFORE.fullmatch(text, before.end_char, span.start_char)) or \
                    (after is not None and not text[span.end_char:after.start_char].strip()):
                continue
        out.append(span)
    return out


@Language.factory(
    "hcc_drugs",
    assigns=["doc.spans"],
    default_config={"spans_key": SPANS_KEY, "max_tokens": 5},
)
def make_drug_tagger(nlp: Language, name: str, spans_key: str, max_tokens: int) -> DrugTagger:
    return DrugTagger(spans_key=spans_key, max_tokens=max_tokens)
