"""PPID desk pages for the registers and the periodic service reports."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access, actions, registers
from .forms import RegisterFilterForm, ReportForm
from .models import InformationRequest, Objection, ServiceReport
from .stats import compute, report_docx, report_pdf
from .views import _edit, _pdf, _ppid

# --------------------------------------------------------------------------- registers


@_ppid
def register(request, kind: str):
    if kind not in ("permohonan", "keberatan"):
        raise Http404
    offices = access.ppid_offices(request.user)
    form = RegisterFilterForm(offices, request.GET or None)
    if kind == "permohonan":
        qs = registers.requests_for_register(form.apply(InformationRequest.objects.filter(office__in=offices)))
    else:
        qs = registers.objections_for_register(form.apply(Objection.objects.visible_to(request.user)))
    title, columns, rows = registers.register_data(kind, qs)
    fmt = request.GET.get("format")
    label = (
        form.cleaned_data["office"].name
        if form.is_valid() and form.cleaned_data.get("office")
        else ", ".join(o.name for o in offices)
    )
    if fmt in ("xlsx", "pdf"):
        actions.record_register_export(request.user, offices, kind, fmt, len(rows))
    if fmt == "xlsx":
        response = HttpResponse(
            registers.to_xlsx(title, columns, rows),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="register-{kind}.xlsx"'
        return response
    if fmt == "pdf":
        return _pdf(registers.to_pdf(label, title, columns, rows), f"register-{kind}.pdf")
    params = request.GET.copy()
    params.pop("format", None)
    return render(
        request,
        "ppid/register.html",
        {
            "form": form,
            "title": title,
            "columns": columns,
            "rows": registers.text_rows(rows),
            "kind": kind,
            "query_string": params.urlencode(),
        },
    )


# --------------------------------------------------------------------------- reports


@_ppid
def report_list(request):
    reports = ServiceReport.objects.visible_to(request.user).select_related("office")
    return render(
        request,
        "ppid/report_list.html",
        {"reports": reports, "can_edit": bool(access.ppid_edit_office_ids(request.user))},
    )


@_ppid
def report_edit(request, pk: int | None = None):

    back = reverse("ppid:report_detail", args=[pk]) if pk else reverse("ppid:report_list")
    return _edit(request, ReportForm, access.get_report, pk, _("Service report"), back, "ppid_report")


@_ppid
def report_detail(request, pk: int):
    report = access.get_report(request.user, pk)
    return render(
        request,
        "ppid/report_detail.html",
        {
            "report": report,
            "stats": compute(report.office, report.period_start, report.period_end),
            "can_edit": access.can_edit(request.user, report.office_id),
        },
    )


@_ppid
def report_export(request, pk: int, fmt: str):
    report = access.get_report(request.user, pk)
    stats = compute(report.office, report.period_start, report.period_end)
    if fmt == "pdf":
        return _pdf(report_pdf(report, stats), f"laporan-{report.pk}.pdf")
    if fmt == "docx":
        response = HttpResponse(
            report_docx(report, stats),
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        response["Content-Disposition"] = f'attachment; filename="laporan-{report.pk}.docx"'
        return response
    raise Http404
