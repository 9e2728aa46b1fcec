"""Released documents on the portal: the original to the tracking-code holder, the redacted copy to everyone.

The tracking code is the requester's key (as for the tracking page and the objection): a wrong code
is 404 and says nothing of what exists. The archive serves only the reviewed redacted copy of a
published document of a public archive entry, never the original.
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sigap.ppid.models import ArchiveEntry, ReleasedDocument


@never_cache
def released_document(request, code: str, pk: int):
    doc = (
        ReleasedDocument.objects.filter(pk=pk, request__tracking_code=code.strip().upper())
        .select_related("request")
        .first()
    )
    if doc is None:
        raise Http404(_("Document not found."))
    response = FileResponse(doc.file.open("rb"), content_type=doc.content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{doc.request.number.replace("/", "-")}-{doc.pk}.{doc.extension}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


def archive_document(request, pk: int, doc_pk: int):
    entry = get_object_or_404(ArchiveEntry.objects.public(), pk=pk)
    doc = ReleasedDocument.objects.filter(pk=doc_pk, request_id=entry.request_id, published=True).first()
    if doc is None or not doc.redacted:
        raise Http404(_("Document not found."))
    # The redacted copy keeps the original's format (a PDF stays a PDF, a scan stays a JPG or PNG).
    response = FileResponse(doc.redacted.open("rb"), content_type=doc.content_type)
    response["Content-Disposition"] = f'inline; filename="arsip-{entry.pk}-dokumen-{doc.pk}.{doc.extension}"'
    return response
