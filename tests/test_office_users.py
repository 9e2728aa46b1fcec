"""An office's users at /kantor/<id>/pengguna/, through the pages its admin uses: inviting by
e-mail, the set-password link, roles, turning a membership off and on, and who may open them."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from freezegun import freeze_time
from helpers.users import PASSWORD, make_user

from sigap.core.models import AuditEvent, Membership, Role

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "sandi-baru-yang-panjang-7"
EMAIL = "siti.rahma@demakkab.go.id"


def users_url(office, rest=""):
    return f"/kantor/{office.pk}/pengguna/{rest}"


def invite(client, office, email=EMAIL, roles=(Role.ANALIS,), name="Siti Rahma"):
    return client.post(users_url(office, "undang/"), {"name": name, "email": email, "roles": list(roles)}, follow=True)


def link_in(message) -> str:
    return re.search(r"https?://\S+/masuk/atur-sandi/\S+/", message.body).group(0)


def set_password(client, link):
    """Opens the link as the invitee would and chooses a password; the final response."""
    path = "/" + link.split("/", 3)[3]
    form_page = client.get(path, follow=True)
    return client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else path,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )


def sign_in(username, password=NEW_PASSWORD):
    client = Client()
    response = client.post("/masuk/", {"username": username, "password": password}, REMOTE_ADDR="203.0.113.9")
    return client, response


@pytest.fixture
def admin_client(login, office_admin):
    return login(office_admin)


def test_invited_person_sets_a_password_from_the_email_and_works_with_the_role(admin_client, offices):
    invite(admin_client, offices["demak"])
    set_password(Client(), link_in(mail.outbox[0]))
    client, response = sign_in(EMAIL)
    assert response.status_code == 302
    page = client.get("/kantor/").content.decode()
    assert "Siti Rahma</td><td>Analis</td>" in page


def test_invitation_email_is_in_indonesian_and_says_when_the_link_expires(admin_client, offices):
    invite(admin_client, offices["demak"])
    message = mail.outbox[0]
    assert message.to == [EMAIL]
    assert message.subject == "Undangan ke Sigap: Pemkab Demak"
    assert "menambahkan Anda ke Pemkab Demak di Sigap, dengan peran: Analis." in message.body
    assert "kedaluwarsa setelah 3 hari" in message.body


def test_invitation_link_no_longer_works_after_three_days(admin_client, offices):
    with freeze_time("2026-12-07 04:00:00") as clock:
        invite(admin_client, offices["demak"])
        clock.tick(timedelta(days=3, hours=1))
        page = set_password(Client(), link_in(mail.outbox[0])).content.decode()
    assert "Tautan ini tidak berlaku lagi" in page
    _client, response = sign_in(EMAIL)
    assert response.status_code == 200  # the form again: no password was set


def test_invitee_whose_link_expired_gets_a_new_one_from_forgotten_password(admin_client, offices):
    invite(admin_client, offices["demak"])
    Client().post("/masuk/lupa-sandi/", {"email": EMAIL})
    assert len(mail.outbox) == 2 and mail.outbox[1].to == [EMAIL]
    set_password(Client(), link_in(mail.outbox[1]))
    assert sign_in(EMAIL)[1].status_code == 302


def test_invitation_link_works_only_once(admin_client, offices):
    invite(admin_client, offices["demak"])
    link = link_in(mail.outbox[0])
    set_password(Client(), link)
    page = set_password(Client(), link).content.decode()
    assert "Tautan ini tidak berlaku lagi" in page


def test_inviting_an_address_already_in_the_office_says_so(admin_client, offices):
    invite(admin_client, offices["demak"])
    page = invite(admin_client, offices["demak"], email=EMAIL.upper()).content.decode()
    assert "sudah menjadi pengguna Pemkab Demak. Ubah perannya dari daftar pengguna." in page
    assert len(mail.outbox) == 1


def test_inviting_an_existing_account_adds_it_without_a_password_link(admin_client, offices):
    existing = make_user("rahma.kemensos", offices["kemensos"], Role.ANALIS)
    existing.email = EMAIL
    existing.save()
    invite(admin_client, offices["demak"], roles=[Role.PIMPINAN])
    assert Membership.objects.filter(user=existing, office=offices["demak"], role=Role.PIMPINAN).exists()
    assert "atur-sandi" not in mail.outbox[0].body and "/masuk/" in mail.outbox[0].body


def test_admin_of_another_office_gets_not_found(login, offices, office_admin):
    other_admin = make_user("admin.kemensos", offices["kemensos"], Role.ADMIN)
    assert login(other_admin).get(users_url(offices["demak"])).status_code == 404


def test_analyst_of_the_office_is_refused(login, analyst, offices):
    assert login(analyst).get(users_url(offices["demak"])).status_code == 403


def test_list_shows_roles_sign_in_two_step_and_status(admin_client, offices, analyst):
    invite(admin_client, offices["demak"])
    page = admin_client.get(users_url(offices["demak"])).content.decode()
    row = page[page.index(f'id="user-{analyst.pk}"') :].split("</tr>")[0]
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in row.split("<td>")[2:6]]
    assert cells == ["Analis", "belum pernah", "nonaktif", "aktif"]  # roles, last sign-in, two-step, status
    assert "diundang, belum mengatur sandi" in page


def test_changing_roles_is_audited(admin_client, offices, analyst, office_admin):
    admin_client.post(users_url(offices["demak"], f"{analyst.pk}/"), {"roles": [Role.ANALIS, Role.PPID]})
    event = AuditEvent.objects.get(action="office_member.roles_changed")
    assert (event.actor, event.target_id, event.office) == (office_admin, str(analyst.pk), offices["demak"])
    assert event.data == {"before": ["analis"], "after": ["analis", "ppid"]}


def test_the_last_admin_cannot_remove_their_own_admin_role(admin_client, offices, office_admin):
    page = admin_client.post(users_url(offices["demak"], f"{office_admin.pk}/"), {"roles": [Role.ANALIS]})
    assert "Pemkab Demak harus tetap punya setidaknya satu admin" in page.content.decode()
    assert Membership.objects.filter(user=office_admin, office=offices["demak"], role=Role.ADMIN).exists()


def test_deactivated_member_cannot_sign_in(admin_client, offices, analyst):
    admin_client.post(users_url(offices["demak"], f"{analyst.pk}/nonaktifkan/"))
    client, response = sign_in(analyst.username, PASSWORD)
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_deactivated_member_of_two_offices_no_longer_sees_the_office(admin_client, offices, analyst):
    Membership.objects.create(user=analyst, office=offices["kemensos"], role=Role.ANALIS)
    admin_client.post(users_url(offices["demak"], f"{analyst.pk}/nonaktifkan/"))
    client, _response = sign_in(analyst.username, PASSWORD)
    page = client.get("/kantor/").content.decode()
    assert 'id="office-kemensos"' in page and 'id="office-demak"' not in page


def test_reactivated_member_has_their_roles_back_and_signs_in(admin_client, offices, analyst):
    admin_client.post(users_url(offices["demak"], f"{analyst.pk}/nonaktifkan/"))
    admin_client.post(users_url(offices["demak"], f"{analyst.pk}/aktifkan/"))
    _client, response = sign_in(analyst.username, PASSWORD)
    assert response.status_code == 302
    assert Membership.objects.filter(user=analyst, office=offices["demak"], role=Role.ANALIS).exists()


def test_office_list_links_the_users_page_for_its_admins_only(login, offices, office_admin, analyst):
    link = f'href="{users_url(offices["demak"])}"'
    assert link in login(office_admin).get("/kantor/").content.decode()
    assert link not in login(analyst).get("/kantor/").content.decode()
