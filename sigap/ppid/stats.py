"""Statistics of the laporan layanan informasi publik (UU KIP Pasal 12; Perki 1/2021 Pasal 56; docs/ppid.md, Service report)."""

from __future__ import annotations

import io
import statistics
from collections import Counter
from datetime import date

from django.db.models import Sum
from django.template.loader import render_to_string
from django.utils import timezone

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


def compute(office, start: date, end: date) -> dict:
    reqs = list(
        InformationRequest.objects.filter(
            office=office, received_at__date__gte=start, received_at__date__lte=end
        ).select_related("assigned_unit")
    )
    tz = office.time_zone or "Asia/Jakarta"
    cal = calendar_for(office, range(start.year, end.year + 2))

    def wd(a, b):
        return working_days_between(cal, a.clock_start, timezone.localtime(b).date(), tz=tz)

    to_notice = [(r, wd(r, r.notified_at)) for r in reqs if r.notified_at]
    to_delivery = [wd(r, r.delivered_at) for r in reqs if r.delivered_at]
    notice_days = [d for _, d in to_notice]
    on_time_10 = sum(1 for r, d in to_notice if d <= r.base_days)
    on_time_17 = sum(1 for r, d in to_notice if d <= r.base_days + (r.extension_days or r.regulation.extension_days))
    months = Counter(timezone.localtime(r.received_at).strftime("%Y-%m") for r in reqs)
    outcomes = Counter(r.outcome for r in reqs if r.outcome)
    grounds = Counter(r.refusal_ground for r in reqs if r.outcome == Outcome.REFUSED and r.refusal_ground)
    objections = list(Objection.objects.filter(office=office, received_at__date__gte=start, received_at__date__lte=end))
    obj_grounds = Counter(g for o in objections for g in o.grounds)
    disputes = Dispute.objects.filter(office=office, filed_on__gte=start, filed_on__lte=end)
    n_notice = len(to_notice)
    return {
        "period": (start, end),
        "total": len(reqs),
        "by_channel": [(label, sum(1 for r in reqs if r.channel == value)) for value, label in Channel.choices],
        "by_month": [(f"{BULAN[int(k[5:]) - 1]} {k[:4]}", v) for k, v in sorted(months.items())],
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
        "on_time_10": on_time_10,
        "on_time_17": on_time_17,
        "on_time_10_pct": round(100 * on_time_10 / n_notice, 1) if n_notice else None,
        "on_time_17_pct": round(100 * on_time_17 / n_notice, 1) if n_notice else None,
        "extensions": sum(1 for r in reqs if r.extension_days),
        "outcomes": [(label, outcomes.get(value, 0)) for value, label in Outcome.choices],
        "withdrawn": sum(1 for r in reqs if r.status == Status.WITHDRAWN),
        "open": sum(1 for r in reqs if r.is_open),
        "refusal_grounds": [(label, grounds[value]) for value, label in Pasal17.choices if grounds.get(value)],
        "objections": len(objections),
        "objection_grounds": [(label, obj_grounds.get(value, 0)) for value, label in Pasal35.choices],
        "objection_outcomes": [
            (label, sum(1 for o in objections if o.status == value)) for value, label in ObjectionStatus.choices
        ],
        "disputes": disputes.count(),
        "dispute_results": [
            (label, disputes.filter(result=value).count()) for value, label in DisputeResult.choices if value
        ],
        "costs": sum((r.cost for r in reqs), start=0) if reqs else 0,
    }


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
