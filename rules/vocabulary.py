"""Rule vocabularies, kept as data in ``rules/vocab/<name>.yml``.

    >>> v = load_vocab("procedure")
    >>> phrases(v["how"]).search("Vous pouvez introduire votre plainte via le formulaire.")
    'introduire votre plainte'

A rule that asks many questions of one vocabulary reads it through ``vocab(name)``: each
entry compiled once per process, on first use, and asked about normalised text:

    >>> appeal = vocab("appeal")
    >>> appeal.has("appeal", "vous pouvez introduire un recours")
    True
    >>> appeal.has("appeal", "vous pouvez introduire une plainte")
    False
    >>> appeal.spans("appeal", "une plainte ou un recours")
    [(18, 25)]
    >>> sorted(vocab("definition").kinds("scope", "un delai trop long"))
    ['delay']
"""

from __future__ import annotations

from functools import cached_property, lru_cache
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


class _Matchers(dict):
    """Phrase matchers by key, each compiled from ``entries`` the first time it is asked for."""

    def __init__(self, entries: dict):
        super().__init__()
        self.entries = entries

    def __missing__(self, key: str) -> Phrases:
        matcher = self[key] = phrases(self.entries[key])
        return matcher


class Vocab:
    """One vocabulary: ``v[key]`` is the matcher of an entry (a list of phrases or a
    {language: [phrases]} table); a *table* ({kind: entry}, such as ``mask``) is read with
    ``kinds`` or ``masks``. All texts are normalised (``crawler.text.normalise``, or a
    rule's ``norm``)."""

    def __init__(self, data: dict):
        self.data = data
        self._matchers = _Matchers(data)
        self._tables: dict[str, _Matchers] = {}

    def __getitem__(self, key: str) -> Phrases:
        return self._matchers[key]

    def has(self, key: str, text: str) -> bool:
        return bool(self._matchers[key].search(text, normalised=True))

    def spans(self, key: str, text: str) -> list[tuple[int, int]]:
        """Where entry ``key`` matches in ``text`` (``rules.sentences.spans`` by key)."""
        return [(m.start(), m.end()) for m in self._matchers[key].finditer(text)]

    def table(self, key: str) -> _Matchers:
        """The matchers of a table's kinds, by kind."""
        if key not in self._tables:
            self._tables[key] = _Matchers(self.data[key])
        return self._tables[key]

    def kinds(self, key: str, text: str) -> set[str]:
        """The kinds of table ``key`` that match in ``text``."""
        return {kind for kind in self.data[key] if self.table(key)[kind].search(text, normalised=True)}

    def masks(self, tokens: dict[str, str]) -> list[tuple[Phrases, str]]:
        """(matcher, token) pairs for ``rules.sentences.mask``, from the ``mask`` table, in
        the order of ``tokens`` ({mask kind: the token that replaces its matches})."""
        return [(self.table("mask")[kind], token) for kind, token in tokens.items()]


@lru_cache(maxsize=None)
def vocab(name: str) -> Vocab:
    """``rules/vocab/<name>.yml`` as a ``Vocab``, one per process."""
    return Vocab(load_vocab(name))


class VocabularyMixin:
    """For a rule that reads one vocabulary, named by ``vocabulary``: ``_v`` is its
    ``Vocab``, ``_has(key, text)`` and ``_s(key, text)`` ask whether and where an entry
    matches normalised text."""

    vocabulary: str

    @cached_property
    def _v(self) -> Vocab:
        return vocab(self.vocabulary)

    def _has(self, key: str, text: str) -> bool:
        return self._v.has(key, text)

    def _s(self, key: str, text: str) -> list[tuple[int, int]]:
        return self._v.spans(key, text)
