"""`sigap token create USERNAME --name NAME [--days N] [--scope read|write]` | `sigap token revoke PREFIX` |
`sigap token list [USERNAME]`."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from sigap.api.models import DEFAULT_LIFETIME_DAYS, PREFIX_LENGTH, ApiToken
from sigap.lib.waktu import format_datetime


def moment(value) -> str:
    """``7 Des 2026 11.35 WIB`` in the server's time zone."""
    return format_datetime(value, timezone.get_current_timezone_name())


class Command(BaseCommand):
    help = "Kelola token API: buat (ditampilkan sekali), cabut, atau daftar."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Buat token untuk pengguna; token ditampilkan sekali saja.")
        create.add_argument("username")
        create.add_argument("--name", required=True, help='Untuk apa token ini, mis. "dasbor BI".')
        create.add_argument(
            "--days",
            type=int,
            default=DEFAULT_LIFETIME_DAYS,
            help=f"Masa berlaku dalam hari (bawaan {DEFAULT_LIFETIME_DAYS}); 0 = tidak pernah kedaluwarsa.",
        )
        create.add_argument(
            "--scope",
            choices=ApiToken.Scope.values,
            default=ApiToken.Scope.READ,
            help="read: hanya membaca (GET, bawaan); write: juga boleh mengubah data (POST, PATCH, DELETE).",
        )
        revoke = sub.add_parser("revoke", help="Cabut token berdasarkan awalannya (mis. sgp_AbCd1234).")
        revoke.add_argument("prefix")
        revoke.add_argument("--reason", default="", help="Alasan pencabutan (dicatat di jejak audit).")
        listing = sub.add_parser(
            "list", help="Daftar token (awalan, pemilik, nama, cakupan, kedaluwarsa, dipakai terakhir, status)."
        )
        listing.add_argument("username", nargs="?")

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_create(self, username, name, days=DEFAULT_LIFETIME_DAYS, scope=ApiToken.Scope.READ, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Pengguna {username!r} tidak ditemukan.")
        if not user.is_active:
            raise CommandError(f"Pengguna {username!r} tidak aktif.")
        if not name.strip():
            raise CommandError("Beri nama token dengan --name.")
        if days < 0 or days > 3650:
            raise CommandError("--days harus antara 0 (tidak pernah kedaluwarsa) dan 3650.")
        expires_at = timezone.now() + timedelta(days=days) if days else None
        token, raw = ApiToken.issue(user, name.strip(), scope=scope, expires_at=expires_at)
        self.stdout.write(f"Token untuk {username} ({token.name}), awalan {token.prefix}.")
        if scope == ApiToken.Scope.WRITE:
            self.stdout.write("Cakupan: write (membaca dan mengubah data).")
        else:
            self.stdout.write("Cakupan: read (hanya membaca; POST/PATCH/DELETE ditolak).")
        if expires_at:
            self.stdout.write(f"Berlaku sampai: {moment(expires_at)} ({days} hari).")
        else:
            self.stdout.write("Berlaku sampai: TIDAK PERNAH KEDALUWARSA (--days 0); cabut bila tak dipakai lagi.")
        self.stdout.write("Simpan sekarang: token ini tidak akan ditampilkan lagi.\n")
        self.stdout.write(raw)

    def handle_revoke(self, prefix, reason="", **options):
        token = ApiToken.objects.select_related("user").filter(prefix=prefix[:PREFIX_LENGTH]).first()
        if token is None:
            raise CommandError(f"Tidak ada token dengan awalan {prefix[:PREFIX_LENGTH]!r}.")
        if token.revoke(reason=reason):
            self.stdout.write(f"Token {token.prefix} milik {token.user.get_username()} dicabut.")
        else:
            self.stdout.write(f"Token {token.prefix} sudah dicabut pada {moment(token.revoked_at)}.")

    def handle_list(self, username=None, **options):
        tokens = ApiToken.objects.select_related("user").order_by("user__username", "-created_at")
        if username:
            tokens = tokens.filter(user__username=username)
        for token in tokens:
            used = moment(token.last_used_at) if token.last_used_at else "belum pernah"
            expires = moment(token.expires_at) if token.expires_at else "tidak pernah"
            status = "dicabut" if token.revoked else "kedaluwarsa" if token.expired else "aktif"
            self.stdout.write(
                f"{token.prefix}  {token.user.get_username():<20} {token.name:<24} {token.scope:<5} "
                f"berlaku s.d.: {expires:<21} dipakai: {used:<21} {status}"
            )
