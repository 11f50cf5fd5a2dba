"""Which of the four languages a page is written in.

Declared signals (the ``lang`` attribute, a /fr/ path prefix, an fr. sub-domain)
are often missing or wrong on real sites, so the words decide when there are
enough of them.

    >>> detect_text_language("Vous pouvez introduire une plainte via le formulaire et nous vous répondrons dans les trente jours.")
    'fr'
    >>> detect_text_language("Click here") is None
    True
    >>> url_language("https://example.be/nl/contact/")
    'nl'
    >>> url_language("https://example.be/contact/") is None
    True
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from urllib.parse import parse_qsl, urlsplit

import yaml

from crawler.text import normalise
from crawler.vocab import VOCAB

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, str]:
    data = yaml.safe_load(resources.files("crawler").joinpath("data/stopwords.yml").read_text("utf-8"))
    owners: dict[str, set[str]] = {}
    for lang, words in data.items():
        for word in words:
            owners.setdefault(str(word), set()).add(lang)
    return {word: langs.pop() for word, langs in owners.items() if len(langs) == 1}


def text_language_scores(text: str) -> Counter:
    stop = _stopwords()
    return Counter(stop[w] for w in _WORD.findall(normalise(text)) if w in stop)


def detect_text_language(text: str, min_hits: int = 6, margin: float = 1.5) -> str | None:
    """The language whose stop words dominate ``text``, or None when unsure."""
    scores = text_language_scores(text).most_common(2)
    if not scores or scores[0][1] < min_hits:
        return None
    if len(scores) > 1 and scores[0][1] < margin * scores[1][1]:
        return None
    return scores[0][0]


def code_language(code: str | None) -> str | None:
    """'fr-BE' -> 'fr'; None for languages the criteria do not cover."""
    if not code:
        return None
    code = normalise(code).replace("_", "-")
    if code in VOCAB.language_codes:
        return VOCAB.language_codes[code]
    base = code.split("-")[0]
    return base if base in VOCAB.languages else None


def url_language(url: str) -> str | None:
    """The language a URL names by path segment, sub-domain or ?lang= parameter."""
    parts = urlsplit(url)
    for segment in parts.path.split("/")[1:3]:
        lang = VOCAB.language_codes.get(segment.lower())
        if lang:
            return lang
    label = (parts.hostname or "").split(".")[0]
    if label in VOCAB.language_codes and len(label) <= 5:
        return VOCAB.language_codes[label]
    for key, value in parse_qsl(parts.query):
        if key.lower() in ("lang", "language", "lng", "l", "taal", "langue", "sprache"):
            return code_language(value)
    return None


def page_language(text: str, declared: str | None, url: str) -> str | None:
    """Text when it is clear, else the URL's language code, else the declared ``lang``.

    The URL beats the attribute: CMS templates often keep lang="fr" on every
    version, while a /nl/ path is rarely wrong.
    """
    return detect_text_language(text) or url_language(url) or code_language(declared)
