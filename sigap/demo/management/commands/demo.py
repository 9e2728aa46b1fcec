from pathlib import Path

from django.core.management.base import BaseCommand

from sigap.crisis.demo import load as load_crisis_demo
from sigap.demo.loader import DEMO_PASSWORD, demo_users, load_stream, load_structure, write_stream
from sigap.ppid.demo import load as load_ppid_demo


class Command(BaseCommand):
    help = "Muat data demo: tiga kantor, pengguna tiap peran, sumber, daftar pantau dan aliran berita/unggahan."

    def add_arguments(self, parser):
        parser.add_argument("--export", type=Path, help="only write the stream as JSONL for `sigap replay`")
        parser.add_argument("--scenario", help="with --export: banjir-demak, demo-bbm, hoaks-bansos or background")
        parser.add_argument(
            "--live-hours",
            type=int,
            default=72,
            help="hours at the end played in 10-minute steps through the early warning (the rest at once)",
        )

    def handle(self, *args, export=None, scenario=None, live_hours=72, **options):
        if export:
            n = write_stream(export, scenario=scenario)
            self.stdout.write(f"{n} rekaman ditulis ke {export}.")
            return
        sources = load_structure()
        result = load_stream(sources, live_hours=live_hours)
        self.stdout.write(
            f"Demo dimuat: {result.read} dibaca, {result.stored} disimpan dan dianalisis "
            "(sentimen, bahasa, entitas, duplikat, cerita) lalu dipantau oleh peringatan dini."
        )

        self.stdout.write(f"PPID: {load_ppid_demo()} permohonan demo dimuat.")

        self.stdout.write(f"Krisis: {load_crisis_demo()} krisis demo dimuat (satu latihan).")
        self.stdout.write(f"\nLogin demo (kata sandi semua akun: {DEMO_PASSWORD}):")
        for username, office, role in demo_users():
            self.stdout.write(f"  {username:<20} {role:<24} {office}")
