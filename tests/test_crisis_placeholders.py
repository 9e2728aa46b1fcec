"""A statement with a template blank left ("[fakta yang sudah diverifikasi]", "{juru_bicara}")
cannot be sent for review, approved or published; the refusal names the blanks."""

import pytest
from helpers.crisis import complete, holding, open_crisis
from helpers.users import make_user

LIBRARY_BLANK = "[fakta yang sudah diverifikasi]"
FILLED = (
    "Pada pagi ini tanggul Sungai Wulan jebol. Yang sudah kami ketahui: 300 warga dievakuasi. "
    "[FOTO] Data BPBD Demak [1]. Juru bicara: Humas Demak."
)


def _url(crisis, message, action=""):
    return f"/krisis/{crisis.pk}/pesan/{message.pk}/" + (f"{action}/" if action else "")


def _page_messages(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


@pytest.fixture
def blank_holding(offices, team):
    """The holding statement as the library wrote it: no spokesperson yet, the facts still to write."""
    return holding(open_crisis(offices["demak"], team, keep_blanks=True))


def test_sending_for_review_with_blanks_is_refused_and_names_them(login, team, blank_holding):
    message = blank_holding
    body = message.body
    response = login(team).post(_url(message.crisis, message, "submit"), follow=True)
    said = _page_messages(response)
    assert "Pernyataan masih memuat isian yang belum diisi:" in said
    assert LIBRARY_BLANK in said and "{juru_bicara}" in said and "Lengkapi dulu sebelum diajukan." in said
    message.refresh_from_db()
    assert (message.status, message.version, message.body) == ("draft", 1, body)  # the draft stays as typed


def test_approving_with_blanks_is_refused(login, leader, blank_holding):
    from sigap.crisis.models import Message

    message = blank_holding
    Message.objects.filter(pk=message.pk).update(status="review")  # sent for review before the check existed
    response = login(leader).post(_url(message.crisis, message, "approve"), follow=True)
    said = _page_messages(response)
    assert LIBRARY_BLANK in said and "Kembalikan ke draf agar dilengkapi sebelum disetujui." in said
    message.refresh_from_db()
    assert message.status == "review" and message.approved_by is None


def test_publishing_with_blanks_is_refused(login, team, blank_holding):
    from sigap.crisis.models import Message

    message = blank_holding
    Message.objects.filter(pk=message.pk).update(status="approved")  # approved before the check existed
    response = login(team).post(_url(message.crisis, message, "publish"), {"kind": "website"}, follow=True)
    assert LIBRARY_BLANK in _page_messages(response)
    assert not message.publications.exists()
    message.refresh_from_db()
    assert message.status == "approved" and message.published_at is None


def test_edit_page_lists_the_blanks_before_anyone_tries(login, team, blank_holding):
    message = blank_holding
    page = login(team).get(_url(message.crisis, message)).content.decode()
    assert 'id="message-blanks"' in page
    assert f"<code>{LIBRARY_BLANK}</code>" in page and "<code>{juru_bicara}</code>" in page
    assert 'id="message-blanks"' not in login(team).get(_url(message.crisis, complete(message))).content.decode()


def test_completed_statement_goes_through_review_approval_and_publication(login, team, leader, blank_holding):
    message = blank_holding
    crisis = message.crisis
    client = login(team)
    client.post(_url(crisis, message), {"version": 1, "title": message.title, "body": FILLED})
    client.post(_url(crisis, message, "submit"))
    login(leader).post(_url(crisis, message, "approve"))
    response = login(team).post(_url(crisis, message, "publish"), {"kind": "website"}, follow=True)
    assert "Dipublikasikan: " in _page_messages(response)
    message.refresh_from_db()
    assert message.status == "published" and message.body == FILLED  # "[FOTO]", "[1]" are text, not blanks


def test_demo_statements_have_no_blanks_on_the_public_and_partner_pages(login, offices, flood_issue):
    from sigap.core.models import Role
    from sigap.crisis.demo import TITLE, load
    from sigap.crisis.models import Message

    team = make_user("demak.krisis", offices["demak"], Role.TIM_KRISIS)
    make_user("demak.pimpinan", offices["demak"], Role.PIMPINAN)
    make_user("demak.analis", offices["demak"], Role.ANALIS)
    load()
    client = login(team)
    crisis = Message.objects.get(crisis__title=TITLE, kind="holding").crisis
    for html in (
        client.get("/layanan/demak/krisis/").content.decode(),
        client.get(f"/krisis/{crisis.pk}/bersama/").content.decode(),
    ):
        assert "Yang sudah kami ketahui: tanggul Sungai Wulan jebol" in html
        assert LIBRARY_BLANK not in html and "{juru_bicara}" not in html
    assert [(m.title, m.blanks()) for m in Message.objects.all() if m.blanks()] == []
