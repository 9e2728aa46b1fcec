"""The office's complaint rules (/pengaduan/aturan/): the clocks and the anonymity choice, without Django's admin.

The desk and leadership of the office read (fields disabled); the office admin, or an admin of an
office above, changes them. An office without its own row shows the rules it follows (its parent's
or the defaults); the first save gives it its own row. Writes go through ``actions`` (audited).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.forms.models import model_to_dict
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sigap.core.access import member_office_ids
from sigap.core.models import Office

from . import access, actions
from .models import READ_ROLES, ComplaintPolicy

MIN_DAYS, MAX_DAYS = 1, 60
DAY_FIELDS = ("verify_days", "light_days", "normative_days", "no_oversight_days", "oversight_days")
FLAG_FIELDS = ("saturday_off", "cuti_bersama_off", "hide_anonymous_from_unit")


def _days(label):
    message = gettext_lazy("Fill in a number of working days from 1 to 60.")
    return forms.IntegerField(
        label=label,
        min_value=MIN_DAYS,
        max_value=MAX_DAYS,
        error_messages={"required": message, "invalid": message, "min_value": message, "max_value": message},
    )


class PolicyForm(forms.ModelForm):
    verify_days = _days(gettext_lazy("Working days to verify a complaint"))
    light_days = _days(gettext_lazy("Light tier: working days to follow up"))
    normative_days = _days(gettext_lazy("Normative tier: working days to follow up"))
    no_oversight_days = _days(gettext_lazy("No-oversight tier: working days to follow up"))
    oversight_days = _days(gettext_lazy("Oversight tier: working days to follow up"))

    class Meta:
        model = ComplaintPolicy
        fields = [*DAY_FIELDS, *FLAG_FIELDS]
        labels = {
            "saturday_off": gettext_lazy("Saturday is a day off"),
            "cuti_bersama_off": gettext_lazy("Cuti bersama is a day off"),
            "hide_anonymous_from_unit": gettext_lazy("Hide an anonymous reporter from the unit as well"),
        }


def _office(request) -> Office:
    try:
        wanted = int(request.GET.get("kantor", ""))
    except ValueError:
        wanted = None
    access.require_policy_reader(request.user, wanted)
    if wanted is not None:
        return Office.objects.get(pk=wanted)
    office = Office.objects.filter(id__in=member_office_ids(request.user, READ_ROLES)).order_by("name").first()
    if office is None:
        raise Http404(_("Page not found."))
    return office


def _in_effect(office: Office) -> tuple[ComplaintPolicy, ComplaintPolicy | None]:
    """(the row the form edits, the row it follows when the office has none of its own)."""
    effective = ComplaintPolicy.for_office(office)
    if effective.pk is not None and effective.office_id == office.pk:
        return effective, None
    values = model_to_dict(effective, fields=[*DAY_FIELDS, *FLAG_FIELDS])
    return ComplaintPolicy(office=office, **values), effective


@login_required
def policy_edit(request):
    office = _office(request)
    can_edit = office.pk in access.policy_edit_office_ids(request.user)
    policy, followed = _in_effect(office)
    form = PolicyForm(request.POST or None, instance=policy)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied(_("Only the office admin changes the complaint rules."))
        if form.is_valid():
            actions.save_policy(request.user, form.save(commit=False), form.changed_data)
            messages.success(request, _("Saved. The new rules count from the next step of each complaint."))
            return redirect(f"{request.path}?kantor={office.pk}")
    if not can_edit:
        for field in form.fields.values():
            field.disabled = True
    offices = Office.objects.filter(id__in=access.complaint_office_ids(request.user)).order_by("name")
    context = {"form": form, "office": office, "offices": offices, "can_edit": can_edit, "followed": followed}
    return render(request, "complaints/policy_form.html", context)


@login_required
@require_POST
def policy_reset(request):
    """Drop the office's own rules: it follows its parent's (or the defaults) again."""
    office = _office(request)
    if office.pk not in access.policy_edit_office_ids(request.user):
        raise PermissionDenied(_("Only the office admin changes the complaint rules."))
    if actions.drop_policy(request.user, office):
        messages.success(request, _("The office follows its parent's complaint rules again."))
    return redirect(f"{reverse('complaints:policy')}?kantor={office.pk}")
