"""Every office starts with default alert rules, made once, which its editors change or remove
on the ordinary alert rules pages."""

from django.urls import reverse
from helpers.users import make_user

from sigap.alerts.defaults import DEFAULT_RULES, ensure_default_rules
from sigap.alerts.models import AlertRule
from sigap.core.models import Office, OfficeKind, Role


def new_office(slug="grobogan"):
    return Office.objects.create(name="Pemkab Grobogan", slug=slug, kind=OfficeKind.KABUPATEN)


def test_a_new_office_has_the_default_rules(db):
    office = new_office()
    rules = AlertRule.objects.filter(office=office)
    assert sorted(rules.values_list("preset", flat=True)) == sorted(DEFAULT_RULES)
    rising = rules.get(preset="isu-naik")
    assert (rising.name, rising.kind, rising.min_level) == ("Isu naik ke Kasus atau Krisis", "level_reached", "kasus")
    assert rising.recipient_roles == ["analis", "pimpinan"]


def test_running_it_again_creates_no_duplicates(db):
    office = new_office()
    assert ensure_default_rules(office.pk) == 0
    assert AlertRule.objects.filter(office=office).count() == len(DEFAULT_RULES)


def test_default_rules_are_valid_rules(db):
    office = new_office()
    for rule in AlertRule.objects.filter(office=office):
        rule.full_clean()


def test_the_office_admin_edits_a_default_rule_on_the_rules_page(client, db):
    office = new_office()
    admin = make_user("admin.grobogan", office, Role.ADMIN)
    rule = AlertRule.objects.get(office=office, preset="isu-naik")
    client.force_login(admin)
    response = client.post(
        reverse("alerts:rule_edit", args=[rule.pk]),
        {
            "office": office.pk,
            "name": "Isu naik ke Krisis",
            "kind": "level_reached",
            "min_level": "krisis",
            "notify_in_app": "on",
            "recipient_roles": ["pimpinan"],
            "active": "on",
        },
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.name, rule.min_level, rule.recipient_roles) == ("Isu naik ke Krisis", "krisis", ["pimpinan"])


def test_the_office_admin_removes_a_default_rule_and_it_stays_removed(client, db):
    office = new_office()
    admin = make_user("admin.grobogan", office, Role.ADMIN)
    rule = AlertRule.objects.get(office=office, preset="media-arus-utama")
    client.force_login(admin)
    assert client.post(reverse("alerts:rule_delete", args=[rule.pk])).status_code == 302
    office.save()  # a later save of the office is not a new office
    assert not AlertRule.objects.filter(office=office, preset="media-arus-utama").exists()


def test_the_rules_page_marks_default_rules(client, db):
    office = new_office()
    client.force_login(make_user("admin.grobogan", office, Role.ADMIN))
    page = client.get(reverse("alerts:rule_list")).content.decode()
    assert "Isu naik ke Kasus atau Krisis" in page
    assert "bawaan" in page
