"""Placeholder until the rule lands: reports "not implemented yet"."""

from rules.pending import LogoOnContactPage  # noqa: F401
