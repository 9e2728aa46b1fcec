"""Scenario modules of the demo stream; see :mod:`sigap.demo.content`."""
