"""Service information per office: kept by the office's admin/PPID at /ppid/layanan-publik/, shown on its portal pages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db
STAFF = "/ppid/layanan-publik/"

INFO = {
    "service_hours": "Senin–Kamis 08.00–15.30 WIB",
    "hotline": "(0291) 685877",
    "whatsapp": "0812 3456 7890",
    "address": "Jl. Kyai Singkil No. 7, Demak",
    "maklumat": "Kami sanggup menyelenggarakan pelayanan sesuai standar.",
    "officer_contact": "ppid@demakkab.go.id",
    "complaint_url": "https://www.lapor.go.id/",
    "other_channels": "Kotak pengaduan di meja layanan",
}


def _save(client, office, **overrides):
    return client.post(f"{STAFF}?kantor={office.pk}", {**INFO, **overrides})


def test_office_admin_saves_and_the_request_form_shows_it(client, login, office_admin, offices):
    assert _save(login(office_admin), offices["demak"]).status_code == 302
    client.logout()
    page = client.get("/layanan/demak/permohonan/").content.decode()
    for text in ("Senin–Kamis 08.00–15.30 WIB", "(0291) 685877", "Jl. Kyai Singkil No. 7", "ppid@demakkab.go.id"):
        assert text in page
    assert 'href="https://wa.me/6281234567890"' in page and 'href="https://www.lapor.go.id/"' in page


def test_the_dip_page_shows_the_maklumat_to_an_anonymous_visitor(client, login, ppid, offices):
    _save(login(ppid), offices["demak"])
    client.logout()
    page = client.get("/layanan/demak/dip/").content.decode()
    assert "Maklumat pelayanan" in page and "Kami sanggup menyelenggarakan pelayanan" in page


def test_an_office_without_information_shows_no_section(client, offices):
    assert 'id="service-info"' not in client.get("/layanan/demak/permohonan/").content.decode()


def test_saving_is_audited_in_words(login, ppid, offices):
    from sigap.core.audit_labels import action_label
    from sigap.core.models import AuditEvent

    _save(login(ppid), offices["demak"])
    event = AuditEvent.objects.get(action="ppid_service_info.created")
    assert event.office_id == offices["demak"].pk
    assert action_label(event.action) == "Informasi layanan publik ditambahkan"


def test_a_whatsapp_number_without_digits_is_refused(login, ppid, offices):
    from sigap.ppid.models import ServiceInfo

    response = _save(login(ppid), offices["demak"], whatsapp="hubungi kami")
    assert "Tulis nomor WhatsApp dengan angka" in response.content.decode()
    assert not ServiceInfo.objects.exists()


def test_another_office_gets_404(login, outsider, offices):
    assert login(outsider).get(f"{STAFF}?kantor={offices['demak'].pk}").status_code == 404


def test_an_analyst_of_the_office_gets_403(login, analyst, offices):
    assert login(analyst).get(f"{STAFF}?kantor={offices['demak'].pk}").status_code == 403


def test_the_leader_reads_but_cannot_change(login, leader, offices):
    from sigap.ppid.models import ServiceInfo

    client = login(leader)
    assert client.get(f"{STAFF}?kantor={offices['demak'].pk}").status_code == 200
    assert _save(client, offices["demak"]).status_code == 403
    assert not ServiceInfo.objects.exists()


def test_the_ppid_menu_links_the_page(login, ppid):
    assert f'href="{STAFF}"' in login(ppid).get("/ppid/").content.decode()
