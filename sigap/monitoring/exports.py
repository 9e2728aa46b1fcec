"""Downloads of a list as CSV or XLSX: the rows the page shows the user, written by sigap.lib.spreadsheet.

Headers are Indonesian whatever the interface language, so files from different officers line up.
Dates are real dates in XLSX and ``YYYY-MM-DD HH:MM`` (office time) in CSV; counts are numbers.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.lib import spreadsheet

#: At most this many rows in one file (newest first); a larger result ends with a note saying so.
#: Fifty thousand rows is what a workbook still opens comfortably on an office laptop.
EXPORT_LIMIT = 50_000
#: Characters of a document's text in a file: enough to read what it says, the rest is one click away.
TEXT_EXCERPT = 1_000

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

DOCUMENT_COLUMNS = [
    "Terbit",
    "Kanal",
    "Sumber",
    "Akun",
    "Nama akun",
    "Pengikut",
    "Judul",
    "Cuplikan teks",
    "Sentimen",
    "Suka",
    "Dibagikan",
    "Balasan",
    "Dilihat",
    "Tautan asli",
    "Tautan Sigap",
]


def capped_note(limit: int, total: int) -> str:
    return _(
        "Note: this file holds only the newest %(limit)s of %(total)s rows. "
        "Narrow the filters or the period to export the rest."
    ) % {"limit": f"{limit:,}".replace(",", "."), "total": f"{total:,}".replace(",", ".")}


def with_note(rows: Iterable[Sequence[Any]], note: str | None) -> Iterator[Sequence[Any]]:
    yield from rows
    if note:
        yield [note]


def spreadsheet_response(fmt: str, filename: str, title: str, columns: Sequence[str], rows) -> HttpResponseBase:
    """The download: CSV streamed row by row, XLSX written to a temporary file first (a zip cannot stream)."""
    tz = timezone.get_current_timezone()
    if fmt == "csv":
        response = StreamingHttpResponse(spreadsheet.iter_csv(columns, rows, tz=tz), content_type=FORMATS["csv"])
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    out = tempfile.TemporaryFile()  # closed by FileResponse when sent
    spreadsheet.write_xlsx(out, title, columns, rows, tz=tz)
    out.seek(0)
    return FileResponse(out, as_attachment=True, filename=f"{filename}.xlsx", content_type=FORMATS["xlsx"])


def document_rows(documents: QuerySet, limit: int = EXPORT_LIMIT) -> Iterator[list]:
    """One row per document, newest first, read in chunks so memory stays flat."""
    # Labels in the request's language now: a streamed body is written after the view has returned.
    channels = {k: str(v) for k, v in documents.model._meta.get_field("channel").choices}
    sentiments = {k: str(v) for k, v in documents.model._meta.get_field("sentiment").choices}
    base = settings.BASE_URL
    ordered = documents.select_related("source").order_by("-published_at", "-id")[:limit]

    def rows() -> Iterator[list]:
        for d in ordered.iterator(chunk_size=2000):
            yield [
                d.published_at,
                channels.get(d.channel, d.channel),
                d.source.name,
                d.author,
                d.author_name,
                d.author_followers,
                d.title,
                d.text[:TEXT_EXCERPT],
                sentiments.get(d.sentiment, ""),
                d.likes,
                d.shares,
                d.replies,
                d.views,
                d.url,
                base + reverse("monitoring:document_detail", args=[d.pk]),
            ]

    return rows()
