"""Every error realpolitik raises on purpose. The CLI turns them into one-line messages."""

from __future__ import annotations


class RealpolitikError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class InputError(RealpolitikError):
    """An input that cannot be read: names the file (and line) and the problem."""

    def __init__(self, origin: str, problem: str):
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class ModelError(RealpolitikError):
    """The configured spaCy pipeline cannot be loaded."""


class StoreError(RealpolitikError):
    """The corpus database cannot be opened, migrated or written."""


class AnalysisError(RealpolitikError):
    """An article that the pipeline could not analyse."""
