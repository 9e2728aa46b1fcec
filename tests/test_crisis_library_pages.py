"""The office keeps its crisis playbooks, message templates and publication channels on Sigap's
own pages: the admin and the crisis team change them, analysts read them, other offices see
nothing, the national library is read-only and copied to be changed, durations are in words."""

from __future__ import annotations

import pytest

from sigap.core.models import AuditEvent
from sigap.crisis import actions
from sigap.crisis.models import MessageTemplate, Playbook, PublishChannel

pytestmark = pytest.mark.django_db


def _tasks(*rows, extra=1):
    """The playbook form's task rows: (phase, title, amount, unit in minutes)."""
    data = {"tugas-TOTAL_FORMS": str(len(rows) + extra), "tugas-INITIAL_FORMS": "0"}
    for i, (phase, title, amount, unit) in enumerate(rows):
        data.update({f"tugas-{i}-phase": phase, f"tugas-{i}-title": title, f"tugas-{i}-amount": amount,
                     f"tugas-{i}-unit": unit})  # fmt: skip
    for i in range(len(rows), len(rows) + extra):
        data.update({f"tugas-{i}-phase": "awal", f"tugas-{i}-title": "", f"tugas-{i}-amount": "",
                     f"tugas-{i}-unit": "60"})  # fmt: skip
    return data


def _playbook(office, name="Gempa bumi", tasks=None):
    return Playbook.objects.create(office=office, key="gempa", name=name, cluster="victim", tasks=tasks or [])


def _post_playbook(client, office, url="/krisis/pustaka/skenario/baru/", **fields):
    data = {"office": office.pk, "name": "Gempa bumi", "description": "", "cluster": "victim"}
    data.update(fields)
    data.update(
        _tasks(("awal", "Koordinasi dengan BPBD", "2", "60"), ("resolusi", "Umumkan rehabilitasi", "7", "1440"))
    )
    return client.post(url, data)


def test_the_admin_adds_a_playbook_with_durations_in_words(login, office_admin, offices):
    client = login(office_admin)
    assert _post_playbook(client, offices["demak"]).status_code == 302
    playbook = Playbook.objects.get(office=offices["demak"], name="Gempa bumi")
    assert [t["minutes"] for t in playbook.tasks] == [120, 10080]
    html = client.get("/krisis/pustaka/").content.decode()
    assert "dalam 2 jam" in html and "dalam 7 hari" in html and "10080" not in html
    assert AuditEvent.objects.filter(action="crisis.playbook_added").count() == 1


def test_the_edit_page_shows_the_duration_as_days(login, office_admin, offices):
    playbook = _playbook(offices["demak"], tasks=[{"phase": "resolusi", "title": "Umumkan", "minutes": 4320}])
    html = login(office_admin).get(f"/krisis/pustaka/skenario/{playbook.pk}/ubah/").content.decode()
    assert 'name="tugas-0-amount" value="3"' in html
    assert '<option value="1440" selected>hari</option>' in html


def test_the_crisis_team_edits_the_office_playbook(login, team, offices):
    playbook = _playbook(offices["demak"])
    response = _post_playbook(login(team), offices["demak"], url=f"/krisis/pustaka/skenario/{playbook.pk}/ubah/",
                              name="Gempa bumi dan tsunami")  # fmt: skip
    assert response.status_code == 302
    playbook.refresh_from_db()
    assert playbook.name == "Gempa bumi dan tsunami" and len(playbook.tasks) == 2


def test_an_analyst_reads_the_library_but_may_not_change_it(login, analyst, offices):
    playbook = _playbook(offices["demak"])
    client = login(analyst)
    html = client.get("/krisis/pustaka/").content.decode()
    assert "Gempa bumi" in html and "Tambah skenario" not in html
    assert client.get("/krisis/pustaka/skenario/baru/").status_code == 403
    assert _post_playbook(client, offices["demak"], url=f"/krisis/pustaka/skenario/{playbook.pk}/ubah/",
                          name="Diubah").status_code == 403  # fmt: skip
    assert client.post(f"/krisis/pustaka/skenario/{playbook.pk}/pensiun/").status_code == 403
    playbook.refresh_from_db()
    assert playbook.name == "Gempa bumi" and playbook.retired_at is None


def test_another_office_gets_not_found(login, outsider, offices):
    playbook = _playbook(offices["demak"])
    template = MessageTemplate.objects.create(office=offices["demak"], kind="holding", title="Awal Demak", body="x")
    client = login(outsider)
    assert "Gempa bumi" not in client.get("/krisis/pustaka/").content.decode()
    assert client.get(f"/krisis/pustaka/skenario/{playbook.pk}/ubah/").status_code == 404
    assert client.post(f"/krisis/pustaka/templat/{template.pk}/pensiun/").status_code == 404
    assert client.post(f"/krisis/pustaka/skenario/{playbook.pk}/salin/").status_code == 404


def test_the_national_library_is_read_only(login, office_admin, offices):
    actions.ensure_library()
    national = Playbook.objects.get(office=None, key="banjir")
    client = login(office_admin)
    assert client.get(f"/krisis/pustaka/skenario/{national.pk}/ubah/").status_code == 403
    assert client.post(f"/krisis/pustaka/skenario/{national.pk}/pensiun/").status_code == 403
    national.refresh_from_db()
    assert national.retired_at is None


def test_copying_a_national_playbook_gives_the_office_its_own_to_change(login, office_admin, offices):
    actions.ensure_library()
    national = Playbook.objects.get(office=None, key="banjir")
    response = login(office_admin).post(f"/krisis/pustaka/skenario/{national.pk}/salin/")
    copy = Playbook.objects.get(office=offices["demak"])
    assert response.status_code == 302 and response["Location"] == f"/krisis/pustaka/skenario/{copy.pk}/ubah/"
    assert (copy.name, copy.tasks, copy.templates) == (national.name, national.tasks, national.templates)
    assert AuditEvent.objects.filter(action="crisis.playbook_copied", office=offices["demak"]).exists()


def test_copying_a_national_template_gives_the_office_its_own(login, team, offices):
    actions.ensure_library()
    national = MessageTemplate.objects.get(office=None, kind="holding")
    assert login(team).post(f"/krisis/pustaka/templat/{national.pk}/salin/").status_code == 302
    assert MessageTemplate.objects.get(office=offices["demak"]).body == national.body


def test_a_retired_playbook_in_use_is_kept_and_no_longer_offered(login, office_admin, offices):
    playbook = _playbook(offices["demak"])
    crisis = actions.open_crisis(offices["demak"], actor=office_admin, title="Gempa Demak", playbook=playbook)
    client = login(office_admin)
    assert client.post(f"/krisis/pustaka/skenario/{playbook.pk}/pensiun/").status_code == 302
    playbook.refresh_from_db()
    crisis.refresh_from_db()
    assert playbook.retired_at is not None and crisis.playbook == playbook
    assert f'value="{playbook.pk}"' not in client.get("/krisis/baru/").content.decode()
    assert "dipensiunkan" in client.get("/krisis/pustaka/").content.decode()


def test_a_retired_playbook_is_used_again(login, office_admin, offices):
    playbook = _playbook(offices["demak"])
    client = login(office_admin)
    client.post(f"/krisis/pustaka/skenario/{playbook.pk}/pensiun/")
    client.post(f"/krisis/pustaka/skenario/{playbook.pk}/pensiun/", {"restore": "1"})
    playbook.refresh_from_db()
    assert playbook.retired_at is None
    assert AuditEvent.objects.filter(action="crisis.playbook_restored").count() == 1


def test_the_admin_adds_edits_and_retires_a_template(login, office_admin, offices):
    client = login(office_admin)
    response = client.post("/krisis/pustaka/templat/baru/", {
        "office": offices["demak"].pk, "kind": "clarification", "title": "Klarifikasi bansos",
        "body": "KLARIFIKASI {instansi}: {kejadian}",
    })  # fmt: skip
    assert response.status_code == 302
    template = MessageTemplate.objects.get(office=offices["demak"])
    client.post(f"/krisis/pustaka/templat/{template.pk}/ubah/", {
        "kind": "clarification", "title": "Klarifikasi bantuan sosial", "body": "KLARIFIKASI {instansi}",
    })  # fmt: skip
    template.refresh_from_db()
    assert (template.title, template.office) == ("Klarifikasi bantuan sosial", offices["demak"])
    client.post(f"/krisis/pustaka/templat/{template.pk}/pensiun/")
    assert not MessageTemplate.for_office(offices["demak"].pk).filter(pk=template.pk).exists()
    assert MessageTemplate.objects.filter(pk=template.pk).exists()


def test_a_template_without_text_is_refused_in_indonesian(login, office_admin, offices):
    response = login(office_admin).post("/krisis/pustaka/templat/baru/", {
        "office": offices["demak"].pk, "kind": "holding", "title": "Kosong", "body": "",
    })  # fmt: skip
    assert response.status_code == 400 and "Bidang ini tidak boleh kosong" in response.content.decode()
    assert not MessageTemplate.objects.filter(office=offices["demak"]).exists()


def test_the_admin_adds_and_removes_a_publication_channel(login, office_admin, offices):
    client = login(office_admin)
    response = client.post("/krisis/kanal/", {"office": offices["demak"].pk, "kind": "social",
                                              "name": "Instagram @pemkabdemak", "endpoint": ""})  # fmt: skip
    assert response.status_code == 302
    channel = PublishChannel.objects.get(office=offices["demak"])
    assert "Instagram @pemkabdemak" in client.get("/krisis/kanal/").content.decode()
    assert client.post(f"/krisis/kanal/{channel.pk}/hapus/").status_code == 302
    assert not PublishChannel.objects.exists()
    assert AuditEvent.objects.filter(action="crisis.channel_removed").count() == 1


def test_channels_are_read_only_for_analysts_and_hidden_from_other_offices(login, analyst, outsider, offices):
    channel = PublishChannel.objects.create(office=offices["demak"], kind="social", name="X @pemkabdemak")
    client = login(analyst)
    assert "X @pemkabdemak" in client.get("/krisis/kanal/").content.decode()
    assert client.post(f"/krisis/kanal/{channel.pk}/hapus/").status_code == 403
    assert (
        client.post("/krisis/kanal/", {"office": offices["demak"].pk, "kind": "social", "name": "Baru"}).status_code
        == 403
    )
    other = login(outsider)
    assert "X @pemkabdemak" not in other.get("/krisis/kanal/").content.decode()
    assert other.get(f"/krisis/kanal/{channel.pk}/ubah/").status_code == 404
    assert PublishChannel.objects.count() == 1
