"""Federal academy for police intervention techniques (invented). FR NL DE, Drupal theme with /node/N
URLs, splash page. Complaint page under The Academy > Quality, with accordions and an online form on the
page. Second line: Comité P (FR, NL); DE names the German-speaking Community's ombudswoman only.
Traps: criminal complaint ("porter plainte" / "aangifte" / "Straftat anzeigen") sent to the police;
nothing on decisions or appeals; NL answers "as soon as possible"."""

from bench.heldout.build_sites import Lang, Page, Site, passes


def _form(lang: str) -> str:
    t = {"fr": ("Nom", "E-mail", "Vous êtes", ["candidat", "stagiaire", "visiteur", "fournisseur", "autre"],
                "Décrivez les faits", "Envoyer ma plainte"),
         "nl": ("Naam", "E-mail", "U bent", ["kandidaat", "cursist", "bezoeker", "leverancier", "andere"],
                "Beschrijf de feiten", "Klacht versturen"),
         "de": ("Name", "E-Mail", "Sie sind", ["Bewerber", "Lehrgangsteilnehmer", "Besucher", "Lieferant", "Sonstiges"],
                "Schildern Sie den Sachverhalt", "Beschwerde absenden")}[lang]
    opts = "".join(f"<option>{o}</option>" for o in t[3])
    return (f'<form class="webform webform-submission-form" id="webform-klacht-{lang}" action="/{lang}/webform/submit" '
            f'method="post"><div class="form-item"><label for="w-n-{lang}">{t[0]} *</label><input id="w-n-{lang}" '
            f'name="name" required></div><div class="form-item"><label for="w-m-{lang}">{t[1]} *</label><input '
            f'id="w-m-{lang}" name="email" type="email" required></div><div class="form-item"><label for="w-r-{lang}">'
            f'{t[2]}</label><select id="w-r-{lang}" name="role">{opts}</select></div><div class="form-item"><label '
            f'for="w-t-{lang}">{t[4]} *</label><textarea id="w-t-{lang}" name="message" rows="8" required></textarea>'
            f'</div><div class="form-actions"><button type="submit" class="button--primary">{t[5]}</button></div></form>')


def _acc(items) -> str:
    return '<div class="accordion">' + "".join(
        f'<div class="accordion__item"><h2 class="accordion__title"><button aria-expanded="false" aria-controls='
        f'"acc-{i}">{q}</button></h2><div class="accordion__content" id="acc-{i}">{a}</div></div>'
        for i, (q, a) in enumerate(items)) + "</div>"


fr_menu = [
    ("Formations", None, [("Formation de base", [("Inspecteur", "/fr/node/101"), ("Agent de sécurisation", "/fr/node/102")]),
                          ("Formation continue", [("Maîtrise de la violence", "/fr/node/103"), ("Conduite en intervention", "/fr/node/104")])]),
    ("Candidats", None, [("Épreuves de sélection", "/fr/node/110"), ("Calendrier des sessions", "/fr/node/111"),
                         ("Questions fréquentes", "/fr/node/112")]),
    ("L'Académie", "/fr/node/120", [("Qui sommes-nous ?", "/fr/node/120"), ("Qualité", "/fr/node/121"),
                                    ("Plaintes", "/fr/node/412"), ("Marchés publics", "/fr/node/122")]),
    ("Contact", "/fr/contact", []),
]
fr_footer = [("Académie", [("Contact", "/fr/contact"), ("Accès au campus", "/fr/node/130")]),
             ("Légal", [("Déclaration d'accessibilité", "/fr/node/131"), ("Vie privée", "/fr/node/132"), ("Cookies", "/fr/node/133")])]
fr_pages = [
    Page("/fr", "Accueil", key="home", body="""
<section class="hero"><h2>Former celles et ceux qui interviennent</h2><p>L'Académie organise la formation de base et la formation continue des membres du personnel de la police fédérale.</p></section>
<div class="teasers"><a href="/fr/node/110">S'inscrire aux épreuves</a> · <a href="/fr/node/111">Prochaines sessions</a></div>"""),
    Page("/fr/contact", "Contact", key="contact", body="""
<p>Académie fédérale des Techniques d'Intervention<br>Chaussée de Louvain 1450<br>1200 Bruxelles</p>
<p>Secrétariat des candidats : 02 555 60 10 – <a href="mailto:candidats@afti-fait.be">candidats@afti-fait.be</a><br>Accueil du campus : 02 555 60 00 (7 h 30 – 17 h)</p>
<p>Une remarque sur nos services ? Voir <a href="/fr/node/412">Plaintes</a>.</p>"""),
    Page("/fr/node/412", "Gestion des plaintes", key="complaints", crumbs=[("L'Académie", "/fr/node/120")], body=_acc([
        ("Pourquoi votre avis compte-t-il pour nous ?",
         "<p>Une académie qui forme des intervenants doit elle-même montrer l'exemple. Les plaintes que nous recevons sont "
         "analysées chaque trimestre et débouchent sur des mesures concrètes : adaptation des horaires, meilleure information "
         "des candidats, formation de notre personnel d'accueil.</p>"),
        ("Qu'est-ce qu'une plainte ?",
         "<p>Toute personne – candidat, stagiaire, visiteur, fournisseur – qui estime avoir été mal servie par l'Académie "
         "peut introduire une plainte. Nous entendons par là l'expression d'un mécontentement au sujet de nos prestations : "
         "organisation des épreuves, accueil, délais, attitude du personnel.</p>"),
        ("Vous souhaitez signaler une infraction ?",
         "<p>Pour porter plainte au sujet d'un délit (vol, agression, dégradation...), adressez-vous à la police locale ou "
         "au parquet. Cette page ne concerne que la qualité des services de l'Académie.</p>"),
        ("Comment introduire votre plainte ?",
         "<p>Complétez le formulaire ci-dessous, ou écrivez au coordinateur des plaintes, Académie fédérale des Techniques "
         "d'Intervention, chaussée de Louvain 1450, 1200 Bruxelles.</p>"),
        ("Quelles sont les étapes ?",
         "<p>Le coordinateur des plaintes vous envoie un accusé de réception dans les cinq jours ouvrables. Il examine ensuite "
         "les faits, entend si nécessaire les membres du personnel concernés, et vous communique sa conclusion dans un délai "
         "de quarante-cinq jours.</p>"),
        ("Vous n'êtes pas satisfait de la suite donnée à votre plainte ?",
         "<p>Vous pouvez vous adresser au Comité permanent de contrôle des services de police (Comité P), rue de la Presse "
         "35/1, 1000 Bruxelles, <a href=\"https://www.comitep.be\">www.comitep.be</a>.</p>"),
    ]) + "<h2>Formulaire de plainte</h2>" + _form("fr")),
]

nl_menu = [
    ("Opleidingen", None, [("Basisopleiding", [("Inspecteur", "/nl/node/201"), ("Beveiligingsagent", "/nl/node/202")]),
                           ("Voortgezette opleiding", [("Geweldbeheersing", "/nl/node/203"), ("Interventierijden", "/nl/node/204")])]),
    ("Kandidaten", None, [("Selectieproeven", "/nl/node/210"), ("Kalender", "/nl/node/211"), ("Veelgestelde vragen", "/nl/node/212")]),
    ("De Academie", "/nl/node/220", [("Wie zijn we?", "/nl/node/220"), ("Kwaliteit", "/nl/node/221"),
                                     ("Klachten", "/nl/node/413"), ("Overheidsopdrachten", "/nl/node/222")]),
    ("Contact", "/nl/contact", []),
]
nl_footer = [("Academie", [("Contact", "/nl/contact"), ("Bereikbaarheid", "/nl/node/230")]),
             ("Juridisch", [("Toegankelijkheidsverklaring", "/nl/node/231"), ("Privacy", "/nl/node/232")])]
nl_pages = [
    Page("/nl", "Home", key="home", body="""
<section class="hero"><h2>Wie ingrijpt, verdient een goede opleiding</h2><p>De Academie verzorgt de basis- en voortgezette opleiding van de personeelsleden van de federale politie.</p></section>"""),
    Page("/nl/contact", "Contact", key="contact", body="""
<p>Federale Academie voor Interventietechnieken<br>Leuvensesteenweg 1450<br>1200 Brussel</p>
<p>Secretariaat kandidaten: 02 555 60 11 – <a href="mailto:kandidaten@afti-fait.be">kandidaten@afti-fait.be</a></p>
<p>Opmerkingen over onze dienstverlening? Zie <a href="/nl/node/413">Klachten</a>.</p>"""),
    Page("/nl/node/413", "Klachtenbehandeling", key="complaints", crumbs=[("De Academie", "/nl/node/220")], body=_acc([
        ("Waarom hechten wij belang aan uw klacht?",
         "<p>Een klacht is voor ons een kans om te leren. Elk kwartaal brengen we in kaart waarover we klachten kregen, en "
         "we passen onze werking daarop aan.</p>"),
        ("Wat verstaan wij onder een klacht?",
         "<p>Wie vindt dat de Academie hem of haar niet correct heeft behandeld – als kandidaat, cursist, bezoeker of "
         "leverancier – kan een klacht indienen. Het gaat om ongenoegen over onze dienstverlening: de organisatie van de "
         "proeven, het onthaal, wachttijden, de houding van het personeel.</p>"),
        ("Aangifte doen van een misdrijf?",
         "<p>Daarvoor gaat u naar de lokale politie of het parket. Via deze pagina kunt u enkel klachten over de "
         "dienstverlening van de Academie indienen.</p>"),
        ("Hoe dient u een klacht in?",
         "<p>Vul het formulier onderaan deze pagina in of stuur een brief naar de klachtencoördinator, Leuvensesteenweg 1450, "
         "1200 Brussel.</p>"),
        ("Wat gebeurt er met uw klacht?",
         "<p>De klachtencoördinator kent aan uw klacht een eigen referentienummer toe en bevestigt de ontvangst ervan. Daarna "
         "onderzoekt hij de feiten en brengt hij u zo spoedig mogelijk op de hoogte van zijn bevindingen.</p>"),
        ("Niet tevreden met de afhandeling?",
         "<p>U kunt zich dan wenden tot het Vast Comité van Toezicht op de politiediensten (Comité P), Drukpersstraat 35/1, "
         "1000 Brussel.</p>"),
    ]) + "<h2>Klachtenformulier</h2>" + _form("nl")),
]

de_menu = [
    ("Ausbildung", None, [("Grundausbildung", "/de/node/301"), ("Weiterbildung", "/de/node/303")]),
    ("Die Akademie", "/de/node/320", [("Wer wir sind", "/de/node/320"), ("Beschwerden", "/de/node/414")]),
    ("Kontakt", "/de/kontakt", []),
]
de_footer = [("Akademie", [("Kontakt", "/de/kontakt")]), ("Rechtliches", [("Datenschutz", "/de/node/332")])]
de_pages = [
    Page("/de", "Startseite", key="home", body="""
<section class="hero"><h2>Ausbildung für den Einsatz</h2><p>Die Akademie bildet die Personalmitglieder der föderalen Polizei aus und weiter.</p></section>"""),
    Page("/de/kontakt", "Kontakt", key="contact", body="""
<p>Föderale Akademie für Einsatztechniken<br>Löwener Chaussee 1450<br>1200 Brüssel</p><p>Telefon: 02 555 60 12</p>
<p><a href="/de/node/414">Beschwerden</a></p>"""),
    Page("/de/node/414", "Beschwerden", key="complaints", crumbs=[("Die Akademie", "/de/node/320")], body="""
<p>Wir möchten aus Fehlern lernen und unsere Ausbildungsangebote ständig verbessern. Deshalb ist uns Ihre Meinung wichtig.</p>
<p>Eine Beschwerde über unsere Dienste können Sie mit dem untenstehenden Formular einreichen.</p>
<p><strong>Eine Straftat anzeigen?</strong> Wenden Sie sich bitte an die örtliche Polizei oder an die Staatsanwaltschaft.</p>
<p>Für Einwohner des deutschen Sprachgebiets: Wurde Ihr Anliegen nicht zu Ihrer Zufriedenheit gelöst, können Sie sich an die Ombudsfrau der Deutschsprachigen Gemeinschaft wenden.</p>
""" + _form("de")),
]

SITE = Site(
    name="intervention-academy", theme="drupal", colour="#23395d", root="splash",
    notes=__doc__,
    langs=[
        Lang("fr", "Académie fédérale des Techniques d'Intervention", "AFTI", "/fr", fr_menu, fr_footer, fr_pages,
             passes("ra df pr dl fm ak om")),
        Lang("nl", "Federale Academie voor Interventietechnieken", "FAIT", "/nl", nl_menu, nl_footer, nl_pages,
             passes("ra df pr fm ak nu om")),
        Lang("de", "Föderale Akademie für Einsatztechniken", "FAET", "/de", de_menu, de_footer, de_pages,
             passes("ra fm")),
    ],
)
