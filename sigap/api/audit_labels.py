"""API audit actions in words (sigap/core/audit_labels.py)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "api_token.created": _("API token created"),
    "api_token.revoked": _("API token revoked"),
}

#: A token has no state column: it is revoked or not.
STATES = {
    "api_token": {"active": _("active"), "revoked": _("revoked")},
}
