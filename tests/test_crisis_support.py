"""Shared fixtures and helpers of the crisis tests (imported by test_crisis_*)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import make_user
from django.utils import timezone


@pytest.fixture
def team(offices):
    """A member of Demak's crisis team (tim_krisis)."""
    from sigap.core.models import Role

    return make_user("krisis.demak", offices["demak"], Role.TIM_KRISIS)


@pytest.fixture
def flood_issue(offices, source):
    """A crisis-level issue about the Wulan river dyke with documents, a score breakdown and level history."""
    from sigap.issues.models import Issue, IssueDocument, LevelChange
    from sigap.monitoring.models import Document

    now = timezone.now()
    first = now - timedelta(hours=10)
    issue = Issue.objects.create(
        office=offices["demak"], title="Tanggul Sungai Wulan jebol, banjir Demak", level="krisis", score=78.5,
        first_at=first, last_at=now - timedelta(minutes=5), doc_count=12,
        components=[
            {"key": "velocity", "value": 5.1, "normalised": 1.0, "weight": 25, "contribution": 25.0},
            {"key": "negative_share", "value": 0.7, "normalised": 0.8, "weight": 20, "contribution": 16.0},
            {"key": "crisis_cues", "value": 3, "normalised": 1.0, "weight": 15, "contribution": 15.0},
        ],
    )
    LevelChange.objects.create(issue=issue, at=first + timedelta(minutes=40), from_level="pemantauan", to_level="isu", score=30)
    LevelChange.objects.create(issue=issue, at=first + timedelta(hours=3), from_level="isu", to_level="kasus", score=50)
    LevelChange.objects.create(issue=issue, at=first + timedelta(hours=6), from_level="kasus", to_level="krisis", score=70)
    for i in range(12):
        at = first + timedelta(minutes=50 * i)
        doc = Document.objects.create(
            source=source, office=offices["demak"], channel="x", external_id=f"d{i}", content_hash=f"h{i}",
            text=f"Tanggul Sungai Wulan jebol, warga mengungsi {i}", published_at=at,
        )
        IssueDocument.objects.create(issue=issue, document=doc, published_at=at, channel="x", source_id=source.pk,
                                     negative=i % 3 != 0)
    return issue


def declare(client, office, **fields):
    data = {"office": office.pk, "title": "Banjir Demak", "cluster": "victim", "severity": 4, **fields}
    return client.post("/krisis/baru/", data)


def open_crisis(office, actor, **kwargs):
    from sigap.crisis.actions import open_crisis as _open

    kwargs.setdefault("title", "Banjir bandang Demak")
    return _open(office, actor=actor, **kwargs)


def holding(crisis):
    return crisis.messages.get(kind="holding")


def approved_holding(crisis, approver):
    message = holding(crisis)
    message.submit(actor=crisis.declared_by)
    message.approve(actor=approver)
    return message
