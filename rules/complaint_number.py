"""Placeholder until the rule lands: reports "not implemented yet"."""

from rules.pending import ComplaintNumber  # noqa: F401
