"""Rule vocabularies, kept as data in ``rules/vocab/<name>.yml``.

    >>> v = load_vocab("procedure")
    >>> phrases(v["how"]).search("Vous pouvez introduire votre plainte via le formulaire.")
    'introduire votre plainte'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from crawler.text import Phrases


@lru_cache(maxsize=None)
def load_vocab(name: str) -> dict:
    text = resources.files("rules").joinpath(f"vocab/{name}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def phrases(entry) -> Phrases:
    """A matcher for a list of phrases or a {language: [phrases]} table (all languages:
    a page is matched whatever language it was detected in)."""
    if isinstance(entry, dict):
        return Phrases([p for values in entry.values() for p in values])
    return Phrases(entry)
