"""Sign-in through the pages a person uses: throttling, password change, password reset by
e-mail, and the idle session lifetime."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from freezegun import freeze_time
from helpers.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOCKED = "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit."
#: English words that would show if a string escaped translation.
ENGLISH = re.compile(r"\b(password|log in|username|e-?mail address|change|forgot|send|new)\b", re.I)


@pytest.fixture(autouse=True)
def mail_in_memory(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def login(client, username, password, ip="203.0.113.7"):
    return client.post("/masuk/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def visible_text(response):
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<button[^>]*lang="en"[^>]*>.*?</button>', " ", html, flags=re.S)  # the language switch
    return re.sub(r"<[^>]+>", " ", html)


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client):
    user = make_user("analis.satu")
    for _ in range(5):
        response = login(client, user.username, "salah-sekali-123")
        assert response.status_code == 200
        assert "Nama pengguna atau kata sandi salah" in response.content.decode()
    response = login(client, user.username, PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address does not help: the lock is on the account.
    assert LOCKED in login(Client(), "ANALIS.satu", PASSWORD, ip="198.51.100.9").content.decode()


def test_lock_lifts_after_fifteen_minutes_and_success_resets_the_count(client):
    user = make_user("analis.dua")
    with freeze_time() as clock:
        for _ in range(5):
            login(client, user.username, "salah-sekali-123")
        clock.tick(timedelta(minutes=14))
        assert login(client, user.username, PASSWORD).status_code == 429
        clock.tick(timedelta(minutes=2))
        assert login(client, user.username, PASSWORD).status_code == 302
        client.post("/keluar/")
        for _ in range(4):
            login(client, user.username, "salah-sekali-123")
        assert login(client, user.username, PASSWORD).status_code == 302


def test_another_account_from_the_same_address_is_not_locked_until_the_address_limit():
    first, second = make_user("analis.tiga"), make_user("analis.empat")
    for _ in range(5):
        login(Client(), first.username, "salah-sekali-123")
    assert login(Client(), second.username, PASSWORD).status_code == 302

    # 20 failures from one address, spread over accounts so none of them is locked on its own.
    for i in range(15):
        login(Client(), f"tebakan{i % 4}", "salah-sekali-123")
    response = login(Client(), second.username, PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    # The same account from another address is fine.
    assert login(Client(), second.username, PASSWORD, ip="198.51.100.9").status_code == 302


def test_admin_login_obeys_the_same_lock(client):
    admin = make_user("admin.sigap")
    admin.is_staff = True
    admin.save()
    for _ in range(5):
        login(client, admin.username, "salah-sekali-123")
    response = client.post(
        "/admin/login/", {"username": admin.username, "password": PASSWORD}, REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 200
    assert LOCKED in response.content.decode()


def test_password_change_works_and_the_old_password_stops_working(client):
    user = make_user("analis.lima")
    assert login(client, user.username, PASSWORD).status_code == 302
    page = client.get("/akun/sandi/")
    assert page.status_code == 200
    assert 'name="viewport"' in page.content.decode()
    assert not ENGLISH.search(visible_text(page)), ENGLISH.findall(visible_text(page))
    assert 'href="/akun/sandi/"' in client.get("/", follow=True).content.decode()  # from the user's menu

    new = "sandi-baru-yang-panjang-9"
    response = client.post(
        "/akun/sandi/", {"old_password": PASSWORD, "new_password1": new, "new_password2": new}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/akun/sandi/selesai/"
    assert "Kata sandi Anda telah diubah" in response.content.decode()
    assert not ENGLISH.search(visible_text(response))

    fresh = Client()
    assert login(fresh, user.username, PASSWORD).status_code == 200
    assert login(fresh, user.username, new).status_code == 302


def test_password_reset_sends_an_indonesian_email_whose_link_sets_a_new_password(client):
    user = make_user("analis.enam")
    user.email = "analis.enam@demakkab.go.id"
    user.save()

    login_page = client.get("/masuk/").content.decode()
    assert 'href="/masuk/lupa-sandi/"' in login_page
    assert "Lupa kata sandi?" in login_page

    form = client.get("/masuk/lupa-sandi/")
    assert not ENGLISH.search(visible_text(form)), ENGLISH.findall(visible_text(form))
    done = client.post("/masuk/lupa-sandi/", {"email": user.email}, follow=True)
    assert done.redirect_chain[-1][0] == "/masuk/lupa-sandi/terkirim/"
    assert not ENGLISH.search(visible_text(done))

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.subject == "Atur kata sandi Sigap yang baru"
    assert "Seseorang meminta pengaturan kata sandi baru" in message.body
    assert "Nama pengguna Anda: analis.enam" in message.body
    link = re.search(re.escape(settings.BASE_URL) + r"(/masuk/atur-sandi/\S+/)", message.body).group(1)

    # Django swaps the token for a session marker on the first visit, then shows the form.
    confirm = client.get(link, follow=True)
    assert confirm.context["validlink"]
    assert not ENGLISH.search(visible_text(confirm)), ENGLISH.findall(visible_text(confirm))
    new = "sandi-pulih-yang-panjang-7"
    saved = client.post(confirm.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, follow=True)
    assert saved.redirect_chain[-1][0] == "/masuk/atur-sandi/selesai/"
    assert "Kata sandi baru Anda tersimpan" in saved.content.decode()

    assert login(Client(), user.username, PASSWORD).status_code == 200
    assert login(Client(), user.username, new).status_code == 302
    # The link works once.
    assert not Client().get(link, follow=True).context["validlink"]


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client):
    response = client.post("/masuk/lupa-sandi/", {"email": "tidak.ada@contoh.go.id"}, follow=True)
    assert response.redirect_chain[-1][0] == "/masuk/lupa-sandi/terkirim/"
    assert mail.outbox == []


def test_session_expires_after_the_configured_idle_hours(client):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    user = make_user("analis.tujuh")
    login(client, user.username, PASSWORD)
    response = client.get("/", follow=True)
    assert response.status_code == 200
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 8 * 3600
    assert 7.9 * 3600 < client.session.get_expiry_age() <= 8 * 3600


def test_idle_hours_come_from_the_environment(monkeypatch):
    import importlib

    import sigap.settings as module

    monkeypatch.setenv("SIGAP_SESSION_IDLE_HOURS", "2")
    try:
        assert importlib.reload(module).SESSION_COOKIE_AGE == 2 * 3600
    finally:
        monkeypatch.delenv("SIGAP_SESSION_IDLE_HOURS")
        importlib.reload(module)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_signin_pages_fit_a_phone(browser, live_server):
    user = make_user("analis.ponsel")
    phone = browser.new_page(viewport={"width": 390, "height": 800})

    def fits():
        return phone.evaluate("document.documentElement.scrollWidth") <= 390

    phone.goto(f"{live_server.url}/masuk/")
    assert fits()
    phone.click("text=Lupa kata sandi?")
    phone.wait_for_selector("#id_email")
    assert fits()
    phone.goto(f"{live_server.url}/masuk/")
    phone.fill("#id_username", user.username)
    phone.fill("#id_password", PASSWORD)
    phone.click("button[type=submit]")
    phone.click("header a.who")  # the user's name in the header leads to the password page
    phone.wait_for_selector("#id_old_password")
    assert phone.locator("h1").inner_text() == "Ubah kata sandi"
    assert fits()
