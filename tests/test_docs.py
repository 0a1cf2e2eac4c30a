"""Nothing a user can type or set goes undocumented."""

from __future__ import annotations

from dataclasses import fields
from importlib import resources
from pathlib import Path

from realpolitik.cli.main import COMMANDS, build_parser
from realpolitik.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_readme_starts_with_the_two_commands():
    lines = [x for x in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if x.strip()]
    code = lines[lines.index("```") + 1: lines.index("```") + 3]
    assert code[0].startswith("make demo") and code[1].startswith("make test")


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"realpolitik {name}" in readme, f"command {name!r} is not documented in README.md"


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {a.dest: a.help for a in sub._choices_actions}
    for name in COMMANDS:
        assert helps.get(name), f"command {name!r} has no help line"


def test_every_setting_is_documented_in_the_defaults_file():
    text = resources.files("realpolitik").joinpath("defaults.toml").read_text(encoding="utf-8")
    for f in fields(Settings):
        assert f"\n{f.name} = " in "\n" + text, f"setting {f.name!r} missing from defaults.toml"
