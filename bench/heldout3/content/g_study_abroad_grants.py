"""Grants for study abroad: Drupal theme, / redirects to /fr/. A complaints section in the main menu with
sub-pages (complaint or appeal, procedure, FAQ accordion). FR complete; NL without acknowledgement and with
the Federal Ombudsman only in a news item; EN contrast, definition and answer time, but no channel."""

from bench.heldout3.build_sites import Lang, Page, Site, passes, tiny_pdf

fr = Lang(
    code="fr", name="Office fédéral des bourses d’études à l’étranger", short="OBEE", home="/fr/",
    tagline="Étudier hors de Belgique",
    menu=[("Bourses", "/fr/bourses", [("Conditions", "/fr/bourses/conditions"), ("Montants", "/fr/bourses/montants")]),
          ("Plaintes", "/fr/plaintes", [("Plainte ou recours ?", "/fr/plaintes/plainte-ou-recours"),
                                        ("Procédure", "/fr/plaintes/procedure"), ("FAQ", "/fr/plaintes/faq")]),
          ("Contact", "/fr/contact", [])],
    footer=[("OBEE", [("Accessibilité", "/fr/accessibilite")])],
    pages=[
        Page("/fr/", "Accueil", key="home", body="""<p>L’OBEE accorde des bourses aux étudiants qui effectuent
une partie de leurs études dans un autre pays.</p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Office fédéral des bourses d’études à l’étranger<br>
Place des Voyageurs 8, 4000 Liège<br>Tél. 04 290 55 10 · bourses@obee-etudes.be</p>
<p>Pour une plainte, consultez la rubrique <a href="/fr/plaintes">Plaintes</a>.</p>"""),
        Page("/fr/plaintes", "Plaintes", key="complaints", body="""
<p>L’Office tient à un service irréprochable. Vos plaintes l’aident à y parvenir : elles révèlent les
procédures trop lourdes et les erreurs répétées, que nous pouvons alors corriger.</p>
<p>Est une plainte tout mécontentement exprimé au sujet d’une action ou d’une omission de l’Office : demande de
bourse restée sans réponse, paiement tardif, renseignement inexact.</p>
<ul><li><a href="/fr/plaintes/plainte-ou-recours">Plainte ou recours ?</a></li>
<li><a href="/fr/plaintes/procedure">La procédure pas à pas</a></li><li><a href="/fr/plaintes/faq">FAQ</a></li></ul>"""),
        Page("/fr/plaintes/plainte-ou-recours", "Plainte ou recours ?", key="complaints-vs", crumbs=[("Plaintes", "/fr/plaintes")],
             body="""<table><tr><th></th><th>Plainte</th><th>Recours</th></tr>
<tr><td>Objet</td><td>la manière dont l’Office vous a traité</td><td>le refus ou le montant de votre bourse</td></tr>
<tr><td>Où ?</td><td>service des plaintes de l’Office</td><td>Commission de recours des bourses, dans les 30 jours de
la décision</td></tr></table>"""),
        Page("/fr/plaintes/procedure", "La procédure pas à pas", key="complaints-file", crumbs=[("Plaintes", "/fr/plaintes")],
             body="""<ol><li>Téléchargez le <a href="/fichiers/formulaire-plainte-obee.pdf">formulaire de plainte</a>,
complétez-le et renvoyez-le à plaintes@obee-etudes.be ou à l’adresse de l’Office.</li>
<li>Nous vous adressons un accusé de réception dans les 10 jours. Il reprend le numéro unique sous lequel votre
plainte est enregistrée.</li>
<li>Le service des plaintes examine votre dossier et vous répond au plus tard dans les 45 jours.</li></ol>"""),
        Page("/fr/plaintes/faq", "FAQ", key="complaints-after", crumbs=[("Plaintes", "/fr/plaintes")], body="""
<details><summary>La réponse de l’Office ne me convient pas. Que faire ?</summary>
<p>Adressez-vous au Médiateur fédéral, qui examinera votre plainte en toute indépendance.</p></details>
<details><summary>Puis-je porter plainte de façon anonyme ?</summary><p>Non, nous devons pouvoir vous répondre.</p>
</details>"""),
    ],
    labels=passes("va ra df pr dl fm ak nu om"),
)

nl = Lang(
    code="nl", name="Federale Dienst voor Studiebeurzen in het Buitenland", short="FDSB", home="/nl/",
    tagline="Studeren buiten België",
    menu=[("Beurzen", "/nl/beurzen", []), ("Nieuws", "/nl/nieuws", []),
          ("Klachten", "/nl/klachten", [("Hoe gaat het in zijn werk?", "/nl/klachten/werkwijze")]),
          ("Contact", "/nl/contact", [])],
    footer=[("FDSB", [("Toegankelijkheid", "/nl/toegankelijkheid")])],
    pages=[
        Page("/nl/", "Home", key="home", body="""<p>De FDSB kent beurzen toe aan studenten die in het buitenland
studeren.</p><p><a href="/nl/nieuws/jaarverslag-ombudsman">Federale Ombudsman stelt jaarverslag voor</a></p>"""),
        Page("/nl/nieuws/jaarverslag-ombudsman", "Federale Ombudsman stelt jaarverslag 2025 voor", key="news",
             date="24/04/2026", body="""<p>De federale Ombudsman heeft zijn jaarverslag 2025 aan de Kamer
voorgesteld. Het verslag telt 62 aanbevelingen aan de federale overheidsdiensten.</p>"""),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Federale Dienst voor Studiebeurzen in het
Buitenland<br>Reizigersplein 8, 4000 Luik<br>Tel. 04 290 55 11 · beurzen@fdsb-studie.be</p>"""),
        Page("/nl/klachten", "Klachten", key="complaints", body="""
<h2>Waarom?</h2><p>Wij gebruiken klachten om onze procedures eenvoudiger te maken en terugkerende fouten weg te
werken.</p>
<h2>Wat is een klacht?</h2><p>Een klacht is een uiting van ontevredenheid over een handeling of een nalatigheid
van de dienst, bijvoorbeeld een laattijdige betaling of foute informatie.</p>
<h2>Geen beroep</h2><p>Bent u het oneens met de weigering of het bedrag van uw beurs, dan stelt u binnen 30 dagen
beroep in bij de Beroepscommissie voor Studiebeurzen. Dat is een andere procedure dan een klacht.</p>
<p><a href="/nl/klachten/werkwijze">Hoe gaat het in zijn werk?</a></p>"""),
        Page("/nl/klachten/werkwijze", "Hoe gaat het in zijn werk?", key="complaints-file",
             crumbs=[("Klachten", "/nl/klachten")], body="""
<p>Klachten worden ingediend met het <a href="/bestanden/klachtenformulier-fdsb.pdf">klachtenformulier</a>, dat
per post of per e-mail (klachten@fdsb-studie.be) naar de dienst wordt gestuurd. Elke klacht krijgt een eigen
registratienummer. Ze wordt door de klachtendienst onderzocht en binnen 45 dagen schriftelijk beantwoord.</p>"""),
    ],
    labels=passes("va ra df pr dl fm nu"),
)

en = Lang(
    code="en", name="Federal Office for Study Abroad Grants", short="FOSAG", home="/en/",
    tagline="Studying outside Belgium",
    menu=[("Grants", "/en/grants", []), ("Complaints", "/en/complaints", []), ("Contact", "/en/contact", [])],
    footer=[("FOSAG", [("Accessibility", "/en/accessibility")])],
    pages=[
        Page("/en/", "Home", key="home", body="<p>FOSAG awards grants to students who study abroad.</p>"),
        Page("/en/contact", "Contact", key="contact", body="""<p>Federal Office for Study Abroad Grants<br>
Place des Voyageurs 8, 4000 Liège<br>Phone +32 4 290 55 12</p>"""),
        Page("/en/complaints", "Complaints", key="complaints", body="""
<p><strong>What is a complaint?</strong> Any expression of dissatisfaction with something the Office did or failed
to do, such as a late payment or incorrect information.</p>
<p><strong>A complaint is not an appeal.</strong> If you disagree with the refusal or the amount of your grant,
you must lodge an appeal with the Grants Appeals Board within 30 days of the decision.</p>
<p><strong>How long does it take?</strong> Complaints are answered within 45 calendar days.</p>"""),
    ],
    labels=passes("va df dl"),
)

SITE = Site(name="study-abroad-grants-office", theme="drupal", langs=[fr, nl, en], root="redirect:/fr/",
            colour="#00838f", notes=__doc__,
            files={"/fichiers/formulaire-plainte-obee.pdf": tiny_pdf([
                       "OBEE - Formulaire de plainte", "Nom, prenom :", "Adresse :", "Objet de la plainte :"]),
                   "/bestanden/klachtenformulier-fdsb.pdf": tiny_pdf([
                       "FDSB - Klachtenformulier", "Naam :", "Adres :", "Uw klacht :"])})
