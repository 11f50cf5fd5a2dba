"""Placeholder until the rule lands: reports "not implemented yet"."""

from rules.pending import ComplaintVsAppeal  # noqa: F401
