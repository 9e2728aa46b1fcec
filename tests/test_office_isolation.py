"""An analyst of one office never sees another office's private sources, documents, watchlists or imports."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document, ImportJob, Source, Watchlist


@pytest.fixture
def private_data(offices, source):
    store_records(source, [Record("1", "x", "Rahasia internal Demak", datetime(2026, 3, 2, tzinfo=UTC))])
    watchlist = Watchlist.objects.create(office=offices["demak"], name="Banjir Demak", query="banjir AND Demak")
    job = ImportJob.objects.create(
        source=source, office=offices["demak"], file_name="x.jsonl", file_path="/nope", format="sigap-jsonl"
    )
    return {"source": source, "document": Document.objects.get(), "watchlist": watchlist, "job": job}


@pytest.mark.parametrize(
    "name, key",
    [
        ("monitoring:source_detail", "source"),
        ("monitoring:source_edit", "source"),
        ("monitoring:rejected_list", "source"),
        ("monitoring:document_detail", "document"),
        ("monitoring:watchlist_edit", "watchlist"),
        ("monitoring:import_detail", "job"),
    ],
)
def test_outsider_gets_not_found(login, outsider, private_data, name, key):
    response = login(outsider).get(reverse(name, args=[private_data[key].pk]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "name", ["monitoring:source_poll_now", "monitoring:source_import", "monitoring:watchlist_delete"]
)
def test_outsider_cannot_act_on_private_data(login, outsider, private_data, name):
    key = "watchlist" if "watchlist" in name else "source"
    response = login(outsider).post(reverse(name, args=[private_data[key].pk]))
    assert response.status_code == 404
    assert Watchlist.objects.filter(pk=private_data["watchlist"].pk).exists()


def test_outsider_lists_do_not_show_private_data(login, outsider, private_data):
    client = login(outsider)
    assert "X Demak" not in client.get(reverse("monitoring:source_list")).content.decode()
    assert "Banjir Demak" not in client.get(reverse("monitoring:watchlist_list")).content.decode()
    page = client.get(
        reverse("monitoring:document_list"), {"start": "2026-03-01", "end": "2026-03-03"}
    ).content.decode()
    assert "Rahasia internal Demak" not in page


def test_member_sees_own_documents(login, analyst, private_data):
    page = login(analyst).get(reverse("monitoring:document_list"), {"start": "2026-03-01", "end": "2026-03-03"})
    assert "Rahasia internal Demak" in page.content.decode()


def test_parent_office_sees_child_office_data(login, province_analyst, private_data):
    response = login(province_analyst).get(reverse("monitoring:source_detail", args=[private_data["source"].pk]))
    assert response.status_code == 200


def test_shared_source_is_visible_to_every_office(login, outsider, offices):
    shared = Source.objects.create(
        office=offices["demak"], name="Warta Pantura", kind="rss", channel="news", shared=True
    )
    assert login(outsider).get(reverse("monitoring:source_detail", args=[shared.pk])).status_code == 200


def test_outsider_cannot_edit_a_shared_source(login, outsider, offices):
    shared = Source.objects.create(
        office=offices["demak"], name="Warta Pantura", kind="rss", channel="news", shared=True
    )
    assert login(outsider).get(reverse("monitoring:source_edit", args=[shared.pk])).status_code == 403


def test_leader_is_read_only(login, leader, private_data):
    client = login(leader)
    assert client.get(reverse("monitoring:source_detail", args=[private_data["source"].pk])).status_code == 200
    assert client.get(reverse("monitoring:source_edit", args=[private_data["source"].pk])).status_code == 403
    assert client.get(reverse("monitoring:watchlist_create")).status_code == 403


def test_anonymous_visitor_is_sent_to_login(client, private_data):
    response = client.get(reverse("monitoring:dashboard"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_office_page_lists_only_visible_offices(login, outsider, offices):
    page = login(outsider).get(reverse("core:office_list")).content.decode()
    assert "Kementerian Sosial" in page and "Pemkab Demak" not in page
