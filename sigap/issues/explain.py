"""Human words for the score's components: what each measures and what its figure means."""

from __future__ import annotations

import re

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sigap.core import audit_labels
from sigap.core.levels import Level

from .models import Issue

LABELS = {
    "velocity": gettext_lazy("Volume velocity"),
    "volume": gettext_lazy("Volume against the office's usual volume"),
    "negative": gettext_lazy("Negative share"),
    "negative_change": gettext_lazy("Change in negative share"),
    "reach": gettext_lazy("Reach and engagement"),
    "mainstream": gettext_lazy("Mainstream media pickup"),
    "spread": gettext_lazy("Spread across accounts and regions"),
    "key_actors": gettext_lazy("Key actors involved"),
    "amplification": gettext_lazy("Amplification (near-duplicates)"),
    "crisis_cues": gettext_lazy("Crisis-type cues"),
}


def _pct(x: float) -> str:
    return f"{number_format(100 * x, 0)}%"


def describe(component: dict) -> str:
    key, value = component["key"], component["value"]
    if key == "velocity":
        return _("Last hour against the issue's own hourly average of the day before: z = %(z)s.") % {
            "z": number_format(value, 1)
        }
    if key == "volume":
        return _("Documents of the last 24 hours are %(pct)s of the office's usual daily volume.") % {
            "pct": _pct(value)
        }
    if key == "negative":
        return _("%(pct)s of the last 24 hours' documents are negative.") % {"pct": _pct(value)}
    if key == "negative_change":
        return _("Negative share changed by %(points)s points against 24–72 hours ago.") % {
            "points": number_format(100 * value, 0)
        }
    if key == "reach":
        return _("%(n)s followers, views and interactions in 24 hours.") % {
            "n": number_format(value, 0, force_grouping=True)
        }
    if key == "mainstream":
        return _("%(n)s points: each local outlet counts 1, each national outlet 3.") % {"n": value}
    if key == "spread":
        return _("%(n)s different accounts in 24 hours, plus the regions named.") % {"n": value}
    if key == "key_actors":
        return _("%(n)s key actors named.") % {"n": value}
    if key == "amplification":
        return _("%(pct)s of the last 24 hours' documents are near-duplicates (a possible coordinated push).") % {
            "pct": _pct(value)
        }
    if key == "crisis_cues":
        return _(
            "%(pct)s of the last 24 hours' documents mention victims, safety, disaster, corruption, a data leak, public order or a hoax."
        ) % {"pct": _pct(value)}
    return ""


def component_label(key: str) -> str:
    """A score component in words; a key this version does not know (an older scorer's) is never shown raw."""
    label = LABELS.get(key)
    return str(label) if label is not None else _("Other component")


def explained(components: list[dict]) -> list[dict]:
    return [{**c, "label": component_label(c["key"]), "text": describe(c)} for c in components]


ACTIONS = {
    "issue.created": gettext_lazy("Issue created"),
    "issue.exported": gettext_lazy("Issue list exported"),
    "issue.level": gettext_lazy("Level changed"),
    "issue.renamed": gettext_lazy("Renamed"),
    "issue.dismissed": gettext_lazy("Dismissed"),
    "issue.reopened": gettext_lazy("Reopened"),
    "issue.dormant": gettext_lazy("Subsided"),
    "issue.merged": gettext_lazy("Merged into another issue"),
    "issue.merged_in": gettext_lazy("Another issue merged in"),
    "issue.split": gettext_lazy("Stories split off into a new issue"),
    "issue.linked": gettext_lazy("Linked with another issue"),
    "issue.unlinked": gettext_lazy("Link removed"),
    "issue.office_added": gettext_lazy("Another office now follows this issue"),
    "escalation_policy.changed": gettext_lazy("Escalation settings changed"),
}


def state_label(value: str) -> str:
    """A level or a status, in words."""
    labels = {**dict(Level.choices), **dict(Issue.Status.choices)}
    return str(labels.get(value, value))


# Why another office follows an issue, as the tracker writes it: "region:33.21, watchlist:5, actor:Bupati Demak".
_TAG = re.compile(r"\b(region|watchlist|actor):([^,]+)")


def _tag_in_words(match: re.Match) -> str:
    kind, value = match.group(1), match.group(2).strip()
    if kind == "region":
        from sigap.text.regions import get_region

        region = get_region(value)
        return _("the region %(name)s") % {"name": region.name if region else value}
    if kind == "watchlist":
        from sigap.monitoring.models import Watchlist

        name = Watchlist.objects.filter(pk=value).values_list("name", flat=True).first() if value.isdigit() else None
        return _("the watchlist %(name)s") % {"name": name} if name else _("a watchlist")
    return _("the key actor %(name)s") % {"name": value}


def reason_in_words(reason: str) -> str:
    """An audit reason with the tracker's machine tags (``region:33.21``) named in words."""
    return _TAG.sub(_tag_in_words, reason or "")


def history(events) -> list[dict]:
    """Audit rows of an issue, in words: what happened, from and to which state, who, why.

    ACTIONS above is registered with sigap.core.audit_labels (IssuesConfig.audit_labels)."""
    return [
        {
            "at": e.at, "what": audit_labels.action_label(e.action), "actor": e.actor, "reason": reason_in_words(e.reason),
            "from": audit_labels.state_label(e, e.from_state), "to": audit_labels.state_label(e, e.to_state),
        }
        for e in events
    ]  # fmt: skip
