"""Placeholder until the rule lands: reports "not implemented yet"."""

from rules.pending import LogoPlacement  # noqa: F401
