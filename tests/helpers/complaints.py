"""Builders of the complaint tests."""

from __future__ import annotations


def public_data(**overrides):
    from helpers.ppid import filled_stamp

    data = {
        "title": "Air bersih di pengungsian habis",
        "text": "Sejak dua hari air bersih di posko pengungsian Desa Wonosalam habis.",
        "place": "Desa Wonosalam, Demak",
        "name": "Budi Santoso",
        "phone": "081298765432",
        "email": "budi@example.id",
        "token": "c0ffee0001",
        "rendered": filled_stamp(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def make_complaint(office, **fields):
    from sigap.complaints.actions import create_complaint

    data = {"title": "Jalan berlubang", "text": "Jalan di depan pasar berlubang besar.", "name": "Siti Aminah"}
    data.update(fields)
    complaint, _created = create_complaint(office, data)
    return complaint
