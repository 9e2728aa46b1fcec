"""An officer saves a document search (its filters), finds it again in a list, opens it and deletes
it; it stays theirs unless shared with their office, and every write is audited."""

from __future__ import annotations

import pytest
from helpers.users import make_user

from sigap.core.models import AuditEvent, Role
from sigap.monitoring.models import SavedSearch


@pytest.fixture
def colleague(offices):
    return make_user("analis2.demak", offices["demak"], Role.ANALIS)


def _listed(client) -> list[str]:
    return [s.name for s in client.get("/pencarian/").context["searches"]]


def _save(client, name="Banjir minggu ini", query="q=banjir&channel=x&page=3", **extra):
    return client.post("/pencarian/simpan/", {"name": name, "query": query, **extra})


def test_saving_keeps_the_filters_and_returns_to_them(login, analyst):
    response = _save(login(analyst))
    search = SavedSearch.objects.get()
    assert (search.name, search.query, search.user, search.office.slug) == (
        "Banjir minggu ini",
        "q=banjir&channel=x",  # the page number is not a filter
        analyst,
        "demak",
    )
    assert response["Location"] == "/dokumen/?q=banjir&channel=x"


def test_saved_search_is_listed_and_opens_the_search(login, analyst):
    client = login(analyst)
    _save(client)
    search = SavedSearch.objects.get()
    assert _listed(client) == ["Banjir minggu ini"]
    assert client.get(f"/pencarian/{search.pk}/")["Location"] == "/dokumen/?q=banjir&channel=x"


def test_deleting_removes_it_and_is_audited(login, analyst):
    client = login(analyst)
    _save(client)
    search = SavedSearch.objects.get()
    assert client.post(f"/pencarian/{search.pk}/hapus/").status_code == 302
    assert not SavedSearch.objects.exists()
    assert list(
        AuditEvent.objects.filter(target_type="monitoring.savedsearch").order_by("id").values_list("action", flat=True)
    ) == [
        "saved_search.created",
        "saved_search.deleted",
    ]


def test_a_private_search_stays_with_whoever_saved_it(login, analyst, colleague):
    _save(login(analyst))
    search = SavedSearch.objects.get()
    client = login(colleague)
    assert _listed(client) == []
    assert client.get(f"/pencarian/{search.pk}/").status_code == 404


def test_a_shared_search_is_seen_by_the_office_but_deleted_only_by_its_owner(login, analyst, colleague):
    _save(login(analyst), shared="on")
    search = SavedSearch.objects.get()
    client = login(colleague)
    assert _listed(client) == ["Banjir minggu ini"]
    assert client.post(f"/pencarian/{search.pk}/hapus/").status_code == 403
    assert SavedSearch.objects.exists()


def test_an_outsider_never_sees_another_offices_shared_search(login, analyst, outsider):
    _save(login(analyst), shared="on")
    search = SavedSearch.objects.get()
    client = login(outsider)
    assert _listed(client) == []
    assert client.get(f"/pencarian/{search.pk}/").status_code == 404


def test_a_search_cannot_be_saved_for_an_office_one_is_not_in(login, analyst, offices):
    _save(login(analyst), office=offices["kemensos"].pk)
    assert not SavedSearch.objects.exists()


def test_document_list_offers_to_save_the_current_search(login, analyst):
    page = login(analyst).get("/dokumen/", {"q": "banjir"}).content.decode()
    assert 'action="/pencarian/simpan/"' in page and 'value="q=banjir"' in page
