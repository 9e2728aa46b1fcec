"""Watchlists: created with a valid query, refused with a clear message otherwise, used as a filter, audited."""

from datetime import UTC, datetime

from django.urls import reverse

from sigap.core.models import AuditEvent
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Watchlist


def test_analyst_creates_a_watchlist(login, analyst, offices):
    response = login(analyst).post(
        reverse("monitoring:watchlist_create"),
        {"office": offices["demak"].pk, "name": "Banjir", "query": "banjir AND (Demak OR Kudus)", "active": "on"},
    )
    assert response.status_code == 302
    watchlist = Watchlist.objects.get(name="Banjir")
    assert AuditEvent.objects.filter(action="watchlist.created", target_id=str(watchlist.pk), actor=analyst).exists()


def test_bad_syntax_is_refused_with_an_indonesian_message(login, analyst, offices):
    response = login(analyst).post(
        reverse("monitoring:watchlist_create"),
        {"office": offices["demak"].pk, "name": "Rusak", "query": "banjir AND (Demak OR Kudus", "active": "on"},
    )
    assert response.status_code == 200
    assert "belum ditutup" in response.content.decode()
    assert not Watchlist.objects.filter(name="Rusak").exists()


def test_analyst_cannot_create_a_watchlist_for_another_office(login, analyst, offices):
    response = login(analyst).post(
        reverse("monitoring:watchlist_create"),
        {"office": offices["kemensos"].pk, "name": "Titipan", "query": "bansos", "active": "on"},
    )
    assert response.status_code == 200
    assert not Watchlist.objects.filter(name="Titipan").exists()


def test_watchlist_filters_documents(login, analyst, offices, source):
    at = datetime(2026, 3, 2, tzinfo=UTC)
    store_records(source, [Record("1", "x", "Banjir di Demak", at), Record("2", "x", "Banjir di Pati", at)])
    watchlist = Watchlist.objects.create(office=offices["demak"], name="Banjir Demak", query="banjir AND demak")
    page = (
        login(analyst)
        .get(
            reverse("monitoring:document_list"), {"watchlist": watchlist.pk, "start": "2026-03-01", "end": "2026-03-03"}
        )
        .content.decode()
    )
    assert "Banjir di Demak" in page and "Banjir di Pati" not in page


def test_deleting_a_watchlist_is_audited(login, analyst, offices):
    watchlist = Watchlist.objects.create(office=offices["demak"], name="Lama", query="banjir")
    login(analyst).post(reverse("monitoring:watchlist_delete", args=[watchlist.pk]))
    assert not Watchlist.objects.filter(pk=watchlist.pk).exists()
    assert AuditEvent.objects.filter(action="watchlist.deleted", target_id=str(watchlist.pk)).exists()
