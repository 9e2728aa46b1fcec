"""The issue list as spreadsheet rows (written by sigap.monitoring.exports, as the document search is)."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings

from .models import Issue

ISSUE_COLUMNS = [
    "Judul",
    "Level",
    "Status",
    "Skor",
    "Jumlah dokumen",
    "Dokumen pertama",
    "Dokumen terakhir",
    "Level sejak",
    "Kantor",
    "Tautan Sigap",
]


def issue_rows(issues: Iterable[Issue]) -> list[list]:
    """Built at once (issues are few), so the labels are in the request's language even when streamed."""
    return [
        [
            issue.title,
            issue.get_level_display(),
            issue.get_status_display(),
            round(issue.score, 1),
            issue.doc_count,
            issue.first_at,
            issue.last_at,
            issue.level_since,
            issue.office.name,
            settings.BASE_URL + issue.get_absolute_url(),
        ]
        for issue in issues
    ]
