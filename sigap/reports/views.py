from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from sigap.core.access import visible_offices

from . import brief as briefs
from .render import brief_context, brief_pdf


def _office_and_day(request, office_id=None, day=None):
    offices = list(visible_offices(request.user))
    if not offices:
        raise Http404
    wanted = office_id or request.GET.get("office")
    office = next((o for o in offices if str(o.pk) == str(wanted)), None) if wanted else offices[0]
    if office is None:
        raise Http404
    text = day or request.GET.get("tanggal")
    try:
        chosen = date.fromisoformat(text) if text else timezone.localdate()
    except ValueError:
        chosen = timezone.localdate()
    return offices, office, chosen


@login_required
def brief_page(request):
    offices, office, day = _office_and_day(request)
    context = brief_context(briefs.build(office, day, request.user))
    context["offices"] = offices
    return render(request, "reports/brief.html", context)


@login_required
def brief_pdf_view(request, office_id: int, day: str):
    _, office, chosen = _office_and_day(request, office_id, day)
    pdf = brief_pdf(briefs.build(office, chosen, request.user))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="ringkasan-{office.slug}-{chosen:%Y-%m-%d}.pdf"'
    return response
