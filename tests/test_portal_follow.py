"""Following a request by e-mail without an account: confirm first, an e-mail on each public change, stop any time."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from helpers.ppid import filled_stamp, make_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["ingest", "analysis", "alerts", "scheduler"],
        }
    }


def _follow(client, req, email="pengikut@example.id", ip="203.0.113.7"):
    data = {"email": email, "rendered": filled_stamp()}
    return client.post(f"/layanan/lacak/{req.tracking_code}/ikuti/", data, REMOTE_ADDR=ip)


def _link(message, kind):
    pattern = r"http\S+/layanan/ikuti/[\w-]+/berhenti/" if kind == "stop" else r"http\S+/layanan/ikuti/[\w-]+/(?=\s)"
    return re.search(pattern, message.body).group(0).split("/layanan", 1)[1]


def _confirmed(client, offices, ppid, capture):
    req = make_request(offices["demak"], ppid)
    mail.outbox.clear()
    with capture(execute=True):
        _follow(client, req)
    client.post("/layanan" + _link(mail.outbox[-1], "confirm"))
    mail.outbox.clear()
    return req


def test_following_sends_a_confirmation_and_nothing_else_before_it(
    client, offices, ppid, immediate_tasks, django_capture_on_commit_callbacks
):
    req = make_request(offices["demak"], ppid)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _follow(client, req)
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["pengikut@example.id"]]
    assert "/berhenti/" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        req.withdraw(ppid, "Dicabut pemohon")
    assert [m for m in mail.outbox if m.to == ["pengikut@example.id"]] == mail.outbox[:1]


def test_opening_the_confirmation_link_alone_does_not_confirm(
    client, offices, ppid, immediate_tasks, django_capture_on_commit_callbacks
):
    from sigap.ppid.models import Follower

    req = make_request(offices["demak"], ppid)
    with django_capture_on_commit_callbacks(execute=True):
        _follow(client, req)
    assert client.get("/layanan" + _link(mail.outbox[-1], "confirm")).status_code == 200
    assert Follower.objects.get().confirmed_at is None


def test_a_confirmed_follower_gets_an_email_on_a_change_without_personal_data(
    client, offices, ppid, immediate_tasks, django_capture_on_commit_callbacks
):
    req = _confirmed(client, offices, ppid, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        req.withdraw(ppid, "Dicabut pemohon")
    updates = [m for m in mail.outbox if m.to == ["pengikut@example.id"]]
    assert len(updates) == 1
    assert req.number in updates[0].subject
    assert "Budi" not in updates[0].body and "/berhenti/" in updates[0].body
    assert updates[0].extra_headers["List-Unsubscribe"].startswith("<http")


def test_unsubscribing_stops_the_emails(client, offices, ppid, immediate_tasks, django_capture_on_commit_callbacks):
    from sigap.ppid.models import Follower

    req = make_request(offices["demak"], ppid)
    with django_capture_on_commit_callbacks(execute=True):
        _follow(client, req)
    stop = _link(mail.outbox[-1], "stop")
    client.post("/layanan" + _link(mail.outbox[-1], "confirm"))
    client.post("/layanan" + stop)
    assert not Follower.objects.exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        req.withdraw(ppid, "Dicabut pemohon")
    assert not [m for m in mail.outbox if m.to == ["pengikut@example.id"]]


def test_sign_ups_from_one_address_are_braked(client, offices, ppid):
    from sigap.ppid.models import Follower

    req = make_request(offices["demak"], ppid)
    for n in range(5):
        _follow(client, req, email=f"orang{n}@example.id")
    _follow(client, req, email="orang5@example.id")
    assert Follower.objects.count() == 5


def test_confirmations_to_one_address_are_capped(
    client, offices, ppid, immediate_tasks, django_capture_on_commit_callbacks
):
    reqs = [make_request(offices["demak"], ppid) for _ in range(4)]
    mail.outbox.clear()
    for n, req in enumerate(reqs):
        with django_capture_on_commit_callbacks(execute=True):
            _follow(client, req, email="korban@example.id", ip=f"203.0.113.{n}")
    assert len([m for m in mail.outbox if m.to == ["korban@example.id"]]) == 3
