"""Register permohonan and register keberatan (ppid.md §5.2, §5.4) as rows, XLSX and PDF."""

from __future__ import annotations

import io

from django.template.loader import render_to_string
from django.utils import timezone

from .models import InformationRequest, Objection, Outcome

REQUEST_COLUMNS = [
    "No. pendaftaran", "Tanggal", "Nama", "Alamat", "Nomor kontak", "Pekerjaan", "Informasi yang diminta",
    "Tujuan penggunaan informasi", "Status informasi", "Bentuk informasi yang dikuasai", "Jenis permohonan",
    "Keputusan", "Alasan penolakan", "Hari dan tanggal pemberitahuan tertulis", "Biaya & cara pembayaran",
    "Saluran", "Jatuh tempo", "Diserahkan",
]
OBJECTION_COLUMNS = [
    "No. registrasi keberatan", "Tanggal diterima", "Identitas pemohon / kuasa", "No. pendaftaran permohonan",
    "Informasi yang diminta", "Tujuan penggunaan informasi", "Alasan keberatan (Pasal 35)", "Keputusan atasan PPID",
    "Hari dan tanggal tanggapan", "Nama dan jabatan atasan PPID", "Tanggapan pemohon", "Jatuh tempo",
]


def _d(value, fmt="%d-%m-%Y") -> str:
    if not value:
        return ""
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value)
    return value.strftime(fmt)


def _hari(value) -> str:
    from sigap.lib.workdays import format_date

    return format_date(timezone.localtime(value).date()) if value else ""


def request_rows(requests) -> list[list[str]]:
    rows = []
    for r in requests:
        if r.outcome == Outcome.NOT_HELD:
            held = f"Tidak dikuasai ({r.holder})"
        elif r.outcome == Outcome.NOT_DOCUMENTED:
            held = "Belum didokumentasikan"
        elif r.outcome:
            held = "Dikuasai"
        else:
            held = ""
        rows.append([
            r.number, _d(r.received_at), r.name, r.address, " / ".join(x for x in (r.phone, r.email) if x), r.occupation,
            r.information, r.purpose, held, r.info_form, r.get_obtain_method_display(),
            r.get_outcome_display() if r.outcome else r.get_status_display(),
            f"Pasal 17 huruf {r.refusal_ground}" if r.refusal_ground else "", _hari(r.notified_at),
            f"Rp {r.cost}" if r.cost else "Rp 0", r.get_channel_display(), _d(r.due_date), _d(r.delivered_at),
        ])
    return rows


def objection_rows(objections) -> list[list[str]]:
    rows = []
    for o in objections:
        req = o.request
        who = req.name + (f" (kuasa: {o.proxy_name})" if o.proxy_name else "")
        rows.append([
            o.number, _d(o.received_at), f"{who}, {req.address}", req.number, req.information, o.purpose,
            "; ".join(o.ground_labels()), (o.get_status_display() + (f": {o.decision_text}" if o.decision_text else "")),
            _hari(o.answered_at), ", ".join(x for x in (o.superior_name, o.superior_position) if x),
            o.requester_reaction, _d(o.due_date),
        ])
    return rows


def register_data(kind: str, qs):
    if kind == "permohonan":
        return "Register Permohonan Informasi Publik", REQUEST_COLUMNS, request_rows(qs)
    return "Register Keberatan", OBJECTION_COLUMNS, objection_rows(qs)


def to_xlsx(title: str, columns: list[str], rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(row)
    for i, _col in enumerate(columns, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = 22
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def to_pdf(office_label: str, title: str, columns, rows) -> bytes:
    from .documents import html_to_pdf

    html = render_to_string("ppid/pdf/register.html", {
        "title": title, "columns": columns, "rows": rows, "office_label": office_label,
        "printed": timezone.localtime().strftime("%d-%m-%Y %H:%M"),
    })
    return html_to_pdf(html)


def requests_for_register(qs):
    return qs.filter(number__gt="").select_related("office").order_by("received_at", "id")


def objections_for_register(qs):
    return qs.select_related("request", "office").order_by("received_at", "id")


__all__ = ["InformationRequest", "Objection"]
