"""Document search through the API: the page's filters, the watchlist syntax, highlights, pagination."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from sigap.api.models import ApiToken
from sigap.lib.query import QuerySyntaxError, parse
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Source, Watchlist

URL = "/api/v1/documents/"
PERIOD = {"start": "2026-03-01", "end": "2026-03-03"}
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


@pytest.fixture
def auth(analyst):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(analyst, 'uji')[1]}"}


@pytest.fixture
def news(offices):
    return Source.objects.create(office=offices["demak"], name="Warta Demak", kind="rss", channel="news")


@pytest.fixture
def documents(source, news):
    store_records(
        source,
        [
            Record("x1", "x", "Banjir melanda Demak, warga mengungsi", AT, author="warga_demak"),
            Record("x2", "x", "Harga BBM naik lagi", AT + timedelta(hours=1)),
        ],
    )
    store_records(
        news,
        [
            Record(
                "n1",
                "news",
                "Tanggul jebol <script>alert(1)</script> banjir meluas",
                AT + timedelta(hours=2),
                title="Banjir di Demak",
            ),
            Record("n2", "news", "Banjir lama", datetime(2026, 2, 1, tzinfo=UTC)),  # outside the period
        ],
    )


def texts(response):
    assert response.status_code == 200, response.content
    return [item["text"] for item in response.json()["items"]]


def test_search_returns_matches_with_highlights(client, auth, documents):
    response = client.get(URL, {**PERIOD, "q": "banjir"}, **auth)
    body = response.json()
    assert body["count"] == 2
    assert texts(response) == [
        "Tanggul jebol <script>alert(1)</script> banjir meluas",
        "Banjir melanda Demak, warga mengungsi",
    ]
    first, second = body["items"]
    assert first["highlight"]["title"] == "<mark>Banjir</mark> di Demak"
    assert "<mark>banjir</mark>" in first["highlight"]["snippet"]
    # Document text is never HTML: SQLite escapes the tag, PostgreSQL's ts_headline drops it.
    assert "<script>" not in first["highlight"]["snippet"] and "alert(1)" in first["highlight"]["snippet"]
    assert second["highlight"]["snippet"].startswith("<mark>Banjir</mark> melanda")
    assert second["source"]["name"] == "X Demak" and second["channel"] == "x" and second["author"] == "warga_demak"


def test_watchlist_syntax_in_q(client, auth, documents):
    assert texts(client.get(URL, {**PERIOD, "q": "banjir AND NOT tanggul"}, **auth)) == [
        "Banjir melanda Demak, warga mengungsi"
    ]
    assert len(texts(client.get(URL, {**PERIOD, "q": "banjir ATAU bbm"}, **auth))) == 3
    assert texts(client.get(URL, {**PERIOD, "q": '"harga bbm" nai*'}, **auth)) == ["Harga BBM naik lagi"]


def test_without_q_there_is_no_highlight(client, auth, documents):
    body = client.get(URL, PERIOD, **auth).json()
    assert body["count"] == 3 and all(item["highlight"] is None for item in body["items"])


def test_channel_filter_is_repeatable(client, auth, documents):
    assert len(texts(client.get(URL, {**PERIOD, "channel": "x"}, **auth))) == 2
    assert len(texts(client.get(URL, {**PERIOD, "channel": ["x", "news"]}, **auth))) == 3
    assert client.get(URL, {**PERIOD, "channel": "koran"}, **auth).status_code == 422


def test_source_and_watchlist_filters(client, auth, documents, news, offices):
    assert texts(client.get(URL, {**PERIOD, "source": news.pk}, **auth)) == [
        "Tanggul jebol <script>alert(1)</script> banjir meluas"
    ]
    watchlist = Watchlist.objects.create(office=offices["demak"], name="BBM", query="bbm OR tanggul")
    assert len(texts(client.get(URL, {**PERIOD, "watchlist": watchlist.pk}, **auth))) == 2
    assert texts(client.get(URL, {**PERIOD, "watchlist": watchlist.pk, "channel": "x"}, **auth)) == [
        "Harga BBM naik lagi"
    ]


def test_period(client, auth, documents, source):
    assert texts(client.get(URL, {"start": "2026-02-01", "end": "2026-02-01"}, **auth)) == ["Banjir lama"]
    # Without dates: the last 7 days in the office's time zone, as on the page.
    store_records(source, [Record("now", "x", "Baru saja", timezone.now() - timedelta(hours=1))])
    assert texts(client.get(URL, **auth)) == ["Baru saja"]
    for bad in ("0", "03-03-2026", "2026-02-30", "1000-01-01"):  # only real YYYY-MM-DD dates in range
        assert client.get(URL, {"start": bad}, **auth).status_code == 422, bad
    response = client.get(URL, {"start": "2026-03-03", "end": "2026-03-01"}, **auth)
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "end"


def test_pagination(client, auth, source):
    store_records(
        source, [Record(str(i), "x", f"Laporan banjir nomor {i}", AT + timedelta(minutes=i)) for i in range(45)]
    )
    body = client.get(URL, {**PERIOD, "q": "banjir", "page_size": 20, "page": 3}, **auth).json()
    assert (body["count"], body["page"], body["page_size"]) == (45, 3, 20)
    assert [item["text"] for item in body["items"]] == [f"Laporan banjir nomor {i}" for i in range(4, -1, -1)]
    assert client.get(URL, {**PERIOD, "page": 9}, **auth).json()["items"] == []
    for bad in ({"page_size": 101}, {"page_size": 0}, {"page": 0}):
        assert client.get(URL, {**PERIOD, **bad}, **auth).status_code == 422


@pytest.mark.parametrize("query", ["banjir AND (Demak", "banjir AND", '"harga bbm', "a*"])
def test_bad_query_is_422_with_the_parser_message_and_position(client, auth, documents, query):
    with pytest.raises(QuerySyntaxError) as expected:
        parse(query)
    response = client.get(URL, {**PERIOD, "q": query}, **auth)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == expected.value.message  # Indonesian
    assert body["errors"] == [
        {
            "field": "q",
            "message": expected.value.message,
            "code": expected.value.code,
            "position": expected.value.position,
        }
    ]
    english = client.get(URL, {**PERIOD, "q": query}, HTTP_ACCEPT_LANGUAGE="en", **auth).json()
    assert english["detail"] == expected.value.message_en


def test_get_one(client, auth, documents):
    item = client.get(URL, {**PERIOD, "q": "bbm"}, **auth).json()["items"][0]
    response = client.get(f"{URL}{item['id']}", **auth)
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == "Harga BBM naik lagi" and body["published_at"].startswith("2026-03-02")
    assert "highlight" not in body


def test_period_is_in_the_token_owner_office_time_zone(client, offices):
    """As on the page: a WITA office's day starts at 00:00 WITA, also for token requests."""
    from helpers.users import make_user

    from sigap.core.models import Office, Role, TimeZone

    makassar = Office.objects.create(name="Pemkot Makassar", slug="makassar", kind="kabupaten", time_zone=TimeZone.WITA)
    user = make_user("analis.makassar", makassar, Role.ANALIS)
    source = Source.objects.create(office=makassar, name="X Makassar", kind="import", channel="x")
    store_records(source, [Record("1", "x", "Tengah malam WITA", datetime(2026, 3, 2, 16, 30, tzinfo=UTC))])
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user, 'uji')[1]}"}
    assert texts(client.get(URL, {"start": "2026-03-03", "end": "2026-03-03"}, **auth)) == ["Tengah malam WITA"]
    assert texts(client.get(URL, {"start": "2026-03-02", "end": "2026-03-02"}, **auth)) == []
