from __future__ import annotations

import time
import uuid
from datetime import datetime
from typing import cast

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from sigap.core.models import TimeZone
from sigap.ppid.forms import (
    REQUEST_FIELDS,
    ObjectionForm,
    RequestFieldsMixin,
    _upload_fields,
    check_objection_window,
)
from sigap.ppid.models import InformationRequest, RequesterKind

RENDERED_SALT = "sigap.portal.rendered"


def rendered_stamp(at: float | None = None) -> str:
    """A signed render time: the server, not the browser, says when the form was shown."""
    return signing.dumps(round(time.time() if at is None else at, 3), salt=RENDERED_SALT)


class HumanCheckMixin(forms.Form):
    """Friction without a third-party CAPTCHA: a honeypot field and a least time to fill the form."""

    rendered = forms.CharField(widget=forms.HiddenInput, required=False)
    # Bots fill every input; people never see this one (off screen, aria-hidden, not focusable).
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        # The CharField stub lacks template_name, which Field takes since Django 5.0.
        template_name="portal/honeypot_field.html",  # type: ignore[call-arg]
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["rendered"].initial = rendered_stamp()

    def check_human(self) -> None:
        if self.data.get("website"):
            self.add_error(
                None,
                _(
                    "The form could not be sent. If you filled in the field "
                    "“Leave this field empty”, empty it and send again."
                ),
            )
            return
        try:
            shown = float(signing.loads(self.data.get("rendered", ""), salt=RENDERED_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            self.add_error(None, _("The form has expired; please reload the page."))
            return
        if time.time() - shown < settings.PORTAL_MIN_FILL_SECONDS:
            self.add_error(
                None,
                _("The form was sent too quickly. Please check what you filled in, then press the send button again."),
            )


#: Shown after the label of every field that must be filled in; the page explains it above the form.
REQUIRED_MARK = mark_safe('<span class="required-mark" aria-hidden="true">*</span>')  # noqa: S308 - constant markup

KTP_PURPOSE = _(
    "Required for an individual requester: the PPID checks the requester's identity (the NIK on the KTP), "
    "as the PPID rules require for every request. Only PPID officers see it."
)


def mark_required(form: forms.BaseForm) -> None:
    """Mark the fields a visitor must fill in before sending: a visible star and aria-required (the
    ``required`` attribute comes from Django), so nobody learns it only from an error message."""
    form.label_suffix = ""  # no colon after some labels and a star after others
    for field in form.fields.values():
        if field.required and not field.widget.is_hidden:
            field.label = format_html("{} {}", field.label, REQUIRED_MARK)
            field.widget.attrs["aria-required"] = "true"


PUBLISH_CONSENT_HELP = _(
    "Optional. The PPID decides per request whether to publish it in the public archive; your name, NIK, "
    "address, telephone and e-mail are never published."
)


class PublicRequestForm(HumanCheckMixin, RequestFieldsMixin, forms.ModelForm):
    """Formulir permohonan informasi (ppid.md §5.1), submitted by the public."""

    nik_required = True
    proxy_needs_file = True
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    agree = forms.BooleanField(label=_("I state that the data I have given is true."))

    class Meta:
        model = InformationRequest
        fields = [*REQUEST_FIELDS, "publish_consent"]
        widgets = {
            "information": forms.Textarea(attrs={"rows": 4}),
            "purpose": forms.Textarea(attrs={"rows": 2}),
            "address": forms.Textarea(attrs={"rows": 2}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "nik": _("16 digits, as on your KTP. For a legal entity: the number of the Kemenkumham decree."),
            "accessibility_needs": _(
                "E.g. documents in large print, a sign-language interpreter, assistance at the desk."
            ),
            "publish_consent": PUBLISH_CONSENT_HELP,
        }

    def __init__(self, *args, max_mb: int = 2, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = max_mb
        for name in ("name", "address", "information", "purpose"):
            self.fields[name].required = True
        cast(forms.ChoiceField, self.fields["requester_kind"]).choices = RequesterKind.choices
        if not self.is_bound:
            self.fields["token"].initial = uuid.uuid4().hex
        _upload_fields(self, max_mb)
        self.fields["ktp"].help_text = format_lazy("{} {}", KTP_PURPOSE, self.fields["ktp"].help_text)
        mark_required(self)
        self.order_fields(
            [
                *REQUEST_FIELDS[:8],
                "ktp",
                "power_of_attorney",
                *REQUEST_FIELDS[8:],
                "other_file",
                "publish_consent",
                "agree",
                "token",
                "rendered",
                "website",
            ]
        )

    def clean_token(self):
        value = self.cleaned_data["token"]
        if not value.isalnum():
            raise forms.ValidationError(_("The form has expired; please reload the page."))
        return value

    def clean(self):
        data = super().clean()
        self.check_human()
        self.files_clean = self.clean_uploads(self.max_mb)
        if (
            data.get("requester_kind") == RequesterKind.INDIVIDUAL
            and not self.cleaned_data.get("ktp")
            and not self.errors.get("ktp")
        ):
            self.add_error("ktp", _("Attach a scan of your KTP."))
        return data


class TrackForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class PublicObjectionForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, req, *args, **kwargs):
        super().__init__(*args, **kwargs)
        inner = ObjectionForm(req)
        self.req = req
        self.fields.update(inner.fields)
        self.fields.pop("received_at", None)  # the portal receives it now
        if not self.is_bound:
            self.fields["token"].initial = uuid.uuid4().hex

    def clean_grounds(self):
        return sorted(self.cleaned_data["grounds"])

    def clean(self):
        data = super().clean()
        check_objection_window(self, self.req, data.get("grounds") or [])
        return data


class CalculatorForm(forms.Form):
    received = forms.DateTimeField(
        label=_("Received at"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    days = forms.IntegerField(
        label=_("Working days"),
        min_value=0,
        max_value=400,
        initial=10,
        help_text=_("10 for the written notice, 17 with the extension, 30 for an objection."),
    )
    zone = forms.ChoiceField(label=_("Time zone"), choices=TimeZone.choices, initial=TimeZone.WIB)
    cuti_bersama_off = forms.TypedChoiceField(
        label=_("Cuti bersama"),
        coerce=lambda v: v == "1",
        initial="1",
        choices=[("1", _("not a working day")), ("0", _("a working day"))],
    )
    saturday_off = forms.TypedChoiceField(
        label=_("Saturday"),
        coerce=lambda v: v == "1",
        initial="1",
        choices=[("1", _("not a working day")), ("0", _("a working day"))],
    )

    def clean_received(self):
        value: datetime = self.cleaned_data["received"]
        if not 2000 <= value.year <= 2100:
            raise forms.ValidationError(_("Choose a date between 2000 and 2100."))
        return value
