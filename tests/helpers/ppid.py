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


def make_dip_entry(office, summary="Laporan keuangan tahunan", **fields):
    """A DIP entry as the PPID desk records it (category berkala unless given)."""
    from sigap.ppid.models import DIPEntry

    values = {
        "holding_unit": "Bagian Keuangan",
        "responsible": "Kepala Bagian Keuangan",
        "made_when_where": "2025, Demak",
        "formats": "PDF",
        "retention": "10 tahun",
        "category": "berkala",
    }
    values.update(fields)
    return DIPEntry.objects.create(office=office, summary=summary, **values)


def make_dik_entry(office, information="Berkas penyidikan dugaan korupsi", document="BAP-2026-001.pdf"):
    """A DIK entry with the consequence test behind it (``document`` names the exempt document)."""
    from datetime import date

    from sigap.ppid.models import ConsequenceTest, DIKEntry

    test = ConsequenceTest.objects.create(
        office=office,
        document=document,
        information=information,
        ground="a",
        legal_basis="UU 14/2008 Pasal 17 huruf a",
        consequence="Membuka informasi menghambat proses penyidikan.",
        decided_on=date(2026, 1, 5),
        decree_number="SK-PPID/01/2026",
        exempt_until=date(2028, 1, 5),
    )
    return DIKEntry.objects.create(
        office=office,
        information=information,
        ground="a",
        legal_basis=test.legal_basis,
        consequence=test.consequence,
        consequence_test=test,
        exempt_until=test.exempt_until,
    )


def pdf_text(data: bytes) -> str:
    """The words of a PDF on one line (line breaks of the layout become spaces)."""
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def form_values(html: str, action: str | None = None) -> dict[str, str]:
    """What a browser sends from a form of the page left unchanged: the first form whose action contains
    ``action``, or (``None``) the first that posts back to the page itself (no action)."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self):
            super().__init__()
            self.values, self.inside, self.done, self.field, self.select = {}, False, False, None, None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            target = a.get("action")
            if tag == "form" and not self.done and (target is None if action is None else action in (target or "")):
                self.inside = True
            if not self.inside:
                return
            if tag == "input" and a.get("name") and a.get("type") not in ("submit", "file"):
                if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                    self.values[a["name"]] = a.get("value") or ""
            elif tag == "textarea":
                self.field = a["name"]
                self.values[self.field] = ""
            elif tag == "select":
                self.select = a["name"]
            elif tag == "option" and self.select and "selected" in a:
                self.values[self.select] = a.get("value") or ""

        def handle_data(self, data):
            if self.field:
                self.values[self.field] += data.removeprefix("\n") if not self.values[self.field] else data

        def handle_endtag(self, tag):
            if tag == "textarea":
                self.field = None
            elif tag == "select":
                self.select = None
            elif tag == "form" and self.inside:
                self.inside, self.done = False, True

    reader = Reader()
    reader.feed(html)
    return reader.values


def make_letterhead(office, name_lines: str, signatory: str = ""):
    from sigap.ppid.models import Letterhead

    return Letterhead.objects.create(
        office=office, name_lines=name_lines, signatory_name=signatory, signatory_position="PPID Utama"
    )


def submit_portal_request(page, base, tmp_path) -> str:
    """A requester submits Demak's request form in a browser page; returns the tracking code."""
    ktp = tmp_path / "ktp.png"
    ktp.write_bytes(PNG)
    page.goto(f"{base}/layanan/")
    page.click("tr:has-text('Pemkab Demak') a:has-text('Ajukan permohonan')")
    page.fill("#id_name", "Siti Rahayu")
    page.fill("#id_nik", VALID_NIK)
    page.fill("#id_address", "Jl. Sultan Fatah No. 12, Demak")
    page.fill("#id_phone", "081234567890")
    page.fill("#id_email", "siti@example.id")
    page.set_input_files("#id_ktp", str(ktp))
    page.fill("#id_information", "Salinan DPA Dinas Pendidikan tahun 2026")
    page.fill("#id_purpose", "Kajian anggaran pendidikan")
    page.check("#id_agree")
    page.click("button[type=submit]")
    page.wait_for_selector("#tracking-code")
    return page.inner_text("#tracking-code")
