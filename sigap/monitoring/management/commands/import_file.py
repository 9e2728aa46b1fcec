from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sigap.monitoring.imports import ImportRefused, copy_file_for_import, run_import
from sigap.monitoring.models import Source


class Command(BaseCommand):
    help = "Impor berkas ke sebuah sumber (JSONL/CSV Sigap, twarc2, YouTube, Facebook, Instagram)."

    def add_arguments(self, parser):
        parser.add_argument("source_id", type=int)
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", default="auto")

    def handle(self, source_id, file, format, **options):
        source = Source.objects.filter(pk=source_id).first()
        if source is None:
            raise CommandError(f"Sumber {source_id} tidak ditemukan.")
        if not file.is_file():
            raise CommandError(f"Berkas {file} tidak ditemukan.")
        try:
            job = copy_file_for_import(source, file, fmt=format)
        except ImportRefused as exc:
            raise CommandError(str(exc)) from None
        counts = run_import(job)
        self.stdout.write(
            f"{job.file_name}: {counts.read} dibaca, {counts.stored} disimpan, "
            f"{counts.duplicate} duplikat, {counts.rejected} ditolak."
        )
