"""Following a request by e-mail without an account: double opt-in, updates on public changes, unsubscribe.

A visitor gives an address on the tracking page (they hold the code) or on a published archive entry.
Nothing but the confirmation goes out before the link in it is followed; every e-mail carries the
unsubscribe link. Updates say only what the public pages say: no requester identity, no officer name.
Archive followers hear of a request only while it is published.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from .models import ArchiveEntry, Follower, InformationRequest


def _url(name: str, *args) -> str:
    return settings.BASE_URL + reverse(name, args=args)


def _published_entry(req: InformationRequest) -> ArchiveEntry | None:
    return ArchiveEntry.objects.public().filter(request=req).first()


def public_state(req: InformationRequest) -> str:
    """What a follower can see of the request, as one comparable string."""
    objections = ",".join(f"{o.pk}:{o.status}" for o in req.objections.order_by("pk"))
    published = "published" if _published_entry(req) else ""
    return f"{req.status}|{req.outcome}|{objections}|{published}"[:200]


def _mail(follower: Follower, subject: str, template: str, context: dict) -> int:
    unsubscribe = _url("portal:follow_unsubscribe", follower.token)
    with override("id"):  # e-mails to the public are in Indonesian, like the requester's notices
        body = render_to_string(template, {**context, "follower": follower, "unsubscribe_url": unsubscribe})
    mail = EmailMessage(subject, body, to=[follower.email], headers={"List-Unsubscribe": f"<{unsubscribe}>"})
    return mail.send()


def _page_url(follower: Follower, entry: ArchiveEntry | None) -> str:
    if follower.via == Follower.Via.TRACKING:
        return _url("portal:track_detail", follower.request.tracking_code)
    return _url("portal:archive_entry", entry.pk) if entry else ""


def send_confirmation(follower_id: int) -> int:
    follower = Follower.objects.select_related("request__office").get(pk=follower_id)
    req = follower.request
    return _mail(
        follower,
        f"Konfirmasi: ikuti perkembangan permohonan {req.number}",
        "ppid/email/follow_confirm.txt",
        {"req": req, "confirm_url": _url("portal:follow_confirm", follower.token)},
    )


def send_updates(request_id: int) -> int:
    """E-mail every confirmed follower whose last seen public state differs from now; returns e-mails sent."""
    req = InformationRequest.objects.select_related("office").get(pk=request_id)
    state = public_state(req)
    entry = _published_entry(req)
    sent = 0
    followers = req.followers.filter(confirmed_at__isnull=False).exclude(last_state=state)
    for follower in followers:
        if follower.via == Follower.Via.ARCHIVE and entry is None:
            continue  # no longer public: nothing to tell someone who found it in the archive
        # Claim the row first, so two workers handling the same change send one e-mail.
        with transaction.atomic():
            claimed = Follower.objects.filter(pk=follower.pk, last_state=follower.last_state).update(last_state=state)
        if not claimed:
            continue
        sent += _mail(
            follower,
            f"Perkembangan permohonan {req.number}",
            "ppid/email/follow_update.txt",
            {"req": req, "entry": entry, "page_url": _page_url(follower, entry)},
        )
    return sent


def confirm(follower: Follower) -> None:
    """The link was followed: updates start from the state seen now (no e-mail for the past)."""
    if follower.confirmed_at:
        return
    follower.confirmed_at = timezone.now()
    follower.last_state = public_state(follower.request)
    follower.save(update_fields=["confirmed_at", "last_state"])


def unsubscribe(follower: Follower) -> None:
    follower.delete()


def queue_updates(request_id: int) -> None:
    """After commit: tell the followers of ``request_id`` (the task checks whether anything public changed)."""
    from .tasks import follow_update_task  # local: the models (workflow) call this; tasks imports them

    transaction.on_commit(lambda: follow_update_task.enqueue(request_id))
