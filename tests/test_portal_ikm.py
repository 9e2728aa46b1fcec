"""The satisfaction survey (IKM, PermenPAN-RB 14/2017): once per answered request, its value and category."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from helpers.ppid import answered_request, at, make_request, survey_data

from sigap.ppid.models import SatisfactionResponse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def end_of_2026():
    with freeze_time("2026-12-30 03:00:00"):
        yield


@pytest.fixture
def answered(offices, ppid):
    return answered_request(offices["demak"], ppid, "granted", notified_at=at(2026, 3, 27))


def _survey(code):
    return f"/layanan/lacak/{code}/survei/"


def _ikm(client, slug="demak"):
    return client.get(f"/layanan/{slug}/statistik.json", {"tahun": 2026}).json()["ikm"]


def test_answered_request_is_invited_on_the_tracking_page(client, answered):
    page = client.get(f"/layanan/lacak/{answered.tracking_code}/").content.decode()
    assert _survey(answered.tracking_code) in page


def test_open_request_is_not_invited(client, offices):
    req = make_request(offices["demak"])
    page = client.get(f"/layanan/lacak/{req.tracking_code}/").content.decode()
    assert _survey(req.tracking_code) not in page


def test_answered_request_can_answer_once(client, answered):
    first = client.post(_survey(answered.tracking_code), survey_data(4))
    again = client.post(_survey(answered.tracking_code), survey_data(1), follow=True)
    assert first.status_code == 302 and first["Location"] == f"/layanan/lacak/{answered.tracking_code}/"
    assert "sudah diisi" in again.content.decode()
    response = SatisfactionResponse.objects.get()
    assert response.request == answered and response.u1 == 4
    assert _ikm(client)["respondents"] == 1


def test_open_request_cannot_answer(client, offices):
    req = make_request(offices["demak"])
    response = client.post(_survey(req.tracking_code), survey_data(4), follow=True)
    assert "setelah permohonan Anda dijawab" in response.content.decode()
    assert not SatisfactionResponse.objects.exists()


@pytest.mark.parametrize("bad", ["5", "0", "", "baik"])
def test_bad_score_is_refused_in_indonesian(client, answered, bad):
    response = client.post(_survey(answered.tracking_code), survey_data(3, u4=bad))
    assert response.status_code == 400
    assert "Pilih nilai 1 sampai 4." in response.content.decode()
    assert not SatisfactionResponse.objects.exists()


def test_ikm_is_the_mean_of_the_element_averages_times_25_with_its_category(client, offices, ppid, answered):
    other = answered_request(offices["demak"], ppid, "granted", notified_at=at(2026, 3, 27))
    client.post(_survey(answered.tracking_code), survey_data(4, comment="Cepat"))
    client.post(_survey(other.tracking_code), survey_data(3, u9="1"))
    ikm = _ikm(client)
    # element averages 3.5 ×8 and 2.5 (u9): mean 3.3889 × 25 = 84.72, category B (76.61–88.30)
    assert ikm["respondents"] == 2 and ikm["elements"]["u1"] == 3.5 and ikm["elements"]["u9"] == 2.5
    assert (ikm["value"], ikm["category"]) == (84.72, "B")
    page = client.get("/layanan/demak/statistik/", {"tahun": 2026}).content.decode()
    assert "84,72" in page and "kategori B (Baik)" in page and "2 responden" in page


@pytest.mark.parametrize(
    ("value", "letter"),
    [(100, "A"), (88.31, "A"), (88.30, "B"), (76.61, "B"), (76.60, "C"), (65.00, "C"), (64.99, "D"), (25, "D")],
)
def test_category_follows_the_regulation_intervals(value, letter):
    from sigap.ppid.ikm import category

    assert category(value)[0] == letter


def test_closing_email_invites_to_the_survey(offices, ppid, mailoutbox):
    from sigap.ppid.notifications import notify

    req = answered_request(offices["demak"], ppid, "granted", notified_at=at(2026, 3, 27))
    mailoutbox.clear()
    notify(req.pk, "notified")
    assert _survey(req.tracking_code) in mailoutbox[0].body
