"""Forms of the office setup pages: PPID Pelaksana units and the working calendar."""

from __future__ import annotations

from typing import cast

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Holiday, Office, OfficeKind

from .forms import DATE


def _officer_candidates(office_ids: set[int]):
    """People who already work in the office tree: a unit's officers are the office's own staff."""
    tree = Office.objects.descendants_of(office_ids)
    return get_user_model().objects.filter(memberships__office_id__in=tree).distinct().order_by("username")


class UnitForm(forms.ModelForm):
    parent = forms.ModelChoiceField(
        label=_("Office of the unit"),
        queryset=Office.objects.none(),
        help_text=_("The office whose PPID Utama assigns requests to this unit."),
    )
    officers = forms.ModelMultipleChoiceField(
        label=_("Unit officers"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("They see and process the requests assigned to this unit."),
    )

    class Meta:
        model = Office
        fields = ["name"]
        labels = {"name": _("Unit name")}
        error_messages = {"name": {"required": _("Write the unit's name, e.g. “Dinas Pendidikan”.")}}

    def __init__(self, *args, manageable: set[int], officers=(), **kwargs):
        super().__init__(*args, **kwargs)
        editing = self.instance.pk is not None
        chosen = cast(forms.ModelMultipleChoiceField, self.fields["officers"])
        if editing:
            # a unit stays under the office it was created for: its dispositions belong to that office
            del self.fields["parent"]
            chosen.queryset = _officer_candidates({self.instance.parent_id})
            chosen.initial = [u.pk for u in officers]
        else:
            parents = Office.objects.filter(id__in=manageable).exclude(kind=OfficeKind.PPID_PELAKSANA)
            parent = cast(forms.ModelChoiceField, self.fields["parent"])
            parent.queryset = parents
            if len(parents) == 1 and not self.initial.get("parent"):  # the only office it can be: chosen already
                self.initial["parent"] = parents[0].pk
            chosen.queryset = _officer_candidates(set(parents.values_list("id", flat=True)))
        chosen.label_from_instance = lambda u: u.get_full_name() or u.username  # type: ignore[assignment]  # the documented per-field override

    def clean(self):
        data = super().clean()
        parent = data.get("parent") or (self.instance.parent if self.instance.pk else None)
        name = (data.get("name") or "").strip()
        if parent is None or not name:
            return data
        same = Office.objects.filter(parent=parent, name__iexact=name).exclude(pk=self.instance.pk)
        if same.exists():
            self.add_error("name", _("%(office)s already has a unit with this name.") % {"office": parent.name})
        allowed = set(_officer_candidates({parent.pk}).values_list("pk", flat=True))
        if any(u.pk not in allowed for u in data.get("officers") or ()):
            self.add_error("officers", _("An officer must already work in %(office)s.") % {"office": parent.name})
        return data


class HolidayForm(forms.ModelForm):
    source_url = forms.URLField(label=_("source URL"), required=False, max_length=200, assume_scheme="https")

    class Meta:
        model = Holiday
        fields = ["office", "date", "name", "kind", "day_off", "legal_basis", "source_url"]
        widgets = {"date": DATE}
        labels = {"office": _("Office calendar")}
        error_messages = {
            "name": {"required": _("Write why the office is closed, e.g. “Hari Jadi Kabupaten Demak”.")},
            "date": {
                "required": _("Choose the date."),
                "invalid": _("Write the date as year-month-day, e.g. 2026-04-01."),
            },
        }

    def __init__(self, *args, manageable: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # the row's office stays: its recomputation covers that office's requests only
            del self.fields["office"]
        else:
            office = cast(forms.ModelChoiceField, self.fields["office"])
            office.queryset = Office.objects.filter(id__in=manageable)
            office.required = True
            office.empty_label = None
            self.fields["office"].help_text = _("The day applies to this office and the offices below it.")

    def clean(self):
        data = super().clean()
        office = data.get("office") or self.instance.office
        day = data.get("date")
        if office is None or day is None:
            return data
        same = Holiday.objects.filter(office=office, date=day, active=True).exclude(pk=self.instance.pk).first()
        if same is not None:
            self.add_error(
                "date",
                _("%(office)s's calendar already has %(date)s (%(name)s). Change that day instead of adding it twice.")
                % {"office": office.name, "date": day.strftime("%d-%m-%Y"), "name": same.name},
            )
        return data
