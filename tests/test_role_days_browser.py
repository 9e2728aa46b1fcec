"""Every role's day, in Chromium and in Indonesian: each person signs in at /masuk/, lands on their
home and clicks through what they do in a day (no jumping by address after the first page)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from helpers.crisis import holding, open_crisis
from helpers.ppid import at, make_request, submit_portal_request
from helpers.users import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def mail_and_portal(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PORTAL_MIN_FILL_SECONDS = (
        0  # a script fills faster than a person; tests/test_portal_abuse.py checks the wait
    )


def _sign_in(page, live_server, user):
    page.set_default_timeout(10_000)  # a step that fails, fails fast
    page.goto(f"{live_server.url}/masuk/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/beranda/")
    assert page.locator("h1").inner_text() == "Beranda"


def _nav(page, label):
    page.click(f"header nav a:has-text('{label}')")
    page.wait_for_load_state()


def _messages(page) -> str:
    return page.locator(".messages").inner_text()


def test_analyst_day(page, live_server, analyst, flood_issue):
    from sigap.monitoring.models import Document

    Document.objects.filter(office=flood_issue.office).update(author="wargademak")
    _sign_in(page, live_server, analyst)

    # the rising issue, from home
    page.click(f"#home-analyst .rising-issues a:has-text('{flood_issue.title}')")
    page.wait_for_selector("#score-breakdown")
    assert page.locator("h1").inner_text() == flood_issue.title
    assert page.locator("h2:has-text('Mengapa level ini?')").is_visible()
    assert "Laju volume" in page.locator("#score-breakdown").inner_text()

    # rename, and the new title is still there when the page is opened again
    page.fill("input[name=title]", "Tanggul Wulan jebol di Demak")
    page.click("form[action$='/rename/'] button")
    page.wait_for_selector(".messages")
    assert _messages(page) == "Judul isu diganti."
    page.reload()
    assert page.locator("h1").inner_text() == "Tanggul Wulan jebol di Demak"

    # search the documents, save the search, export it
    _nav(page, "Dokumen")
    page.fill("#id_q", "mengungsi")
    page.click("form.filters[role=search] button[type=submit]")
    page.wait_for_selector("#results mark")
    assert page.locator("#result-count").inner_text() == "12 dokumen ditemukan."
    page.fill("#save-search input[name=name]", "Pengungsi banjir")
    page.click("#save-search button[type=submit]")
    page.wait_for_selector(".messages")
    assert "Pengungsi banjir" in _messages(page)
    assert page.input_value("#id_q") == "mengungsi"  # back on the saved search's results
    with page.expect_download() as download:
        page.click("a:has-text('Ekspor CSV')")
    assert download.value.suggested_filename.endswith(".csv")
    assert "mengungsi" in open(download.value.path(), encoding="utf-8-sig").read()

    # an account, from its name on a result
    page.click("#results a:has-text('@wargademak')")
    page.wait_for_load_state()
    assert "wargademak" in page.locator("h1").inner_text()
    assert "Tanggul Sungai Wulan jebol" in page.locator("main").inner_text()


def test_crisis_team_day(page, live_server, offices, analyst, team):
    from sigap.crisis.actions import add_task
    from sigap.crisis.models import Message

    crisis = open_crisis(offices["demak"], analyst, title="Banjir bandang Demak", keep_blanks=True)
    add_task(
        crisis,
        actor=analyst,
        title="Hubungi BPBD untuk data pengungsi",
        phase=crisis.phase,
        owner=team,
        due_at=timezone.now() + timedelta(hours=1),
    )
    _sign_in(page, live_server, team)

    row = page.locator("#home-crisis-tasks tr:has-text('Hubungi BPBD untuk data pengungsi')")
    assert "Anda" in row.inner_text()
    row.locator("a:has-text('Banjir bandang Demak')").click()
    page.wait_for_selector("#crisis-title")
    assert page.locator("#crisis-title").inner_text() == "Banjir bandang Demak"

    # a holding statement drafted from the library's template
    form = page.locator("#new-message")
    form.locator("select[name=kind]").select_option("holding")
    form.locator("select[name=template]").select_option(label="Pernyataan awal (holding statement)")
    form.locator("button").click()
    page.wait_for_selector("#message-blanks")
    assert "[fakta yang sudah diverifikasi]" in page.locator("#message-blanks").inner_text()

    body = page.input_value("#id_body")
    for blank, text in {
        "[fakta yang sudah diverifikasi]": "300 warga dievakuasi ke Balai Desa Ketanjung",
        "[hal yang masih diperiksa]": "jumlah rumah yang terendam",
        "[langkah penanganan]": "BPBD membuka dua posko pengungsian",
        "{juru_bicara}": "Humas Pemkab Demak",
    }.items():
        body = body.replace(blank, text)
    page.fill("#id_body", body)
    page.click("#message-form button[name=save]")
    page.wait_for_selector("#message-version:has-text('v2')")
    assert page.locator("#message-blanks").count() == 0
    page.click("#submit-review")
    page.wait_for_selector("#message-status:has-text('Ditinjau')")
    drafted = Message.objects.get(pk=int(re.search(r"/pesan/(\d+)/", page.url).group(1)))
    assert drafted.status == "review" and "Balai Desa Ketanjung" in drafted.body


def test_leader_day(page, live_server, offices, team, leader):
    crisis = open_crisis(offices["demak"], team, title="Banjir bandang Demak")
    message = holding(crisis)
    message.submit(actor=team)
    _sign_in(page, live_server, leader)

    assert page.locator("#unread-badge").inner_text() == "1"
    section = page.locator(f"#home-leadership-{offices['demak'].pk}")
    assert "Hari ini di Pemkab Demak" in section.inner_text()
    section.locator(f".to-approve a:has-text('{message.title}')").click()
    page.wait_for_selector("#message-status")
    assert page.locator("#message-status").inner_text() == "Ditinjau"
    page.click("#approve")
    page.wait_for_selector("#message-status:has-text('Disetujui')")
    assert page.locator("#unread-badge").count() == 0  # nothing waits for them any more

    _nav(page, "Ringkasan harian")
    page.wait_for_selector("#brief")
    assert page.locator("h1").inner_text().startswith("Ringkasan harian: Pemkab Demak")
    assert "Banjir bandang Demak" in page.locator("#declared-crises").inner_text()


def test_ppid_day(page, live_server, offices, ppid):
    from sigap.core.models import Office, OfficeKind

    demak = offices["demak"]
    Office.objects.create(name="Dinas Pendidikan", slug="demak-disdik", kind=OfficeKind.PPID_PELAKSANA, parent=demak)
    later = make_request(demak, ppid, information="Daftar penerima bansos 2026", received_at=at(2026, 12, 4))
    sooner = make_request(demak, ppid, information="Salinan DPA Dinas Pendidikan 2026", received_at=at(2026, 12, 1))
    _sign_in(page, live_server, ppid)

    queue = page.locator("#home-ppid .ppid-queue li")
    assert "Salinan DPA" in queue.nth(0).inner_text() and "bansos" in queue.nth(1).inner_text()
    assert "2 permohonan terbuka" in page.locator("#home-ppid .summary").inner_text()
    queue.nth(0).locator("a").click()
    page.wait_for_selector("#deadline-explanation")
    assert sooner.number in page.locator("h1").inner_text()

    dispose = page.locator("form[action$='/aksi/dispose/']")
    dispose.locator("select[name=unit]").select_option(label="Dinas Pendidikan")
    dispose.locator("textarea[name=note]").fill("Mohon disiapkan salinan DPA.")
    dispose.locator("button").click()
    page.wait_for_selector(".messages")
    assert "Tersimpan" in _messages(page)
    assert "Dinas Pendidikan" in page.locator("dl.facts").first.inner_text()

    notice = page.locator("form[action$='/aksi/notify/']")
    notice.locator("select[name=outcome]").select_option("granted")
    notice.locator("textarea[name=notice_text]").fill("Salinan DPA kami kirim melalui surel.")
    notice.locator("button").click()
    page.wait_for_selector("p.documents a:has-text('pemberitahuan tertulis')")
    assert "Tersimpan" in _messages(page)
    sooner.refresh_from_db()
    assert sooner.notified_at is not None and sooner.assigned_unit.name == "Dinas Pendidikan"
    later.refresh_from_db()
    assert later.notified_at is None


def test_admin_day(page, live_server, offices, office_admin):
    from django.core import mail

    demak = offices["demak"]
    _sign_in(page, live_server, office_admin)
    setup = page.locator(f"#home-setup-{demak.pk}")
    assert "Pemkab Demak" in setup.locator("h2").inner_text()
    assert "todo" in page.get_attribute(f"#setup-{demak.pk}-users", "class")

    # invite a user from the office's user page
    page.click(f"#setup-{demak.pk}-users a")
    page.wait_for_selector("#office-users")
    page.click("a:has-text('Undang pengguna')")
    page.fill("#id_name", "Rina Analis")
    page.fill("#id_email", "rina@demakkab.go.id")
    page.check("input[name=roles][value=analis]")
    page.click("form button[type=submit]")
    page.wait_for_selector("#office-users")
    assert "Rina Analis" in page.locator("#office-users").inner_text()
    assert [m.to for m in mail.outbox] == [["rina@demakkab.go.id"]]

    # a PPID Pelaksana unit, from the checklist
    _nav(page, "Beranda")
    page.click(f"#setup-{demak.pk}-ppid_units a")
    page.fill("#id_name", "Dinas Pendidikan")
    page.click("form button[type=submit]")
    page.wait_for_selector("#units-demak")
    assert "Dinas Pendidikan" in page.locator("#units-demak").inner_text()

    # the service information shown on the public portal
    page.click(".ppid-nav a:has-text('Informasi layanan publik')")
    assert page.locator("h1").inner_text() == "Informasi layanan publik: Pemkab Demak"  # their office, not the new unit
    page.fill("#id_service_hours", "Senin–Jumat 08.00–15.00 WIB")
    page.fill("#id_hotline", "(0291) 685013")
    page.click("form[method=post] button[type=submit]")
    page.wait_for_selector(".messages")
    assert "portal publik" in _messages(page)
    page.click("a:has-text('Lihat halaman publik')")
    assert "(0291) 685013" in page.locator("#service-info").inner_text()
    page.go_back()

    _nav(page, "Beranda")
    assert "done" in page.get_attribute(f"#setup-{demak.pk}-ppid_units", "class")


def test_requester_day(page, live_server, offices, tmp_path):
    code = submit_portal_request(page, live_server.url, tmp_path)

    page.click("header a:has-text('Lacak permohonan')")
    page.fill("#id_code", code)
    page.click("button.primary")
    page.wait_for_selector(".status-big")
    assert "Teregistrasi" in page.locator("body").inner_text()
    assert "Siti Rahayu" not in page.content()
