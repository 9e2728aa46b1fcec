from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Membership, Office

from .access import crisis_offices
from .durations import Unit, split
from .models import (
    ChannelKind,
    Cluster,
    Contact,
    MessageKind,
    MessageTemplate,
    Phase,
    Playbook,
    PublishChannel,
    Severity,
    TeamRole,
)


class DeclareForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Office"), queryset=Office.objects.none())
    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    playbook = forms.ModelChoiceField(label=_("Playbook"), queryset=Playbook.objects.all(), required=False)
    cluster = forms.ChoiceField(label=_("SCCT cluster"), choices=Cluster.choices)
    severity = forms.TypedChoiceField(label=_("Severity"), choices=Severity.choices, coerce=int, initial=3)
    threatens_life = forms.BooleanField(
        label=_("Threatens life or public order (serta-merta information)"), required=False
    )
    drill = forms.BooleanField(label=_("This is a drill (LATIHAN): never published outside"), required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offices = crisis_offices(user)
        self.fields["office"].queryset = offices
        self.fields["playbook"].queryset = (
            Playbook.objects.filter(office__isnull=True) | Playbook.objects.filter(office__in=offices)
        ).filter(retired_at__isnull=True)


class AssessForm(forms.Form):
    cluster = forms.ChoiceField(label=_("SCCT cluster"), choices=Cluster.choices)
    crisis_history = forms.BooleanField(label=_("History of similar crises"), required=False)
    poor_reputation = forms.BooleanField(label=_("Poor prior reputation"), required=False)
    severity = forms.TypedChoiceField(label=_("Severity"), choices=Severity.choices, coerce=int)


class PhaseForm(forms.Form):
    phase = forms.ChoiceField(label=_("New phase"), choices=Phase.choices)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class PersonField(forms.ModelChoiceField):
    """A colleague to pick, by the name the team knows (the username only when no name is set)."""

    def label_from_instance(self, obj) -> str:
        return obj.get_full_name() or obj.get_username()


class TeamForm(forms.Form):
    user = PersonField(label=_("Team member"), queryset=get_user_model().objects.none())
    role = forms.ChoiceField(label=_("Role"), choices=TeamRole.choices)
    contact = forms.CharField(label=_("Contact"), max_length=120, required=False)

    def __init__(self, crisis, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ids = Membership.objects.filter(office_id=crisis.office_id).values("user_id")
        self.fields["user"].queryset = get_user_model().objects.filter(id__in=ids).order_by("username")


class TaskForm(forms.Form):
    title = forms.CharField(label=_("Task"), max_length=255)
    phase = forms.ChoiceField(label=_("Phase"), choices=Phase.choices)
    owner = PersonField(label=_("Owner"), queryset=get_user_model().objects.none(), required=False)
    due_at = forms.DateTimeField(
        label=_("Due at"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    def __init__(self, crisis, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ids = Membership.objects.filter(office_id=crisis.office_id).values("user_id")
        self.fields["owner"].queryset = get_user_model().objects.filter(id__in=ids).order_by("username")
        self.fields["phase"].initial = crisis.phase


class NewMessageForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=MessageKind.choices)
    title = forms.CharField(label=_("Title"), max_length=255, required=False)
    template = forms.ModelChoiceField(
        label=_("Start from a template"), queryset=MessageTemplate.objects.none(), required=False
    )

    def __init__(self, crisis, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = MessageTemplate.for_office(crisis.office_id)


class MessageForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(label=_("Title"), max_length=255)
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 14}), required=False)
    overarching = forms.CharField(
        label=_("Overarching message"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    key1 = forms.CharField(label=_("Key message 1"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    proofs1 = forms.CharField(
        label=_("Proof points 1 (one per line)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    key2 = forms.CharField(label=_("Key message 2"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    proofs2 = forms.CharField(
        label=_("Proof points 2 (one per line)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    key3 = forms.CharField(label=_("Key message 3"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    proofs3 = forms.CharField(
        label=_("Proof points 3 (one per line)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    @staticmethod
    def initial_for(message) -> dict:
        initial = {
            "version": message.version,
            "title": message.title,
            "body": message.body,
            "overarching": message.data.get("overarching", ""),
        }
        for i, key in enumerate(message.key_messages[:3], start=1):
            initial[f"key{i}"] = key.get("text", "")
            initial[f"proofs{i}"] = "\n".join(key.get("proofs", []))
        return initial

    def house_data(self) -> dict:
        c = self.cleaned_data
        keys = []
        for i in (1, 2, 3):
            if c.get(f"key{i}", "").strip():
                proofs = [p.strip() for p in c.get(f"proofs{i}", "").splitlines() if p.strip()]
                keys.append({"text": c[f"key{i}"].strip(), "proofs": proofs})
        return {"overarching": c.get("overarching", "").strip(), "keys": keys}


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 2}))


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class PublishForm(forms.Form):
    channel = forms.ModelChoiceField(
        label=_("Registered channel"), queryset=PublishChannel.objects.none(), required=False
    )
    kind = forms.ChoiceField(label=_("Channel"), choices=ChannelKind.choices, initial=ChannelKind.WEBSITE)
    label = forms.CharField(label=_("Where (account, outlet, agency)"), max_length=200, required=False)
    url = forms.URLField(label=_("Link"), required=False, assume_scheme="https")

    def __init__(self, crisis, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].queryset = PublishChannel.objects.filter(office_id=crisis.office_id)


class FactForm(forms.Form):
    statement = forms.CharField(label=_("Verified fact"), widget=forms.Textarea(attrs={"rows": 2}))
    source = forms.CharField(label=_("Source"), max_length=300)
    shared = forms.BooleanField(label=_("Share with partner offices"), required=False, initial=True)


class PartnerForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Partner office"), queryset=Office.objects.none())

    def __init__(self, crisis, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = Office.objects.exclude(pk=crisis.office_id)


class PartnerStatementForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Partner office"), queryset=Office.objects.none())
    text = forms.CharField(label=_("Published text"), widget=forms.Textarea(attrs={"rows": 4}))
    url = forms.URLField(label=_("Link"), required=False, assume_scheme="https")

    def __init__(self, offices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices


class EvaluationForm(forms.Form):
    lessons = forms.CharField(label=_("Lessons learned"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    follow_ups = forms.CharField(label=_("Follow-ups"), widget=forms.Textarea(attrs={"rows": 5}), required=False)


class ContactForm(forms.ModelForm):
    """A contact of the office's crisis list; the office is chosen among those the user may edit."""

    class Meta:
        model = Contact
        fields = ["office", "kind", "name", "organisation", "phone", "email", "notes"]

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = Office.objects.filter(pk__in=offices or [])
        self.fields["office"].label = _("Office")
        if len(offices or []) == 1:
            self.fields["office"].initial = next(iter(offices))


# --------------------------------------------------------------------------- preparedness library


class _OfficeChoice:
    """The office is chosen among those whose library the user keeps; fixed once saved."""

    def _limit_office(self, offices):
        field = self.fields["office"]
        field.queryset = Office.objects.filter(pk__in=offices or [])
        field.label = _("Office")
        if len(offices or []) == 1:
            field.initial = next(iter(offices))
        if self.instance.pk:
            field.disabled = True


class PlaybookForm(_OfficeChoice, forms.ModelForm):
    class Meta:
        model = Playbook
        fields = ["office", "name", "description", "cluster", "threatens_life"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_office(offices)


class PlaybookTaskForm(forms.Form):
    """One task a crisis from this playbook starts with; a row without a title is left out."""

    phase = forms.ChoiceField(label=_("Phase"), choices=Phase.choices, initial=Phase.AWAL)
    title = forms.CharField(label=_("Task"), max_length=255, required=False)
    amount = forms.IntegerField(label=_("Due within"), min_value=1, max_value=999, required=False)
    unit = forms.TypedChoiceField(label=_("Unit"), choices=Unit.choices, coerce=int, initial=Unit.HOURS)

    def clean(self):
        data = super().clean()
        if data.get("amount") and not (data.get("title") or "").strip():
            self.add_error("title", _("Write the task, or empty the time limit."))
        return data

    def as_task(self) -> dict | None:
        c = self.cleaned_data
        if not (c.get("title") or "").strip():
            return None
        minutes = c["amount"] * c["unit"] if c.get("amount") else None
        return {"phase": c["phase"], "title": c["title"].strip(), "minutes": minutes}

    @staticmethod
    def initial_for(task: dict) -> dict:
        amount, unit = split(task.get("minutes"))
        return {"phase": task.get("phase", Phase.AWAL), "title": task.get("title", ""), "amount": amount, "unit": unit}


PlaybookTaskFormSet = forms.formset_factory(PlaybookTaskForm, extra=3, max_num=40, validate_max=True)


class MessageTemplateForm(_OfficeChoice, forms.ModelForm):
    class Meta:
        model = MessageTemplate
        fields = ["office", "kind", "title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 12})}

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_office(offices)
        # code elements: the placeholders are typed as written, not read as words
        names = format_html_join(", ", "<code>{{{}}}</code>", ((p,) for p in MessageTemplate.PLACEHOLDERS))
        self.fields["body"].help_text = format_html(
            str(_("Placeholders filled from the crisis: %(names)s.")).replace("%(names)s", "{}"), names
        )


class PublishChannelForm(_OfficeChoice, forms.ModelForm):
    class Meta:
        model = PublishChannel
        fields = ["office", "kind", "name", "endpoint"]

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_office(offices)
        self.fields["endpoint"].help_text = _(
            "Optional. With an address, Sigap posts approved statements there; without one, the team records the link."
        )


class CopyForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Copy to office"), queryset=Office.objects.none())

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = Office.objects.filter(pk__in=offices or [])
