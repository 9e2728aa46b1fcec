"""Spreadsheet exports (XLSX, CSV) that carry data, never code.

Excel and LibreOffice run a cell whose text starts with ``= + - @`` (or TAB/CR) as a formula:
a requester who types ``=HYPERLINK(...)`` as their name on the public portal would otherwise
plant a live link in the register that holds every requester's NIK and address ("CSV/formula
injection"). Every XLSX and CSV export goes through this module, which writes text as text and
dates as real dates (in the office's local time, without a zone: spreadsheets have none).

Pure: no Django; openpyxl is imported only when an XLSX is made.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, tzinfo
from typing import Any, BinaryIO, TextIO

#: A text cell starting with one of these (after leading spaces too) would be run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# [$-421] is the Indonesian locale, so Excel and LibreOffice show "7 Des 2026 11.35" (sigap/lib/waktu.py).
DATETIME_FORMAT = "[$-421]d mmm yyyy hh.mm"
DATE_FORMAT = "[$-421]d mmm yyyy"
CSV_DATETIME_FORMAT = "%Y-%m-%d %H:%M"  # what every spreadsheet reads as a date, whatever its locale
CSV_DATE_FORMAT = "%Y-%m-%d"

# XML 1.0 cannot hold these control characters; openpyxl refuses the whole workbook if one appears.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)


def local_naive(value: datetime, tz: tzinfo | None = None) -> datetime:
    """``value`` as the wall-clock time in ``tz`` (or its own zone), without a zone."""
    if value.tzinfo is not None:
        if tz is not None:
            value = value.astimezone(tz)
        value = value.replace(tzinfo=None)
    return value


def csv_cell(value: Any, tz: tzinfo | None = None) -> Any:
    """One CSV value: formula-like text behind an apostrophe, dates as local ``YYYY-MM-DD HH:MM``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local_naive(value, tz).strftime(CSV_DATETIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(CSV_DATE_FORMAT)
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def write_csv(
    out: TextIO,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    tz: tzinfo | None = None,
    delimiter: str = ",",
) -> None:
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow([csv_cell(c) for c in columns])
    for row in rows:
        writer.writerow([csv_cell(v, tz) for v in row])


class _Line:
    """A file that hands back what csv.writer writes, so rows can be streamed one by one."""

    def write(self, text: str) -> str:
        return text


def iter_csv(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], *, tz: tzinfo | None = None, delimiter: str = ","
) -> Iterator[str]:
    """The CSV of :func:`csv_bytes` line by line (with the BOM first), for a streamed download."""
    writer = csv.writer(_Line(), delimiter=delimiter)
    yield "\ufeff" + writer.writerow([csv_cell(c) for c in columns])
    for row in rows:
        yield writer.writerow([csv_cell(v, tz) for v in row])


def csv_bytes(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], *, tz: tzinfo | None = None, delimiter: str = ","
) -> bytes:
    """UTF-8 with BOM, so Excel on Windows does not read it as cp1252."""
    out = io.StringIO()
    write_csv(out, columns, rows, tz=tz, delimiter=delimiter)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def set_cell(cell: Any, value: Any, tz: tzinfo | None = None) -> None:
    """Put ``value`` in an openpyxl cell as data: text stays text, dates become dates."""
    if isinstance(value, datetime):
        cell.value = local_naive(value, tz)
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, str):
        cell.value = _ILLEGAL_XML.sub("", value)
        # openpyxl turns "=..." into a formula on assignment; a string cell is written as text.
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    else:
        cell.value = value


def write_xlsx(
    out: BinaryIO,
    title: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    tz: tzinfo | None = None,
    width: int = 22,
) -> None:
    """A one-sheet workbook into ``out``: a bold, frozen header row, then ``rows``. Written in
    openpyxl's write-only mode, so tens of thousands of rows do not sit in memory as cell objects."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_ILLEGAL_XML.sub("", re.sub(r"[\[\]:*?/\\]", " ", title))[:31] or "Sheet")
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for c in range(1, len(columns) + 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws)
        set_cell(cell, name)
        cell.font, cell.alignment = bold, wrap
        header.append(cell)
    ws.append(header)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws)
            set_cell(cell, value, tz)
            cells.append(cell)
        ws.append(cells)
    wb.save(out)


def xlsx_bytes(
    title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], *, tz: tzinfo | None = None, width: int = 22
) -> bytes:
    """The workbook of :func:`write_xlsx` as bytes."""
    out = io.BytesIO()
    write_xlsx(out, title, columns, rows, tz=tz, width=width)
    return out.getvalue()
