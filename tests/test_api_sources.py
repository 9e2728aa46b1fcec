"""Sources through the API: list, create, read, change, with fetch health; the page's validation rules."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sigap.api.models import ApiToken
from sigap.monitoring.models import Source

URL = "/api/v1/sources/"
JSON = {"content_type": "application/json"}


@pytest.fixture
def auth(analyst):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'uji')[1]}"}


def test_create_and_read(client, auth, offices):
    body = {"name": "Warta Demak", "kind": "rss", "channel": "news", "url": "warta.example/rss", "poll_minutes": 30}
    response = client.post(URL, body, **JSON, **auth)
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["url"] == "https://warta.example/rss"  # the form's rule: https assumed
    assert created["office"] == {"id": offices["demak"].pk, "name": "Pemkab Demak", "slug": "demak"}
    assert created["health"]["healthy"] is True and created["health"]["next_poll_at"] is not None
    assert created["document_count"] == 0 and created["can_edit"] is True
    assert client.get(f"{URL}{created['id']}", **auth).json() == created


def test_health_fields(client, auth, source):
    now = timezone.now()
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=now,
        last_ok_at=now - timedelta(hours=2),
        consecutive_errors=3,
        last_error="HTTP 503",
    )
    health = client.get(f"{URL}{source.pk}", **auth).json()["health"]
    assert health["healthy"] is False and health["consecutive_errors"] == 3 and health["last_error"] == "HTTP 503"
    listed = client.get(URL, **auth).json()["items"][0]
    assert listed["health"] == health


def test_change_only_the_fields_given(client, auth, source):
    response = client.patch(f"{URL}{source.pk}", {"name": "X Pemkab Demak"}, **JSON, **auth)
    assert response.status_code == 200, response.content
    source.refresh_from_db()
    assert (source.name, source.kind, source.channel, source.active) == ("X Pemkab Demak", "import", "x", True)


def test_page_rules_apply(client, auth, source):
    response = client.post(URL, {"name": "Umpan", "kind": "rss"}, **JSON, **auth)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "url"
    assert response.json()["detail"] != "An address (URL) is required for RSS feeds and news pages."  # translated
    response = client.post(
        URL, {"name": "Umpan", "kind": "rss", "url": "https://a.example", "poll_minutes": 2}, **JSON, **auth
    )
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "poll_minutes"
    response = client.patch(f"{URL}{source.pk}", {"kind": "page"}, **JSON, **auth)  # a page needs a URL
    assert response.status_code == 422
    source.refresh_from_db()
    assert source.kind == "import"


def test_cannot_move_a_source_to_an_unknown_office(client, auth, source, offices):
    response = client.patch(f"{URL}{source.pk}", {"office": offices["kemensos"].pk}, **JSON, **auth)
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "office"


def test_list_is_paginated(client, auth, offices):
    for i in range(5):
        Source.objects.create(office=offices["demak"], name=f"Sumber {i}", kind="import", channel="x")
    body = client.get(URL, {"page_size": 2, "page": 3}, **auth).json()
    assert body["count"] == 5 and [s["name"] for s in body["items"]] == ["Sumber 4"]
