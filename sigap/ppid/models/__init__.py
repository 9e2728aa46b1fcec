"""PPID: information requests under UU 14/2008 (KIP), objections, disputes, DIP/DIK and reports.

Rules: docs/ppid.md. Workflows follow docs/state-changes.md: a Status, an explicit
TRANSITIONS map and one guarded method per transition, each going through the core kernel
(sigap.core.transitions.change_state: lock, check, save, audit, notify after commit).

One module per concept; every name stays importable from ``sigap.ppid.models``. Migrations
refer to ``sigap.ppid.models._tracking_code``, ``attachment_path`` and ``letterhead_logo_path``,
so those stay here too.
"""

from __future__ import annotations

# TransitionError (core's one class) and the workflow's names stay importable from here as before.
from sigap.core.transitions import TransitionError

from ..workflow import (
    DELIVERABLE_OUTCOMES,
    OBJECTION_FLOW,
    OBJECTION_TRANSITIONS,
    OPEN_STATUSES,
    REQUEST_FLOW,
    TRANSITIONS,
    ObjectionStatus,
    ObjectionTransitions,
    Outcome,
    RequestTransitions,
    Status,
)
from .archive import ArchiveEntry, Follower
from .choices import (
    PPID_EDIT_ROLES,
    PPID_READ_ROLES,
    AttachmentKind,
    Channel,
    ClockStart,
    DeliveryMethod,
    DIPCategory,
    DisputeResult,
    DisputeStage,
    LetterKind,
    ObtainMethod,
    Pasal17,
    Pasal35,
    RequesterKind,
)
from .disclosure import ConsequenceTest, DIKEntry, DIPEntry
from .letters import Letterhead, LetterTemplate, letterhead_logo_path
from .objections import Dispute, Objection, ObjectionQuerySet
from .regulation import Counter, Regulation
from .release import ReleasedDocument
from .reports import ServiceReport
from .requests import (
    Attachment,
    InformationRequest,
    RequestQuerySet,
    _tracking_code,
    attachment_path,
)
from .satisfaction import IKM_ELEMENTS, SatisfactionResponse
from .service_info import ServiceInfo
from .units import PelaksanaUnit

__all__ = [
    "DELIVERABLE_OUTCOMES",
    "OBJECTION_FLOW",
    "OBJECTION_TRANSITIONS",
    "OPEN_STATUSES",
    "PPID_EDIT_ROLES",
    "PPID_READ_ROLES",
    "REQUEST_FLOW",
    "TRANSITIONS",
    "ArchiveEntry",
    "Attachment",
    "AttachmentKind",
    "Channel",
    "ClockStart",
    "ConsequenceTest",
    "Counter",
    "DIKEntry",
    "DIPCategory",
    "DIPEntry",
    "DeliveryMethod",
    "Dispute",
    "DisputeResult",
    "DisputeStage",
    "Follower",
    "IKM_ELEMENTS",
    "InformationRequest",
    "LetterKind",
    "LetterTemplate",
    "Letterhead",
    "Objection",
    "ObjectionQuerySet",
    "ObjectionStatus",
    "ObjectionTransitions",
    "ObtainMethod",
    "Outcome",
    "Pasal17",
    "Pasal35",
    "PelaksanaUnit",
    "Regulation",
    "ReleasedDocument",
    "RequestQuerySet",
    "RequestTransitions",
    "RequesterKind",
    "SatisfactionResponse",
    "ServiceInfo",
    "ServiceReport",
    "Status",
    "TransitionError",
    "_tracking_code",
    "attachment_path",
    "letterhead_logo_path",
]
