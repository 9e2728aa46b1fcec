"""Hooks the early warning into the monitoring pipeline (monitoring never imports issues)."""

from .tracking import update


def follow_analysed_documents(sender, document_ids, story_keywords=None, **kwargs):
    # Errors are not caught here: the sender logs them and records them in the audit trail
    # (sigap.monitoring.analysis._announce), and the analysis of the batch stands.
    update(document_ids, story_keywords=story_keywords)
