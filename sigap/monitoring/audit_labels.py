"""Monitoring audit actions in words (sigap/core/audit_labels.py); import states come from ImportJob.Status."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "source.created": _("Source added"),
    "source.changed": _("Source changed"),
    "source.poll_requested": _("Source check requested"),
    "watchlist.created": _("Watch list added"),
    "watchlist.changed": _("Watch list changed"),
    "watchlist.deleted": _("Watch list deleted"),
    "saved_search.created": _("Search saved"),
    "saved_search.changed": _("Saved search changed"),
    "saved_search.deleted": _("Saved search deleted"),
    "document.exported": _("Documents exported"),
    "document.corrected": _("Document analysis corrected"),
    "document.correction_undone": _("Document analysis correction undone"),
    "office_model.adapted": _("Office sentiment model adapted from the analysts' reviews"),
    "office_model.rejected": _("Adapted sentiment model not used: no better than the shared model"),
    "import.created": _("File import requested"),
    "import.file_removed": _("Imported file removed"),
    "import.reclaimed": _("Stalled import picked up again"),
    # "import." + the job's new status (ImportJob.transition)
    "import.queued": _("Import queued again"),
    "import.running": _("Import started"),
    "import.done": _("Import finished"),
    "import.failed": _("Import failed"),
    "import.cancelled": _("Import cancelled"),
    "analysis.follow_up_failed": _("Early warning follow-up of the analysis failed"),
}
