"""National office for sick-child care allowances (invented social-security institution). FR NL DE,
Drupal theme, splash page. Complaint page under Contact, written as questions (FR "vous", NL informal
"je"), link to a separate online form page. FR and NL comply with everything. DE: no rationale, a vague
answer time (the three-month labour-court window is the only number: trap), no complaint number."""

from bench.heldout.build_sites import Lang, Page, Site, passes


def _form(lang, action):
    t = {"fr": ("Identification", "Numéro de registre national (facultatif)", "Nom", "E-mail", "Votre plainte",
                "Que s'est-il passé ? Quand ? Qui était concerné ?", "Pièces jointes", "Envoyer"),
         "nl": ("Identificatie", "Rijksregisternummer (optioneel)", "Naam", "E-mail", "Je klacht",
                "Wat is er gebeurd? Wanneer? Wie was erbij betrokken?", "Bijlagen", "Versturen"),
         "de": ("Identifizierung", "Nationalregisternummer (freiwillig)", "Name", "E-Mail", "Ihre Beschwerde",
                "Was ist passiert? Wann? Wer war beteiligt?", "Anlagen", "Senden")}[lang]
    return (f'<form class="webform" action="{action}" method="post" enctype="multipart/form-data"><fieldset><legend>{t[0]}</legend>'
            f'<label for="i-nr">{t[1]}</label><input id="i-nr" name="nrn"><label for="i-n">{t[2]} *</label><input id="i-n" '
            f'name="name" required><label for="i-m">{t[3]} *</label><input id="i-m" name="mail" type="email" required>'
            f'</fieldset><fieldset><legend>{t[4]}</legend><label for="i-t">{t[5]}</label><textarea id="i-t" name="text" '
            f'rows="9" required></textarea><label for="i-f">{t[6]}</label><input id="i-f" name="files" type="file" multiple>'
            f'</fieldset><button type="submit">{t[7]}</button></form>')


fr_menu = [
    ("Citoyens", None, [("Vos droits", [("Qui peut bénéficier d'une indemnité ?", "/fr/citoyens/droits"),
                                        ("Montants 2026", "/fr/citoyens/montants"),
                                        ("Contester une décision", "/fr/citoyens/contester")]),
                        ("Démarches", [("Demander une indemnité", "/fr/citoyens/demander"), ("Certificat médical", "/fr/citoyens/certificat")])]),
    ("Employeurs", None, [("Déclaration d'absence", "/fr/employeurs/declaration"), ("Instructions administratives", "/fr/employeurs/instructions")]),
    ("L'Office", "/fr/office", [("Missions", "/fr/office/missions"), ("Contrat d'administration", "/fr/office/contrat"),
                               ("Rapport annuel", "/fr/office/rapport-annuel")]),
    ("Contact", "/fr/contact", [("Nous contacter", "/fr/contact"), ("Introduire une plainte", "/fr/contact/plainte"),
                                ("Bureaux régionaux", "/fr/contact/bureaux")]),
]
fr_footer = [("ONIEM", [("Contact", "/fr/contact"), ("Plaintes", "/fr/contact/plainte"), ("Emplois", "/fr/emplois")]),
             ("Informations", [("Accessibilité", "/fr/accessibilite"), ("Protection des données", "/fr/vie-privee"),
                               ("Cookies", "/fr/cookies")])]
fr_pages = [
    Page("/fr/", "Accueil", key="home", body="""
<section class="hero"><h2>Votre enfant est malade ? Nous vous aidons à rester à ses côtés.</h2>
<p>L'Office verse une indemnité aux travailleurs qui suspendent leur activité pour soigner un enfant gravement malade.</p></section>
<ul class="tiles"><li><a href="/fr/citoyens/demander">Demander une indemnité</a></li><li><a href="/fr/citoyens/montants">Montants 2026</a></li>
<li><a href="/fr/employeurs/declaration">Employeurs : déclarer une absence</a></li></ul>"""),
    Page("/fr/citoyens/contester", "Contester une décision", crumbs=[("Citoyens", "/fr/citoyens/droits")], body="""
<p>Vous pouvez contester une décision de l'Office devant le tribunal du travail de votre domicile, dans les trois mois de sa notification. La requête est gratuite.</p>"""),
    Page("/fr/contact", "Nous contacter", key="contact", body="""
<div class="contact-block"><p>Office national des Indemnités pour Enfant malade<br>Place Victor Horta 11<br>1060 Bruxelles</p>
<p>Centre de contact : 02 555 50 50, du lundi au vendredi de 8 h à 17 h<br>Formulaire de question : <a href="/fr/contact/question">poser une question</a></p></div>
<p>Un souci avec nos services ? <a href="/fr/contact/plainte">Introduire une plainte</a></p>"""),
    Page("/fr/contact/plainte", "Introduire une plainte", key="complaints", crumbs=[("Contact", "/fr/contact")], body="""
<h2>Pourquoi une procédure de plainte ?</h2>
<p>Parce qu'un service public n'est jamais parfait. Vos plaintes nous signalent ce qui doit changer : chaque année, elles sont analysées et donnent lieu à des améliorations concrètes de nos processus.</p>
<h2>Qu'est-ce qu'une plainte ?</h2>
<p>Est une plainte toute déclaration par laquelle vous nous faites savoir que vous êtes insatisfait d'une action ou d'une absence d'action de l'Office : paiement tardif, courrier incompréhensible, erreur dans votre dossier, attitude d'un collaborateur.</p>
<h2>Et si je conteste ma décision ?</h2>
<p>Plainte et recours sont deux démarches distinctes. Pour contester une décision relative à votre indemnité, vous devez saisir le tribunal du travail dans les trois mois (voir <a href="/fr/citoyens/contester">Contester une décision</a>). L'introduction d'une plainte ne suspend pas ce délai.</p>
<h2>Comment introduire ma plainte ?</h2>
<ul><li>en ligne, via notre <a href="/fr/contact/plainte/formulaire">formulaire de plainte</a> ;</li>
<li>par courrier : ONIEM, Service Qualité, place Victor Horta 11, 1060 Bruxelles ;</li>
<li>à l'un de nos bureaux régionaux, où un collaborateur vous aide à compléter le formulaire.</li></ul>
<h2>Que se passe-t-il ensuite ?</h2>
<ol><li>Vous recevez une confirmation de réception de votre plainte, avec son numéro d'identification, dans les 48 heures (formulaire en ligne) ou dans les 7 jours ouvrables (courrier).</li>
<li>Notre service Qualité demande les explications du service concerné.</li>
<li>Nous vous envoyons une réponse motivée dans un délai de 30 jours calendrier. Si ce délai ne peut être tenu, nous vous en expliquons la raison.</li></ol>
<h2>Vous n'êtes pas satisfait de notre réponse ?</h2>
<p>Adressez-vous au Médiateur fédéral, rue de Louvain 48 bte 6, 1000 Bruxelles (0800 99 961), qui peut intervenir auprès de l'Office en toute indépendance.</p>"""),
    Page("/fr/contact/plainte/formulaire", "Formulaire de plainte", key="form",
         crumbs=[("Contact", "/fr/contact"), ("Introduire une plainte", "/fr/contact/plainte")],
         body=_form("fr", "/fr/contact/plainte/envoyer")),
]

nl_menu = [
    ("Burgers", None, [("Je rechten", [("Wie heeft recht op een vergoeding?", "/nl/burgers/rechten"), ("Bedragen 2026", "/nl/burgers/bedragen"),
                                       ("Een beslissing betwisten", "/nl/burgers/betwisten")]),
                       ("Stappen", [("Een vergoeding aanvragen", "/nl/burgers/aanvragen"), ("Medisch attest", "/nl/burgers/attest")])]),
    ("Werkgevers", None, [("Aangifte van afwezigheid", "/nl/werkgevers/aangifte"), ("Administratieve instructies", "/nl/werkgevers/instructies")]),
    ("De Rijksdienst", "/nl/rijksdienst", [("Opdrachten", "/nl/rijksdienst/opdrachten"), ("Jaarverslag", "/nl/rijksdienst/jaarverslag")]),
    ("Contact", "/nl/contact", [("Contacteer ons", "/nl/contact"), ("Een klacht indienen", "/nl/contact/klacht"),
                                ("Gewestelijke kantoren", "/nl/contact/kantoren")]),
]
nl_footer = [("RVZK", [("Contact", "/nl/contact"), ("Klachten", "/nl/contact/klacht")]),
             ("Informatie", [("Toegankelijkheid", "/nl/toegankelijkheid"), ("Privacy", "/nl/privacy")])]
nl_pages = [
    Page("/nl/", "Home", key="home", body="""
<section class="hero"><h2>Is je kind ziek? Wij helpen je om bij hem of haar te zijn.</h2>
<p>De Rijksdienst betaalt een vergoeding aan werknemers die hun werk onderbreken om een ernstig ziek kind te verzorgen.</p></section>"""),
    Page("/nl/contact", "Contacteer ons", key="contact", body="""
<div class="contact-block"><p>Rijksdienst voor Vergoedingen bij Ziekte van een Kind<br>Victor Hortaplein 11<br>1060 Brussel</p>
<p>Contactcenter: 02 555 50 51, maandag tot vrijdag van 8 tot 17 uur</p></div>
<p>Iets misgelopen? <a href="/nl/contact/klacht">Dien een klacht in</a>.</p>"""),
    Page("/nl/contact/klacht", "Een klacht indienen", key="complaints", crumbs=[("Contact", "/nl/contact")], body="""
<h2>Waarom een klachtenprocedure?</h2>
<p>Omdat ook wij fouten maken. Dankzij jouw klacht zien we wat er beter moet. Elk jaar analyseren we alle klachten en sturen we onze werking bij.</p>
<h2>Wat is een klacht?</h2>
<p>Een klacht is elke melding waarmee je laat weten dat je ontevreden bent over iets wat de Rijksdienst deed of naliet te doen: een laattijdige betaling, een onduidelijke brief, een fout in je dossier, de houding van een medewerker.</p>
<h2>Ik ben het niet eens met mijn beslissing. Is dat een klacht?</h2>
<p>Nee. Een beslissing betwisten doe je bij de arbeidsrechtbank, binnen drie maanden na de kennisgeving. Een klacht indienen schort die termijn niet op.</p>
<h2>Hoe dien ik een klacht in?</h2>
<ul><li>online, met ons <a href="/nl/contact/klacht/formulier">klachtenformulier</a>;</li>
<li>per brief: RVZK, Dienst Kwaliteit, Victor Hortaplein 11, 1060 Brussel;</li>
<li>in een van onze gewestelijke kantoren.</li></ul>
<h2>Wat gebeurt er daarna?</h2>
<ol><li>Je ontvangt een ontvangstmelding met het nummer van je klacht: binnen 2 werkdagen als je het formulier gebruikte, binnen 7 werkdagen als je een brief stuurde.</li>
<li>De dienst Kwaliteit vraagt uitleg aan de betrokken afdeling.</li>
<li>Binnen 30 kalenderdagen krijg je een gemotiveerd antwoord.</li></ol>
<h2>Niet tevreden met het antwoord?</h2>
<p>Dan kan je terecht bij de federale Ombudsman, Leuvenseweg 48 bus 6, 1000 Brussel (0800 99 961).</p>"""),
    Page("/nl/contact/klacht/formulier", "Klachtenformulier", key="form",
         crumbs=[("Contact", "/nl/contact"), ("Een klacht indienen", "/nl/contact/klacht")],
         body=_form("nl", "/nl/contact/klacht/versturen")),
]

de_menu = [
    ("Bürger", None, [("Ihre Rechte", "/de/buerger/rechte"), ("Eine Entschädigung beantragen", "/de/buerger/beantragen")]),
    ("Das Landesamt", "/de/landesamt", []),
    ("Kontakt", "/de/kontakt", [("Kontakt", "/de/kontakt"), ("Beschwerde einreichen", "/de/kontakt/beschwerde")]),
]
de_footer = [("LEKK", [("Kontakt", "/de/kontakt")]), ("Informationen", [("Datenschutz", "/de/datenschutz")])]
de_pages = [
    Page("/de/", "Startseite", key="home", body="""
<section class="hero"><h2>Ihr Kind ist krank? Wir helfen Ihnen, bei ihm zu sein.</h2></section>"""),
    Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Landesamt für Entschädigungen bei Krankheit eines Kindes<br>Victor-Horta-Platz 11<br>1060 Brüssel</p>
<p>Kontaktzentrum: 02 555 50 52, montags bis freitags von 8 bis 17 Uhr</p>
<p><a href="/de/kontakt/beschwerde">Beschwerde einreichen</a></p>"""),
    Page("/de/kontakt/beschwerde", "Beschwerde einreichen", key="complaints", crumbs=[("Kontakt", "/de/kontakt")], body="""
<h2>Was verstehen wir unter einer Beschwerde?</h2>
<p>Jede Mitteilung, mit der Sie uns Ihre Unzufriedenheit über eine Handlung oder ein Versäumnis des Landesamtes mitteilen, zum Beispiel über eine verspätete Zahlung oder ein unverständliches Schreiben.</p>
<h2>Beschwerde oder Klage?</h2>
<p>Wenn Sie eine Entscheidung über Ihre Entschädigung anfechten möchten, müssen Sie innerhalb von drei Monaten Klage beim Arbeitsgericht erheben. Eine Beschwerde bei uns ändert an dieser Frist nichts.</p>
<h2>Wie reiche ich eine Beschwerde ein?</h2>
<p>Über unser <a href="/de/kontakt/beschwerde/formular">Online-Formular</a> oder per Post an das Landesamt, Qualitätsdienst, Victor-Horta-Platz 11, 1060 Brüssel.</p>
<h2>Wie geht es weiter?</h2>
<p>Sie erhalten eine Empfangsbestätigung. Unser Qualitätsdienst holt die Stellungnahme der betroffenen Abteilung ein und beantwortet Ihre Beschwerde innerhalb einer angemessenen Frist.</p>
<h2>Nicht zufrieden?</h2>
<p>Dann können Sie sich an den föderalen Ombudsmann wenden.</p>"""),
    Page("/de/kontakt/beschwerde/formular", "Beschwerdeformular", key="form",
         crumbs=[("Kontakt", "/de/kontakt"), ("Beschwerde einreichen", "/de/kontakt/beschwerde")],
         body=_form("de", "/de/kontakt/beschwerde/senden")),
]

SITE = Site(
    name="sick-child-allowances", theme="drupal", colour="#006e8c", root="splash", sitemap=True,
    notes=__doc__,
    langs=[
        Lang("fr", "Office national des Indemnités pour Enfant malade", "ONIEM", "/fr/", fr_menu, fr_footer, fr_pages,
             passes("va ra df pr dl fm ak nu om")),
        Lang("nl", "Rijksdienst voor Vergoedingen bij Ziekte van een Kind", "RVZK", "/nl/", nl_menu, nl_footer, nl_pages,
             passes("va ra df pr dl fm ak nu om")),
        Lang("de", "Landesamt für Entschädigungen bei Krankheit eines Kindes", "LEKK", "/de/", de_menu, de_footer, de_pages,
             passes("va df pr fm ak om")),
    ],
)
