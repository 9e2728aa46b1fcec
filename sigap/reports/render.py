"""The daily brief as a page context, a PDF and an e-mail."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from sigap.monitoring.models import Sentiment

from .brief import Brief


def brief_context(brief: Brief) -> dict:
    return {"brief": brief, "sentiments": Sentiment.choices, "base_url": settings.BASE_URL, "made_at": timezone.now()}


def brief_pdf(brief: Brief) -> bytes:
    from weasyprint import HTML

    html = render_to_string("reports/brief_pdf.html", brief_context(brief))
    return HTML(string=html, base_url=settings.BASE_URL).write_pdf()
