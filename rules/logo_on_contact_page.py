"""logo-on-contact-page (criterion 3): the common complaints-management logo (the
speech balloon above "Des plaintes sur nos prestations ?" / "Klachten over onze
dienstverlening?" ...) is shown on the contact page of every language version.
The image itself must match the reference (perceptual hash); an alt text, a
title or a file name alone is only a hint.

**Anti-pattern** (fails: a chat icon labelled as the logo)::

    <img src="/img/chat-bubble.png" alt="Gestion des plaintes">

**Best practice**::

    <p>Rue de la Loi 1, 1000 Bruxelles – 02 123 45 67</p>
    <a href="/fr/plaintes/"><img src="/img/logo-plaintes-fr.png" width="165" height="115"
       alt="Des plaintes sur nos prestations ?"></a>
"""

from __future__ import annotations

from rules.base import FAIL, HINT, PASS, Finding, Rule
from rules.logo_sightings import NOT_FETCHED, best_logo, sightings


class LogoOnContactPage(Rule):
    id = "logo-on-contact-page"
    criterion = 3
    summary = "The complaints logo is on the contact page"

    def check(self, site):
        for lang in site.languages:
            contact = site.versions[lang].contact
            if contact is None:
                yield Finding(FAIL, "logo.no-contact-page", lang)
                continue
            found = sightings(site, contact)
            logo = best_logo(found)
            if logo is not None:
                data = logo.data()
                yield Finding(PASS, "logo.found", lang, contact.url, data=data,
                              evidence={"selector": logo.candidate.selector, "text": logo.candidate.alt[:200],
                                        "image": data["image"]})
                continue
            labelled = [s for s in found if s.hint and s.reason != NOT_FETCHED]
            for sighting in labelled[:3]:
                yield Finding(HINT, "logo.labelled-not-matching", lang, contact.url, data=sighting.data(),
                              evidence={"selector": sighting.candidate.selector, "text": sighting.candidate.alt[:200]})
            unread = sum(1 for s in found if s.reason == NOT_FETCHED)
            yield Finding(FAIL, "logo.missing", lang, contact.url,
                          data={"images": len(found), "not_fetched": unread})
