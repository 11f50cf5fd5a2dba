"""Where a text speaks of a criminal complaint: to the police or the public prosecutor,
which is never a complaint about the administration's service.

Some phrases are criminal by themselves ("plainte pénale", "aangifte", "Strafanzeige");
others only when the same sentence names the police, the prosecutor or an offence:
"porter plainte", "klacht neerleggen", "file a complaint" are also said of a complaint
about the service. The words are data: ``rules/vocab/criminal.yml``.

The matcher has the ``finditer``/``search`` interface of ``crawler.text.Phrases``, so a
rule can use it as a mask (``rules.sentences.mask``) or in its word lists.

    >>> criminal = criminal_complaints()
    >>> criminal.search("victime d'un vol ? portez plainte au commissariat.", normalised=True)
    'portez plainte'
    >>> criminal.search("vous pouvez porter plainte aupres de notre service qualite.", normalised=True) is None
    True
    >>> criminal.search("une plainte penale ne se depose pas ici.", normalised=True)
    'plainte penale'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from crawler.text import normalise
from rules.vocabulary import load_vocab, phrases

# what ends the sentence an ambiguous phrase is read in
_SENTENCE_END = re.compile(r"[.!?;]\s")


class CriminalComplaint:
    """Criminal-complaint phrases in normalised text, ambiguous ones only in a criminal context."""

    def __init__(self, vocab: dict):
        self.always = phrases(vocab["always"])
        self.ambiguous = phrases(vocab["ambiguous"])
        self.context = phrases(vocab["context"])

    def __bool__(self) -> bool:
        return True

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Non-overlapping matches over normalised ``text``, in order."""
        found = list(self.always.finditer(text))
        found += [m for m in self.ambiguous.finditer(text) if self._in_context(text, m)]
        last = -1
        for m in sorted(found, key=lambda m: (m.start(), -m.end())):
            if m.start() >= last:
                last = m.end()
                yield m

    def search(self, text: str, normalised: bool = False) -> str | None:
        for m in self.finditer(text if normalised else normalise(text)):
            return m.group(0)
        return None

    def findall(self, text: str, normalised: bool = False) -> list[str]:
        return [m.group(0) for m in self.finditer(text if normalised else normalise(text))]

    def _in_context(self, text: str, match: re.Match) -> bool:
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end = _SENTENCE_END.search(text, match.end())
        sentence = text[start:end.start() + 1 if end else len(text)]
        return self.context.search(sentence, normalised=True) is not None


@lru_cache(maxsize=1)
def criminal_complaints() -> CriminalComplaint:
    return CriminalComplaint(load_vocab("criminal"))
