"""The linker: assembles the tagged spans of a document into its trial record
(``doc._.trial_record``), to the contract in RECORDS.md. Every extracted item carries
``evidence``: character offsets of the text it came from."""
import bisect
import re
from functools import cache, lru_cache
from typing import Callable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions, fastre, marks  # noqa: F401
from .arms import ArmBuilder, arm_of_dose, resolve_arm
from .cues import compile_cues
from .docview import (ELIGIBILITY_SECTIONS, RESPONSE_CATEGORIES, SKIP_SECTIONS, TREATMENT_LABELS, DocView,
                      component_of, guess_title, not_recorded, treatment_runs)
from .drugs import DrugTagger
from .eligibility import exclusion_clauses, is_bullet_criterion, is_criteria_sentence, parse_criteria
from .normalize import as_int_or_float, leading_number, parse_number, parse_p, parse_phase, parse_ratio
from .numbers import compile_patterns
from .regimen import clean, prefer_activity
from .resources import grammar, load_json
from .results import ResultExtractor
from .text_tables import is_table_row
from .serialization import JsonRulesMixin
_NCT = fastre.compile(r"\bNCT\s?(\d{8})\b")
_PMID = fastre.compile(grammar("linker", "pmid"))  # "PMID: 3865...", its PubMed URL, "Unique Identifier\n  3865..."
_PMCID = fastre.compile(r"\b(PMC\d{5,9})\b")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_DOI = fastre.compile(grammar("linker", "doi"))  # "10.1016/S2468-1253(25)00114-6"
_CODED_ARM = grammar("linker", "coded_arm")  # an arm's lower-cased alias, "cohort a"
_FIELD_LABEL = re.compile(r"[ \t]*[A-Za-z][A-Za-z ()/-]{0,38}:?[ \t]*\n")  # "Age\n", "Minimum Age:\n"
_ROLE_LIST_OPENING = grammar("linker", "role_list_opening")  # "They will also look at these secondary endpoints:"
_LAY_LIST_OPENING = grammar("linker", "lay_list_opening")  # "You cannot join this trial if any of these apply."
_LIST_LEAD = grammar("linker", "list_lead")  # "You:" before the bullets
_AGE_FIELD = grammar("linker", "age_field")  # "Age minimum  >= 18age old": the ages a record admits
_PHASE_MORE_AFTER = grammar("linker", "phase_more_after")  # "Phase: Phase 2, Phase 3"
_PHASE_LIST_AFTER = grammar("linker", "phase_list_after")  # "trials of phase I, II and III"


@lru_cache(maxsize=64)
def _ending_at_endpos(pattern: str) -> re.Pattern:
    return fastre.compile("(?:" + pattern + r")\Z", re.I)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _size_beside(text: str, name: str, before: str, after: str = r"(?![\w-])") -> Optional[re.Match]:
    """The first place the pattern ``before`` + ``name`` + ``after`` matches ("157 were allocated
    to" + "HAIC"): the match of the part whose group 1 is the arm's size.

    The name is found as a string and each part matched beside it, so no regex is compiled per
    arm name (a new one for every document, 0.3-0.6 ms each)."""
    before_rx, after_rx = _ending_at_endpos(before), _compiled(after)
    found: list = []

    def beside(start: int, end: int) -> bool:
        m_before = before_rx.search(text, 0, start)
        m_after = m_before and after_rx.match(text, end)
        if m_after:
            found.append(m_before if before_rx.groups else m_after)
        return bool(m_after)

    next(fastre.literal_spans(text, name, beside, ignore_case=True), None)
    return found[0] if found else None


def _size_by_name(arms, low: str, names_of: Callable, find: Callable) -> None:
    """The size of each arm still without one, from the first of its names (``names_of(arm)``)
    written in the lower-cased sentence ``low`` that ``find(name)`` reads a size beside."""
    for arm in arms:
        for name in names_of(arm):
            if arm.n is not None or len(name) < 2 or name not in low:
                continue
            m = find(name)
            n = parse_number(m.group(1)) if m else None
            if n is not None:  # "157 were allocated", "One hundred and fifty were assigned"
                arm.n = int(n)


def _clause_end(text: str, start: int) -> int:
    """Where the clause that starts at ``start`` ends: its next ";" or the text's end."""
    end = text.find(";", start)
    return end if end >= 0 else len(text)


def _lines_above(text: str, pos: int, count: int) -> str:
    """The ``count`` lines above the line ``pos`` is on (fewer at a blank line, which ends a block)."""
    end = text.rfind("\n", 0, pos)
    start = end
    for _ in range(count):
        if start < 0:
            break
        prev = text.rfind("\n", 0, start)
        if not text[prev + 1:start].strip():
            break
        start = prev
    return text[start + 1:end] if end > start else ""


class TrialLinker(JsonRulesMixin):
    def __init__(self, nlp: Optional[Language] = None, cues: Optional[dict] = None):
        self.nlp = nlp
        self.set_rules(cues if cues is not None else load_json("linker.json"))

    def rules(self) -> dict:
        return self.cues

    def set_rules(self, data: dict) -> None:
        self.cues = data
        self._c = compile_cues(data)
        self._enroll = [(int(k), fastre.compile(v, re.I)) for k, v in data["enroll_verbs"].items()]
        # what an arm's size after its name holds ("(n = 72)", "(321 patients)"): the sentences worth reading for one
        self._size_marks = ("=",) + tuple(f"{noun})" for noun in data["size_noun"].split("|"))
        self._builders = None

    def builders(self) -> tuple:
        """The arm builder and result reader, made once (they compile the cue regexes)."""
        if self._builders is None:
            expand = self._expand()
            self._builders = (ArmBuilder(self._c, expand), ResultExtractor(self._c, expand), expand)
        return self._builders

    def _expand(self):
        if self.nlp is not None:
            for _, pipe in self.nlp.pipeline:
                if isinstance(pipe, DrugTagger):
                    return pipe.expand
        regimens = {k.upper(): v for k, v in load_json("drug_overrides.json")["regimens"].items()}
        return lambda g: regimens.get(g.upper(), [g])

    def __call__(self, doc: Doc) -> Doc:
        doc._.trial_record = self.link(doc)
        return doc

    # ---------------------------------------------------------------------------------------
    def link(self, doc: Doc, doc_id: str = "") -> dict:
        view = DocView(doc)
        doc._.title = guess_title(doc.text)  # as written (the rules read "per cent" as "%")
        arm_builder, result_reader, _ = self.builders()
        arms = arm_builder.build(view)
        results = result_reader.extract(view, arms)
        self._arm_sizes(view, arms, results["refs"])
        for k, n in results["analysed"].items():  # a registry's first "Participants Analyzed", if nothing else
            arms[k].n = arms[k].n if arms[k].n is not None else n
        enrollment = self.enrollment(view, arms)
        _to_arm_by_denominator(view, arms, results, enrollment["actual"])
        self._estimate_blocks(view.text, results["comparisons"])
        self._noted_two_sided(view.text, results["comparisons"])
        record = {
            "doc_id": doc_id or (doc.user_data.get("doc_id") if doc.user_data else "") or "document",
            "ids": self.ids(view),
            "title": doc._.title,
            "phase": self.phase(view),
            "randomized": self.randomized(view, arms),
            "enrollment": enrollment,
            "endpoints": self.endpoints(view),
            "arms": [],
            "outcomes": _dedupe(_not_in_arms(results["outcomes"], results["arm_outcomes"])),
            "adverse_events": _dedupe(_unnumbered_in_arms(_public(results["aes"]), results["arm_aes"])),
            "comparisons": _dedupe(results["comparisons"]),
            "eligibility": _dedupe(self.eligibility(view)),
        }
        starts = [sent.start_char for sent in view.sentences]
        for k, arm in enumerate(arms):
            record["arms"].append({
                "label": arm.label[:120] or None,
                "n": arm.n,
                "regimen": [clean(c) for c in prefer_activity(arm.components)],
                "outcomes": _dedupe(self._without_approximations(results["arm_outcomes"].get(k, []), view.text)),
                "adverse_events": _dedupe(_beyond_their_total(
                    self._without_approximations(_public(results["arm_aes"].get(k, [])), view.text), starts)),
            })
        trial_arms = [k for k, a in enumerate(arms) if a.tag != "external_control"]
        if len(trial_arms) == 1 and record["arms"][trial_arms[0]]["n"] is None:
            # a single arm enrols the trial (beside an external control cohort, which the trial did not enrol)
            record["arms"][trial_arms[0]]["n"] = record["enrollment"]["actual"]
        _reported_endpoints(record)
        return record

    # ---------------------------------------------------------------------------------------
    def ids(self, view: DocView) -> dict:
        text = view.text
        bad = [(s.start_char, s.end_char) for s in view.sentences
               if s.context in ("background", "other_study") or s.section in ("ignore", "references")  # (not "Related news")
               or s.section in ELIGIBILITY_SECTIONS]  # "Previous enrolment in the pilot study (NCT...)"
        # "A phase III trial of arm A versus ... (NCT...) is under way": a trial to come, whose number is
        # never the text's (not even when the text gives none of its own)
        future = [(s.start_char, s.end_char) for s in view.sentences if s.context == "hypothetical"]
        own, elsewhere = [], []  # another study's number ("In the first-in-human study (NCT...)") only
        for m in _NCT.finditer(text):  # when the text gives no number of its own
            if any(a <= m.start() < b for a, b in future):
                continue
            # "the same as in our earlier randomised trial (NCT...)": the number of the trial named before it
            earlier = self._c["nct_of_earlier_study"].search(text, max(0, m.start() - 80), m.start())
            found = elsewhere if earlier or any(a <= m.start() < b for a, b in bad) else own
            nct = "NCT" + m.group(1)
            if nct not in found:
                found.append(nct)
        ncts = own or elsewhere[:1]
        cited = [(s.start_char, s.end_char) for s in view.sentences if s.section == "references"]

        def own(rx: re.Pattern) -> Iterator[re.Match]:
            """The matches outside a reference list (another paper's PMID or DOI is not the document's)."""
            return (m for m in rx.finditer(text) if not any(a <= m.start() < b for a, b in cited))

        def first_own(rx: re.Pattern) -> Optional[re.Match]:
            """The first match outside a sentence about another study (a digest's other item's "Paper:
            https://doi.org/..."), else the first."""
            found = list(own(rx))
            return next((m for m in found if not any(a <= m.start() < b for a, b in bad)), found[0] if found else None)
        pmids = list(own(_PMID))
        # "PMID: 37198421" on a line of its own is the record's; one at the end of a citation line
        # ("Comment in ... Hepatobiliary Surg Nutr. 2024 ... PMID: 38322219.") is another paper's
        headed = [m for m in pmids if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()]
        pmid = next(iter(headed), pmids[0] if pmids else None)
        pmcid = first_own(_PMCID)
        doi = first_own(_DOI)
        if len(headed) > 1 and self._c["erratum_opening"].search(text, 0, 400):
            # an erratum's record, then the corrected article's: the article's numbers
            pmid = headed[-1]
            line_end = text.find("\n", pmid.end())
            doi = _DOI.search(text, pmid.end(), line_end if line_end >= 0 else len(text)) or doi
        doi_value = doi.group(1).rstrip(".,;)").lower() if doi else None
        return {"nct": ncts, "pmid": pmid.group(1) if pmid else None,
                "pmcid": pmcid.group(1) if pmcid else None, "doi": doi_value}

    def _without_approximations(self, items: list[dict], text: str) -> list[dict]:
        """An arm's items without a value said roughly ("a little under 60%", "about 44%") when the
        text also gives that result exactly ("Grade >=3 TRAEs: 58.2% vs 44.1%" in a summary box)."""
        hedge = self._c["approximation"]

        def rough(item: dict) -> bool:
            return any(hedge.search(text, max(0, a - 30), a) for a, _b in item.get("evidence", [])[-1:])

        def key(item: dict) -> tuple:
            return (item.get("term"), item.get("grade")) if "term" in item else (
                item.get("endpoint"), item.get("stat"), item.get("timepoint_months"))

        flagged = [rough(it) for it in items]
        if not any(flagged):
            return items
        exact = {key(it) for it, r in zip(items, flagged) if not r}
        return [it for it, r in zip(items, flagged) if not (r and key(it) in exact)]

    def phase(self, view: DocView) -> Optional[str]:
        title = view.doc._.title or ""
        m = _phase_pattern().search(title)  # the title's phase first (the PHASE pattern of numbers.json)
        if m and not _PHASE_LIST_AFTER.match(title, m.end()):
            return parse_phase(m.group())
        # a registry's own field ("Phase:\tIII") before the phases its help text or disclaimer names
        field = next((e for sent in view.sentences if sent.section != "ignore" and sent.context is None
                      for e in sent.of("PHASE") if ":" in e.text), None)
        if field is not None:
            more = _PHASE_MORE_AFTER.match(view.text, field.end_char)  # "Phase: Phase 2, Phase 3"
            return parse_phase(view.text[field.start_char:more.end() if more else field.end_char])
        # "A large phase 3 study called ALDER, published this month, suggests that may ...": read as
        # hypothetical for its verb, its phase is the study's own, unless its clause is a trial to come
        # (taken when no other sentence gives one)
        hypothetical = None
        for sent in view.sentences:
            if sent.section == "ignore" or sent.context not in (None, "hypothetical"):
                continue
            for e in sent.of("PHASE"):
                if _PHASE_LIST_AFTER.match(view.text, e.end_char):
                    continue  # "trials of phase I, II and III": the phases a database lists, not this trial's
                if sent.context is None:
                    return parse_phase(e.text)
                if hypothetical is None \
                        and not self._c["phase_hypothetical_before"].search(view.text, sent.start_char, e.start_char) \
                        and not self._c["phase_hypothetical_after"].match(view.text, e.end_char, sent.end_char):
                    hypothetical = e
        return parse_phase(hypothetical.text) if hypothetical is not None else None

    def randomized(self, view: DocView, arms) -> Optional[bool]:
        own_text = " ".join(s.text for s in view.sentences if s.context is None and s.section not in SKIP_SECTIONS)
        # a study with a randomised part is randomised ("a randomised part 1 and a non-randomised extension")
        positive = self._c["non_randomized"].sub(" ", own_text) if "non" in own_text.lower() else own_text
        positive = self._c["randomization_field"].sub(" ", positive)  # a registry's field label
        positive = self._c["future_randomized"].sub(" ", positive)  # "supporting randomized evaluation"
        if len(arms) == 1 and self._c["randomized_false"].search(own_text) and not self._c["randomized_own"].search(view.text):
            return False  # "In this single-arm ... trial, patients ... in the randomized SPHINX-1 study": another's
        if self._c["randomized_true"].search(positive) or self._c["randomized_own"].search(view.text):
            return True
        if self._c["randomized_false"].search(own_text):
            return False
        if len(arms) == 1:
            return False
        return None

    def enrollment(self, view: DocView, arms) -> dict:
        text = view.text
        # not a first stage's size ("Eighteen patients were to be enrolled in stage 1, ... 33 in total")
        sizes = list(self._c["planned"].finditer(text))
        planned = self._c["planned_total"].search(text) or next(
            (m for m in sizes if not self._c["first_stage_after"].match(text, m.end())
             and not self._c["first_stage_before"].search(text, max(0, m.start() - 8), m.start())
             and not self._c["planned_in_arm_block"].search(_lines_above(text, m.start(), 3))), None)
        if planned is not None:
            # "52 patients were required; considering 10% drop-out, 58 patients were planned": the
            # size after the adjustment written right after the first
            later = (self._c["planned"].search(text, planned.end(), planned.end() + 250)
                     or self._c["planned_adjusted"].search(text, planned.end(), planned.end() + 250)) \
                if self._c["planned_before_adjustment"].search(planned.group()) else None
            planned = later or planned
        actual_reg = self._c["actual_registry"].search(text)
        # (a planned size is never the enrolment, the first stage's too: "13 evaluable patients were to
        # be enrolled in stage 1")
        planned_spans = [m.span() for m in [*self._c["planned_total"].finditer(text), *sizes]]
        best = None
        ambiguous = False
        for sent in view.own_sentences():
            if sent.section in ELIGIBILITY_SECTIONS:
                continue
            if self._c["enroll_ambiguous"].search(sent.text) and not is_criteria_sentence(sent.text):
                ambiguous = True  # "... 12 were excluded": which count is the enrolment? (not "a lesion within 2 cm ... were excluded")
            split = self._c["of_total_split"].match(sent.text)
            if split:  # "Of 412 patients, 236 received A and 176 received B"
                parts = [int(x.replace(",", "")) for x in self._c["split_count"].findall(sent.text, split.end())]
                total = int(split.group(1).replace(",", ""))
                if len(parts) >= 2 and sum(parts) == total and (best is None or best[0] < 2):
                    best = (2, total)
            for e in sent.of("SAMPLE_SIZE"):
                if e.id_ not in ("patients", "randomized") and not (
                        e.id_ == "n_eq" and (self._c["n_eq_patients"].match(view.text, e.end_char)
                                             or self._c["n_eq_randomised_before"].search(view.text, max(0, e.start_char - 30), e.start_char))):
                    continue  # ("N=584 pts randomized" counts patients; "R 1:1:1 (N = 621)" those randomised)
                if any(a <= e.start_char < b for a, b in planned_spans):
                    continue  # not "Estimated Enrollment: 212 participants"
                after = view.text[e.end_char:min(sent.end_char, e.end_char + 120)]
                before = view.text[max(sent.start_char, e.start_char - 40):e.start_char]
                # "480 patients with HCC (BCLC stage B, or ...) were randomly assigned": a bracket's words
                # do not push the verb out of reach
                flat = _BRACKETED.sub("", view.text[e.end_char:min(sent.end_char, e.end_char + 300)])[:120] \
                    if "(" in after else after
                window = before + " " + e.text + " " + flat
                # "150 were randomly assigned to A (..., in which ...), and 150 to B": one arm's count,
                # however long its arm's description (read past the window)
                one_arm = self._c["arm_count_after"].match(view.text[e.end_char:min(sent.end_char, e.end_char + 250)])
                if self._c["enroll_exclude"].search(after[:45]) or one_arm or self._c["enroll_exclude_before"].search(before):
                    continue
                if self._c["of_whole_before"].search(before) and any(
                        x.start_char > e.end_char and x.id_ == "randomized" for x in sent.of("SAMPLE_SIZE")):
                    continue  # "Of 752 patients randomized globally, 89 were enrolled in Japan": the part is the study's
                for prio, regex in self._enroll:
                    if regex.search(window):
                        n = leading_number(e.text) if e.id_ != "n_eq" else _n_first(e.text)
                        if n is not None and (best is None or prio > best[0]):
                            best = (prio, int(n))
                        break
        first = lambda m: int(leading_number(next(g for g in m.groups() if g).replace(",", "")))  # noqa: E731
        actual = first(actual_reg) if actual_reg else (best[1] if best and not ambiguous else None)
        if planned is not None:  # "91 patients per group (182 in total) were needed": the total
            total = self._c["planned_group_total"].search(planned.group())
            planned = total or (None if self._c["planned_per_group"].search(planned.group()) else planned)
        return {"actual": actual, "planned": first(planned) if planned else None}

    def endpoints(self, view: DocView) -> list[dict]:
        found: dict[str, Optional[str]] = {}
        order: list[str] = []
        # a registry's "Outcome: X" over "Type: Primary indicator": the role of the endpoints X names
        # (the older form's "Main" / "Additional indicator" are primary and secondary; beside "Secondary
        # indicator", an "Additional indicator" is neither)
        types = list(self._c["registry_outcome_type"].finditer(view.text))
        additional = [(m.group(3) or "").lower().startswith("addition") for m in types]
        secondary_named = any(m.group(3) and not extra for m, extra in zip(types, additional))
        typed = [(m.start(1), m.end(1), "primary" if m.group(2) else "secondary") if m.group(1) is not None
                 else (m.start(4), m.end(4), "primary" if m.group(5) else "secondary")
                 for m, extra in zip(types, additional) if not (extra and secondary_named)]
        listed: Optional[str] = None  # the role a line announcing a bulleted list gives its items
        for sent in view.sentences:
            if sent.section == "ignore" or (sent.section in ("inclusion", "exclusion")
                                            and not self._c["role_statement"].match(sent.text)):
                continue
            if listed is not None and not marks.BULLET_ITEM.match(sent.text):
                listed = None
            line = sent.text.rstrip()
            opening = _ROLE_LIST_OPENING.search(line) if line.endswith(":") else None
            if opening is not None and not sent.of("ENDPOINT"):
                listed = "primary" if opening.group(1) else "secondary"
                continue
            until = sent.end_char
            if sent.context is not None:
                # "The primary endpoint was PFS; the null hypothesis was a median of 3 months": the role
                # clause before the statistical hypothesis still names the endpoint
                hypothesis = self._c["hypothesis_clause"].search(sent.text) if sent.context == "hypothetical" else None
                if hypothesis is not None and self._c["primary_role"].search(sent.text, 0, hypothesis.start()):
                    until = sent.start_char + hypothesis.start()
                elif not (sent.context == "background" and self._c["own_endpoints_reported"].search(sent.text)):
                    # (not "The co-primary endpoints, OS and PFS, have been reported previously": this
                    # trial's endpoints, reported in its primary publication)
                    continue
            role = listed
            if sent.section == "primary_outcomes":
                role = "primary"
            elif sent.section == "secondary_outcomes":
                role = "secondary"
            # "Key secondary endpoint was OS; other secondary endpoints were TTR and safety": each
            # endpoint reads the role cue written last before it (else the first after it)
            prims = list(self._c["primary_role"].finditer(sent.text))
            secs = list(self._c["secondary_role"].finditer(sent.text))
            after_roles = list(self._c["role_after"].finditer(sent.text))
            # a ";" that opens a clause of its own ("...; PFS was also assessed") ends a role's reach,
            # not one between the items of a list ("Secondary endpoints are PFS; ORR; DOR; and safety")
            semi = [c for c in marks.top_level(sent.text, ";", 0, len(sent.text))  # not "(pCR; no viable tumour cells)"
                    if self._c["role_clause_verb"].search(sent.text, c, _clause_end(sent.text, c + 1))]
            if (self._c["subgroup"].search(sent.text) or self._c["subgroup_association"].search(sent.text)) \
                    and not (prims or secs or role):
                continue
            for e in sent.of("ENDPOINT"):
                code = e.id_
                if code == "SD+PD" or not_recorded(code) or e.start_char >= until:
                    continue
                if code in RESPONSE_CATEGORIES and (not (prims or secs or role or sent.of("RESULT") or is_table_row(sent))
                                                         or self._c["definition"].search(sent.text)
                                                         or self._c["table_registry_field"].match(sent.text)):
                    continue  # "ORR ... CR and PR were assessed by RECIST": how ORR is read, not endpoints
                if code in RESPONSE_CATEGORIES and (bracket := self._definition_bracket(sent, e)) is not None \
                        and not self._bracket_results(sent, bracket):
                    continue  # "Objective response rate (complete response + partial response)": ORR's definition
                life = self._c["life_expectancy"].search(view.text, max(sent.start_char, e.start_char - 13),
                                                         min(sent.end_char, e.end_char + 40))
                if life is not None and life.start() < e.start_char < life.end():
                    continue  # "expected survival time >=3 months": an entry criterion
                if not (prims or secs or role) and not sent.of("RESULT") and self._c["covariate_list_before"].search(
                        view.text, max(sent.start_char, e.start_char - 160), e.start_char):
                    continue  # "matching was used to balance tumour size, ... and time to recurrence": a covariate
                if code in RESPONSE_CATEGORIES and self._c["rate_definition_before"].search(
                        view.text, max(sent.start_char, e.start_char - 80), e.start_char):
                    continue  # "ORR | Proportion of participants with complete response or partial response"
                r = next((t for a, b, t in typed if a <= e.start_char < b), None) \
                    or self._role_at(sent, e, role, prims, secs, after_roles, semi)
                if code not in found:
                    order.append(code)
                    found[code] = r
                elif found[code] is None and r is not None:
                    found[code] = r
            events = sent.of("AE_TERM")
            if found.get("AE") is None and events and self._c["ae_sentence"].search(sent.text) \
                    and not self._defines_endpoint(sent, events[0]):
                # "Secondary endpoints were OS and complications": the role written before the event (a
                # role stated after the events were first reported, as in a Key Points box, still counts)
                if "AE" not in found:
                    order.append("AE")
                found["AE"] = self._role_at(sent, events[0], role, prims, secs, after_roles, semi)
        return [{"name": c, "role": found[c]} for c in order]

    def _defines_endpoint(self, sent, event) -> bool:
        """Whether ``event`` is written in the definition of an endpoint named before it ("The primary
        endpoint was EFS, with events defined as recurrence, ascites ..."): it gives the AE endpoint no role."""
        defining = self._c["definition"].search(sent.doc_text, sent.start_char, event.start_char)
        return defining is not None and any(e.end_char <= defining.start() for e in sent.of("ENDPOINT"))

    def _role_at(self, sent, e, role: Optional[str], prims: list, secs: list, after_roles: list, semi: list) -> Optional[str]:
        """The role of the endpoint mention ``e``: the role cue written last before it in its
        clause (else the first written after it), or the section's ``role``."""
        r = role
        rel = e.start_char - sent.start_char
        prim = next((m for m in reversed(prims) if m.start() <= rel), prims[0] if prims else None)
        sec = next((m for m in reversed(secs) if m.start() <= rel), secs[0] if secs else None)
        defining = (prim or sec) and self._definition_bracket(sent, e) is not None
        if prim and not defining and rel >= prim.start() and (not sec or rel < sec.start() or sec.start() < prim.start()) \
                and not any(prim.start() < c < rel for c in semi):
            r = "primary"
        if sec and not defining and rel >= sec.start() and (not prim or sec.start() > prim.start() or rel < prim.start()) \
                and not any(sec.start() < c < rel for c in semi):
            r = "secondary" if not (prim and prim.start() > sec.start() and rel >= prim.start()) else "primary"
        # "OS, RFS and toxicity were secondary endpoints": the first role written after the
        # endpoint in its clause
        after_role = next((m for m in after_roles if rel < m.start()), None)
        if r is None and after_role and not any(rel < c < after_role.start() for c in semi):
            r = "primary" if after_role.group(1) else "secondary"
        # "Secondary endpoints: ORR.\nExploratory endpoints: DOR, DCR": a later label with no role of
        # the contract's ends the role before it
        cue = max((m.start() for m in (prim, sec) if m is not None and m.start() <= rel), default=None)
        if r is not None and cue is not None and self._c["exploratory_role"].search(sent.text, cue + 1, rel):
            r = None
        return r

    @staticmethod
    def _definition_bracket(sent, ep) -> Optional[int]:
        """Where the bracket opens that holds ``ep`` and defines the endpoint written right before
        it ("disease control rate (DCR; complete or partial response or stable disease)"), or None.
        An endpoint there is not itself an endpoint with a role."""
        if "(" not in sent.doc_text[sent.start_char:ep.start_char]:
            return None
        opened = marks.open_before(sent.doc_text, sent.start_char, ep.start_char)
        if opened is not None and any(e is not ep and e.end_char <= opened and not sent.doc_text[e.end_char:opened].strip()
                                      for e in sent.of("ENDPOINT")):
            return opened
        return None

    @staticmethod
    def _bracket_results(sent, opened: int) -> bool:
        """Whether the bracket opened at ``opened`` reports results ("ORR (CR 4%, PR 21%)")."""
        close = marks.closing(sent.doc_text, opened + 1, sent.end_char) or sent.end_char
        return any(opened < r.start_char < close for r in sent.of("RESULT"))

    def eligibility(self, view: DocView) -> list[dict]:
        out = []
        list_kind: Optional[str] = None  # the kind of the list a "Key inclusion criteria were:" line opens
        item_next = False
        label = None  # a field's label on a line of its own, in an eligibility section
        for sent in view.sentences:
            if sent.section == "ignore":
                continue
            if list_kind is not None and sent.section not in ELIGIBILITY_SECTIONS:
                if _LIST_LEAD.fullmatch(sent.text):
                    continue  # "You:" between a patient page's opening sentence and its bullets
                if marks.LIST_NUMBER.fullmatch(sent.text.strip()):
                    item_next = True  # "1." split from its item: the next sentence is the item
                    continue
                if item_next or marks.LIST_ITEM.match(sent.text):
                    out.extend(parse_criteria(sent.text, list_kind, offset=sent.start_char))  # "(1) age ≥ 18 y;"
                    item_next = False
                    continue
            list_kind, item_next = None, False
            if sent.section not in ELIGIBILITY_SECTIONS and sent.context is None and sent.text.rstrip().endswith(":") \
                    and is_criteria_sentence(sent.text):
                list_kind = "exclusion" if exclusion_clauses(sent.text) else "inclusion"
            lay = _LAY_LIST_OPENING.search(sent.text) \
                if sent.section not in ELIGIBILITY_SECTIONS and " if" in sent.text else None
            if lay is not None:
                list_kind = "exclusion" if lay.group("no") else "inclusion"
                continue
            if sent.section in ELIGIBILITY_SECTIONS:
                kind = "exclusion" if sent.section == "exclusion" else "inclusion"
                found = parse_criteria(sent.text, kind, offset=sent.start_char)
                if _AGE_FIELD.match(sent.text):
                    for item in found:
                        if item["parameter"] == "age":
                            item["kind"] = "inclusion"  # a registry's age field admits, wherever it stands
                if not found and label is not None and label.section == sent.section:
                    # a registry field's label on a line of its own: "Age" over "From 18 years old to 75 years old"
                    found = parse_criteria(view.text[label.start_char:sent.end_char], kind, offset=label.start_char)
                    for item in found:
                        if item["parameter"] == "age":
                            item["kind"] = "inclusion"  # the ages a record admits, wherever its field stands
                out.extend(found)
                label = sent if not found and _FIELD_LABEL.fullmatch(sent.text) else None
                continue
            label = None
            # (a results or conclusions bullet is no criterion: "- Complete response of the treated lesion(s) at 6
            # months: ..., p=0.005", "• X showed encouraging activity in CP-B7/B8 HCC")
            if (sent.context is None and is_criteria_sentence(sent.text, sent.section == "results")) \
                    or (sent.section not in ("results", "conclusion") and sent.context is None and is_bullet_criterion(sent.text)):
                # prose: a clause saying who was excluded holds exclusions
                excluded = exclusion_clauses(sent.text)
                for item in parse_criteria(sent.text, "inclusion", offset=sent.start_char):
                    at = item["evidence"][0][0] - sent.start_char
                    if any(a <= at < b for a, b in excluded):
                        item["kind"] = "exclusion"
                    out.append(item)
        return out

    def _estimate_blocks(self, text: str, comparisons: list[dict]) -> None:
        """A registry's statistical analysis written over lines, EudraCT's ("P-value = 0.041" /
        "Parameter estimate  Hazard ratio (HR)" / "Point estimate  0.62" / "lower limit  0.39" /
        "upper limit  0.98") or ClinicalTrials.gov's ("P-Value  0.0018" / "Estimation Parameter
        Hazard Ratio (HR)" / "Estimated Value  0.77" / "Confidence Interval  (2-Sided) 95%  0.64 to
        0.92"): its ratio and CI complete the comparison whose p-value the block gave."""
        titles = [t.start() for t in self._c["estimate_block_title"].finditer(text)]
        for m in self._c["estimate_block"].finditer(text):
            g = 1 if m.group(1) is not None else 5  # the first group of the layout that matched
            title = next((t for t in reversed(titles) if t < m.start()), None)
            i = next((i for i, c in enumerate(comparisons) if c.get("measure") is None and c.get("evidence")
                      and title <= c["evidence"][0][0] < m.start()), None) if title is not None else None
            if i is None:
                continue
            owner = comparisons[i]
            comparisons[i] = {  # the record's field order
                "endpoint": owner["endpoint"], "measure": parse_ratio(m.group(g))[0],
                "value": as_int_or_float(parse_number(m.group(g + 1))),
                "ci_low": as_int_or_float(parse_number(m.group(g + 2))),
                "ci_high": as_int_or_float(parse_number(m.group(g + 3))),
                **{k: v for k, v in owner.items() if k not in ("endpoint", "measure", "evidence")},
                "evidence": owner["evidence"] + [[m.start(g + 1), m.end(g + 3)]]}

    def _noted_two_sided(self, text: str, comparisons: list[dict]) -> None:
        """A p-value marked by a note ("P-value  = 0.0012 [1]") whose note says it is one-sided and
        gives the two-sided one ("[1] - One-sided p-value ... The corresponding two-sided p-value is
        0.0024", EudraCT's): the two-sided one."""
        for c in comparisons:
            if "p" not in c or not c.get("evidence"):
                continue
            mark = next((m for _a, b in c["evidence"] if (m := self._c["note_mark_after"].match(text, b))), None)
            if mark is None:
                continue
            note = next((n for n in self._c["note_line"].finditer(text, mark.end()) if n.group(1) == mark.group(1)), None)
            two_sided = self._c["table_two_sided_comment"].search(note.group()) if note is not None else None
            if two_sided is not None:
                c["p"] = parse_p(two_sided.group(1))
                start = note.start() + two_sided.start(1)
                c["evidence"] = c["evidence"] + [[start, start + len(two_sided.group(1))]]

    def _size_closing_regimen(self, sent, arms, expand: Callable) -> None:
        """"(n = 334)" closing the description of an arm's regimen: "Tislelizumab, 200 mg
        intravenously every 3 weeks for up to 17 cycles (about 12 mo) (n = 334)". Read back from the
        size, the regimen is its treatments, doses, routes and schedules, numbers, punctuation,
        bracketed asides and words of a regimen ('regimen_gap_words'); its treatments name one arm.
        Not "sorafenib group who had PVTT (n = 40)", a subgroup."""
        regimen = ("DOSE", "ROUTE", "SCHEDULE")
        filler = self._c["regimen_gap_words"]
        doc = sent.span.doc
        treatments = sent.of(*TREATMENT_LABELS)
        for size in sent.of("SAMPLE_SIZE"):
            if size.id_ != "n_eq" or size.start <= sent.span.start or doc[size.start - 1].text != "(":
                continue
            depth, first = 0, size.start - 1
            for i in range(size.start - 2, sent.span.start - 1, -1):
                tok = doc[i]
                if tok.text in ")]":
                    depth += 1
                elif tok.text in "([":
                    depth -= 1
                    if depth < 0:
                        break
                elif depth > 0:
                    if tok.ent_type_ == "SAMPLE_SIZE":  # another arm's size: "(n = 334), or placebo"
                        depth = 0
                        break
                elif not (tok.ent_type_ in regimen or tok.ent_type_ in TREATMENT_LABELS or tok.like_num
                          or (tok.is_punct and tok.text not in ";:") or tok.lower_ in filler):
                    break
                if depth == 0:
                    first = i
            named = [e for e in treatments if e.start >= first and e.end < size.start]
            if not named or depth != 0:
                continue
            k = resolve_arm({c["name"] for e in named for c in component_of(e, expand)}, arms)
            if k is not None and arms[k].n is None:
                arms[k].n = _n_first(size.text)

    def _arm_sizes(self, view: DocView, arms, known_refs: dict[int, list]) -> None:
        """Arm sizes from "(n = 72)" after an arm reference, "154 received sorafenib", "32 in each
        group" and enrolment sentences of a phase I or MTD part. ``known_refs``: the arm
        references the result reader found, by sentence index."""
        if len(arms) < 2:
            return
        arm_builder, resolver, expand = self.builders()
        own_names = {id(arm): arm.names - set().union(*(a.names for a in arms if a is not arm)) for arm in arms}
        # the sentences saying how many were randomised to each arm first: their sizes win
        randomised = self._c["randomised_sizes"]
        sents = sorted(view.own_sentences(), key=lambda s: not ("andom" in s.text and randomised.search(s.text)))
        for sent in sents:
            if sent.section in ELIGIBILITY_SECTIONS or self._c["after_progression"].match(sent.text):
                continue  # (not "After progression, 21 patients in the TACE group received ...")
            # "(n = 72)" right after an arm reference
            refs = known_refs.get(sent.index)
            if refs is None:  # "(n = 72)" needs an "=", "(321 patients)" its noun
                refs = resolver.arm_refs(sent, arms) if any(mark in sent.text for mark in self._size_marks) else []
            listed = self._c["sizes_respectively"].search(sent.text) if "respectively" in sent.text else None
            if listed:
                # "to the Q150, Q250, and lenvatinib groups (n = 41, 40 and 42, respectively)"
                sizes = [int(x) for x in re.findall(r"\d+", listed.group(1))]
                named = list(dict.fromkeys(k for p, k in refs if p < sent.start_char + listed.start()))
                if len(sizes) == len(named) == len(arms):
                    for k, size in zip(named, sizes):
                        arms[k].n = size
                    continue
            for pos, k in refs:
                ref_end = next((e.end_char for e in sent.ents if e.start_char == pos), pos)
                m = self._c["n_after_ref"].match(view.text[ref_end:ref_end + 40])
                if m and arms[k].n is None:  # "(n = 72)", "(321 patients)"
                    arms[k].n = int((m.group(1) or m.group(2)).replace(",", ""))
            if "=" in sent.text:
                self._size_closing_regimen(sent, arms, expand)
            # "154 received sorafenib and 153 received placebo"
            by_count: dict[int, list] = {}  # where the count starts -> (size, arm) of each run it stands before
            for run in treatment_runs(sent.of(*TREATMENT_LABELS), view.text):  # "146 received TACE-camrelizumab"
                lo = max(sent.start_char, run[0].start_char - 60)
                m = self._c["arm_size"].search(view.text[lo:run[0].start_char])
                names = {c["name"] for x in run for c in component_of(x, expand)}
                listed = None
                at = lo + m.start() if m else -1
                if not m:  # "(170 LEN-TACE; 168 lenvatinib)": a size before the name of one arm's whole regimen
                    listed = self._c["size_before_run"].search(view.text[lo:run[0].start_char])
                    if listed is not None and self._c["run_in_list_end"].match(view.text, run[-1].end_char):
                        at = lo + listed.start()
                    elif self._c["run_in_list_start"].search(view.text[lo:run[0].start_char]) \
                            and self._c["size_list_sentence"].search(sent.text):
                        # "338 were randomized (TACE-lenvatinib group, 170; lenvatinib group, 168)": after it
                        listed = self._c["size_after_run"].match(view.text, run[-1].end_char, sent.end_char)
                        at = listed.start(1) if listed else -1
                    else:
                        listed = None
                    if listed is None:
                        continue
                    m = listed
                n = parse_number(m.group(1))
                exact = [a for a in arms if a.names == names]
                if listed is None:
                    exact = exact or [a for a in arms if names <= a.names]
                if len(exact) > 1 and len(names) == 1:  # "151 to apatinib 750 mg, 150 to apatinib 500 mg"
                    dose = next((e for e in sent.of("DOSE") if 0 <= e.start_char - run[-1].end_char <= 2), None)
                    k = arm_of_dose(arms, next(iter(names)), dose.text) if dose is not None else None
                    exact = [arms[k]] if k is not None else exact
                if n is not None and len(exact) == 1 and exact[0].n is None:
                    by_count.setdefault(at, []).append((int(n), exact[0]))
            for sized in by_count.values():
                if len(sized) == 1 and sized[0][1].n is None:  # not "196 patients were randomised to SBRT or TACE": a total
                    sized[0][1].n = sized[0][0]
            each = next((e for e in sent.of("SAMPLE_SIZE") if e.id_ == "each_group"), None)
            if each is not None and self._c["sample_size_sentence"].search(sent.text):
                each = None  # "assuming median PFS of 5.0 vs 8.5 months ... 80% power -> 64 per arm": a plan
            if each is not None and any(m.end() > each.start_char - sent.start_char
                                        or not sent.text[m.end():each.start_char - sent.start_char].strip(" ,(")
                                        for m in self._c["planned"].finditer(sent.text)):
                # "a total of 330 patients (165 per arm) will be randomised", "Ninety were planned (45 per
                # arm)": a plan, not the arms' sizes (not "We planned for 600 patients and randomized
                # 612, 306 in each arm")
                each = None
            # sizes after propensity-score matching replace those before it: the results are the matched cohorts'
            matched = self._c["matched_cohort"].search(sent.text) is not None
            size = _n_first(each.text) if each is not None else None
            pairs = self._c["matched_pairs"].search(sent.text) if size is None and matched and len(arms) == 2 else None
            if pairs:  # "After PSM, 96 pairs were matched": 96 in each arm
                size = int(pairs.group(1).replace(",", ""))
            if size is not None:  # "32 in each group", "64 per group"
                for arm in arms:
                    arm.n = size if matched else arm.n or size
            # "48 in the TACE-C-A group and 48 in the TACE-A group"
            event_counts = False
            for m in self._c["group_size"].finditer(sent.text):
                # "grade 3 hypertension occurred in 10 patients in the A group and 5 in the B group": an
                # event's counts, not the arms' sizes
                event_counts = event_counts or bool(self._c["event_in_before"].search(sent.text, 0, m.start()) and any(
                    e.label_ in ("AE_TERM", "AE_GRADE", "ENDPOINT") and e.end_char <= sent.start_char + m.start()
                    for e in sent.ents))
                if event_counts:
                    continue
                arm = arm_builder.arm_named(sent, sent.start_char + m.start(2), sent.start_char + m.end(2), m.group(2), arms)
                if arm is not None and (arm.n is None or matched):
                    arm.n = int(m.group(1).replace(",", ""))
            # "157 were allocated to HAIC and 158 to routine follow-up": a size before an arm's name
            low = sent.text.lower()
            # whether "157 were allocated to" and "62 received tamoxifen" occur at all: asked once each,
            # when an arm's name is there
            sized = cache(lambda: self._c["size_to"].search(sent.text) is not None)
            elided = cache(lambda: self._c["size_verb"].search(sent.text) is not None)

            def before_name(alias: str) -> Optional[re.Match]:
                m = sized() and _size_beside(sent.text, alias, self._c["size_to"].pattern)
                if not m and ("(" in sent.text or elided()):
                    # "(62 NIVO+TREM, 61 NIVO)": sizes listed with the arms' names; "62 received
                    # tamoxifen and 58 placebo": the verb of the first size left out of the next
                    m = _size_beside(sent.text, alias, self._c["size_in_list"].pattern, self._c["size_in_list_end"].pattern)
                return m

            # (an arm without a name of its own goes by the treatments no other arm has: "58 placebo")
            _size_by_name(arms, low, lambda arm: arm.aliases or sorted(own_names[id(arm)]), before_name)
            enrolment = self._c["size_list_sentence"].search(sent.text) is not None
            if enrolment:  # "48 pts were enrolled: 18 in Part A and 30 in Part B"
                _size_by_name(arms, low, lambda arm: arm.aliases,
                              lambda name: _size_beside(sent.text, name, self._c["size_in_name"].pattern))
            if enrolment and "(" in sent.text:
                # "234 patients were randomized (adjuvant TACE 116, hepatectomy alone 118)": after the name;
                # "Randomised: 351 (anlotinib 234, placebo 117)" for the arm of "matching placebo": its own drug
                _size_by_name(arms, low, lambda arm: sorted(arm.aliases | {arm.label.lower()} | own_names[id(arm)],
                                                            key=len, reverse=True),
                              lambda name: _size_beside(sent.text, name, self._c["name_in_list"].pattern,
                                                        self._c["size_after_name"].pattern))
            # "47 patients were enrolled: 12 in phase Ib and 35 in phase II"
            parts = [(m.group(2), m.group(1)) for m in self._c["part_sizes"].finditer(sent.text)]
            # "(escalation, n = 19; expansion, n = 40)"
            parts += [(m.group(1), m.group(3)) for m in self._c["part_sizes_after"].finditer(sent.text)]
            # "(A, n = 42; B, n = 42)": sizes after the bare codes of arms named "Cohort A", "Cohort B"
            coded = self._c["code_sizes"].findall(sent.text) if "=" in sent.text else []
            if len(coded) >= 2:
                by_code = {m.group(1): arm for arm in arms for m in map(_CODED_ARM.fullmatch, arm.aliases) if m}
                if all(code.lower() in by_code for code, _ in coded) and len({c for c, _ in coded}) == len(coded):
                    for code, size in coded:
                        by_code[code.lower()].n = by_code[code.lower()].n or int(size.replace(",", ""))
            for phase1_part, size in parts:
                target = [a for a in arms if a.tag == ("phase1" if phase1_part else "mtd")]
                if len(target) == 1 and target[0].n is None:
                    target[0].n = int(size)
            for e in sent.of("SAMPLE_SIZE"):
                if e.id_ != "patients":
                    continue
                after = view.text[e.end_char:e.end_char + 60]
                if re.match(r"\s*(?:were\s+)?(?:enrolled|included)\s+in\s+the\s+phase\s+(?:I|1)\b(?!I)", after, re.I):
                    target = [a for a in arms if a.tag == "phase1"]
                elif self._c["mtd"].search(after) and re.match(r"\s*(?:were\s+)?enrolled", after):
                    target = [a for a in arms if a.tag == "mtd"]
                else:
                    m2 = re.match(r"\s*(?:were\s+)?(?:treated\s+with|received|receiving|underwent)\s+", after, re.I)
                    target = []
                    if m2:
                        nxt = next((x for x in sent.ents if x.start_char >= e.end_char + m2.end() and x.label_ in TREATMENT_LABELS), None)
                        if nxt is not None and not m2.group().lstrip().lower().startswith("were") \
                                and self._c["participle_subset"].match(view.text, nxt.end_char, sent.end_char):
                            nxt = None  # "Two patients receiving tamoxifen developed ...": some of the arm
                        if nxt is not None and nxt.start_char - (e.end_char + m2.end()) < 5:
                            names = {nxt.id_} if nxt.label_ != "RADIATION" else {"radiotherapy"}
                            cands = [a for a in arms if names & a.names]
                            exact = [a for a in cands if a.names == names]
                            target = exact or (cands if len(cands) == 1 else [])
                if len(target) == 1 and target[0].n is None:
                    n = parse_number(" ".join(e.text.split()[:-1]))
                    if n is not None:
                        target[0].n = int(n)



@lru_cache(maxsize=1)
def _phase_pattern():
    """The PHASE pattern of ``numbers.json`` (one source for the title and the tagger)."""
    (phase,) = compile_patterns(load_json("numbers.json"), labels={"PHASE"})
    return phase[2]


def _n_first(text: str) -> Optional[int]:
    """The first number of a sample size ("32 patients in each group" -> 32, "each arm
    included forty patients" -> 40)."""
    digits = re.search(r"\d[\d,]*", text)
    if digits:
        return int(digits.group().replace(",", ""))
    n = next((v for v in map(parse_number, re.findall(r"[\w-]+", text)) if v is not None), None)
    return int(n) if n is not None else None


# what an item is about; an item says less than another only when these are all the same
_IDENTITY = ("term", "grade", "endpoint", "stat", "timepoint_months", "measure", "kind", "parameter", "operator")
# an outcome with none of these ("median OS was not reached") is a fact of its own
_NUMBERS = frozenset(("value", "count", "total", "ci_low", "ci_high"))


def _reported_endpoints(record: dict) -> None:
    """An endpoint the study reports a result for is one it measured, though no sentence declares
    it ("... and a higher complete response rate (18.8% vs 6.3%)"): its code joins the list, role null."""
    listed = {e["name"] for e in record["endpoints"]}
    for item in record["outcomes"] + [o for arm in record["arms"] for o in arm["outcomes"]]:
        code = item.get("endpoint")
        if code and code not in listed:
            listed.add(code)
            record["endpoints"].append({"name": code, "role": None})


def _dedupe(items: list[dict]) -> list[dict]:
    """The items without repeats, and without one that only repeats part of another: "ORR was
    37.5%" beside "(12 [37.5%])" read as ORR 37.5% with count 12 is one outcome, not two. An
    outcome with no number is kept: "not reached" at one data cut is not the median of another."""
    facts = [_fact(it) for it in items]
    out = []
    seen = set()
    for i, (it, mine) in enumerate(zip(items, facts)):
        key = tuple(sorted((k, str(v)) for k, v in mine.items()))
        if key in seen:
            continue
        seen.add(key)
        if ("endpoint" not in mine or _NUMBERS & mine.keys()) and any(
                _says_less(mine, other) for j, other in enumerate(facts) if j != i):
            continue
        out.append(it)
    return out


_A_DEATH = grammar("linker", "a_death")  # "sudden death": a fatal event, grade 5 (RECORDS.md: "deaths" -> 5)


def _beyond_their_total(events: list[dict], sentence_starts: list[int]) -> list[dict]:
    """An arm's events without the grade a named event took from its sentence's graded total when
    its share is larger than that total's ("Grade >=3 toxicities in 16.9%; post-embolisation
    syndrome was the commonest event (69.5%)": not of grade >=3, which is 16.9% in all)."""
    def sentence_of(item: dict) -> int:
        return bisect.bisect_right(sentence_starts, item["evidence"][0][0]) if item.get("evidence") else -1

    totals = {(sentence_of(e), e["grade"]): e["percent"] for e in events
              if e["term"] == "any adverse event" and e.get("grade") not in (None, "any") and e.get("percent") is not None}
    if not totals:
        return events
    return [dict(e, grade=None) if e["term"] != "any adverse event" and e.get("percent") is not None
            and e["percent"] > totals.get((sentence_of(e), e.get("grade")), 100) else e for e in events]


def _public(events: list[dict]) -> list[dict]:
    """The events without the reader's private fields ("_total": the denominator of a count); an
    event that is a death ("sudden death") and names no grade is of grade 5."""
    return [{k: ("5" if k == "grade" and v is None and _A_DEATH.search(e["term"]) else v)
             for k, v in e.items() if not k.startswith("_")} for e in events]


def _to_arm_by_denominator(view: DocView, arms: list, results: dict, enrollment: Optional[int]) -> None:
    """"Grade 3 immune-related adverse events occurred in 5 of 30 patients (17%) - hepatitis in three
    (10%) ...; there were no treatment-related deaths": a sentence that names no arm but counts
    against one arm's size (not the enrolment) is about that arm. Its study-level outcomes and
    adverse events move to the arm when their only denominator is that size."""
    if len(arms) < 2:
        return
    starts = [s.start_char for s in view.sentences]
    by_sentence: dict[int, list] = {}
    for key in ("outcomes", "aes"):
        for item in results[key]:
            if item.get("evidence"):
                k = bisect.bisect_right(starts, item["evidence"][0][0]) - 1
                by_sentence.setdefault(k, []).append((key, item))
    moved: set[int] = set()
    for items in by_sentence.values():
        totals = {item.get("total", item.get("_total")) for _, item in items} - {None}
        if len(totals) != 1:
            continue
        total = totals.pop()
        owners = [k for k, arm in enumerate(arms) if arm.n == total]
        if len(owners) != 1 or total == enrollment:
            continue
        for key, item in items:
            moved.add(id(item))
            results["arm_" + key].setdefault(owners[0], []).append(item)
    if moved:
        for key in ("outcomes", "aes"):
            results[key] = [x for x in results[key] if id(x) not in moved]


def _unnumbered_in_arms(study: list[dict], per_arm: dict) -> list[dict]:
    """The study's adverse events without those that give no number for a term and grade the arms
    report with numbers ("palmar-plantar erythrodysaesthesia (PPE; 40.8% vs. 57.7%)": the short form
    is not a third mention)."""
    def numbered(event: dict) -> bool:
        return any(event.get(k) is not None for k in ("count", "percent"))
    in_arms = {(e.get("term"), e.get("grade")) for events in per_arm.values() for e in events if numbered(e)}
    return [e for e in study if numbered(e) or (e.get("term"), e.get("grade")) not in in_arms]


def _not_in_arms(study: list[dict], per_arm: dict) -> list[dict]:
    """The study's outcomes without one that repeats an arm's ("Median overall survival of 20.4
    months" in a press release's headline, then "Median OS was 20.4 months with A versus 15.8 months
    with B"): an arm's outcome of the same endpoint, statistic, time point and value says it all."""
    facts = [_fact(o) for arm in per_arm.values() for o in arm]
    return [o for o in study if "value" not in o or not any(
        all(f.get(k) == o.get(k) for k in ("endpoint", "stat", "timepoint_months", "value", "unit"))
        and all(f.get(k) == v for k, v in _fact(o).items()) for f in facts)]


def _fact(item: dict) -> dict:
    """What an item states: its fields with a value, without its evidence."""
    return {k: v for k, v in item.items() if k != "evidence" and v is not None}


def _says_less(mine: dict, other: dict) -> bool:
    """Whether ``other`` is about the same thing as ``mine`` and says all it says, and more. An
    event of no stated grade is the event at any grade: "RILD occurred in two patients" beside a
    table's "Radiation-induced liver disease  2 (4.4)" under "Any grade" is one event."""
    def same(k: str) -> bool:
        return other.get(k) == mine.get(k) or (k == "grade" and "term" in mine and mine.get(k) is None
                                              and other.get(k) == "any")
    return len(other) > len(mine) and all(same(k) for k in _IDENTITY) \
        and all(other.get(k) == v for k, v in mine.items())


@Language.factory(
    "hcc_linker",
    assigns=["doc._.trial_record"],
    requires=["doc.ents", "doc._.section_regions", "doc._.context_regions"],
    default_config={},
)
def make_linker(nlp: Language, name: str) -> TrialLinker:
    return TrialLinker(nlp)
