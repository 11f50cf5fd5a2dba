"""Text normalisation and phrase matching shared by the crawl and the rules.

Web text comes with accents or without, typographic apostrophes, soft hyphens,
non-breaking spaces, line breaks inside sentences and words split by markup.
Everything is compared in one normal form: lower case, accents removed,
apostrophes unified, whitespace collapsed.

    >>> normalise("Médiateur\\u00a0fédéral – l’accusé  de\\nréception")
    "mediateur federal - l'accuse de reception"
    >>> normalise("Au cœur de nos missions, Straße")
    'au coeur de nos missions, strasse'
    >>> Phrases(["accusé de réception"]).search("Un accuse de reception suit.")
    'accuse de reception'
    >>> Phrases(["accusé de réception"]).search("Un accusé sans réception.") is None
    True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u2032\u00b4`"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u00ab\u00bb\u201c\u201d\u201e"), '"')
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
_SPACE = re.compile(r"\s+")
_LIGATURES = str.maketrans({"ß": "ss", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O"})


def normalise(text: str) -> str:
    """Lower case, strip accents, unify apostrophes, dashes and spaces."""
    text = text.translate(_INVISIBLE).translate(_APOSTROPHES).translate(_DASHES).translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text.lower()).strip()


def _phrase_pattern(phrase: str) -> str:
    """A vocabulary phrase as a regex over normalised text.

    Words are separated by any run of spaces, hyphens or apostrophes; a
    trailing ``*`` on a word allows inflection (``klacht*`` matches
    ``klachten``, ``klachtencoördinator``); an entry starting with ``re:`` is
    already a regular expression.
    """
    if phrase.startswith("re:"):
        return phrase[3:]
    words = [w for w in re.split(r"[\s\-']+", normalise(phrase)) if w]
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"(?<!\w)" + r"[\s\-']*".join(parts) + r"(?!\w)"


@lru_cache(maxsize=512)
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{_phrase_pattern(p)})" for p in phrases))


class Phrases:
    """A list of vocabulary phrases compiled into one matcher over normalised text."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = tuple(phrases)
        self._pattern = _compile(self.phrases)

    def __bool__(self) -> bool:
        return self._pattern is not None

    def search(self, text: str, normalised: bool = False) -> str | None:
        """The first matching phrase occurrence in ``text``, or None."""
        if self._pattern is None:
            return None
        match = self._pattern.search(text if normalised else normalise(text))
        return match.group(0) if match else None

    def findall(self, text: str, normalised: bool = False) -> list[str]:
        if self._pattern is None:
            return []
        return [m.group(0) for m in self._pattern.finditer(text if normalised else normalise(text))]

    def finditer(self, text: str):
        """Match objects over already-normalised text."""
        return self._pattern.finditer(text) if self._pattern is not None else iter(())
