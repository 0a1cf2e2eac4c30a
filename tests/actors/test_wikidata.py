"""Importing a Wikidata JSON dump (hand-made, same format) into a user KB file."""

from __future__ import annotations

import bz2
import gzip
import json
from datetime import date

import pytest

from realpolitik.actors.kb import load_knowledge_base
from realpolitik.actors.userkb import read_user_kb
from realpolitik.actors.wikidata import import_wikidata
from realpolitik.cli.main import main
from realpolitik.errors import InputError


def _claim(prop, value, **qualifiers):
    datavalue = {"value": {"id": value} if value.startswith("Q") else value}
    claim = {"mainsnak": {"property": prop, "datavalue": datavalue}}
    if qualifiers:
        claim["qualifiers"] = {p: [{"datavalue": {"value": {"time": f"+{t}T00:00:00Z"}}}]
                               for p, t in qualifiers.items()}
    return claim


def _entity(qid, label, aliases=(), **claims):
    return {"id": qid, "labels": {"en": {"value": label}},
            "aliases": {"en": [{"value": a} for a in aliases]},
            "claims": {p: c if isinstance(c, list) else [c] for p, c in claims.items()}}


ENTITIES = [
    _entity("Q900", "Person in Ruritania", aliases=["P. Ruritania"],
            P31=_claim("P31", "Q5"), P27=_claim("P27", "Q901"),
            P39=_claim("P39", "Q902", P580="2019-03-01", P582="2023-02-28")),
    _entity("Q901", "Ruritania", P298=_claim("P298", "XRU")),
    _entity("Q902", "Minister of Fisheries of Ruritania", P31=_claim("P31", "Q4164871"),
            P1001=_claim("P1001", "Q901")),
    _entity("Q903", "Ruritanian Fishing Board", P31=_claim("P31", "Q327333"), P17=_claim("P17", "Q901")),
    _entity("Q904", "A mountain", P31=_claim("P31", "Q8502")),
]


def _write_dump(path, opener=open):
    lines = "[\n" + ",\n".join(json.dumps(e) for e in ENTITIES) + "\n]\n"
    with opener(path, "wt", encoding="utf-8") as f:
        f.write(lines)


@pytest.mark.parametrize(("name", "opener"), [("d.json", open), ("d.json.gz", gzip.open), ("d.json.bz2", bz2.open)])
def test_import_wikidata_writes_people_and_orgs(tmp_path, name, opener):
    dump = tmp_path / name
    _write_dump(dump, opener)
    out = tmp_path / "kb.yaml"
    with out.open("w", encoding="utf-8") as f:
        assert import_wikidata(dump, f, load_knowledge_base()) == 2
    actors = {entry.id: entry for entry, _ in read_user_kb(out)}
    person = actors["person:person-in-ruritania"]
    assert person.country == "XRU"
    (role,) = person.roles
    assert (role.title, role.country, role.sector) == ("Minister of Fisheries of Ruritania", "XRU", "GOV")
    assert (role.start, role.end) == (date(2019, 3, 1), date(2023, 2, 28))
    assert actors["org:ruritanian-fishing-board"].country == "XRU"


def test_import_wikidata_names_a_bad_line(tmp_path):
    dump = tmp_path / "bad.json"
    dump.write_text("[\n{\"id\": \"Q1\"},\n{oops\n]\n", encoding="utf-8")
    with (tmp_path / "x.yaml").open("w") as out, pytest.raises(InputError, match=r"bad\.json:3"):
        import_wikidata(dump, out, load_knowledge_base())


def test_cli_kb_import_wikidata(tmp_path):
    dump = tmp_path / "d.json"
    _write_dump(dump)
    out = tmp_path / "kb.yaml"
    assert main(["kb", "import-wikidata", str(dump), "--out", str(out)]) == 0
    assert "Ruritanian Fishing Board" in out.read_text(encoding="utf-8")
