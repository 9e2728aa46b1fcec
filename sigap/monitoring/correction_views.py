"""Pages where analysts correct a document's analysis, and the model–analyst agreement page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import editable_office_ids, visible_offices
from sigap.lib.region_map import region_name, region_names
from sigap.lib.waktu import format_datetime
from sigap.text.adapt import MIN_CORRECTIONS

from . import agreement, office_models
from .access import get_correction, get_document
from .corrections import CorrectionRefused, active_corrections, correct, criticises, undo
from .models import Document, DocumentCorrection, DocumentEntity, OfficeSentimentModel, Sentiment

Kind = DocumentCorrection.Kind


def _back(document: Document) -> str:
    return reverse("monitoring:document_detail", args=[document.pk]) + "#koreksi"


@login_required
@require_POST
def document_correct(request, pk: int):
    document = get_document(request.user, pk, edit=True)
    try:
        done = correct(document, request.user, request.POST.get("correction", ""), request.POST)
    except CorrectionRefused as exc:
        messages.error(request, exc.message)
    else:
        if done is None:
            messages.info(request, _("Nothing changed: the document already shows this."))
        elif done.kind == Kind.CONFIRM:
            messages.success(request, _("Thank you: the analysis was recorded as right."))
        else:
            messages.success(request, _("Correction saved. It counts in the office's figures at once."))
    return redirect(_back(document))


@login_required
@require_POST
def correction_undo(request, pk: int, correction_id: int):
    document = get_document(request.user, pk, edit=True)
    try:
        undo(get_correction(request.user, document, correction_id), request.user)
    except CorrectionRefused as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Correction undone: the earlier value is back."))
    return redirect(_back(document))


def _criticism_text(value) -> str:
    answer = criticises(value)
    if answer is None:
        return _("not assessed yet")
    return _("yes") if answer else _("no")


def _value_text(kind: str, values: dict) -> str:
    sentiments = dict(Sentiment.choices)
    kinds = dict(DocumentEntity.Kind.choices)
    if not values:
        return "–"
    if kind == Kind.SENTIMENT:
        return str(sentiments.get(values.get("sentiment", ""), _("not analysed yet")))
    if kind == Kind.CRITICISM:
        return _criticism_text(values.get("criticism"))
    if kind == Kind.RELEVANCE:
        return _("relevant") if values.get("relevant") else _("not relevant")
    if kind == Kind.CONFIRM:
        return _("sentiment %(sentiment)s, criticism: %(criticism)s") % {
            "sentiment": str(sentiments.get(values.get("sentiment", ""), "–")).lower(),
            "criticism": _criticism_text(None if values.get("criticism") is None else float(values["criticism"])),
        }
    text = f"{values.get('name', '')} ({kinds.get(values.get('kind', ''), '')})"
    if values.get("region_code"):
        text += " · " + (region_name(values["region_code"]) or values["region_code"])
    return text


def describe(correction: DocumentCorrection) -> str:
    """One line for the history: what changed, from what to what."""
    kind = correction.kind
    if kind == Kind.CONFIRM:
        return _value_text(kind, correction.after)
    if kind == Kind.ENTITY_ADD:
        return _value_text(kind, correction.after)
    if kind == Kind.ENTITY_REMOVE:
        return _value_text(kind, correction.before)
    return f"{_value_text(kind, correction.before)} → {_value_text(kind, correction.after)}"


def _note(correction: DocumentCorrection | None, *, confirmed: bool = False) -> str:
    """ "dikoreksi oleh Nama, 7 Des 2026 11.35 WIB" under a corrected value."""
    if correction is None:
        return ""
    by = (correction.by.get_full_name() or correction.by.username) if correction.by else _("an officer")
    values = {"name": by, "at": format_datetime(correction.at, timezone.get_current_timezone_name())}
    return (_("confirmed by %(name)s, %(at)s") if confirmed else _("corrected by %(name)s, %(at)s")) % values


def correction_context(user, document: Document) -> dict:
    """What the document page shows of corrections, and the forms for those who may make them."""
    can_correct = document.office_id in editable_office_ids(user)
    history = [
        (row, describe(row)) for row in document.corrections.select_related("by", "undone_by").order_by("-at", "-id")
    ]
    active = active_corrections([document.pk]).get(document.pk, {})
    names = region_names()
    entities = [
        (entity, names.get(entity.region_code, entity.region_code) if entity.region_code else "")
        for entity in document.entities.order_by("kind", "name")
    ]
    return {
        "can_correct": can_correct,
        "corrections": history,
        "criticism_text": _criticism_text(document.criticism),
        "sentiment_note": _note(active.get(Kind.SENTIMENT)),
        "criticism_note": _note(active.get(Kind.CRITICISM)),
        "relevance_note": _note(active.get(Kind.RELEVANCE)),
        "confirm_note": _note(active.get(Kind.CONFIRM), confirmed=True),
        "entity_list": entities,
        "entity_kinds": DocumentEntity.Kind.choices,
        "sentiment_choices": Sentiment.choices,
        # Provinces and regencies to pick from; a district code may be typed in as well.
        "region_choices": sorted(names.items(), key=lambda item: item[1]) if can_correct else [],
    }


@login_required
def agreement_page(request, office_id: int):
    office = visible_offices(request.user).filter(pk=office_id).first()
    if office is None:
        raise Http404(_("Office not found."))
    weeks, total = agreement.weekly(office.pk)
    versions = list(OfficeSentimentModel.objects.filter(office=office).select_related("by")[:10])
    return render(
        request,
        "monitoring/agreement.html",
        {
            "office": office,
            "weeks": weeks,
            "total": total,
            "week_count": agreement.WEEKS,
            "versions": versions,
            "can_adapt": office.pk in editable_office_ids(request.user),
            "min_reviews": MIN_CORRECTIONS,
        },
    )


@login_required
@require_POST
def office_model_adapt(request, office_id: int):
    """Adapt the office's sentiment model now (the scheduler does it daily after new reviews)."""
    office = visible_offices(request.user).filter(pk=office_id).first()
    if office is None:
        raise Http404(_("Office not found."))
    if office.pk not in editable_office_ids(request.user):
        raise PermissionDenied
    try:
        row = office_models.adapt(office, by=request.user, via="web")
    except office_models.TooFewReviews as exc:
        messages.error(
            request,
            _("Only %(n)s documents have been reviewed; the model needs at least %(min)s to learn from.")
            % {"n": exc.reviewed, "min": MIN_CORRECTIONS},
        )
    else:
        if row.status == OfficeSentimentModel.Status.ACTIVE:
            messages.success(request, _("Version %(v)s of the office's model is now in use.") % {"v": row.version})
        else:
            messages.warning(
                request,
                _("Version %(v)s was not better than the shared model on the reviewed documents, so it is not used.")
                % {"v": row.version},
            )
    return redirect(reverse("monitoring:agreement", args=[office.pk]) + "#model-kantor")
