from __future__ import annotations

from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _

from sigap.core.access import editable_offices
from sigap.core.models import Office
from sigap.monitoring.models import Story, Watchlist

from .escalation import DEFAULT_WEIGHTS
from .explain import LABELS
from .models import EscalationPolicy, Issue, KeyActor


class IssueCreateForm(forms.Form):
    office: forms.ModelChoiceField[Office] = forms.ModelChoiceField(label=_("Office"), queryset=None)
    title = forms.CharField(label=_("Title"), max_length=255)
    watchlist: forms.ModelChoiceField[Watchlist] = forms.ModelChoiceField(
        label=_("Watchlist"),
        queryset=None,
        required=False,
        help_text=_("Documents of the last 7 days that match it join the issue."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = editable_offices(user)
        self.fields["watchlist"].queryset = Watchlist.objects.visible_to(user).filter(active=True)


class RenameForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))


class OtherIssuesForm(forms.Form):
    issues: forms.ModelMultipleChoiceField[Issue] = forms.ModelMultipleChoiceField(label=_("Issues"), queryset=None)

    def __init__(self, issue: Issue, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelMultipleChoiceField, self.fields["issues"]).queryset = (
            Issue.objects.filter(office_id=issue.office_id).exclude(pk=issue.pk).exclude(status=Issue.Status.MERGED)
        )


class SplitForm(forms.Form):
    title = forms.CharField(label=_("Title of the new issue"), max_length=255)
    stories: forms.ModelMultipleChoiceField[Story] = forms.ModelMultipleChoiceField(
        label=_("Stories to move"), queryset=None
    )

    def __init__(self, issue: Issue, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelMultipleChoiceField, self.fields["stories"]).queryset = issue.stories.all()

    def clean_stories(self):
        stories = self.cleaned_data["stories"]
        if len(stories) >= self.fields["stories"].queryset.count():
            raise forms.ValidationError(_("Leave at least one story in this issue."))
        return stories


class PolicyForm(forms.ModelForm):
    key_actors = forms.CharField(
        label=_("Key actors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One per line: name | kind (pejabat, dprd, nasional, lembaga) | other names separated by commas."),
    )

    class Meta:
        model = EscalationPolicy
        fields = [
            "isu_at",
            "kasus_at",
            "krisis_at",
            "margin",
            "hold_hours",
            "dormant_hours",
            "min_story_docs",
            "spike_z",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weights = self.instance.effective_weights()
        for key in DEFAULT_WEIGHTS:
            self.fields[f"w_{key}"] = forms.FloatField(
                label=LABELS[key], min_value=0, max_value=100, initial=weights[key]
            )
        self.fields["key_actors"].initial = "\n".join(
            " | ".join(filter(None, [a.name, a.kind, a.aliases])) for a in self.instance.office.key_actors.all()
        )

    def clean_key_actors(self):
        kinds = set(KeyActor.Kind.values)
        actors = []
        for number, line in enumerate(self.cleaned_data["key_actors"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("|")]
            name, kind = parts[0], (parts[1] if len(parts) > 1 and parts[1] else KeyActor.Kind.PEJABAT)
            if not name or kind not in kinds:
                raise forms.ValidationError(
                    _("Line %(n)d: write a name, then a kind from: %(kinds)s.")
                    % {"n": number, "kinds": ", ".join(sorted(kinds))}
                )
            actors.append((name[:120], kind, (parts[2] if len(parts) > 2 else "")[:300]))
        return actors

    def clean(self):
        data = super().clean()
        self.instance.weights = {key: data[f"w_{key}"] for key in DEFAULT_WEIGHTS if data.get(f"w_{key}") is not None}
        return data
