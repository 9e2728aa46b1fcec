"""API tokens with an expiry, a read/write scope and a last-used time; validation errors in Indonesian."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from sigap.api.models import DEFAULT_LIFETIME_DAYS, LAST_USED_RESOLUTION, ApiToken

SOURCES = "/api/v1/sources/"
WATCHLISTS = "/api/v1/watchlists/"
JSON = {"content_type": "application/json"}


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def created_secret(out: StringIO) -> str:
    return next(line.strip() for line in out.getvalue().splitlines() if line.strip().startswith("sgp_"))


def test_expired_token_is_refused_with_an_indonesian_401(client, analyst, offices):
    api_token, raw = ApiToken.issue(analyst, "uji", expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(SOURCES, **bearer(raw))
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["detail"] == "Token API sudah kedaluwarsa; mintalah token baru kepada administrator."
    api_token.refresh_from_db()
    assert api_token.last_used_at is None  # a refused token is not "used"


def test_token_before_its_expiry_works(client, analyst, offices):
    _api_token, raw = ApiToken.issue(analyst, "uji", expires_at=timezone.now() + timedelta(days=1))
    assert client.get(SOURCES, **bearer(raw)).status_code == 200


def test_expired_message_in_english_on_request(client, analyst, offices):
    _api_token, raw = ApiToken.issue(analyst, "uji", expires_at=timezone.now() - timedelta(days=1))
    response = client.get(SOURCES, HTTP_ACCEPT_LANGUAGE="en", **bearer(raw))
    assert response.status_code == 401 and response.json()["detail"].startswith("The API token expired")


def test_read_token_reads_but_cannot_write(client, analyst, offices):
    _api_token, raw = ApiToken.issue(analyst, "baca", scope="read")
    assert client.get(SOURCES, **bearer(raw)).status_code == 200
    from sigap.monitoring.models import Watchlist

    watchlist = Watchlist.objects.create(office=offices["demak"], name="Banjir", query="banjir")
    attempts = [
        client.post(WATCHLISTS, {"name": "Pantau", "query": "banjir"}, **JSON, **bearer(raw)),
        client.patch(f"{WATCHLISTS}{watchlist.pk}", {"name": "Lain"}, **JSON, **bearer(raw)),
        client.delete(f"{WATCHLISTS}{watchlist.pk}", **bearer(raw)),
    ]
    for response in attempts:
        assert response.status_code == 403
        assert response.json()["detail"] == "Token API ini hanya untuk membaca: hanya permintaan GET yang diizinkan."
    watchlist.refresh_from_db()
    assert watchlist.name == "Banjir" and Watchlist.objects.count() == 1


def test_write_token_can_write(client, analyst, offices):
    _api_token, raw = ApiToken.issue(analyst, "tulis", scope="write")
    response = client.post(WATCHLISTS, {"name": "Pantau", "query": "banjir"}, **JSON, **bearer(raw))
    assert response.status_code == 201
    pk = response.json()["id"]
    assert client.patch(f"{WATCHLISTS}{pk}", {"name": "Lain"}, **JSON, **bearer(raw)).status_code == 200
    assert client.delete(f"{WATCHLISTS}{pk}", **bearer(raw)).status_code in (200, 204)


def test_last_used_is_written_at_most_once_a_minute(client, analyst, offices):
    api_token, raw = ApiToken.issue(analyst, "uji", scope="read")
    assert client.get(SOURCES, **bearer(raw)).status_code == 200
    api_token.refresh_from_db()
    first = api_token.last_used_at
    assert first is not None
    client.get(SOURCES, **bearer(raw))
    api_token.refresh_from_db()
    assert api_token.last_used_at == first  # within the minute: no write
    ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=first - LAST_USED_RESOLUTION)
    client.get(SOURCES, **bearer(raw))
    api_token.refresh_from_db()
    assert api_token.last_used_at > first - LAST_USED_RESOLUTION


def test_create_command_defaults_to_read_for_90_days(analyst):
    out = StringIO()
    before = timezone.now()
    call_command("token", "create", analyst.username, "--name", "dasbor", stdout=out)
    token = ApiToken.objects.get(user=analyst)
    assert token.scope == "read"
    assert before + timedelta(days=DEFAULT_LIFETIME_DAYS) <= token.expires_at <= timezone.now() + timedelta(days=90)
    text = out.getvalue()
    assert "Cakupan: read" in text and "Berlaku sampai:" in text and "WIB" in text and "(90 hari)" in text


def test_create_command_options(client, analyst, offices):
    out = StringIO()
    call_command("token", "create", analyst.username, "--name", "skrip", "--days", "0", "--scope", "write", stdout=out)
    token = ApiToken.objects.get(user=analyst)
    assert token.scope == "write" and token.expires_at is None
    assert "TIDAK PERNAH KEDALUWARSA" in out.getvalue()
    response = client.post(WATCHLISTS, {"name": "Pantau", "query": "banjir"}, **JSON, **bearer(created_secret(out)))
    assert response.status_code == 201

    call_command("token", "create", analyst.username, "--name", "pendek", "--days", "7", stdout=StringIO())
    short = ApiToken.objects.get(name="pendek")
    assert timedelta(days=6, hours=23) < short.expires_at - timezone.now() <= timedelta(days=7)


@pytest.mark.parametrize("args", [["--days", "-1"], ["--scope", "admin"]])
def test_create_command_refuses_bad_options(analyst, args):
    from django.core.management import CommandError

    with pytest.raises((CommandError, SystemExit)):
        call_command("token", "create", analyst.username, "--name", "x", *args, stdout=StringIO(), stderr=StringIO())
    assert not ApiToken.objects.exists()


def test_list_shows_scope_and_expiry(analyst):
    ApiToken.issue(analyst, "lama", scope="read", expires_at=timezone.now() - timedelta(days=1))
    ApiToken.issue(analyst, "abadi", scope="write")
    out = StringIO()
    call_command("token", "list", stdout=out)
    lines = out.getvalue().splitlines()
    lama = next(line for line in lines if "lama" in line)
    abadi = next(line for line in lines if "abadi" in line)
    assert "read" in lama and "kedaluwarsa" in lama
    assert "write" in abadi and "tidak pernah" in abadi and "aktif" in abadi


# Validation errors: Indonesian sentences that name the field, never pydantic's English.


def test_missing_field_and_bad_choice_are_indonesian_and_name_the_field(client, analyst, offices):
    _api_token, raw = ApiToken.issue(analyst, "uji")
    response = client.post(SOURCES, {"kind": "ftp", "channel": "news"}, **JSON, **bearer(raw))
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Permintaan tidak valid; lihat “errors”."
    errors = {e["field"]: e for e in body["errors"]}
    assert errors["name"]["code"] == "missing" and errors["name"]["message"] == "Kolom “name” wajib diisi."
    assert errors["kind"]["code"] == "literal_error" or errors["kind"]["code"] == "enum"
    assert errors["kind"]["message"] == "Kolom “kind” harus salah satu dari: 'rss', 'page' atau 'import'."
    for error in body["errors"]:
        assert "Input should" not in error["message"] and "Field required" not in error["message"]


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        (
            {"name": "x", "kind": "rss", "poll_minutes": "sering"},
            "poll_minutes",
            "Kolom “poll_minutes” harus berupa bilangan bulat.",
        ),
        ({"name": "x" * 500, "kind": "import"}, "name", "Kolom “name” paling banyak"),
        (
            {"name": "x", "kind": "import", "shared": "mungkin"},
            "shared",
            "Kolom “shared” harus bernilai true atau false.",
        ),
        ({"name": "x", "kind": "import", "nama": "y"}, "nama", "Kolom “nama” tidak dikenal."),
    ],
)
def test_common_errors_are_indonesian(client, analyst, offices, body, field, message):
    _api_token, raw = ApiToken.issue(analyst, "uji")
    response = client.post(SOURCES, body, **JSON, **bearer(raw))
    assert response.status_code == 422
    error = next(e for e in response.json()["errors"] if e["field"] == field)
    assert error["message"].startswith(message)


def test_unknown_error_type_falls_back_to_an_indonesian_sentence():
    from django.utils import translation

    from sigap.api.errors import _pydantic_message

    with translation.override("id"):
        message = _pydantic_message({"type": "uuid_parsing", "msg": "Input should be a valid UUID"}, "id")
        assert message == "Nilai kolom “id” tidak valid."
        assert _pydantic_message({"type": "json_object", "msg": "x"}, None).startswith("Permintaan harus")
    with translation.override("en"):
        assert (
            _pydantic_message({"type": "missing", "msg": "Field required"}, "name") == "The field “name” is required."
        )
