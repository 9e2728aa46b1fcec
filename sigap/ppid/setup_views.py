"""Office setup pages of the PPID desk: PPID Pelaksana units and the working calendar of the legal clock.

Office users set these up here, never in Django's admin. Access: ``access.require_setup_reader`` (PPID
desk roles read; other members 403; other offices 404), units changed by admin/PPID Utama, the calendar
by the office admin. Writes go through ``actions`` (audited, deadlines recomputed).
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from sigap.core.access import member_office_ids
from sigap.core.calendar import office_chain
from sigap.core.models import Holiday, Membership, Office, OfficeKind, Role

from . import access, actions
from .calendar import calendar_for, office_zone
from .forms import OptionalNoteForm, ReasonForm
from .models import PPID_READ_ROLES
from .setup_forms import HolidayForm, UnitForm


def _office_param(request, name: str = "kantor") -> int | None:
    try:
        return int(request.GET.get(name, ""))
    except ValueError:
        return None


# --------------------------------------------------------------------------- units


@login_required
def unit_list(request):
    user = request.user
    access.require_setup_reader(user)
    only = _office_param(request)
    if only is not None:
        access.require_setup_reader(user, only)
    parents = Office.objects.filter(id__in=access.ppid_office_ids(user)).exclude(kind=OfficeKind.PPID_PELAKSANA)
    if only is not None:
        parents = parents.filter(pk=only)
    units = (
        Office.objects.filter(parent__in=parents, kind=OfficeKind.PPID_PELAKSANA)
        .select_related("ppid_unit")
        .annotate(dispositions=Count("ppid_assigned"))
        .order_by("name")
    )
    officers: dict[int, list] = {}
    for m in Membership.objects.filter(office__in=units, role=Role.PPID).select_related("user"):
        officers.setdefault(m.office_id, []).append(m.user)
    by_parent: dict[int, list] = {}
    for unit in units:
        unit.officer_list = officers.get(unit.pk, [])
        unit.is_active = getattr(getattr(unit, "ppid_unit", None), "active", True)
        by_parent.setdefault(unit.parent_id, []).append(unit)
    manageable = access.unit_office_ids(user)
    rows = [
        {"office": o, "units": by_parent.get(o.pk, []), "can_edit": o.pk in manageable}
        for o in parents
        if o.pk in by_parent or o.pk in manageable
    ]
    return render(request, "ppid/units.html", {"rows": rows, "can_add": bool(manageable)})


def _unit_officers(unit: Office):
    return [m.user for m in Membership.objects.filter(office=unit, role=Role.PPID).select_related("user")]


@login_required
def unit_edit(request, pk: int | None = None):
    user = request.user
    unit = access.get_unit(user, pk, edit=True) if pk is not None else Office()
    manageable = access.unit_office_ids(user)
    if pk is None:
        access.require_setup_reader(user)
        if not manageable:
            raise PermissionDenied(_("Only the office admin and the PPID Utama manage PPID Pelaksana units."))
    officers = _unit_officers(unit) if pk is not None else []
    form = UnitForm(
        request.POST or None,
        instance=unit,
        manageable=manageable,
        officers=officers,
        initial={"parent": _office_param(request)} if pk is None else None,
    )
    if request.method == "POST" and form.is_valid():
        actions.save_unit(
            user,
            form.save(commit=False),
            form.cleaned_data["officers"],
            parent=form.cleaned_data.get("parent"),
            changed=form.changed_data,
        )
        messages.success(request, _("Saved. The unit can now be chosen when assigning a request."))
        return redirect("ppid:unit_list")
    context: dict[str, object] = {
        "form": form,
        "unit": unit if pk is not None else None,
        "back": reverse("ppid:unit_list"),
    }
    if pk is not None:
        context["row"] = getattr(unit, "ppid_unit", None)
        context["dispositions"] = unit.ppid_assigned.count()
        context["toggle_form"] = OptionalNoteForm()
    return render(request, "ppid/unit_form.html", context)


@login_required
@require_POST
def unit_toggle(request, pk: int):
    unit = access.get_unit(request.user, pk, edit=True)
    form = OptionalNoteForm(request.POST)
    form.is_valid()
    active = request.POST.get("active") == "1"
    actions.set_unit_active(request.user, unit, active, form.cleaned_data.get("reason", ""))
    if active:
        messages.success(request, _("The unit takes dispositions again."))
    else:
        messages.success(
            request, _("The unit is deactivated: it takes no new dispositions; past ones stay as they were.")
        )
    return redirect("ppid:unit_list")


# --------------------------------------------------------------------------- working calendar


def _calendar_office(request) -> Office:
    user = request.user
    access.require_setup_reader(user)
    wanted = _office_param(request)
    if wanted is not None:
        access.require_setup_reader(user, wanted)
        return Office.objects.get(pk=wanted)
    own = member_office_ids(user, PPID_READ_ROLES) or access.ppid_office_ids(user)
    office = Office.objects.filter(id__in=own).order_by("name").first()
    if office is None:
        raise Http404
    return office


def _year(request, office: Office) -> int:
    today = timezone.localtime(timezone.now(), timezone=office_zone(office)).date()
    try:
        year = int(request.GET.get("tahun", today.year))
    except ValueError:
        year = today.year
    return year if 2000 <= year <= 2100 else today.year


@login_required
def holiday_list(request):
    office = _calendar_office(request)
    year = _year(request, office)
    cal = calendar_for(office, (year,))
    chain = office_chain(office)
    rows_by_date: dict[date, list[Holiday]] = {}
    for h in (
        Holiday.objects.filter(date__year=year, active=True)
        .filter(Q(office__isnull=True) | Q(office_id__in=chain))
        .select_related("office")
    ):
        rows_by_date.setdefault(h.date, []).append(h)
    editable = access.calendar_office_ids(request.user)
    days = []
    for day in sorted(set(cal.entries) | set(rows_by_date)):
        if day.year != year:
            continue
        days.append(
            {
                "date": day,
                "entries": cal.holidays_on(day),
                "rows": rows_by_date.get(day, []),
                "off": not cal.is_working_day(day),
            }
        )
    offices = Office.objects.filter(id__in=access.ppid_office_ids(request.user)).order_by("name")
    return render(
        request,
        "ppid/holidays.html",
        {
            "office": office,
            "offices": offices,
            "year": year,
            "years": range(year - 1, year + 3),
            "days": days,
            "editable": editable,
            "can_edit": office.pk in editable,
            "source": cal.source,
        },
    )


def _back_to_calendar(holiday: Holiday) -> str:
    query = urlencode({"kantor": holiday.office_id, "tahun": holiday.date.year})
    return f"{reverse('ppid:holiday_list')}?{query}"


@login_required
def holiday_edit(request, pk: int | None = None):
    user = request.user
    holiday = access.get_holiday(user, pk, edit=True) if pk is not None else Holiday()
    manageable = access.calendar_office_ids(user)
    if pk is None:
        access.require_setup_reader(user)
        if not manageable:
            raise PermissionDenied(_("Only the office admin changes the office's working calendar."))
    initial = {"office": _office_param(request)} if pk is None else None
    form = HolidayForm(request.POST or None, instance=holiday, manageable=manageable, initial=initial)
    impact = None
    if request.method == "POST" and form.is_valid():
        row = form.save(commit=False)
        if "preview" in request.POST:
            impact = actions.holiday_impact(row)
        else:
            moved = actions.save_holiday(user, row, changed=form.changed_data)
            messages.success(request, _moved_message(moved))
            return redirect(_back_to_calendar(row))
    back = _back_to_calendar(holiday) if pk is not None else reverse("ppid:holiday_list")
    return render(
        request,
        "ppid/holiday_form.html",
        {"form": form, "holiday": holiday if pk else None, "impact": impact, "back": back},
    )


@login_required
def holiday_delete(request, pk: int):
    holiday = access.get_holiday(request.user, pk, edit=True)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        back = _back_to_calendar(holiday)
        moved = actions.delete_holiday(request.user, holiday, form.cleaned_data["reason"])
        messages.success(request, _moved_message(moved))
        return redirect(back)
    return render(
        request,
        "ppid/holiday_delete.html",
        {
            "form": form,
            "holiday": holiday,
            "impact": actions.holiday_impact(holiday, delete=True),
            "back": _back_to_calendar(holiday),
        },
    )


def _moved_message(moved: int) -> str:
    if not moved:
        return _("Saved. No open deadline moved.")
    return ngettext(
        "Saved. %(count)d open deadline was recomputed.", "Saved. %(count)d open deadlines were recomputed.", moved
    ) % {"count": moved}
