"""Seed certification service: Drupal theme, splash page. Contact > complaints page with two sub-pages
(how to file, online form). FR complete; NL without a reason and with only the Flemish ombudsman; DE a
short contrast + Federal Ombudsman with an e-mail address only; EN how-to with the form, nothing else."""

from bench.heldout3.build_sites import Lang, Page, Site, passes

FORM_FR = """<form class="webform-submission-form" action="/fr/contact/plaintes/formulaire" method="post">
<label for="nom">Nom et prénom</label><input id="nom" name="nom" type="text" required>
<label for="mail">Adresse e-mail</label><input id="mail" name="mail" type="email" required>
<label for="objet">Sur quoi porte votre plainte ?</label><textarea id="objet" name="objet" rows="8"></textarea>
<button type="submit">Envoyer ma plainte</button></form>"""
FORM_NL = FORM_FR.replace("/fr/contact/plaintes/formulaire", "/nl/contact/klachten/formulier").replace(
    "Nom et prénom", "Naam en voornaam").replace("Adresse e-mail", "E-mailadres").replace(
    "Sur quoi porte votre plainte ?", "Waarover gaat uw klacht?").replace("Envoyer ma plainte", "Klacht versturen")
FORM_EN = FORM_FR.replace("/fr/contact/plaintes/formulaire", "/en/contact/complaints/form").replace(
    "Nom et prénom", "Full name").replace("Adresse e-mail", "E-mail address").replace(
    "Sur quoi porte votre plainte ?", "What is your complaint about?").replace("Envoyer ma plainte", "Send")

fr = Lang(
    code="fr", name="Service fédéral de certification des semences", short="SFCS", home="/fr/",
    tagline="Des semences contrôlées, de la parcelle au sachet",
    menu=[("Certification", "/fr/certification", []),
          ("Laboratoire", "/fr/laboratoire", []),
          ("Contact", "/fr/contact", [("Plaintes", "/fr/contact/plaintes")])],
    footer=[("Le service", [("Mentions légales", "/fr/mentions-legales")])],
    pages=[
        Page("/fr/", "Accueil", key="home", body="""<p>Le SFCS certifie chaque année plus de 9 000 lots de semences
agricoles et potagères.</p><ul><li><a href="/fr/certification">Demander une certification</a></li>
<li><a href="/fr/laboratoire">Analyses en laboratoire</a></li><li><a href="/fr/contact">Nous contacter</a></li></ul>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Service fédéral de certification des semences<br>
Chaussée de Louvain 1402, 1200 Bruxelles<br>Tél. 02 614 38 00 – info@sfcs-semences.be</p>
<p>Du lundi au vendredi, de 9 h à 16 h.</p>
<p>Vous n’êtes pas satisfait de la manière dont nous vous avons servi ? Lisez notre page
<a href="/fr/contact/plaintes">Plaintes</a>.</p>"""),
        Page("/fr/contact/plaintes", "Plaintes", key="complaints", crumbs=[("Contact", "/fr/contact")],
             body="""<h2>Pourquoi écoutons-nous vos plaintes ?</h2>
<p>Chaque plainte nous montre un endroit où notre service peut mieux faire. Nous les analysons pour corriger
nos méthodes de travail et éviter que le même problème se reproduise.</p>
<h2>Qu’appelons-nous une plainte ?</h2>
<p>Une plainte est l’expression d’un mécontentement sur la façon dont le SFCS a agi : un dossier qui traîne,
une erreur administrative, un inspecteur peu courtois, une information incorrecte. Une simple question ou une
suggestion n’en est pas une.</p>
<h2>Plainte ou recours ?</h2>
<p>Si vous contestez le contenu d’une décision (par exemple le refus de certifier un lot), ce n’est pas une
plainte : vous devez introduire un recours auprès du ministre, selon les modalités indiquées dans la décision.
La plainte concerne notre service, pas le bien-fondé de la décision.</p>
<ul><li><a href="/fr/contact/plaintes/introduire">Comment introduire une plainte et comment est-elle traitée ?</a></li>
<li><a href="/fr/contact/plaintes/formulaire">Formulaire de plainte en ligne</a></li></ul>"""),
        Page("/fr/contact/plaintes/introduire", "Introduire une plainte", key="complaints-file",
             crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body="""<ol>
<li>Remplissez le <a href="/fr/contact/plaintes/formulaire">formulaire en ligne</a>, ou écrivez au service de
gestion des plaintes, Chaussée de Louvain 1402, 1200 Bruxelles.</li>
<li>Le service vous envoie un accusé de réception dans les cinq jours ouvrables. Votre plainte y reçoit un
numéro unique, à rappeler dans vos échanges avec nous.</li>
<li>Un gestionnaire, qui n’est pas intervenu dans votre dossier, examine les faits et entend les services
concernés.</li>
<li>Vous recevez une réponse motivée au plus tard 30 jours calendrier après la réception de votre plainte.</li>
</ol>
<p>Notre réponse ne vous satisfait pas ? Vous pouvez vous adresser au Médiateur fédéral
(<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>), rue de Louvain 48 bte 6, 1000 Bruxelles.</p>"""),
        Page("/fr/contact/plaintes/formulaire", "Formulaire de plainte", key="form",
             crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")],
             body="<p>Tous les champs sont obligatoires.</p>" + FORM_FR),
    ],
    labels=passes("va ra df pr dl fm ak nu om"),
)

nl = Lang(
    code="nl", name="Federale Dienst voor Zaaizaadcertificering", short="FDZC", home="/nl/",
    tagline="Gecontroleerd zaaizaad, van perceel tot zakje",
    menu=[("Certificering", "/nl/certificering", []),
                    ("Contact", "/nl/contact", [("Klachten", "/nl/contact/klachten")])],
    footer=[("De dienst", [("Disclaimer", "/nl/disclaimer"), ("Privacy", "/nl/privacy")])],
    pages=[
        Page("/nl/", "Home", key="home", body="""<p>De FDZC certificeert jaarlijks meer dan 9 000 partijen
landbouw- en groentezaad.</p><ul><li><a href="/nl/certificering">Certificering aanvragen</a></li>
<li><a href="/nl/contact">Contact</a></li></ul>"""),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Federale Dienst voor Zaaizaadcertificering<br>
Leuvensesteenweg 1402, 1200 Brussel<br>Tel. 02 614 38 01 – info@fdzc-zaaizaad.be</p>
<p>Niet tevreden over onze dienstverlening? Bekijk onze pagina <a href="/nl/contact/klachten">Klachten</a>.</p>"""),
        Page("/nl/contact/klachten", "Klachten", key="complaints", crumbs=[("Contact", "/nl/contact")],
             body="""<h2>Wat is een klacht?</h2>
<p>U dient een klacht in wanneer u ontevreden bent over de manier waarop wij u hebben behandeld: een dossier
dat blijft liggen, een fout in een brief, een onvriendelijke keurder. Een vraag om informatie of een suggestie
is geen klacht.</p>
<h2>Klacht of beroep?</h2>
<p>Bent u het niet eens met de inhoud van een beslissing, bijvoorbeeld de weigering om een partij te
certificeren? Dan tekent u beroep aan bij de minister, zoals vermeld in de beslissing. Een klacht gaat over
onze dienstverlening, niet over de beslissing zelf.</p>
<p><a href="/nl/contact/klachten/indienen">Hoe dient u een klacht in?</a> –
<a href="/nl/contact/klachten/formulier">Online klachtenformulier</a></p>"""),
        Page("/nl/contact/klachten/indienen", "Een klacht indienen", key="complaints-file",
             crumbs=[("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten")], body="""<table>
<tr><th>Stap</th><th>Wat gebeurt er?</th></tr>
<tr><td>1</td><td>U vult het <a href="/nl/contact/klachten/formulier">klachtenformulier</a> in of schrijft naar de
klachtendienst, Leuvensesteenweg 1402, 1200 Brussel.</td></tr>
<tr><td>2</td><td>Binnen vijf werkdagen ontvangt u een ontvangstbevestiging met het unieke nummer van uw klacht.</td></tr>
<tr><td>3</td><td>Een medewerker die niet bij uw dossier betrokken was, onderzoekt de klacht.</td></tr>
<tr><td>4</td><td>U krijgt uiterlijk 30 kalenderdagen na ontvangst een gemotiveerd antwoord.</td></tr></table>
<p>Woont u in Vlaanderen, dan kunt u ook terecht bij de Vlaamse Ombudsdienst
(<a href="https://www.vlaamseombudsdienst.be">www.vlaamseombudsdienst.be</a>).</p>"""),
        Page("/nl/contact/klachten/formulier", "Klachtenformulier", key="form",
             crumbs=[("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten")],
             body="<p>Alle velden zijn verplicht.</p>" + FORM_NL),
    ],
    labels=passes("va df pr dl fm ak nu"),
)

de = Lang(
    code="de", name="Föderaler Dienst für Saatgutzertifizierung", short="FDSZ", home="/de/",
    tagline="Kontrolliertes Saatgut",
    menu=[("Zertifizierung", "/de/zertifizierung", []), ("Kontakt", "/de/kontakt", [])],
    footer=[("Der Dienst", [("Impressum", "/de/impressum")])],
    pages=[
        Page("/de/", "Startseite", key="home", body="""<p>Der FDSZ zertifiziert landwirtschaftliches Saatgut und
Gemüsesaatgut.</p><p><a href="/de/kontakt">Kontakt</a></p>"""),
        Page("/de/kontakt", "Kontakt", key="contact", body="""<p>Föderaler Dienst für Saatgutzertifizierung<br>
Löwener Straße 1402, 1200 Brüssel<br>Tel. 02 614 38 02</p>
<h2>Beschwerden</h2>
<p>Bitte beachten Sie: Wenn Sie mit dem Inhalt einer Entscheidung nicht einverstanden sind, legen Sie
Widerspruch beim Minister ein. Dafür ist eine Beschwerde nicht der richtige Weg.</p>
<p>Beschwerden schicken Sie an beschwerden@fdsz-saatgut.be.</p>
<p>Sind Sie mit unserer Antwort auf Ihre Beschwerde nicht zufrieden, können Sie sich an den Föderalen
Ombudsmann wenden (www.federalombudsman.be).</p>"""),
    ],
    labels=passes("va om"),
)

en = Lang(
    code="en", name="Federal Seed Certification Service", short="FSCS", home="/en/",
    tagline="Certified seed, from field to packet",
    menu=[("Certification", "/en/certification", []), ("Contact", "/en/contact", [("Complaints", "/en/contact/complaints")])],
    footer=[("About", [("Legal notice", "/en/legal")])],
    pages=[
        Page("/en/", "Home", key="home", body="""<p>FSCS certifies agricultural and vegetable seed lots.</p>
<p><a href="/en/contact">Contact us</a></p>"""),
        Page("/en/contact", "Contact", key="contact", body="""<p>Federal Seed Certification Service<br>
Chaussée de Louvain 1402, 1200 Brussels<br>Phone +32 2 614 38 03</p>
<p><a href="/en/contact/complaints">Complaints</a></p>"""),
        Page("/en/contact/complaints", "Complaints", key="complaints", crumbs=[("Contact", "/en/contact")], body="""
<h2>How do I complain?</h2>
<p>Fill in our <a href="/en/contact/complaints/form">online complaint form</a>. A member of our complaints team
will look into what happened, talk to the colleagues involved and then send you a written reply. We will
get back to you as soon as we can.</p>"""),
        Page("/en/contact/complaints/form", "Complaint form", key="form",
             crumbs=[("Contact", "/en/contact"), ("Complaints", "/en/contact/complaints")], body=FORM_EN),
    ],
    labels=passes("pr fm"),
)

SITE = Site(name="seed-certification-service", theme="drupal", langs=[fr, nl, de, en], root="splash",
            colour="#2e7d32", notes=__doc__)
