"""Declaring a crisis: evidence from the issue, SCCT advice, the golden-hour task, audited phases."""

from datetime import timedelta

from helpers.crisis import declare, open_crisis


def test_declare_from_issue_carries_evidence(login, team, flood_issue, offices):
    client = login(team)
    page = client.get(f"/krisis/baru/?issue={flood_issue.pk}")
    assert page.status_code == 200 and flood_issue.title in page.content.decode()
    response = declare(client, offices["demak"], issue=flood_issue.pk, title=flood_issue.title)
    from sigap.crisis.models import Crisis

    crisis = Crisis.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/krisis/{crisis.pk}/"
    assert crisis.issue == flood_issue
    assert crisis.evidence["score"] == 78.5
    assert [c["to"] for c in crisis.evidence["level_changes"]] == ["isu", "kasus", "krisis"]
    detail = client.get(response["Location"]).content.decode()
    assert 'id="evidence-components"' in detail and "Porsi negatif" in detail


def test_the_evidence_names_components_and_levels_as_the_issue_page_does(login, team, flood_issue, offices):
    client = login(team)
    detail = client.get(declare(client, offices["demak"], issue=flood_issue.pk)["Location"]).content.decode()
    evidence = detail[detail.index('id="evidence"') :]
    assert "Laju volume" in evidence and "velocity" not in evidence
    assert "Kasus → <strong>Krisis</strong>" in evidence


def test_scct_recommendation_shown(login, team, offices):
    crisis = open_crisis(offices["demak"], team, cluster="preventable", title="Dugaan korupsi dana hibah")
    html = login(team).get(crisis.get_absolute_url()).content.decode()
    assert "Dapat dicegah" in html  # the cluster, in Indonesian
    assert '<tr class="recommended"><th>Membangun kembali</th>' in html  # rebuild


def test_intensifier_moves_one_step_up(offices, team):
    crisis = open_crisis(offices["demak"], team, cluster="victim")
    crisis.update_assessment(actor=team, crisis_history=True)
    rec = crisis.recommendation()
    assert rec["cluster"] == "accidental" and rec["intensified"]
    assert [s["key"] for s in rec["strategies"] if s["recommended"]] == ["diminish", "bolster"]


def test_holding_statement_task_due_one_hour_after_declaration(offices, team, login):
    crisis = open_crisis(offices["demak"], team)
    task = crisis.tasks.get(step="holding")
    assert task.due_at - crisis.declared_at == timedelta(hours=1)
    assert crisis.messages.filter(kind="holding", status="draft").exists()  # from the pre-approved template
    html = login(team).get(crisis.get_absolute_url()).content.decode()
    assert "Pernyataan awal" in html


def test_phase_change_is_audited(login, team, offices):
    from sigap.core.models import AuditEvent

    crisis = open_crisis(offices["demak"], team)
    client = login(team)
    refused = client.post(f"/krisis/{crisis.pk}/phase/", {"phase": "pemeliharaan", "reason": ""}, follow=True)
    assert "Alasan" in refused.content.decode()
    crisis.refresh_from_db()
    assert crisis.phase == "awal"
    client.post(
        f"/krisis/{crisis.pk}/phase/", {"phase": "pemeliharaan", "reason": "Air mulai surut, pembaruan berkala"}
    )
    crisis.refresh_from_db()
    assert crisis.phase == "pemeliharaan"
    event = AuditEvent.objects.get(action="crisis.phase")
    assert (event.from_state, event.to_state, event.actor) == ("awal", "pemeliharaan", team)
    assert event.reason == "Air mulai surut, pembaruan berkala"
    assert crisis.tasks.filter(phase="pemeliharaan").exists()  # that phase's checklist


def test_playbook_instantiates_tasks_and_templates(offices, team):
    from sigap.crisis.actions import ensure_library
    from sigap.crisis.models import Playbook

    ensure_library()
    playbook = Playbook.objects.get(key="banjir", office=None)
    crisis = open_crisis(offices["demak"], team, playbook=playbook)
    assert crisis.tasks.filter(step="playbook").count() == len(playbook.tasks)
    assert crisis.messages.filter(kind="faq").exists()
    assert crisis.threatens_life and crisis.serta_merta is not None
    assert crisis.serta_merta.category == "serta_merta" and not crisis.serta_merta.published


def test_drill_is_marked_latihan_everywhere(login, team, offices):
    crisis = open_crisis(offices["demak"], team, drill=True)
    client = login(team)
    for url in (
        crisis.get_absolute_url(),
        f"/krisis/{crisis.pk}/dasbor/",
        f"/krisis/{crisis.pk}/evaluasi/",
        f"/krisis/{crisis.pk}/pesan/{crisis.messages.first().pk}/",
    ):
        assert 'id="drill-banner"' in client.get(url).content.decode(), url


def test_issue_page_offers_declare_button_to_crisis_team_not_to_leadership(login, team, leader, flood_issue):
    url = f"/isu/{flood_issue.pk}/"
    assert f'href="/krisis/baru/?issue={flood_issue.pk}">Buka krisis</a>' in login(team).get(url).content.decode()
    assert 'id="declare-crisis"' not in login(leader).get(url).content.decode()
