"""Backup and restore of one Sigap: the database plus the uploaded files, in one .tar.gz.

The archive holds ``manifest.json`` (format, Sigap version, database vendor, creation time),
the database (``database.sqlite3`` from SQLite's online backup API, or ``database.pgdump`` from
``pg_dump -Fc``) and the folders of uploaded files (``media/``, ``imports/``).
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, Any, cast

from django.conf import settings
from django.db import connections

FORMAT = 1
MANIFEST = "manifest.json"
DB_MEMBER = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for people, in Indonesian."""


def file_folders() -> dict[str, Path]:
    """Archive name → folder of uploaded files kept in a backup."""
    return {"media": Path(settings.MEDIA_ROOT), "imports": Path(settings.IMPORT_DIR)}


def sigap_version() -> str:
    try:
        return version("sigap")
    except PackageNotFoundError:
        return "unknown"


def database_vendor(alias: str = "default") -> str:
    vendor = connections[alias].vendor
    if vendor not in DB_MEMBER:
        raise BackupError(f"Basis data {vendor} tidak didukung untuk cadangan.")
    return vendor


#: Options of SIGAP_DATABASE_URL (sigap/settings.py) as libpq variables, so a backup uses the same
#: TLS settings as the application.
_OPTION_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslcrl": "PGSSLCRL",
    "sslnegotiation": "PGSSLNEGOTIATION",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "application_name": "PGAPPNAME",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "options": "PGOPTIONS",
    "gssencmode": "PGGSSENCMODE",
    "channel_binding": "PGCHANNELBINDING",
}


def pg_env(alias: str = "default") -> dict[str, str]:
    """libpq environment for pg_dump/pg_restore: the password never shows on a command line."""
    db = settings.DATABASES[alias]
    env = {**os.environ, "PGDATABASE": str(db["NAME"])}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[var] = str(db[key])
    for key, value in db.get("OPTIONS", {}).items():
        if key in _OPTION_ENV:
            env[_OPTION_ENV[key]] = str(value)
    return env


def run_pg_tool(args: list[str], alias: str) -> None:
    if not shutil.which(args[0]):
        raise BackupError(
            f"Program {args[0]} tidak ditemukan. Pasang klien PostgreSQL "
            "(mis. apt-get install postgresql-client) dengan versi yang sama atau lebih baru dari server."
        )
    result = subprocess.run(args, env=pg_env(alias), capture_output=True, text=True)  # noqa: S603 - pg_dump/psql with our arguments
    if result.returncode != 0:
        raise BackupError(f"{args[0]} gagal (kode {result.returncode}): {result.stderr.strip()}")


def dump_database(target: Path, vendor: str, alias: str) -> None:
    if vendor == "sqlite":
        # The online backup API copies a consistent snapshot while the app keeps writing.
        source = sqlite3.connect(settings.DATABASES[alias]["NAME"], timeout=20)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            # A single self-contained file: no -wal beside it inside the archive.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
            source.close()
    else:
        run_pg_tool(["pg_dump", "-Fc", "--no-owner", "--no-privileges", "-f", str(target)], alias)


def create_backup(archive: Path, alias: str = "default") -> dict:
    """Write the archive (through a temporary file, so a failed backup leaves no half archive)."""
    vendor = database_vendor(alias)
    archive = Path(archive)
    archive.parent.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "sigap_version": sigap_version(),
        "database_vendor": vendor,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": DB_MEMBER[vendor],
        "folders": [],
    }
    with tempfile.TemporaryDirectory(prefix="sigap-backup-") as work:
        dump = Path(work) / DB_MEMBER[vendor]
        dump_database(dump, vendor, alias)
        partial = archive.with_name(f".{archive.name}.partial")
        try:
            with tarfile.open(partial, "w:gz") as tar:
                for name, folder in file_folders().items():
                    if folder.is_dir():
                        tar.add(folder, arcname=name)
                        manifest["folders"].append(name)
                tar.add(dump, arcname=DB_MEMBER[vendor])
                data = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mtime = int(datetime.now(UTC).timestamp())
                tar.addfile(info, fileobj=io.BytesIO(data))
            # Requesters' personal data and password hashes are inside: owner-only.
            os.chmod(partial, 0o600)
            with open(partial, "rb") as fh:
                os.fsync(fh.fileno())
            partial.replace(archive)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def read_manifest(archive: Path) -> dict:
    try:
        with tarfile.open(archive, "r:gz") as tar:
            member = tar.extractfile(MANIFEST)
            manifest = json.load(cast(IO[bytes], member))
    except (OSError, KeyError, tarfile.TarError, ValueError) as exc:
        raise BackupError(f"{archive} bukan arsip cadangan Sigap yang terbaca ({exc}).") from None
    if manifest.get("format") != FORMAT or manifest.get("database_vendor") not in DB_MEMBER:
        raise BackupError(f"{archive}: format cadangan tidak dikenal.")
    return manifest


def restore_backup(archive: Path, alias: str = "default") -> dict:
    """Replace the database and the uploaded files with those in the archive."""
    archive = Path(archive)
    manifest = read_manifest(archive)
    vendor = database_vendor(alias)
    if manifest["database_vendor"] != vendor:
        raise BackupError(
            f"Arsip ini berisi basis data {manifest['database_vendor']}, sedangkan Sigap ini memakai "
            f"{vendor}. Pulihkan ke basis data berjenis sama."
        )
    with tempfile.TemporaryDirectory(prefix="sigap-restore-") as work:
        with tarfile.open(archive, "r:gz") as tar:
            # The "data" filter refuses absolute paths, links out of the folder and devices.
            tar.extractall(work, filter="data")
        dump = Path(work) / manifest["database"]
        if not dump.is_file():
            raise BackupError(f"{archive}: berkas basis data {manifest['database']} tidak ada di arsip.")
        connections[alias].close()
        if vendor == "sqlite":
            source = sqlite3.connect(dump)
            target = sqlite3.connect(settings.DATABASES[alias]["NAME"], timeout=20)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        else:
            run_pg_tool(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    "--exit-on-error",
                    "-d",
                    str(settings.DATABASES[alias]["NAME"]),
                    str(dump),
                ],
                alias,
            )
        for name, folder in file_folders().items():
            if name not in manifest["folders"]:
                continue
            if folder.exists():
                shutil.rmtree(folder)
            folder.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(Path(work) / name, folder)
    return manifest
