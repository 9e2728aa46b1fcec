"""The PPID desk reads the requesters' satisfaction answers and comments (/ppid/laporan/ikm/): scores,
date and tracking code, by period; outsiders get 404 and the portal never shows a comment."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import answered_request, at, survey_data

pytestmark = pytest.mark.django_db
PAGE = "/ppid/laporan/ikm/"


@pytest.fixture(autouse=True)
def end_of_2026():
    with freeze_time("2026-12-30 03:00:00"):
        yield


@pytest.fixture
def answered(client, offices, ppid):
    """Siti's request, answered in March; she rated it on 30 December with a comment."""
    req = answered_request(offices["demak"], ppid, "granted", notified_at=at(2026, 3, 27))
    client.post(
        f"/layanan/lacak/{req.tracking_code}/survei/",
        survey_data(4, u3="2", comment="Petugas ramah, tetapi jawabannya terlambat dua hari."),
    )
    return req


def test_the_officer_reads_the_comment_with_its_date_code_and_scores(login, ppid, answered):
    page = login(ppid).get(PAGE).content.decode()
    row = page[page.index(answered.tracking_code) :]
    row = row[: row.index("</tr>")]
    assert "Petugas ramah, tetapi jawabannya terlambat dua hari." in row
    assert '<td class="num">2</td>' in row and row.count('<td class="num">4</td>') == 8
    assert "30 Des 2026" in page


def test_the_requesters_name_is_not_on_the_page(login, ppid, answered):
    assert answered.name not in login(ppid).get(PAGE).content.decode()


def test_the_period_filter_leaves_out_answers_outside_it(login, ppid, answered):
    page = login(ppid).get(PAGE, {"start": "2026-01-01", "end": "2026-06-30"}).content.decode()
    assert "Petugas ramah" not in page


def test_a_leader_reads_the_answers(login, leader, answered):
    assert "Petugas ramah" in login(leader).get(PAGE).content.decode()


def test_an_analyst_of_another_office_gets_404(login, outsider, answered):
    assert login(outsider).get(PAGE).status_code == 404


def test_an_officer_of_another_office_does_not_see_the_answers(login, outsider_ppid, offices, answered):
    client = login(outsider_ppid)
    assert "Petugas ramah" not in client.get(PAGE).content.decode()
    assert client.get(PAGE, {"office": offices["demak"].pk}).status_code == 404


def test_the_reports_page_links_the_answers(login, ppid):
    assert f'href="{PAGE}"' in login(ppid).get("/ppid/laporan/").content.decode()


def test_the_portal_statistics_do_not_show_the_comment(client, answered):
    assert "Petugas ramah" not in client.get("/layanan/demak/statistik/", {"tahun": 2026}).content.decode()
