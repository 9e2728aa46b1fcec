"""The alert rules every office starts with, so a new office is warned before anyone has set
anything up. They are ordinary office-wide rules: the office's editors change or remove them on
the alert rules pages. ``preset`` marks where a rule came from, so creating them is idempotent
(migration 0005 for existing offices, the ``post_save`` hook below for new ones) and a removed
default never comes back on its own."""

from __future__ import annotations

#: key → the rule's fields. Names are data in the office's language, as officers write them.
DEFAULT_RULES: dict[str, dict] = {
    "isu-naik": {
        "name": "Isu naik ke Kasus atau Krisis",
        "kind": "level_reached",
        "min_level": "kasus",
        "recipient_roles": ["analis", "pimpinan"],
    },
    "media-arus-utama": {
        "name": "Sebutan di media nasional dan arus utama",
        "kind": "watchlist_mainstream",
        "min_level": "",
        "recipient_roles": ["admin", "analis"],
    },
    "tugas-krisis-terlambat": {
        "name": "Tugas krisis terlambat",
        "kind": "task_overdue",
        "min_level": "",
        "recipient_roles": ["admin", "tim_krisis"],
    },
    "ppid-lewat-tenggat": {
        "name": "Permohonan informasi lewat tenggat",
        "kind": "ppid_overdue",
        "min_level": "",
        "recipient_roles": ["admin", "ppid"],
    },
}


def ensure_default_rules(office_id: int, AlertRule=None) -> int:
    """Create the office's missing default rules; returns how many were created. Takes the model
    class so the data migration can pass its historical one."""
    if AlertRule is None:
        from .models import AlertRule
    have = set(AlertRule.objects.filter(office_id=office_id).exclude(preset="").values_list("preset", flat=True))
    rules = [
        AlertRule(office_id=office_id, preset=key, notify_in_app=True, active=True, **spec)
        for key, spec in DEFAULT_RULES.items()
        if key not in have
    ]
    # The unique (office, preset) constraint settles a race between two callers.
    AlertRule.objects.bulk_create(rules, ignore_conflicts=True)
    return len(rules)


def on_office_saved(sender, instance, created, raw=False, **kwargs) -> None:
    """A new office gets the default rules in the same transaction (fixtures loaded raw do not)."""
    if created and not raw:
        ensure_default_rules(instance.pk)
