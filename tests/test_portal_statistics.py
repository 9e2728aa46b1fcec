"""The public statistics page and its open data: hand-counted figures per office and office tree."""

from __future__ import annotations

import csv
import io
import re

import pytest
from freezegun import freeze_time

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def end_of_2026():
    with freeze_time("2026-12-30 03:00:00"):
        yield


def _json(client, slug, **params):
    response = client.get(f"/layanan/{slug}/statistik.json", {"tahun": 2026, **params})
    assert response.status_code == 200
    return response.json()


def _page_value(page, key):
    match = re.search(rf'<tr id="f-{key}"><th scope="row">[^<]*</th><td class="num">([^<]*)</td>', page)
    assert match, key
    return match.group(1)


def test_office_figures_equal_the_hand_count(client, service_year):
    figures = _json(client, "demak")["figures"]
    assert figures["received"] == 3
    assert figures["answered"] == 2
    assert figures["answered_on_time"] == 1  # 4 working days; the refusal took 15 without an extension
    assert figures["median_working_days"] == 9.5
    assert figures["refused"] == 1 and figures["refused_pasal17_h"] == 1 and figures["refused_pasal17_a"] == 0
    assert figures["still_open"] == 1
    assert (figures["objections"], figures["disputes"]) == (1, 1)


def test_tree_counts_the_offices_below_and_totals_their_sum(client, service_year):
    data = _json(client, "jateng", lingkup="pohon")
    assert data["scope"] == "tree" and data["offices"] == ["demak", "jateng"]
    assert data["figures"]["received"] == 4
    assert data["figures"]["refused_pasal17_a"] == 1 and data["figures"]["refused_pasal17_h"] == 1
    for key in ("received", "answered", "answered_on_time", "refused", "objections", "disputes"):
        assert data["figures"][key] == sum(row[key] for row in data["by_office"]), key


def test_office_outside_the_tree_is_not_counted(client, service_year):
    data = _json(client, "jateng", lingkup="pohon")
    assert "kemensos" not in data["offices"]
    assert [row["office"] for row in data["by_office"]] == ["demak", "jateng"]
    assert data["figures"]["granted"] == 1  # Kemensos's granted request is not Jawa Tengah's


def test_office_alone_leaves_out_the_offices_below(client, service_year):
    assert _json(client, "jateng")["figures"]["received"] == 1


def test_months_count_requests_in_the_month_they_came_in(client, service_year):
    months = {m["period"]: m for m in _json(client, "jateng", lingkup="pohon")["months"]}
    assert len(months) == 12
    assert months["2026-03"]["received"] == 3 and months["2026-05"]["received"] == 1
    assert months["2026-04"]["objections"] == 1 and months["2026-06"]["disputes"] == 1
    assert months["2026-02"]["received"] == 0 and months["2026-02"]["median_working_days"] is None
    assert (months["2026-02"]["period_start"], months["2026-02"]["period_end"]) == ("2026-02-01", "2026-02-28")


def test_csv_matches_the_json(client, service_year):
    data = _json(client, "jateng", lingkup="pohon")
    response = client.get("/layanan/jateng/statistik.csv", {"tahun": 2026, "lingkup": "pohon"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    year = rows[0]
    assert (year["office"], year["scope"], year["period"], year["period_start"]) == (
        "jateng",
        "tree",
        "2026",
        "2026-01-01",
    )
    for key, value in data["figures"].items():
        assert year[key] == ("" if value is None else str(value)), key
    march = next(r for r in rows if r["period"] == "2026-03")
    assert march["received"] == "3" and march["period_end"] == "2026-03-31"
    assert [r["office"] for r in rows if r["scope"] == "office"] == ["demak", "jateng"]


def test_page_shows_the_same_figures_as_the_open_data(client, service_year):
    data = _json(client, "jateng", lingkup="pohon")
    page = client.get("/layanan/jateng/statistik/", {"tahun": 2026, "lingkup": "pohon"}).content.decode()
    for key, value in data["figures"].items():
        shown = _page_value(page, key)
        assert shown == ("-" if value is None else str(value).replace(".", ",")), key


def test_page_writes_dates_in_indonesian_and_the_data_in_iso(client, service_year):
    page = client.get("/layanan/demak/statistik/", {"tahun": 2026}).content.decode()
    assert "1 Januari 2026" in page and "31 Desember 2026" in page and "Maret 2026" in page
    data = _json(client, "demak")
    assert (data["period_start"], data["period_end"]) == ("2026-01-01", "2026-12-31")


def test_nothing_personal_is_published(client, service_year):
    page = client.get("/layanan/jateng/statistik/", {"tahun": 2026, "lingkup": "pohon"}).content.decode()
    data = client.get("/layanan/jateng/statistik.json", {"tahun": 2026, "lingkup": "pohon"}).content.decode()
    text = client.get("/layanan/jateng/statistik.csv", {"tahun": 2026, "lingkup": "pohon"}).content.decode()
    for published in (page, data, text):
        for personal in ("Budi Santoso", "budi@example.id", "3321014501900001", "0812000111"):
            assert personal not in published
