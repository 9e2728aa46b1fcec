"""Copy each office's brief hour and last sent day from the early warning's EscalationPolicy,
where they were kept before; issues 0003 then removes the two fields there."""

from django.db import migrations


def copy_from_policy(apps, schema_editor):
    EscalationPolicy = apps.get_model("issues", "EscalationPolicy")
    BriefSchedule = apps.get_model("reports", "BriefSchedule")
    BriefSchedule.objects.bulk_create(
        [BriefSchedule(office_id=office_id, hour=hour, sent_on=sent_on)
         for office_id, hour, sent_on in EscalationPolicy.objects.values_list("office_id", "brief_hour", "brief_sent_on")],
        batch_size=1000, ignore_conflicts=True,
    )


def copy_back(apps, schema_editor):
    EscalationPolicy = apps.get_model("issues", "EscalationPolicy")
    BriefSchedule = apps.get_model("reports", "BriefSchedule")
    for office_id, hour, sent_on in BriefSchedule.objects.values_list("office_id", "hour", "sent_on"):
        EscalationPolicy.objects.update_or_create(office_id=office_id, defaults={"brief_hour": hour, "brief_sent_on": sent_on})


class Migration(migrations.Migration):

    dependencies = [
        ("reports", "0001_initial"),
        ("issues", "0002_events_offices_drills"),
    ]

    operations = [
        migrations.RunPython(copy_from_policy, copy_back),
    ]
