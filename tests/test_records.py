"""Snapshots of every seed's record, and schema validation over seeds and the dev corpus."""
import json

import pytest

from conftest import DEV, SEEDS
from hcc_nlp.records import record_for, validation_errors

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _strip_evidence(obj):
    if isinstance(obj, dict):
        return {k: _strip_evidence(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_strip_evidence(v) for v in obj]
    return obj


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_records_seed_snapshot(nlp, path, data_regression):
    record = record_for(nlp, path.read_text(encoding="utf-8"), path.stem)
    assert validation_errors(record) == []
    data_regression.check(json.loads(json.dumps(record)))


def test_records_validate_on_seeds_and_dev(nlp):
    files = list(SEED_FILES)
    if (DEV / "texts").is_dir():
        files += sorted((DEV / "texts").glob("*.txt"))
    for path in files:
        record = record_for(nlp, path.read_text(encoding="utf-8"), path.stem)
        assert validation_errors(record) == [], path.name


def test_records_evidence_points_at_text(nlp):
    path = SEED_FILES[3]
    text = path.read_text(encoding="utf-8")
    record = record_for(nlp, text, path.stem)
    for comp in record["comparisons"]:
        for start, end in comp["evidence"]:
            assert 0 <= start < end <= len(text)
    values = [text[s:e] for c in record["comparisons"] for s, e in c["evidence"]]
    assert any("0.28" in v for v in values)


def test_records_gold_files_validate():
    from conftest import ROOT
    for path in sorted((ROOT / "gold" / "records").glob("*.json")):
        assert validation_errors(json.loads(path.read_text())) == [], path.name


def test_records_dev_corpus_scores(nlp):
    if not (DEV / "gold").is_dir():
        pytest.skip("../shared/corpus/dev not present")
    from hcc_nlp.evaluate import evaluate
    result = evaluate(nlp, DEV / "gold", DEV / "texts")
    assert result["documents"] == len(list((DEV / "gold").glob("*.json")))
    assert result["micro"]["f1"] > 0.5


_VALID = {"doc_id": "d1", "phase": "II", "randomized": False, "enrollment": {"actual": 40, "planned": None},
          "arms": [{"label": "lenvatinib", "n": 40, "regimen": [{"kind": "drug", "name": "lenvatinib"}],
                    "outcomes": [], "adverse_events": []}]}


@pytest.mark.parametrize("change,where", [
    ({"phase": "2"}, "phase"),
    ({"randomized": "yes"}, "randomized"),
    ({"enrollment": {"actual": -1, "planned": None}}, "enrollment/actual"),
    ({"enrollment": {"actual": True, "planned": None}}, "enrollment/actual"),
    ({"ids": {"nct": ["NCT123"], "pmid": None, "pmcid": None, "doi": None}}, "ids/nct/0"),
    ({"arms": None}, "arms"),
])
def test_validation_names_what_is_wrong(change, where):
    assert validation_errors(_VALID) == []
    errors = validation_errors(dict(_VALID, **change))
    assert errors and errors[0].startswith(where + ":"), errors


def test_validation_of_a_record_without_arms():
    errors = validation_errors({"doc_id": "d1"})
    assert errors == ["(root): 'arms' is a required property"]


def test_evaluate_scores_only_the_span_labels_the_gold_annotates(nlp, tmp_path):
    # the class mention is tagged (DRUG_CLASS) but the span guideline has no such label
    text = "Patients received sorafenib after PD-1 inhibitors."
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold" / "spans").mkdir(parents=True)
    (tmp_path / "texts" / "d1.txt").write_text(text)
    (tmp_path / "gold" / "d1.json").write_text(json.dumps(_VALID))
    (tmp_path / "gold" / "spans" / "d1.jsonl").write_text(json.dumps({"start": 18, "end": 27, "label": "DRUG"}) + "\n")
    from hcc_nlp.evaluate import evaluate
    result = evaluate(nlp, tmp_path / "gold", tmp_path / "texts")
    assert list(result["spans"]["labels"]) == ["DRUG"]
    assert result["spans"]["micro"]["tp"] == 1 and result["spans"]["micro"]["fp"] == 0
