"""Throughput benchmark: prints figures, asserts nothing.

    python benchmarks/throughput.py [--docs 5000]

Builds a corpus of at least --docs documents by repeating the seeds, the project's held-out texts
and, when ../shared/corpus/dev is there, the dev texts (read in place, never copied), then
measures on this machine: the bare spacy.blank("en") tokenizer, the tagging pipeline, the full
pipeline (tagging + linker) on one core, the full pipeline with 2 worker processes, the batch
command's local engine against a Dask LocalCluster of 2 workers, and peak memory per worker.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import hcc_nlp  # noqa: E402
from hcc_nlp.batch import run_batch  # noqa: E402


def corpus(n_docs: int) -> list[str]:
    sources = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("eval/heldout/texts/*.txt"))
    dev = ROOT.parent / "shared" / "corpus" / "dev" / "texts"
    if dev.is_dir():
        sources += sorted(dev.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    return (texts * (n_docs // len(texts) + 1))[:n_docs]


def timed(label: str, fn, texts: list[str]) -> float:
    fn(texts[:50])  # warm up
    start = time.perf_counter()
    fn(texts)
    seconds = time.perf_counter() - start
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rate = len(texts) / seconds
    print(f"{label:<44} {rate:>9,.0f} docs/s {mb / seconds:>7.2f} MB/s")
    return rate


def peak_mb(kind: int) -> float:
    return resource.getrusage(kind).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--batch-docs", type=int, default=1500, help="documents for the engine comparison")
    args = parser.parse_args()
    texts = corpus(args.docs)
    print(f"corpus: {len(texts)} documents, {sum(map(len, texts)) / 1e6:.1f} M characters\n")

    bare = spacy.blank("en")
    tagger = hcc_nlp.load(linker=False)
    nlp = hcc_nlp.load()
    r_bare = timed("bare spacy.blank('en') tokenizer (1 core)", lambda ts: [bare(t) for t in ts], texts)
    timed("hcc tokenizer only (1 core)", lambda ts: [nlp.make_doc(t) for t in ts], texts)
    r_tag = timed("tagging pipeline, no linker (1 core)", lambda ts: [tagger(t) for t in ts], texts)
    r_full = timed("full pipeline with linker (1 core)", lambda ts: list(nlp.pipe(ts, batch_size=64)), texts)
    r_two = timed("full pipeline, 2 worker processes", lambda ts: list(nlp.pipe(ts, batch_size=64, n_process=2)), texts)
    print(f"\nfull / bare tokenizer: {r_full / r_bare:.1%}   tagging / bare: {r_tag / r_bare:.1%}   "
          f"2 workers / 1: {r_two / r_full:.2f}x")
    print(f"peak memory, main process: {peak_mb(resource.RUSAGE_SELF):.0f} MB; "
          f"largest worker process: {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")

    folder = Path(tempfile.mkdtemp(prefix="hcc_bench_"))
    try:
        for k, text in enumerate(texts[:args.batch_docs]):
            (folder / f"doc{k:06d}.txt").write_text(text, encoding="utf-8")
        out = folder / "out"
        out.mkdir()
        rows = []
        for label, kwargs in (("batch, local engine, 1 worker", {"workers": 1}),
                              ("batch, local engine, 2 workers", {"workers": 2}),
                              ("batch, Dask LocalCluster, 2 workers", {"engine": "dask", "workers": 2})):
            start = time.perf_counter()
            s = run_batch([folder], out / f"{label[:12].replace(' ', '_')}{len(rows)}.jsonl",
                          nlp_factory=lambda: nlp, quiet=True, **kwargs)
            rows.append((label, s.records / (time.perf_counter() - start)))
        print()
        for label, rate in rows:
            print(f"{label:<44} {rate:>9,.0f} docs/s  (includes start-up; {args.batch_docs} files)")
        outputs = sorted(out.glob("*.jsonl"))
        same = len({p.read_bytes() for p in outputs}) == 1
        print(f"outputs of the three runs identical: {same}")
        try:
            from dask.distributed import Client, LocalCluster
            with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
                client.run(lambda: __import__("hcc_nlp.batch", fromlist=["_extract_partition"])._extract_partition(
                    [("x.txt", t) for t in texts[:300]]))
                mem = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            print("peak memory per Dask worker after 300 documents: "
                  + ", ".join(f"{v:.0f} MB" for v in mem.values()))
        except ImportError:
            print("dask not installed: Dask figures skipped")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
