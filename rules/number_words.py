"""Numbers written in digits or in words (0-100) in French, Dutch, German and English.

The words are data (``numbers`` in ``rules/vocab/deadlines.yml``), in normalised form; hyphens
and spaces between the parts of a number are interchangeable.

    >>> to_number("vingt-huit", "fr"), to_number("achtentwintig", "nl"), to_number("achtundzwanzig", "de")
    (28, 28, 28)
    >>> to_number("Twenty eight", "en"), to_number("quatre-vingt-dix-neuf", "fr"), to_number("nonante-neuf", "fr")
    (28, 99, 99)
    >>> to_number("dreißig", "de"), to_number("tweeëntwintig", "nl"), to_number("vingt-et-un", "fr"), to_number("045", "en")
    (30, 22, 21, 45)
    >>> to_number("trente", "nl") is None
    True
    >>> import re
    >>> re.fullmatch(number_pattern("fr"), "soixante et onze") is not None
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.text import normalise
from rules.vocabulary import load_vocab

_JOIN = re.compile(r"[\s\-]+")


@lru_cache(maxsize=None)
def number_words(lang: str) -> dict[str, int]:
    """Every number word of ``lang``, normalised, parts joined by one space: word -> value."""
    table = load_vocab("deadlines")["numbers"].get(lang, {})
    return {_JOIN.sub(" ", normalise(word)): int(value) for value, words in table.items() for word in words}


@lru_cache(maxsize=None)
def number_pattern(lang: str) -> str:
    """A regex (no anchors, no boundaries) for a number of ``lang`` in digits or words, longest first."""
    words = sorted(number_words(lang), key=len, reverse=True)
    alternatives = [r"[\s\-]+".join(map(re.escape, word.split(" "))) for word in words]
    return r"(?:\d{1,3}|" + "|".join(alternatives) + ")"


def to_number(text: str, lang: str) -> int | None:
    """The value of a number written in digits or in ``lang``'s words, or None."""
    if text.isascii() and text.isdigit():
        return int(text)
    text = _JOIN.sub(" ", normalise(text)).strip()
    if text.isdigit():
        return int(text)
    return number_words(lang).get(text)
