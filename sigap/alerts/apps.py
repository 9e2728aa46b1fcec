from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "sigap.alerts"
    label = "alerts"
    verbose_name = _("Alerts and notifications")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.alerts.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = ("sigap.alerts.tasks.enqueue_due_deliveries",)

    def ready(self):
        from django.db.models.signals import post_save

        from sigap.core.models import Office

        from .defaults import on_office_saved

        post_save.connect(on_office_saved, sender=Office, dispatch_uid="alerts.default_rules")
