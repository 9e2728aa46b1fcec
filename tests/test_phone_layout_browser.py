"""On a 390 px phone the dashboard's charts keep a readable height and a list's filters fold
behind "Saring" so the results come first; on a laptop the filters stay open."""

import pytest
from helpers.users import sign_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def _sign_in(page, base, user, url):
    sign_in_page(page, base, user, url)
    page.wait_for_load_state("networkidle")


def test_the_dashboard_charts_keep_their_height_on_a_phone(page, live_server, analyst, source):
    page.set_viewport_size(PHONE)
    _sign_in(page, live_server.url, analyst, "/")
    for chart in ("#volume-chart", "#sentiment-chart", "#channel-chart"):
        box = page.locator(chart).bounding_box()
        assert box is not None and box["height"] >= 200, (chart, box)
        assert box["width"] <= PHONE["width"]


def test_the_document_filters_fold_on_a_phone_and_open_on_request(page, live_server, analyst, source):
    page.set_viewport_size(PHONE)
    _sign_in(page, live_server.url, analyst, "/dokumen/")
    assert not page.locator("#id_q").is_visible()
    page.click("details.filters-fold > summary")
    assert page.locator("#id_q").is_visible()


def test_the_document_filters_stay_open_on_a_laptop(page, live_server, analyst, source):
    page.set_viewport_size({"width": 1366, "height": 768})
    _sign_in(page, live_server.url, analyst, "/dokumen/")
    assert page.locator("#id_q").is_visible()
    assert not page.locator("details.filters-fold > summary").is_visible()


def test_a_filter_choice_with_long_office_names_stays_within_a_phone(page, live_server, offices, ppid):
    from sigap.core.models import Office

    Office.objects.filter(pk=offices["demak"].pk).update(
        name="Pemerintah Kabupaten Demak — Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah"
    )
    Office.objects.create(name="Dinas Komunikasi dan Informatika", slug="diskominfo-demak", parent=offices["demak"])
    page.set_viewport_size(PHONE)
    _sign_in(page, live_server.url, ppid, "/ppid/laporan/ikm/")
    assert page.locator("#id_office").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
