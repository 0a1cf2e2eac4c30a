"""Actors: knowledge base, recognition, resolution and coreference."""

from realpolitik.actors.kb import KnowledgeBase, load_knowledge_base
from realpolitik.actors.layer import ActorLayer
from realpolitik.actors.recognize import recognize_actors

__all__ = ["ActorLayer", "KnowledgeBase", "load_knowledge_base", "recognize_actors"]
