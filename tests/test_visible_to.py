"""Every model an office owns answers `Model.objects.visible_to(user)`: another office sees none of
Demak's rows, the province above Demak sees them. PPID rows hold personal data, so their readers
are PPID desks (of Kemensos and of the province) rather than analysts."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone
from helpers.users import make_user

from sigap.core.models import Role

pytestmark = pytest.mark.django_db


def _monitoring(demak, source):
    from sigap.monitoring.models import Document, ImportJob, RejectedRecord, Watchlist

    job = ImportJob.objects.create(source=source, office=demak, file_name="x.csv", file_path="x.csv", format="csv")
    return {
        "source": source,
        "document": Document.objects.create(
            source=source,
            office=demak,
            channel="x",
            external_id="1",
            content_hash="h1",
            text="Banjir Demak",
            published_at=timezone.now(),
        ),
        "watchlist": Watchlist.objects.create(office=demak, name="Banjir", query="banjir"),
        "import_job": job,
        "rejected_record": RejectedRecord.objects.create(
            source=source, job=job, position="baris 2", reason="kosong", raw="{}"
        ),
    }


def _issues(demak):
    from sigap.issues.models import Issue, KeyActor

    return {
        "issue": Issue.objects.create(office=demak, title="Banjir Demak"),
        "key_actor": KeyActor.objects.create(office=demak, name="Bupati Demak"),
    }


def _alerts(demak):
    from sigap.alerts.models import Alert, AlertRule, Delivery

    rule = AlertRule.objects.create(office=demak, name="Level krisis", kind="level_reached", min_level="krisis")
    return {
        "alert_rule": rule,
        "alert": Alert.objects.create(
            rule=rule,
            office=demak,
            rule_name=rule.name,
            kind=rule.kind,
            subject="issue:1",
            title="Banjir Demak mencapai Krisis",
            at=timezone.now(),
        ),
        "delivery": Delivery.objects.create(rule=rule, office=demak, channel="email", target="humas@demakkab.go.id"),
    }


def _crisis(demak):
    from sigap.crisis.models import (
        Contact,
        Crisis,
        Fact,
        Message,
        MessageTemplate,
        Playbook,
        PublishChannel,
        Task,
    )

    crisis = Crisis.objects.create(office=demak, title="Tanggul jebol")
    return {
        "crisis": crisis,
        "message": Message.objects.create(crisis=crisis, kind="holding", title="Pernyataan awal"),
        "task": Task.objects.create(crisis=crisis, phase="awal", title="Tunjuk juru bicara"),
        "fact": Fact.objects.create(crisis=crisis, statement="Tanggul jebol 20 m", source="BPBD"),
        "playbook": Playbook.objects.create(office=demak, key="banjir-demak", name="Banjir Demak"),
        "message_template": MessageTemplate.objects.create(office=demak, kind="holding", title="Awal", body="..."),
        "contact": Contact.objects.create(office=demak, kind="media", name="Redaksi Suara Merdeka"),
        "publish_channel": PublishChannel.objects.create(office=demak, kind="website", name="demakkab.go.id"),
    }


def _ppid(demak):
    from sigap.ppid.models import (
        Attachment,
        ConsequenceTest,
        DIKEntry,
        DIPEntry,
        Dispute,
        InformationRequest,
        Letterhead,
        LetterTemplate,
        Objection,
        ServiceReport,
    )

    now = timezone.now()
    request = InformationRequest.objects.create(
        office=demak, name="Warga", information="APBD", purpose="kajian", received_at=now
    )
    objection = Objection.objects.create(request=request, office=demak, case_summary="tidak dijawab", received_at=now)
    test = ConsequenceTest.objects.create(
        office=demak,
        document="d",
        information="i",
        ground="h",
        legal_basis="UU",
        consequence="c",
        decided_on=date(2026, 1, 1),
        exempt_until=date(2030, 1, 1),
    )
    return {
        "information_request": request,
        "attachment": Attachment.objects.create(
            request=request, kind="ktp", file="ktp.jpg", original_name="ktp.jpg", content_type="image/jpeg", size=1
        ),
        "objection": objection,
        "dispute": Dispute.objects.create(
            objection=objection, office=demak, commission="KI Jawa Tengah", filed_on=date(2026, 5, 1)
        ),
        "consequence_test": test,
        "dip_entry": DIPEntry.objects.create(
            office=demak,
            summary="s",
            holding_unit="u",
            responsible="r",
            made_when_where="w",
            formats="pdf",
            retention="5 th",
            category="berkala",
        ),
        "dik_entry": DIKEntry.objects.create(
            office=demak,
            information="i",
            ground="h",
            legal_basis="UU",
            consequence="c",
            consequence_test=test,
            exempt_until=date(2030, 1, 1),
        ),
        "service_report": ServiceReport.objects.create(
            office=demak, title="Laporan 2026", period_start=date(2026, 1, 1), period_end=date(2026, 12, 31)
        ),
        "letterhead": Letterhead.objects.create(office=demak, name_lines="PEMERINTAH KABUPATEN DEMAK"),
        "letter_template": LetterTemplate.objects.create(
            office=demak, kind="receipt", body="Nomor {nomor_pendaftaran}"
        ),
    }


PPID = [
    "information_request",
    "attachment",
    "objection",
    "dispute",
    "consequence_test",
    "dip_entry",
    "dik_entry",
    "service_report",
    "letterhead",
    "letter_template",
]
OTHERS = [
    "source",
    "document",
    "watchlist",
    "import_job",
    "rejected_record",
    "issue",
    "key_actor",
    "alert_rule",
    "alert",
    "delivery",
    "crisis",
    "message",
    "task",
    "fact",
    "playbook",
    "message_template",
    "contact",
    "publish_channel",
]


@pytest.fixture
def demak_rows(offices, source):
    demak = offices["demak"]
    return {**_monitoring(demak, source), **_issues(demak), **_alerts(demak), **_crisis(demak), **_ppid(demak)}


@pytest.fixture
def province_ppid(offices):
    return make_user("ppid.jateng", offices["jateng"], Role.PPID)


def _sees(user, row) -> bool:
    return type(row).objects.visible_to(user).filter(pk=row.pk).exists()


@pytest.mark.parametrize("name", OTHERS)
def test_another_office_sees_none_of_demaks_rows(demak_rows, outsider, name):
    assert not _sees(outsider, demak_rows[name])


@pytest.mark.parametrize("name", OTHERS)
def test_the_province_sees_demaks_rows(demak_rows, province_analyst, name):
    assert _sees(province_analyst, demak_rows[name])


@pytest.mark.parametrize("name", PPID)
def test_another_offices_ppid_desk_sees_none_of_demaks_ppid_rows(demak_rows, outsider_ppid, name):
    assert not _sees(outsider_ppid, demak_rows[name])


@pytest.mark.parametrize("name", PPID)
def test_the_provinces_ppid_desk_sees_demaks_ppid_rows(demak_rows, province_ppid, name):
    assert _sees(province_ppid, demak_rows[name])


@pytest.mark.parametrize("name", PPID)
def test_an_analyst_above_sees_none_of_demaks_ppid_rows(demak_rows, province_analyst, name):
    assert not _sees(province_analyst, demak_rows[name])


def test_a_personal_alert_rule_stays_with_its_owner(offices, analyst, province_analyst):
    from sigap.alerts.models import AlertRule

    rule = AlertRule.objects.create(
        office=offices["demak"], owner=analyst, name="Saya", kind="level_reached", min_level="isu"
    )
    assert _sees(analyst, rule)
    assert not _sees(province_analyst, rule)


def test_the_national_playbook_library_is_visible_to_every_office(outsider):
    from sigap.crisis.models import Playbook

    assert _sees(outsider, Playbook.objects.create(key="nasional-uji", name="Pustaka nasional"))


def test_crisis_contacts_are_editable_by_the_crisis_team_above_only(demak_rows, offices, province_analyst):
    from sigap.crisis.models import Contact

    pimpinan = make_user("pimpinan.jateng", offices["jateng"], Role.PIMPINAN)
    contact = demak_rows["contact"]
    assert Contact.objects.editable_by(province_analyst).filter(pk=contact.pk).exists()
    assert not Contact.objects.editable_by(pimpinan).filter(pk=contact.pk).exists()
