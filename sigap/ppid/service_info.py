"""The staff page of an office's public service information (/ppid/layanan-publik/): form, write, view.

Access as the other setup pages (``access.require_setup_reader``): the PPID desk roles read, other
members of the office get 403, everyone else 404; the office admin and PPID change it. The write is
one transaction with its audit row (``ppid_service_info.created/changed``).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sigap.core.access import member_office_ids
from sigap.core.models import Office, save_with_audit

from . import access
from .models import PPID_READ_ROLES, ServiceInfo


def _formfield(field, **kwargs):
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"  # a link typed without a scheme is https (Django 6's default)
    return field.formfield(**kwargs)


class ServiceInfoForm(forms.ModelForm):
    class Meta:
        formfield_callback = _formfield
        model = ServiceInfo
        fields = [
            "service_hours",
            "hotline",
            "whatsapp",
            "address",
            "maklumat",
            "officer_contact",
            "complaint_url",
            "other_channels",
        ]
        widgets = {
            "service_hours": forms.Textarea(attrs={"rows": 3}),
            "address": forms.Textarea(attrs={"rows": 3}),
            "maklumat": forms.Textarea(attrs={"rows": 6}),
            "officer_contact": forms.Textarea(attrs={"rows": 2}),
            "other_channels": forms.Textarea(attrs={"rows": 2}),
        }

    def clean_whatsapp(self):
        value = self.cleaned_data["whatsapp"].strip()
        if value and not ServiceInfo(whatsapp=value).whatsapp_link:
            raise forms.ValidationError(_("Write the WhatsApp number with its digits, e.g. 0812 3456 7890."))
        return value


def save_service_info(actor, info: ServiceInfo, changed) -> ServiceInfo:
    with transaction.atomic():
        info.updated_by = actor
        save_with_audit(info, actor, "ppid_service_info", office=info.office, data={"changed": list(changed)})
    return info


def _office(request) -> Office:
    user = request.user
    try:
        wanted = int(request.GET.get("kantor", ""))
    except ValueError:
        wanted = None
    access.require_setup_reader(user, wanted)
    if wanted is not None:
        return Office.objects.get(pk=wanted)
    office = Office.objects.filter(id__in=member_office_ids(user, PPID_READ_ROLES)).order_by("name").first()
    if office is None:
        raise Http404
    return office


@login_required
def service_info_edit(request):
    office = _office(request)
    can_edit = access.can_edit(request.user, office.pk)
    info = ServiceInfo.objects.filter(office=office).first() or ServiceInfo(office=office)
    form = ServiceInfoForm(request.POST or None, instance=info)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied(_("Only the office admin and the PPID desk change the service information."))
        if form.is_valid():
            save_service_info(request.user, form.save(commit=False), form.changed_data)
            messages.success(request, _("Saved. The public portal pages of the office show it now."))
            return redirect(f"{request.path}?kantor={office.pk}")
    if not can_edit:
        for field in form.fields.values():
            field.disabled = True
    offices = Office.objects.filter(id__in=access.ppid_office_ids(request.user)).order_by("name")
    return render(
        request,
        "ppid/service_info_form.html",
        {"form": form, "office": office, "offices": offices, "can_edit": can_edit},
    )
