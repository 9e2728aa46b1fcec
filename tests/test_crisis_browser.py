"""In Chromium, in Indonesian: declare a crisis from an issue → write the holding statement →
leadership approves → publish → the evaluation report shows the time to the first statement."""

import pytest
from helpers.users import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(browser, live_server, user):
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/masuk/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def test_declare_write_approve_publish_evaluate(browser, live_server, analyst, leader, flood_issue):
    page = _login(browser, live_server, analyst)
    page.goto(f"{live_server.url}/isu/{flood_issue.pk}/")
    page.click("#declare-crisis a")
    assert page.locator("h1").inner_text() == "Nyatakan krisis"
    page.select_option("#id_cluster", "victim")
    page.click("#declare-form button[type=submit]")
    page.wait_for_selector("#crisis-title")
    assert "Krisis dinyatakan" in page.locator(".messages").inner_text()
    assert page.locator("#crisis-phase").inner_text() == "Awal"
    crisis_url = page.url

    page.click("#messages a:has-text('Pernyataan awal')")
    page.fill(
        "#id_body",
        "Pada pagi ini tanggul Sungai Wulan jebol. Yang sudah diketahui: 300 warga dievakuasi. "
        "Pembaruan berikutnya pukul 12.00 WIB.",
    )
    page.click("#message-form button[name=save]")
    page.wait_for_selector("#message-version")
    assert page.locator("#message-version").inner_text() == "v2"
    page.click("#submit-review")
    page.wait_for_selector("#message-status")
    assert page.locator("#message-status").inner_text() == "Ditinjau"
    message_url = page.url

    boss = _login(browser, live_server, leader)
    boss.goto(message_url)
    boss.click("#approve")
    boss.wait_for_selector("#message-status")
    assert boss.locator("#message-status").inner_text() == "Disetujui"

    page.goto(message_url)
    page.select_option("#id_kind", "website")
    page.click("#publish")
    page.wait_for_selector("#message-status")
    assert page.locator("#message-status").inner_text() == "Dipublikasikan"
    assert "Dipublikasikan" in page.locator("#message-publications").inner_text()

    page.goto(crisis_url)
    page.click(".crisis-nav a:has-text('Evaluasi')")
    page.wait_for_selector("#time-to-holding")
    assert page.locator("h1").inner_text().startswith("Laporan evaluasi pascakrisis")
    assert "menit" in page.locator("#time-to-holding").inner_text()
    assert "dalam golden hour" in page.locator("#time-to-holding").inner_text()
