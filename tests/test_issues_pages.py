"""The early-warning pages: list, issue page with the score explained, and the analysts' actions."""

import pytest
from django.utils import timezone

from sigap.core.models import AuditEvent
from sigap.issues.models import EscalationPolicy, Issue, IssueStory, LevelChange
from sigap.monitoring.models import Story

COMPONENTS = [
    {"key": "velocity", "value": 5.2, "normalised": 0.87, "weight": 15, "contribution": 13.0},
    {"key": "negative", "value": 0.62, "normalised": 0.94, "weight": 15, "contribution": 14.1},
    {"key": "mainstream", "value": 4, "normalised": 0.5, "weight": 12, "contribution": 6.0},
]


@pytest.fixture
def issue(offices):
    now = timezone.now()
    issue = Issue.objects.create(
        office=offices["demak"],
        title="Banjir Demak",
        level="kasus",
        score=33.1,
        components=COMPONENTS,
        first_at=now,
        last_at=now,
    )
    LevelChange.objects.create(
        issue=issue,
        at=now,
        from_level="pemantauan",
        to_level="kasus",
        score=33.1,
        reason="score 33.1 ≥ 30",
        components=COMPONENTS,
    )
    return issue


@pytest.fixture
def two_stories(issue):
    now = timezone.now()
    stories = [
        Story.objects.create(key=k, label=label, first_at=now, last_at=now, size=3)
        for k, label in (("s1", "tanggul jebol"), ("s2", "bantuan lambat"))
    ]
    for story in stories:
        IssueStory.objects.create(issue=issue, story=story)
    return stories


def test_the_list_shows_open_issues_by_level_in_indonesian(login, analyst, issue):
    page = login(analyst).get("/isu/").content.decode()
    assert "Peringatan dini: daftar isu" in page and "Banjir Demak" in page and "Kasus" in page


def test_the_issue_page_explains_each_component_of_the_score(login, analyst, issue):
    page = login(analyst).get(f"/isu/{issue.pk}/").content.decode()
    assert "Mengapa level ini?" in page
    assert "Laju volume" in page and "62% dokumen 24 jam terakhir bernada negatif." in page
    assert "14,1" in page and "Pemantauan → <strong>Kasus</strong>" in page


def test_an_outsider_cannot_see_the_issue(login, outsider, issue):
    client = login(outsider)
    assert client.get(f"/isu/{issue.pk}/").status_code == 404
    assert "Banjir Demak" not in client.get("/isu/").content.decode()
    assert client.post(f"/isu/{issue.pk}/dismiss/", {"reason": "x"}).status_code == 404


def test_the_province_sees_its_regencys_issue(login, province_analyst, issue):
    assert login(province_analyst).get(f"/isu/{issue.pk}/").status_code == 200


def test_leadership_reads_but_cannot_dismiss(login, leader, issue):
    client = login(leader)
    assert client.get(f"/isu/{issue.pk}/").status_code == 200
    assert client.post(f"/isu/{issue.pk}/dismiss/", {"reason": "x"}).status_code == 403
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.OPEN


def test_an_analyst_dismisses_an_issue_with_a_reason_that_is_audited(login, analyst, issue):
    login(analyst).post(f"/isu/{issue.pk}/dismiss/", {"reason": "Bukan wewenang Pemkab"})
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.DISMISSED
    event = AuditEvent.objects.get(action="issue.dismissed")
    assert event.reason == "Bukan wewenang Pemkab" and event.actor == analyst
    page = login(analyst).get(f"/isu/{issue.pk}/").content.decode()
    assert "Diabaikan: Terbuka → Diabaikan" in page and "Bukan wewenang Pemkab" in page


def test_dismissing_without_a_reason_is_refused(login, analyst, issue):
    response = login(analyst).post(f"/isu/{issue.pk}/dismiss/", {"reason": ""}, follow=True)
    assert "Bidang ini tidak boleh kosong." in response.content.decode()
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.OPEN


def test_renaming_keeps_the_title_from_following_the_stories(login, analyst, issue):
    login(analyst).post(f"/isu/{issue.pk}/rename/", {"title": "Tanggul Wulan jebol"})
    issue.refresh_from_db()
    assert issue.title == "Tanggul Wulan jebol" and issue.title_locked


def test_merging_moves_the_stories_and_keeps_the_other_issue_as_merged(login, analyst, issue, offices):
    other = Issue.objects.create(office=offices["demak"], title="Pengungsi Demak")
    story = Story.objects.create(key="s9", label="pengungsi", first_at=timezone.now(), last_at=timezone.now())
    IssueStory.objects.create(issue=other, story=story)
    login(analyst).post(f"/isu/{issue.pk}/merge/", {"issues": [other.pk]})
    other.refresh_from_db()
    assert other.status == Issue.Status.MERGED and other.merged_into == issue
    assert story in issue.stories.all()


def test_an_issue_of_another_office_cannot_be_merged_in(login, analyst, issue, offices):
    foreign = Issue.objects.create(office=offices["kemensos"], title="Hoaks bansos")
    login(analyst).post(f"/isu/{issue.pk}/merge/", {"issues": [foreign.pk]})
    assert Issue.objects.get(pk=foreign.pk).status == Issue.Status.OPEN


def test_splitting_moves_chosen_stories_into_a_new_issue(login, analyst, issue, two_stories):
    response = login(analyst).post(
        f"/isu/{issue.pk}/split/", {"title": "Bantuan lambat", "stories": [two_stories[1].pk]}
    )
    new = Issue.objects.get(title="Bantuan lambat")
    assert response.url == f"/isu/{new.pk}/"
    assert list(new.stories.all()) == [two_stories[1]] and list(issue.stories.all()) == [two_stories[0]]


def test_linking_two_issues_shows_each_on_the_others_page(login, analyst, issue, offices):
    other = Issue.objects.create(office=offices["demak"], title="Jalan Pantura ditutup")
    client = login(analyst)
    client.post(f"/isu/{issue.pk}/link/", {"issues": [other.pk]})
    assert "Banjir Demak" in client.get(f"/isu/{other.pk}/").content.decode()


def test_an_issue_can_be_created_by_hand(login, analyst, offices):
    response = login(analyst).post("/isu/baru/", {"office": offices["demak"].pk, "title": "Rencana kenaikan PBB"})
    issue = Issue.objects.get(title="Rencana kenaikan PBB")
    assert response.url == f"/isu/{issue.pk}/" and issue.created_by == analyst


def test_escalation_settings_refuse_thresholds_that_do_not_rise(login, analyst, offices):
    office = offices["demak"]
    data = {
        "isu_at": 50,
        "kasus_at": 40,
        "krisis_at": 65,
        "margin": 10,
        "hold_hours": 6,
        "dormant_hours": 12,
        "min_story_docs": 5,
        "spike_z": 4,
        "key_actors": "",
    }
    data.update(
        {
            f"w_{k}": 10
            for k in (
                "velocity",
                "volume",
                "negative",
                "negative_change",
                "reach",
                "mainstream",
                "spread",
                "key_actors",
                "amplification",
                "crisis_cues",
            )
        }
    )
    response = login(analyst).post(f"/isu/pengaturan/{office.pk}/", data)
    assert "Ambang harus naik berurutan" in response.content.decode()
    assert EscalationPolicy.for_office(office.pk).isu_at == 25


def test_escalation_settings_save_thresholds_weights_and_key_actors(login, analyst, offices):
    office = offices["demak"]
    data = {
        "isu_at": 20,
        "kasus_at": 40,
        "krisis_at": 60,
        "margin": 5,
        "hold_hours": 4,
        "dormant_hours": 12,
        "min_story_docs": 5,
        "spike_z": 4,
        "key_actors": "Bupati Demak | pejabat | Bupati Haryo\nDPRD Demak | dprd",
    }
    data.update(
        {
            f"w_{k}": 10
            for k in (
                "velocity",
                "volume",
                "negative",
                "negative_change",
                "reach",
                "mainstream",
                "spread",
                "key_actors",
                "amplification",
                "crisis_cues",
            )
        }
    )
    login(analyst).post(f"/isu/pengaturan/{office.pk}/", data)
    policy = EscalationPolicy.for_office(office.pk)
    assert (policy.isu_at, policy.weights["velocity"]) == (20, 10)
    assert sorted(office.key_actors.values_list("name", flat=True)) == ["Bupati Demak", "DPRD Demak"]
    assert AuditEvent.objects.filter(action="escalation_policy.changed").exists()


def test_an_outsider_cannot_open_another_offices_escalation_settings(login, outsider, offices):
    assert login(outsider).get(f"/isu/pengaturan/{offices['demak'].pk}/").status_code == 404
