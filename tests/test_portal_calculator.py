"""The public deadline calculator: page and API, no login."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_calculator_page_gives_the_due_date_and_the_skipped_days(client):
    page = client.get(
        "/layanan/kalkulator-tenggat/",
        {
            "received": "2026-03-16T09:00",
            "days": "10",
            "zone": "Asia/Jakarta",
            "cuti_bersama_off": "1",
            "saturday_off": "1",
        },
    ).content.decode()
    assert '<time datetime="2026-04-07">7 Apr 2026</time>' in page
    assert "2026-03-19 Kamis: libur nasional: Hari Suci Nyepi" in page


def test_calculator_with_cuti_bersama_as_working_days(client):
    page = client.get(
        "/layanan/kalkulator-tenggat/",
        {
            "received": "2026-03-16T09:00",
            "days": "10",
            "zone": "Asia/Jakarta",
            "cuti_bersama_off": "0",
            "saturday_off": "1",
        },
    ).content.decode()
    assert '<time datetime="2026-03-31">' in page


def test_calculator_api_without_login(client):
    response = client.get("/api/v1/ppid/tenggat", {"diterima": "2026-03-16T09:00", "hari": 17, "zona": "WITA"})
    assert response.status_code == 200
    body = response.json()
    assert body["due"] == "2026-04-16" and body["time_zone"] == "Asia/Makassar"
    assert body["explanation"].startswith("Jatuh tempo Kamis, 16 April 2026 pukul 23.59 WITA")


def test_calculator_api_refuses_bad_input(client):
    assert client.get("/api/v1/ppid/tenggat", {"diterima": "kemarin", "hari": 10}).status_code == 422


def test_ppid_requests_api_is_isolated(client, offices):
    from helpers.ppid import make_request
    from helpers.users import make_user

    from sigap.core.models import Role

    req = make_request(offices["demak"])
    client.force_login(make_user("ppid.kemensos", offices["kemensos"], Role.PPID))
    assert client.get(f"/api/v1/ppid/requests/{req.pk}").status_code == 404
    assert client.get("/api/v1/ppid/requests").json()["count"] == 0
    client.force_login(make_user("ppid.demak", offices["demak"], Role.PPID))
    assert client.get(f"/api/v1/ppid/requests/{req.pk}").json()["number"] == req.number
