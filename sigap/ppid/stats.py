"""Statistics of the laporan layanan informasi publik (UU KIP Pasal 12; Perki 1/2021 Pasal 56; docs/ppid.md, Service report).

One definition of every figure: the service report, the public statistics page and its open data
(sigap.portal.statistics_views) all read ``compute`` / ``compute_year``.
"""

from __future__ import annotations

import io
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Sum
from django.template.loader import render_to_string
from django.utils import timezone

from sigap.core.models import Office
from sigap.lib.waktu import format_date_long
from sigap.lib.workdays import working_days_between

from .calendar import calendar_for
from .documents import html_to_pdf, letterhead
from .models import (
    Channel,
    Dispute,
    DisputeResult,
    InformationRequest,
    Objection,
    ObjectionStatus,
    Outcome,
    Pasal17,
    Pasal35,
    Regulation,
    RequesterKind,
    Status,
)

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def _median(values):
    return statistics.median(values) if values else None


def _local_day(moment) -> date:
    return timezone.localtime(moment).date()


@dataclass
class _Row:
    """One request with its working days to the written notice and to delivery (None while not there)."""

    req: InformationRequest
    notice_days: int | None
    delivery_days: int | None


@dataclass
class _Data:
    rows: list[_Row]
    objections: list[Objection]
    disputes: list[Dispute]

    def within(self, start: date, end: date) -> _Data:
        return _Data(
            [r for r in self.rows if start <= _local_day(r.req.received_at) <= end],
            [o for o in self.objections if start <= _local_day(o.received_at) <= end],
            [d for d in self.disputes if start <= d.filed_on <= end],
        )


def office_ids(office: Office, *, tree: bool = False) -> set[int]:
    """The office alone, or with every office below it (the tree)."""
    return Office.objects.descendants_of({office.pk}) if tree else {office.pk}


def _load(ids: set[int], start: date, end: date) -> _Data:
    reqs = list(
        InformationRequest.objects.filter(
            office_id__in=ids, received_at__date__gte=start, received_at__date__lte=end
        ).select_related("assigned_unit", "office")
    )
    # Each request counts in its own office's calendar and time zone (a tree mixes offices).
    years = range(start.year, end.year + 2)
    calendars, regulations = {}, {}
    for r in reqs:
        if r.office_id not in calendars:
            regulations[r.office_id] = Regulation.for_office(r.office)
            calendars[r.office_id] = calendar_for(r.office, years, regulations[r.office_id])
        r._regulation = regulations[r.office_id]

    def wd(r, moment):
        if moment is None:
            return None
        tz = r.office.time_zone or "Asia/Jakarta"
        return working_days_between(calendars[r.office_id], r.clock_start, _local_day(moment), tz=tz)

    rows = [_Row(r, wd(r, r.notified_at), wd(r, r.delivered_at)) for r in reqs]
    objections = list(
        Objection.objects.filter(office_id__in=ids, received_at__date__gte=start, received_at__date__lte=end)
    )
    disputes = list(Dispute.objects.filter(office_id__in=ids, filed_on__gte=start, filed_on__lte=end))
    return _Data(rows, objections, disputes)


def _figures(data: _Data, start: date, end: date) -> dict:
    reqs = [row.req for row in data.rows]
    to_notice = [(row.req, row.notice_days) for row in data.rows if row.notice_days is not None]
    to_delivery = [row.delivery_days for row in data.rows if row.delivery_days is not None]
    notice_days = [d for _, d in to_notice]
    on_time_10 = sum(1 for r, d in to_notice if d <= r.base_days)
    on_time_17 = sum(1 for r, d in to_notice if d <= r.base_days + (r.extension_days or r.regulation.extension_days))
    # Within the request's own legal deadline: 10 working days, 17 only when it was extended.
    on_time = sum(1 for r, d in to_notice if d <= r.base_days + r.extension_days)
    months = Counter(timezone.localtime(r.received_at).strftime("%Y-%m") for r in reqs)
    outcomes = Counter(r.outcome for r in reqs if r.outcome)
    grounds = Counter(r.refusal_ground for r in reqs if r.outcome == Outcome.REFUSED and r.refusal_ground)
    objections = data.objections
    obj_grounds = Counter(g for o in objections for g in o.grounds)
    disputes = data.disputes
    n_notice = len(to_notice)
    return {
        "period": (start, end),
        "total": len(reqs),
        "channel_counts": {value: sum(1 for r in reqs if r.channel == value) for value in Channel.values},
        "by_channel": [(label, sum(1 for r in reqs if r.channel == value)) for value, label in Channel.choices],
        "by_month": [(f"{BULAN[int(k[5:]) - 1]} {k[:4]}", v) for k, v in sorted(months.items())],
        "kind_counts": {value: sum(1 for r in reqs if r.requester_kind == value) for value in RequesterKind.values},
        "by_kind": [
            (label, sum(1 for r in reqs if r.requester_kind == value)) for value, label in RequesterKind.choices
        ],
        "by_unit": sorted(Counter(r.assigned_unit.name for r in reqs if r.assigned_unit).items()),
        "disability": sum(1 for r in reqs if r.disability),
        "notice_median": _median(notice_days),
        "notice_max": max(notice_days) if notice_days else None,
        "delivery_median": _median(to_delivery),
        "delivery_max": max(to_delivery) if to_delivery else None,
        "notified": n_notice,
        "on_time": on_time,
        "on_time_10": on_time_10,
        "on_time_17": on_time_17,
        "on_time_pct": round(100 * on_time / n_notice, 1) if n_notice else None,
        "on_time_10_pct": round(100 * on_time_10 / n_notice, 1) if n_notice else None,
        "on_time_17_pct": round(100 * on_time_17 / n_notice, 1) if n_notice else None,
        "extensions": sum(1 for r in reqs if r.extension_days),
        "outcome_counts": {value: outcomes.get(value, 0) for value in Outcome.values},
        "outcomes": [(label, outcomes.get(value, 0)) for value, label in Outcome.choices],
        "withdrawn": sum(1 for r in reqs if r.status == Status.WITHDRAWN),
        "open": sum(1 for r in reqs if r.is_open),
        "refusal_ground_counts": {value: grounds.get(value, 0) for value in Pasal17.values},
        "refusal_grounds": [(label, grounds[value]) for value, label in Pasal17.choices if grounds.get(value)],
        "objections": len(objections),
        "objection_ground_counts": {value: obj_grounds.get(value, 0) for value in Pasal35.values},
        "objection_grounds": [(label, obj_grounds.get(value, 0)) for value, label in Pasal35.choices],
        "objection_status_counts": {
            value: sum(1 for o in objections if o.status == value) for value in ObjectionStatus.values
        },
        "objection_outcomes": [
            (label, sum(1 for o in objections if o.status == value)) for value, label in ObjectionStatus.choices
        ],
        "disputes": len(disputes),
        "dispute_result_counts": {
            value: sum(1 for d in disputes if d.result == value) for value in DisputeResult.values if value
        },
        "dispute_results": [
            (label, sum(1 for d in disputes if d.result == value)) for value, label in DisputeResult.choices if value
        ],
        "costs": sum((r.cost for r in reqs), start=0) if reqs else 0,
    }


def compute(office, start: date, end: date, *, tree: bool = False) -> dict:
    """The figures of requests received from ``start`` to ``end`` (office dates), of one office or its tree."""
    return _figures(_load(office_ids(office, tree=tree), start, end), start, end)


def month_bounds(year: int) -> list[tuple[date, date]]:
    return [(date(year, m, 1), date(year + (m == 12), m % 12 + 1, 1) - timedelta(days=1)) for m in range(1, 13)]


def compute_year(office, year: int, *, tree: bool = False) -> tuple[dict, list[dict]]:
    """The year's figures and each month's (by the month a request, objection or dispute came in)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    data = _load(office_ids(office, tree=tree), start, end)
    return _figures(data, start, end), [_figures(data.within(a, b), a, b) for a, b in month_bounds(year)]


def report_pdf(report, stats) -> bytes:
    html = render_to_string(
        "ppid/pdf/report.html", {**letterhead(report.office), "report": report, "s": stats, "title": report.title}
    )
    return html_to_pdf(html)


def report_docx(report, s) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(report.title, level=0)
    doc.add_paragraph(
        f"{report.office.name} — periode {format_date_long(report.period_start)} s.d. {format_date_long(report.period_end)}"
    )
    sections = [
        ("1. Gambaran umum kebijakan layanan informasi publik", report.policy),
        ("2. Gambaran umum pelaksanaan layanan informasi publik", report.implementation),
    ]
    for heading, text in sections:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(text or "-")
    doc.add_heading("3. Rincian pelayanan informasi publik", level=1)
    _table(
        doc,
        [
            ("Jumlah permohonan", s["total"]),
            ("Permohonan yang sudah diberi pemberitahuan tertulis", s["notified"]),
            (
                "Median hari kerja sampai pemberitahuan tertulis",
                s["notice_median"] if s["notice_median"] is not None else "-",
            ),
            (
                "Maksimum hari kerja sampai pemberitahuan tertulis",
                s["notice_max"] if s["notice_max"] is not None else "-",
            ),
            (
                "Median hari kerja sampai informasi diserahkan",
                s["delivery_median"] if s["delivery_median"] is not None else "-",
            ),
            ("Tepat waktu ≤ 10 hari kerja", f"{s['on_time_10']} ({s['on_time_10_pct'] or 0}%)"),
            ("Tepat waktu ≤ 17 hari kerja", f"{s['on_time_17']} ({s['on_time_17_pct'] or 0}%)"),
            ("Perpanjangan waktu", s["extensions"]),
            ("Dibatalkan pemohon", s["withdrawn"]),
            ("Biaya yang dikenakan (Rp)", s["costs"]),
        ],
    )
    doc.add_paragraph("Keputusan:")
    _table(doc, s["outcomes"])
    if s["refusal_grounds"]:
        doc.add_paragraph("Alasan penolakan (Pasal 17):")
        _table(doc, s["refusal_grounds"])
    doc.add_paragraph("Permohonan per saluran:")
    _table(doc, s["by_channel"])
    doc.add_heading("4. Rincian penyelesaian sengketa informasi publik", level=1)
    _table(doc, [("Jumlah keberatan", s["objections"]), ("Jumlah sengketa di Komisi Informasi", s["disputes"])])
    _table(doc, s["objection_outcomes"])
    for heading, text in (
        ("5. Kendala eksternal dan internal", report.obstacles),
        ("6. Rekomendasi dan rencana tindak lanjut", report.recommendations),
    ):
        doc.add_heading(heading, level=1)
        doc.add_paragraph(text or "-")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(label), str(value)


__all__ = ["compute", "report_pdf", "report_docx", "Sum"]
