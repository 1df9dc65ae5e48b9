"""Code documents in several worker processes (one per core) for batch throughput.

Each worker runs the whole pipeline with one torch thread. On 2 cores this beats one
process with two torch threads, because the Python parts of the pipeline (HanTa's
morphology, actors, quotes, events) then also run on both cores; see
``benchmarks/bench_nlp.py --workers``. Workers are forked after the parent has loaded
every model once, so the weights are shared copy-on-write rather than loaded per worker.
Where fork is not available (Windows, macOS defaults) documents are coded in-process.
"""
from __future__ import annotations

import multiprocessing as mp
from typing import Callable, Iterable, Iterator

from ..model import Document

Result = tuple[Document, BaseException | None]

_worker_fn: Callable[[Document], Document] | None = None

# One sentence per language is enough to make every stage load its models.
_WARM_UP = {
    "de": "Der Außenminister sagte am Montag in Berlin, die Regierung werde an der Reform festhalten.",
    "en": "The foreign minister said on Monday in London that the government would keep the reform.",
}


def code_all(fn: Callable[[Document], Document], docs: Iterable[Document], workers: int = 1) -> Iterator[Result]:
    """(document, None) for each coded document, or (document, error) when coding raised; input order kept."""
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        for doc in docs:
            yield _safe(fn, doc)
        return
    warm_up(fn)
    global _worker_fn
    _worker_fn = fn
    with mp.get_context("fork").Pool(workers, initializer=_one_thread) as pool:
        yield from pool.imap(_code_in_worker, docs, chunksize=1)


def warm_up(fn: Callable[[Document], Document]) -> None:
    for lang, text in _WARM_UP.items():
        fn(Document(id=f"warm-up-{lang}", text=text, lang=lang))


def _one_thread() -> None:
    import torch

    torch.set_num_threads(1)


def _code_in_worker(doc: Document) -> Result:
    assert _worker_fn is not None
    return _safe(_worker_fn, doc)


def _safe(fn: Callable[[Document], Document], doc: Document) -> Result:
    try:
        return fn(doc), None
    except Exception as exc:  # reported per document by the caller; the batch goes on
        return doc, exc
