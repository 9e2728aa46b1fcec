"""Alert audit actions in words (sigap/core/audit_labels.py)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "alert_rule.created": _("Alert rule added"),
    "alert_rule.changed": _("Alert rule changed"),
    "alert_rule.deleted": _("Alert rule deleted"),
    "alert_rule.secret_regenerated": _("Webhook secret renewed"),
    "delivery.sent": _("Notification sent"),
    "delivery.dead": _("Notification could not be sent"),
    "delivery.retry_requested": _("Notification resend requested"),
}
