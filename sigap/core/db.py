"""Database helpers the domain apps share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from django.db import connection, models


def update_rows(model: type[models.Model], objects: Sequence[models.Model], field_names: Iterable[str]) -> None:
    """Write the given fields of many rows with one prepared UPDATE run (executemany).

    Django's bulk_update builds a CASE expression per field and row; for thousands of rows
    that costs more than the work that produced the values."""
    if not objects:
        return
    fields = cast("list[models.Field[Any, Any]]", [model._meta.get_field(name) for name in field_names])
    table = connection.ops.quote_name(model._meta.db_table)
    sets = ", ".join(f"{connection.ops.quote_name(cast(str, f.column))} = %s" for f in fields)
    params = [[f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields] + [obj.pk] for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = %s", params)  # noqa: S608 - quoted model names; values are parameters
