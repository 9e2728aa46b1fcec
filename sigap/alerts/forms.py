from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sigap.core.access import editable_office_ids, member_office_ids
from sigap.monitoring.models import Watchlist

from .access import rule_offices
from .models import RECIPIENT_ROLE_CHOICES, AlertRule


class AlertRuleForm(forms.ModelForm):
    SCOPE_OFFICE = "office"
    SCOPE_PERSONAL = "personal"

    scope = forms.ChoiceField(
        label=_("For whom"),
        choices=[(SCOPE_OFFICE, _("The whole office (chosen roles)")), (SCOPE_PERSONAL, _("Only me"))],
        widget=forms.RadioSelect,
        initial=SCOPE_PERSONAL,
    )
    recipient_roles = forms.MultipleChoiceField(
        label=_("Recipient roles"),
        required=False,
        choices=RECIPIENT_ROLE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For office-wide rules: members of the office with these roles are notified."),
    )
    webhook_url = forms.CharField(
        label=_("Webhook address"),
        required=False,
        max_length=500,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("After saving, the rule's page shows the secret the receiver uses to check the signature."),
    )

    class Meta:
        model = AlertRule
        fields = [
            "scope",
            "office",
            "name",
            "kind",
            "min_level",
            "threshold",
            "watchlist",
            "actors",
            "notify_in_app",
            "notify_email",
            "extra_emails",
            "notify_webhook",
            "webhook_url",
            "recipient_roles",
            "quiet_start",
            "quiet_end",
            "active",
        ]
        widgets = {
            "quiet_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "extra_emails": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["office"].queryset = rule_offices(user)
        self.fields["watchlist"].queryset = Watchlist.objects.visible_to(user).filter(active=True)
        self.fields["threshold"].widget.attrs.update({"min": 30, "max": 100})
        if self.instance.pk:
            self.fields["scope"].initial = self.SCOPE_PERSONAL if self.instance.is_personal else self.SCOPE_OFFICE
            self.fields["scope"].disabled = True  # who a rule is for does not change after creation
        elif editable_office_ids(user):
            self.fields["scope"].initial = self.SCOPE_OFFICE

    def clean(self):
        data = super().clean()
        personal = data.get("scope") == self.SCOPE_PERSONAL
        # The model's clean() (run next) sees the owner: a personal rule needs no recipient roles.
        self.instance.owner = self.user if personal else None
        office = data.get("office")
        if personal and office is not None and office.pk not in member_office_ids(self.user):
            self.add_error("office", _("A personal rule can only be made for an office you are a member of."))
        if personal and not self.instance.pk:
            data["recipient_roles"] = []
        return data

    @property
    def is_office_wide(self) -> bool:
        return self.cleaned_data.get("scope") == self.SCOPE_OFFICE
