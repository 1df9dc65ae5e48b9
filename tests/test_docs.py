"""Every command and setting is documented in the README (datasette's test_docs habit)."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from herodotus.cli import main
from herodotus.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_every_command_is_in_the_readme(command):
    assert f"herodotus {command}" in README


@pytest.mark.parametrize("setting", [f.name for f in fields(Settings)])
def test_docs_every_setting_is_in_the_readme(setting):
    assert f"`{setting}`" in README


def test_docs_readme_names_the_two_setup_commands_and_ci_runs_them():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "make install" in README and "make test" in README
    assert "make install" in ci and "make test" in ci
