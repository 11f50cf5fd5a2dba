"""Federal agency for electronic certificates (invented). FR NL DE EN, modern theme, "/" redirects to /fr/.
Complaint page under About > Quality, called "Réclamations et suggestions" (réclamation in its everyday,
NOT tax, sense). Online form on a separate page. No appeal distinction anywhere. Second-line trap: the
Federal Ombudsman is named only as the Integrity Centre for whistleblowers. DE: one sentence with an
answer time and no channel. EN: rationale, definition and a link to the (French) online form only."""

from bench.heldout.build_sites import Lang, Page, Site, passes


def _form(lang):
    t = {"fr": ("Votre nom", "Votre adresse e-mail", "Type de message", ["Réclamation", "Suggestion"],
                "Numéro de série du certificat (si applicable)", "Votre message", "Envoyer"),
         "nl": ("Uw naam", "Uw e-mailadres", "Soort bericht", ["Klacht", "Suggestie"],
                "Serienummer van het certificaat (indien van toepassing)", "Uw bericht", "Verzenden")}[lang]
    opts = "".join(f"<option>{o}</option>" for o in t[3])
    return (f'<form class="c-form" action="/{lang}/formulaires/envoi" method="post"><div class="c-field"><label for="r-n">{t[0]}</label>'
            f'<input id="r-n" name="name"></div><div class="c-field"><label for="r-m">{t[1]} *</label><input id="r-m" '
            f'type="email" name="mail" required></div><div class="c-field"><label for="r-k">{t[2]}</label><select id="r-k" '
            f'name="kind">{opts}</select></div><div class="c-field"><label for="r-s">{t[4]}</label><input id="r-s" name="serial">'
            f'</div><div class="c-field"><label for="r-t">{t[5]} *</label><textarea id="r-t" name="message" rows="8" required>'
            f'</textarea></div><button class="c-btn c-btn--primary">{t[6]}</button></form>')


fr_menu = [
    ("Certificats", None, [("Certificat de signature", "/fr/certificats/signature"), ("Certificat d'authentification", "/fr/certificats/authentification"),
                           ("Révoquer un certificat", "/fr/certificats/revocation")]),
    ("Aide", None, [("Installer le logiciel", "/fr/aide/logiciel"), ("Lecteurs de carte compatibles", "/fr/aide/lecteurs"),
                    ("Questions fréquentes", "/fr/aide/faq")]),
    ("À propos", None, [("L'Agence", "/fr/a-propos/agence"), ("Qualité", "/fr/a-propos/qualite"),
                        ("Réclamations et suggestions", "/fr/a-propos/qualite/reclamations-et-suggestions"), ("Presse", "/fr/a-propos/presse")]),
    ("Contact", "/fr/contact", []),
]
fr_footer = [("Agence", [("Contact", "/fr/contact"), ("Statut des services", "/fr/statut")]),
             ("Juridique", [("Politique de certification", "/fr/politique-certification"), ("Vie privée", "/fr/vie-privee"),
                            ("Accessibilité", "/fr/accessibilite")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="c-hero"><h2>Signer et s'identifier en ligne, en toute confiance</h2><p>L'Agence délivre et gère les certificats électroniques des administrations et des professionnels.</p></section>
<section class="c-cards"><article class="c-card"><h3><a href="/fr/aide/logiciel">Nouvelle version du logiciel 5.2</a></h3><p>Compatible avec les derniers systèmes d'exploitation.</p></article></section>"""),
    Page("/fr/contact", "Contact", key="contact", body="""
<p>Agence fédérale des Certificats électroniques<br>Boulevard Simon Bolivar 70<br>1000 Bruxelles</p>
<p>Helpdesk technique : 02 555 80 80 (jours ouvrables, 8 h – 18 h)<br><a href="mailto:helpdesk@afce-faec.be">helpdesk@afce-faec.be</a></p>"""),
    Page("/fr/a-propos/qualite", "Qualité", crumbs=[("À propos", "/fr/a-propos/agence")], body="""
<p>L'Agence est certifiée ISO 9001 et fait l'objet d'un audit annuel de conformité eIDAS.</p>
<p><a href="/fr/a-propos/qualite/reclamations-et-suggestions">Réclamations et suggestions</a></p>"""),
    Page("/fr/a-propos/qualite/reclamations-et-suggestions", "Réclamations et suggestions", key="complaints",
         crumbs=[("À propos", "/fr/a-propos/agence"), ("Qualité", "/fr/a-propos/qualite")], body="""
<h2>Notre engagement</h2>
<p>L'Agence s'est engagée dans une démarche qualité. Les réclamations des utilisateurs sont une source d'information précieuse pour détecter les failles de nos services et fixer nos priorités d'amélioration.</p>
<h2>Qu'appelons-nous une réclamation ?</h2>
<p>Toute remarque d'un utilisateur qui estime que l'Agence ne lui a pas fourni le service auquel il pouvait s'attendre est traitée comme une réclamation : une demande de certificat bloquée, un lecteur de carte qui n'est plus reconnu après une mise à jour de notre logiciel, une réponse tardive du helpdesk…</p>
<h2>Et une suggestion ?</h2>
<p>Une idée pour améliorer nos services, sans reproche particulier, est une suggestion. Nous l'examinons également, sans engagement de délai.</p>
<h2>Procédure</h2>
<p>Utilisez le <a href="/fr/formulaires/reclamation">formulaire en ligne</a>. Dans l'heure, un courriel automatique vous confirme que nous avons bien reçu votre réclamation et vous communique son numéro unique (format AFCE-AAAA-NNNNN). Un gestionnaire l'analyse ensuite et vous répond dans un délai de trois semaines au plus.</p>
<h2>Signalement d'une atteinte à l'intégrité</h2>
<p>Les membres du personnel et les tiers qui souhaitent signaler une atteinte suspectée à l'intégrité au sein de l'Agence peuvent s'adresser au Centre Intégrité du Médiateur fédéral.</p>"""),
    Page("/fr/formulaires/reclamation", "Formulaire de réclamation ou de suggestion", key="form",
         crumbs=[("À propos", "/fr/a-propos/agence"), ("Réclamations et suggestions", "/fr/a-propos/qualite/reclamations-et-suggestions")],
         body=_form("fr")),
]

nl_menu = [
    ("Certificaten", None, [("Handtekeningcertificaat", "/nl/certificaten/handtekening"), ("Authenticatiecertificaat", "/nl/certificaten/authenticatie"),
                            ("Een certificaat intrekken", "/nl/certificaten/intrekking")]),
    ("Hulp", None, [("Software installeren", "/nl/hulp/software"), ("Compatibele kaartlezers", "/nl/hulp/kaartlezers"), ("FAQ", "/nl/hulp/faq")]),
    ("Over ons", None, [("Het Agentschap", "/nl/over-ons/agentschap"), ("Kwaliteit", "/nl/over-ons/kwaliteit"),
                        ("Klachten en suggesties", "/nl/over-ons/kwaliteit/klachten-en-suggesties")]),
    ("Contact", "/nl/contact", []),
]
nl_footer = [("Agentschap", [("Contact", "/nl/contact")]), ("Juridisch", [("Privacy", "/nl/privacy"), ("Toegankelijkheid", "/nl/toegankelijkheid")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="c-hero"><h2>Veilig online ondertekenen en inloggen</h2><p>Het Agentschap levert en beheert de elektronische certificaten van overheden en professionals.</p></section>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<p>Federaal Agentschap voor Elektronische Certificaten<br>Simon Bolivarlaan 70<br>1000 Brussel</p>
<p>Technische helpdesk: 02 555 80 81 (werkdagen, 8 – 18 uur)</p>"""),
    Page("/nl/over-ons/kwaliteit/klachten-en-suggesties", "Klachten en suggesties", key="complaints",
         crumbs=[("Over ons", "/nl/over-ons/agentschap"), ("Kwaliteit", "/nl/over-ons/kwaliteit")], body="""
<h2>Waarom we klachten registreren</h2>
<p>Klachten laten ons zien waar onze dienstverlening tekortschiet. Op basis daarvan bepalen we welke verbeteringen voorrang krijgen.</p>
<h2>Wat is voor ons een klacht?</h2>
<p>Als u vindt dat het Agentschap u niet de dienst heeft geleverd die u mocht verwachten, behandelen we uw bericht als een klacht. Bijvoorbeeld: een certificaataanvraag die vastzit, een kaartlezer die na een update van onze software niet meer werkt, of een helpdesk die te laat antwoordt.</p>
<h2>En een suggestie?</h2>
<p>Een idee om onze dienstverlening te verbeteren zonder dat er iets misliep, is een suggestie. Ook die bekijken we, maar zonder termijn.</p>
<h2>Procedure</h2>
<p>Gebruik het <a href="/nl/formulieren/klacht">onlineformulier</a>. Binnen het uur bevestigt een automatische e-mail dat uw klacht bij ons is aangekomen, samen met het unieke nummer ervan (FAEC-JJJJ-NNNNN). Daarna analyseert een dossierbeheerder uw klacht en krijgt u binnen drie weken een antwoord.</p>
<h2>Melding van een integriteitsschending</h2>
<p>Personeelsleden en derden die een vermoedelijke integriteitsschending binnen het Agentschap willen melden, kunnen terecht bij het Centrum Integriteit van de federale Ombudsman.</p>"""),
    Page("/nl/formulieren/klacht", "Formulier klacht of suggestie", key="form",
         crumbs=[("Over ons", "/nl/over-ons/agentschap"), ("Klachten en suggesties", "/nl/over-ons/kwaliteit/klachten-en-suggesties")],
         body=_form("nl")),
]

de_menu = [
    ("Zertifikate", "/de/zertifikate", []),
    ("Über uns", None, [("Die Agentur", "/de/ueber-uns/agentur"), ("Beschwerden und Anregungen", "/de/ueber-uns/beschwerden")]),
    ("Kontakt", "/de/kontakt", []),
]
de_footer = [("Agentur", [("Kontakt", "/de/kontakt")]), ("Rechtliches", [("Datenschutz", "/de/datenschutz")])]
de_pages = [
    Page("/de/", "Startseite", key="home", body="""<section class="c-hero"><h2>Sicher online unterschreiben und anmelden</h2></section>"""),
    Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Föderale Agentur für elektronische Zertifikate<br>Simon-Bolivar-Boulevard 70<br>1000 Brüssel</p><p>Technischer Helpdesk: 02 555 80 82</p>"""),
    Page("/de/ueber-uns/beschwerden", "Beschwerden und Anregungen", key="complaints", crumbs=[("Über uns", "/de/ueber-uns/agentur")], body="""
<p>Die Agentur beantwortet Beschwerden innerhalb von 15 Werktagen. Anregungen werden ohne Fristzusage geprüft.</p>
<p>Weitere Informationen finden Sie auf der <a href="/fr/a-propos/qualite/reclamations-et-suggestions">französischen</a> oder <a href="/nl/over-ons/kwaliteit/klachten-en-suggesties">niederländischen</a> Seite.</p>"""),
]

en_menu = [
    ("Certificates", "/en/certificates", []),
    ("About", None, [("The Agency", "/en/about/agency"), ("Complaints and suggestions", "/en/about/complaints")]),
    ("Contact", "/en/contact", []),
]
en_footer = [("Agency", [("Contact", "/en/contact")]), ("Legal", [("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Home", key="home", body="""<section class="c-hero"><h2>Sign and log in online with confidence</h2></section>"""),
    Page("/en/contact", "Contact", key="contact", body="""
<p>Federal Agency for Electronic Certificates<br>Boulevard Simon Bolivar 70<br>1000 Brussels</p><p>Technical helpdesk: +32 2 555 80 83</p>"""),
    Page("/en/about/complaints", "Complaints and suggestions", key="complaints", crumbs=[("About", "/en/about/agency")], body="""
<h2>Why we want to hear from you</h2>
<p>Every complaint tells us something about where our services fall short. We use them to decide what to fix first.</p>
<h2>What counts as a complaint?</h2>
<p>We treat as a complaint any message in which a user tells us that the Agency did not deliver the service they were entitled to expect – for example a certificate request that got stuck, or a helpdesk answer that came too late.</p>
<h2>Submitting a complaint</h2>
<p>Please use our <a href="/fr/formulaires/reclamation">online complaint form</a> (in French and Dutch; you may write your message in English).</p>"""),
]

SITE = Site(
    name="ecertificates-agency", theme="modern", colour="#0b5cad", root="redirect:/fr/",
    notes=__doc__,
    langs=[
        Lang("fr", "Agence fédérale des Certificats électroniques", "AFCE", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("ra df pr dl fm ak nu")),
        Lang("nl", "Federaal Agentschap voor Elektronische Certificaten", "FAEC", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("ra df pr dl fm ak nu")),
        Lang("de", "Föderale Agentur für elektronische Zertifikate", "FAEZ", "/de/", de_menu, de_footer, de_pages, passes("dl")),
        Lang("en", "Federal Agency for Electronic Certificates", "FAEC", "/en/", en_menu, en_footer, en_pages, passes("ra df fm")),
    ],
)
