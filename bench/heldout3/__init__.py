"""Held-out set 3 for the text rules (see README.md). Do not tune rules on it."""
