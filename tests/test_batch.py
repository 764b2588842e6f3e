"""Batch runs: order, workers, resume after a kill, bad input, tables, the Dask engine."""
import json
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from conftest import SEEDS
from hcc_nlp.batch import completed_sources, run_batch


def corpus(tmp_path, copies=3):
    folder = tmp_path / "in"
    for k in range(copies):
        sub = folder / f"part{k}"
        sub.mkdir(parents=True)
        for p in sorted(SEEDS.glob("*.txt")):
            (sub / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_batch_recursive_order_and_two_workers_identical(tmp_path, nlp):
    folder = corpus(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = run_batch([folder], one, nlp_factory=lambda: nlp, quiet=True)
    s2 = run_batch([folder], two, nlp_factory=lambda: nlp, workers=2, quiet=True)
    assert s2.records == 15
    assert (s1.documents, s1.records, s1.skipped) == (15, 15, 0)
    assert one.read_bytes() == two.read_bytes()
    sources = [r["source"] for r in lines(one)]
    assert sources == sorted(sources) and sources[0].endswith("part0/000_c0f98fe5671dcde1.txt")


def test_batch_bad_files_reported_and_rest_kept(tmp_path, nlp):
    folder = corpus(tmp_path, copies=1)
    (folder / "part0" / "empty.txt").write_text("")
    (folder / "part0" / "binary.txt").write_bytes(b"\x00\x01abc")
    out = tmp_path / "r.jsonl"
    summary = run_batch([folder], out, nlp_factory=lambda: nlp, quiet=True)
    assert (summary.records, summary.skipped) == (5, 2)
    errors = (tmp_path / "r.jsonl.errors.tsv").read_text().splitlines()
    assert sorted(e.split("\t")[0].rsplit("/", 1)[1] for e in errors) == ["binary.txt", "empty.txt"]


def test_batch_a_pipeline_failure_on_one_text_is_that_file_s_error(tmp_path, nlp):
    folder = corpus(tmp_path, copies=1)
    (folder / "part0" / "trigger.txt").write_text("This text makes a component fail.", encoding="utf-8")

    def failing(doc):
        if "component fail" in doc.text:
            raise ValueError("a rule broke")
        return doc

    out = tmp_path / "r.jsonl"
    summary = run_batch([folder], out, nlp_factory=lambda: _FailingNlp(nlp, failing), quiet=True)
    assert (summary.records, summary.skipped) == (5, 1)
    path, reason = (tmp_path / "r.jsonl.errors.tsv").read_text().strip().split("\t")
    assert path.endswith("trigger.txt") and "[E009]" in reason and "ValueError: a rule broke" in reason


class _FailingNlp:
    """The pipeline, with a check run before it that fails on some texts."""
    def __init__(self, nlp, check):
        self.nlp, self.check = nlp, check

    def __call__(self, text):
        return self.nlp(self.check(self.nlp.make_doc(text)).text)


def test_batch_resume_cuts_partial_line_and_finishes(tmp_path, nlp):
    folder = corpus(tmp_path)
    full = tmp_path / "full.jsonl"
    run_batch([folder], full, nlp_factory=lambda: nlp, quiet=True)
    killed = tmp_path / "killed.jsonl"
    first = full.read_text(encoding="utf-8").splitlines(keepends=True)
    killed.write_text("".join(first[:6]) + first[6][:40], encoding="utf-8")  # a run cut mid-line
    assert len(completed_sources(killed)) == 6
    summary = run_batch([folder], killed, nlp_factory=lambda: nlp, resume=True, quiet=True)
    assert summary.resumed == 6 and summary.records == 15
    assert killed.read_bytes() == full.read_bytes()


def test_batch_resume_after_killing_the_process(tmp_path):
    folder = corpus(tmp_path, copies=40)
    out = tmp_path / "r.jsonl"
    cli = [sys.executable, "-m", "hcc_nlp", "extract", str(folder), "-o", str(out), "-q"]
    proc = subprocess.Popen(cli, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 20):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(completed_sources(out))
    assert 20 <= done_before < 200
    subprocess.run(cli + ["--resume"], check=True)
    records = lines(out)
    assert len(records) == 200
    assert len({r["source"] for r in records}) == 200  # nothing duplicated, nothing lost
    assert [r["source"] for r in records] == sorted(r["source"] for r in records)


def test_batch_tables_one_row_per_item(tmp_path, nlp):
    out = tmp_path / "r.jsonl"
    run_batch([SEEDS], out, nlp_factory=lambda: nlp, quiet=True, tables=tmp_path / "tables")
    arms = pd.read_csv(tmp_path / "tables" / "arms.csv")
    regimen = pd.read_parquet(tmp_path / "tables" / "regimen.parquet")
    records = lines(out)
    assert len(arms) == sum(len(r["arms"]) for r in records)
    assert len(regimen) == sum(len(a["regimen"]) for r in records for a in r["arms"])
    row = regimen[(regimen.doc_id == "003_b48a8fb323e33e90") & (regimen.name == "oxaliplatin")].iloc[0]
    assert (row.dose, row.unit, row.days, row.cycle_days) == (35, "mg/m2", "1-3", 28)


def test_batch_dask_local_cluster_equals_local_engine(tmp_path, nlp):
    pytest.importorskip("dask.distributed")
    folder = corpus(tmp_path, copies=2)
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch([folder], local, nlp_factory=lambda: nlp, quiet=True)
    summary = run_batch([folder], dask_out, nlp_factory=lambda: nlp, engine="dask", workers=2, quiet=True)
    assert summary.records == 10
    assert local.read_bytes() == dask_out.read_bytes()


def test_batch_cli_exit_status_names_skipped(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    good = tmp_path / "good.txt"
    good.write_text("Forty patients received sorafenib 400 mg twice daily.")
    proc = subprocess.run([sys.executable, "-m", "hcc_nlp", "extract", str(bad), str(good), str(tmp_path / "nope.txt"),
                           "-o", str(tmp_path / "r.jsonl")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "bad.txt" in proc.stderr and "nope.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert "3 documents, 1 records, 2 skipped" in proc.stderr
