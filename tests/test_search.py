"""Full-text search over documents: matches, highlights, filters combined, bad queries explained."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records


@pytest.fixture
def documents(source):
    at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    store_records(
        source,
        [
            Record("1", "x", "Banjir merendam tiga desa di Demak, warga mengungsi", at),
            Record("2", "x", "Harga BBM naik lagi, mahasiswa siap demo", at),
            Record("3", "x", "Hoaks banjir bandang di Kudus beredar di WhatsApp", at),
            Record(
                "4",
                "news",
                "Pemerintah menyalurkan bantuan untuk korban banjir",
                datetime(2026, 2, 1, tzinfo=UTC),
                title="Bantuan banjir disalurkan",
            ),
        ],
    )


def search(client, **params):
    params.setdefault("start", "2026-01-01")
    params.setdefault("end", "2026-03-31")
    return client.get(reverse("monitoring:document_list"), params).content.decode()


def test_search_finds_matching_documents_only(login, analyst, documents):
    page = search(login(analyst), q="banjir NOT hoaks")
    assert "tiga desa" in page and "disalurkan" in page
    assert "Hoaks banjir bandang" not in page and "Harga BBM" not in page


def test_matched_words_are_highlighted(login, analyst, documents):
    page = search(login(analyst), q="mengungsi")
    assert "<mark>mengungsi</mark>" in page


def test_search_combines_with_date_and_channel_filters(login, analyst, documents):
    page = search(login(analyst), q="banjir", start="2026-03-01", channel="x")
    assert "tiga desa" in page and "Bantuan banjir" not in page


def test_phrase_and_prefix_queries(login, analyst, documents):
    client = login(analyst)
    assert "Harga BBM" in search(client, q='"harga bbm"')
    assert "tiga desa" in search(client, q="mengung*")


def test_bad_query_gets_a_clear_indonesian_message(login, analyst, documents):
    page = search(login(analyst), q='banjir AND ("Demak')
    assert "belum ditutup" in page


def test_document_text_cannot_inject_html(login, analyst, source):
    store_records(source, [Record("9", "x", "banjir <script>alert(1)</script>", datetime(2026, 3, 2, tzinfo=UTC))])
    page = search(login(analyst), q="banjir")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_results_are_paginated(login, analyst, source):
    at = datetime(2026, 3, 2, tzinfo=UTC)
    store_records(source, [Record(str(i), "x", f"Laporan banjir nomor {i}", at) for i in range(45)])
    client = login(analyst)
    assert "Halaman 1 dari 3" in search(client, q="banjir")
    assert search(client, q="banjir", page=3).count('class="doc"') == 5


def test_extreme_dates_are_a_form_error_not_a_crash(login, analyst, documents):
    response = login(analyst).get(reverse("monitoring:document_list"), {"end": "9999-12-31"})
    assert response.status_code == 200 and "9999" in response.content.decode()


def test_search_index_is_repaired_after_a_table_rebuild(login, analyst, documents):
    from django.db import connection

    from sigap.monitoring.fulltext import ensure_sqlite_index

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's FTS5 triggers only")
    with connection.cursor() as cursor:  # what Django's table rebuild does to the triggers
        cursor.execute("DROP TRIGGER monitoring_document_fts_ai")
    store_records_after = Record("5", "x", "Longsor menutup jalan di Wonosobo", datetime(2026, 3, 2, tzinfo=UTC))
    from sigap.monitoring.models import Source

    store_records(Source.objects.get(name="X Demak"), [store_records_after])
    assert ensure_sqlite_index(connection) is True
    assert "Longsor menutup jalan" in search(login(analyst), q="longsor")
