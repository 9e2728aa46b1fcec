"""Register permohonan and register keberatan (docs/ppid.md, Registers) as rows, XLSX and PDF."""

from __future__ import annotations

from datetime import date, datetime

from django.template.loader import render_to_string
from django.utils import timezone

from sigap.lib import spreadsheet, workdays
from sigap.lib.waktu import format_date, format_datetime

from .calendar import office_zone
from .documents import html_to_pdf
from .models import InformationRequest, Objection, Outcome

REQUEST_COLUMNS = [
    "No. pendaftaran",
    "Tanggal",
    "Nama",
    "Alamat",
    "Nomor kontak",
    "Pekerjaan",
    "Informasi yang diminta",
    "Tujuan penggunaan informasi",
    "Status informasi",
    "Bentuk informasi yang dikuasai",
    "Jenis permohonan",
    "Keputusan",
    "Alasan penolakan",
    "Hari dan tanggal pemberitahuan tertulis",
    "Biaya & cara pembayaran",
    "Saluran",
    "Jatuh tempo",
    "Diserahkan",
]
OBJECTION_COLUMNS = [
    "No. registrasi keberatan",
    "Tanggal diterima",
    "Identitas pemohon / kuasa",
    "No. pendaftaran permohonan",
    "Informasi yang diminta",
    "Tujuan penggunaan informasi",
    "Alasan keberatan (Pasal 35)",
    "Keputusan atasan PPID",
    "Hari dan tanggal tanggapan",
    "Nama dan jabatan atasan PPID",
    "Tanggapan pemohon",
    "Jatuh tempo",
]


def _d(value, office):
    """A date stays a date (the XLSX writes it as one); a moment becomes the office's local time."""
    if not value:
        return None
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value, office_zone(office))
    return value


class Hari(date):
    """A date the page and the PDF write with its weekday (the "Hari dan tanggal" columns); the XLSX keeps a date."""


def _text(value):
    if value is None:
        return ""
    if type(value) is Hari:  # exactly: a Hari defined while freezegun's FakeDate stood in for date claims every date
        return workdays.format_date(value)
    if isinstance(value, datetime):
        return format_datetime(value)  # already in the office zone (_d)
    return format_date(value) if isinstance(value, date) else value


def text_rows(rows) -> list[list[str]]:
    """The rows for the page and the PDF, dates written out."""
    return [[_text(v) for v in row] for row in rows]


def _hari(value, office) -> Hari | None:
    """The office-local day of a moment, a real date cell in the XLSX."""
    if not value:
        return None
    day = timezone.localtime(value, office_zone(office)).date()
    return Hari(day.year, day.month, day.day)


def request_rows(requests) -> list[list]:
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
        rows.append(
            [
                r.number,
                _d(r.received_at, r.office),
                r.name,
                r.address,
                " / ".join(x for x in (r.phone, r.email) if x),
                r.occupation,
                r.information,
                r.purpose,
                held,
                r.info_form,
                r.get_obtain_method_display(),
                r.get_outcome_display() if r.outcome else r.get_status_display(),
                f"Pasal 17 huruf {r.refusal_ground}" if r.refusal_ground else "",
                _hari(r.notified_at, r.office),
                f"Rp {r.cost}" if r.cost else "Rp 0",
                r.get_channel_display(),
                _d(r.due_date, r.office),
                _d(r.delivered_at, r.office),
            ]
        )
    return rows


def objection_rows(objections) -> list[list]:
    rows = []
    for o in objections:
        req = o.request
        who = req.name + (f" (kuasa: {o.proxy_name})" if o.proxy_name else "")
        rows.append(
            [
                o.number,
                _d(o.received_at, o.office),
                f"{who}, {req.address}",
                req.number,
                req.information,
                o.purpose,
                "; ".join(o.ground_labels()),
                (o.get_status_display() + (f": {o.decision_text}" if o.decision_text else "")),
                _hari(o.answered_at, o.office),
                ", ".join(x for x in (o.superior_name, o.superior_position) if x),
                o.requester_reaction,
                _d(o.due_date, o.office),
            ]
        )
    return rows


def register_data(kind: str, qs):
    if kind == "permohonan":
        return "Register Permohonan Informasi Publik", REQUEST_COLUMNS, request_rows(qs)
    return "Register Keberatan", OBJECTION_COLUMNS, objection_rows(qs)


def _cell(value):
    # openpyxl knows dates by their exact type: a Hari goes in as the plain date it is.
    return date(value.year, value.month, value.day) if type(value) is Hari else value


def to_xlsx(title: str, columns: list[str], rows: list[list]) -> bytes:
    return spreadsheet.xlsx_bytes(title, columns, ([_cell(v) for v in row] for row in rows))


def to_pdf(office_label: str, title: str, columns, rows) -> bytes:
    html = render_to_string(
        "ppid/pdf/register.html",
        {
            "title": title,
            "columns": columns,
            "rows": text_rows(rows),
            "office_label": office_label,
            "printed": format_datetime(timezone.now(), timezone.get_current_timezone_name()),
        },
    )
    return html_to_pdf(html)


def requests_for_register(qs):
    return qs.filter(number__gt="").select_related("office").order_by("received_at", "id")


def objections_for_register(qs):
    return qs.select_related("request", "office").order_by("received_at", "id")


__all__ = ["InformationRequest", "Objection"]
