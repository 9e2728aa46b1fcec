from __future__ import annotations

from datetime import date
from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import editable_office_ids, member_office_ids, visible_offices
from sigap.lib.waktu import zone_abbreviation

from . import actions
from . import brief as briefs
from .access import get_schedule
from .forms import BriefScheduleForm
from .render import brief_context, brief_pdf


def _office_and_day(request, office_id=None, day=None):
    offices = list(visible_offices(request.user))
    if not offices:
        raise Http404
    wanted = office_id or request.GET.get("office")
    if wanted:
        office = next((o for o in offices if str(o.pk) == str(wanted)), None)
    else:  # the user's own office (the highest, if several), not the first by name of those below it
        own = member_office_ids(request.user)
        office = next((o for o in offices if o.pk in own and o.parent_id not in own), offices[0])
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
    context["schedule"] = get_schedule(request.user, office.pk)
    context["zone"] = zone_abbreviation(office.time_zone)
    if office.pk in editable_office_ids(request.user):
        context["schedule_form"] = BriefScheduleForm(instance=context["schedule"])
    return render(request, "reports/brief.html", context)


@login_required
@require_POST
def brief_schedule(request, office_id: int):
    form = BriefScheduleForm(request.POST, instance=get_schedule(request.user, office_id, edit=True))
    if form.is_valid():
        schedule = actions.save_brief_schedule(form, actor=request.user)
        messages.success(
            request,
            _("The daily brief will be e-mailed every day at %(hour)02d.00 %(zone)s.")
            % {"hour": schedule.hour, "zone": zone_abbreviation(schedule.office.time_zone)},
        )
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, cast(str, error))  # ErrorList yields its messages as str
    return redirect(f"{reverse('reports:brief')}?office={office_id}")


@login_required
def brief_pdf_view(request, office_id: int, day: str):
    _, office, chosen = _office_and_day(request, office_id, day)
    pdf = brief_pdf(briefs.build(office, chosen, request.user))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="ringkasan-{office.slug}-{chosen:%Y-%m-%d}.pdf"'
    return response
