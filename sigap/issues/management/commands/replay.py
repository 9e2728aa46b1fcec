"""`sigap replay FILE --office demak --speed 60`: stream a recorded scenario into a drill copy of an office."""

from datetime import datetime, timedelta
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from sigap.core.models import Office
from sigap.issues.replay import ReplayError, replay


class Command(BaseCommand):
    help = (
        "Putar ulang skenario rekaman (JSONL Sigap) ke kantor latihan, salinan kantor yang disebut, "
        "seolah-olah datang sekarang. Pemantauan sungguhan tidak tersentuh."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--speed", type=float, default=60, help="scenario seconds per wall second; 0 = no waiting")
        parser.add_argument("--office", required=True, help="code of the office whose drill copy receives the scenario")
        parser.add_argument("--start", help="ISO time of the first record (default: now; at speed 0, so it ends now)")
        parser.add_argument("--step-minutes", type=int, default=10, help="step length at speed 0")

    def handle(self, *args, file, speed, office, start, step_minutes, verbosity=1, **options):
        if not file.exists():
            raise CommandError(f"Berkas tidak ditemukan: {file}")
        office_obj = Office.objects.filter(slug=office).first()
        if office_obj is None:
            raise CommandError(f"Kantor dengan kode {office!r} tidak ada.")
        start_at = None
        if start:
            try:
                start_at = datetime.fromisoformat(start)
            except ValueError:
                raise CommandError(f"Waktu mulai tidak sah: {start!r} (contoh: 2026-03-16T09:00+07:00)") from None
            if timezone.is_naive(start_at):
                start_at = timezone.make_aware(start_at)

        def progress(now, n):
            if n and verbosity > 1:
                self.stdout.write(f"{timezone.localtime(now):%Y-%m-%d %H:%M} +{n}")

        try:
            result = replay(
                file,
                speed=speed,
                office=office_obj,
                start=start_at,
                step=timedelta(minutes=step_minutes),
                on_step=progress,
            )
        except ReplayError as exc:
            raise CommandError(str(exc)) from None
        for position, reason in result.rejected:
            self.stderr.write(f"{position}: {reason}")
        if result.office is not None:
            self.stdout.write(f"Kantor latihan: {result.office.name} (kode {result.office.slug}).")
        self.stdout.write(
            f"Dibaca {result.read}, disimpan {result.stored}, ditolak {len(result.rejected)}, langkah {result.steps}."
        )
