"""The public DIP: an office's information by UU KIP category, each entry's document to download, and
the DIK as a list only (never a document). An entry past its update interval says so to the visitor."""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from sigap.core.models import Office
from sigap.ppid.dip import EXEMPT, public_exemptions, public_groups, unit_offices
from sigap.ppid.models import DIPCategory, DIPEntry


def dip(request, slug: str):
    office = get_object_or_404(Office, slug=slug)
    category = request.GET.get("kategori", "")
    if category not in DIPCategory.values and category != EXEMPT:
        category = ""
    groups = [] if category == EXEMPT else public_groups(office, category)
    exemptions = public_exemptions(office) if category in ("", EXEMPT) else None
    choices = [*DIPCategory.choices, (EXEMPT, _("Exempt (dikecualikan)"))]
    return render(
        request,
        "portal/dip.html",
        {
            "office": office,
            "groups": groups,
            "exemptions": exemptions,
            "category": category,
            "choices": choices,
            "has_units": unit_offices(office).exists(),
        },
    )


def dip_document(request, slug: str, pk: int):
    """Only a published DIP entry's own document: DIK entries have no document route at all."""
    entry = DIPEntry.objects.filter(office__slug=slug, pk=pk, published=True).first()
    if entry is None or not entry.document:
        raise Http404(_("This document is not published."))
    response = FileResponse(entry.document.open("rb"), content_type=entry.document_content_type)
    response["Content-Disposition"] = f'attachment; filename="dip-{entry.pk}.{entry.document_extension}"'
    return response
