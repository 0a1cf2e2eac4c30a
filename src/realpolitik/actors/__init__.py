"""Actors: knowledge base, recognition, resolution and coreference."""

from realpolitik.actors.kb import KnowledgeBase, load_knowledge_base
from realpolitik.actors.layer import ActorLayer
from realpolitik.actors.recognize import known_names, recognize_actors

__all__ = ["ActorLayer", "KnowledgeBase", "known_names", "load_knowledge_base", "recognize_actors"]
