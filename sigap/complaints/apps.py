from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "sigap.complaints"
    label = "complaints"
    verbose_name = _("Public complaints (pengaduan)")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.complaints.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = ("sigap.complaints.actions.auto_close_due",)
