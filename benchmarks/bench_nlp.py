"""Speed and peak memory of the whole language analysis stage (``nlp.v1``).

    .venv/bin/python benchmarks/bench_nlp.py                 # German and English, 2 threads
    .venv/bin/python benchmarks/bench_nlp.py --langs de --docs 40
    .venv/bin/python benchmarks/bench_nlp.py --workers 2     # one process per core

Text: the raw sentences (``# text =``) of UD German GSD test and UD English EWT
test from ../shared/data, grouped into documents of 20 sentences, so the figure
covers tokenizer + sentence splitter + HanTa tagger + encoder + all shipped heads
on real text. Models are loaded and warmed up on one document before timing.
Peak memory is the process's maximum resident set size (ru_maxrss).
Target: >= 3,000 tokens/s German on 2 cores, peak <= 2 GB.

On a busy shared machine, 2 torch threads spin-wait against other processes and
throughput collapses (10x measured); use ``--threads 1`` there, or set
``OMP_WAIT_POLICY=PASSIVE``. Report figures from an otherwise idle machine.
Tokens per CPU-second (user + system time of the process and its workers) moves
less with other load than wall-clock tokens/s; when comparing two versions on a
shared machine, run them alternately, several times each, and quote both figures
with the load average. With ``--workers N`` on N cores, tokens/s is at most about
N x tokens per CPU-second.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rich.progress import Progress  # noqa: E402

from herodotus.config import data_dir  # noqa: E402
from herodotus.model import Document  # noqa: E402
from herodotus.pipeline.nlp import Analysis  # noqa: E402
from herodotus.pipeline.parallel import code_all, warm_up  # noqa: E402

SOURCES = {
    "de": "ud/UD_German-GSD/de_gsd-ud-test.conllu",
    "en": "ud/UD_English-EWT/en_ewt-ud-test.conllu",
}


def documents(lang: str, n_docs: int, per_doc: int = 20) -> list[Document]:
    lines = (data_dir() / SOURCES[lang]).read_text(encoding="utf-8").splitlines()
    texts = [line.split("=", 1)[1].strip() for line in lines if line.startswith("# text =")]
    docs = []
    for k in range(0, min(len(texts), n_docs * per_doc), per_doc):
        docs.append(Document(id=f"{lang}-{k // per_doc}", text=" ".join(texts[k:k + per_doc]), lang=lang))
    return docs


def bench(lang: str, n_docs: int, stage: Analysis, workers: int) -> tuple[int, float, float]:
    """(tokens, wall seconds, CPU seconds of this process and its finished workers)."""
    docs = documents(lang, n_docs + 1)
    stage(docs[0])   # loads models and warms caches
    warm_up(stage)   # outside the timing: forked workers start with the models loaded
    tokens = 0
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    with Progress(transient=True) as progress:
        task = progress.add_task(f"nlp {lang}", total=len(docs) - 1)
        for doc, error in code_all(_analysed(stage), docs[1:], workers):
            if error is not None:
                raise error
            tokens += len(doc.tokens)
            progress.advance(task)
    took = time.perf_counter() - started
    return tokens, took, cpu_seconds() - cpu_before


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its reaped children (the workers)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def _analysed(stage: Analysis):
    def run(doc: Document) -> Document:
        stage(doc)
        return doc
    return run


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--langs", nargs="+", default=["de", "en"], choices=sorted(SOURCES))
    ap.add_argument("--docs", type=int, default=30, help="documents of 20 sentences per language")
    ap.add_argument("--threads", type=int, default=2, help="torch threads (of the one process; workers use 1)")
    ap.add_argument("--workers", type=int, default=1,
                    help="analyse documents in this many forked processes (herodotus.pipeline.parallel)")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    stage = Analysis()
    for lang in args.langs:
        tokens, took, cpu = bench(lang, args.docs, stage, args.workers)
        how = f"{args.workers} worker processes" if args.workers > 1 else f"{args.threads} threads"
        print(f"{lang}: {tokens} tokens in {took:.1f}s = {tokens / took:,.0f} tokens/s ({how}; "
              f"{tokens / max(cpu, 1e-9):,.0f} tokens per CPU-second); "
              f"peak RSS so far {peak_mb():,.0f} MB" + (
                  f", largest worker {peak_mb(resource.RUSAGE_CHILDREN):,.0f} MB (pages shared with the "
                  "parent are counted in both)" if args.workers > 1 else ""))
    print(f"heads: {[type(h).__name__ for h in stage.heads(args.langs[0])]}")


if __name__ == "__main__":
    main()
