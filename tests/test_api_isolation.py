"""Through the API too, a user of another office never sees office B's private data: 404 on every object
endpoint (whether or not the object exists), nothing of B in any list."""

from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sigap.api.models import ApiToken
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, ImportJob, RejectedRecord, Source, Watchlist

PERIOD = {"start": "2026-03-01", "end": "2026-03-03"}


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user, 'uji')[1]}"}


@pytest.fixture
def private_data(offices, source):
    store_records(source, [Record("1", "x", "Rahasia internal Demak soal banjir", datetime(2026, 3, 2, tzinfo=UTC))])
    watchlist = Watchlist.objects.create(office=offices["demak"], name="Banjir Demak", query="banjir AND Demak")
    job = ImportJob.objects.create(
        source=source, office=offices["demak"], file_name="x.jsonl", file_path="/nope", format="sigap-jsonl"
    )
    RejectedRecord.objects.create(source=source, job=job, position="baris 2", reason="rusak", raw="{")
    return {"source": source, "document": Document.objects.get(), "watchlist": watchlist, "job": job}


OBJECT_ENDPOINTS = [
    ("get", "/api/v1/documents/{document}"),
    ("get", "/api/v1/sources/{source}"),
    ("patch", "/api/v1/sources/{source}"),
    ("get", "/api/v1/sources/{source}/imports"),
    ("post", "/api/v1/sources/{source}/imports"),
    ("get", "/api/v1/watchlists/{watchlist}"),
    ("patch", "/api/v1/watchlists/{watchlist}"),
    ("delete", "/api/v1/watchlists/{watchlist}"),
    ("get", "/api/v1/imports/{job}"),
    ("get", "/api/v1/imports/{job}/rejected"),
]


def call(client, method, url, auth):
    if method == "post":
        return client.post(url, {"file": SimpleUploadedFile("a.jsonl", b'{"id": "1"}\n')}, **auth)
    if method == "patch":
        return client.patch(url, {"name": "diubah"}, content_type="application/json", **auth)
    return getattr(client, method)(url, **auth)


@pytest.mark.parametrize("method, template", OBJECT_ENDPOINTS)
def test_outsider_gets_not_found(client, outsider, private_data, method, template):
    url = template.format(**{key: obj.pk for key, obj in private_data.items()})
    response = call(client, method, url, bearer(outsider))
    assert response.status_code == 404
    assert response.json()["detail"].endswith("tidak ditemukan.")


@pytest.mark.parametrize("method, template", OBJECT_ENDPOINTS)
def test_missing_objects_answer_the_same(client, outsider, private_data, method, template):
    """An id that does not exist looks exactly like another office's object."""
    url = template.format(**{key: obj.pk + 1000 for key, obj in private_data.items()})
    theirs = call(client, method, template.format(**{k: o.pk for k, o in private_data.items()}), bearer(outsider))
    missing = call(client, method, url, bearer(outsider))
    assert (missing.status_code, missing.json()) == (theirs.status_code, theirs.json())


def test_nothing_changed_by_the_outsider(client, outsider, private_data):
    auth = bearer(outsider)
    for method, template in OBJECT_ENDPOINTS:
        call(client, method, template.format(**{k: o.pk for k, o in private_data.items()}), auth)
    assert Watchlist.objects.get().name == "Banjir Demak"
    assert Source.objects.get().name == "X Demak"
    assert ImportJob.objects.count() == 1


def test_outsider_lists_show_nothing_of_the_other_office(client, outsider, private_data):
    auth = bearer(outsider)
    for url in ("/api/v1/sources/", "/api/v1/watchlists/"):
        body = client.get(url, **auth).json()
        assert body["count"] == 0 and body["items"] == []
    documents = client.get("/api/v1/documents/", {**PERIOD, "q": "banjir"}, **auth).json()
    assert documents["count"] == 0 and "Rahasia" not in str(documents)


def test_outsider_cannot_filter_by_another_office_source_or_watchlist(client, outsider, private_data):
    auth = bearer(outsider)
    for key in ("source", "watchlist"):
        response = client.get("/api/v1/documents/", {**PERIOD, key: private_data[key].pk}, **auth)
        missing = client.get("/api/v1/documents/", {**PERIOD, key: private_data[key].pk + 1000}, **auth)
        assert response.status_code == missing.status_code == 422
        assert response.json()["errors"][0]["field"] == key
        assert response.json()["detail"] == missing.json()["detail"]


def test_member_and_parent_office_see_the_data(client, analyst, province_analyst, private_data):
    for user in (analyst, province_analyst):
        auth = bearer(user)
        documents = client.get("/api/v1/documents/", PERIOD, **auth).json()
        assert [d["text"] for d in documents["items"]] == ["Rahasia internal Demak soal banjir"]
        assert client.get(f"/api/v1/sources/{private_data['source'].pk}", **auth).status_code == 200
        assert client.get(f"/api/v1/imports/{private_data['job'].pk}/rejected", **auth).json()["count"] == 1


def test_shared_source_is_visible_but_not_editable_for_other_offices(client, outsider, offices):
    shared = Source.objects.create(
        office=offices["demak"],
        name="Warta Pantura",
        kind="rss",
        channel="news",
        url="https://warta.example/rss",
        shared=True,
    )
    auth = bearer(outsider)
    body = client.get(f"/api/v1/sources/{shared.pk}", **auth).json()
    assert body["name"] == "Warta Pantura" and body["can_edit"] is False
    response = client.patch(f"/api/v1/sources/{shared.pk}", {"name": "x"}, content_type="application/json", **auth)
    assert response.status_code == 403
    assert client.get(f"/api/v1/sources/{shared.pk}/imports", **auth).json()["count"] == 0
