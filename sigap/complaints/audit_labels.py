"""Complaint audit actions in words (sigap/core/audit_labels.py); states come from Complaint.status."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "complaint.received": _("Complaint received"),
    "complaint.verified": _("Complaint verified"),
    "complaint.postponed": _("Complaint put on hold"),
    "complaint.disposed": _("Complaint disposed to a unit"),
    "complaint.follow_up_started": _("Follow-up started"),
    "complaint.followed_up": _("Follow-up sent to the reporter"),
    "complaint.not_competent": _("Closed: not within our authority"),
    "complaint.duplicate": _("Closed: duplicate"),
    "complaint.not_actionable": _("Closed: cannot be followed up"),
    "complaint.resolved": _("Complaint closed as resolved"),
    "complaint.reopened": _("Reopened by the reporter: not resolved"),
    "complaint.auto_closed": _("Closed automatically: the reporter did not answer the follow-up"),
    "complaint_policy.created": _("Complaint rules added"),
    "complaint_policy.changed": _("Complaint rules changed"),
    "complaint_policy.deleted": _("Own complaint rules removed: the office follows its parent's"),
}
