"""Notifications of the crisis workflow, queued after commit by the model methods."""

from __future__ import annotations

import logging

log = logging.getLogger("sigap.crisis")


def message_changed(message_id: int, action: str) -> None:
    """Tell the crisis team a message moved (review asked, approved, published) through the alerts app.

    Alert rules match by kind; the crisis kinds are not (yet) among AlertRule's choices, so the
    event is raised for the record and matches no rule until the alerts app learns the kinds."""
    from django.utils import timezone

    from sigap.alerts.actions import raise_events
    from sigap.alerts.events import Event

    from .models import Message

    message = Message.objects.select_related("crisis").filter(pk=message_id).first()
    if message is None or message.crisis.drill:
        return
    raise_events([Event(
        kind="crisis_message", office_id=message.crisis.office_id, subject=f"crisis_message:{message.pk}:{action}",
        title=f"{message.crisis.title}: {message.title} ({message.get_status_display()})",
        url=message.get_absolute_url(), at=timezone.now(), level="krisis",
    )])
