"""Public crisis page and feeds: only published official statements, never drills."""

import json
import xml.etree.ElementTree as ET

import pytest
from helpers.crisis import approved_holding, holding, open_crisis


@pytest.fixture
def statements(offices, team, leader):
    from sigap.crisis.actions import publish

    real = open_crisis(offices["demak"], team, title="Banjir Demak")
    published = approved_holding(real, leader)
    publish(published, actor=team, kind="website")
    approved_only = real.messages.create(
        kind="press_release", title="Siaran pers belum terbit", body="RAHASIA-DRAF", status="approved"
    )
    drill = open_crisis(offices["demak"], team, title="Latihan kebakaran pasar", drill=True)
    drill_msg = approved_holding(drill, leader)
    publish(drill_msg, actor=team, kind="website")
    return {"published": published, "approved_only": approved_only, "drill": drill_msg}


def test_public_page_shows_only_published_statements_never_drills(client, statements):
    html = client.get("/layanan/demak/krisis/").content.decode()
    assert "Pernyataan resmi krisis" in html
    assert statements["published"].title in html
    assert "Banjir Demak" in html
    assert "RAHASIA-DRAF" not in html and "Siaran pers belum terbit" not in html
    assert "Latihan kebakaran pasar" not in html and "LATIHAN" not in html
    assert statements["drill"].publications.get().status == "simulated"
    assert "Banjir Demak" in client.get("/layanan/krisis/").content.decode()


def test_rss_feed_is_valid(client, statements):
    response = client.get("/layanan/demak/krisis/rss.xml")
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    items = root.findall("./channel/item")
    assert [i.findtext("title") for i in items] == [statements["published"].title]
    assert items[0].findtext("link") == f"http://testserver/layanan/krisis/pernyataan/{statements['published'].pk}/"
    assert items[0].findtext("pubDate")


def test_json_feed_is_valid(client, statements):
    data = json.loads(client.get("/layanan/krisis/feed.json").content)
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["title"] for i in data["items"]] == [statements["published"].title]
    item = data["items"][0]
    assert item["id"] and item["content_text"] and item["date_published"]
    assert "Latihan" not in json.dumps(data)


def test_statements_in_order_latest_first(client, offices, team, leader):
    from sigap.crisis.actions import create_message, publish

    crisis = open_crisis(offices["demak"], team)
    first = approved_holding(crisis, leader)
    publish(first, actor=team, kind="website")
    update = create_message(crisis, actor=team, kind="press_release", title="Pembaruan pukul 12.00", body="Air surut")
    update.submit(actor=team)
    update.approve(actor=leader)
    publish(update, actor=team, kind="website")
    titles = [i["title"] for i in json.loads(client.get("/layanan/demak/krisis/feed.json").content)["items"]]
    assert titles == ["Pembaruan pukul 12.00", holding(crisis).title]
