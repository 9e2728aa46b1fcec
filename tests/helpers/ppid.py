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


def at(y, m, d, hour=10):
    """A moment in WIB (office time of the test offices)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime(y, m, d, hour, tzinfo=ZoneInfo("Asia/Jakarta"))


def answered_request(office, actor, outcome="granted", *, notified_at, ground="h", **fields):
    """A request with its written notice issued (a refusal with its Pasal 17 ground and consequence test)."""
    from datetime import date

    from sigap.ppid.models import ConsequenceTest

    req = make_request(office, actor, **fields)
    values = {"notice_text": "Jawaban", "notified_at": notified_at}
    if outcome == "refused":
        values["refusal_ground"] = ground
        values["consequence_test"] = ConsequenceTest.objects.create(
            office=office,
            document="Dokumen",
            information="Informasi",
            ground=ground,
            legal_basis="UU",
            consequence="Akibat",
            decided_on=date(2026, 1, 1),
            exempt_until=date(2030, 1, 1),
        )
    req.notify(actor, outcome, **values)
    req.refresh_from_db()
    return req


def survey_data(score=4, **overrides):
    """The survey form with every element at ``score``; ``overrides`` replaces single answers (u1…u9, comment)."""
    data = {f"u{i}": str(score) for i in range(1, 10)}
    data.update(overrides)
    return data
