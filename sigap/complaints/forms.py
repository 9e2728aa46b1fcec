"""Complaint forms: the public form (portal), the officer's intake and the action forms of the detail page."""

from __future__ import annotations

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office

from .models import OFFICER_CHANNELS, Complaint, Tier
from .workflow import REJECTING, Status

ANONYMOUS_HELP = _(
    "Your name and contact stay with the complaint desk: they never appear on a public page, "
    "and the unit that handles the complaint does not see them either."
)
CONFIDENTIAL_HELP = _(
    "The content of the complaint is never published. Choose this when it names other people "
    "or holds sensitive data. Only you, with the tracking ID, see its progress."
)


class _Token(forms.Form):
    """A hidden one-time key: the same form sent twice stores one complaint."""

    token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["token"].initial = uuid.uuid4().hex


class ComplaintFieldsForm(forms.ModelForm):
    class Meta:
        model = Complaint
        fields = ["title", "text", "place", "name", "phone", "email", "anonymous", "confidential"]
        labels = {
            "title": _("Subject of the complaint"),
            "text": _("What happened, and what you expect"),
            "place": _("Place (village, street, office)"),
            "name": _("Your name"),
            "anonymous": _("Anonymous: hide my identity"),
            "confidential": _("Confidential: do not publish the content"),
        }
        help_texts = {"anonymous": ANONYMOUS_HELP, "confidential": CONFIDENTIAL_HELP}
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = True
        self.fields["text"].required = True


class OfficerIntakeForm(_Token, ComplaintFieldsForm):
    channel = forms.ChoiceField(label=_("Received through"), choices=OFFICER_CHANNELS)

    class Meta(ComplaintFieldsForm.Meta):
        fields = ["channel", *ComplaintFieldsForm.Meta.fields]


class _Seen(forms.Form):
    """The state the page showed: a click on a stale page is refused, a repeated one is harmless."""

    seen = forms.ChoiceField(choices=Status.choices, widget=forms.HiddenInput)


class VerifyForm(_Seen):
    tier = forms.ChoiceField(label=_("Service tier"), choices=Tier.choices)
    anonymous = forms.BooleanField(label=_("Anonymous: hide the reporter"), required=False)
    confidential = forms.BooleanField(label=_("Confidential: the content is never public"), required=False)


class HoldForm(_Seen):
    reason = forms.CharField(
        label=_("Reason for the hold (the reporter sees it)"), widget=forms.Textarea(attrs={"rows": 2})
    )


class DisposeForm(_Seen):
    unit: forms.ModelChoiceField = forms.ModelChoiceField(label=_("Unit (OPD)"), queryset=Office.objects.none())
    note = forms.CharField(label=_("Disposition note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]  # Field stub lacks queryset


class RejectForm(_Seen):
    outcome = forms.ChoiceField(label=_("Close as"), choices=[(s.value, s.label) for s in REJECTING])
    forwarded_to = forms.CharField(label=_("Forwarded to (the body that has authority)"), required=False)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class AnswerForm(_Seen):
    text = forms.CharField(label=_("Follow-up for the reporter"), widget=forms.Textarea(attrs={"rows": 4}))


class PlainActionForm(_Seen):
    pass


class ReopenForm(_Seen):
    reason = forms.CharField(
        label=_("What is still not resolved?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class TrackForm(forms.Form):
    code = forms.CharField(label=_("Tracking ID"), max_length=12)
