import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from hcc_nlp.cli import app

runner = CliRunner()


@pytest.fixture()
def bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Sorafenib 400 mg \xe9t\xe9".encode("latin-1"))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PNG\x00")
    return {"missing": tmp_path / "missing.txt", "empty": empty, "latin": latin, "binary": binary}


@pytest.mark.parametrize("kind,message", [("missing", "file not found"), ("empty", "empty"),
                                          ("latin", "not UTF-8"), ("binary", "binary")])
def test_cli_tag_bad_input_one_line_error(bad_files, kind, message):
    result = runner.invoke(app, ["tag", str(bad_files[kind])])
    assert result.exit_code != 0
    assert message in result.output and str(bad_files[kind]) in result.output
    assert "Traceback" not in result.output


def test_cli_tag_prints_spans_and_html(tmp_path):
    out = tmp_path / "tags.html"
    result = runner.invoke(app, ["tag", str(SEEDS / "003_b48a8fb323e33e90.txt"), "--html", str(out)])
    assert result.exit_code == 0
    assert "RATIO" in result.output and "hazard ratio [HR] = 0.28" in result.output
    assert "<html" in out.read_text().lower()


def test_cli_extract_skips_bad_files_and_keeps_the_rest(tmp_path, bad_files):
    good = tmp_path / "good.txt"
    good.write_text("Forty patients received sorafenib 400 mg twice daily. The median OS was 9.5 months.")
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(bad_files["empty"]), str(good), str(bad_files["binary"]),
                                 str(bad_files["latin"]), "-o", str(out)])
    assert result.exit_code == 2
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["doc_id"] for r in lines] == ["good"]
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert name in result.output


def test_cli_extract_folder_in_order(tmp_path):
    out = tmp_path / "seeds.jsonl"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "-q"])
    assert result.exit_code == 0
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_cli_evaluate_seeds_json():
    result = runner.invoke(app, ["evaluate", "--gold", str(ROOT / "gold"), "--texts", str(SEEDS), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["documents"] == 5 and set(data["families"]) >= {"ids", "regimen", "outcomes"}
    assert data["spans"]["micro"]["f1"] > 0.8


def test_cli_evaluate_pred_file_scores_perfect_gold(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(json.loads(p.read_text())) + "\n" for p in sorted((ROOT / "gold" / "records").glob("*.json"))))
    result = runner.invoke(app, ["evaluate", "--gold", str(ROOT / "gold" / "records"), "--texts", str(SEEDS),
                                 "--pred", str(pred), "--json"])
    assert json.loads(result.output)["micro"]["f1"] == 1.0


def test_cli_evaluate_missing_dir_error(tmp_path):
    result = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "nope"), "--texts", str(SEEDS)])
    assert result.exit_code != 0 and "not a directory" in result.output and "Traceback" not in result.output


def test_cli_console_script_runs():
    proc = subprocess.run([sys.executable, "-m", "hcc_nlp", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "extract" in proc.stdout
