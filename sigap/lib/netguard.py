"""Where a server-side request may go: the address policy against SSRF (pure Python, no Django).

Sigap fetches URLs that users type (RSS feeds, news pages, alert webhooks). Without a guard a
user could make the server read its own admin ports, the office intranet or the cloud
metadata service. The rule, applied to the host of every URL and again to every address the
host resolves to (and, by the fetcher, to every redirect):

* refused: loopback, private networks (RFC 1918, CGNAT 100.64/10, IPv6 unique-local fc00::/7),
  link-local (169.254/16, fe80::/10), multicast, reserved/documentation, unspecified, and
  cloud metadata services (169.254.169.254, fd00:ec2::254, metadata.google.internal, …);
* IPv4 hidden in IPv6 (``::ffff:127.0.0.1``, 6to4, NAT64) is judged as the IPv4 it carries;
* IPv4 written the way resolvers accept it (``2130706433``, ``0177.0.0.1``, ``0x7f.1``,
  ``127.1``) is recognised without asking DNS;
* the administrator may open some of it with an allow-list (:meth:`Policy.parse`): host names
  (``intranet.go.id``, ``.go.id`` for subdomains), addresses and networks (``10.1.2.3``,
  ``10.0.0.0/8``, ``fd00::/8``), each optionally with a port (``10.1.2.3:8080``,
  ``[::1]:8080``, ``intranet.go.id:8443``). A metadata service is opened only by naming its
  exact address (or exact host name): a network range never opens it.

A host name allowed by name may resolve to internal addresses (that is the point of naming
it); any other host must resolve only to public addresses. The fetcher must then connect to
one of the addresses checked here, never resolve again (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, TypeAlias

__all__ = [
    "LINK_LOCAL",
    "LOOPBACK",
    "METADATA",
    "MULTICAST",
    "PRIVATE",
    "RESERVED",
    "UNSPECIFIED",
    "IPAddress",
    "Policy",
    "Refused",
    "classify",
    "default_policy",
    "embedded_ipv4",
    "message_kind",
    "normalize_host",
    "parse_ip",
    "set_default_policy",
]

IPAddress: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network

LOOPBACK: Final = "loopback"
PRIVATE: Final = "private"
LINK_LOCAL: Final = "link_local"
METADATA: Final = "metadata"
MULTICAST: Final = "multicast"
RESERVED: Final = "reserved"
UNSPECIFIED: Final = "unspecified"

#: Cloud instance metadata services: AWS/GCP/Azure/OpenStack, AWS ECS tasks, AWS over IPv6,
#: Alibaba, Oracle. They hand out credentials, so a range in the allow-list never opens them.
METADATA_ADDRESSES: Final = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200", "192.0.0.192")
)
METADATA_NAMES: Final = frozenset(
    {"metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"}
)


def _nets(*specs: tuple[str, str]) -> tuple[tuple[IPNetwork, str], ...]:
    return tuple((ipaddress.ip_network(net), category) for net, category in specs)


# Checked in order; the first match wins. Anything not listed is public.
_V4: Final = _nets(
    ("0.0.0.0/8", UNSPECIFIED),  # "this network": 0.0.0.0 reaches the local host on Linux
    ("10.0.0.0/8", PRIVATE),
    ("100.64.0.0/10", PRIVATE),  # carrier-grade NAT, shared address space
    ("127.0.0.0/8", LOOPBACK),
    ("169.254.0.0/16", LINK_LOCAL),
    ("172.16.0.0/12", PRIVATE),
    ("192.0.0.0/24", RESERVED),  # IETF protocol assignments
    ("192.0.2.0/24", RESERVED),  # documentation
    ("192.88.99.0/24", RESERVED),  # deprecated 6to4 relays
    ("192.168.0.0/16", PRIVATE),
    ("198.18.0.0/15", RESERVED),  # benchmarking
    ("198.51.100.0/24", RESERVED),
    ("203.0.113.0/24", RESERVED),
    ("224.0.0.0/4", MULTICAST),
    ("240.0.0.0/4", RESERVED),  # includes the broadcast address 255.255.255.255
)
_V6: Final = _nets(
    ("::/128", UNSPECIFIED),
    ("::1/128", LOOPBACK),
    ("::/96", RESERVED),  # deprecated IPv4-compatible addresses
    ("64:ff9b:1::/48", PRIVATE),  # local-use NAT64
    ("100::/64", RESERVED),  # discard-only
    ("2001::/23", RESERVED),  # IETF protocol assignments (Teredo, ORCHID, …)
    ("2001:db8::/32", RESERVED),  # documentation
    ("3fff::/20", RESERVED),  # documentation
    ("5f00::/16", RESERVED),  # segment routing
    ("fc00::/7", PRIVATE),  # unique local
    ("fe80::/10", LINK_LOCAL),
    ("fec0::/10", PRIVATE),  # deprecated site-local
    ("ff00::/8", MULTICAST),
)
_GLOBAL_UNICAST: Final = ipaddress.ip_network("2000::/3")
_NAT64: Final = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and routes to: mapped, 6to4, well-known NAT64."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def classify(ip: IPAddress) -> str | None:
    """The category that forbids ``ip`` (``LOOPBACK``, ``PRIVATE``, …), or ``None`` if public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        ip = ipaddress.IPv6Address(ip.compressed.split("%", 1)[0])
    if ip in METADATA_ADDRESSES:
        return METADATA
    inner = embedded_ipv4(ip)
    if inner is not None:
        return classify(inner)
    for net, category in _V4 if isinstance(ip, ipaddress.IPv4Address) else _V6:
        if ip in net:
            return category
    if isinstance(ip, ipaddress.IPv6Address) and ip not in _GLOBAL_UNICAST:
        return RESERVED  # not allocated for the public internet
    return None


def _ipv4_number(text: str) -> int | None:
    """One part of an inet_aton-style IPv4 address: decimal, 0-prefixed octal or 0x hex."""
    if text[:2].lower() == "0x":
        digits, base = text[2:], 16
        if not digits:
            return 0
    elif len(text) > 1 and text.startswith("0"):
        digits, base = text[1:], 8
    else:
        digits, base = text, 10
    try:
        return int(digits, base) if digits.isalnum() and digits.isascii() else None
    except ValueError:
        return None


def _parse_ipv4_loose(text: str) -> ipaddress.IPv4Address | None:
    # What resolvers (inet_aton, WHATWG URL parsing) accept: 1 to 4 parts, the last part fills
    # the remaining bytes, so 2130706433, 0177.0.0.1, 0x7f.1 and 127.1 all mean 127.0.0.1.
    parts = text.split(".")
    if not 1 <= len(parts) <= 4 or not all(parts):
        return None
    numbers = [_ipv4_number(part) for part in parts]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    *head, last = values
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(values)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def normalize_host(host: str) -> str:
    """Lower case, without IPv6 brackets and one trailing dot."""
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host[:-1] if host.endswith(".") and not host.endswith("..") else host


def parse_ip(host: str) -> IPAddress | None:
    """``host`` as an IP address, written in any form a resolver accepts; ``None`` for a name."""
    host = normalize_host(host)
    if not host:
        return None
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    return _parse_ipv4_loose(host)


_LABEL = re.compile(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$")


def _is_host_name(name: str) -> bool:
    return 0 < len(name) <= 253 and all(_LABEL.match(label) for label in name.split("."))


# --------------------------------------------------------------------------- refusal


_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "internal": (
        "Alamat ini menuju jaringan internal ({address}) dan tidak boleh diambil oleh server.",
        "This address leads to an internal network ({address}) and may not be fetched by the server.",
    ),
    METADATA: (
        "Alamat ini menuju layanan metadata cloud ({address}) dan tidak boleh diambil oleh server.",
        "This address leads to the cloud metadata service ({address}) and may not be fetched by the server.",
    ),
    "special": (
        "Alamat ini adalah alamat khusus ({address}), bukan situs publik, dan tidak boleh diambil oleh server.",
        "This is a special-purpose address ({address}), not a public site, and may not be fetched by the server.",
    ),
}
_HINT: Final = (
    " Jika memang diperlukan, administrator dapat mengizinkannya lewat SIGAP_FETCH_ALLOW.",
    " If it is really needed, the administrator can allow it with SIGAP_FETCH_ALLOW.",
)


def message_kind(category: str) -> str:
    """Which sentence explains ``category``: ``internal``, ``metadata`` or ``special``."""
    if category in (LOOPBACK, PRIVATE, LINK_LOCAL):
        return "internal"
    return METADATA if category == METADATA else "special"


class Refused(ValueError):
    """A request the policy forbids. ``message`` (also ``str(exc)``) is Indonesian,
    ``message_en`` English; ``shown`` is the address as the messages show it."""

    def __init__(self, host: str, address: str, category: str, port: int | None = None) -> None:
        self.host = host
        self.address = address
        self.category = category
        self.port = port
        self.kind = message_kind(category)
        # Show what the user wrote, and where it really leads when that is not obvious
        # ("2130706433 → 127.0.0.1", "warta.example → 10.0.0.5").
        written = normalize_host(host)
        ip = parse_ip(written)
        plain = written == address or (
            ip is not None and ip == parse_ip(address) and (ip.version == 6 or written == str(ip))
        )
        self.shown = written if plain else f"{written} → {address}"
        indonesian, english = _MESSAGES[self.kind]
        self.message = indonesian.format(address=self.shown) + _HINT[0]
        self.message_en = english.format(address=self.shown) + _HINT[1]
        super().__init__(self.message)


# --------------------------------------------------------------------------- policy


@dataclass(frozen=True, slots=True)
class Policy:
    """The allow-list; an empty policy (the default) refuses every non-public address."""

    networks: tuple[tuple[IPNetwork, int | None], ...] = ()
    names: tuple[tuple[str, int | None], ...] = ()  # exact name, or ".suffix" for subdomains

    @classmethod
    def parse(cls, entries: str | Iterable[str]) -> Policy:
        """A policy from entries (a comma-separated string or a list). Raises ``ValueError``
        naming the first entry that is neither a host name nor an address or network."""
        if isinstance(entries, str):
            entries = entries.split(",")
        networks: list[tuple[IPNetwork, int | None]] = []
        names: list[tuple[str, int | None]] = []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            host, port = _split_port(entry)
            if port is not None and not 0 < port < 65536:
                raise ValueError(f"{raw.strip()!r}: the port must be between 1 and 65535")
            try:
                networks.append((ipaddress.ip_network(host.strip("[]"), strict=False), port))
                continue
            except ValueError:
                pass
            ip = parse_ip(host) if "/" not in host else None
            if ip is not None:
                networks.append((ipaddress.ip_network(ip), port))
                continue
            name = host[1:] if host.startswith("*.") else host
            if not _is_host_name(normalize_host(name.lstrip("."))):
                raise ValueError(f"{raw.strip()!r} is not a host name, an IP address or a network (CIDR)")
            names.append((normalize_host(name), port))
        return cls(tuple(networks), tuple(names))

    def extended(self, entries: str | Iterable[str]) -> Policy:
        more = Policy.parse(entries)
        return Policy(self.networks + more.networks, self.names + more.names)

    def allows_name(self, host: str, port: int | None = None) -> bool:
        host = normalize_host(host)
        for name, allowed_port in self.names:
            if allowed_port is not None and allowed_port != port:
                continue
            if host == name or (name.startswith(".") and host.endswith(name)):
                return True
        return False

    def allows_address(self, ip: IPAddress, port: int | None = None) -> bool:
        category = classify(ip)
        if category is None:
            return True
        candidates = [ip]
        inner = embedded_ipv4(ip)
        if inner is not None:
            candidates.append(inner)
        for net, allowed_port in self.networks:
            if allowed_port is not None and allowed_port != port:
                continue
            if category == METADATA and net.num_addresses != 1:
                continue
            if any(c.version == net.version and c in net for c in candidates):
                return True
        return False

    def check_host(self, host: str, port: int | None = None) -> None:
        """Refuse ``host`` by what it says, before any DNS: an IP written in any form, or a
        metadata service's name. A name that passes here must still pass :meth:`check_addresses`."""
        name = normalize_host(host)
        ip = parse_ip(name)
        if ip is not None:
            if not self.allows_address(ip, port):
                raise Refused(host, str(ip), classify(ip) or RESERVED, port)
            return
        if name in METADATA_NAMES and not any(
            allowed == name and allowed_port in (None, port) for allowed, allowed_port in self.names
        ):
            raise Refused(host, name, METADATA, port)

    def check_addresses(self, host: str, addresses: Iterable[str | IPAddress], port: int | None = None) -> None:
        """Refuse unless *every* address ``host`` resolved to may be reached: one bad answer
        among good ones is how rebinding attacks hide."""
        named = self.allows_name(host, port)
        for address in addresses:
            ip = address if not isinstance(address, str) else parse_ip(address)
            if ip is None:
                raise Refused(host, str(address), RESERVED, port)
            category = classify(ip)
            if category is None or self.allows_address(ip, port):
                continue
            if named and category != METADATA:
                continue
            raise Refused(host, str(ip), category, port)

    def resolve(self, host: str, port: int) -> list[str]:
        """Check ``host``, resolve it (``socket.getaddrinfo``) and check every address; return the
        addresses to connect to, in the resolver's order. ``socket.gaierror`` passes through."""
        self.check_host(host, port)
        name = normalize_host(host)
        ip = parse_ip(name)
        if ip is not None:
            return [str(ip)]  # the address was written out: connect to exactly that
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not addresses:
            raise socket.gaierror(socket.EAI_NONAME, "no address")
        self.check_addresses(host, addresses, port)
        return addresses


def _split_port(entry: str) -> tuple[str, int | None]:
    """``host:port`` / ``[v6]:port`` / ``host`` → (host, port). A bare IPv6 has no port."""
    if entry.startswith("["):
        end = entry.find("]")
        rest = entry[end + 1 :]
        if end > 0 and rest.startswith(":") and rest[1:].isdigit():
            return entry[: end + 1], int(rest[1:])
        return entry, None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        if port.isdigit():
            return host, int(port)
        raise ValueError(f"{entry!r}: the port must be a number")
    return entry, None


_default = Policy()


def default_policy() -> Policy:
    """The process-wide policy: strict until the application installs the administrator's list."""
    return _default


def set_default_policy(policy: Policy) -> None:
    global _default
    _default = policy
