"""Corrections through the API: the same actions and rules as the document page (docs/corrections.md)."""

import pytest
from django.utils import timezone

from sigap.api.models import ApiToken
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, DocumentCorrection


@pytest.fixture
def post(source):
    store_records(source, [Record("1", "x", "Jalan rusak di Demak belum diperbaiki", timezone.now())])
    Document.objects.update(sentiment="netral", sentiment_model="netral", analysed_at=timezone.now())
    return Document.objects.get()


def _auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user, 'uji')[1]}"}


def _correct(client, user, doc, body):
    return client.post(f"/api/v1/documents/{doc.pk}/corrections", body, content_type="application/json", **_auth(user))


def test_an_analyst_corrects_the_sentiment_through_the_api(client, analyst, post):
    response = _correct(client, analyst, post, {"correction": "sentiment", "sentiment": "negatif"})
    assert response.status_code == 200 and response.json()["after"] == {"sentiment": "negatif"}
    document = client.get(f"/api/v1/documents/{post.pk}", **_auth(analyst)).json()
    assert document["sentiment"] == "negatif" and document["sentiment_model"] == "netral"


def test_the_same_correction_twice_through_the_api_changes_nothing_more(client, analyst, post):
    _correct(client, analyst, post, {"correction": "sentiment", "sentiment": "negatif"})
    again = _correct(client, analyst, post, {"correction": "sentiment", "sentiment": "negatif"})
    assert again.status_code == 200 and again.json()["changed"] is False
    assert DocumentCorrection.objects.count() == 1


def test_an_unknown_region_code_through_the_api_is_a_422_in_indonesian(client, analyst, post):
    response = _correct(
        client, analyst, post, {"correction": "entity_add", "kind": "LOC", "name": "Atlantis", "region_code": "99"}
    )
    assert response.status_code == 422 and "tidak ada dalam daftar wilayah Kemendagri" in response.json()["detail"]
    assert not post.entities.exists()


def test_a_leader_gets_403_and_an_outsider_404_through_the_api(client, leader, outsider, post):
    body = {"correction": "relevance"}
    assert _correct(client, leader, post, body).status_code == 403
    assert _correct(client, outsider, post, body).status_code == 404
    assert Document.objects.get().relevant


def test_a_correction_is_undone_through_the_api(client, analyst, post):
    done = _correct(client, analyst, post, {"correction": "relevance"}).json()
    response = client.post(f"/api/v1/documents/{post.pk}/corrections/{done['id']}/undo", **_auth(analyst))
    assert response.status_code == 200 and response.json()["undone_at"]
    assert Document.objects.get().relevant


def test_a_document_marked_not_relevant_is_left_out_of_the_api_search_unless_asked_for(client, analyst, post):
    _correct(client, analyst, post, {"correction": "relevance"})
    assert client.get("/api/v1/documents/", **_auth(analyst)).json()["count"] == 0
    listed = client.get("/api/v1/documents/", {"irrelevant": "true"}, **_auth(analyst)).json()
    assert listed["count"] == 1 and listed["items"][0]["relevant"] is False
