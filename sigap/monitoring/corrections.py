"""Analysts correct a document's analysis: sentiment, criticism, entities and places, relevance;
or confirm it as right. Shared by the pages and the API (docs/corrections.md).

Each change locks the document, stores a DocumentCorrection (before/after) and an audit event in
one transaction, and is idempotent: asking for the value the document already has changes
nothing. The document keeps the effective value; the ``*_model`` fields keep the model's.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sigap.core.models import AuditEvent
from sigap.lib.region_map import all_region_names, normalize_code

from .models import Document, DocumentCorrection, DocumentEntity, Sentiment
from .signals import document_corrected

Kind = DocumentCorrection.Kind
Change = tuple[dict, dict] | None  # (before, after), or None when nothing changes
CRITICISM_ANSWERS = {"ya": 1.0, "tidak": 0.0}


class CorrectionRefused(Exception):
    """The correction cannot be made as asked; the message says why, for the analyst."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def criticises(value: float | None) -> bool | None:
    """The yes/no reading of a criticism probability; None when not assessed yet."""
    return None if value is None else value >= 0.5


def correct(document: Document, user, kind: str, data: dict, *, via: str = "web") -> DocumentCorrection | None:
    """Make one correction; None when the document already shows what was asked (nothing stored)."""
    change = _CHANGES.get(kind)
    if change is None:
        raise CorrectionRefused(_("Unknown kind of correction."))
    with transaction.atomic():
        doc = Document.objects.select_for_update().get(pk=document.pk)
        result = change(doc, data)
        if result is None:
            return None
        before, after = result
        correction = DocumentCorrection.objects.create(
            office_id=doc.office_id, document=doc, kind=kind, before=before, after=after, by=user
        )
        AuditEvent.record(
            actor=user,
            action="document.corrected",
            target=doc,
            office=doc.office,
            data={"kind": kind, "before": before, "after": after, "via": via},
        )
        document_corrected.send(sender=Document, document=doc, kind=kind)
    return correction


def undo(correction: DocumentCorrection, user, *, via: str = "web") -> DocumentCorrection:
    """Put back the value before the correction; undoing twice changes nothing more."""
    with transaction.atomic():
        doc = Document.objects.select_for_update().get(pk=correction.document_id)
        row = DocumentCorrection.objects.select_for_update().get(pk=correction.pk)
        if row.undone_at is not None:
            return row
        _UNDO[row.kind](doc, row)
        row.undone_at, row.undone_by = timezone.now(), user
        row.save(update_fields=["undone_at", "undone_by"])
        AuditEvent.record(
            actor=user,
            action="document.correction_undone",
            target=doc,
            office=doc.office,
            data={"kind": row.kind, "before": row.after, "after": row.before, "via": via, "correction": row.pk},
        )
        document_corrected.send(sender=Document, document=doc, kind=row.kind)
    return row


# --- the changes ---------------------------------------------------------------------------------


def _sentiment(doc: Document, data: dict) -> Change:
    value = data.get("sentiment")
    if value not in Sentiment.values:
        raise CorrectionRefused(_("Choose a sentiment: positive, negative or neutral."))
    if doc.sentiment == value:
        return None
    before = {"sentiment": doc.sentiment}
    doc.sentiment = value
    doc.save(update_fields=["sentiment"])
    return before, {"sentiment": value}


def _criticism(doc: Document, data: dict) -> Change:
    value = CRITICISM_ANSWERS.get(str(data.get("criticism", "")))
    if value is None:
        raise CorrectionRefused(_("Choose whether the document criticises the government or an agency: yes or no."))
    if criticises(doc.criticism) == criticises(value):
        return None
    before = {"criticism": doc.criticism}
    doc.criticism = value
    doc.save(update_fields=["criticism"])
    return before, {"criticism": value}


def _relevance(doc: Document, data: dict) -> Change:
    if not doc.relevant:
        return None
    doc.relevant = False
    doc.save(update_fields=["relevant"])
    return {"relevant": True}, {"relevant": False}


def _confirm(doc: Document, data: dict) -> Change:
    if not doc.sentiment:
        raise CorrectionRefused(_("This document has not been analysed yet, so there is nothing to confirm."))
    shown = {"sentiment": doc.sentiment, "criticism": criticises(doc.criticism)}
    if DocumentCorrection.objects.filter(document=doc, kind=Kind.CONFIRM, undone_at__isnull=True, after=shown).exists():
        return None
    return shown, shown


def _snapshot(entity: DocumentEntity) -> dict:
    return {"id": entity.pk, "kind": entity.kind, "name": entity.name, "region_code": entity.region_code}


def _entity_kind_value(data: dict) -> str:
    kind = data.get("kind")
    if kind not in DocumentEntity.Kind.values:
        raise CorrectionRefused(_("Choose an entity type: person, organisation or place."))
    return str(kind)


def _region_code(data: dict) -> str:
    raw = str(data.get("region_code") or "").strip()
    code = normalize_code(raw)
    if raw and code not in all_region_names():
        raise CorrectionRefused(
            _("The region code “%(code)s” is not in the Kemendagri region list. Choose a region from the list.")
            % {"code": raw[:20]}
        )
    return code


def _entity_of(doc: Document, data: dict) -> DocumentEntity | None:
    try:
        pk = int(data.get("entity") or 0)
    except (TypeError, ValueError):
        pk = 0
    return doc.entities.filter(pk=pk).first() if pk else None


def _entity_add(doc: Document, data: dict) -> Change:
    kind = _entity_kind_value(data)
    name = " ".join(str(data.get("name") or "").split())[:200]
    if not name:
        raise CorrectionRefused(_("Write the name of the person, organisation or place."))
    code = _region_code(data) if kind == DocumentEntity.Kind.LOC else ""
    if doc.entities.filter(kind=kind, name=name).exists():
        return None
    entity = DocumentEntity.objects.create(document=doc, kind=kind, name=name, region_code=code)
    return {}, _snapshot(entity)


def _entity_remove(doc: Document, data: dict) -> Change:
    entity = _entity_of(doc, data)
    if entity is None:  # already removed (the same form sent twice)
        return None
    before = _snapshot(entity)
    entity.delete()
    return before, {}


def _existing_entity(doc: Document, data: dict) -> DocumentEntity:
    entity = _entity_of(doc, data)
    if entity is None:
        raise CorrectionRefused(_("This entity is no longer in the document. Reload the page."))
    return entity


def _entity_retype(doc: Document, data: dict) -> Change:
    kind = _entity_kind_value(data)
    entity = _existing_entity(doc, data)
    if entity.kind == kind:
        return None
    if doc.entities.filter(kind=kind, name=entity.name).exists():
        raise CorrectionRefused(_("The document already names “%(name)s” with this type.") % {"name": entity.name})
    before = _snapshot(entity)
    entity.kind = kind
    if kind != DocumentEntity.Kind.LOC:
        entity.region_code = ""  # only places have a region
    entity.save(update_fields=["kind", "region_code"])
    return before, _snapshot(entity)


def _entity_region(doc: Document, data: dict) -> Change:
    entity = _existing_entity(doc, data)
    if entity.kind != DocumentEntity.Kind.LOC:
        raise CorrectionRefused(_("Only a place can be linked to a region."))
    code = _region_code(data)
    if entity.region_code == code:
        return None
    before = _snapshot(entity)
    entity.region_code = code
    entity.save(update_fields=["region_code"])
    return before, _snapshot(entity)


_CHANGES: dict[str, Callable[[Document, dict], Change]] = {
    Kind.SENTIMENT: _sentiment,
    Kind.CRITICISM: _criticism,
    Kind.RELEVANCE: _relevance,
    Kind.CONFIRM: _confirm,
    Kind.ENTITY_ADD: _entity_add,
    Kind.ENTITY_REMOVE: _entity_remove,
    Kind.ENTITY_KIND: _entity_retype,
    Kind.ENTITY_REGION: _entity_region,
}


# --- undo ----------------------------------------------------------------------------------------


def _changed_since() -> CorrectionRefused:
    return CorrectionRefused(_("A later correction changed this value; undo that one first."))


def _field_back(doc: Document, row: DocumentCorrection, field: str, model_field: str) -> None:
    """The value before; with no other correction of the field left, the model's current value
    (the document may have been analysed again meanwhile)."""
    if getattr(doc, field) != row.after.get(field):
        raise _changed_since()
    others = DocumentCorrection.objects.filter(document=doc, kind=row.kind, undone_at__isnull=True).exclude(pk=row.pk)
    model_value = getattr(doc, model_field)
    value = row.before.get(field) if others.exists() or model_value in (None, "") else model_value
    setattr(doc, field, value)
    doc.save(update_fields=[field])


def _undo_relevance(doc: Document, row: DocumentCorrection) -> None:
    doc.relevant = True
    doc.save(update_fields=["relevant"])


def _undo_entity_add(doc: Document, row: DocumentCorrection) -> None:
    doc.entities.filter(pk=row.after.get("id"), kind=row.after.get("kind"), name=row.after.get("name")).delete()


def _undo_entity_remove(doc: Document, row: DocumentCorrection) -> None:
    b = row.before
    if not doc.entities.filter(kind=b["kind"], name=b["name"]).exists():
        DocumentEntity.objects.create(document=doc, kind=b["kind"], name=b["name"], region_code=b["region_code"])


def _undo_entity_change(doc: Document, row: DocumentCorrection) -> None:
    entity = doc.entities.filter(pk=row.after.get("id")).first()
    if entity is None or _snapshot(entity) != row.after:
        raise _changed_since()
    entity.kind, entity.region_code = row.before["kind"], row.before["region_code"]
    entity.save(update_fields=["kind", "region_code"])


_UNDO: dict[str, Callable[[Document, DocumentCorrection], None]] = {
    Kind.SENTIMENT: lambda doc, row: _field_back(doc, row, "sentiment", "sentiment_model"),
    Kind.CRITICISM: lambda doc, row: _field_back(doc, row, "criticism", "criticism_model"),
    Kind.RELEVANCE: _undo_relevance,
    Kind.CONFIRM: lambda doc, row: None,  # a confirmation changed nothing
    Kind.ENTITY_ADD: _undo_entity_add,
    Kind.ENTITY_REMOVE: _undo_entity_remove,
    Kind.ENTITY_KIND: _undo_entity_change,
    Kind.ENTITY_REGION: _undo_entity_change,
}


def active_corrections(document_ids) -> dict[int, dict[str, DocumentCorrection]]:
    """Per document, the latest correction still in force of each kind (for the pipeline and pages)."""
    found: dict[int, dict[str, DocumentCorrection]] = {}
    rows = DocumentCorrection.objects.filter(document_id__in=document_ids, undone_at__isnull=True).order_by("at", "id")
    for row in rows:
        found.setdefault(row.document_id, {})[row.kind] = row
    return found
