"""Signals other apps listen to, so monitoring never imports them (dependencies point one way)."""

from django.dispatch import Signal

#: Sent after each analysed batch is committed; ``document_ids`` is the list of its documents and
#: ``story_keywords`` maps each touched Story id to its distinctive phrases and weights.
documents_analysed = Signal()

#: Sent inside the transaction of an analyst's correction (or its undo) of one document:
#: ``document`` as it is now, ``kind`` a DocumentCorrection.Kind; the early warning updates the
#: document's rows in its issues (negative, places) and drops it when it is not relevant.
document_corrected = Signal()
