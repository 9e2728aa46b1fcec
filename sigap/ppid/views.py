"""PPID desk pages. Thin: access helpers fetch, forms validate, model methods and actions write."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.models import AuditEvent
from sigap.monitoring.access import get_document

from . import access, actions, registers
from .actions import (
    converted_request,
    create_request,
    create_request_from_document,
    file_objection,
    intake_initial_from_document,
    is_complaint_document,
)
from .documents import DOCUMENTS, render_pdf
from .forms import (
    AnswerForm,
    ConsequenceTestForm,
    DeliverForm,
    DIKEntryForm,
    DIPEntryForm,
    DisposeForm,
    DisputeForm,
    IntakeForm,
    LetterheadForm,
    LetterTemplateForm,
    NoticeForm,
    ObjectionForm,
    OptionalNoteForm,
    ReactionForm,
    ReasonForm,
    RegisterFilterForm,
    ReportForm,
    RequestFilterForm,
)
from .letters import PLACEHOLDERS, STARTER_BODIES
from .models import (
    TRANSITIONS,
    Channel,
    ConsequenceTest,
    DIKEntry,
    DIPEntry,
    InformationRequest,
    Letterhead,
    LetterKind,
    LetterTemplate,
    Objection,
    Outcome,
    Regulation,
    ServiceReport,
    Status,
    TransitionError,
)
from .stats import compute, report_docx, report_pdf


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


# --------------------------------------------------------------------------- objections and disputes


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


# --------------------------------------------------------------------------- registers


@_ppid
def register(request, kind: str):
    if kind not in ("permohonan", "keberatan"):
        raise Http404
    offices = access.ppid_offices(request.user)
    form = RegisterFilterForm(offices, request.GET or None)
    if kind == "permohonan":
        qs = registers.requests_for_register(form.apply(InformationRequest.objects.filter(office__in=offices)))
    else:
        qs = registers.objections_for_register(form.apply(Objection.objects.visible_to(request.user)))
    title, columns, rows = registers.register_data(kind, qs)
    fmt = request.GET.get("format")
    label = (
        form.cleaned_data["office"].name
        if form.is_valid() and form.cleaned_data.get("office")
        else ", ".join(o.name for o in offices)
    )
    if fmt in ("xlsx", "pdf"):
        actions.record_register_export(request.user, offices, kind, fmt, len(rows))
    if fmt == "xlsx":
        response = HttpResponse(
            registers.to_xlsx(title, columns, rows),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="register-{kind}.xlsx"'
        return response
    if fmt == "pdf":
        return _pdf(registers.to_pdf(label, title, columns, rows), f"register-{kind}.pdf")
    params = request.GET.copy()
    params.pop("format", None)
    return render(
        request,
        "ppid/register.html",
        {
            "form": form,
            "title": title,
            "columns": columns,
            "rows": registers.text_rows(rows),
            "kind": kind,
            "query_string": params.urlencode(),
        },
    )


# --------------------------------------------------------------------------- DIP, DIK, consequence tests


@_ppid
def dip_list(request):
    entries = DIPEntry.objects.visible_to(request.user).select_related("office")
    return render(
        request, "ppid/dip_list.html", {"entries": entries, "can_edit": bool(access.ppid_edit_office_ids(request.user))}
    )


@_ppid
def dik_list(request):
    return render(
        request,
        "ppid/dik_list.html",
        {
            "entries": DIKEntry.objects.visible_to(request.user).select_related("office", "consequence_test"),
            "tests": ConsequenceTest.objects.visible_to(request.user).select_related("office"),
            "can_edit": bool(access.ppid_edit_office_ids(request.user)),
        },
    )


def _edit(request, form_class, getter, pk, title, back, action):
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


@_ppid
def dip_edit(request, pk: int | None = None):

    return _edit(request, DIPEntryForm, access.get_dip_entry, pk, _("DIP entry"), reverse("ppid:dip_list"), "dip_entry")


@_ppid
def dik_edit(request, pk: int | None = None):

    return _edit(request, DIKEntryForm, access.get_dik_entry, pk, _("DIK entry"), reverse("ppid:dik_list"), "dik_entry")


@_ppid
def consequence_test_edit(request, pk: int | None = None):

    return _edit(
        request,
        ConsequenceTestForm,
        access.get_consequence_test,
        pk,
        _("Consequence test"),
        reverse("ppid:dik_list"),
        "consequence_test",
    )


# --------------------------------------------------------------------------- reports


@_ppid
def report_list(request):
    reports = ServiceReport.objects.visible_to(request.user).select_related("office")
    return render(
        request,
        "ppid/report_list.html",
        {"reports": reports, "can_edit": bool(access.ppid_edit_office_ids(request.user))},
    )


@_ppid
def report_edit(request, pk: int | None = None):

    back = reverse("ppid:report_detail", args=[pk]) if pk else reverse("ppid:report_list")
    return _edit(request, ReportForm, access.get_report, pk, _("Service report"), back, "ppid_report")


@_ppid
def report_detail(request, pk: int):
    report = access.get_report(request.user, pk)
    return render(
        request,
        "ppid/report_detail.html",
        {
            "report": report,
            "stats": compute(report.office, report.period_start, report.period_end),
            "can_edit": access.can_edit(request.user, report.office_id),
        },
    )


@_ppid
def report_export(request, pk: int, fmt: str):
    report = access.get_report(request.user, pk)
    stats = compute(report.office, report.period_start, report.period_end)
    if fmt == "pdf":
        return _pdf(report_pdf(report, stats), f"laporan-{report.pk}.pdf")
    if fmt == "docx":
        response = HttpResponse(
            report_docx(report, stats),
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        response["Content-Disposition"] = f'attachment; filename="laporan-{report.pk}.docx"'
        return response
    raise Http404


# --------------------------------------------------------------------------- letter templates and letterhead


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
