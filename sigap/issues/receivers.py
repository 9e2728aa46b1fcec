"""Hooks the early warning into the monitoring pipeline (monitoring never imports issues)."""

import logging

log = logging.getLogger(__name__)


def follow_analysed_documents(sender, document_ids, story_keywords=None, **kwargs):
    from .tracking import update

    try:
        update(document_ids, story_keywords=story_keywords)
    except Exception:  # the analysis of the batch stands; the next batch rescores every open issue
        log.exception("early warning failed for %d documents", len(document_ids))
