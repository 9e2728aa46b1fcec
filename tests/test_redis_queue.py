"""The scale-out path: imports queued on Redis (django-tasks-rq) and run by `sigap worker` on RQ."""

import os
import subprocess
import sys
import textwrap

import pytest

REDIS_URL = os.environ.get("SIGAP_TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(
    not REDIS_URL, reason="set SIGAP_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/15) to test the Redis queue"
)

QUEUE = textwrap.dedent("""
    import django, io
    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from sigap.core.models import Office
    from sigap.monitoring.imports import create_import
    from sigap.monitoring.models import Source
    office = Office.objects.create(name="Pemkab Demak", slug="demak", kind="kabupaten")
    source = Source.objects.create(office=office, name="X Demak", kind="import", channel="x")
    lines = b'{"id": "1", "text": "Banjir Demak", "published_at": "2026-03-02T08:00:00+07:00"}\\nrusak\\n'
    job = create_import(source, SimpleUploadedFile("x.jsonl", lines))
    print(job.pk)
""")
CHECK = textwrap.dedent("""
    import django, sys
    django.setup()
    from sigap.monitoring.models import ImportJob
    job = ImportJob.objects.get(pk=int(sys.argv[1]))
    print(job.status, job.read, job.stored, job.rejected)
""")


def run(args, env):
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True).stdout.strip()


def test_import_queued_on_redis_is_run_by_the_rq_worker(tmp_path):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {
        **os.environ,
        "SIGAP_DEBUG": "1",
        "SIGAP_TASKS_BACKEND": "rq",
        "SIGAP_REDIS_URL": REDIS_URL,
        "SIGAP_DATABASE_URL": f"sqlite:///{tmp_path}/rq.sqlite3",
        "SIGAP_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "sigap.settings",
    }
    sigap = [sys.executable, "-m", "sigap"]
    run([*sigap, "migrate", "-v", "0"], env)
    job_id = run([sys.executable, "-c", QUEUE], env).splitlines()[-1]
    assert run([sys.executable, "-c", CHECK, job_id], env) == "queued 0 0 0"
    run([*sigap, "worker", "--batch"], env)
    assert run([sys.executable, "-c", CHECK, job_id], env) == "done 2 1 1"
