from __future__ import annotations

from typing import cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import editable_office_ids, visible_offices
from sigap.core.levels import Level, level_rank
from sigap.core.models import AuditEvent
from sigap.lib.region_map import choropleth
from sigap.monitoring.exports import EXPORT_LIMIT, FORMATS, capped_note, spreadsheet_response, with_note

from . import actions, exports, stats
from .access import get_issue, get_policy
from .explain import explained, history
from .forms import IssueCreateForm, OtherIssuesForm, PolicyForm, ReasonForm, RenameForm, SplitForm
from .models import Issue


def _listed(request):
    """The issues the list shows for its status and level filters (open ones by default)."""
    issues = Issue.objects.visible_to(request.user).select_related("office")
    status = request.GET.get("status") or Issue.Status.OPEN
    if status in Issue.Status.values:
        issues = issues.filter(status=status)
    level = request.GET.get("level")
    if level in Level.values:
        issues = issues.filter(level=level)
    return issues, status, level


def _most_pressing(issues) -> list[Issue]:
    return sorted(issues, key=lambda i: (-level_rank(i.level), -i.score))


@login_required
def issue_list(request):
    issues, status, level = _listed(request)
    issues = _most_pressing(issues[:500])
    counts = {lvl: 0 for lvl in Level.values}
    for lvl in Issue.objects.visible_to(request.user).filter(status=Issue.Status.OPEN).values_list("level", flat=True):
        counts[lvl] += 1
    return render(request, "issues/issue_list.html", {
        "issues": issues, "status": status, "level": level, "statuses": Issue.Status.choices,
        "levels": [(value, label, counts[value]) for value, label in Level.choices],
        "can_edit": bool(editable_office_ids(request.user)),
        "offices": visible_offices(request.user), "query_string": request.GET.urlencode(),
    })  # fmt: skip


@login_required
def issue_export(request, fmt: str):
    """The issue list as a file: the same filters and the same visible issues, most pressing first."""
    if fmt not in FORMATS:
        raise Http404
    issues, _status, _level = _listed(request)
    issues = issues.defer("components", "signals", "facets")
    total = issues.count()
    actions.record_issue_export(request.user, fmt, min(total, EXPORT_LIMIT), request.GET.urlencode())
    note = capped_note(EXPORT_LIMIT, total) if total > EXPORT_LIMIT else None
    rows = with_note(exports.issue_rows(_most_pressing(issues.order_by("-score")[:EXPORT_LIMIT])), note)
    name = f"isu-{timezone.localdate().isoformat()}"
    return spreadsheet_response(fmt, name, "Isu", exports.ISSUE_COLUMNS, rows)


@login_required
def issue_detail(request, pk: int):
    issue = get_issue(request.user, pk)
    now = timezone.now()
    user = request.user
    day, before = stats.trend(issue, now, user)
    can_edit = issue.office_id in editable_office_ids(request.user)
    components = sorted(explained(issue.components or []), key=lambda c: -c["contribution"])
    region_map = choropleth(stats.region_counts(issue, user), level="regency")
    context = {
        "issue": issue,
        "components": components,
        "timeline": stats.timeline(issue, user),
        "level_changes": issue.level_changes.all(),
        "top_posts": stats.top_posts(issue, user=user),
        "accounts": stats.top_accounts(issue, user=user),
        "outlets": stats.outlets(issue, user=user),
        "entities": stats.entities(issue, user=user),
        "offices_touched": issue.offices.order_by("name"),
        "keyphrases": stats.keyphrases(issue),
        "region_map": region_map,
        "stories": issue.stories.all()[:50],
        "links": issue.links.all(),
        "day": day,
        "before": before,
        "can_edit": can_edit,
        "history": history(AuditEvent.objects.filter(target_type="issues.issue", target_id=str(issue.pk))[:50]),
        "thresholds": get_policy(request.user, issue.office_id),
    }
    if can_edit:
        context.update(
            rename_form=RenameForm(initial={"title": issue.title}), reason_form=ReasonForm(),
            merge_form=OtherIssuesForm(issue), link_form=OtherIssuesForm(issue), split_form=SplitForm(issue),
        )  # fmt: skip
    return render(request, "issues/issue_detail.html", context)


@login_required
def issue_create(request):
    form = IssueCreateForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        issue = actions.create_issue(
            form.cleaned_data["office"],
            form.cleaned_data["title"],
            actor=request.user,
            watchlist=form.cleaned_data["watchlist"],
        )
        messages.success(request, _("Issue created."))
        return redirect(issue)
    if not form.fields["office"].queryset.exists():
        return render(request, "403.html", status=403)
    return render(request, "issues/issue_form.html", {"form": form})


@login_required
@require_POST
def issue_action(request, pk: int, action: str):
    issue = get_issue(request.user, pk, edit=True)
    user = request.user
    form: forms.Form
    if action == "rename":
        form = RenameForm(request.POST)
        if form.is_valid():
            issue.rename(form.cleaned_data["title"], actor=user)
            messages.success(request, _("Issue renamed."))
    elif action in ("dismiss", "reopen"):
        form = ReasonForm(request.POST)
        if form.is_valid():
            getattr(issue, action)(actor=user, reason=form.cleaned_data["reason"])
            messages.success(request, _("Issue dismissed.") if action == "dismiss" else _("Issue reopened."))
    elif action == "merge":
        form = OtherIssuesForm(issue, request.POST)
        if form.is_valid():
            actions.merge(issue, list(form.cleaned_data["issues"]), actor=user)
            messages.success(request, _("Issues merged into this one."))
    elif action in ("link", "unlink"):
        form = OtherIssuesForm(issue, request.POST)
        if form.is_valid():
            for other in form.cleaned_data["issues"]:
                getattr(issue, action)(other, actor=user)
            messages.success(request, _("Links updated."))
    elif action == "split":
        form = SplitForm(issue, request.POST)
        if form.is_valid():
            new = actions.split(
                issue, [s.pk for s in form.cleaned_data["stories"]], form.cleaned_data["title"], actor=user
            )
            messages.success(request, _("A new issue was split off."))
            return redirect(new)
    else:
        return redirect(issue)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, cast(str, error))  # ErrorList yields its messages as str
    return redirect(issue)


@login_required
def policy_edit(request, office_id: int):
    policy = get_policy(request.user, office_id)
    can_edit = office_id in editable_office_ids(request.user)
    form = PolicyForm(request.POST or None, instance=policy)
    if request.method == "POST":
        get_policy(request.user, office_id, edit=True)
        if form.is_valid():
            actions.save_policy(form, actor=request.user)
            messages.success(request, _("Escalation settings saved. They apply from the next batch."))
            return redirect("issues:policy", office_id=office_id)
    return render(request, "issues/policy_form.html", {"form": form, "policy": policy, "can_edit": can_edit})
