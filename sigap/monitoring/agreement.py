"""How often the text models agree with the office's analysts, per week (docs/corrections.md).

A document counts as *reviewed* when a correction of the field, or a confirmation ("Benar"),
is in force; the analyst's label is then the document's effective value and the model's label
its ``*_model`` field. Agreement is the share of reviewed documents where the two are equal.
The week is the local (office) week of the latest review, Monday to Sunday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils import timezone

from .corrections import criticises
from .models import Document, DocumentCorrection

Kind = DocumentCorrection.Kind
WEEKS = 12


@dataclass
class Week:
    start: date
    corrected: int = 0  # documents with a correction (not just a confirmation) made this week
    reviewed: int = 0  # documents whose sentiment an analyst set or confirmed
    agreed: int = 0
    criticism_reviewed: int = 0
    criticism_agreed: int = 0

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def sentiment_share(self) -> float | None:
        return 100 * self.agreed / self.reviewed if self.reviewed else None

    @property
    def criticism_share(self) -> float | None:
        return 100 * self.criticism_agreed / self.criticism_reviewed if self.criticism_reviewed else None


def _monday(moment: datetime) -> date:
    day = timezone.localtime(moment).date()
    return day - timedelta(days=day.weekday())


def weekly(office_id: int, *, weeks: int = WEEKS, now: datetime | None = None) -> tuple[list[Week], Week]:
    """The office's last ``weeks`` weeks, newest first (weeks without reviews left out), and their total."""
    now = now or timezone.now()
    since = datetime.combine(
        _monday(now) - timedelta(weeks=weeks - 1), datetime.min.time(), timezone.get_current_timezone()
    )
    rows = DocumentCorrection.objects.filter(office_id=office_id, undone_at__isnull=True, at__gte=since).values_list(
        "document_id", "kind", "at", "after"
    )
    sentiment_at: dict[int, datetime] = {}
    criticism_at: dict[int, datetime] = {}
    corrected_at: dict[int, datetime] = {}
    for doc_id, kind, at, after in rows:
        if kind != Kind.CONFIRM:
            corrected_at[doc_id] = max(at, corrected_at.get(doc_id, at))
        if kind in (Kind.SENTIMENT, Kind.CONFIRM):
            sentiment_at[doc_id] = max(at, sentiment_at.get(doc_id, at))
        if kind == Kind.CRITICISM or (kind == Kind.CONFIRM and after.get("criticism") is not None):
            criticism_at[doc_id] = max(at, criticism_at.get(doc_id, at))
    docs = {
        d["id"]: d
        for d in Document.objects.filter(id__in={*sentiment_at, *criticism_at}).values(
            "id", "sentiment", "sentiment_model", "criticism", "criticism_model"
        )
    }
    found: dict[date, Week] = {}

    def week(at: datetime) -> Week:
        start = _monday(at)
        return found.setdefault(start, Week(start))

    for at in corrected_at.values():
        week(at).corrected += 1
    for doc_id, at in sentiment_at.items():
        d = docs.get(doc_id)
        if d and d["sentiment_model"]:  # a document never analysed has no model label to compare
            w = week(at)
            w.reviewed += 1
            w.agreed += d["sentiment"] == d["sentiment_model"]
    for doc_id, at in criticism_at.items():
        d = docs.get(doc_id)
        if d and d["criticism_model"] is not None and d["criticism"] is not None:
            w = week(at)
            w.criticism_reviewed += 1
            w.criticism_agreed += criticises(d["criticism"]) == criticises(d["criticism_model"])
    ordered = sorted(found.values(), key=lambda w: w.start, reverse=True)
    total = Week(since.date())
    for w in ordered:
        total.corrected += w.corrected
        total.reviewed += w.reviewed
        total.agreed += w.agreed
        total.criticism_reviewed += w.criticism_reviewed
        total.criticism_agreed += w.criticism_agreed
    return ordered, total
