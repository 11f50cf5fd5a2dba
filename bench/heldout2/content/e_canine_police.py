"""canine-police-centre: Drupal theme with /node/N paths, splash page, FR/NL/DE.

A federal police training centre, so Comité P is the second line. FR uses "porter plainte" for a
complaint about the centre's own service ("porter plainte auprès de notre service de gestion des
plaintes"), next to a box sending criminal complaints to the police station; the form is on the page,
registration number and acknowledgement within 48 hours. NL: "aangifte" trap, e-mail procedure with the
acknowledgement time in words, Comité P under its Dutch name; no definition, no form. DE has only the
criminal complaint ("Strafanzeige") page and a contact page.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

FR = Lang(
    "fr", "Centre fédéral de formation cynophile", "CFFC", "/fr/",
    menu=[("Formations", "/fr/node/4", []), ("Le Centre", "/fr/node/7", []),
          ("Contact", "/fr/node/12", [("Plaintes", "/fr/node/31")])],
    footer=[("Police fédérale", [("Contact", "/fr/node/12"), ("Accessibilité", "/fr/node/9")])],
    tagline="Police fédérale – Direction de l’appui opérationnel",
    labels=passes("ra df pr dl fm ak nu om"),
    pages=[
        Page("/fr/", "Accueil", key="home", body="""
<p>Le Centre forme les maîtres-chiens de la police intégrée et leurs chiens : détection d’explosifs, de
stupéfiants, recherche de personnes.</p><p><a href="/fr/node/4">Nos formations</a></p>"""),
        Page("/fr/node/12", "Contact", key="contact", body="""
<p>Centre fédéral de formation cynophile<br>Allée du Chenil 5<br>5030 Gembloux<br>081 55 90 12<br>
<a href="mailto:cffc@cffc-fohg.be">cffc@cffc-fohg.be</a></p>
<p><a href="/fr/node/31">Porter plainte au sujet de nos services</a></p>"""),
        Page("/fr/node/31", "Plaintes", key="complaints", crumbs=[("Contact", "/fr/node/12")], body="""
<p>Vous pouvez porter plainte auprès de notre service de gestion des plaintes si vous estimez avoir été mal
reçu, mal informé ou traité de manière incorrecte par un membre du personnel du Centre, que ce soit lors
d’une démonstration, d’une visite ou d’un contact téléphonique.</p>
<p>Nous tenons à ce que chaque contact avec le Centre se déroule correctement : vos plaintes nous permettent
de rectifier le tir et de mieux préparer notre personnel à l’accueil du public.</p>
<aside class="alert alert--warning"><p><strong>Attention :</strong> vous avez été victime d’une morsure ou
d’une autre infraction ? Pour porter plainte au sens pénal, adressez-vous au commissariat de police le plus
proche. Notre service ne traite pas les plaintes pénales.</p></aside>
<h2>Comment porter plainte ?</h2>
<p>Remplissez le formulaire ci-dessous. Dès réception, votre plainte reçoit un numéro d’enregistrement
unique, repris sur l’accusé de réception que nous vous envoyons sous 48 heures. Le coordinateur des
plaintes instruit le dossier et vous adresse une réponse écrite dans un délai de 30 jours.</p>
<p>Si cette réponse ne vous satisfait pas, vous pouvez vous adresser au Comité permanent de contrôle des
services de police (Comité P), rue de la Presse 35/1, 1000 Bruxelles,
<a href="https://www.comitep.be">www.comitep.be</a>.</p>
<form class="webform" method="post" action="/fr/node/31">
<label for="p-nom">Nom *</label><input id="p-nom" name="nom" required>
<label for="p-mail">E-mail *</label><input id="p-mail" name="email" type="email" required>
<label for="p-date">Date des faits</label><input id="p-date" name="date" type="date">
<label for="p-txt">Votre plainte *</label><textarea id="p-txt" name="plainte" rows="6" required></textarea>
<button type="submit">Envoyer</button></form>"""),
    ])

NL = Lang(
    "nl", "Federaal Opleidingscentrum voor Hondengeleiders", "FOHG", "/nl/",
    menu=[("Opleidingen", "/nl/node/4", []), ("Het Centrum", "/nl/node/7", []),
          ("Contact", "/nl/node/12", [("Klachten", "/nl/node/31")])],
    footer=[("Federale politie", [("Contact", "/nl/node/12"), ("Toegankelijkheid", "/nl/node/9")])],
    tagline="Federale politie – Directie operationele ondersteuning",
    labels=passes("pr dl ak om"),
    pages=[
        Page("/nl/", "Home", key="home", body="""
<p>Het Centrum leidt de hondengeleiders van de geïntegreerde politie en hun honden op.</p>
<p><a href="/nl/node/4">Onze opleidingen</a></p>"""),
        Page("/nl/node/12", "Contact", key="contact", body="""
<p>Federaal Opleidingscentrum voor Hondengeleiders<br>Kennelpad 5<br>5030 Gembloux<br>081 55 90 12<br>
<a href="mailto:cffc@cffc-fohg.be">cffc@cffc-fohg.be</a></p>
<p><a href="/nl/node/31">Klachten</a></p>"""),
        Page("/nl/node/31", "Klachten", key="complaints", crumbs=[("Contact", "/nl/node/12")], body="""
<div class="alert"><p>Slachtoffer van een misdrijf of van een hondenbeet? Doe aangifte bij de lokale politie.
Dit centrum neemt geen aangiftes of klachten over strafbare feiten op.</p></div>
<p>Klachten over onze dienstverlening stuurt u per e-mail naar
<a href="mailto:klachten@cffc-fohg.be">klachten@cffc-fohg.be</a> of per brief naar het Centrum. U ontvangt
binnen tien werkdagen een ontvangstbevestiging. De klachtencoördinator onderzoekt uw klacht en bezorgt u
daarna een schriftelijk antwoord.</p>
<p>Bent u niet tevreden over de manier waarop uw klacht werd behandeld, dan kunt u contact opnemen met het
Vast Comité van Toezicht op de politiediensten (Comité P), Drukpersstraat 35/1, 1000 Brussel.</p>"""),
    ])

DE = Lang(
    "de", "Föderales Ausbildungszentrum für Diensthundeführer", "FADH", "/de/",
    menu=[("Das Zentrum", "/de/node/7", []), ("Strafanzeige", "/de/node/44", []), ("Kontakt", "/de/node/12", [])],
    footer=[("Föderale Polizei", [("Kontakt", "/de/node/12")])],
    tagline="Föderale Polizei",
    labels=passes(""),
    pages=[
        Page("/de/", "Startseite", key="home", body="""
<p>Das Zentrum bildet die Diensthundeführer der integrierten Polizei und ihre Hunde aus.</p>
<p><a href="/de/node/12">Kontakt</a></p>"""),
        Page("/de/node/12", "Kontakt", key="contact", body="""
<p>Föderales Ausbildungszentrum für Diensthundeführer<br>Allée du Chenil 5<br>5030 Gembloux<br>081 55 90 12<br>
<a href="mailto:cffc@cffc-fohg.be">cffc@cffc-fohg.be</a></p>"""),
        Page("/de/node/44", "Strafanzeige erstatten", key="criminal", body="""
<p>Sie wurden Opfer einer Straftat, zum Beispiel eines Hundebisses? Erstatten Sie Strafanzeige bei der
nächsten Polizeidienststelle. Bestimmte Anzeigen können Sie auch online über Police-on-web erstatten.
Unser Zentrum nimmt selbst keine Anzeigen entgegen.</p>"""),
    ])

SITE = Site("canine-police-centre", "drupal", [FR, NL, DE], root="splash", colour="#1a237e",
            notes="Drupal /node/N, splash; FR 'porter plainte' = service complaint; aangifte/Strafanzeige traps; "
                  "Comité P")
