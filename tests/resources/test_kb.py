"""The actor knowledge base: shipped files, dated offices and user additions."""
from __future__ import annotations

from datetime import date

import pytest

from herodotus import config
from herodotus.resources import kb_loader
from herodotus.resources.kb_loader import load_kb, name_key


def test_kb_countries_have_names_adjectives_and_capitals():
    kb = load_kb()
    assert len([e for e in kb.entries.values() if e.kind == "country"]) >= 190
    for form in ("kenianisch", "kenianische", "kenianischen", "kenianischer", "kenianisches", "kenianischem"):
        assert ("country:KEN", "adjective") in kb.index[name_key(form)]
    assert ("country:TUR", "capital") in kb.index[name_key("Ankara")]
    assert ("country:DEU", "name") in kb.index[name_key("Deutschland")]
    assert kb.country("SYR").qid == "Q858"


def test_kb_organisations_codes_and_sectors():
    kb = load_kb()
    assert kb.entries["org:United Nations"].code == "UNO"
    assert kb.entries["org:European Commission"].code == "EUR"
    hez = kb.entries["org:Hezbollah"]
    assert (hez.code, hez.sector) == ("LBN", "REB")
    assert kb.entries["org:International Committee of the Red Cross"].code == "NGO"


@pytest.mark.parametrize("country, role, day, name", [
    ("USA", "president", date(2016, 6, 1), "Barack Obama"),
    ("USA", "president", date(2022, 6, 1), "Joe Biden"),
    ("DEU", "chancellor", date(2023, 1, 1), "Olaf Scholz"),
    ("GBR", "prime_minister", date(2022, 10, 1), "Liz Truss"),
    ("UNO", "secretary_general", date(2015, 1, 1), "Ban Ki-moon"),
])
def test_kb_office_holder_on_date(country, role, day, name):
    assert load_kb().holder(country, role, day).name == name


def test_kb_person_coding_follows_date():
    putin = load_kb().entries["person:Vladimir Putin"]
    assert putin.coding_on(date(2010, 1, 1)) == ("RUS", "GOV")
    assert "prime_minister" in putin.roles_on(date(2010, 1, 1))
    assert "president" in putin.roles_on(date(2015, 1, 1))


def test_kb_user_additions_are_merged(tmp_path, monkeypatch):
    (tmp_path / "people_local.tsv").write_text(
        "name\tqid\tgender\taliases\toffices\tcodes\n"
        "Ada Musterfrau\t\tf\tMusterfrau\tKEN:GOV:foreign_minister:2030-01-01:\t\n", encoding="utf-8")
    monkeypatch.setenv("HERODOTUS_KB", str(tmp_path))
    config.settings.cache_clear()
    kb_loader.load_kb.cache_clear()
    try:
        kb = kb_loader.load_kb()
        assert kb.holder("KEN", "foreign_minister", date(2031, 1, 1)).name == "Ada Musterfrau"
        assert ("person:Ada Musterfrau", "name") in kb.index[name_key("Musterfrau")]
        assert kb.country("KEN") is not None
    finally:
        monkeypatch.delenv("HERODOTUS_KB")
        config.settings.cache_clear()
        kb_loader.load_kb.cache_clear()


def test_kb_knows_which_states_are_kingdoms():
    kb = load_kb()
    assert kb.country("SAU").monarchy and kb.country("GBR").monarchy
    assert not kb.country("FRA").monarchy and not kb.country("USA").monarchy
