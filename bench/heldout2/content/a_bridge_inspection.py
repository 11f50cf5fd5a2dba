"""bridge-inspection-agency: Drupal theme, splash page, FR/NL/DE/EN.

Complaint information under Contact: a main page (why, what, complaint vs appeal) with three
sub-pages (numbered procedure, FAQ accordion with the second line, online form with a textarea).
FR and NL carry everything, deadlines written in words. DE is a short page (why, definition, link
to the online form, Federal Ombudsman) that says nothing about what happens after filing. EN is a
how-to summary (form, acknowledgement with reference, 45 days) with no why, no definition, no
appeal contrast and no second line.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes

ADDR_FR = "Agence fédérale de contrôle des ouvrages d’art, Service Plaintes, rue des Ingénieurs 14, 1040 Bruxelles"
ADDR_NL = "Federaal Agentschap voor de Controle van Kunstwerken, Dienst Klachten, Ingenieursstraat 14, 1040 Brussel"

# ----------------------------------------------------------------------------- FR
FR_HOME = Page("/fr/", "Accueil", key="home", body="""
<p>L’Agence fédérale de contrôle des ouvrages d’art inspecte les ponts, viaducs et tunnels situés sur le réseau
fédéral et délivre les attestations de conformité nécessaires à leur mise en service.</p>
<div class="teasers"><div class="teaser"><h2><a href="/fr/missions">Nos missions</a></h2><p>Inspections
périodiques, contrôles après incident, avis techniques.</p></div>
<div class="teaser"><h2><a href="/fr/publications">Publications</a></h2><p>Rapports annuels et guides
techniques.</p></div></div>""")

FR_CONTACT = Page("/fr/contact", "Contact", key="contact", body=f"""
<h2>Nos coordonnées</h2>
<p>Agence fédérale de contrôle des ouvrages d’art<br>Rue des Ingénieurs 14<br>1040 Bruxelles</p>
<p>Tél. 02 555 41 00 (du lundi au vendredi, de 9 h à 16 h)<br>E-mail : <a href="mailto:info@afcoa-fack.be">info@afcoa-fack.be</a></p>
<h2>Vous avez une question ?</h2>
<p>Consultez nos <a href="/fr/publications">publications</a> ou écrivez-nous à l’adresse ci-dessus.</p>
<h2>Vous n’êtes pas satisfait de nos services ?</h2>
<p>Lisez <a href="/fr/contact/plaintes">comment introduire une plainte</a>.</p>""")

FR_MAIN = Page("/fr/contact/plaintes", "Une plainte sur nos services ?", key="complaints",
               crumbs=[("Contact", "/fr/contact")],
               lead="Vous estimez que l’Agence ne vous a pas correctement servi ? Faites-le-nous savoir.", body="""
<h2>Pourquoi nous voulons connaître vos plaintes</h2>
<p>Chaque plainte nous signale un endroit où notre organisation a failli. En les analysant une à une, nos
équipes repèrent les erreurs qui se répètent et adaptent leurs méthodes de travail ; c’est ainsi que
l’Agence corrige ses points faibles.</p>
<h2>Qu’entendons-nous par « plainte » ?</h2>
<p>Pour l’Agence, une plainte est toute manifestation de mécontentement d’un citoyen, d’une entreprise ou d’un
gestionnaire d’ouvrage au sujet de la manière dont nos services ont agi, ou ont omis d’agir. Elle peut porter
par exemple sur :</p>
<ul><li>un rapport d’inspection reçu avec plusieurs semaines de retard ;</li>
<li>l’attitude d’un inspecteur lors d’une visite de chantier ;</li>
<li>une information erronée ou incomplète donnée par téléphone ;</li>
<li>un courrier resté sans réponse.</li></ul>
<p>Ne sont pas traitées comme des plaintes : les demandes d’information, les remarques anonymes, les faits
remontant à plus d’un an et les critiques visant la réglementation elle-même.</p>
<h2>Plainte ou recours : deux démarches différentes</h2>
<p>Une plainte ne permet pas de faire annuler ni modifier une décision de l’Agence, comme le refus d’une
attestation de conformité. Pour contester une telle décision, il faut introduire le recours indiqué dans la
lettre de décision. L’introduction d’une plainte <strong>ne suspend pas</strong> le délai de ce recours.</p>
<ul class="links"><li><a href="/fr/contact/plaintes/procedure">Le traitement de votre plainte, étape par étape</a></li>
<li><a href="/fr/contact/plaintes/questions">Questions fréquentes</a></li>
<li><a href="/fr/contact/plaintes/formulaire">Formulaire de plainte en ligne</a></li></ul>""")

FR_PROC = Page("/fr/contact/plaintes/procedure", "Le traitement de votre plainte", key="complaints-file",
               crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body=f"""
<ol class="steps">
<li><strong>Vous introduisez votre plainte</strong> au moyen du <a href="/fr/contact/plaintes/formulaire">formulaire
en ligne</a>, par courrier ({ADDR_FR}) ou à notre accueil.</li>
<li><strong>Enregistrement.</strong> Le coordinateur des plaintes inscrit votre plainte dans notre registre
sous un numéro qui lui est propre et vous adresse un accusé de réception dans les cinq jours ouvrables.</li>
<li><strong>Examen.</strong> Le service concerné analyse les faits, au besoin après vous avoir contacté.</li>
<li><strong>Réponse.</strong> Vous recevez une réponse écrite et motivée au plus tard quarante-cinq jours
calendrier après la réception de votre plainte. Si l’examen demande davantage de temps, nous vous en informons
avant l’échéance.</li></ol>""")

FR_FAQ = Page("/fr/contact/plaintes/questions", "Plaintes : questions fréquentes", key="complaints-after",
              crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body="""
<details><summary>Je ne suis pas d’accord avec la réponse reçue. Que puis-je faire ?</summary>
<p>Vous pouvez vous adresser au <strong>Médiateur fédéral</strong>, qui intervient en deuxième ligne lorsque
notre service des plaintes n’a pas pu vous donner satisfaction : rue de Louvain 48 boîte 6, 1000 Bruxelles,
0800 99 961, <a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>.</p></details>
<details><summary>Puis-je introduire une plainte sans donner mon nom ?</summary>
<p>Non. Nous avons besoin de vos coordonnées pour vous répondre.</p></details>
<details><summary>Ma plainte aura-t-elle une influence sur l’inspection de mon ouvrage ?</summary>
<p>Aucune. Les inspecteurs ne sont pas informés de l’identité des plaignants.</p></details>""")

FR_FORM = Page("/fr/contact/plaintes/formulaire", "Formulaire de plainte", key="form",
               crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body="""
<form class="webform" action="/fr/contact/plaintes/formulaire" method="post">
<div class="form-item"><label for="nom">Nom et prénom *</label><input id="nom" name="nom" required></div>
<div class="form-item"><label for="mail">Adresse e-mail *</label><input id="mail" name="mail" type="email" required></div>
<div class="form-item"><label for="ouvrage">Ouvrage concerné (facultatif)</label><input id="ouvrage" name="ouvrage"></div>
<div class="form-item"><label for="plainte">Décrivez votre plainte *</label><textarea id="plainte" name="plainte"
rows="8" required></textarea></div>
<button type="submit">Envoyer</button></form>""")

FR = Lang("fr", "Agence fédérale de contrôle des ouvrages d’art", "AFCOA", "/fr/",
          menu=[("Missions", "/fr/missions", []), ("Publications", "/fr/publications", []),
                ("Contact", "/fr/contact", [("Plaintes", "/fr/contact/plaintes")])],
          footer=[("AFCOA", [("Accessibilité", "/fr/accessibilite"), ("Contact", "/fr/contact")])],
          pages=[FR_HOME, FR_CONTACT, FR_MAIN, FR_PROC, FR_FAQ, FR_FORM],
          labels=passes("va ra df pr dl fm ak nu om"), tagline="Des ouvrages sûrs pour tous")

# ----------------------------------------------------------------------------- NL
NL_HOME = Page("/nl/", "Home", key="home", body="""
<p>Het Federaal Agentschap voor de Controle van Kunstwerken inspecteert bruggen, viaducten en tunnels op het
federale net en levert de conformiteitsattesten af die nodig zijn om ze in gebruik te nemen.</p>
<p><a href="/nl/opdrachten">Onze opdrachten</a> · <a href="/nl/publicaties">Publicaties</a></p>""")

NL_CONTACT = Page("/nl/contact", "Contact", key="contact", body="""
<h2>Adres</h2>
<p>Federaal Agentschap voor de Controle van Kunstwerken<br>Ingenieursstraat 14<br>1040 Brussel</p>
<p>Tel. 02 555 41 00 (werkdagen van 9 tot 16 uur)<br>E-mail: <a href="mailto:info@afcoa-fack.be">info@afcoa-fack.be</a></p>
<h2>Niet tevreden?</h2>
<p>Lees <a href="/nl/contact/klachten">hoe u een klacht indient</a>.</p>""")

NL_MAIN = Page("/nl/contact/klachten", "Klacht over onze dienstverlening?", key="complaints",
               crumbs=[("Contact", "/nl/contact")], body="""
<h2>Waarom wij klachten behandelen</h2>
<p>Klachten tonen ons waar het misloopt. Wij bekijken elke klacht afzonderlijk en zoeken naar
terugkerende fouten, zodat we die structureel kunnen rechtzetten en herhaling kunnen voorkomen.</p>
<h2>Wat is een klacht?</h2>
<p>Een klacht is elke uiting van ontevredenheid over de manier waarop het Agentschap u geholpen heeft, of
net niet geholpen heeft. Denk aan:</p>
<ul><li>een inspectieverslag dat weken te laat komt;</li><li>de houding van een inspecteur tijdens een
werfbezoek;</li><li>foute of onvolledige informatie aan de telefoon;</li><li>een brief die onbeantwoord blijft.</li></ul>
<p>Informatievragen, anonieme meldingen, feiten van meer dan een jaar geleden en kritiek op de regelgeving zelf
behandelen wij niet als klacht.</p>
<h2>Klacht of beroep?</h2>
<p>Met een klacht kunt u een beslissing van het Agentschap niet laten herzien of vernietigen. Wilt u een
beslissing aanvechten, bijvoorbeeld de weigering van een conformiteitsattest, dan tekent u beroep aan volgens
de procedure die in de beslissing staat. Een klacht schort de beroepstermijn <strong>niet</strong> op.</p>
<p><a href="/nl/contact/klachten/procedure">Zo verloopt de behandeling</a> ·
<a href="/nl/contact/klachten/vragen">Veelgestelde vragen</a> ·
<a href="/nl/contact/klachten/formulier">Online klachtenformulier</a></p>""")

NL_PROC = Page("/nl/contact/klachten/procedure", "Zo verloopt de behandeling van uw klacht", key="complaints-file",
               crumbs=[("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten")], body=f"""
<h3>Stap 1 – U dient uw klacht in</h3>
<p>Via het <a href="/nl/contact/klachten/formulier">online formulier</a>, per brief ({ADDR_NL}) of aan ons onthaal.</p>
<h3>Stap 2 – Registratie</h3>
<p>De klachtencoördinator registreert uw klacht onder een eigen klachtnummer en stuurt u binnen vijf werkdagen
een ontvangstbevestiging.</p>
<h3>Stap 3 – Onderzoek</h3>
<p>De betrokken dienst onderzoekt de feiten en neemt zo nodig contact met u op.</p>
<h3>Stap 4 – Antwoord</h3>
<p>U krijgt uiterlijk vijfenveertig kalenderdagen na ontvangst van uw klacht een schriftelijk, gemotiveerd
antwoord. Hebben we meer tijd nodig, dan laten we u dat vóór die datum weten.</p>""")

NL_FAQ = Page("/nl/contact/klachten/vragen", "Klachten: veelgestelde vragen", key="complaints-after",
              crumbs=[("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten")], body="""
<details><summary>Ik ben het niet eens met het antwoord. Wat nu?</summary>
<p>Dan kunt u terecht bij de <strong>federale Ombudsman</strong>. Die treedt op in tweede lijn, als onze
klachtendienst u niet heeft kunnen helpen: Leuvenseweg 48 bus 6, 1000 Brussel, 0800 99 961,
<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>.</p></details>
<details><summary>Kan ik anoniem klagen?</summary><p>Nee, we hebben uw gegevens nodig om te antwoorden.</p></details>""")

NL_FORM = Page("/nl/contact/klachten/formulier", "Klachtenformulier", key="form",
               crumbs=[("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten")], body="""
<form class="webform" action="/nl/contact/klachten/formulier" method="post">
<label for="naam">Naam *</label><input id="naam" name="naam" required>
<label for="email">E-mailadres *</label><input id="email" name="email" type="email" required>
<label for="klacht">Omschrijf uw klacht *</label><textarea id="klacht" name="klacht" rows="8" required></textarea>
<button type="submit">Verzenden</button></form>""")

NL = Lang("nl", "Federaal Agentschap voor de Controle van Kunstwerken", "FACK", "/nl/",
          menu=[("Opdrachten", "/nl/opdrachten", []), ("Publicaties", "/nl/publicaties", []),
                ("Contact", "/nl/contact", [("Klachten", "/nl/contact/klachten")])],
          footer=[("FACK", [("Toegankelijkheid", "/nl/toegankelijkheid"), ("Contact", "/nl/contact")])],
          pages=[NL_HOME, NL_CONTACT, NL_MAIN, NL_PROC, NL_FAQ, NL_FORM],
          labels=passes("va ra df pr dl fm ak nu om"), tagline="Veilige kunstwerken voor iedereen")

# ----------------------------------------------------------------------------- DE
DE_HOME = Page("/de/", "Startseite", key="home", body="""
<p>Die Föderalagentur für die Kontrolle von Kunstbauten prüft Brücken, Viadukte und Tunnel des föderalen Netzes.</p>
<p><a href="/de/kontakt">Kontakt</a></p>""")

DE_CONTACT = Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Föderalagentur für die Kontrolle von Kunstbauten<br>Rue des Ingénieurs 14<br>1040 Brüssel<br>
Tel. 02 555 41 00 – <a href="mailto:info@afcoa-fack.be">info@afcoa-fack.be</a></p>
<p><a href="/de/kontakt/beschwerden">Beschwerden über unsere Dienstleistungen</a></p>""")

DE_MAIN = Page("/de/kontakt/beschwerden", "Beschwerden über unsere Dienstleistungen", key="complaints",
               crumbs=[("Kontakt", "/de/kontakt")], body="""
<h2>Warum uns Ihre Beschwerde wichtig ist</h2>
<p>Jede Beschwerde zeigt uns, wo wir besser werden müssen. Wir werten sie aus, um wiederkehrende Fehler in
unseren Abläufen zu beheben.</p>
<h2>Was ist eine Beschwerde?</h2>
<p>Als Beschwerde gilt jede Äußerung von Unzufriedenheit über die Art und Weise, wie die Agentur Ihre Akte
behandelt oder Sie empfangen hat, etwa eine verspätete Antwort oder ein unfreundlicher Empfang am Telefon.</p>
<h2>Wie reiche ich eine Beschwerde ein?</h2>
<p>Nutzen Sie bitte unser <a href="/de/kontakt/beschwerden/formular">Online-Beschwerdeformular</a>.</p>
<h2>Immer noch unzufrieden?</h2>
<p>Der <strong>Föderale Ombudsmann</strong> (<a href="https://www.federalombudsman.be">www.federalombudsman.be</a>)
ist Ihre zweite Anlaufstelle, wenn Sie nach Ihrer Beschwerde bei uns weiterhin unzufrieden sind.</p>""")

DE_FORM = Page("/de/kontakt/beschwerden/formular", "Beschwerdeformular", key="form",
               crumbs=[("Kontakt", "/de/kontakt"), ("Beschwerden", "/de/kontakt/beschwerden")], body="""
<form action="/de/kontakt/beschwerden/formular" method="post">
<label for="n">Name *</label><input id="n" name="name" required>
<label for="m">E-Mail *</label><input id="m" name="email" type="email" required>
<label for="b">Ihre Beschwerde *</label><textarea id="b" name="beschwerde" rows="8" required></textarea>
<button type="submit">Absenden</button></form>""")

DE = Lang("de", "Föderalagentur für die Kontrolle von Kunstbauten", "FAKK", "/de/",
          menu=[("Kontakt", "/de/kontakt", [("Beschwerden", "/de/kontakt/beschwerden")])],
          footer=[("FAKK", [("Barrierefreiheit", "/de/barrierefreiheit")])],
          pages=[DE_HOME, DE_CONTACT, DE_MAIN, DE_FORM],
          labels=passes("ra df fm om"), tagline="Sichere Bauwerke für alle")

# ----------------------------------------------------------------------------- EN
EN_HOME = Page("/en/", "Home", key="home", body="""
<p>The Federal Agency for the Inspection of Engineering Structures inspects bridges, viaducts and tunnels on the
federal network.</p><p><a href="/en/contact">Contact us</a></p>""")

EN_CONTACT = Page("/en/contact", "Contact", key="contact", body="""
<p>Federal Agency for the Inspection of Engineering Structures<br>Rue des Ingénieurs 14<br>1040 Brussels<br>
Phone +32 2 555 41 00 – <a href="mailto:info@afcoa-fack.be">info@afcoa-fack.be</a></p>
<p>Unhappy with our service? <a href="/en/contact/complaints">Find out how to complain</a>.</p>""")

EN_MAIN = Page("/en/contact/complaints", "Complaints", key="complaints", crumbs=[("Contact", "/en/contact")], body="""
<h2>How to complain</h2>
<p>Fill in our <a href="/en/contact/complaints/form">online complaint form</a>, or write to the Complaints Unit at
Rue des Ingénieurs 14, 1040 Brussels.</p>
<h2>What happens next</h2>
<p>Your complaint is logged and given its own reference number, and we send you an acknowledgement of receipt
within five working days. The complaints coordinator then looks into the matter with the department concerned.
You will get a written reply within 45 calendar days.</p>""")

EN_FORM = Page("/en/contact/complaints/form", "Complaint form", key="form",
               crumbs=[("Contact", "/en/contact"), ("Complaints", "/en/contact/complaints")], body="""
<form action="/en/contact/complaints/form" method="post">
<label for="n">Full name *</label><input id="n" name="name" required>
<label for="e">Email *</label><input id="e" name="email" type="email" required>
<label for="c">Your complaint *</label><textarea id="c" name="complaint" rows="8" required></textarea>
<button type="submit">Send</button></form>""")

EN = Lang("en", "Federal Agency for the Inspection of Engineering Structures", "FAIES", "/en/",
          menu=[("Contact", "/en/contact", [("Complaints", "/en/contact/complaints")])],
          footer=[("FAIES", [("Accessibility", "/en/accessibility")])],
          pages=[EN_HOME, EN_CONTACT, EN_MAIN, EN_FORM],
          labels=passes("pr dl fm ak nu"), tagline="Safe structures for everyone")

SITE = Site("bridge-inspection-agency", "drupal", [FR, NL, DE, EN], root="splash", colour="#0b5394",
            notes="Drupal, splash; under Contact with procedure/FAQ/form sub-pages; DE without any procedure; "
                  "EN how-to summary only")
