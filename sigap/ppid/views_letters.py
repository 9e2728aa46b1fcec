"""PPID desk pages for letter templates and letterheads."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import access, actions
from .forms import LetterheadForm, LetterTemplateForm
from .letters import PLACEHOLDERS, STARTER_BODIES
from .models import Letterhead, LetterKind, LetterTemplate
from .views import _ppid


def _letter_office(user, office_id: int):
    """An office whose letters the user may edit (role ppid/admin there or above); 404 otherwise."""
    office = access.ppid_offices(user, edit=True).filter(pk=office_id).first()
    if office is None:
        raise Http404(_("Page not found."))
    return office


@_ppid
def letters(request):
    offices = list(access.ppid_offices(request.user, edit=True))
    if not offices:
        raise Http404(_("Page not found."))
    custom = {(t.office_id, t.kind): t for t in LetterTemplate.objects.editable_by(request.user)}
    heads = {h.office_id: h for h in Letterhead.objects.editable_by(request.user)}
    rows = [
        {
            "office": office,
            "letterhead": heads.get(office.pk),
            "letters": [(kind, label, custom.get((office.pk, kind))) for kind, label in LetterKind.choices],
        }
        for office in offices
    ]
    return render(request, "ppid/letters.html", {"rows": rows})


@_ppid
def letterhead_edit(request, office_id: int):
    office = _letter_office(request.user, office_id)
    instance = Letterhead.objects.filter(office=office).first()
    form = LetterheadForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        actions.save_letterhead(request.user, office, form.save(commit=False), changed=form.changed_data)
        messages.success(request, _("Saved."))
        return redirect("ppid:letters")
    return render(
        request,
        "ppid/form.html",
        {
            "form": form,
            "title": _("Letterhead: %(office)s") % {"office": office.name},
            "back": reverse("ppid:letters"),
            "multipart": True,
        },
    )


@_ppid
def letter_template_edit(request, office_id: int, kind: str):
    office = _letter_office(request.user, office_id)
    if kind not in LetterKind.values:
        raise Http404(_("Page not found."))
    instance = LetterTemplate.objects.filter(office=office, kind=kind).first()
    if request.method == "POST" and "reset" in request.POST:
        if instance is not None:
            actions.reset_letter_template(request.user, office, instance)
        messages.success(request, _("The built-in letter is used again."))
        return redirect("ppid:letters")
    form = LetterTemplateForm(
        request.POST or None, instance=instance, initial={"body": STARTER_BODIES[kind]} if instance is None else None
    )
    if request.method == "POST" and form.is_valid():
        actions.save_letter_template(request.user, office, kind, form.save(commit=False))
        messages.success(request, _("Saved."))
        return redirect("ppid:letters")
    return render(
        request,
        "ppid/letter_template_form.html",
        {
            "form": form,
            "office": office,
            "kind_label": LetterKind(kind).label,
            "custom": instance,
            "placeholders": PLACEHOLDERS.items(),
        },
    )
