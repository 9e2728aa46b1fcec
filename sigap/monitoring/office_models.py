"""Each office's own sentiment model, adapted from its analysts' reviews (docs/corrections.md).

The labels are the documents an analyst corrected or confirmed ("Benar"): their effective
sentiment. ``adapt`` fits a change to the shared model on them (sigap.text.adapt), judges it by
cross-validation against the shared model and keeps it only when it is better; a worse one is
stored as rejected, so the office keeps what it had (the automatic roll-back). The analysis then
scores the office's documents with its active model.
"""

from __future__ import annotations

import hashlib
import io
import threading
from datetime import timedelta

import numpy as np
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from sigap.core.models import AuditEvent, Office
from sigap.text.adapt import MIN_CORRECTIONS, CrossValidation, Delta, OfficeSentiment, cross_validate, fit_delta
from sigap.text.normalize import normalize
from sigap.text.pipeline import document_text
from sigap.text.sentiment import MAX_CHARS, SentimentModel

from .models import Document, DocumentCorrection, OfficeSentimentModel

Kind = DocumentCorrection.Kind
#: The scheduler adapts an office's model at most this often, and only after new reviews.
EVERY = timedelta(days=1)


class TooFewReviews(Exception):
    def __init__(self, reviewed: int) -> None:
        super().__init__(reviewed)
        self.reviewed = reviewed


def reviewed(office_id: int) -> tuple[list[int], list[str], list[str]]:
    """(document ids, normalised texts, the analysts' labels) of the office's reviewed documents."""
    ids = set(
        DocumentCorrection.objects.filter(
            office_id=office_id, undone_at__isnull=True, kind__in=[Kind.SENTIMENT, Kind.CONFIRM]
        ).values_list("document_id", flat=True)
    )
    rows = (
        Document.objects.filter(id__in=ids, office_id=office_id, relevant=True)
        .exclude(sentiment="")
        .order_by("id")
        .values_list("id", "title", "text", "sentiment")
    )
    doc_ids, texts, labels = [], [], []
    for pk, title, text, label in rows:
        doc_ids.append(pk)
        texts.append(normalize(document_text({"title": title, "text": text})[:MAX_CHARS]))
        labels.append(label)
    return doc_ids, texts, labels


def _basis(doc_ids: list[int], labels: list[str]) -> str:
    return hashlib.sha256(repr(list(zip(doc_ids, labels, strict=True))).encode()).hexdigest()[:32]


def _pack(delta: Delta) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, rows=delta.rows, weights=delta.weights, bias=delta.bias)
    return buf.getvalue()


def _unpack(blob: bytes | memoryview) -> Delta:
    with np.load(io.BytesIO(bytes(blob)), allow_pickle=False) as arrays:
        return Delta(arrays["rows"], arrays["weights"], arrays["bias"])


def adapt(office: Office, *, by=None, via: str = "jadwal") -> OfficeSentimentModel:
    """A new version of the office's model from its reviews; the same reviews give no new version.

    Raises TooFewReviews below MIN_CORRECTIONS reviewed documents."""
    with transaction.atomic():
        Office.objects.select_for_update().filter(pk=office.pk).first()  # one adaptation per office at a time
        doc_ids, texts, labels = reviewed(office.pk)
        if len(labels) < MIN_CORRECTIONS:
            raise TooFewReviews(len(labels))
        basis = _basis(doc_ids, labels)
        latest = OfficeSentimentModel.objects.filter(office=office).order_by("-version").first()
        if latest is not None and latest.basis == basis:
            return latest
        base = SentimentModel.load()
        cv: CrossValidation = cross_validate(base, texts, labels)
        delta = fit_delta(base, texts, labels)
        better = cv.better
        if better:
            OfficeSentimentModel.objects.filter(office=office, status=OfficeSentimentModel.Status.ACTIVE).update(
                status=OfficeSentimentModel.Status.REPLACED
            )
        row = OfficeSentimentModel.objects.create(
            office=office,
            version=(latest.version + 1) if latest else 1,
            basis=basis,
            documents=len(labels),
            folds=cv.folds,
            before_accuracy=cv.before_accuracy,
            after_accuracy=cv.after_accuracy,
            before_macro_f1=cv.before_macro_f1,
            after_macro_f1=cv.after_macro_f1,
            status=OfficeSentimentModel.Status.ACTIVE if better else OfficeSentimentModel.Status.REJECTED,
            base_model=f"{base.name} {base.version}",
            delta=_pack(delta),
            by=by,
        )
        AuditEvent.record(
            actor=by,
            action="office_model.adapted" if better else "office_model.rejected",
            target=row,
            office=office,
            reason=f"versi {row.version}: {len(labels)} dokumen ditinjau",
            data={
                "via": via,
                "sebelum": cv.before_accuracy,
                "sesudah": cv.after_accuracy,
                "lipatan": cv.folds,
            },
        )
    return row


def adapt_due() -> int:
    """Scheduler job: adapt the model of each office with new reviews since its last version
    (at most once a day per office; the office lock and the basis make a second run a no-op)."""
    now = timezone.now()
    latest_review = dict(
        DocumentCorrection.objects.filter(undone_at__isnull=True, kind__in=[Kind.SENTIMENT, Kind.CONFIRM])
        .values_list("office_id")
        .annotate(last=Max("at"))
        .values_list("office_id", "last")
    )
    last_version = dict(
        OfficeSentimentModel.objects.values_list("office_id")
        .annotate(last=Max("created_at"))
        .values_list("office_id", "last")
    )
    done = 0
    for office_id, last in latest_review.items():
        made = last_version.get(office_id)
        if made is not None and (made >= last or now - made < EVERY):
            continue
        office = Office.objects.filter(pk=office_id).first()
        if office is None:
            continue
        try:
            adapt(office)
            done += 1
        except TooFewReviews:
            continue
    return done


_cache: dict[int, tuple[int, OfficeSentiment]] = {}
_cache_lock = threading.Lock()


def active_models(office_ids) -> dict[int, OfficeSentiment]:
    """The active adapted model of each of these offices that has one (cached per version)."""
    rows = OfficeSentimentModel.objects.filter(
        office_id__in=set(office_ids), status=OfficeSentimentModel.Status.ACTIVE
    ).values_list("office_id", "pk", "version")
    found: dict[int, OfficeSentiment] = {}
    base = None
    for office_id, pk, version in rows:
        with _cache_lock:
            cached = _cache.get(office_id)
        if cached is None or cached[0] != pk:
            base = base or SentimentModel.load()
            blob = OfficeSentimentModel.objects.filter(pk=pk).values_list("delta", flat=True).first()
            if blob is None:
                continue
            model = OfficeSentiment(base, _unpack(blob), f"{base.version}+kantor{office_id}.v{version}")
            with _cache_lock:
                _cache[office_id] = (pk, model)
            cached = (pk, model)
        found[office_id] = cached[1]
    return found
