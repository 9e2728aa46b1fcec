"""Personal data is removed from a text before the PPID publishes it (sigap/lib/redaction.py)."""

from __future__ import annotations

import pytest

from sigap.lib.redaction import REMOVED, redact_personal_data


@pytest.mark.parametrize(
    "personal",
    [
        "3321014501900001",
        "3321 0145 0190 0001",
        "0812-3456-7890",
        "+62 812 3456 7890",
        "(0291) 685 123",
        "siti.rahayu@example.id",
    ],
)
def test_patterns_are_removed(personal):
    assert redact_personal_data(f"Hubungi {personal} segera.") == f"Hubungi {REMOVED} segera."


def test_the_requesters_name_and_address_are_removed_but_the_place_name_stays():
    text = "Ibu Siti Rahayu dari Jl. Sultan Fatah No. 12, Demak meminta data. Siti akan datang ke Demak."
    out = redact_personal_data(text, name="Siti Rahayu", addresses=["Jl. Sultan Fatah No. 12, Demak"])
    assert "Siti" not in out and "Rahayu" not in out and "Sultan Fatah" not in out
    assert "ke Demak" in out


def test_amounts_years_and_register_numbers_stay():
    text = "Anggaran Rp 1.000.000 tahun 2026, nomor 001/PPID/DEMAK/2026."
    assert redact_personal_data(text) == text
