"""UTF-16 (Excel's "Unicode text", Notepad) and UTF-8 with BOM import like UTF-8; what is not text is refused clearly."""

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sigap.monitoring.connectors import registry
from sigap.monitoring.connectors.base import Record, sniff_encoding
from sigap.monitoring.models import Document, ImportJob

ROWS = [
    ("u1", "2026-03-02T08:00:00+07:00", "Banjir di Demak — warga mengungsi ke Balai Desa"),
    ("u2", "2026-03-02T09:00:00+07:00", "Bupati meninjau posko; bantuan “segera” tiba, kata café warga"),
]


def csv_text(delimiter="\t"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)  # CRLF line ends, as Excel writes
    writer.writerow(("id", "published_at", "text"))
    writer.writerows(ROWS)
    return out.getvalue()


def jsonl_text():
    return "".join(json.dumps({"id": i, "published_at": at, "text": t}, ensure_ascii=False) + "\n" for i, at, t in ROWS)


def upload(client, source, content, name, fmt="auto"):
    return client.post(
        reverse("monitoring:source_import", args=[source.pk]),
        {"file": SimpleUploadedFile(name, content), "format": fmt},
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content, name",
    [
        (("\ufeff" + csv_text()).encode("utf-16-le"), "ekspor.txt"),  # Excel "Unicode Text": UTF-16 LE, TAB
        (("\ufeff" + csv_text(",")).encode("utf-16-be"), "ekspor.csv"),
        (("\ufeff" + jsonl_text()).encode("utf-16-le"), "ekspor.jsonl"),
        (("\ufeff" + jsonl_text()).encode("utf-16-be"), "ekspor.jsonl"),
        (("\ufeff" + csv_text(";")).encode("utf-8"), "ekspor.csv"),  # Excel "CSV UTF-8": BOM
    ],
    ids=["utf16le-tab", "utf16be-csv", "utf16le-jsonl", "utf16be-jsonl", "utf8bom-csv"],
)
def test_utf16_and_bom_files_import_through_the_page(
    login, analyst, source, run_tasks, django_capture_on_commit_callbacks, content, name
):
    client = login(analyst)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, source, content, name)
    job = ImportJob.objects.get()
    assert response["Location"] == reverse("monitoring:import_detail", args=[job.pk])
    run_tasks()
    job.refresh_from_db()
    assert (job.status, job.read, job.stored, job.rejected) == ("done", 2, 2, 0)
    texts = dict(Document.objects.filter(source=source).values_list("external_id", "text"))
    assert texts == {i: t for i, _, t in ROWS}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content, name",
    [
        (csv_text().encode("utf-16-le"), "ekspor.txt"),  # UTF-16 without BOM
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", "ekspor.xlsx"),  # an Excel workbook
        (b"\xff\xfe" + "id\tpublished_at".encode("utf-16-le") + b"\x00\xdc\x41\x00", "rusak.txt"),  # lone surrogate
    ],
    ids=["utf16-no-bom", "xlsx", "broken-utf16"],
)
@pytest.mark.parametrize("fmt", ["auto", "sigap-csv"])
def test_what_is_not_text_is_refused_with_a_clear_reason(login, analyst, source, content, name, fmt):
    client = login(analyst)
    response = upload(client, source, content, name, fmt)
    assert response.status_code == 302 and not ImportJob.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "tidak dapat dibaca sebagai teks" in page and "UTF-16" in page and "CSV UTF-8" in page


def test_parser_streams_utf16_across_chunk_boundaries():
    """More than one 1 MB read, through a stream that returns odd-sized pieces."""

    class OneWay(io.RawIOBase):
        def __init__(self, data: bytes, step: int):
            self.data, self.pos, self.step = data, 0, step

        def readable(self):
            return True

        def read(self, size=-1):
            size = self.step if size is None or size < 0 else min(size, self.step)
            chunk = self.data[self.pos : self.pos + size]
            self.pos += len(chunk)
            return chunk

    rows = [
        json.dumps(
            {"id": f"r{i}", "published_at": "2026-03-02T08:00:00+07:00", "text": f"Teks ke-{i} — é"}, ensure_ascii=False
        )
        for i in range(12_000)
    ]
    data = ("\ufeff" + "\n".join(rows) + "\n").encode("utf-16-le")
    assert len(data) > 2 * 1024 * 1024
    items = list(registry.parse(OneWay(data, 4097), "auto", filename="besar.jsonl"))
    assert all(isinstance(i, Record) for i in items) and len(items) == 12_000
    assert items[-1].text == "Teks ke-11999 — é"


@pytest.mark.parametrize(
    "head, expected",
    [
        (b"id,text\n", "utf-8"),
        (b"\xef\xbb\xbfid", "utf-8"),
        (b"\xff\xfei\x00d\x00", "utf-16-le"),
        (b"\xfe\xff\x00i\x00d", "utf-16-be"),
        (b"\xff\xfe\x00\x00i\x00\x00\x00", "utf-32-le"),
        (b"i\x00d\x00,\x00", None),
        (b"%PDF-1.4", None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", None),
    ],
)
def test_sniff_encoding(head, expected):
    assert sniff_encoding(head) == expected
