"""The office's complaint rules page (/pengaduan/aturan/): the admin changes them, the desk reads, outsiders 404."""

from __future__ import annotations

from helpers.users import PASSWORD

URL = "/pengaduan/aturan/"
RULES = {
    "verify_days": "5",
    "light_days": "7",
    "normative_days": "14",
    "no_oversight_days": "30",
    "oversight_days": "45",
    "saturday_off": "on",
    "cuti_bersama_off": "on",
    "hide_anonymous_from_unit": "on",
}


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def rules(**overrides):
    return {**RULES, **overrides}


def test_admin_saves_and_the_office_counts_with_the_new_days(client, office_admin, offices):
    from sigap.complaints.models import ComplaintPolicy

    demak = offices["demak"]
    response = login(client, office_admin).post(f"{URL}?kantor={demak.pk}", rules(normative_days="21"))
    assert response.status_code == 302
    assert ComplaintPolicy.for_office(demak).normative_days == 21


def test_the_change_is_audited_in_indonesian(client, office_admin, offices):
    from django.utils import translation

    from sigap.core.audit_labels import action_label
    from sigap.core.models import AuditEvent

    demak = offices["demak"]
    login(client, office_admin).post(f"{URL}?kantor={demak.pk}", rules(verify_days="4"))
    event = AuditEvent.objects.get(action="complaint_policy.created", office=demak)
    assert "verify_days" in event.data["changed"]
    with translation.override("id"):
        assert action_label(event.action) == "Aturan pengaduan ditambahkan"


def test_complaint_desk_reads_but_cannot_save(client, complaint_desk, offices):
    from sigap.complaints.models import ComplaintPolicy

    login(client, complaint_desk)
    html = client.get(URL).content.decode()
    assert 'name="verify_days"' in html and "disabled" in html
    assert client.post(URL, rules()).status_code == 403
    assert not ComplaintPolicy.objects.exists()


def test_outsider_gets_404(client, outsider, offices):
    assert login(client, outsider).get(f"{URL}?kantor={offices['demak'].pk}").status_code == 404


def test_zero_days_is_refused_in_indonesian(client, office_admin, offices):
    from sigap.complaints.models import ComplaintPolicy

    response = login(client, office_admin).post(URL, rules(light_days="0"))
    assert "Isi jumlah hari kerja dari 1 sampai 60." in response.content.decode()
    assert not ComplaintPolicy.objects.exists()


def test_sixty_one_days_is_refused_in_indonesian(client, office_admin, offices):
    from sigap.complaints.models import ComplaintPolicy

    response = login(client, office_admin).post(URL, rules(oversight_days="61"))
    assert "Isi jumlah hari kerja dari 1 sampai 60." in response.content.decode()
    assert not ComplaintPolicy.objects.exists()


def test_office_without_own_rules_shows_its_parents(client, office_admin, offices):
    from sigap.complaints.models import ComplaintPolicy

    ComplaintPolicy.objects.create(office=offices["jateng"], verify_days=9)
    html = login(client, office_admin).get(URL).content.decode()
    assert "berlaku aturan Pemprov Jawa Tengah" in html
    assert 'name="verify_days" value="9"' in html


def test_back_to_the_parents_rules_drops_the_own_row(client, office_admin, offices):
    from sigap.complaints.models import ComplaintPolicy
    from sigap.core.models import AuditEvent

    demak = offices["demak"]
    ComplaintPolicy.objects.create(office=demak, verify_days=4)
    login(client, office_admin).post(f"{URL}induk/?kantor={demak.pk}")
    assert not ComplaintPolicy.objects.filter(office=demak).exists()
    assert AuditEvent.objects.filter(action="complaint_policy.deleted", office=demak).exists()


def test_analyst_of_the_office_gets_403(client, analyst, offices):
    assert login(client, analyst).get(f"{URL}?kantor={offices['demak'].pk}").status_code == 403
