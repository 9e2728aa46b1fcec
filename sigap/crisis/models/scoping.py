"""Which crisis rows a user may read or change, as querysets (``Model.objects.visible_to(user)``)."""

from __future__ import annotations

from django.db import models

from sigap.core.access import OfficeOwnedQuerySet, visible_office_ids


class LibraryQuerySet(models.QuerySet):
    """Playbooks and templates: the national library (no office) for everyone, an office's own
    for that office and the offices above it."""

    def visible_to(self, user):
        return self.filter(models.Q(office__isnull=True) | models.Q(office_id__in=visible_office_ids(user)))


class CrisisOfficeQuerySet(OfficeOwnedQuerySet):
    """Contacts and outlets of an office. Crisis editors include tim_krisis (access.CRISIS_EDITOR_ROLES)."""

    def editable_by(self, user):
        # access imports the models: a module-level import is a cycle
        from ..access import editable_office_ids

        return self.filter(office_id__in=editable_office_ids(user))


class CrisisPartQuerySet(models.QuerySet):
    """Messages, tasks and facts: seen inside the crisis's office and the offices above it.
    An invited partner office reads only the shared part, through the crisis's shared page."""

    def visible_to(self, user):
        return self.filter(crisis__office_id__in=visible_office_ids(user))
