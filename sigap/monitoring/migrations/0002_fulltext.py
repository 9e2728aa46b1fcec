"""Full-text index: an FTS5 table kept in step by triggers on SQLite; a generated tsvector + GIN on PostgreSQL."""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE monitoring_document_fts USING fts5(
        title, text, content='monitoring_document', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER monitoring_document_fts_ai AFTER INSERT ON monitoring_document BEGIN
        INSERT INTO monitoring_document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER monitoring_document_fts_ad AFTER DELETE ON monitoring_document BEGIN
        INSERT INTO monitoring_document_fts(monitoring_document_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER monitoring_document_fts_au AFTER UPDATE OF title, text ON monitoring_document BEGIN
        INSERT INTO monitoring_document_fts(monitoring_document_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO monitoring_document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS monitoring_document_fts_au",
    "DROP TRIGGER IF EXISTS monitoring_document_fts_ad",
    "DROP TRIGGER IF EXISTS monitoring_document_fts_ai",
    "DROP TABLE IF EXISTS monitoring_document_fts",
]
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


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        ),
    ]
