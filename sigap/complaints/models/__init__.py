from .choices import (
    DEFAULT_TIER,
    EDIT_ROLES,
    OFFICER_CHANNELS,
    READ_ROLES,
    UNIT_ROLES,
    Channel,
    Tier,
)
from .complaints import Complaint
from .policy import ComplaintPolicy

__all__ = [
    "DEFAULT_TIER",
    "EDIT_ROLES",
    "OFFICER_CHANNELS",
    "READ_ROLES",
    "UNIT_ROLES",
    "Channel",
    "Complaint",
    "ComplaintPolicy",
    "Tier",
]
