"""Documents: the same filters, search and highlights as the Dokumen page."""

from __future__ import annotations

from ninja import Query, Router

from sigap.monitoring.access import get_document
from sigap.monitoring.forms import DocumentFilterForm
from sigap.monitoring.models import Document
from sigap.monitoring.search import highlights

from ..common import check_query, paginate
from ..errors import form_error
from ..schemas import READ_ERRORS, DocumentFilters, DocumentOut, DocumentPageOut, Id

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
