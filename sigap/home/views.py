"""The page each role lands on after signing in: one section per role the user holds."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from sigap.core.models import Role

from . import sections


@login_required
def home(request):
    user = request.user
    by_role = sections.offices_by_role(user)
    context = {
        "has_roles": bool(by_role),
        "now": timezone.now(),
        # pimpinan and admin work on one office at a time: a section per office they hold the role in
        "leadership": [sections.leadership(user, o) for o in by_role.get(Role.PIMPINAN, [])],
        "crisis_tasks": sections.crisis_tasks(user) if Role.TIM_KRISIS in by_role else None,
        "ppid": sections.ppid_queue(user) if Role.PPID in by_role else None,
        "analyst": sections.analyst(user) if Role.ANALIS in by_role else None,
        "setup": [(o, sections.setup_checklist(user, o)) for o in by_role.get(Role.ADMIN, [])],
    }
    return render(request, "home/home.html", context)
