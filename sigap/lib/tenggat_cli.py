"""``sigap ppid tenggat``: the public deadline calculator on the command line (no Django).

    sigap ppid tenggat --diterima 2026-03-16T09:00 --hari 10 [--zona Asia/Makassar]
                       [--cuti-bersama-libur | --cuti-bersama-kerja] [--sabtu-kerja]
                       [--jam-tutup 16:00] [--libur 2026-03-25:libur_daerah:Hari Jadi]
                       [--bukan-libur 2026-12-24] [--jelaskan]

Prints one line per day it skipped (date, weekday, reasons), any caveat lines starting with
``catatan:``, and the due date as YYYY-MM-DD on the LAST line. Bad input: an Indonesian
message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import NoReturn, TextIO

from sigap.lib.workdays import (
    Calendar,
    CalendarRangeError,
    Kind,
    Override,
    UnknownTimeZone,
    add_working_days,
    resolve_zone,
)

PROG = "sigap ppid tenggat"
MAX_DAYS = 1000

_KIND_ALIASES = {
    "nasional": Kind.LIBUR_NASIONAL,
    "libur_nasional": Kind.LIBUR_NASIONAL,
    "cuti": Kind.CUTI_BERSAMA,
    "cuti_bersama": Kind.CUTI_BERSAMA,
    "daerah": Kind.LIBUR_DAERAH,
    "libur_daerah": Kind.LIBUR_DAERAH,
    "lainnya": Kind.LAINNYA,
}

_ARGPARSE_PHRASES = (
    ("the following arguments are required", "argumen wajib belum diisi"),
    ("not allowed with argument", "tidak boleh dipakai bersama"),
    ("unrecognized arguments", "argumen tidak dikenal"),
    ("expected one argument", "butuh satu nilai"),
    ("invalid choice", "pilihan tidak sah"),
    ("argument ", "argumen "),
)


class _Exit(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse that speaks Indonesian on errors and never calls sys.exit."""

    def error(self, message: str) -> NoReturn:
        for english, indonesian in _ARGPARSE_PHRASES:
            message = message.replace(english, indonesian)
        sys.stderr.write(self.format_usage().replace("usage:", "cara pakai:", 1))
        print(f"{self.prog}: galat: {message}", file=sys.stderr)
        raise _Exit(2)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            print(message, file=sys.stderr, end="")
        raise _Exit(status)


def _received(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal/waktu diterima tidak sah: {text!r}. Contoh: 2026-03-16T09:00 atau 2026-03-16."
        ) from None


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"jumlah hari kerja harus bilangan bulat: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"jumlah hari kerja tidak boleh negatif: {value}")
    if value > MAX_DAYS:
        raise argparse.ArgumentTypeError(f"jumlah hari kerja paling banyak {MAX_DAYS}: {value}")
    return value


def _zone(text: str) -> str:
    try:
        return resolve_zone(text).key
    except UnknownTimeZone as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"jam tidak sah: {text!r}. Contoh: 16:00.") from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal tidak sah: {text!r}. Contoh: 2026-03-25.") from None


def _added(text: str) -> Override:
    parts = text.split(":", 2)
    day = _day(parts[0])
    kind_text = parts[1].strip().lower() if len(parts) > 1 and parts[1].strip() else "daerah"
    kind = _KIND_ALIASES.get(kind_text)
    if kind is None:
        raise argparse.ArgumentTypeError(
            f"jenis hari libur tidak dikenal: {kind_text!r}. Pilih: nasional, cuti, daerah, lainnya."
        )
    name = parts[2].strip() if len(parts) > 2 else ""
    return Override(day, name or kind.label.capitalize(), kind, "tambahan dari baris perintah")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description=(
            "Hitung jatuh tempo permohonan informasi (UU KIP Pasal 22): hari diterima adalah "
            "hari ke-0, lalu dihitung N hari kerja. Baris terakhir keluaran adalah tanggal "
            "jatuh tempo (YYYY-MM-DD)."
        ),
    )
    p.add_argument("--diterima", required=True, type=_received, metavar="WAKTU",
                   help="waktu permohonan diterima, ISO 8601, mis. 2026-03-16T09:00 "
                        "(tanpa zona = waktu setempat kantor)")  # fmt: skip
    p.add_argument("--hari", required=True, type=_days, metavar="N",
                   help="jumlah hari kerja (10; 17 dengan perpanjangan; 30 untuk keberatan)")  # fmt: skip
    p.add_argument("--zona", default="Asia/Jakarta", type=_zone, metavar="ZONA",
                   help="zona waktu kantor: Asia/Jakarta (WIB, bawaan), Asia/Makassar "
                        "(WITA), Asia/Jayapura (WIT)")  # fmt: skip
    cuti = p.add_mutually_exclusive_group()
    cuti.add_argument("--cuti-bersama-libur", dest="cuti_bersama_off", action="store_true",
                      default=True, help="cuti bersama bukan hari kerja (bawaan)")  # fmt: skip
    cuti.add_argument("--cuti-bersama-kerja", dest="cuti_bersama_off", action="store_false",
                      help="cuti bersama dihitung sebagai hari kerja")  # fmt: skip
    p.add_argument("--sabtu-kerja", action="store_true",
                   help="Sabtu dihitung sebagai hari kerja (kantor 6 hari kerja)")  # fmt: skip
    p.add_argument("--jam-tutup", type=_clock, default=None, metavar="JJ:MM",
                   help="jam tutup layanan; permohonan yang diterima pada jam ini atau "
                        "sesudahnya dianggap diterima esok hari (bawaan: tidak ada)")  # fmt: skip
    p.add_argument("--libur", type=_added, action="append", default=[],
                   metavar="TANGGAL[:JENIS[:NAMA]]",
                   help="tambah hari libur (JENIS: nasional, cuti, daerah, lainnya; "
                        "bawaan daerah); boleh diulang")  # fmt: skip
    p.add_argument("--bukan-libur", type=_day, action="append", default=[], metavar="TANGGAL",
                   help="hapus hari libur/cuti bersama pada tanggal itu; boleh diulang")  # fmt: skip
    p.add_argument("--jelaskan", action="store_true",
                   help="cetak juga kalimat penjelasan jatuh tempo")  # fmt: skip
    return p


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the calculator; returns the exit code (0 ok, 2 bad input)."""
    out = stdout or sys.stdout
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except _Exit as exc:
        return exc.code
    received: datetime = args.diterima
    days: int = args.hari
    local_year = received.astimezone(resolve_zone(args.zona)).year if received.tzinfo else received.year
    years = range(local_year, local_year + days // 200 + 2)
    overrides = [*args.libur, *(Override(d, remove=True) for d in args.bukan_libur)]
    try:
        calendar = Calendar.from_holidays(
            years,
            overrides,
            cuti_bersama_off=args.cuti_bersama_off,
            saturday_off=not args.sabtu_kerja,
        )
        deadline = add_working_days(calendar, received, days, args.zona, cutoff=args.jam_tutup)
    except (CalendarRangeError, ValueError) as exc:
        print(f"{PROG}: galat: {exc}", file=sys.stderr)
        return 2
    for skipped in deadline.skipped:
        print(skipped.line(), file=out)
    for note in deadline.notes:
        print(f"catatan: {note}", file=out)
    if args.jelaskan:
        print(deadline.explain(), file=out)
        print(f"versi kalender: {deadline.calendar_version}", file=out)
    print(deadline.due.isoformat(), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
