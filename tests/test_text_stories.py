"""Online story clustering (sigap.text.stories) as a user of the dashboard would notice it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sigap.text import evaluate
from sigap.text.cli import main
from sigap.text.stories import StoryClusterer, StoryParams, to_hours

DATA = Path(__file__).resolve().parent / "data" / "stories"
T0 = datetime(2025, 3, 3, 5, 0, tzinfo=UTC)

DEMAK = [
    "Tanggul Sungai Wulan di Desa Ketanjung, Demak, jebol dini hari. Air merendam rumah warga.",
    "ya Allah tanggul wulan jebol, air udh masuk rumah sampe sepinggang 😭 #banjirdemak",
    "BPBD Demak mengevakuasi warga Ketanjung yang terjebak banjir akibat tanggul Sungai Wulan jebol.",
    "Jalur pantura Demak-Kudus lumpuh, banjir dari tanggul Sungai Wulan setinggi 70 cm.",
    "posko pengungsian banjir demak dibuka di balai desa ketanjung #banjirdemak",
]
FIRE = [
    "Kebakaran hebat melanda Pasar Sentral Kota Gorontalo, ratusan kios pedagang ludes.",
    "pasar sentral gorontalo kebakaran!! apinya gede bgt 🔥🔥",
    "Pedagang korban kebakaran Pasar Sentral Gorontalo berjualan di tenda darurat.",
]
OTHER_FLOOD = [
    "Banjir rob merendam Kelurahan Pasirsari, Kota Pekalongan, setinggi 60 sentimeter.",
    "pekalongan banjir rob lagi, jalan di pasirsari kayak kali 😩",
    "BPBD Kota Pekalongan memompa air banjir rob di Pasirsari dan Tirto.",
]


def feed(
    sc: StoryClusterer, texts: list[str], start: datetime, prefix: str, step: timedelta = timedelta(minutes=40)
) -> list[object]:
    return [sc.add(f"{prefix}{i}", t, start + i * step) for i, t in enumerate(texts)]


def test_same_event_shares_a_story_and_other_events_do_not() -> None:
    sc = StoryClusterer()
    demak = feed(sc, DEMAK, T0, "d")
    fire = feed(sc, FIRE, T0 + timedelta(hours=1), "f")
    assert len(set(demak)) == 1 and demak[0] == "d0"  # the story id is its first document
    assert len(set(fire)) == 1 and fire[0] == "f0"
    # a flood in another city, two days later, is another story
    other = feed(sc, OTHER_FLOOD, T0 + timedelta(days=2), "p")
    assert len(set(other)) == 1 and other[0] not in {demak[0], fire[0]}
    assert len(sc) == 3


def test_label_names_the_event() -> None:
    sc = StoryClusterer()
    sid = feed(sc, DEMAK, T0, "d")[0]
    fid = feed(sc, FIRE, T0, "f")[0]
    label = sc.label(sid)
    assert " · " in label
    assert "wulan" in label and "demak" in label
    assert "gorontalo" in sc.label(fid) and "pasar" in sc.label(fid)
    assert sc.label("no such story") == ""


def test_stories_expire_and_keep_their_label() -> None:
    sc = StoryClusterer()
    sid = feed(sc, DEMAK, T0, "d")[0]
    later = sc.add("late", DEMAK[0], T0 + timedelta(days=5))
    assert later == "late"  # the old story expired after 72 h without news
    assert sid not in sc.live_stories() and "late" in sc.live_stories()
    assert "wulan" in sc.label(sid)  # the archive keeps the label
    info = sc.info(sid)
    assert info is not None and info["live"] is False and info["size"] == len(DEMAK)


def test_copies_join_the_story_of_the_original() -> None:
    sc = StoryClusterer()
    sid = feed(sc, DEMAK[:2], T0, "d")[0]
    copy = sc.add("rt", "RT: sesuatu yang sama sekali lain", T0 + timedelta(hours=2), same_as="d1")
    assert copy == sid


def test_batches_and_one_by_one_agree_and_are_deterministic() -> None:
    texts = DEMAK + FIRE + OTHER_FLOOD
    times = [T0 + timedelta(minutes=30 * i) for i in range(len(texts))]
    ids = list(range(len(texts)))
    a = StoryClusterer().add_batch(ids, texts, times)
    b = StoryClusterer()
    one = [b.add(i, t, ts) for i, t, ts in zip(ids, texts, times, strict=True)]
    c = StoryClusterer()
    halves = c.add_batch(ids[:5], texts[:5], times[:5]) + c.add_batch(ids[5:], texts[5:], times[5:])
    assert a == one == halves
    assert [b.label(s) for s in set(one)] == [c.label(s) for s in set(one)]


def test_state_round_trip_resumes_exactly(tmp_path: Path) -> None:
    texts = DEMAK + FIRE + OTHER_FLOOD
    times = [T0 + timedelta(hours=3 * i) for i in range(len(texts))]
    whole = StoryClusterer()
    expected = whole.add_batch(list(range(len(texts))), texts, times)
    first = StoryClusterer()
    first.add_batch(list(range(6)), texts[:6], times[:6])
    first.save(tmp_path / "stories.npz")
    resumed = StoryClusterer.load(tmp_path / "stories.npz")
    rest = resumed.add_batch(list(range(6, len(texts))), texts[6:], times[6:])
    assert expected[6:] == rest
    assert whole.label(expected[-1]) == resumed.label(rest[-1])
    plain = StoryClusterer.from_state(first.state())
    assert plain.live_stories() == first.live_stories()


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "😡😡😡",
        "\ud800 rusak \udfff",
        "x" * 100_000,
        "<div><p>&nbsp;</p></div>",
        "Пожар 北京 banjir 🔥",
        "123 456",
    ],
)
def test_bad_input_never_raises(text: object) -> None:
    sc = StoryClusterer()
    sc.add("a", DEMAK[0], T0)
    sid = sc.add("b", text, T0 + timedelta(hours=1))  # type: ignore[arg-type]
    assert sid in {"a", "b"}
    assert isinstance(sc.label(sid), str)


@pytest.mark.parametrize("value", [None, "", "kemarin", "2025-13-45", float("nan"), object()])
def test_bad_timestamps_use_the_stream_clock(value: object) -> None:
    sc = StoryClusterer()
    sc.add("a", DEMAK[0], T0)
    assert sc.add("b", DEMAK[2], value) == "a"


def test_timestamps() -> None:
    assert to_hours("2025-03-03T05:00:00+07:00") == to_hours(datetime(2025, 3, 2, 22, tzinfo=UTC))
    assert to_hours("2025-03-02T22:00:00Z") == to_hours(datetime(2025, 3, 2, 22))  # naive: UTC
    assert to_hours(3600) == 1.0
    assert to_hours("soon") is None


def test_memory_stays_bounded() -> None:
    params = StoryParams(max_stories=50, max_terms=20, max_phrases=10, posting_cap=5, index_terms=8, recent_docs=30)
    sc = StoryClusterer(params)
    for i in range(400):
        sc.add(
            i,
            f"kejadian nomor{i} di desa{i % 7} kabupaten{i % 13} warga{i % 5} {DEMAK[i % len(DEMAK)]}",
            T0 + timedelta(minutes=i),
        )
    assert len(sc) <= 50
    assert all(len(s.terms) <= 2 * 20 and len(s.phrases) <= 2 * 10 and len(s.index) <= 8 for s in sc._stories.values())
    assert all(len(p) <= 5 for p in sc._postings.values())
    assert len(sc._recent) <= 30


def test_evaluate_command_prints_bcubed(capsys: pytest.CaptureFixture[str]) -> None:
    report = evaluate.evaluate_stories(DATA / "heldout.jsonl")
    assert report["docs"] >= 150 and report["events"] >= 10
    assert report["f1"] >= 0.85
    assert main(["evaluate", "stories", str(DATA / "dev.jsonl")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].startswith("B-cubed-F1 0.")
    assert any(line.startswith("B-cubed precision") for line in out)


def test_evaluation_set_is_large_enough() -> None:
    rows = evaluate.read_stories(DATA)
    events = {r["event"] for r in rows}
    assert len(rows) >= 300 and len(events) >= 20
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["_t"] is not None and r["text"] for r in rows)


def test_bcubed() -> None:
    assert evaluate.bcubed(["a", "a", "b"], [1, 1, 2]) == (1.0, 1.0, 1.0)
    p, r, _ = evaluate.bcubed(["a", "a", "a"], [1, 1, 2])
    assert r == 1.0 and abs(p - 5 / 9) < 1e-9
