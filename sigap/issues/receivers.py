"""Hooks the early warning into the monitoring pipeline (monitoring never imports issues)."""

from django.db import transaction
from django.utils import timezone

from sigap.lib.region_map import regency_of

from .models import IssueDocument
from .tracking import update
from .tracking.attach import region_codes, with_focus
from .tracking.counts import refresh_counts


def follow_analysed_documents(sender, document_ids, story_keywords=None, **kwargs):
    # Errors are not caught here: the sender logs them and records them in the audit trail
    # (sigap.monitoring.analysis._announce), and the analysis of the batch stands.
    update(document_ids, story_keywords=story_keywords)


def follow_corrected_document(sender, document, kind, **kwargs):
    """An analyst corrected ``document`` (inside their transaction): its rows in issues follow at
    once (a not-relevant document leaves them); the scores follow in a rescore queued for after
    the commit, which also lets a document that is relevant again rejoin (docs/corrections.md)."""
    from .tasks import follow_correction_task  # local: tasks imports tracking

    rows = IssueDocument.objects.filter(document_id=document.pk).select_related("issue__office")
    if not document.relevant:
        issue_ids = set(rows.values_list("issue_id", flat=True))
        rows.delete()
        refresh_counts(issue_ids, timezone.now())
    else:
        regencies = sorted({regency_of(c) or c for c in region_codes([document.pk])[document.pk] if c})
        for row in rows:
            row.negative = document.sentiment == "negatif"
            row.regions = ",".join(regencies)[:300]
            row.elsewhere = with_focus({"regions": row.regions}, row.issue.office.region_code)["elsewhere"]
            row.save(update_fields=["negative", "regions", "elsewhere"])
    rejoin = document.relevant and kind == "relevance"
    transaction.on_commit(lambda: follow_correction_task.enqueue(document.pk if rejoin else None))
