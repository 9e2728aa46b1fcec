"""This app's audit labels for sigap.core.audit_labels (AccountsConfig.audit_labels): two-step
sign-in and sign-in events. Kept in two tables because the account security page lists only the
two-step ones."""

from .signins import ACTIONS as _SIGN_IN
from .twofactor import ACTIONS as _TWO_FACTOR
from .twofactor import STATES

ACTIONS = {**_TWO_FACTOR, **_SIGN_IN}

__all__ = ["ACTIONS", "STATES"]
