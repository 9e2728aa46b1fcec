"""Signals other apps listen to, so monitoring never imports them (dependencies point one way)."""

from django.dispatch import Signal

#: Sent after each analysed batch is committed; ``document_ids`` is the list of its documents and
#: ``story_keywords`` maps each touched Story id to its distinctive phrases and weights.
documents_analysed = Signal()
