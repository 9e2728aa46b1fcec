"""The client's address, for per-address limits (sign-in throttle, portal brakes).

REMOTE_ADDR, unless it is one of SIGAP_TRUSTED_PROXIES: then the right-most X-Forwarded-For
entry that is not itself a trusted proxy. Entries to the left of that one were written by the
client and are ignored, so a client cannot pick its own address (docs/deploy.md).
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def parse_proxies(raw: str) -> tuple[str, ...]:
    """Comma-separated addresses or CIDR ranges; ValueError names the bad one."""
    items = tuple(p.strip() for p in raw.split(",") if p.strip())
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ValueError(f"{item!r} is not an IP address or network") from None
    return items


def _address(value: str):
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) is that IPv4 client.
    return getattr(address, "ipv4_mapped", None) or address


def _trusted(address, networks) -> bool:
    return any(address.version == net.version and address in net for net in networks)


def client_ip(request) -> str | None:
    if request is None:
        return None
    remote = _address(request.META.get("REMOTE_ADDR") or "")
    if remote is None:
        return None
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    if not _trusted(remote, networks):
        return str(remote)
    found = remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR") or ""
    for item in reversed(forwarded.split(",")):
        hop = _address(item)
        if hop is None:
            break  # garbage: keep the last address a trusted proxy vouched for
        found = hop
        if not _trusted(hop, networks):
            break
    return str(found)
