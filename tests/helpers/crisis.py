"""Builders of the crisis tests."""

from __future__ import annotations


def declare(client, office, **fields):
    data = {"office": office.pk, "title": "Banjir Demak", "cluster": "victim", "severity": 4, **fields}
    return client.post("/krisis/baru/", data)


def open_crisis(office, actor, **kwargs):
    from sigap.crisis.actions import open_crisis as _open

    kwargs.setdefault("title", "Banjir bandang Demak")
    return _open(office, actor=actor, **kwargs)


def holding(crisis):
    return crisis.messages.get(kind="holding")


def approved_holding(crisis, approver):
    message = holding(crisis)
    message.submit(actor=crisis.declared_by)
    message.approve(actor=approver)
    return message
