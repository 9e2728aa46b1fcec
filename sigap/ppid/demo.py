"""PPID demo data: requests in different states, DIP/DIK entries and a holiday override. Idempotent."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from sigap.core.models import Holiday, Office

from .actions import create_request, file_objection
from .models import ConsequenceTest, DIKEntry, DIPEntry, InformationRequest

REQUESTS = [
    ("Rina Wulandari", "Realisasi anggaran Dinas Kesehatan semester I", "Penelitian skripsi", 3, None),
    ("LSM Pantau Anggaran", "Kontrak pengadaan jalan kabupaten 2025", "Pengawasan publik", 12, "extend"),
    ("Agus Salim", "Daftar penerima bantuan sosial beserta NIK", "Verifikasi data", 20, "refuse"),
    ("Dewi Lestari", "Jadwal layanan posyandu per desa", "Informasi warga", 25, "deliver"),
]


@transaction.atomic
def load() -> int:
    created = 0
    Holiday.objects.get_or_create(
        date=date(timezone.localdate().year, 12, 31),
        name="Contoh libur daerah (demo)",
        defaults={
            "kind": "libur_daerah",
            "office": Office.objects.filter(slug="demak").first(),
            "legal_basis": "Contoh: Keputusan Bupati",
            "active": True,
        },
    )
    for slug in ("demak", "jateng", "kemensos"):
        office = Office.objects.filter(slug=slug).first()
        if office is None or InformationRequest.objects.filter(office=office).exists():
            continue
        test = ConsequenceTest.objects.create(
            office=office,
            document="Basis data penerima bantuan sosial",
            information="NIK dan alamat penerima",
            ground="h",
            legal_basis="UU 27/2022 tentang Pelindungan Data Pribadi; UU 14/2008 Pasal 17 huruf h",
            consequence="Membuka data pribadi dapat merugikan penerima",
            public_interest="Jumlah penerima per desa tetap dibuka",
            decided_on=date(2025, 1, 6),
            decree_number=f"SK PPID {slug.upper()}/01/2025",
            exempt_until=date(2030, 1, 6),
        )
        DIKEntry.objects.create(
            office=office,
            information="NIK dan alamat penerima bantuan sosial",
            ground="h",
            legal_basis=test.legal_basis,
            consequence=test.consequence,
            consequence_test=test,
            exempt_until=test.exempt_until,
        )
        DIPEntry.objects.create(
            office=office,
            summary="Laporan keuangan tahunan",
            holding_unit="Bagian Keuangan",
            responsible="Kepala Bagian Keuangan",
            made_when_where=f"2025, {office.name}",
            formats="PDF, cetak",
            retention="10 tahun",
            category="berkala",
            last_reviewed_on=date(2025, 1, 15),
        )
        DIPEntry.objects.create(
            office=office,
            summary="Peringatan dini banjir dan jalur evakuasi",
            holding_unit="BPBD",
            responsible="Kepala Pelaksana BPBD",
            made_when_where="Setiap kejadian",
            formats="Web, media sosial",
            retention="5 tahun",
            category="serta_merta",
        )
        now = timezone.now()
        for name, info, purpose, days_ago, action in REQUESTS:
            req, _ = create_request(
                office,
                {
                    "channel": "walk_in" if days_ago % 2 else "portal",
                    "name": name,
                    "nik": "3321014501900001",
                    "address": "Alamat demo",
                    "phone": "081200000000",
                    "email": "",
                    "information": info,
                    "purpose": purpose,
                    "received_at": now - timedelta(days=days_ago),
                },
            )
            if action == "extend" and not req.is_overdue:
                req.extend(None, "Dokumen berada di beberapa unit kerja.")
            elif action == "refuse":
                req.notify(
                    None, "refused", refusal_ground="h", consequence_test=test, notice_text="Data pribadi dikecualikan."
                )
                file_objection(req, {"grounds": ["a"], "case_summary": "Pemohon meminta data lengkap."})
            elif action == "deliver":
                req.notify(None, "granted", notice_text="Jadwal posyandu (PDF).", cost=0)
                req.deliver(None, "email")
            created += 1
    return created


__all__ = ["datetime"]
