"""The PPID desk's pages for documents released to the requester (ppid/release.py writes).

Like the archive page: outside the office 404; members of the office without a PPID-desk role 403.
"""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from PIL import Image, ImageOps

from sigap.lib.pdf_redaction import UnreadablePDF, page_count, page_image

from . import release
from .archive_views import _get as get_request
from .models import ReleasedDocument, TransitionError


def _get_document(user, pk: int) -> ReleasedDocument:
    doc = ReleasedDocument.objects.filter(pk=pk).select_related("request__office").first()
    if doc is None:
        raise Http404(_("Document not found."))
    get_request(user, doc.request_id)  # 404 outside the office, 403 without a PPID-desk role
    return doc


@login_required
@require_POST
def release_document(request, pk: int):
    req = get_request(request.user, pk)
    form = release.ReleaseForm(req, request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("ppid:request_detail", pk=req.pk)
    try:
        doc = release.release(
            request.user,
            req,
            form.cleaned_data["file"],
            form.content_type,
            for_archive=form.cleaned_data["for_archive"],
        )
    except TransitionError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("ppid:request_detail", pk=req.pk)
    messages.success(request, _("Document released: the requester can download it from the tracking page."))
    if doc.for_archive:
        return redirect("ppid:released_public_copy", pk=doc.pk)
    return redirect("ppid:request_detail", pk=req.pk)


@login_required
def released_download(request, pk: int):
    """The original, or with ``?salinan=publik`` the redacted copy the officer reviews."""
    doc = _get_document(request.user, pk)
    if request.GET.get("salinan") == "publik":
        if not doc.redacted:
            raise Http404(_("No redacted copy yet."))
        response = FileResponse(doc.redacted.open("rb"), content_type=doc.content_type)
        response["Content-Disposition"] = f'inline; filename="dokumen-{doc.pk}-publik.{doc.extension}"'
    else:
        response = FileResponse(doc.file.open("rb"), content_type=doc.content_type)
        response["Content-Disposition"] = f'inline; filename="dokumen-{doc.pk}.{doc.extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


#: Preview resolution: enough to see where a signature or stamp is, small enough to send quickly.
PREVIEW_DPI = 60
PREVIEW_MAX = 1400  # pixels on the long side of an image scan


@login_required
def released_page(request, pk: int, page: int):
    """One page of the original as a PNG, for drawing the areas to black out (the PPID desk only:
    it shows personal data, like the original download)."""
    doc = _get_document(request.user, pk)
    with doc.file.open("rb") as f:
        data = f.read()
    try:
        if doc.is_pdf:
            if not 1 <= page <= page_count(data):
                raise Http404(_("No such page."))
            image = page_image(data, page - 1, dpi=PREVIEW_DPI)
        elif doc.is_image and page == 1:
            image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
            image.thumbnail((PREVIEW_MAX, PREVIEW_MAX))
        else:
            raise Http404(_("No such page."))
    except (UnreadablePDF, OSError) as exc:
        raise Http404(_("The document could not be read.")) from exc
    out = io.BytesIO()
    image.save(out, "PNG")
    response = HttpResponse(out.getvalue(), content_type="image/png")
    response["Cache-Control"] = "private, no-store"
    return response


def _pages(doc: ReleasedDocument) -> int:
    if not doc.is_pdf:
        return 1 if doc.is_image else 0
    try:
        with doc.file.open("rb") as f:
            return page_count(f.read())
    except (UnreadablePDF, OSError):
        return 0


@login_required
def public_copy(request, pk: int):
    """Make the redacted copy, read it, then publish it (or take it down)."""
    doc = _get_document(request.user, pk)
    form = release.RedactionForm(request.POST or None, initial={"boxes": doc.redaction_boxes})
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "publish":
                release.publish(request.user, doc)
                messages.success(request, _("The redacted copy is published with the request in the public archive."))
            elif action == "unpublish":
                release.unpublish(request.user, doc)
                messages.success(request, _("The document was removed from the public archive."))
            elif form.is_valid():
                count = release.make_public_copy(request.user, doc, form.cleaned_data["boxes"])
                messages.success(
                    request,
                    _("Redacted copy made: %(count)s areas blacked out. Read it before publishing.") % {"count": count},
                )
            else:
                return render(request, "ppid/release_public_copy.html", _context(doc, form))
        except TransitionError as exc:
            for message in exc.messages:
                messages.error(request, message)
        return redirect("ppid:released_public_copy", pk=doc.pk)
    return render(request, "ppid/release_public_copy.html", _context(doc, form))


def _context(doc: ReleasedDocument, form) -> dict:
    return {"doc": doc, "req": doc.request, "form": form, "pages": range(1, _pages(doc) + 1)}
