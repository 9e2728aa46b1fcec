"""The one way views and the API fetch monitoring objects: office isolation and roles enforced here."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from sigap.core.access import require_editor

from .models import Document, DocumentCorrection, ImportJob, SavedSearch, Source, Watchlist


def get_source(user, pk: int, *, edit: bool = False) -> Source:
    source = Source.objects.visible_to(user).filter(pk=pk).select_related("office").first()
    if source is None:
        raise Http404(_("Source not found."))
    if edit:
        require_editor(user, source.office_id)
    return source


def get_document(user, pk: int, *, edit: bool = False) -> Document:
    """``edit``: correcting its analysis, for editors of the document's own office."""
    document = Document.objects.visible_to(user).filter(pk=pk).select_related("source", "office").first()
    if document is None:
        raise Http404(_("Document not found."))
    if edit:
        require_editor(user, document.office_id)
    return document


def get_correction(user, document: Document, pk: int) -> DocumentCorrection:
    """A correction of ``document`` (already fetched with ``edit=True``)."""
    correction = DocumentCorrection.objects.filter(pk=pk, document=document).first()
    if correction is None:
        raise Http404(_("Correction not found."))
    return correction


def get_watchlist(user, pk: int, *, edit: bool = False) -> Watchlist:
    watchlist = Watchlist.objects.visible_to(user).filter(pk=pk).select_related("office").first()
    if watchlist is None:
        raise Http404(_("Watchlist not found."))
    if edit:
        require_editor(user, watchlist.office_id)
    return watchlist


def get_import_job(user, pk: int, *, edit: bool = False) -> ImportJob:
    """Import jobs hold an office's uploads: only that office (and offices above it) may see them."""
    job = ImportJob.objects.visible_to(user).filter(pk=pk).select_related("source").first()
    if job is None:
        raise Http404(_("Import not found."))
    if edit:
        require_editor(user, job.office_id)
    return job


def import_jobs_for(user):
    return ImportJob.objects.visible_to(user)


def get_saved_search(user, pk: int, *, own: bool = False) -> SavedSearch:
    """A saved search the user may open; ``own``: one they may delete (only whoever saved it)."""
    search = SavedSearch.objects.visible_to(user).filter(pk=pk).select_related("office", "user").first()
    if search is None:
        raise Http404(_("Saved search not found."))
    if own and search.user_id != user.pk:
        raise PermissionDenied(_("Only the officer who saved this search may delete it."))
    return search
