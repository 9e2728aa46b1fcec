"""`sigap restore FILE --yes`: puts back the database and uploaded files of a `sigap backup`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sigap.core.backup import BackupError, read_manifest, restore_backup


class Command(BaseCommand):
    help = "Pulihkan basis data dan berkas unggahan dari arsip `sigap backup` (menimpa data sekarang)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="arsip dari `sigap backup`")
        parser.add_argument("--yes", action="store_true", help="ya, timpa basis data dan berkas yang ada sekarang")
        parser.add_argument("--database", default="default", help="alias basis data Django")

    def handle(self, *args, file, yes=False, database="default", **options):
        if not file.is_file():
            raise CommandError(f"Arsip {file} tidak ditemukan.")
        try:
            manifest = read_manifest(file)
            if not yes:
                raise CommandError(
                    f"Pemulihan akan MENIMPA seluruh basis data dan berkas unggahan dengan isi cadangan "
                    f"{manifest['created_at']} (Sigap {manifest['sigap_version']}, "
                    f"{manifest['database_vendor']}). Hentikan server web dan pekerja, lalu ulangi dengan --yes."
                )
            restore_backup(file, alias=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Dipulihkan dari {file} (cadangan {manifest['created_at']}). "
            "Jalankan `sigap migrate` bila versi Sigap sekarang lebih baru dari cadangan."
        )
