"""This app's audit labels for sigap.core.audit_labels (AccountsConfig.audit_labels): two-step
sign-in, sign-in events and an office's users. Kept in separate tables because the account
security page lists only the two-step ones."""

from .members import ACTIONS as _MEMBERS
from .members import STATES as _MEMBER_STATES
from .signins import ACTIONS as _SIGN_IN
from .twofactor import ACTIONS as _TWO_FACTOR
from .twofactor import STATES as _TWO_FACTOR_STATES

ACTIONS = {**_TWO_FACTOR, **_SIGN_IN, **_MEMBERS}
STATES = {**_TWO_FACTOR_STATES, **_MEMBER_STATES}

__all__ = ["ACTIONS", "STATES"]
