from hcc_nlp.scoring import arm_similarity, match_arms, score_record


def arm(*names, n=None, dose=None):
    return {"n": n, "regimen": [{"kind": "drug", "name": x, "dose": dose} for x in names]}


def test_scoring_arm_alignment_prefers_best_total():
    gold = [arm("sorafenib", "tace"), arm("sorafenib")]
    pred = [arm("sorafenib"), arm("tace", "sorafenib")]
    assert match_arms(pred, gold) == [(0, 1), (1, 0)]


def test_scoring_arms_sharing_no_name_never_match():
    assert arm_similarity(arm("placebo"), arm("sorafenib")) == 0.0
    s = score_record({"arms": [arm("placebo", n=5)]}, {"doc_id": "x", "arms": [arm("sorafenib", n=5)]})
    assert s.families["arms"].fp == 2 and s.families["arms"].fn == 2 and s.families["arms"].tp == 0


def test_scoring_null_is_no_fact():
    gold = {"doc_id": "x", "randomized": None, "phase": "II", "arms": []}
    pred = {"randomized": None, "phase": "II", "arms": []}
    s = score_record(pred, gold)
    assert (s.families["design"].tp, s.families["design"].fp, s.families["design"].fn) == (1, 0, 0)
    s2 = score_record({"randomized": False, "arms": []}, {"doc_id": "x", "randomized": None, "arms": []})
    assert s2.families["design"].fp == 1


def test_scoring_number_tolerance_and_numeric_strings():
    gold = {"doc_id": "x", "arms": [], "comparisons": [{"endpoint": "OS", "measure": None, "p": "0.290"}]}
    pred = {"arms": [], "comparisons": [{"endpoint": "OS", "measure": None, "p": "0.29"}]}
    assert score_record(pred, gold).families["comparisons"].tp == 1
    g2 = {"doc_id": "x", "arms": [arm("sorafenib", dose=400)]}
    p2 = {"arms": [arm("Sorafenib ", dose=400.0000001)]}
    assert score_record(p2, g2).families["regimen"].fn == 0


def test_scoring_facts_form_a_set():
    out = {"endpoint": "ORR", "stat": "rate", "value": 20, "unit": "%"}
    gold = {"doc_id": "x", "arms": [], "outcomes": [out]}
    pred = {"arms": [], "outcomes": [out, dict(out)]}
    c = score_record(pred, gold).families["outcomes"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_scoring_outcome_without_number_is_one_fact():
    gold = {"doc_id": "x", "arms": [], "outcomes": [{"endpoint": "OS", "stat": "median", "value": None}]}
    c = score_record({"arms": [], "outcomes": []}, gold).families["outcomes"]
    assert c.fn == 1
