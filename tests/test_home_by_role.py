"""Each role lands on its own home (/beranda/) after signing in and sees its own office's work
there; a member of another office sees none of it. The daily brief opens on the user's own office."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from helpers.crisis import holding, open_crisis
from helpers.ppid import make_request
from helpers.users import PASSWORD, make_user

from sigap.core.models import Role

pytestmark = pytest.mark.django_db
HOME = "/beranda/"


def _home(client_or_login, user) -> str:
    return client_or_login(user).get(HOME).content.decode()


@pytest.fixture
def crisis(offices, team):
    return open_crisis(offices["demak"], team, title="Banjir bandang Demak")


@pytest.mark.parametrize(
    ("who", "section"),
    [
        ("leader", 'id="home-leadership-'),
        ("team", 'id="home-crisis-tasks"'),
        ("ppid", 'id="home-ppid"'),
        ("analyst", 'id="home-analyst"'),
        ("office_admin", 'id="home-setup-'),
    ],
)
def test_signing_in_lands_on_the_home_of_the_role(request, who, section):
    user = request.getfixturevalue(who)
    response = Client().post(
        "/masuk/", {"username": user.username, "password": PASSWORD}, REMOTE_ADDR="203.0.113.7", follow=True
    )
    assert response.redirect_chain[-1][0] == HOME
    assert section in response.content.decode()


def test_the_monitoring_dashboard_stays_at_its_address(login, analyst):
    page = login(analyst).get("/").content.decode()
    assert 'id="volume-chart"' in page


def test_leadership_sees_its_office_brief_crises_and_messages_to_approve(login, leader, offices, crisis, team):
    message = holding(crisis)
    message.submit(actor=team)
    page = _home(login, leader)
    assert "Hari ini di Pemkab Demak" in page
    assert f'href="/laporan/ringkasan/?office={offices["demak"].pk}"' in page
    assert crisis.title in page
    assert f'href="{message.get_absolute_url()}"' in page


def test_leadership_of_another_office_sees_none_of_it(login, offices, crisis, team):
    holding(crisis).submit(actor=team)
    outsider_leader = make_user("pimpinan.kemensos", offices["kemensos"], Role.PIMPINAN)
    page = _home(login, outsider_leader)
    assert "Hari ini di Kementerian Sosial" in page
    assert "Demak" not in page and crisis.title not in page


def test_crisis_team_sees_its_tasks_overdue_first(login, team, crisis):
    tasks = list(crisis.tasks.order_by("id"))
    late, later = tasks[-1], tasks[0]
    late.due_at = timezone.now() - timedelta(hours=2)
    late.save()
    later.due_at = timezone.now() + timedelta(days=2)
    later.save()
    page = _home(login, team)
    assert late.title in page and later.title in page
    assert page.index(late.title) < page.index(later.title)
    assert "lewat tenggat" in page[page.index(late.title) - 300 : page.index(late.title)]


def test_crisis_team_of_another_office_sees_no_tasks(login, offices, crisis):
    outsider_team = make_user("krisis.kemensos", offices["kemensos"], Role.TIM_KRISIS)
    page = _home(login, outsider_team)
    assert "Tidak ada tugas krisis yang terbuka." in page
    assert crisis.title not in page


def test_ppid_desk_sees_its_queue_by_due_date(login, ppid, offices):
    sooner = make_request(offices["demak"], ppid, information="Salinan DPA Dinas Pendidikan 2026")
    later = make_request(offices["demak"], ppid, information="Daftar penerima bansos 2025")
    type(later).objects.filter(pk=later.pk).update(due_at=sooner.due_at + timedelta(days=3))
    page = _home(login, ppid)
    assert f'href="/ppid/permohonan/{sooner.pk}/"' in page
    assert page.index("Salinan DPA") < page.index("Daftar penerima bansos")
    assert 'href="/ppid/?due=open"' in page


@pytest.mark.parametrize("who", ["outsider_ppid", "analyst"])
def test_ppid_requests_stay_with_the_ppid_desk_of_the_office(request, login, ppid, offices, who):
    make_request(offices["demak"], ppid, information="Daftar penerima bansos 2025")
    page = _home(login, request.getfixturevalue(who))
    assert "bansos" not in page and "Budi Santoso" not in page


def test_analyst_sees_rising_issues_and_the_dashboard_link(login, analyst, flood_issue):
    page = _home(login, analyst)
    assert f'href="{flood_issue.get_absolute_url()}"' in page
    assert 'href="/"' in page  # the monitoring dashboard


def test_analyst_of_another_office_sees_no_rising_issue(login, outsider, flood_issue):
    page = _home(login, outsider)
    assert "Tidak ada isu yang sedang naik." in page
    assert flood_issue.title not in page


def test_admin_checklist_points_to_where_each_missing_piece_is_set_up(login, office_admin, offices):
    page = _home(login, office_admin)
    todo = page[page.index(f'id="setup-{offices["demak"].pk}-sources"') :]
    assert 'class="todo"' in todo[:60] and 'href="/sumber/baru/"' in todo[:400]
    users = f"/kantor/{offices['demak'].pk}/pengguna/"
    units = f"/ppid/unit/baru/?kantor={offices['demak'].pk}"
    for link in (users, "/pantauan/baru/", "/notifikasi/aturan/baru/", "/krisis/kontak/", units):
        assert f'href="{link}"' in page


def test_admin_checklist_ticks_what_the_office_has(login, office_admin, offices, source):
    page = _home(login, office_admin)
    item = page[page.index(f'id="setup-{offices["demak"].pk}-sources"') :][:80]
    assert 'class="done"' in item


def test_admin_of_another_office_sees_only_its_own_checklist(login, offices, source):
    outsider_admin = make_user("admin.kemensos", offices["kemensos"], Role.ADMIN)
    page = _home(login, outsider_admin)
    assert f'id="home-setup-{offices["kemensos"].pk}"' in page
    assert f'id="home-setup-{offices["demak"].pk}"' not in page and "X Demak" not in page


def test_a_user_with_several_roles_sees_a_section_for_each(login, offices, ppid):
    from sigap.core.models import Membership

    Membership.objects.create(user=ppid, office=offices["demak"], role=Role.PIMPINAN)
    page = _home(login, ppid)
    assert 'id="home-ppid"' in page and f'id="home-leadership-{offices["demak"].pk}"' in page


def test_the_menu_offers_the_daily_brief(login, leader):
    page = _home(login, leader)
    assert '<a href="/laporan/ringkasan/"' in page and "Ringkasan harian</a>" in page


def test_the_brief_opens_on_the_province_leaders_own_office(login, offices):
    province_leader = make_user("pimpinan.jateng", offices["jateng"], Role.PIMPINAN)
    page = login(province_leader).get("/laporan/ringkasan/").content.decode()
    heading = page[page.index("<h1>") : page.index("</h1>")]
    assert "Pemprov Jawa Tengah" in heading
