"""`sigap backup` / `sigap restore` bring back every document, PPID request, audit event and
uploaded file, on SQLite and on PostgreSQL; `sigap serve` runs gunicorn with static files."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

SIGAP = [sys.executable, "-m", "sigap"]
SNAPSHOT = """
import json, django
django.setup()
from sigap.core.models import AuditEvent
from sigap.monitoring.models import Document
from sigap.ppid.models import InformationRequest
print(json.dumps({
    "documents": sorted(Document.objects.values_list("pk", "title")),
    "requests": sorted(InformationRequest.objects.values_list("pk", "status", "information")),
    "audit": sorted(AuditEvent.objects.values_list("pk", "action", "to_state")),
}))
"""
DAMAGE = """
import django
django.setup()
from sigap.core.models import AuditEvent
from sigap.monitoring.models import Document
from sigap.ppid.models import InformationRequest
AuditEvent.objects.all().delete()
request = InformationRequest.objects.order_by("pk").first()
InformationRequest.objects.filter(pk=request.pk).update(information="diubah setelah cadangan")
Document.objects.filter(pk__in=list(Document.objects.values_list("pk", flat=True)[:50])).delete()
"""


def run(args, env, check=True):
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
    return result


def sigap_env(tmp_path, database_url):
    return {
        **os.environ,
        "SIGAP_DEBUG": "1",
        "SIGAP_DATABASE_URL": database_url,
        "SIGAP_DATA_DIR": str(tmp_path / "data"),
        "SIGAP_TASKS_BACKEND": "db",
        "DJANGO_SETTINGS_MODULE": "sigap.settings",
    }


def snapshot(env):
    return json.loads(run([sys.executable, "-c", SNAPSHOT], env).stdout.strip().splitlines()[-1])


def round_trip(tmp_path, env, vendor):
    run([*SIGAP, "migrate", "-v", "0"], env)
    run([*SIGAP, "demo", "--live-hours", "0"], env)
    attachment = tmp_path / "data" / "media" / "ppid" / "lampiran.pdf"
    attachment.parent.mkdir(parents=True)
    attachment.write_bytes(b"%PDF-1.4 lampiran pemohon")
    before = snapshot(env)
    assert before["documents"] and before["requests"] and before["audit"]

    archive = tmp_path / "cadangan" / "sigap.tar.gz"
    out = run([*SIGAP, "backup", str(archive)], env).stdout
    assert "Cadangan ditulis" in out
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    run([sys.executable, "-c", DAMAGE], env)
    attachment.unlink()
    damaged = snapshot(env)
    assert damaged != before and not damaged["audit"]

    refused = run([*SIGAP, "restore", str(archive)], env, check=False)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert snapshot(env) == damaged

    assert "Dipulihkan" in run([*SIGAP, "restore", str(archive), "--yes"], env).stdout
    assert snapshot(env) == before
    assert attachment.read_bytes() == b"%PDF-1.4 lampiran pemohon"
    return archive


@pytest.mark.slow
def test_sqlite_backup_and_restore(tmp_path):
    env = sigap_env(tmp_path, f"sqlite:///{tmp_path}/sigap.sqlite3")
    round_trip(tmp_path, env, "sqlite")


@pytest.fixture
def scratch_postgres():
    url = os.environ.get("SIGAP_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set SIGAP_TEST_POSTGRES_URL to test backups on PostgreSQL")
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump/pg_restore are not installed")
    import psycopg

    parts = urlsplit(url)
    name = f"sigap_backup_{uuid.uuid4().hex[:10]}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.slow
def test_postgres_backup_and_restore(tmp_path, scratch_postgres):
    env = sigap_env(tmp_path, scratch_postgres)
    archive = round_trip(tmp_path, env, "postgresql")

    # An archive only goes back into a database of the same kind.
    other = sigap_env(tmp_path / "lain", f"sqlite:///{tmp_path}/lain.sqlite3")
    refused = run([*SIGAP, "restore", str(archive), "--yes"], other, check=False)
    assert refused.returncode != 0 and "basis data postgresql" in refused.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


@pytest.mark.slow
def test_serve_runs_gunicorn_with_static_files(tmp_path):
    pytest.importorskip("gunicorn", reason="gunicorn is not installed (pip install 'sigap[production]')")
    env = sigap_env(tmp_path, f"sqlite:///{tmp_path}/sigap.sqlite3")
    port = free_port()
    server = subprocess.Popen(
        [*SIGAP, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _, body = fetch(f"http://127.0.0.1:{port}/masuk/")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"sigap serve did not answer:\n{server.communicate()[0]}") from None
                time.sleep(0.3)
        assert status == 200 and b"<form" in body
        status, content_type, css = fetch(f"http://127.0.0.1:{port}/static/sigap/sigap.css")
        assert status == 200 and content_type.startswith("text/css") and css
        assert (tmp_path / "data" / "static" / "sigap" / "sigap.css").is_file()  # collectstatic ran
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "gunicorn" in output.lower()


def test_serve_without_gunicorn_says_how_to_install(tmp_path):
    blocker = tmp_path / "block"
    blocker.mkdir()
    # A gunicorn that cannot be imported, as on an install without the production extra.
    (blocker / "gunicorn.py").write_text("raise ImportError('not installed')\n")
    env = {**sigap_env(tmp_path, f"sqlite:///{tmp_path}/sigap.sqlite3"), "PYTHONPATH": str(blocker)}
    result = run([*SIGAP, "serve", "--no-collectstatic"], env, check=False)
    assert result.returncode != 0
    assert "pip install 'sigap[production]'" in result.stderr
