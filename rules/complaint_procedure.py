"""complaint-procedure (criterion 4): the complaint pages explain how and where
to file a complaint and what happens to it next.

**Anti-pattern** (fails: where to write, but not what happens then)::

    <h1>Plaintes</h1><p>Une question ? Contactez-nous.</p>

**Best practice**::

    <h1>Gestion des plaintes</h1>
    <p>Introduisez votre plainte via le formulaire en ligne ou par courrier.</p>
    <p>Le coordinateur des plaintes l'enregistre, l'examine et vous envoie une réponse motivée.</p>
"""

from __future__ import annotations

from functools import cached_property

from crawler.text import Phrases
from rules.base import FAIL, PASS, Finding, Rule
from rules.textsearch import first_hit, quote
from rules.vocabulary import load_vocab, phrases


class ComplaintProcedure(Rule):
    id = "complaint-procedure"
    criterion = 4
    summary = "The procedure is described: how and where to file, what happens next"

    @cached_property
    def _how(self) -> Phrases:
        return phrases(load_vocab("procedure")["how"])

    @cached_property
    def _next(self) -> Phrases:
        return phrases(load_vocab("procedure")["next"])

    def check(self, site):
        for lang in site.languages:
            version = site.versions[lang]
            pages = version.complaint_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang,
                              version.contact.url if version.contact else None)
                continue
            how, then = first_hit(pages, self._how), first_hit(pages, self._next)
            if how and then:
                yield Finding.at(PASS, "procedure.found", lang, how.page, how.block, quote(how.block, how.match),
                                 how=how.match, next=then.match, next_url=then.page.url,
                                 next_text=quote(then.block, then.match))
            elif how:
                yield Finding.at(FAIL, "procedure.missing-next", lang, how.page, how.block,
                                 quote(how.block, how.match))
            elif then:
                yield Finding.at(FAIL, "procedure.missing-how", lang, then.page, then.block,
                                 quote(then.block, then.match))
            else:
                yield Finding(FAIL, "procedure.missing", lang, pages[0].url)
