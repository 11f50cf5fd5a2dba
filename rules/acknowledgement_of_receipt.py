"""Placeholder until the rule lands: reports "not implemented yet"."""

from rules.pending import AcknowledgementOfReceipt  # noqa: F401
