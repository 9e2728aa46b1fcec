"""`sigap replay` streams a recorded scenario into the live pipeline; the demo's scenarios each
escalate at a sensible moment."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command

from sigap.core.models import Office
from sigap.issues.models import Issue
from sigap.monitoring.models import Document, Watchlist

FLOOD = [
    "Tanggul Sungai Wulan jebol, banjir merendam desa di Demak. Warga mengungsi, satu korban meninggal.",
    "Banjir Demak makin parah setelah tanggul Sungai Wulan jebol, ribuan warga mengungsi, korban bertambah.",
    "Tanggul jebol di Demak, banjir setinggi dada. Warga minta evakuasi, korban meninggal dunia satu orang.",
    "Korban banjir Demak belum dapat bantuan, tanggul Sungai Wulan jebol sejak pagi, pengungsi kedinginan.",
    "Banjir besar di Demak, tanggul Sungai Wulan jebol. Evakuasi warga terus berjalan, korban jiwa bertambah.",
    "Pemkab Demak lamban, banjir akibat tanggul Sungai Wulan jebol, pengungsi kekurangan makanan dan selimut.",
]


@pytest.fixture
def recording(tmp_path):
    start = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    lines = [
        json.dumps(
            {
                "id": f"r{i}",
                "text": t,
                "published_at": (start + timedelta(minutes=7 * i)).isoformat(),
                "channel": "x",
                "author": f"warga{i}",
                "source": "X Demak",
            }
        )
        for i, t in enumerate(FLOOD)
    ]
    lines.insert(2, "{bukan json")
    path = tmp_path / "banjir.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_replay_plays_into_a_drill_copy_of_the_office_and_reports_bad_lines(source, recording, capsys):
    demak = source.office
    Watchlist.objects.create(office=demak, name="Banjir Demak", query="banjir AND Demak")
    call_command("replay", str(recording), "--speed", "0", "--office", "demak")
    out, err = capsys.readouterr()
    assert "Dibaca 7, disimpan 6, ditolak 1" in out and "baris 3" in err
    drill = Office.objects.get(drill_of=demak)
    assert drill.slug in out
    docs = list(Document.objects.order_by("published_at"))
    assert len(docs) == 6 and docs[1].published_at - docs[0].published_at == timedelta(minutes=7)
    assert {d.source.office_id for d in docs} == {drill.pk}  # the real office's source stays empty
    assert datetime.now(UTC) - docs[-1].published_at < timedelta(minutes=15)
    assert Issue.objects.get(office=drill).doc_count == 6
    assert not Issue.objects.filter(office=demak).exists()


def test_replay_of_a_missing_file_says_so(offices):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Berkas tidak ditemukan"):
        call_command("replay", "/tmp/tidak-ada.jsonl", "--speed", "0", "--office", "demak")


def test_replay_into_an_unknown_office_says_so(offices, recording):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="tidak ada"):
        call_command("replay", str(recording), "--speed", "0", "--office", "tidak-ada")


def _levels(issue, end):
    return [(c.to_level, round((end - c.at).total_seconds() / 3600, 1)) for c in issue.level_changes.all()]


@pytest.mark.slow
def test_each_demo_scenario_escalates_at_a_sensible_moment(db):
    """The demo's three scenarios, played in 10-minute steps (hours before the end of the stream):

    * banjir-demak: rain from 54 h, the embankment breaks at 33 h, the peak at ~30 h;
    * demo-bbm: the price rise at 47.6 h, the call to protest at 38.8 h, the protest from ~4 h;
    * hoaks-bansos: the hoax from 23.6 h, the victims go viral at 16.6 h, the clarification at 14 h.
    """
    from sigap.demo import content
    from sigap.demo.loader import load_stream, load_structure

    end = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)  # 12:00 WIB
    load_stream(load_structure(), end=end)
    milestones = {s["key"]: s["milestones"] for s in content.scenarios(end)}

    flood = Issue.objects.filter(office__slug="demak").order_by("-score").first()
    assert "banjir" in flood.title.lower()
    assert {o.slug for o in flood.offices.all()} == {"demak", "jateng"}  # one issue, seen by the province too
    levels = _levels(flood, end)
    assert [level for level, _ in levels] == ["isu", "kasus", "krisis"]
    breach = milestones["banjir-demak"]["tanggul_jebol"]
    isu, kasus, krisis = (hours for _, hours in levels)
    assert breach >= isu >= breach - 2  # noticed within two hours of the breach
    assert breach >= kasus >= breach - 3 and breach >= krisis >= breach - 4  # a crisis within hours

    hoax = Issue.objects.filter(office__slug="kemensos").order_by("-score").first()
    assert "bansos" in hoax.title.lower()
    m = milestones["hoaks-bansos"]
    levels = [(level, hours) for level, hours in _levels(hoax, end) if hours <= m["hoaks_pertama_facebook"]]
    assert [level for level, _ in levels] == ["isu", "kasus", "krisis"]
    assert m["hoaks_pertama_facebook"] >= levels[0][1] >= m["korban_viral"]  # noticed as it spreads
    assert m["korban_viral"] + 2 >= levels[2][1] >= m["klarifikasi_kemensos"]  # a crisis before the clarification

    fuel = Issue.objects.filter(office__slug="jateng", title__icontains="bbm").order_by("-score").first()
    levels = _levels(fuel, end)
    m = milestones["demo-bbm"]
    assert [level for level, _ in levels] == ["isu", "kasus"]  # a protest that harms no one stays a case
    assert (
        m["kenaikan_diumumkan"] >= levels[0][1] >= levels[1][1] >= m["seruan_aksi"]
    )  # a case before the call to protest
