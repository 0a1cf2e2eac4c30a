"""Actors: knowledge base, recognition, resolution and coreference."""

from realpolitik.actors.layer import ActorLayer

__all__ = ["ActorLayer"]
