from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrisisConfig(AppConfig):
    name = "sigap.crisis"
    label = "crisis"
    verbose_name = _("Crisis communication")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.crisis.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = ("sigap.crisis.actions.mark_overdue_tasks",)
