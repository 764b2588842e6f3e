import pytest

from hcc_nlp.errors import InputError
from hcc_nlp.io import iter_inputs, read_document


def test_io_too_large_file_named(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 2048)
    with pytest.raises(InputError, match=r"big\.txt: larger than the 0 MB limit"):
        read_document(big, max_mb=0)


def test_io_reads_utf8_with_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffSorafenib 400 mg".encode("utf-8"))
    assert read_document(p) == "Sorafenib 400 mg"


def test_io_folders_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    for name in ("b/2.txt", "a/1.txt", "a/skip.pdf"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])] == ["a/1.txt", "b/2.txt"]
