"""Builders and sample data of the PPID and portal tests."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

VALID_NIK = "3321014501900001"  # 33 Jawa Tengah, 21 Demak, 01 kecamatan, 45-01-90 (woman), 0001
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def ktp(name="ktp.png", content=PNG):
    return SimpleUploadedFile(name, content, content_type="image/png")


def filled_stamp(seconds_ago: float = 60) -> str:
    """The portal form's signed render time, as if a person had spent ``seconds_ago`` filling it in."""
    import time

    from sigap.portal.forms import rendered_stamp

    return rendered_stamp(time.time() - seconds_ago)


def portal_data(**overrides):
    data = {
        "requester_kind": "individual",
        "name": "Siti Rahayu",
        "nik": VALID_NIK,
        "address": "Jl. Sultan Fatah No. 12, Demak",
        "phone": "081234567890",
        "email": "siti@example.id",
        "occupation": "Wiraswasta",
        "information": "Salinan DPA Dinas Pendidikan tahun 2026",
        "purpose": "Kajian anggaran pendidikan",
        "obtain_method": "softcopy",
        "delivery_method": "email",
        "accessibility_needs": "",
        "token": "a1b2c3d4e5f6",
        "agree": "on",
        "ktp": ktp(),
        "rendered": filled_stamp(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def intake_data(office, **overrides):
    data = {
        "office": office.pk,
        "channel": "walk_in",
        "received_at": "2026-03-16T09:00",
        "requester_kind": "individual",
        "name": "Budi Santoso",
        "nik": VALID_NIK,
        "address": "Desa Bintoro RT 02/03, Demak",
        "phone": "0812000111",
        "email": "budi@example.id",
        "occupation": "Wartawan",
        "information": "Daftar penerima bansos 2025 per desa",
        "purpose": "Liputan",
        "obtain_method": "softcopy",
        "delivery_method": "email",
    }
    data.update(overrides)
    return data


def make_request(office, actor=None, **fields):
    """A registered request created the way intake does it (domain call, for setting up other tests)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from sigap.ppid.actions import create_request

    data = {
        "channel": "walk_in",
        "name": "Budi Santoso",
        "nik": VALID_NIK,
        "address": "Desa Bintoro, Demak",
        "phone": "0812000111",
        "email": "budi@example.id",
        "information": "Daftar penerima bansos 2025",
        "purpose": "Liputan",
        "received_at": datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta")),
    }
    data.update(fields)
    req, _ = create_request(office, data, actor=actor)
    return req
