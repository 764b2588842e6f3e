"""A ClinicalTrials.gov JSON record (API v2) read as its record page, on a record of my own."""
import json

from conftest import comparisons, per_arm

from hcc_nlp import layout, registry_json


def _record() -> dict:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT09999999", "briefTitle": "TACE With or Without Apatinib",
                                     "officialTitle": "A Randomized Phase 2 Trial of TACE Plus Apatinib Versus TACE"},
            "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE2"],
                             "enrollmentInfo": {"count": 90, "type": "ACTUAL"},
                             "designInfo": {"allocation": "RANDOMIZED", "interventionModel": "PARALLEL",
                                            "maskingInfo": {"masking": "NONE"}}},
            "armsInterventionsModule": {
                "armGroups": [
                    {"label": "TACE + Apatinib", "type": "EXPERIMENTAL",
                     "interventionNames": ["Procedure: TACE", "Drug: Apatinib"]},
                    {"label": "TACE", "type": "ACTIVE_COMPARATOR", "interventionNames": ["Procedure: TACE"]}],
                "interventions": [
                    {"type": "DRUG", "name": "Apatinib", "description": "500 mg orally once daily",
                     "armGroupLabels": ["TACE + Apatinib"]}]},
            "outcomesModule": {"primaryOutcomes": [{"measure": "Progression-free Survival", "timeFrame": "2 years"}]},
            "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* ECOG performance status 0-1\n",
                                  "minimumAge": "18 Years"},
        },
        "resultsSection": {
            "outcomeMeasuresModule": {"outcomeMeasures": [
                {"type": "PRIMARY", "title": "Progression-free Survival", "paramType": "MEDIAN",
                 "dispersionType": "95% Confidence Interval", "unitOfMeasure": "months",
                 "groups": [{"id": "OG000", "title": "TACE + Apatinib"}, {"id": "OG001", "title": "TACE"}],
                 "denoms": [{"units": "Participants", "counts": [{"groupId": "OG000", "value": "45"},
                                                                 {"groupId": "OG001", "value": "45"}]}],
                 "classes": [{"categories": [{"measurements": [
                     {"groupId": "OG000", "value": "8.1", "lowerLimit": "6.0", "upperLimit": "10.2"},
                     {"groupId": "OG001", "value": "5.2", "lowerLimit": "4.1", "upperLimit": "6.6"}]}]}],
                 "analyses": [{"pValue": "0.003", "statisticalMethod": "Log Rank", "paramType": "Hazard Ratio (HR)",
                               "paramValue": "0.52", "ciPctValue": "95", "ciLowerLimit": "0.33",
                               "ciUpperLimit": "0.80"}]},
                {"type": "SECONDARY", "title": "Objective Response Rate", "paramType": "COUNT_OF_PARTICIPANTS",
                 "unitOfMeasure": "Participants",
                 "denoms": [{"units": "Participants", "counts": [{"groupId": "OG000", "value": "45"},
                                                                 {"groupId": "OG001", "value": "45"}]}],
                 "classes": [{"categories": [{"measurements": [{"groupId": "OG000", "value": "19"},
                                                               {"groupId": "OG001", "value": "10"}]}]}]}]},
            "adverseEventsModule": {"eventGroups": [
                {"id": "EG000", "title": "TACE + Apatinib", "seriousNumAffected": 7, "seriousNumAtRisk": 45},
                {"id": "EG001", "title": "TACE", "seriousNumAffected": 4, "seriousNumAtRisk": 45}]},
        },
    }


def test_registry_json_is_read_as_its_record_page():
    text = registry_json.as_text(json.dumps(_record(), indent=2))
    assert "ClinicalTrials.gov ID: NCT09999999" in text
    assert "Phase: Phase 2\nEnrollment (Actual): 90\nAllocation: Randomized" in text
    assert "Active Comparator: TACE\n" in text and "Drug: Apatinib\n  500 mg orally once daily" in text
    assert "\tTACE + Apatinib\tTACE\nOverall Number of Participants Analyzed\t45\t45\n" in text
    assert "Unit of Measure: months\t8.1 (6.0 to 10.2)\t5.2 (4.1 to 6.6)" in text
    assert "Hazard Ratio (HR): 0.52\t95% CI: 0.33 to 0.80" in text
    assert "Total\t7/45\t4/45" in text  # no share computed: the record has none


def test_registry_json_other_text_is_left_as_it_is():
    for text in ('{"protocolSection": {"broken', '{"name": "not a registry record"}', "Plain text {protocolSection}",
                 '{"protocolSection": {"armsInterventionsModule": {"armGroups": [null, "A"]}}}'):
        assert registry_json.as_text(text) == text


def test_registry_json_record_through_the_pipeline(nlp):
    r = nlp(layout.repaired(json.dumps(_record())))._.trial_record
    assert r["ids"]["nct"] == ["NCT09999999"] and r["phase"] == "II" and r["randomized"] is True
    assert per_arm(r, "regimen", "name", "dose") == [[("TACE", None), ("apatinib", 500)], [("TACE", None)]]
    assert per_arm(r, "outcomes", "endpoint", "stat", "value", "count", "total") == [
        [("PFS", "median", 8.1, None, None), ("ORR", "rate", None, 19, 45)],
        [("PFS", "median", 5.2, None, None), ("ORR", "rate", None, 10, 45)]]
    assert comparisons(r, "endpoint", "measure", "value", "p") == [("PFS", "HR", 0.52, "0.003")]
    assert per_arm(r, "adverse_events", "term", "count") == [[("serious adverse event", 7)],
                                                             [("serious adverse event", 4)]]
