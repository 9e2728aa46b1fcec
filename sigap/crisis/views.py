"""Thin views of the crisis workflow: fetch through access helpers, call model methods or actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import visible_office_ids
from sigap.core.models import Office
from sigap.issues.access import get_issue
from sigap.issues.stats import timeline

from . import actions, evaluation
from .access import (
    can_approve,
    can_edit,
    cosign_office_ids,
    crisis_offices,
    get_crisis,
    partner_office_ids,
)
from .forms import (
    AssessForm,
    CommentForm,
    DeclareForm,
    EvaluationForm,
    FactForm,
    MessageForm,
    NewMessageForm,
    PartnerForm,
    PartnerStatementForm,
    PhaseForm,
    PublishForm,
    ReasonForm,
    TaskForm,
    TeamForm,
)
from .models import (
    MESSAGE_TRANSITIONS,
    Crisis,
    MessageKind,
    MessageStatus,
    MessageTemplate,
    Phase,
    Publication,
    StaleVersion,
    Task,
    TransitionError,
    fill,
)


def _errors(request, form) -> None:
    for field, errors in form.errors.items():
        for error in errors:
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {error}" if label else error)


@login_required
def crisis_list(request):
    crises = Crisis.objects.visible_to(request.user).select_related("office", "issue")
    return render(
        request,
        "crisis/crisis_list.html",
        {
            "crises": crises,
            "can_declare": crisis_offices(request.user).exists(),
        },
    )


@login_required
def crisis_create(request):
    """Declare a crisis, by hand or from an issue (?issue=<id>), optionally from a playbook."""
    actions.ensure_library()
    issue = None
    issue_id = request.GET.get("issue") or request.POST.get("issue")
    if issue_id:
        try:
            issue = get_issue(request.user, int(issue_id))
        except ValueError:
            raise Http404(_("Issue not found.")) from None
    form = DeclareForm(
        request.user,
        request.POST or None,
        initial={
            "office": issue.office_id if issue else None,
            "title": issue.title if issue else "",
            "cluster": "victim",
            "severity": 3,
        },
    )
    if not form.fields["office"].queryset.exists():
        raise PermissionDenied(_("Only the crisis team, analysts and admins may declare a crisis."))
    if issue is not None:
        form.fields["office"].queryset = form.fields["office"].queryset.filter(pk=issue.office_id)
        if not form.fields["office"].queryset.exists():
            raise PermissionDenied(_("You may not declare a crisis for this office."))
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        crisis = actions.open_crisis(
            c["office"],
            actor=request.user,
            title=c["title"],
            summary=c["summary"],
            issue=issue,
            playbook=c["playbook"],
            cluster=c["cluster"],
            severity=c["severity"],
            drill=c["drill"],
            threatens_life=c["threatens_life"] or (c["playbook"].threatens_life if c["playbook"] else False),
        )
        messages.success(request, _("Crisis declared. The holding statement is due within one hour."))
        return redirect(crisis)
    if request.method == "POST":
        _errors(request, form)
    return render(
        request,
        "crisis/crisis_form.html",
        {
            "form": form,
            "issue": issue,
            "playbooks": form.fields["playbook"].queryset,
        },
    )


@login_required
def crisis_detail(request, pk: int):
    crisis = get_crisis(request.user, pk, internal=False)
    if crisis.partner_view:
        return redirect("crisis:shared", pk=crisis.pk)
    editable = can_edit(request.user, crisis)
    tasks = list(crisis.tasks.select_related("owner"))
    phases = [(value, label, [t for t in tasks if t.phase == value]) for value, label in Phase.choices]
    context = {
        "crisis": crisis,
        "can_edit": editable,
        "can_approve": can_approve(request.user, crisis),
        "rec": crisis.recommendation(),
        "phases": phases,
        "team": crisis.team.select_related("user"),
        "messages_list": crisis.messages.all(),
        "facts": crisis.facts.select_related("verified_by"),
        "partners": crisis.partner_links.select_related("office"),
        "partner_statements": crisis.partner_statements.select_related("office"),
        "publications": Publication.objects.filter(message__crisis=crisis).select_related("message"),
        "history": crisis.history()[:100],
        "evidence": crisis.evidence,
        "overdue": sum(1 for t in tasks if t.is_overdue),
        "contacts": crisis.office.crisis_contacts.all(),
    }
    if editable:
        context.update(
            assess_form=AssessForm(
                initial={
                    "cluster": crisis.cluster,
                    "crisis_history": crisis.crisis_history,
                    "poor_reputation": crisis.poor_reputation,
                    "severity": crisis.severity,
                }
            ),
            phase_form=PhaseForm(),
            team_form=TeamForm(crisis),
            task_form=TaskForm(crisis),
            message_form=NewMessageForm(crisis),
            fact_form=FactForm(),
            partner_form=PartnerForm(crisis),
            statement_form=PartnerStatementForm(crisis.partners.all()),
            allowed_phases=[(p, Phase(p).label) for p in crisis.allowed_phases()],
        )
    return render(request, "crisis/crisis_detail.html", context)


@login_required
@require_POST
def crisis_action(request, pk: int, action: str):
    crisis = get_crisis(request.user, pk, edit=True)
    user = request.user
    forms_by_action: dict[str, Callable[[Any], forms.BaseForm]] = {
        "assess": AssessForm,
        "phase": PhaseForm,
        "fact": FactForm,
        "team": lambda data: TeamForm(crisis, data),
        "task": lambda data: TaskForm(crisis, data),
        "message": lambda data: NewMessageForm(crisis, data),
        "partner": lambda data: PartnerForm(crisis, data),
        "statement": lambda data: PartnerStatementForm(crisis.partners.all(), data),
    }
    if action == "serta-merta":
        actions.create_serta_merta(crisis, actor=user)
        messages.success(request, _("The PPID desk has a serta-merta entry to publish."))
        return redirect(crisis)
    if action not in forms_by_action:
        raise Http404
    form = forms_by_action[action](request.POST)
    if not form.is_valid():
        _errors(request, form)
        return redirect(crisis)
    c = form.cleaned_data
    try:
        if action == "assess":
            crisis.update_assessment(
                actor=user,
                cluster=c["cluster"],
                crisis_history=c["crisis_history"],
                poor_reputation=c["poor_reputation"],
                severity=c["severity"],
            )
            messages.success(request, _("Assessment saved."))
        elif action == "phase":
            crisis.move_phase(c["phase"], actor=user, reason=c["reason"])
            messages.success(request, _("Phase changed to %(p)s.") % {"p": crisis.get_phase_display()})
        elif action == "team":
            actions.add_team_member(crisis, c["user"], c["role"], actor=user, contact=c["contact"])
            messages.success(request, _("Team updated."))
        elif action == "task":
            actions.add_task(
                crisis, actor=user, title=c["title"], phase=c["phase"], owner=c["owner"], due_at=c["due_at"]
            )
            messages.success(request, _("Task added."))
        elif action == "fact":
            actions.add_fact(crisis, actor=user, statement=c["statement"], source=c["source"], shared=c["shared"])
            messages.success(request, _("Fact added."))
        elif action == "partner":
            actions.invite_partner(crisis, c["office"], actor=user)
            messages.success(request, _("Partner office invited."))
        elif action == "statement":
            st = actions.record_partner_statement(crisis, c["office"], actor=user, text=c["text"], url=c["url"])
            if st.consistent:
                messages.success(request, _("Partner statement recorded: consistent with the key messages."))
            else:
                messages.warning(
                    request, _("Partner statement recorded and flagged: it departs from the key messages.")
                )
        elif action == "message":
            template = c["template"]
            values = crisis.placeholder_values()
            kind = template.kind if template else c["kind"]
            title = c["title"] or (fill(template.title, values) if template else str(MessageKind(kind).label))
            msg = actions.create_message(
                crisis, actor=user, kind=kind, title=title, body=fill(template.body, values) if template else ""
            )
            return redirect(msg)
    except TransitionError as exc:
        for m in exc.messages:
            messages.error(request, m)
    return redirect(crisis)


@login_required
@require_POST
def task_action(request, pk: int, task_id: int, action: str):
    crisis = get_crisis(request.user, pk, edit=True)
    task = get_object_or_404(Task, pk=task_id, crisis=crisis)
    try:
        if action == "done":
            task.complete(actor=request.user)
        elif action == "reopen":
            task.reopen(actor=request.user)
    except TransitionError as exc:
        messages.error(request, exc.messages[0])
    return redirect(f"{crisis.get_absolute_url()}#tasks")


def _message(request, pk: int, message_id: int, *, edit=False):
    crisis = get_crisis(request.user, pk, edit=edit)
    message = crisis.messages.filter(pk=message_id).first()
    if message is None:
        raise Http404(_("Message not found."))
    return crisis, message


@login_required
def message_detail(request, pk: int, message_id: int):
    crisis, message = _message(request, pk, message_id)
    editable = can_edit(request.user, crisis)
    form = MessageForm(initial=MessageForm.initial_for(message))
    stale = None
    status = 200
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(_("You may not change this crisis."))
        form = MessageForm(request.POST)
        if form.is_valid():
            c = form.cleaned_data
            data = form.house_data() if message.kind == MessageKind.MESSAGE_HOUSE else message.data
            try:
                message.save_draft(
                    actor=request.user, base_version=c["version"], title=c["title"], body=c["body"], data=data
                )
            except StaleVersion as exc:
                stale = exc.current
                status = 409
                messages.error(
                    request,
                    _(
                        "Not saved: someone else saved this draft after you opened it (now version %(v)d by %(who)s). "
                        "Your text is kept below; copy it, reload the page and merge your changes."
                    )
                    % {"v": stale.version, "who": stale.updated_by or "?"},
                )
            except TransitionError as exc:
                messages.error(request, exc.messages[0])
            else:
                messages.success(request, _("Saved as version %(v)d.") % {"v": message.version})
                return redirect(message)
        else:
            _errors(request, form)
    return render(
        request,
        "crisis/message_detail.html",
        {
            "crisis": crisis,
            "message": message,
            "form": form,
            "stale": stale,
            "can_edit": editable,
            "can_approve": can_approve(request.user, crisis),
            "next": MESSAGE_TRANSITIONS.get(message.status, set()),
            "versions": message.versions.select_related("author")[:20],
            "comments": message.comments.select_related("author"),
            "comment_form": CommentForm(),
            "reason_form": ReasonForm(),
            "publish_form": PublishForm(crisis),
            "publications": message.publications.all(),
            "cosigns": message.cosigns.select_related("office"),
            "placeholders": MessageTemplate.PLACEHOLDERS,
            "blanks": message.blanks(),
        },
        status=status,
    )


@login_required
@require_POST
def message_action(request, pk: int, message_id: int, action: str):
    crisis, message = _message(request, pk, message_id)
    user = request.user
    if action in ("approve", "return", "comment") and can_approve(user, crisis):
        pass  # approvers (pimpinan, the crisis approver) approve, send back and comment without editing rights
    elif action == "approve":
        raise PermissionDenied(_("Only the crisis approver or the office's leadership may approve this message."))
    elif not can_edit(user, crisis):
        raise PermissionDenied(_("You may not change this crisis."))
    try:
        if action == "submit":
            message.submit(actor=user)
            messages.success(request, _("Sent for review."))
        elif action == "approve":
            message.approve(actor=user)
            messages.success(request, _("Approved."))
        elif action == "return":
            form: forms.BaseForm = ReasonForm(request.POST)
            if not form.is_valid():
                _errors(request, form)
                return redirect(message)
            message.return_to_draft(actor=user, reason=form.cleaned_data["reason"])
            messages.success(request, _("Returned to draft."))
        elif action == "comment":
            form = CommentForm(request.POST)
            if form.is_valid():
                actions.add_comment(message, actor=user, body=form.cleaned_data["body"])
            else:
                _errors(request, form)
        elif action == "publish":
            if not message.publishable:
                messages.error(request, _("Not published: only an approved message can be published."))
                return render(request, "crisis/refused.html", {"crisis": crisis, "message": message}, status=409)
            form = PublishForm(crisis, request.POST)
            if not form.is_valid():
                _errors(request, form)
                return redirect(message)
            c = form.cleaned_data
            pub = actions.publish(
                message, actor=user, kind=c["kind"], label=c["label"], url=c["url"], channel=c["channel"]
            )
            if pub.status == Publication.Status.FAILED:
                messages.error(
                    request,
                    _("Publishing to %(where)s failed: %(error)s. It is recorded as failed; retry it.")
                    % {"where": pub.label, "error": pub.error},
                )
            elif pub.status == Publication.Status.SIMULATED:
                messages.warning(request, _("Drill (LATIHAN): recorded as published, nothing was sent outside."))
            else:
                messages.success(request, _("Published: %(where)s.") % {"where": pub.label})
        else:
            raise Http404
    except TransitionError as exc:
        messages.error(request, exc.messages[0])
    return redirect(message)


@login_required
@require_POST
def publication_retry(request, pk: int, pub_id: int):
    crisis = get_crisis(request.user, pk, edit=True)
    pub = get_object_or_404(Publication, pk=pub_id, message__crisis=crisis)
    try:
        pub = actions.retry(pub, actor=request.user)
    except TransitionError as exc:
        messages.error(request, exc.messages[0])
        return redirect(pub.message)
    if pub.status == Publication.Status.FAILED:
        messages.error(request, _("Retry failed: %(error)s") % {"error": pub.error})
    else:
        messages.success(request, _("Published: %(where)s.") % {"where": pub.label})
    return redirect(pub.message)


@login_required
def dashboard(request, pk: int):
    """Monitoring loop: the linked issue's volume and negative documents, each publication marked."""
    crisis = get_crisis(request.user, pk)
    data: dict[str, Any] = {"labels": [], "values": [], "negative": [], "changes": [], "hourly": True}
    if crisis.issue_id:
        data = timeline(crisis.issue)
    tz = timezone.get_current_timezone()
    fmt = "%Y-%m-%d %H:00" if data["hourly"] else "%Y-%m-%d"
    pubs = list(
        Publication.objects.filter(message__crisis=crisis, published_at__isnull=False)
        .select_related("message")
        .order_by("published_at")
    )
    data["publications"] = []
    for p in pubs:
        assert p.published_at is not None  # noqa: S101 - narrows the type: filtered above
        data["publications"].append(
            {"label": p.published_at.astimezone(tz).strftime(fmt), "title": p.message.title, "where": p.label}
        )
    declared = crisis.declared_at.astimezone(tz).strftime(fmt)
    data["declared"] = declared
    for mark in data["publications"] + [{"label": declared}]:  # a marker after the data still shows
        if mark["label"] not in data["labels"]:
            data["labels"].append(mark["label"])
            data["values"].append(0)
            data["negative"].append(0)
    order = sorted(range(len(data["labels"])), key=lambda i: data["labels"][i])
    for key in ("labels", "values", "negative"):
        data[key] = [data[key][i] for i in order]
    return render(
        request,
        "crisis/dashboard.html",
        {
            "crisis": crisis,
            "timeline": data,
            "publications": pubs,
            "sentiment": evaluation.sentiment(crisis),
            "effects": evaluation.statement_effects(crisis),
        },
    )


@login_required
def evaluation_view(request, pk: int):
    crisis = get_crisis(request.user, pk)
    editable = can_edit(request.user, crisis)
    form = EvaluationForm(request.POST or None, initial={"lessons": crisis.lessons, "follow_ups": crisis.follow_ups})
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(_("You may not change this crisis."))
        if form.is_valid():
            crisis.save_evaluation(actor=request.user, **form.cleaned_data)
            messages.success(request, _("Evaluation saved."))
            return redirect("crisis:evaluation", pk=crisis.pk)
        _errors(request, form)
    return render(
        request,
        "crisis/evaluation.html",
        {
            "crisis": crisis,
            "r": evaluation.report(crisis),
            "form": form,
            "can_edit": editable,
        },
    )


@login_required
def evaluation_pdf(request, pk: int):
    from weasyprint import HTML

    crisis = get_crisis(request.user, pk)
    html = render_to_string(
        "crisis/evaluation_pdf.html", {"crisis": crisis, "r": evaluation.report(crisis)}, request=request
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="evaluasi-krisis-{crisis.pk}.pdf"'
    return response


@login_required
def kpi(request):
    ids = visible_office_ids(request.user)
    crises = Crisis.objects.filter(office_id__in=ids)
    office_id = request.GET.get("office", "")
    if office_id.isdigit():
        crises = crises.filter(office_id=int(office_id))
    return render(
        request,
        "crisis/kpi.html",
        {
            "k": evaluation.kpis(crises),
            "offices": Office.objects.filter(id__in=ids),
            "office_id": office_id,
        },
    )


# --------------------------------------------------------------------------- partner offices


@login_required
def shared(request, pk: int):
    """What an invited partner office sees: shared facts, key messages, statements to co-sign."""
    crisis = get_crisis(request.user, pk, internal=False)
    own = partner_office_ids(request.user, crisis)
    if not crisis.partner_view and not can_edit(request.user, crisis):
        own = set()
    signers = cosign_office_ids(request.user, crisis) & own
    if request.method == "POST":
        if not own:
            raise PermissionDenied(_("Only an invited partner office may do this."))
        if request.POST.get("action") == "cosign":
            if not signers:
                raise PermissionDenied(_("Only the leadership or an admin of an invited partner office may co-sign."))
            office = Office.objects.get(pk=sorted(signers)[0])
            msg = crisis.messages.filter(
                pk=request.POST.get("message"), status__in=[MessageStatus.APPROVED, MessageStatus.PUBLISHED]
            ).first()
            if msg is None:
                raise Http404
            try:
                msg.cosign(office, actor=request.user)
                messages.success(request, _("Co-signed on behalf of %(office)s.") % {"office": office})
            except TransitionError as exc:
                for text in exc.messages:
                    messages.error(request, text)
        else:
            form = PartnerStatementForm(Office.objects.filter(pk__in=own), request.POST)
            if form.is_valid():
                st = actions.record_partner_statement(
                    crisis,
                    form.cleaned_data["office"],
                    actor=request.user,
                    text=form.cleaned_data["text"],
                    url=form.cleaned_data["url"],
                )
                if st.consistent:
                    messages.success(request, _("Partner statement recorded: consistent with the key messages."))
                else:
                    messages.warning(
                        request, _("Partner statement recorded and flagged: it departs from the key messages.")
                    )
            else:
                _errors(request, form)
        return redirect("crisis:shared", pk=crisis.pk)
    houses = crisis.messages.filter(kind=MessageKind.MESSAGE_HOUSE, shared=True)
    return render(
        request,
        "crisis/shared.html",
        {
            "crisis": crisis,
            "facts": crisis.facts.filter(shared=True),
            "houses": houses,
            "statements": crisis.messages.filter(status__in=[MessageStatus.APPROVED, MessageStatus.PUBLISHED])
            .exclude(kind=MessageKind.MESSAGE_HOUSE)
            .prefetch_related("cosigns__office"),
            "own": own,
            "can_cosign": bool(signers),
            "form": PartnerStatementForm(Office.objects.filter(pk__in=own)),
            "partner_statements": crisis.partner_statements.filter(office_id__in=own) if own else [],
        },
    )
