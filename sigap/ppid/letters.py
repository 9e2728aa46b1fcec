"""Editable letter texts: plain text with named placeholders, filled with escaped values.

An office's ``LetterTemplate.body`` is *not* Django template syntax (officers must not be able to
reach objects, filters or tags): it is parsed with :class:`string.Formatter`, only the names in
``PLACEHOLDERS`` are accepted, and every value is HTML-escaped before the text goes into the PDF.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sigap.lib.waktu import format_date_long as format_date
from sigap.lib.waktu import zone_abbreviation

from .calendar import office_zone
from .workflow import Outcome

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# name → what it holds (shown on the editing page)
PLACEHOLDERS: dict[str, StrOrPromise] = {
    "nomor_pendaftaran": _("registration number of the request"),
    "tanggal_diterima": _("date the request was received"),
    "jatuh_tempo": _("due date (written notice; for an objection receipt: the superior's answer)"),
    "penjelasan_tenggat": _("how the due date was computed"),
    "rincian_informasi": _("information requested"),
    "tujuan_penggunaan": _("purpose of use"),
    "nama_pemohon": _("requester's name"),
    "alamat_pemohon": _("requester's address"),
    "kode_pelacakan": _("tracking code for the portal"),
    "keputusan": _("decision (written notice or objection)"),
    "alasan": _(
        "reasons: of the extension, the refusal (Pasal 17 and consequence test), the blacking out, or the objection grounds"
    ),
    "biaya": _("cost (Rp)"),
    "nomor_keberatan": _("objection number"),
    "jangka_waktu": _("the period behind the due date of the written notice (with the extension once extended)"),
    "nama_instansi": _("name of the public body"),
    "tanggal_surat": _("date of the letter"),
    "nama_pejabat": _("signatory name"),
    "jabatan_pejabat": _("signatory position"),
}


def _allowed_list() -> str:
    return ", ".join("{" + name + "}" for name in PLACEHOLDERS)


def placeholder_errors(body: str) -> str | None:
    """An Indonesian message when the text uses anything but the known placeholders, else None."""
    try:
        parsed = list(string.Formatter().parse(body))
    except ValueError:
        return gettext(
            "Curly braces must come in pairs around a placeholder, e.g. {nomor_pendaftaran}. "
            "Write {{ or }} for a brace on its own. Allowed placeholders: %(allowed)s."
        ) % {"allowed": _allowed_list()}
    unknown = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            shown = "{" + field + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            if shown not in unknown:
                unknown.append(shown)
    if unknown:
        return gettext("Unknown placeholder: %(unknown)s. Allowed placeholders: %(allowed)s.") % {
            "unknown": ", ".join(unknown),
            "allowed": _allowed_list(),
        }
    return None


def fill(body: str, values: dict[str, str]) -> SafeString:
    """The body as HTML paragraphs: literal text and values both escaped; unknown names left empty."""
    out = []
    for literal, field, _spec, _conversion in string.Formatter().parse(body):
        out.append(escape(literal))
        if field is not None:
            out.append(escape(str(values.get(field, "") or "")))
    return mark_safe(linebreaks("".join(out), autoescape=False))  # noqa: S308 - every part escaped above


def notice_period(req) -> str:
    """The working days behind the request's due date, as it was computed: 10, or 10 + 7 once extended."""
    start = "dicatat" if req.clock_start != req.received_at else "diterima"
    text = f"{req.base_days} hari kerja sejak permohonan {start}"
    if req.extension_days:
        return f"{text} ditambah perpanjangan {req.extension_days} hari kerja, UU 14/2008 Pasal 22 ayat (7) dan (8)"
    return (
        f"{text}, UU 14/2008 Pasal 22 ayat (7); dapat diperpanjang paling lama "
        f"{req.regulation.extension_days} hari kerja dengan alasan tertulis"
    )


def moment_long(moment, office) -> str:
    """``16 Maret 2026 pukul 09.00 WIB``: a moment in a letter, in the office's zone."""
    zone = office_zone(office)
    local = timezone.localtime(moment, zone)
    return f"{format_date(local)} pukul {local:%H.%M} {zone_abbreviation(zone.key, local)}"


def values_for(kind: str, obj, letterhead=None) -> dict[str, str]:
    """The placeholder values of one letter (``obj``: the request, or the objection for its receipt)."""
    objection = obj if kind == "objection_receipt" else None
    req = obj.request if objection is not None else obj
    zone = office_zone(req.office)

    def local_date(moment) -> str:
        return format_date(moment, zone.key) if moment else ""

    decision, reasons = "", ""
    if kind in ("notice", "refusal") and req.outcome:
        decision = str(req.get_outcome_display())
        if req.outcome == Outcome.REFUSED:
            test = req.consequence_test or (req.dik_entry.consequence_test if req.dik_entry_id else None)
            reasons = f"UU 14/2008 Pasal 17 huruf {req.refusal_ground} ({req.get_refusal_ground_display()})"
            if test is not None:
                reasons += (
                    f"; dasar hukum: {test.legal_basis}; uji konsekuensi: {test.consequence}; "
                    f"dikecualikan sampai {format_date(test.exempt_until)}"
                )
        elif req.outcome == Outcome.PARTLY_GRANTED:
            reasons = req.redaction_notes
        elif req.outcome == Outcome.NOT_HELD:
            reasons = f"Informasi dikuasai oleh {req.holder}"
        elif req.outcome == Outcome.NOT_DOCUMENTED and req.documented_by:
            reasons = f"Informasi akan didokumentasikan paling lambat {format_date(req.documented_by)}"
        if req.notice_text and req.outcome != Outcome.REFUSED:
            decision += f": {req.notice_text}"
    elif kind == "extension":
        reasons = req.extension_reason
    elif objection is not None:
        decision = str(objection.get_status_display())
        reasons = "; ".join(objection.ground_labels())
        if objection.case_summary:
            reasons += f". {objection.case_summary}"

    letter_date = {
        "notice": req.notified_at,
        "refusal": req.notified_at,
        "extension": req.extended_at,
        "objection_receipt": objection.received_at if objection else None,
    }.get(kind)
    due = objection.due_date if objection is not None else req.due_date
    explanation = objection.explain_deadline() if objection is not None else req.explain_deadline()
    return {
        "nomor_pendaftaran": req.number,
        "tanggal_diterima": local_date(req.received_at),
        "jatuh_tempo": format_date(due) if due else "",
        "penjelasan_tenggat": explanation,
        "rincian_informasi": req.information,
        "tujuan_penggunaan": (objection.purpose if objection is not None else "") or req.purpose,
        "nama_pemohon": req.name,
        "alamat_pemohon": req.address,
        "kode_pelacakan": req.tracking_code,
        "keputusan": decision,
        "alasan": reasons,
        "biaya": f"{req.cost:,.0f}".replace(",", "."),
        "nomor_keberatan": objection.number if objection is not None else "",
        "jangka_waktu": notice_period(req) if req.due_date else "",
        "nama_instansi": req.office.name,
        "tanggal_surat": local_date(letter_date) if letter_date else format_date(timezone.localdate(timezone=zone)),
        "nama_pejabat": letterhead.signatory_name if letterhead else "",
        "jabatan_pejabat": letterhead.signatory_position if letterhead else "",
    }


# Starting texts offered on the editing page (the built-in PDF layouts in templates/ppid/pdf/ are the
# default until an office saves its own text).
STARTER_BODIES: dict[str, str] = {
    "receipt": (
        "Nomor pendaftaran: {nomor_pendaftaran}\n"
        "Tanggal diterima: {tanggal_diterima}\n"
        "Nama pemohon: {nama_pemohon}\n"
        "Rincian informasi yang dibutuhkan: {rincian_informasi}\n"
        "Tujuan penggunaan informasi: {tujuan_penggunaan}\n"
        "Kode pelacakan: {kode_pelacakan}\n\n"
        "Pemberitahuan tertulis akan diberikan paling lambat {jatuh_tempo} ({jangka_waktu}).\n"
        "{penjelasan_tenggat}"
    ),
    "notice": (
        "Berdasarkan permohonan informasi tanggal {tanggal_diterima} dengan nomor pendaftaran {nomor_pendaftaran} "
        "atas nama {nama_pemohon}, mengenai:\n{rincian_informasi}\n\n"
        "Pemberitahuan kami: {keputusan}\n"
        "Keterangan: {alasan}\n"
        "Biaya: Rp {biaya}\n\n"
        "Apabila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 hari kerja "
        "sejak alasan keberatan timbul (UU 14/2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1))."
    ),
    "extension": (
        "Yth. {nama_pemohon},\n\n"
        "Sehubungan dengan permohonan informasi nomor {nomor_pendaftaran} tanggal {tanggal_diterima}, jangka waktu "
        "pemberitahuan tertulis diperpanjang sesuai UU 14/2008 Pasal 22 ayat (8), dengan alasan:\n{alasan}\n\n"
        "Pemberitahuan tertulis akan kami sampaikan paling lambat {jatuh_tempo} ({jangka_waktu}). Apabila sampai "
        "tanggal tersebut Anda belum menerima pemberitahuan tertulis, Anda dapat mengajukan keberatan kepada Atasan "
        "PPID (UU 14/2008 Pasal 35 ayat (1) huruf c dan g)."
    ),
    "refusal": (
        "Permohonan informasi nomor {nomor_pendaftaran} atas nama {nama_pemohon}, mengenai:\n{rincian_informasi}\n\n"
        "PPID memutuskan bahwa informasi yang dimohon adalah informasi yang dikecualikan berdasarkan {alasan}.\n\n"
        "Jika Pemohon keberatan atas penolakan ini, Pemohon dapat mengajukan keberatan kepada Atasan PPID paling "
        "lambat 30 hari kerja sejak diterimanya keputusan ini (UU 14/2008 Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1))."
    ),
    "objection_receipt": (
        "Nomor registrasi keberatan: {nomor_keberatan}\n"
        "Nomor pendaftaran permohonan: {nomor_pendaftaran}\n"
        "Identitas pemohon: {nama_pemohon}, {alamat_pemohon}\n"
        "Alasan keberatan: {alasan}\n\n"
        "Atasan PPID memberikan tanggapan paling lambat {jatuh_tempo} (30 hari kerja sejak keberatan diterima, "
        "UU 14/2008 Pasal 36 ayat (2)).\n"
        "Apabila Anda tidak puas atas tanggapan Atasan PPID, atau tanggapan tidak diberikan dalam jangka waktu "
        "tersebut, Anda dapat mengajukan penyelesaian sengketa informasi kepada Komisi Informasi paling lambat 14 hari "
        "kerja (UU 14/2008 Pasal 37 ayat (2))."
    ),
}
