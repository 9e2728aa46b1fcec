"""One voice across agencies: invited partners see shared facts and key messages; consistency is scored."""

import pytest
from helpers.crisis import approved_holding, open_crisis
from helpers.users import make_user

KEYS = {
    "overarching": "Pemkab Demak mengutamakan keselamatan warga terdampak banjir Sungai Wulan.",
    "keys": [
        {
            "text": "Tanggul Sungai Wulan jebol di Desa Ketanjung dan 300 warga sudah dievakuasi ke posko.",
            "proofs": ["Data BPBD Demak pukul 08.00", "Posko di Balai Desa Ketanjung", "Tim SAR gabungan"],
        },
        {
            "text": "Bantuan logistik dan layanan kesehatan tersedia di posko pengungsian 24 jam.",
            "proofs": ["Dapur umum Dinsos", "Puskesmas keliling", "PMI"],
        },
    ],
}


@pytest.fixture
def crisis(offices, team):
    from sigap.crisis.actions import add_fact, create_message, invite_partner

    crisis = open_crisis(offices["demak"], team, title="Banjir Sungai Wulan")
    create_message(crisis, actor=team, kind="message_house", title="Rumah pesan", data=KEYS)
    add_fact(crisis, actor=team, statement="Tanggul Sungai Wulan jebol sepanjang 50 meter.", source="BPBD Demak")
    add_fact(
        crisis, actor=team, statement="Catatan internal: anggaran perbaikan belum ada.", source="Bappeda", shared=False
    )
    invite_partner(crisis, offices["kemensos"], actor=team)
    return crisis


def test_partner_office_sees_shared_facts_and_key_messages(login, crisis, outsider):
    client = login(outsider)  # analyst of Kemensos, now a partner
    response = client.get(f"/krisis/{crisis.pk}/bersama/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tanggul Sungai Wulan jebol sepanjang 50 meter." in html
    assert "300 warga sudah dievakuasi" in html
    assert "Catatan internal" not in html  # not shared
    assert client.get(f"/krisis/{crisis.pk}/").status_code == 302  # redirected to the shared view
    assert client.get(f"/krisis/{crisis.pk}/evaluasi/").status_code == 404  # internal pages stay closed


def test_partner_cosigns_an_approved_statement(login, crisis, offices, leader):
    from sigap.core.models import AuditEvent, Role

    message = approved_holding(crisis, leader)
    head = make_user("pimpinan.kemensos", offices["kemensos"], Role.PIMPINAN)
    client = login(head)
    assert 'value="cosign"' in client.get(f"/krisis/{crisis.pk}/bersama/").content.decode()
    for _ in range(2):  # a second click changes nothing
        client.post(f"/krisis/{crisis.pk}/bersama/", {"action": "cosign", "message": message.pk})
    assert list(message.cosigns.values_list("office__slug", flat=True)) == ["kemensos"]
    assert AuditEvent.objects.filter(action="crisis_message.cosigned").count() == 1


@pytest.mark.parametrize("role", ["ppid", "analis"])
def test_partner_member_without_approver_role_cannot_cosign(login, crisis, offices, leader, role):
    message = approved_holding(crisis, leader)
    client = login(make_user(f"{role}.kemensos.2", offices["kemensos"], role))
    page = client.get(f"/krisis/{crisis.pk}/bersama/").content.decode()
    assert 'value="cosign"' not in page
    assert "Hanya pimpinan atau admin instansi mitra" in page
    response = client.post(f"/krisis/{crisis.pk}/bersama/", {"action": "cosign", "message": message.pk})
    assert response.status_code == 403
    assert "Hanya pimpinan atau admin instansi mitra" in response.content.decode()
    assert not message.cosigns.exists()


def test_cosign_refused_once_the_message_went_back_to_draft(crisis, offices, leader, team):
    from sigap.core.models import Role
    from sigap.core.transitions import TransitionError

    message = approved_holding(crisis, leader)
    head = make_user("pimpinan.kemensos", offices["kemensos"], Role.PIMPINAN)
    stale = type(message).objects.get(pk=message.pk)  # the partner's page, read before the return
    message.return_to_draft(actor=team, reason="Angka korban berubah")
    with pytest.raises(TransitionError):
        stale.cosign(offices["kemensos"], actor=head)
    assert not message.cosigns.exists()


def test_consistent_partner_text_passes(login, crisis, outsider):
    login(outsider).post(
        f"/krisis/{crisis.pk}/bersama/",
        {
            "action": "statement",
            "office": crisis.partner_links.get().office_id,
            "text": "Kemensos mendukung Pemkab Demak: 300 warga sudah dievakuasi ke posko setelah tanggul Sungai Wulan "
            "jebol di Desa Ketanjung. Bantuan logistik tersedia di posko pengungsian.",
        },
    )
    statement = crisis.partner_statements.get()
    assert statement.consistent and statement.similarity > 0.3


def test_consistency_score_flags_a_contradicting_partner_text(login, crisis, outsider, team):
    login(outsider).post(
        f"/krisis/{crisis.pk}/bersama/",
        {
            "action": "statement",
            "office": crisis.partner_links.get().office_id,
            "text": "Tanggul Sungai Wulan tidak jebol dan tidak ada warga yang dievakuasi ke posko.",
        },
    )
    statement = crisis.partner_statements.get()
    assert not statement.consistent
    assert any(f["kind"] == "contradiction" for f in statement.flags)
    html = login(team).get(crisis.get_absolute_url()).content.decode()
    assert "ditandai" in html and "bertentangan dengan" in html


def test_unrelated_partner_text_is_flagged_low_similarity(crisis, offices, team):
    from sigap.crisis.actions import record_partner_statement

    st = record_partner_statement(
        crisis, offices["kemensos"], actor=team, text="Harga cabai di pasar Bintoro naik menjelang lebaran."
    )
    assert not st.consistent and st.flags[0]["kind"] == "low_similarity"


def test_member_of_uninvited_office_gets_404(login, crisis, offices):
    from sigap.core.models import Office, OfficeKind, Role

    other = Office.objects.create(name="Pemkab Kudus", slug="kudus", kind=OfficeKind.KABUPATEN)
    user = make_user("analis.kudus", other, Role.ANALIS)
    assert login(user).get(f"/krisis/{crisis.pk}/bersama/").status_code == 404
