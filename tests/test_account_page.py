"""An account's page: its posts, reach, where it appears and the issues it took part in, built from
what the officer may see; every account name in the monitoring and issue pages leads to it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from sigap.issues.models import Issue, IssueDocument
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Document

PAGE = "/akun-sumber/x/wargademak/"


@pytest.fixture
def posts(source):
    now = timezone.now()
    store_records(
        source,
        [
            Record("1", "x", "Tanggul Wulan jebol lagi", now - timedelta(hours=2), author="wargademak",
                   author_followers=1500, likes=10, shares=4, views=200),
            Record("2", "x", "Air mulai surut di Karanganyar", now - timedelta(days=3), author="wargademak", likes=5),
            Record("3", "x", "Harga cabai naik", now - timedelta(hours=1), author="pedagangbintoro"),
        ],
    )  # fmt: skip
    return Document.objects.filter(author="wargademak")


@pytest.fixture
def dyke_issue(offices, source, posts):
    issue = Issue.objects.create(office=offices["demak"], title="Tanggul Sungai Wulan jebol", level="kasus")
    for doc in posts:
        IssueDocument.objects.create(
            issue=issue,
            document=doc,
            published_at=doc.published_at,
            channel="x",
            source_id=source.pk,
            author=doc.author,
        )
    return issue


def test_account_page_lists_the_accounts_posts_only(login, analyst, posts):
    page = login(analyst).get(PAGE).content.decode()
    assert "Tanggul Wulan jebol lagi" in page and "Air mulai surut di Karanganyar" in page
    assert "Harga cabai naik" not in page


def test_account_page_sums_the_reach(login, analyst, posts):
    totals = login(analyst).get(PAGE).context["totals"]
    assert (totals["posts"], totals["followers"], totals["likes"], totals["shares"], totals["views"]) == (
        2,
        1500,
        15,
        4,
        200,
    )


def test_account_page_draws_posts_per_day_over_ninety_days(login, analyst, posts):
    series = login(analyst).get(PAGE).context["series"]
    assert len(series["labels"]) == 90 and sum(series["posts"]) == 2
    assert series["labels"][-1] == timezone.localdate().isoformat()


def test_account_page_lists_the_issues_it_took_part_in(login, analyst, dyke_issue):
    response = login(analyst).get(PAGE)
    assert [(i.title, i.account_posts) for i in response.context["issues"]] == [("Tanggul Sungai Wulan jebol", 2)]


def test_account_page_names_its_sources(login, analyst, posts):
    assert [s["name"] for s in login(analyst).get(PAGE).context["sources"]] == ["X Demak"]


def test_account_seen_only_in_another_offices_private_source_is_not_found(login, outsider, posts):
    assert login(outsider).get(PAGE).status_code == 404


def test_account_never_seen_is_not_found(login, analyst, posts):
    assert login(analyst).get("/akun-sumber/x/tidakada/").status_code == 404


def test_account_page_needs_signing_in(client, posts):
    assert client.get(PAGE).status_code == 302


def test_account_name_with_a_slash_has_a_page(login, analyst, source):
    store_records(source, [Record("s", "x", "Unggahan", timezone.now(), author="dinas/kominfo")])
    page = login(analyst).get("/dokumen/").content.decode()
    assert 'href="/akun-sumber/x/dinas/kominfo/"' in page
    assert login(analyst).get("/akun-sumber/x/dinas/kominfo/").status_code == 200


def test_document_list_and_detail_link_the_account(login, analyst, posts):
    client = login(analyst)
    assert f'href="{PAGE}"' in client.get("/dokumen/").content.decode()
    assert f'href="{PAGE}"' in client.get(f"/dokumen/{posts.first().pk}/").content.decode()


def test_dashboard_most_active_accounts_link_to_their_pages(login, analyst, posts):
    page = login(analyst).get("/").content.decode()
    table = page[page.index('id="top-authors"') :]
    assert f'<a href="{PAGE}">wargademak</a>' in table


def test_issue_top_accounts_link_to_their_pages(login, analyst, dyke_issue):
    page = login(analyst).get(dyke_issue.get_absolute_url()).content.decode()
    assert f'<a href="{PAGE}">wargademak</a>' in page[page.index('id="top-accounts"') :]
