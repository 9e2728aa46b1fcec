from django.core.management.base import BaseCommand

from sigap.demo.loader import DEMO_PASSWORD, demo_users, load_stream, load_structure
from sigap.monitoring.analysis import analyse_pending


class Command(BaseCommand):
    help = "Muat data demo: tiga kantor, pengguna tiap peran, sumber, daftar pantau dan aliran berita/unggahan."

    def handle(self, *args, **options):
        sources = load_structure()
        counts = load_stream(sources)
        analysed = analyse_pending()
        self.stdout.write(
            f"Demo dimuat: {counts.read} dibaca, {counts.stored} disimpan, "
            f"{counts.duplicate} duplikat, {counts.rejected} ditolak; {analysed} dianalisis "
            "(sentimen, bahasa, entitas, duplikat, cerita)."
        )
        self.stdout.write(f"\nLogin demo (kata sandi semua akun: {DEMO_PASSWORD}):")
        for username, office, role in demo_users():
            self.stdout.write(f"  {username:<20} {role:<24} {office}")
