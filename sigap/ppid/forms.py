from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office
from sigap.lib.workdays import format_date

from .letters import placeholder_errors
from .models import (
    AttachmentKind,
    Channel,
    ConsequenceTest,
    DeliveryMethod,
    DIKEntry,
    DIPCategory,
    DIPEntry,
    Dispute,
    InformationRequest,
    Letterhead,
    LetterTemplate,
    Outcome,
    Pasal17,
    Pasal35,
    Regulation,
    RequesterKind,
    ServiceReport,
    Status,
)
from .validators import check_upload, validate_nik

# <input type=date> takes and sends only ISO dates; the locale's "01-01-2026" would leave it empty.
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

REQUEST_FIELDS = [
    "requester_kind",
    "name",
    "nik",
    "address",
    "phone",
    "email",
    "occupation",
    "via_proxy",
    "information",
    "purpose",
    "obtain_method",
    "delivery_method",
    "accessibility_needs",
    "disability",
]


# The mixin is only ever mixed into forms: mypy sees it as one.
if TYPE_CHECKING:
    _Form = forms.BaseForm
else:
    _Form = object


class RequestFieldsMixin(_Form):
    """Rules shared by the officer's intake form and the public portal form (docs/ppid.md, Request form)."""

    nik_required: bool  # set by each form
    proxy_needs_file: bool

    def clean_nik(self):
        value = self.cleaned_data.get("nik", "").strip()
        kind = self.data.get(self.add_prefix("requester_kind")) or RequesterKind.INDIVIDUAL
        if kind == RequesterKind.INDIVIDUAL or (value and value.isdigit()):
            if not value and not self.nik_required:
                return value
            if not value:
                raise forms.ValidationError(_("Enter the NIK from your KTP."))
            return validate_nik(value)
        if not value and self.nik_required:
            raise forms.ValidationError(_("Enter the number of the Kemenkumham decree of the legal entity."))
        return value

    def clean(self):
        data = super().clean()
        if not data.get("phone") and not data.get("email") and data.get("channel") != Channel.LAPOR:
            self.add_error("phone", _("Give a telephone number or an e-mail address."))
        if data.get("delivery_method") == DeliveryMethod.EMAIL and not data.get("email"):
            self.add_error("email", _("An e-mail address is needed to send the information by e-mail."))
        return data

    def clean_uploads(self, max_mb: int):
        files = []
        for name, kind in (
            ("ktp", AttachmentKind.KTP),
            ("power_of_attorney", AttachmentKind.POWER_OF_ATTORNEY),
            ("other_file", AttachmentKind.OTHER),
        ):
            upload = self.cleaned_data.get(name)
            if upload:
                try:
                    files.append((kind, upload, check_upload(upload, max_mb)))
                except forms.ValidationError as exc:
                    self.add_error(name, exc)
        if (
            self.cleaned_data.get("via_proxy")
            and not self.cleaned_data.get("power_of_attorney")
            and self.proxy_needs_file
        ):
            self.add_error("power_of_attorney", _("A request through a proxy needs the special power of attorney."))
        return files


def _upload_fields(form, max_mb: int):
    hint = _("PDF, JPG or PNG, at most %(mb)s MB.") % {"mb": max_mb}
    accept = {"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"}
    form.fields["ktp"] = forms.FileField(
        label=_("KTP scan"), required=False, help_text=hint, widget=forms.ClearableFileInput(attrs=accept)
    )
    form.fields["power_of_attorney"] = forms.FileField(
        label=_("Special power of attorney (if through a proxy)"),
        required=False,
        help_text=hint,
        widget=forms.ClearableFileInput(attrs=accept),
    )
    form.fields["other_file"] = forms.FileField(
        label=_("Other attachment"), required=False, help_text=hint, widget=forms.ClearableFileInput(attrs=accept)
    )


class IntakeForm(RequestFieldsMixin, forms.ModelForm):
    """Officer intake: walk-in, telephone, letter, e-mail (oral requests are recorded too, Pasal 22(3))."""

    nik_required = False
    proxy_needs_file = False
    office = forms.ModelChoiceField(label=_("Public body"), queryset=Office.objects.none())

    class Meta:
        model = InformationRequest
        fields = ["office", "channel", "received_at", *REQUEST_FIELDS, "publish_consent"]
        widgets = {
            "received_at": DATETIME,
            "information": forms.Textarea(attrs={"rows": 3}),
            "purpose": forms.Textarea(attrs={"rows": 2}),
            "address": forms.Textarea(attrs={"rows": 2}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, offices, *args, max_mb: int = 2, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = max_mb
        cast(forms.ModelChoiceField, self.fields["office"]).queryset = offices
        if offices.count() == 1:
            self.fields["office"].initial = offices.first()
        cast(forms.ChoiceField, self.fields["channel"]).choices = [c for c in Channel.choices if c[0] != Channel.PORTAL]
        self.fields["channel"].initial = Channel.WALK_IN
        self.fields["received_at"].initial = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
        cast(forms.DateTimeField, self.fields["received_at"]).input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        _upload_fields(self, max_mb)

    def clean_received_at(self):
        value = self.cleaned_data["received_at"]
        if value > timezone.now():
            raise forms.ValidationError(_("The time of receipt cannot be in the future."))
        return value

    def clean(self):
        data = super().clean()
        self.files_clean = self.clean_uploads(self.max_mb)
        return data


class RequestFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All"))] + Status.choices)
    channel = forms.ChoiceField(label=_("Channel"), required=False, choices=[("", _("All"))] + Channel.choices)
    due = forms.ChoiceField(
        label=_("Deadline"), required=False, choices=[("", _("All")), ("overdue", _("Overdue")), ("open", _("Open"))]
    )
    start = forms.DateField(label=_("Received from"), required=False, widget=DATE)
    end = forms.DateField(label=_("Received up to"), required=False, widget=DATE)

    def apply(self, qs):
        if not self.is_valid():
            return qs
        d = self.cleaned_data
        if d["q"]:
            qs = (
                qs.filter(number__icontains=d["q"])
                | qs.filter(information__icontains=d["q"])
                | qs.filter(name__icontains=d["q"])
            )
        if d["status"]:
            qs = qs.filter(status=d["status"])
        if d["channel"]:
            qs = qs.filter(channel=d["channel"])
        if d["due"] == "overdue":
            qs = qs.overdue()
        elif d["due"] == "open":
            qs = qs.open()
        if d["start"]:
            qs = qs.filter(received_at__date__gte=d["start"])
        if d["end"]:
            qs = qs.filter(received_at__date__lte=d["end"])
        return qs


class DisposeForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("PPID Pelaksana unit"), queryset=Office.objects.none())
    internal_due = forms.DateField(label=_("Internal due date"), required=False, widget=DATE)
    note = forms.CharField(label=_("Instruction"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, req, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ids = Office.objects.descendants_of({req.office_id}) - {req.office_id}
        # a deactivated unit keeps its past dispositions but takes no new ones
        self.fields["unit"].queryset = Office.objects.filter(id__in=ids).exclude(ppid_unit__active=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class OptionalNoteForm(forms.Form):
    reason = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class NoticeForm(forms.ModelForm):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Outcome.choices)

    class Meta:
        model = InformationRequest
        fields = [
            "outcome",
            "notice_text",
            "info_form",
            "cost",
            "provide_days",
            "redaction_notes",
            "refusal_ground",
            "dik_entry",
            "consequence_test",
            "holder",
            "documented_by",
        ]
        widgets = {
            "notice_text": forms.Textarea(attrs={"rows": 3}),
            "redaction_notes": forms.Textarea(attrs={"rows": 2}),
            "documented_by": DATE,
        }

    # The fields that belong to each outcome (notice_text belongs to all). The page shows only the
    # chosen outcome's (confirm.js, data-show-when); the server reads and checks only those.
    OUTCOME_FIELDS = {
        Outcome.GRANTED: ("info_form", "cost", "provide_days"),
        Outcome.PARTLY_GRANTED: ("info_form", "cost", "provide_days", "redaction_notes"),
        Outcome.REFUSED: ("refusal_ground", "dik_entry", "consequence_test"),
        Outcome.NOT_HELD: ("holder",),
        Outcome.NOT_DOCUMENTED: ("documented_by",),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        office = self.instance.office
        self.fields["dik_entry"].queryset = DIKEntry.objects.filter(office=office)
        self.fields["consequence_test"].queryset = ConsequenceTest.objects.filter(office=office)
        chosen = self.data.get("outcome") if self.is_bound else None
        for name in {n for names in self.OUTCOME_FIELDS.values() for n in names}:
            outcomes = [o for o, names in self.OUTCOME_FIELDS.items() if name in names]
            if chosen in self.OUTCOME_FIELDS and chosen not in outcomes:
                del self.fields[name]  # another outcome's field: neither validated nor saved
            else:
                self.fields[name].widget.attrs["data-show-when"] = "outcome:" + " ".join(outcomes)

    def values(self) -> dict:
        d = dict(self.cleaned_data)
        d.pop("outcome")
        return d


class DeliverForm(forms.Form):
    channel = forms.ChoiceField(label=_("Delivered through"), choices=DeliveryMethod.choices)
    cost = forms.DecimalField(label=_("Cost (Rp)"), required=False, min_value=0, decimal_places=0)
    note = forms.CharField(label=_("Note"), required=False)


class ObjectionForm(forms.Form):
    grounds = forms.MultipleChoiceField(
        label=_("Grounds (UU KIP Pasal 35(1))"), choices=Pasal35.choices, widget=forms.CheckboxSelectMultiple
    )
    case_summary = forms.CharField(
        label=_("Summary of the case"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    proxy_name = forms.CharField(label=_("Proxy (if any)"), required=False, max_length=200)

    received_at = forms.DateTimeField(
        label=_("Received at"),
        required=False,
        widget=DATETIME,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Empty: now. For an objection that arrived earlier by letter or in person."),
    )

    def __init__(self, req, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.req = req
        allowed = set(req.objection_grounds_open())
        self.fields["grounds"].choices = [c for c in Pasal35.choices if c[0] in allowed]
        last = req.objection_last_dates()
        if last:
            self.fields["grounds"].help_text = _(
                "Last day to file (30 working days after the ground arose): %(list)s."
            ) % {"list": "; ".join(f"{label}: {format_date(day)}" for label, day in last)}

    def clean_grounds(self):
        return sorted(self.cleaned_data["grounds"])

    def clean_received_at(self):
        value = self.cleaned_data.get("received_at")
        if value and value > timezone.now():
            raise forms.ValidationError(_("The time of receipt cannot be in the future."))
        return value

    def clean(self):
        data = super().clean()
        check_objection_window(self, self.req, data.get("grounds") or [], data.get("received_at"))
        return data


def check_objection_window(form, req, grounds, at=None) -> None:
    """UU KIP Pasal 36(1): each ground within 30 working days after it arose (office calendar)."""
    for message in req.objection_window_errors(grounds, at):
        form.add_error("grounds", message)


class AnswerForm(forms.Form):
    upheld = forms.TypedChoiceField(
        label=_("Decision"),
        coerce=lambda v: v == "1",
        choices=[
            ("1", _("Objection granted: the information is to be provided")),
            ("0", _("Objection rejected: the PPID's decision is confirmed")),
        ],
    )
    decision_text = forms.CharField(label=_("Decision and reasons"), widget=forms.Textarea(attrs={"rows": 4}))
    superior_name = forms.CharField(label=_("Name of the Atasan PPID"), max_length=200)
    superior_position = forms.CharField(label=_("Position of the Atasan PPID"), max_length=200)


class ReactionForm(forms.Form):
    reaction = forms.CharField(label=_("Requester's reaction"), widget=forms.Textarea(attrs={"rows": 2}))


class DisputeForm(forms.ModelForm):
    class Meta:
        model = Dispute
        fields = [
            "commission",
            "ki_number",
            "filed_on",
            "registered_on",
            "stage",
            "hearings",
            "decision_on",
            "result",
            "decision_summary",
            "compliance",
            "complied_on",
        ]
        widgets = {f: DATE for f in ("filed_on", "registered_on", "decision_on", "complied_on")} | {
            "hearings": forms.Textarea(attrs={"rows": 3}),
            "decision_summary": forms.Textarea(attrs={"rows": 3}),
            "compliance": forms.Textarea(attrs={"rows": 2}),
        }


class OfficeScopedForm(forms.ModelForm):
    def __init__(self, offices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices
        for name in ("consequence_test",):
            if name in self.fields:
                self.fields[name].queryset = ConsequenceTest.objects.filter(office__in=offices)


class DIPEntryForm(OfficeScopedForm):
    class Meta:
        model = DIPEntry
        fields = [
            "office",
            "summary",
            "holding_unit",
            "responsible",
            "made_when_where",
            "formats",
            "retention",
            "category",
            "url",
            "information_date",
            "last_reviewed_on",
            "review_months",
            "published",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "information_date": DATE,
            "last_reviewed_on": DATE,
        }

    def clean(self):
        data = super().clean()
        months = data.get("review_months")
        # UU KIP Pasal 9: periodic information is published at least every 6 months, never less often.
        if data.get("category") == DIPCategory.BERKALA and months and months > DIPEntry.REVIEW_MONTHS:
            self.add_error(
                "review_months", _("Periodic information is updated at least every 6 months (UU KIP Pasal 9).")
            )
        return data


class ConsequenceTestForm(OfficeScopedForm):
    class Meta:
        model = ConsequenceTest
        fields = [
            "office",
            "document",
            "information",
            "ground",
            "legal_basis",
            "consequence",
            "public_interest",
            "decided_on",
            "decree_number",
            "exempt_until",
        ]
        widgets = {
            "decided_on": DATE,
            "exempt_until": DATE,
            "information": forms.Textarea(attrs={"rows": 2}),
            "consequence": forms.Textarea(attrs={"rows": 3}),
            "public_interest": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        d = super().clean()
        if d.get("decided_on") and d.get("exempt_until") and d["exempt_until"] <= d["decided_on"]:
            self.add_error("exempt_until", _("An exemption is not permanent: give an end date after the decision."))
        return d


class DIKEntryForm(OfficeScopedForm):
    class Meta:
        model = DIKEntry
        fields = ["office", "information", "ground", "legal_basis", "consequence", "consequence_test", "exempt_until"]
        widgets = {
            "exempt_until": DATE,
            "information": forms.Textarea(attrs={"rows": 2}),
            "consequence": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        d = super().clean()
        test = d.get("consequence_test")
        if test and d.get("office") and test.office_id != d["office"].pk:
            self.add_error("consequence_test", _("Choose a consequence test of the same office."))
        return d


class ReportForm(OfficeScopedForm):
    class Meta:
        model = ServiceReport
        fields = [
            "office",
            "title",
            "period_start",
            "period_end",
            "policy",
            "implementation",
            "obstacles",
            "recommendations",
        ]
        widgets = {"period_start": DATE, "period_end": DATE} | {
            f: forms.Textarea(attrs={"rows": 4}) for f in ("policy", "implementation", "obstacles", "recommendations")
        }
        # The parts keep the regulation's numbers (Perki 1/2021 Pasal 56); say where 3 and 4 went.
        help_texts = {"obstacles": _("Parts 3 and 4 (service and dispute figures) are computed from the register.")}

    def clean(self):
        d = super().clean()
        if d.get("period_start") and d.get("period_end") and d["period_end"] < d["period_start"]:
            self.add_error("period_end", _("The end date cannot be before the start date."))
        return d


class RegisterFilterForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Office"), required=False, queryset=Office.objects.none())
    start = forms.DateField(label=_("From"), required=False, widget=DATE)
    end = forms.DateField(label=_("To"), required=False, widget=DATE)
    status = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, offices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices

    def apply(self, qs):
        if not self.is_valid():
            return qs
        d = self.cleaned_data
        if d["office"]:
            qs = qs.filter(office=d["office"])
        if d["start"]:
            qs = qs.filter(received_at__date__gte=d["start"])
        if d["end"]:
            qs = qs.filter(received_at__date__lte=d["end"])
        return qs


__all__ = ["Pasal17", "Regulation"]


class LetterheadForm(forms.ModelForm):
    class Meta:
        model = Letterhead
        fields = ["name_lines", "address", "logo", "place", "signatory_name", "signatory_position", "signatory_id"]
        widgets = {
            "name_lines": forms.Textarea(attrs={"rows": 3}),
            "address": forms.Textarea(attrs={"rows": 2}),
            "logo": forms.ClearableFileInput(attrs={"accept": ".png,.jpg,.jpeg,image/png,image/jpeg"}),
        }

    LOGO_MAX_MB = 1

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and hasattr(logo, "content_type"):  # a new upload
            content_type = check_upload(logo, self.LOGO_MAX_MB)
            if content_type not in ("image/png", "image/jpeg"):
                raise forms.ValidationError(_("The logo must be a PNG or JPG image."))
        return logo


class LetterTemplateForm(forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 18, "class": "mono"})}

    def clean_body(self):
        body = self.cleaned_data["body"]
        problem = placeholder_errors(body)
        if problem:
            raise forms.ValidationError(problem, code="placeholder")
        return body
