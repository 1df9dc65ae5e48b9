"""The pipeline: stages run in order, each adding a layer to a Document."""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from ..model import Document
from .registry import DEFAULT_STAGES, Stage, create


class Pipeline:
    def __init__(self, stage_names: Sequence[str] = DEFAULT_STAGES) -> None:
        self.stages: list[Stage] = [create(name) for name in stage_names]

    @property
    def stage_names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            stage(doc)
        return doc

    def pipe(self, docs: Iterable[Document], *, workers: int = 1) -> Iterator[Document]:
        """Code documents in order; ``workers`` > 1 codes them in that many processes.

        An error in one document is raised when the iteration reaches it.
        """
        from .parallel import code_all

        for doc, error in code_all(self, docs, workers):
            if error is not None:
                raise error
            yield doc


__all__ = ["Pipeline", "DEFAULT_STAGES"]
