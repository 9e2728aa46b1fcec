import re

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """{{ counts|get_item:key }} — look up a dict entry whose key is a variable."""
    return mapping.get(key) if hasattr(mapping, "get") else None


# Browsers drop tabs and line breaks anywhere in a URL and controls/spaces around it, so
# "java\tscript:" is javascript: to them: the URL is cleaned the same way before it is judged.
_URL_BREAKS = dict.fromkeys(map(ord, "\t\n\r"))
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)


@register.filter
def web_url(value) -> str:
    """``{{ doc.url|web_url }}``: the URL if it is http(s), else "" (render it as text, not a link).

    Imported data is not trusted: a ``javascript:``, ``data:`` or ``vbscript:`` href would run
    in the reader's session.
    """
    if not isinstance(value, str):
        return ""
    url = value.translate(_URL_BREAKS).strip(_C0_AND_SPACE)
    return url if _WEB_URL.match(url) else ""


_QUOTED_FIELD = re.compile(r"'([^'\s]+)'")


@register.filter
def field_names(value) -> str:
    """``{{ rejected.reason|field_names }}``: what a message quotes from the uploaded file (a column name
    'published_at', a value, an example '2025-03-01T08:30:00+07:00') set as code: the officer sees what
    to fix in the file, apart from the page's own words."""
    from django.utils.html import conditional_escape, format_html_join

    parts = _QUOTED_FIELD.split(str(value))  # text, quoted, text, quoted, …, text
    pairs = zip(parts[0:-1:2], parts[1::2], strict=True)
    return format_html_join("", "{}<code>{}</code>", pairs) + conditional_escape(parts[-1])
