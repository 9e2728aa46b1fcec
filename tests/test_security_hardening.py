"""Gaps closed from the OWASP ASVS level 2 map (docs/security.md, "Peta OWASP ASVS level 2"):
password length, no caching of signed-in pages, secret-key rotation, TLS options of the database
URL and sign-in events in the audit trail."""

import importlib
import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.utils import timezone
from helpers.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db

IP = "203.0.113.44"


def sign_in(client, username, password=PASSWORD, ip=IP):
    return client.post("/masuk/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def events(action):
    from sigap.core.models import AuditEvent

    return list(AuditEvent.objects.filter(action=action).order_by("id"))


@pytest.fixture
def reload_settings(monkeypatch):
    """sigap.settings read again under the given environment, then restored."""
    import sigap.settings as module

    def _reload(**environ):
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        return importlib.reload(module)

    yield _reload
    monkeypatch.undo()
    importlib.reload(module)


# ASVS 2.1.1


def test_password_of_eleven_characters_is_refused_in_indonesian(client):
    user = make_user("analis.pendek")
    client.force_login(user)
    short = "Merapi-2026"  # 11 characters, not on the common-password list
    response = client.post("/akun/sandi/", {"old_password": PASSWORD, "new_password1": short, "new_password2": short})
    assert response.status_code == 200
    assert "Kata sandi terlalu pendek. Harus mengandung setidaknya 12 karakter." in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


# ASVS 8.1.1 / 8.2.1


@pytest.mark.parametrize("url", ["/akun/sandi/", "/layanan/krisis/"])
def test_responses_to_a_signed_in_user_are_not_stored(client, url):
    client.force_login(make_user("analis.cache"))
    response = client.get(url)
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= directives


def test_api_answers_to_a_token_are_not_stored(client, analyst):
    from sigap.api.models import ApiToken

    raw = ApiToken.issue(analyst, "uji")[1]
    response = client.get("/api/v1/sources/", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200
    assert {"no-store", "private"} <= {d.strip() for d in response["Cache-Control"].split(",")}


def test_public_portal_page_for_a_visitor_keeps_its_caching(client):
    response = client.get("/layanan/krisis/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_static_files_stay_cacheable_for_a_signed_in_user(client):
    client.force_login(make_user("analis.statis"))
    response = client.get("/static/sigap/sigap.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


# ASVS 1.6.3


def test_old_key_in_secret_key_fallbacks_keeps_people_signed_in_after_a_rotation(client, settings, reload_settings):
    module = reload_settings(
        SIGAP_SECRET_KEY="kunci-baru-" + "b" * 40, SIGAP_SECRET_KEY_FALLBACKS="kunci-lama-" + "a" * 40
    )
    assert module.SECRET_KEY_FALLBACKS == ["kunci-lama-" + "a" * 40]

    settings.SECRET_KEY = "kunci-lama-" + "a" * 40
    settings.SECRET_KEY_FALLBACKS = []
    client.force_login(make_user("analis.rotasi"))
    settings.SECRET_KEY = module.SECRET_KEY
    settings.SECRET_KEY_FALLBACKS = module.SECRET_KEY_FALLBACKS

    assert client.get("/akun/sandi/").status_code == 200


def test_several_fallback_keys_are_read_in_order(reload_settings):
    module = reload_settings(SIGAP_SECRET_KEY_FALLBACKS=" kunci-dua , kunci-satu ,")
    assert module.SECRET_KEY_FALLBACKS == ["kunci-dua", "kunci-satu"]


# ASVS 1.9.1 / 9.2.2


def test_tls_options_of_the_postgresql_url_reach_the_connection():
    from sigap.settings import database_from_url

    db = database_from_url(
        "postgresql://sigap:rahasia@db.internal:5432/sigap?sslmode=verify-full&sslrootcert=/etc/sigap/db-ca.pem",
        "SIGAP_DATABASE_URL",
    )
    assert db["OPTIONS"] == {"sslmode": "verify-full", "sslrootcert": "/etc/sigap/db-ca.pem"}
    assert (db["HOST"], db["NAME"], db["PASSWORD"]) == ("db.internal", "sigap", "rahasia")


@pytest.mark.parametrize("query", ["sslmod=require", "sslmode=wajib"])
def test_misspelt_postgresql_url_option_stops_start_up(query):
    from sigap.settings import database_from_url

    with pytest.raises(ImproperlyConfigured, match="SIGAP_DATABASE_URL"):
        database_from_url(f"postgresql://sigap@db.internal/sigap?{query}", "SIGAP_DATABASE_URL")


def test_backups_connect_with_the_same_tls_options(settings, monkeypatch):
    from sigap.core.backup import pg_env
    from sigap.settings import database_from_url

    db = database_from_url("postgresql://sigap@db.internal/sigap?sslmode=verify-full&sslrootcert=/ca.pem", "X")
    monkeypatch.setitem(settings.DATABASES, "tls_check", db)
    env = pg_env("tls_check")
    assert (env["PGSSLMODE"], env["PGSSLROOTCERT"]) == ("verify-full", "/ca.pem")


# ASVS 7.1.3 / 7.2.1


def test_sign_in_is_audited_with_the_client_address(client):
    user = make_user("analis.masuk")
    assert sign_in(client, user.username).status_code == 302
    [event] = events("account.signed_in")
    assert (event.actor, event.target_id, event.data) == (user, str(user.pk), {"ip": IP})


def test_sign_out_is_audited_with_the_client_address(client):
    user = make_user("analis.pamit")
    sign_in(client, user.username)
    client.post("/keluar/", REMOTE_ADDR=IP)
    [event] = events("account.signed_out")
    assert (event.actor, event.target_id, event.data) == (user, str(user.pk), {"ip": IP})


def test_wrong_password_is_audited_once_without_the_password(client):
    from sigap.accounts.models import LoginFailure
    from sigap.core.models import AuditEvent

    user = make_user("analis.keliru")
    sign_in(client, user.username, "tebakan-salah-789")
    [event] = events("account.sign_in_failed")
    assert (event.actor, event.target_id, event.data) == (None, str(user.pk), {"ip": IP, "step": "password"})
    assert LoginFailure.objects.count() == 1  # the throttle counts it once, the audit does not count
    stored = json.dumps(list(AuditEvent.objects.values()), default=str)
    assert "tebakan-salah-789" not in stored


def test_failed_sign_in_with_an_unknown_name_does_not_store_the_name(client):
    from sigap.core.models import AuditEvent

    sign_in(client, "Rahasia-Ku-2026!", "apa-saja-123")  # a password typed into the name field
    [event] = events("account.sign_in_failed")
    assert (event.target_id, event.data) == ("", {"ip": IP, "step": "password"})
    assert "Rahasia-Ku-2026!" not in json.dumps(list(AuditEvent.objects.values()), default=str)


def test_wrong_code_at_the_second_step_is_audited(client):
    from sigap.accounts.models import TOTPDevice

    user = make_user("analis.kode.salah")
    TOTPDevice.objects.create(user=user, secret="JBSWY3DPEHPK3PXP", confirmed_at=timezone.now())
    sign_in(client, user.username)
    client.post("/masuk/kode/", {"code": "bukan-kode"}, REMOTE_ADDR=IP)
    [event] = events("account.sign_in_failed")
    assert (event.target_id, event.data) == (str(user.pk), {"ip": IP, "step": "code"})


def test_the_failure_that_locks_the_account_is_audited_once(client):
    user = make_user("analis.terkunci")
    for _ in range(5):
        sign_in(client, user.username, "tebakan-salah-789")
    assert sign_in(client, user.username).status_code == 429
    sign_in(Client(), user.username, ip="198.51.100.20")
    [event] = events("account.locked_out")
    assert (event.actor, event.target_id, event.data) == (None, str(user.pk), {"ip": IP, "scope": "account"})


def test_sign_in_events_read_as_indonesian_sentences():
    from django.utils import translation

    from sigap.core.audit_labels import action_label

    with translation.override("id"):
        labels = [
            action_label(code)
            for code in ("account.signed_in", "account.signed_out", "account.sign_in_failed", "account.locked_out")
        ]
    assert labels == [
        "Masuk ke Sigap",
        "Keluar dari Sigap",
        "Percobaan masuk gagal",
        "Masuk dikunci karena terlalu banyak percobaan gagal",
    ]
