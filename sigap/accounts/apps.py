from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sigap.accounts"
    label = "accounts"
    verbose_name = "Akun"
    # Labels of this app's audit actions (sigap.core.audit_labels).
    audit_labels = "sigap.accounts.audit"

    def ready(self):
        from . import signins  # local: signins imports the models (app registry not ready here)

        signins.connect()  # sign-in, sign-out and failed sign-in into the audit trail
