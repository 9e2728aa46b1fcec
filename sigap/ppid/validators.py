"""Checks on what the public submits: NIK structure and attachment content (not just the file name)."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Province codes of the Kemendagri region code (first two NIK digits), incl. the new Papua provinces.
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
     61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97}
)  # fmt: skip
_NIK = re.compile(r"\d{16}")


def nik_problem(value: str) -> str | None:
    """Why a NIK is implausible (Indonesian), or None.

    Structure: PP KK CC (province, regency/city, district) DD MM YY (birth date; women +40 on
    the day) NNNN (serial, not 0000).
    """
    nik = re.sub(r"[\s.-]", "", value or "")
    if not _NIK.fullmatch(nik):
        return _("A NIK has exactly 16 digits.")
    if int(nik[:2]) not in PROVINCE_CODES:
        return _("The first two digits of the NIK are not a province code.")
    if nik[2:4] == "00" or nik[4:6] == "00":
        return _("Digits 3–6 of the NIK must be a regency/city and district code.")
    day, month = int(nik[6:8]), int(nik[8:10])
    if day > 40:
        day -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return _("Digits 7–12 of the NIK must be a date of birth (DDMMYY; women add 40 to the day).")
    if nik[12:] == "0000":
        return _("The last four digits of the NIK cannot be 0000.")
    return None


def validate_nik(value: str) -> str:
    problem = nik_problem(value)
    if problem:
        raise ValidationError(problem, code="nik")
    return re.sub(r"[\s.-]", "", value)


ALLOWED_TYPES = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}


def sniff(head: bytes) -> str | None:
    for content_type, magics in ALLOWED_TYPES.items():
        if any(head.startswith(m) for m in magics):
            return content_type
    return None


def check_upload(upload, max_mb: int) -> str:
    """The content type of an acceptable upload; refuses too-large files and anything not PDF/JPG/PNG."""
    if upload.size > max_mb * 1024 * 1024:
        raise ValidationError(
            _("“%(name)s” is too large: the limit is %(limit)s MB per file.") % {"name": upload.name, "limit": max_mb},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    content_type = sniff(head)
    if content_type is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, JPG or PNG file (the content was checked, not only the name).")
            % {"name": upload.name},
            code="file_type",
        )
    return content_type
