"""Full-text index: an FTS5 table kept in step by triggers on SQLite; a generated tsvector + GIN on PostgreSQL."""

from django.db import migrations

from sigap.monitoring.fulltext import drop_sqlite_index, ensure_sqlite_index

POSTGRES = [
    """ALTER TABLE monitoring_document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', coalesce(text, ''))
    ) STORED""",
    "CREATE INDEX monitoring_document_search_idx ON monitoring_document USING gin (search_vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS monitoring_document_search_idx",
    "ALTER TABLE monitoring_document DROP COLUMN IF EXISTS search_vector",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        ensure_sqlite_index(schema_editor.connection)
    elif schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        drop_sqlite_index(schema_editor.connection)
    elif schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_REVERSE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0001_initial")]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
