"""An office's users, for that office's admin: the list, inviting by e-mail, roles, turning a
membership off and on (/kantor/<id>/pengguna/). Writes go through actions.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sigap.core.access import get_office_for_admin

from . import actions, members
from .forms import InviteMemberForm, MemberRolesForm


def _name(user) -> str:
    return user.get_full_name() or user.get_username()


def _member_or_404(office, user_pk: int) -> members.Member:
    found = members.member(office, user_pk)
    if found is None:
        raise Http404
    return found


def _sent_message(request, user, sent: bool) -> None:
    if sent:
        messages.success(request, _("The invitation was sent to %(email)s.") % {"email": user.email})
    else:
        messages.warning(
            request,
            _("The e-mail to %(email)s could not be sent. Check the mail server, then send the invitation again.")
            % {"email": user.email},
        )


@login_required
def office_users(request, pk: int):
    office = get_office_for_admin(request.user, pk)
    return render(request, "accounts/office_users.html", {"office": office, "members": members.members(office)})


@login_required
def invite(request, pk: int):
    office = get_office_for_admin(request.user, pk)
    form = InviteMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, sent = actions.invite_member(request.user, office, data["name"], data["email"], data["roles"])
        except actions.MemberRefused as refused:
            form.add_error("email", str(refused))
        else:
            _sent_message(request, user, sent)
            return redirect("office_users", pk=office.pk)
    return render(
        request,
        "accounts/office_user_invite.html",
        {"office": office, "form": form, "lifetime": members.link_lifetime()},
    )


@login_required
def member_detail(request, pk: int, user_pk: int):
    office = get_office_for_admin(request.user, pk)
    member = _member_or_404(office, user_pk)
    form = MemberRolesForm(request.POST or None, initial={"roles": member.roles})
    if request.method == "POST" and member.active and form.is_valid():
        try:
            changed = actions.change_roles(request.user, office, member.user, form.cleaned_data["roles"])
        except actions.MemberRefused as refused:
            form.add_error("roles", str(refused))
        else:
            if changed:
                messages.success(request, _("The roles of %(name)s are saved.") % {"name": _name(member.user)})
            return redirect("office_users", pk=office.pk)
    return render(
        request,
        "accounts/office_user.html",
        {"office": office, "member": member, "form": form, "is_self": member.user.pk == request.user.pk},
    )


def _switch(request, pk: int, user_pk: int, act, done: str):
    """Turn a membership off or on (``act``), with ``done`` as the success sentence."""
    office = get_office_for_admin(request.user, pk)
    member = _member_or_404(office, user_pk)
    try:
        act(request.user, office, member.user)
    except actions.MemberRefused as refused:
        messages.error(request, str(refused))
        return redirect("office_user", pk=office.pk, user_pk=member.user.pk)
    messages.success(request, done % {"name": _name(member.user), "office": office})
    return redirect("office_users", pk=office.pk)


@login_required
@require_POST
def deactivate(request, pk: int, user_pk: int):
    return _switch(request, pk, user_pk, actions.deactivate_member, _("%(name)s is turned off in %(office)s."))


@login_required
@require_POST
def reactivate(request, pk: int, user_pk: int):
    return _switch(request, pk, user_pk, actions.reactivate_member, _("%(name)s is active again in %(office)s."))


@login_required
@require_POST
def resend(request, pk: int, user_pk: int):
    office = get_office_for_admin(request.user, pk)
    member = _member_or_404(office, user_pk)
    if member.active and member.invited:
        _sent_message(request, member.user, actions.resend_invitation(request.user, office, member.user))
    return redirect("office_user", pk=office.pk, user_pk=member.user.pk)
