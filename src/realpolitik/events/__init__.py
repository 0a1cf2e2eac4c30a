"""Events: trigger, type and mode, actors, date, place, modality, codes.

``extract_events(doc, article, layer, quotes)`` is the stage the pipeline calls.
"""

from realpolitik.events.extract import extract_events

__all__ = ["extract_events"]
