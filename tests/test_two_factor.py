"""Two-step sign-in (TOTP) through the pages a person uses: turning it on, the code step after
the password, replay, recovery codes, turning it off, and an office's rule for its admins."""

import base64
import hashlib
import hmac
import re
import struct
from datetime import UTC, timedelta

import pytest
from django.test import Client
from freezegun import freeze_time
from helpers.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db

WRONG = "Kode salah atau sudah dipakai"
LOCKED = "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit."
START = "2026-12-07 04:00:00"


def totp(secret: str, at, step: int = 0) -> str:
    """RFC 6238 written out here, independent of the library the app uses."""
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    counter = int(at.replace(tzinfo=UTC).timestamp()) // 30 + step  # freezegun's clock is naive UTC
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def login(client, username, password=PASSWORD, ip="203.0.113.7"):
    return client.post("/masuk/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def send_code(client, code, ip="203.0.113.7"):
    return client.post("/masuk/kode/", {"code": code}, REMOTE_ADDR=ip)


def enrol(client, clock):
    """Turns two-step sign-in on for the signed-in user; returns (secret, recovery codes)."""
    page = client.get("/akun/keamanan/aktifkan/")
    assert page.status_code == 200
    secret = re.search(r'<code id="secret">([A-Z2-7 ]+)</code>', page.content.decode()).group(1)
    done = client.post("/akun/keamanan/aktifkan/", {"code": totp(secret, clock())})
    codes = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", done.content.decode())
    return secret, codes


@pytest.fixture
def enrolled(client):
    """A user with two-step sign-in on, signed out, the clock frozen one step after enrolment."""
    user = make_user("analis.dualangkah")
    with freeze_time(START) as clock:
        client.force_login(user)
        secret, codes = enrol(client, clock)
        client.post("/keluar/")
        clock.tick(timedelta(seconds=30))
        yield user, secret, codes, clock


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_enrolment_page_shows_the_secret_as_inline_svg_qr_code_and_as_text(client):
    client.force_login(make_user("analis.qr"))
    page = client.get("/akun/keamanan/aktifkan/").content.decode()
    assert re.search(r"<div class=\"qr\"><svg [^>]*>", page)
    assert re.search(r'<code id="secret">[A-Z2-7]{4}( [A-Z2-7]{1,4})+</code>', page)
    assert "Aktifkan verifikasi dua langkah" in page


def test_wrong_code_at_enrolment_leaves_it_off(client):
    from sigap.core.models import AuditEvent

    user = make_user("analis.salahkode")
    client.force_login(user)
    client.get("/akun/keamanan/aktifkan/")
    response = client.post("/akun/keamanan/aktifkan/", {"code": "000000"})
    assert WRONG in response.content.decode()
    client.post("/keluar/")
    assert login(client, user.username)["Location"] == "/beranda/"
    assert not AuditEvent.objects.filter(action="two_factor.enrolled").exists()


def test_enrolled_user_signs_in_with_password_then_code(client, enrolled):
    from sigap.core.models import AuditEvent

    user, secret, codes, clock = enrolled
    assert len(codes) == 10 and len(set(codes)) == 10
    assert AuditEvent.objects.filter(action="two_factor.enrolled", target_id=str(user.pk)).count() == 1

    response = login(client, user.username)
    assert response["Location"] == "/masuk/kode/"
    assert not is_signed_in(client)
    assert client.get("/")["Location"].startswith("/masuk/")

    response = send_code(client, totp(secret, clock()))
    assert response.status_code == 302
    assert is_signed_in(client)
    assert client.get("/").status_code == 200


def test_code_from_the_previous_step_is_accepted_for_clock_drift(client, enrolled):
    user, secret, _codes, clock = enrolled
    clock.tick(timedelta(seconds=30))  # the step before now must not be the one used to enrol
    login(client, user.username)
    assert send_code(client, totp(secret, clock(), step=-1)).status_code == 302
    assert is_signed_in(client)


def test_wrong_code_is_refused_with_an_indonesian_message(client, enrolled):
    user, secret, _codes, clock = enrolled
    login(client, user.username)
    wrong = f"{(int(totp(secret, clock())) + 1) % 1_000_000:06d}"
    response = send_code(client, wrong)
    assert response.status_code == 200
    assert WRONG in response.content.decode()
    assert not is_signed_in(client)


def test_five_wrong_codes_lock_the_account_even_for_the_right_code(client, enrolled):
    user, secret, _codes, clock = enrolled
    login(client, user.username)
    for _ in range(5):
        send_code(client, "999999" if totp(secret, clock()) != "999999" else "999998")
    response = send_code(client, totp(secret, clock()))
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert not is_signed_in(client)


def test_typing_the_password_again_does_not_reset_the_count_of_wrong_codes(client, enrolled):
    user, secret, _codes, clock = enrolled
    wrong = "999999" if totp(secret, clock()) != "999999" else "999998"
    login(client, user.username)
    for _ in range(4):
        send_code(client, wrong)
    assert login(client, user.username)["Location"] == "/masuk/kode/"
    send_code(client, wrong)
    assert send_code(client, totp(secret, clock())).status_code == 429


def test_a_code_cannot_be_used_twice(client, enrolled):
    user, secret, _codes, clock = enrolled
    code = totp(secret, clock())
    login(client, user.username)
    assert send_code(client, code).status_code == 302
    client.post("/keluar/")

    other = Client()
    login(other, user.username, ip="198.51.100.9")
    response = send_code(other, code, ip="198.51.100.9")
    assert WRONG in response.content.decode()
    assert not is_signed_in(other)


def test_recovery_code_signs_in_once(client, enrolled):
    from sigap.core.models import AuditEvent

    user, _secret, codes, _clock = enrolled
    login(client, user.username)
    response = send_code(client, codes[0].upper().replace("-", " "))
    assert response.status_code == 302
    assert is_signed_in(client)
    assert "9 kode pemulihan tersisa" in client.get("/", follow=True).content.decode()
    assert AuditEvent.objects.filter(action="two_factor.recovery_code_used", target_id=str(user.pk)).count() == 1

    again = Client()
    login(again, user.username)
    assert WRONG in send_code(again, codes[0]).content.decode()
    assert not is_signed_in(again)


def test_turning_off_needs_the_password_and_a_code(client, enrolled):
    from sigap.core.models import AuditEvent

    user, secret, _codes, clock = enrolled
    client.force_login(user)
    refused = client.post(
        "/akun/keamanan/matikan/", {"password": "bukan-sandinya-1", "code": totp(secret, clock())}, follow=True
    )
    assert "Kata sandi atau kode salah" in refused.content.decode()
    done = client.post("/akun/keamanan/matikan/", {"password": PASSWORD, "code": totp(secret, clock())}, follow=True)
    assert "Verifikasi dua langkah sudah dinonaktifkan" in done.content.decode()
    assert AuditEvent.objects.filter(action="two_factor.disabled", target_id=str(user.pk)).count() == 1
    client.post("/keluar/")
    assert login(client, user.username)["Location"] == "/beranda/"


def test_admin_login_page_refuses_a_two_step_account(client, enrolled):
    user, _secret, _codes, _clock = enrolled
    user.is_staff = True
    user.save()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 200
    assert "verifikasi dua langkah" in response.content.decode()
    assert not is_signed_in(client)


def require_for_admins(offices):
    from sigap.core.models import Role

    boss = make_user("admin.kepala", offices["demak"], Role.ADMIN)
    setter = Client()
    setter.force_login(boss)
    # The rule applies to the setter too, so it is the last page the setter sees without a code.
    setter.post(f"/kantor/{offices['demak'].pk}/keamanan/", {"admins_need_two_factor": "on"})
    return boss


def test_office_admin_turns_the_rule_on_and_it_is_audited(offices):
    from sigap.core.models import AuditEvent

    boss = require_for_admins(offices)
    event = AuditEvent.objects.get(action="office_security.changed")
    assert (event.actor, event.office, event.from_state, event.to_state) == (boss, offices["demak"], "off", "on")


def test_office_rule_sends_an_admin_to_enrolment_and_blocks_other_pages(client, offices):
    from sigap.core.models import Role

    require_for_admins(offices)
    admin = make_user("admin.demak", offices["demak"], Role.ADMIN)
    assert login(client, admin.username).status_code == 302
    for path in ["/", "/dokumen/", "/kantor/", "/akun/sandi/", "/admin/", "/akun/keamanan/"]:
        response = client.get(path)
        assert (response.status_code, response["Location"]) == (302, "/akun/keamanan/aktifkan/"), path
    page = client.get("/akun/keamanan/aktifkan/")
    assert "Kantor Anda mewajibkan verifikasi dua langkah bagi admin" in page.content.decode()

    with freeze_time(START) as clock:
        enrol(client, clock)
        assert client.get("/").status_code == 200


def test_office_rule_does_not_force_a_non_admin(client, offices, analyst):
    require_for_admins(offices)
    assert login(client, analyst.username).status_code == 302
    assert client.get("/").status_code == 200


def test_another_office_cannot_change_the_rule(client, offices, analyst):
    from sigap.accounts.models import OfficeSecurity
    from sigap.core.models import Role

    url = f"/kantor/{offices['demak'].pk}/keamanan/"
    client.force_login(make_user("admin.kemensos", offices["kemensos"], Role.ADMIN))
    assert client.post(url, {"admins_need_two_factor": "on"}).status_code == 404
    client.force_login(analyst)  # same office, not an admin
    assert client.post(url, {"admins_need_two_factor": "on"}).status_code == 403
    assert not OfficeSecurity.objects.filter(admins_need_two_factor=True).exists()
