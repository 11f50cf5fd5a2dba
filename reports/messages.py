"""Finding messages rendered in the reader's language (English fallback).

Messages live in ``reports/locales/<lang>/<rule-id>.json`` (``core.json`` for the
shared ones), so each rule's texts sit in their own file in every language.

    >>> render("second-line.found", {"body": "Federal Ombudsman"}, "en")
    'The Federal Ombudsman is offered to complainants who are not satisfied with the answer.'
    >>> render("no.such.key", {}, "fr")
    'no.such.key'
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

LOCALES = ("en", "fr", "nl")


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[str, str]:
    """Every message of one language: ``locales/<lang>/*.json`` merged (one file per rule)."""
    merged: dict[str, str] = {}
    folder = resources.files("reports").joinpath(f"locales/{lang}")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            merged.update(json.loads(entry.read_text("utf-8")))
    return merged


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def render(key: str, data: dict, lang: str = "en") -> str:
    template = catalog(lang if lang in LOCALES else "en").get(key) or catalog("en").get(key) or key
    return template.format_map(_Keep({k: v for k, v in (data or {}).items()}))


def rule_name(rule_id: str, lang: str = "en") -> str:
    return render(f"rule.{rule_id}", {}, lang)
