"""Every main page carries the Content-Security-Policy and the other hardening headers."""

from __future__ import annotations

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

POLICY = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
]


def assert_hardened(response):
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    for directive in POLICY:
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_public_pages_carry_the_policy(client, offices):
    for url in ("/masuk/", "/layanan/", "/layanan/demak/permohonan/"):
        assert_hardened(client.get(url))


def test_signed_in_pages_carry_the_policy(login, analyst, source):
    from sigap.issues.models import Issue

    issue = Issue.objects.create(
        office=source.office,
        title="Tanggul Wulan jebol",
        level="isu",
        score=30,
        components=[],
        first_at=timezone.now(),
        last_at=timezone.now(),
    )
    client = login(analyst)
    for url in ("/", f"/isu/{issue.pk}/"):
        assert_hardened(client.get(url))


def test_no_inline_script_or_handlers_in_templates():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "sigap"
    for template in root.glob("**/templates/**/*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", text), template
        assert not re.search(r"\son[a-z]+=", text), template


def test_hsts_follows_the_environment(monkeypatch):
    import importlib

    import sigap.settings as module

    monkeypatch.setenv("SIGAP_HSTS_SECONDS", "31536000")
    try:
        assert importlib.reload(module).SECURE_HSTS_SECONDS == 31536000
    finally:
        monkeypatch.delenv("SIGAP_HSTS_SECONDS")
        importlib.reload(module)
