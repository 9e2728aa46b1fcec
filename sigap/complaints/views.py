"""Staff pages: the queue by due date (office and units), the officer's intake, the detail with its actions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import member_office_ids
from sigap.core.models import AuditEvent, Office
from sigap.core.transitions import TransitionError

from . import access, actions
from .forms import AnswerForm, DisposeForm, HoldForm, OfficerIntakeForm, PlainActionForm, RejectForm, VerifyForm
from .models import UNIT_ROLES, Complaint
from .workflow import TRANSITIONS, Status


def _staff(view):
    """login + the complaint desk, leadership or a unit with a complaint disposed to it."""

    @login_required
    def wrapper(request, *args, **kwargs):
        # One complaint's page: get_complaint answers 404 to outsiders, 403 to the office's other roles.
        if "pk" not in kwargs and not Complaint.objects.visible_to(request.user).exists():
            access.require_staff(request.user)
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@_staff
def queue(request):
    """Open complaints, the one due first on top; a unit officer sees what was disposed to the unit."""
    mine = request.GET.get("unit") == "1"
    rows = Complaint.objects.visible_to(request.user).open().select_related("office", "assigned_unit")
    if mine:
        rows = rows.filter(assigned_unit_id__in=member_office_ids(request.user, UNIT_ROLES))
    # The running clock decides the order: verification while unverified, the follow-up after.
    rows = sorted(rows, key=lambda c: (c.due_at is None, c.due_at or c.received_at, c.pk))
    context = {
        "rows": rows,
        "mine": mine,
        "can_create": bool(access.complaint_edit_office_ids(request.user)),
        "can_set_rules": bool(access.policy_edit_office_ids(request.user)),
    }
    return render(request, "complaints/queue.html", context)


@_staff
def intake(request):
    """A complaint received at the counter, by phone, letter, WhatsApp or e-mail, typed in by the desk."""
    offices = Office.objects.filter(id__in=access.complaint_edit_office_ids(request.user)).order_by("name")
    if not offices:
        raise PermissionDenied(_("Only the complaint desk records complaints."))
    office = get_object_or_404(offices, pk=request.POST.get("office") or request.GET.get("office") or offices[0].pk)
    form = OfficerIntakeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("channel", "token")}
        complaint, created = actions.create_complaint(
            office,
            data,
            channel=form.cleaned_data["channel"],
            actor=request.user,
            idempotency_key=form.cleaned_data["token"],
        )
        if created:
            messages.success(
                request, _("Complaint recorded. Tracking ID: %(code)s") % {"code": complaint.tracking_code}
            )
        return redirect("complaints:detail", pk=complaint.pk)
    return render(request, "complaints/intake.html", {"form": form, "office": office, "offices": offices})


def _timeline(c: Complaint):
    return (
        AuditEvent.objects.filter(target_type=c._meta.label_lower, target_id=str(c.pk))
        .select_related("actor")
        .order_by("at", "id")
    )


@_staff
def detail(request, pk: int):
    return _detail(request, access.get_complaint(request.user, pk))


def _detail(request, c: Complaint, **forms):
    desk, unit = access.is_desk(request.user, c), access.is_unit(request.user, c)
    allowed = TRANSITIONS.get(c.status, set())
    seen = {"seen": c.status}
    context = {
        "c": c,
        "desk": desk,
        "unit": unit,
        "show_reporter": access.sees_reporter(request.user, c),
        "timeline": _timeline(c),
        "verify_explanation": c.explain_verification(),
        "follow_up_explanation": c.explain_follow_up(),
        "Status": Status,
    }
    if desk:
        context.update(
            verify_form=VerifyForm(
                initial={**seen, "tier": c.tier, "anonymous": c.anonymous, "confidential": c.confidential}
            )
            if Status.VERIFIED in allowed
            else None,
            hold_form=HoldForm(initial=seen) if Status.POSTPONED in allowed else None,
            dispose_form=DisposeForm(initial=seen, units=access.units_for(c.office))
            if Status.DISPOSED in allowed
            else None,
            reject_form=RejectForm(initial=seen) if Status.NOT_COMPETENT in allowed else None,
            resolve_form=PlainActionForm(initial=seen) if Status.RESOLVED in allowed else None,
        )
    if desk or unit:
        context.update(
            start_form=PlainActionForm(initial=seen) if Status.IN_FOLLOW_UP in allowed else None,
            answer_form=AnswerForm(initial=seen) if Status.FOLLOWED_UP in allowed else None,
        )
    context.update({k: v for k, v in forms.items() if v is not None})
    return render(request, "complaints/detail.html", context, status=400 if forms else 200)


def _act(request, pk: int, form_class, run, *, desk_only: bool = True, form_name: str = "", **form_kwargs):
    c = access.get_complaint(request.user, pk, edit=True)
    if desk_only and not access.is_desk(request.user, c):
        raise PermissionDenied(_("Only the office's complaint desk takes this step."))
    form = form_class(request.POST, **form_kwargs)
    if not form.is_valid():
        return _detail(request, c, **{form_name: form})
    try:
        run(c, form.cleaned_data)
    except TransitionError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect("complaints:detail", pk=c.pk)


@_staff
@require_POST
def verify(request, pk: int):
    return _act(
        request,
        pk,
        VerifyForm,
        lambda c, d: actions.verify(
            request.user, c, tier=d["tier"], anonymous=d["anonymous"], confidential=d["confidential"], seen=d["seen"]
        ),
        form_name="verify_form",
    )


@_staff
@require_POST
def hold(request, pk: int):
    return _act(
        request,
        pk,
        HoldForm,
        lambda c, d: actions.hold(request.user, c, d["reason"], seen=d["seen"]),
        form_name="hold_form",
    )


@_staff
@require_POST
def dispose(request, pk: int):
    c = access.get_complaint(request.user, pk, edit=True)
    return _act(
        request,
        pk,
        DisposeForm,
        lambda c, d: actions.dispose(request.user, c, d["unit"], d["note"], seen=d["seen"]),
        form_name="dispose_form",
        units=access.units_for(c.office),
    )


@_staff
@require_POST
def reject(request, pk: int):
    return _act(
        request,
        pk,
        RejectForm,
        lambda c, d: actions.reject(
            request.user, c, d["outcome"], d["reason"], forwarded_to=d["forwarded_to"], seen=d["seen"]
        ),
        form_name="reject_form",
    )


@_staff
@require_POST
def resolve(request, pk: int):
    return _act(request, pk, PlainActionForm, lambda c, d: actions.resolve(request.user, c, seen=d["seen"]))


@_staff
@require_POST
def start(request, pk: int):
    return _act(
        request,
        pk,
        PlainActionForm,
        lambda c, d: actions.start_follow_up(request.user, c, seen=d["seen"]),
        desk_only=False,
    )


@_staff
@require_POST
def answer(request, pk: int):
    return _act(
        request,
        pk,
        AnswerForm,
        lambda c, d: actions.answer(request.user, c, d["text"], seen=d["seen"]),
        desk_only=False,
        form_name="answer_form",
    )
