"""The session a person gets at sign-in: a fresh key (no fixation), and a password change ends
the account's other sessions (docs/security.md, "Peta OWASP ASVS level 2", V3)."""

import pytest
from django.conf import settings
from django.test import Client
from helpers.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db

#: A page any signed-in person may open; others are sent to the login page.
ACCOUNT_PAGE = "/akun/sandi/"


def sign_in(client, username, password=PASSWORD):
    return client.post("/masuk/", {"username": username, "password": password}, REMOTE_ADDR="203.0.113.9")


def signed_in(client) -> bool:
    return client.get(ACCOUNT_PAGE).status_code == 200


def test_signing_in_replaces_the_session_key_set_before(client):
    user = make_user("analis.sesi")
    session = client.session
    session["sebelum_masuk"] = True  # a key a fixation attacker could have planted in the browser
    session.save()
    planted = session.session_key

    assert sign_in(client, user.username).status_code == 302
    assert signed_in(client)
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != planted
    attacker = Client()
    attacker.cookies[settings.SESSION_COOKIE_NAME] = planted
    assert not signed_in(attacker)


def test_password_change_ends_the_other_sessions_of_the_account(client):
    user = make_user("analis.dua.sesi")
    other = Client()
    assert sign_in(client, user.username).status_code == 302
    assert sign_in(other, user.username).status_code == 302
    assert signed_in(other)

    new = "sandi-baru-sesi-panjang-4"
    client.post(ACCOUNT_PAGE, {"old_password": PASSWORD, "new_password1": new, "new_password2": new})

    assert signed_in(client)
    assert not signed_in(other)
