"""Headlines in Title Case, parsed again in sentence case.

Statistical parsers trained on running text read a capitalised verb as a name:
"Turkey Commends Brazil for Its Action" has no verb for them, and "Criticizes
Nigeria" becomes a person. A line of its own whose words, names aside, are mostly
capitalised is a headline; it is parsed again with those words in lower case
("Turkey commends Brazil for its action"), names, acronyms, days and months kept.
The copy has the same length as the original and is padded in front to the
line's offset, so every offset of the new parse still indexes the article. At
most ``MAX_HEADLINES`` lines per article are parsed again.

What counts as a name is the caller's ``named`` (token -> bool): the pipeline asks
the knowledge base (``actors.known_names``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from realpolitik.nlp.components import ends_line

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

Named = Callable[["Token"], bool]

# A headline: at least this many words of four letters or more outside names, and at least
# this share of them capitalised.
MIN_WORDS = 3
MIN_CAPITALISED = 0.7
# Headlines parsed again per article: a page of title lines is not worth a parse each.
MAX_HEADLINES = 5
# Names of days and months stay capitalised, as in running text.
CALENDAR = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)


def headlines(doc: Doc, named: Named) -> list[SpacySpan]:
    """The first ``MAX_HEADLINES`` sentences of ``doc`` that are headlines."""
    found: list[SpacySpan] = []
    for sent in doc.sents:
        if len(found) == MAX_HEADLINES:
            break
        if is_headline(sent, named):
            found.append(sent)
    return found


def is_headline(sent: SpacySpan, named: Named) -> bool:
    """Whether ``sent`` is a line of its own written in Title Case (names aside)."""
    if not _whole_line(sent):
        return False
    long_words = [t for t in sent if t.is_alpha and len(t) >= 4]
    if sum(t.text[0].isupper() for t in long_words) < MIN_CAPITALISED * len(long_words):
        return False  # names only raise the share: running text stops here, before any name lookup
    words = [t for t in long_words if not named(t)]
    if len(words) < MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) / len(words) >= MIN_CAPITALISED


def sentence_case(sent: SpacySpan, named: Named) -> str:
    """The text of ``sent`` with capitalised words lowered, except names, acronyms, days and months."""
    parts: list[str] = []
    for token in sent:
        text = token.text
        if (token.is_alpha and text[0].isupper() and not text.isupper() and token.lower_ not in CALENDAR
                and not named(token)):
            text = text.lower()
        parts.append(text + token.whitespace_)
    return "".join(parts)


def reparse_headlines(doc: Doc, named: Named, parse: Callable[[str], Doc]) -> dict[int, Doc]:
    """Sentence-case parses of the headlines of ``doc``, by the index of each one's first token.

    The orchestrator asks once; the actor and events stages read the same parses.
    """
    return {sent.start: reparse(sent, named, parse) for sent in headlines(doc, named)}


def reparse(sent: SpacySpan, named: Named, parse: Callable[[str], Doc]) -> Doc:
    """A sentence-case parse of ``sent`` whose offsets are the article's (padded in front)."""
    return parse(" " * sent.start_char + sentence_case(sent, named).rstrip())


def sentences(doc: Doc) -> Iterator[SpacySpan]:
    """The sentences of a ``reparse`` that hold words (not its padding)."""
    for inner in doc.sents:
        if any(not t.is_space for t in inner):
            yield inner


def _whole_line(sent: SpacySpan) -> bool:
    """Whether a line break (or the text's edge) comes right before and right after ``sent``."""
    doc = sent.doc
    first, last = sent.start, sent.end - 1
    while last > first and doc[last].is_space:
        last -= 1
    opens = first == 0 or ends_line(doc[first - 1]) or (doc[first].is_space and "\n" in doc[first].text)
    trailing = [doc[i] for i in range(last + 1, sent.end)]
    if sent.end < len(doc) and doc[sent.end].is_space:
        trailing.append(doc[sent.end])
    closes = sent.end == len(doc) or "\n" in doc[last].whitespace_ or any(ends_line(t) for t in trailing)
    return opens and closes

