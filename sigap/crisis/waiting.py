"""Who is told that something of a crisis waits for them (sigap/alerts/waiting.py does the telling).

- A message sent for review: the office's approvers (pimpinan, admin of the crisis's office and
  the crisis's own approvers), each checked with `can_approve`. Resolved when it leaves review.
- A task given to someone: its owner; when it is overdue: its owner, else the crisis leads.
  Resolved when the task is done.

Called inside the workflow's transaction (change_state ``then``), so a refused move tells no one.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from sigap.alerts.models import WaitingKind
from sigap.alerts.waiting import notify_waiting, resolve_waiting
from sigap.core.models import Membership
from sigap.lib.waktu import format_datetime

from .access import APPROVER_ROLES, can_approve
from .models import Crisis, Message, Task, TeamRole


def _named(crisis: Crisis, title: str) -> str:
    return _("[DRILL] %(title)s") % {"title": title} if crisis.drill else title


def _message_subject(message: Message) -> str:
    # the version is part of the state: an edited text sent again is a new thing to approve
    return f"crisis_message:{message.pk}:v{message.version}"


def approvers(crisis: Crisis) -> list:
    candidates = {m.user for m in crisis.team.filter(role=TeamRole.APPROVER).select_related("user")}
    candidates |= {
        m.user
        for m in Membership.objects.filter(office_id=crisis.office_id, role__in=APPROVER_ROLES).select_related("user")
    }
    return [user for user in candidates if can_approve(user, crisis)]


def message_in_review(message: Message, *, actor=None) -> int:
    crisis = message.crisis
    people = [user for user in approvers(crisis) if user != actor]
    title = _("Awaiting your approval: %(title)s (%(crisis)s)") % {"title": message.title, "crisis": crisis.title}
    return notify_waiting(
        WaitingKind.APPROVAL,
        office_id=crisis.office_id,
        subject=_message_subject(message),
        users=people,
        title=_named(crisis, title),
        url=message.get_absolute_url(),
        summary=_("Version %(v)d, sent for review by %(who)s.") % {"v": message.version, "who": actor or "-"},
    )


def message_decided(message: Message) -> int:
    """Approved or returned to draft: no longer waits for an approver."""
    return resolve_waiting(prefix=f"crisis_message:{message.pk}:")


def _task_url(task: Task) -> str:
    return f"{task.crisis.get_absolute_url()}#tasks"


def _sees(user, crisis: Crisis) -> bool:
    return Crisis.objects.visible_to(user).filter(pk=crisis.pk).exists()


def task_assigned(task: Task, *, actor=None) -> int:
    owner = task.owner
    if owner is None or owner == actor or not _sees(owner, task.crisis):
        return 0  # one's own task needs no message
    crisis = task.crisis
    title = _("Crisis task for you: %(task)s (%(crisis)s)") % {"task": task.title, "crisis": crisis.title}
    due = _("Due %(at)s.") % {"at": format_datetime(task.due_at, crisis.office.time_zone)} if task.due_at else ""
    return notify_waiting(
        WaitingKind.TASK,
        office_id=crisis.office_id,
        subject=f"crisis_task:{task.pk}:owner:{owner.pk}",
        users=[owner],
        title=_named(crisis, title),
        url=_task_url(task),
        summary=due,
    )


def task_overdue(task: Task) -> int:
    crisis = task.crisis
    people = [task.owner] if task.owner else crisis.members_with(TeamRole.LEAD)
    people = [user for user in people if _sees(user, crisis)]
    assert task.due_at is not None  # noqa: S101 - narrows the type: only overdue tasks come here
    title = _("Your crisis task is overdue: %(task)s (due %(at)s)") % {
        "task": task.title,
        "at": format_datetime(task.due_at, crisis.office.time_zone),
    }
    return notify_waiting(
        WaitingKind.TASK_OVERDUE,
        office_id=crisis.office_id,
        subject=f"crisis_task:{task.pk}:overdue",
        users=people,
        title=_named(crisis, title),
        url=_task_url(task),
    )


def task_done(task: Task) -> int:
    return resolve_waiting(prefix=f"crisis_task:{task.pk}:")
