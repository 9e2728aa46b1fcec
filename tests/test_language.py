"""The interface speaks Indonesian by default and English when the user chooses it."""

from django.urls import reverse


def test_interface_is_indonesian_by_default(login, analyst):
    page = login(analyst).get(reverse("monitoring:dashboard")).content.decode()
    assert "Dasbor pemantauan" in page and 'lang="id"' in page


def test_user_can_switch_to_english(login, analyst):
    client = login(analyst)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("monitoring:dashboard")).content.decode()
    assert "Monitoring dashboard" in page and 'lang="en"' in page


def test_login_page_is_indonesian(client):
    assert "Masuk ke Sigap" in client.get(reverse("login")).content.decode()
