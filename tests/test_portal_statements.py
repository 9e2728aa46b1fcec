"""Crisis statements for the public: found from the portal home, newest first, each on its own page, in feeds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone
from helpers.crisis import approved_holding, open_crisis

from sigap.lib.waktu import format_datetime

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _published(crisis, leader, team):
    from sigap.crisis.actions import publish

    message = approved_holding(crisis, leader)
    publish(message, actor=team, kind="website")
    message.refresh_from_db()
    return message


def _update(crisis, team, leader, title):
    from sigap.crisis.actions import create_message, publish

    message = create_message(crisis, actor=team, kind="press_release", title=title, body="Air mulai surut")
    message.submit(actor=team)
    message.approve(actor=leader)
    publish(message, actor=team, kind="website")
    message.refresh_from_db()
    return message


@pytest.fixture
def two_statements(offices, team, leader):
    crisis = open_crisis(offices["demak"], team, title="Banjir Demak")
    first = _published(crisis, leader, team)
    later = _update(crisis, team, leader, "Pembaruan pukul 12.00")
    first.__class__.objects.filter(pk=first.pk).update(published_at=timezone.now() - timedelta(hours=3))
    first.refresh_from_db()
    return first, later


def test_portal_home_links_the_statements(client, offices):
    assert 'href="/layanan/krisis/"' in client.get("/layanan/").content.decode()


def test_statements_are_listed_newest_first_without_counting_down(client, two_statements):
    first, later = two_statements
    page = client.get("/layanan/demak/krisis/").content.decode()
    assert page.index(later.title) < page.index(first.title)
    assert "<ol" not in page


def test_statement_time_carries_the_office_zone(client, two_statements):
    first, _later = two_statements
    page = client.get("/layanan/demak/krisis/").content.decode()
    assert format_datetime(first.published_at, "Asia/Jakarta") in page
    assert format_datetime(first.published_at, "Asia/Jakarta").endswith(" WIB")


def test_each_statement_has_its_own_page(client, two_statements):
    first, _later = two_statements
    response = client.get(f"/layanan/krisis/pernyataan/{first.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert first.title in page and "Pemkab Demak" in page and "Pembaruan pukul 12.00" not in page


def test_unpublished_statement_has_no_public_page(client, offices, team):
    crisis = open_crisis(offices["demak"], team)
    draft = crisis.messages.create(kind="press_release", title="Draf", body="RAHASIA", status="approved")
    assert client.get(f"/layanan/krisis/pernyataan/{draft.pk}/").status_code == 404


def test_drill_statement_has_no_public_page(client, offices, team, leader):
    drill = open_crisis(offices["demak"], team, title="Latihan kebakaran pasar", drill=True)
    message = _published(drill, leader, team)
    assert client.get(f"/layanan/krisis/pernyataan/{message.pk}/").status_code == 404


def test_atom_feed_lists_statements_newest_first_with_their_pages(client, two_statements):
    first, later = two_statements
    response = client.get("/layanan/demak/krisis/atom.xml")
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [later.title, first.title]
    link = entries[1].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver/layanan/krisis/pernyataan/{first.pk}/"


def test_rss_feed_comes_from_the_syndication_framework_with_statement_pages(client, two_statements):
    first, later = two_statements
    items = ET.fromstring(client.get("/layanan/krisis/rss.xml").content).findall("./channel/item")
    assert [i.findtext("link") for i in items] == [
        f"http://testserver/layanan/krisis/pernyataan/{later.pk}/",
        f"http://testserver/layanan/krisis/pernyataan/{first.pk}/",
    ]
