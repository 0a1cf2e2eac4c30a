from __future__ import annotations

import pytest

from realpolitik.errors import InputError
from realpolitik.settings import Settings, load_settings


def test_packaged_defaults_match_the_dataclass():
    assert load_settings() == Settings()


def test_user_file_overrides_key_by_key(tmp_path, monkeypatch):
    monkeypatch.delenv("REALPOLITIK_CONFIG", raising=False)
    path = tmp_path / "my.toml"
    path.write_text('pipeline = "en_core_web_lg"\nworkers = 2\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.pipeline == "en_core_web_lg" and settings.workers == 2
    assert settings.batch_size == Settings().batch_size


def test_environment_variable_names_the_file(tmp_path, monkeypatch):
    path = tmp_path / "env.toml"
    path.write_text("batch_size = 4\n", encoding="utf-8")
    monkeypatch.setenv("REALPOLITIK_CONFIG", str(path))
    assert load_settings().batch_size == 4


@pytest.mark.parametrize(("content", "problem"), [("colour = 1\n", "unknown setting"), ("workers = \n", "invalid")])
def test_bad_settings_name_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as exc:
        load_settings(path)
    assert str(path) in str(exc.value)


def test_with_options_ignores_none():
    assert Settings().with_options(workers=None, pipeline="x").pipeline == "x"


def test_missing_pipeline_is_a_clear_error():
    from realpolitik.errors import ModelError
    from realpolitik.nlp import load_pipeline

    with pytest.raises(ModelError, match="no_such_pipeline"):
        load_pipeline("no_such_pipeline")
