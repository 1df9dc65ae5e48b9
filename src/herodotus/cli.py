"""The command line: a thin layer over the Python API, and the only module that prints."""
from __future__ import annotations

import json
import logging
import sys
import traceback
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .config import settings
from .errors import HerodotusError
from .model import Document

out = Console(highlight=False)
if not out.is_terminal:  # pipes and logs get wide tables instead of 80 columns
    out = Console(highlight=False, width=160)
err = Console(stderr=True, soft_wrap=True, highlight=False)


class Failures:
    """Counts problems and prints each in one line; the exit status follows from it."""

    def __init__(self, verbose: bool, sink: Callable[[str, str], None] | None = None) -> None:
        self.count = 0
        self.verbose = verbose
        self.sink = sink  # e.g. the store's problems table: sink(where, message)

    def report(self, message: str, *, where: str = "") -> None:
        self.count += 1
        err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
        if self.sink:
            self.sink(where, message)

    def exit(self) -> None:
        if self.count:
            err.print(f"{self.count} input(s) failed.")
            sys.exit(1)


def _progress(total: int | None = None) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


def _parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD.") from None


def _coded(paths: tuple[str, ...], lang: str, published: date | None,
           failures: Failures, workers: int = 1) -> Iterator[tuple[Document, dict[str, Any]]]:
    """Read, code and yield (document, record); failed inputs are reported, not raised."""
    from .contract import to_record
    from .pipeline.ingest import Problem, read_inputs
    from .pipeline.parallel import code_all
    from . import load_pipeline

    docs = []
    for item in read_inputs(list(paths), lang=lang, published=published):
        if isinstance(item, Problem):
            failures.report(item.message, where=f"{item.path}:{item.line}" if item.line else item.path)
        else:
            docs.append(item)
    if not docs:
        return
    with _progress() as progress:
        task = progress.add_task("coding articles", total=len(docs))
        for doc, error in code_all(load_pipeline(), docs, workers):
            progress.advance(task)
            if error is None:
                yield doc, to_record(doc)
            elif isinstance(error, HerodotusError):
                failures.report(str(error), where=doc.origin)
            else:  # a bug must not lose the rest of the batch
                failures.report(f"{doc.origin or doc.id}: internal error while coding: {error!r}", where=doc.origin)
                if failures.verbose:
                    traceback.print_exception(error)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="herodotus")
@click.option("--verbose", "-v", is_flag=True, help="Log progress and show tracebacks of internal errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Herodotus: PLOVER events, actors and quotes from German and English news."""
    ctx.obj = {"verbose": verbose}
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


_inputs = click.argument("paths", nargs=-1, type=click.Path())
_lang = click.option("--lang", type=click.Choice(["auto", "de", "en"]), default="auto", show_default=True,
                     help="Language of inputs that do not say; 'auto' detects it.")
_date = click.option("--date", "published", callback=_parse_day, metavar="YYYY-MM-DD",
                     help="Publication date for inputs that carry none (resolves 'am Dienstag', 'yesterday').")
_workers = click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
                        help="Code articles in this many processes (one per core is fastest for big batches).")
_db = click.option("--db", type=click.Path(dir_okay=False), default=None,
                   help="DuckDB file (default: setting 'db', env HERODOTUS_DB, 'herodotus.duckdb').")


@main.command()
@_inputs
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@_lang
@_date
@_workers
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, lang: str, published: date | None,
            workers: int) -> None:
    """Code articles and print one record each, in input order.

    PATHS are .txt (one article), .jsonl (one article a line: id, text, optional
    published, lang, title, url, source), .json, .html files, directories
    (recursive) or '-' for stdin (the default).
    """
    failures = Failures(ctx.obj["verbose"])
    records = []
    for _, record in _coded(paths, lang, published, failures, workers):
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            records.append(record)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "table":
        for record in records:
            _print_record_table(record)
    failures.exit()


def _print_record_table(record: dict[str, Any]) -> None:
    table = Table(title=f"{record['id']} ({record['lang']}, {record['published'] or 'no date'})")
    for col in ("event", "actor", "recipient", "date", "place", "flags", "evidence"):
        table.add_column(col)
    for ev in record["events"]:
        flags = ",".join(f for f in ("negated", "hypothetical", "future") if ev[f])
        table.add_row(ev["event"], _names(ev["actor"]), _names(ev["recipient"]), ev["date"] or "",
                      (ev["event_loc"] or {}).get("name", ""), flags, ev["event_text"][:80])
    out.print(table)
    for q in record["quotes"]:
        who = (q["speaker"] or {}).get("identifier_text") or (q["speaker"] or {}).get("entity_text") or "?"
        out.print(f"  [{q['kind']}] {who}: {q['text'][:100]}", markup=False)


def _names(actors: list[dict[str, Any]]) -> str:
    return "; ".join(f"{a['identifier_text'] or a['entity_text']} ({a['code'] or '?'} {a['sector'] or ''})".strip()
                     for a in actors)


@main.command()
@click.option("--conll", "conll", type=click.Path(exists=True, dir_okay=False), required=True,
              help="One token a line (first column; CoNLL-U and GermEval numbering understood), a blank line between sentences; # lines are skipped.")
@click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True)
def ner(conll: str, lang: str) -> None:
    """Tag a CoNLL token file: prints each line followed by a TAB and a BIO tag (PER, LOC, ORG, MISC)."""
    from .pipeline.ingest import decode
    from .pipeline.nlp.ner import read_conll, tag_sentences

    try:
        sentences = read_conll(decode(conll, Path(conll).read_bytes()))
    except HerodotusError as exc:
        raise click.ClickException(str(exc)) from None
    tags = tag_sentences([[tok for tok, _ in sent] for sent in sentences], lang)
    for sent, sent_tags in zip(sentences, tags):
        for (_, line), tag in zip(sent, sent_tags):
            click.echo(f"{line}\t{tag}")
        click.echo("")


@main.command()
@_inputs
@_db
@_lang
@_date
@_workers
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, lang: str, published: date | None,
           workers: int) -> None:
    """Code articles and store them in the DuckDB database (idempotent by content hash)."""
    failures = Failures(ctx.obj["verbose"])
    statuses: Counter[str] = Counter()
    with _open_store(db) as store:
        failures.sink = lambda where, message: store.record_problem(where, None, message)
        for doc, record in _coded(paths, lang, published, failures, workers):
            try:
                result = store.ingest(record, text=doc.text, url=doc.url, source=doc.source)
                statuses[result.status] += 1
            except HerodotusError as exc:
                failures.report(f"{doc.origin}: {exc}", where=doc.origin)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items())) or "nothing stored"
    err.print(f"{summary} -> {db or settings().db}")
    failures.exit()


def _open_store(db: str | None, *, read_only: bool = False):
    from .store import Store

    path = db or settings().db
    if read_only and not Path(path).exists():
        raise click.ClickException(f"database {path} does not exist; run 'herodotus ingest' or 'herodotus demo' first.")
    try:
        return Store(path, read_only=read_only)
    except HerodotusError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("name", required=False)
@click.option("--sql", help="Run this SQL (read-only) instead of a canned query.")
@click.option("--param", "-p", multiple=True, metavar="KEY=VALUE", help="Parameter of a canned query.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_db
def query(name: str | None, sql: str | None, param: tuple[str, ...], fmt: str, db: str | None) -> None:
    """Query the store: a canned query NAME with --param KEY=VALUE, or --sql. Without either, lists the canned queries."""
    from .store import CANNED

    if not name and not sql:
        for key, spec in CANNED.items():
            out.print(f"{key}: {spec['description']}  params: {', '.join(spec.get('params', [])) or '-'}", markup=False)
        return
    params = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"'{item}' is not KEY=VALUE", param_hint="--param")
        params[key] = value
    with _open_store(db, read_only=True) as store:
        try:
            columns, rows = store.query(sql) if sql else store.canned(name, **params)
        except HerodotusError as exc:
            raise click.ClickException(str(exc)) from None
    _print_rows(columns, rows, fmt)


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=str, indent=2))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table()
        for col in columns:
            table.add_column(col, overflow="ellipsis", max_width=60)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["plover-jsonl", "cameo-tsv", "parquet"]), required=True)
@click.option("--output", "-o", type=click.Path(), default=None, help="File (or directory for parquet); stdout if omitted (not for parquet).")
@_db
def export(fmt: str, output: str | None, db: str | None) -> None:
    """Export the stored events as PLOVER JSONL, CAMEO TSV or Parquet."""
    if fmt == "parquet" and not output:
        raise click.BadParameter("parquet needs --output FILE", param_hint="--output")
    with _open_store(db, read_only=True) as store:
        n = store.export(fmt, output)
    err.print(f"{n} events exported" + (f" to {output}" if output else ""))


@main.command()
@_db
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the REST API (OpenAPI at /docs) and the dashboard (at /) over the store."""
    import uvicorn

    from .api.app import create_app

    path = db or settings().db
    if not Path(path).exists():
        raise click.ClickException(f"database {path} does not exist; run 'herodotus ingest' or 'herodotus demo' first.")
    uvicorn.run(create_app(path), host=host, port=port, log_level="warning")


@main.command()
@_db
@click.pass_context
def demo(ctx: click.Context, db: str | None) -> None:
    """Code the example articles shipped with Herodotus, store them and print a summary."""
    from importlib import resources

    failures = Failures(ctx.obj["verbose"])
    examples = resources.files("herodotus") / "examples" / "articles.jsonl"
    with resources.as_file(examples) as path:
        records = []
        with _open_store(db) as store:
            for doc, record in _coded((str(path),), "auto", None, failures):
                store.ingest(record, text=doc.text, url=doc.url, source=doc.source)
                records.append(record)
    _print_summary(records, db or settings().db)
    failures.exit()


def _print_summary(records: list[dict[str, Any]], db: str) -> None:
    events = [ev for r in records for ev in r["events"]]
    quotes = [q for r in records for q in r["quotes"]]
    out.print(f"[bold]{len(records)} articles[/bold] ({', '.join(f'{n} {l}' for l, n in Counter(r['lang'] for r in records).items())}) "
              f"-> {len(events)} events, {len(quotes)} quotes, {sum(len(r['entities']) for r in records)} entities; stored in {db}")
    by_type = Table(title="Events by type")
    by_type.add_column("event")
    by_type.add_column("count", justify="right")
    for kind, n in Counter(ev["event"] for ev in events).most_common():
        by_type.add_row(kind, str(n))
    out.print(by_type)
    dyads = Table(title="Top dyads")
    for col in ("actor", "recipient", "events"):
        dyads.add_column(col)
    pairs = Counter((_names(ev["actor"][:1]), _names(ev["recipient"][:1])) for ev in events)
    for (a, b), n in pairs.most_common(8):
        dyads.add_row(a, b or "-", str(n))
    out.print(dyads)
    out.print("[bold]Quotes[/bold]")
    for q in quotes[:10]:
        who = (q["speaker"] or {}).get("identifier_text") or (q["speaker"] or {}).get("entity_text") or "unknown speaker"
        out.print(f"  {who} ({q['kind']}): {q['text'][:90]}", markup=False)
