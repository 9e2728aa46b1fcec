from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IssuesConfig(AppConfig):
    name = "sigap.issues"
    label = "issues"
    verbose_name = _("Early warning")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.issues.explain"
    # Periodic jobs the scheduler runs every tick (sigap.core.jobs.scheduled_jobs).
    scheduled_jobs = ("sigap.issues.tasks.enqueue_rescore",)

    def ready(self):
        # local: receivers imports the tracking code and its models
        from sigap.monitoring.signals import document_corrected, documents_analysed

        from .receivers import follow_analysed_documents, follow_corrected_document

        documents_analysed.connect(follow_analysed_documents, dispatch_uid="issues.follow")
        document_corrected.connect(follow_corrected_document, dispatch_uid="issues.follow_correction")
