"""The address guard against SSRF, Django side: the administrator's allow-list from settings,
and the check forms run on a URL the server will later fetch or post to.

The policy itself is :mod:`sigap.lib.netguard`; the fetching is
:mod:`sigap.monitoring.connectors.http`. See docs/security.md.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sigap.lib import netguard


def configure() -> None:
    """Install ``settings.FETCH_ALLOW`` as the process-wide policy (at start-up, and again
    when a test overrides the setting)."""
    netguard.set_default_policy(netguard.Policy.parse(settings.FETCH_ALLOW))


def on_setting_changed(setting: str, **kwargs) -> None:
    if setting == "FETCH_ALLOW":
        configure()


def refusal_message(exc: netguard.Refused) -> str:
    """The refusal in the user's language (the pure policy only knows Indonesian and English)."""
    if exc.kind == "internal":
        text = _("This address leads to an internal network (%(address)s) and may not be fetched by the server.")
    elif exc.kind == netguard.METADATA:
        text = _("This address leads to the cloud metadata service (%(address)s) and may not be fetched by the server.")
    else:
        text = _(
            "This is a special-purpose address (%(address)s), not a public site, and may not be fetched by the server."
        )
    hint = _("If it is really needed, the administrator can allow it with SIGAP_FETCH_ALLOW.")
    return f"{text % {'address': exc.shown}} {hint}"


def validate_fetch_url(url: str) -> None:
    """Refuse, at save time, a URL whose host is or resolves to a forbidden address.

    A host that does not resolve now (offline intranet, typo) is accepted: the fetch checks
    again, and says what went wrong."""
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return  # a malformed port is the URL validator's business
    try:
        netguard.default_policy().resolve(parts.hostname or "", port)
    except netguard.Refused as exc:
        raise ValidationError(refusal_message(exc), code="forbidden_address") from None
    except (OSError, UnicodeError):
        pass  # socket.gaierror and friends: not known now
