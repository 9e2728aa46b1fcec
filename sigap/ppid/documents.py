"""Generated documents → PDF (WeasyPrint), on the office's letterhead.

The letter text is the office's own ``LetterTemplate`` when it has one (edited at /ppid/surat/,
plain text with placeholders, see :mod:`sigap.ppid.letters`), else the built-in layout in
``templates/ppid/pdf/``.
"""

from __future__ import annotations

import base64

from django.template.loader import render_to_string
from django.utils import timezone

from sigap.core.models import OfficeKind
from sigap.lib.waktu import format_date_long
from sigap.lib.workdays import format_date

from .calendar import office_zone
from .letters import fill, moment_long, notice_period, values_for
from .models import Letterhead, LetterTemplate, Regulation

DOCUMENTS = {
    "receipt": ("ppid/pdf/receipt.html", "Tanda Bukti Penerimaan Permohonan Informasi Publik"),
    "notice": ("ppid/pdf/notice.html", "Pemberitahuan Tertulis"),
    "extension": ("ppid/pdf/extension.html", "Pemberitahuan Perpanjangan Jangka Waktu"),
    "refusal": ("ppid/pdf/refusal.html", "Surat Keputusan PPID tentang Penolakan Permohonan Informasi"),
    "objection_receipt": ("ppid/pdf/objection_receipt.html", "Tanda Bukti Pengajuan Keberatan"),
}


# A government or ministry is its own public body (Badan Publik) and writes under its own name; a
# unit under it (dinas, PPID Pelaksana) is part of it and writes under its kop when it has none.
OWN_BODY_KINDS = (OfficeKind.KEMENTERIAN, OfficeKind.PROVINSI, OfficeKind.KABUPATEN)


def office_letterhead(office):
    """The office's own letterhead; else, for a unit, the nearest one above it up to its public body."""
    current, seen = office, set()
    while current is not None and current.pk not in seen:
        head = Letterhead.objects.filter(office=current).first()
        if head is not None or current.kind in OWN_BODY_KINDS:
            return head
        seen.add(current.pk)
        current = current.parent
    return None


def _logo_data_uri(head) -> str:
    if head is None or not head.logo:
        return ""
    try:
        with head.logo.open("rb") as f:
            data = f.read()
    except (OSError, ValueError):
        return ""
    mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def letterhead(office) -> dict:
    head = office_letterhead(office)
    return {
        "office": office,
        # The fallback kop names the body above only for a unit (a regency's letter is not the province's).
        "parent": office.parent if office.kind not in OWN_BODY_KINDS else None,
        "today": format_date_long(timezone.localdate(timezone=office_zone(office))),
        "letterhead": head,
        "logo": _logo_data_uri(head),
        "place": (head.place if head and head.place else office.name),
    }


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def render_pdf(kind: str, obj, extra: dict | None = None) -> bytes:
    template, title = DOCUMENTS[kind]
    req = obj.request if kind == "objection_receipt" else obj
    context = {
        **letterhead(obj.office),
        "title": title,
        "req": req,
        "obj": obj,
        "explanation": req.explain_deadline() if req.due_date else "",
        "period": notice_period(req) if req.due_date else "",
        "regulation": Regulation.for_office(obj.office),
        "received": moment_long(obj.received_at, obj.office),
        "cost": f"{req.cost:,.0f}".replace(",", "."),
        "fmt": format_date,
        "consequence_test": getattr(req, "consequence_test", None)
        or (req.dik_entry.consequence_test if req.dik_entry_id else None),
        **(extra or {}),
    }
    if kind == "objection_receipt":
        context["explanation"] = obj.explain_deadline()
    custom = LetterTemplate.objects.filter(office=obj.office, kind=kind).first()
    if custom is not None:
        values = values_for(kind, obj, context["letterhead"])
        context.update(
            {"body": fill(custom.body, values), "letter_date": values["tanggal_surat"], "number": obj.number}
        )
        template = "ppid/pdf/custom.html"
    return html_to_pdf(render_to_string(template, context))
