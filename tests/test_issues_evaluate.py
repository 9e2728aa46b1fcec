"""`sigap issues evaluate DIR` replays labelled scenarios into scratch databases and scores them."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

SCENARIOS = Path(__file__).parent / "data" / "scenarios"


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory):
    """One run over the two small scenarios (each replayed in a child process of its own)."""
    import io

    out, err = io.StringIO(), io.StringIO()
    report = tmp_path_factory.mktemp("evaluate") / "hasil.json"
    call_command("issues", "evaluate", str(SCENARIOS), "--jobs", "2", "--json", str(report), stdout=out, stderr=err)
    return out.getvalue(), json.loads(report.read_text(encoding="utf-8"))


def test_the_last_line_sums_up_every_scored_scenario(evaluated):
    out, _ = evaluated
    last = out.strip().splitlines()[-1]
    assert last.startswith("scenarios 1 · events detected 1/1 · false alarms 0 · purity ")
    assert " · on time 1/1" in last


def test_an_incident_is_one_issue_that_reaches_its_level_in_time(evaluated):
    _, results = evaluated
    fire = next(r for r in results if r["name"] == "kebakaran-pasar")
    event = fire["events"][0]
    assert event["issues"] == 1 and event["covered"] == event["documents"]
    assert event["levels"]["isu"]["ok"] and event["levels"]["isu"]["reached"] <= 240
    assert "kebakaran" in event["titles"][0].lower()


def test_bad_lines_are_skipped_and_listed_by_line_number(evaluated):
    out, results = evaluated
    fire = next(r for r in results if r["name"] == "kebakaran-pasar")
    assert fire["read"] == 84 and fire["documents"] == 83
    assert "baris rusak dilewati: baris 6" in out


def test_a_scenario_without_expectations_is_reported_not_scored(evaluated):
    out, results = evaluated
    plain = next(r for r in results if r["name"] == "tanpa-harapan")
    assert plain["scored"] is False
    assert "tanpa harapan: tidak dinilai" in out


def test_a_missing_folder_says_so():
    with pytest.raises(CommandError, match="Folder tidak ditemukan"):
        call_command("issues", "evaluate", "/tmp/tidak-ada-skenario")
