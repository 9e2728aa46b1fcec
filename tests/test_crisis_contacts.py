"""The office keeps its crisis contact list on a page of its own, never in Django's admin."""

from sigap.core.models import AuditEvent
from sigap.crisis.models import Contact


def test_a_crisis_editor_adds_a_contact_that_shows_on_the_list(login, team, offices):
    client = login(team)
    response = client.post("/krisis/kontak/", {
        "office": offices["demak"].pk, "kind": "agency", "name": "Kepala Pelaksana BPBD", "organisation": "BPBD Demak",
        "phone": "0291 123456", "email": "", "notes": "",
    }, follow=True)  # fmt: skip
    html = response.content.decode()
    assert "Kontak Kepala Pelaksana BPBD ditambahkan." in html and "BPBD Demak" in html
    assert AuditEvent.objects.filter(action="crisis.contact_added").count() == 1


def test_a_contact_without_a_name_is_refused_in_indonesian_and_nothing_is_stored(login, team, offices):
    response = login(team).post("/krisis/kontak/", {"office": offices["demak"].pk, "kind": "media", "name": ""})
    assert response.status_code == 400 and "Bidang ini tidak boleh kosong" in response.content.decode()
    assert not Contact.objects.exists()


def test_another_office_can_neither_see_nor_remove_the_contacts(login, outsider, offices):
    contact = Contact.objects.create(office=offices["demak"], kind="media", name="Redaksi Suara Demak")
    client = login(outsider)
    assert "Redaksi Suara Demak" not in client.get("/krisis/kontak/").content.decode()
    assert client.post(f"/krisis/kontak/{contact.pk}/hapus/").status_code == 404
    assert Contact.objects.filter(pk=contact.pk).exists()


def test_removing_a_contact_twice_removes_it_once(login, team, offices):
    contact = Contact.objects.create(office=offices["demak"], kind="media", name="Redaksi Suara Demak")
    client = login(team)
    client.post(f"/krisis/kontak/{contact.pk}/hapus/")
    assert client.post(f"/krisis/kontak/{contact.pk}/hapus/").status_code == 404
    assert AuditEvent.objects.filter(action="crisis.contact_removed").count() == 1
