"""Crisis communication on the CERC model: the crisis record, its team, tasks, messages,
approvals, publications, partner offices (one voice) and the after-action evaluation.

Rules: docs/crisis.md. Workflows follow docs/state-changes.md: a Status/Phase (TextChoices),
an explicit TRANSITIONS map and one guarded method per transition, each going through the core
kernel (sigap.core.transitions.change_state: lock, check the state the user saw, save, audit,
notify after commit), so concurrent clicks give one change.

One module per concept; every name stays importable from ``sigap.crisis.models``.
"""

from __future__ import annotations

# TransitionError (core's one class) and the workflow's names stay importable from here as before.
from sigap.core.transitions import TransitionError

from ..workflow import (
    MESSAGE_FLOW,
    MESSAGE_TRANSITIONS,
    PHASE_FLOW,
    PHASE_TRANSITIONS,
    TASK_FLOW,
    MessageStatus,
    MessageTransitions,
    Phase,
    PhaseTransitions,
    TaskTransitions,
)
from .crises import Crisis, CrisisQuerySet, Fact, TeamMember
from .messages import Comment, CoSign, Message, MessageVersion, Publication, StaleVersion
from .partners import Partner, PartnerStatement
from .preparedness import Contact, MessageTemplate, Playbook, PublishChannel, fill
from .tasks import Task, TaskQuerySet
from .vocabularies import (
    CHECKLIST,
    CLUSTER_ADVICE,
    CLUSTER_ORDER,
    HOLDING_DUE,
    PUBLIC_KINDS,
    STRATEGIES,
    ChannelKind,
    Cluster,
    MessageKind,
    Severity,
    TeamRole,
)

__all__ = [
    "CHECKLIST",
    "CLUSTER_ADVICE",
    "CLUSTER_ORDER",
    "HOLDING_DUE",
    "MESSAGE_FLOW",
    "MESSAGE_TRANSITIONS",
    "PHASE_FLOW",
    "PHASE_TRANSITIONS",
    "PUBLIC_KINDS",
    "STRATEGIES",
    "TASK_FLOW",
    "ChannelKind",
    "CoSign",
    "Cluster",
    "Comment",
    "Contact",
    "Crisis",
    "CrisisQuerySet",
    "Fact",
    "Message",
    "MessageKind",
    "MessageStatus",
    "MessageTemplate",
    "MessageTransitions",
    "MessageVersion",
    "Partner",
    "PartnerStatement",
    "Phase",
    "PhaseTransitions",
    "Playbook",
    "Publication",
    "PublishChannel",
    "Severity",
    "StaleVersion",
    "Task",
    "TaskQuerySet",
    "TaskTransitions",
    "TeamMember",
    "TeamRole",
    "TransitionError",
    "fill",
]
