"""The one way a workflow changes the state of a row (docs/state-changes.md).

``change_state`` runs, in one transaction: lock the row and read it fresh → refuse if it is no
longer in the state the caller saw, or the move is not in the workflow's map → the guard → the
change → a conditional UPDATE on the state read under the lock → the AuditEvent → follow-up
writes → notifications queued with ``transaction.on_commit``. N identical clicks give one change;
of two conflicting clicks one wins and the other gets a sentence saying why not.

Core knows no domain app: a workflow brings its own map, state sentences and callbacks.
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, TypeVar, cast

from django.core.exceptions import ValidationError
from django.db import OperationalError, connections, models, router, transaction
from django.utils.translation import gettext

from .models import AuditEvent

M = TypeVar("M", bound=models.Model)

# SQLite serialises writers; a second writer may find the database locked for a moment
# (an in-memory shared-cache database does not wait at all). Retry that long, no longer.
SQLITE_PATIENCE = 10.0  # seconds


class TransitionError(ValidationError):
    """A change of state that the workflow, a rule of law or a concurrent change does not allow.

    The message is for the user, in their language. The one class for every app."""


@dataclasses.dataclass(frozen=True)
class Workflow:
    """The states of one model and the moves between them.

    ``field`` holds the state; a model without such a column (a task is open or done) gives
    ``state`` (row → state) and ``watch`` (the columns the state is read from) instead.
    ``notes`` says, per state, what it means to a user whose click came too late
    ("This request has already been withdrawn by the requester"). ``watch`` may also name
    columns that, when changed by someone else since the caller read the row, make the
    caller's decision stale (the version of a text being approved).
    """

    transitions: Mapping[str, Collection[str]]
    field: str | None = "status"
    notes: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    labels: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    state: Callable[[Any], str] | None = None
    watch: tuple[str, ...] = ()

    def state_of(self, obj) -> str:
        # Without ``state`` the workflow has a ``field`` (see the class docstring).
        return self.state(obj) if self.state is not None else getattr(obj, cast(str, self.field))

    def columns(self, model: type[models.Model]) -> list[str]:
        names = ([self.field] if self.field else []) + [n for n in self.watch if n != self.field]
        # The state and watched names are columns, never reverse relations.
        return [cast("models.Field[Any, Any]", model._meta.get_field(n)).attname for n in names]

    def label(self, obj, state: str) -> str:
        if state in self.labels:
            return str(self.labels[state])
        if self.field:
            return str(dict(obj._meta.get_field(self.field).flatchoices).get(state, state))
        return str(state)

    def refusal(self, obj, state: str, refused: str = "") -> str:
        """Why a move is not possible from ``state``, as one sentence."""
        note = self.notes.get(state)
        if note and refused:
            return gettext("%(state)s; %(refused)s.") % {"state": note, "refused": refused}
        if note:
            return gettext("%(state)s.") % {"state": note}
        if refused:
            return gettext("It is “%(state)s” now; %(refused)s.") % {
                "state": self.label(obj, state),
                "refused": refused,
            }
        return gettext("This is not possible while it is “%(state)s”.") % {"state": self.label(obj, state)}


class _Stale(Exception):
    """The conditional UPDATE found the row changed (only where the row lock does not exist)."""


def change_state(
    obj: M,
    workflow: Workflow,
    to: str | Callable[[M], str | None] | None,
    *,
    actor,
    action: str,
    reason: str = "",
    data: dict | None = None,
    office=None,
    guard: Callable[[M], None] | None = None,
    change: Callable[[M], dict | None] | None = None,
    fields: Iterable[str] = (),
    then: Callable[[M], object] | None = None,  # its result is ignored
    notify: Iterable[Callable[[], Any]] = (),
    refused: str = "",
    already: str = "",
    from_states: Collection[str] | None = None,
    done_if: Callable[[M], bool] | None = None,
    check_seen: bool = True,
    audit: bool = True,
) -> M:
    """Move ``obj`` to ``to`` (a state, a function of the fresh row, or None: stay) and return it.

    ``guard(row)`` raises TransitionError to refuse; ``change(row)`` sets the other columns (named
    in ``fields``) and may return extra audit data; ``then(row)`` writes other rows in the same
    transaction; each ``notify`` callable runs once after commit. ``refused`` is the second half of
    the refusal ("the extension cannot be made"); ``already`` is the message when the row is
    already in ``to``. ``from_states`` replaces the map for an exceptional move. ``done_if(row)``
    true means the wanted change is already made: return quietly (idempotent steps). With
    ``check_seen`` (the default) the row must still be in the state the caller's instance had.

    ``obj`` itself is refreshed under the lock and ends up as stored, also after a refusal.
    """
    model = type(obj)
    alias = router.db_for_write(model, instance=obj)
    columns = workflow.columns(model)
    seen_state = workflow.state_of(obj)
    seen = {c: getattr(obj, c) for c in columns}
    committed = []

    def attempt() -> None:
        with transaction.atomic(using=alias):
            transaction.on_commit(lambda: committed.append(True), using=alias)
            # PostgreSQL: the row lock serialises concurrent moves. SQLite ignores FOR UPDATE, but
            # its IMMEDIATE transactions serialise writers, and the UPDATE below is conditional anyway.
            obj.refresh_from_db(using=alias, from_queryset=model._base_manager.select_for_update())
            current = workflow.state_of(obj)
            if done_if is not None and done_if(obj):
                return
            target = to(obj) if callable(to) else to
            stay = target is None
            target = current if stay else target
            refusal = already if already and not stay and current == target else workflow.refusal(obj, current, refused)
            if check_seen and current != seen_state:
                raise TransitionError(refusal)
            if check_seen and any(getattr(obj, c) != seen[c] for c in columns):
                raise TransitionError(
                    gettext("Someone else changed this in the meantime; reload the page and try again.")
                )
            allowed = (
                current in from_states
                if from_states is not None
                else (stay or target in workflow.transitions.get(current, ()))
            )
            if not allowed:
                raise TransitionError(refusal)
            if guard is not None:
                guard(obj)
            where = {c: getattr(obj, c) for c in columns}
            extra = change(obj) if change is not None else None
            if workflow.field:
                setattr(obj, workflow.field, target)
            names = [*([workflow.field] if workflow.field else []), *fields]
            if not _update(obj, alias, names, where):
                raise _Stale
            if audit:
                AuditEvent.record(
                    actor=actor,
                    action=action,
                    target=obj,
                    office=office if office is not None else _office(obj),
                    from_state=current,
                    to_state=cast(str, target),  # the current state when ``to`` gave None
                    reason=reason,
                    data={**(data or {}), **(extra or {})},
                )
            if then is not None:
                then(obj)
            for callback in notify:
                transaction.on_commit(
                    cast("Callable[[], object]", lambda callback=callback: _after_commit(callback, alias)), using=alias
                )

    try:
        _retrying(attempt, alias, committed)
    except _Stale:
        obj.refresh_from_db(using=alias)
        raise TransitionError(workflow.refusal(obj, workflow.state_of(obj), refused)) from None
    return obj


def _office(obj):
    return obj.office if any(f.name == "office" for f in obj._meta.concrete_fields) else None


def _update(obj, alias: str, names: Iterable[str], where: dict) -> bool:
    """UPDATE … SET the named fields WHERE the state is still what was read under the lock."""
    values = {}
    for name in dict.fromkeys(names):
        f = obj._meta.get_field(name)
        values[f.attname] = f.pre_save(obj, False)  # pre_save: auto_now columns get their time
    return bool(type(obj)._base_manager.using(alias).filter(pk=obj.pk, **where).update(**values))


def _locked(exc: Exception) -> bool:
    return isinstance(exc, OperationalError) and "locked" in str(exc).lower()


def _retrying(fn: Callable[[], Any], alias: str, committed: list | None = None) -> Any:
    """Run ``fn``; on SQLite, run it again while the database is briefly locked by another writer.

    Only the outermost transaction can be retried (an inner one would leave the outer broken),
    and never once it committed (a failing after-commit step must not change state twice)."""
    conn = connections[alias]
    if conn.vendor != "sqlite" or conn.in_atomic_block:
        return fn()
    give_up = time.monotonic() + SQLITE_PATIENCE
    pause = 0.005
    while True:
        try:
            return fn()
        except OperationalError as exc:
            if not _locked(exc) or (committed and committed[0]) or time.monotonic() > give_up:
                raise
        time.sleep(pause * random.uniform(1, 2))  # noqa: S311 - jitter: two waiting writers must not retry in step
        pause = min(pause * 2, 0.2)


def _after_commit(callback: Callable[[], Any], alias: str) -> None:
    """Queue a notification after commit; it may hit a locked SQLite too (it writes the queue row)."""
    _retrying(callback, alias)
