"""The daily brief respects roles: its PPID part only for those whom /ppid/ lets in."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone
from helpers.ppid import make_request
from helpers.users import make_user

from sigap.core.models import Role

pytestmark = pytest.mark.django_db
INFORMATION = "Daftar penerima bansos 2025 per desa"


@pytest.fixture
def due_request(offices, ppid):
    req = make_request(offices["demak"], ppid, information=INFORMATION)
    req.refresh_from_db()
    assert req.number and req.due_at
    return req


def _day(req):
    """The deadline's day (office time): the request is "due soon" in that day's brief."""
    return timezone.localtime(req.due_at, ZoneInfo(req.office.time_zone)).date()


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def crisis_staff(offices):
    return make_user("krisis.demak", offices["demak"], Role.TIM_KRISIS)


@pytest.mark.parametrize("who", ["analyst", "crisis_staff"])
def test_brief_page_and_pdf_hide_ppid_requests_from_roles_without_ppid(request, login, offices, due_request, who):
    client = login(request.getfixturevalue(who))
    day = _day(due_request).isoformat()
    assert client.get("/ppid/").status_code == 404  # the rule the brief follows
    page = client.get("/laporan/ringkasan/", {"tanggal": day}).content.decode()
    assert "Ringkasan harian" in page
    assert due_request.number not in page and INFORMATION not in page and "PPID" not in page
    text = _pdf_text(client.get(f"/laporan/ringkasan/{offices['demak'].pk}/{day}.pdf").content)
    assert "Ringkasan harian" in text
    assert due_request.number not in text and "bansos" not in text and "PPID" not in text


def test_brief_page_and_pdf_show_ppid_requests_to_the_ppid_desk(login, ppid, offices, due_request):
    client = login(ppid)
    day = _day(due_request).isoformat()
    page = client.get("/laporan/ringkasan/", {"tanggal": day}).content.decode()
    assert due_request.number in page and INFORMATION in page
    text = _pdf_text(client.get(f"/laporan/ringkasan/{offices['demak'].pk}/{day}.pdf").content)
    assert due_request.number in text and "bansos" in text


def test_each_recipient_gets_the_brief_for_their_role(offices, analyst, leader, due_request):
    from sigap.reports.tasks import send_brief

    for user, email in ((analyst, "analis@demakkab.go.id"), (leader, "bupati@demakkab.go.id")):
        user.email = email
        user.save()
    assert send_brief(offices["demak"], _day(due_request)) == 2
    by_reader = {m.to[0]: m for m in mail.outbox}
    assert sorted(by_reader) == ["analis@demakkab.go.id", "bupati@demakkab.go.id"]

    def contents(message):
        html = message.alternatives[0][0]
        pdf = _pdf_text(message.attachments[0][1])
        return message.body, html, pdf

    body, html, pdf = contents(by_reader["analis@demakkab.go.id"])
    assert "PPID" not in body
    assert due_request.number not in html and INFORMATION not in html
    assert due_request.number not in pdf and "bansos" not in pdf
    body, html, pdf = contents(by_reader["bupati@demakkab.go.id"])  # pimpinan may read PPID data
    assert "PPID" in body
    assert due_request.number in html and INFORMATION in html
    assert due_request.number in pdf and "bansos" in pdf


def test_a_brief_without_a_reader_has_no_ppid_part(offices, due_request):
    from sigap.reports.brief import build

    brief = build(offices["demak"], _day(due_request))
    assert not brief.show_ppid and brief.ppid_due == []
