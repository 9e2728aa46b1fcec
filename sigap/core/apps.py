from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sigap.core"
    label = "core"
    verbose_name = _("Offices and users")
