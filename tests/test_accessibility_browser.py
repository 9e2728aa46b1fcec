"""Every main page, signed in as the role that uses it or as an anonymous visitor: axe-core finds no
WCAG 2 A/AA violation at 390 px and at 1366 px, nothing scrolls sideways at 390 px, and a person reads
no internal code, untranslated word, raw date or ungrouped count (tests/helpers/wording.py)."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

import pytest
from django.utils import timezone
from fixtures.browser import launched_chromium
from helpers.alerts import make_event, make_rule
from helpers.complaints import make_complaint
from helpers.crisis import approved_holding, open_crisis
from helpers.ppid import PDF, answered_request, at, make_dik_entry, make_dip_entry, make_request
from helpers.users import PASSWORD
from helpers.wording import findings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}, "resultTypes": ["violations"]}


def _documents(w):
    from sigap.monitoring.connectors.base import Record
    from sigap.monitoring.ingest import store_records
    from sigap.monitoring.models import Document

    now = timezone.now()
    store_records(
        w("source"),
        [
            Record("1", "x", "Tanggul Sungai Wulan jebol, warga Demak mengungsi", now - timedelta(hours=1)),
            Record("2", "x", "Harga cabai di pasar Bintoro naik, warga mengeluh", now - timedelta(hours=2)),
        ],
    )
    return Document.objects.order_by("pk").first()


def _corrected(w):
    """A document an analyst corrected: sentiment, a place linked to its region, a confirmation undone."""
    from sigap.monitoring.corrections import correct, undo
    from sigap.monitoring.models import Document, DocumentEntity

    document = _documents(w)
    Document.objects.update(sentiment="netral", sentiment_model="netral", criticism_model=0.2, criticism=0.2)
    document.refresh_from_db()
    DocumentEntity.objects.create(document=document, kind="LOC", name="Sungai Wulan")
    analyst = w("analyst")
    confirmed = correct(document, analyst, "confirm", {})
    undo(confirmed, analyst)
    correct(document, analyst, "sentiment", {"sentiment": "negatif"})
    correct(document, analyst, "entity_add", {"kind": "LOC", "name": "Demak", "region_code": "33.21"})
    return document


def _watchlist(w):
    from sigap.monitoring.models import Watchlist

    Watchlist.objects.create(office=w("offices")["demak"], name="Banjir Demak", query="banjir AND Demak")
    return "/pantauan/"


def _account(w):
    from sigap.monitoring.connectors.base import Record
    from sigap.monitoring.ingest import store_records

    now = timezone.now()
    posts = [
        Record(str(i), "x", f"Tanggul Wulan jebol, hari ke-{i}", now - timedelta(days=i), author="wargademak", likes=i)
        for i in range(5)
    ]
    store_records(w("source"), posts)
    return "/akun-sumber/x/wargademak/"


def _saved_search(w):
    from sigap.monitoring.models import SavedSearch

    SavedSearch.objects.create(office=w("offices")["demak"], user=w("analyst"), name="Banjir", query="q=banjir")
    return "/pencarian/"


def _import(w):
    from sigap.monitoring.models import ImportJob, RejectedRecord

    source = w("source")
    now = timezone.now()
    job = ImportJob.objects.create(
        source=source,
        office=source.office,
        file_name="unggahan.jsonl",
        file_path="/tidak-ada",
        format="sigap-jsonl",
        status="done",
        read=3,
        stored=2,
        rejected=1,
        started_at=now - timedelta(minutes=2),
        finished_at=now,
    )
    RejectedRecord.objects.create(
        source=source,
        job=job,
        position="baris 3",
        reason="Kolom 'published_at' tidak berisi tanggal yang sah: '7/12/2026' "
        "(gunakan ISO 8601, misalnya '2025-03-01T08:30:00+07:00').",
        raw='{"id": "t3"}',
    )
    return f"/impor/{job.pk}/"


def _notification(w):
    from sigap.alerts.actions import raise_events

    office = w("offices")["demak"]
    w("analyst")  # a member before the event, to be notified of it
    make_rule(office)
    raise_events([make_event(office)])
    return "/notifikasi/"


def _crisis(w):
    return open_crisis(w("offices")["demak"], w("team"))


def _crisis_message(w):
    crisis = _crisis(w)
    message = crisis.messages.order_by("pk").first()
    return f"/krisis/{crisis.pk}/pesan/{message.pk}/"


def _crisis_from_issue(w):
    """Declared from the flood issue (its evidence shown) with a task gone overdue (in the timeline)."""
    from sigap.crisis.actions import mark_overdue_tasks

    crisis = open_crisis(w("offices")["demak"], w("team"), issue=w("flood_issue"))
    crisis.tasks.update(due_at=timezone.now() - timedelta(hours=1))
    mark_overdue_tasks()
    return crisis.get_absolute_url()


def _issue_joined(w):
    """The flood issue another office follows because of its region and a watchlist (in the history)."""
    from sigap.core.models import AuditEvent
    from sigap.monitoring.models import Watchlist

    issue = w("flood_issue")
    demak = w("offices")["demak"]
    watchlist = Watchlist.objects.create(office=demak, name="Banjir Demak", query="banjir AND Demak")
    reason = f"Cerita menyentuh kantor: region:33.21, watchlist:{watchlist.pk}"
    AuditEvent.record(actor=None, action="issue.office_added", target=issue, office=demak, reason=reason)
    return f"/isu/{issue.pk}/"


def _analysed_document(w):
    """A document with its sentiment and the text models that produced it."""
    from sigap.monitoring.models import AnalysisRun, Document

    document = _documents(w)
    run = AnalysisRun.for_models({"sentiment": "sigap-sentiment 1.0", "duplicate": "sigap-neardup-minhash 1.1.0"})
    Document.objects.filter(pk=document.pk).update(analysis=run, sentiment="negatif", sentiment_confidence=0.91)
    return f"/dokumen/{document.pk}/"


def _release_redaction_page(w):
    """The PPID desk's page to draw the areas to black out on a released PDF."""
    from django.core.files.base import ContentFile
    from weasyprint import HTML

    from sigap.ppid.models import ReleasedDocument

    req = answered_request(w("offices")["demak"], w("ppid"), notified_at=at(2026, 3, 27), publish_consent=True)
    data = HTML(string="<p>Daftar penerima bansos 2025</p>").write_pdf()
    doc = ReleasedDocument(request=req, original_name="daftar.pdf", content_type="application/pdf", size=len(data))
    doc.for_archive = True
    doc.file.save("daftar.pdf", ContentFile(data), save=False)
    doc.save()
    return f"/ppid/dirilis/{doc.pk}/publik/"


def _published_statement(w):
    from sigap.crisis.actions import publish

    crisis = open_crisis(w("offices")["demak"], w("team"), title="Banjir Demak")
    publish(approved_holding(crisis, w("leader")), actor=w("team"), kind="website")
    return "/layanan/demak/krisis/"


def _statement_page(w):
    from sigap.crisis.models import Message

    _published_statement(w)
    return f"/layanan/krisis/pernyataan/{Message.objects.filter(status='published').get().pk}/"


def _objection_page(w):
    # received two months ago and never answered: the objection form is open
    req = make_request(w("offices")["demak"], received_at=timezone.now() - timedelta(days=60))
    return f"/layanan/lacak/{req.tracking_code}/keberatan/"


def _archive_entry(w):
    """An answered request the requester agreed to publish, published by the PPID desk."""
    from sigap.ppid.archive import publish

    req = answered_request(w("offices")["demak"], w("ppid"), notified_at=at(2026, 3, 27), publish_consent=True)
    entry = publish(w("ppid"), req, question=req.information, answer="Daftar terlampir.", category="setiap_saat")
    return f"/layanan/arsip/{entry.pk}/"


def _service_info_page(w):
    from sigap.ppid.models import ServiceInfo

    ServiceInfo.objects.create(
        office=w("offices")["demak"],
        service_hours="Senin–Kamis 08.00–15.30 WIB",
        hotline="(0291) 685877",
        whatsapp="0812 3456 7890",
        address="Jl. Kyai Singkil No. 7, Demak",
        maklumat="Kami sanggup menyelenggarakan pelayanan sesuai standar.",
        officer_contact="ppid@demakkab.go.id",
    )
    return "/layanan/demak/permohonan/"


def _dip_entries(w):
    """A stale periodic entry with its document, one of the PPID Pelaksana unit, and a DIK entry."""
    from datetime import date

    from django.core.files.base import ContentFile

    demak = w("offices")["demak"]
    entry = make_dip_entry(demak, last_reviewed_on=date(2024, 1, 15), document_content_type="application/pdf")
    entry.document.save("lk.pdf", ContentFile(PDF))
    make_dip_entry(w("pelaksana_unit"), "Data sekolah penerima BOS", category="setiap_saat")
    make_dik_entry(demak)
    return True


def _home_leader(w):
    from helpers.crisis import holding

    crisis = _crisis(w)
    holding(crisis).submit(actor=w("team"))
    w("flood_issue")
    return "/beranda/"


# (test id, the fixture of the user who signs in or None for an anonymous visitor, the page's address
# built from fixtures through ``w``).
PAGES = [
    ("dashboard", "analyst", lambda w: _documents(w) and "/"),
    ("home-analyst", "analyst", lambda w: w("flood_issue") and "/beranda/"),
    ("home-leader", "leader", _home_leader),
    ("home-crisis-team", "team", lambda w: _crisis(w) and "/beranda/"),
    ("home-ppid", "ppid", lambda w: make_request(w("offices")["demak"], w("ppid")) and "/beranda/"),
    ("home-admin", "office_admin", lambda w: "/beranda/"),
    ("documents-search", "analyst", lambda w: _documents(w) and "/dokumen/?q=warga"),
    ("document-detail", "analyst", lambda w: f"/dokumen/{_documents(w).pk}/"),
    ("document-corrected", "analyst", lambda w: f"/dokumen/{_corrected(w).pk}/"),
    ("agreement", "analyst", lambda w: f"/kesepakatan/{_corrected(w).office_id}/"),
    ("document-analysed", "analyst", _analysed_document),
    ("account", "analyst", _account),
    ("saved-searches", "analyst", _saved_search),
    ("sources", "analyst", lambda w: w("source") and "/sumber/"),
    ("source-detail", "analyst", lambda w: f"/sumber/{w('source').pk}/"),
    ("source-form", "analyst", lambda w: "/sumber/baru/"),
    ("watchlists", "analyst", _watchlist),
    ("watchlist-form", "analyst", lambda w: "/pantauan/baru/"),
    ("import", "analyst", _import),
    ("issues", "analyst", lambda w: w("flood_issue") and "/isu/"),
    ("issue-detail", "analyst", lambda w: f"/isu/{w('flood_issue').pk}/"),
    ("issue-joined", "analyst", _issue_joined),
    ("notifications", "analyst", _notification),
    ("alert-rules", "analyst", lambda w: make_rule(w("offices")["demak"]) and "/notifikasi/aturan/"),
    ("alert-deliveries", "analyst", lambda w: "/notifikasi/pengiriman/"),
    ("daily-brief", "analyst", lambda w: w("flood_issue") and "/laporan/ringkasan/"),
    ("crises", "team", lambda w: _crisis(w) and "/krisis/"),
    ("crisis-detail", "team", lambda w: _crisis(w).get_absolute_url()),
    ("crisis-from-issue", "team", _crisis_from_issue),
    ("crisis-kpi", "team", lambda w: _crisis(w) and "/krisis/kpi/"),
    ("crisis-message", "team", _crisis_message),
    ("crisis-evaluation", "team", lambda w: f"/krisis/{_crisis(w).pk}/evaluasi/"),
    ("crisis-contacts", "team", lambda w: w("offices") and "/krisis/kontak/"),
    ("offices", "office_admin", lambda w: w("offices") and "/kantor/"),
    ("alert-rule-form", "analyst", lambda w: w("offices") and "/notifikasi/aturan/baru/"),
    ("issue-policy", "office_admin", lambda w: f"/isu/pengaturan/{w('offices')['demak'].pk}/"),
    ("ppid-letters", "ppid", lambda w: w("offices") and "/ppid/surat/"),
    ("ppid-reports", "ppid", lambda w: w("offices") and "/ppid/laporan/"),
    ("ppid-ikm-comments", "ppid", lambda w: w("offices") and "/ppid/laporan/ikm/"),
    ("crisis-library", "office_admin", lambda w: w("offices") and "/krisis/pustaka/"),
    ("crisis-playbook-form", "office_admin", lambda w: w("offices") and "/krisis/pustaka/skenario/baru/"),
    ("crisis-template-form", "office_admin", lambda w: w("offices") and "/krisis/pustaka/templat/baru/"),
    ("crisis-channels", "office_admin", lambda w: w("offices") and "/krisis/kanal/"),
    ("ppid-requests", "ppid", lambda w: make_request(w("offices")["demak"], w("ppid")) and "/ppid/"),
    ("ppid-request-detail", "ppid", lambda w: f"/ppid/permohonan/{make_request(w('offices')['demak'], w('ppid')).pk}/"),
    ("ppid-objections", "ppid", lambda w: "/ppid/keberatan/"),
    ("ppid-dik", "ppid", lambda w: "/ppid/dik/"),
    ("ppid-dip-review", "ppid", lambda w: _dip_entries(w) and "/ppid/dip/perlu-diperbarui/"),
    ("ppid-units", "office_admin", lambda w: w("offices") and "/ppid/unit/"),
    ("ppid-unit-form", "office_admin", lambda w: "/ppid/unit/baru/"),
    ("ppid-holidays", "office_admin", lambda w: "/ppid/hari-libur/?tahun=2026"),
    ("ppid-holiday-form", "office_admin", lambda w: "/ppid/hari-libur/baru/"),
    ("complaints-queue", "complaint_desk", lambda w: make_complaint(w("offices")["demak"]) and "/pengaduan/"),
    ("complaint-detail", "complaint_desk", lambda w: f"/pengaduan/{make_complaint(w('offices')['demak']).pk}/"),
    ("complaints-policy", "office_admin", lambda w: w("offices") and "/pengaduan/aturan/"),
    ("portal-complaint-form", None, lambda w: w("offices") and "/layanan/demak/pengaduan/"),
    (
        "portal-complaint-tracking",
        None,
        lambda w: f"/layanan/pengaduan/lacak/{make_complaint(w('offices')['demak']).tracking_code}/",
    ),
    ("office-users", "office_admin", lambda w: w("analyst") and f"/kantor/{w('offices')['demak'].pk}/pengguna/"),
    ("account-security", "analyst", lambda w: "/akun/keamanan/"),
    ("password-change", "analyst", lambda w: "/akun/sandi/"),
    ("two-factor-enrol", "analyst", lambda w: "/akun/keamanan/aktifkan/"),
    ("login", None, lambda w: "/masuk/"),
    ("portal-home", None, lambda w: w("offices") and "/layanan/"),
    ("portal-request-form", None, lambda w: w("offices") and "/layanan/demak/permohonan/"),
    ("portal-dip", None, lambda w: w("offices") and "/layanan/demak/dip/"),
    ("portal-dip-categories", None, lambda w: _dip_entries(w) and "/layanan/demak/dip/"),
    ("portal-deadline-calculator", None, lambda w: "/layanan/kalkulator-tenggat/"),
    ("portal-tracking", None, lambda w: "/layanan/lacak/"),
    (
        "portal-tracking-detail",
        None,
        lambda w: f"/layanan/lacak/{make_request(w('offices')['demak']).tracking_code}/",
    ),
    ("portal-crisis-statements", None, _published_statement),
    ("portal-statement", None, _statement_page),
    ("portal-objection-form", None, _objection_page),
    ("portal-request-form-service-info", None, _service_info_page),
    ("portal-archive", None, lambda w: _archive_entry(w) and "/layanan/demak/arsip/"),
    ("portal-archive-entry", None, _archive_entry),
    ("ppid-service-info", "office_admin", lambda w: w("offices") and "/ppid/layanan-publik/"),
    ("ppid-release-redaction", "ppid", lambda w: _release_redaction_page(w)),
    ("portal-statistics", None, lambda w: w("service_year") and "/layanan/jateng/statistik/?tahun=2026&lingkup=pohon"),
    (
        "portal-survey",
        None,
        lambda w: (
            f"/layanan/lacak/{answered_request(w('offices')['demak'], w('ppid'), notified_at=at(2026, 3, 27)).tracking_code}/survei/"
        ),
    ),
]


@pytest.fixture(scope="module")
def shared_browser():
    """One Chromium for the module (per worker): starting it took a third of each test."""
    with launched_chromium() as launched:
        yield launched


@pytest.fixture
def context(shared_browser):
    context = shared_browser.new_context(viewport=PHONE)
    yield context
    context.close()


def _open(page, base, url, user):
    """The page at ``url``, reached by signing in with ``?next=`` when ``user`` is given; its response."""
    if user is None:
        return page.goto(base + url)
    page.goto(f"{base}/masuk/?next={quote(url)}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_response(lambda r: r.url == base + url) as landed:
        page.click("button[type=submit]")
    return landed.value


# The outermost elements that reach past the right edge of the window and widen the page (not those
# inside a box that clips or scrolls them), to name in the failure.
WIDEST = """() => {
  const edge = document.documentElement.clientWidth + 1;
  const clipped = el => el.parentElement !== document.body &&
    (getComputedStyle(el.parentElement).overflowX !== 'visible' || clipped(el.parentElement));
  const past = el => el.getBoundingClientRect().right > edge && !clipped(el);
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.classList.length ? '.' + [...el.classList].join('.') : '');
  return [...document.body.querySelectorAll('*')]
    .filter(el => past(el) && !past(el.parentElement))
    .map(el => name(el.parentElement) + ' > ' + name(el));
}"""


# What a person reads: the body's text without code samples and the "Detail teknis" blocks (model names
# and versions belong there), with the texts of number cells apart. Form values are not in innerText.
READABLE = """() => {
  document.querySelectorAll('code, details.technical').forEach(el => { el.style.display = 'none'; });
  const cells = [...document.querySelectorAll('td.num, th.num')].map(el => el.innerText);
  return [document.body.innerText, cells];
}"""

# Findings of the wording checker (tests/helpers/wording.py) a page may keep for now, each with why.
ALLOWED_WORDING: dict[str, set[str]] = {}  # page name -> findings accepted on it (none today)


def _wording(page, name):
    text, cells = page.evaluate(READABLE)
    return [f for f in findings(text, cells) if f not in ALLOWED_WORDING.get(name, set())]


def _violations(page):
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{v['id']} ({v['impact']}) at {', '.join(map(str, n['target']))}" for v in found for n in v["nodes"]]


@pytest.mark.parametrize(("role", "address"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_page_has_no_axe_violation_and_fits_a_phone(request, context, live_server, role, address):
    name = request.node.callspec.id
    url = address(request.getfixturevalue)
    user = request.getfixturevalue(role) if role else None
    page = context.new_page()
    assert _open(page, live_server.url, url, user).status == 200, url
    page.wait_for_load_state("networkidle")

    problems = [f"{url} at 390 px: {v}" for v in _violations(page)]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"] + 1:
        widest = ", ".join(page.evaluate(WIDEST))
        problems.append(f"{url} at 390 px scrolls sideways: {width} px wide, past the edge: {widest}")
    page.set_viewport_size(LAPTOP)
    problems += [f"{url} at 1366 px: {v}" for v in _violations(page)]
    problems += [f"{name} ({url}) reads {f}" for f in _wording(page, name)]
    assert not problems, "\n".join(problems)
