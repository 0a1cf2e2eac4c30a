"""Our spaCy components. Each is a plain callable on a Doc, registered by name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "realpolitik_paragraphs"


@Language.component(PARAGRAPHS)
def split_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: news paragraphs, headlines and datelines never run on.

    The parser keeps sentence starts set before it runs, so a headline without a full
    stop no longer fuses with the first paragraph.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and ends_line(before) and not token.is_space:
            token.is_sent_start = True
    return doc


def ends_line(token) -> bool:
    """Whether a line break follows ``token`` or is in it (a whitespace token)."""
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)
