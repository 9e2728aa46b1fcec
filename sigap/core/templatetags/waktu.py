"""Dates for people, one form everywhere (sigap/lib/waktu.py).

``{{ value|waktu }}`` → ``7 Des 2026 11.35 WIB``, ``{{ value|tanggal }}`` → ``7 Des 2026``; both take
an office zone (``{{ value|waktu:office.time_zone }}``) and default to the active time zone, which
the middleware sets to the user's office. ``|tanggal_panjang`` (``7 Desember 2026``) is for PPID
letters only. Machine-readable attributes keep ``|date:"c"``.
"""

from datetime import date, datetime

from django import template
from django.utils import timezone

from sigap.lib import waktu as w

register = template.Library()


def _zone(tz_name) -> str:
    return tz_name or timezone.get_current_timezone_name()


def _parsed(value):
    """Audit data keeps dates as ISO text (``"2026-04-07"``); read them back, leave other text alone."""
    if isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return moment.date() if len(value) == 10 else moment
    return value


@register.filter
def waktu(value, tz_name=None) -> str:
    value = _parsed(value)
    if isinstance(value, datetime):
        return w.format_datetime(value, _zone(tz_name))
    if isinstance(value, date):
        return w.format_date(value)
    return value if value is not None else ""


@register.filter
def tanggal(value, tz_name=None) -> str:
    value = _parsed(value)
    if isinstance(value, date):
        return w.format_date(value, _zone(tz_name))
    return value if value is not None else ""


@register.filter
def tanggal_panjang(value, tz_name=None) -> str:
    if isinstance(value, date):
        return w.format_date_long(value, _zone(tz_name))
    return value if value is not None else ""
