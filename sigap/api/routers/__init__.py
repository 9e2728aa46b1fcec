"""One router per domain, mounted by sigap.api.api."""
