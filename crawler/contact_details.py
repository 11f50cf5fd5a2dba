"""Contact details in a piece of text: an e-mail address, a Belgian phone number,
a postcode followed by a town. Page roles and the logo placement read them alike.

    >>> sorted(contact_details("Rue de la Loi 16, 1000 Bruxelles – tél. 02 501 02 11"))
    ['phone', 'postcode']
    >>> contact_details("Une question ? Écrivez-nous.")
    set()
"""

from __future__ import annotations

import re

PATTERNS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    "phone": re.compile(r"(?:\+32|\b0)\s?\d{1,3}(?:[\s./-]?\d{2,3}){2,4}\b"),
    "postcode": re.compile(r"\b[1-9]\d{3}\s+[A-Z][\w\-]+"),
}


def contact_details(text: str) -> set[str]:
    """The kinds of contact details ``text`` holds."""
    return {kind for kind, pattern in PATTERNS.items() if pattern.search(text)}
