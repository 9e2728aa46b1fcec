"""`sigap backup FILE`: the database and the uploaded files in one .tar.gz, while the app runs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sigap.core.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Cadangkan basis data dan berkas unggahan ke satu arsip .tar.gz (aman saat aplikasi berjalan)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="arsip yang ditulis, mis. /srv/cadangan/sigap-2026-03-16.tar.gz")
        parser.add_argument("--database", default="default", help="alias basis data Django")

    def handle(self, *args, file, database="default", **options):
        try:
            manifest = create_backup(file, alias=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        folders = ", ".join(manifest["folders"]) or "tidak ada"
        self.stdout.write(
            f"Cadangan ditulis ke {file}: basis data {manifest['database_vendor']}, "
            f"folder berkas: {folders}, dibuat {manifest['created_at']}."
        )
