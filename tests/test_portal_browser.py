"""A member of the public in Chromium: a wrong NIK, corrected, then the tracking page (no NIK on it)."""

from __future__ import annotations

import pytest
from helpers.ppid import PNG, VALID_NIK

from sigap.lib.waktu import format_date

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def portal_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PORTAL_MIN_FILL_SECONDS = (
        0  # a script fills faster than a person; tests/test_portal_abuse.py checks the wait
    )


def test_public_request_with_a_wrong_nik_then_tracking(page, live_server, offices, tmp_path):
    from sigap.ppid.models import InformationRequest

    ktp = tmp_path / "ktp.png"
    ktp.write_bytes(PNG)
    page.goto(f"{live_server.url}/layanan/demak/permohonan/")
    page.fill("#id_name", "Siti Rahayu")
    page.fill("#id_nik", "12345")
    page.fill("#id_address", "Jl. Sultan Fatah No. 12, Demak")
    page.fill("#id_phone", "081234567890")
    page.fill("#id_email", "siti@example.id")
    page.set_input_files("#id_ktp", str(ktp))
    page.fill("#id_information", "Salinan DPA Dinas Pendidikan tahun 2026")
    page.fill("#id_purpose", "Kajian anggaran pendidikan")
    page.check("#id_agree")
    page.click("button[type=submit]")

    page.wait_for_selector(".error")
    body = page.locator("main, body").first.inner_text()
    assert "NIK terdiri atas tepat 16 digit." in body
    assert "pilih lagi" in body  # attached files must be chosen again, and the page says so
    assert page.input_value("#id_name") == "Siti Rahayu"  # what was typed is kept
    assert page.input_value("#id_information") == "Salinan DPA Dinas Pendidikan tahun 2026"
    assert page.input_value("#id_nik") == "12345"
    assert not InformationRequest.objects.exists()

    page.fill("#id_nik", VALID_NIK)
    page.set_input_files("#id_ktp", str(ktp))
    page.click("button[type=submit]")
    page.wait_for_selector("#tracking-code")
    code = page.inner_text("#tracking-code")
    req = InformationRequest.objects.get()
    assert code == req.tracking_code and page.inner_text("#number") == req.number

    page.goto(f"{live_server.url}/layanan/lacak/")
    page.fill("#id_code", code.lower())
    page.click("button.primary")
    page.wait_for_selector(".status-big")
    text = page.locator("body").inner_text()
    assert "Teregistrasi" in text
    assert format_date(req.due_date) in text
    html = page.content()
    for secret in (VALID_NIK, "12345", "Siti Rahayu", "Jl. Sultan Fatah", "siti@example.id", "081234567890"):
        assert secret not in html
