"""Report audit actions in words (sigap/core/audit_labels.py)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "brief_schedule.changed": _("Daily brief hour changed"),
}
