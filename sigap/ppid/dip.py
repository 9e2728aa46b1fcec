"""The DIP kept current: what the public sees per category, the document behind an entry, and the
entries past their update interval (UU KIP Pasal 9–11; docs/ppid.md, DIP and DIK).

DIK entries are shown to the public as a list only (information, Pasal 17 ground, legal basis and the
consequence-test summary): an exempt document is never offered for download.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office, OfficeKind

from .actions import save_office_record
from .models import DIKEntry, DIPCategory, DIPEntry, Regulation
from .validators import check_upload

EXEMPT = "dikecualikan"  # the public filter value of the DIK section (not a DIP category)

# What each category means for the visitor, under its heading.

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

CATEGORY_NOTES: dict[str, StrOrPromise] = {
    DIPCategory.BERKALA: _("Published at least every 6 months (UU KIP Pasal 9)."),
    DIPCategory.SERTA_MERTA: _("Announced without delay when lives or public order are at stake (UU KIP Pasal 10)."),
    DIPCategory.SETIAP_SAAT: _("Available at any time; ask the PPID desk if it is not online (UU KIP Pasal 11)."),
}


@dataclass
class Group:
    value: str
    label: StrOrPromise
    note: StrOrPromise
    entries: list


def unit_offices(office):
    """The PPID Pelaksana units directly below ``office`` (its PPID is then the PPID Utama)."""
    return Office.objects.filter(parent=office, kind=OfficeKind.PPID_PELAKSANA)


def public_groups(office, category: str = "") -> list[Group]:
    """The office's published DIP entries by category (one category when ``category`` names one).

    A PPID Utama's page lists its PPID Pelaksana units' published entries too, each naming its unit: the
    public finds the whole body's information in one place. Drafts of any office are never listed."""
    office_ids = [office.pk, *unit_offices(office).values_list("pk", flat=True)]
    entries = list(
        DIPEntry.objects.filter(office_id__in=office_ids, published=True)
        .select_related("office")
        .order_by("category", "-information_date", "id")
    )
    return [
        Group(value, label, CATEGORY_NOTES[value], [e for e in entries if e.category == value])
        for value, label in DIPCategory.choices
        if not category or category == value
    ]


def public_exemptions(office):
    """Exemptions still in force: an expired one is no longer exempt (UU KIP Pasal 20)."""
    return DIKEntry.objects.filter(office=office, exempt_until__gte=timezone.localdate()).select_related(
        "consequence_test"
    )


def needing_update(entries) -> list[DIPEntry]:
    """Entries past their update interval, and serta-merta information not yet announced; oldest first."""
    due = [e for e in entries if e.needs_update]
    return sorted(due, key=lambda e: (e.office.name, e.last_reviewed_on is not None, e.last_reviewed_on or 0))


class DIPDocumentForm(forms.Form):
    document = forms.FileField(
        label=_("Document"), help_text=_("PDF, JPG or PNG. The public downloads it from the DIP page.")
    )

    def __init__(self, entry: DIPEntry, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = Regulation.for_office(entry.office).attachment_max_mb

    def clean_document(self):
        upload = self.cleaned_data["document"]
        self.content_type = check_upload(upload, self.max_mb)
        return upload


def attach_document(actor, entry: DIPEntry, upload, content_type: str) -> DIPEntry:
    """A new document is a new version of the information: the entry counts as updated today."""
    old = entry.document.name
    entry.document_content_type = content_type
    entry.document_name = upload.name[:255]
    entry.document.save(upload.name, upload, save=False)
    entry.last_reviewed_on = timezone.localdate()
    save_office_record(actor, entry, action="dip_entry", changed=["document", "last_reviewed_on"])
    if old:
        storage = entry.document.storage
        transaction.on_commit(lambda: storage.delete(old))
    return entry


def mark_current(actor, entry: DIPEntry) -> DIPEntry:
    """The officer checked the information and it is still current: the interval starts again."""
    entry.last_reviewed_on = timezone.localdate()
    return save_office_record(actor, entry, action="dip_entry", changed=["last_reviewed_on"])
