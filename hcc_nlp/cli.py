"""The ``hcc-nlp`` command line: thin wrappers over importable functions."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, help="Per-arm trial records from HCC clinical-trial texts.",
                  pretty_exceptions_enable=False)


def _nlp():
    import hcc_nlp
    return hcc_nlp.load()


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def tag(file: Path = typer.Argument(..., help="A text file."),
        html: Optional[Path] = typer.Option(None, "--html", help="Write a displaCy page of the spans here.")) -> None:
    """Show the tagged spans of one document."""
    from .errors import InputError
    from .io import read_document
    try:
        text = read_document(file)
    except InputError as err:
        _fail(str(err))
    import hcc_nlp
    nlp = hcc_nlp.load(linker=False)
    doc = nlp(text)
    for ent in doc.ents:
        ctx = f"  [{ent._.context}]" if ent._.context else ""
        typer.echo(f"{ent.start_char:>6}-{ent.end_char:<6} {ent.label_:<15} {ent.text!r:<45} -> {ent.id_}{ctx}")
    if html is not None:
        from spacy import displacy
        page = displacy.render(doc, style="ent", page=True, jupyter=False)
        html.write_text(page, encoding="utf-8")
        typer.echo(f"wrote {html}", err=True)


@app.command()
def extract(paths: List[Path] = typer.Argument(..., help="Text files or folders (searched recursively for .txt)."),
            output: Path = typer.Option(Path("records.jsonl"), "-o", "--output", help="JSONL of records."),
            tables: Optional[Path] = typer.Option(None, "--tables", help="Also write flat CSV and Parquet tables here."),
            workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes on this machine (or Dask LocalCluster workers)."),
            resume: bool = typer.Option(False, "--resume", help="Continue a killed run: keep its records, do the rest."),
            engine: str = typer.Option("local", "--engine", help="local or dask."),
            scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); none starts a LocalCluster."),
            errors_file: Optional[Path] = typer.Option(None, "--errors-file", help="TSV of skipped files (default: OUTPUT.errors.tsv)."),
            quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary.")) -> None:
    """Write one validated trial record per input document, in input order."""
    from .batch import run_batch
    if engine not in ("local", "dask"):
        _fail(f"--engine must be 'local' or 'dask', not {engine!r}")
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        typer.echo(f"skipped: {p}: file not found.", err=True)
    summary = run_batch([p for p in paths if p.exists()], output, nlp_factory=_nlp, workers=workers,
                        resume=resume, quiet=quiet, engine=engine, scheduler=scheduler,
                        errors_file=errors_file, tables=tables)
    summary.documents += len(missing)
    summary.skipped += len(missing)
    if not quiet:
        typer.echo(f"{summary.line()} -> {output}", err=True)
    if summary.skipped:
        raise typer.Exit(2)


@app.command()
def evaluate(gold: Path = typer.Option(..., "--gold", help="Gold directory: <doc_id>.json records (or records/ and spans/)."),
             texts: Path = typer.Option(..., "--texts", help="Directory of <doc_id>.txt texts."),
             pred: Optional[Path] = typer.Option(None, "--pred", help="Score this JSONL of records instead of running the extractor."),
             per_doc: bool = typer.Option(False, "--per-doc", help="A row per document."),
             errors: bool = typer.Option(False, "--errors", help="List every missed and spurious fact."),
             as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Precision, recall and F1 per family (records) and per label (spans)."""
    from .evaluate import evaluate as run, format_table
    from .errors import Errors
    for d, what in ((gold, "--gold"), (texts, "--texts")):
        if not d.is_dir():
            _fail(Errors.E008.format(path=d) + f" ({what})")
    if pred is not None and not pred.is_file():
        _fail(f"{pred}: file not found (--pred)")
    try:
        result = run(_nlp(), gold, texts, pred)
    except (ValueError, KeyError) as err:
        _fail(f"{gold}: cannot read gold ({err})")
    if as_json:
        if not per_doc:
            result.pop("per_doc")
        if not errors:
            result.pop("errors")
        typer.echo(json.dumps(result, indent=2))
        return
    for p in result["problems"]:
        typer.echo(f"warning: {p}", err=True)
    if "spans" in result:
        typer.echo(format_table({**result["spans"]["labels"], "MICRO": result["spans"]["micro"]}, "span label"))
        typer.echo("")
    if per_doc:
        for row in result["per_doc"]:
            typer.echo(f"{row['doc_id']:<55} micro F1 {row['micro']['f1']:.3f}  " +
                       " ".join(f"{f[:4]}={row[f]:.2f}" for f in result["families"]))
        typer.echo("")
    if errors:
        for e in result["errors"]:
            typer.echo(f"{e['doc_id']}\t{e['family']}\t{e['kind']}\t{e['where']}\t{e['fact']}")
        typer.echo("")
    typer.echo(format_table({**result["families"], "MICRO": result["micro"]}, f"family ({result['documents']} docs)"))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
