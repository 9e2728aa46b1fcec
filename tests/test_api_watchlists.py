"""Watchlists through the API: create, read, change, delete; a query with bad syntax gives 422 with the
parser's Indonesian message and the position of the problem."""

import pytest

from sigap.api.models import ApiToken
from sigap.lib.query import QuerySyntaxError, parse, to_fts5
from sigap.monitoring.models import Watchlist

URL = "/api/v1/watchlists/"
JSON = {"content_type": "application/json"}


@pytest.fixture
def auth(analyst):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'uji')[1]}"}


def parser_error(query) -> QuerySyntaxError:
    """What the parser says about ``query`` (some queries parse but cannot be searched, e.g. only NOT)."""
    with pytest.raises(QuerySyntaxError) as info:
        to_fts5(parse(query))
    return info.value


def test_create_read_change_delete(client, auth, analyst, offices):
    response = client.post(
        URL, {"name": "Banjir Demak", "query": "banjir AND (Demak OR Kudus) NOT hoaks"}, **JSON, **auth
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["office"]["slug"] == "demak" and created["created_by"] == "analis.demak" and created["can_edit"]
    assert created["active"] is True and created["shared"] is False

    url = f"{URL}{created['id']}"
    assert client.get(url, **auth).json() == created
    changed = client.patch(url, {"query": '"harga BBM" naik*', "active": False}, **JSON, **auth).json()
    assert (changed["name"], changed["query"], changed["active"]) == ("Banjir Demak", '"harga BBM" naik*', False)
    assert client.get(URL, **auth).json()["count"] == 1

    assert client.delete(url, **auth).status_code == 204
    assert client.get(url, **auth).status_code == 404
    assert not Watchlist.objects.exists()


@pytest.mark.parametrize("query", ["banjir AND (Demak OR Kudus", "banjir AND", "OR banjir", '"harga BBM', "NOT hoaks"])
def test_syntax_error_is_422_with_the_parser_message_and_position(client, auth, query):
    expected = parser_error(query)
    response = client.post(URL, {"name": "Salah", "query": query}, **JSON, **auth)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == expected.message
    assert body["errors"] == [
        {"field": "query", "message": expected.message, "code": expected.code, "position": expected.position}
    ]
    assert not Watchlist.objects.exists()


def test_syntax_error_position_points_at_the_problem(client, auth):
    body = client.post(URL, {"name": "Salah", "query": "banjir AND (Demak OR Kudus"}, **JSON, **auth).json()
    assert body["errors"][0]["position"] == parser_error("banjir AND (Demak OR Kudus").position
    assert body["errors"][0]["position"] is not None
    assert any(word in body["detail"].lower() for word in ("kurung", "tutup")), body["detail"]


def test_syntax_error_in_english_on_request(client, auth):
    expected = parser_error("banjir AND")
    response = client.post(URL, {"name": "Salah", "query": "banjir AND"}, HTTP_ACCEPT_LANGUAGE="en", **JSON, **auth)
    assert response.status_code == 422
    assert response.json()["detail"] == expected.message_en != expected.message


def test_syntax_error_on_change_keeps_the_old_query(client, auth, offices):
    watchlist = Watchlist.objects.create(office=offices["demak"], name="Banjir", query="banjir")
    response = client.patch(f"{URL}{watchlist.pk}", {"query": "banjir AND"}, **JSON, **auth)
    assert response.status_code == 422
    watchlist.refresh_from_db()
    assert watchlist.query == "banjir"


def test_other_field_errors_are_422_per_field(client, auth):
    response = client.post(URL, {"name": "", "query": "banjir"}, **JSON, **auth)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["name"]
    response = client.post(URL, {"name": "x" * 121, "query": "banjir"}, **JSON, **auth)
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "name"
    response = client.post(URL, {"query": "banjir"}, **JSON, **auth)
    assert response.status_code == 422 and response.json()["errors"][0] == {
        "field": "name",
        "message": "Kolom “name” wajib diisi.",
        "code": "missing",
        "position": None,
    }


def test_body_must_be_a_json_object_with_known_fields(client, auth):
    response = client.post(URL, {"name": "x", "querry": "banjir"}, **JSON, **auth)  # typo: not silently ignored
    assert response.status_code == 422
    assert {
        "field": "querry",
        "message": "Kolom “querry” tidak dikenal.",
        "code": "extra_forbidden",
        "position": None,
    } in (response.json()["errors"])
    response = client.post(URL, [{"name": "x", "query": "banjir"}], **JSON, **auth)
    assert response.status_code == 422 and response.json()["errors"][0]["code"] == "json_object"
    response = client.post(URL, "{bukan json", **JSON, **auth)
    assert response.status_code == 400 and response.json()["detail"].startswith("Isi permintaan")
