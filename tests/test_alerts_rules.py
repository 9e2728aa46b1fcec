"""Alert rule pages: editors create office rules, misconfigured rules are refused in Indonesian,
pimpinan is read-only for office rules, other offices see nothing."""

from django.urls import reverse
from helpers.alerts import make_rule

from sigap.alerts.models import AlertRule
from sigap.core.models import AuditEvent


def form_data(office, **overrides):
    data = {
        "scope": "office",
        "office": office.pk,
        "name": "Kasus di Demak",
        "kind": "level_reached",
        "min_level": "kasus",
        "notify_in_app": "on",
        "recipient_roles": ["admin", "analis"],
        "active": "on",
    }
    data.update(overrides)
    return data


def test_analyst_creates_an_office_rule(login, analyst, offices):
    response = login(analyst).post(reverse("alerts:rule_create"), form_data(offices["demak"]))
    assert response.status_code == 302
    rule = AlertRule.objects.get(name="Kasus di Demak")
    assert rule.owner is None
    assert AuditEvent.objects.filter(action="alert_rule.created", target_id=str(rule.pk), actor=analyst).exists()


def test_webhook_rule_gets_a_secret(login, analyst, offices):
    data = form_data(offices["demak"], notify_webhook="on", webhook_url="https://gateway.example/wa")
    login(analyst).post(reverse("alerts:rule_create"), data)
    rule = AlertRule.objects.get()
    assert len(rule.webhook_secret) >= 32
    page = login(analyst).get(reverse("alerts:rule_detail", args=[rule.pk])).content.decode()
    assert rule.webhook_secret in page


def test_webhook_without_a_valid_address_is_refused(login, analyst, offices):
    data = form_data(offices["demak"], notify_webhook="on", webhook_url="gateway-wa")
    response = login(analyst).post(reverse("alerts:rule_create"), data)
    assert response.status_code == 200
    assert "Webhook memerlukan alamat yang valid" in response.content.decode()
    assert not AlertRule.objects.exists()


def test_rule_without_a_channel_is_refused(login, analyst, offices):
    data = form_data(offices["demak"])
    del data["notify_in_app"]
    response = login(analyst).post(reverse("alerts:rule_create"), data)
    assert "Pilih setidaknya satu saluran" in response.content.decode()
    assert not AlertRule.objects.exists()


def test_threshold_out_of_range_is_refused(login, analyst, offices):
    data = form_data(offices["demak"], kind="negative_share", min_level="", threshold="20")
    response = login(analyst).post(reverse("alerts:rule_create"), data)
    assert "antara 30% dan 100%" in response.content.decode()
    assert not AlertRule.objects.exists()


def test_level_rule_without_a_level_is_refused(login, analyst, offices):
    response = login(analyst).post(reverse("alerts:rule_create"), form_data(offices["demak"], min_level=""))
    assert "Pilih level minimal" in response.content.decode()
    assert not AlertRule.objects.exists()


def test_quiet_hours_that_start_and_end_together_are_refused(login, analyst, offices):
    data = form_data(offices["demak"], quiet_start="22:00", quiet_end="22:00")
    response = login(analyst).post(reverse("alerts:rule_create"), data)
    assert "Jam tenang tidak boleh dimulai dan berakhir pada waktu yang sama" in response.content.decode()
    assert not AlertRule.objects.exists()


def test_leader_cannot_create_an_office_rule(login, leader, offices):
    response = login(leader).post(reverse("alerts:rule_create"), form_data(offices["demak"]))
    assert response.status_code == 403
    assert not AlertRule.objects.exists()


def test_leader_may_keep_a_personal_rule(login, leader, offices):
    response = login(leader).post(reverse("alerts:rule_create"), form_data(offices["demak"], scope="personal"))
    assert response.status_code == 302
    assert AlertRule.objects.get().owner == leader


def test_personal_rule_is_hidden_from_colleagues(login, leader, analyst, offices):
    rule = make_rule(offices["demak"], owner=leader, recipient_roles=[])
    assert login(analyst).get(reverse("alerts:rule_detail", args=[rule.pk])).status_code == 404


def test_outsider_gets_404_on_another_offices_rule(login, outsider, offices):
    rule = make_rule(offices["demak"])
    client = login(outsider)
    assert client.get(reverse("alerts:rule_detail", args=[rule.pk])).status_code == 404
    assert client.get(reverse("alerts:rule_edit", args=[rule.pk])).status_code == 404
    assert client.post(reverse("alerts:rule_delete", args=[rule.pk])).status_code == 404
    assert "Level kasus" not in client.get(reverse("alerts:rule_list")).content.decode()


def test_outsider_cannot_create_a_rule_for_another_office(login, outsider, offices):
    response = login(outsider).post(reverse("alerts:rule_create"), form_data(offices["demak"]))
    assert response.status_code == 200
    assert not AlertRule.objects.exists()


def test_province_analyst_sees_the_regency_rules(login, province_analyst, offices):
    make_rule(offices["demak"])
    assert "Level kasus" in login(province_analyst).get(reverse("alerts:rule_list")).content.decode()


def test_deleting_a_rule_is_audited(login, analyst, offices):
    rule = make_rule(offices["demak"])
    login(analyst).post(reverse("alerts:rule_delete", args=[rule.pk]))
    assert not AlertRule.objects.exists()
    assert AuditEvent.objects.filter(action="alert_rule.deleted", target_id=str(rule.pk)).exists()


def test_rule_pages_render_in_indonesian(login, analyst, offices):
    client = login(analyst)
    page = client.get(reverse("alerts:rule_create")).content.decode()
    assert "Tambah aturan peringatan" in page and "Jam tenang" in page
    rule = make_rule(offices["demak"])
    assert "Ubah aturan peringatan" in client.get(reverse("alerts:rule_edit", args=[rule.pk])).content.decode()
    assert "Aturan peringatan" in client.get(reverse("alerts:rule_list")).content.decode()
    assert "Log pengiriman" in client.get(reverse("alerts:delivery_list")).content.decode()


def test_analyst_edits_an_office_rule(login, analyst, offices):
    rule = make_rule(offices["demak"])
    response = login(analyst).post(
        reverse("alerts:rule_edit", args=[rule.pk]), form_data(offices["demak"], name="Baru")
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.name == "Baru" and rule.owner is None


def test_leader_cannot_edit_an_office_rule(login, leader, offices):
    rule = make_rule(offices["demak"])
    response = login(leader).post(reverse("alerts:rule_edit", args=[rule.pk]), form_data(offices["demak"], name="Baru"))
    assert response.status_code == 403
    rule.refresh_from_db()
    assert rule.name == "Level kasus"


def test_personal_rule_only_for_own_office(login, province_analyst, offices):
    data = form_data(offices["demak"], scope="personal")
    response = login(province_analyst).post(reverse("alerts:rule_create"), data)
    assert "hanya dapat dibuat untuk kantor tempat Anda menjadi anggota" in response.content.decode()
    assert not AlertRule.objects.exists()
