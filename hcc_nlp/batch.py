"""Batch extraction: many files to one JSONL of records, crash-safe and resumable, on one
machine (``workers``) or on a Dask cluster.

Every record line carries ``source`` (the input path) next to ``doc_id``, so a resumed run knows
exactly which documents are done. Lines are written whole and flushed one by one; a run killed
mid-way leaves at most one partial last line, which ``resume`` cuts off before going on.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from spacy.tokens import Doc

from .errors import Errors, InputError
from .io import iter_inputs, read_document
from .records import validation_errors


@dataclass
class BatchSummary:
    documents: int = 0
    records: int = 0
    skipped: int = 0
    resumed: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        resumed = f", {self.resumed} already done" if self.resumed else ""
        return (f"{self.documents} documents, {self.records} records, {self.skipped} skipped{resumed}, "
                f"{self.seconds:.1f} s")


# ---- reading and extracting ---------------------------------------------------------------------

def load_texts(paths: Iterable[Path]) -> Iterator[tuple[Path, Optional[str], Optional[str]]]:
    """(path, text, error) per input."""
    for path in paths:
        try:
            yield path, read_document(path), None
        except InputError as err:
            yield path, None, str(err)


def record_line(path: Path, record: dict) -> tuple[Optional[str], Optional[str]]:
    """(the JSONL line for a record, None) or (None, why it does not validate)."""
    out = {"doc_id": Path(path).stem, "source": str(path)}
    out.update({k: v for k, v in record.items() if k != "doc_id"})
    problems = validation_errors(out)
    if problems:
        return None, Errors.E007.format(path=path, detail="; ".join(problems[:3]))
    return json.dumps(out, ensure_ascii=False, sort_keys=False), None


def run_pipeline(nlp, path: Path, text: str) -> tuple[Optional[Doc], Optional[str]]:
    """(Doc, None) or (None, error): a failure of the pipeline on one text is that text's error,
    not the run's."""
    try:
        return nlp(text), None
    except Exception as err:  # noqa: BLE001 - any bug in a rule must not end a long run
        return None, Errors.E009.format(path=path, detail=f"{type(err).__name__}: {err}")


def extract_one(nlp, path: Path, text: str) -> tuple[Optional[str], Optional[str]]:
    """(JSONL line, None) or (None, error) for one document."""
    doc, error = run_pipeline(nlp, path, text)
    return (None, error) if doc is None else record_line(path, doc._.trial_record)


def extract_local(nlp, items: Iterable[tuple[Path, str]], workers: int = 1, partition_size: int = 32
                  ) -> Iterator[tuple[Path, Optional[str], Optional[str]]]:
    """(path, JSONL line, error) in input order. With ``workers`` > 1, a pool of processes each
    loads the pipeline once and sends back only the record lines (not Docs), partitions in
    flight bounded, results in submission order."""
    if workers <= 1:
        for path, text in items:
            yield (path, *extract_one(nlp, path, text))
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited pages or state
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque = deque()
        for part in _partitions(items, partition_size):
            pending.append(pool.submit(_extract_partition, part))
            while len(pending) > 4 * workers:
                yield from _local_results(pending.popleft())
        while pending:
            yield from _local_results(pending.popleft())


def _local_results(future) -> Iterator[tuple[Path, Optional[str], Optional[str]]]:
    for path, line, error in future.result():
        yield Path(path), line, error


# ---- the Dask engine -----------------------------------------------------------------------------

_WORKER_NLP = None


def _extract_partition(items: list[tuple[str, str]]) -> list[tuple[str, Optional[str], Optional[str]]]:
    """Runs on a Dask worker: one pipeline per worker process, loaded on first use."""
    global _WORKER_NLP
    if _WORKER_NLP is None:
        import hcc_nlp
        _WORKER_NLP = hcc_nlp.load()
    out = []
    for path, text in items:
        out.append((path, *extract_one(_WORKER_NLP, Path(path), text)))
    return out


def _partitions(items: Iterable[tuple[Path, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    part: list[tuple[str, str]] = []
    for path, text in items:
        part.append((str(path), text))
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def extract_dask(items: Iterable[tuple[Path, str]], scheduler: Optional[str] = None, workers: int = 2,
                 partition_size: int = 64) -> Iterator[tuple[Path, Optional[str], Optional[str]]]:
    """The same extraction on a Dask cluster (``scheduler`` address) or a LocalCluster.
    Partitions are submitted as they are read, with a bounded number in flight, and gathered in
    submission order, so memory stays flat and the output order is the input order."""
    from collections import deque

    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for part in _partitions(items, partition_size):
            pending.append(client.submit(_extract_partition, part, pure=False))
            while len(pending) > window:
                yield from _results(pending.popleft())
        while pending:
            yield from _results(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _results(future) -> Iterator[tuple[Path, Optional[str], Optional[str]]]:
    for path, line, error in future.result():
        yield Path(path), line, error


# ---- the run ------------------------------------------------------------------------------------

def completed_sources(output: Path) -> list[str]:
    """Sources already written to ``output``; a partial last line (a killed run) is cut off."""
    if not output.exists():
        return []
    data = output.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with output.open("r+b") as fh:
            fh.truncate(end)
        data = data[:end]
    sources = []
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            sources.append(json.loads(line).get("source"))
    return sources


class Progress:
    """A one-line progress display on a terminal: done/total, docs/s, time left."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled
        self.done, self.start, self.last = 0, time.perf_counter(), 0.0

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.perf_counter()
        if not self.enabled or (now - self.last < 0.2 and self.done < self.total):
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-9)
        left = (self.total - self.done) / rate if rate else 0
        sys.stderr.write(f"\r{self.done}/{self.total} documents  {rate:,.0f} docs/s  {left:,.0f} s left ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def run_batch(paths: Iterable[Path], output: Path, *, nlp_factory: Callable, workers: int = 1,
              resume: bool = False, quiet: bool = False, engine: str = "local",
              scheduler: Optional[str] = None, errors_file: Optional[Path] = None,
              tables: Optional[Path] = None) -> BatchSummary:
    start = time.perf_counter()
    inputs = list(iter_inputs(paths))
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    errors_file = Path(errors_file) if errors_file else output.with_name(output.name + ".errors.tsv")
    summary = BatchSummary(documents=len(inputs))
    done = set(completed_sources(output)) if resume else set()
    if not resume:
        output.write_text("", encoding="utf-8")
        errors_file.unlink(missing_ok=True)
    todo = [p for p in inputs if str(p) not in done]
    summary.resumed = len(inputs) - len(todo)
    summary.records = summary.resumed
    progress = Progress(len(inputs), enabled=not quiet and sys.stderr.isatty())
    progress.step(summary.resumed)

    def report(path, error):
        summary.skipped += 1
        summary.errors.append((str(path), error))
        with errors_file.open("a", encoding="utf-8") as fh:
            fh.write(f"{path}\t{error}\n")
        if not quiet:
            sys.stderr.write(("\n" if progress.enabled else "") + f"skipped: {error}\n")

    def readable():
        for path, text, error in load_texts(todo):
            if error:
                report(path, error)
                progress.step()
            else:
                yield path, text

    if engine == "dask":
        results = extract_dask(readable(), scheduler=scheduler, workers=workers)
    else:
        results = extract_local(nlp_factory(), readable(), workers=workers)
    with output.open("a", encoding="utf-8") as fh:
        for path, line, error in results:
            if error:
                report(path, error)
            else:
                fh.write(line + "\n")
                fh.flush()
                summary.records += 1
            progress.step()
        os.fsync(fh.fileno())
    progress.close()
    if tables is not None:
        from .tables import write_tables
        write_tables(output, tables)
    summary.seconds = time.perf_counter() - start
    return summary
