"""Crisis demo: the Demak flood run end to end (declared from the demo's flood issue, holding
statement approved by demak.pimpinan and published, a press release, tasks, evaluation) and
one drill. Idempotent: does nothing when the demo crisis exists."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sigap.core.models import AuditEvent, Office
from sigap.issues.models import Issue
from sigap.lib.waktu import format_datetime

from . import actions
from .models import Crisis, Message, MessageKind, Playbook, Publication, PublishChannel, fill

TITLE = "Banjir akibat tanggul Sungai Wulan jebol"
DRILL_TITLE = "Simulasi kebocoran data penerima bansos"

HOUSE = {
    "overarching": "Pemkab Demak mengutamakan keselamatan warga dan hadir di setiap titik banjir Sungai Wulan.",
    "keys": [
        {
            "text": "Warga di sekitar tanggul yang jebol sudah dievakuasi ke posko aman dan tidak ada korban jiwa.",
            "proofs": [
                "Data BPBD Demak pukul 08.00 WIB",
                "Posko Balai Desa Ketanjung",
                "Tim SAR gabungan siaga 24 jam",
            ],
        },
        {
            "text": "Bantuan makanan, air bersih dan layanan kesehatan tersedia di semua posko pengungsian.",
            "proofs": ["Dapur umum Dinas Sosial", "Puskesmas keliling", "PMI Kabupaten Demak"],
        },
        {
            "text": "Perbaikan darurat tanggul dikerjakan bersama BBWS Pemali-Juana; informasi resmi hanya dari kanal Pemkab.",
            "proofs": ["Alat berat BBWS di lokasi", "Karung pasir 5.000 buah", "Situs web demakkab.go.id"],
        },
    ],
}


# The team writes the library template's blanks in before sending a statement for review (the
# approval refuses a text with "[fakta yang sudah diverifikasi]" or "{juru_bicara}" left in it).
HOLDING = (
    "PERNYATAAN AWAL {instansi}\n\n"
    "Pada {waktu}, {instansi} menerima laporan mengenai {kejadian}. Kami menyampaikan keprihatinan "
    "yang mendalam kepada warga yang terdampak.\n\n"
    "Yang sudah kami ketahui: tanggul Sungai Wulan jebol sepanjang kurang lebih 50 meter dan permukiman "
    "di beberapa desa tergenang. Warga di sekitar tanggul sudah dievakuasi; tidak ada korban jiwa.\n"
    "Yang belum kami ketahui: penyebab jebolnya tanggul dan jumlah rumah yang rusak; BPBD Kabupaten Demak "
    "masih mendata.\n"
    "Yang sedang kami lakukan: Tim SAR gabungan siaga 24 jam, posko pengungsian dibuka di Balai Desa "
    "Ketanjung, dan perbaikan darurat tanggul dikerjakan bersama BBWS Pemali-Juana.\n\n"
    "Informasi resmi hanya melalui situs web demakkab.go.id dan akun media sosial resmi {instansi}. "
    "Pembaruan berikutnya akan kami sampaikan pada {pembaruan_berikutnya}.\n\n"
    "Juru bicara: {juru_bicara}"
)
FAQ = (
    "T: Di mana posko pengungsian?\nJ: Balai Desa Ketanjung dan lima posko lain; daftarnya ada di "
    "demakkab.go.id.\n\nT: Nomor darurat yang dapat dihubungi?\nJ: Layanan darurat 112 (BPBD, Damkar "
    "dan PMI terhubung melalui nomor ini).\n\nT: Kapan pembaruan berikutnya?\nJ: {pembaruan_berikutnya}."
)
DRILL_HOLDING = (
    "PERNYATAAN AWAL {instansi}\n\n"
    "Pada {waktu}, {instansi} menerima laporan mengenai dugaan kebocoran data penerima bantuan sosial. "
    "Kami memohon maaf kepada warga yang datanya mungkin terdampak.\n\n"
    "Yang sudah kami ketahui: sebagian data penerima bansos (nama dan NIK) dapat diakses tanpa izin "
    "melalui aplikasi pendataan.\n"
    "Yang belum kami ketahui: jumlah data yang terdampak dan sejak kapan celah itu terbuka; tim TI "
    "bersama BSSN masih memeriksa.\n"
    "Yang sedang kami lakukan: aplikasi pendataan kami tutup sementara, kata sandi petugas diganti, "
    "dan kejadian ini kami laporkan ke Kementerian Kominfo.\n\n"
    "Jangan berikan kode OTP atau kata sandi kepada siapa pun yang mengaku petugas. Informasi resmi hanya "
    "melalui situs web dan akun media sosial resmi {instansi}. Pembaruan berikutnya akan kami sampaikan "
    "pada {pembaruan_berikutnya}.\n\n"
    "Juru bicara: {juru_bicara}"
)


def _write(message: Message, text: str, *, actor, at) -> None:
    """Save the completed text as the team's new version, dated when the team wrote it."""
    crisis = message.crisis
    values = crisis.placeholder_values()
    tz = crisis.office.time_zone or timezone.get_current_timezone_name()
    values["pembaruan_berikutnya"] = format_datetime(at + timedelta(hours=6), tz)
    with _dated(at):
        message.save_draft(actor=actor, base_version=message.version, title=message.title, body=fill(text, values))
    message.versions.filter(number=message.version).update(at=at)
    Message.objects.filter(pk=message.pk).update(updated_at=at)


def _mark() -> int:
    return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _date_since(mark: int, at: datetime) -> None:
    """Date the history written since ``mark`` at the scenario's time, not the time the demo was
    loaded (never later than now): the crisis page reads its timeline from the audit rows."""
    AuditEvent.objects.filter(pk__gt=mark).update(at=min(at, timezone.now()))


@contextmanager
def _dated(at: datetime) -> Iterator[None]:
    mark = _mark()
    yield
    _date_since(mark, at)


def _user(username: str):
    return get_user_model().objects.filter(username=username).first()


@transaction.atomic
def load() -> int:
    office = Office.objects.filter(slug="demak").first()
    if office is None or Crisis.objects.filter(office=office, title=TITLE).exists():
        return 0

    actions.ensure_library()

    team, leader, analyst = _user("demak.krisis"), _user("demak.pimpinan"), _user("demak.analis")
    crisis_issues = Issue.objects.filter(office=office, level="krisis").order_by("-score")
    issue = (
        crisis_issues.filter(Q(title__icontains="wulan") | Q(title__icontains="banjir")).first()
        or crisis_issues.first()
    )
    playbook = Playbook.objects.filter(office=None, key="banjir").first()
    declared = (
        issue.level_changes.filter(to_level="krisis").order_by("at").values_list("at", flat=True).first()
        if issue
        else None
    ) or timezone.now() - timedelta(days=2)
    mark = _mark()
    crisis = actions.open_crisis(
        office,
        actor=team,
        title=TITLE,
        issue=issue,
        playbook=playbook,
        severity=4,
        summary="Tanggul Sungai Wulan jebol; permukiman di beberapa desa tergenang.",
        declared_at=declared,
    )
    for user, role in ((team, "spokesperson"), (analyst, "analyst"), (leader, "approver")):
        if user is not None:
            actions.add_team_member(crisis, user, role, actor=team)
    actions.add_fact(
        crisis,
        actor=analyst or team,
        statement="Tanggul Sungai Wulan jebol sepanjang kurang lebih 50 meter.",
        source="BPBD Kabupaten Demak",
    )
    actions.add_fact(
        crisis,
        actor=analyst or team,
        statement="Sekitar 1.200 warga mengungsi di 6 posko.",
        source="Dinas Sosial Kabupaten Demak",
    )
    actions.create_message(
        crisis, actor=team, kind=MessageKind.MESSAGE_HOUSE, title="Rumah pesan banjir Sungai Wulan", data=HOUSE
    )
    _date_since(mark, declared)
    website = PublishChannel.objects.get_or_create(office=office, kind="website", name="demakkab.go.id")[0]
    instagram = PublishChannel.objects.get_or_create(office=office, kind="social", name="Instagram @pemkabdemak")[0]

    holding = crisis.messages.get(kind=MessageKind.HOLDING)
    _write(holding, HOLDING, actor=team, at=declared + timedelta(minutes=35))
    for faq in crisis.messages.filter(kind=MessageKind.FAQ):
        _write(faq, FAQ, actor=team, at=declared + timedelta(minutes=90))
    with _dated(declared + timedelta(minutes=40)):
        holding.submit(actor=team)
    with _dated(declared + timedelta(minutes=45)):
        holding.approve(actor=leader)
    for channel, minutes in ((website, 48), (instagram, 52)):
        with _dated(declared + timedelta(minutes=minutes)):
            pub = actions.publish(
                holding,
                actor=team,
                kind=channel.kind,
                channel=channel,
                url="https://demakkab.go.id/berita/pernyataan-awal-banjir",
            )
        Publication.objects.filter(pk=pub.pk).update(published_at=declared + timedelta(minutes=minutes))
    holding.published_at = declared + timedelta(minutes=48)
    holding.save(update_fields=["published_at"])

    mark = _mark()
    release = actions.create_message(
        crisis,
        actor=team,
        kind=MessageKind.PRESS_RELEASE,
        title="Siaran pers: penanganan banjir Sungai Wulan hari kedua",
        body=(
            "Pemkab Demak bersama BPBD dan BBWS Pemali-Juana melanjutkan perbaikan darurat tanggul Sungai Wulan. "
            "Sekitar 1.200 warga berada di 6 posko dengan dapur umum dan layanan kesehatan. Tidak ada korban jiwa. "
            "Warga diimbau mengikuti informasi resmi di demakkab.go.id."
        ),
    )
    release.submit(actor=team)
    release.approve(actor=leader)
    actions.publish(release, actor=team, kind="press", label="Konferensi pers Pendopo Kabupaten")
    actions.publish(release, actor=team, kind="website", channel=website)
    for task in crisis.tasks.filter(phase="awal"):
        task.complete(actor=team)
    crisis.move_phase("pemeliharaan", actor=team, reason="Pengungsi tertangani; pembaruan berkala tiap 6 jam.")
    _date_since(mark, declared + timedelta(days=1))
    with _dated(declared + timedelta(days=2)):
        crisis.move_phase("resolusi", actor=team, reason="Tanggul darurat selesai, air surut.")
    with _dated(declared + timedelta(days=3)):
        crisis.move_phase("evaluasi", actor=team, reason="Evaluasi pascakrisis.")
    crisis.save_evaluation(
        actor=team,
        lessons="Pernyataan awal terbit dalam golden hour berkat templat siap pakai. "
        "Data pengungsi dari BPBD dan Dinsos sempat berbeda; perlu satu sumber data.",
        follow_ups="Sepakati satu dasbor data pengungsi dengan BPBD. Latihan tim krisis tiap triwulan.",
    )
    kemensos = Office.objects.filter(slug="kemensos").first()
    if kemensos is not None:
        mark = _mark()
        actions.invite_partner(crisis, kemensos, actor=team)
        actions.record_partner_statement(
            crisis,
            kemensos,
            actor=team,
            text="Kemensos mengirim bantuan logistik dan layanan kesehatan ke posko pengungsian banjir Demak.",
        )
        _date_since(mark, declared + timedelta(hours=20))

    drill = actions.open_crisis(
        office,
        actor=team,
        title=DRILL_TITLE,
        drill=True,
        playbook=Playbook.objects.filter(office=None, key="kebocoran-data").first(),
        severity=3,
        summary="Latihan tim krisis: skenario kebocoran data.",
    )
    if team is not None:
        actions.add_team_member(drill, team, "spokesperson", actor=team)
    drill_holding = drill.messages.get(kind=MessageKind.HOLDING)
    _write(drill_holding, DRILL_HOLDING, actor=team, at=timezone.now())
    drill_holding.submit(actor=team)
    drill_holding.approve(actor=leader)
    actions.publish(drill_holding, actor=team, kind="website")
    return 2
