"""Store benchmark: build a 10,000-article store from generated contract records, then time
filtered event-list queries (target <= 200 ms) and dyad time series (target <= 500 ms).

    .venv/bin/python benchmarks/bench_store.py [--articles 10000] [--db /tmp/bench.duckdb] [--keep]

The corpus comes from herodotus.store.synthetic (every 10th article a syndicated copy).
It also checks the two store promises at scale: re-ingesting a sample changes nothing,
and syndicated copies added mentions, not events. Latencies are medians of 5 runs after
one warm-up, through the same Store methods the API uses.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from herodotus.store import EventFilter, Store, synthetic

console = Console()


def timed(fn, runs: int = 5) -> float:
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def build(store: Store, n: int) -> tuple[Counter, float, list[dict]]:
    statuses: Counter = Counter()
    sample = []
    start = time.perf_counter()
    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeRemainingColumn()]
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("ingest", total=n, rate="")
        for i, record in enumerate(synthetic.corpus(n)):
            result = store.ingest(record, text=record["text"], url=record["url"], source=record["source"])
            statuses[result.status] += 1
            if i % 500 == 0:
                sample.append(record)
            rate = f"{(i + 1) / (time.perf_counter() - start):.0f} articles/s"
            progress.update(task, advance=1, rate=rate)
            if not console.is_terminal and (i + 1) % 1000 == 0:  # a progress log when run under nohup
                console.print(f"{i + 1} articles, {rate}")
    return statuses, time.perf_counter() - start, sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None, help="database file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="reuse --db if it exists instead of rebuilding")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench.duckdb"
    if db.exists() and not args.keep:
        db.unlink()
    with Store(db) as store:
        if store.counts()["articles"] == 0:
            statuses, seconds, sample = build(store, args.articles)
            console.print(f"built {sum(statuses.values())} articles in {seconds:.0f} s "
                          f"({sum(statuses.values()) / seconds:.1f}/s): {dict(statuses)}")
        else:
            sample = [r for i, r in enumerate(synthetic.corpus(args.articles)) if i % 500 == 0]
        counts = store.counts()
        console.print(f"store: {counts}")
        _, rows = store.query("SELECT count(*) FROM event_mentions m JOIN articles a USING (article_id) "
                              "WHERE a.duplicate_of IS NOT NULL AND m.match <> 'cluster'")
        console.print(f"mentions from syndicated copies that created or joined events other than by cluster: {rows[0][0]}")
        before = store.counts()
        again = Counter(store.ingest(r, text=r["text"], url=r["url"], source=r["source"]).status for r in sample)
        console.print(f"re-ingest of {len(sample)} sampled articles: {dict(again)}; "
                      f"counts unchanged: {store.counts() == before}")
        table = Table(title=f"Query latency on {counts['articles']:,} articles, {counts['events']:,} events "
                            f"(median of 5, ms)")
        for col in ("query", "ms", "target", "rows"):
            table.add_column(col)
        checks = [
            ("events: no filter, page 1", lambda: store.events(EventFilter(), limit=50), 200),
            ("events: actor=RUS", lambda: store.events(EventFilter(actor="RUS"), limit=50), 200),
            ("events: actor=ISR recipient=SYR", lambda: store.events(EventFilter(actor="ISR", recipient="SYR")), 200),
            ("events: type=ASSAULT quad=4 2024", lambda: store.events(EventFilter(
                type="ASSAULT", quad=4, start=synthetic.date(2024, 1, 1), end=synthetic.date(2024, 12, 31))), 200),
            ("events: place=Moscow, by mentions", lambda: store.events(EventFilter(place="Moscow"), sort="mentions"), 200),
            ("events: text search 'sanctions'", lambda: store.events(EventFilter(q="sanctions")), 200),
            ("events: page 100 (offset 4950)", lambda: store.events(EventFilter(), limit=50, offset=4950), 200),
            ("dyad series USA->CHN by day", lambda: store.dyad_series(EventFilter(actor="USA", recipient="CHN"), period="day"), 500),
            ("dyad series RUS->UKR by week", lambda: store.dyad_series(EventFilter(actor="RUS", recipient="UKR"), period="week"), 500),
            ("dyad series all events by month", lambda: store.dyad_series(EventFilter(), period="month"), 500),
            ("top dyads (network)", lambda: store.read("dyads", filters=EventFilter(), limit=60), 500),
        ]
        for name, fn, target in checks:
            result = fn()
            rows = result[0] if isinstance(result, tuple) else len(result)
            ms = timed(fn)
            colour = "green" if ms <= target else "red"
            table.add_row(name, f"[{colour}]{ms:.1f}[/{colour}]", f"<= {target}", str(rows))
        console.print(table)


if __name__ == "__main__":
    main()
