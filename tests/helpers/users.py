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
