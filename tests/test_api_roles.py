"""Writes need the admin or analis role in the object's office: pimpinan reads but gets 403 on every write.
Every change made through the API is in the audit trail."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from helpers.users import make_user

from sigap.api.models import ApiToken
from sigap.core.models import AuditEvent, Role
from sigap.monitoring.models import ImportJob, Source, Watchlist


def forbidden_message():
    with translation.override("id"):
        message = translation.gettext("You may not change this office's data.")
    assert message != "You may not change this office's data."  # translated
    return message


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user, 'uji')[1]}"}


@pytest.fixture
def watchlist(offices):
    return Watchlist.objects.create(office=offices["demak"], name="Banjir Demak", query="banjir AND Demak")


def writes(source, watchlist, office):
    json = {"content_type": "application/json"}
    return [
        ("post", "/api/v1/sources/", {"data": {"office": office.pk, "name": "Baru", "kind": "import"}, **json}),
        ("post", "/api/v1/sources/", {"data": {"name": "Baru", "kind": "import"}, **json}),
        ("patch", f"/api/v1/sources/{source.pk}", {"data": {"name": "Diubah"}, **json}),
        ("post", f"/api/v1/sources/{source.pk}/imports", {"data": {"file": SimpleUploadedFile("a.jsonl", b"{}\n")}}),
        ("post", "/api/v1/watchlists/", {"data": {"office": office.pk, "name": "Baru", "query": "banjir"}, **json}),
        ("patch", f"/api/v1/watchlists/{watchlist.pk}", {"data": {"name": "Diubah"}, **json}),
        ("delete", f"/api/v1/watchlists/{watchlist.pk}", {}),
    ]


def test_leader_gets_403_on_every_write(client, leader, source, watchlist, offices):
    auth = bearer(leader)
    for method, url, kwargs in writes(source, watchlist, offices["demak"]):
        response = getattr(client, method)(url, **kwargs, **auth)
        assert response.status_code == 403, (method, url, response.content)
        assert response.json() == {"detail": forbidden_message()}
    assert Source.objects.get().name == "X Demak" and Watchlist.objects.get().name == "Banjir Demak"
    assert not ImportJob.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith=("source", "watchlist")).exists()


def test_leader_reads(client, leader, source, watchlist):
    auth = bearer(leader)
    body = client.get(f"/api/v1/sources/{source.pk}", **auth).json()
    assert body["name"] == "X Demak" and body["can_edit"] is False
    assert client.get(f"/api/v1/watchlists/{watchlist.pk}", **auth).json()["can_edit"] is False
    assert client.get("/api/v1/documents/", **auth).status_code == 200


def test_forbidden_in_english_on_request(client, leader, source):
    response = client.patch(
        f"/api/v1/sources/{source.pk}",
        {"name": "x"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
        **bearer(leader),
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "You may not change this office's data."


def test_editor_of_one_office_cannot_write_in_an_office_where_they_only_lead(client, analyst, offices):
    from sigap.core.models import Membership

    Membership.objects.create(user=analyst, office=offices["kemensos"], role=Role.PIMPINAN)
    response = client.post(
        "/api/v1/watchlists/",
        {"office": offices["kemensos"].pk, "name": "x", "query": "banjir"},
        content_type="application/json",
        **bearer(analyst),
    )
    assert response.status_code == 403


def test_analyst_writes_are_audited(client, analyst, source, watchlist, offices):
    auth = bearer(analyst)
    json = {"content_type": "application/json"}
    created = client.post(
        "/api/v1/sources/", {"name": "Warta Demak", "kind": "rss", "url": "https://warta.example/rss"}, **json, **auth
    )
    assert created.status_code == 201, created.content
    new_source = Source.objects.get(name="Warta Demak")
    assert new_source.office == offices["demak"]  # the analyst's only office is the default
    assert new_source.next_poll_at is not None  # fetched at the next scheduler tick
    assert client.patch(f"/api/v1/sources/{source.pk}", {"active": False}, **json, **auth).status_code == 200
    assert (
        client.post(
            "/api/v1/watchlists/", {"name": "Jalan rusak", "query": "jalan AND rusak"}, **json, **auth
        ).status_code
        == 201
    )
    assert client.patch(f"/api/v1/watchlists/{watchlist.pk}", {"query": "banjir"}, **json, **auth).status_code == 200
    assert client.delete(f"/api/v1/watchlists/{watchlist.pk}", **auth).status_code == 204

    events = list(AuditEvent.objects.order_by("id").values_list("action", "actor__username", "office__slug"))
    assert [e for e in events if not e[0].startswith("api_token")] == [
        ("source.created", "analis.demak", "demak"),
        ("source.changed", "analis.demak", "demak"),
        ("watchlist.created", "analis.demak", "demak"),
        ("watchlist.changed", "analis.demak", "demak"),
        ("watchlist.deleted", "analis.demak", "demak"),
    ]
    changed = AuditEvent.objects.get(action="source.changed")
    assert changed.data["changed"] == ["active"]


def test_admin_of_several_offices_must_choose_one(client, offices):
    admin = make_user("admin.ganda", offices["demak"], Role.ADMIN)
    from sigap.core.models import Membership

    Membership.objects.create(user=admin, office=offices["kemensos"], role=Role.ADMIN)
    response = client.post(
        "/api/v1/watchlists/", {"name": "x", "query": "banjir"}, content_type="application/json", **bearer(admin)
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "office"
