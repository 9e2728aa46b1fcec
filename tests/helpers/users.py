"""Users with a membership, and the one password every test user has."""

from __future__ import annotations

PASSWORD = "kata-sandi-uji-123"


def make_user(username, office=None, role=None):
    from django.contrib.auth import get_user_model

    from sigap.core.models import Membership

    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if office is not None:
        Membership.objects.create(user=user, office=office, role=role)
    return user


def sign_in_page(page, base, user, url):
    """Sign in through /masuk/ in a browser page and land on ``url``."""
    page.goto(f"{base}/masuk/?next={url}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + url)
