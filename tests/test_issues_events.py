"""One issue per real event: stories join by what they are about, not by the watchlist they
matched; news joins the conversation at once; a province sees its regency's event as one row."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sigap.issues.models import EscalationPolicy, Issue, IssueOffice, KeyActor
from sigap.monitoring.analysis import analyse_pending
from sigap.monitoring.connectors.base import Record
from sigap.monitoring.ingest import store_records
from sigap.monitoring.models import Source, Watchlist

POISONING = [
    "Puluhan siswa SDN 2 Cibening muntah dan pusing setelah makan MBG di sekolah, Demak",
    "anak sy muntah2 abis makan MBG di SDN 2 Cibening, katanya keracunan. Demak gimana ini",
    "Siswa SDN 2 Cibening Demak dilarikan ke puskesmas, diduga keracunan menu makan bergizi gratis",
    "Ortu murid SDN 2 Cibening panik, anak2 keracunan makan bergizi gratis. Tolong pemkab Demak",
    "Korban keracunan MBG SDN 2 Cibening bertambah, 40 siswa dirawat di puskesmas Demak",
    "Keracunan MBG di SDN 2 Cibening Demak: siswa mual, pusing, muntah setelah makan siang",
    "SDN 2 Cibening Demak: 40 anak keracunan makan bergizi gratis, dapur penyedia diperiksa",
]
TRAFFIC = [
    "Macet parah di jalan Pantura Demak pagi ini, antrean truk sampai Sayung",
    "Jalan Pantura Demak macet total, truk mogok dekat jembatan Sayung",
    "Pantura Demak macet lagi, antrean kendaraan mengular sampai Sayung",
    "Lalu lintas Pantura Demak tersendat, truk mogok di Sayung bikin macet",
    "Macet di Sayung Demak, jalur Pantura padat merayap sejak subuh",
    "Sayung Demak macet, Pantura dipenuhi truk, pengendara motor menyalip di bahu jalan",
]


def post(source, texts, *, start, prefix, step=4, channel=None, title=None):
    store_records(source, [
        Record(f"{prefix}{i}", channel or source.channel, text, start + timedelta(minutes=step * i),
               author=f"{prefix}warga{i}", title=title or "")
        for i, text in enumerate(texts)
    ])  # fmt: skip
    analyse_pending()


@pytest.fixture
def area(offices):
    """Demak watches its whole area, as a Humas officer sets it up."""
    demak = offices["demak"]
    demak.region_code = "33.21"
    demak.save()
    return Watchlist.objects.create(office=demak, name="Wilayah Demak", query="demak OR sayung OR pantura")


def test_two_unrelated_stories_matching_one_watchlist_stay_two_issues(source, area):
    now = timezone.now()
    post(source, POISONING, start=now - timedelta(minutes=60), prefix="p")
    post(source, TRAFFIC, start=now - timedelta(minutes=50), prefix="t")
    issues = Issue.objects.order_by("id")
    assert issues.count() == 2
    poisoning = Issue.objects.get(title__icontains="cibening")
    assert poisoning.doc_count == len(POISONING)


def test_a_news_article_joins_the_conversation_in_the_step_it_arrives(source, area, offices):
    now = timezone.now()
    post(source, POISONING, start=now - timedelta(minutes=90), prefix="p")
    issue = Issue.objects.get()
    news = Source.objects.create(
        office=offices["demak"], name="Warta Nasional", kind="import", channel="news", national=True
    )
    post(
        news,
        [
            "Jakarta — Sebanyak 40 siswa SDN 2 Cibening, Kabupaten Demak, diduga keracunan setelah menyantap "
            "menu program makan bergizi gratis (MBG). Para siswa mengalami mual dan muntah lalu dirawat di "
            "puskesmas. Badan Gizi Nasional menyatakan akan memeriksa dapur penyedia."
        ],
        start=now - timedelta(minutes=5),
        prefix="n",
        title="40 Siswa SDN 2 Cibening Demak Diduga Keracunan MBG",
    )
    issue.refresh_from_db()
    assert Issue.objects.count() == 1 and issue.doc_count == len(POISONING) + 1
    assert issue.items.filter(channel="news", national=True).exists()


def test_the_title_is_the_events_own_headline(source, area, offices):
    now = timezone.now()
    post(source, POISONING, start=now - timedelta(minutes=90), prefix="p")
    news = Source.objects.create(office=offices["demak"], name="Suara Demak", kind="import", channel="news")
    headline = "Puluhan Siswa SDN 2 Cibening Diduga Keracunan Makan Bergizi Gratis"
    post(
        news,
        [f"Demak — {POISONING[2]} {POISONING[4]}", f"Demak — {POISONING[0]} {POISONING[6]}"],
        start=now - timedelta(minutes=10),
        prefix="n",
        title=headline,
    )
    post(source, [t + " #DemakBerduka" for t in POISONING], start=now - timedelta(minutes=8), prefix="q", step=1)
    assert Issue.objects.get().title == headline


def test_a_title_an_analyst_gave_sticks(source, area, analyst):
    now = timezone.now()
    post(source, POISONING, start=now - timedelta(minutes=90), prefix="p")
    issue = Issue.objects.get()
    issue.rename("Keracunan MBG SDN 2 Cibening", actor=analyst)
    post(source, [t + " !!" for t in POISONING], start=now - timedelta(minutes=20), prefix="q", step=1)
    issue.refresh_from_db()
    assert issue.title == "Keracunan MBG SDN 2 Cibening" and issue.doc_count > len(POISONING)


def test_a_province_sees_its_regencys_event_as_the_same_issue(source, area, offices, province_analyst, login):
    offices["jateng"].region_code = "33"
    offices["jateng"].save()
    Watchlist.objects.create(office=offices["jateng"], name="Jawa Tengah", query="demak OR semarang")
    post(source, POISONING, start=timezone.now() - timedelta(minutes=60), prefix="p")
    issue = Issue.objects.get()
    assert issue.office == offices["demak"]
    assert set(IssueOffice.objects.filter(issue=issue).values_list("office__slug", flat=True)) == {"demak", "jateng"}
    page = login(province_analyst).get("/isu/")
    assert page.content.decode().count(f'href="/isu/{issue.pk}/"') == 1


def test_dprd_is_counted_once_when_the_office_names_its_own_dprd(source, area):
    KeyActor.objects.create(office=source.office, name="DPRD Kabupaten Demak", kind="dprd", aliases="DPRD Demak")
    post(
        source,
        [t + " DPRD Demak minta evaluasi." for t in POISONING[:4]]
        + [t + " Anggota DPRD turun ke sekolah." for t in POISONING[4:]],
        start=timezone.now() - timedelta(minutes=60),
        prefix="p",
    )
    parts = {c["key"]: c for c in Issue.objects.get().components}
    assert parts["key_actors"]["value"] == 1


def test_an_analysts_merge_and_split_teach_the_system_nothing_wrong(source, area, analyst, login):
    """Merged by hand, the traffic jam and the poisoning attract only what each attracted; split
    again, new traffic posts go to the traffic issue and the two are never merged back."""
    start = timezone.now() - timedelta(hours=3)
    post(source, POISONING, start=start, prefix="k")
    post(source, TRAFFIC, start=start + timedelta(minutes=40), prefix="m")
    poisoning = Issue.objects.get(title__icontains="Cibening")
    traffic = Issue.objects.exclude(pk=poisoning.pk).get()
    client = login(analyst)
    client.post(f"/isu/{poisoning.pk}/merge/", {"issues": [traffic.pk]})
    poisoning.refresh_from_db()
    assert _about(poisoning, "macet") and _about(poisoning, "keracunan")  # "what it is about" holds both
    traffic_stories = list(traffic.stories.values_list("id", flat=True))
    response = client.post(f"/isu/{poisoning.pk}/split/", {"title": "Macet Pantura Sayung", "stories": traffic_stories})
    split = Issue.objects.get(title="Macet Pantura Sayung")
    assert response.url == f"/isu/{split.pk}/"
    poisoning.refresh_from_db()
    assert not _about(poisoning, "macet") and _about(split, "macet")
    post(source, [t.replace("pagi ini", "sore ini") + " (sore)" for t in TRAFFIC], start=start + timedelta(hours=2),
         prefix="s")  # fmt: skip
    poisoning.refresh_from_db()
    split.refresh_from_db()
    assert poisoning.status == Issue.Status.OPEN and split.status == Issue.Status.OPEN
    assert poisoning.doc_count == len(POISONING)
    assert split.doc_count == 2 * len(TRAFFIC)


def _about(issue, word):
    from sigap.issues.stats import keyphrases

    return any(word in phrase for phrase in keyphrases(issue, limit=20))


REACTIONS = [
    "Semoga siswa korban keracunan cepat pulih, kasihan anak-anak di puskesmas",
    "Kasihan siswa yang keracunan, semoga puskesmas sigap merawat mereka",
    "Doa untuk siswa korban keracunan, semoga cepat pulih dan bisa sekolah lagi",
    "Ikut sedih lihat siswa keracunan dirawat di puskesmas, semoga cepat pulih",
    "Semoga cepat pulih adik-adik siswa korban keracunan, puskesmas tolong dibantu",
    "Anak-anak korban keracunan semoga lekas pulih, terima kasih nakes puskesmas",
]


def test_later_talk_about_a_risen_event_joins_it_instead_of_making_its_own_issue(source, area):
    """Reactions say little of what the first reports said; they join the event, by their story
    or, once the event has risen, by folding the issue their story made into it."""
    EscalationPolicy.objects.create(office=source.office, isu_at=10, kasus_at=90, krisis_at=95, margin=5)
    start = timezone.now() - timedelta(hours=3)
    post(source, POISONING, start=start, prefix="k")
    poisoning = Issue.objects.get()
    post(source, REACTIONS, start=start + timedelta(minutes=60), prefix="r")
    assert list(Issue.objects.exclude(status=Issue.Status.MERGED).values_list("pk", flat=True)) == [poisoning.pk]
    poisoning.refresh_from_db()
    assert poisoning.doc_count > len(POISONING)


def test_later_talk_that_only_names_the_same_regent_stays_apart(source, area):
    KeyActor.objects.create(office=source.office, name="Bupati Eisti'anah", kind="pejabat", aliases="Bupati Demak")
    EscalationPolicy.objects.create(office=source.office, isu_at=10, kasus_at=90, krisis_at=95, margin=5)
    start = timezone.now() - timedelta(hours=3)
    visited = [t + " Bupati Eisti'anah menjenguk siswa." if i < 2 else t for i, t in enumerate(POISONING)]
    post(source, visited, start=start, prefix="k")
    poisoning = Issue.objects.get()
    ceremony = [
        f"Bupati Eisti'anah melantik {n} pejabat eselon baru, pelantikan digelar di pendopo kabupaten Demak"
        for n in range(20, 26)
    ]
    post(source, ceremony, start=start + timedelta(minutes=60), prefix="c")
    assert Issue.objects.exclude(pk=poisoning.pk).exclude(status=Issue.Status.MERGED).count() == 1
