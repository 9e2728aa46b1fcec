from django import template

from sigap.core.levels import Level
from sigap.crisis.access import editable_office_ids
from sigap.issues import explain

register = template.Library()


@register.filter
def may_declare_crisis(user, office_id) -> bool:
    """For the issue page's "Buka krisis" button: admin, tim_krisis or analis of the office (or above)."""
    return bool(getattr(user, "is_authenticated", False)) and office_id in editable_office_ids(user)


@register.filter
def component_label(key: str) -> str:
    """The evidence snapshot keeps the score's component keys; the page names them as the issue page does."""
    return explain.component_label(key)


@register.filter
def level_label(value: str) -> str:
    return str(Level(value).label) if value in Level.values else value


@register.filter
def duration_words(minutes) -> str:
    """A playbook task's time limit in words: "2 hari", "1 jam 30 menit"."""
    from sigap.crisis.durations import words

    return words(minutes)
