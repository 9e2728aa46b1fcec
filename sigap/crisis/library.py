"""The office's preparedness library on Sigap's own pages (never Django's admin): scenario
playbooks, pre-approved message templates and publication channels.

Everyone in an office reads the library; the office admin and the crisis team keep their
office's own entries (access.LIBRARY_EDITOR_ROLES). The national library is read-only and is
copied to an office to be changed. Entries in use are retired, never deleted."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import visible_office_ids
from sigap.core.models import Office

from . import actions
from .access import get_channel, get_library_item, library_office_ids, require_library_editor
from .forms import (
    CopyForm,
    MessageTemplateForm,
    PlaybookForm,
    PlaybookTaskForm,
    PlaybookTaskFormSet,
    PublishChannelForm,
)
from .models import CHECKLIST, MessageTemplate, Phase, Playbook, PublishChannel

KINDS = {"skenario": Playbook, "templat": MessageTemplate}


@login_required
def library(request):
    if not visible_office_ids(request.user):
        raise Http404
    actions.ensure_library()
    playbooks = Playbook.objects.visible_to(request.user).select_related("office")
    templates = MessageTemplate.objects.visible_to(request.user).select_related("office")
    editable = library_office_ids(request.user)
    return render(
        request,
        "crisis/library.html",
        {
            "national_playbooks": playbooks.filter(office__isnull=True, retired_at__isnull=True),
            "own_playbooks": playbooks.filter(office__isnull=False),
            "national_templates": templates.filter(office__isnull=True, retired_at__isnull=True),
            "own_templates": templates.filter(office__isnull=False),
            "editable": editable,
            "copy_form": CopyForm(offices=editable) if len(editable) > 1 else None,
            "checklist": [(Phase(p).label, items) for p, items in CHECKLIST.items()],
        },
    )


@login_required
def playbook_edit(request, pk: int | None = None):
    playbook = get_library_item(request.user, Playbook, pk, edit=True) if pk else None  # 404 before 403
    offices = require_library_editor(request.user)
    form = PlaybookForm(request.POST or None, instance=playbook, offices=offices)
    initial = [PlaybookTaskForm.initial_for(t) for t in (playbook.tasks if playbook else [])]
    tasks = PlaybookTaskFormSet(request.POST or None, initial=initial, prefix="tugas")
    if request.method == "POST" and form.is_valid() and tasks.is_valid():
        rows = [row.as_task() for row in tasks.forms]  # a row whose title was emptied is dropped
        playbook = actions.save_playbook(form, [t for t in rows if t], actor=request.user)
        messages.success(request, _("Playbook %(name)s saved.") % {"name": playbook.name})
        return redirect(reverse("crisis:library") + f"#playbook-{playbook.pk}")
    return render(
        request,
        "crisis/library_form.html",
        {"form": form, "tasks": tasks, "item": playbook, "what": _("playbook")},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def template_edit(request, pk: int | None = None):
    template = get_library_item(request.user, MessageTemplate, pk, edit=True) if pk else None  # 404 before 403
    offices = require_library_editor(request.user)
    form = MessageTemplateForm(request.POST or None, instance=template, offices=offices)
    if request.method == "POST" and form.is_valid():
        template = actions.save_template(form, actor=request.user)
        messages.success(request, _("Template %(name)s saved.") % {"name": template.title})
        return redirect(reverse("crisis:library") + f"#template-{template.pk}")
    return render(
        request,
        "crisis/library_form.html",
        {"form": form, "item": template, "what": _("message template")},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def retire(request, kind: str, pk: int):
    model = KINDS.get(kind)
    if model is None:
        raise Http404
    item = get_library_item(request.user, model, pk, edit=True)
    retired = request.POST.get("restore") != "1"
    actions.set_retired(item, retired, actor=request.user)
    if retired:
        messages.success(request, _("%(name)s retired: it is no longer offered for new crises.") % {"name": item})
    else:
        messages.success(request, _("%(name)s is back in use.") % {"name": item})
    return redirect("crisis:library")


@login_required
@require_POST
def copy(request, kind: str, pk: int):
    model = KINDS.get(kind)
    if model is None:
        raise Http404
    item = get_library_item(request.user, model, pk)
    offices = require_library_editor(request.user)
    if len(offices) == 1:
        office_id = next(iter(offices))
    else:
        form = CopyForm(request.POST, offices=offices)
        if not form.is_valid():
            messages.error(request, _("Choose the office to copy to."))
            return redirect("crisis:library")
        office_id = form.cleaned_data["office"].pk
    copied = actions.copy_to_office(item, Office.objects.get(pk=office_id), actor=request.user)
    messages.success(request, _("Copied to %(office)s. Change it as the office needs.") % {"office": copied.office})
    target = "crisis:playbook_edit" if model is Playbook else "crisis:template_edit"
    return redirect(target, pk=copied.pk)


# --------------------------------------------------------------------------- publication channels


@login_required
def channel_list(request):
    if not visible_office_ids(request.user):
        raise Http404
    offices = library_office_ids(request.user)
    form = PublishChannelForm(request.POST or None, offices=offices)
    if request.method == "POST":
        offices = require_library_editor(request.user)
        if form.is_valid():
            channel = actions.save_channel(form, actor=request.user)
            messages.success(request, _("Channel %(name)s added.") % {"name": channel.name})
            return redirect("crisis:channels")
    return render(
        request,
        "crisis/channels.html",
        {
            "form": form if offices else None,
            "channels": PublishChannel.objects.visible_to(request.user).select_related("office"),
            "editable": offices,
        },
        status=400 if form.errors else 200,
    )


@login_required
def channel_edit(request, pk: int):
    channel = get_channel(request.user, pk)
    form = PublishChannelForm(request.POST or None, instance=channel, offices=library_office_ids(request.user))
    if request.method == "POST" and form.is_valid():
        actions.save_channel(form, actor=request.user)
        messages.success(request, _("Channel %(name)s saved.") % {"name": channel.name})
        return redirect("crisis:channels")
    return render(
        request,
        "crisis/library_form.html",
        {"form": form, "item": channel, "what": _("publication channel")},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def channel_remove(request, pk: int):
    channel = get_channel(request.user, pk)
    actions.remove_channel(channel, actor=request.user)
    messages.success(request, _("Channel %(name)s removed.") % {"name": channel.name})
    return redirect("crisis:channels")
