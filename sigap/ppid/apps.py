from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PpidConfig(AppConfig):
    name = "sigap.ppid"
    label = "ppid"
    verbose_name = _("PPID: public information service")
