"""The demo runs one crisis end to end from the flood issue, and one drill."""

from helpers.users import make_user


def test_demo_runs_the_flood_crisis_to_evaluation_and_one_drill(offices, flood_issue):
    from sigap.core.models import Role
    from sigap.crisis.demo import TITLE, load
    from sigap.crisis.evaluation import report
    from sigap.crisis.models import Crisis

    make_user("demak.krisis", offices["demak"], Role.TIM_KRISIS)
    leader = make_user("demak.pimpinan", offices["demak"], Role.PIMPINAN)
    make_user("demak.analis", offices["demak"], Role.ANALIS)
    assert load() == 2
    assert load() == 0  # idempotent
    crisis = Crisis.objects.get(title=TITLE)
    assert crisis.issue == flood_issue and crisis.phase == "evaluasi" and crisis.lessons
    holding = crisis.messages.get(kind="holding")
    assert holding.status == "published" and holding.approved_by == leader
    assert crisis.messages.filter(kind="press_release", status="published").exists()
    r = report(crisis)
    assert r["time_to_holding_text"] == "48 menit" and r["holding_within_hour"]
    drill = Crisis.objects.get(drill=True)
    assert drill.messages.get(kind="holding").publications.get().status == "simulated"
