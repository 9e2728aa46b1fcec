from django.db import migrations


def seed(apps, schema_editor):
    from sigap.crisis.playbooks import seed as seed_library

    seed_library(apps.get_model("crisis", "Playbook"), apps.get_model("crisis", "MessageTemplate"))


class Migration(migrations.Migration):
    dependencies = [("crisis", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
