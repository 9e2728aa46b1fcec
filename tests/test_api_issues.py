"""The early warning through the API: issues of the caller's offices, each score explained."""

import pytest
from django.utils import timezone

from sigap.issues.models import Issue, LevelChange

COMPONENTS = [{"key": "negative", "value": 0.62, "normalised": 0.94, "weight": 15, "contribution": 14.1}]


@pytest.fixture
def issue(offices):
    now = timezone.now()
    issue = Issue.objects.create(
        office=offices["demak"],
        title="Banjir Demak",
        level="kasus",
        score=48.2,
        components=COMPONENTS,
        first_at=now,
        last_at=now,
    )
    LevelChange.objects.create(
        issue=issue, at=now, from_level="isu", to_level="kasus", score=48.2, reason="score 48.2 ≥ 45"
    )
    return issue


@pytest.fixture
def api(client):
    from sigap.api.models import ApiToken

    def _api(user):
        _, secret = ApiToken.issue(user, "uji")
        return lambda path: client.get(f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {secret}")

    return _api


def test_the_list_shows_the_offices_open_issues(api, analyst, issue):
    body = api(analyst)("/issues/").json()
    assert body["count"] == 1 and body["items"][0]["title"] == "Banjir Demak" and body["items"][0]["level"] == "kasus"


def test_an_issue_explains_its_score_and_level_history(api, analyst, issue):
    body = api(analyst)(f"/issues/{issue.pk}").json()
    assert body["components"][0]["label"] == "Porsi negatif" and body["components"][0]["contribution"] == 14.1
    assert body["level_changes"][0]["to_level"] == "kasus"


def test_an_outsider_sees_neither_the_list_nor_the_issue(api, outsider, issue):
    call = api(outsider)
    assert call("/issues/").json()["count"] == 0
    assert call(f"/issues/{issue.pk}").status_code == 404


def test_the_list_filters_by_level(api, analyst, issue):
    assert api(analyst)("/issues/?level=krisis").json()["count"] == 0


def test_an_issue_shared_by_regency_and_province_is_one_item_naming_both(
    api, province_analyst, analyst, issue, offices
):
    from sigap.issues.models import IssueOffice

    IssueOffice.objects.create(issue=issue, office=offices["demak"])
    IssueOffice.objects.create(issue=issue, office=offices["jateng"])
    for user in (analyst, province_analyst):
        body = api(user)("/issues/").json()
        assert body["count"] == 1
        assert [o["slug"] for o in body["items"][0]["offices"]] == ["demak", "jateng"]  # the owner first
