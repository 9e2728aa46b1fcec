from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import require_editor
from sigap.core.transitions import TransitionError

from .access import (
    can_edit_rule,
    deliveries_for,
    get_delivery,
    get_notification,
    get_rule,
    notifications_for,
    rule_offices,
    rules_for,
)
from .actions import delete_rule, regenerate_secret, retry_delivery, save_rule
from .forms import AlertRuleForm
from .models import Delivery


@login_required
def inbox(request):
    notifications = notifications_for(request.user)
    only_unread = request.GET.get("belum") == "1"
    if only_unread:
        notifications = notifications.filter(read_at__isnull=True)
    page = Paginator(notifications, 30).get_page(request.GET.get("page"))
    return render(request, "alerts/inbox.html", {"page": page, "only_unread": only_unread})


@login_required
def notification_open(request, pk: int):
    """Mark the notification read and go to what it is about."""
    notification = get_notification(request.user, pk)
    notification.mark_read()
    url = notification.alert.url
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return redirect(url)
    return redirect("alerts:inbox")


@login_required
@require_POST
def notification_read(request, pk: int):
    get_notification(request.user, pk).mark_read()
    return redirect("alerts:inbox")


@login_required
@require_POST
def notification_read_all(request):
    count = notifications_for(request.user).filter(read_at__isnull=True).update(read_at=timezone.now())
    messages.success(request, _("%(count)d notifications marked as read.") % {"count": count})
    return redirect("alerts:inbox")


@login_required
def rule_list(request):
    rules = list(rules_for(request.user))
    for rule in rules:
        rule.editable = can_edit_rule(request.user, rule)
    return render(request, "alerts/rule_list.html", {"rules": rules, "can_create": rule_offices(request.user).exists()})


@login_required
def rule_detail(request, pk: int):
    rule = get_rule(request.user, pk)
    editable = can_edit_rule(request.user, rule)
    context = {
        "rule": rule,
        "can_edit": editable,
        "alerts": rule.alerts.all()[:20],
        "deliveries": rule.deliveries.select_related("rule").all()[:30],
        "show_secret": editable and rule.notify_webhook,
    }
    return render(request, "alerts/rule_detail.html", context)


@login_required
def rule_edit(request, pk: int | None = None):
    rule = get_rule(request.user, pk, edit=True) if pk else None
    if not pk and not rule_offices(request.user).exists():
        return render(request, "403.html", status=403)
    form = AlertRuleForm(request.user, request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        if form.is_office_wide:
            require_editor(request.user, form.cleaned_data["office"].pk)  # pimpinan: personal rules only
        saved = save_rule(form, request.user)
        messages.success(request, _("Alert rule “%(name)s” saved.") % {"name": saved.name})
        return redirect("alerts:rule_detail", pk=saved.pk)
    return render(request, "alerts/rule_form.html", {"form": form, "rule": rule})


@login_required
@require_POST
def rule_delete(request, pk: int):
    delete_rule(get_rule(request.user, pk, edit=True), request.user)
    messages.success(request, _("Alert rule deleted."))
    return redirect("alerts:rule_list")


@login_required
@require_POST
def rule_regenerate_secret(request, pk: int):
    regenerate_secret(get_rule(request.user, pk, edit=True), request.user)
    messages.success(request, _("A new webhook secret was made. Update it at the receiver."))
    return redirect("alerts:rule_detail", pk=pk)


@login_required
def delivery_list(request):
    deliveries = deliveries_for(request.user)
    status = request.GET.get("status", "")
    if status in Delivery.Status.values:
        deliveries = deliveries.filter(status=status)
    rule = None
    if request.GET.get("rule", "").isdigit():
        rule = get_rule(request.user, int(request.GET["rule"]))
        deliveries = deliveries.filter(rule=rule)
    page = Paginator(deliveries, 50).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "alerts/delivery_list.html",
        {
            "page": page,
            "status": status,
            "rule": rule,
            "statuses": Delivery.Status.choices,
            "query_string": params.urlencode(),
        },
    )


@login_required
def delivery_detail(request, pk: int):
    delivery = get_delivery(request.user, pk)
    try:
        get_delivery(request.user, pk, edit=True)
        can_retry = delivery.can_retry
    except PermissionDenied:
        can_retry = False
    context = {
        "delivery": delivery,
        "alerts": delivery.alerts.all(),
        "attempts": delivery.log.all()[:100],
        "can_retry": can_retry,
    }
    return render(request, "alerts/delivery_detail.html", context)


@login_required
@require_POST
def delivery_retry(request, pk: int):
    delivery = get_delivery(request.user, pk, edit=True)
    if not delivery.can_retry:
        messages.error(request, _("This delivery is not waiting for a retry."))
    else:
        try:
            retry_delivery(delivery, request.user)
        except TransitionError as exc:  # someone clicked a moment earlier
            messages.error(request, exc.messages[0])
        else:
            messages.success(request, _("Sending again; the result appears in a few moments."))
    return redirect("alerts:delivery_detail", pk=pk)
