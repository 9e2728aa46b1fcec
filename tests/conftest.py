"""Root of the test suite: the shared fixture plugins (tests/fixtures/) and the report header."""

from __future__ import annotations

import os

os.environ.setdefault("SIGAP_TASKS_BACKEND", "db")

pytest_plugins = [
    "fixtures.core",
    "fixtures.browser",
    "fixtures.ppid",
    "fixtures.complaints",
    "fixtures.crisis",
    "fixtures.alerts",
    "fixtures.connectors",
]


def pytest_report_header(config):
    url = os.environ.get("SIGAP_DATABASE_URL", "")
    database = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    return f"sigap: database {database}; tasks backend {os.environ['SIGAP_TASKS_BACKEND']}"
