"""The officer marks the areas to black out by drawing on a preview of the original's pages."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers.ppid import answered_request, at
from helpers.users import sign_in_page
from PIL import Image

pytestmark = pytest.mark.django_db


def _two_pages() -> bytes:
    from weasyprint import HTML

    return HTML(string="<p>Halaman satu</p><p style='break-before: page'>Halaman dua, tanda tangan</p>").write_pdf()


def _released(client, offices, ppid, content, name):
    from sigap.ppid.models import ReleasedDocument

    req = answered_request(offices["demak"], ppid, notified_at=at(2026, 3, 27), publish_consent=True)
    client.post(f"/ppid/permohonan/{req.pk}/dirilis/", {"file": SimpleUploadedFile(name, content), "for_archive": "on"})
    return ReleasedDocument.objects.get(request=req)


def test_each_page_of_the_original_is_shown_as_an_image_to_the_ppid_desk(login, offices, ppid):
    doc = _released(login(ppid), offices, ppid, _two_pages(), "surat.pdf")
    response = login(ppid).get(f"/ppid/dirilis/{doc.pk}/halaman/2.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).width > 100
    assert "no-store" in response["Cache-Control"]


def test_a_page_past_the_end_is_404(login, offices, ppid):
    doc = _released(login(ppid), offices, ppid, _two_pages(), "surat.pdf")
    assert login(ppid).get(f"/ppid/dirilis/{doc.pk}/halaman/3.png").status_code == 404


def test_the_preview_is_404_for_another_office_and_403_without_a_ppid_role(
    login, offices, ppid, outsider_ppid, analyst
):
    doc = _released(login(ppid), offices, ppid, _two_pages(), "surat.pdf")
    assert login(outsider_ppid).get(f"/ppid/dirilis/{doc.pk}/halaman/1.png").status_code == 404
    assert login(analyst).get(f"/ppid/dirilis/{doc.pk}/halaman/1.png").status_code == 403


def test_the_redaction_page_offers_every_page_to_draw_on(login, offices, ppid):
    doc = _released(login(ppid), offices, ppid, _two_pages(), "surat.pdf")
    page = login(ppid).get(f"/ppid/dirilis/{doc.pk}/publik/").content.decode()
    assert 'id="redaction-page"' in page and '<option value="2">2</option>' in page
    assert f"/ppid/dirilis/{doc.pk}/halaman/1.png" in page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_area_drawn_on_the_scan_becomes_a_line_and_is_blacked_out(browser, live_server, offices, ppid, client):
    scan = Image.new("RGB", (400, 200), "white")
    out = io.BytesIO()
    scan.save(out, "PNG")
    client.force_login(ppid)
    doc = _released(client, offices, ppid, out.getvalue(), "ktp.png")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    sign_in_page(page, live_server.url, ppid, f"/ppid/dirilis/{doc.pk}/publik/")
    preview = page.locator("[data-redaction-preview] img")
    preview.wait_for()
    page.wait_for_function("document.querySelector('[data-redaction-preview] img').naturalWidth > 0")
    preview.scroll_into_view_if_needed()
    box = preview.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.1, box["y"] + box["height"] * 0.2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.6, steps=5)
    page.mouse.up()
    line = page.locator("#id_boxes").input_value().strip()
    numbers = [float(n) for n in line.split(",")]
    assert numbers[0] == 1 and abs(numbers[1] - 10) < 2 and abs(numbers[2] - 20) < 2
    assert abs(numbers[3] - 50) < 2 and abs(numbers[4] - 60) < 2
    page.click("button[name=action][value=redact]")
    page.wait_for_selector("#redacted-copy")
    doc.refresh_from_db()
    with doc.redacted.open("rb") as f:
        redacted = Image.open(io.BytesIO(f.read())).convert("RGB")
    assert sum(redacted.getpixel((120, 80))) < 30  # inside the drawn area
    assert sum(redacted.getpixel((300, 180))) > 700  # outside it
