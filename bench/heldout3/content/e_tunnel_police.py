"""Federal police directorate for tunnels and engineering structures: portal theme, splash page.
Contact > complaints page (+ form page in FR). Traps: FR "déposer plainte" for an offence (criminal
complaint, not an appeal); NL "aangifte" and a general contact form; DE without a form. Comité P."""

from bench.heldout3.build_sites import Lang, Page, Site, passes

fr = Lang(
    code="fr", name="Police fédérale – Direction des tunnels et ouvrages d’art", short="DTO", home="/fr/accueil",
    tagline="Sécurité dans les tunnels routiers et ferroviaires",
    menu=[("Nos missions", "/fr/missions", [("Surveillance", "/fr/missions/surveillance"),
                                            ("Interventions", "/fr/missions/interventions")]),
          ("Recrutement", "/fr/recrutement", []),
          ("Contact", "/fr/contact", [("Plaintes", "/fr/contact/plaintes")])],
    footer=[("DTO", [("Vie privée", "/fr/vie-privee")])],
    pages=[
        Page("/fr/accueil", "Accueil", key="home", body="""<p>La DTO veille à la sécurité dans les 41 tunnels
autoroutiers et ferroviaires du pays.</p><p><a href="/fr/contact">Contact</a></p>"""),
        Page("/fr/contact", "Contact", key="contact", body="""<p>Direction des tunnels et ouvrages d’art<br>
Avenue de la Couronne 145, 1050 Bruxelles<br>Tél. 02 642 77 00 · dto.secretariat@police-tunnels.be</p>
<p>En cas d’urgence : 101.</p><p><a href="/fr/contact/plaintes">Plaintes sur nos services</a></p>"""),
        Page("/fr/contact/plaintes", "Plaintes sur nos services", key="complaints", crumbs=[("Contact", "/fr/contact")],
             body="""
<div class="ms-rteElement-Callout">Vous avez été victime d’un vol ou d’une agression dans un tunnel ? Déposez
plainte dans un commissariat ou via Police-on-web. Cette page ne concerne pas ces faits.</div>
<h2>Pourquoi recueillir les plaintes ?</h2>
<p>Un service de police doit rendre des comptes. Les plaintes nous aident à déceler les dysfonctionnements et
à améliorer la qualité de nos interventions.</p>
<h2>De quoi pouvez-vous vous plaindre ?</h2>
<p>Du comportement d’un membre de la DTO ou du fonctionnement de notre service : attitude incorrecte, attente
anormalement longue, information erronée lors d’une fermeture de tunnel.</p>
<h2>Comment faire ?</h2>
<p>Remplissez le <a href="/fr/contact/plaintes/formulaire">formulaire de plainte</a> ou écrivez au service
Contrôle interne, Avenue de la Couronne 145, 1050 Bruxelles. Votre plainte est enregistrée sous un numéro qui
lui est propre ; vous recevez un accusé de réception endéans les 5 jours ouvrables. Le Contrôle interne mène
l’enquête et vous informe de ses conclusions dans les deux mois.</p>
<p>Si vous restez insatisfait, vous pouvez vous adresser au Comité permanent de contrôle des services de police
(Comité P), rue de la Presse 35, 1000 Bruxelles.</p>"""),
        Page("/fr/contact/plaintes/formulaire", "Formulaire de plainte", key="form",
             crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body="""
<table class="ms-formtable"><tr><td>Nom</td><td><input name="ctl00$nom" type="text"></td></tr>
<tr><td>Courriel</td><td><input name="ctl00$mail" type="text"></td></tr>
<tr><td>Date et lieu des faits</td><td><input name="ctl00$lieu" type="text"></td></tr>
<tr><td>Votre plainte</td><td><textarea name="ctl00$plainte" rows="8" cols="60"></textarea></td></tr></table>
<input type="submit" name="ctl00$envoyer" value="Envoyer la plainte">"""),
    ],
    labels=passes("ra df pr dl fm ak nu om"),
)

nl = Lang(
    code="nl", name="Federale Politie – Directie Tunnels en Kunstwerken", short="DTK", home="/nl/home",
    tagline="Veiligheid in weg- en spoortunnels",
    menu=[("Onze opdrachten", "/nl/opdrachten", []), ("Rekrutering", "/nl/rekrutering", []),
          ("Contact", "/nl/contact", [("Contactformulier", "/nl/contact/formulier")])],
    footer=[("DTK", [("Privacy", "/nl/privacy")])],
    pages=[
        Page("/nl/home", "Home", key="home", body="<p>De DTK waakt over de veiligheid in 41 tunnels.</p>"),
        Page("/nl/contact", "Contact", key="contact", body="""<p>Directie Tunnels en Kunstwerken<br>
Kroonlaan 145, 1050 Brussel<br>Tel. 02 642 77 01</p>
<h2>Aangifte doen</h2>
<p>Bent u slachtoffer van een misdrijf? Doe aangifte in een politiekantoor of via Police-on-web.</p>
<h2>Klachten</h2>
<p>Klachten zijn voor ons waardevol: ze tonen waar onze werking tekortschiet en helpen ons die te verbeteren.
Opmerkingen over onze dienst kunt u kwijt via het <a href="/nl/contact/formulier">algemene contactformulier</a>.</p>"""),
        Page("/nl/contact/formulier", "Contactformulier", key="questions", crumbs=[("Contact", "/nl/contact")], body="""
<p>Stel uw vraag aan de DTK.</p><table class="ms-formtable"><tr><td>Onderwerp</td><td><select name="ctl00$onderwerp">
<option>Rekrutering</option><option>Tunnelsluitingen</option><option>Andere vraag</option></select></td></tr>
<tr><td>Bericht</td><td><textarea name="ctl00$bericht"></textarea></td></tr></table>
<input type="submit" value="Versturen">"""),
    ],
    labels=passes("ra"),
)

de = Lang(
    code="de", name="Föderale Polizei – Direktion Tunnel und Kunstbauten", short="DTK", home="/de/startseite",
    tagline="Sicherheit in Straßen- und Bahntunneln",
    menu=[("Aufgaben", "/de/aufgaben", []), ("Kontakt", "/de/kontakt", [("Beschwerden", "/de/kontakt/beschwerden")])],
    footer=[("DTK", [("Datenschutz", "/de/datenschutz")])],
    pages=[
        Page("/de/startseite", "Startseite", key="home", body="<p>Die DTK sorgt für Sicherheit in 41 Tunneln.</p>"),
        Page("/de/kontakt", "Kontakt", key="contact", body="""<p>Direktion Tunnel und Kunstbauten<br>
Kronenallee 145, 1050 Brüssel<br>Tel. 02 642 77 02</p><p><a href="/de/kontakt/beschwerden">Beschwerden</a></p>"""),
        Page("/de/kontakt/beschwerden", "Beschwerden", key="complaints", crumbs=[("Kontakt", "/de/kontakt")], body="""
<p>Jede Beschwerde ist für uns ein Hinweis darauf, wo wir besser werden können. Deshalb nehmen wir sie ernst.</p>
<h3>So gehen Sie vor</h3>
<ol><li>Schreiben Sie an die Interne Kontrolle, Kronenallee 145, 1050 Brüssel, oder per E-Mail an
beschwerden@polizei-tunnel.be.</li>
<li>Innerhalb von fünf Werktagen erhalten Sie eine Empfangsbestätigung.</li>
<li>Die Interne Kontrolle untersucht den Sachverhalt und antwortet Ihnen innerhalb von 30 Tagen.</li></ol>
<p>Sind Sie mit dem Ergebnis nicht einverstanden, können Sie sich an den Ständigen Kontrollausschuss über die
Polizeidienste (Komitee P) wenden.</p>"""),
    ],
    labels=passes("ra pr dl ak om"),
)

SITE = Site(name="tunnel-police-directorate", theme="portal", langs=[fr, nl, de], root="splash",
            colour="#263238", notes=__doc__)
