"""Shared fixtures: offices, users of each role, and an outsider from another office."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("SIGAP_TASKS_BACKEND", "db")

#: The connector, polling and webhook tests talk to real servers on this machine, which the
#: address guard refuses by default; tests/test_fetch_guard.py empties the list again.
LOOPBACK_ALLOWED = ("127.0.0.0/8", "::1", "localhost")


@pytest.fixture(autouse=True)
def fetch_allow_loopback(settings):
    settings.FETCH_ALLOW = LOOPBACK_ALLOWED  # the setting_changed hook installs it as the policy


def pytest_report_header(config):
    url = os.environ.get("SIGAP_DATABASE_URL", "")
    database = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    return f"sigap: database {database}; tasks backend {os.environ['SIGAP_TASKS_BACKEND']}"


PASSWORD = "kata-sandi-uji-123"


@pytest.fixture
def offices(db):
    from sigap.core.models import Office, OfficeKind

    prov = Office.objects.create(name="Pemprov Jawa Tengah", slug="jateng", kind=OfficeKind.PROVINSI)
    kab = Office.objects.create(name="Pemkab Demak", slug="demak", kind=OfficeKind.KABUPATEN, parent=prov)
    other = Office.objects.create(name="Kementerian Sosial", slug="kemensos", kind=OfficeKind.KEMENTERIAN)
    return {"jateng": prov, "demak": kab, "kemensos": other}


def make_user(username, office=None, role=None):
    from django.contrib.auth import get_user_model

    from sigap.core.models import Membership

    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if office is not None:
        Membership.objects.create(user=user, office=office, role=role)
    return user


@pytest.fixture
def analyst(offices):
    from sigap.core.models import Role

    return make_user("analis.demak", offices["demak"], Role.ANALIS)


@pytest.fixture
def outsider(offices):
    """An analyst of another office: must never see Demak's private data."""
    from sigap.core.models import Role

    return make_user("analis.kemensos", offices["kemensos"], Role.ANALIS)


@pytest.fixture
def leader(offices):
    from sigap.core.models import Role

    return make_user("pimpinan.demak", offices["demak"], Role.PIMPINAN)


@pytest.fixture
def province_analyst(offices):
    from sigap.core.models import Role

    return make_user("analis.jateng", offices["jateng"], Role.ANALIS)


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def source(offices):
    from sigap.monitoring.models import Source

    return Source.objects.create(office=offices["demak"], name="X Demak", kind=Source.Kind.IMPORT, channel="x")


@pytest.fixture
def run_tasks():
    """Run every queued background task with the database worker's own code, then return.

    (The worker command itself closes "old" connections between tasks, which would end the
    test's transaction on PostgreSQL; its task runner is used directly instead.)"""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    worker = Worker(
        queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="pytest", excluded_queue_names=[],
    )

    def _run():
        while (result := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
            result.claim(worker.worker_id)
            worker.run_task(result)

    return _run


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    import shutil

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        pytest.skip("Debian's Chromium is not installed (apt-get install -y chromium)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop in this thread
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    return browser.new_page(viewport={"width": 1000, "height": 800})
