"""The requester's satisfaction survey (IKM, PermenPAN-RB 14/2017) after a request is answered.

The tracking code is the key: whoever holds it may answer once; nothing about the requester is asked.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from sigap.core.transitions import TransitionError
from sigap.ppid.actions import submit_satisfaction
from sigap.ppid.models import IKM_ELEMENTS, SatisfactionResponse

from .views import _by_code

SCORES = (
    ("1", gettext_lazy("1 — not good")),
    ("2", gettext_lazy("2 — not good enough")),
    ("3", gettext_lazy("3 — good")),
    ("4", gettext_lazy("4 — very good")),
)
SCORE_ERROR = gettext_lazy("Choose a score from 1 to 4.")


class SurveyForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment or suggestion (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scores = {
            key: forms.TypedChoiceField(
                label=label,
                choices=SCORES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": SCORE_ERROR, "invalid_choice": SCORE_ERROR},
            )
            for key, label in IKM_ELEMENTS
        }
        self.fields = {**scores, "comment": self.fields["comment"]}


def _answered(req) -> bool:
    return SatisfactionResponse.objects.filter(request=req).exists()


@never_cache
def survey(request, code: str):
    req = _by_code(code)
    if req.is_open:
        messages.info(request, _("The satisfaction survey opens once your request has been answered."))
        return redirect("portal:track_detail", code=req.tracking_code)
    if _answered(req):
        messages.info(request, _("Thank you: the survey for this request has already been answered."))
        return redirect("portal:track_detail", code=req.tracking_code)
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        scores = {key: form.cleaned_data[key] for key, _label in IKM_ELEMENTS}
        try:
            submit_satisfaction(req, scores, form.cleaned_data["comment"])
        except TransitionError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("portal:track_detail", code=req.tracking_code)
        messages.success(request, _("Thank you. Your answers help us improve the service."))
        return redirect("portal:track_detail", code=req.tracking_code)
    return render(request, "portal/survey.html", {"req": req, "form": form}, status=400 if form.errors else 200)
