from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sigap.accounts"
    label = "accounts"
    verbose_name = "Akun"
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.accounts.audit"

    def ready(self):
        from . import signins

        signins.connect()  # sign-in, sign-out and failed sign-in into the audit trail
