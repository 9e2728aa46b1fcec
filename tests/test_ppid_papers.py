"""The PPID's papers are right: the annual report's form and numbering, the letters' letterhead,
wording, dates and legal bases, the written-notice form, and real dates in the register XLSX."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from freezegun import freeze_time
from helpers.ppid import answered_request, at, form_values, make_letterhead, make_request, pdf_text

pytestmark = pytest.mark.django_db


def _letter(client, req, kind="receipt") -> str:
    return pdf_text(client.get(f"/ppid/permohonan/{req.pk}/dokumen/{kind}.pdf").content)


# --------------------------------------------------------------------------- annual report


def test_report_edit_page_gives_the_date_inputs_iso_dates(login, ppid, service_report):
    page = login(ppid).get(f"/ppid/laporan/{service_report.pk}/ubah/").content.decode()
    values = form_values(page)
    assert (values["period_start"], values["period_end"]) == ("2026-01-01", "2026-12-31")


def test_saving_the_unchanged_report_form_succeeds(login, ppid, service_report):
    client = login(ppid)
    url = f"/ppid/laporan/{service_report.pk}/ubah/"
    response = client.post(url, form_values(client.get(url).content.decode()))
    assert response.status_code == 302
    service_report.refresh_from_db()
    assert (service_report.period_start, service_report.period_end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_report_page_numbers_its_parts_1_to_6_like_the_regulation(login, ppid, service_report):
    import re

    page = login(ppid).get(f"/ppid/laporan/{service_report.pk}/").content.decode()
    assert re.findall(r"<h2>(\d)\. ", page) == ["1", "2", "3", "4", "5", "6"]


# --------------------------------------------------------------------------- letterhead and signatory


@freeze_time("2026-03-16 03:00:00")
def test_regency_receipt_is_not_on_the_provinces_letterhead(login, ppid, offices):
    make_letterhead(offices["jateng"], "PEMERINTAH PROVINSI JAWA TENGAH", signatory="Gubernur Punya")
    text = _letter(login(ppid), make_request(offices["demak"], ppid))
    assert "PEMKAB DEMAK" in text.upper()
    assert "PROVINSI JAWA TENGAH" not in text.upper() and "PEMPROV" not in text.upper()
    assert "Gubernur Punya" not in text


@freeze_time("2026-03-16 03:00:00")
def test_receipt_carries_the_offices_own_letterhead_and_signatory(login, ppid, offices):
    make_letterhead(offices["jateng"], "PEMERINTAH PROVINSI JAWA TENGAH", signatory="Gubernur Punya")
    make_letterhead(offices["demak"], "PEMERINTAH KABUPATEN DEMAK\nDINAS KOMINFO", signatory="Siti Aminah")
    text = _letter(login(ppid), make_request(offices["demak"], ppid))
    assert "PEMERINTAH KABUPATEN DEMAK" in text and "Siti Aminah" in text
    assert "PROVINSI" not in text and "Gubernur Punya" not in text


@freeze_time("2026-03-16 03:00:00")
def test_a_unit_without_letterhead_uses_its_regencys(login, ppid, offices, dinas):
    make_letterhead(offices["demak"], "PEMERINTAH KABUPATEN DEMAK", signatory="Siti Aminah")
    text = _letter(login(ppid), make_request(dinas, ppid))
    assert "PEMERINTAH KABUPATEN DEMAK" in text and "Siti Aminah" in text


# --------------------------------------------------------------------------- receipt wording and dates


@freeze_time("2026-03-16 03:00:00")
def test_receipt_states_10_working_days_and_long_dates(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    text = _letter(login(ppid), req)
    assert "Tanggal diterima : 16 Maret 2026 pukul 09.00 WIB" in text
    assert "paling lambat 7 April 2026 (10 hari kerja sejak permohonan diterima, UU 14/2008 Pasal 22 ayat (7)" in text


@freeze_time("2026-03-20 03:00:00")
def test_receipt_of_an_extended_request_states_10_plus_7_working_days(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    req.extend(ppid, "Data tersebar di 14 kecamatan")
    text = _letter(login(ppid), req)
    assert (
        "paling lambat 16 April 2026 (10 hari kerja sejak permohonan diterima ditambah perpanjangan 7 hari kerja, "
        "UU 14/2008 Pasal 22 ayat (7) dan (8))"
    ) in text


@freeze_time("2026-03-20 03:00:00")
def test_an_offices_own_receipt_text_gets_the_period_with_the_extension(login, ppid, offices):
    from sigap.ppid.letters import STARTER_BODIES
    from sigap.ppid.models import LetterTemplate

    LetterTemplate.objects.create(office=offices["demak"], kind="receipt", body=STARTER_BODIES["receipt"])
    req = make_request(offices["demak"], ppid)
    req.extend(ppid, "Data tersebar di 14 kecamatan")
    text = _letter(login(ppid), req)
    assert "paling lambat 16 April 2026 (10 hari kerja sejak permohonan diterima ditambah perpanjangan 7" in text


# --------------------------------------------------------------------------- the other letters' wording


@freeze_time("2026-03-20 03:00:00")
def test_extension_notice_states_the_period_and_the_right_to_object(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    req.extend(ppid, "Data tersebar di 14 kecamatan")
    text = _letter(login(ppid), req, "extension")
    assert "UU 14/2008 Pasal 22 ayat (8)" in text and "paling lambat 16 April 2026" in text
    assert "keberatan kepada Atasan PPID (UU 14/2008 Pasal 35 ayat (1) huruf c dan g)" in text


@freeze_time("2026-03-30 03:00:00")
def test_notice_states_delivery_cost_and_the_objection_window(login, ppid, offices):
    req = make_request(offices["demak"], ppid, delivery_method="email")
    req.notify(ppid, "granted", notice_text="Daftar penerima", cost=15000, provide_days=3)
    text = _letter(login(ppid), req, "notice")
    assert "Cara penyampaian informasi : E-mail" in text
    assert "Rp 15.000" in text
    assert (
        "paling lambat 30 hari kerja sejak alasan keberatan timbul (UU 14/2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1))"
        in text
    )


@freeze_time("2026-04-20 03:00:00")
def test_objection_receipt_states_the_answer_period_and_the_commission(login, ppid, offices):
    from sigap.ppid.actions import file_objection

    req = answered_request(offices["demak"], ppid, "refused", notified_at=at(2026, 4, 14))
    objection, _ = file_objection(req, {"grounds": ["a"], "case_summary": "Ditolak"})
    text = pdf_text(login(ppid).get(f"/ppid/keberatan/{objection.pk}/tanda-bukti.pdf").content)
    assert "Tanggal diterima : 20 April 2026 pukul 10.00 WIB" in text
    assert "30 hari kerja sejak keberatan diterima, UU 14/2008 Pasal 36 ayat (2)" in text
    assert "Komisi Informasi paling lambat 14 hari kerja" in text and "Pasal 37 ayat (2)" in text


# --------------------------------------------------------------------------- the written-notice form


def test_notice_form_marks_each_field_with_its_outcome(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    page = login(ppid).get(f"/ppid/permohonan/{req.pk}/").content.decode()
    assert 'data-show-when="outcome:not_held"' in page and 'name="holder"' in page
    assert 'data-show-when="outcome:granted partly_granted"' in page


def test_notice_checks_only_the_chosen_outcomes_fields(login, ppid, offices):
    from sigap.ppid.models import ConsequenceTest

    req = make_request(offices["demak"], ppid)
    test = ConsequenceTest.objects.create(
        office=offices["demak"],
        document="Data penerima bansos",
        information="NIK",
        ground="h",
        legal_basis="UU 27/2022",
        consequence="Data pribadi",
        decided_on=date(2026, 1, 1),
        exempt_until=date(2030, 1, 1),
    )
    data = {"outcome": "refused", "refusal_ground": "h", "consequence_test": test.pk, "notice_text": "Ditolak"}
    # What a browser without script also sends: the other outcomes' fields, empty or stale.
    data |= {"cost": "", "documented_by": "bukan tanggal", "holder": "Dinas lain"}
    login(ppid).post(f"/ppid/permohonan/{req.pk}/aksi/notify/", data)
    req.refresh_from_db()
    assert (req.status, req.outcome, req.holder) == ("notified", "refused", "")


def test_notice_still_requires_the_chosen_outcomes_fields(login, ppid, offices):
    req = make_request(offices["demak"], ppid)
    login(ppid).post(f"/ppid/permohonan/{req.pk}/aksi/notify/", {"outcome": "not_held", "holder": ""})
    req.refresh_from_db()
    assert req.status != "notified"


# --------------------------------------------------------------------------- register XLSX


@freeze_time("2026-05-20 03:00:00")
def test_objection_register_writes_the_answer_day_as_a_date_cell(login, ppid, offices):
    from openpyxl import load_workbook

    from sigap.ppid.actions import file_objection

    req = answered_request(offices["demak"], ppid, "refused", notified_at=at(2026, 4, 14))
    objection, _ = file_objection(req, {"grounds": ["a"], "case_summary": "Ditolak", "received_at": at(2026, 4, 20)})
    with freeze_time("2026-05-04 03:00:00"):
        objection.answer(
            ppid, upheld=False, decision_text="Dikuatkan", superior_name="Sekda", superior_position="Atasan"
        )
    client = login(ppid)
    sheet = load_workbook(io.BytesIO(client.get("/ppid/register/keberatan/", {"format": "xlsx"}).content)).active
    row = list(sheet.iter_rows(values_only=True))[1]
    assert row[8] == datetime(2026, 5, 4)  # openpyxl reads a date cell back as a datetime
    assert "Senin, 4 Mei 2026" in client.get("/ppid/register/keberatan/").content.decode()


# --------------------------------------------------------------------------- in the browser


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_notice_form_shows_only_the_chosen_outcomes_fields(page, live_server, offices, ppid):
    from helpers.users import PASSWORD

    req = make_request(offices["demak"], ppid)
    page.goto(f"{live_server.url}/masuk/?next=/ppid/permohonan/{req.pk}/")
    page.fill("#id_username", ppid.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#id_outcome")
    page.select_option("#id_outcome", "not_held")
    assert page.is_visible("#id_holder") and not page.is_visible("#id_cost")
    page.select_option("#id_outcome", "granted")
    assert page.is_visible("#id_cost") and not page.is_visible("#id_holder")
    assert not page.is_visible("#id_refusal_ground")
