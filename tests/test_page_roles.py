"""Page recognition: which fetched pages the text rules judge in a language version.

The situations are the ones Belgian federal sites show (menus, footers, Drupal
titles with the site name after " | ", question headings, e-service forms) in
French, Dutch, German and English, and the look-alikes that are not the
complaint procedure: a criminal complaint, a tax objection, an appeal, a
report point for third parties, news and statistics about complaints. A
complaint statistics page is not the procedure page.

Pages are built in memory and scored as the crawl and the analysis score them
(crawler.roles, rules.site.Site.from_snapshot); one crawl of the loopback site
tests/sites/page_roles checks that the crawl reaches them too.
"""

from __future__ import annotations

import html

import pytest

from crawler.page import Page
from crawler.roles import LINK_THRESHOLD, ROLE_THRESHOLD, is_portal_link, link_scores, role_scores
from crawler.snapshot import Snapshot
from rules.site import Site

HOST = "https://www.example.belgium.be"

# What the main content of such pages says (three or more complaint words on a complaint page).
COMPLAINT_TEXT = {
    "fr": "Vous n'êtes pas satisfait de nos services ? Introduisez une plainte via notre formulaire. "
          "Chaque plainte reçoit un numéro unique et nous répondons à votre plainte dans les 30 jours.",
    "nl": "Bent u niet tevreden over onze dienstverlening? Dien een klacht in via het klachtenformulier. "
          "Elke klacht krijgt een uniek nummer en we beantwoorden uw klacht binnen 30 dagen.",
    "de": "Sie sind mit unserer Dienstleistung nicht zufrieden? Reichen Sie eine Beschwerde über das Formular ein. "
          "Jede Beschwerde erhält eine Nummer; wir beantworten Ihre Beschwerde innerhalb von 30 Tagen.",
    "en": "Not satisfied with our services? Submit a complaint using our form. Every complaint gets a "
          "unique number and we answer your complaint within 30 days.",
}
CONTACT_TEXT = {
    "fr": "Rue de la Loi 16, 1000 Bruxelles. Tél. 02 123 45 67. E-mail : info@example.belgium.be. "
          "Ouvert du lundi au vendredi de 9 à 16 heures.",
    "nl": "Wetstraat 16, 1000 Brussel. Tel. 02 123 45 67. E-mail: info@example.belgium.be. "
          "Open van maandag tot vrijdag van 9 tot 16 uur.",
    "de": "Gesetzstraße 16, 1000 Brüssel. Tel. 02 123 45 67. E-Mail: info@example.belgium.be. "
          "Geöffnet montags bis freitags von 9 bis 16 Uhr.",
    "en": "Rue de la Loi 16, 1000 Brussels. Phone 02 123 45 67. E-mail: info@example.belgium.be. "
          "Open Monday to Friday, 9 am to 4 pm.",
}
# The look-alikes use the complaint word as often as a complaint page does.
TRAP_TEXT = {
    "police": "Vous êtes victime d'une infraction ? Vous pouvez porter plainte dans n'importe quel commissariat. "
              "La plainte est transmise au parquet. Une copie de votre plainte vous est remise.",
    "aangifte": "Slachtoffer van een misdrijf? Doe aangifte bij de politie. Uw klacht wordt doorgestuurd "
                "naar het parket. U krijgt een kopie van uw klacht en een attest van uw klacht.",
    "anzeige": "Sie sind Opfer einer Straftat? Erstatten Sie Anzeige bei der Polizei. Ihre Beschwerde "
               "wird an die Staatsanwaltschaft weitergeleitet. Die Beschwerde ist kostenlos; Beschwerde online.",
    "tax-fr": "Vous n'êtes pas d'accord avec votre avertissement-extrait de rôle ? Introduisez une réclamation "
              "dans un délai d'un an. La réclamation doit être motivée. Nous traitons votre réclamation.",
    "tax-nl": "Niet akkoord met uw aanslagbiljet? Dien een bezwaarschrift in binnen het jaar. Uw klacht "
              "over de aanslag is een bezwaar; de klacht moet gemotiveerd zijn. Klacht of bezwaar?",
    "stats": "En 2025, nous avons reçu 412 plaintes, dont 180 fondées. Les plaintes concernaient surtout "
             "les délais. Le nombre de plaintes a baissé de 8 %.",
    "third-party": "Vous avez un problème avec une entreprise ? Introduisez une plainte contre l'entreprise. "
                   "Votre plainte est transmise à l'inspection. Une plainte anonyme est possible.",
    "news": "Le Médiateur fédéral a reçu 10 195 dossiers en 2024. Les plaintes concernaient surtout "
            "la fiscalité. Le rapport détaille les plaintes par administration.",
    "appeal": "Vous contestez une décision ? Vous pouvez introduire un recours devant le tribunal du travail "
              "dans les trois mois. Un recours n'est pas une plainte ; une plainte ne suspend pas le délai.",
    "none": "",
}


def _content(kind: str) -> str:
    """"fr" -> a French complaint page's text, "contact-nl" -> Dutch contact details, "police" -> a trap."""
    if kind in COMPLAINT_TEXT:
        return COMPLAINT_TEXT[kind]
    if kind.startswith("contact-"):
        return CONTACT_TEXT[kind.removeprefix("contact-")]
    return TRAP_TEXT[kind]


def page(url: str, title: str = "", h1: str = "", text: str = "", lang: str = "",
         links: tuple[tuple[str, str], ...] = ()) -> Page:
    """A federal-site page: header menu, main content with its heading, footer."""
    esc = html.escape
    lang = lang or url.split("/")[1]
    body = _content(text)
    anchors = "".join(f'<p><a href="{esc(href)}">{esc(label)}</a></p>' for label, href in links)
    doc = (f'<html lang="{lang}"><head><title>{esc(title)}</title></head><body>'
           f'<header><a href="/{lang}/">Accueil</a></header>'
           f'<main>{f"<h1>{esc(h1)}</h1>" if h1 else ""}<p>{esc(body)}</p>{anchors}</main>'
           f'<footer><p>Service public fédéral</p></footer></body></html>')
    return Page(HOST + url, 200, "text/html", doc.encode())


# -- complaint pages ---------------------------------------------------------------------
# (title, h1, url, links that lead to it, what the content says) -> a complaint page
COMPLAINT_PAGES = [
    # French
    ("Plaintes | SPF Finances", "Plaintes", "/fr/contact/plaintes", [], "fr"),
    ("Une plainte ? | ONEM", "Une plainte ?", "/fr/une-plainte", [], "fr"),
    ("Vous n'êtes pas satisfait ? | ONEM", "Vous n'êtes pas satisfait ?", "/fr/node/4821", [], "fr"),
    ("Pas satisfait de nos services ? - INAMI", "Pas satisfait de nos services ?", "/fr/l-inami/satisfaction", [], "fr"),
    ("Gestion des plaintes | SPF Economie", "Gestion des plaintes", "/fr/a-propos/qualite/gestion-des-plaintes", [], "fr"),
    ("Introduire une plainte | Fedasil", "Introduire une plainte", "/fr/introduire-une-plainte", [], "fr"),
    ("Mécontent ? | Régie des Bâtiments", "Mécontent ?", "/fr/mecontent", [], "fr"),
    ("Feedback & plaintes | SPF Justice", "Feedback & plaintes", "/fr/feedback", [], "fr"),
    ("GESTION DES PLAINTES - OFFICE DES ÉTRANGERS", "", "/fr/gestion-des-plaintes", [], "fr"),
    ("Des plaintes sur nos prestations ? | IBZ", "Des plaintes sur nos prestations ? Dites-le-nous !", "/fr/plaintes", [], "fr"),
    ("Service de médiation | AFSCA", "Service de médiation", "/fr/servicemediation/plainte/", [], "fr"),
    ("Comment traitons-nous votre plainte ? | SFP", "Comment traitons-nous votre plainte ?", "/fr/contact/traitement", [], "fr"),
    ("Formulaire de plainte | Régie des Bâtiments", "Formulaire de plainte", "/fr/formulaires/plainte", [], "fr"),
    ("Plainte ou recours ? | SPF Sécurité sociale", "Plainte ou recours ?", "/fr/plainte-ou-recours", [], "fr"),
    ("Service | SPF Mobilité", "Service", "/fr/node/912", ["Plaintes"], "fr"),
    ("SPF Mobilité", "Une plainte à propos de nos services ?", "/fr/node/913", [], "fr"),
    ("Qualité | Fedasil", "Vous n'êtes pas satisfait de nos services ?", "/fr/a-propos/qualite", [], "fr"),
    # Dutch
    ("Klachtenbehandeling | FOD Financiën", "Klachtenbehandeling", "/nl/contact/klachtenbehandeling", [], "nl"),
    ("Klachten | RVA", "Klachten", "/nl/klachten", [], "nl"),
    ("Niet tevreden? | RIZIV", "Niet tevreden?", "/nl/niet-tevreden", [], "nl"),
    ("Ontevreden over onze dienstverlening? - FPD", "Ontevreden over onze dienstverlening?", "/nl/node/77", [], "nl"),
    ("Klachtenmanagement | FAVV", "Klachtenmanagement", "/nl/over-ons/kwaliteit/klachtenmanagement", [], "nl"),
    ("Een klacht indienen | Fedasil", "Een klacht indienen", "/nl/een-klacht-indienen", [], "nl"),
    ("Uw mening telt | Regie der Gebouwen", "Uw mening telt", "/nl/uw-mening-telt", [], "nl"),
    ("Niet tevreden over onze dienstverlening? | FOD Sociale Zekerheid", "", "/nl/node/3120", [], "nl"),
    ("Klachtenformulier | Regie der Gebouwen", "Klachtenformulier", "/nl/klachtenformulier", [], "nl"),
    ("KLACHTEN - DIENST VREEMDELINGENZAKEN", "", "/nl/klachten", [], "nl"),
    ("Dienstverlening | FOD Justitie", "Dienstverlening", "/nl/node/501", ["Klachten"], "nl"),
    ("Hoe behandelen we uw klacht? | FOD Economie", "Hoe behandelen we uw klacht?", "/nl/over-ons/behandeling", [], "nl"),
    # German
    ("Beschwerden | FÖD Finanzen", "Beschwerden", "/de/kontakt/beschwerden", [], "de"),
    ("Beschwerdemanagement | LfA", "Beschwerdemanagement", "/de/beschwerdemanagement", [], "de"),
    ("Nicht zufrieden? | LIKIV", "Nicht zufrieden?", "/de/nicht-zufrieden", [], "de"),
    ("Beschwerdeformular | FÖD Inneres", "Beschwerdeformular", "/de/formulare/beschwerdeformular", [], "de"),
    ("Beschwerden über unsere Dienstleistungen? | FÖD Gesundheit", "", "/de/node/40", [], "de"),
    ("Ihre Meinung zählt | FÖD Justiz", "Ihre Meinung zählt", "/de/ihre-meinung-zahlt", [], "de"),
    ("Dienstleistung | FÖD Mobilität", "Dienstleistung", "/de/node/12", ["Beschwerden"], "de"),
    # English
    ("Complaints | FPS Finance", "Complaints", "/en/contact/complaints", [], "en"),
    ("Not satisfied? | NEO", "Not satisfied?", "/en/not-satisfied", [], "en"),
    ("Make a complaint | Fedasil", "Make a complaint", "/en/make-a-complaint", [], "en"),
    ("Complaints procedure | FPS Economy", "Complaints procedure", "/en/about-us/quality/complaints-procedure", [], "en"),
    ("Complaint form | FPS Foreign Affairs", "Complaint form", "/en/eservices/complaint-form", [], "en"),
    ("Unhappy with our service? | FPS Health", "Unhappy with our service?", "/en/node/88", [], "en"),
    ("Service | FPS Mobility", "Service", "/en/node/14", ["Complaints"], "en"),
    ("COMPLAINTS HANDLING - FEDERAL PENSION SERVICE", "", "/en/complaints-handling", [], "en"),
    # verbs, "a problem with our service", mediation services
    ("Comment se plaindre ? | SPF", "Comment se plaindre ?", "/fr/node/61", [], "fr"),
    ("Un problème avec nos services ? | ONEM", "Un problème avec nos services ?", "/fr/node/62", [], "fr"),
    ("Probleem met onze dienstverlening? | RVA", "", "/nl/node/62", [], "nl"),
    ("Klagen over onze dienstverlening | FOD", "", "/nl/node/63", [], "nl"),
    ("Ombudsdienst | HZIV", "Ombudsdienst", "/nl/ombudsdienst", [], "nl"),
    ("Sie möchten sich beschweren? | FÖD", "", "/de/node/64", [], "de"),
    ("How to complain | FPS", "How to complain", "/en/node/65", [], "en"),
    ("Mécontentement | SPF", "", "/fr/mecontentement", [], "fr"),
]


@pytest.mark.parametrize("title, h1, url, inbound, text", COMPLAINT_PAGES, ids=lambda v: v if isinstance(v, str) else None)
def test_complaint_page_is_recognised(title, h1, url, inbound, text):
    p = page(url, title, h1, text)
    assert role_scores(p, inbound)["complaint"] >= ROLE_THRESHOLD


# Pages that use the complaint word for something else, with as many complaint words in their content.
NOT_COMPLAINT_PAGES = [
    ("Porter plainte à la police | Police fédérale", "Porter plainte", "/fr/porter-plainte", [], "police"),
    ("Plainte pénale | SPF Justice", "Plainte pénale", "/fr/themes/victimes/plainte-penale", [], "police"),
    ("Déposer plainte auprès de la police | Police", "", "/fr/victimes/deposer-plainte", [], "police"),
    ("Aangifte doen | Politie", "Aangifte doen", "/nl/aangifte-doen", [], "aangifte"),
    ("Klacht indienen bij de politie | FOD Justitie", "", "/nl/thema/slachtoffers/klacht", [], "aangifte"),
    ("Strafanzeige erstatten | Polizei", "Strafanzeige", "/de/strafanzeige", [], "anzeige"),
    ("Réclamation contre votre avertissement-extrait de rôle | SPF Finances", "Introduire une réclamation",
     "/fr/particuliers/declaration_impot/reclamation", [], "tax-fr"),
    ("Bezwaar tegen uw aanslag | FOD Financiën", "Bezwaar indienen", "/nl/particulieren/belastingaangifte/bezwaar",
     [], "tax-nl"),
    ("Einspruch gegen Ihren Steuerbescheid | FÖD Finanzen", "Einspruch", "/de/privatpersonen/einspruch", [], "anzeige"),
    ("Recours contre une décision | ONEM", "Recours", "/fr/recours", [], "appeal"),
    ("Signaler une entreprise | SPF Economie", "Signaler une entreprise", "/fr/signaler", [], "third-party"),
    ("Meldpunt | FOD Economie", "Meldpunt", "/nl/meldpunt", [], "third-party"),
    ("Plainte contre une entreprise | SPF Emploi", "", "/fr/plainte-entreprise", [], "third-party"),
    ("Le Médiateur fédéral publie son rapport annuel | SPF", "", "/fr/actualites/2025/mediateur-federal", [], "news"),
    ("Rapport annuel des plaintes 2025 | SPF Finances", "Rapport annuel des plaintes 2025",
     "/fr/publications/rapport-plaintes-2025", [], "stats"),
    ("Statistiques des plaintes | SPF", "Statistiques des plaintes", "/fr/statistiques", [], "stats"),
    ("Jaarverslag klachtenmanagement 2024 | RSZ", "", "/nl/publicaties/jaarverslag-klachten", [], "stats"),
    ("Klachtenrapport 2024 | FOD Financiën", "Klachtenrapport 2024", "/nl/publicaties/klachtenrapport-2024", [], "stats"),
    ("Klachten in cijfers | RIZIV", "Klachten in cijfers", "/nl/over-ons/cijfers", [], "stats"),
    ("Beschwerdebericht 2024 | FÖD", "Beschwerdebericht 2024", "/de/publikationen/bericht-2024", [], "stats"),
    ("Complaints statistics 2024 | FPS", "Complaints statistics 2024", "/en/publications/statistics", [], "stats"),
    ("Annual complaints report 2024 | FPS", "", "/en/publications/report-2024", [], "stats"),
    ("Plaintes : les chiffres 2024 | SPF", "", "/fr/publications/plaintes-chiffres-2024", [], "stats"),
    ("Klacht tegen uw werkgever | FOD WASO", "", "/nl/node/66", [], "third-party"),
    ("Une plainte concernant un aliment ? | AFSCA", "Point de contact consommateurs", "/fr/consommateurs/node/67",
     [], "third-party"),
    ("Nouveau formulaire de plainte en ligne | SPF", "", "/fr/actualites/2025/nouveau-formulaire", [], "news"),
    ("Nieuw klachtenformulier online | FOD", "", "/nl/nieuws/2025/klachtenformulier", [], "news"),
    ("Porter plainte en ligne : Police-on-web | Police", "", "/fr/police-on-web", [], "police"),
    # navigation pages with no complaint words of their own
    ("Accueil | SPF Finances", "", "/fr/", [], "none"),
    ("Contact | SPF Finances", "Contact", "/fr/contact", [], "contact-fr"),
    ("Qualité | SPF Economie", "Qualité", "/fr/a-propos/qualite", [], "none"),
]


@pytest.mark.parametrize("title, h1, url, inbound, text", NOT_COMPLAINT_PAGES, ids=lambda v: v if isinstance(v, str) else None)
def test_look_alike_is_not_a_complaint_page(title, h1, url, inbound, text):
    p = page(url, title, h1, text)
    assert role_scores(p, inbound)["complaint"] < ROLE_THRESHOLD


# -- contact pages -----------------------------------------------------------------------
CONTACT_PAGES = [
    ("Contact | SPF Finances", "Contact", "/fr/contact", "contact-fr"),
    ("Contactez-nous | ONEM", "Contactez-nous", "/fr/contactez-nous", "contact-fr"),
    ("Nous contacter - INAMI", "Nous contacter", "/fr/nous-contacter", "contact-fr"),
    ("Adresses et heures d'ouverture | SFP", "Adresses et heures d'ouverture", "/fr/adresses", "contact-fr"),
    ("Nos adresses | Office des étrangers", "Nos adresses", "/fr/node/31", "contact-fr"),
    ("Nous joindre | Régie des Bâtiments", "Nous joindre", "/fr/nous-joindre", "contact-fr"),
    ("Contacteer ons | RVA", "Contacteer ons", "/nl/contacteer-ons", "contact-nl"),
    ("Bereikbaarheid | FOD Justitie", "Bereikbaarheid", "/nl/bereikbaarheid", "contact-nl"),
    ("Adressen en openingsuren | RIZIV", "Adressen en openingsuren", "/nl/node/54", "contact-nl"),
    ("CONTACT - FEDERALE PENSIOENDIENST", "", "/nl/node/2", "contact-nl"),
    ("Kontakt | FÖD Finanzen", "Kontakt", "/de/kontakt", "contact-de"),
    ("Öffnungszeiten und Adressen | LfA", "Öffnungszeiten und Adressen", "/de/node/8", "contact-de"),
    ("Contact us | FPS Finance", "Contact us", "/en/contact-us", "contact-en"),
    ("Opening hours and addresses | NEO", "Opening hours and addresses", "/en/node/5", "contact-en"),
    ("Get in touch | FPS Economy", "Get in touch", "/en/node/6", "contact-en"),
    ("Contactez le SPF Finances | SPF Finances", "", "/fr/node/7", "contact-fr"),
    ("Nos bureaux | SPF Finances", "Nos bureaux", "/fr/node/8", "contact-fr"),
    ("Waar vindt u ons? | FOD", "Waar vindt u ons?", "/nl/node/9", "contact-nl"),
    ("Klantendienst | RVA", "Klantendienst", "/nl/node/10", "contact-nl"),
    ("Unsere Büros | FÖD", "Unsere Büros", "/de/node/11", "contact-de"),
    ("Where to find us | FPS", "Where to find us", "/en/node/12", "contact-en"),
]


@pytest.mark.parametrize("title, h1, url, text", CONTACT_PAGES, ids=lambda v: v if isinstance(v, str) else None)
def test_contact_page_is_recognised(title, h1, url, text):
    assert role_scores(page(url, title, h1, text))["contact"] >= ROLE_THRESHOLD


NOT_CONTACT_PAGES = [
    ("Contact presse | SPF Finances", "Contact presse", "/fr/presse/contact", "contact-fr"),
    ("Perscontacten | FOD Financiën", "Perscontacten", "/nl/pers", "contact-nl"),
    ("Pressekontakt | FÖD Finanzen", "Pressekontakt", "/de/presse", "contact-de"),
    ("Press contacts | FPS Finance", "Press contacts", "/en/press/contacts", "contact-en"),
    ("Point de contact fraude | SPF Economie", "Point de contact", "/fr/point-de-contact", "contact-fr"),
    ("Changement d'adresse | SPF Intérieur", "Changement d'adresse", "/fr/changement-adresse", "none"),
]


@pytest.mark.parametrize("title, h1, url, text", NOT_CONTACT_PAGES, ids=lambda v: v if isinstance(v, str) else None)
def test_look_alike_is_not_the_contact_page(title, h1, url, text):
    assert role_scores(page(url, title, h1, text))["contact"] < ROLE_THRESHOLD


# -- links: what the crawl follows -------------------------------------------------------
# (menu/footer link text, URL) -> the role it leads to
LINKS = [
    ("Plaintes", "/fr/contact/plaintes", "complaint"),
    ("Une plainte ?", "/fr/node/12", "complaint"),
    ("Vous n'êtes pas satisfait ?", "/fr/node/4821", "complaint"),
    ("Pas satisfait de nos services ?", "/fr/services/satisfaction", "complaint"),
    ("Gestion des plaintes", "/fr/a-propos/qualite/gestion-des-plaintes", "complaint"),
    ("Introduire une plainte", "/fr/node/4", "complaint"),
    ("Mécontent ?", "/fr/node/5", "complaint"),
    ("Feedback & plaintes", "/fr/node/6", "complaint"),
    ("Réclamations et suggestions", "/fr/node/7", "complaint"),
    ("Votre avis compte", "/fr/node/8", "complaint"),
    ("Klachtenbehandeling", "/nl/node/1", "complaint"),
    ("Klachten", "/nl/contact/klachten", "complaint"),
    ("Niet tevreden?", "/nl/node/2", "complaint"),
    ("Ontevreden over onze dienstverlening?", "/nl/node/77", "complaint"),
    ("Klachtenmanagement", "/nl/node/3", "complaint"),
    ("Een klacht indienen", "/nl/node/4", "complaint"),
    ("Uw mening telt", "/nl/node/5", "complaint"),
    ("Klachtendienst", "/nl/node/6", "complaint"),
    ("Beschwerden", "/de/kontakt/beschwerden", "complaint"),
    ("Beschwerdemanagement", "/de/node/1", "complaint"),
    ("Nicht zufrieden?", "/de/node/2", "complaint"),
    ("Ihre Meinung zählt", "/de/node/3", "complaint"),
    ("Complaints", "/en/complaints", "complaint"),
    ("Not satisfied?", "/en/node/1", "complaint"),
    ("Make a complaint", "/en/node/2", "complaint"),
    ("Complaints procedure", "/en/node/3", "complaint"),
    ("Your opinion matters", "/en/node/4", "complaint"),
    ("Formulaire de plainte", "/fr/eservices/formulaire-plainte", "complaint"),
    ("Klachtenformulier", "/nl/formulieren/klachtenformulier", "complaint"),
    ("Beschwerdeformular", "/de/formulare/beschwerdeformular", "complaint"),
    ("Complaint form", "/en/eservices/complaint-form", "complaint"),
    ("PLAINTES", "/fr/node/9", "complaint"),
    ("KLACHTEN", "/nl/node/9", "complaint"),
    # the URL alone says it
    ("", "/fr/plaintes/", "complaint"),
    ("", "/nl/klachten/", "complaint"),
    ("", "/de/beschwerden/", "complaint"),
    ("", "/en/complaints/", "complaint"),
    ("", "/fr/feedback/", "complaint"),
    ("En savoir plus", "/nl/over-ons/klachtenbehandeling", "complaint"),
    ("Read more", "/en/about/complaints-handling", "complaint"),
    ("Lire la suite", "/fr/a-propos/vous-netes-pas-satisfait", "complaint"),
    ("Meer info", "/nl/niet-tevreden-over-onze-dienstverlening", "complaint"),
    ("Mehr", "/de/nicht-zufrieden", "complaint"),
    # contact
    ("Contact", "/fr/contact", "contact"),
    ("Contactez-nous", "/fr/node/1", "contact"),
    ("Nous contacter", "/fr/node/2", "contact"),
    ("Contacteer ons", "/nl/node/1", "contact"),
    ("Kontakt", "/de/node/1", "contact"),
    ("Contact us", "/en/node/1", "contact"),
    ("Adresses et heures d'ouverture", "/fr/node/3", "contact"),
    ("Bereikbaarheid", "/nl/node/2", "contact"),
    ("Openingsuren en adressen", "/nl/node/3", "contact"),
    ("Öffnungszeiten", "/de/node/2", "contact"),
    ("Opening hours", "/en/node/2", "contact"),
    ("", "/fr/contact/", "contact"),
    ("", "/de/kontakt/", "contact"),
]


@pytest.mark.parametrize("text, url, role", LINKS, ids=lambda v: v if isinstance(v, str) else None)
def test_link_is_followed_for_its_role(text, url, role):
    assert link_scores(text, HOST + url)[role] >= LINK_THRESHOLD


NOT_COMPLAINT_LINKS = [
    ("Porter plainte à la police", "/fr/porter-plainte"),
    ("Plainte pénale", "/fr/themes/victimes/plainte-penale"),
    ("Déposer plainte au commissariat", "/fr/node/5"),
    ("Aangifte doen", "/nl/aangifte-doen"),
    ("Klacht indienen bij de politie", "/nl/node/8"),
    ("Strafanzeige erstatten", "/de/strafanzeige"),
    ("Report a crime to the police", "/en/police-report"),
    ("Réclamation contre votre avertissement-extrait de rôle", "/fr/particuliers/reclamation"),
    ("Bezwaar tegen uw aanslag", "/nl/particulieren/bezwaar"),
    ("Einspruch gegen Ihren Steuerbescheid", "/de/einspruch"),
    ("Recours contre une décision", "/fr/recours"),
    ("Beroep aantekenen", "/nl/beroep"),
    ("Signaler une entreprise", "/fr/signaler-une-entreprise"),
    ("Meldpunt", "/nl/meldpunt"),
    ("Plainte contre une entreprise", "/fr/plainte-entreprise"),
    ("Le Médiateur fédéral publie son rapport annuel", "/fr/actualites/2025/mediateur-federal-rapport-annuel"),
    ("Rapport annuel des plaintes 2025", "/fr/publications/rapport-plaintes-2025"),
    ("Jaarverslag klachtenmanagement 2024", "/nl/publicaties/jaarverslag-2024"),
    ("Klachtenrapport 2024", "/nl/publicaties/klachtenrapport-2024"),
    ("Beschwerdebericht 2024", "/de/publikationen/beschwerdebericht-2024"),
    ("Complaints statistics 2024", "/en/publications/complaints-statistics-2024"),
    ("Statistiques des plaintes", "/fr/publications/statistiques"),
    ("", "/fr/publications/plaintes/rapport-annuel-2024"),
]


@pytest.mark.parametrize("text, url", NOT_COMPLAINT_LINKS, ids=lambda v: v if isinstance(v, str) else None)
def test_look_alike_link_is_not_a_complaint_link(text, url):
    assert link_scores(text, HOST + url)["complaint"] < LINK_THRESHOLD


NOT_CONTACT_LINKS = [
    ("Contact presse", "/fr/presse/contact"),
    ("Perscontacten", "/nl/pers"),
    ("Pressekontakt", "/de/presse/kontakt"),
    ("Press contacts", "/en/press"),
    ("Point de contact fraude", "/fr/point-de-contact"),
    ("Changement d'adresse", "/fr/changement-adresse"),
]


@pytest.mark.parametrize("text, url", NOT_CONTACT_LINKS, ids=lambda v: v if isinstance(v, str) else None)
def test_look_alike_link_is_not_a_contact_link(text, url):
    assert link_scores(text, HOST + url)["contact"] < LINK_THRESHOLD


# -- sub-pages of the complaint page, judged with it -------------------------------------
MAIN = {"fr": ("Gestion des plaintes | SPF", "/fr/plaintes"), "nl": ("Klachten | FOD", "/nl/klachten"),
        "de": ("Beschwerden | FÖD", "/de/beschwerden"), "en": ("Complaints | FPS", "/en/complaints")}


def version_with(lang: str, link_text: str, target: Page, *others: Page):
    """The language version of a site whose complaint page links to ``target``."""
    title, url = MAIN[lang]
    main = page(url, title, title.split(" | ")[0], lang, links=((link_text, target.url),))
    home = page(f"/{lang}/", "Accueil", "", "none", links=((title.split(" | ")[0], main.url),))
    site = Site.from_snapshot(Snapshot("t", home.url, [home, main, target, *others]))
    return site.versions[lang]


# (language, link text on the complaint page, the linked page's title, h1, URL, its content)
SUBPAGES = [
    ("fr", "Notre charte", "Charte de l'utilisateur | SPF", "Charte de l'utilisateur", "/fr/a-propos/charte", "none"),
    ("fr", "Charte", "Charte | SPF", "", "/fr/node/70", "none"),
    ("fr", "Nos engagements", "Nos engagements de qualité | SPF", "", "/fr/a-propos/engagements", "none"),
    ("fr", "FAQ", "Questions fréquentes | SPF", "Questions fréquentes", "/fr/faq", "none"),
    ("fr", "Foire aux questions", "FAQ | SPF", "", "/fr/node/71", "none"),
    ("fr", "Comment traitons-nous votre plainte ?", "Traitement | SPF", "Traitement", "/fr/node/72", "none"),
    ("fr", "Remplir le formulaire en ligne", "E-services | SPF", "Formulaire en ligne", "/fr/eservices/form?id=12", "none"),
    ("fr", "Cliquez ici", "Formulaire | SPF", "Formulaire", "/fr/formulaires/12", "none"),
    ("fr", "Délais de traitement", "Délais | SPF", "", "/fr/node/73", "none"),
    ("nl", "Dienstverleningscharter", "Dienstverleningscharter | FOD", "", "/nl/over-ons/dienstverleningscharter", "none"),
    ("nl", "Veelgestelde vragen", "FAQ | FOD", "", "/nl/faq", "none"),
    ("nl", "Hoe behandelen we uw klacht?", "Behandeling | FOD", "", "/nl/node/80", "none"),
    ("nl", "Online formulier", "E-loket | FOD", "Online formulier", "/nl/e-loket/formulier-3", "none"),
    ("nl", "Onze engagementen", "Onze engagementen | FOD", "", "/nl/over-ons/engagementen", "none"),
    ("de", "Unsere Charta", "Charta der Benutzer | FÖD", "", "/de/charta", "none"),
    ("de", "So bearbeiten wir Ihre Beschwerde", "Bearbeitung | FÖD", "", "/de/node/90", "none"),
    ("de", "Häufig gestellte Fragen", "FAQ | FÖD", "", "/de/faq", "none"),
    ("de", "Zum Online-Formular", "Formular | FÖD", "", "/de/formulare/online", "none"),
    ("en", "Service charter", "Our service charter | FPS", "", "/en/about/service-charter", "none"),
    ("en", "How we handle your complaint", "Handling | FPS", "", "/en/node/99", "none"),
    ("en", "Frequently asked questions", "FAQ | FPS", "", "/en/faq", "none"),
    ("en", "Online form", "E-services | FPS", "", "/en/eservices/form-17", "none"),
]


@pytest.mark.parametrize("lang, link_text, title, h1, url, text", SUBPAGES, ids=lambda v: v if isinstance(v, str) else None)
def test_complaint_sub_page_is_judged(lang, link_text, title, h1, url, text):
    target = page(url, title, h1, text)
    assert target in version_with(lang, link_text, target).complaint_pages


NOT_SUBPAGES = [
    ("fr", "Rapport annuel des plaintes 2025", "Rapport annuel des plaintes 2025 | SPF", "",
     "/fr/publications/rapport-plaintes-2025", "stats"),
    ("fr", "Procédure de recours", "Recours contre une décision | SPF", "Recours", "/fr/recours", "appeal"),
    ("fr", "Porter plainte à la police", "Porter plainte | Police", "", "/fr/porter-plainte", "police"),
    ("fr", "Introduire une réclamation", "Réclamation | SPF Finances", "Introduire une réclamation",
     "/fr/particuliers/reclamation", "tax-fr"),
    ("fr", "Le Médiateur fédéral publie son rapport annuel", "Actualités | SPF", "", "/fr/actualites/12", "news"),
    ("nl", "Bezwaarprocedure", "Bezwaar | FOD Financiën", "", "/nl/bezwaar", "tax-nl"),
    ("nl", "Jaarverslag", "Jaarverslag 2024 | FOD", "", "/nl/jaarverslag", "stats"),
    ("en", "Appeal procedure", "Appeals | FPS", "", "/en/appeals", "none"),
    # the footer of every page: privacy and accessibility charters, cookie policy
    ("fr", "Charte vie privée", "Charte vie privée | SPF", "", "/fr/charte-vie-privee", "none"),
    ("nl", "Privacycharter", "Privacycharter | FOD", "", "/nl/privacy", "none"),
    ("de", "Barrierefreiheit", "Erklärung zur Barrierefreiheit | FÖD", "", "/de/barrierefreiheit", "none"),
    ("en", "Cookie charter", "Cookie charter | FPS", "", "/en/cookies", "none"),
    ("fr", "E-services", "E-services | SPF", "", "/fr/eservices", "none"),
    ("de", "Einspruchsverfahren", "Einspruch | FÖD", "", "/de/einspruch", "anzeige"),
]


@pytest.mark.parametrize("lang, link_text, title, h1, url, text", NOT_SUBPAGES, ids=lambda v: v if isinstance(v, str) else None)
def test_look_alike_linked_from_the_complaint_page_is_not_judged(lang, link_text, title, h1, url, text):
    target = page(url, title, h1, text)
    assert target not in version_with(lang, link_text, target).complaint_pages


# -- a language version's contact and complaint page -------------------------------------
def test_contact_page_titled_addresses_is_the_contact_page():
    """No page says "Contact"; the addresses page with contact details is the one."""
    addresses = page("/fr/adresses", "Adresses | SPF Justice", "Adresses", "contact-fr")
    press = page("/fr/presse/contact", "Contact presse | SPF Justice", "Contact presse", "contact-fr")
    home = page("/fr/", "Accueil", "", "none", links=(("Adresses", addresses.url), ("Presse", press.url)))
    version = Site.from_snapshot(Snapshot("t", home.url, [home, addresses, press])).versions["fr"]
    assert version.contact is addresses


def test_bereikbaarheid_page_is_the_contact_page():
    reach = page("/nl/bereikbaarheid", "Bereikbaarheid | FOD Justitie", "Bereikbaarheid", "contact-nl")
    home = page("/nl/", "Home", "", "none", links=(("Bereikbaarheid", reach.url),))
    version = Site.from_snapshot(Snapshot("t", home.url, [home, reach])).versions["nl"]
    assert version.contact is reach


def test_complaint_statistics_page_is_not_the_procedure_page():
    procedure = page("/fr/plaintes", "Plaintes | SPF Finances", "Plaintes", "fr")
    stats = page("/fr/plaintes/rapport-2025", "Rapport annuel des plaintes 2025 | SPF Finances",
                 "Rapport annuel des plaintes 2025", "stats")
    home = page("/fr/", "Accueil", "", "none",
                links=(("Plaintes", procedure.url), ("Rapport annuel des plaintes 2025", stats.url)))
    version = Site.from_snapshot(Snapshot("t", home.url, [home, stats, procedure])).versions["fr"]
    assert version.complaint is procedure
    assert stats not in version.complaint_pages


def test_generic_page_reached_by_a_complaint_link_is_the_complaint_page():
    """Title and heading say "Service"; the menu link and the content say complaint."""
    target = page("/nl/node/501", "Dienstverlening | FOD Justitie", "Dienstverlening", "nl")
    home = page("/nl/", "Home", "", "none", links=(("Klachten", target.url),))
    version = Site.from_snapshot(Snapshot("t", home.url, [home, target])).versions["nl"]
    assert version.complaint is target


def test_police_site_criminal_complaint_pages_are_not_judged():
    """police.be: "Porter plainte" everywhere, the service complaint page is elsewhere."""
    criminal = page("/fr/porter-plainte", "Porter plainte | Police", "Porter plainte", "police")
    online = page("/fr/plainte-en-ligne", "Plainte en ligne - Police-on-web | Police", "", "police")
    service = page("/fr/plaintes-sur-nos-services", "Une plainte sur nos services ? | Police",
                   "Une plainte sur nos services ?", "fr")
    home = page("/fr/", "Accueil", "", "none", links=(("Porter plainte", criminal.url),
                                                      ("Une plainte sur nos services ?", service.url)))
    version = Site.from_snapshot(Snapshot("t", home.url, [home, criminal, online, service])).versions["fr"]
    assert version.complaint is service
    assert criminal not in version.complaint_pages


def test_heading_under_a_logo_h1_names_the_page():
    """Older sites put the logo in the <h1> of the header and the page name in an <h2>."""
    doc = ('<html lang="nl"><head><title>FOD Financiën</title></head><body>'
           '<header><h1><img src="/logo.png" alt="FOD Financiën"></h1></header>'
           f'<div id="content"><h2>Klachten</h2><p>{COMPLAINT_TEXT["nl"]}</p></div></body></html>')
    p = Page(HOST + "/nl/node/3", 200, "text/html", doc.encode())
    assert role_scores(p)["complaint"] >= ROLE_THRESHOLD


# -- one crawl: the pages are reached, the look-alikes are neither judged nor fetched ------
def test_crawl_finds_the_pages_under_their_real_names(sites, cli):
    """tests/sites/page_roles: FR complaint page linked from the Quality page, titled with the site name
    only, contact page "Adresses", deadlines only in the charter; NL "Uw mening telt", "Bereikbaarheid",
    the service charter and a form on an e-loket path. The footer's privacy charters are not judged."""
    before = len(sites.requests["page_roles"])
    result = cli("scan", sites.urls["page_roles"], "--allow-private", "--quiet")
    assert result.returncode == 0, result.stderr
    fetched = sites.requests["page_roles"][before:]
    site = result.site()
    assert site["languages"] == ["fr", "nl"]
    judged = {lang: [p["url"].split("/", 3)[3] for p in site["pages"][lang]["complaint"]] for lang in ("fr", "nl")}
    assert site["pages"]["fr"]["contact"]["url"].endswith("/fr/adresses/")
    assert site["pages"]["nl"]["contact"]["url"].endswith("/nl/bereikbaarheid/")
    assert sorted(judged["fr"]) == ["fr/a-propos/charte/", "fr/eservices/form-12.html", "fr/node/41.html"]
    assert sorted(judged["nl"]) == ["nl/e-loket/klachtenformulier.html", "nl/over-ons/dienstverleningscharter/",
                                    "nl/uw-mening-telt/"]
    never = ("/actualites/", "/nieuws/", "/porter-plainte/", "/aangifte/", "/publications/", "/publicaties/")
    assert not [path for path in fetched if any(n in path for n in never)]
    assert result.rule("complaint-deadlines")["languages"] == {"fr": "pass", "nl": "pass"}


def test_look_alike_words_in_a_content_heading_do_not_disqualify_the_page():
    """"Porter plainte" is everyday French for complaining too: in an <h2> of a complaint page it does
    not make the page a criminal-complaint page (in its title it would)."""
    doc = ('<html lang="fr"><head><title>Gestion des plaintes | SPF</title></head><body>'
           f'<main><h2>Quand pouvez-vous porter plainte ?</h2><p>{COMPLAINT_TEXT["fr"]}</p></main></body></html>')
    p = Page(HOST + "/fr/node/5", 200, "text/html", doc.encode())
    assert role_scores(p)["complaint"] >= ROLE_THRESHOLD


def test_complaint_form_behind_the_e_services_portal_is_fetched_and_judged(sites, cli):
    """tests/sites/eservices: the contact page has a "Plaintes" section that points to "Votre avis";
    that page (a feedback title, a complaint section) sends the reader to the e-guichet, whose
    "Introduire une plainte" link leads to the form. The contact page is not taken for the
    complaint page, the form two clicks behind the complaint page is fetched and judged, and the
    portal's other services are not fetched."""
    before = len(sites.requests["eservices"])
    result = cli("scan", sites.urls["eservices"], "--allow-private", "--quiet")
    assert result.returncode == 0, result.stderr
    fetched = sites.requests["eservices"][before:]
    site = result.site()
    judged = sorted(p["url"].split("/", 3)[3] for p in site["pages"]["fr"]["complaint"])
    assert site["pages"]["fr"]["contact"]["url"].endswith("/fr/contact/")
    assert "fr/contact/" not in judged
    assert "fr/votre-avis/" in judged and "fr/e-guichet/plainte/" in judged
    assert not [path for path in fetched if "/attestation" in path]
    assert result.rule("complaint-form")["languages"] == {"fr": "pass"}


def test_contact_page_with_a_complaint_section_stays_the_contact_page():
    """A "Plaintes" heading on the contact page does not make it the complaint page."""
    contact = Page(HOST + "/fr/contact/", 200, "text/html", (
        '<html lang="fr"><head><title>Contact</title></head><body><main><h1>Contact</h1>'
        "<p>Rue de la Loi 1, 1000 Bruxelles. Tél. 02 555 12 34 – info@x.example</p>"
        "<h2>Plaintes</h2><p>Une plainte ? Envoyez votre plainte à plaintes@x.example ; chaque plainte est lue.</p>"
        "</main></body></html>").encode())
    scores = role_scores(contact)
    assert scores["contact"] >= ROLE_THRESHOLD > scores["complaint"]


@pytest.mark.parametrize("title", ["Beschwerde über ein gefährliches Spielzeug", "Plainte : signaler un produit dangereux",
                                   "Klacht: gevaarlijk product melden", "Plainte concernant un produit alimentaire",
                                   "Complaint about a faulty toy"])
def test_reporting_a_product_is_not_a_complaint_page(title):
    """Every title names a complaint, so only the product look-alike keeps it from being the page."""
    look_alike = page("/de/melden", f"{title} | Inspektion", title, "none")
    assert role_scores(look_alike)["complaint"] < ROLE_THRESHOLD


@pytest.mark.parametrize("text, url", [("E-loket", "/nl/e-loket"), ("e-guichet", "/fr/e-guichet/"),
                                       ("Online-Dienste", "/de/online-dienste"), ("Mon dossier", "/fr/mon-dossier/"),
                                       ("eServices", "/en/eservices")])
def test_e_services_portal_linked_from_the_complaint_page_is_followed(text, url):
    assert is_portal_link(text, HOST + url)
