"""The requester's whole journey in Chromium, in Indonesian: submit on the portal, track with the code, the PPID
officer answers on the staff page and releases a document, the requester downloads it, files an objection within
the window and rates the service on the IKM survey."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.ppid import submit_portal_request
from helpers.users import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def portal_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PORTAL_MIN_FILL_SECONDS = 0  # a script fills faster than a person; tests/test_portal_abuse.py checks it


def _submit(page, live_server, tmp_path) -> str:
    return submit_portal_request(page, live_server.url, tmp_path)


def _officer_answers(officer, live_server, ppid, number: str, document: Path) -> None:
    officer.set_default_timeout(10_000)
    officer.goto(f"{live_server.url}/masuk/")
    officer.fill("#id_username", ppid.username)
    officer.fill("#id_password", PASSWORD)
    officer.click("button[type=submit]")
    officer.wait_for_url(f"{live_server.url}/beranda/")
    officer.click(f"#home-ppid a:has-text('{number}')")
    officer.wait_for_selector("#deadline-explanation")
    notice = officer.locator("form[action$='/aksi/notify/']")
    notice.locator("select[name=outcome]").select_option("granted")
    notice.locator("textarea[name=notice_text]").fill("Salinan DPA kami lampirkan.")
    notice.locator("button").click()
    officer.wait_for_selector("#released-documents")
    release = officer.locator("#released-documents form")
    release.locator("input[name=file]").set_input_files(str(document))
    release.locator("button").click()
    officer.wait_for_selector("#released-documents li:has-text('dpa-2026.pdf')")
    assert "Dokumen dirilis" in officer.locator(".messages").inner_text()


def test_requester_journey(page, browser, live_server, offices, ppid, tmp_path):
    from weasyprint import HTML

    from sigap.ppid.models import InformationRequest, SatisfactionResponse

    page.set_default_timeout(10_000)
    code = _submit(page, live_server, tmp_path)

    page.click("header a:has-text('Lacak permohonan')")
    page.fill("#id_code", code)
    page.click("button.primary")
    page.wait_for_selector(".status-big")
    assert "Teregistrasi" in page.locator(".status-big").inner_text()
    assert page.locator("#documents a").count() == 0

    document = tmp_path / "dpa-2026.pdf"
    document.write_bytes(HTML(string="<h1>DPA Dinas Pendidikan 2026</h1>").write_pdf())
    req = InformationRequest.objects.get(tracking_code=code)
    _officer_answers(browser.new_page(), live_server, ppid, req.number, document)

    page.reload()
    assert "Diterima" in page.locator(".status-big").inner_text()
    assert "Keputusan: Diterima" in page.locator("#history").inner_text()
    with page.expect_download() as download:
        page.click("#documents a:has-text('dpa-2026.pdf')")
    assert Path(download.value.path()).read_bytes() == document.read_bytes()

    page.click("#objection-right a:has-text('Ajukan keberatan')")
    page.locator("input[name=grounds]:enabled").first.check()
    page.fill("textarea[name=case_summary]", "Lampiran DPA tidak memuat rincian belanja.")
    page.click("main button.primary")
    page.wait_for_selector(".messages")
    assert "Keberatan Anda telah teregistrasi" in page.locator(".messages").inner_text()
    assert "Keberatan" in page.locator("#history").inner_text()

    page.click("#survey a:has-text('Isi survei')")
    for i in range(1, 10):
        page.check(f"input[name=u{i}][value='4']")
    page.click("main button.primary")
    page.wait_for_selector("#survey")
    assert "sudah diisi" in page.locator("#survey").inner_text()
    assert SatisfactionResponse.objects.filter(request=req).count() == 1
