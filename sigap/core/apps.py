from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sigap.core"
    label = "core"
    verbose_name = _("Offices and users")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.core.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = ("sigap.core.jobs.requeue_abandoned_tasks",)
