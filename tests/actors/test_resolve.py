"""Resolving actor strings without a parse, roles as of a date."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors.kb import load_knowledge_base
from realpolitik.actors.resolve import resolve_actor


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def _as_tuple(r):
    return r.id, r.kind, r.country, r.sector


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarusian soldiers", ("BLR", "state", "BLR", "MIL")),
    ("Ankara", ("TUR", "state", "TUR", "GOV")),
    ("the Kremlin", ("RUS", "state", "RUS", "GOV")),
    ("Nato", ("NATO", "igo", "IGO", "IGO")),
    ("Kenyan police", ("KEN", "state", "KEN", "COP")),
    ("opposition lawmakers", ("group:opposition-lawmakers", "group", None, "LEG")),
    ("protesters in Lagos", ("group:protesters-in-lagos", "group", "NGA", "CVL")),
])
def test_resolve_states_bodies_and_groups(kb, text, expected):
    assert _as_tuple(resolve_actor(text, kb)) == expected


def test_resolve_person_roles_follow_the_date(kb):
    in_office = resolve_actor("Chancellor Angela Merkel", kb, on=date(2015, 1, 1))
    retired = resolve_actor("Angela Merkel", kb, on=date(2024, 1, 1))
    assert (in_office.id, in_office.country, in_office.sector) == ("person:angela-merkel", "DEU", "GOV")
    assert retired.sector != "GOV"


def test_resolve_person_inside_a_title(kb):
    r = resolve_actor("Russian Foreign Minister Sergey Lavrov", kb, on=date(2022, 3, 1))
    assert (r.id, r.country, r.sector) == ("person:sergey-lavrov", "RUS", "GOV")


def test_resolve_surname_through_context(kb):
    r = resolve_actor("Okonkwo", kb, context="The ruling was criticised by Adaeze Okonkwo, a lawyer.")
    assert (r.id, r.kind) == ("person:adaeze-okonkwo", "person")


def test_resolve_unknown_name_gets_a_stable_person_id(kb):
    assert resolve_actor("Jan Kowalczyk-Brandt", kb).id == resolve_actor("“Jan Kowalczyk-Brandt”", kb).id


def test_resolve_known_group_with_a_noun(kb):
    r = resolve_actor("Houthi fighters", kb)
    assert (r.id, r.country, r.sector) == ("group:houthis", "YEM", "REB")
