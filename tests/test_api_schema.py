"""Schemathesis against the published OpenAPI schema: every operation, generated requests with a valid token
of a seeded analyst; no server error, and every answer matches what the schema promises."""

from datetime import UTC, datetime

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks

from sigap.api.models import ApiToken
from sigap.monitoring.connectors.base import Record, Rejected
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import ImportJob, Watchlist

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def keep_test_transaction():
    """Like Django's test client: the end of a request must not close the connection that holds the
    test's transaction (it would on PostgreSQL, where the connection is persistent)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def seeded(keep_test_transaction, offices, analyst, source, settings, tmp_path):
    """An analyst with real objects, so part of the generated requests reach them instead of a 404."""
    settings.IMPORT_DIR = tmp_path / "imports"
    at = datetime(2026, 3, 2, tzinfo=UTC)
    job = ImportJob.objects.create(
        source=source, office=offices["demak"], file_name="x.jsonl", file_path="/nope", format="sigap-jsonl"
    )
    store_records(source, [Record("1", "x", "Banjir di Demak", at), Rejected("baris 2", "rusak", "{")], job=job)
    watchlist = Watchlist.objects.create(office=offices["demak"], name="Banjir", query="banjir")
    ids = {
        "source_id": source.pk,
        "document_id": source.documents.get().pk,
        "watchlist_id": watchlist.pk,
        "job_id": job.pk,
    }
    return {"ids": ids, "token": ApiToken.issue(analyst, "schemathesis")[1]}


# Loaded once, at collection, from the URL the API publishes (no database needed to serve it).
# (schemathesis.pytest.from_fixture would load it lazily, but fails on pytest 9: no Function._nodeid.)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_schema(case, seeded):
    # Half of the generated ids (the odd ones) are replaced by a seeded object's id of the same kind.
    for name, value in (case.path_parameters or {}).items():
        if isinstance(value, int) and value % 2 and name in seeded["ids"]:
            case.path_parameters[name] = seeded["ids"][name]
    case.call_and_validate(headers={"Authorization": f"Bearer {seeded['token']}"}, checks=CHECKS)
