"""Storing records: counts, de-duplication, rejected records kept, nothing already stored altered."""

from datetime import UTC, datetime

from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, RejectedRecord


def record(ext, text, **kw):
    return Record(external_id=ext, channel="x", text=text, published_at=datetime(2026, 3, 2, 8, tzinfo=UTC), **kw)


def test_counts_read_stored_duplicate_rejected(source):
    items = [
        record("1", "Banjir di Demak makin parah"),
        record("2", "Warga mengungsi ke balai desa"),
        record("1", "Banjir di Demak makin parah"),  # same id twice in one file
        Rejected(position="baris 4", reason="Kolom wajib 'id' tidak ada.", raw='{"text": "x"}'),
    ]
    counts = store_records(source, items)
    assert counts.as_dict() == {"read": 4, "stored": 2, "duplicate": 1, "rejected": 1}
    assert Document.objects.filter(source=source).count() == 2


def test_rerunning_the_same_records_stores_nothing_twice(source):
    items = [record("1", "Banjir di Demak"), record("2", "Tanggul Wulan jebol")]
    store_records(source, items)
    again = store_records(source, items)
    assert again.as_dict() == {"read": 2, "stored": 0, "duplicate": 2, "rejected": 0}
    assert Document.objects.filter(source=source).count() == 2


def test_a_later_record_with_a_known_id_does_not_alter_the_stored_one(source):
    store_records(source, [record("1", "Teks asli")])
    store_records(source, [record("1", "Teks yang diubah")])
    assert Document.objects.get(source=source, external_id="1").text == "Teks asli"


def test_rejected_record_is_kept_with_its_reason(source):
    store_records(source, [Rejected(position="baris 9", reason="Tanggal tidak sah: '32-13-2025'.", raw="{...}")])
    kept = RejectedRecord.objects.get(source=source)
    assert (kept.position, kept.reason, kept.raw) == ("baris 9", "Tanggal tidak sah: '32-13-2025'.", "{...}")


def test_text_with_nul_and_lone_surrogates_is_stored_cleaned(source):
    counts = store_records(source, [record("1", "Halo\x00 dunia \udc80 rusak")])
    assert counts.stored == 1
    assert Document.objects.get(source=source).text == "Halo dunia ? rusak"


def test_record_without_id_is_keyed_by_its_content(source):
    store_records(source, [record("", "Siaran pers: bantuan disalurkan")])
    again = store_records(source, [record("", "Siaran pers:  BANTUAN disalurkan")])
    assert again.duplicate == 1
    assert Document.objects.get(source=source).external_id.startswith("sha:")


def test_exact_copies_share_a_content_hash(source):
    store_records(
        source, [record("1", "Mohon bantuan untuk warga Demak!"), record("2", "mohon bantuan untuk  warga Demak!")]
    )
    hashes = set(Document.objects.filter(source=source).values_list("content_hash", flat=True))
    assert len(hashes) == 1


def test_raw_record_with_nul_is_kept_without_it(source):
    counts = store_records(source, [record("1", "Halo", raw={"text": "Halo\x00", "nested": ["a\x00b"]})])
    assert counts.stored == 1
    assert Document.objects.get(source=source).raw == {"text": "Halo", "nested": ["ab"]}
