"""The international system an article describes: signed relations, balance, triangles, blocs, what-if."""

from realpolitik.system.analyze import analyze_system, system_to_record
from realpolitik.system.relations import extract_relations

__all__ = ["analyze_system", "extract_relations", "system_to_record"]
