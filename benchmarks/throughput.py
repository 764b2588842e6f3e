"""Throughput benchmark: prints figures, asserts nothing.

    python benchmarks/throughput.py [--docs 5000]

Builds a corpus of at least --docs documents by repeating the seeds, the project's held-out texts
and, when ../shared/corpus/dev is there, the dev texts (read in place, never copied), then
measures on this machine: the bare spacy.blank("en") tokenizer, the tagging pipeline, the full
pipeline (tagging + linker) on one core, the extraction with validated record lines on one and
on 2 worker processes, the batch command's local engine against a Dask LocalCluster of 2
workers, and peak memory per worker.
"""
from __future__ import annotations

import argparse
import resource  # noqa: F401  (used by the worker script)
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import hcc_nlp  # noqa: E402
from hcc_nlp.batch import run_batch  # noqa: E402


def sources() -> list[Path]:
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("eval/heldout/texts/*.txt"))
    dev = ROOT.parent / "shared" / "corpus" / "dev" / "texts"
    if dev.is_dir():
        paths += sorted(dev.glob("*.txt"))
    return paths


def corpus(n_docs: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sources()]
    return (texts * (n_docs // len(texts) + 1))[:n_docs]


def interleaved_ratio(first, second, texts: list[str], rounds: int = 7) -> float:
    """Median over rounds of (time of ``first`` / time of ``second``) on the same slice, the two
    run back to back: steadier than two long runs on a machine whose speed drifts."""
    size = max(1, len(texts) // rounds)
    ratios = []
    for k in range(rounds):
        part = texts[k * size:(k + 1) * size]
        start = time.perf_counter()
        first(part)
        middle = time.perf_counter()
        second(part)
        ratios.append((middle - start) / (time.perf_counter() - middle))
    return statistics.median(ratios)


def timed(label: str, fn, texts: list[str]) -> float:
    fn(texts[:50])  # warm up
    start = time.perf_counter()
    fn(texts)
    seconds = time.perf_counter() - start
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rate = len(texts) / seconds
    print(f"{label:<44} {rate:>9,.0f} docs/s {mb / seconds:>7.2f} MB/s")
    return rate


WORKER = """
import glob, resource, sys
sys.path.insert(0, {root!r})
import hcc_nlp
nlp = hcc_nlp.load()
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob({pattern!r}))]
for text in (texts * (1000 // max(1, len(texts)) + 1))[:1000]:
    nlp(text)
# VmHWM: this process's own peak (ru_maxrss keeps the parent's peak across fork and exec)
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(int(peak[0].split()[1]) / 1024 if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


FIRST_SIGHT = """
import sys, time
sys.path.insert(0, {root!r})
import hcc_nlp
nlp = hcc_nlp.load()
nlp("A warm-up sentence of 400 mg twice daily.")
texts = [open(p, encoding="utf-8").read() for p in {paths!r}]
rates = []
for _ in range(2):
    start = time.perf_counter()
    for text in texts:
        nlp(text)
    rates.append(len(texts) / (time.perf_counter() - start))
print(*rates)
"""


def first_sight_rates(paths: list[str]) -> tuple[float, float]:
    """docs/s of the full pipeline in a fresh process on texts it has never seen, then on the
    same texts again. The repeated corpus above sees each text many times, so caches keyed by
    a text's strings (regexes, normalised values) flatter it; a real batch sees each once."""
    import subprocess
    code = FIRST_SIGHT.format(root=str(ROOT), paths=paths)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, again = map(float, out.stdout.split())
    return first, again


def worker_peak_mb() -> float:
    """Peak RSS of a separate process doing a worker's job; forked workers would report the
    benchmark's own pages as theirs."""
    import subprocess
    code = WORKER.format(root=str(ROOT), pattern=str(ROOT / "seeds" / "*.txt"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


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
    from hcc_nlp.batch import extract_local
    items = [(Path(f"doc{k}.txt"), t) for k, t in enumerate(texts)]
    r_one = timed("full pipeline + validated record lines, 1 process",
                  lambda ts: list(extract_local(nlp, items[:len(ts)], workers=1)), texts)
    r_two = timed("the same, 2 worker processes (with start-up)",
                  lambda ts: list(extract_local(nlp, items[:len(ts)], workers=2)), texts)
    print(f"\nfull / bare tokenizer: {r_full / r_bare:.1%}   tagging / bare: {r_tag / r_bare:.1%}   "
          f"2 workers / 1: {r_two / r_one:.2f}x")
    steady = interleaved_ratio(lambda ts: [bare(t) for t in ts], lambda ts: list(nlp.pipe(ts, batch_size=64)), texts)
    print(f"full / bare tokenizer, median of 7 interleaved rounds: {steady:.1%}")
    distinct = list(dict.fromkeys(str(p) for p in sorted(ROOT.glob("eval/heldout*/texts/*.txt")) + sources()))
    first, again = first_sight_rates(distinct)
    print(f"full pipeline, {len(distinct)} distinct texts in a fresh process: first time seen {first:,.0f} docs/s, "
          f"second time {again:,.0f} docs/s")
    print(f"peak memory of one worker (a fresh process: load the pipeline, extract 1,000 documents): "
          f"{worker_peak_mb():.0f} MB")

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
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
