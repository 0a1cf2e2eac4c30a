"""A user's YAML knowledge-base file: adds and overrides actors; errors name file and line."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors.kb import KnowledgeBase, load_knowledge_base
from realpolitik.actors.resolve import resolve_actor
from realpolitik.actors.userkb import read_user_kb
from realpolitik.errors import InputError
from realpolitik.settings import Settings

GOOD = """\
- id: person:ola-nordmann
  name: Ola Nordmann
  kind: person
  country: NOR
  aliases: [Minister Nordmann]
  roles:
    - {title: fisheries minister, country: NOR, sector: GOV, start: 2030-01-01}
- id: ISL
  name: Iceland (override)
  kind: state
  country: ISL
"""


def test_user_kb_adds_and_overrides_actors(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    kb = load_knowledge_base(Settings(kb_files=(str(path),)))
    assert isinstance(kb, KnowledgeBase)
    r = resolve_actor("Minister Nordmann", kb, on=date(2031, 1, 1))
    assert (r.id, r.country, r.sector) == ("person:ola-nordmann", "NOR", "GOV")
    assert kb.entries["ISL"].name == "Iceland (override)"
    assert load_knowledge_base().entries["ISL"].name == "Iceland"


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("- id: x\n  name: X\n  kind: planet\n", 1, "unknown kind"),
    ("- id: a\n  name: A\n  kind: group\n- name: B\n  kind: group\n", 4, "needs a text 'id'"),
    ("- id: a\n  name: A\n  kind: person\n  roles:\n    - {title: t, start: not-a-date}\n", 5, "bad role date"),
    ("- id: a\n  name: [unclosed\n", 3, "invalid YAML"),
])
def test_user_kb_errors_name_file_and_line(tmp_path, text, line, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_user_kb(path))
    assert f"{path}:{line}" in str(err.value)
    assert problem in str(err.value)
