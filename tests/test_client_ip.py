"""The client address behind per-address limits: X-Forwarded-For counts only when the request
comes from a proxy listed in SIGAP_TRUSTED_PROXIES."""

import importlib

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from helpers.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def three_failures_per_address(settings):
    settings.LOGIN_MAX_FAILURES_IP = 3


def attempt(username, password, remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return Client().post("/masuk/", {"username": username, "password": password}, **headers)


def fail_three_times(remote, forwarded):
    for i in range(3):
        attempt(f"tebakan{i}", "salah-sekali-123", remote, forwarded(i))


def test_trusted_proxies_are_empty_by_default():
    from django.conf import settings

    assert settings.TRUSTED_PROXIES == ()


def test_spoofed_forwarded_for_is_ignored_without_a_trusted_proxy():
    user = make_user("analis.palsu")
    fail_three_times("203.0.113.7", lambda i: f"192.0.2.{i + 1}")
    response = attempt(user.username, PASSWORD, "203.0.113.7", "192.0.2.99")
    assert response.status_code == 429  # a fresh header did not give a fresh address


def test_forwarded_for_from_a_trusted_proxy_names_the_client(settings):
    settings.TRUSTED_PROXIES = ("10.0.0.0/8",)
    user = make_user("analis.proksi")
    # The client wrote its own left-most entry; the proxy appended the real address.
    fail_three_times("10.0.0.1", lambda i: f"192.0.2.{i + 1}, 198.51.100.1")
    assert attempt(user.username, PASSWORD, "10.0.0.1", "198.51.100.2").status_code == 302
    assert attempt(user.username, PASSWORD, "10.0.0.1", "192.0.2.50, 198.51.100.1").status_code == 429


def test_a_chain_of_trusted_proxies_is_skipped(settings):
    settings.TRUSTED_PROXIES = ("10.0.0.1", "10.0.1.0/24")
    user = make_user("analis.rantai")
    fail_three_times("10.0.0.1", lambda i: f"198.51.100.1, 10.0.1.{i + 5}")
    assert attempt(user.username, PASSWORD, "10.0.0.1", "198.51.100.1, 10.0.1.9").status_code == 429
    assert attempt(user.username, PASSWORD, "10.0.0.1", "198.51.100.3, 10.0.1.9").status_code == 302


def test_forwarded_for_from_an_untrusted_address_is_ignored_even_when_proxies_are_set(settings):
    settings.TRUSTED_PROXIES = ("10.0.0.1",)
    user = make_user("analis.luar")
    fail_three_times("203.0.113.7", lambda i: f"198.51.100.{i + 1}")
    assert attempt(user.username, PASSWORD, "203.0.113.7", "198.51.100.77").status_code == 429


def test_portal_brake_counts_the_client_behind_a_trusted_proxy(client, offices, settings):
    from helpers.ppid import portal_data

    settings.TRUSTED_PROXIES = ("10.0.0.1",)
    url = "/layanan/demak/permohonan/"

    def submit(n, forwarded):
        data = portal_data(token=f"proksi{n:04d}", email=f"warga{n}@example.id")
        return client.post(url, data, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    for n in range(5):
        assert submit(n, "198.51.100.1").status_code == 302
    assert submit(5, "198.51.100.1").status_code == 429
    assert submit(6, "198.51.100.2").status_code == 302  # another client behind the same proxy


def test_a_bad_trusted_proxy_setting_stops_start_up(monkeypatch):
    import sigap.settings as module

    monkeypatch.setenv("SIGAP_TRUSTED_PROXIES", "10.0.0.1, bukan-alamat")
    try:
        with pytest.raises(ImproperlyConfigured, match="bukan-alamat"):
            importlib.reload(module)
    finally:
        monkeypatch.delenv("SIGAP_TRUSTED_PROXIES")
        importlib.reload(module)
