"""Full-text search over documents: SQLite FTS5 on the embedded default, PostgreSQL full-text search
in production. Both take the same watchlist query syntax (sigap.lib.query)."""

from __future__ import annotations

from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from sigap.lib.query import Node, to_fts5, to_tsquery

from .fulltext import FTS_TABLE

# Private-use characters mark matches inside the database's output; the text is escaped first,
# then the marks become <mark>, so document text can never inject HTML.
MARK_START, MARK_END = "\ue000", "\ue001"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def matching(qs: QuerySet, node: Node) -> QuerySet:
    """Restrict a Document queryset to those matching the parsed query."""
    if is_postgres():
        condition = RawSQL(
            "monitoring_document.search_vector @@ to_tsquery('simple', %s)",
            (to_tsquery(node),),
            output_field=BooleanField(),
        )
        return qs.alias(fts_match=condition).filter(fts_match=True)
    subquery = RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", (to_fts5(node),))  # noqa: S608, S611 - constant table; the query is a parameter
    return qs.filter(id__in=subquery)


def render_marked(value: str) -> SafeString:
    return mark_safe(escape(value).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))  # noqa: S308 - escaped first


def highlights(doc_ids: list[int], node: Node) -> dict[int, tuple[SafeString, SafeString]]:
    """(title, snippet) with the matched words marked, for one page of results."""
    if not doc_ids:
        return {}
    with connection.cursor() as cursor:
        if is_postgres():
            options = f"StartSel={MARK_START}, StopSel={MARK_END}"
            cursor.execute(
                "SELECT id, ts_headline('simple', title, q, %s), ts_headline('simple', text, q, %s) "
                "FROM monitoring_document, to_tsquery('simple', %s) AS q WHERE id = ANY(%s)",
                [
                    options + ", HighlightAll=true",
                    options + ", MaxWords=40, MinWords=20, MaxFragments=2",
                    to_tsquery(node),
                    list(doc_ids),
                ],
            )
        else:
            placeholders = ",".join("%s" for _ in doc_ids)
            cursor.execute(
                f"SELECT rowid, highlight({FTS_TABLE}, 0, %s, %s), snippet({FTS_TABLE}, 1, %s, %s, '…', 40) "  # noqa: S608 - constant table; values are parameters
                f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND rowid IN ({placeholders})",
                [MARK_START, MARK_END, MARK_START, MARK_END, to_fts5(node), *doc_ids],
            )
        return {row[0]: (render_marked(row[1] or ""), render_marked(row[2] or "")) for row in cursor.fetchall()}
