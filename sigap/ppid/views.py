"""PPID desk pages for information requests, and the helpers the other views_* modules share.

Thin: access helpers fetch, forms validate, model methods and actions write.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.models import AuditEvent
from sigap.monitoring.access import get_document

from . import access, actions
from .actions import (
    converted_request,
    create_request,
    create_request_from_document,
    intake_initial_from_document,
    is_complaint_document,
)
from .documents import DOCUMENTS, render_pdf
from .forms import (
    DeliverForm,
    DisposeForm,
    IntakeForm,
    NoticeForm,
    ObjectionForm,
    OptionalNoteForm,
    ReasonForm,
    RequestFilterForm,
)
from .models import TRANSITIONS, InformationRequest, Outcome, Regulation, Status, TransitionError
from .release import ReleaseForm


def _ppid(view):
    """login + PPID desk role (404 otherwise: the module does not exist for others)."""

    @login_required
    def wrapper(request, *args, **kwargs):
        access.require_ppid(request.user)
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _timeline(*objects):
    q = Q()
    for obj in objects:
        q |= Q(target_type=obj._meta.label_lower, target_id=str(obj.pk))
    return AuditEvent.objects.filter(q).select_related("actor").order_by("at", "id")


def _pdf(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _form_errors(request, exc: TransitionError, form=None):
    if hasattr(exc, "error_dict") and form is not None:
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    for message in exc.messages:
        messages.error(request, message)


def _edit(request, form_class, getter, pk, title, back, action):
    """The shared create/edit page of an office record (DIP, DIK, consequence test, report)."""
    instance = getter(request.user, pk, edit=True) if pk else None
    offices = access.ppid_offices(request.user, edit=True)
    if not offices.exists():
        raise PermissionDenied(_("You may only read this office's PPID data."))
    form = form_class(offices, request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        actions.save_office_record(request.user, form.save(commit=False), action=action, changed=form.changed_data)
        messages.success(request, _("Saved."))
        return redirect(back)
    return render(request, "ppid/form.html", {"form": form, "title": title, "back": back})


# --------------------------------------------------------------------------- requests


@_ppid
def request_list(request):
    form = RequestFilterForm(request.GET or None)
    qs = form.apply(InformationRequest.objects.visible_to(request.user)).select_related("office", "assigned_unit")
    page = Paginator(qs.order_by("-received_at", "-id"), 25).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    base = InformationRequest.objects.visible_to(request.user)
    return render(
        request,
        "ppid/request_list.html",
        {
            "form": form,
            "page": page,
            "query_string": params.urlencode(),
            "can_create": bool(access.ppid_edit_office_ids(request.user)),
            "counts": {"open": base.open().count(), "overdue": base.overdue().count()},
        },
    )


@_ppid
def request_create(request):
    offices = access.ppid_offices(request.user, edit=True)
    if not offices.exists():
        raise PermissionDenied(_("You may only read this office's PPID data."))
    office_id = request.POST.get("office") if request.method == "POST" else None
    office = offices.filter(pk=office_id).first() if office_id and str(office_id).isdigit() else offices.first()
    max_mb = Regulation.for_office(office).attachment_max_mb
    form = IntakeForm(offices, request.POST or None, request.FILES or None, max_mb=max_mb)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k in IntakeForm.Meta.fields and k != "office"}
        req, _created = create_request(form.cleaned_data["office"], data, actor=request.user, files=form.files_clean)
        messages.success(
            request, _("Request registered as %(number)s. Give the requester the receipt.") % {"number": req.number}
        )
        return redirect("ppid:request_detail", pk=req.pk)
    return render(request, "ppid/request_form.html", {"form": form})


@_ppid
def request_detail(request, pk: int):
    return _request_detail(request, access.get_request(request.user, pk))


@_ppid
@require_POST
def reveal_nik(request, pk: int):
    """“Tampilkan NIK”: the full NIK for the PPID desk that may open personal data (not pimpinan); audited."""
    req = access.get_request(request.user, pk)
    if req.office_id not in access.ppid_edit_office_ids(request.user):
        raise Http404(_("Request not found."))
    actions.record_personal_data_viewed(request.user, req, {"field": "nik"})
    return _request_detail(request, req, reveal_nik=True)


def _request_detail(request, req, *, reveal_nik: bool = False):
    editable = access.can_edit(request.user, req.office_id, req.assigned_unit_id)
    allowed = TRANSITIONS.get(req.status, set())
    objections = list(req.objections.all())
    context = {
        "req": req,
        "editable": editable,
        "allowed": allowed,
        "Status": Status,
        "Outcome": Outcome,
        "timeline": _timeline(req, *objections),
        "objections": objections,
        "attachments": req.attachments.all() if req.office_id in access.ppid_edit_office_ids(request.user) else [],
        "explanation": req.explain_deadline(),
        "nik_masked": ("•" * 12 + req.nik[-4:]) if len(req.nik) >= 4 else req.nik,
        "nik_full": req.nik if reveal_nik else "",
        "can_reveal_nik": bool(req.nik) and req.office_id in access.ppid_edit_office_ids(request.user),
    }
    if req.notified_at and req.office_id in access.ppid_edit_office_ids(request.user):
        # the PPID desk releases documents with the written notice (release_views)
        context.update({"released": req.released_documents.all(), "release_form": ReleaseForm(req)})
    if editable:
        context.update(
            {
                "dispose_form": DisposeForm(req) if req.is_open else None,
                "extend_form": ReasonForm() if Status.EXTENDED in allowed and not req.extension_days else None,
                "notice_form": NoticeForm(instance=req) if Status.NOTIFIED in allowed else None,
                "deliver_form": DeliverForm()
                if Status.DELIVERED in allowed and req.outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
                else None,
                "close_form": OptionalNoteForm() if Status.CLOSED in allowed else None,
                "withdraw_form": ReasonForm() if Status.WITHDRAWN in allowed else None,
                "objection_form": ObjectionForm(req) if req.can_object() else None,
            }
        )
    return render(request, "ppid/request_detail.html", context)


@_ppid
@require_POST
def request_action(request, pk: int, action: str):
    req = access.get_request(request.user, pk, edit=True)
    form: forms.BaseForm | None = None
    # Each model method is one transaction of the core kernel, which also queues the e-mails.
    try:
        if action == "dispose":
            form = DisposeForm(req, request.POST)
            if form.is_valid():
                req.dispose(
                    request.user,
                    form.cleaned_data["unit"],
                    form.cleaned_data["internal_due"],
                    form.cleaned_data["note"],
                )
        elif action == "extend":
            form = ReasonForm(request.POST)
            if form.is_valid():
                req.extend(request.user, form.cleaned_data["reason"])
        elif action == "notify":
            form = NoticeForm(request.POST, instance=InformationRequest.objects.get(pk=req.pk))
            if form.is_valid():
                req.notify(request.user, form.cleaned_data["outcome"], **form.values())
        elif action == "deliver":
            form = DeliverForm(request.POST)
            if form.is_valid():
                req.deliver(
                    request.user, form.cleaned_data["channel"], form.cleaned_data["cost"], form.cleaned_data["note"]
                )
        elif action == "close":
            form = OptionalNoteForm(request.POST)
            if form.is_valid():
                req.close(request.user, form.cleaned_data["reason"])
        elif action == "withdraw":
            form = ReasonForm(request.POST)
            if form.is_valid():
                req.withdraw(request.user, form.cleaned_data["reason"])
        else:
            raise Http404
    except TransitionError as exc:
        _form_errors(request, exc)
        return redirect("ppid:request_detail", pk=pk)
    if form is not None and not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            for error in errors:
                messages.error(request, f"{label}: {error}" if label else str(error))
    else:
        messages.success(request, _("Saved."))
    return redirect("ppid:request_detail", pk=pk)


@_ppid
def request_document(request, pk: int, kind: str):
    req = access.get_request(request.user, pk)
    if kind not in DOCUMENTS or kind == "objection_receipt":
        raise Http404
    if kind == "notice" and not req.notified_at or kind == "extension" and not req.extended_at:
        raise Http404
    if kind == "refusal" and req.outcome != Outcome.REFUSED:
        raise Http404
    return _pdf(render_pdf(kind, req), f"{kind}-{req.number.replace('/', '-')}.pdf")


@_ppid
def attachment(request, pk: int):
    att = access.get_attachment(request.user, pk)
    actions.record_personal_data_viewed(request.user, att.request, {"attachment": att.pk, "kind": att.kind})
    response = FileResponse(att.file.open("rb"), content_type=att.content_type)
    response["Content-Disposition"] = f'inline; filename="{att.kind}-{att.pk}.{att.extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


# --------------------------------------------------------------------------- complaint channel → request


@_ppid
def request_from_document(request, document_pk: int):
    """“Jadikan permohonan informasi”: the officer intake prefilled from a complaint-channel document."""
    document = get_document(request.user, document_pk)  # 404 for a document the user cannot see
    if not is_complaint_document(document):
        raise Http404(_("Only documents from a complaint channel can become a request."))
    offices = access.ppid_offices(request.user, edit=True)
    if not offices.exists():
        raise Http404(_("Page not found."))
    existing = converted_request(document)
    if existing is not None:
        messages.info(request, _("This complaint is already request %(number)s.") % {"number": existing.number})
        return redirect("ppid:request_detail", pk=existing.pk)
    office_id = request.POST.get("office") if request.method == "POST" else None
    office = offices.filter(pk=office_id).first() if office_id and str(office_id).isdigit() else offices.first()
    form = IntakeForm(
        offices,
        request.POST or None,
        request.FILES or None,
        max_mb=Regulation.for_office(office).attachment_max_mb,
        initial=intake_initial_from_document(document, offices),
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k in IntakeForm.Meta.fields and k != "office"}
        req, _created = create_request_from_document(
            form.cleaned_data["office"], data, document, actor=request.user, files=form.files_clean
        )
        messages.success(
            request, _("Request registered as %(number)s. Give the requester the receipt.") % {"number": req.number}
        )
        return redirect("ppid:request_detail", pk=req.pk)
    return render(request, "ppid/request_form.html", {"form": form, "document": document})
