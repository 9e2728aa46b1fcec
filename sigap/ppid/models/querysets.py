"""Which PPID records a user may read or change: the PPID desk of the office and of the offices above it."""

from __future__ import annotations

from django.db import models


class PPIDQuerySet(models.QuerySet):
    """Records owned by one office (``office``): personal data, so readers need a PPID-desk role
    (sigap.ppid.access.ppid_office_ids), not just membership of the office."""

    def visible_to(self, user):
        # access imports the models: a module-level import is a cycle
        from ..access import ppid_office_ids

        return self.filter(office_id__in=ppid_office_ids(user))

    def editable_by(self, user):
        from ..access import ppid_edit_office_ids  # local: access imports the models

        return self.filter(office_id__in=ppid_edit_office_ids(user))
