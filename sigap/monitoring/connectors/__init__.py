"""Source connectors: pure Python (no Django), one module per source type.

* :mod:`.base` — :class:`Record`, :class:`Rejected`, shared helpers (re-exported from
  :mod:`.records`, :mod:`.values` and :mod:`.streams`)
* :mod:`.sigap_format` — Sigap's own JSONL and CSV
* :mod:`.twarc2` — X/Twitter API v2 (twarc2 output)
* :mod:`.youtube` — YouTube Data API v3 comment threads
* :mod:`.facebook` — Facebook and Instagram Graph API
* :mod:`.rss` — RSS/Atom feeds (conditional GET)
* :mod:`.web` — full text of news pages (trafilatura, robots.txt)
* :mod:`.http` — :class:`PoliteClient`, the polite fetcher
* :mod:`.registry` — format names, detection, ``parse(stream, "auto")``

Importing this package is cheap: feedparser, httpx and trafilatura load only with the
modules that use them.
"""

from .base import CHANNELS, Record, Rejected

__all__ = ["CHANNELS", "Record", "Rejected"]
