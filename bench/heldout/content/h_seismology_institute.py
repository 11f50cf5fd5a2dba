"""Federal institute of seismology and geophysics (invented). FR NL, old table theme, splash page.
NO complaint page and no complaint information at all: every criterion fails. Traps: a "did you feel an
earthquake?" testimony form with a free-text field on the contact page; "we answer data requests within
five working days"; a news item about a criminal complaint ("porte plainte" / "klacht ingediend bij de
politie") after stolen sensors; an accessibility statement naming the Federal Ombudsman."""

from bench.heldout.build_sites import Lang, Page, Site, passes


def _testimony(lang):
    t = {"fr": ("Commune où vous vous trouviez", "Heure approximative", "Décrivez ce que vous avez ressenti", "Envoyer mon témoignage"),
         "nl": ("Gemeente waar u zich bevond", "Ongeveer hoe laat", "Beschrijf wat u voelde", "Getuigenis versturen")}[lang]
    return (f'<form action="/{lang}/temoignage" method="post"><table><tr><td>{t[0]}</td><td><input name="commune"></td></tr>'
            f'<tr><td>{t[1]}</td><td><input name="heure"></td></tr><tr><td valign="top">{t[2]}</td><td><textarea name="recit" '
            f'rows="5" cols="40"></textarea></td></tr></table><input type="submit" value="{t[3]}"></form>')


fr_menu = [
    ("Accueil", "/fr/accueil.html", []),
    ("Séismes récents", "/fr/seismes.html", []),
    ("Avez-vous ressenti un séisme ?", "/fr/temoignage.html", []),
    ("Recherche", "/fr/recherche.html", [("Sismologie", "/fr/recherche/sismologie.html"), ("Magnétisme terrestre", "/fr/recherche/magnetisme.html")]),
    ("Actualités", "/fr/actualites.html", []),
    ("Contact", "/fr/contact.html", []),
]
fr_footer = [("", [("Contact", "/fr/contact.html"), ("Accessibilité", "/fr/accessibilite.html"), ("Vie privée", "/fr/vie-privee.html")])]
fr_pages = [
    Page("/fr/accueil.html", "Institut fédéral de Sismologie et de Géophysique", key="home", body="""
<p>L'Institut surveille en permanence l'activité sismique du territoire belge et étudie le champ magnétique terrestre.</p>
<table border="1" cellpadding="3"><tr><th>Date</th><th>Lieu</th><th>Magnitude</th></tr>
<tr><td>11/09/2026</td><td>Frameries</td><td>2,1</td></tr><tr><td>28/08/2026</td><td>Court-Saint-Étienne</td><td>1,6</td></tr></table>
<p><a href="/fr/actualites.html">Toutes les actualités</a></p>"""),
    Page("/fr/actualites.html", "Actualités", key="news", body="""
<ul><li><b>03/09/2026</b> – <a href="/fr/actualites/vol-stations.html">L'Institut porte plainte après le vol de deux stations de mesure</a></li>
<li><b>20/06/2026</b> – <a href="/fr/actualites/journee-portes-ouvertes.html">Journée portes ouvertes le 4 octobre</a></li></ul>"""),
    Page("/fr/actualites/vol-stations.html", "L'Institut porte plainte après le vol de deux stations de mesure",
         crumbs=[("Actualités", "/fr/actualites.html")], date="03/09/2026", body="""
<p>Deux stations sismiques installées près de Stavelot ont été dérobées dans la nuit du 1er au 2 septembre. L'Institut a déposé plainte auprès de la police locale. Une plainte pénale a également été transmise au parquet.</p>
<p>Ces vols privent le réseau de données précieuses pour la localisation des séismes dans l'est du pays. Toute information peut être communiquée à la police.</p>"""),
    Page("/fr/contact.html", "Contact", key="contact", body="""
<table border="0" cellpadding="4"><tr><td valign="top"><b>Adresse</b></td><td>Institut fédéral de Sismologie et de Géophysique<br>Avenue de l'Observatoire 3<br>1180 Bruxelles</td></tr>
<tr><td><b>Secrétariat</b></td><td>02 555 20 20 (9 h – 16 h)</td></tr>
<tr><td><b>Demandes de données</b></td><td><a href="mailto:data@ifsg-fisg.be">data@ifsg-fisg.be</a> – nous répondons aux demandes de données dans les cinq jours ouvrables. Rappelez la référence de votre demande précédente s'il y a lieu.</td></tr></table>
<h2>Vous avez ressenti un tremblement de terre ?</h2>
<p>Votre témoignage nous aide à estimer l'intensité du séisme.</p>""" + _testimony("fr")),
    Page("/fr/accessibilite.html", "Déclaration d'accessibilité", body="""
<p>L'Institut s'engage à rendre son site internet accessible. Ce site est partiellement conforme à la norme EN 301 549.</p>
<p>Si vous rencontrez un problème d'accessibilité, écrivez à <a href="mailto:web@ifsg-fisg.be">web@ifsg-fisg.be</a>. Si notre réponse ne vous satisfait pas, vous pouvez introduire une plainte auprès du Médiateur fédéral.</p>"""),
]

nl_menu = [
    ("Home", "/nl/home.html", []),
    ("Recente aardbevingen", "/nl/aardbevingen.html", []),
    ("Hebt u een aardbeving gevoeld?", "/nl/getuigenis.html", []),
    ("Onderzoek", "/nl/onderzoek.html", [("Seismologie", "/nl/onderzoek/seismologie.html"), ("Aardmagnetisme", "/nl/onderzoek/magnetisme.html")]),
    ("Nieuws", "/nl/nieuws.html", []),
    ("Contact", "/nl/contact.html", []),
]
nl_footer = [("", [("Contact", "/nl/contact.html"), ("Toegankelijkheid", "/nl/toegankelijkheid.html"), ("Privacy", "/nl/privacy.html")])]
nl_pages = [
    Page("/nl/home.html", "Federaal Instituut voor Seismologie en Geofysica", key="home", body="""
<p>Het Instituut volgt de seismische activiteit in België permanent op en bestudeert het aardmagnetisch veld.</p>
<p><a href="/nl/nieuws.html">Alle nieuwsberichten</a></p>"""),
    Page("/nl/nieuws.html", "Nieuws", key="news", body="""
<ul><li><b>03/09/2026</b> – <a href="/nl/nieuws/diefstal-stations.html">Instituut dient klacht in na diefstal van twee meetstations</a></li></ul>"""),
    Page("/nl/nieuws/diefstal-stations.html", "Instituut dient klacht in na diefstal van twee meetstations",
         crumbs=[("Nieuws", "/nl/nieuws.html")], date="03/09/2026", body="""
<p>Twee seismische stations bij Stavelot werden in de nacht van 1 op 2 september gestolen. Het Instituut heeft klacht ingediend bij de lokale politie en aangifte gedaan bij het parket.</p>"""),
    Page("/nl/contact.html", "Contact", key="contact", body="""
<table border="0" cellpadding="4"><tr><td valign="top"><b>Adres</b></td><td>Federaal Instituut voor Seismologie en Geofysica<br>Observatorielaan 3<br>1180 Brussel</td></tr>
<tr><td><b>Secretariaat</b></td><td>02 555 20 21 (9 – 16 uur)</td></tr>
<tr><td><b>Aanvragen van gegevens</b></td><td><a href="mailto:data@ifsg-fisg.be">data@ifsg-fisg.be</a> – we beantwoorden aanvragen van gegevens binnen vijf werkdagen.</td></tr></table>
<h2>Hebt u een aardbeving gevoeld?</h2><p>Met uw getuigenis kunnen we de intensiteit beter inschatten.</p>""" + _testimony("nl")),
    Page("/nl/toegankelijkheid.html", "Toegankelijkheidsverklaring", body="""
<p>Het Instituut wil zijn website toegankelijk maken. Deze website is gedeeltelijk conform EN 301 549.</p>
<p>Ondervindt u een toegankelijkheidsprobleem, mail dan naar <a href="mailto:web@ifsg-fisg.be">web@ifsg-fisg.be</a>. Bent u niet tevreden met ons antwoord, dan kunt u klacht indienen bij de federale Ombudsman.</p>"""),
]

SITE = Site(
    name="seismology-institute", theme="classic", colour="#5d4037", root="splash",
    notes=__doc__,
    langs=[
        Lang("fr", "Institut fédéral de Sismologie et de Géophysique", "IFSG", "/fr/accueil.html", fr_menu, fr_footer,
             fr_pages, passes(""), tagline="Établissement scientifique fédéral"),
        Lang("nl", "Federaal Instituut voor Seismologie en Geofysica", "FISG", "/nl/home.html", nl_menu, nl_footer,
             nl_pages, passes(""), tagline="Federale wetenschappelijke instelling"),
    ],
)
