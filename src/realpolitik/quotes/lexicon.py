"""The word lists quote extraction reads: cue verbs and nouns for unnamed sources.

Both are packaged TSV files (``data/``), read once on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

SPEECH = "speech"
BELIEF = "belief"


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A verb that introduces an attribution.

    ``cls`` is "speech" or "belief"; ``takes_object`` says that, lacking a reported
    clause, the verb's complements are the content ("accused Washington of meddling").
    """

    lemma: str
    cls: str
    takes_object: bool


def _rows(name: str) -> list[list[str]]:
    text = files("realpolitik.quotes").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # the header


@cache
def cue_verbs() -> dict[str, CueVerb]:
    """Cue verbs by lemma."""
    return {lemma: CueVerb(lemma, cls, takes == "object") for lemma, cls, takes in _rows("cues.tsv")}


@cache
def source_nouns() -> dict[str, str | None]:
    """Nouns naming an unnamed source, by lemma, with the sector they imply (or None)."""
    return {lemma: (None if sector == "-" else sector) for lemma, sector in _rows("speaker_nouns.tsv")}
