"""PPID desk pages for objections and Komisi Informasi disputes."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, actions
from .actions import file_objection
from .documents import render_pdf
from .forms import AnswerForm, DisputeForm, ObjectionForm, OptionalNoteForm, ReactionForm, ReasonForm
from .models import Channel, Objection, TransitionError
from .views import _form_errors, _pdf, _ppid, _timeline


@_ppid
@require_POST
def objection_create(request, pk: int):
    req = access.get_request(request.user, pk, edit=True)
    form = ObjectionForm(req, request.POST)
    if not req.can_object():
        messages.error(request, _("An objection cannot be filed against this request now."))
    elif form.is_valid():
        data = {**form.cleaned_data, "channel": Channel.WALK_IN}
        if not data.get("received_at"):
            data.pop("received_at", None)
        obj, _created = file_objection(req, data, actor=request.user)
        messages.success(request, _("Objection registered as %(number)s.") % {"number": obj.number})
        return redirect("ppid:objection_detail", pk=obj.pk)
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
    return redirect("ppid:request_detail", pk=pk)


@_ppid
def objection_list(request):
    qs = Objection.objects.visible_to(request.user).select_related("request", "office")
    return render(request, "ppid/objection_list.html", {"objections": qs})


@_ppid
def objection_detail(request, pk: int):
    obj = access.get_objection(request.user, pk)
    editable = access.can_edit(request.user, obj.office_id)
    return render(
        request,
        "ppid/objection_detail.html",
        {
            "obj": obj,
            "req": obj.request,
            "editable": editable,
            "timeline": _timeline(obj),
            "explanation": obj.explain_deadline(),
            "window": obj.dispute_window(),
            "answer_form": AnswerForm() if editable and obj.is_open else None,
            "reaction_form": ReactionForm() if editable and obj.status in ("upheld", "rejected") else None,
            "disputes": obj.disputes.all(),
        },
    )


@_ppid
@require_POST
def objection_action(request, pk: int, action: str):
    obj = access.get_objection(request.user, pk, edit=True)
    form_class = {
        "answer": AnswerForm,
        "reaction": ReactionForm,
        "review": OptionalNoteForm,
        "withdraw": ReasonForm,
    }.get(action)
    if form_class is None:
        raise Http404
    form = form_class(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("ppid:objection_detail", pk=pk)
    d = form.cleaned_data
    try:
        if action == "answer":
            obj.answer(
                request.user,
                upheld=d["upheld"],
                decision_text=d["decision_text"],
                superior_name=d["superior_name"],
                superior_position=d["superior_position"],
            )
        elif action == "reaction":
            obj.record_reaction(request.user, d["reaction"])
        elif action == "review":
            obj.start_review(request.user, d["reason"])
        else:
            obj.withdraw(request.user, d["reason"])
    except TransitionError as exc:
        _form_errors(request, exc)
        return redirect("ppid:objection_detail", pk=pk)
    messages.success(request, _("Saved."))
    return redirect("ppid:objection_detail", pk=pk)


@_ppid
def objection_receipt(request, pk: int):
    obj = access.get_objection(request.user, pk)
    return _pdf(render_pdf("objection_receipt", obj), f"keberatan-{obj.number.replace('/', '-')}.pdf")


@_ppid
def dispute_edit(request, objection_pk: int, pk: int | None = None):
    obj = access.get_objection(request.user, objection_pk, edit=True)
    dispute = access.get_dispute(request.user, pk, edit=True) if pk else None
    if dispute is not None and dispute.objection_id != obj.pk:
        raise Http404
    form = DisputeForm(request.POST or None, instance=dispute)
    if request.method == "POST" and form.is_valid():
        actions.save_dispute(request.user, obj, form.save(commit=False), changed=form.changed_data)
        messages.success(request, _("Saved."))
        return redirect("ppid:objection_detail", pk=obj.pk)
    return render(
        request,
        "ppid/form.html",
        {
            "form": form,
            "title": _("Dispute at the Komisi Informasi"),
            "back": reverse("ppid:objection_detail", args=[obj.pk]),
        },
    )
