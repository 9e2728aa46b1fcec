from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "sigap.reports"
    label = "reports"
    verbose_name = _("Reports")
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = (
        "sigap.reports.tasks.enqueue_daily_briefs",
    )
