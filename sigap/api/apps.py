from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "sigap.api"
    label = "api"
    verbose_name = _("REST API")
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.api.audit_labels"
    default_auto_field = "django.db.models.BigAutoField"
