"""Federal office for geodesy and boundary marking (invented). FR NL DE EN, Drupal theme,
language splash page, complaint page under Contact with a separate online form page.
DE: vague answer time (plus a trap: a processing time for boundary requests on the contact page).
EN: a short summary only (form link and Ombudsman, nothing about what happens next)."""

from bench.heldout.build_sites import Lang, Page, Site, passes, tiny_pdf

OMB_FR = ("Médiateur fédéral, rue de Louvain 48 bte 6, 1000 Bruxelles – numéro gratuit 0800 99 961 – "
          '<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>')

# ----------------------------------------------------------------------------- FR
fr_menu = [
    ("Particuliers", None, [("Bornage de votre terrain", "/fr/particuliers/bornage"),
                            ("Plans et certificats", "/fr/particuliers/plans-certificats"),
                            ("Tarifs", "/fr/particuliers/tarifs")]),
    ("Professionnels", None, [("Géomètres-experts", [("Dépôt des plans de division", "/fr/professionnels/depot-plans"),
                                                     ("Réseau de référence GNSS", "/fr/professionnels/gnss")]),
                              ("Données", [("Données ouvertes", "/fr/donnees-ouvertes"),
                                           ("Conditions d'utilisation", "/fr/donnees-ouvertes/conditions")])]),
    ("L'Office", "/fr/office", [("Missions", "/fr/office/missions"), ("Organigramme", "/fr/office/organigramme"),
                                ("Rapports annuels", "/fr/office/rapports-annuels"), ("Emplois", "/fr/office/emplois")]),
    ("Actualités", "/fr/actualites", []),
    ("Contact", "/fr/contact", [("Nous contacter", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes"),
                                ("Bureaux régionaux", "/fr/contact/bureaux")]),
]
fr_footer = [("L'Office", [("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes"),
                           ("Emplois", "/fr/office/emplois")]),
             ("Informations légales", [("Accessibilité", "/fr/accessibilite"), ("Vie privée", "/fr/vie-privee"),
                                       ("Cookies", "/fr/cookies"), ("Plan du site", "/fr/plan-du-site")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="hero"><h2>Des limites claires pour chaque parcelle</h2>
<p>L'Office mesure, borne et documente les limites des propriétés publiques et privées pour le compte des citoyens, des notaires et des autorités.</p></section>
<section class="tiles"><ul>
<li><a href="/fr/particuliers/bornage">Faire borner mon terrain</a></li>
<li><a href="/fr/particuliers/plans-certificats">Obtenir un plan ou un certificat</a></li>
<li><a href="/fr/professionnels/gnss">Réseau de référence GNSS</a></li>
<li><a href="/fr/donnees-ouvertes">Données ouvertes</a></li></ul></section>
<section class="news-teaser"><h2>Actualités</h2><ul>
<li><time>02/09/2026</time> <a href="/fr/actualites/nouvelle-station-gnss">Une nouvelle station GNSS à Libramont</a></li>
<li><time>18/07/2026</time> <a href="/fr/actualites/fermeture-estivale">Horaires d'été de nos bureaux</a></li></ul></section>"""),
    Page("/fr/actualites", "Actualités", key="news", body="""
<div class="view-news"><article><h2><a href="/fr/actualites/nouvelle-station-gnss">Une nouvelle station GNSS à Libramont</a></h2><p>La station permanente complète notre réseau en Ardenne.</p></article>
<article><h2><a href="/fr/actualites/fermeture-estivale">Horaires d'été de nos bureaux</a></h2><p>Du 15 juillet au 15 août, nos guichets ferment à 13 h.</p></article></div>"""),
    Page("/fr/actualites/nouvelle-station-gnss", "Une nouvelle station GNSS à Libramont", date="02/09/2026",
         crumbs=[("Actualités", "/fr/actualites")], body="""
<p>Depuis le 1er septembre, une station de référence permanente fonctionne sur le toit du centre administratif de Libramont. Elle améliore la précision des relevés dans le sud du pays.</p>
<p>Les géomètres-experts peuvent s'y connecter gratuitement avec leur compte professionnel.</p>"""),
    Page("/fr/contact", "Nous contacter", key="contact", body="""
<div class="contact-block"><h2>Administration centrale</h2>
<p>Office fédéral de Géodésie et d'Abornement<br>Boulevard du Jardin botanique 214<br>1000 Bruxelles</p>
<p>Tél. : 02 555 41 00 (du lundi au vendredi, de 9 h à 16 h)<br>E-mail : <a href="mailto:info@geoborne-fed.be">info@geoborne-fed.be</a></p></div>
<h2>Une question sur un bornage ou un plan ?</h2>
<p>Utilisez notre formulaire de contact. Indiquez si possible la commune et la section cadastrale concernées.</p>
<form class="webform contact-form" action="/fr/contact/envoyer" method="post">
<label for="c-nom">Nom</label><input id="c-nom" name="nom">
<label for="c-mail">E-mail</label><input id="c-mail" name="mail" type="email">
<label for="c-q">Votre question</label><textarea id="c-q" name="question" rows="6"></textarea>
<button type="submit">Envoyer</button></form>
<h2>Bureaux régionaux</h2><p>Nos six bureaux régionaux vous reçoivent sur rendez-vous. <a href="/fr/contact/bureaux">Adresses et horaires</a></p>
<h2>Vous n'êtes pas satisfait de nos services ?</h2>
<p>Consultez notre page <a href="/fr/contact/plaintes">Plaintes</a>.</p>"""),
    Page("/fr/contact/plaintes", "Vous n'êtes pas satisfait de nos services ?", key="complaints",
         crumbs=[("Contact", "/fr/contact")],
         lead=("Malgré le soin que nous apportons à nos missions, il arrive qu'un mesurage, un courrier ou un contact "
               "avec l'un de nos agents ne réponde pas à vos attentes."),
         body="""
<p>Dites-le-nous. Chaque remarque fondée nous sert à corriger ce qui ne va pas et à revoir nos méthodes de travail, pour vous comme pour les prochains usagers.</p>
<h2>De quoi pouvez-vous vous plaindre ?</h2>
<p>Nous traitons comme une plainte tout signalement par lequel un usager nous fait part de son mécontentement sur la manière dont l'Office l'a servi, par exemple&nbsp;:</p>
<ul><li>un délai d'intervention excessif pour un bornage&nbsp;;</li>
<li>une erreur matérielle dans un plan ou un certificat&nbsp;;</li>
<li>un accueil ou un comportement que vous jugez incorrect&nbsp;;</li>
<li>des informations contradictoires données par deux services.</li></ul>
<p>Ne sont pas traités selon cette procédure&nbsp;: les simples demandes de renseignements, les messages anonymes et les critiques visant la législation elle-même.</p>
<h2>Plainte ou contestation d'une décision&nbsp;?</h2>
<p>Si vous estimez qu'une décision de l'Office – par exemple le refus d'agréer un plan de division – est erronée sur le fond, la plainte n'est pas la bonne voie&nbsp;: elle ne modifie pas la décision et ne prolonge pas le délai dont vous disposez pour la contester. Les voies et délais de contestation figurent au bas de chaque décision.</p>
<h2>Comment procéder&nbsp;?</h2>
<ol class="steps">
<li>Remplissez le <a href="/fr/contact/plaintes/formulaire">formulaire de plainte en ligne</a> ou imprimez la <a href="/sites/default/files/ofga-formulaire-plainte.pdf">version papier (PDF, 48 Ko)</a> et renvoyez-la à l'Office, Service Qualité, boulevard du Jardin botanique 214, 1000 Bruxelles.</li>
<li>Dans les cinq jours ouvrables, vous recevez un accusé de réception mentionnant le numéro sous lequel votre plainte a été enregistrée. Rappelez ce numéro dans vos échanges avec nous.</li>
<li>Le gestionnaire des plaintes examine votre dossier avec le service concerné et peut vous recontacter pour obtenir des précisions.</li>
<li>Vous recevez une réponse écrite et motivée au plus tard quarante-cinq jours calendrier après la réception de votre plainte.</li></ol>
<h2>Et si la réponse ne vous convient pas&nbsp;?</h2>
<p>Vous pouvez alors vous tourner, gratuitement, vers le Médiateur fédéral, institution indépendante qui examine les plaintes visant les autorités administratives fédérales&nbsp;:</p>
<p class="address">""" + OMB_FR + "</p>"),
    Page("/fr/contact/plaintes/formulaire", "Formulaire de plainte", key="form",
         crumbs=[("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plaintes")], body="""
<form class="webform" id="webform-plainte" action="/fr/contact/plaintes/envoyer" method="post">
<fieldset><legend>Vos coordonnées</legend>
<label for="p-nom">Nom et prénom *</label><input id="p-nom" name="nom" required>
<label for="p-mail">Adresse e-mail *</label><input id="p-mail" name="mail" type="email" required>
<label for="p-adr">Adresse postale</label><input id="p-adr" name="adresse"></fieldset>
<fieldset><legend>Votre plainte</legend>
<label for="p-ref">Référence de votre dossier (facultatif)</label><input id="p-ref" name="reference">
<label for="p-date">Date des faits</label><input id="p-date" name="date" type="date">
<label for="p-txt">Décrivez ce qui s'est passé *</label><textarea id="p-txt" name="description" rows="10" required></textarea></fieldset>
<label><input type="checkbox" name="rgpd" required> J'accepte que mes données soient traitées pour l'examen de ma plainte.</label>
<button type="submit">Envoyer ma plainte</button></form>"""),
]

# ----------------------------------------------------------------------------- NL
nl_menu = [
    ("Particulieren", None, [("Uw perceel laten afpalen", "/nl/particulieren/afpaling"),
                             ("Plannen en attesten", "/nl/particulieren/plannen-attesten"),
                             ("Tarieven", "/nl/particulieren/tarieven")]),
    ("Professionals", None, [("Landmeters-experten", [("Neerlegging van splitsingsplannen", "/nl/professionals/neerlegging"),
                                                      ("GNSS-referentienetwerk", "/nl/professionals/gnss")]),
                             ("Data", [("Open data", "/nl/open-data"), ("Gebruiksvoorwaarden", "/nl/open-data/voorwaarden")])]),
    ("Over de Dienst", "/nl/over-ons", [("Opdrachten", "/nl/over-ons/opdrachten"), ("Organogram", "/nl/over-ons/organogram"),
                                        ("Jaarverslagen", "/nl/over-ons/jaarverslagen"), ("Vacatures", "/nl/over-ons/vacatures")]),
    ("Nieuws", "/nl/nieuws", []),
    ("Contact", "/nl/contact", [("Contacteer ons", "/nl/contact"), ("Klachten", "/nl/contact/klachten"),
                                ("Regionale kantoren", "/nl/contact/kantoren")]),
]
nl_footer = [("De Dienst", [("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten"), ("Vacatures", "/nl/over-ons/vacatures")]),
             ("Juridische info", [("Toegankelijkheid", "/nl/toegankelijkheid"), ("Privacy", "/nl/privacy"),
                                  ("Cookies", "/nl/cookies"), ("Sitemap", "/nl/sitemap")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="hero"><h2>Duidelijke grenzen voor elk perceel</h2>
<p>De Dienst meet, palt af en documenteert de grenzen van openbare en private eigendommen, voor burgers, notarissen en overheden.</p></section>
<section class="tiles"><ul><li><a href="/nl/particulieren/afpaling">Mijn perceel laten afpalen</a></li>
<li><a href="/nl/particulieren/plannen-attesten">Een plan of attest aanvragen</a></li>
<li><a href="/nl/open-data">Open data</a></li></ul></section>"""),
    Page("/nl/contact", "Contacteer ons", key="contact", body="""
<div class="contact-block"><h2>Hoofdbestuur</h2><p>Federale Dienst voor Geodesie en Afpaling<br>Kruidtuinlaan 214<br>1000 Brussel</p>
<p>Tel.: 02 555 41 01 (maandag tot vrijdag, 9 tot 16 uur)<br>E-mail: <a href="mailto:info@geoborne-fed.be">info@geoborne-fed.be</a></p></div>
<h2>Een vraag over een afpaling of een plan?</h2>
<form class="webform contact-form" action="/nl/contact/verzenden" method="post">
<label for="c-naam">Naam</label><input id="c-naam" name="naam"><label for="c-mail">E-mail</label><input id="c-mail" name="mail" type="email">
<label for="c-v">Uw vraag</label><textarea id="c-v" name="vraag" rows="6"></textarea><button type="submit">Verzenden</button></form>
<h2>Ontevreden over onze dienstverlening?</h2><p>Lees hoe u <a href="/nl/contact/klachten">een klacht indient</a>.</p>"""),
    Page("/nl/contact/klachten", "Klachten over onze werking", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<p>Wij doen ons best om elke opmeting, elk plan en elk antwoord correct en op tijd af te leveren. Loopt er toch iets mis, dan horen wij dat graag: uw opmerkingen tonen ons waar onze werkwijze beter kan.</p>
<h2>Wanneer spreken we van een klacht?</h2>
<p>Elke melding waarin u laat weten dat u ontevreden bent over de manier waarop de Dienst u geholpen heeft, beschouwen wij als een klacht. Denk aan een afpaling die veel te lang op zich laat wachten, een fout in een attest, een onvriendelijke behandeling aan het loket of tegenstrijdige uitleg van twee medewerkers.</p>
<p>Vragen om inlichtingen, anonieme berichten en kritiek op de wetgeving zelf behandelen we niet als klacht.</p>
<h2>Het verschil met een beroep</h2>
<p>Bent u het niet eens met de inhoud van een beslissing, bijvoorbeeld de weigering om een splitsingsplan goed te keuren? Gebruik dan de beroepsmogelijkheid die onderaan de beslissing vermeld staat. Een klacht verandert niets aan de beslissing, en de beroepstermijn loopt gewoon door.</p>
<h2>Hoe dient u een klacht in?</h2>
<ul><li>via het <a href="/nl/contact/klachten/formulier">online klachtenformulier</a>;</li>
<li>per brief aan de Federale Dienst voor Geodesie en Afpaling, Dienst Kwaliteit, Kruidtuinlaan 214, 1000 Brussel (u kunt het <a href="/sites/default/files/fdga-klachtenformulier.pdf">papieren formulier</a> gebruiken).</li></ul>
<h2>Wat gebeurt er daarna?</h2>
<p>Uw klacht wordt geregistreerd en krijgt een uniek volgnummer. Binnen vijf werkdagen laten wij u per e-mail of per brief weten dat we ze goed ontvangen hebben. De klachtenbehandelaar onderzoekt de zaak samen met de betrokken afdeling. Uiterlijk 45 kalenderdagen na ontvangst krijgt u een gemotiveerd antwoord.</p>
<h2>Niet tevreden met ons antwoord?</h2>
<p>Dan kunt u kosteloos terecht bij de federale Ombudsman, Leuvenseweg 48 bus 6, 1000 Brussel, gratis nummer 0800 99 961, <a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>.</p>"""),
    Page("/nl/contact/klachten/formulier", "Klachtenformulier", key="form",
         crumbs=[("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klachten")], body="""
<form class="webform" action="/nl/contact/klachten/verzenden" method="post">
<label for="k-naam">Naam en voornaam *</label><input id="k-naam" name="naam" required>
<label for="k-mail">E-mailadres *</label><input id="k-mail" name="mail" type="email" required>
<label for="k-ref">Referentie van uw dossier (optioneel)</label><input id="k-ref" name="referentie">
<label for="k-txt">Beschrijf uw klacht *</label><textarea id="k-txt" name="omschrijving" rows="10" required></textarea>
<button type="submit">Klacht versturen</button></form>"""),
    Page("/nl/nieuws", "Nieuws", key="news", body="""<article><h2>Nieuw GNSS-station in Libramont</h2><p>Het permanente station vervolledigt ons netwerk in de Ardennen.</p></article>"""),
]

# ----------------------------------------------------------------------------- DE
de_menu = [
    ("Bürger", None, [("Abmarkung Ihres Grundstücks", "/de/buerger/abmarkung"), ("Pläne und Bescheinigungen", "/de/buerger/plaene")]),
    ("Das Amt", "/de/amt", [("Aufgaben", "/de/amt/aufgaben"), ("Jahresberichte", "/de/amt/jahresberichte")]),
    ("Kontakt", "/de/kontakt", [("Kontakt", "/de/kontakt"), ("Beschwerden", "/de/kontakt/beschwerden")]),
]
de_footer = [("Das Amt", [("Kontakt", "/de/kontakt"), ("Beschwerden", "/de/kontakt/beschwerden")]),
             ("Rechtliches", [("Barrierefreiheit", "/de/barrierefreiheit"), ("Datenschutz", "/de/datenschutz")])]
de_pages = [
    Page("/de/", "Startseite", key="home", body="""
<section class="hero"><h2>Klare Grenzen für jedes Grundstück</h2><p>Das Amt vermisst und markiert die Grenzen öffentlicher und privater Grundstücke.</p></section>
<p>Ein Teil unserer Website ist auf Deutsch verfügbar. Ausführlichere Informationen finden Sie auf Französisch und Niederländisch.</p>"""),
    Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Föderales Amt für Geodäsie und Abmarkung<br>Botanischer Garten-Boulevard 214<br>1000 Brüssel</p>
<p>Telefon: 02 555 41 02 (montags bis freitags, 9 bis 16 Uhr)<br>E-Mail: <a href="mailto:info@geoborne-fed.be">info@geoborne-fed.be</a></p>
<h2>Bearbeitungszeiten</h2><p>Ein Antrag auf Abmarkung wird in der Regel innerhalb von drei Monaten ausgeführt. Bescheinigungen werden innerhalb von zehn Werktagen zugestellt.</p>
<h2>Unzufrieden?</h2><p>Hier erfahren Sie, wie Sie <a href="/de/kontakt/beschwerden">eine Beschwerde einreichen</a>.</p>"""),
    Page("/de/kontakt/beschwerden", "Beschwerden", key="complaints", crumbs=[("Kontakt", "/de/kontakt")], body="""
<p>Ihre Rückmeldungen zeigen uns, wo wir besser werden müssen. Deshalb nehmen wir jede Beschwerde ernst.</p>
<h2>Was gilt als Beschwerde?</h2>
<p>Als Beschwerde betrachten wir jede Mitteilung, mit der Sie uns wissen lassen, dass Sie mit der Art und Weise unzufrieden sind, in der das Amt Ihre Angelegenheit behandelt hat – etwa eine zu lange Wartezeit, ein Fehler in einer Bescheinigung oder ein unhöflicher Empfang.</p>
<h2>Eine Beschwerde ist kein Rechtsmittel</h2>
<p>Möchten Sie eine Entscheidung des Amtes inhaltlich anfechten, müssen Sie das in der Entscheidung angegebene Rechtsmittel einlegen. Eine Beschwerde ändert die Entscheidung nicht und hemmt die Rechtsmittelfristen nicht.</p>
<h2>So gehen Sie vor</h2>
<p>Nutzen Sie das <a href="/de/kontakt/beschwerden/formular">Online-Beschwerdeformular</a> oder schreiben Sie an das Amt, Dienst Qualität, Botanischer Garten-Boulevard 214, 1000 Brüssel.</p>
<p>Ihre Beschwerde wird unter einer eigenen Vorgangsnummer erfasst, und Sie erhalten eine Eingangsbestätigung. Anschließend prüft unser Beschwerdebeauftragter den Vorgang gemeinsam mit der zuständigen Abteilung und antwortet Ihnen so bald wie möglich schriftlich.</p>
<h2>Mit der Antwort nicht zufrieden?</h2>
<p>Dann können Sie sich kostenlos an den föderalen Ombudsmann wenden (Löwener Straße 48 Bfk. 6, 1000 Brüssel, Tel. 0800 99 961).</p>"""),
    Page("/de/kontakt/beschwerden/formular", "Beschwerdeformular", key="form",
         crumbs=[("Kontakt", "/de/kontakt"), ("Beschwerden", "/de/kontakt/beschwerden")], body="""
<form class="webform" action="/de/kontakt/beschwerden/senden" method="post">
<label for="b-name">Name *</label><input id="b-name" name="name" required>
<label for="b-mail">E-Mail *</label><input id="b-mail" name="mail" type="email" required>
<label for="b-txt">Ihre Beschwerde *</label><textarea id="b-txt" name="text" rows="10" required></textarea>
<button type="submit">Absenden</button></form>"""),
]

# ----------------------------------------------------------------------------- EN
en_menu = [
    ("About us", "/en/about", [("Our tasks", "/en/about/tasks"), ("Open data", "/en/open-data")]),
    ("Contact", "/en/contact", [("Contact us", "/en/contact"), ("Complaints", "/en/contact/complaints")]),
]
en_footer = [("Office", [("Contact", "/en/contact"), ("Complaints", "/en/contact/complaints")]),
             ("Legal", [("Accessibility", "/en/accessibility"), ("Privacy", "/en/privacy")])]
en_pages = [
    Page("/en/", "Home", key="home", body="""
<section class="hero"><h2>Clear boundaries for every plot of land</h2><p>The Office surveys and marks the boundaries of public and private property in Belgium.</p></section>
<p>Only part of our website is available in English.</p>"""),
    Page("/en/contact", "Contact us", key="contact", body="""
<p>Federal Office for Geodesy and Boundary Marking<br>Boulevard du Jardin botanique 214<br>1000 Brussels, Belgium</p>
<p>Phone: +32 2 555 41 00 (Monday to Friday, 9 a.m. to 4 p.m.)<br>E-mail: <a href="mailto:info@geoborne-fed.be">info@geoborne-fed.be</a></p>
<p>Unhappy with our service? See <a href="/en/contact/complaints">Complaints</a>.</p>"""),
    Page("/en/contact/complaints", "Complaints", key="complaints", crumbs=[("Contact", "/en/contact")], body="""
<p>Only a summary of our complaints procedure is available in English. We welcome your comments: they help us do a better job.</p>
<p>To lodge a complaint, please fill in our <a href="/en/contact/complaints/form">online complaint form</a>. Complaints may be written in English.</p>
<p>Still dissatisfied after dealing with us? The Federal Ombudsman, an independent body, can look into your case free of charge: <a href="https://www.federalombudsman.be">www.federalombudsman.be</a>.</p>
<p>The full procedure is described in <a href="/fr/contact/plaintes">French</a> and <a href="/nl/contact/klachten">Dutch</a>.</p>"""),
    Page("/en/contact/complaints/form", "Complaint form", key="form",
         crumbs=[("Contact", "/en/contact"), ("Complaints", "/en/contact/complaints")], body="""
<form class="webform" action="/en/contact/complaints/send" method="post">
<label for="e-name">Name *</label><input id="e-name" name="name" required>
<label for="e-mail">E-mail *</label><input id="e-mail" name="mail" type="email" required>
<label for="e-txt">Your complaint *</label><textarea id="e-txt" name="text" rows="10" required></textarea>
<p>Fields marked * are required.</p><button type="submit">Submit</button></form>"""),
]

SITE = Site(
    name="geodesy-office", theme="drupal", colour="#00594f", root="splash", sitemap=True,
    notes=__doc__,
    langs=[
        Lang("fr", "Office fédéral de Géodésie et d'Abornement", "OFGA", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va ra df pr dl fm ak nu om"), tagline="Mesurer, borner, documenter"),
        Lang("nl", "Federale Dienst voor Geodesie en Afpaling", "FDGA", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("va ra df pr dl fm ak nu om"), tagline="Meten, afpalen, documenteren"),
        Lang("de", "Föderales Amt für Geodäsie und Abmarkung", "FAGA", "/de/", de_menu, de_footer, de_pages,
             passes("va ra df pr fm ak nu om")),
        Lang("en", "Federal Office for Geodesy and Boundary Marking", "FOGB", "/en/", en_menu, en_footer, en_pages,
             passes("ra fm om")),
    ],
    files={
        "/sites/default/files/ofga-formulaire-plainte.pdf": tiny_pdf(
            ["Office federal de Geodesie et d'Abornement", "Formulaire de plainte", "Nom :", "Adresse :",
             "Description des faits :", "Date et signature :"]),
        "/sites/default/files/fdga-klachtenformulier.pdf": tiny_pdf(
            ["Federale Dienst voor Geodesie en Afpaling", "Klachtenformulier", "Naam:", "Adres:",
             "Omschrijving van de feiten:", "Datum en handtekening:"]),
    },
)
