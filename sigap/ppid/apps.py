from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PpidConfig(AppConfig):
    name = "sigap.ppid"
    label = "ppid"
    verbose_name = _("PPID: public information service")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.ppid.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = (
        "sigap.ppid.actions.mark_overdue",
        "sigap.ppid.actions.send_reminders",
    )

    def ready(self):
        # local: models and actions load only once the app registry is ready
        from sigap.core.models import Holiday

        from .actions import on_holiday_changed

        if on_holiday_changed not in Holiday.listeners:
            Holiday.listeners.append(on_holiday_changed)
