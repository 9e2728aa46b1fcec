"""Only http(s) links from imported data: a javascript:/data:/vbscript: URL is shown as text, never as a link."""

from __future__ import annotations

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from helpers.ppid import make_request

from sigap.core.templatetags.sigap import web_url
from sigap.monitoring.models import Document

BAD = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "/relative",
    "",
]


def _hrefs(page: str) -> list[str]:
    return re.findall(r'<a[^>]*\shref="([^"]*)"', page)


@pytest.mark.parametrize("url", BAD)
def test_filter_refuses_other_schemes(url):
    assert web_url(url) == ""


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://demakkab.go.id/berita/1", "https://demakkab.go.id/berita/1"),
        ("HTTP://x.example/a?b=1", "HTTP://x.example/a?b=1"),
        (" https://x.example/\n", "https://x.example/"),
    ],
)
def test_filter_keeps_web_links(url, expected):
    assert web_url(url) == expected
    assert web_url(None) == ""


@pytest.mark.django_db
def test_imported_document_with_a_javascript_url_is_not_a_link(
    login, analyst, source, run_tasks, django_capture_on_commit_callbacks
):
    lines = [
        {
            "id": "bad",
            "text": "Klik di sini",
            "url": "javascript:alert(1)",
            "published_at": "2026-03-02T08:00:00+07:00",
        },
        {
            "id": "data",
            "text": "Atau di sini",
            "url": "data:text/html,<b>x</b>",
            "published_at": "2026-03-02T08:00:00+07:00",
        },
        {
            "id": "good",
            "text": "Berita banjir",
            "url": "https://demakkab.go.id/berita/1",
            "published_at": "2026-03-02T08:00:00+07:00",
        },
    ]
    client = login(analyst)
    content = "\n".join(json.dumps(line) for line in lines).encode() + b"\n"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("monitoring:source_import", args=[source.pk]),
            {"file": SimpleUploadedFile("impor.jsonl", content), "format": "auto"},
        )
    run_tasks()
    bad = Document.objects.get(source=source, external_id="bad")
    assert bad.url == "javascript:alert(1)"  # kept as data ...
    page = client.get(reverse("monitoring:document_detail", args=[bad.pk])).content.decode()
    assert "javascript:alert(1)" in page  # ... shown as text ...
    assert not [h for h in _hrefs(page) if "javascript" in h.lower()]  # ... never as a link
    page = client.get(
        reverse("monitoring:document_detail", args=[Document.objects.get(source=source, external_id="data").pk])
    ).content.decode()
    assert not [h for h in _hrefs(page) if h.startswith("data:")]
    page = client.get(
        reverse("monitoring:document_detail", args=[Document.objects.get(source=source, external_id="good").pk])
    ).content.decode()
    assert "https://demakkab.go.id/berita/1" in _hrefs(page)


@pytest.mark.django_db
def test_ppid_request_source_url_and_public_dip_link_only_http(client, login, ppid, offices):
    from sigap.ppid.models import DIPEntry

    req = make_request(offices["demak"], ppid, source_url="javascript:alert(1)")
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert req.number in page and not [h for h in _hrefs(page) if "javascript" in h.lower()]

    DIPEntry.objects.create(
        office=offices["demak"],
        summary="Rencana kerja 2026",
        holding_unit="Bappeda",
        responsible="Kepala Bappeda",
        made_when_where="Demak, 2026",
        formats="PDF",
        retention="5 tahun",
        category="berkala",
        url="vbscript:msgbox(1)",
    )
    client.logout()
    page = client.get("/layanan/demak/dip/").content.decode()
    assert "Rencana kerja 2026" in page and not [h for h in _hrefs(page) if "vbscript" in h.lower()]
