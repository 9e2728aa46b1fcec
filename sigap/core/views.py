from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .access import visible_offices
from .models import Membership


@login_required
def office_list(request):
    offices = list(visible_offices(request.user).select_related("parent"))
    members = Membership.objects.filter(office__in=offices).select_related("user").order_by("user__username")
    by_office: dict[int, list] = {}
    for m in members:
        by_office.setdefault(m.office_id, []).append(m)
    for office in offices:
        office.member_list = by_office.get(office.id, [])
    return render(request, "core/office_list.html", {"offices": offices})
