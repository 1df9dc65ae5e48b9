"""Settings: defaults from default_config.toml, overridden by environment variables.

``HERODOTUS_DATA``  folder of the shared training/evaluation data (default ../shared/data
                    relative to the repository root); only scripts, evals and data-backed
                    tests read it, never the pipeline.
``HERODOTUS_DB``    default DuckDB file for ingest/query/export/serve.
``HERODOTUS_KB``    extra folder of user actor-knowledge-base files merged at run time.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError, Errors

DEFAULT_CONFIG = Path(__file__).with_name("default_config.toml")
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "herodotus.duckdb"
    data_dir: str = str(REPO_ROOT.parent / "shared" / "data")
    kb_dir: str = ""
    max_text_bytes: int = 2_000_000
    languages: tuple[str, ...] = ("de", "en")


def _check(raw: dict, path: Path) -> dict:
    known = {f.name: f for f in fields(Settings)}
    out = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(Errors.E030.format(key=key, path=path, known=", ".join(known)))
        default = known[key].default
        if isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(Errors.E031.format(key=key, path=path, expected="a list of strings", value=value))
            value = tuple(value)
        elif not isinstance(value, type(default)):
            raise ConfigError(Errors.E031.format(key=key, path=path, expected=type(default).__name__, value=value))
        out[key] = value
    return out


def known_default(key: str):
    return {f.name: f.default for f in fields(Settings)}[key]


@lru_cache(maxsize=1)
def settings() -> Settings:
    with DEFAULT_CONFIG.open("rb") as fh:
        values = _check(tomllib.load(fh).get("herodotus", {}), DEFAULT_CONFIG)
    for key, env in (("db", "HERODOTUS_DB"), ("data_dir", "HERODOTUS_DATA"), ("kb_dir", "HERODOTUS_KB")):
        if os.environ.get(env):
            values[key] = os.environ[env]
    if "data_dir" not in values:
        values["data_dir"] = known_default("data_dir")
    return Settings(**values)


def data_dir() -> Path:
    return Path(settings().data_dir)
