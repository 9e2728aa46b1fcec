"""Office isolation on every PPID page and attachment; personal-data views audited."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import portal_data

from sigap.core.models import AuditEvent
from sigap.ppid.models import Attachment, DIKEntry, DIPEntry, InformationRequest, ServiceReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def demak_data(client, offices, ppid):
    from datetime import date

    from sigap.ppid.models import ConsequenceTest, Dispute

    with freeze_time("2026-04-09 03:00:00"):
        client.post("/layanan/demak/permohonan/", portal_data())
        req = InformationRequest.objects.get()
        req.notify(ppid, "not_held", holder="BPS")
        from sigap.ppid.actions import file_objection

        objection, _ = file_objection(req, {"grounds": ["e"], "case_summary": "x"})
    test = ConsequenceTest.objects.create(
        office=offices["demak"],
        document="d",
        information="i",
        ground="h",
        legal_basis="UU",
        consequence="c",
        decided_on=date(2026, 1, 1),
        exempt_until=date(2030, 1, 1),
    )
    return {
        "req": req,
        "objection": objection,
        "attachment": Attachment.objects.get(),
        "test": test,
        "dip": DIPEntry.objects.create(
            office=offices["demak"],
            summary="s",
            holding_unit="u",
            responsible="r",
            made_when_where="w",
            formats="pdf",
            retention="5 th",
            category="berkala",
        ),
        "dik": DIKEntry.objects.create(
            office=offices["demak"],
            information="i",
            ground="h",
            legal_basis="UU",
            consequence="c",
            consequence_test=test,
            exempt_until=date(2030, 1, 1),
        ),
        "report": ServiceReport.objects.create(
            office=offices["demak"], title="Laporan 2026", period_start=date(2026, 1, 1), period_end=date(2026, 12, 31)
        ),
        "dispute": Dispute.objects.create(
            objection=objection, office=offices["demak"], commission="KI Jawa Tengah", filed_on=date(2026, 5, 1)
        ),
    }


def _urls(d):
    r, o = d["req"].pk, d["objection"].pk
    return [
        f"/ppid/permohonan/{r}/",
        f"/ppid/permohonan/{r}/dokumen/receipt.pdf",
        f"/ppid/permohonan/{r}/dokumen/notice.pdf",
        f"/ppid/lampiran/{d['attachment'].pk}/",
        f"/ppid/keberatan/{o}/",
        f"/ppid/keberatan/{o}/tanda-bukti.pdf",
        f"/ppid/keberatan/{o}/sengketa/{d['dispute'].pk}/",
        f"/ppid/dip/{d['dip'].pk}/",
        f"/ppid/dik/{d['dik'].pk}/",
        f"/ppid/uji-konsekuensi/{d['test'].pk}/",
        f"/ppid/laporan/{d['report'].pk}/",
        f"/ppid/laporan/{d['report'].pk}/unduh.pdf",
        f"/ppid/laporan/{d['report'].pk}/ubah/",
    ]


def test_ppid_of_another_office_gets_404_everywhere(login, demak_data, outsider_ppid):
    client = login(outsider_ppid)
    for url in _urls(demak_data):
        assert client.get(url).status_code == 404, url
    r = demak_data["req"].pk
    assert client.post(f"/ppid/permohonan/{r}/aksi/close/", {}).status_code == 404
    assert demak_data["req"].number not in client.get("/ppid/").content.decode()
    assert demak_data["req"].number not in client.get("/ppid/register/permohonan/").content.decode()


def test_analyst_without_ppid_role_gets_404_everywhere(login, demak_data, outsider, analyst):
    for user in (outsider, analyst):
        client = login(user)
        for url in [*_urls(demak_data), "/ppid/", "/ppid/register/permohonan/"]:
            assert client.get(url).status_code == 404, url


def test_pimpinan_cannot_open_attachments(login, demak_data, leader):
    assert login(leader).get(f"/ppid/lampiran/{demak_data['attachment'].pk}/").status_code == 404


def test_attachment_view_is_served_and_audited(login, demak_data, ppid):
    response = login(ppid).get(f"/ppid/lampiran/{demak_data['attachment'].pk}/")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    event = AuditEvent.objects.get(action="ppid_request.personal_data_viewed")
    assert event.actor == ppid and event.data["kind"] == "ktp"


def test_province_ppid_sees_the_regency_requests(login, demak_data, offices):
    from helpers.users import make_user

    from sigap.core.models import Role

    user = make_user("ppid.jateng", offices["jateng"], Role.PPID)
    assert login(user).get(f"/ppid/permohonan/{demak_data['req'].pk}/").status_code == 200


def test_attachments_are_not_under_a_public_url(client, demak_data, settings):
    path = demak_data["attachment"].file.name
    assert client.get(f"/media/{path}").status_code == 404
    assert not str(settings.MEDIA_ROOT).startswith(str(settings.STATIC_ROOT))
