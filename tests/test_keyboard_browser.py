"""In Chromium, by keyboard: the first Tab reaches "Langsung ke isi utama", which shows itself and
jumps to the main content; a form sent back with mistakes puts the focus on its error summary."""

from __future__ import annotations

import pytest
from helpers.users import sign_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = "() => { const el = document.activeElement; return el.id || el.className; }"


def _sign_in(page, base, user, url):
    sign_in_page(page, base, user, url)


def test_first_tab_reaches_the_skip_link_which_leads_to_the_main_content(page, live_server, analyst):
    _sign_in(page, live_server.url, analyst, "/beranda/")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "skip-link"
    assert page.locator(".skip-link").inner_text() == "Langsung ke isi utama"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0  # on screen while focused
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED) == "isi-utama"


def test_a_failed_submit_focuses_the_error_summary(page, live_server, analyst):
    _sign_in(page, live_server.url, analyst, "/sumber/baru/")
    assert page.evaluate(FOCUSED) != "error-summary"
    page.click("form button[type=submit]")
    page.wait_for_selector("#error-summary")
    assert page.evaluate(FOCUSED) == "error-summary"
    assert "Periksa kembali isian formulir" in page.locator("#error-summary").inner_text()
