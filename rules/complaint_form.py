"""complaint-form (criterion 6): a complaint form is offered, online or to download.

Passes on any of:

- an online form on the judged pages (complaint pages, their sub-pages, the contact
  page): a ``<form>`` with a free-text field (a ``<textarea>``, or an input named or
  labelled as the description) that is about complaints: its legend, labels,
  subjects or name say so, or its heading, the text just above it, or the page
  (title, main heading, address) is the complaint page; an embedded form
  (``<iframe>`` from a forms provider) on a complaint page counts too;
- a downloadable form: a link to a PDF, DOCX, ODT, DOC or RTF document named as a
  complaint form in its link text, title or file name, or a bare "download" link in
  a sentence or section that names the complaint form;
- a link to an online complaint form anywhere (an e-services portal, a forms
  provider): "formulaire de plainte en ligne", "online klachtenformulier",
  "Online-Beschwerdeformular", "complaint form", "klacht online indienen", or the
  contact form when the sentence says complaints are filed with it;
- a link in a table row or a definition whose other cell names the complaint form
  ("Formulaire de plainte | <a>PDF</a> | <a>Commencer</a>"), or a document link whose text
  only says which copy it is ("Version PDF", "Word", "barrierefreie Fassung") under a
  heading that names the complaint form;
- a link to a forms provider or an e-services host (forms.office.com, typeform,
  eservices...) named as the complaint ("Start your complaint"), or with a text that
  says nothing by itself (its address, "deze link") in a sentence naming the complaint;
- a link to an online channel with a generic name ("guichet électronique", "e-loket",
  "Online-Schalter", "e-services portal") when its sentence tells to file the
  complaint through it ("déposez votre plainte via notre <a>guichet électronique</a>");
  the federal e-government portals by name (MyMinfin, MyPension, MyBenefits, eBox, "Mon
  dossier") count the same way ("introduisez votre plainte en ligne via <a>MyMinfin</a>").
  A counter without "online" is a desk in a building, and a portal where a complaint
  is only followed up is not a way to file it.

Only the administration's own form for complaints about its service counts. A page
about another procedure (rules/statements.py: reporting a company to an inspection,
objecting to a levy, a criminal complaint) is not read, even when it sits among the
judged pages; nor is a form or link under such a heading or in such a sentence ("pour
signaler une entreprise, utilisez le formulaire en ligne"), nor another body's form
(the Federal Ombudsman's complaint form, on its site or named as its own).

A generic form link ("le formulaire en ligne") on a complaint page does not count
when its sentence names no complaint and no dissatisfaction and puts it under another
purpose ("... pour nous communiquer votre nouvelle adresse", "To object to your tax
assessment, download the form", a newsletter), or answers a question about another
matter just before it ("Verhuisd? Geef uw nieuw adres door met het online formulier";
a question about the channel, "Vous préférez écrire ?", is not another matter).

A general contact form counts only when it says it takes complaints: a subject
option "Plainte"/"Klacht"/"Beschwerde"/"Complaint", a label such as "your question or
complaint", a lead-in "use this form for your complaint", or a link to it that says to
choose the complaint as subject ("Utilisez notre formulaire de contact en choisissant
« Plainte » comme sujet": a coordinator accepts this, as ONSS/RSZ do it). Without that it is a
form for questions, and the rule fails with ``form.contact-form-only``. A contact or
feedback form linked in a sentence that says to use it for the complaint counts too ("Use
our <a>feedback form</a> to send us a complaint"). Search, newsletter, login and "was this
page / this information useful?" forms never count. An e-mail address
is not a form (``form.email-only``); a form for another procedure only gives
``form.other-subject``.

**Anti-pattern** (fails: an e-mail address is not a form)::

    <h1>Plaintes</h1>
    <p>Envoyez votre plainte à plaintes@agence.example.</p>

**Best practice**::

    <h1>Formulaire de plainte</h1>
    <form action="/fr/plaintes/envoi" method="post">
      <label for="nom">Nom</label> <input id="nom" name="nom">
      <label for="texte">Décrivez votre plainte</label> <textarea id="texte" name="plainte"></textarea>
      <button>Envoyer</button>
    </form>
    <p>Vous préférez le papier ? <a href="/docs/formulaire-plainte.pdf">Formulaire de plainte (PDF)</a></p>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import unquote, urlsplit

from crawler.page import HEADINGS, Page, clean, css_path, is_chrome
from crawler.roles import is_document
from crawler.text import Phrases, normalise
from rules.base import FAIL, PASS, Finding, Rule
from rules.sentences import negated, sentence_at
from rules.statements import StatementVocab, page_subject
from rules.vocabulary import load_vocab, phrases

COMPLAINT, GENERIC, OTHER = "complaint", "generic", "other"
FREE_TEXT_INPUTS = frozenset(("", "text"))
_SEPARATORS = re.compile(r"[-_.+/=&?%]+")
_ADDRESS = re.compile(r"^\W*(https?://|www\.|[\w-]+(\.[\w-]+)+/)")
_FORM_TOKEN = re.compile(r"([\w-]*?)(formulaires?|formulier(?:en)?|formular(?:e|en|s)?)|((?:e-?|web-?)?)(forms?)")


@dataclass
class FormReading:
    """What a <form> says about itself and what stands around it."""

    verdict: str            # complaint | subject | statement | general | ignored
    summary: str = ""
    subject: str = ""


class ComplaintForm(Rule):
    id = "complaint-form"
    criterion = 6
    summary = "A complaint form is offered: online, to download, or linked"

    @cached_property
    def _vocab(self) -> dict:
        return load_vocab("form")

    @cached_property
    def _words(self) -> StatementVocab:
        return StatementVocab.load()

    @cached_property
    def _m(self) -> dict[str, Phrases]:
        names = ("form_word", "complaint_form", "online", "search", "newsletter", "page_feedback", "free_text",
                 "other_heading", "below", "bare_link", "document_format", "form_hosts", "email", "qualifier_after",
                 "online_channel", "file_verb", "follow_verb", "through", "external_hosts", "form_providers",
                 "subject_choice", "purpose", "neutral_purpose", "dissatisfaction", "document_copy",
                 "complaint_verb", "channel_question")
        return {name: phrases(self._vocab[name]) for name in names}

    @cached_property
    def _generic_prefix(self) -> frozenset[str]:
        return frozenset(normalise(w) for w in self._vocab["generic_prefix"])

    # -- the verdict per language ----------------------------------------------------------
    def check(self, site):
        for lang in site.languages:
            version = site.versions[lang]
            pages = version.judged_pages
            if not pages:
                yield Finding(FAIL, "site.no-complaint-page", lang)
                continue
            yield self._judge(lang, version, pages)

    def _judge(self, lang: str, version, judged) -> Finding:
        general = None
        pages = [p for p in judged if page_subject(p, self._words) != "other"]
        elsewhere = [p for p in judged if p not in pages]
        for page in pages:
            for form in self._forms(page):
                reading = self._read_form(page, form)
                evidence = {"selector": css_path(form), "text": reading.summary[:300]}
                if reading.verdict == COMPLAINT or (reading.verdict in ("subject", "statement")
                                                    and self._page_is_complaint(page)):
                    return Finding(PASS, "form.online", lang, page.url, data={"url": page.url}, evidence=evidence)
                if reading.verdict in ("subject", "statement"):
                    return Finding(PASS, "form.contact-form", lang, page.url,
                                   data={"url": page.url, "subject": reading.subject},
                                   evidence=evidence)
                if reading.verdict == "general" and general is None:
                    general = (page, form, reading)
            embedded = self._embedded_form(page)
            if embedded is not None:
                return Finding(PASS, "form.embedded", lang, page.url, data={"url": page.url, "href": embedded[1]},
                               evidence={"selector": css_path(embedded[0]), "text": embedded[1][:300]})
        online = None   # a document anywhere is better evidence than an online form's link
        for page in pages:
            for link in page.links:
                kind = self._link_kind(page, link)
                if kind == "document":
                    return self._linked("form.document", lang, page, link)
                if kind == "online" and online is None:
                    online = (page, link)
        if online is not None:
            return self._linked("form.link", lang, *online)
        return self._failure(lang, version, pages, general, elsewhere)

    @staticmethod
    def _linked(message: str, lang: str, page: Page, link) -> Finding:
        return Finding(PASS, message, lang, page.url, data={"href": link.url, "text": link.text[:120]},
                       evidence={"selector": link.selector, "text": link.text[:300], "url": link.url})

    def _failure(self, lang, version, pages, general, elsewhere=()) -> Finding:
        complaint_pages = [p for p in pages if p is not version.contact]
        email = self._email(complaint_pages)
        if email:
            return Finding(FAIL, "form.email-only", lang, email[0].url, data={"email": email[1]},
                           evidence={"text": email[1]})
        if general is not None:
            page, form, reading = general
            return Finding(FAIL, "form.contact-form-only", lang, page.url, data={"url": page.url},
                           evidence={"selector": css_path(form), "text": reading.summary[:300]})
        email = self._email(pages)
        if email:
            return Finding(FAIL, "form.email-only", lang, email[0].url, data={"email": email[1]},
                           evidence={"text": email[1]})
        for page in elsewhere:   # a form for another procedure: reporting a company, objecting to a levy
            if any(self._has_free_text(form) for form in self._forms(page)):
                return Finding(FAIL, "form.other-subject", lang, page.url, data={"url": page.url},
                               evidence={"text": (page.title or page.url)[:300]})
        judged = [*pages, *elsewhere]
        return Finding(FAIL, "form.missing", lang, judged[0].url, data={"pages": [p.url for p in judged]})

    # -- online forms -----------------------------------------------------------------------
    @staticmethod
    def _forms(page: Page):
        """The page's forms. A form that wraps the whole page (ASP.NET WebForms' ``<form
        id="aspnetForm">`` around header, menu and content) is read as the parts that are
        forms to a visitor: its fieldsets, or the block around each free-text field.

            >>> page = Page("https://x.be/nl/contact", 200, "text/html", (
            ...     "<html><body><form id='aspnetForm'><nav><a href='/nl/klachten'>Klachten</a></nav>"
            ...     "<main><h1>Contact</h1><fieldset><legend>Uw vraag</legend><textarea name='q'></textarea>"
            ...     "</fieldset></main></form></body></html>").encode())
            >>> [f.tag for f in ComplaintForm._forms(page)]
            ['fieldset']
        """
        tree = page.tree
        if tree is None:
            return []
        found = []
        for form in tree.iter("form"):
            if not _wraps_page(form):
                found.append(form)
                continue
            fieldsets = [f for f in form.iter("fieldset") if not any(a.tag == "fieldset" for a in f.iterancestors())]
            fields = [f for f in form.iter("textarea", "input") if f.tag == "textarea"
                      or (f.get("type") or "").lower() in FREE_TEXT_INPUTS]   # a one-line description field too
            loose = [_local_region(field) for field in fields
                     if not any(a.tag == "fieldset" for a in field.iterancestors())]
            found += fieldsets + list(dict.fromkeys(loose))
        return found

    def _read_form(self, page: Page, form) -> FormReading:
        own, shown, subjects = self._own_text(form)
        own_n, subjects_n = normalise(own), normalise(" ".join(subjects))
        attrs = _flat(" ".join(form.get(a) or "" for a in ("id", "name", "class", "action", "aria-label", "role", "title")))
        heading = self._heading_before(form)
        summary = clean(" | ".join(x for x in (heading, shown) if x))
        own_complaint = self._words.mentions_complaint(own_n) or self._words.mentions_complaint(_flat(
            " ".join(form.get(a) or "" for a in ("id", "name", "aria-label", "title"))))
        if is_chrome(form) and not own_complaint:
            return FormReading("ignored")
        if self._is_search(form, attrs):
            return FormReading("ignored")
        if self._m["page_feedback"].search(normalise(f"{heading} {_visible_text(form)}"), normalised=True):
            return FormReading("ignored")
        if not own_complaint and self._m["page_feedback"].search(
                normalise(" ".join(self._read_above(page, form))), normalised=True):
            return FormReading("ignored")   # "Cette page vous a-t-elle été utile ?" as a bold line or role="heading"
        has_textarea = any(True for _ in form.iter("textarea"))
        if not has_textarea and not own_complaint and \
                self._m["newsletter"].search(normalise(f"{heading} {own} {attrs}"), normalised=True):
            return FormReading("ignored")
        if not self._has_free_text(form):
            return FormReading("ignored")
        if not own_complaint and self._for_other_matter(page, form, heading):
            return FormReading("ignored")   # reporting a company, contesting a levy: not a complaint form
        if own_complaint:
            return FormReading(COMPLAINT, summary)
        if subjects_n and self._words.mentions_complaint(subjects_n):
            subject = next((s for s in subjects if self._words.mentions_complaint(normalise(s))), "")
            return FormReading("subject", summary, subject=clean(subject))
        heading_n = normalise(heading)
        if heading_n and self._words.mentions_complaint(heading_n):
            return FormReading(COMPLAINT, summary)
        lead_in = self._lead_in(page, form)
        if lead_in:
            return FormReading("statement", clean(f"{lead_in} | {summary}"), subject=clean(lead_in)[:120])
        if heading_n and self._m["other_heading"].search(heading_n, normalised=True):
            return FormReading("general", summary)
        if self._page_is_complaint(page):
            return FormReading(COMPLAINT, summary)
        return FormReading("general", summary)

    @staticmethod
    def _own_text(form) -> tuple[str, str, list[str]]:
        """The form's own words (legend, labels, buttons, field names, headings), the part of them
        a reader sees, and its subject choices."""
        parts, shown, subjects = [], [], []
        for el in form.iter():
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if tag in ("legend", "label", "button", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "caption"):
                text = clean(el.text_content())
                shown.append(text)
                control = el.find(".//input") if tag == "label" else None
                if control is None and tag == "label" and el.get("for"):
                    found = form.xpath(".//input[@id=$id]", id=el.get("for"))
                    control = found[0] if found else None
                if control is not None and (control.get("type") or "").lower() == "radio":
                    subjects.append(text)   # a choice of subject, like an <option>
                else:
                    parts.append(text)
            elif tag == "option":
                subjects.append(clean(el.text_content()) or clean(el.get("value")))
            elif tag in ("input", "textarea", "select"):
                kind = (el.get("type") or "").lower()
                if kind in ("hidden",):
                    continue
                if kind in ("submit", "button"):
                    parts.append(el.get("value") or "")
                    shown.append(el.get("value") or "")
                described = _flat(" ".join(el.get(a) or "" for a in ("name", "id", "placeholder", "aria-label", "title")))
                (subjects if kind == "radio" else parts).append(described)
        return clean(" ".join(parts)), clean(" · ".join(x for x in shown if x)), [s for s in subjects if s]

    def _is_search(self, form, attrs: str) -> bool:
        if (form.get("role") or "").lower() == "search":
            return True
        for field in form.iter("input"):
            kind = (field.get("type") or "").lower()
            if kind == "search":
                return True
            if kind in FREE_TEXT_INPUTS and re.fullmatch(r"(q|s|query|search\w*|keys|keywords?|zoek\w*|recherche|suche|term)",
                                                         (field.get("name") or "").lower()):
                return True
        if any(True for _ in form.iter("textarea")):
            return False
        return bool(self._m["search"].search(attrs, normalised=True))

    def _has_free_text(self, form) -> bool:
        if any(True for _ in form.iter("textarea")):
            return True
        labels = None   # the document's <label for=...>, read once when a one-line field needs one
        for el in form.iter():
            if not isinstance(el.tag, str):
                continue
            if el.get("contenteditable", "").lower() == "true" or (
                    el.get("role") == "textbox" and el.get("aria-multiline") == "true"):
                return True
            if el.tag.lower() == "input" and (el.get("type") or "").lower() in FREE_TEXT_INPUTS:
                described = _flat(" ".join(el.get(a) or "" for a in ("name", "id", "placeholder", "aria-label", "title")))
                if labels is None:
                    labels = _labels_for(form)
                label = _label_of(el, labels)
                if self._m["free_text"].search(normalise(f"{described} {label}"), normalised=True):
                    return True
        return False

    @staticmethod
    def _heading_before(form) -> str:
        """The nearest heading above the form in the content (navigation headings skipped)."""
        for heading in reversed(form.xpath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 "
                                           "or self::h6]")):
            if not is_chrome(heading):
                return clean(heading.text_content())
        return ""

    def _for_other_matter(self, page: Page, element, heading: str) -> bool:
        """The heading above the form, or the text just before it, puts it under another matter
        (a complaint against a company, an objection, a criminal complaint) or another body
        (the Ombudsman's form), and does not say it is for complaints about the service."""
        heading_n = normalise(heading)
        if heading_n and (self._words.off_topic(heading_n) or self._other_body(heading_n)):
            return True
        texts = [normalise(t) for t in self._texts_before(page, element)]
        return any(self._words.borrowed(t) or self._other_body(t) for t in texts) and \
            not any(self._words.mentions_complaint(t) and not self._other_body(t) for t in texts)

    def _other_body(self, text: str) -> bool:
        """Normalised ``text`` names a body other than the administration (the Ombudsman) and does
        not speak as the administration ("notre", "onze", "our")."""
        return self._words.names_external(text) >= 0 and not self._words.first_person.search(text, normalised=True)

    def _other_bodys_link(self, sentence: str, name: str) -> bool:
        """The link in ``sentence`` belongs to another body: the body is named before it with
        nothing of the administration's own in between ("auprès du Médiateur fédéral via son
        formulaire"), or right after it as its owner ("le formulaire du Médiateur fédéral")."""
        at = sentence.find(name) if name else -1
        if at < 0:
            return self._other_body(sentence)
        head = sentence[:at]
        named = self._words.names_external(head)
        if named >= 0 and not self._words.first_person.search(head[named:], normalised=True):
            return True
        tail = sentence[at + len(name):at + len(name) + 60]
        owner = re.match(r"\W*(du|de la|de l'|des|van de|van het|der|of the|from the)\s", tail)
        return bool(owner) and self._words.names_external(tail[owner.end():owner.end() + 25]) >= 0

    @staticmethod
    def _read_above(page: Page, element) -> list[str]:
        """What the reader sees just above ``element``, whatever its markup: the section heading
        of its first block (an <hN>, a role="heading", a bold line) and the block before it."""
        inside = _blocks_in(page, element)
        if not inside:
            return []
        before = next((b.text for b in reversed(page.blocks[:inside[0].order]) if not b.chrome), "")
        return [inside[0].heading, before]

    @staticmethod
    def _texts_before(page: Page, element, limit: int = 2) -> list[str]:
        """The content blocks just above ``element`` up to the nearest heading (nearest last)."""
        inside = _blocks_in(page, element)
        return _texts_above(page.blocks, inside[0].order, limit) if inside else []

    def _lead_in(self, page: Page, form) -> str:
        """A sentence just above the form, or inside it, that says it is for complaints."""
        inside = _blocks_in(page, form)
        texts = [b.text for b in inside if b.tag in ("p", "div", "li", "span", "small")]
        if inside:
            texts = _texts_above(page.blocks, inside[0].order, 3) + texts
        for text in texts:
            if self._says_for_complaints(normalise(text)):
                return text
        return ""

    def _says_for_complaints(self, text: str) -> bool:
        """"Utilisez ce formulaire pour votre plainte", "Une plainte ? Complétez le formulaire ci-dessous"."""
        sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text) if s]
        for i, sentence in enumerate(sentences):
            if not self._words.mentions_complaint(sentence) or negated(sentence):
                continue
            pointing = self._m["form_word"].search(sentence, normalised=True) or \
                self._m["below"].search(sentence, normalised=True)
            if not pointing and sentence.endswith("?") and i + 1 < len(sentences):
                nxt = sentences[i + 1]
                pointing = (self._m["form_word"].search(nxt, normalised=True)
                            or self._m["below"].search(nxt, normalised=True))
            if pointing:
                return True
        return False

    def _embedded_form(self, page: Page):
        tree = page.tree
        if tree is None:
            return None
        for frame in tree.iter("iframe"):
            src = frame.get("src") or frame.get("data-src") or ""
            title = normalise(f"{frame.get('title') or ''} {frame.get('aria-label') or ''}")
            if not src or is_chrome(frame):
                continue
            host_or_title = self._m["form_hosts"].search(_flat(src), normalised=True) or \
                self._m["form_word"].search(title, normalised=True)
            if not host_or_title:
                continue
            heading = self._heading_before(frame)
            about = self._words.mentions_complaint(title) or self._words.mentions_complaint(_flat(src)) or \
                self._words.mentions_complaint(normalise(heading)) or self._page_is_complaint(page)
            theirs = self._external_host(page.absolute(src) or src, page.url)
            if about and not theirs and not self._for_other_matter(page, frame, heading):
                return frame, page.absolute(src) or src
        return None

    # -- links and documents ------------------------------------------------------------------
    def _link_kind(self, page: Page, link) -> str | None:
        """"document" or "online" when the link leads to a complaint form, else None."""
        if link.url.split("#")[0] == page.url.split("#")[0]:
            return None
        if self._external_host(link.url, page.url):
            return None     # the Federal Ombudsman's own complaint form, on its own site
        name = normalise(link.text)
        path = urlsplit(link.url).path
        file_words = _flat(unquote(path.rsplit("/", 1)[-1]))
        document = is_document(link.url) or bool(self._m["document_format"].search(name, normalised=True))
        sentence, heading, previous, row = self._link_context(page, link)
        if self._other_bodys_link(sentence, name) or (self._other_body(heading) and
                                                      not self._words.first_person.search(sentence, normalised=True)):
            return None     # "adressez-vous au Médiateur fédéral via son formulaire de plainte"
        rest = sentence.replace(name, " ") if name else sentence
        if sentence and self._words.off_topic(rest) and (self._words.borrowed(rest)
                                                         or not self._words.mentions_complaint(name)):
            return None     # "pour signaler une entreprise, utilisez le formulaire en ligne", "formulaire de recours"
        if previous and not self._words.mentions_complaint(rest) and self._words.off_topic(previous) and \
                self._words.borrowed(previous):
            return None     # "Wil u een bedrijf melden? Gebruik het <a>online formulier</a>."
        kind = self._form_kind(name)
        if document and kind != COMPLAINT and self._form_kind(file_words) == COMPLAINT:
            kind = COMPLAINT
        if kind == COMPLAINT:
            return "document" if document else "online"
        if link.chrome or self._for_something_else(rest, previous):
            return None     # "Vous avez déménagé ? Utilisez le formulaire en ligne pour ...", "To object to ..."
        sentence_says = self._words.mentions_complaint(sentence) and \
            not negated(sentence)
        if not document and self._provider_link(link, name, sentence_says):
            return "online"     # "remplissez notre formulaire : https://x.typeform.com/...", "Start your complaint"
        if self._row_names_complaint_form(row, link):
            return "document" if document else "online"    # a table row "Formulaire de plainte | Commencer"
        around = sentence_says or self._words.mentions_complaint(heading) or self._page_is_complaint(page)
        bare = bool(self._m["bare_link"].search(name, normalised=True)) or not name
        named_in_sentence = bare and sentence_says and self._form_kind(sentence) in (COMPLAINT, GENERIC)
        if document:
            if kind == GENERIC and around:
                return "document"
            if kind is None and self._form_kind(heading) == COMPLAINT and not self._words.off_topic(heading) and \
                    self._only_copy(name):
                return "document"   # under the heading "Formulaire de plainte": "Version PDF", "Word"
            if named_in_sentence or (bare and around and self._form_kind(sentence) == GENERIC):
                return "document"   # "le formulaire de plainte est disponible <a>ici</a> (PDF)"
            return None
        online = bool(self._m["online"].search(name, normalised=True))
        if kind is None and online and self._words.mentions_complaint(name):
            return "online"     # "Introduire une plainte en ligne", "Klacht online indienen"
        if kind == GENERIC and (sentence_says or (around and not _plural_only(name))):
            return "online"     # "remplissez le formulaire en ligne" on the complaint page, not "tous nos formulaires"
        if kind == OTHER and sentence_says and (self._files_complaints(sentence) or
                                                self._m["subject_choice"].search(sentence, normalised=True)):
            return "online"     # "via notre formulaire de contact", "... en choisissant « Plainte » comme sujet"
        if named_in_sentence and (self._form_kind(sentence) == COMPLAINT
                                  or self._m["online"].search(sentence, normalised=True)):
            return "online"     # "klik <a>hier</a> om het klachtenformulier in te vullen"
        if self._m["online_channel"].search(name, normalised=True) and sentence_says and \
                self._files_through(sentence, name):
            return "online"     # "déposez votre plainte via notre <a>guichet électronique</a>", "e-loket"
        return None

    def _only_copy(self, name: str) -> bool:
        """The link text only says which copy of a document it is: "Version PDF", "Word (45 Ko)"."""
        rest = name
        for _ in range(12):
            found = self._m["document_copy"].search(rest, normalised=True)
            if not found:
                break
            rest = rest.replace(found, " ", 1)
        return name.strip() != "" and not re.search(r"\w", rest)

    def _for_something_else(self, sentence: str, previous: str) -> bool:
        """The link's sentence, naming no complaint and no dissatisfaction, puts the form under
        another purpose ("... pour nous communiquer votre nouvelle adresse", "To object to your
        tax assessment, ...") or answers a question about another matter just before it
        ("Verhuisd? Geef uw nieuw adres door met het online formulier")."""
        if self._about_complaints(sentence):
            return False
        if self._m["newsletter"].search(sentence, normalised=True):
            return True
        purpose = self._m["purpose"].search(sentence, normalised=True)
        if purpose and not self._m["neutral_purpose"].search(purpose, normalised=True):
            return True
        return previous.rstrip().endswith("?") and not self._about_complaints(previous) and \
            not self._m["channel_question"].search(previous, normalised=True)

    def _about_complaints(self, text: str) -> bool:
        """Normalised ``text`` names a complaint, complaining, or dissatisfaction."""
        return self._words.mentions_complaint(text) or bool(self._m["dissatisfaction"].search(text, normalised=True)) or \
            bool(self._m["complaint_verb"].search(text, normalised=True))

    def _provider_link(self, link, name: str, sentence_says: bool) -> bool:
        """A link to a forms provider or e-services host ("forms.office.com", "typeform"), named as
        the complaint ("Start your complaint"), or in a sentence naming it with a text that says
        nothing by itself (the address, "deze link")."""
        if not self._m["form_providers"].search(_flat(link.url), normalised=True) or negated(name):
            return False
        if self._words.mentions_complaint(name):
            return True
        bare = not name or bool(_ADDRESS.match(name)) or bool(self._m["bare_link"].search(name, normalised=True))
        return sentence_says and bare

    def _row_names_complaint_form(self, row: str, link) -> bool:
        """The link stands in a table row or a definition (``row``, normalised; "" for none) whose
        other cell names the complaint form."""
        if not row:
            return False
        label = row.replace(normalise(link.text), " ") if link.text else row
        return self._form_kind(label) == COMPLAINT and not self._words.off_topic(label)

    def _files_complaints(self, sentence: str) -> bool:
        """The sentence tells to file the complaint with this form (not to send it elsewhere)."""
        return bool(re.search(r"\b(via|par|avec|met|mit|uber|using|with|through|by|dans|in|op)\b", sentence)) or \
            bool(re.search(r"\b(utilis|rempli|complet|gebruik|vul|benutz|nutz|verwend|ausfull|use|fill)\w*", sentence))

    def _files_through(self, sentence: str, name: str) -> bool:
        """The sentence tells to file the complaint through the linked channel: a filing verb
        ("déposez", "dien ... in", "reichen Sie ... ein", "submit"), or "via"/"through" just before
        the link text when no verb says the channel is for following the complaint up."""
        if self._m["file_verb"].search(sentence, normalised=True):
            return True
        if self._m["follow_verb"].search(sentence, normalised=True):
            return False    # "suivez votre plainte sur notre portail": following it up, not filing it
        at = sentence.find(name) if name else -1
        return at >= 0 and bool(self._m["through"].search(sentence[max(0, at - 30):at], normalised=True))

    def _external_host(self, url: str, page_url: str) -> bool:
        """The address is on another body's site (the Federal Ombudsman, the Pensions Ombudsman,
        Comité P), not on the site being read."""
        host = urlsplit(url).hostname or ""
        if not host or host == urlsplit(page_url).hostname:
            return False
        return bool(self._m["external_hosts"].search(_flat(host), normalised=True))

    @staticmethod
    def _link_context(page: Page, link) -> tuple[str, str, str, str]:
        """The normalised sentence that holds the link, its section heading, the sentence before
        it in the same block ("Wil u een bedrijf melden? Gebruik het <a>formulier</a>"), and the
        table row or definition that holds it ("" for none). In a row, the row is the sentence."""
        block = _block_of(page, link)
        if block is None:
            return "", "", "", ""
        row = _row_of(page.blocks, block)
        if row:     # a table row or a definition: its other cells name what the link is
            row = normalise(row)
            return row, normalise(block.heading), "", row
        text = normalise(block.text)
        anchor = normalise(link.text)
        at = text.find(anchor) if anchor else -1
        sentence = sentence_at(text, at, at + len(anchor)) if at >= 0 else text
        begins = text.find(sentence)
        previous = sentence_at(text, begins - 2, begins - 2) if begins > 1 else ""
        return sentence, normalise(block.heading), previous, ""

    def _form_kind(self, text: str) -> str | None:
        """complaint (a complaint form by name), generic (a form, no purpose), other (a form for
        something else: contact, application) or None (no form named). ``text`` is normalised."""
        if not text:
            return None
        stripped = self._words.strip_borrowed(text)
        if self._m["complaint_form"].search(stripped, normalised=True):
            return COMPLAINT
        tokens = [t for t in re.split(r"[\s/|:()\[\],;]+", stripped) if t]
        positions = [i for i, t in enumerate(tokens) if _FORM_TOKEN.fullmatch(t.strip(".!?\"'"))]
        if not positions:
            return None
        for i in positions:
            window = " ".join(tokens[max(0, i - 3):i] + tokens[i + 1:i + 7])
            if self._words.mentions_complaint(window):
                return COMPLAINT
        for i in positions:
            if not self._other_purpose(tokens, i):
                return GENERIC
        return OTHER

    def _other_purpose(self, tokens: list[str], i: int) -> bool:
        token = tokens[i].strip(".!?\"'")
        found = _FORM_TOKEN.fullmatch(token)
        prefix = (found.group(1) or "").strip("-")
        if prefix and prefix.rstrip("s") not in self._generic_prefix and prefix not in self._generic_prefix:
            return True     # contactformulier, Antragsformular, e-mail-formulier
        if self._m["qualifier_after"].search(" ".join(tokens[i + 1:i + 3]), normalised=True):
            return True     # formulaire de contact, formulier voor inschrijving, form for applications
        if found.group(4) and not found.group(3) and i > 0:
            before = tokens[i - 1]
            if before not in self._generic_prefix and not self._m["online"].search(before, normalised=True):
                return True  # contact form, application form
        return False

    # -- context ------------------------------------------------------------------------------
    def _page_is_complaint(self, page: Page) -> bool:
        """The page itself is about complaints: its title, main heading or address."""
        head = normalise(" ".join([page.title, *page.h1]))
        return self._words.mentions_complaint(head) or self._words.mentions_complaint(_flat(urlsplit(page.url).path))

    def _email(self, pages) -> tuple[Page, str] | None:
        for page in pages:
            tree = page.tree
            if tree is not None:
                for a in tree.iter("a"):
                    href = (a.get("href") or "").strip()
                    if href.lower().startswith("mailto:") and not is_chrome(a):
                        return page, unquote(href[7:].split("?")[0])
            found = self._m["email"].search(normalise(page.main_text), normalised=True)
            if found:
                return page, found
        return None


def _blocks_in(page: Page, element) -> list:
    """The page's blocks that ``element`` holds, in reading order."""
    selector = css_path(element)
    return [b for b in page.blocks if b.selector == selector or b.selector.startswith(selector + " >")]


def _texts_above(blocks, first: int, limit: int) -> list[str]:
    """The texts of at most ``limit`` content blocks before ``blocks[first]``, up to the nearest
    heading (nearest last)."""
    before = []
    for block in reversed(blocks[:first]):
        if block.chrome:
            continue
        if block.tag in HEADINGS or len(before) >= limit:
            break
        before.append(block.text)
    return list(reversed(before))


def _labels_for(element) -> dict:
    """The document's ``<label for=...>`` elements by the id they name (the first of each)."""
    labels: dict = {}
    for label in element.getroottree().getroot().iter("label"):
        if label.get("for") is not None:
            labels.setdefault(label.get("for"), label)
    return labels


def _label_of(field, labels: dict) -> str:
    """The text of the field's label: the <label> around it, or the one whose ``for`` names it."""
    for node in field.iterancestors("label"):
        return clean(node.text_content())
    found = labels.get(field.get("id")) if field.get("id") else None
    return clean(found.text_content()) if found is not None else ""


def _block_of(page: Page, link):
    """The deepest block that holds ``link``."""
    block = None
    for candidate in page.blocks:
        inside = link.selector == candidate.selector or link.selector.startswith(candidate.selector + " >")
        if inside and (block is None or len(candidate.selector) > len(block.selector)):
            block = candidate
    return block


def _row_of(blocks, block) -> str:
    """The text of the table row (cells joined by " : ") or of the definition (term and
    description) that ``block`` is a cell or a description of; "" for other blocks."""
    at = next((i for i, b in enumerate(blocks) if b is block), None)
    if at is None:
        return ""
    if block.tag == "dd":
        term = next((b for b in reversed(blocks[:at]) if b.tag == "dt"), None)
        return f"{term.text} : {block.text}" if term is not None else ""
    if block.tag not in ("td", "th"):
        return ""
    parent = block.selector.rsplit(" > ", 1)[0]

    def cell(i: int) -> bool:
        return 0 <= i < len(blocks) and blocks[i].tag in ("td", "th") and \
            blocks[i].selector.rsplit(" > ", 1)[0] == parent
    start, end = at, at
    while cell(start - 1) and _nth(blocks[start - 1]) < _nth(blocks[start]):
        start -= 1
    while cell(end + 1) and _nth(blocks[end + 1]) > _nth(blocks[end]):
        end += 1
    return " : ".join(b.text for b in blocks[start:end + 1])


def _nth(block) -> int:
    found = re.search(r":nth-of-type\((\d+)\)$", block.selector)
    return int(found.group(1)) if found else 1


def _plural_only(name: str) -> bool:
    """Every "form" word in the link text is a plural: a list of forms, not one form."""
    found = re.findall(r"\b(?:formulaires?|formulier(?:en)?|formular(?:e|en)?|forms?)\b", name)
    return bool(found) and all(w in ("formulaires", "formulieren", "formulare", "forms") for w in found)


def _visible_text(element) -> str:
    """The element's text as a reader sees it: no <script>, <style>, <noscript> or comments."""
    return clean(" ".join(element.xpath(".//text()[not(ancestor::script) and not(ancestor::style) "
                                        "and not(ancestor::noscript)]")))


def _flat(text: str) -> str:
    """Attribute values and file names as words: "formulaire_plainte-2024.pdf" -> "formulaire plainte 2024 pdf"."""
    return normalise(_SEPARATORS.sub(" ", text or ""))


_PAGE_PARTS = ("h1", "nav", "header", "main", "footer")


def _wraps_page(form) -> bool:
    """A form that holds the page itself: its main heading or its landmarks."""
    return any(True for _ in form.iter(*_PAGE_PARTS))


def _local_region(field):
    """The largest element around ``field`` that holds none of the page's landmarks."""
    node = field
    while node.getparent() is not None and node.getparent().tag != "form" and not _wraps_page(node.getparent()):
        node = node.getparent()
    return node
