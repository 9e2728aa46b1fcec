"""API authentication: Bearer tokens (created and revoked with `sigap token`), or the browser session with CSRF."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from sigap.api.models import ApiToken, hash_key
from sigap.core.models import AuditEvent

URL = "/api/v1/sources/"


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


@pytest.fixture
def token(analyst):
    return ApiToken.issue(analyst, "uji")


def test_missing_token_is_401_in_indonesian(client, offices):
    response = client.get(URL)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "Autentikasi diperlukan" in response.json()["detail"]


def test_missing_token_on_a_write_is_401_not_a_csrf_error(client, offices):
    response = client.post(URL, {"name": "x"}, content_type="application/json")
    assert response.status_code == 401


@pytest.mark.parametrize("header", ["Bearer sgp_salah", "Bearer ", "Token sgp_x", "Bearer " + "sgp_" + "a" * 300])
def test_invalid_token_is_401(client, token, header):
    response = client.get(URL, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["detail"]


def test_valid_token_is_accepted_and_marks_use(client, token):
    api_token, raw = token
    assert api_token.last_used_at is None
    response = client.get(URL, **bearer(raw))
    assert response.status_code == 200
    api_token.refresh_from_db()
    assert api_token.last_used_at is not None


def test_revoked_token_is_401(client, token):
    api_token, raw = token
    assert api_token.revoke()
    response = client.get(URL, **bearer(raw))
    assert response.status_code == 401
    assert response.json()["detail"] == "Token API tidak valid atau sudah dicabut."


def test_token_of_a_deactivated_user_is_401(client, token, analyst):
    analyst.is_active = False
    analyst.save()
    assert client.get(URL, **bearer(token[1])).status_code == 401


def test_error_is_english_on_request(client, offices):
    response = client.get(URL, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 401
    assert response.json()["detail"].startswith("Authentication required")


def test_only_the_hash_is_stored(token):
    api_token, raw = token
    assert raw.startswith("sgp_") and raw.startswith(api_token.prefix)
    assert api_token.key_hash == hash_key(raw) and raw not in (api_token.key_hash, api_token.prefix)


def test_token_command_creates_and_revokes(client, analyst):
    out = StringIO()
    call_command("token", "create", analyst.username, "--name", "dasbor BI", stdout=out)
    raw = next(line.strip() for line in out.getvalue().splitlines() if line.strip().startswith("sgp_"))
    api_token = ApiToken.objects.get(user=analyst)
    assert api_token.name == "dasbor BI" and api_token.key_hash == hash_key(raw)
    assert client.get(URL, **bearer(raw)).status_code == 200

    call_command("token", "revoke", api_token.prefix, stdout=StringIO())
    assert client.get(URL, **bearer(raw)).status_code == 401
    actions = set(AuditEvent.objects.filter(target_type="api.apitoken").values_list("action", flat=True))
    assert actions == {"api_token.created", "api_token.revoked"}


def test_token_command_refuses_unknown_user_and_prefix(db):
    with pytest.raises(CommandError):
        call_command("token", "create", "tidak.ada", "--name", "x", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("token", "revoke", "sgp_tidakada", stdout=StringIO())


def test_token_command_lists_without_secrets(analyst):
    api_token, raw = ApiToken.issue(analyst, "dasbor")
    out = StringIO()
    call_command("token", "list", stdout=out)
    assert api_token.prefix in out.getvalue() and raw not in out.getvalue()


def test_session_login_works_for_reads(login, analyst):
    assert login(analyst).get(URL).status_code == 200


def test_session_writes_need_the_csrf_token(analyst, offices):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(analyst)
    body = {"name": "Pantau banjir", "query": "banjir"}
    response = browser.post("/api/v1/watchlists/", body, content_type="application/json")
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]

    browser.get("/api/v1/docs")  # the docs page sets the CSRF cookie, as in the browser
    csrf = browser.cookies["csrftoken"].value
    response = browser.post("/api/v1/watchlists/", body, content_type="application/json", HTTP_X_CSRFTOKEN=csrf)
    assert response.status_code == 201


def test_token_writes_need_no_csrf_token(analyst, offices):
    _api_token, raw = ApiToken.issue(analyst, "skrip")
    machine = Client(enforce_csrf_checks=True)
    body = {"name": "Pantau banjir", "query": "banjir"}
    response = machine.post("/api/v1/watchlists/", body, content_type="application/json", **bearer(raw))
    assert response.status_code == 201


def test_admin_revokes_tokens(client, analyst):
    from django.contrib.auth import get_user_model

    api_token, raw = ApiToken.issue(analyst, "uji")
    superuser = get_user_model().objects.create_superuser("super", password="kata-sandi-uji-123")
    client.force_login(superuser)
    page = client.get("/admin/api/apitoken/")
    assert page.status_code == 200 and api_token.prefix in page.content.decode() and raw not in page.content.decode()
    response = client.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [api_token.pk]})
    assert response.status_code == 302
    api_token.refresh_from_db()
    assert api_token.revoked
    assert AuditEvent.objects.get(action="api_token.revoked").actor == superuser
    client.logout()
    assert client.get(URL, **bearer(raw)).status_code == 401
