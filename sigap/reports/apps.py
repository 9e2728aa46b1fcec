from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "sigap.reports"
    label = "reports"
    verbose_name = _("Reports")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.reports.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = ("sigap.reports.tasks.enqueue_daily_briefs",)
