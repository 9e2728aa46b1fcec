"""The public portal's brakes: submissions per address, receipts per e-mail, honeypot, too-fast submits."""

from __future__ import annotations

import pytest
from django.core import mail
from helpers.ppid import filled_stamp, portal_data

pytestmark = pytest.mark.django_db

URL = "/layanan/demak/permohonan/"


def submit(client, n: int, **overrides):
    data = portal_data(token=f"abuse{n:04d}", **overrides)
    return client.post(URL, data, REMOTE_ADDR=overrides.pop("ip", "203.0.113.7"))


def test_sixth_submission_from_one_address_is_refused(client, offices, django_capture_on_commit_callbacks):
    from sigap.ppid.models import InformationRequest

    for n in range(5):
        assert submit(client, n, email=f"warga{n}@example.id").status_code == 302
    response = submit(client, 5, email="warga5@example.id")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Terlalu banyak permohonan dari jaringan Anda" in page
    assert "Salinan DPA Dinas Pendidikan tahun 2026" in page  # what was typed stays on the page
    assert InformationRequest.objects.count() == 5
    other = client.post(URL, portal_data(token="abuse0099"), REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302  # another address is not affected


def test_a_filled_honeypot_stores_nothing(client, offices):
    from sigap.ppid.models import InformationRequest

    response = submit(client, 1, website="http://spam.example")
    assert response.status_code == 200
    assert "Kosongkan isian ini" in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_a_too_fast_submission_is_refused_and_the_input_kept(client, offices):
    from sigap.ppid.models import InformationRequest

    response = submit(client, 1, rendered=filled_stamp(seconds_ago=0.5))
    page = response.content.decode()
    assert response.status_code == 200 and "terlalu cepat" in page
    assert "Siti Rahayu" in page
    assert not InformationRequest.objects.exists()
    forged = submit(client, 2, rendered="1.0")  # an unsigned time is not believed
    assert forged.status_code == 200 and not InformationRequest.objects.exists()


def test_honeypot_is_hidden_from_people_and_assistive_tech(client, offices):
    page = client.get(URL).content.decode()
    assert '<div class="hp" aria-hidden="true">' in page
    assert 'tabindex="-1"' in page and 'name="rendered"' in page


def test_fourth_receipt_to_one_address_within_an_hour_is_not_sent(
    client, offices, django_capture_on_commit_callbacks, settings
):
    from sigap.ppid.models import InformationRequest

    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["ingest", "analysis", "alerts", "scheduler"],
        }
    }
    for n in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                URL, portal_data(token=f"rcpt{n:04d}", email="Korban@Example.id"), REMOTE_ADDR=f"203.0.113.{n}"
            )
        assert response.status_code == 302
    receipts = [m for m in mail.outbox if m.to == ["Korban@Example.id"]]
    assert len(receipts) == 3
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL, portal_data(token="rcpt0004", email="korban@example.id"), REMOTE_ADDR="203.0.113.50", follow=True
        )
    assert InformationRequest.objects.count() == 4  # still stored
    assert len([m for m in mail.outbox if m.to[0].lower() == "korban@example.id"]) == 3
    page = response.content.decode()
    assert 'id="receipt-withheld"' in page and "tidak dikirim" in page
