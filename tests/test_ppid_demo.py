"""The PPID demo data loads, is idempotent, and its pages render for the demo PPID officer."""

from __future__ import annotations

import pytest
from helpers.users import make_user

from sigap.core.models import Role
from sigap.ppid.demo import load
from sigap.ppid.models import InformationRequest

pytestmark = pytest.mark.django_db


def test_demo_loads_once_and_pages_render(offices, login):
    assert load() == 12
    assert load() == 0
    assert InformationRequest.objects.filter(status="delivered").count() == 3
    client = login(make_user("demak.ppid", offices["demak"], Role.PPID))
    for url in (
        "/ppid/",
        "/ppid/keberatan/",
        "/ppid/register/permohonan/",
        "/ppid/register/keberatan/",
        "/ppid/dip/",
        "/ppid/dik/",
        "/ppid/laporan/",
        "/ppid/permohonan/baru/",
        "/layanan/demak/dip/",
        "/layanan/",
    ):
        assert client.get(url).status_code == 200, url
    for req in InformationRequest.objects.filter(office=offices["demak"]):
        assert client.get(f"/ppid/permohonan/{req.pk}/").status_code == 200
    assert "Laporan keuangan tahunan" in client.get("/layanan/demak/dip/").content.decode()
