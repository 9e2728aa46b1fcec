"""Generated documents: HTML templates (editable: override them in a templates directory) → PDF (WeasyPrint)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone

from sigap.lib.workdays import format_date

DOCUMENTS = {
    "receipt": ("ppid/pdf/receipt.html", "Tanda Bukti Penerimaan Permohonan Informasi Publik"),
    "notice": ("ppid/pdf/notice.html", "Pemberitahuan Tertulis"),
    "extension": ("ppid/pdf/extension.html", "Pemberitahuan Perpanjangan Jangka Waktu"),
    "refusal": ("ppid/pdf/refusal.html", "Surat Keputusan PPID tentang Penolakan Permohonan Informasi"),
    "objection_receipt": ("ppid/pdf/objection_receipt.html", "Tanda Bukti Pengajuan Keberatan"),
}


def letterhead(office) -> dict:
    return {"office": office, "parent": office.parent, "today": format_date(timezone.localdate())}


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def render_pdf(kind: str, obj, extra: dict | None = None) -> bytes:
    template, title = DOCUMENTS[kind]
    req = obj.request if kind == "objection_receipt" else obj
    context = {
        **letterhead(obj.office), "title": title, "req": req, "obj": obj,
        "explanation": req.explain_deadline() if req.due_date else "",
        "fmt": format_date,
        "consequence_test": getattr(req, "consequence_test", None) or (req.dik_entry.consequence_test if req.dik_entry_id else None),
        **(extra or {}),
    }
    if kind == "objection_receipt":
        context["explanation"] = obj.explain_deadline()
    return html_to_pdf(render_to_string(template, context))
