"""Every stored document is analysed: sentiment, language, entities, near-duplicate group, story,
with the models that produced them; the dashboard and filters use the results."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sigap.monitoring.analysis import analyse_pending
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import AnalysisState, Document


@pytest.fixture
def posts(source):
    now = timezone.now()
    texts = [
        "Tanggul Sungai Wulan jebol, ribuan warga Demak mengungsi. Bupati Demak meninjau posko pengungsian.",
        "Tanggul Sungai Wulan jebol, ribuan warga Demak mengungsi! Bupati Demak meninjau posko pengungsian",
        "Pelayanan KTP di kecamatan sangat cepat dan ramah, terima kasih pemda",
        "jalan rusak parah tidak pernah diperbaiki, pemda ke mana aja??",
    ]
    store_records(source, [Record(str(i), "x", t, now - timedelta(minutes=10 - i)) for i, t in enumerate(texts)])
    return {d.external_id: d for d in Document.objects.all()}


def test_every_document_gets_sentiment_language_group_and_story(posts):
    assert analyse_pending() == 4
    docs = {d.external_id: d for d in Document.objects.select_related("analysis", "story")}
    assert docs["2"].sentiment == "positif" and docs["3"].sentiment == "negatif"
    assert all(d.language == "id" and d.analysed_at and 0 < d.sentiment_confidence <= 1 for d in docs.values())
    assert docs["0"].dup_group == docs["1"].dup_group != docs["2"].dup_group
    assert docs["0"].story == docs["1"].story and docs["0"].story.size >= 2 and docs["0"].story.label


def test_results_record_the_models_that_produced_them(posts):
    analyse_pending()
    versions = Document.objects.select_related("analysis").first().analysis.versions
    assert "sentiment" in versions and "language" in versions and all(versions.values())


def test_places_are_linked_to_region_codes(posts):
    analyse_pending()
    demak = Document.objects.get(external_id="0").entities.filter(kind="LOC", name__icontains="Demak").first()
    assert demak is not None and demak.region_code.startswith("33")


def test_analysis_resumes_from_the_saved_state(source, posts):
    analyse_pending()
    import sigap.monitoring.analysis as analysis

    analysis._pipeline = None  # a restarted worker
    copy = Document.objects.get(external_id="0").text
    store_records(source, [Record("9", "x", copy, timezone.now())])
    assert analyse_pending() == 1
    assert Document.objects.get(external_id="9").dup_group == Document.objects.get(external_id="0").dup_group


def test_a_worker_without_the_lease_waits(posts):
    AnalysisState.objects.create(
        name="text-pipeline", holder="other-host:1", lease_until=timezone.now() + timedelta(minutes=5)
    )
    assert analyse_pending() == 0
    assert not Document.objects.filter(analysed_at__isnull=False).exists()


def test_dashboard_filters_by_sentiment(login, analyst, posts):
    analyse_pending()
    response = login(analyst).get(reverse("monitoring:dashboard"), {"sentiment": "negatif"})
    assert response.context["total"] == 1 and response.context["sentiments"] == {"negatif": 1}


def test_dashboard_lists_top_entities_and_filters_by_one(login, analyst, posts):
    analyse_pending()
    client = login(analyst)
    keys = [e["key"] for e in client.get(reverse("monitoring:dashboard")).context["top_entities"]]
    demak = next(k for k in keys if k.startswith("LOC:") and "Demak" in k)
    assert client.get(reverse("monitoring:dashboard"), {"entity": demak}).context["total"] == 2


def test_api_returns_analysis_and_filters_by_sentiment(client, analyst, posts):
    analyse_pending()
    client.force_login(analyst)
    body = client.get("/api/v1/documents/", {"sentiment": "positif"}).json()
    assert [item["external_id"] for item in body["items"]] == ["2"]
    item = body["items"][0]
    assert item["sentiment"] == "positif" and item["language"] == "id" and "sentiment" in item["analysis"]


def test_a_failing_early_warning_keeps_the_analysis_and_leaves_a_trace(posts, monkeypatch):
    import sigap.issues.receivers as receivers
    from sigap.core.models import AuditEvent

    def broken(document_ids, story_keywords=None):
        raise RuntimeError("papan skor rusak")

    monkeypatch.setattr(receivers, "update", broken)
    assert analyse_pending() == 4
    assert Document.objects.filter(analysed_at__isnull=False).count() == 4
    event = AuditEvent.objects.get(action="analysis.follow_up_failed")
    assert "papan skor rusak" in event.data["error"] and event.data["documents"] == 4
