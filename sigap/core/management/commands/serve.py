"""`sigap serve`: the production web server (gunicorn), static files served by WhiteNoise."""

import os

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

# Each worker holds the text models in memory; past this many, add machines instead.
MAX_DEFAULT_WORKERS = 8


def default_workers() -> int:
    return min(2 * (os.cpu_count() or 1) + 1, MAX_DEFAULT_WORKERS)


class Command(BaseCommand):
    help = "Jalankan server web produksi (gunicorn); berkas statis dilayani WhiteNoise."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000", help="alamat:port (bawaan 127.0.0.1:8000)")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=f"jumlah proses (bawaan 2 × inti CPU + 1, paling banyak {MAX_DEFAULT_WORKERS})",
        )
        parser.add_argument(
            "--timeout", type=int, default=120, help="detik sebelum permintaan macet dihentikan (PDF besar)"
        )
        parser.add_argument("--no-collectstatic", action="store_true", help="lewati collectstatic")

    def handle(self, *args, bind, workers=None, timeout=120, no_collectstatic=False, **options):
        try:
            from gunicorn.app.base import BaseApplication
        except ImportError:
            raise CommandError(
                "gunicorn belum terpasang. Pasang dengan: pip install 'sigap[production]' (atau pip install gunicorn)."
            ) from None
        workers = workers or default_workers()
        if workers < 1:
            raise CommandError("--workers paling sedikit 1.")
        if not no_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        # Workers are forked: no parent connection may be shared with them.
        connections.close_all()
        self.stdout.write(f"Sigap melayani di http://{bind}/ dengan {workers} proses (Ctrl+C untuk berhenti).")

        class Server(BaseApplication):
            def load_config(self):
                for key, value in {
                    "bind": [bind],
                    "workers": workers,
                    "timeout": timeout,
                    "accesslog": "-",
                    "errorlog": "-",
                    "proc_name": "sigap-web",
                    # gunicorn ≥ 24 opens a control socket in $HOME: unneeded, and the
                    # systemd unit keeps $HOME read-only.
                    "control_socket_disable": True,
                }.items():
                    if key in self.cfg.settings:
                        self.cfg.set(key, value)

            def load(self):
                from django.core.wsgi import get_wsgi_application

                return get_wsgi_application()

        Server().run()
