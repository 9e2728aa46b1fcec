"""Audit rows in words: what happened ("Permohonan diperpanjang") and the states before and after.

Core knows no domain app: each app names, on its AppConfig, the module that holds its
``ACTIONS`` (action code → label) and, for states no model field lists, ``STATES`` (action
prefix → {state → label}). Everything else about a state comes from the choices of the
target model's state field. No code is ever shown raw: an unknown action reads "Change
recorded", an unknown state is left out.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import import_module

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

#: Columns that hold a row's state, in the order they are looked for.
STATE_FIELDS = ("status", "phase", "level", "stage", "role")

#: Core's own audit actions (admin pages and the drill office).
ACTIONS = {
    "office.created": _("Office added"),
    "office.changed": _("Office details changed"),
    "office.deleted": _("Office deleted"),
    "membership.created": _("Member added to the office"),
    "membership.changed": _("Member's role changed"),
    "membership.deleted": _("Member removed from the office"),
    "holiday.created": _("Holiday added"),
    "holiday.changed": _("Holiday changed"),
    "holiday.deleted": _("Holiday deleted"),
}


@functools.cache
def _registry() -> tuple[dict, dict]:
    actions: dict = {}
    states: dict = {}
    for config in apps.get_app_configs():
        path = getattr(config, "audit_labels", None)
        if not path:
            continue
        module = import_module(path)
        for code, label in getattr(module, "ACTIONS", {}).items():
            if code in actions:
                raise ImproperlyConfigured(f"audit action {code!r} is labelled twice ({config.name})")
            actions[code] = label
        for prefix, table in getattr(module, "STATES", {}).items():
            states.setdefault(prefix, {}).update(table)
    return actions, states


def actions() -> Mapping[str, str]:
    """Every labelled action code (action code → lazy label)."""
    return _registry()[0]


def action_label(code: str) -> str:
    label = _registry()[0].get(code)
    return str(label) if label is not None else gettext("Change recorded")


@functools.cache
def _model_states(target_type: str) -> dict:
    try:
        model = apps.get_model(target_type)
    except (LookupError, ValueError):
        return {}
    labels: dict = {}
    for name in reversed(STATE_FIELDS):  # the first field wins a clash
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        labels.update(dict(getattr(field, "flatchoices", ()) or ()))
    return labels


def state_label(event, value: str) -> str:
    """``value`` (a state of ``event``'s target) in words; "" when there are none for it."""
    if not value:
        return ""
    prefix = event.action.split(".", 1)[0]
    label = _registry()[1].get(prefix, {}).get(value)
    if label is None:
        label = _model_states(event.target_type).get(value)
    return str(label) if label is not None else ""
