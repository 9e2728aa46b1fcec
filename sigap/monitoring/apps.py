from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import urlguard
from .fulltext import ensure_sqlite_index


class MonitoringConfig(AppConfig):
    name = "sigap.monitoring"
    label = "monitoring"
    verbose_name = _("Media monitoring")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.monitoring.audit_labels"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = (
        "sigap.monitoring.tasks.enqueue_due_polls",
        "sigap.monitoring.tasks.reclaim_stale_imports",
        "sigap.monitoring.tasks.resume_pending_analysis",
        "sigap.monitoring.actions.remove_old_import_files",
        "sigap.monitoring.office_models.adapt_due",
    )

    def ready(self):
        from django.core.signals import setting_changed
        from django.db.models.signals import post_migrate

        post_migrate.connect(_repair_fulltext, sender=self)
        # Every fetcher in the process (feeds, pages, webhooks) uses the administrator's allow-list.
        urlguard.configure()
        setting_changed.connect(urlguard.on_setting_changed)


def _repair_fulltext(using, **kwargs):
    from django.db import connections

    ensure_sqlite_index(connections[using])
