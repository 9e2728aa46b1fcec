"""`sigap token create USERNAME --name NAME` | `sigap token revoke PREFIX` | `sigap token list [USERNAME]`."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from sigap.api.models import PREFIX_LENGTH, ApiToken


class Command(BaseCommand):
    help = "Kelola token API: buat (ditampilkan sekali), cabut, atau daftar."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Buat token untuk pengguna; token ditampilkan sekali saja.")
        create.add_argument("username")
        create.add_argument("--name", required=True, help="Untuk apa token ini, mis. \"dasbor BI\".")
        revoke = sub.add_parser("revoke", help="Cabut token berdasarkan awalannya (mis. sgp_AbCd1234).")
        revoke.add_argument("prefix")
        revoke.add_argument("--reason", default="", help="Alasan pencabutan (dicatat di jejak audit).")
        listing = sub.add_parser("list", help="Daftar token (awalan, pemilik, nama, dipakai terakhir, status).")
        listing.add_argument("username", nargs="?")

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_create(self, username, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Pengguna {username!r} tidak ditemukan.")
        if not user.is_active:
            raise CommandError(f"Pengguna {username!r} tidak aktif.")
        if not name.strip():
            raise CommandError("Beri nama token dengan --name.")
        token, raw = ApiToken.issue(user, name.strip())
        self.stdout.write(f"Token untuk {username} ({token.name}), awalan {token.prefix}.")
        self.stdout.write("Simpan sekarang: token ini tidak akan ditampilkan lagi.\n")
        self.stdout.write(raw)

    def handle_revoke(self, prefix, reason="", **options):
        token = ApiToken.objects.select_related("user").filter(prefix=prefix[:PREFIX_LENGTH]).first()
        if token is None:
            raise CommandError(f"Tidak ada token dengan awalan {prefix[:PREFIX_LENGTH]!r}.")
        if token.revoke(reason=reason):
            self.stdout.write(f"Token {token.prefix} milik {token.user.get_username()} dicabut.")
        else:
            self.stdout.write(f"Token {token.prefix} sudah dicabut pada {timezone.localtime(token.revoked_at):%Y-%m-%d %H:%M}.")

    def handle_list(self, username=None, **options):
        tokens = ApiToken.objects.select_related("user").order_by("user__username", "-created_at")
        if username:
            tokens = tokens.filter(user__username=username)
        for token in tokens:
            used = f"{timezone.localtime(token.last_used_at):%Y-%m-%d %H:%M}" if token.last_used_at else "belum pernah"
            status = "dicabut" if token.revoked else "aktif"
            self.stdout.write(
                f"{token.prefix}  {token.user.get_username():<20} {token.name:<24} dipakai: {used:<16} {status}"
            )
