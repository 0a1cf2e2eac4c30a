"""realpolitik: the international system that news articles describe, with evidence."""

__version__ = "0.1.0"
