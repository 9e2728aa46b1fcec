"""Analysts correct a document's analysis (docs/corrections.md): the correction counts at once in
the office's figures and issues, survives re-analysis, can be undone, and feeds the agreement page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sigap.core.models import AuditEvent
from sigap.issues.models import Issue, IssueDocument
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, DocumentCorrection, DocumentEntity

FLOOD = "Tanggul Sungai Wulan jebol, ribuan warga Demak mengungsi. Bupati Demak meninjau posko pengungsian."


@pytest.fixture
def posts(source):
    """Three analysed posts of Demak: one negative, two neutral."""
    now = timezone.now()
    store_records(source, [Record(str(i), "x", f"{FLOOD} ({i})", now - timedelta(hours=i + 1)) for i in range(3)])
    Document.objects.update(sentiment="netral", sentiment_model="netral", analysed_at=now)
    Document.objects.filter(external_id="0").update(sentiment="negatif", sentiment_model="negatif")
    return {d.external_id: d for d in Document.objects.all()}


def _correct(client, document, correction, **data):
    return client.post(
        reverse("monitoring:document_correct", args=[document.pk]), {"correction": correction, **data}, follow=True
    )


def _dashboard_sentiments(client):
    return client.get(reverse("monitoring:dashboard")).context["sentiments"]


def test_correcting_the_sentiment_changes_the_dashboard_count_at_once(login, analyst, posts):
    client = login(analyst)
    assert _dashboard_sentiments(client) == {"negatif": 1, "netral": 2}
    _correct(client, posts["1"], "sentiment", sentiment="negatif")
    assert _dashboard_sentiments(client) == {"negatif": 2, "netral": 1}


def test_the_corrected_sentiment_says_who_corrected_it(login, analyst, posts):
    analyst.first_name, analyst.last_name = "Sri", "Wahyuni"
    analyst.save()
    page = _correct(login(analyst), posts["1"], "sentiment", sentiment="positif").content.decode()
    assert "Koreksi disimpan" in page and "dikoreksi oleh Sri Wahyuni," in page and "WIB" in page


def test_undo_puts_the_model_sentiment_back_and_is_audited(login, analyst, posts):
    client = login(analyst)
    _correct(client, posts["1"], "sentiment", sentiment="negatif")
    correction = DocumentCorrection.objects.get()
    page = client.post(
        reverse("monitoring:correction_undo", args=[posts["1"].pk, correction.pk]), follow=True
    ).content.decode()
    assert "Koreksi dibatalkan" in page
    assert _dashboard_sentiments(client) == {"negatif": 1, "netral": 2}
    correction.refresh_from_db()
    assert correction.undone_at is not None and correction.undone_by == analyst
    assert AuditEvent.objects.filter(action="document.correction_undone").count() == 1


def test_the_same_correction_twice_is_one_change(login, analyst, posts):
    client = login(analyst)
    _correct(client, posts["1"], "sentiment", sentiment="negatif")
    page = _correct(client, posts["1"], "sentiment", sentiment="negatif").content.decode()
    assert "Tidak ada perubahan" in page
    assert DocumentCorrection.objects.count() == 1
    assert AuditEvent.objects.filter(action="document.corrected").count() == 1


def test_a_document_marked_not_relevant_leaves_the_office_figures(login, analyst, posts):
    client = login(analyst)
    _correct(client, posts["0"], "relevance")
    response = client.get(reverse("monitoring:dashboard"))
    assert response.context["total"] == 2 and response.context["sentiments"] == {"netral": 2}


def test_a_document_marked_not_relevant_leaves_search_results_unless_asked_for(login, analyst, posts):
    client = login(analyst)
    _correct(client, posts["0"], "relevance")
    assert client.get(reverse("monitoring:document_list")).context["page"].paginator.count == 2
    shown = client.get(reverse("monitoring:document_list"), {"irrelevant": "on"})
    assert shown.context["page"].paginator.count == 3 and "Tidak relevan" in shown.content.decode()


def test_a_document_marked_not_relevant_leaves_its_issue_and_a_rescore_is_queued(
    login, analyst, posts, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    issue = Issue.objects.create(office=posts["0"].office, title="Banjir Demak", first_at=now, last_at=now)
    for doc in posts.values():
        IssueDocument.objects.create(
            issue=issue, document=doc, published_at=doc.published_at, channel="x", source_id=doc.source_id
        )
    with django_capture_on_commit_callbacks(execute=True):
        _correct(login(analyst), posts["0"], "relevance")
    issue.refresh_from_db()
    assert issue.doc_count == 2 and not IssueDocument.objects.filter(document=posts["0"]).exists()
    assert DBTaskResult.objects.filter(task_path__endswith="follow_correction_task").count() == 1


def test_a_corrected_sentiment_is_negative_in_the_issue_at_once(login, analyst, posts):
    now = timezone.now()
    issue = Issue.objects.create(office=posts["1"].office, title="Banjir Demak", first_at=now, last_at=now)
    doc = posts["1"]
    IssueDocument.objects.create(issue=issue, document=doc, published_at=doc.published_at, channel="x", source_id=1)
    _correct(login(analyst), doc, "sentiment", sentiment="negatif")
    assert IssueDocument.objects.get(document=doc).negative


def test_reanalysis_keeps_the_corrected_sentiment_and_updates_the_model_label(login, analyst, source):
    from sigap.monitoring.analysis import analyse_pending

    store_records(
        source, [Record("p", "x", "Pelayanan KTP sangat cepat dan ramah, terima kasih pemda", timezone.now())]
    )
    analyse_pending()
    doc = Document.objects.get()
    assert doc.sentiment == doc.sentiment_model == "positif"
    _correct(login(analyst), doc, "sentiment", sentiment="negatif")
    Document.objects.update(analysed_at=None, sentiment_model="")
    analyse_pending()
    doc.refresh_from_db()
    assert doc.sentiment == "negatif" and doc.sentiment_model == "positif"


def test_reanalysis_keeps_the_corrected_entities(login, analyst, source):
    from sigap.monitoring.analysis import analyse_pending

    store_records(source, [Record("p", "x", FLOOD, timezone.now())])
    analyse_pending()
    doc = Document.objects.get()
    _correct(login(analyst), doc, "entity_add", kind="ORG", name="BPBD Demak")
    Document.objects.update(analysed_at=None)
    analyse_pending()
    assert doc.entities.filter(kind="ORG", name="BPBD Demak").exists()


def test_a_place_is_linked_to_its_region_and_the_link_can_be_undone(login, analyst, posts):
    client = login(analyst)
    place = DocumentEntity.objects.create(document=posts["1"], kind="LOC", name="Sungai Wulan")
    page = _correct(client, posts["1"], "entity_region", entity=place.pk, region_code="33.21").content.decode()
    place.refresh_from_db()
    assert place.region_code == "33.21" and "Kabupaten Demak" in page
    client.post(reverse("monitoring:correction_undo", args=[posts["1"].pk, DocumentCorrection.objects.get().pk]))
    place.refresh_from_db()
    assert place.region_code == ""


def test_an_entity_can_be_retyped_and_removed(login, analyst, posts):
    client = login(analyst)
    entity = DocumentEntity.objects.create(document=posts["1"], kind="PER", name="Demak", region_code="")
    _correct(client, posts["1"], "entity_kind", entity=entity.pk, kind="LOC")
    entity.refresh_from_db()
    assert entity.kind == "LOC"
    _correct(client, posts["1"], "entity_remove", entity=entity.pk)
    assert not posts["1"].entities.exists()


def test_an_unknown_sentiment_label_is_refused_in_indonesian_and_nothing_is_stored(login, analyst, posts):
    page = _correct(login(analyst), posts["1"], "sentiment", sentiment="marah").content.decode()
    assert "Pilih sentimen: positif, negatif, atau netral." in page
    assert not DocumentCorrection.objects.exists()
    assert Document.objects.get(pk=posts["1"].pk).sentiment == "netral"


def test_an_unknown_region_code_is_refused_in_indonesian_and_nothing_is_stored(login, analyst, posts):
    page = _correct(
        login(analyst), posts["1"], "entity_add", kind="LOC", name="Kota Atlantis", region_code="99.99"
    ).content.decode()
    assert "Kode wilayah “99.99” tidak ada dalam daftar wilayah Kemendagri" in page
    assert not DocumentCorrection.objects.exists() and not posts["1"].entities.exists()


def test_criticism_not_assessed_yet_can_be_set_by_an_analyst(login, analyst, posts):
    client = login(analyst)
    assert "Belum dinilai" in client.get(reverse("monitoring:document_detail", args=[posts["1"].pk])).content.decode()
    _correct(client, posts["1"], "criticism", criticism="ya")
    assert Document.objects.get(pk=posts["1"].pk).criticism == 1.0


def test_the_agreement_page_shows_the_weeks_share_of_model_labels_kept(login, analyst, posts):
    client = login(analyst)
    _correct(client, posts["0"], "confirm")  # the model's negatif was right
    _correct(client, posts["1"], "confirm")  # netral right
    _correct(client, posts["2"], "sentiment", sentiment="positif")  # netral wrong
    response = client.get(reverse("monitoring:agreement", args=[posts["0"].office_id]))
    (week,) = response.context["weeks"]
    assert (week.corrected, week.reviewed, week.agreed) == (1, 3, 2)
    assert "66,7%" in response.content.decode()


def test_the_office_page_links_to_the_agreement_page(login, analyst, posts):
    page = login(analyst).get(reverse("core:office_list")).content.decode()
    assert reverse("monitoring:agreement", args=[posts["0"].office_id]) in page


@pytest.mark.parametrize("page", ["detail", "correct", "undo", "agreement"])
def test_an_outsider_gets_404(login, analyst, outsider, posts, page):
    doc = posts["1"]
    _correct(login(analyst), doc, "sentiment", sentiment="negatif")
    client = login(outsider)
    correction = DocumentCorrection.objects.get()
    urls = {
        "detail": ("get", reverse("monitoring:document_detail", args=[doc.pk])),
        "correct": ("post", reverse("monitoring:document_correct", args=[doc.pk])),
        "undo": ("post", reverse("monitoring:correction_undo", args=[doc.pk, correction.pk])),
        "agreement": ("get", reverse("monitoring:agreement", args=[doc.office_id])),
    }
    method, url = urls[page]
    assert getattr(client, method)(url, {"correction": "sentiment", "sentiment": "positif"}).status_code == 404
    assert Document.objects.get(pk=doc.pk).sentiment == "negatif"


@pytest.mark.parametrize("action", ["correct", "undo"])
def test_a_leader_may_read_but_not_correct(login, analyst, leader, posts, action):
    doc = posts["1"]
    _correct(login(analyst), doc, "sentiment", sentiment="negatif")
    client = login(leader)
    page = client.get(reverse("monitoring:document_detail", args=[doc.pk])).content.decode()
    assert "dikoreksi oleh" in page and 'id="sentiment-button"' not in page
    url = {
        "correct": reverse("monitoring:document_correct", args=[doc.pk]),
        "undo": reverse("monitoring:correction_undo", args=[doc.pk, DocumentCorrection.objects.get().pk]),
    }[action]
    assert client.post(url, {"correction": "sentiment", "sentiment": "positif"}).status_code == 403
    assert Document.objects.get(pk=doc.pk).sentiment == "negatif"
    assert client.get(reverse("monitoring:agreement", args=[doc.office_id])).status_code == 200


def test_confirming_the_same_analysis_twice_is_one_confirmation(login, analyst, posts):
    client = login(analyst)
    _correct(client, posts["1"], "confirm")
    page = _correct(client, posts["1"], "confirm").content.decode()
    assert "Tidak ada perubahan" in page and DocumentCorrection.objects.filter(kind="confirm").count() == 1


def test_the_agreement_page_shows_criticism_agreement(login, analyst, posts):
    Document.objects.update(criticism=0.8, criticism_model=0.8)
    client = login(analyst)
    _correct(client, posts["0"], "confirm")  # the model's "criticises" was right
    _correct(client, posts["1"], "criticism", criticism="tidak")  # wrong
    (week,) = client.get(reverse("monitoring:agreement", args=[posts["0"].office_id])).context["weeks"]
    assert (week.criticism_reviewed, week.criticism_agreed) == (2, 1)


def test_a_document_relevant_again_rejoins_its_issue_at_the_rescore(
    login, analyst, posts, run_tasks, django_capture_on_commit_callbacks
):
    from sigap.issues.models import IssueStory
    from sigap.monitoring.models import Story

    now = timezone.now()
    story = Story.objects.create(key="s1", label="Banjir Demak", first_at=now, last_at=now, size=3)
    Document.objects.update(story=story)
    issue = Issue.objects.create(office=posts["0"].office, title="Banjir Demak", first_at=now, last_at=now)
    IssueStory.objects.create(issue=issue, story=story)
    doc = posts["0"]
    IssueDocument.objects.create(issue=issue, document=doc, published_at=doc.published_at, channel="x", source_id=1)
    client = login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        _correct(client, doc, "relevance")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("monitoring:correction_undo", args=[doc.pk, DocumentCorrection.objects.get().pk]))
    run_tasks()
    assert IssueDocument.objects.filter(issue=issue, document=doc).exists()


def test_reanalysis_keeps_the_corrected_criticism(login, analyst, source):
    from sigap.monitoring.analysis import analyse_pending

    store_records(
        source, [Record("p", "x", "Pemkab Demak lamban menangani jalan rusak, bupati harus mundur!", timezone.now())]
    )
    analyse_pending()
    doc = Document.objects.get()
    assert doc.criticism_model is not None and doc.criticism == doc.criticism_model
    answer = "tidak" if doc.criticism_model >= 0.5 else "ya"
    _correct(login(analyst), doc, "criticism", criticism=answer)
    Document.objects.update(analysed_at=None)
    analyse_pending()
    doc.refresh_from_db()
    assert doc.criticism == (1.0 if answer == "ya" else 0.0) and doc.criticism_model is not None


def test_the_document_page_names_the_language_in_words(login, analyst, posts):
    Document.objects.filter(pk=posts["1"].pk).update(language="jv")
    page = login(analyst).get(reverse("monitoring:document_detail", args=[posts["1"].pk])).content.decode()
    assert "<dd>Jawa</dd>" in page
