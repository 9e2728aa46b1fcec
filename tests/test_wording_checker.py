"""The wording checker of the browser page walk (tests/helpers/wording.py) names what a person should
not read and passes the Indonesian forms the house writes."""

from __future__ import annotations

import pytest
from helpers.wording import findings


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Riwayat: crisis_task.overdue: open → overdue", "audit code: 'crisis_task.overdue'"),
        ("ppid_request.registered → registered", "audit code: 'ppid_request.registered'"),
        ("Isu issue.level_changed kemarin", "audit code: 'issue.level_changed'"),
        ("Alasan: region:33.21, watchlist:5", "machine tag: 'region:33.21'"),
        ("Alasan: region:33.21, watchlist:5", "machine tag: 'watchlist:5'"),
        ("Dibuat 2026-12-05 oleh analis", "ISO date: '2026-12-05'"),
        ("Dibuat 2026-12-05T23:15", "ISO date: '2026-12-05T23:15'"),
        ("Terbit 7 Des 11:35", "time with a colon: '11:35'"),
        ("Sinyal: velocity, crisis_cues", "snake_case key: 'crisis_cues'"),
        ("Sinyal: velocity, crisis_cues", "English word: 'velocity'"),
        ("(skor 38; score 37.9 ≥ 25)", "English word: 'score'"),
        ("Office: Demak", "English word: 'Office:'"),
        ("Save Cancel", "English word: 'Cancel'"),
        ("Perubahan: Change recorded", "English word: 'Change recorded'"),
        ("Dianalisis oleh sigap-neardup-minhash 1.1.0", "version: '1.1.0'"),
        ("diambil dari paket holidays 0.109", "version: '0.109'"),
        ("Ada 1563 dokumen hari ini", "count without thousands dot: '1563 dokumen'"),
        ("Ada 1,563 permohonan", "count without thousands dot: '1,563 permohonan'"),
    ],
)
def test_a_problem_is_named(text, finding):
    assert finding in findings(text)


def test_a_number_cell_without_its_thousands_dot_is_named():
    assert findings("", number_cells=["1563", "1.563", "12,5", "87"]) == ["number cell without thousands dot: '1563'"]


@pytest.mark.parametrize(
    "text",
    [
        "7 Des 2026 11.35 WIB",
        "Diterima 7 Desember 2026",
        "Ada 1.563 dokumen dan 12 permohonan, 1.563.000 tayangan",
        "Telepon (0291) 685877, surel ppid@demakkab.go.id",
        "Unduh lk.pdf atau unggahan.jsonl dari https://demakkab.go.id/ppid",
        "Status: Selesai. Data: Detail, Media online, Total 5",
        "Skor 38 dari ambang 25; tahun 2026",
        "Kode lacak PPID-2026-00012",
        "Catatan: tanggul jebol",
    ],
)
def test_indonesian_text_passes(text):
    assert findings(text) == []
