"""The rule files travel inside the built wheel: install it outside the repository and tag."""
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_patterns_and_tags_outside_repo(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(ROOT)], check=True)
    wheel = next(dist.glob("hcc_nlp-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "hcc_nlp/patterns/terms.jsonl" in names and "hcc_nlp/patterns/drugs.jsonl" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True)
    code = ("import hcc_nlp, sys; assert str(hcc_nlp.__file__).startswith(sys.argv[1]), hcc_nlp.__file__; "
            "nlp = hcc_nlp.load(); doc = nlp('Patients received Nexavar 400 mg twice daily.'); "
            "print([(e.label_, e.id_) for e in doc.ents])")
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", code, str(target)], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "('DRUG', 'sorafenib')" in proc.stdout and "('DOSE', 'dose')" in proc.stdout
