"""Messages: versioned drafts with optimistic locking, approval by the right person, publication."""

import socket

import pytest
from helpers.crisis import holding, open_crisis
from helpers.users import make_user


def _url(crisis, message, action=""):
    return f"/krisis/{crisis.pk}/pesan/{message.pk}/" + (f"{action}/" if action else "")


def test_every_save_is_a_new_version(login, team, offices):
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    client = login(team)
    client.post(_url(crisis, message), {"version": 1, "title": "Pernyataan awal", "body": "Versi kedua"})
    client.post(_url(crisis, message), {"version": 2, "title": "Pernyataan awal", "body": "Versi ketiga"})
    message.refresh_from_db()
    assert message.version == 3 and message.body == "Versi ketiga"
    assert list(message.versions.values_list("number", flat=True)) == [3, 2, 1]


def test_stale_version_save_is_refused_with_message(login, team, analyst, offices):
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    login(analyst).post(_url(crisis, message), {"version": 1, "title": "Pernyataan awal", "body": "Teks analis"})
    client = login(team)
    response = client.post(_url(crisis, message), {"version": 1, "title": "Pernyataan awal", "body": "Teks tim krisis"})
    html = response.content.decode()
    assert response.status_code == 409
    assert "Tidak disimpan: orang lain sudah menyimpan draf ini" in html
    assert "Teks tim krisis" in html  # the editor's text is not lost
    message.refresh_from_db()
    assert message.body == "Teks analis" and message.version == 2


def test_approval_by_analyst_without_approver_role_is_refused(login, team, analyst, offices):
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    message.submit(actor=team)
    response = login(analyst).post(_url(crisis, message, "approve"))
    assert response.status_code == 403
    assert "Hanya pemberi persetujuan krisis atau pimpinan kantor" in response.content.decode()
    message.refresh_from_db()
    assert message.status == "review"


def test_approval_by_pimpinan_works(login, team, leader, offices):
    from sigap.core.models import AuditEvent

    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    message.submit(actor=team)
    page = login(leader).get(_url(crisis, message)).content.decode()
    assert 'id="approve"' in page
    login(leader).post(_url(crisis, message, "approve"))
    message.refresh_from_db()
    assert message.status == "approved" and message.approved_by == leader
    assert AuditEvent.objects.filter(action="crisis_message.approved", actor=leader).exists()


def test_team_approver_role_may_approve(login, team, analyst, offices):
    from sigap.crisis.actions import add_team_member

    crisis = open_crisis(offices["demak"], team)
    add_team_member(crisis, analyst, "approver", actor=team)
    message = holding(crisis)
    message.submit(actor=team)
    login(analyst).post(_url(crisis, message, "approve"))
    message.refresh_from_db()
    assert message.status == "approved"


def test_publish_of_unapproved_message_is_refused(login, team, offices):
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    response = login(team).post(_url(crisis, message, "publish"), {"kind": "website"})
    assert response.status_code == 409
    assert "Hanya pesan yang sudah disetujui" in response.content.decode()
    assert not message.publications.exists()
    message.refresh_from_db()
    assert message.status == "draft"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_failed_channel_publish_is_shown_as_failed_and_can_be_retried(login, team, leader, offices, monkeypatch):
    from sigap.crisis import actions
    from sigap.crisis.models import PublishChannel

    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    message.submit(actor=team)
    message.approve(actor=leader)
    channel = PublishChannel.objects.create(
        office=offices["demak"], kind="social", name="X @humasdemak", endpoint=f"http://127.0.0.1:{_closed_port()}/hook"
    )
    client = login(team)
    response = client.post(_url(crisis, message, "publish"), {"channel": channel.pk, "kind": "social"}, follow=True)
    html = response.content.decode()
    pub = message.publications.get()
    assert pub.status == "failed" and pub.published_at is None and pub.error
    assert "Publikasi ke X @humasdemak gagal" in html and "status-failed" in html
    message.refresh_from_db()
    assert message.status == "approved"  # never shown as published
    monkeypatch.setattr(actions, "_post", lambda endpoint, payload: None)  # the outlet is back
    client.post(f"/krisis/{crisis.pk}/publikasi/{pub.pk}/ulang/")
    pub.refresh_from_db()
    message.refresh_from_db()
    assert (pub.status, pub.attempts, message.status) == ("published", 2, "published")


def test_outsider_gets_404_on_every_crisis_page(client, team, outsider, offices):
    from sigap.crisis.models import Publication

    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    task = crisis.tasks.first()
    pub = Publication.objects.create(message=message, kind="website", label="x", status="failed")
    client.force_login(outsider)
    base = f"/krisis/{crisis.pk}/"
    for url in (
        base,
        base + "dasbor/",
        base + "evaluasi/",
        base + "evaluasi.pdf",
        base + "bersama/",
        _url(crisis, message),
    ):
        assert client.get(url).status_code == 404, url
    for url in (
        base + "phase/",
        base + "assess/",
        base + "serta-merta/",
        _url(crisis, message, "approve"),
        _url(crisis, message, "publish"),
        f"{base}tugas/{task.pk}/done/",
        f"{base}publikasi/{pub.pk}/ulang/",
    ):
        assert client.post(url, {"phase": "pemeliharaan", "reason": "x"}).status_code == 404, url
    assert crisis.title not in client.get("/krisis/").content.decode()


def test_pimpinan_reads_but_cannot_edit(login, team, leader, offices):
    crisis = open_crisis(offices["demak"], team)
    client = login(leader)
    assert client.get(crisis.get_absolute_url()).status_code == 200
    assert client.post(f"/krisis/{crisis.pk}/phase/", {"phase": "pemeliharaan", "reason": "x"}).status_code == 403


def test_province_tim_krisis_sees_regency_crisis(login, team, offices):
    from sigap.core.models import Role

    crisis = open_crisis(offices["demak"], team)
    province = make_user("krisis.jateng", offices["jateng"], Role.TIM_KRISIS)
    assert login(province).get(crisis.get_absolute_url()).status_code == 200


def test_comment_on_a_draft_is_kept_with_its_version(login, team, leader, offices):
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    login(leader).post(_url(crisis, message, "comment"), {"body": "Tambahkan nomor posko."})
    comment = message.comments.get()
    assert (comment.author, comment.version) == (leader, 1)
    assert "Tambahkan nomor posko." in login(team).get(_url(crisis, message)).content.decode()


def test_a_statement_is_never_posted_to_an_internal_address(settings, login, team, leader, offices):
    """A channel endpoint on the cloud metadata address is refused when saved and when sent."""
    from django.core.exceptions import ValidationError

    from sigap.crisis.models import PublishChannel

    settings.FETCH_ALLOW = ()  # a fresh installation: no exceptions
    channel = PublishChannel(office=offices["demak"], kind="partner", name="Mitra",
                             endpoint="http://169.254.169.254/latest/meta-data/")  # fmt: skip
    with pytest.raises(ValidationError, match="metadata"):
        channel.full_clean()
    channel.save()  # saved by an older version, before the check
    crisis = open_crisis(offices["demak"], team)
    message = holding(crisis)
    message.submit(actor=team)
    message.approve(actor=leader)
    login(team).post(_url(crisis, message, "publish"), {"channel": channel.pk, "kind": "partner"})
    pub = message.publications.get()
    assert pub.status == "failed" and "169.254.169.254" in pub.error
