"""A huge document: its page shows a capped excerpt with a note; the full text is a plain-text download."""

from datetime import UTC, datetime

import pytest

from sigap.monitoring.models import Document


@pytest.fixture
def huge(source):
    text = ("Banjir Sungai Wulan merendam Desa Ketanjung. " * 120_000)[:5_000_000] + "AKHIR-DOKUMEN"
    return Document.objects.create(
        source=source,
        office=source.office,
        channel=source.channel,
        external_id="huge",
        content_hash="h" * 32,
        text=text,
        published_at=datetime(2026, 3, 2, tzinfo=UTC),
    )


def test_huge_document_page_is_small_and_download_is_complete(login, analyst, huge):
    client = login(analyst)
    page = client.get(f"/dokumen/{huge.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert len(page.content) < 100_000
    assert "Teks dipotong untuk tampilan" in html and "unduh teks lengkap" in html
    assert "AKHIR-DOKUMEN" not in html
    download = client.get(f"/dokumen/{huge.pk}/teks.txt")
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/plain")
    assert download.content.decode() == huge.text


def test_short_document_has_no_note(login, analyst, huge):
    huge.text = "Pendek saja."
    huge.save(update_fields=["text"])
    html = login(analyst).get(f"/dokumen/{huge.pk}/").content.decode()
    assert "Pendek saja." in html and "Teks dipotong" not in html


def test_outsider_gets_404_on_page_and_download(login, outsider, huge):
    client = login(outsider)
    assert client.get(f"/dokumen/{huge.pk}/").status_code == 404
    assert client.get(f"/dokumen/{huge.pk}/teks.txt").status_code == 404
