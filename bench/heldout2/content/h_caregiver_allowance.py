"""caregiver-allowance-service: legacy ASP.NET-like portal theme (new), `/` redirects to /fr-be/accueil,
language in a "fr-be"/"nl-be"/"de-be"/"en-gb" first segment, FR/NL/DE/EN.

The whole page sits inside one <form id="aspnetForm">, so the complaint form page has fields but no
form tag of its own. FR (long legalistic sentences) and NL (plain language, "je") carry everything over a
main page and three sub-pages (procedure as a definition list, FAQ, form). DE: one page, the labour-court
contrast, an e-mail procedure, "möglichst rasch", "geben Sie Ihr Aktenzeichen an" (a file number).
EN: a key-facts table (45 days, own number, Federal Ombudsman) that sends readers to the other languages
for the procedure.
"""

from bench.heldout.build_sites import Lang, Page, Site, passes


def form_fields(labels: dict, prefix: str) -> str:
    return (f'<fieldset class="ms-formfieldset"><legend>{labels["legend"]}</legend>'
            f'<label for="{prefix}_txtName">{labels["name"]}</label> <input name="ctl00$PlaceHolderMain$txtName" '
            f'id="{prefix}_txtName" type="text"><br>'
            f'<label for="{prefix}_txtMail">{labels["mail"]}</label> <input name="ctl00$PlaceHolderMain$txtMail" '
            f'id="{prefix}_txtMail" type="email"><br>'
            f'<label for="{prefix}_txtNiss">{labels["niss"]}</label> <input name="ctl00$PlaceHolderMain$txtNiss" '
            f'id="{prefix}_txtNiss" type="text"><br>'
            f'<label for="{prefix}_txtBody">{labels["body"]}</label><br><textarea name="ctl00$PlaceHolderMain$txtBody" '
            f'id="{prefix}_txtBody" rows="10" cols="60"></textarea><br>'
            f'<input type="submit" name="ctl00$PlaceHolderMain$btnSend" value="{labels["send"]}"></fieldset>')


# ----------------------------------------------------------------------------- FR
P = "/fr-be"
FR = Lang(
    "fr", "Service fédéral des allocations d’aidant proche", "SFAAP", f"{P}/accueil",
    menu=[("Allocations", f"{P}/allocations", []),
          ("Contact", f"{P}/contact", [("Plaintes", f"{P}/contact/plaintes")])],
    footer=[("", [("Contact", f"{P}/contact"), ("Accessibilité", f"{P}/accessibilite")])],
    tagline="Soutenir ceux qui aident",
    labels=passes("va ra df pr dl fm ak nu om"),
    pages=[
        Page(f"{P}/accueil", "Accueil", key="home", body=f"""
<p>Le Service octroie une allocation mensuelle aux personnes reconnues comme aidant proche d’un parent ou
d’un ami en perte d’autonomie.</p><p><a href="{P}/allocations">Conditions d’octroi</a></p>"""),
        Page(f"{P}/contact", "Contact", key="contact", body=f"""
<p>Service fédéral des allocations d’aidant proche<br>Rue de la Sollicitude 40<br>1060 Bruxelles<br>
Tél. 02 555 88 40 – <a href="mailto:info@sfaap-fdmt.be">info@sfaap-fdmt.be</a></p>
<p>Vous n’êtes pas satisfait de nos services ? <a href="{P}/contact/plaintes">Introduire une plainte</a></p>"""),
        Page(f"{P}/contact/plaintes", "Plaintes", key="complaints", crumbs=[("Contact", f"{P}/contact")], body=f"""
<p>Le Service fédéral des allocations d’aidant proche accorde une attention particulière aux plaintes, dans
la mesure où elles constituent pour l’administration un indicateur privilégié des situations dans lesquelles
le service rendu aux aidants proches n’a pas été à la hauteur de ce que ceux-ci étaient en droit d’attendre,
et permettent, partant, d’en corriger les causes.</p>
<h3>Notion de plainte</h3>
<p>Par « plainte », il y a lieu d’entendre toute expression d’insatisfaction formulée par un usager au
sujet d’un acte ou d’une omission du Service, qu’il s’agisse du délai de traitement de sa demande
d’allocation, de la qualité des informations fournies, de l’attitude d’un collaborateur ou de l’application
d’une procédure. Ne constituent pas une plainte : la simple demande d’information, la plainte anonyme et la
plainte portant sur des faits survenus plus d’un an auparavant.</p>
<h3>Plainte et recours</h3>
<p>La plainte ne saurait être confondue avec le recours : une décision relative à l’octroi ou au montant de
l’allocation ne peut être contestée que par un recours devant le tribunal du travail, à introduire dans les
trois mois de sa notification. L’introduction d’une plainte est sans effet sur ce délai.</p>
<ul><li><a href="{P}/contact/plaintes/procedure">Procédure de traitement</a></li>
<li><a href="{P}/contact/plaintes/faq">Questions fréquentes</a></li>
<li><a href="{P}/contact/plaintes/formulaire">Formulaire de plainte</a></li></ul>"""),
        Page(f"{P}/contact/plaintes/procedure", "Procédure de traitement des plaintes", key="complaints-file",
             crumbs=[("Contact", f"{P}/contact"), ("Plaintes", f"{P}/contact/plaintes")], body=f"""
<dl class="procedure">
<dt>Introduction</dt><dd>La plainte est introduite au moyen du <a href="{P}/contact/plaintes/formulaire">formulaire
en ligne</a> ou par lettre adressée au coordinateur des plaintes, rue de la Sollicitude 40, 1060 Bruxelles.</dd>
<dt>Enregistrement</dt><dd>Toute plainte est enregistrée sous un numéro unique, qui vous est communiqué dans
l’accusé de réception adressé endéans les dix jours calendrier.</dd>
<dt>Examen</dt><dd>Le coordinateur des plaintes instruit la plainte en concertation avec le service concerné
et peut vous demander des informations complémentaires.</dd>
<dt>Réponse</dt><dd>Une réponse écrite et motivée vous est adressée endéans les quarante-cinq jours calendrier à
compter de la réception de la plainte.</dd></dl>"""),
        Page(f"{P}/contact/plaintes/faq", "Plaintes – questions fréquentes", key="complaints-after",
             crumbs=[("Contact", f"{P}/contact"), ("Plaintes", f"{P}/contact/plaintes")], body="""
<h3>La réponse du Service ne me satisfait pas. Existe-t-il une autre instance ?</h3>
<p>Oui. Vous pouvez saisir le Médiateur fédéral, rue de Louvain 48 boîte 6, 1000 Bruxelles
(<a href="https://www.mediateurfederal.be">www.mediateurfederal.be</a>, numéro gratuit 0800 99 961).</p>
<h3>Puis-je me faire aider pour rédiger ma plainte ?</h3>
<p>Oui, un membre de votre famille ou une association peut introduire la plainte en votre nom.</p>"""),
        Page(f"{P}/contact/plaintes/formulaire", "Formulaire de plainte", key="form",
             crumbs=[("Contact", f"{P}/contact"), ("Plaintes", f"{P}/contact/plaintes")],
             body=form_fields(dict(legend="Votre plainte", name="Nom et prénom", mail="Adresse e-mail",
                                   niss="Numéro de registre national (facultatif)", body="Description de la plainte",
                                   send="Envoyer"), "fr")),
    ])

# ----------------------------------------------------------------------------- NL
P = "/nl-be"
NL = Lang(
    "nl", "Federale Dienst Mantelzorgtoelagen", "FDMT", f"{P}/start",
    menu=[("Toelagen", f"{P}/toelagen", []),
          ("Contact", f"{P}/contact", [("Klachten", f"{P}/contact/klachten")])],
    footer=[("", [("Contact", f"{P}/contact"), ("Toegankelijkheid", f"{P}/toegankelijkheid")])],
    tagline="Steun voor wie zorgt",
    labels=passes("va ra df pr dl fm ak nu om"),
    pages=[
        Page(f"{P}/start", "Start", key="home", body=f"""
<p>De Dienst kent een maandelijkse toelage toe aan erkende mantelzorgers.</p>
<p><a href="{P}/toelagen">Wie heeft recht op een toelage?</a></p>"""),
        Page(f"{P}/contact", "Contact", key="contact", body=f"""
<p>Federale Dienst Mantelzorgtoelagen<br>Zorgzaamheidsstraat 40<br>1060 Brussel<br>
Tel. 02 555 88 40 – <a href="mailto:info@sfaap-fdmt.be">info@sfaap-fdmt.be</a></p>
<p>Niet tevreden? <a href="{P}/contact/klachten">Dien een klacht in</a></p>"""),
        Page(f"{P}/contact/klachten", "Klachten", key="complaints", crumbs=[("Contact", f"{P}/contact")], body=f"""
<h3>Waarom behandelen we klachten?</h3>
<p>Omdat je klacht ons helpt om fouten op te sporen die anders onopgemerkt blijven. Zo kunnen we ze
rechtzetten, voor jou en voor andere mantelzorgers.</p>
<h3>Wat is een klacht?</h3>
<p>Je bent niet tevreden over hoe wij je aanvraag behandeld hebben, over de informatie die je kreeg of over
hoe een medewerker je te woord stond. Dat is een klacht.</p>
<h3>Klacht of beroep?</h3>
<p>Een klacht is geen beroep. Ben je het niet eens met een beslissing over je mantelzorgtoelage, dan moet je
binnen drie maanden naar de arbeidsrechtbank. Een klacht schort die termijn niet op.</p>
<p><a href="{P}/contact/klachten/procedure">Hoe verloopt het?</a> | <a href="{P}/contact/klachten/faq">Vragen</a> |
<a href="{P}/contact/klachten/formulier">Klachtenformulier</a></p>"""),
        Page(f"{P}/contact/klachten/procedure", "Hoe verloopt je klacht?", key="complaints-file",
             crumbs=[("Contact", f"{P}/contact"), ("Klachten", f"{P}/contact/klachten")], body=f"""
<ol><li>Je dient je klacht in via het <a href="{P}/contact/klachten/formulier">online formulier</a> of per brief.</li>
<li>Binnen tien kalenderdagen krijg je een ontvangstbevestiging met het unieke nummer van je klacht.</li>
<li>De klachtencoördinator zoekt samen met de betrokken dienst uit wat er gebeurd is.</li>
<li>Binnen 45 kalenderdagen krijg je een gemotiveerd antwoord.</li></ol>"""),
        Page(f"{P}/contact/klachten/faq", "Klachten – vragen", key="complaints-after",
             crumbs=[("Contact", f"{P}/contact"), ("Klachten", f"{P}/contact/klachten")], body="""
<h3>Ik ben niet tevreden met het antwoord. Kan ik nog ergens terecht?</h3>
<p>Ja, bij de federale Ombudsman (<a href="https://www.federaalombudsman.be">www.federaalombudsman.be</a>,
gratis nummer 0800 99 961).</p>"""),
        Page(f"{P}/contact/klachten/formulier", "Klachtenformulier", key="form",
             crumbs=[("Contact", f"{P}/contact"), ("Klachten", f"{P}/contact/klachten")],
             body=form_fields(dict(legend="Je klacht", name="Naam", mail="E-mailadres",
                                   niss="Rijksregisternummer (niet verplicht)", body="Beschrijf je klacht",
                                   send="Versturen"), "nl")),
    ])

# ----------------------------------------------------------------------------- DE
P = "/de-be"
DE = Lang(
    "de", "Föderaler Dienst für Pflegezulagen", "FDPZ", f"{P}/startseite",
    menu=[("Kontakt", f"{P}/kontakt", [("Beschwerden", f"{P}/kontakt/beschwerden")])],
    footer=[("", [("Kontakt", f"{P}/kontakt")])],
    tagline="Unterstützung für pflegende Angehörige",
    labels=passes("va df pr om"),
    pages=[
        Page(f"{P}/startseite", "Startseite", key="home", body=f"""
<p>Der Dienst gewährt anerkannten pflegenden Angehörigen eine monatliche Zulage.</p>
<p><a href="{P}/kontakt">Kontakt</a></p>"""),
        Page(f"{P}/kontakt", "Kontakt", key="contact", body=f"""
<p>Föderaler Dienst für Pflegezulagen<br>Rue de la Sollicitude 40<br>1060 Brüssel<br>02 555 88 40<br>
<a href="mailto:info@sfaap-fdmt.be">info@sfaap-fdmt.be</a></p>
<p><a href="{P}/kontakt/beschwerden">Beschwerden</a></p>"""),
        Page(f"{P}/kontakt/beschwerden", "Beschwerden", key="complaints", crumbs=[("Kontakt", f"{P}/kontakt")], body="""
<p>Sie sind mit unserem Dienst unzufrieden, zum Beispiel weil die Bearbeitung Ihres Antrags zu lange
gedauert hat oder weil Sie falsch informiert wurden? Dann können Sie eine Beschwerde einreichen.</p>
<p><strong>Eine Beschwerde ist kein Rechtsmittel.</strong> Gegen eine Entscheidung über Ihre Pflegezulage
können Sie nur innerhalb von drei Monaten Klage beim Arbeitsgericht einreichen; eine Beschwerde unterbricht
diese Frist nicht.</p>
<p>Schreiben Sie an <a href="mailto:beschwerden@sfaap-fdmt.be">beschwerden@sfaap-fdmt.be</a> und geben Sie
bitte Ihr Aktenzeichen an. Der Beschwerdedienst prüft Ihr Anliegen und antwortet Ihnen möglichst rasch
schriftlich.</p>
<p>Wenn Sie mit unserer Antwort nicht einverstanden sind, können Sie sich an den Föderalen Ombudsmann
wenden.</p>"""),
    ])

# ----------------------------------------------------------------------------- EN
P = "/en-gb"
EN = Lang(
    "en", "Federal Carer’s Allowance Service", "FCAS", f"{P}/home",
    menu=[("Contact", f"{P}/contact", [("Complaints", f"{P}/contact/complaints")])],
    footer=[("", [("Contact", f"{P}/contact")])],
    tagline="Supporting those who care",
    labels=passes("dl nu om"),
    pages=[
        Page(f"{P}/home", "Home", key="home", body=f"""
<p>The Service pays a monthly allowance to recognised informal carers.</p><p><a href="{P}/contact">Contact</a></p>"""),
        Page(f"{P}/contact", "Contact", key="contact", body=f"""
<p>Federal Carer’s Allowance Service<br>Rue de la Sollicitude 40<br>1060 Brussels<br>+32 2 555 88 40<br>
<a href="mailto:info@sfaap-fdmt.be">info@sfaap-fdmt.be</a></p>
<p><a href="{P}/contact/complaints">Complaints: key facts</a></p>"""),
        Page(f"{P}/contact/complaints", "Complaints: key facts", key="complaints",
             crumbs=[("Contact", f"{P}/contact")], body="""
<table class="ms-rteTable-default" border="1" cellpadding="4">
<tr><th scope="row">Answer time</th><td>45 calendar days</td></tr>
<tr><th scope="row">Registration</th><td>every complaint is registered under its own number</td></tr>
<tr><th scope="row">Not satisfied?</th><td>Federal Ombudsman –
<a href="https://www.federalombudsman.be">www.federalombudsman.be</a></td></tr></table>
<p>The full complaint procedure is available in <a href="/fr-be/contact/plaintes">French</a>,
<a href="/nl-be/contact/klachten">Dutch</a> and <a href="/de-be/kontakt/beschwerden">German</a>.</p>"""),
    ])

SITE = Site("caregiver-allowance-service", "portal", [FR, NL, DE, EN], root="redirect:/fr-be/accueil",
            colour="#00695c",
            notes="ASP.NET-like portal (page-wide form), fr-be/nl-be/de-be/en-gb segments; main page + "
                  "procedure/FAQ/form; DE Aktenzeichen and 'möglichst rasch'; EN key-facts table")
