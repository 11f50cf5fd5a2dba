"""The crawl's multilingual vocabulary, loaded once from ``data/vocab.yml``.

    >>> VOCAB.languages
    ('fr', 'nl', 'de', 'en')
    >>> VOCAB.role_score("complaint", "Des plaintes sur nos prestations ?")
    5
    >>> VOCAB.role_score("complaint", "Porter plainte à la police")
    -1
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources

import yaml

from crawler.text import Phrases, normalise


def _weighted(entries) -> list[tuple[int, Phrases]]:
    return [(int(weight), Phrases(phrases)) for weight, phrases in entries or []]


def _best(weighted: list[tuple[int, Phrases]], text: str) -> int:
    return max((w for w, phrases in weighted if phrases.search(text, normalised=True)), default=0)


@dataclass(frozen=True)
class Vocabulary:
    data: dict

    @classmethod
    def load(cls) -> "Vocabulary":
        text = resources.files("crawler").joinpath("data/vocab.yml").read_text(encoding="utf-8")
        return cls(yaml.safe_load(text))

    @cached_property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.data["languages"])

    @cached_property
    def language_names(self) -> dict[str, set[str]]:
        return {lang: {normalise(n) for n in names} for lang, names in self.data["language_names"].items()}

    @cached_property
    def language_codes(self) -> dict[str, str]:
        """Path segment or sub-domain -> language."""
        return {normalise(code): lang for lang, codes in self.data["language_codes"].items() for code in codes}

    @cached_property
    def _roles(self) -> dict[str, dict[str, list[tuple[int, Phrases]]]]:
        return {role: {part: _weighted(entries) for part, entries in spec.items()}
                for role, spec in self.data["roles"].items()}

    @cached_property
    def _subpages(self) -> dict[str, list[tuple[int, Phrases]]]:
        return {part: _weighted(entries) for part, entries in self.data["complaint_subpages"].items()}

    @cached_property
    def complaint_portals(self) -> Phrases:
        return Phrases(self.data["complaint_portals"])

    @cached_property
    def document_extensions(self) -> tuple[str, ...]:
        return tuple(self.data["document_extensions"])

    def role_score(self, role: str, text: str, url_path: str = "") -> int:
        """How strongly a link or page points to ``role`` ("contact" or "complaint").

        Text and URL evidence add up; a negative subject (criminal complaint,
        tax objection) in the text makes the score negative.
        """
        spec = self._roles[role]
        text = normalise(text)
        if _best(spec.get("negative", []), text):
            return -1
        path = normalise(url_path.replace("_", "-").replace("/", " "))
        if _best(spec.get("negative", []), path):
            return -1
        return _best(spec["text"], text) + _best(spec.get("url", []), path)

    def subpage_score(self, text: str, url_path: str = "") -> int:
        """How strongly a link on a complaint page points to one of its sub-pages.

            >>> VOCAB.subpage_score("Notre charte", "/fr/a-propos/charte")
            4
            >>> VOCAB.subpage_score("Procédure de recours", "/fr/recours")
            -1

        Negative when the link names an appeal, or a subject the complaint role excludes.
        """
        if self.role_score("complaint", text, url_path) < 0:
            return -1
        both = normalise(f"{text} {url_path.replace('/', ' ')}")
        if _best(self._subpages.get("negative", []), both):
            return -1
        return _best(self._subpages["text"], both)


VOCAB = Vocabulary.load()
