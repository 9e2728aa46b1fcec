from __future__ import annotations

from datetime import timedelta
from typing import cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import editable_office_ids
from sigap.core.models import AuditEvent
from sigap.core.transitions import TransitionError

from . import exports, stats
from .access import get_document, get_import_job, get_saved_search, get_source, get_watchlist
from .actions import (
    cancel_import,
    delete_search,
    delete_watchlist,
    record_document_export,
    retry_import,
    save_search,
    save_source,
    save_watchlist,
)
from .correction_views import correction_context
from .forms import DocumentFilterForm, ImportForm, SavedSearchForm, SourceForm, WatchlistForm
from .imports import ImportRefused, create_import
from .models import Document, RejectedRecord, SavedSearch, Sentiment, Source, Watchlist
from .search import highlights
from .tasks import poll_source_task

# Characters of a document shown on its page; the rest is in the plain-text download.
DISPLAY_TEXT_LIMIT = 20_000


def _filtered(request):
    form = DocumentFilterForm(request.user, request.GET or None)
    documents = form.apply(Document.objects.visible_to(request.user))
    return form, documents


@login_required
def dashboard(request):
    form, documents = _filtered(request)
    start, end = form.period()
    latest = list(documents.select_related("source").order_by("-published_at", "-id")[:15])
    context = {
        "form": form,
        "period": (start, end - timedelta(days=1)),  # shown inclusive: "1 Mar up to 7 Mar"
        "total": documents.count(),
        "series": stats.volume_series(documents, start, end),
        "channels": stats.by_channel(documents),
        "sentiment_series": stats.sentiment_series(documents, start, end),
        "sentiments": stats.by_sentiment(documents),
        "sentiment_choices": Sentiment.choices,
        "top_entities": stats.top_entities(documents),
        "top_sources": stats.top_sources(documents),
        "top_authors": stats.top_authors(documents),
        "latest": latest,
        "query_string": request.GET.urlencode(),
    }
    return render(request, "monitoring/dashboard.html", context)


@login_required
def document_list(request):
    form, documents = _filtered(request)
    paginator = Paginator(documents.select_related("source").order_by("-published_at", "-id"), 20)
    page = paginator.get_page(request.GET.get("page"))
    node = form.cleaned_data.get("q_node") if form.is_valid() else None
    marks = highlights([d.id for d in page.object_list], node) if node is not None else {}
    for document in page.object_list:
        document.marked_title, document.marked_snippet = marks.get(document.id, (None, None))
    params = request.GET.copy()
    params.pop("page", None)
    query_string = params.urlencode()
    return render(
        request,
        "monitoring/document_list.html",
        {
            "form": form,
            "page": page,
            "query_string": query_string,
            "export_limit": exports.EXPORT_LIMIT,
            "save_form": SavedSearchForm(request.user, initial={"query": query_string}),
        },
    )


@login_required
def document_export(request, fmt: str):
    """The document search as a file: the same filters and the same visible documents as the list."""
    if fmt not in exports.FORMATS:
        raise Http404
    form, documents = _filtered(request)
    if form.is_bound and not form.is_valid():
        messages.error(request, _("Correct the search before exporting it."))
        return redirect(reverse("monitoring:document_list") + "?" + request.GET.urlencode())
    total = documents.count()
    limit = exports.EXPORT_LIMIT
    record_document_export(request.user, fmt, min(total, limit), request.GET.urlencode())
    note = exports.capped_note(limit, total) if total > limit else None
    rows = exports.with_note(exports.document_rows(documents, limit), note)
    name = f"dokumen-{timezone.localdate().isoformat()}"
    return exports.spreadsheet_response(fmt, name, "Dokumen", exports.DOCUMENT_COLUMNS, rows)


@login_required
def document_detail(request, pk: int):
    document = get_document(request.user, pk)
    # A multi-megabyte scrape would make the page unusable; the full text stays one click away.
    shown = document.text[:DISPLAY_TEXT_LIMIT]
    return render(
        request,
        "monitoring/document_detail.html",
        {
            "document": document,
            "shown_text": shown,
            "text_cut": len(shown) < len(document.text),
            **correction_context(request.user, document),
        },
    )


@login_required
def document_text(request, pk: int):
    """The full text as plain text, behind the same check as the page (an outsider gets 404)."""
    document = get_document(request.user, pk)
    response = HttpResponse(document.text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="dokumen-{document.pk}.txt"'
    return response


@login_required
def source_list(request):
    sources = list(Source.objects.visible_to(request.user).select_related("office"))
    # Documents per day over the last week, so a source that went quiet (a gap) stands out.
    since = timezone.now() - timedelta(days=7)
    weekly = dict(
        Document.objects.filter(source__in=sources, published_at__gte=since)
        .order_by()
        .values("source")
        .annotate(n=Count("id"))
        .values_list("source", "n")
    )
    for source in sources:
        source.per_day = round(weekly.get(source.pk, 0) / 7, 1)
    return render(
        request,
        "monitoring/source_list.html",
        {"sources": sources, "can_edit": bool(editable_office_ids(request.user))},
    )


@login_required
def source_detail(request, pk: int):
    source = get_source(request.user, pk)
    can_edit = source.office_id in editable_office_ids(request.user)
    context = {
        "source": source,
        "can_edit": can_edit,
        "document_count": source.documents.count(),
        "latest": source.documents.order_by("-published_at")[:10],
        "jobs": source.import_jobs.all()[:20] if can_edit else [],
        "rejected_count": source.rejected_records.count() if can_edit else 0,
        "import_form": ImportForm() if can_edit else None,
    }
    return render(request, "monitoring/source_detail.html", context)


@login_required
def source_edit(request, pk: int | None = None):
    source = get_source(request.user, pk, edit=True) if pk else None
    if not pk and not editable_office_ids(request.user):
        return render(request, "403.html", status=403)
    form = SourceForm(request.user, request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        saved = save_source(form, request.user)
        messages.success(request, _("Source “%(name)s” saved.") % {"name": saved.name})
        return redirect("monitoring:source_detail", pk=saved.pk)
    return render(request, "monitoring/source_form.html", {"form": form, "source": source})


@login_required
@require_POST
def source_poll_now(request, pk: int):
    source = get_source(request.user, pk, edit=True)
    if not source.is_polled:
        messages.error(request, _("File-import sources are not fetched automatically."))
        return redirect("monitoring:source_detail", pk=pk)

    transaction.on_commit(lambda: poll_source_task.enqueue(source.pk))
    AuditEvent.record(actor=request.user, action="source.poll_requested", target=source, office=source.office)
    messages.success(request, _("Fetch scheduled; results appear in a few moments."))
    return redirect("monitoring:source_detail", pk=pk)


@login_required
@require_POST
def source_import(request, pk: int):
    source = get_source(request.user, pk, edit=True)
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, cast(str, error))  # ErrorList yields its messages as str
        return redirect("monitoring:source_detail", pk=pk)
    try:
        job = create_import(source, form.cleaned_data["file"], fmt=form.cleaned_data["format"], user=request.user)
    except ImportRefused as exc:
        messages.error(request, str(exc))
        return redirect("monitoring:source_detail", pk=pk)
    return redirect("monitoring:import_detail", pk=job.pk)


@login_required
def import_detail(request, pk: int):
    job = get_import_job(request.user, pk)
    rejected = Paginator(RejectedRecord.objects.filter(job=job), 50).get_page(request.GET.get("page"))
    if not request.headers.get("HX-Request"):
        return render(
            request,
            "monitoring/import_detail.html",
            {
                "job": job,
                "rejected": rejected,
                "retention_days": settings.IMPORT_RETENTION_DAYS,
                "can_edit": job.office_id in editable_office_ids(request.user),
            },
        )
    response = render(request, "monitoring/_import_progress.html", {"job": job, "rejected": rejected})
    if job.finished:
        response["HX-Refresh"] = "true"  # reload once, so the rejected records appear beside the final counts
    return response


def _import_action(request, pk: int, action, done: str):
    """Cancel or retry (``action``) through the import's actions; a refusal is shown as it is."""
    job = get_import_job(request.user, pk, edit=True)
    try:
        action(job, request.user)
    except TransitionError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect("monitoring:import_detail", pk=pk)


@login_required
@require_POST
def import_cancel(request, pk: int):
    return _import_action(
        request, pk, cancel_import, _("The import was cancelled. The records stored so far are kept.")
    )


@login_required
@require_POST
def import_retry(request, pk: int):
    done = _("The import was queued again; it continues after the last stored record.")
    return _import_action(request, pk, retry_import, done)


@login_required
def rejected_list(request, pk: int):
    source = get_source(request.user, pk, edit=True)
    rejected = Paginator(source.rejected_records.order_by("-id"), 50).get_page(request.GET.get("page"))
    return render(request, "monitoring/rejected_list.html", {"source": source, "rejected": rejected})


@login_required
def watchlist_list(request):
    watchlists = Watchlist.objects.visible_to(request.user).select_related("office")
    editable = editable_office_ids(request.user)
    return render(
        request,
        "monitoring/watchlist_list.html",
        {"watchlists": watchlists, "editable": editable, "can_create": bool(editable)},
    )


@login_required
def watchlist_edit(request, pk: int | None = None):
    watchlist = get_watchlist(request.user, pk, edit=True) if pk else None
    if not pk and not editable_office_ids(request.user):
        return render(request, "403.html", status=403)
    form = WatchlistForm(request.user, request.POST or None, instance=watchlist)
    if request.method == "POST" and form.is_valid():
        saved = save_watchlist(form, request.user)
        messages.success(request, _("Watchlist “%(name)s” saved.") % {"name": saved.name})
        return redirect("monitoring:watchlist_list")
    return render(request, "monitoring/watchlist_form.html", {"form": form, "watchlist": watchlist})


@login_required
@require_POST
def watchlist_delete(request, pk: int):
    delete_watchlist(get_watchlist(request.user, pk, edit=True), request.user)
    messages.success(request, _("Watchlist deleted."))
    return redirect("monitoring:watchlist_list")


@login_required
def saved_search_list(request):
    searches = SavedSearch.objects.visible_to(request.user).select_related("office", "user")
    return render(request, "monitoring/saved_search_list.html", {"searches": searches})


@login_required
@require_POST
def saved_search_create(request):
    form = SavedSearchForm(request.user, request.POST)
    back = reverse("monitoring:document_list") + "?" + request.POST.get("query", "")[:2000]
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, cast(str, error))
        return redirect(back)
    search = save_search(form, request.user)
    messages.success(request, _("Search “%(name)s” saved.") % {"name": search.name})
    return redirect(reverse("monitoring:document_list") + "?" + search.query)


@login_required
def saved_search_open(request, pk: int):
    search = get_saved_search(request.user, pk)
    return redirect(reverse("monitoring:document_list") + "?" + search.query)


@login_required
@require_POST
def saved_search_delete(request, pk: int):
    delete_search(get_saved_search(request.user, pk, own=True), request.user)
    messages.success(request, _("Saved search deleted."))
    return redirect("monitoring:saved_search_list")
