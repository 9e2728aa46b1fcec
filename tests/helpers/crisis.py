"""Builders of the crisis tests."""

from __future__ import annotations

# What the team writes into a template's blanks before sending a statement for review.
VERIFIED = "300 warga dievakuasi ke Balai Desa Ketanjung (BPBD Demak, 08.00 WIB)"


def declare(client, office, **fields):
    data = {"office": office.pk, "title": "Banjir Demak", "cluster": "victim", "severity": 4, **fields}
    return client.post("/krisis/baru/", data)


def open_crisis(office, actor, *, keep_blanks=False, **kwargs):
    """A crisis whose drafts from templates are completed, still as version 1 (the tests of the
    workflow are about approval, not filling in); ``keep_blanks`` leaves them as the library wrote them."""
    from sigap.crisis.actions import open_crisis as _open

    kwargs.setdefault("title", "Banjir bandang Demak")
    crisis = _open(office, actor=actor, **kwargs)
    if not keep_blanks:
        for message in crisis.messages.all():
            complete(message)
    return crisis


def complete(message):
    """Write VERIFIED (a name for the spokesperson) into every blank of the message's text, in place (setup, not a user's edit)."""
    from sigap.crisis.models import Message, MessageVersion
    from sigap.crisis.placeholders import unfilled

    body = message.body
    for blank in unfilled(body):
        body = body.replace(blank, "Humas Demak" if blank == "{juru_bicara}" else VERIFIED)
    Message.objects.filter(pk=message.pk).update(body=body)
    MessageVersion.objects.filter(message=message, number=message.version).update(body=body)
    message.body = body
    return message


def holding(crisis):
    return crisis.messages.get(kind="holding")


def approved_holding(crisis, approver):
    message = holding(crisis)
    message.submit(actor=crisis.declared_by)
    message.approve(actor=approver)
    return message
