"""tachograph-card-agency: WordPress-like theme (new), `/` redirects to /agence/, language versions under
words instead of codes (/agence/, /agentschap/, /agentur/), FR/NL/DE.

The complaint form is in the e-services area ("Mon dossier tachygraphe" / "Mijn tachograafdossier"),
linked from the complaint page. FR is written mostly in the passive voice; its only next step is the
Brussels regional ombudsman. NL: reason, appeal contrast, acknowledgement with reference number, Federal
Ombudsman, "zo snel mogelijk", no definition. DE: definition, e-mail procedure, 25 working days, Federal
Ombudsman.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes


def form(action: str, labels: tuple) -> str:
    name, mail, card, text, send = labels
    return (f'<form class="wpcf7-form" method="post" action="{action}"><p><label>{name}<br><input name="your-name" '
            f'class="wpcf7-text"></label></p><p><label>{mail}<br><input name="your-email" type="email" class="wpcf7-'
            f'email"></label></p><p><label>{card}<br><input name="card-number" class="wpcf7-text"></label></p>'
            f'<p><label>{text}<br><textarea name="your-message" class="wpcf7-textarea" rows="8"></textarea></label></p>'
            f'<p><input type="submit" value="{send}" class="wpcf7-submit"></p></form>')


FR = Lang(
    "fr", "Agence fédérale des cartes tachygraphes", "AFCT", "/agence/",
    menu=[("Cartes", "/agence/cartes/", []), ("Mon dossier tachygraphe", "/agence/mon-dossier/", []),
          ("Contact", "/agence/contact/", [("Plaintes", "/agence/contact/plaintes/")])],
    footer=[("AFCT", [("Contact", "/agence/contact/"), ("Vie privée", "/agence/vie-privee/")])],
    tagline="Votre carte de conducteur, sans détour",
    labels=passes("va ra df pr dl fm ak nu"),
    pages=[
        Page("/agence/", "Accueil", key="home", body="""
<p>L’Agence délivre les cartes de conducteur, d’entreprise, d’atelier et de contrôle pour les tachygraphes
numériques.</p><p><a href="/agence/mon-dossier/">Accéder à Mon dossier tachygraphe</a></p>"""),
        Page("/agence/contact/", "Contact", key="contact", body="""
<p>Agence fédérale des cartes tachygraphes<br>Rue des Routiers 30<br>1130 Bruxelles<br>02 555 36 36<br>
<a href="mailto:info@afct-fat.be">info@afct-fat.be</a></p>
<p><a href="/agence/contact/plaintes/">Plaintes</a></p>"""),
        Page("/agence/mon-dossier/", "Mon dossier tachygraphe", key="eservices", body="""
<ul><li><a href="/agence/mon-dossier/demande/">Demander une carte</a></li>
<li><a href="/agence/mon-dossier/perte/">Déclarer la perte d’une carte</a></li>
<li><a href="/agence/mon-dossier/plainte/">Formulaire de plainte en ligne</a></li></ul>"""),
        Page("/agence/mon-dossier/plainte/", "Formulaire de plainte", key="form",
             crumbs=[("Mon dossier tachygraphe", "/agence/mon-dossier/")],
             body=form("/agence/mon-dossier/plainte/", ("Nom", "E-mail", "Numéro de carte (facultatif)",
                                                        "Votre plainte", "Envoyer"))),
        Page("/agence/contact/plaintes/", "Plaintes", key="complaints", crumbs=[("Contact", "/agence/contact/")], body="""
<h2>Pourquoi ?</h2>
<p>Les plaintes sont enregistrées et analysées afin que les dysfonctionnements de nos services soient
identifiés et corrigés.</p>
<h2>Qu’est-ce qu’une plainte ?</h2>
<p>Est considérée comme une plainte toute expression d’insatisfaction d’un conducteur, d’une entreprise de
transport ou d’un atelier au sujet de la délivrance des cartes par l’Agence : carte reçue en retard, erreur
dans les données de la carte, accueil au guichet. Les questions sur la réglementation des temps de conduite
et les contestations d’amendes routières ne sont pas considérées comme des plaintes.</p>
<h2>Plainte ou recours ?</h2>
<p>Le refus de délivrer ou de remplacer une carte est une décision contre laquelle un recours peut être
introduit auprès du ministre dans les trente jours. Une plainte n’est pas un recours : pour faire revoir une
décision, c’est la voie du recours qui doit être suivie.</p>
<h2>Procédure</h2>
<p>La plainte est introduite au moyen du formulaire de plainte en ligne accessible dans
<a href="/agence/mon-dossier/">Mon dossier tachygraphe</a>. Un accusé de réception mentionnant le numéro de
référence unique de la plainte est envoyé par e-mail dans les 3 jours ouvrables. La plainte est ensuite
examinée par le coordinateur des plaintes, et une réponse est adressée au plaignant dans les 25 jours
ouvrables.</p>
<p>Si la réponse ne vous satisfait pas, vous pouvez vous adresser à l’Ombudsman bruxellois
(<a href="https://www.ombuds.brussels">ombuds.brussels</a>).</p>"""),
    ])

NL = Lang(
    "nl", "Federaal Agentschap voor Tachograafkaarten", "FAT", "/agentschap/",
    menu=[("Kaarten", "/agentschap/kaarten/", []), ("Mijn tachograafdossier", "/agentschap/mijn-dossier/", []),
          ("Contact", "/agentschap/contact/", [("Klachten", "/agentschap/contact/klachten/")])],
    footer=[("FAT", [("Contact", "/agentschap/contact/"), ("Privacy", "/agentschap/privacy/")])],
    tagline="Je bestuurderskaart, zonder omwegen",
    labels=passes("va ra pr fm ak nu om"),
    pages=[
        Page("/agentschap/", "Home", key="home", body="""
<p>Het Agentschap levert bestuurders-, bedrijfs-, werkplaats- en controlekaarten voor digitale tachografen.</p>
<p><a href="/agentschap/mijn-dossier/">Naar Mijn tachograafdossier</a></p>"""),
        Page("/agentschap/contact/", "Contact", key="contact", body="""
<p>Federaal Agentschap voor Tachograafkaarten<br>Truckersstraat 30<br>1130 Brussel<br>02 555 36 36<br>
<a href="mailto:info@afct-fat.be">info@afct-fat.be</a></p>
<p><a href="/agentschap/contact/klachten/">Klachten</a></p>"""),
        Page("/agentschap/mijn-dossier/", "Mijn tachograafdossier", key="eservices", body="""
<ul><li><a href="/agentschap/mijn-dossier/aanvraag/">Een kaart aanvragen</a></li>
<li><a href="/agentschap/mijn-dossier/verlies/">Verlies van een kaart melden</a></li>
<li><a href="/agentschap/mijn-dossier/klacht/">Online klachtenformulier</a></li></ul>"""),
        Page("/agentschap/mijn-dossier/klacht/", "Klachtenformulier", key="form",
             crumbs=[("Mijn tachograafdossier", "/agentschap/mijn-dossier/")],
             body=form("/agentschap/mijn-dossier/klacht/", ("Naam", "E-mail", "Kaartnummer (niet verplicht)",
                                                            "Je klacht", "Versturen"))),
        Page("/agentschap/contact/klachten/", "Klachten", key="complaints",
             crumbs=[("Contact", "/agentschap/contact/")], body="""
<p>Met elke klacht leren we bij: ze wijst ons op fouten in onze werking, die we dan kunnen rechtzetten.</p>
<p>Een klacht is iets anders dan een beroep. Tegen de weigering van een kaart kan je binnen dertig dagen
beroep instellen bij de minister; een klacht schort die termijn niet op.</p>
<p>Dien je klacht in via het online klachtenformulier in <a href="/agentschap/mijn-dossier/">Mijn
tachograafdossier</a>. Je krijgt een ontvangstbevestiging met een uniek referentienummer. De
klachtencoördinator onderzoekt je klacht en antwoordt je zo snel mogelijk.</p>
<p>Niet tevreden met het antwoord? Dan kan je terecht bij de federale Ombudsman
(<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>).</p>"""),
    ])

DE = Lang(
    "de", "Föderale Agentur für Fahrtenschreiberkarten", "FAF", "/agentur/",
    menu=[("Karten", "/agentur/karten/", []),
          ("Kontakt", "/agentur/kontakt/", [("Beschwerden", "/agentur/kontakt/beschwerden/")])],
    footer=[("FAF", [("Kontakt", "/agentur/kontakt/")])],
    tagline="Ihre Fahrerkarte ohne Umwege",
    labels=passes("df pr dl om"),
    pages=[
        Page("/agentur/", "Startseite", key="home", body="""
<p>Die Agentur stellt Fahrer-, Unternehmens-, Werkstatt- und Kontrollkarten für digitale Fahrtenschreiber
aus.</p>"""),
        Page("/agentur/kontakt/", "Kontakt", key="contact", body="""
<p>Föderale Agentur für Fahrtenschreiberkarten<br>Rue des Routiers 30<br>1130 Brüssel<br>02 555 36 36<br>
<a href="mailto:info@afct-fat.be">info@afct-fat.be</a></p>
<p><a href="/agentur/kontakt/beschwerden/">Beschwerden</a></p>"""),
        Page("/agentur/kontakt/beschwerden/", "Beschwerden", key="complaints",
             crumbs=[("Kontakt", "/agentur/kontakt/")], body="""
<p>Als Beschwerde gilt jede Äußerung von Unzufriedenheit über die Ausstellung einer Karte durch die Agentur,
zum Beispiel eine zu spät gelieferte Karte oder falsche Angaben auf der Karte.</p>
<p>Senden Sie Ihre Beschwerde per E-Mail an <a href="mailto:beschwerden@afct-fat.be">beschwerden@afct-fat.be</a>.
Der Beschwerdekoordinator prüft sie und antwortet Ihnen innerhalb von 25 Werktagen.</p>
<p>Sind Sie mit der Antwort nicht zufrieden, können Sie sich an den Föderalen Ombudsmann wenden
(<a href="https://www.federalombudsman.be">www.federalombudsman.be</a>).</p>"""),
    ])

SITE = Site("tachograph-card-agency", "wp", [FR, NL, DE], root="redirect:/agence/", colour="#f9a825",
            notes="WordPress-like, / -> /agence/, language by word roots; form in e-services; FR passive voice, "
                  "Brussels ombudsman only")
