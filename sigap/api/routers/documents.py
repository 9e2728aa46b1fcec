"""Documents: the same filters, search and highlights as the Dokumen page."""

from __future__ import annotations

from ninja import Query, Router

from sigap.monitoring import corrections
from sigap.monitoring.access import get_correction, get_document
from sigap.monitoring.forms import DocumentFilterForm
from sigap.monitoring.models import Document
from sigap.monitoring.search import highlights

from ..common import check_query, paginate
from ..errors import ApiValidationError, form_error
from ..schemas import (
    BODY_ERRORS,
    READ_ERRORS,
    WRITE_ERRORS,
    CorrectionIn,
    CorrectionOut,
    DocumentFilters,
    DocumentOut,
    DocumentPageOut,
    Id,
)

router = Router(tags=["documents"])


@router.get(
    "/", response={200: DocumentPageOut, **READ_ERRORS}, operation_id="documents_list", summary="Search documents"
)
def list_documents(request, filters: Query[DocumentFilters]):
    """Documents the caller may see (their offices, offices below them, and shared sources), newest first.

    Filters are those of the Dokumen page: a period (default: the last 7 days in the office's time zone),
    channels, a source, a watchlist and a search query `q` in the watchlist syntax. With `q`, every item
    carries `highlight`: the title and a snippet as escaped HTML with the matches in `<mark>`.
    """
    q = filters.q.strip()
    if q:
        check_query(q, "q")  # 422 with the parser's message and position
    form = DocumentFilterForm(
        request.user,
        {
            "q": q,
            "start": filters.start,
            "end": filters.end,
            "channel": filters.channel,
            "source": filters.source,
            "watchlist": filters.watchlist,
            "sentiment": filters.sentiment,
            "entity": filters.entity,
            "irrelevant": filters.irrelevant,
        },
    )
    if not form.is_valid():
        raise form_error(form)
    start, end = form.period()
    documents = form.apply(Document.objects.visible_to(request.user))
    result = paginate(
        documents.select_related("source", "analysis").prefetch_related("entities").order_by("-published_at", "-id"),
        filters.page,
        filters.page_size,
        start=start,
        end=end,
    )
    node = form.cleaned_data.get("q_node")
    if node is not None:
        marks = highlights([d.id for d in result["items"]], node)
        for document in result["items"]:
            title, snippet = marks.get(document.id, (None, None))
            document.highlight = {"title": str(title), "snippet": str(snippet)} if title is not None else None
    return result


@router.get(
    "/{document_id}", response={200: DocumentOut, **READ_ERRORS}, operation_id="documents_get", summary="Get a document"
)
def get_one(request, document_id: Id):
    """One document, if the caller may see it (404 otherwise, whether or not it exists)."""
    return get_document(request.user, document_id)


def _refused(exc: corrections.CorrectionRefused) -> ApiValidationError:
    return ApiValidationError([{"field": None, "message": exc.message, "code": "refused", "position": None}])


@router.post(
    "/{document_id}/corrections",
    response={200: CorrectionOut, **BODY_ERRORS},
    operation_id="documents_correct",
    summary="Correct a document's analysis",
)
def correct(request, document_id: Id, payload: CorrectionIn):
    """The same corrections as the document page, for editors (admin, analis) of the document's office:
    403 for pimpinan, 404 for other offices. Sending what the document already shows changes nothing
    (`changed: false`, nothing stored)."""
    document = get_document(request.user, document_id, edit=True)
    data = payload.dict(exclude_none=True)
    try:
        done = corrections.correct(document, request.user, data.pop("correction"), data, via="api")
    except corrections.CorrectionRefused as exc:
        raise _refused(exc) from None
    if done is None:
        return {"id": None, "document_id": document.pk, "kind": payload.correction, "before": {}, "after": {},
                "at": None, "undone_at": None, "changed": False}  # fmt: skip
    return done


@router.post(
    "/{document_id}/corrections/{correction_id}/undo",
    response={200: CorrectionOut, **WRITE_ERRORS},
    operation_id="documents_correction_undo",
    summary="Undo a correction",
)
def undo_correction(request, document_id: Id, correction_id: Id):
    """Puts back the value before the correction; undoing twice changes nothing more."""
    document = get_document(request.user, document_id, edit=True)
    try:
        return corrections.undo(get_correction(request.user, document, correction_id), request.user, via="api")
    except corrections.CorrectionRefused as exc:
        raise _refused(exc) from None
